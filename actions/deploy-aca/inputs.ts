import { strategies, type Strategy } from '../shared/delivery.js';
import { ConfigurationError } from '../shared/errors.js';
import {
  getOptionalInput,
  getRequiredInput,
  parseCanarySteps,
  parseDuration,
  parseList,
  requireGuid,
  requireOneOf
} from '../shared/inputs.js';
import { parseGateInputs } from '../shared/smoke-gate.js';

export interface EnvVar {
  name: string;
  value?: string;
  secretRef?: string;
}

export interface KeyVaultSecret {
  name: string;
  keyVaultUrl: string;
  /** `system` or a user-assigned identity's resource id. */
  identity: string;
}

export interface DeployInputs {
  mode: 'deploy';
  subscriptionId: string;
  resourceGroup: string;
  app: string;
  /** `<registry>/<repository>@sha256:<digest>`. */
  image: string;
  /** The container whose image changes; undefined means the app's only container, or the one named like the app. */
  container?: string;
  /** Undefined: `rolling` in Single revision mode, `blue-green` in Multiple mode. */
  strategy?: Strategy;
  canarySteps: number[];
  bakeTimeMs: number;
  /** How long the new revision may take to become healthy. */
  timeoutMs: number;
  /** A smoke suite file, or URLs / paths to check against the new revision's label URL. */
  smoke?: string;
  /** Share of the smoke gate's requests (retries included) that may fail, in percent. */
  errorBudget: number;
  /** The slowest smoke check's p95 at a gate may not exceed this. */
  latencyBudgetMs?: number;
  envVars: EnvVar[];
  secrets: KeyVaultSecret[];
  registryIdentity: string;
  revisionSuffix: string;
}

export interface RollbackInputs {
  mode: 'rollback';
  subscriptionId: string;
  resourceGroup: string;
  app: string;
  /** Default: the revision labelled `blue`, else the newest other active revision. */
  toRevision?: string;
}

export type Inputs = DeployInputs | RollbackInputs;

const imagePattern = /^([a-z0-9.-]+(?::\d+)?)\/([a-z0-9._/-]+)(?::[\w.-]+)?@sha256:[a-f0-9]{64}$/;
const envName = /^[A-Za-z_][A-Za-z0-9_]*$/;
const secretName = /^[a-z0-9]([a-z0-9-.]*[a-z0-9])?$/;
const nameRule = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;

/** `NAME=value` or `NAME=secretref:<secret>` lines, as `az containerapp update --set-env-vars` takes them. */
export function parseEnvVars(value: string | undefined): EnvVar[] {
  return parseList(value).map(line => {
    const at = line.indexOf('=');
    const name = line.slice(0, Math.max(0, at)).trim();
    if (at < 1 || !envName.test(name)) {
      throw new ConfigurationError(
        `input 'env-vars': '${line}' is not NAME=value or NAME=secretref:<secret>`
      );
    }
    const raw = line.slice(at + 1);
    return raw.startsWith('secretref:')
      ? { name, secretRef: raw.slice('secretref:'.length) }
      : { name, value: raw };
  });
}

/** `name=keyvaultref:<secret URL>,identityref:<system | identity id>` lines, as `az containerapp secret set`. */
export function parseSecrets(value: string | undefined, defaultIdentity: string): KeyVaultSecret[] {
  return parseList(value).map(line => {
    const match = /^([^=]+)=keyvaultref:([^,]+)(?:,identityref:(.+))?$/.exec(line);
    const name = match?.[1]?.trim() ?? '';
    if (!match || !secretName.test(name)) {
      throw new ConfigurationError(
        `input 'secrets': '${line.replace(/=.*/, '=…')}' is not name=keyvaultref:<Key Vault secret URL>[,identityref:<identity>]; plain secret values are refused, keep them in Key Vault`
      );
    }
    let url: URL;
    try {
      url = new URL(match[2]!.trim());
    } catch {
      throw new ConfigurationError(`input 'secrets': secret '${name}' needs an https Key Vault secret URL`);
    }
    if (url.protocol !== 'https:' || !url.pathname.startsWith('/secrets/')) {
      throw new ConfigurationError(
        `input 'secrets': secret '${name}' needs an https Key Vault secret URL (…/secrets/<name>)`
      );
    }
    return { name, keyVaultUrl: url.href, identity: match[3]?.trim() || defaultIdentity };
  });
}

/** `<sha7>-<attempt>`: the same commit and run attempt always name the same revision. */
export function revisionSuffixFor(sha: string | undefined, attempt: string | undefined): string {
  if (!sha || !/^[0-9a-f]{7,40}$/i.test(sha)) {
    throw new ConfigurationError(
      "input 'revision-suffix' is required outside GitHub Actions (GITHUB_SHA is not a commit SHA)"
    );
  }
  return `${sha.slice(0, 7).toLowerCase()}-${attempt || '1'}`;
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const mode = requireOneOf('mode', getOptionalInput('mode') ?? 'deploy', ['deploy', 'rollback'] as const);
  const subscription = getOptionalInput('subscription-id') ?? env['AZURE_SUBSCRIPTION_ID'];
  if (!subscription) {
    throw new ConfigurationError(
      "input 'subscription-id' is required (or run musafirgo/actions/login with subscription-id first)"
    );
  }
  const base = {
    subscriptionId: requireGuid('subscription-id', subscription, 'subscription ID'),
    resourceGroup: getRequiredInput('resource-group', 'the resource group of the Container App'),
    app: getRequiredInput('app', 'the name of the Container App')
  };
  if (!nameRule.test(base.app)) {
    throw new ConfigurationError(
      `input 'app' must be a Container App name (lower case letters, digits, '-'), not '${base.app}'`
    );
  }
  if (mode === 'rollback') return { mode, ...base, toRevision: getOptionalInput('to-revision') };

  const image = getRequiredInput(
    'image',
    'the image to deploy, by digest (<registry>/<repository>@sha256:<digest>), e.g. the digest output of build-push'
  );
  if (!imagePattern.test(image)) {
    throw new ConfigurationError(
      `input 'image' must name the image by digest (<registry>/<repository>@sha256:<64 hex digits>), not '${image}'; deploy the digest build-push outputs so the revision runs exactly what was tested`
    );
  }
  const strategyInput = getOptionalInput('strategy');
  const strategy = strategyInput ? requireOneOf('strategy', strategyInput, strategies) : undefined;
  const registryIdentity = getOptionalInput('registry-identity') ?? 'system';
  const suffix =
    getOptionalInput('revision-suffix') ?? revisionSuffixFor(env['GITHUB_SHA'], env['GITHUB_RUN_ATTEMPT']);
  if (!/^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/.test(suffix) || suffix.includes('--')) {
    throw new ConfigurationError(
      `input 'revision-suffix' must be lower case letters, digits and single '-', at most 32 characters, not '${suffix}'`
    );
  }
  const canarySteps = parseCanarySteps(getOptionalInput('canary-steps') ?? '10,50,100');
  const gate = parseGateInputs({
    smoke: getOptionalInput('smoke'),
    errorBudget: getOptionalInput('error-budget'),
    latencyBudget: getOptionalInput('latency-budget')
  });
  return {
    mode,
    ...base,
    image,
    container: getOptionalInput('container'),
    strategy,
    canarySteps,
    bakeTimeMs: parseDuration('bake-time', getOptionalInput('bake-time') ?? '60s'),
    timeoutMs: parseDuration('timeout', getOptionalInput('timeout') ?? '10m'),
    ...gate,
    envVars: parseEnvVars(getOptionalInput('env-vars')),
    secrets: parseSecrets(getOptionalInput('secrets'), registryIdentity),
    registryIdentity,
    revisionSuffix: suffix
  };
}
