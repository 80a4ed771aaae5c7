import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { servedThroughGateway } from '../support/aks.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { aksCluster, loginInputs } from '../support/world.js';
import { expectTrafficServes } from '../support/aks-invariant.js';

const root = new URL('../..', import.meta.url).pathname;
const registry = 'musafirgodev.azurecr.io';
const host = 'itinerary.dev.musafirgo.test';
const pushed = new Set<string>();
const image = (repository: string, n: number) => {
  const reference = `${registry}/${repository}@sha256:${n.toString(16).padStart(64, 'd')}`;
  pushed.add(reference);
  return reference;
};
const base = {
  'resource-group': aksCluster.resourceGroup,
  cluster: aksCluster.name,
  manifests: [
    'examples/itinerary/k8s/deployment.yaml',
    'examples/itinerary/k8s/service.yaml',
    'examples/itinerary/k8s/httproute.yaml'
  ].join('\n'),
  route: 'itinerary',
  smoke: '/health\n/itineraries?city=Marrakech'
};
const images = (itinerary: string) => `itinerary=${itinerary}\n${image('otel-collector', 1)}`;

let sandbox: Sandbox;
let cluster: AksService;
let stepEnv: Record<string, string>;
const runs: ActionRun[] = [];

async function deployAks(inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction('deploy-aks', inputs, stepEnv, { workspace: root });
  runs.push(run);
  return run;
}

const served = (n: number) => servedThroughGateway(sandbox, cluster, host, n, '/itineraries');

beforeAll(async () => {
  cluster = aksService();
  sandbox = await startSandbox({ services: [cluster] });
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
  // A self-hosted runner behind a proxy: every request of the job, the smoke gate's included, goes through it.
  const jobEnv = { ...sandbox.env(), HTTPS_PROXY: sandbox.urls.proxy };
  const login = await runAction('login', loginInputs, jobEnv);
  expect(login.exitCode).toBe(0);
  stepEnv = { ...jobEnv, ...login.exported };
});
afterAll(async () => {
  await sandbox.stop();
  const secrets = sandbox.issuedSecrets();
  expect(secrets.length).toBeGreaterThan(0);
  for (const run of runs) for (const secret of secrets) expect(run.visible).not.toContain(secret);
});
// The traffic invariant: whatever a test's step did, production never serves nothing.
afterEach(() => expectTrafficServes(cluster));

describe('dist/deploy-aks/index.js with a traffic strategy', () => {
  it('blue-green, first deploy: the route from the manifests, the blue slot smoke-tested, then all traffic', async () => {
    const run = await deployAks({ ...base, strategy: 'blue-green', images: images(image('itinerary', 1)) });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const hash = cluster
      .list('replicasets', 'default')
      .find(rs => rs.metadata.name.startsWith('itinerary-blue-'))!.metadata.labels['pod-template-hash'];
    expect(run.outputs).toEqual({
      revision: JSON.stringify({ 'itinerary-blue': hash }),
      'previous-revision': '{}',
      url: `https://${host}`
    });
    expect(run.summary).toContain('### AKS aks-musafirgo-dev: blue-green to the blue slot');
    expect(run.summary).toContain('previously serving: nothing (first deploy)');
    expect(run.summary).toMatch(/\| switch \| 100 \| {2}\| \d+ ms \|/);
    for (const phase of ['Read route', 'Rollout', 'Preview', 'Switch', 'Finish', 'Total'])
      expect(run.summary).toContain(`| ${phase} |`);
    expect(await served(4)).toEqual({ [image('itinerary', 1)]: 4 });
  });

  it('canary to the green slot: the weights at each step in the summary, the gate run through the proxy', async () => {
    const run = await deployAks({
      ...base,
      strategy: 'canary',
      'canary-steps': '20,100',
      'bake-time': '0s',
      images: images(image('itinerary', 2))
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs['previous-revision']!)).toHaveProperty('itinerary-blue');
    expect(Object.keys(JSON.parse(run.outputs['revision']!))).toEqual(['itinerary-green']);
    expect(run.summary).toContain('| Step | itinerary-blue % | itinerary-green % | Gate | At |');
    expect(run.summary).toMatch(/\| 20 % \| 80 \| 20 \| passed: 2\/2 checks passed/);
    expect(run.summary).toMatch(/\| 100 % \| 0 \| 100 \| passed: 2\/2 checks passed/);
    expect(sandbox.calls({ service: 'proxy' }).some(c => c.path === `${host}:443` && c.status === 200)).toBe(
      true
    );
    expect(await served(4)).toEqual({ [image('itinerary', 2)]: 4 });
  });

  it('a failing gate restores the route and says so in one message', async () => {
    const run = await deployAks({
      ...base,
      strategy: 'blue-green',
      smoke: '/health\n/no-such-page',
      images: images(image('itinerary', 3))
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    // The runner's ::error:: command carries '%' as %25.
    expect(run.errors[0]!.replace(/%25/g, '%')).toMatch(
      /^deploy-aks: the smoke gate failed before traffic on the blue slot: .*GET \/no-such-page: status 404.*; traffic restored to itinerary-blue 0 %, itinerary-green 100 % \d+ ms after the failure was detected and itinerary-blue scaled to 0\. To fix: fix what the smoke checks report/
    );
    expect(JSON.parse(run.outputs['revision']!)).toHaveProperty('itinerary-green');
    expect(run.summary).toContain('FAILED, traffic restored to itinerary-green');
    expect(await served(4)).toEqual({ [image('itinerary', 2)]: 4 });
  });

  it('refuses a strategy without a route before any network call', async () => {
    const run = await deployAks({
      ...base,
      route: '',
      strategy: 'canary',
      images: images(image('itinerary', 4))
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(/^deploy-aks: input 'route' is required with strategy canary/);
  });
});
