import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { Phases } from '../../actions/shared/log.js';
import { connect } from '../../actions/deploy-aks/kube/cluster.js';
import {
  cliReleases,
  deployHelm,
  secretReleases,
  type HelmResult
} from '../../actions/deploy-aks/helm/release.js';
import { HelmError, helmCli, writeKubeconfig } from '../../actions/deploy-aks/helm/cli.js';
import type { HelmInputs } from '../../actions/deploy-aks/inputs.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { helmBinary, helmDirectory } from '../../sandbox/helm.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { aksCluster, deployer, tenantId } from '../support/world.js';
import { sandboxClock } from '../support/sandbox-clock.js';
import { expectTrafficServes } from '../support/aks-invariant.js';

const root = new URL('../..', import.meta.url).pathname;
const registry = 'musafirgodev.azurecr.io';
const pushed = new Set<string>();
const image = (n: number, { push = true } = {}) => {
  const reference = `${registry}/itinerary@sha256:${n.toString(16).padStart(64, 'c')}`;
  if (push) pushed.add(reference);
  return reference;
};
/** Helm runs our credential plugin from the sources here (the e2e test runs the bundle). */
const credentialCommand = {
  command: process.execPath,
  args: ['--import', 'tsx', join(root, 'actions/deploy-aks/index.ts')]
};

let sandbox: Sandbox;
let cluster: AksService;
let untrust: () => void;
let env: NodeJS.ProcessEnv;
const work = mkdtempSync(join(tmpdir(), 'aks-helm-'));

function inputs(reference: string, overrides: Partial<HelmInputs> = {}): HelmInputs {
  return {
    subscriptionId: aksCluster.subscriptionId,
    resourceGroup: aksCluster.resourceGroup,
    cluster: aksCluster.name,
    chart: join(root, 'examples/itinerary/chart'),
    release: 'itinerary',
    values: [join(root, 'examples/itinerary/chart/values-dev.yaml')],
    image: {
      reference,
      repository: reference.split('@')[0]!,
      digest: reference.split('@')[1]!
    },
    imageKey: 'image',
    namespace: 'default',
    timeoutMs: 600_000,
    strategy: { strategy: 'rolling', canarySteps: [100], bakeTimeMs: 0, errorBudget: 0 },
    ...overrides
  };
}

/** deploy-aks method helm as the step runs it: cluster credentials, a kubeconfig with our plugin, real helm. */
async function helmDeploy(
  reference: string,
  overrides: Partial<HelmInputs> = {}
): Promise<HelmResult & { warnings: string[]; kubeconfig: string }> {
  const session = sessionFromEnv('test', env);
  const clock = sandboxClock(sandbox);
  const access = await connect(session, { ...aksCluster, cluster: aksCluster.name }, clock);
  const kubeconfig = writeKubeconfig(access, credentialCommand, work);
  const warnings: string[] = [];
  try {
    const result = await deployHelm(inputs(reference, overrides), {
      helm: helmCli(kubeconfig.path, overrides.namespace ?? 'default', env),
      rollout: {
        api: access.api,
        clock,
        phases: new Phases(clock.now),
        log: () => undefined,
        timeoutMs: 600_000
      },
      warn: line => warnings.push(line)
    });
    return { ...result, warnings, kubeconfig: kubeconfig.path };
  } finally {
    kubeconfig.dispose();
  }
}

/** The release's revisions and their status, from the Secrets Helm stores them in. */
function releaseSecrets(release: string): Array<{ version: number; status: string }> {
  return cluster
    .list('secrets', 'default')
    .filter(s => s.metadata.labels?.owner === 'helm' && s.metadata.labels?.name === release)
    .map(s => ({ version: Number(s.metadata.labels.version), status: String(s.metadata.labels.status) }))
    .sort((a, b) => a.version - b.version);
}

beforeAll(async () => {
  cluster = aksService();
  sandbox = await startSandbox({ services: [cluster] });
  untrust = sandboxTrust(sandbox);
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
  env = {
    ...process.env,
    ...sandbox.env(),
    AZURE_CLIENT_ID: deployer.appId,
    AZURE_TENANT_ID: tenantId,
    PATH: `${helmDirectory()}:${process.env['PATH']}`
  };
});
afterAll(async () => {
  untrust();
  await sandbox.stop();
});
// The traffic invariant: whatever a test's step did, production never serves nothing.
afterEach(() => expectTrafficServes(cluster));

describe('deploy-aks method helm against the sandbox with real Helm', () => {
  it('installs the chart with the values of dev and the image by digest, through our credential plugin', async () => {
    const result = await helmDeploy(image(1));
    expect(result).toMatchObject({
      release: 'itinerary',
      chart: 'itinerary-1.0.0',
      revision: 1,
      previousRevision: undefined,
      outcome: 'deployed'
    });
    expect(result.failure).toBeUndefined();
    expect(result.deployments).toEqual([
      expect.objectContaining({
        namespace: 'default',
        name: 'itinerary',
        outcome: 'deployed',
        previousRevision: ''
      })
    ]);
    expect(cluster.serving('default', 'itinerary')).toEqual([image(1)]); // values-dev.yaml: one replica
    expect(releaseSecrets('itinerary')).toEqual([{ version: 1, status: 'deployed' }]);
    const secret = cluster.object('secrets', 'default', 'sh.helm.release.v1.itinerary.v1')!;
    expect(secret.type).toBe('helm.sh/release.v1');
    expect(existsSync(result.kubeconfig)).toBe(false);
  });

  it('upgrades to a new digest: revision 2, the Deployment patched (strategic merge) and rolled out', async () => {
    const before = cluster.object('deployments', 'default', 'itinerary')!;
    const result = await helmDeploy(image(2));
    expect(result).toMatchObject({ revision: 2, previousRevision: 1, outcome: 'deployed' });
    const after = cluster.object('deployments', 'default', 'itinerary')!;
    expect(after.metadata.generation).toBe(before.metadata.generation + 1);
    expect(after.metadata.managedFields[0].manager).toBe('helm');
    expect(after.spec.template.spec.containers).toHaveLength(1);
    expect(after.spec.template.spec.containers[0].env).toEqual([{ name: 'LOG_LEVEL', value: 'debug' }]);
    expect(result.deployments[0]!.previousRevision).not.toBe(result.deployments[0]!.revision);
    expect(cluster.serving('default', 'itinerary')).toEqual([image(2)]);
    expect(releaseSecrets('itinerary')).toEqual([
      { version: 1, status: 'superseded' },
      { version: 2, status: 'deployed' }
    ]);
  });

  it('rolls a crash-looping upgrade back with helm rollback; the previous revision serves again', async () => {
    cluster.markImage(image(3), 'crash');
    const result = await helmDeploy(image(3));
    expect(result.outcome).toBe('rolled-back');
    expect(result.failure).toMatch(
      /^Deployment\/itinerary in default: pod itinerary-\w+-\w+, container itinerary: CrashLoopBackOff/
    );
    expect(result.hint).toContain('kubectl logs --namespace default itinerary-');
    expect(result).toMatchObject({ previousRevision: 2, revision: 4 });
    expect(result.restoredMs).toBeGreaterThanOrEqual(0);
    expect(result.deployments[0]).toMatchObject({ outcome: 'rolled-back' });
    expect(cluster.serving('default', 'itinerary')).toEqual([image(2)]);
    expect(releaseSecrets('itinerary').map(r => r.status)).toEqual([
      'superseded',
      'superseded',
      'superseded',
      'deployed'
    ]);
  });

  it('rolls back an image the registry does not have (ImagePullBackOff)', async () => {
    const result = await helmDeploy(image(4, { push: false }));
    expect(result.outcome).toBe('rolled-back');
    expect(result.failure).toContain('ImagePullBackOff (Back-off pulling image');
    expect(result).toMatchObject({ previousRevision: 4, revision: 6 });
    expect(cluster.serving('default', 'itinerary')).toEqual([image(2)]);
  });

  it('recovers a release a killed job left pending-upgrade, then upgrades', async () => {
    // A job killed mid-upgrade: the emulator holds Helm's write of the Deployment, Helm has already stored the
    // pending revision, and the process dies.
    sandbox.faults.add({
      service: 'kubernetes',
      method: 'PATCH',
      path: 'deployments/itinerary',
      latencyMs: 20_000,
      status: 503
    });
    const session = sessionFromEnv('test', env);
    const access = await connect(session, { ...aksCluster, cluster: aksCluster.name }, sandboxClock(sandbox));
    const kubeconfig = writeKubeconfig(access, credentialCommand, work);
    const values = join(work, 'log-level.yaml');
    writeFileSync(values, 'logLevel: trace\n');
    const killed = spawn(
      helmBinary(),
      ['upgrade', 'itinerary', join(root, 'examples/itinerary/chart'), '--reuse-values', '--values', values],
      { env: { ...env, KUBECONFIG: kubeconfig.path }, stdio: 'ignore' }
    );
    const exited = new Promise(resolve => killed.on('exit', resolve));
    while (!releaseSecrets('itinerary').some(r => r.status === 'pending-upgrade')) {
      await new Promise(resolve => setTimeout(resolve, 20)); // waits for the real helm process, not for time
    }
    killed.kill('SIGKILL');
    await exited;
    kubeconfig.dispose();
    sandbox.faults.clear();
    expect(releaseSecrets('itinerary').at(-1)).toEqual({ version: 7, status: 'pending-upgrade' });

    const result = await helmDeploy(image(5));
    expect(result.warnings).toEqual([
      'deploy-aks: release itinerary was left pending-upgrade at revision 7 (a job stopped during a Helm operation); rolled it back to revision 6, the last deployed, before upgrading.'
    ]);
    expect(result).toMatchObject({ outcome: 'deployed', previousRevision: 8, revision: 9 });
    expect(cluster.serving('default', 'itinerary')).toEqual([image(5)]);
    expect(releaseSecrets('itinerary').at(-1)).toEqual({ version: 9, status: 'deployed' });
  });

  it('rolls back an upgrade Helm itself failed to apply (the API server refused the Deployment)', async () => {
    sandbox.faults.add({
      service: 'kubernetes',
      method: 'PATCH',
      path: 'deployments/itinerary',
      status: 500
    });
    const result = await helmDeploy(image(8));
    expect(result.outcome).toBe('rolled-back');
    expect(result.failure).toMatch(/^helm upgrade failed: cannot patch "itinerary" with kind Deployment: /);
    expect(result).toMatchObject({ previousRevision: 9, revision: 11 });
    expect(releaseSecrets('itinerary').slice(-2)).toEqual([
      { version: 10, status: 'failed' },
      { version: 11, status: 'deployed' }
    ]);
    expect(cluster.serving('default', 'itinerary')).toEqual([image(5)]);
  });

  it('uninstalls a release a killed job left pending-install, then installs it', async () => {
    sandbox.faults.add({
      service: 'kubernetes',
      method: 'POST',
      path: 'namespaces/default/deployments',
      latencyMs: 20_000,
      status: 503
    });
    const session = sessionFromEnv('test', env);
    const access = await connect(session, { ...aksCluster, cluster: aksCluster.name }, sandboxClock(sandbox));
    const kubeconfig = writeKubeconfig(access, credentialCommand, work);
    const killed = spawn(
      helmBinary(),
      [
        'install',
        'itinerary-stuck',
        join(root, 'examples/itinerary/chart'),
        '--set-string',
        `image.digest=${image(9).split('@')[1]}`
      ],
      { env: { ...env, KUBECONFIG: kubeconfig.path }, stdio: 'ignore' }
    );
    const exited = new Promise(resolve => killed.on('exit', resolve));
    while (!cluster.object('services', 'default', 'itinerary-stuck')) {
      await new Promise(resolve => setTimeout(resolve, 20)); // waits for the real helm process, not for time
    }
    killed.kill('SIGKILL');
    await exited;
    kubeconfig.dispose();
    sandbox.faults.clear();
    expect(releaseSecrets('itinerary-stuck')).toEqual([{ version: 1, status: 'pending-install' }]);

    const result = await helmDeploy(image(9), { release: 'itinerary-stuck' });
    expect(result.warnings).toEqual([
      'deploy-aks: release itinerary-stuck was left pending-install at revision 1 (a job stopped during a Helm operation); it never deployed, so it was uninstalled before installing again.'
    ]);
    expect(result).toMatchObject({ outcome: 'deployed', revision: 1, previousRevision: undefined });
    expect(releaseSecrets('itinerary-stuck')).toEqual([{ version: 1, status: 'deployed' }]);
    expect(cluster.serving('default', 'itinerary-stuck')).toEqual([image(9)]);
  });

  it('uninstalls a first install that fails: nothing half-deployed', async () => {
    cluster.markImage(image(6), 'crash');
    const result = await helmDeploy(image(6), { release: 'itinerary-canary' });
    expect(result).toMatchObject({
      outcome: 'uninstalled',
      revision: undefined,
      previousRevision: undefined
    });
    expect(result.failure).toContain('CrashLoopBackOff');
    expect(cluster.object('deployments', 'default', 'itinerary-canary')).toBeUndefined();
    expect(cluster.object('services', 'default', 'itinerary-canary')).toBeUndefined();
    expect(
      cluster.list('replicasets', 'default').filter(rs => rs.metadata.name.startsWith('itinerary-canary-'))
    ).toEqual([]);
    expect(releaseSecrets('itinerary-canary')).toEqual([]);
  });

  it('creates the namespace of a first install that is not there yet, and only then', async () => {
    expect(cluster.object('namespaces', undefined, 'itinerary-qa')).toBeUndefined();
    const first = await helmDeploy(image(1), { namespace: 'itinerary-qa' });
    expect(first).toMatchObject({ outcome: 'deployed', revision: 1, namespace: 'itinerary-qa' });
    expect(cluster.object('namespaces', undefined, 'itinerary-qa')?.status).toEqual({ phase: 'Active' });
    expect(cluster.serving('itinerary-qa', 'itinerary')).toEqual([image(1)]);
    const creates = () =>
      sandbox
        .calls({ service: 'kubernetes' })
        .filter(c => c.method === 'POST' && c.path === '/api/v1/namespaces');
    expect(creates()).toHaveLength(1);
    await helmDeploy(image(2), { namespace: 'itinerary-qa' });
    expect(creates()).toHaveLength(1);
  });

  it("reports the chart's own message when Helm cannot render it, and applies nothing", async () => {
    const values = join(work, 'bad-digest.yaml');
    writeFileSync(values, 'other:\n  digest: x\nimage:\n  digest: sha256:not-hex\n');
    const error = await helmDeploy(image(7), { values: [values], imageKey: 'other' }).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(HelmError);
    expect((error as HelmError).message).toBe(
      'helm upgrade failed: execution error at (itinerary/templates/deployment.yaml:33:20): image.digest must be sha256:<64 hex digits>, not "sha256:not-hex"'
    );
    expect(releaseSecrets('itinerary').at(-1)).toEqual({ version: 11, status: 'deployed' });
    expect(cluster.serving('default', 'itinerary')).toEqual([image(5)]);
  });

  it("reads a release's history from its Secrets exactly as helm history and helm get manifest print it", async () => {
    const session = sessionFromEnv('test', env);
    const clock = sandboxClock(sandbox);
    const access = await connect(session, { ...aksCluster, cluster: aksCluster.name }, clock);
    const kubeconfig = writeKubeconfig(access, credentialCommand, work);
    try {
      const deps = {
        api: access.api,
        clock,
        phases: new Phases(clock.now),
        log: () => undefined,
        timeoutMs: 60_000
      };
      const fromSecrets = secretReleases(deps, 'default');
      const fromHelm = cliReleases(helmCli(kubeconfig.path, 'default', env));
      const history = await fromHelm.history('itinerary');
      expect(history.length).toBeGreaterThan(5);
      // Every status a release goes through here: the killed job's pending-upgrade stays in the history.
      expect([...new Set(history.map(h => h.status))].sort()).toEqual([
        'deployed',
        'failed',
        'pending-upgrade',
        'superseded'
      ]);
      const fields = ({ revision, status, chart, description }: (typeof history)[number]) => ({
        revision,
        status,
        chart,
        description
      });
      expect(await fromSecrets.history('itinerary')).toEqual(history.map(fields));
      for (const revision of [history[0]!.revision, history.at(-1)!.revision])
        // helm get manifest prints the stored manifest and a newline.
        expect(`${await fromSecrets.manifest('itinerary', revision)}\n`).toBe(
          await fromHelm.manifest('itinerary', revision)
        );
      expect(await fromSecrets.history('never-installed')).toEqual([]);
    } finally {
      kubeconfig.dispose();
    }
  });
});
