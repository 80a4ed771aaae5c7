// npm run bench: each benchmark runs our action and the peer tool side by side against one sandbox and
// prints the ratio. `npm run bench -- --rounds 10` for more rounds; `npm run bench -- login smoke` for some;
// `npm run bench -- --help` lists them.
import { apimService } from '../sandbox/apim/index.js';
import { acrService } from '../sandbox/acr/index.js';
import { startSandbox } from '../sandbox/index.js';
import { aksService } from '../sandbox/aks/index.js';
import { containerAppsService } from '../sandbox/containerapps/index.js';
import { staticSitesService } from '../sandbox/staticsites/index.js';
import { storageService } from '../sandbox/storage/index.js';
import { benchDeployAca } from './deploy-aca.js';
import { benchDeployAks } from './deploy-aks.js';
import { benchDeployAksHelm } from './deploy-aks-helm.js';
import { benchDeploySwa } from './deploy-swa.js';
import { benchLogin } from './login.js';
import { benchPromote } from './promote.js';
import { benchRuntime, printRuntimeBench } from './runtime.js';
import { benchSmoke } from './smoke.js';
import { benchStartup } from './startup.js';
import { ms } from './stats.js';
import { defineCommand, readCommandLine, refuse, cut } from '../actions/shared/args.js';

const benchmarks = [
  'startup',
  'login',
  'deploy-aca',
  'deploy-aks',
  'deploy-aks-helm',
  'deploy-swa',
  'smoke',
  'promote',
  'runtime'
] as const;
const command = defineCommand({
  name: 'bench',
  invocation: 'npm run bench --',
  summary:
    'Runs our actions and the peer tools side by side against one sandbox on this machine and prints ' +
    'the medians and the ratio of each benchmark (deploy-aks-helm and promote run at most 3 rounds).',
  flags: {
    rounds: { type: 'string', value: 'n', default: '5', description: 'rounds of each benchmark' },
    baseline: {
      type: 'string',
      value: 'commit',
      default: 'a3b222d',
      description:
        'startup: the commit whose dist/ bundles the start-up is compared with (default: the last before @actions/core)'
    }
  },
  positionals: {
    name: 'benchmark',
    description: 'the benchmarks to run',
    choices: benchmarks,
    defaultText: 'all'
  },
  examples: ['npm run bench -- login smoke --rounds 10']
});
const { values, positionals: names } = readCommandLine(command);
const rounds = Number(values.rounds);
if (!/^\d+$/.test(values.rounds) || rounds < 1 || rounds > 100) {
  refuse(command, `--rounds must be a whole number from 1 to 100, not '${cut(values.rounds)}'`);
}
const selected = (name: (typeof benchmarks)[number]) => names.length === 0 || names.includes(name);

const aca = containerAppsService(); // simulated provisioning delays zero: the action's own time
const cluster = aksService();
// Azurite starts only for the benchmark that needs it.
const swaServices = selected('deploy-swa') ? [storageService(), staticSitesService()] : [];
const sandbox = await startSandbox({ services: [aca, apimService(), acrService(), cluster, ...swaServices] });
try {
  if (selected('startup')) {
    const startupRounds = Math.max(rounds, 15);
    console.log(
      `startup: process start to the first request, ${startupRounds} rounds, median (min-max), now and at ${values.baseline}`
    );
    for (const row of await benchStartup(sandbox, startupRounds, values.baseline)) {
      const cell = (s: typeof row.now) => `${ms(s.median).padStart(6)} (${ms(s.min)}-${ms(s.max)})`;
      const delta = row.baseline ? row.now.median - row.baseline.median : undefined;
      console.log(
        `  ${row.action.padEnd(12)} now ${cell(row.now)}   ${values.baseline} ${row.baseline ? cell(row.baseline) : 'n/a (commit not in this clone)'}` +
          (delta === undefined ? '' : `   ${delta >= 0 ? '+' : ''}${delta.toFixed(0)} ms`)
      );
    }
  }
  if (selected('login')) {
    console.log(`login: process start to a verified ARM token, ${rounds} rounds, median (min-max)`);
    // The az CLI cannot use an authority with a port, so it reaches the same emulators under Azure's real host
    // names through the sandbox proxy (see toolbox-facts): same servers, same work, for both.
    const login = await benchLogin(sandbox, rounds);
    const row = (name: string, s: typeof login.ours) =>
      `  ${name.padEnd(44)} ${ms(s.median).padStart(9)}  (${ms(s.min)}-${ms(s.max)})`;
    console.log(row('musafirgo login (node dist/login/index.js)', login.ours));
    console.log(row('az CLI: version, cloud set, login, account set', login.peer));
    const ratio = login.peer.median / login.ours.median;
    console.log(
      `  ratio: ours is ${ratio.toFixed(1)}x faster (goal: at least 20x) ${ratio >= 20 ? 'MET' : 'NOT MET'}`
    );
  }
  if (selected('deploy-aca')) await benchDeployAca(sandbox, aca, rounds);
  if (selected('deploy-aks')) await benchDeployAks(sandbox, cluster, rounds);
  if (selected('deploy-aks-helm')) await benchDeployAksHelm(sandbox, cluster, Math.min(rounds, 3));
  if (selected('deploy-swa')) await benchDeploySwa(sandbox, rounds);
  if (selected('smoke')) await benchSmoke(sandbox);
  if (selected('promote')) await benchPromote(sandbox, Math.min(rounds, 3));
  if (selected('runtime')) printRuntimeBench(await benchRuntime(sandbox, rounds, aca), rounds);
} finally {
  await sandbox.stop();
}
