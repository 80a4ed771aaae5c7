import type {
  ContainerApp,
  ContainerAppsAPIClient,
  Container,
  Replica,
  Revision,
  Secret,
  RegistryCredentials
} from '@azure/arm-appcontainers';
import { armCall } from '../shared/arm.js';
import type { Clock } from '../shared/clock.js';
import { ConfigurationError, RemoteError, errorMessage } from '../shared/errors.js';
import { completeOperation, type OperationOptions, type RetryAfterTracker } from '../shared/lro.js';
import { createPipelineRequest } from '@azure/core-rest-pipeline';
import { Phases, formatMs } from '../shared/log.js';
import type { RetryOptions } from '../shared/retry.js';
import {
  formatTraffic,
  productionRevision,
  resolveTraffic,
  shiftTraffic,
  weightsByRevision,
  type RevisionWeight
} from '../shared/traffic.js';
import { GateFailure, deliver, type Strategy } from '../shared/delivery.js';
import type { SmokeGate } from '../shared/smoke-gate.js';
import type { DeployInputs, RollbackInputs } from './inputs.js';

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
  outcome: 'deployed' | 'unchanged' | 'rolled-back';
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
}

/** Revision states the gate gives up on at once: waiting longer does not fix them. */
const terminalRunning = new Set(['Failed', 'Degraded', 'Stopped']);

function operationOptions(deps: RolloutDeps): OperationOptions {
  return {
    clock: deps.clock,
    onRetry: deps.onRetry,
    retryAfter: deps.retryAfter,
    getStatus: url => deps.client.sendRequest(createPipelineRequest({ url, method: 'GET' }))
  };
}

/** Reads the app and its ETag, the concurrency token every write of this deployment carries. */
async function readApp(
  deps: RolloutDeps,
  inputs: { resourceGroup: string; app: string; subscriptionId: string }
): Promise<{ app: ContainerApp; etag?: string }> {
  let etag: string | undefined;
  try {
    const app = await armCall(
      `read Container App ${inputs.app}`,
      () =>
        deps.client.containerApps.get(inputs.resourceGroup, inputs.app, {
          onResponse: raw => (etag = raw.headers.get('etag') ?? undefined)
        }),
      { clock: deps.clock, onRetry: deps.onRetry }
    );
    return { app, etag };
  } catch (error) {
    throw explain(error, deps, inputs, 'read');
  }
}

function explain(
  error: unknown,
  deps: RolloutDeps,
  inputs: { resourceGroup: string; app: string; subscriptionId: string },
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
      `Container App '${inputs.app}' was not found in resource group '${inputs.resourceGroup}' of subscription ${inputs.subscriptionId} (${error.code}); check app, resource-group and subscription-id`
    );
  }
  if (error.status === 412 || error.code === 'PreconditionFailed') {
    return new ConfigurationError(
      `Container App '${inputs.app}' was changed by someone else while this deployment ran (PreconditionFailed: its ETag no longer matches what was read); nothing of theirs was overwritten. Re-run once the other change is done, and give deployments of one app a concurrency group`
    );
  }
  return error;
}

const imageServer = (image: string) => image.slice(0, image.indexOf('/')).toLowerCase();

function targetContainer(containers: Container[], inputs: DeployInputs): Container {
  const names = containers.map(c => c.name ?? '');
  if (inputs.container) {
    const found = containers.find(c => c.name === inputs.container);
    if (!found) {
      throw new ConfigurationError(
        `Container App '${inputs.app}' has no container '${inputs.container}'; its containers are ${names.join(', ')}`
      );
    }
    return found;
  }
  if (containers.length === 1) return containers[0]!;
  const named = containers.find(c => c.name === inputs.app);
  if (named) return named;
  throw new ConfigurationError(
    `Container App '${inputs.app}' has ${containers.length} containers (${names.join(', ')}); name the one to update with input 'container'`
  );
}

/** Registry access through a managed identity: add the entry if missing, refuse admin credentials. */
function registriesFor(app: ContainerApp, inputs: DeployInputs): RegistryCredentials[] | undefined {
  const server = imageServer(inputs.image);
  const registries = app.configuration?.registries ?? [];
  const entry = registries.find(r => r.server?.toLowerCase() === server);
  if (entry && !entry.identity) {
    throw new ConfigurationError(
      `Container App '${inputs.app}' pulls from ${server} with admin credentials (username/password); switch it to a managed identity with AcrPull: az containerapp registry set --name ${inputs.app} --resource-group ${inputs.resourceGroup} --server ${server} --identity system`
    );
  }
  const identity = entry?.identity ?? inputs.registryIdentity;
  if (identity.toLowerCase() === 'system' && !(app.identity?.type ?? '').includes('SystemAssigned')) {
    throw new ConfigurationError(
      `Container App '${inputs.app}' has no system-assigned identity to pull from ${server}; enable it (az containerapp identity assign --system-assigned) and grant it AcrPull, or set registry-identity to a user-assigned identity's resource id`
    );
  }
  return entry ? undefined : [...registries, { server, identity }];
}

function secretsFor(app: ContainerApp, inputs: DeployInputs): Secret[] | undefined {
  if (inputs.secrets.length === 0) return undefined;
  const current = (app.configuration?.secrets ?? []).filter(
    s => !inputs.secrets.some(n => n.name === s.name)
  );
  // The secrets array is written whole, and ARM never returns secret values: only references can be sent back.
  const plain = current.filter(s => !s.keyVaultUrl).map(s => s.name);
  if (plain.length > 0) {
    throw new ConfigurationError(
      `Container App '${inputs.app}' has secrets with plain values (${plain.join(', ')}), which ARM does not return, so input 'secrets' cannot be applied without losing them; move them to Key Vault first (az containerapp secret set --secrets <name>=keyvaultref:<url>,identityref:system)`
    );
  }
  return [
    ...current.map(s => ({ name: s.name, keyVaultUrl: s.keyVaultUrl, identity: s.identity })),
    ...inputs.secrets
  ];
}

function desiredTemplate(app: ContainerApp, inputs: DeployInputs): ContainerApp['template'] {
  const template = structuredClone(app.template ?? {});
  const containers = template.containers ?? [];
  const target = targetContainer(containers, inputs);
  target.image = inputs.image;
  if (inputs.envVars.length > 0) {
    const env = (target.env ?? []).filter(e => !inputs.envVars.some(v => v.name === e.name));
    target.env = [...env, ...inputs.envVars];
  }
  template.revisionSuffix = inputs.revisionSuffix;
  return template;
}

const sameTemplate = (a: ContainerApp['template'], b: ContainerApp['template']) =>
  JSON.stringify({ ...a, revisionSuffix: undefined }) === JSON.stringify({ ...b, revisionSuffix: undefined });

/** Why the revision is not healthy, from its replicas: the container states a person would look up. */
async function replicaReason(deps: RolloutDeps, inputs: DeployInputs, revision: Revision): Promise<string> {
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
      { clock: deps.clock, onRetry: deps.onRetry }
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
async function waitHealthy(deps: RolloutDeps, inputs: DeployInputs, name: string): Promise<Revision> {
  const started = deps.clock.now();
  for (;;) {
    const revision = await armCall(
      `read revision ${name}`,
      () => deps.client.containerAppsRevisions.getRevision(inputs.resourceGroup, inputs.app, name),
      { clock: deps.clock, onRetry: deps.onRetry }
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
async function gate(
  deps: RolloutDeps,
  inputs: DeployInputs,
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

/**
 * Deploys `inputs.image` to the app's named container as a new revision and moves traffic to it by the
 * strategy, behind the gate; on any failure after the first write, traffic goes back exactly as it was
 * and the new revision is deactivated.
 */
export async function deploy(inputs: DeployInputs, deps: RolloutDeps): Promise<RolloutResult> {
  const phases = deps.phases ?? new Phases(deps.clock.now);
  const log = deps.log ?? (() => undefined);
  const { app, etag } = await phases.time('Read app', () => readApp(deps, inputs));
  const mode = app.configuration?.activeRevisionsMode ?? 'Single';
  const multiple = mode === 'Multiple';
  const strategy = inputs.strategy ?? (multiple ? 'blue-green' : 'rolling');
  if (!multiple && strategy !== 'rolling') {
    throw new ConfigurationError(
      `strategy ${strategy} needs Container App '${inputs.app}' in Multiple revision mode, and it is in ${mode} mode; set it with az containerapp revision set-mode --mode multiple, or use strategy rolling`
    );
  }
  const template = desiredTemplate(app, inputs);
  const registries = registriesFor(app, inputs);
  const secrets = secretsFor(app, inputs);
  const revision = `${inputs.app}--${inputs.revisionSuffix}`;
  const domain = (app.configuration?.ingress?.fqdn ?? '').replace(/^[^.]+\./, '');
  const url = app.configuration?.ingress?.fqdn ? `https://${app.configuration.ingress.fqdn}` : '';
  const labelUrl = multiple ? `https://${inputs.app}---green.${domain}` : `https://${revision}.${domain}`;
  const latest = multiple ? app.latestRevisionName : app.latestReadyRevisionName || app.latestRevisionName;
  const trafficBefore = resolveTraffic(app.configuration?.ingress?.traffic, latest ?? '');
  const previousRevision = productionRevision(trafficBefore) ?? '';
  const result: RolloutResult = {
    outcome: 'deployed',
    strategy,
    revision,
    previousRevision,
    image: inputs.image,
    url,
    labelUrl,
    trafficBefore,
    trafficAfter: trafficBefore
  };

  const serving = weightsByRevision(trafficBefore);
  let alreadyServing = serving[revision] === 100;
  if (!alreadyServing && serving[previousRevision] === 100) {
    // What production runs: the app's template is the latest revision's, which may be one that failed.
    const productionTemplate =
      previousRevision === app.latestRevisionName
        ? app.template
        : (await findRevision(deps, inputs, previousRevision))?.template;
    alreadyServing = sameTemplate(productionTemplate, template);
  }
  alreadyServing &&= !registries && !secrets;
  if (alreadyServing) {
    log(
      `${productionRevision(trafficBefore)} already serves ${inputs.image} with 100 % of the traffic: nothing to do`
    );
    return {
      ...result,
      outcome: 'unchanged',
      revision: productionRevision(trafficBefore) ?? revision,
      previousRevision: productionRevision(trafficBefore) ?? ''
    };
  }

  let current = { etag, traffic: trafficBefore };
  const write = async (label: string, properties: ContainerApp, options: { force?: boolean } = {}) => {
    try {
      await completeOperation(
        label,
        ({ onResponse }) =>
          deps.client.containerApps.beginUpdate(inputs.resourceGroup, inputs.app, properties, {
            onResponse,
            requestOptions: {
              customHeaders: !options.force && current.etag ? { 'If-Match': current.etag } : {}
            }
          }),
        operationOptions(deps)
      );
    } catch (error) {
      throw explain(error, deps, inputs, 'write');
    }
    const fresh = await readApp(deps, inputs);
    current = {
      etag: fresh.etag,
      traffic: resolveTraffic(fresh.app.configuration?.ingress?.traffic, fresh.app.latestRevisionName ?? '')
    };
    return fresh.app;
  };
  const setTraffic = (label: string, traffic: RevisionWeight[], options: { force?: boolean } = {}) =>
    write(label, { location: app.location, configuration: { ingress: { traffic } } }, options);

  log(
    `Deploying ${inputs.image} to container '${targetContainer(template?.containers ?? [], inputs).name}' as revision ${revision} (${strategy}, ${mode} revision mode)`
  );
  log(`Traffic before: ${formatTraffic(trafficBefore)}`);
  const existing = await findRevision(deps, inputs, revision);
  await phases.time('Create revision', async () => {
    const configuration: ContainerApp['configuration'] = {
      ...(multiple ? { ingress: { traffic: shiftTraffic(trafficBefore, revision, 0, 'green') } } : {}),
      ...(registries ? { registries } : {}),
      ...(secrets ? { secrets } : {})
    };
    await write(`update Container App ${inputs.app}`, { location: app.location, configuration, template });
  });
  if (existing && !existing.active) {
    log(`Revision ${revision} exists from an earlier attempt and is inactive: activating it`);
    await armCall(
      'activate revision',
      () => deps.client.containerAppsRevisions.activateRevision(inputs.resourceGroup, inputs.app, revision),
      { clock: deps.clock, onRetry: deps.onRetry }
    );
  }

  const steps: string[] = [];
  const delivery = await deliver(
    { strategy, canarySteps: inputs.canarySteps, bakeTimeMs: inputs.bakeTimeMs },
    {
      phases: {
        preview: 'Health gate',
        step: weight => `Traffic ${weight} %`,
        bake: weight => `Bake at ${weight} % and gate`
      },
      gate: weight =>
        gate(
          deps,
          inputs,
          revision,
          labelUrl,
          weight > 0 ? `at ${weight} %` : multiple ? 'at 0 %' : 'before the switch'
        ),
      setWeights: async weight => {
        const next = shiftTraffic(current.traffic, revision, weight, 'green');
        if (weight === 100) {
          const blue = next.find(t => t.revisionName === previousRevision);
          for (const t of next) if (t.label === 'blue') delete t.label;
          if (blue && previousRevision !== revision) blue.label = 'blue';
        }
        await setTraffic(`traffic ${weight} % to ${revision}`, next);
        log(`Traffic: ${formatTraffic(current.traffic)}`);
      },
      verify: async () => {
        if (!multiple) {
          // Single mode: the platform moves the traffic once the revision runs; check that it did.
          const fresh = await readApp(deps, inputs);
          current.traffic = resolveTraffic(
            fresh.app.configuration?.ingress?.traffic,
            fresh.app.latestReadyRevisionName || fresh.app.latestRevisionName || ''
          );
        }
        const weights = weightsByRevision(current.traffic);
        if (weights[revision] !== 100) {
          throw new GateFailure(
            `after the rollout ${revision} serves ${weights[revision] ?? 0} %, not 100 %: ${formatTraffic(current.traffic)}`
          );
        }
      },
      restore: () =>
        phases.time('Rollback', async () => {
          if (!multiple || JSON.stringify(current.traffic) === JSON.stringify(trafficBefore)) {
            steps.push(`traffic unchanged: ${formatTraffic(trafficBefore)}`);
            return;
          }
          try {
            // Rollback wins over a concurrent change: production must not stay on a revision that failed its gate.
            await setTraffic('restore traffic', trafficBefore, { force: true });
            steps.push(`traffic restored: ${formatTraffic(trafficBefore)}`);
          } catch (restoreError) {
            steps.push(`restoring traffic FAILED: ${errorMessage(restoreError)}`);
            throw restoreError;
          }
        })
    },
    deps.clock,
    phases
  );
  const gates = delivery.steps.filter(s => s.ok && s.gate).map(s => s.gate!);
  if (!delivery.failure) {
    log(`Traffic after: ${formatTraffic(current.traffic)}`);
    return { ...result, trafficAfter: current.traffic, gates };
  }
  const reason = errorMessage(explain(delivery.failure.error, deps, inputs, 'write'));
  log(`Gate failed: ${reason}`);
  const restored = delivery.failure.restoreError === undefined;
  if (restored) {
    await phases.time('Deactivate revision', async () => {
      try {
        await armCall(
          'deactivate revision',
          () =>
            deps.client.containerAppsRevisions.deactivateRevision(inputs.resourceGroup, inputs.app, revision),
          { clock: deps.clock, onRetry: deps.onRetry }
        );
        steps.push(`${revision} is deactivated`);
      } catch (deactivateError) {
        steps.push(`${revision} could not be deactivated: ${errorMessage(deactivateError)}`);
      }
    });
  }
  for (const step of steps) log(`Rollback: ${step}`);
  return {
    ...result,
    outcome: 'rolled-back',
    trafficAfter: current.traffic,
    gates,
    failure: restored
      ? `${reason}; traffic is back on ${formatTraffic(trafficBefore.filter(t => t.weight > 0))} and ${steps.at(-1)}`
      : `${reason}; and traffic could NOT be restored (${steps.at(-1)}): it is ${formatTraffic(current.traffic)}; put it back with az containerapp ingress traffic set --name ${inputs.app} --resource-group ${inputs.resourceGroup} ${trafficBefore
          .filter(t => t.weight > 0)
          .map(t => `--revision-weight ${t.revisionName}=${t.weight}`)
          .join(' ')}`,
    rollback: { reason, restoredMs: delivery.failure.restoredMs ?? 0, deactivated: revision, steps }
  };
}

async function findRevision(
  deps: RolloutDeps,
  inputs: DeployInputs,
  name: string
): Promise<Revision | undefined> {
  try {
    return await armCall(
      `read revision ${name}`,
      () => deps.client.containerAppsRevisions.getRevision(inputs.resourceGroup, inputs.app, name),
      { clock: deps.clock, onRetry: deps.onRetry }
    );
  } catch (error) {
    if (error instanceof RemoteError && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * The manual rollback: all traffic to the previous revision in one request (activating it first when it
 * was deactivated). The previous revision is `to-revision`, else the one labelled blue, else the newest
 * other active revision.
 */
export async function rollback(inputs: RollbackInputs, deps: RolloutDeps): Promise<RolloutResult> {
  const phases = deps.phases ?? new Phases(deps.clock.now);
  const log = deps.log ?? (() => undefined);
  const { app, etag } = await phases.time('Read app', () => readApp(deps, inputs));
  if (app.configuration?.activeRevisionsMode !== 'Multiple') {
    throw new ConfigurationError(
      `rollback moves traffic between revisions, which needs Container App '${inputs.app}' in Multiple revision mode (it is in ${app.configuration?.activeRevisionsMode ?? 'Single'} mode); deploy the previous image instead`
    );
  }
  const trafficBefore = resolveTraffic(app.configuration.ingress?.traffic, app.latestRevisionName ?? '');
  const current = productionRevision(trafficBefore) ?? '';
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
    { clock: deps.clock, onRetry: deps.onRetry }
  );
  const blue = trafficBefore.find(t => t.label === 'blue' && t.revisionName !== current)?.revisionName;
  const newestOther = revisions
    .filter(r => r.name !== current && r.active && r.provisioningState !== 'Failed')
    .sort((a, b) => (b.createdTime?.getTime() ?? 0) - (a.createdTime?.getTime() ?? 0))[0]?.name;
  const target = inputs.toRevision ?? blue ?? newestOther;
  if (!target) {
    throw new ConfigurationError(
      `Container App '${inputs.app}' has no other active revision to roll back to; name one with input 'to-revision'`
    );
  }
  const found = revisions.find(r => r.name === target);
  if (!found) {
    throw new ConfigurationError(
      `Container App '${inputs.app}' has no revision '${target}'; its revisions are ${revisions.map(r => r.name).join(', ')}`
    );
  }
  if (!found.active) {
    log(`Activating ${target} first`);
    await armCall(
      'activate revision',
      () => deps.client.containerAppsRevisions.activateRevision(inputs.resourceGroup, inputs.app, target),
      { clock: deps.clock, onRetry: deps.onRetry }
    );
  }
  const traffic = trafficBefore
    .filter(t => t.revisionName !== target)
    .map(t => ({ ...t, weight: 0 }))
    .concat([
      {
        revisionName: target,
        weight: 100,
        ...(trafficBefore.find(t => t.revisionName === target)?.label
          ? { label: trafficBefore.find(t => t.revisionName === target)!.label! }
          : {})
      }
    ]);
  await phases.time('Traffic back', async () => {
    try {
      await completeOperation(
        'move traffic',
        ({ onResponse }) =>
          deps.client.containerApps.beginUpdate(
            inputs.resourceGroup,
            inputs.app,
            { location: app.location, configuration: { ingress: { traffic } } },
            { onResponse, requestOptions: { customHeaders: etag ? { 'If-Match': etag } : {} } }
          ),
        operationOptions(deps)
      );
    } catch (error) {
      throw explain(error, deps, inputs, 'write');
    }
  });
  log(`Traffic: ${formatTraffic(traffic)} (was ${formatTraffic(trafficBefore)})`);
  const fqdn = app.configuration.ingress?.fqdn ?? '';
  return {
    outcome: 'rolled-back',
    revision: target,
    previousRevision: current,
    url: fqdn ? `https://${fqdn}` : '',
    labelUrl: '',
    trafficBefore,
    trafficAfter: traffic,
    rollback: {
      reason: 'manual rollback',
      restoredMs: 0,
      steps: [`traffic moved from ${current} to ${target}`]
    }
  };
}
