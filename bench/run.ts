// npm run bench: each benchmark runs our action and the peer tool side by side against one sandbox and
// prints the ratio. `npm run bench -- --rounds 10` for more rounds; `npm run bench -- login smoke` for some
// (login, deploy-aca, deploy-aks, deploy-aks-helm, smoke, promote).
import { apimService } from '../sandbox/apim/index.js';
import { acrService } from '../sandbox/acr/index.js';
import { startSandbox } from '../sandbox/index.js';
import { aksService } from '../sandbox/aks/index.js';
import { containerAppsService } from '../sandbox/containerapps/index.js';
import { benchDeployAca } from './deploy-aca.js';
import { benchDeployAks } from './deploy-aks.js';
import { benchDeployAksHelm } from './deploy-aks-helm.js';
import { benchLogin } from './login.js';
import { benchPromote } from './promote.js';
import { benchSmoke } from './smoke.js';
import { ms } from './stats.js';

const roundsFlag = process.argv.indexOf('--rounds');
const rounds = roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 5;
const names = process.argv
  .slice(2)
  .filter((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--rounds');
const selected = (name: string) => names.length === 0 || names.includes(name);

const aca = containerAppsService(); // simulated provisioning delays zero: the action's own time
const cluster = aksService();
const sandbox = await startSandbox({ services: [aca, apimService(), acrService(), cluster] });
try {
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
  if (selected('smoke')) await benchSmoke(sandbox);
  if (selected('promote')) await benchPromote(sandbox, Math.min(rounds, 3));
} finally {
  await sandbox.stop();
}
