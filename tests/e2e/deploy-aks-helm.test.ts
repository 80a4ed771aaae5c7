import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorld, startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { helmDirectory } from '../../sandbox/helm.js';
import { servedThroughGateway } from '../support/aks.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { aksCluster, deployer, loginInputs, tenantId } from '../support/world.js';
import { expectTrafficServes } from '../support/aks-invariant.js';

const root = new URL('../..', import.meta.url).pathname;
const registry = 'musafirgodev.azurecr.io';
const pushed = new Set<string>();
const image = (n: number, { push = true } = {}) => {
  const reference = `${registry}/itinerary@sha256:${n.toString(16).padStart(64, 'f')}`;
  if (push) pushed.add(reference);
  return reference;
};
const target = { 'resource-group': aksCluster.resourceGroup, cluster: aksCluster.name };
const base = {
  method: 'helm',
  ...target,
  chart: 'examples/itinerary/chart',
  values: 'examples/itinerary/chart/values.yaml\nexamples/itinerary/chart/values-dev.yaml'
};
/** The runner's PATH with Helm on it, as on a GitHub-hosted runner. */
const withHelm = { PATH: `${helmDirectory()}:${process.env['PATH']}` };

let sandbox: Sandbox;
let cluster: AksService;
let stepEnv: Record<string, string>;
const runs: ActionRun[] = [];
const sandboxes: Sandbox[] = [];

async function deployAks(inputs: Record<string, string>, env = stepEnv): Promise<ActionRun> {
  const run = await runAction('deploy-aks', inputs, env, { workspace: root });
  runs.push(run);
  return run;
}

const served = (n: number) => servedThroughGateway(sandbox, cluster, 'itinerary.dev.musafirgo.test', n);

beforeAll(async () => {
  cluster = aksService();
  sandbox = await startSandbox({ services: [cluster] });
  sandboxes.push(sandbox);
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
  const jobEnv = sandbox.env();
  const login = await runAction('login', loginInputs, jobEnv);
  expect(login.exitCode).toBe(0);
  stepEnv = { ...jobEnv, ...login.exported, ...withHelm };
});
afterAll(async () => {
  for (const s of sandboxes) await s.stop();
  // No token the sandbox issued (GitHub ID tokens, Entra tokens, including those the credential plugin printed
  // for Helm) appears anywhere a person could see it.
  const secrets = sandboxes.flatMap(s => s.issuedSecrets());
  expect(secrets.length).toBeGreaterThan(0);
  for (const run of runs) for (const secret of secrets) expect(run.visible).not.toContain(secret);
});
// The traffic invariant: whatever a test's step did, production never serves nothing.
afterEach(() => expectTrafficServes(cluster));

describe('dist/deploy-aks/index.js with method helm, run as the runner runs it', () => {
  it('installs the chart: outputs, job summary and the cluster state', async () => {
    const run = await deployAks({ ...base, images: image(1) });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ revision: '1', 'previous-revision': '' });
    expect(cluster.serving('default', 'itinerary')).toEqual([image(1)]);
    expect(run.stdout).toContain('helm upgrade --install itinerary examples/itinerary/chart --values');
    expect(run.summary).toContain('### AKS aks-musafirgo-dev: Helm release itinerary deployed');
    expect(run.summary).toContain(`| itinerary | itinerary-1.0.0 | default | 1 | – | \`${image(1)}\` |`);
    expect(run.summary).toMatch(
      /\| default\/itinerary \| deployed \| \w+ \| – \| 1\/1 available, 1 updated \|/
    );
    for (const phase of ['Cluster credentials', 'Release state', 'Helm upgrade', 'Rollout', 'Total'])
      expect(run.summary).toContain(`| ${phase} |`);
  });

  it('upgrades to a new digest', async () => {
    const run = await deployAks({ ...base, images: image(2) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ revision: '2', 'previous-revision': '1' });
    expect(run.summary).toContain('| Read current revisions |');
    expect(cluster.serving('default', 'itinerary')).toEqual([image(2)]);
  });

  it('rolls a crash-looping release back with helm rollback and says why', async () => {
    cluster.markImage(image(3), 'crash');
    const run = await deployAks({ ...base, images: image(3) });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^deploy-aks: Deployment\/itinerary in default: pod itinerary-\w+-\w+, container itinerary: CrashLoopBackOff \(back-off 40s restarting failed container=itinerary .*\); rolled back release itinerary to revision 2 \(now revision 4\)\. To fix: read the container's logs \(kubectl logs --namespace default itinerary-/
    );
    expect(run.outputs).toEqual({ revision: '4', 'previous-revision': '2' });
    expect(run.summary).toContain('### AKS aks-musafirgo-dev: Helm release itinerary FAILED, rolled back');
    expect(run.summary).toContain('| Rollback |');
    expect(run.summary).toMatch(/previous revision serving again [\d.]+ m?s after the failure was detected/);
    expect(cluster.serving('default', 'itinerary')).toEqual([image(2)]);
  });

  it('blue-green with the chart: the slot is a release of its own, smoke-tested, then all traffic', async () => {
    // The rolling release above made the route (values-dev.yaml); the slots take its traffic over.
    const env = { ...stepEnv, HTTPS_PROXY: sandbox.urls.proxy };
    const run = await deployAks(
      { ...base, strategy: 'blue-green', route: 'itinerary', smoke: '/health', images: image(5) },
      env
    );
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('helm upgrade --install itinerary-blue examples/itinerary/chart');
    expect(run.stdout).toContain('--set-string slot=blue');
    expect(run.outputs['url']).toBe('https://itinerary.dev.musafirgo.test');
    expect(Object.keys(JSON.parse(run.outputs['revision']!))).toEqual(['itinerary-blue']);
    expect(JSON.parse(run.outputs['previous-revision']!)).toHaveProperty('itinerary');
    expect(run.summary).toContain('### AKS aks-musafirgo-dev: blue-green to the blue slot');
    expect(run.summary).toContain('Helm release itinerary-blue revision 1 (itinerary-1.0.0)');
    expect(await served(6)).toEqual({ [image(5)]: 6 });
    // The slot's release renders no route of its own: one route, the rolling release's, now weighted.
    expect(cluster.list('httproutes', 'default').map(r => r.metadata.name)).toEqual(['itinerary']);
  });

  it('canary with the chart: a failing gate leaves the route as it was and uninstalls the new slot release', async () => {
    const env = { ...stepEnv, HTTPS_PROXY: sandbox.urls.proxy };
    const before = cluster.object('httproutes', 'default', 'itinerary')!.spec;
    const run = await deployAks(
      {
        ...base,
        strategy: 'canary',
        'canary-steps': '50,100',
        route: 'itinerary',
        smoke: '/health\n/no-such-page',
        images: image(6)
      },
      env
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]!.replace(/%25/g, '%')).toMatch(
      /^deploy-aks: the smoke gate failed before traffic on the green slot: .*no-such-page.*and itinerary-green uninstalled \(its first release\)\. To fix: /
    );
    expect(cluster.object('httproutes', 'default', 'itinerary')!.spec).toEqual(before);
    expect(cluster.object('deployments', 'default', 'itinerary-green')).toBeUndefined();
    expect(await served(4)).toEqual({ [image(5)]: 4 });
  });

  it('rolls blue-green Helm slots back through the route: all traffic to the other slot release at once', async () => {
    const env = { ...stepEnv, HTTPS_PROXY: sandbox.urls.proxy };
    const green = await deployAks(
      { ...base, strategy: 'blue-green', route: 'itinerary', smoke: '/health', images: image(7) },
      env
    );
    expect(green.exitCode).toBe(0);
    expect(await served(4)).toEqual({ [image(7)]: 4 });
    const back = await deployAks(
      { method: 'helm', mode: 'rollback', release: 'itinerary', route: 'itinerary', ...target },
      env
    );
    expect(back.errors).toEqual([]);
    expect(back.exitCode).toBe(0);
    expect(await served(4)).toEqual({ [image(5)]: 4 });
    expect(back.summary).toContain('HTTPRoute itinerary (default): all traffic back to itinerary-blue');
    expect(Object.keys(JSON.parse(back.outputs['revision']!))).toEqual(['itinerary-blue']);
  });

  it("reports a chart Helm cannot render with the chart's message, and applies nothing", async () => {
    const values = join(mkdtempSync(join(tmpdir(), 'values-')), 'broken.yaml');
    writeFileSync(values, 'image:\n  digest: sha256:not-hex\n');
    const run = await deployAks({ ...base, values, 'image-key': 'sidecar', images: image(5) });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      'deploy-aks: helm upgrade failed: execution error at (itinerary/templates/deployment.yaml:33:20): image.digest must be sha256:<64 hex digits>, not "sha256:not-hex". Nothing was applied: check the chart examples/itinerary/chart and the values files (helm template shows the same error)'
    ]);
    expect(cluster.serving('default', 'itinerary')).toEqual([image(2)]);
  });

  it('says helm is missing when it is not on PATH, before any network call', async () => {
    const since = sandbox.calls().length;
    const run = await deployAks({ ...base, images: image(2) }, { ...stepEnv, PATH: '/usr/bin:/bin' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      'deploy-aks: helm is not on PATH; GitHub-hosted runners have it, on a self-hosted runner install it first (azure/setup-helm)'
    ]);
    expect(sandbox.calls().slice(since)).toEqual([]);
  });

  it('refuses inputs of another method before any network call', async () => {
    const since = sandbox.calls().length;
    const run = await deployAks({
      ...base,
      images: image(2),
      manifests: 'examples/itinerary/k8s/deployment.yaml'
    });
    expect(run.errors).toEqual([
      "deploy-aks: input 'manifests' does not apply to method helm: the chart renders the manifests; remove it, or use method manifests"
    ]);
    expect(sandbox.calls().slice(since)).toEqual([]);
  });
});

describe('a cluster whose Kubernetes RBAC does not let the deployer write', () => {
  it("reports Helm's refusal with the role to grant", async () => {
    const world = loadWorld();
    world.kubernetesClusters![0]!.writers = [];
    const locked = await startSandbox({ world, services: [aksService()] });
    sandboxes.push(locked);
    const env = { ...locked.env(), AZURE_CLIENT_ID: deployer.appId, AZURE_TENANT_ID: tenantId, ...withHelm };
    const run = await deployAks(
      { ...base, 'subscription-id': aksCluster.subscriptionId, images: image(2) },
      env
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^deploy-aks: list the revisions of Helm release itinerary: secrets is forbidden: User "3d9a7c15-2e6b-4a88-b1f4-7c0e5d2a9b36" cannot list resource "secrets" in API group "" in the namespace "default": User does not have access to the resource in Azure\. Update role assignment to allow access\. Give 8b2e4d61-5c3a-4f7e-9d18-0a6b3c5e7f92 the 'Azure Kubernetes Service RBAC Writer' role on \/subscriptions\/.*\/managedClusters\/aks-musafirgo-dev\/namespaces\/default \(Helm keeps its releases as Secrets there\)$/
      )
    ]);
  });
});
