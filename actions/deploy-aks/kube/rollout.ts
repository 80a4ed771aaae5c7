import type { V1Deployment, V1Pod, V1PodTemplateSpec, V1ReplicaSet } from '@kubernetes/client-node';
import type { Clock } from '../../shared/clock.js';
import { RemoteError } from '../../shared/errors.js';
import type { Phases } from '../../shared/log.js';
import { retry, type RetryOptions } from '../../shared/retry.js';
import { refOf, type KubeClient, type KubernetesObject, type ObjectRef } from './client.js';

export const FIELD_MANAGER = 'musafirgo-deploy-aks';
const HASH_LABEL = 'pod-template-hash';
const REVISION = 'deployment.kubernetes.io/revision';
/** A pod in one of these states will not recover without a new image or configuration: fail at once. */
const FATAL_WAITING = [
  'ImagePullBackOff',
  'ErrImagePull',
  'CrashLoopBackOff',
  'InvalidImageName',
  'CreateContainerConfigError'
];
const CLUSTER_SCOPED = [
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
  'IngressClass'
];

/** An object of the manifests: free-form beyond what every Kubernetes object has. */
export type Manifest = KubernetesObject & { spec?: Record<string, unknown> };

export const describe = (o: KubernetesObject) => `${o.kind}/${o.metadata?.name ?? '?'}`;

export interface DeploymentResult {
  namespace: string;
  name: string;
  /** The pod-template-hash of the ReplicaSet that serves after the step. */
  revision: string;
  /** The pod-template-hash that served before the step; '' for a new Deployment. */
  previousRevision: string;
  outcome: 'deployed' | 'unchanged' | 'failed' | 'rolled-back' | 'cancelled';
  replicas: string;
  failure?: string;
  /** From the failure detected to the previous ReplicaSet available again. */
  restoredMs?: number;
}

export interface RolloutResult {
  applied: string[];
  deployments: DeploymentResult[];
  failure?: string;
  hint?: string;
}

export interface RolloutDeps {
  api: KubeClient;
  clock: Clock;
  phases: Phases;
  log: (line: string) => void;
  onRetry?: RetryOptions['onRetry'];
  timeoutMs: number;
  /** Between polls of a rollout; default 2 s. */
  pollMs?: number;
  /** false: report a failed rollout without rolling back (the slots of blue-green and canary serve no traffic yet). */
  rollback?: boolean;
}

interface Tracked {
  /** The Deployment as applied (or as its ref, when another tool applied it). */
  manifest: Manifest;
  namespace: string;
  name: string;
  previous?: { hash: string; template: V1PodTemplateSpec };
  result: DeploymentResult;
}

export class RolloutFailure extends Error {
  constructor(
    message: string,
    readonly hint: string
  ) {
    super(message);
  }
}

/** Kubernetes' Status message and reason, from the client's refusal, as a RemoteError. */
function kubeError(label: string, error: unknown): unknown {
  const apiError = error as { code?: unknown; body?: unknown };
  if (!(error instanceof Error) || typeof apiError.code !== 'number') return error;
  let body: { message?: string; reason?: string } = {};
  try {
    body = (typeof apiError.body === 'string' ? JSON.parse(apiError.body) : apiError.body) as typeof body;
  } catch {
    body = {};
  }
  return new RemoteError(`${label}: ${body?.message ?? `HTTP ${apiError.code}`}`, {
    service: 'kubernetes',
    code: body?.reason ?? `HTTP${apiError.code}`,
    status: apiError.code
  });
}

/** A call to the API server, retried when transient, its refusal as a RemoteError naming what was attempted. */
export function kube<T>(deps: RolloutDeps, label: string, call: () => Promise<T>): Promise<T> {
  return retry(
    async () => {
      try {
        return await call();
      } catch (error) {
        throw kubeError(label, error);
      }
    },
    { label, clock: deps.clock, onRetry: deps.onRetry }
  );
}

/** The object, or undefined when the server has none of that name. */
export async function readOrUndefined<T extends KubernetesObject>(
  deps: RolloutDeps,
  ref: ObjectRef
): Promise<T | undefined> {
  try {
    return await kube(deps, `read ${ref.kind}/${ref.name}`, () => deps.api.read<T>(ref));
  } catch (error) {
    if (error instanceof RemoteError && error.status === 404) return undefined;
    throw error;
  }
}

const deploymentRef = (d: { namespace: string; name: string }): ObjectRef => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  name: d.name,
  namespace: d.namespace
});

const selectorOf = (o: V1Deployment | V1ReplicaSet) =>
  Object.entries(o.spec?.selector?.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

/** The ReplicaSets a Deployment owns, newest revision first. */
async function replicaSets(deps: RolloutDeps, deployment: V1Deployment): Promise<V1ReplicaSet[]> {
  const list = await kube(deps, `list ReplicaSets of ${describe(deployment)}`, () =>
    deps.api.list<V1ReplicaSet>({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      namespace: deployment.metadata?.namespace,
      labelSelector: selectorOf(deployment)
    })
  );
  const revision = (rs: V1ReplicaSet) => Number(rs.metadata?.annotations?.[REVISION] ?? 0);
  return list.items
    .filter(rs => rs.metadata?.ownerReferences?.some(o => o.uid === deployment.metadata?.uid))
    .sort((a, b) => revision(b) - revision(a));
}

function currentReplicaSet(deployment: V1Deployment, sets: V1ReplicaSet[]): V1ReplicaSet | undefined {
  const revision = deployment.metadata?.annotations?.[REVISION];
  return sets.find(rs => rs.metadata?.annotations?.[REVISION] === revision);
}

const hashOf = (rs: V1ReplicaSet | undefined) => rs?.metadata?.labels?.[HASH_LABEL];

/** The pod-template-hash of the ReplicaSet serving a Deployment now; undefined when there is none. */
export async function servingRevision(
  deps: RolloutDeps,
  deployment: { namespace: string; name: string }
): Promise<string | undefined> {
  const live = await readOrUndefined<V1Deployment>(deps, deploymentRef(deployment));
  return live && hashOf(currentReplicaSet(live, await replicaSets(deps, live)));
}

/** A ReplicaSet's pod template as its Deployment had it: without the hash label the controller added. */
function deploymentTemplate(rs: V1ReplicaSet): V1PodTemplateSpec {
  const template = structuredClone(rs.spec!.template!);
  const labels = { ...template.metadata?.labels };
  delete labels[HASH_LABEL];
  return { ...template, metadata: { ...template.metadata, labels } };
}

/**
 * `kubectl rollout undo`: the Deployment's pod template put back to the one of its newest other ReplicaSet (or of the
 * ReplicaSet with that pod-template-hash), by a replace that fails on a concurrent change instead of overwriting it.
 * Returns the hash that served before and the one the Deployment goes back to.
 */
export async function undoDeployment(
  deps: RolloutDeps,
  deployment: { namespace: string; name: string },
  toRevision?: string
): Promise<{ from: string; to: string }> {
  const label = `Deployment/${deployment.name} in ${deployment.namespace}`;
  const live = await readOrUndefined<V1Deployment>(deps, deploymentRef(deployment));
  if (!live)
    throw new RolloutFailure(`${label} does not exist`, 'check the namespace and the manifests input');
  const sets = await replicaSets(deps, live);
  const from = hashOf(currentReplicaSet(live, sets)) ?? '';
  const target = toRevision
    ? sets.find(rs => hashOf(rs) === toRevision)
    : sets.find(rs => hashOf(rs) !== from);
  if (!target) {
    throw new RolloutFailure(
      toRevision
        ? `${label} has no ReplicaSet with pod-template-hash ${toRevision} (it has ${sets.map(hashOf).join(', ') || 'none'})`
        : `${label} has no earlier ReplicaSet to go back to`,
      'deploy the image you want instead (revisionHistoryLimit keeps the older ReplicaSets)'
    );
  }
  const to = hashOf(target)!;
  await kube(deps, `roll back ${label}`, () =>
    deps.api.replace<V1Deployment>({ ...live, spec: { ...live.spec!, template: deploymentTemplate(target) } })
  );
  return { from, to };
}

/** Server-side apply as this step's field manager, taking over fields another manager set. */
export async function apply<T extends KubernetesObject>(deps: RolloutDeps, object: T): Promise<void> {
  await kube(deps, `apply ${describe(object)}`, () =>
    deps.api.apply(object, { fieldManager: FIELD_MANAGER, force: true })
  );
}

/** A fatal pod state of the ReplicaSet: `pod <name>: <reason> (<message>)`. */
async function fatalPod(
  deps: RolloutDeps,
  rs: V1ReplicaSet
): Promise<{ reason: string; text: string } | undefined> {
  if (!hashOf(rs)) return undefined;
  const pods = await kube(deps, `list pods of ${describe(rs)}`, () =>
    deps.api.list<V1Pod>({
      apiVersion: 'v1',
      kind: 'Pod',
      namespace: rs.metadata?.namespace,
      labelSelector: selectorOf(rs)
    })
  );
  for (const pod of pods.items) {
    for (const status of [
      ...(pod.status?.initContainerStatuses ?? []),
      ...(pod.status?.containerStatuses ?? [])
    ]) {
      const waiting = status.state?.waiting;
      if (waiting?.reason && FATAL_WAITING.includes(waiting.reason)) {
        return {
          reason: waiting.reason,
          text: `pod ${pod.metadata?.name}, container ${status.name}: ${waiting.reason}${waiting.message ? ` (${waiting.message})` : ''}`
        };
      }
    }
  }
  return undefined;
}

function hintFor(reason: string, namespace: string, pod: string): string {
  if (reason === 'CrashLoopBackOff')
    return `read the container's logs (kubectl logs --namespace ${namespace} ${pod} --previous), fix the image and deploy again`;
  if (reason === 'ImagePullBackOff' || reason === 'ErrImagePull' || reason === 'InvalidImageName')
    return "check that the image was pushed by that digest and that the cluster's kubelet identity has AcrPull on the registry, then deploy again";
  return 'fix the pod configuration and deploy again';
}

/**
 * Polls one Deployment until its new ReplicaSet is fully available (observedGeneration, updated, ready and
 * available replicas), a pod of it is in a back-off, the progress deadline passes, or another rollout fails.
 */
async function waitFor(
  deps: RolloutDeps,
  t: Tracked,
  deadline: number,
  stop: { failed: boolean }
): Promise<V1ReplicaSet | undefined> {
  let delay = deps.pollMs ?? 2000;
  for (;;) {
    if (stop.failed) return undefined;
    const d = await readOrUndefined<V1Deployment>(deps, refOf(t.manifest));
    if (!d)
      throw new RolloutFailure(
        `${describe(t.manifest)} disappeared during the rollout`,
        'check who deleted it and deploy again'
      );
    const desired = d.spec?.replicas ?? 1;
    const s = d.status ?? {};
    const observed = (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0);
    const sets = observed ? await replicaSets(deps, d) : [];
    const current = currentReplicaSet(d, sets);
    t.result.replicas = `${s.availableReplicas ?? 0}/${desired} available, ${s.updatedReplicas ?? 0} updated`;
    if (
      observed &&
      current &&
      s.updatedReplicas === desired &&
      s.availableReplicas === desired &&
      (s.replicas ?? 0) === desired
    ) {
      t.result.revision = hashOf(current) ?? '';
      return current;
    }
    if (current) {
      const fatal = await fatalPod(deps, current);
      if (fatal) {
        const pod = /^pod (\S+),/.exec(fatal.text)?.[1] ?? '';
        throw new RolloutFailure(
          `${describe(d)} in ${t.namespace}: ${fatal.text}`,
          hintFor(fatal.reason, t.namespace, pod)
        );
      }
    }
    const stalled = s.conditions?.find(c => c.type === 'Progressing' && c.status === 'False');
    if (stalled) {
      throw new RolloutFailure(
        `${describe(d)} in ${t.namespace}: ${stalled.reason ?? 'not progressing'} (${stalled.message ?? ''})`,
        'describe the pods of its new ReplicaSet to see what keeps them from becoming ready'
      );
    }
    if (deps.clock.now() + delay > deadline) {
      throw new RolloutFailure(
        `${describe(d)} in ${t.namespace}: not available within the timeout (${t.result.replicas})`,
        'check readiness probes and resources of the new pods, or raise the timeout input'
      );
    }
    await deps.clock.sleep(delay);
    delay = Math.min(delay * 1.5, 5000);
  }
}

/** Waits for every tracked Deployment at once; the first failure stops the others. */
async function waitAll(
  deps: RolloutDeps,
  tracked: Tracked[]
): Promise<{ failure?: RolloutFailure; failedAt: number }> {
  const stop = { failed: false };
  let failure: RolloutFailure | undefined;
  let failedAt = 0;
  await Promise.all(
    tracked.map(async t => {
      try {
        const rs = await waitFor(deps, t, deps.clock.now() + deps.timeoutMs, stop);
        if (!rs) t.result.outcome = 'cancelled';
        else {
          t.result.outcome = t.result.revision === t.result.previousRevision ? 'unchanged' : 'deployed';
          deps.log(
            `${describe(t.manifest)} in ${t.namespace}: revision ${t.result.revision} available (${t.result.replicas})`
          );
        }
      } catch (error) {
        if (!(error instanceof RolloutFailure)) throw error;
        stop.failed = true;
        failure ??= error;
        failedAt ||= deps.clock.now();
        t.result.outcome = 'failed';
        t.result.failure = error.message;
        deps.log(`Rollout failed: ${error.message}`);
      }
    })
  );
  return { failure, failedAt };
}

/** A Deployment another tool wrote (Helm), and the pod-template-hash that served it before ('' if none). */
export interface WatchTarget {
  namespace: string;
  name: string;
  previousRevision: string;
}

/**
 * Watches Deployments another tool changed exactly as `deploy` watches the ones it applies: all at once, failing
 * fast on a pod back-off or the progress deadline. Nothing is rolled back here.
 */
export async function watchDeployments(
  targets: WatchTarget[],
  deps: RolloutDeps
): Promise<{ deployments: DeploymentResult[]; failure?: string; hint?: string; failedAt?: number }> {
  const tracked: Tracked[] = targets.map(({ namespace, name, previousRevision }) => ({
    manifest: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace } },
    namespace,
    name,
    result: { namespace, name, revision: '', previousRevision, outcome: 'deployed', replicas: '' }
  }));
  const { failure, failedAt } = await waitAll(deps, tracked);
  return {
    deployments: tracked.map(t => t.result),
    ...(failure ? { failure: failure.message, hint: failure.hint, failedAt } : {})
  };
}

/**
 * Applies the manifests with server-side apply, waits for every Deployment at once, and on a failure puts each
 * changed Deployment back on its previous ReplicaSet's template (what `kubectl rollout undo` does).
 */
export async function deploy(
  objects: Manifest[],
  defaultNamespace: string,
  deps: RolloutDeps
): Promise<RolloutResult> {
  for (const o of objects) {
    if (!CLUSTER_SCOPED.includes(o.kind!))
      o.metadata = { ...o.metadata, namespace: o.metadata?.namespace ?? defaultNamespace };
  }
  const tracked: Tracked[] = await deps.phases.time('Read current revisions', () =>
    Promise.all(
      objects
        .filter(o => o.kind === 'Deployment' && o.apiVersion === 'apps/v1')
        .map(async manifest => {
          const namespace = manifest.metadata!.namespace!;
          const name = manifest.metadata!.name!;
          const live = await readOrUndefined<V1Deployment>(deps, refOf(manifest));
          const current = live && currentReplicaSet(live, await replicaSets(deps, live));
          const hash = hashOf(current);
          return {
            manifest,
            namespace,
            name,
            previous: current && hash ? { hash, template: deploymentTemplate(current) } : undefined,
            result: {
              namespace,
              name,
              revision: '',
              previousRevision: hash ?? '',
              outcome: 'deployed' as const,
              replicas: ''
            }
          };
        })
    )
  );
  const ordered = [
    ...objects.filter(o => o.kind === 'Namespace'),
    ...objects.filter(o => o.kind !== 'Namespace')
  ];
  await deps.phases.time('Apply', async () => {
    for (const object of ordered) {
      await apply(deps, object);
      deps.log(
        `Applied ${describe(object)}${object.metadata?.namespace ? ` in ${object.metadata.namespace}` : ''} (server-side apply, field manager ${FIELD_MANAGER})`
      );
    }
  });
  const applied = ordered.map(
    o => `${describe(o)}${o.metadata?.namespace ? ` (${o.metadata.namespace})` : ''}`
  );

  const { failure, failedAt } = await deps.phases.time('Rollout', () => waitAll(deps, tracked));
  if (!failure) return { applied, deployments: tracked.map(t => t.result) };
  if (deps.rollback === false)
    return { applied, deployments: tracked.map(t => t.result), failure: failure.message, hint: failure.hint };

  const found: RolloutFailure = failure;
  await deps.phases.time('Rollback', () =>
    Promise.all(
      tracked.map(async t => {
        if (!t.previous) {
          t.result.outcome = 'failed';
          t.result.failure ??= 'no previous revision to roll back to (a new Deployment)';
          return;
        }
        const back: Manifest = {
          ...structuredClone(t.manifest),
          spec: { ...structuredClone(t.manifest.spec), template: t.previous.template }
        };
        await apply(deps, back);
        deps.log(`${describe(t.manifest)} in ${t.namespace}: rolling back to revision ${t.previous.hash}`);
        try {
          const rs = await waitFor(deps, t, deps.clock.now() + deps.timeoutMs, { failed: false });
          t.result.outcome = 'rolled-back';
          t.result.revision = hashOf(rs) ?? t.previous.hash;
          t.result.restoredMs = deps.clock.now() - failedAt;
        } catch (error) {
          if (!(error instanceof RolloutFailure)) throw error;
          t.result.outcome = 'failed';
          t.result.failure = `rollback to ${t.previous.hash} failed too: ${error.message}`;
        }
      })
    )
  );
  return { applied, deployments: tracked.map(t => t.result), failure: found.message, hint: found.hint };
}

/** What a rollback (mode rollback, any method) did, for its outputs and summary. */
export interface RollbackResult {
  what: string;
  revision: string;
  previousRevision: string;
  deployments: DeploymentResult[];
  notes: string[];
  failure?: string;
  hint?: string;
}
