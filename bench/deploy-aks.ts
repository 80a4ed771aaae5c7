// deploy-aks: the rollback time, from the failure detected (a pod of the new ReplicaSet in ImagePullBackOff)
// to the previous ReplicaSet serving alone again, as the action measures it, and the whole failed run
// (dist/deploy-aks/index.js as the runner starts it, rollback included). The sandbox's pods settle on the next
// read, so what remains is our code, the token exchange, ARM and the API server round trips. The peer of a good
// deploy is what Azure/k8s-deploy runs, the real kubectl: `kubectl apply` of the rendered manifests, then
// `kubectl rollout status` (in another namespace, with a token fetched beforehand and not timed).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { kubectlBinary } from '../sandbox/helm.js';
import type { Sandbox } from '../sandbox/index.js';
import type { AksService } from '../sandbox/aks/index.js';
import { runAction } from '../sandbox/runner.js';
import { aksCluster, loginInputs } from '../tests/support/world.js';
import { tokenKubeconfig } from '../tests/support/aks.js';
import { ms, stats, type Stats } from './stats.js';

export interface DeployAksBench {
  deploy: Stats;
  peerDeploy: Stats;
  rollback: Stats;
  failedRun: Stats;
}

export async function benchDeployAks(
  sandbox: Sandbox,
  cluster: AksService,
  rounds: number
): Promise<DeployAksBench> {
  // A registry of its own (with a port), so the ACR emulator's catalog the other benchmarks use stays as it is.
  const registry = 'registry.bench.local:5000';
  const pushed = new Set<string>();
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
  const image = (repository: string, n: number) =>
    `${registry}/${repository}@sha256:${n.toString(16).padStart(64, 'd')}`;
  pushed.add(image('otel-collector', 0));
  const jobEnv = sandbox.env();
  const login = await runAction('login', loginInputs, jobEnv);
  if (login.exitCode !== 0) throw new Error(`login failed in the benchmark: ${login.errors.join('; ')}`);
  const env = { ...jobEnv, ...login.exported };
  const root = new URL('..', import.meta.url).pathname;
  const inputs = (itinerary: string) => ({
    'resource-group': aksCluster.resourceGroup,
    cluster: aksCluster.name,
    manifests: 'examples/itinerary/k8s/deployment.yaml\nexamples/itinerary/k8s/service.yaml',
    images: `itinerary=${itinerary}\notel-collector=${image('otel-collector', 0)}`
  });

  const dir = mkdtempSync(join(tmpdir(), 'aks-bench-'));
  const exec = promisify(execFile);
  const { stdout } = await exec(process.execPath, [join(root, 'dist/deploy-aks/index.js')], {
    env: { ...process.env, ...env, MUSAFIRGO_DEPLOY_AKS_CREDENTIAL: 'exec-credential' }
  });
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(
    kubeconfig,
    tokenKubeconfig(
      sandbox,
      cluster,
      (JSON.parse(stdout) as { status: { token: string } }).status.token,
      'kubectl-peer'
    ),
    { mode: 0o600 }
  );
  const kubectl = (...args: string[]) => exec(kubectlBinary(), ['--kubeconfig', kubeconfig, ...args]);
  writeFileSync(
    join(dir, 'namespace.yaml'),
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: kubectl-peer\n'
  );
  await kubectl('apply', '-f', join(dir, 'namespace.yaml'));
  /** The example manifests with the images in, as k8s-deploy renders them, applied and waited for. */
  const peer = async (itinerary: string) => {
    const file = join(dir, 'deployment.yaml');
    writeFileSync(
      file,
      readFileSync(join(root, 'examples/itinerary/k8s/deployment.yaml'), 'utf8')
        .replace('musafirgodev.azurecr.io/itinerary:placeholder', itinerary)
        .replace('musafirgodev.azurecr.io/otel-collector:placeholder', image('otel-collector', 0))
    );
    const started = Date.now();
    await kubectl('apply', '-f', file, '-f', join(root, 'examples/itinerary/k8s/service.yaml'));
    await kubectl('rollout', 'status', 'deployment/itinerary', '--timeout=60s');
    return Date.now() - started;
  };

  const deployTimes: number[] = [];
  const peerTimes: number[] = [];
  const rollbackTimes: number[] = [];
  const failedTimes: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const good = image('itinerary', 2 * round + 1);
    pushed.add(good);
    const run = await runAction('deploy-aks', inputs(good), env, { workspace: root });
    if (run.exitCode !== 0) throw new Error(`deploy-aks failed in the benchmark: ${run.errors.join('; ')}`);
    // Not pushed: the new pods go into ImagePullBackOff.
    const failed = await runAction('deploy-aks', inputs(image('itinerary', 2 * round + 2)), env, {
      workspace: root
    });
    const restored = /serving again (\d+(?:\.\d+)?) (ms|s) after the failure/.exec(failed.summary);
    if (failed.exitCode !== 1 || !restored || !cluster.serving('default', 'itinerary').includes(good))
      throw new Error(`the failing deployment did not roll back: ${failed.errors.join('; ')}`);
    const peerMs = await peer(good);
    if (round === 0) continue; // the first round warms the file cache
    deployTimes.push(run.durationMs);
    peerTimes.push(peerMs);
    failedTimes.push(failed.durationMs);
    rollbackTimes.push(Number(restored[1]) * (restored[2] === 's' ? 1000 : 1));
  }
  rmSync(dir, { recursive: true, force: true });
  const result = {
    deploy: stats(deployTimes),
    peerDeploy: stats(peerTimes),
    rollback: stats(rollbackTimes),
    failedRun: stats(failedTimes)
  };
  const row = (name: string, s: Stats) =>
    `  ${name.padEnd(60)} ${ms(s.median).padStart(9)}  (${ms(s.min)}-${ms(s.max)})`;
  console.log(`\ndeploy-aks: ${rounds} rounds, median (min-max), pods settle on the next read`);
  console.log(row('deploy, process start to every Deployment available', result.deploy));
  console.log(row('kubectl apply + rollout status (Azure/k8s-deploy), same manifests', result.peerDeploy));
  console.log(
    `  ratio, good deploy: ${(result.peerDeploy.median / result.deploy.median).toFixed(2)} (kubectl / ours; ours includes the cluster credentials from ARM and its token exchange, kubectl was handed a kubeconfig with a token); a failed rollout: kubectl rollout status waits for the progress deadline (120 s in these manifests) and rolls nothing back`
  );
  console.log(row('rollback: ImagePullBackOff detected to previous version serving', result.rollback));
  console.log(row('failed deploy incl. rollback, process start to done', result.failedRun));
  return result;
}
