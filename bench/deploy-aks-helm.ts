// deploy-aks method helm against the peer: `helm upgrade --install --atomic --wait`, what a workflow without our
// action runs (Azure/k8s-bake plus helm, or a plain run: step). Both use the same real helm binary, the same chart
// and the same emulated cluster; the peer gets a static token in its kubeconfig (what kubelogin would write),
// ours its credential plugin. Measured per round, from process start:
//   - a good release: until every Deployment of the release is available;
//   - a release whose image was never pushed: until the previous revision serves again. helm --atomic cannot tell
//     an ImagePullBackOff from a slow start, so it rolls back only when --timeout runs out (30 s here; its default
//     is 5 minutes); ours fails at the first back-off it sees.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Sandbox } from '../sandbox/index.js';
import type { AksService } from '../sandbox/aks/index.js';
import { helmBinary, helmDirectory } from '../sandbox/helm.js';
import { runAction } from '../sandbox/runner.js';
import { aksCluster, deployer, loginInputs, tenantId } from '../tests/support/world.js';
import { getJson } from './login.js';
import { tokenKubeconfig } from '../tests/support/aks.js';
import { ms, stats, type Stats } from './stats.js';

const PEER_TIMEOUT = '30s';

export interface DeployAksHelmBench {
  deploy: Stats;
  peerDeploy: Stats;
  failed: Stats;
  rollback: Stats;
  peerFailed: Stats;
  getCredentials: Stats;
}

export async function benchDeployAksHelm(
  sandbox: Sandbox,
  cluster: AksService,
  rounds: number
): Promise<DeployAksHelmBench> {
  const registry = 'registry.helm-bench.local:5000';
  const pushed = new Set<string>();
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
  const image = (n: number, push = true) => {
    const reference = `${registry}/itinerary@sha256:${n.toString(16).padStart(64, 'f')}`;
    if (push) pushed.add(reference);
    return reference;
  };
  process.env['PATH'] = `${helmDirectory()}:${process.env['PATH'] ?? '/usr/bin:/bin'}`;
  const root = new URL('..', import.meta.url).pathname;
  const chart = join(root, 'examples/itinerary/chart');
  const jobEnv = sandbox.env();
  const login = await runAction('login', loginInputs, jobEnv);
  if (login.exitCode !== 0) throw new Error(`login failed in the benchmark: ${login.errors.join('; ')}`);
  const env = { ...jobEnv, ...login.exported };
  const inputs = (reference: string) => ({
    method: 'helm',
    'resource-group': aksCluster.resourceGroup,
    cluster: aksCluster.name,
    chart,
    release: 'itinerary',
    namespace: 'helm-bench',
    images: reference
  });

  // The peer's kubeconfig: the cluster from the same ARM answer, a token fetched beforehand (not timed), as
  // kubelogin would leave it; fetched through our bundle's credential plugin mode, which prints nothing else.
  const dir = mkdtempSync(join(tmpdir(), 'helm-bench-'));
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'dist/deploy-aks/index.js')], {
    env: { ...process.env, ...env, MUSAFIRGO_DEPLOY_AKS_CREDENTIAL: 'exec-credential' }
  });
  const token = (JSON.parse(stdout) as { status: { token: string } }).status.token;
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, tokenKubeconfig(sandbox, cluster, token, 'helm-peer'), { mode: 0o600 });
  const peer = async (reference: string) => {
    const started = Date.now();
    const [repository, digest] = reference.split('@') as [string, string];
    try {
      await promisify(execFile)(helmBinary(), [
        'upgrade',
        '--install',
        'itinerary',
        chart,
        '--kubeconfig',
        kubeconfig,
        '--namespace',
        'helm-peer',
        '--create-namespace',
        '--set-string',
        `image.repository=${repository},image.digest=${digest}`,
        '--atomic',
        '--wait',
        '--timeout',
        PEER_TIMEOUT
      ]);
      return { ok: true, ms: Date.now() - started };
    } catch (error) {
      return {
        ok: false,
        ms: Date.now() - started,
        error: String((error as { stderr?: string }).stderr ?? error)
      };
    }
  };

  // What a workflow without our action runs before helm: Azure/aks-set-context, which is `az aks get-credentials`
  // after Azure/login (az login, not timed: ours has its login step too). The az CLI reaches the same emulators
  // through the sandbox proxy, as in the login benchmark; kubelogin (not on this machine) would then exchange a
  // token on top, which is not counted.
  const azConfig = mkdtempSync(join(tmpdir(), 'bench-az-'));
  const azEnv = {
    ...process.env,
    AZURE_CONFIG_DIR: azConfig,
    AZURE_CORE_COLLECT_TELEMETRY: 'false',
    HTTPS_PROXY: sandbox.urls.proxy,
    REQUESTS_CA_BUNDLE: sandbox.caCertPath
  };
  const az = (...args: string[]) => promisify(execFile)('az', args, { env: azEnv });
  const { value: idToken } = await getJson(
    `${jobEnv['ACTIONS_ID_TOKEN_REQUEST_URL']}&audience=api://AzureADTokenExchange`,
    { authorization: `Bearer ${jobEnv['ACTIONS_ID_TOKEN_REQUEST_TOKEN']}` },
    sandbox.tls.ca
  );
  await az(
    'login',
    '--service-principal',
    '--username',
    deployer.appId,
    '--tenant',
    tenantId,
    '--federated-token',
    idToken,
    '--output',
    'none'
  );
  await az('account', 'set', '--subscription', aksCluster.subscriptionId);
  const getCredentialsTimes: number[] = [];
  const getCredentials = async () => {
    const started = Date.now();
    await az(
      'aks',
      'get-credentials',
      '--resource-group',
      aksCluster.resourceGroup,
      '--name',
      aksCluster.name,
      '--format',
      'exec',
      '--file',
      join(azConfig, 'kubeconfig'),
      '--overwrite-existing',
      '--output',
      'none'
    );
    return Date.now() - started;
  };

  const deployTimes: number[] = [];
  const peerDeployTimes: number[] = [];
  const failedTimes: number[] = [];
  const rollbackTimes: number[] = [];
  const peerFailedTimes: number[] = [];
  try {
    for (let round = 0; round <= rounds; round++) {
      const good = image(2 * round + 1);
      const run = await runAction('deploy-aks', inputs(good), env, { workspace: root });
      if (run.exitCode !== 0)
        throw new Error(`deploy-aks helm failed in the benchmark: ${run.errors.join('; ')}`);
      const peerGood = await peer(good);
      if (!peerGood.ok)
        throw new Error(`helm upgrade --atomic --wait failed on a good image: ${peerGood.error}`);
      const bad = image(2 * round + 2, false);
      const failed = await runAction('deploy-aks', inputs(bad), env, { workspace: root });
      const restored = /serving again (\d+(?:\.\d+)?) (ms|s) after the failure/.exec(failed.summary);
      if (failed.exitCode !== 1 || !restored || !cluster.serving('helm-bench', 'itinerary').includes(good))
        throw new Error(`the failing helm release did not roll back: ${failed.errors.join('; ')}`);
      if (round === 0) continue; // the first round warms the file cache and installs the releases
      deployTimes.push(run.durationMs);
      peerDeployTimes.push(peerGood.ms);
      getCredentialsTimes.push(await getCredentials());
      failedTimes.push(failed.durationMs);
      rollbackTimes.push(Number(restored[1]) * (restored[2] === 's' ? 1000 : 1));
      // The peer's failure costs its whole timeout: one round is enough to show it.
      if (round === 1) {
        const peerBad = await peer(bad);
        if (peerBad.ok || !cluster.serving('helm-peer', 'itinerary').includes(good))
          throw new Error('helm --atomic did not roll the bad image back');
        peerFailedTimes.push(peerBad.ms);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(azConfig, { recursive: true, force: true });
  }
  const result = {
    deploy: stats(deployTimes),
    peerDeploy: stats(peerDeployTimes),
    failed: stats(failedTimes),
    rollback: stats(rollbackTimes),
    peerFailed: stats(peerFailedTimes),
    getCredentials: stats(getCredentialsTimes)
  };
  const row = (name: string, s: Stats) =>
    `  ${name.padEnd(66)} ${ms(s.median).padStart(9)}  (${ms(s.min)}-${ms(s.max)})`;
  console.log(`\ndeploy-aks method helm: ${rounds} rounds, median (min-max), pods settle on the next read`);
  console.log(row('ours: good release, process start to every Deployment available', result.deploy));
  console.log(row('helm upgrade --install --atomic --wait, good release', result.peerDeploy));
  console.log(row('ours: image never pushed, process start to previous revision serving', result.failed));
  console.log(
    row('  of which: failure detected to previous revision serving (helm rollback)', result.rollback)
  );
  console.log(
    row(
      `helm --atomic --wait --timeout ${PEER_TIMEOUT}, image never pushed, until rolled back`,
      result.peerFailed
    )
  );
  console.log(
    `  ratio, failed release back to the previous revision: ours ${(result.peerFailed.median / result.failed.median).toFixed(1)}x faster (helm waits for its --timeout); rollback goal under 10 s: ${result.rollback.median < 10_000 ? 'MET' : 'NOT MET'}`
  );
  console.log(
    row('az aks get-credentials (what Azure/aks-set-context runs before helm)', result.getCredentials)
  );
  console.log(
    `  ratio, good release: ${(result.peerDeploy.median / result.deploy.median).toFixed(2)} against helm --wait alone (given a kubeconfig and a token); ${((result.peerDeploy.median + result.getCredentials.median) / result.deploy.median).toFixed(1)}x with the cluster credentials it needs first (ours includes fetching them)`
  );
  return result;
}
