import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { acrService } from '../../sandbox/acr/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { itineraryDir } from '../../sandbox/example-service.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { federatedIdentity } from '../../sandbox/runtime/identity.js';
import { pushExampleImage } from '../../sandbox/runtime/images.js';
import { aksCluster, deployer, devRegistry, loginInputs, tenantId } from '../support/world.js';

// deploy-aks against pods that run the pushed image itself (aksService({ run: 'images' })): one container per pod in
// the container runtime, with the manifest's containerPort and readinessProbe (httpGet on the named port `http`); the
// kubelet's containerStatuses (state, restartCount, lastState, imageID = the pulled digest) and pods/log come from
// the container. The example's Deployment, Service and HTTPRoute, without the otel-collector sidecar (no image of it
// is built here).
let sandbox: Sandbox;
let cluster: AksService;
let stepEnv: Record<string, string>;
let workspace: string;
const runs: ActionRun[] = [];
const base = {
  'resource-group': aksCluster.resourceGroup,
  cluster: aksCluster.name,
  manifests: 'k8s/deployment.yaml\nk8s/service.yaml\nk8s/httproute.yaml'
};
const push = (kind: 'itinerary' | 'crashing' | 'unready', context?: string) =>
  pushExampleImage(kind, {
    sandbox,
    loginServer: devRegistry.loginServer,
    credential: federatedIdentity(sandbox, { clientId: deployer.appId, tenantId }),
    ...(context ? { context, repository: 'itinerary', tag: 'changed' } : {})
  });

async function deployAks(inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction('deploy-aks', inputs, stepEnv, { workspace });
  runs.push(run);
  return run;
}

/** GET through the cluster's gateway, by the route's host name. */
function viaGateway(path: string): Promise<{ status: number; body: string; pod: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(
        `${cluster.gatewayUrl}${path}`,
        { ca: sandbox.tls.ca, headers: { 'x-forwarded-host': 'itinerary.dev.musafirgo.test' } },
        response => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              body,
              pod: String(response.headers['x-sandbox-pod'] ?? '')
            })
          );
        }
      )
      .once('error', reject);
  });
}

beforeAll(async () => {
  cluster = aksService({ run: 'images' });
  sandbox = await startSandbox({ services: [acrService(), cluster] });
  workspace = await mkdtemp(join(tmpdir(), 'aks-images-'));
  await mkdir(join(workspace, 'k8s'));
  const deployment = parse(await readFile(join(itineraryDir, 'k8s', 'deployment.yaml'), 'utf8')) as {
    spec: { template: { spec: { containers: { name: string }[] } } };
  };
  const pod = deployment.spec.template.spec;
  pod.containers = pod.containers.filter(c => c.name === 'itinerary');
  await writeFile(join(workspace, 'k8s', 'deployment.yaml'), stringify(deployment));
  for (const file of ['service.yaml', 'httproute.yaml'])
    await cp(join(itineraryDir, 'k8s', file), join(workspace, 'k8s', file));
  const jobEnv = sandbox.env();
  const login = await runAction('login', loginInputs, jobEnv);
  expect(login.exitCode).toBe(0);
  stepEnv = { ...jobEnv, ...login.exported };
}, 120_000);

afterAll(async () => {
  await sandbox?.stop();
  await rm(workspace, { recursive: true, force: true });
  const secrets = sandbox.issuedSecrets();
  for (const run of runs) for (const secret of secrets) expect(run.visible).not.toContain(secret);
});

afterEach(async () => {
  // Whatever a step did, the route still reaches a ready pod.
  await expect(viaGateway('/health')).resolves.toMatchObject({ status: 200 });
});

describe('deploy-aks with pods that run the pushed image', () => {
  it('deploys the itinerary image: each pod runs it, reports its digest and answers through the gateway', async () => {
    const { image, digest } = await push('itinerary');
    const run = await deployAks({ ...base, images: `itinerary=${image}` });
    expect(run.errors).toEqual([]);
    const pods = cluster.list('pods', 'default').filter(p => p.status?.phase === 'Running');
    expect(pods).toHaveLength(2);
    for (const p of pods) {
      expect(p.status.containerStatuses).toEqual([
        expect.objectContaining({
          name: 'itinerary',
          image,
          imageID: `${devRegistry.loginServer}/itinerary@${digest}`,
          ready: true,
          restartCount: 0,
          state: { running: { startedAt: expect.any(String) } }
        })
      ]);
    }
    const answer = await viaGateway('/health');
    expect(answer).toMatchObject({ status: 200, body: '{"status":"ok"}' });
    expect(pods.map(p => p.metadata.name)).toContain(answer.pod);
  }, 120_000);

  it('deploys a change to server.js, built and pushed: the pods answer with the changed code', async () => {
    const context = await mkdtemp(join(tmpdir(), 'itinerary-changed-'));
    try {
      await cp(itineraryDir, context, { recursive: true });
      const server = join(context, 'server.js');
      const source = await readFile(server, 'utf8');
      await writeFile(server, source.replace("{ status: 'ok' }", "{ status: 'ok', version: '2.1.0-aks' }"));
      const { image } = await push('itinerary', context);
      const run = await deployAks({ ...base, images: `itinerary=${image}` });
      expect(run.errors).toEqual([]);
      await expect(viaGateway('/health')).resolves.toMatchObject({
        status: 200,
        body: '{"status":"ok","version":"2.1.0-aks"}'
      });
    } finally {
      await rm(context, { recursive: true, force: true });
    }
  }, 120_000);

  it("rolls back a release whose process exits, with the container's own last lines in the summary", async () => {
    const { image } = await push('crashing');
    const run = await deployAks({ ...base, images: `itinerary=${image}` });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(
      /^deploy-aks: Deployment\/itinerary in default: pod itinerary-\w+-\w+, container itinerary: CrashLoopBackOff \(back-off \d+m?s restarting failed container=itinerary pod=itinerary-\w+-\w+\)/
    );
    expect(run.summary).toContain('### AKS aks-musafirgo-dev: FAILED, rolled back');
    expect(run.summary).toContain(
      'itinerary: ITINERARY_DATABASE_URL is not set; cannot start without the itinerary database'
    );
    expect(run.summary).toMatch(/Warning BackOff: Back-off restarting failed container/);
    await expect(viaGateway('/health')).resolves.toMatchObject({
      body: '{"status":"ok","version":"2.1.0-aks"}'
    });
  }, 120_000);

  it("rolls back a release whose readiness probe keeps failing, with the probe's answer and the container's lines", async () => {
    const { image } = await push('unready');
    const run = await deployAks({ ...base, images: `itinerary=${image}`, timeout: '8s' });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(
      /^deploy-aks: Deployment\/itinerary in default: not available within the timeout \(2\/2 available, 2 updated\); before the rollback: Deployment\/itinerary: the new revision does not serve/
    );
    expect(run.summary).toContain('### AKS aks-musafirgo-dev: FAILED, rolled back');
    expect(run.summary).toContain('health: 503, the itinerary cache is still warming up (0 entries)');
    expect(run.summary).toContain(
      'Warning Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 503'
    );
    await expect(viaGateway('/health')).resolves.toMatchObject({
      body: '{"status":"ok","version":"2.1.0-aks"}'
    });
  }, 120_000);
});
