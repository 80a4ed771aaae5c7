import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { helmDirectory } from '../../sandbox/helm.js';
import { servedThroughGateway } from '../support/aks.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { aksCluster, loginInputs } from '../support/world.js';
import { expectTrafficServes } from '../support/aks-invariant.js';

// mode: rollback, as a workflow_dispatch runs it after a bad release went out: for a rolling Deployment, a Helm
// release and a blue-green route. Each case deploys twice (the second release is the "bad" one, healthy but
// unwanted), then rolls back and checks what serves.
const root = new URL('../..', import.meta.url).pathname;
const registry = 'musafirgodev.azurecr.io';
const host = 'itinerary.dev.musafirgo.test';
const pushed = new Set<string>();
const image = (repository: string, n: number) => {
  const reference = `${registry}/${repository}@sha256:${n.toString(16).padStart(64, 'a')}`;
  pushed.add(reference);
  return reference;
};
const cluster = { 'resource-group': aksCluster.resourceGroup, cluster: aksCluster.name };
const deployment = 'examples/itinerary/k8s/deployment.yaml';
const service = 'examples/itinerary/k8s/service.yaml';
const route = 'examples/itinerary/k8s/httproute.yaml';
const images = (n: number) => `itinerary=${image('itinerary', n)}\n${image('otel-collector', 1)}`;

let sandbox: Sandbox;
let aks: AksService;
let stepEnv: Record<string, string>;
const runs: ActionRun[] = [];

async function deployAks(inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction('deploy-aks', { ...cluster, ...inputs }, stepEnv, { workspace: root });
  runs.push(run);
  return run;
}

const ok = (run: ActionRun) => {
  expect(run.errors).toEqual([]);
  expect(run.exitCode).toBe(0);
};

const served = (n: number) => servedThroughGateway(sandbox, aks, host, n);

beforeAll(async () => {
  aks = aksService();
  sandbox = await startSandbox({ services: [aks] });
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
  process.env['PATH'] = `${helmDirectory()}:${process.env['PATH']}`;
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
afterEach(() => expectTrafficServes(aks));

describe('dist/deploy-aks/index.js with mode: rollback', () => {
  it('puts a rolling Deployment back on its previous ReplicaSet (kubectl rollout undo)', async () => {
    const manifests = `${deployment}\n${service}`;
    const first = await deployAks({ manifests, images: images(1) });
    ok(first);
    const ns = 'default';
    const v1 = JSON.parse(first.outputs['revision']!).itinerary;
    const second = await deployAks({ manifests, namespace: ns, images: images(2) });
    ok(second);
    expect(aks.serving(ns, 'itinerary')).toContain(image('itinerary', 2));

    const back = await deployAks({ mode: 'rollback', manifests, namespace: ns });
    ok(back);
    expect(JSON.parse(back.outputs['revision']!)).toEqual({ itinerary: v1 });
    expect(JSON.parse(back.outputs['previous-revision']!)).toEqual(JSON.parse(second.outputs['revision']!));
    expect(aks.serving(ns, 'itinerary')).toContain(image('itinerary', 1));
    expect(aks.serving(ns, 'itinerary')).not.toContain(image('itinerary', 2));
    expect(back.summary).toContain('### AKS aks-musafirgo-dev: rolled back');
    expect(back.summary).toContain(`Deployment/itinerary (${ns}): `);
    for (const phase of ['Cluster credentials', 'Roll back', 'Rollout', 'Total'])
      expect(back.summary).toContain(`| ${phase} |`);
    // The job has HTTPS_PROXY: the API server was reached through it too, as every other request.
    const apiServer = `127.0.0.1:${new URL(aks.url).port}`;
    expect(sandbox.calls({ service: 'proxy' }).some(c => c.path === apiServer && c.status === 200)).toBe(
      true
    );
  });

  it('rolls a Helm release back to the revision before, then to a named one', async () => {
    const helm = {
      method: 'helm',
      chart: 'examples/itinerary/chart',
      release: 'itinerary',
      namespace: 'helm-rollback'
    };
    ok(await deployAks({ ...helm, images: image('itinerary', 3) }));
    ok(await deployAks({ ...helm, images: image('itinerary', 4) }));
    expect(aks.serving('helm-rollback', 'itinerary')).toContain(image('itinerary', 4));

    const back = await deployAks({
      method: 'helm',
      mode: 'rollback',
      release: 'itinerary',
      namespace: 'helm-rollback'
    });
    ok(back);
    expect(back.outputs).toMatchObject({ revision: '3', 'previous-revision': '2' });
    expect(back.stdout).toContain('helm rollback itinerary 1 --history-max 10');
    expect(aks.serving('helm-rollback', 'itinerary')).toEqual([image('itinerary', 3), image('itinerary', 3)]);
    expect(back.summary).toContain(
      'Helm release itinerary: revision 2 → 3 (the chart and values of revision 1)'
    );

    const named = await deployAks({
      method: 'helm',
      mode: 'rollback',
      release: 'itinerary',
      namespace: 'helm-rollback',
      'to-revision': '2'
    });
    ok(named);
    expect(named.outputs).toMatchObject({ revision: '4', 'previous-revision': '3' });
    expect(aks.serving('helm-rollback', 'itinerary')).toContain(image('itinerary', 4));
  });

  it('sends all traffic back to the other blue-green slot through the route, at once', async () => {
    const manifests = `${deployment}\n${service}\n${route}`;
    const strategy = { manifests, strategy: 'blue-green', route: 'itinerary', smoke: '/health' };
    ok(await deployAks({ ...strategy, images: images(5) }));
    ok(await deployAks({ ...strategy, images: images(6) }));
    expect(await served(4)).toEqual({ [image('itinerary', 6)]: 4 });

    const back = await deployAks({ mode: 'rollback', manifests, route: 'itinerary' });
    ok(back);
    expect(await served(4)).toEqual({ [image('itinerary', 5)]: 4 });
    expect(Object.keys(JSON.parse(back.outputs['revision']!))).toEqual(['itinerary-blue']);
    expect(Object.keys(JSON.parse(back.outputs['previous-revision']!))).toEqual(['itinerary-green']);
    expect(back.summary).toContain('HTTPRoute itinerary (default): all traffic back to itinerary-blue');
    expect(aks.object('services', 'default', 'itinerary')?.spec.selector['musafirgo.io/slot']).toBe('blue');
    const switched = /\| Switch route \| (\d+) ms \|/.exec(back.summary);
    expect(Number(switched?.[1])).toBeLessThan(2000);
  });

  it('refuses what a rollback cannot do, each with one sentence', async () => {
    const gitops = await deployAks({ method: 'gitops', mode: 'rollback' });
    expect(gitops.exitCode).toBe(1);
    expect(gitops.errors).toEqual([
      expect.stringMatching(
        /^deploy-aks: input 'mode': rollback applies to methods manifests and helm; with method gitops deploy the previous image again/
      )
    ]);
    const withImages = await deployAks({ mode: 'rollback', manifests: deployment, images: images(7) });
    expect(withImages.errors).toEqual([
      "deploy-aks: input 'images' does not apply with mode rollback (a rollback deploys nothing new); remove it"
    ]);
    const notAMode = await deployAks({ mode: 'yes', manifests: deployment });
    expect(notAMode.errors).toEqual(["deploy-aks: input 'mode' must be one of deploy, rollback, not 'yes'"]);
    const noRelease = await deployAks({
      method: 'helm',
      mode: 'rollback',
      release: 'never-installed',
      namespace: 'helm-rollback'
    });
    expect(noRelease.errors).toEqual([
      "deploy-aks: input 'release': no Helm release never-installed in namespace helm-rollback"
    ]);
  });

  it('says so when there is nothing to go back to', async () => {
    const fresh = await deployAks({
      method: 'helm',
      chart: 'examples/itinerary/chart',
      release: 'fresh',
      namespace: 'helm-fresh',
      images: image('itinerary', 9)
    });
    ok(fresh);
    const back = await deployAks({
      method: 'helm',
      mode: 'rollback',
      release: 'fresh',
      namespace: 'helm-fresh'
    });
    expect(back.errors).toEqual([
      'deploy-aks: release fresh has no earlier deployed revision to go back to (revision 1 is its first)'
    ]);
  });
});
