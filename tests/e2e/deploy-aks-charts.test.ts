import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { helmBinary, helmDirectory } from '../../sandbox/helm.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { expectTrafficServes } from '../support/aks-invariant.js';
import { aksCluster, loginInputs } from '../support/world.js';

// The charts users bring, through the bundled deploy-aks: the one `helm create` makes (with its defaults, with
// autoscaling and with an ingress), a chart with a ServiceAccount, a NetworkPolicy and a PodDisruptionBudget, one
// that builds its image from image.registry, and one that runs a tag whatever its values say. Each deployed is
// checked to run the digest deployed, and rolled back.
const root = new URL('../..', import.meta.url).pathname;
const registry = 'musafirgodev.azurecr.io';
const pushed = new Set<string>();
const image = (repository: string, n: number) => {
  const reference = `${registry}/${repository}@sha256:${n.toString(16).padStart(64, 'd')}`;
  pushed.add(reference);
  return reference;
};
const digestOf = (reference: string) => reference.slice(reference.indexOf('@') + 1);
const target = { method: 'helm', 'resource-group': aksCluster.resourceGroup, cluster: aksCluster.name };
const fixtures = join(root, 'tests/fixtures/charts');

let sandbox: Sandbox;
let cluster: AksService;
let stepEnv: Record<string, string>;
let work: string;
let demo: string;
const runs: ActionRun[] = [];

async function deployAks(inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction('deploy-aks', { ...target, ...inputs }, stepEnv, { workspace: root });
  runs.push(run);
  return run;
}
const ok = (run: ActionRun) => {
  expect(run.errors).toEqual([]);
  expect(run.exitCode).toBe(0);
};
/** The images the containers of a Deployment's running pods run, as the kubelet reports them (imageID). */
const running = (name: string) =>
  cluster
    .list('pods', 'default')
    .filter(p => p.metadata.name.startsWith(`${name}-`) && p.status?.phase === 'Running')
    .flatMap(p => (p.status.containerStatuses as { imageID: string }[]).map(s => s.imageID));
const values = (name: string, text: string) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(async () => {
  cluster = aksService();
  sandbox = await startSandbox({ services: [cluster] });
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
  const jobEnv = sandbox.env();
  const login = await runAction('login', loginInputs, jobEnv);
  expect(login.exitCode).toBe(0);
  stepEnv = { ...jobEnv, ...login.exported, PATH: `${helmDirectory()}:${process.env['PATH']}` };
  work = mkdtempSync(join(tmpdir(), 'deploy-aks-charts-'));
  demo = join(work, 'demo');
  execFileSync(helmBinary(), ['create', demo]);
});
afterAll(async () => {
  await sandbox.stop();
  const secrets = sandbox.issuedSecrets();
  for (const run of runs) for (const secret of secrets) expect(run.visible).not.toContain(secret);
});
// The traffic invariant: whatever a test's step did, production never serves nothing.
afterEach(() => expectTrafficServes(cluster));

describe('the chart helm create makes, through the bundled deploy-aks', () => {
  it('with its defaults: the digest through image.repository + image.tag, verified, upgraded, rolled back', async () => {
    const first = await deployAks({ chart: demo, images: image('demo', 1) });
    ok(first);
    expect(first.outputs).toEqual({ revision: '1', 'previous-revision': '' });
    expect(first.stdout).toContain('The chart takes the image through image.repository + image.tag');
    expect(first.stdout).toContain('its pods run the digests deployed');
    expect(first.summary).toContain('the image set through image.repository + image.tag');
    expect(cluster.object('deployments', 'default', 'demo')!.spec.template.spec.containers[0].image).toBe(
      `${registry}/demo:1.16.0@${digestOf(image('demo', 1))}`
    );
    expect(running('demo')).toEqual([image('demo', 1)]);
    expect(cluster.object('serviceaccounts', 'default', 'demo')).toBeDefined();

    ok(await deployAks({ chart: demo, images: image('demo', 2) }));
    expect(running('demo')).toEqual([image('demo', 2)]);
    // A workflow_dispatch rollback: revision 1's chart and values again, as revision 3.
    const back = await deployAks({ mode: 'rollback', release: 'demo' });
    ok(back);
    expect(back.outputs).toEqual({ revision: '3', 'previous-revision': '2' });
    expect(running('demo')).toEqual([image('demo', 1)]);

    cluster.markImage(`${registry}/demo:1.16.0@${digestOf(image('demo', 3))}`, 'crash');
    const crashed = await deployAks({ chart: demo, images: image('demo', 3) });
    expect(crashed.exitCode).toBe(1);
    expect(crashed.errors[0]).toMatch(
      /^deploy-aks: Deployment\/demo in default: pod demo-\w+-\w+, container demo: CrashLoopBackOff .*; rolled back release demo to revision 3 \(now revision 5\)\./
    );
    // What the pod said is in the summary, read before the rollback removed it.
    expect(crashed.summary).toContain('#### What the failed pods said');
    expect(crashed.summary).toMatch(/RangeError \[ERR_SOCKET_BAD_PORT\]/);
    expect(crashed.summary).toMatch(/Warning BackOff: Back-off restarting failed container demo/);
    expect(running('demo')).toEqual([image('demo', 1)]);
  });

  it('with autoscaling.enabled=true: the HorizontalPodAutoscaler scales the Deployment, which is watched', async () => {
    const scaling = values(
      'autoscaling.yaml',
      'autoscaling:\n  enabled: true\n  minReplicas: 2\n  maxReplicas: 4\n'
    );
    const run = await deployAks({
      chart: demo,
      release: 'scaled',
      values: scaling,
      images: image('demo', 4)
    });
    ok(run);
    const hpa = cluster.object('horizontalpodautoscalers', 'default', 'scaled-demo')!;
    expect(hpa.spec).toMatchObject({ minReplicas: 2, maxReplicas: 4 });
    expect(cluster.object('deployments', 'default', 'scaled-demo')!.spec.replicas).toBe(2);
    expect(run.summary).toMatch(
      /\| default\/scaled-demo \| deployed \| \w+ \| – \| 2\/2 available, 2 updated \|/
    );
    expect(running('scaled-demo')).toEqual([image('demo', 4), image('demo', 4)]);

    ok(await deployAks({ chart: demo, release: 'scaled', values: scaling, images: image('demo', 5) }));
    const back = await deployAks({ mode: 'rollback', release: 'scaled' });
    ok(back);
    expect(back.outputs['revision']).toBe('3');
    expect(running('scaled-demo')).toEqual([image('demo', 4), image('demo', 4)]);
  });

  it('with ingress.enabled=true: the Ingress is served, the release verified and rolled back', async () => {
    const ingress = values(
      'ingress.yaml',
      'ingress:\n  enabled: true\n  className: webapprouting.kubernetes.azure.com\n'
    );
    const run = await deployAks({
      chart: demo,
      release: 'exposed',
      values: ingress,
      images: image('demo', 6)
    });
    ok(run);
    expect(cluster.object('ingresses', 'default', 'exposed-demo')!.spec).toMatchObject({
      ingressClassName: 'webapprouting.kubernetes.azure.com',
      rules: [{ host: 'chart-example.local' }]
    });
    expect(running('exposed-demo')).toEqual([image('demo', 6)]);
    cluster.markImage(`${registry}/demo:1.16.0@${digestOf(image('demo', 7))}`, 'crash');
    const crashed = await deployAks({
      chart: demo,
      release: 'exposed',
      values: ingress,
      images: image('demo', 7)
    });
    expect(crashed.exitCode).toBe(1);
    expect(crashed.errors[0]).toContain('rolled back release exposed to revision 1 (now revision 3)');
    expect(running('exposed-demo')).toEqual([image('demo', 6)]);
  });
});

describe('other charts', () => {
  it('deploys a chart with a ServiceAccount, a NetworkPolicy and a PodDisruptionBudget', async () => {
    const run = await deployAks({ chart: join(fixtures, 'secured'), images: image('secured', 1) });
    ok(run);
    expect(cluster.object('serviceaccounts', 'default', 'secured')).toMatchObject({
      automountServiceAccountToken: false
    });
    expect(cluster.object('networkpolicies', 'default', 'secured')!.spec.policyTypes).toEqual(['Ingress']);
    expect(cluster.object('poddisruptionbudgets', 'default', 'secured')!.spec.minAvailable).toBe(1);
    expect(running('secured')).toEqual([image('secured', 1), image('secured', 1)]);
  });

  it('deploys a chart that builds its image from image.registry, image.repository and image.tag', async () => {
    const run = await deployAks({ chart: join(fixtures, 'registry'), images: image('registry', 1) });
    ok(run);
    expect(run.stdout).toContain('through image.registry + image.repository + image.tag');
    expect(cluster.object('deployments', 'default', 'registry')!.spec.template.spec.containers[0].image).toBe(
      `${registry}/registry:3.1.0@${digestOf(image('registry', 1))}`
    );
    expect(running('registry')).toEqual([image('registry', 1)]);
  });

  it('refuses, before installing anything, a chart that runs a tag instead of the digest', async () => {
    const run = await deployAks({ chart: join(fixtures, 'pinned'), images: image('pinned', 1) });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(
      `deploy-aks: chart ${join(fixtures, 'pinned')}: no values key carries the digest ${digestOf(image('pinned', 1)).slice(0, 19)}… into a pod spec; tried image.repository + image.digest (renders ${registry}/pinned:2.0.0); image.repository + image.tag (renders ${registry}/pinned:2.0.0)`
    );
    expect(run.errors[0]).toContain('The chart runs a tag instead of the digest deployed');
    expect(
      cluster.list('secrets', 'default').filter(s => s.metadata.name.startsWith('sh.helm.release.v1.pinned'))
    ).toEqual([]);
    expect(cluster.object('deployments', 'default', 'pinned')).toBeUndefined();
  });
});
