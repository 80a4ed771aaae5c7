// deploy-swa: the landing page (examples/landing/site) to a Static Web App's production, process start to the new
// build served (dist/deploy-swa/index.js as the runner starts it; the step ends once the site answers with the new
// build's marker), and the time of each phase as the step's job summary reports it.
//
// The peer, Azure/static-web-apps-deploy, cannot run here: it is a Docker container action
// (mcr.microsoft.com/appsvc/staticappsclient) whose StaticSitesClient uploads with the app's deployment token to an
// undocumented content endpoint. There is no Docker engine on this machine, no way to pull its image, and no
// documented API of that endpoint to emulate, so the phase times stand alone.
import type { Sandbox } from '../sandbox/index.js';
import { runAction } from '../sandbox/runner.js';
import { deployStorage, landingSite } from '../tests/support/swa.js';
import { loginInputs } from '../tests/support/world.js';
import { ms, stats, type Stats } from './stats.js';

const root = new URL('..', import.meta.url).pathname;

export interface DeploySwaBench {
  served: Stats;
  phases: Record<string, Stats>;
}

const toMs = (value: string, unit: string) => Number(value) * (unit === 's' ? 1000 : 1);

export async function benchDeploySwa(sandbox: Sandbox, rounds: number): Promise<DeploySwaBench> {
  const jobEnv = sandbox.env();
  const login = await runAction('login', loginInputs, jobEnv);
  if (login.exitCode !== 0) throw new Error(`login failed in the benchmark: ${login.errors.join('; ')}`);
  const env = { ...jobEnv, ...login.exported };
  const inputs = {
    'resource-group': landingSite.resourceGroup,
    app: landingSite.name,
    output: 'examples/landing/site',
    'storage-account': deployStorage.account
  };
  const served: number[] = [];
  const phases: Record<string, number[]> = {};
  for (let round = 0; round <= rounds; round++) {
    const run = await runAction('deploy-swa', inputs, env, { workspace: root });
    if (run.exitCode !== 0) throw new Error(`deploy-swa failed in the benchmark: ${run.errors.join('; ')}`);
    if (round === 0) continue; // the first round warms the file cache
    served.push(run.durationMs);
    for (const [, phase, value, unit] of run.summary.matchAll(
      /^\| ([A-Z][\w ]+) \| (\d+(?:\.\d+)?) (ms|s) \|$/gm
    ))
      (phases[phase!] ??= []).push(toMs(value!, unit!));
  }
  const result = {
    served: stats(served),
    phases: Object.fromEntries(Object.entries(phases).map(([name, samples]) => [name, stats(samples)]))
  };
  const row = (name: string, s: Stats) =>
    `  ${name.padEnd(44)} ${ms(s.median).padStart(9)}  (${ms(s.min)}-${ms(s.max)})`;
  console.log(`\ndeploy-swa: the landing page to production, ${rounds} rounds, median (min-max)`);
  console.log(row('process start to the new build served', result.served));
  for (const [name, s] of Object.entries(result.phases)) console.log(row(`  phase: ${name}`, s));
  console.log(
    '  peer: Azure/static-web-apps-deploy cannot run here (a Docker container action uploading with a deployment\n' +
      '  token to an undocumented endpoint; no Docker engine, no image, no API to emulate): our phases alone'
  );
  return result;
}
