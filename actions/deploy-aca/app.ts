// What deploy-aca's deploy, creation and rollback share: reading the app, explaining ARM's refusals, the health
// and smoke gate, the revision list, and the words and az commands for what a failure left.
import type { ContainerApp, ContainerAppsAPIClient, Replica, Revision } from '@azure/arm-appcontainers';
import { createPipelineRequest } from '@azure/core-rest-pipeline';
import { armCall } from '../shared/arm.js';
import type { Clock } from '../shared/clock.js';
import { ConfigurationError, RemoteError, errorMessage, serviceNames } from '../shared/errors.js';
import { OperationTimeout, type OperationOptions, type RetryAfterTracker } from '../shared/lro.js';
import { Phases, formatMs } from '../shared/log.js';
import type { RetryOptions } from '../shared/retry.js';
import type { RevisionWeight } from '../shared/traffic.js';
import { GateFailure, type Strategy } from '../shared/delivery.js';
import type { SmokeGate } from '../shared/smoke-gate.js';
import type { DeployInputs } from './inputs.js';
import { ConcurrentChange } from './state.js';

/** One check of the gate beyond revision health: the smoke suite against the label URL. */
export type GateCheck = SmokeGate;

export interface RolloutDeps {
  client: ContainerAppsAPIClient;
  clock: Clock;
  /** Who deploys (client id), for messages about missing roles. */
  identity: string;
  phases?: Phases;
  retryAfter?: RetryAfterTracker;
  /** The smoke suite, when one was given. */
  smoke?: GateCheck;
  log?: (line: string) => void;
  onRetry?: RetryOptions['onRetry'];
}

export interface RolloutResult {
  outcome: 'deployed' | 'created' | 'unchanged' | 'rolled-back';
  strategy?: Strategy;
  revision: string;
  previousRevision: string;
  image?: string;
  url: string;
  labelUrl: string;
  trafficBefore: RevisionWeight[];
  trafficAfter: RevisionWeight[];
  /** What each gate checked and passed. */
  gates?: string[];
  /** What went wrong; the step fails with it after reporting. */
  failure?: string;
  rollback?: { reason: string; restoredMs: number; deactivated?: string; steps: string[] };
  /** What a failed restore left, in which state, and the az commands that finish the rollback. */
  leftAs?: string[];
}

export type AppInputs = { resourceGroup: string; app: string; subscriptionId: string };

/** Revision states the gate gives up on at once: waiting longer does not fix them. */
const terminalRunning = new Set(['Failed', 'Degraded', 'Stopped']);

export function operationOptions(deps: RolloutDeps, deadlineMs: number): OperationOptions {
  return {
    clock: deps.clock,
    onRetry: deps.onRetry,
    retryAfter: deps.retryAfter,
    deadlineMs,
    getStatus: url => deps.client.sendRequest(createPipelineRequest({ url, method: 'GET' }))
  };
}

export const call = (deps: RolloutDeps) => ({ clock: deps.clock, onRetry: deps.onRetry });

/** Reads the app and its ETag (when the service sends one); undefined when it does not exist and `missingOk`. */
export async function readApp(
  deps: RolloutDeps,
  inputs: AppInputs,
  options: { missingOk?: boolean } = {}
): Promise<{ app: ContainerApp; etag?: string } | undefined> {
  let etag: string | undefined;
  try {
    const app = await armCall(
      `read Container App ${inputs.app}`,
      () =>
        deps.client.containerApps.get(inputs.resourceGroup, inputs.app, {
          onResponse: raw => (etag = raw.headers.get('etag') ?? undefined)
        }),
      call(deps)
    );
    return { app, etag };
  } catch (error) {
    if (options.missingOk && error instanceof RemoteError && error.status === 404) return undefined;
    throw explain(error, deps, inputs, 'read');
  }
}

export async function mustReadApp(
  deps: RolloutDeps,
  inputs: AppInputs
): Promise<{ app: ContainerApp; etag?: string }> {
  return (await readApp(deps, inputs))!;
}

export function explain(
  error: unknown,
  deps: RolloutDeps,
  inputs: AppInputs,
  what: 'read' | 'write'
): unknown {
  if (!(error instanceof RemoteError)) return error;
  const scope = `/subscriptions/${inputs.subscriptionId}/resourceGroups/${inputs.resourceGroup}/providers/Microsoft.App/containerApps/${inputs.app}`;
  if (error.code === 'AuthorizationFailed') {
    return new ConfigurationError(
      `${deps.identity} may not ${what} Container App '${inputs.app}' (AuthorizationFailed); give it the Contributor role on the app or its resource group, e.g. az role assignment create --assignee ${deps.identity} --role Contributor --scope ${scope}`
    );
  }
  if (error.status === 404 || error.code === 'ResourceNotFound' || error.code === 'ResourceGroupNotFound') {
    return new ConfigurationError(
      `Container App '${inputs.app}' was not found in resource group '${inputs.resourceGroup}' of subscription ${inputs.subscriptionId} (${error.code}); check app, resource-group and subscription-id, or give 'container-app-environment' to create it`
    );
  }
  if (error.status === 412 || error.code === 'PreconditionFailed') {
    return new ConfigurationError(
      `Container App '${inputs.app}' was changed by someone else while this deployment ran (PreconditionFailed: its ETag no longer matches what was read); nothing of theirs was overwritten. Re-run once the other change is done, and give deployments of one app a concurrency group`
    );
  }
  if (error.code === 'ContainerAppInvalidResourceTotal') {
    return new ConfigurationError(
      `Container App '${inputs.app}' refuses the containers' CPU and memory (${error.code}): ${error.message}; set inputs 'cpu' and 'memory' so that all containers add up to one of those pairs`
    );
  }
  return error;
}

/** Why the revision is not healthy, from its replicas: the container states a person would look up. */
async function replicaReason(deps: RolloutDeps, inputs: AppInputs, revision: Revision): Promise<string> {
  const replicas: Replica[] = [];
  try {
    await armCall(
      'list replicas',
      async () => {
        replicas.length = 0;
        const list = await deps.client.containerAppsRevisionReplicas.listReplicas(
          inputs.resourceGroup,
          inputs.app,
          revision.name!
        );
        replicas.push(...(list.value ?? []));
      },
      call(deps)
    );
  } catch (error) {
    return `replicas unavailable: ${errorMessage(error)}`;
  }
  const details = replicas.flatMap(r =>
    (r.containers ?? [])
      .filter(c => !c.ready && c.runningStateDetails)
      .map(c => `container '${c.name}': ${c.runningStateDetails} (restarts: ${c.restartCount ?? 0})`)
  );
  return [...new Set(details)].join('; ') || revision.provisioningError || 'no replica reports a reason';
}

/** Polls the revision until it is Provisioned, Running and Healthy; fails at once on a terminal state. */
async function waitHealthy(
  deps: RolloutDeps,
  inputs: AppInputs & { timeoutMs: number },
  name: string
): Promise<Revision> {
  const started = deps.clock.now();
  for (;;) {
    const revision = await armCall(
      `read revision ${name}`,
      () => deps.client.containerAppsRevisions.getRevision(inputs.resourceGroup, inputs.app, name),
      call(deps)
    );
    const state = `${revision.provisioningState}/${revision.runningState}/${revision.healthState}`;
    if (revision.provisioningState === 'Failed') {
      throw new GateFailure(
        `revision ${name} failed to provision: ${revision.provisioningError ?? (await replicaReason(deps, inputs, revision))}`
      );
    }
    if (revision.provisioningState === 'Provisioned' && terminalRunning.has(revision.runningState ?? '')) {
      throw new GateFailure(
        `revision ${name} is ${revision.runningState} (${state}): ${await replicaReason(deps, inputs, revision)}`
      );
    }
    if (
      revision.provisioningState === 'Provisioned' &&
      revision.runningState === 'Running' &&
      revision.healthState === 'Healthy'
    ) {
      return revision;
    }
    if (deps.clock.now() - started >= inputs.timeoutMs) {
      throw new GateFailure(
        `revision ${name} was not healthy within ${formatMs(inputs.timeoutMs)} (last state ${state})`
      );
    }
    await deps.clock.sleep(2000);
  }
}

/** The gate: the revision is Provisioned, Running and Healthy, then the smoke suite passes against its URL. */
export async function gate(
  deps: RolloutDeps,
  inputs: AppInputs & { timeoutMs: number },
  name: string,
  url: string,
  at: string
): Promise<string> {
  await waitHealthy(deps, inputs, name);
  if (!deps.smoke) return `${at}: Provisioned, Running, Healthy`;
  const result = await deps.smoke(url);
  if (!result.ok) throw new GateFailure(`smoke checks against ${url} failed: ${result.detail}`);
  return `${at}: Provisioned, Running, Healthy; smoke ${result.detail}`;
}

/** Every revision of the app, every page, listed again from the first when a page fails and is retried. */
export async function listRevisions(deps: RolloutDeps, inputs: AppInputs): Promise<Revision[]> {
  const revisions: Revision[] = [];
  await armCall(
    'list revisions',
    async () => {
      revisions.length = 0;
      for await (const r of deps.client.containerAppsRevisions.listRevisions(
        inputs.resourceGroup,
        inputs.app
      ))
        revisions.push(r);
    },
    call(deps)
  );
  return revisions;
}

export async function listRevisionNames(deps: RolloutDeps, inputs: AppInputs): Promise<string[]> {
  return (await listRevisions(deps, inputs)).flatMap(r => (r.name ? [r.name] : []));
}

/** The az commands that finish what a failed step left. */
export const az = (inputs: AppInputs) => ({
  traffic: (traffic: RevisionWeight[]) =>
    `az containerapp ingress traffic set --name ${inputs.app} --resource-group ${inputs.resourceGroup} ${traffic
      .filter(t => t.weight > 0)
      .map(t => `--revision-weight ${t.revisionName}=${t.weight}`)
      .join(' ')}`,
  deactivate: (revision: string) =>
    `az containerapp revision deactivate --name ${inputs.app} --resource-group ${inputs.resourceGroup} --revision ${revision}`,
  removeLabel: (label: string) =>
    `az containerapp revision label remove --name ${inputs.app} --resource-group ${inputs.resourceGroup} --label ${label}`
});

export const notFound = (inputs: AppInputs) =>
  new RemoteError(`The Resource 'Microsoft.App/containerApps/${inputs.app}' was not found`, {
    service: 'arm',
    code: 'ResourceNotFound',
    status: 404
  });

/** Routing alone, without labels. */
export const weightsOnly = (traffic: RevisionWeight[]) =>
  traffic.map(t => ({ revisionName: t.revisionName, weight: t.weight }));

/** A failure after ARM accepted the write: its status polls kept failing, or the operation failed. */
export function accepted(error: unknown): boolean {
  if (!(error instanceof RemoteError)) return false;
  return (error.call ?? '').endsWith('(status)') || (error.status === undefined && !error.transient);
}

/**
 * The error a failed write ends the step with, its hint saying what the step left: a remote failure keeps its
 * named form (`<call> to <service> failed: … (after N attempts over T s)`), with this first.
 */
export function withState(error: unknown, left: string, leftAs: string[]): Error {
  const finish = leftAs.length ? ` Finish with: ${leftAs.join('; ')}.` : '';
  const hint = (original?: string) =>
    `${left[0]!.toUpperCase()}${left.slice(1)}.${finish} ${original ?? `Run the job again once ${serviceNames[(error as RemoteError).service]} answers (https://azure.status.microsoft)`}`;
  let failed: Error;
  if (error instanceof RemoteError) {
    const copy = new RemoteError(error.message, {
      service: error.service,
      code: error.code,
      status: error.status,
      retryAfterSeconds: error.retryAfterSeconds,
      transient: error.transient,
      hint: hint(error.hint)
    });
    failed = Object.assign(copy, { call: error.call, attempts: error.attempts, elapsedMs: error.elapsedMs });
  } else if (error instanceof OperationTimeout || error instanceof ConcurrentChange) {
    failed = Object.assign(new Error(`${error.message}; ${left}`), {
      hint: `${finish.trim()} ${error.hint}`.trim()
    });
  } else failed = error as Error;
  // The job summary lists the same.
  return Object.assign(failed, { left: [left, ...leftAs] } satisfies LeftBehind);
}

/** What a failure after a write left, on the error it ends the step with: for the job summary. */
export interface LeftBehind {
  left?: string[];
}

export async function findRevision(
  deps: RolloutDeps,
  inputs: AppInputs,
  name: string
): Promise<Revision | undefined> {
  try {
    return await armCall(
      `read revision ${name}`,
      () => deps.client.containerAppsRevisions.getRevision(inputs.resourceGroup, inputs.app, name),
      call(deps)
    );
  } catch (error) {
    if (error instanceof RemoteError && error.status === 404) return undefined;
    throw error;
  }
}

/** Env vars that reference a secret neither the app nor input 'secrets' has: Container Apps refuses them. */
export function checkSecretRefs(inputs: DeployInputs, appSecrets: (string | undefined)[]): void {
  const known = new Set([...appSecrets, ...inputs.secrets.map(s => s.name)]);
  const missing = inputs.envVars.filter(v => v.secretRef !== undefined && !known.has(v.secretRef));
  if (missing.length > 0) {
    const list = missing.map(v => `${v.name}=secretref:${v.secretRef}`).join(', ');
    throw new ConfigurationError(
      `input 'env-vars': ${list} reference${missing.length > 1 ? '' : 's'} a secret Container App '${inputs.app}' does not have${appSecrets.length ? ` (it has ${appSecrets.join(', ')})` : ''}; add it with input 'secrets' (name=keyvaultref:<secret URL>) or fix the name`
    );
  }
}
