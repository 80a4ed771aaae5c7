import * as core from '@actions/core';
import { appendSummary, markdownTable } from '../shared/summary.js';
import { systemClock } from '../shared/clock.js';
import { ConfigurationError } from '../shared/errors.js';
import { getOptionalInput, getRequiredInput } from '../shared/inputs.js';
import { Phases } from '../shared/log.js';
import { clusterFailure, openCluster, stepRollout, stepSession, type ClusterAccess } from './cluster.js';
import { helmAdvice } from './helm-run.js';
import { deploymentsIn, releaseStore } from './helm.js';
import { findHelm, helmCli, writeKubeconfig } from './helm-cli.js';
import type { HelmRunOptions } from './helm-run.js';
import { clusterInputs, subscriptionInput } from './inputs.js';
import { describe, loadManifests, type Manifest } from './manifests.js';
import {
  RolloutFailure,
  apply,
  readOrUndefined,
  servingRevision,
  undoDeployment,
  watchDeployments,
  type DeploymentResult,
  type RolloutDeps
} from './rollout.js';
import {
  ROUTE_API,
  formatWeights,
  planSlots,
  routeSpec,
  selecting,
  weightsOf,
  type Weights
} from './strategy.js';

// Kubernetes objects are free-form JSON; the rollback reads a few fields of the route and the slots.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

/** What rollback: true reads. Everything else is what the deploy that is undone already set up. */
export interface RollbackInputs {
  mode: 'manifests' | 'helm';
  subscriptionId: string;
  resourceGroup: string;
  cluster: string;
  namespace: string;
  timeoutMs: number;
  /** helm: the release, and the revision to go back to (default: the one deployed before the current one). */
  release?: string;
  toRevision?: string;
  /** manifests: the Deployments (and, with a route, the Service and HTTPRoute) whose rollout is undone. */
  manifests: Manifest[];
  route?: string;
}

/** Inputs of a deploy that a rollback does not take: naming one is a mistake worth one clear sentence. */
const DEPLOY_ONLY = ['images', 'chart', 'values', 'smoke', 'canary-steps', 'bake-time', 'strategy'] as const;

export function getRollbackInputs(env: NodeJS.ProcessEnv = process.env): RollbackInputs {
  const mode = getOptionalInput('mode') ?? 'manifests';
  if (mode === 'gitops') {
    throw new ConfigurationError(
      "input 'rollback' applies to modes manifests and helm; in gitops mode deploy the previous image again (the previous-revision of the failed run is its commit) so the infrastructure repository says what runs"
    );
  }
  if (mode !== 'manifests' && mode !== 'helm')
    throw new ConfigurationError(`input 'mode' must be manifests or helm with rollback: true, not '${mode}'`);
  const stray = DEPLOY_ONLY.filter(name => getOptionalInput(name) !== undefined);
  if (stray.length) {
    throw new ConfigurationError(
      `input${stray.length > 1 ? 's' : ''} ${stray.map(s => `'${s}'`).join(', ')} do${stray.length > 1 ? '' : 'es'} not apply with rollback: true (a rollback deploys nothing new); remove ${stray.length > 1 ? 'them' : 'it'}`
    );
  }
  const subscription = subscriptionInput(env);
  const toRevision = getOptionalInput('to-revision');
  const common = clusterInputs(subscription);
  if (mode === 'helm') {
    if (toRevision !== undefined && !/^[1-9]\d*$/.test(toRevision))
      throw new ConfigurationError(
        `input 'to-revision' must be a Helm release revision number, not '${toRevision}'`
      );
    const route = getOptionalInput('route');
    if (toRevision !== undefined && route)
      throw new ConfigurationError(
        "input 'to-revision' does not apply with a route: a rollback through the route sends the traffic back to the other slot"
      );
    return {
      mode,
      ...common,
      release: getRequiredInput('release', 'the Helm release to roll back'),
      ...(toRevision ? { toRevision } : {}),
      ...(route ? { route } : {}),
      manifests: []
    };
  }
  const files = getRequiredInput('manifests', 'the manifest files naming the Deployments to roll back')
    .split(/[\r\n,]+/)
    .map(path => path.trim())
    .filter(Boolean);
  const manifests = loadManifests(files);
  if (!manifests.some(o => o.kind === 'Deployment'))
    throw new ConfigurationError(`input 'manifests': ${files.join(', ')} hold no Deployment to roll back`);
  const route = getOptionalInput('route');
  if (toRevision !== undefined && route)
    throw new ConfigurationError(
      "input 'to-revision' does not apply with a route: a rollback through the route sends the traffic back to the other slot"
    );
  return { mode, ...common, manifests, ...(route ? { route } : {}), ...(toRevision ? { toRevision } : {}) };
}

interface RollbackResult {
  what: string;
  revision: string;
  previousRevision: string;
  deployments: DeploymentResult[];
  notes: string[];
  failure?: string;
  hint?: string;
}

/** helm rollback to the revision before (or the one named), then our watch of the release's Deployments. */
async function rollbackHelm(
  inputs: RollbackInputs,
  deps: RolloutDeps,
  options: HelmRunOptions,
  cluster: ClusterAccess
): Promise<RollbackResult> {
  const kubeconfig = writeKubeconfig(
    cluster,
    options.credentialCommand ?? { command: process.execPath, args: [process.argv[1]!] }
  );
  try {
    const helm = helmCli(kubeconfig.path, inputs.namespace, process.env, core.info, findHelm());
    const release = inputs.release!;
    const releases = releaseStore(helm, deps, inputs.namespace);
    const entries = await deps.phases.time('Release state', () => releases.history(release));
    const current = entries.at(-1);
    if (!current)
      throw new ConfigurationError(
        `input 'release': no Helm release ${release} in namespace ${inputs.namespace}`
      );
    const target = inputs.toRevision
      ? Number(inputs.toRevision)
      : [...entries].reverse().find(e => e.revision < current.revision && e.status === 'superseded')
          ?.revision;
    if (target === undefined || !entries.some(e => e.revision === target)) {
      throw new ConfigurationError(
        inputs.toRevision
          ? `input 'to-revision': release ${release} has no revision ${inputs.toRevision} (it has ${entries.map(e => e.revision).join(', ')})`
          : `release ${release} has no earlier deployed revision to go back to (revision ${current.revision} is its first)`
      );
    }
    await deps.phases.time('Helm rollback', () =>
      helm(['rollback', release, String(target), '--history-max', '10'])
    );
    const after = (await releases.history(release)).at(-1)!;
    core.info(`helm rollback ${release} ${target}: revision ${after.revision} (${after.status})`);
    const targets = deploymentsIn(await releases.manifest(release, after.revision), inputs.namespace).map(
      d => ({ ...d, previousRevision: '' })
    );
    const watched = await deps.phases.time('Rollout', () => watchDeployments(targets, deps));
    return {
      what: `Helm release ${release}: revision ${current.revision} → ${after.revision} (the chart and values of revision ${target})`,
      revision: String(after.revision),
      previousRevision: String(current.revision),
      deployments: watched.deployments,
      notes: [],
      ...(watched.failure ? { failure: watched.failure, hint: watched.hint } : {})
    };
  } finally {
    kubeconfig.dispose();
  }
}

/** Each Deployment of the manifests back to its previous ReplicaSet (kubectl rollout undo), then watched. */
async function rollbackDeployments(inputs: RollbackInputs, deps: RolloutDeps): Promise<RollbackResult> {
  const targets = inputs.manifests
    .filter(o => o.kind === 'Deployment')
    .map(o => ({ namespace: o.metadata?.namespace ?? inputs.namespace, name: o.metadata!.name! }));
  const undone = await deps.phases.time('Roll back', () =>
    Promise.all(targets.map(async t => ({ ...t, ...(await undoDeployment(deps, t, inputs.toRevision)) })))
  );
  for (const u of undone)
    core.info(`Deployment/${u.name} in ${u.namespace}: pod template ${u.from} → ${u.to}`);
  const watched = await deps.phases.time('Rollout', () =>
    watchDeployments(
      undone.map(u => ({ namespace: u.namespace, name: u.name, previousRevision: u.from })),
      deps
    )
  );
  return {
    what: undone.map(u => `Deployment/${u.name} (${u.namespace}): ${u.from} → ${u.to}`).join(', '),
    revision: JSON.stringify(Object.fromEntries(undone.map(u => [u.name, u.to]))),
    previousRevision: JSON.stringify(Object.fromEntries(undone.map(u => [u.name, u.from]))),
    deployments: watched.deployments,
    notes: [],
    ...(watched.failure ? { failure: watched.failure, hint: watched.hint } : {})
  };
}

/**
 * Blue-green or canary: all traffic back to the other slot, which a deploy leaves running for exactly this. It must
 * be available (every replica ready) before the route moves; the Service then selects it again.
 */
async function rollbackSlots(inputs: RollbackInputs, deps: RolloutDeps): Promise<RollbackResult> {
  // Manifests: the Deployment and Service they name. Helm: the slot releases' objects are named after the release,
  // and the plain Service is the chart's rolling release's (it keeps its own selector).
  const plan =
    inputs.mode === 'helm'
      ? undefined
      : planSlots(inputs.manifests, { strategy: 'blue-green', route: inputs.route! }, inputs.namespace);
  const namespace = plan?.namespace ?? inputs.namespace;
  const base = plan ? plan.deployment.metadata!.name! : inputs.release!;
  const service = plan ? plan.service.metadata!.name! : inputs.release!;
  const routeRef = {
    apiVersion: ROUTE_API,
    kind: 'HTTPRoute',
    metadata: { name: inputs.route!, namespace }
  };
  const route = await readOrUndefined<Obj & Manifest>(deps, routeRef);
  if (!route)
    throw new ConfigurationError(`input 'route': no HTTPRoute '${inputs.route}' in namespace ${namespace}`);
  const before: Weights = weightsOf(route.spec ?? {}, service);
  const live = Object.entries(before).sort((a, b) => b[1] - a[1])[0]?.[0];
  const liveSlot = /-(blue|green)$/.exec(live ?? '')?.[1] as 'blue' | 'green' | undefined;
  if (!live || !liveSlot || !(before[live]! > 0))
    throw new RolloutFailure(
      `HTTPRoute ${inputs.route} does not send traffic to a slot of ${service} (${formatWeights(before)})`,
      'roll back with the strategy the service was deployed with, or deploy the previous image'
    );
  const slot = liveSlot === 'blue' ? 'green' : 'blue';
  const target = `${base}-${slot}`;
  const deployment = await readOrUndefined<Obj & Manifest>(deps, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: target, namespace }
  });
  const ready = deployment?.status?.availableReplicas ?? 0;
  const desired = deployment?.spec?.replicas ?? 0;
  if (!deployment || desired === 0 || ready < desired) {
    throw new RolloutFailure(
      `the ${slot} slot (Deployment ${target}) is ${deployment ? `at ${ready}/${desired} available replicas` : 'not in the cluster'}, so traffic cannot go back to it`,
      `roll back by deploying the previous image (previous-revision) instead`
    );
  }
  const weights: Weights = { [`${service}-${slot}`]: 100, [live]: 0 };
  await deps.phases.time('Switch route', async () => {
    await apply(deps, {
      ...routeRef,
      metadata: {
        ...routeRef.metadata,
        labels: route.metadata?.labels,
        annotations: route.metadata?.annotations
      },
      spec: routeSpec(route.spec ?? {}, service, undefined, weights)
    } as Manifest);
    if (plan) {
      await apply(deps, selecting(plan.service, slot));
    }
  });
  core.info(`HTTPRoute ${inputs.route}: ${formatWeights(before)} → ${formatWeights(weights)}`);
  return {
    what: `HTTPRoute ${inputs.route} (${namespace}): all traffic back to ${target}`,
    revision: JSON.stringify({ [target]: (await servingRevision(deps, { namespace, name: target })) ?? '' }),
    previousRevision: JSON.stringify({
      [`${base}-${liveSlot}`]: (await servingRevision(deps, { namespace, name: `${base}-${liveSlot}` })) ?? ''
    }),
    deployments: [],
    notes: [
      `${formatWeights(before)} → ${formatWeights(weights)}${plan ? `; ${describe(plan.service)} selects the ${slot} slot` : ''}`
    ]
  };
}

/**
 * rollback: true, for a workflow_dispatch: the step deploys nothing new. Helm: helm rollback; manifests: each
 * Deployment back to its previous ReplicaSet; with a route (blue-green, canary): the traffic back to the other slot.
 */
export async function runRollback(options: HelmRunOptions = {}): Promise<void> {
  const clock = options.clock ?? systemClock;
  const phases = new Phases(clock.now);
  let inputs: RollbackInputs | undefined;
  let identity = '';
  try {
    inputs = getRollbackInputs();
    if (inputs.mode === 'helm') findHelm();
    const session = stepSession(clock);
    identity = session.credential.clientId;
    const cluster = await openCluster(session, inputs, clock, phases);
    core.info(`Rolling back on AKS cluster ${inputs.cluster} (${cluster.server}) as ${identity}`);
    const deps = stepRollout(cluster, clock, phases, inputs.timeoutMs, options.pollMs);
    const result = inputs.route
      ? await rollbackSlots(inputs, deps)
      : inputs.mode === 'helm'
        ? await rollbackHelm(inputs, deps, options, cluster)
        : await rollbackDeployments(inputs, deps);
    core.setOutput('revision', result.revision);
    core.setOutput('previous-revision', result.previousRevision);
    appendSummary(
      [
        `### AKS ${inputs.cluster}: ${result.failure ? 'rollback FAILED' : 'rolled back'}`,
        '',
        result.what,
        '',
        ...(result.failure ? [`**${result.failure}**`, ''] : []),
        ...result.notes.flatMap(n => [n, '']),
        ...(result.deployments.length
          ? [
              markdownTable(
                ['Deployment', 'Outcome', 'Pod template', 'Replicas', 'Notes'],
                result.deployments.map(d => [
                  `${d.namespace}/${d.name}`,
                  d.outcome,
                  d.revision || '–',
                  d.replicas,
                  d.failure ?? ''
                ])
              ),
              ''
            ]
          : []),
        phases.table(),
        ''
      ].join('\n')
    );
    if (result.failure)
      core.setFailed(
        `deploy-aks: the rollback did not become available: ${result.failure}. To fix: ${result.hint}`
      );
  } catch (error) {
    if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
    if (error instanceof RolloutFailure)
      return core.setFailed(`deploy-aks: rollback: ${error.message}. To fix: ${error.hint}`);
    const failure = clusterFailure(error, inputs, identity, helmAdvice(error, inputs, identity));
    // A mistake in the inputs speaks for itself; anything else happened during the rollback.
    core.setFailed(
      error instanceof ConfigurationError
        ? failure
        : failure.replace(/^deploy-aks: /, 'deploy-aks: rollback: ')
    );
  }
}
