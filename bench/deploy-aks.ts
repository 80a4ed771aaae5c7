// deploy-aks: the rollback time, from the failure detected (a pod of the new ReplicaSet in ImagePullBackOff)
// to the previous ReplicaSet serving alone again, as the action measures it, and the whole failed run
// (dist/deploy-aks/index.js as the runner starts it, rollback included). The sandbox's pods settle on the next
// read, so what remains is our code, the token exchange, ARM and the API server round trips.
import type { Sandbox } from '../sandbox/index.js';
import type { AksService } from '../sandbox/aks/index.js';
import { runAction } from '../sandbox/runner.js';
import { aksCluster, loginInputs } from '../tests/support/world.js';
import { ms, stats, type Stats } from './stats.js';

export interface DeployAksBench {
  deploy: Stats;
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

  const deployTimes: number[] = [];
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
    if (round === 0) continue; // the first round warms the file cache
    deployTimes.push(run.durationMs);
    failedTimes.push(failed.durationMs);
    rollbackTimes.push(Number(restored[1]) * (restored[2] === 's' ? 1000 : 1));
  }
  const result = {
    deploy: stats(deployTimes),
    rollback: stats(rollbackTimes),
    failedRun: stats(failedTimes)
  };
  const row = (name: string, s: Stats) =>
    `  ${name.padEnd(60)} ${ms(s.median).padStart(9)}  (${ms(s.min)}-${ms(s.max)})`;
  console.log(`\ndeploy-aks: ${rounds} rounds, median (min-max), pods settle on the next read`);
  console.log(row('deploy, process start to every Deployment available', result.deploy));
  console.log(row('rollback: ImagePullBackOff detected to previous version serving', result.rollback));
  console.log(row('failed deploy incl. rollback, process start to done', result.failedRun));
  return result;
}
