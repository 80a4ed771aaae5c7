// npm run demo: start the sandbox, run the built actions exactly as a runner would (a fresh node process per
// step, INPUT_* variables, GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY), and print each step.
import { ApimService } from '../sandbox/apim/index.js';
import { acrService } from '../sandbox/acr/index.js';
import { startSandbox } from '../sandbox/index.js';
import { containerApps } from '../sandbox/containerapps/index.js';
import { deployAca } from './demo/deploy-aca.js';
import { bold, createDemoContext } from './demo/context.js';
import { apim } from './demo/apim.js';
import { login } from './demo/login.js';
import { buildPush } from './demo/build-push.js';

// Provisioning takes one status poll (1 s) per write, as a reminder that Azure takes its time.
const aca = containerApps({ provisioningPolls: 1, retryAfterSeconds: 1 });
const sandbox = await startSandbox({ services: [aca, new ApimService(), acrService()] });
try {
  console.log(bold('MusafirGO actions demo against the local sandbox'));
  console.log(
    `  GitHub OIDC ${sandbox.urls.github}\n  Entra ID    ${sandbox.urls.entra}\n  ARM         ${sandbox.urls.arm}`
  );
  const demo = createDemoContext(sandbox);
  await login(demo);
  await buildPush(demo);
  await deployAca(demo, aca);
  // API Management in front of the Container App that deploy-aca rolled out.
  await apim(demo, demo.outputs['deploy']?.['url']);

  const calls = sandbox.calls();
  console.log(`\n${bold('What the sandbox saw')} (${calls.length} requests)`);
  for (const call of calls) {
    console.log(
      `  ${call.service.padEnd(6)} ${call.method.padEnd(4)} ${call.status} ${call.path} (${call.durationMs} ms)`
    );
  }
} finally {
  await sandbox.stop();
}
