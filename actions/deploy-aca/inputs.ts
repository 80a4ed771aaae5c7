import { strategies, type Strategy } from '../shared/delivery.js';
import { ConfigurationError } from '../shared/errors.js';
import {
  boundedDuration,
  boundedInteger,
  getOptionalInput,
  getRequiredInput,
  parseCanarySteps,
  parseList,
  quoted,
  requireGuid,
  requireOneOf,
  subscriptionInput
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

/** How the app is made when it does not exist yet; ignored (or checked against the app) once it does. */
export interface CreateInputs {
  /** The managed environment: a name in the app's resource group, or a resource id. */
  environment?: string;
  /** Undefined when not given: external on creation. */
  ingress?: 'external' | 'internal' | 'disabled';
  targetPort?: number;
  /** Undefined when not given: multiple on creation, for blue-green and canary. */
  revisionMode?: 'single' | 'multiple';
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
  /** What only a first deploy uses; absent when none of those inputs is given. */
  create?: CreateInputs;
  /** The container's cores and memory (`1Gi`), when given; both set, the other derived at 2 GiB per core. */
  resources?: { cpu: number; memory: string };
  minReplicas?: number;
  maxReplicas?: number;
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
/** A registry refuses a repository name (with its registry host) longer than this (distribution spec). */
const maxImageName = 255;
const userAssignedIdentity =
  /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[^/]+$/i;
const environmentName = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,58}[a-zA-Z0-9]$/;
const environmentId =
  /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.App\/managedEnvironments\/[^/]+$/i;
/** Inputs that only mean something when the step deploys (they have no default in action.yml). */
const deployOnly = [
  'image',
  'container',
  'strategy',
  'smoke',
  'latency-budget',
  'env-vars',
  'secrets',
  'revision-suffix',
  'container-app-environment',
  'ingress',
  'target-port',
  'revision-mode',
  'cpu',
  'memory',
  'min-replicas',
  'max-replicas'
];
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

/**
 * `cpu` and `memory` as Container Apps takes them: cores in steps of 0.25 up to 4, memory twice the cores in GiB
 * (the Consumption profile's pairs); one given, the other follows.
 */
export function parseResources(
  cpu: string | undefined,
  memory: string | undefined
): { cpu: number; memory: string } | undefined {
  if (cpu === undefined && memory === undefined) return undefined;
  const cores = cpu === undefined ? undefined : Number(cpu);
  if (
    cores !== undefined &&
    (!/^\d+(\.\d+)?$/.test(cpu!) || cores < 0.25 || cores > 4 || (cores * 4) % 1 !== 0)
  ) {
    throw new ConfigurationError(
      `input 'cpu' must be cores from 0.25 to 4 in steps of 0.25 (0.5, 1, 1.75), not ${quoted(cpu!)}`
    );
  }
  const gib = memory === undefined ? undefined : /^(\d+(?:\.\d+)?)Gi$/.exec(memory)?.[1];
  if (
    memory !== undefined &&
    (gib === undefined || Number(gib) < 0.5 || Number(gib) > 8 || (Number(gib) * 2) % 1 !== 0)
  ) {
    throw new ConfigurationError(
      `input 'memory' must be GiB from 0.5Gi to 8Gi in steps of 0.5 (1Gi, 1.5Gi), not ${quoted(memory)}`
    );
  }
  const pair = { cpu: cores ?? Number(gib) / 2, memory: `${gib ?? (cores! * 2).toString()}Gi` };
  if (Number(pair.memory.slice(0, -2)) !== pair.cpu * 2) {
    throw new ConfigurationError(
      `inputs 'cpu' and 'memory' must be a pair Container Apps runs: memory twice the cores (cpu ${pair.cpu} takes memory ${pair.cpu * 2}Gi), not cpu ${quoted(cpu!)} with memory ${quoted(memory!)}`
    );
  }
  return pair;
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
  const subscription = subscriptionInput(env);
  const base = {
    subscriptionId: requireGuid('subscription-id', subscription, 'subscription ID'),
    resourceGroup: getRequiredInput('resource-group', 'the resource group of the Container App'),
    app: getRequiredInput('app', 'the name of the Container App')
  };
  if (!nameRule.test(base.app) || base.app.includes('--')) {
    throw new ConfigurationError(
      `input 'app' must be a Container App name (lower case letters, digits, '-'), not ${quoted(base.app)}: 2 to 32 characters, starting with a letter, ending with a letter or digit, without '--'`
    );
  }
  if (mode === 'rollback') {
    const given = deployOnly.find(name => getOptionalInput(name) !== undefined);
    if (given) {
      throw new ConfigurationError(
        `input '${given}' applies to mode deploy; mode rollback only moves the traffic back (leave '${given}' out, or use mode deploy)`
      );
    }
    return { mode, ...base, toRevision: getOptionalInput('to-revision') };
  }
  if (getOptionalInput('to-revision') !== undefined) {
    throw new ConfigurationError(
      "input 'to-revision' applies to mode rollback only; set mode: rollback, or leave it out to deploy 'image'"
    );
  }

  const image = getRequiredInput(
    'image',
    'the image to deploy, by digest (<registry>/<repository>@sha256:<digest>), e.g. the digest output of build-push'
  );
  const name = image.replace(/(:[\w.-]+)?@sha256:.*$/, '');
  if (name.length > maxImageName) {
    throw new ConfigurationError(
      `input 'image': the repository name ${quoted(name)} is longer than the ${maxImageName} characters a registry allows`
    );
  }
  if (!imagePattern.test(image)) {
    throw new ConfigurationError(
      `input 'image' must name the image by digest (<registry>/<repository>@sha256:<64 hex digits>), not ${quoted(image)}; deploy the digest build-push outputs so the revision runs exactly what was tested`
    );
  }
  const strategyInput = getOptionalInput('strategy');
  const strategy = strategyInput ? requireOneOf('strategy', strategyInput, strategies) : undefined;
  const registryIdentity = getOptionalInput('registry-identity') ?? 'system';
  if (registryIdentity !== 'system' && !userAssignedIdentity.test(registryIdentity)) {
    throw new ConfigurationError(
      `input 'registry-identity' must be system or a user-assigned identity's resource id (/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>), not ${quoted(registryIdentity)}; registry admin credentials are refused, pull with a managed identity that has AcrPull`
    );
  }
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
  const latencyBudget = getOptionalInput('latency-budget');
  if (latencyBudget !== undefined) boundedDuration('latency-budget', latencyBudget, 1, 600_000);
  const environment = getOptionalInput('container-app-environment');
  if (environment !== undefined && !environmentName.test(environment) && !environmentId.test(environment)) {
    throw new ConfigurationError(
      `input 'container-app-environment' must be a managed environment's name (in the app's resource group) or its resource id (/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.App/managedEnvironments/<name>), not ${quoted(environment)}`
    );
  }
  const ingress = getOptionalInput('ingress');
  const targetPort = getOptionalInput('target-port');
  const revisionMode = getOptionalInput('revision-mode');
  const minReplicas = getOptionalInput('min-replicas');
  const maxReplicas = getOptionalInput('max-replicas');
  const replicas = {
    ...(minReplicas !== undefined
      ? { minReplicas: boundedInteger('min-replicas', minReplicas, 0, 1000) }
      : {}),
    ...(maxReplicas !== undefined
      ? { maxReplicas: boundedInteger('max-replicas', maxReplicas, 1, 1000) }
      : {})
  };
  if ((replicas.minReplicas ?? 0) > (replicas.maxReplicas ?? 1000)) {
    throw new ConfigurationError(
      `input 'min-replicas' (${replicas.minReplicas}) is more than 'max-replicas' (${replicas.maxReplicas})`
    );
  }
  const resources = parseResources(getOptionalInput('cpu'), getOptionalInput('memory'));
  const create: CreateInputs = {
    ...(environment ? { environment } : {}),
    ...(ingress
      ? { ingress: requireOneOf('ingress', ingress, ['external', 'internal', 'disabled'] as const) }
      : {}),
    ...(targetPort !== undefined ? { targetPort: boundedInteger('target-port', targetPort, 1, 65535) } : {}),
    ...(revisionMode
      ? { revisionMode: requireOneOf('revision-mode', revisionMode, ['single', 'multiple'] as const) }
      : {})
  };
  return {
    mode,
    ...base,
    image,
    container: getOptionalInput('container'),
    strategy,
    canarySteps,
    bakeTimeMs: boundedDuration('bake-time', getOptionalInput('bake-time') ?? '60s', 0),
    timeoutMs: boundedDuration('timeout', getOptionalInput('timeout') ?? '10m', 1000),
    ...gate,
    envVars: parseEnvVars(getOptionalInput('env-vars')),
    secrets: parseSecrets(getOptionalInput('secrets'), registryIdentity),
    registryIdentity,
    revisionSuffix: suffix,
    ...(Object.keys(create).length > 0 ? { create } : {}),
    ...(resources ? { resources } : {}),
    ...replicas
  };
}
