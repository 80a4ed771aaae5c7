// npm run sandbox [-- --world file.yaml] [-- --state-dir dir]: start every emulator and stay up until Ctrl-C.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand, readCommandLine } from '../actions/shared/args.js';
import { acrService } from './acr/index.js';
import { aksService } from './aks/index.js';
import { apimService } from './apim/index.js';
import { containerAppsService } from './containerapps/index.js';
import { startSandbox } from './index.js';
import { staticSitesService } from './staticsites/index.js';
import { storageService } from './storage/index.js';

const { values } = readCommandLine(
  defineCommand({
    name: 'sandbox',
    invocation: 'npm run sandbox --',
    summary:
      'Starts the local HTTPS emulators of GitHub OIDC, Entra ID, ARM, Container Registry, Container Apps, ' +
      'API Management, AKS, Static Web Apps and Blob Storage (Azurite), with their CONNECT proxy, writes the variables a step needs to ' +
      '<state-dir>/env, and stays up until Ctrl-C.',
    flags: {
      world: {
        type: 'string',
        value: 'file.yaml',
        description:
          'the world to emulate: tenants, app registrations, subscriptions, registries, apps, clusters',
        defaultText: 'sandbox/world.default.yaml'
      },
      'state-dir': {
        type: 'string',
        value: 'dir',
        description: "where the sandbox's CA certificate and the env file are written",
        defaultText: '.sandbox'
      }
    },
    examples: ['npm run sandbox &   # then: set -a; . .sandbox/env; set +a']
  })
);
const stateDir = values['state-dir'] ?? fileURLToPath(new URL('../.sandbox', import.meta.url));
const sandbox = await startSandbox({
  world: values.world,
  stateDir,
  services: [
    containerAppsService(),
    acrService(),
    apimService(),
    aksService(),
    storageService(),
    staticSitesService()
  ]
});

const quote = (v: string) => (/^[\w@%+=:,./-]*$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`);
const env = sandbox.env();
const envFile = `${stateDir}/env`;
writeFileSync(
  envFile,
  Object.entries(env)
    .map(([k, v]) => `${k}=${quote(v)}\n`)
    .join(''),
  { mode: 0o600 }
);

const tenant = sandbox.world.tenants[0]!;
const app = tenant.apps[0]!;
const subscription = sandbox.world.subscriptions[0]!;
const rel = relative(process.cwd(), envFile);
const shown = rel && !rel.startsWith('..') ? rel : envFile;
console.log(`MusafirGO sandbox is up.
  GitHub OIDC  ${sandbox.urls.github}
  Entra ID     ${sandbox.urls.entra}
  ARM          ${sandbox.urls.arm}
  control API  ${sandbox.urls.control}
  proxy        ${sandbox.urls.proxy}  (tunnels login.microsoftonline.com, management.azure.com, token.actions.githubusercontent.com)
  CA           ${sandbox.caCertPath}
  step env     ${envFile}  (job ${env.GITHUB_REPOSITORY}@${env.GITHUB_REF})

Run an action by hand:
  set -a; . ${shown}; set +a
  env 'INPUT_CLIENT-ID=${app.appId}' 'INPUT_TENANT-ID=${tenant.id}' 'INPUT_SUBSCRIPTION-ID=${subscription.id}' \\
    RUNNER_TEMP=$(mktemp -d) GITHUB_OUTPUT=/dev/stdout GITHUB_ENV=/dev/null GITHUB_STEP_SUMMARY=/dev/null \\
    node dist/login/index.js

Drive it: curl --cacert ${sandbox.caCertPath} ${sandbox.urls.control}/calls
          curl --cacert ${sandbox.caCertPath} -X POST -d '{"advanceSeconds":600}' ${sandbox.urls.control}/clock
Ctrl-C stops it.`);

const stop = () => void sandbox.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
