import { randomUUID } from 'node:crypto';
import { ConfigurationError } from '../shared/errors.js';
import { readInputFile } from '../shared/files.js';
import {
  boundedDuration,
  getOptionalInput,
  getRequiredInput,
  quoted,
  requireGuid,
  requireOneOf,
  subscriptionInput
} from '../shared/inputs.js';
import { parseGateInputs, type SmokeGateInputs } from '../shared/smoke-gate.js';
import { parseConfig } from './config.js';
import { readFolder, type Folder } from './content.js';

/** The build Static Web Apps calls production (its builds API names it `default`). */
export const PRODUCTION = 'production';

interface Target {
  subscriptionId: string;
  resourceGroup: string;
  /** The Static Web App's resource name. */
  app: string;
  /** `production`, or a preview environment's name. */
  environment: string;
}

export interface DeployInputs extends Target, SmokeGateInputs {
  mode: 'deploy';
  output: Folder;
  api?: Folder;
  /** Where staticwebapp.config.json was read (it goes to the root of the package), when there is one. */
  configPath?: string;
  config?: Record<string, unknown>;
  storageAccount: string;
  storageContainer: string;
  /** `marker`: a build marker with the deployment id is added and fetched; `index`: index.html's hash is compared. */
  verify: 'marker' | 'index';
  /** The deployment's whole wait: the zip deployment, then until the site serves the new build. */
  timeoutMs: number;
  deploymentId: string;
  deploymentTitle: string;
  commit: string;
}

export interface DeleteInputs extends Target {
  mode: 'delete';
  timeoutMs: number;
}

export type Inputs = DeployInputs | DeleteInputs;

const appName = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}[A-Za-z0-9]$|^[A-Za-z0-9]$/;
const resourceGroup = /^[-\w._()]{1,90}$/;
const storageAccount = /^[a-z0-9]{3,24}$/;
const container = /^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const environment = /^[a-z0-9](?:[a-z0-9-]{0,18}[a-z0-9])?$/;
/** The marker the step adds to the package and fetches from the site to prove it serves this deployment. */
export const MARKER_PATH = '.musafirgo-build.json';
const MAX_CONFIG_BYTES = 20 * 1024;
const deployDefaults: Record<string, string> = { 'storage-container': 'swa-deployments', verify: 'marker' };
const deployOnly = [
  'output',
  'api',
  'config',
  'storage-account',
  'storage-container',
  'verify',
  'smoke',
  'error-budget',
  'latency-budget',
  'deployment-title'
];

/** The environment a step deploys to when none is given: the pull request's preview, else production. */
export function defaultEnvironment(env: NodeJS.ProcessEnv): string {
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  if (event !== 'pull_request' && event !== 'pull_request_target') return PRODUCTION;
  const number = /^refs\/pull\/(\d+)\//.exec(env['GITHUB_REF'] ?? '')?.[1];
  if (!number) {
    throw new ConfigurationError(
      `input 'environment' is required: this ${event} run's GITHUB_REF (${quoted(env['GITHUB_REF'] ?? '')}) names no pull request number`
    );
  }
  return number;
}

function target(env: NodeJS.ProcessEnv): Target {
  const subscription = subscriptionInput(env);
  const group = getRequiredInput('resource-group', 'the resource group of the Static Web App');
  if (!resourceGroup.test(group)) {
    throw new ConfigurationError(
      `input 'resource-group' must be a resource group name (letters, digits, ._-() at most 90), not ${quoted(group)}`
    );
  }
  const app = getRequiredInput('app', 'the name of the Static Web App resource');
  if (!appName.test(app)) {
    throw new ConfigurationError(
      `input 'app' must be a Static Web App name (letters, digits and '-', at most 40), not ${quoted(app)}`
    );
  }
  const given = getOptionalInput('environment')?.toLowerCase();
  const name = given ?? defaultEnvironment(env);
  if (name === 'default') {
    throw new ConfigurationError(
      "input 'environment': 'default' is what the builds API calls production; say production"
    );
  }
  if (name !== PRODUCTION && !environment.test(name)) {
    throw new ConfigurationError(
      `input 'environment' must be production or a preview environment name (lower case letters, digits and '-', at most 20, as it becomes part of a host name), not ${quoted(name)}`
    );
  }
  return {
    subscriptionId: requireGuid('subscription-id', subscription, 'subscription ID'),
    resourceGroup: group,
    app,
    environment: name
  };
}

function timeout(): number {
  const value = getOptionalInput('timeout') ?? '10m';
  return boundedDuration('timeout', value, 1000);
}

/**
 * Every input, checked, and every file read (the output and API folders, staticwebapp.config.json, the smoke
 * suite), before the first request: a mistake costs nothing and changes nothing.
 */
export function getInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const mode = requireOneOf('mode', getOptionalInput('mode') ?? 'deploy', ['deploy', 'delete'] as const);
  const base = target(env);
  if (mode === 'delete') {
    // The runner passes an input's default from action.yml as if it were given: only another value is a mistake.
    const given = deployOnly.filter(name => {
      const value = getOptionalInput(name);
      return value !== undefined && value !== deployDefaults[name];
    });
    if (given.length > 0) {
      throw new ConfigurationError(
        `input${given.length > 1 ? 's' : ''} ${given.map(n => `'${n}'`).join(', ')} only appl${given.length > 1 ? 'y' : 'ies'} to mode deploy; mode delete only removes a preview environment`
      );
    }
    if (base.environment === PRODUCTION) {
      throw new ConfigurationError(
        "mode delete removes a preview environment; 'production' is the site itself (delete the Static Web App resource to remove it). Name the environment, or run on the pull_request event whose preview it is"
      );
    }
    return { mode, ...base, timeoutMs: timeout() };
  }

  const output = readFolder(
    'output',
    getRequiredInput('output', "the built site's folder, e.g. dist/web/browser after ng build"),
    env
  );
  if (!output.files.some(f => f.path === 'index.html')) {
    throw new ConfigurationError(
      `input 'output': ${quoted(output.given)} has no index.html at its root; name the folder the build wrote the site to (for ng build, dist/<project>/browser)`
    );
  }
  if (output.files.some(f => f.path === MARKER_PATH)) {
    throw new ConfigurationError(
      `input 'output': ${quoted(output.given)} already holds ${MARKER_PATH}, the file this step writes to prove which build the site serves; remove it from the build`
    );
  }
  const apiInput = getOptionalInput('api');
  const api = apiInput ? readFolder('api', apiInput, env) : undefined;

  const configInput = getOptionalInput('config');
  const found = output.files.find(f => f.path === 'staticwebapp.config.json');
  let configPath: string | undefined;
  let config: Record<string, unknown> | undefined;
  if (configInput || found) {
    const file = readInputFile(configInput ? 'config' : 'output', configInput ?? found!.full, {
      maxBytes: MAX_CONFIG_BYTES,
      what: 'a staticwebapp.config.json (at most 20 KB)',
      env
    });
    configPath = file.path;
    config = parseConfig(configInput ? 'config' : 'output', file.path, file.text);
    const fallback = (config['navigationFallback'] as { rewrite?: string } | undefined)?.rewrite;
    if (
      fallback &&
      !/^\/?api\//.test(fallback) &&
      !output.files.some(f => f.path === fallback.replace(/^\//, ''))
    ) {
      throw new ConfigurationError(
        `input '${configInput ? 'config' : 'output'}': ${file.path}: /navigationFallback/rewrite names ${quoted(fallback)}, which is not in ${quoted(output.given)}; every deep link would answer 404`
      );
    }
  }

  const account = getRequiredInput(
    'storage-account',
    'the storage account the package is uploaded to, with Storage Blob Data Contributor for this identity'
  );
  if (!storageAccount.test(account)) {
    throw new ConfigurationError(
      `input 'storage-account' must be a storage account name (3 to 24 lower case letters and digits), not ${quoted(account)}`
    );
  }
  const containerName = getOptionalInput('storage-container') ?? 'swa-deployments';
  if (!container.test(containerName)) {
    throw new ConfigurationError(
      `input 'storage-container' must be a container name (3 to 63 lower case letters, digits and single '-'), not ${quoted(containerName)}`
    );
  }
  const smoke = getOptionalInput('smoke');
  const errorBudget = getOptionalInput('error-budget');
  const latencyBudget = getOptionalInput('latency-budget');
  if (!smoke && (errorBudget !== undefined || latencyBudget !== undefined)) {
    throw new ConfigurationError(
      `input '${errorBudget !== undefined ? 'error-budget' : 'latency-budget'}' applies to the smoke suite: give 'smoke' too, or leave it out`
    );
  }
  if (smoke && !/^(\/|https?:\/\/)/m.test(smoke) && !smoke.includes('\n')) {
    // A smoke file is read now, not after the site changed.
    readInputFile('smoke', smoke, { maxBytes: 1024 * 1024, what: 'a smoke checks file (at most 1 MB)', env });
  }
  const gate = parseGateInputs({ smoke, errorBudget, latencyBudget });
  const commit = env['GITHUB_SHA'] ?? '';
  const title =
    getOptionalInput('deployment-title') ??
    `${commit.slice(0, 7) || 'local'} ${env['GITHUB_WORKFLOW'] ?? ''} run ${env['GITHUB_RUN_NUMBER'] ?? ''}`
      .replace(/\s+/g, ' ')
      .trim();
  if (title.length > 200 || /[\r\n]/.test(title)) {
    throw new ConfigurationError(
      `input 'deployment-title' must be one line of at most 200 characters, not ${quoted(title)}`
    );
  }
  return {
    mode,
    ...base,
    output,
    ...(api ? { api } : {}),
    ...(configPath ? { configPath, config } : {}),
    storageAccount: account,
    storageContainer: containerName,
    verify: requireOneOf('verify', getOptionalInput('verify') ?? 'marker', ['marker', 'index'] as const),
    timeoutMs: timeout(),
    ...gate,
    deploymentId: randomUUID(),
    deploymentTitle: title,
    commit
  };
}
