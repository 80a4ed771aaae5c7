import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acrService } from '../../sandbox/acr/index.js';
import { containerAppsService, type ContainerAppsService } from '../../sandbox/containerapps/index.js';
import { itineraryDir } from '../../sandbox/example-service.js';
import { loadWorld, startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { federatedIdentity } from '../../sandbox/runtime/identity.js';
import { pushExampleImage } from '../../sandbox/runtime/images.js';
import { expectTrafficServesHealthy } from '../support/traffic.js';
import { deployer, devRegistry, itineraryApp, loginInputs, tenantId } from '../support/world.js';

// deploy-aca against revisions that run the pushed image itself: the example images are built from local files,
// pushed to the sandbox's ACR, pulled by digest and run in the container runtime. What the revision answers is the
// code that was built; a release whose process exits, or whose readiness probe keeps failing, is rolled back with the
// container's own last lines in the step's error and summary. The app's container has a Readiness probe on /health,
// as the platform's apps do.
let sandbox: Sandbox;
let apps: ContainerAppsService;
let stepEnv: Record<string, string>;
const runs: ActionRun[] = [];
const base = { 'resource-group': itineraryApp.resourceGroup, app: itineraryApp.name, 'bake-time': '0s' };
const push = (kind: 'itinerary' | 'crashing' | 'unready', context?: string) =>
  pushExampleImage(kind, {
    sandbox,
    loginServer: devRegistry.loginServer,
    credential: federatedIdentity(sandbox, { clientId: deployer.appId, tenantId }),
    ...(context ? { context, repository: 'itinerary', tag: 'changed' } : {})
  });

async function deployAca(inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction('deploy-aca', inputs, stepEnv);
  runs.push(run);
  return run;
}

/** GET through the environment's ingress, as a client of `https://<app>.<domain>` would be answered. */
function viaIngress(path: string): Promise<{ status: number; body: string; revision: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(
        `${apps.ingressUrl}${path}`,
        { ca: sandbox.tls.ca, headers: { 'x-forwarded-host': `itinerary.${itineraryApp.defaultDomain}` } },
        response => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              body,
              revision: String(response.headers['x-sandbox-revision'] ?? '')
            })
          );
        }
      )
      .once('error', reject);
  });
}

afterEach(() => expectTrafficServesHealthy(apps));

beforeAll(async () => {
  const world = loadWorld();
  const app = world.containerApps!.apps.find(a => a.name === itineraryApp.name)!;
  app.containers[0]!.probes = [
    { type: 'Readiness', httpGet: { path: '/health', port: 8080 }, periodSeconds: 10, failureThreshold: 3 }
  ];
  apps = containerAppsService();
  sandbox = await startSandbox({ world, services: [acrService(), apps] });
  const jobEnv = sandbox.env();
  const login = await runAction('login', loginInputs, jobEnv);
  expect(login.exitCode).toBe(0);
  stepEnv = { ...jobEnv, ...login.exported };
}, 120_000);

afterAll(async () => {
  await sandbox?.stop();
  const secrets = sandbox.issuedSecrets();
  for (const run of runs) for (const secret of secrets) expect(run.visible).not.toContain(secret);
});

describe('deploy-aca with revisions that run the pushed image', () => {
  it('deploys the itinerary image by digest: the revision answers from the container the runtime runs', async () => {
    const { image } = await push('itinerary');
    const run = await deployAca({ ...base, image });
    expect(run.errors).toEqual([]);
    expect(run.outputs['revision']).toBe('itinerary--3f78685-1');
    expect(apps.revision('itinerary', 'itinerary--3f78685-1')).toMatchObject({
      provisioningState: 'Provisioned',
      runningState: 'Running',
      healthState: 'Healthy',
      socket: { socketPath: expect.stringMatching(/\/8080\.sock$/), port: 8080 }
    });
    await expect(viaIngress('/health')).resolves.toEqual({
      status: 200,
      body: '{"status":"ok"}',
      revision: 'itinerary--3f78685-1'
    });
    const list = JSON.parse((await viaIngress('/itineraries')).body) as { count: number };
    expect(list.count).toBe(2);
  }, 120_000);

  it('deploys a change to server.js, built and pushed: the revision answers with the changed code', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'itinerary-changed-'));
    try {
      await cp(itineraryDir, workspace, { recursive: true });
      const server = join(workspace, 'server.js');
      const source = await readFile(server, 'utf8');
      const changed = source.replace("{ status: 'ok' }", "{ status: 'ok', version: '2.1.0-e2e' }");
      expect(changed).not.toBe(source);
      await writeFile(server, changed);
      const { image } = await push('itinerary', workspace);
      const run = await deployAca({ ...base, image, 'revision-suffix': 'changed-1' });
      expect(run.errors).toEqual([]);
      await expect(viaIngress('/health')).resolves.toEqual({
        status: 200,
        body: '{"status":"ok","version":"2.1.0-e2e"}',
        revision: 'itinerary--changed-1'
      });
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  }, 120_000);

  it('rolls back a release whose process exits, with its exit code and last lines in the error and summary', async () => {
    const { image } = await push('crashing');
    const run = await deployAca({ ...base, image, 'revision-suffix': 'crashes-1' });
    expect(run.exitCode).toBe(1);
    const [error] = run.errors.map(line => line.replace(/%25/g, '%'));
    expect(error).toMatch(
      /^deploy-aca: revision itinerary--crashes-1 is Degraded \(Provisioned\/Degraded\/Unhealthy\): container 'itinerary': .*exit code 78: itinerary 2\.0\.0 starting on port 8080 \| itinerary: ITINERARY_DATABASE_URL is not set; cannot start without the itinerary database \(restarts: \d+\); traffic is back on itinerary--changed-1 100 % \(green\)/
    );
    expect(run.summary).toContain('### Container App itinerary: FAILED, rolled back');
    expect(run.summary).toContain(
      'itinerary: ITINERARY_DATABASE_URL is not set; cannot start without the itinerary database'
    );
    expect(apps.traffic('itinerary')['itinerary--changed-1']).toBe(100);
    expect(apps.revision('itinerary', 'itinerary--crashes-1')).toMatchObject({ active: false });
  }, 120_000);

  it("rolls back a release whose readiness probe keeps failing, with the probe's answer and the container's lines", async () => {
    const { image } = await push('unready');
    const run = await deployAca({ ...base, image, 'revision-suffix': 'unready-1' });
    expect(run.exitCode).toBe(1);
    const [error] = run.errors.map(line => line.replace(/%25/g, '%'));
    expect(error).toMatch(
      /^deploy-aca: revision itinerary--unready-1 is Degraded \(Provisioned\/Degraded\/Unhealthy\): container 'itinerary': Readiness probe failed: HTTP probe failed with statuscode: 503; its last lines: http:\/\/127\.0\.0\.1:8080 \| health: 503, the itinerary cache is still warming up \(0 entries\)/
    );
    expect(run.summary).toContain('Readiness probe failed: HTTP probe failed with statuscode: 503');
    expect(run.summary).toContain('health: 503, the itinerary cache is still warming up (0 entries)');
    expect(apps.traffic('itinerary')['itinerary--changed-1']).toBe(100);
    expect(apps.revision('itinerary', 'itinerary--unready-1')).toMatchObject({ active: false });
    await expect(viaIngress('/health')).resolves.toMatchObject({
      status: 200,
      revision: 'itinerary--changed-1'
    });
  }, 120_000);
});
