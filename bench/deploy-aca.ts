// deploy-aca: the action's own overhead, process start to done (dist/deploy-aca/index.js as the runner starts
// it, blue-green, the sandbox's simulated provisioning delays at zero, so what remains is our code, the token
// exchange, the ARM round trips and the sandbox starting the revision's process), and the rollback time from
// the failed gate to traffic restored, as the action measures it. The failing release is a real image whose
// process exits at start (examples/images/crashing), run by the container runtime.
import type { Sandbox } from '../sandbox/index.js';
import type { ContainerAppsService } from '../sandbox/containerapps/index.js';
import { runAction } from '../sandbox/runner.js';
import { federatedIdentity } from '../sandbox/runtime/identity.js';
import { pushExampleImage } from '../sandbox/runtime/images.js';
import { deployer, itineraryApp, loginInputs, tenantId } from '../tests/support/world.js';
import { ms, stats, type Stats } from './stats.js';

export interface DeployAcaBench {
  deploy: Stats;
  rollback: Stats;
  /** Process start to exit of the failed runs, rollback included. */
  failedRun: Stats;
}

export async function benchDeployAca(
  sandbox: Sandbox,
  aca: ContainerAppsService,
  rounds: number
): Promise<DeployAcaBench> {
  const jobEnv = sandbox.env();
  const login = await runAction('login', loginInputs, jobEnv);
  if (login.exitCode !== 0) throw new Error(`login failed in the benchmark: ${login.errors.join('; ')}`);
  const env = { ...jobEnv, ...login.exported };
  const inputs = { 'resource-group': itineraryApp.resourceGroup, app: itineraryApp.name, 'bake-time': '0s' };
  const image = (n: number) =>
    `${itineraryApp.registry}/itinerary@sha256:${n.toString(16).padStart(64, 'c')}`;
  const { image: bad } = await pushExampleImage('crashing', {
    sandbox,
    loginServer: itineraryApp.registry,
    credential: federatedIdentity(sandbox, { clientId: deployer.appId, tenantId })
  });

  const deployTimes: number[] = [];
  const rollbackTimes: number[] = [];
  const failedTimes: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const good = image(2 * round + 1);
    aca.declareImage(good);
    const run = await runAction(
      'deploy-aca',
      { ...inputs, image: good, 'revision-suffix': `bench-${round}` },
      env
    );
    if (run.exitCode !== 0) throw new Error(`deploy-aca failed in the benchmark: ${run.errors.join('; ')}`);
    const failed = await runAction(
      'deploy-aca',
      { ...inputs, image: bad, 'revision-suffix': `bench-bad-${round}` },
      env
    );
    const restored = /\| Traffic restored in \| (\d+(?:\.\d+)?) (ms|s) \|/.exec(failed.summary);
    if (failed.exitCode !== 1 || !restored)
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
  const row = (name: string, s: Stats, goal: number) =>
    `  ${name.padEnd(52)} ${ms(s.median).padStart(9)}  (${ms(s.min)}-${ms(s.max)})  goal < ${ms(goal)}: ${s.median < goal ? 'MET' : 'NOT MET'}`;
  console.log(`\ndeploy-aca: ${rounds} rounds, median (min-max), simulated provisioning delays zero`);
  console.log(row('blue-green deploy, process start to done', result.deploy, 1000));
  console.log(row('rollback: failed gate to traffic restored', result.rollback, 2000));
  console.log(
    `  ${'failed deploy incl. rollback, process start to done'.padEnd(52)} ${ms(result.failedRun.median).padStart(9)}  (${ms(result.failedRun.min)}-${ms(result.failedRun.max)})`
  );
  return result;
}
