import type { ContainerApp, Container, Secret, RegistryCredentials } from '@azure/arm-appcontainers';
import { armCall } from '../shared/arm.js';
import { ConfigurationError, RemoteError, errorMessage, remoteFailure } from '../shared/errors.js';
import { completeOperation, OperationTimeout } from '../shared/lro.js';
import { Phases } from '../shared/log.js';
import {
  formatTraffic,
  productionRevision,
  resolveTraffic,
  shiftTraffic,
  weightsByRevision,
  type RevisionWeight
} from '../shared/traffic.js';
import { GateFailure, deliver } from '../shared/delivery.js';
import {
  accepted,
  az,
  call,
  checkSecretRefs,
  explain,
  findRevision,
  gate,
  listRevisionNames,
  listRevisions,
  mustReadApp,
  notFound,
  operationOptions,
  readApp,
  weightsOnly,
  withState,
  type RolloutDeps,
  type RolloutResult
} from './app.js';
import { createApp } from './create.js';
import type { DeployInputs, RollbackInputs } from './inputs.js';
import { ConcurrentChange, changes, sameTraffic, stateOf, templateDigest, type AppState } from './state.js';

export type { GateCheck, RolloutDeps, RolloutResult } from './app.js';

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

/**
 * The creation inputs against an app that exists: the step does not change its environment, ingress or revision
 * mode, so one given that differs is refused rather than ignored.
 */
function checkCreationInputs(app: ContainerApp, inputs: DeployInputs): void {
  const { environment, ingress, targetPort, revisionMode } = inputs.create ?? {};
  const fix = `deploy-aca sets it only when it creates the app; leave the input out, or change the app itself`;
  const current = app.managedEnvironmentId ?? app.environmentId ?? '';
  if (environment) {
    const wanted = environment.includes('/') ? environment : `/managedEnvironments/${environment}`;
    if (!current.toLowerCase().endsWith(wanted.toLowerCase())) {
      throw new ConfigurationError(
        `input 'container-app-environment' is ${environment}, but Container App '${inputs.app}' runs in ${current.split('/').pop()}; set it to ${current.split('/').pop()} or leave it out (an app cannot move to another environment)`
      );
    }
  }
  const appIngress = app.configuration?.ingress;
  const currentIngress = !appIngress ? 'disabled' : appIngress.external ? 'external' : 'internal';
  if (ingress && ingress !== currentIngress) {
    throw new ConfigurationError(
      `input 'ingress' is ${ingress}, but Container App '${inputs.app}' has ${currentIngress} ingress; ${fix} (az containerapp ingress enable|disable)`
    );
  }
  if (targetPort !== undefined && targetPort !== appIngress?.targetPort) {
    throw new ConfigurationError(
      `input 'target-port' is ${targetPort}, but Container App '${inputs.app}' sends its traffic to port ${appIngress?.targetPort ?? 'none'}; ${fix} (az containerapp ingress update --target-port)`
    );
  }
  const mode = (app.configuration?.activeRevisionsMode ?? 'Single').toLowerCase();
  if (revisionMode && revisionMode !== mode) {
    throw new ConfigurationError(
      `input 'revision-mode' is ${revisionMode}, but Container App '${inputs.app}' is in ${mode} revision mode; ${fix} (az containerapp revision set-mode)`
    );
  }
}

/** The container as the inputs change it: image, env vars, resources; the scale when replicas are given. */
function desiredTemplate(app: ContainerApp, inputs: DeployInputs): ContainerApp['template'] {
  const template = structuredClone(app.template ?? {});
  const containers = template.containers ?? [];
  const target = targetContainer(containers, inputs);
  target.image = inputs.image;
  if (inputs.envVars.length > 0) {
    const env = (target.env ?? []).filter(e => !inputs.envVars.some(v => v.name === e.name));
    target.env = [...env, ...inputs.envVars];
  }
  if (inputs.resources) target.resources = { ...target.resources, ...inputs.resources };
  if (inputs.minReplicas !== undefined || inputs.maxReplicas !== undefined) {
    template.scale = {
      ...template.scale,
      ...(inputs.minReplicas !== undefined ? { minReplicas: inputs.minReplicas } : {}),
      ...(inputs.maxReplicas !== undefined ? { maxReplicas: inputs.maxReplicas } : {})
    };
  }
  template.revisionSuffix = inputs.revisionSuffix;
  return template;
}

const sameTemplate = (a: ContainerApp['template'], b: ContainerApp['template']) =>
  JSON.stringify({ ...a, revisionSuffix: undefined }) === JSON.stringify({ ...b, revisionSuffix: undefined });

/**
 * Deploys `inputs.image` to the app's named container as a new revision and moves traffic to it by the
 * strategy, behind the gate; on any failure after the first write, traffic goes back exactly as it was
 * and the new revision is deactivated. An app that does not exist is created (with 'container-app-environment').
 * Without an ETag to carry, every write is preceded by a fresh read compared with what the step last saw, and
 * followed by one that must show what was written: a concurrent change stops the step before it touches traffic.
 */
export async function deploy(inputs: DeployInputs, deps: RolloutDeps): Promise<RolloutResult> {
  const phases = deps.phases ?? new Phases(deps.clock.now);
  const log = deps.log ?? (() => undefined);
  const found = await phases.time('Read app', () => readApp(deps, inputs, { missingOk: true }));
  if (!found) {
    if (!inputs.create?.environment) throw explain(notFound(inputs), deps, inputs, 'read');
    return createApp(inputs, deps, phases);
  }
  const { app, etag } = found;
  checkCreationInputs(app, inputs);
  checkSecretRefs(
    inputs,
    (app.configuration?.secrets ?? []).map(s => s.name)
  );
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

  const known = new Set(await listRevisionNames(deps, inputs));
  // What this step last saw of the app; each write is checked against it and moves it on.
  let current: AppState & { etag?: string } = { ...stateOf(app), etag };
  /** Set when another writer is found: from then on the step writes no traffic. */
  let concurrent: ConcurrentChange | undefined;
  const stop = (what: string, found: string[]) => {
    concurrent = new ConcurrentChange(
      `Container App '${inputs.app}' was changed by someone else while this deployment ran: ${found.join('; ')} (${what}); this step wrote nothing more to it`,
      'Re-run once the other change is done, and give deployments of one app a concurrency group'
    );
    return concurrent;
  };
  const write = async (
    label: string,
    properties: ContainerApp,
    expect: {
      latestRevisionName: string;
      template: string;
      traffic?: RevisionWeight[];
      newRevision?: string;
    },
    options: { force?: boolean } = {}
  ) => {
    if (!options.force) {
      const fresh = await mustReadApp(deps, inputs);
      const found = changes(current, stateOf(fresh.app), { traffic: multiple });
      if (found.length > 0) throw stop(`found before ${label}`, found);
      current.etag = fresh.etag ?? current.etag;
    }
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
        operationOptions(deps, inputs.timeoutMs)
      );
    } catch (error) {
      throw explain(error, deps, inputs, 'write');
    }
    const fresh = await mustReadApp(deps, inputs);
    const after = stateOf(fresh.app);
    const wanted: AppState = {
      latestRevisionName: expect.latestRevisionName,
      template: expect.template,
      traffic: expect.traffic ?? after.traffic
    };
    const found = options.force ? [] : changes(wanted, after, { traffic: multiple && !!expect.traffic });
    if (expect.newRevision) {
      for (const name of await listRevisionNames(deps, inputs)) {
        if (!known.has(name) && name !== expect.newRevision)
          found.push(`revision ${name} appeared, made by another write`);
        known.add(name);
      }
    }
    current = { ...after, etag: fresh.etag };
    if (found.length > 0) throw stop(`found after ${label}`, found);
    return fresh.app;
  };
  const setTraffic = (label: string, traffic: RevisionWeight[], options: { force?: boolean } = {}) =>
    write(
      label,
      { location: app.location, configuration: { ingress: { traffic } } },
      { latestRevisionName: current.latestRevisionName, template: current.template, traffic },
      options
    );
  /** Live traffic when ARM answers, else the last this step saw. */
  const liveTraffic = async () => {
    try {
      return stateOf((await mustReadApp(deps, inputs)).app).traffic;
    } catch {
      return current.traffic;
    }
  };
  const deactivate = async (steps: string[], leftAs: string[]) => {
    try {
      await armCall(
        'deactivate revision',
        () =>
          deps.client.containerAppsRevisions.deactivateRevision(inputs.resourceGroup, inputs.app, revision),
        call(deps)
      );
      steps.push(`${revision} is deactivated`);
    } catch (deactivateError) {
      steps.push(`${revision} could not be deactivated: ${errorMessage(deactivateError)}`);
      leftAs.push(`${revision} is still active at 0 %: ${az(inputs).deactivate(revision)}`);
    }
  };

  log(
    `Deploying ${inputs.image} to container '${targetContainer(template?.containers ?? [], inputs).name}' as revision ${revision} (${strategy}, ${mode} revision mode)`
  );
  log(`Traffic before: ${formatTraffic(trafficBefore)}`);
  const existing = await findRevision(deps, inputs, revision);
  const firstTraffic = multiple ? shiftTraffic(trafficBefore, revision, 0, 'green') : undefined;
  try {
    await phases.time('Create revision', async () => {
      const configuration: ContainerApp['configuration'] = {
        ...(firstTraffic ? { ingress: { traffic: firstTraffic } } : {}),
        ...(registries ? { registries } : {}),
        ...(secrets ? { secrets } : {})
      };
      await write(
        `update Container App ${inputs.app}`,
        { location: app.location, configuration, template },
        {
          latestRevisionName: existing ? current.latestRevisionName : revision,
          template: templateDigest(template),
          traffic: firstTraffic,
          newRevision: revision
        }
      );
    });
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const live = await liveTraffic();
    const nowServing = formatTraffic(live.filter(t => t.weight > 0));
    // A write ARM accepted but that did not finish, or whose end could not be seen, or that another writer raced:
    // the new revision (at 0 %) goes. Production traffic never moved, unless the other writer moved it.
    if (error instanceof OperationTimeout || error instanceof ConcurrentChange || accepted(error)) {
      const steps: string[] = [];
      const leftAs: string[] = [];
      const exists = await findRevision(deps, inputs, revision).catch(() => 'unknown' as const);
      if (exists === 'unknown') {
        steps.push(`${revision} may exist (ARM did not answer)`);
        leftAs.push(`${revision}, if it was created: ${az(inputs).deactivate(revision)}`);
      } else if (exists && !((weightsByRevision(live)[revision] ?? 0) > 0)) {
        await phases.time('Deactivate revision', () => deactivate(steps, leftAs));
      }
      const traffic = sameTraffic(weightsOnly(live), weightsOnly(trafficBefore))
        ? `production traffic never moved (it is ${nowServing})`
        : `this step wrote no traffic after its revision (traffic is ${nowServing})`;
      throw withState(error, `${traffic}${steps.length ? ` and ${steps.join('; ')}` : ''}`, leftAs);
    }
    // Refused, or ARM never took the write: nothing was written.
    if (error instanceof RemoteError && error.transient) {
      throw withState(error, `nothing was written: production traffic never moved (it is ${nowServing})`, []);
    }
    throw error;
  }
  if (existing && !existing.active) {
    log(`Revision ${revision} exists from an earlier attempt and is inactive: activating it`);
    await armCall(
      'activate revision',
      () => deps.client.containerAppsRevisions.activateRevision(inputs.resourceGroup, inputs.app, revision),
      call(deps)
    );
  }

  const steps: string[] = [];
  const leftAs: string[] = [];
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
          const fresh = await mustReadApp(deps, inputs);
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
          if (concurrent) {
            // Another writer owns the app now: putting the traffic back would undo their change.
            steps.push(`traffic left as the other change set it: ${formatTraffic(await liveTraffic())}`);
            return;
          }
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
  // A service that kept failing is named as the step's own errors name it (call, service, attempts, time).
  const explained = explain(delivery.failure.error, deps, inputs, 'write');
  const reason = remoteFailure(explained)?.message ?? errorMessage(explained);
  log(`Gate failed: ${reason}`);
  const restored = delivery.failure.restoreError === undefined;
  const live = restored && !concurrent ? current.traffic : await liveTraffic();
  // Production never moved when it routes as before the step: only the new revision's 0 % entry may remain.
  const productionMoved =
    JSON.stringify(weightsByRevision(live)) !== JSON.stringify(weightsByRevision(trafficBefore));
  if ((restored || !productionMoved) && !(concurrent && (weightsByRevision(live)[revision] ?? 0) > 0)) {
    await phases.time('Deactivate revision', () => deactivate(steps, leftAs));
  }
  for (const step of steps) log(`Rollback: ${step}`);
  const servedBefore = formatTraffic(trafficBefore.filter(t => t.weight > 0));
  let failure: string;
  if (concurrent) {
    failure = `${reason}; this step did not touch the traffic after that (it is ${formatTraffic(live)}) and ${steps.at(-1)}`;
  } else if (restored) {
    failure = `${reason}; traffic is back on ${servedBefore} and ${steps.at(-1)}`;
  } else if (!productionMoved) {
    const label = live.find(t => t.revisionName === revision)?.label;
    if (label) leftAs.push(`${revision} keeps its label ${label} at 0 %: ${az(inputs).removeLabel(label)}`);
    failure = `${reason}; production traffic never moved: it is still ${servedBefore}; the write that would have put the labels back failed too (${errorMessage(delivery.failure.restoreError)}), and ${steps.at(-1)}`;
  } else {
    leftAs.unshift(`production traffic is ${formatTraffic(live)}: ${az(inputs).traffic(trafficBefore)}`);
    failure = `${reason}; and traffic could NOT be restored (${errorMessage(delivery.failure.restoreError)}): it is ${formatTraffic(live)}`;
  }
  if (leftAs.length > 0) failure += `. Left as: ${leftAs.join('; ')}`;
  return {
    ...result,
    outcome: 'rolled-back',
    trafficAfter: live,
    gates,
    failure,
    rollback: { reason, restoredMs: delivery.failure.restoredMs ?? 0, deactivated: revision, steps },
    ...(leftAs.length ? { leftAs } : {})
  };
}

/**
 * The manual rollback: all traffic to the previous revision in one request (activating it first when it
 * was deactivated). The previous revision is `to-revision`, else the one labelled blue, else the newest
 * other active revision.
 */
export async function rollback(inputs: RollbackInputs, deps: RolloutDeps): Promise<RolloutResult> {
  const phases = deps.phases ?? new Phases(deps.clock.now);
  const log = deps.log ?? (() => undefined);
  const { app, etag } = await phases.time('Read app', () => mustReadApp(deps, inputs));
  if (app.configuration?.activeRevisionsMode !== 'Multiple') {
    throw new ConfigurationError(
      `rollback moves traffic between revisions, which needs Container App '${inputs.app}' in Multiple revision mode (it is in ${app.configuration?.activeRevisionsMode ?? 'Single'} mode); deploy the previous image instead`
    );
  }
  const trafficBefore = resolveTraffic(app.configuration.ingress?.traffic, app.latestRevisionName ?? '');
  const current = productionRevision(trafficBefore) ?? '';
  const revisions = await listRevisions(deps, inputs);
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
      call(deps)
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
        operationOptions(deps, 600_000)
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
