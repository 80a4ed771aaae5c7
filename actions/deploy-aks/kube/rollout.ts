import type {
  V1DaemonSet,
  V1Deployment,
  V1Job,
  V1Pod,
  V1PodTemplateSpec,
  V1ReplicaSet,
  V1StatefulSet
} from '@kubernetes/client-node';
import { STATUS_CODES } from 'node:http';
import type { Clock } from '../../shared/clock.js';
import { RemoteError, errorMessage, isTransientStatus, remoteFailure } from '../../shared/errors.js';
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
export const CLUSTER_SCOPED = [
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration'
];
/** The workload kinds a rollout waits for: what they run is watched until it serves (or, for a Job, completes). */
export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];
const WORKLOAD_API: Record<WorkloadKind, string> = {
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  Job: 'batch/v1'
};
export const isWorkload = (o: KubernetesObject) =>
  (WORKLOAD_KINDS as readonly string[]).includes(o.kind ?? '') &&
  o.apiVersion === WORKLOAD_API[o.kind as WorkloadKind];

/** An object of the manifests: free-form beyond what every Kubernetes object has. */
export type Manifest = KubernetesObject & { spec?: Record<string, unknown> };

export const describe = (o: KubernetesObject) => `${o.kind}/${o.metadata?.name ?? '?'}`;

/** What the failed pods said before anything was rolled back: their last log lines and their events. */
export interface PodDiagnosis {
  pod: string;
  container: string;
  logs: string[];
  events: string[];
}

export interface DeploymentResult {
  /** Deployment (the default), StatefulSet, DaemonSet or Job. */
  kind?: WorkloadKind;
  namespace: string;
  name: string;
  /** Deployment: the pod-template-hash of the ReplicaSet that serves after the step; StatefulSet: its revision. */
  revision: string;
  /** The revision that served before the step; '' for a new workload. */
  previousRevision: string;
  outcome: 'deployed' | 'unchanged' | 'failed' | 'rolled-back' | 'cancelled' | 'removed';
  replicas: string;
  failure?: string;
  /** From the failure detected to the previous ReplicaSet available again. */
  restoredMs?: number;
}

/** What a failure after the first write left: each object written, and what became of it. */
export interface WriteRecord {
  object: string;
  /** changed: it existed and was changed; created: the step made it. */
  was: 'changed' | 'created';
  /** restored / deleted: put back as it was; left: the restore failed too (see `command`). */
  now: 'applied' | 'restored' | 'deleted' | 'left';
  /** What completes the rollback by hand when the restore failed. */
  command?: string;
  error?: string;
}

export interface RolloutResult {
  applied: string[];
  deployments: DeploymentResult[];
  failure?: string;
  hint?: string;
  /** Every object written before a failure, and what became of it. */
  writes?: WriteRecord[];
  /** Whether the new version serves after a failure: 'no', 'yes, unverified', or why it is unknown. */
  serving?: string;
  diagnoses?: PodDiagnosis[];
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
  /** The images each container must run, checked on its pods' imageID once the workload is available. */
  expected?: ExpectedImage[];
  /** Attempts per API call (default 6): fewer while putting things back, when the API may be failing. */
  attempts?: number;
}

/** A container that must run an image by digest: where the digest was set (manifests, a chart's render). */
export interface ExpectedImage {
  kind: string;
  name: string;
  namespace?: string;
  container: string;
  image: string;
}

interface Tracked {
  /** The workload as applied (or as its ref, when another tool applied it). */
  manifest: Manifest;
  kind: WorkloadKind;
  namespace: string;
  name: string;
  previous?: { hash: string; template: V1PodTemplateSpec };
  result: DeploymentResult;
}

export class RolloutFailure extends Error {
  constructor(
    message: string,
    readonly hint: string,
    readonly pods: string[] = []
  ) {
    super(message);
  }
}

/** Kubernetes' Status message and reason, from the client's refusal, as a RemoteError. */
function kubeError(label: string, error: unknown): unknown {
  const apiError = error as { code?: unknown; body?: unknown };
  if (!(error instanceof Error) || typeof apiError.code !== 'number') return error;
  let body: { message?: string; reason?: string; error?: { code?: string; message?: string } } = {};
  try {
    body = (typeof apiError.body === 'string' ? JSON.parse(apiError.body) : apiError.body) as typeof body;
  } catch {
    body = {};
  }
  const message = body?.message ?? body?.error?.message ?? `HTTP ${apiError.code}`;
  const transient = isTransientStatus(apiError.code);
  // A refusal names what was attempted itself; a transient fault is named by retry (the call, the attempts).
  return new RemoteError(transient ? message : `${label}: ${message}`, {
    service: 'kubernetes',
    // An answer without a Status (a proxy, a load balancer in front of the API server): the HTTP status's name.
    code:
      body?.reason ??
      body?.error?.code ??
      (STATUS_CODES[apiError.code] ?? `HTTP${apiError.code}`).replace(/[^A-Za-z]/g, ''),
    status: apiError.code
  });
}

/**
 * A call to the API server, retried when transient within the step's timeout (never past it), its refusal as a
 * RemoteError naming what was attempted.
 */
export function kube<T>(
  deps: RolloutDeps,
  label: string,
  call: () => Promise<T>,
  options: { maxAttempts?: number } = {}
): Promise<T> {
  return retry(
    async () => {
      try {
        return await call();
      } catch (error) {
        throw kubeError(label, error);
      }
    },
    {
      label,
      service: 'kubernetes',
      clock: deps.clock,
      onRetry: deps.onRetry,
      deadlineMs: Math.min(120_000, deps.timeoutMs),
      maxAttempts: options.maxAttempts ?? deps.attempts ?? 6
    }
  );
}

/** The object, or undefined when the server has none of that name. */
export async function readOrUndefined<T extends KubernetesObject>(
  deps: RolloutDeps,
  ref: ObjectRef,
  options: { maxAttempts?: number } = {}
): Promise<T | undefined> {
  try {
    return await kube(deps, `read ${ref.kind}/${ref.name}`, () => deps.api.read<T>(ref), options);
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

const selectorOf = (o: { spec?: { selector?: { matchLabels?: Record<string, string> } } }) =>
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

/** The pods a workload runs now (a Deployment's: those of its current ReplicaSet). */
async function podsOf(deps: RolloutDeps, owner: KubernetesObject & { spec?: object }): Promise<V1Pod[]> {
  const pods = await kube(deps, `list pods of ${describe(owner)}`, () =>
    deps.api.list<V1Pod>({
      apiVersion: 'v1',
      kind: 'Pod',
      namespace: owner.metadata?.namespace,
      labelSelector: selectorOf(owner as V1ReplicaSet)
    })
  );
  const uid = owner.metadata?.uid;
  return pods.items.filter(p => !uid || p.metadata?.ownerReferences?.some(o => o.uid === uid));
}

/** A fatal pod state among `pods`: `pod <name>, container <c>: <reason> (<message>)`. */
function fatalPod(pods: V1Pod[]): { reason: string; text: string; pod: string } | undefined {
  for (const pod of pods) {
    for (const status of [
      ...(pod.status?.initContainerStatuses ?? []),
      ...(pod.status?.containerStatuses ?? [])
    ]) {
      const waiting = status.state?.waiting;
      if (waiting?.reason && FATAL_WAITING.includes(waiting.reason)) {
        return {
          reason: waiting.reason,
          pod: pod.metadata?.name ?? '',
          text: `pod ${pod.metadata?.name}, container ${status.name}: ${waiting.reason}${waiting.message ? ` (${waiting.message})` : ''}`
        };
      }
    }
  }
  return undefined;
}

function hintFor(reason: string, namespace: string, pod: string): string {
  if (reason === 'CrashLoopBackOff')
    return `read the container's logs (kubectl logs --namespace ${namespace} ${pod} --previous showed them; the job summary keeps their last lines and the pod's events, read before the rollback removed the pod), fix the image and deploy again`;
  if (reason === 'ImagePullBackOff' || reason === 'ErrImagePull' || reason === 'InvalidImageName')
    return "check that the image was pushed by that digest and that the cluster's kubelet identity has AcrPull on the registry, then deploy again";
  return 'fix the pod configuration and deploy again';
}

/** A workload's state at one look: done (with its revision), failed (why), or still going (its progress). */
interface Look {
  done?: { revision: string; pods: V1Pod[] };
  fatal?: { reason: string; text: string; pod: string };
  stalled?: string;
  /** The new pods not ready yet: whose logs and events a stalled or timed-out rollout reads. */
  notReady?: string[];
  progress: string;
}

/** One look at a workload of any watched kind. */
async function look(deps: RolloutDeps, t: Tracked): Promise<Look | undefined> {
  const ref = { apiVersion: WORKLOAD_API[t.kind], kind: t.kind, name: t.name, namespace: t.namespace };
  const live = await readOrUndefined<KubernetesObject & { spec?: object; status?: object }>(deps, ref);
  if (!live) return undefined;
  const generation = live.metadata?.generation ?? 0;
  if (t.kind === 'Deployment') {
    const d = live as V1Deployment;
    const desired = d.spec?.replicas ?? 1;
    const s = d.status ?? {};
    const observed = (s.observedGeneration ?? 0) >= generation;
    const sets = observed ? await replicaSets(deps, d) : [];
    const current = currentReplicaSet(d, sets);
    const progress = `${s.availableReplicas ?? 0}/${desired} available, ${s.updatedReplicas ?? 0} updated`;
    const pods = current ? await podsOf(deps, current) : [];
    if (
      observed &&
      current &&
      s.updatedReplicas === desired &&
      s.availableReplicas === desired &&
      (s.replicas ?? 0) === desired
    )
      return { done: { revision: hashOf(current) ?? '', pods }, progress };
    const stalled = s.conditions?.find(c => c.type === 'Progressing' && c.status === 'False');
    return {
      fatal: fatalPod(pods),
      ...(stalled ? { stalled: `${stalled.reason ?? 'not progressing'} (${stalled.message ?? ''})` } : {}),
      notReady: pods
        .filter(p => !(p.status?.containerStatuses ?? []).every(c => c.ready))
        .map(p => p.metadata?.name ?? ''),
      progress
    };
  }
  if (t.kind === 'StatefulSet') {
    const set = live as V1StatefulSet;
    const desired = set.spec?.replicas ?? 1;
    const s = set.status ?? { replicas: 0 };
    const observed = (s.observedGeneration ?? 0) >= generation;
    const pods = (await podsOf(deps, set)).filter(
      p => !s.updateRevision || p.metadata?.labels?.['controller-revision-hash'] === s.updateRevision
    );
    const progress = `${s.readyReplicas ?? 0}/${desired} ready, ${s.updatedReplicas ?? 0} updated`;
    if (
      observed &&
      s.updatedReplicas === desired &&
      s.readyReplicas === desired &&
      s.currentRevision === s.updateRevision
    )
      return { done: { revision: s.updateRevision ?? '', pods }, progress };
    return { fatal: fatalPod(pods), progress };
  }
  if (t.kind === 'DaemonSet') {
    const set = live as V1DaemonSet;
    const s = set.status ?? {
      currentNumberScheduled: 0,
      desiredNumberScheduled: 0,
      numberMisscheduled: 0,
      numberReady: 0
    };
    const observed = (s.observedGeneration ?? 0) >= generation;
    const pods = await podsOf(deps, set);
    const desired = s.desiredNumberScheduled ?? 0;
    const progress = `${s.numberAvailable ?? 0}/${desired} available, ${s.updatedNumberScheduled ?? 0} updated`;
    if (observed && desired > 0 && s.updatedNumberScheduled === desired && s.numberAvailable === desired)
      return { done: { revision: `generation ${generation}`, pods }, progress };
    return { fatal: fatalPod(pods), progress };
  }
  const job = live as V1Job;
  const s = job.status ?? {};
  const pods = await podsOf(deps, job);
  const progress = `${s.succeeded ?? 0}/${job.spec?.completions ?? 1} succeeded, ${s.failed ?? 0} failed`;
  const complete = s.conditions?.find(c => c.type === 'Complete' && c.status === 'True');
  if (complete) return { done: { revision: 'complete', pods }, progress };
  const failed = s.conditions?.find(c => c.type === 'Failed' && c.status === 'True');
  if (failed) {
    const pod = pods.find(p => p.status?.phase === 'Failed');
    return {
      fatal: {
        reason: failed.reason ?? 'Failed',
        pod: pod?.metadata?.name ?? '',
        text: `${failed.reason ?? 'Failed'} (${failed.message ?? 'the Job failed'})${pod ? `; pod ${pod.metadata?.name} exited ${pod.status?.containerStatuses?.[0]?.state?.terminated?.exitCode ?? '?'}` : ''}`
      },
      progress
    };
  }
  return { fatal: fatalPod(pods), progress };
}

/** The running pods' imageIDs against the images set: every container runs its digest, or the step says what runs. */
function verify(deps: RolloutDeps, t: Tracked, pods: V1Pod[]): void {
  const expected = (deps.expected ?? []).filter(
    e => e.kind === t.kind && e.name === t.name && (e.namespace ?? t.namespace) === t.namespace
  );
  for (const e of expected) {
    const digest = e.image.slice(e.image.indexOf('@') + 1);
    for (const pod of pods) {
      const status = pod.status?.containerStatuses?.find(c => c.name === e.container);
      const running = status?.imageID ?? '';
      if (!running.endsWith(`@${digest}`)) {
        throw new RolloutFailure(
          `${t.kind}/${t.name} in ${t.namespace}: pod ${pod.metadata?.name}, container ${e.container} runs ${running.replace(/^docker-pullable:\/\//, '') || status?.image || 'nothing'}, not the image deployed (${e.image})`,
          'the pod spec names the image, but what runs is another one: check for a mutating admission webhook or a policy rewriting images, and that the chart sets the digest',
          [pod.metadata?.name ?? '']
        );
      }
    }
  }
}

/**
 * Polls one workload until it is available (a Deployment's new ReplicaSet, a StatefulSet's update revision, a
 * DaemonSet's pods, a Job complete) and its pods run the digests deployed, a pod of it is in a back-off, the
 * progress deadline passes, the timeout runs out, or another rollout fails.
 */
async function waitFor(
  deps: RolloutDeps,
  t: Tracked,
  deadline: number,
  stop: { failed: boolean }
): Promise<string | undefined> {
  let delay = deps.pollMs ?? 2000;
  for (;;) {
    if (stop.failed) return undefined;
    const state = await look(deps, t);
    if (!state)
      throw new RolloutFailure(
        `${describe(t.manifest)} disappeared during the rollout`,
        'check who deleted it and deploy again'
      );
    t.result.replicas = state.progress;
    if (state.done) {
      verify(deps, t, state.done.pods);
      t.result.revision = state.done.revision;
      return state.done.revision;
    }
    if (state.fatal) {
      throw new RolloutFailure(
        `${describe(t.manifest)} in ${t.namespace}: ${state.fatal.text}`,
        hintFor(state.fatal.reason, t.namespace, state.fatal.pod),
        [state.fatal.pod]
      );
    }
    if (state.stalled) {
      throw new RolloutFailure(
        `${describe(t.manifest)} in ${t.namespace}: ${state.stalled}`,
        'describe the pods of its new ReplicaSet to see what keeps them from becoming ready',
        state.notReady ?? []
      );
    }
    if (deps.clock.now() + delay > deadline) {
      throw new RolloutFailure(
        `${describe(t.manifest)} in ${t.namespace}: not available within the timeout (${t.result.replicas})`,
        'check readiness probes and resources of the new pods, or raise the timeout input',
        state.notReady ?? []
      );
    }
    await deps.clock.sleep(delay);
    delay = Math.min(delay * 1.5, 5000);
  }
}

/** Waits for every tracked workload at once; the first failure stops the others. */
async function waitAll(
  deps: RolloutDeps,
  tracked: Tracked[]
): Promise<{ failure?: RolloutFailure; failedAt: number; failedPods: string[]; namespace?: string }> {
  const stop = { failed: false };
  let failure: RolloutFailure | undefined;
  let failedAt = 0;
  let namespace: string | undefined;
  await Promise.all(
    tracked.map(async t => {
      try {
        const revision = await waitFor(deps, t, deps.clock.now() + deps.timeoutMs, stop);
        if (revision === undefined) t.result.outcome = 'cancelled';
        else {
          t.result.outcome = t.result.revision === t.result.previousRevision ? 'unchanged' : 'deployed';
          deps.log(
            `${describe(t.manifest)} in ${t.namespace}: revision ${t.result.revision} available (${t.result.replicas})${deps.expected?.some(e => e.name === t.name && e.kind === t.kind) ? ', its pods run the digests deployed' : ''}`
          );
        }
      } catch (error) {
        if (!(error instanceof RolloutFailure)) throw error;
        stop.failed = true;
        if (!failure) namespace = t.namespace;
        failure ??= error;
        failedAt ||= deps.clock.now();
        t.result.outcome = 'failed';
        t.result.failure = error.message;
        deps.log(`Rollout failed: ${error.message}`);
      }
    })
  );
  return {
    failure,
    failedAt,
    failedPods: failure?.pods.filter(Boolean) ?? [],
    ...(namespace ? { namespace } : {})
  };
}

/**
 * The last log lines and the events of the pods that failed, read before anything is rolled back (which removes
 * them); what cannot be read is said so, never fails the step.
 */
export async function diagnose(
  deps: RolloutDeps,
  namespace: string,
  pods: string[]
): Promise<PodDiagnosis[]> {
  const found: PodDiagnosis[] = [];
  for (const name of pods.slice(0, 3)) {
    const pod = await readOrUndefined<V1Pod>(
      deps,
      { apiVersion: 'v1', kind: 'Pod', name, namespace },
      { maxAttempts: 2 }
    ).catch(() => undefined);
    const events = await kube(
      deps,
      `list events of pod ${name}`,
      () =>
        deps.api.list<
          KubernetesObject & { reason?: string; message?: string; type?: string; count?: number }
        >({
          apiVersion: 'v1',
          kind: 'Event',
          namespace,
          fieldSelector: `involvedObject.name=${name}`
        }),
      { maxAttempts: 2 }
    )
      .then(list =>
        list.items
          .slice(-10)
          .map(e => `${e.type} ${e.reason}: ${e.message}${(e.count ?? 1) > 1 ? ` (×${e.count})` : ''}`)
      )
      .catch((error: unknown) => [`events could not be read: ${errorMessage(error)}`]);
    for (const container of pod?.spec?.containers ?? []) {
      const status = pod?.status?.containerStatuses?.find(c => c.name === container.name);
      if (status?.ready) continue;
      const logs = await kube(
        deps,
        `read the log of pod ${name}`,
        () =>
          deps.api.log({
            namespace,
            name,
            container: container.name,
            tailLines: 20,
            previous: Boolean(status?.lastState?.terminated)
          }),
        { maxAttempts: 2 }
      )
        .then(text => text.split('\n').filter(Boolean))
        .catch((error: unknown) => [`the log could not be read: ${errorMessage(error)}`]);
      found.push({ pod: name, container: container.name, logs, events });
    }
  }
  return found;
}

/** A workload another tool wrote (Helm), and the revision that served it before ('' if none). */
export interface WatchTarget {
  namespace: string;
  name: string;
  previousRevision: string;
  /** Deployment when not said. */
  kind?: WorkloadKind;
}

const trackedOf = ({ namespace, name, previousRevision, kind = 'Deployment' }: WatchTarget): Tracked => ({
  manifest: { apiVersion: WORKLOAD_API[kind], kind, metadata: { name, namespace } },
  kind,
  namespace,
  name,
  result: { kind, namespace, name, revision: '', previousRevision, outcome: 'deployed', replicas: '' }
});

/**
 * Watches workloads another tool changed exactly as `deploy` watches the ones it applies: all at once, failing
 * fast on a pod back-off or the progress deadline, each checked to run the digests deployed. Nothing is rolled
 * back here; the failed pods' logs and events are read before the caller rolls anything back.
 */
export async function watchDeployments(
  targets: WatchTarget[],
  deps: RolloutDeps
): Promise<{
  deployments: DeploymentResult[];
  failure?: string;
  hint?: string;
  failedAt?: number;
  diagnoses?: PodDiagnosis[];
}> {
  const tracked = targets.map(trackedOf);
  const { failure, failedAt, failedPods, namespace } = await waitAll(deps, tracked);
  const diagnoses = failure && failedPods.length ? await diagnose(deps, namespace!, failedPods) : undefined;
  return {
    deployments: tracked.map(t => t.result),
    ...(failure ? { failure: failure.message, hint: failure.hint, failedAt } : {}),
    ...(diagnoses?.length ? { diagnoses } : {})
  };
}

/** An object as it was before the step wrote it, fit to be written back: server fields dropped. */
function restorable(live: KubernetesObject & Record<string, unknown>): KubernetesObject {
  const copy = structuredClone(live) as KubernetesObject & Record<string, unknown>;
  delete copy['status'];
  if (copy.metadata) {
    delete copy.metadata.managedFields;
    delete copy.metadata.resourceVersion;
    delete copy.metadata.generation;
    delete copy.metadata.creationTimestamp;
    if (copy.metadata.annotations) delete copy.metadata.annotations[REVISION];
  }
  return copy;
}

const where = (o: KubernetesObject) =>
  `${describe(o)}${o.metadata?.namespace ? ` (${o.metadata.namespace})` : ''}`;
const plural = (o: KubernetesObject) => `${String(o.kind).toLowerCase()}/${o.metadata?.name}`;

/** What completes the rollback of an object by hand, when the step's own restore failed too. */
function commandFor(record: { object: KubernetesObject; before?: KubernetesObject }): string {
  const ns = record.object.metadata?.namespace ? ` --namespace ${record.object.metadata.namespace}` : '';
  if (!record.before) return `kubectl delete ${plural(record.object)}${ns}`;
  const revision = record.before.metadata?.annotations?.[REVISION];
  if (record.object.kind === 'Deployment' && revision)
    return `kubectl rollout undo ${plural(record.object)}${ns} --to-revision=${revision}`;
  if (record.object.kind === 'StatefulSet' || record.object.kind === 'DaemonSet')
    return `kubectl rollout undo ${plural(record.object)}${ns}`;
  return `kubectl apply --server-side --force-conflicts --field-manager=${FIELD_MANAGER} -f <the manifest of ${describe(record.object)} as deployed before>${ns}`;
}

/**
 * Every object written by this step put back as it was (replaced with its previous content) or deleted when the
 * step created it, newest first; each that cannot be restored is left and named with the command that finishes
 * the job.
 */
async function restoreWrites(
  deps: RolloutDeps,
  written: { object: KubernetesObject; before?: KubernetesObject }[]
): Promise<WriteRecord[]> {
  const records: WriteRecord[] = [];
  for (const w of [...written].reverse()) {
    const record: WriteRecord = {
      object: where(w.object),
      was: w.before ? 'changed' : 'created',
      now: 'applied'
    };
    try {
      if (!w.before) {
        await kube(deps, `delete ${describe(w.object)}`, () => deps.api.delete(refOf(w.object)), {
          maxAttempts: 3
        });
        record.now = 'deleted';
      } else {
        const current = await kube(deps, `read ${describe(w.object)}`, () => deps.api.read(refOf(w.object)), {
          maxAttempts: 3
        });
        const back = restorable(w.before as KubernetesObject & Record<string, unknown>);
        back.metadata = { ...back.metadata, resourceVersion: current.metadata?.resourceVersion };
        await kube(deps, `restore ${describe(w.object)}`, () => deps.api.replace(back), { maxAttempts: 3 });
        record.now = 'restored';
      }
      deps.log(`${record.object}: ${record.now}`);
    } catch (error) {
      if (error instanceof RemoteError && error.status === 404 && !w.before) record.now = 'deleted';
      else {
        record.now = 'left';
        record.command = commandFor(w);
        record.error = errorMessage(error);
        deps.log(`${record.object}: could not be restored (${record.error}); ${record.command}`);
      }
    }
    records.unshift(record);
  }
  return records;
}

/** Manifests whose namespace or kind the same manifests create: a dry run cannot judge them before those exist. */
function dependsOnManifests(o: Manifest, objects: Manifest[], missingNamespaces: Set<string>): boolean {
  if (o.metadata?.namespace && missingNamespaces.has(o.metadata.namespace)) return true;
  return objects.some(
    crd =>
      crd.kind === 'CustomResourceDefinition' &&
      String((crd.spec as { group?: string } | undefined)?.group) === String(o.apiVersion).split('/')[0] &&
      (crd.spec as { names?: { kind?: string } } | undefined)?.names?.kind === o.kind
  );
}

/** The HorizontalPodAutoscalers' targets: their replicas are the autoscaler's, not the manifests'. */
async function autoscaled(
  deps: RolloutDeps,
  objects: Manifest[],
  namespaces: string[]
): Promise<Set<string>> {
  const targets = new Set<string>();
  const add = (
    hpa: KubernetesObject & { spec?: { scaleTargetRef?: { kind?: string; name?: string } } },
    ns: string
  ) => {
    const ref = hpa.spec?.scaleTargetRef;
    if (ref?.kind && ref.name) targets.add(`${ns}/${ref.kind}/${ref.name}`);
  };
  for (const o of objects) if (o.kind === 'HorizontalPodAutoscaler') add(o, o.metadata!.namespace!);
  for (const ns of namespaces) {
    const live = await kube(deps, `list HorizontalPodAutoscalers in ${ns}`, () =>
      deps.api.list({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', namespace: ns })
    ).catch(() => ({ items: [] as KubernetesObject[] }));
    for (const hpa of live.items) add(hpa, ns);
  }
  return targets;
}

/** The cluster's refusal of an object in the dry run, or of a write: the step's failure. */
export class RefusedObject extends Error {
  constructor(
    message: string,
    readonly hint: string
  ) {
    super(message);
  }
}

/**
 * Applies the manifests with server-side apply and waits for every workload at once. Before the first write, every
 * object goes through the server's dry run, so an object the cluster refuses leaves it untouched. After a write,
 * any failure (a refused write, the API server failing, a rollout that fails or runs another image) puts every
 * object written back as it was, or deletes it when the step created it, and says what was left where that failed.
 * The failed pods' logs and events are read before anything is put back.
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
  const namespaces = [
    ...new Set(objects.map(o => o.metadata?.namespace).filter((n): n is string => Boolean(n)))
  ];
  const before = new Map<Manifest, KubernetesObject | undefined>();
  const tracked: Tracked[] = await deps.phases.time('Read current revisions', async () => {
    // In the manifests' order, so that a refusal names the first object the identity may not read.
    for (const o of objects)
      before.set(
        o,
        await readOrUndefined(deps, refOf(o)).catch(error => {
          // A kind the cluster does not serve yet (its CRD comes with these manifests) has no live object.
          if (error instanceof RemoteError && error.status === 404) return undefined;
          throw error;
        })
      );
    return Promise.all(
      objects.filter(isWorkload).map(async manifest => {
        const kind = manifest.kind as WorkloadKind;
        const namespace = manifest.metadata!.namespace!;
        const name = manifest.metadata!.name!;
        const live = before.get(manifest);
        let previous: Tracked['previous'];
        let previousRevision = '';
        if (live && kind === 'Deployment') {
          const current = currentReplicaSet(
            live as V1Deployment,
            await replicaSets(deps, live as V1Deployment)
          );
          const hash = hashOf(current);
          if (current && hash) previous = { hash, template: deploymentTemplate(current) };
          previousRevision = hash ?? '';
        } else if (live && kind === 'StatefulSet')
          previousRevision = (live as V1StatefulSet).status?.currentRevision ?? '';
        else if (live && kind === 'DaemonSet')
          previousRevision = `generation ${live.metadata?.generation ?? 0}`;
        return {
          manifest,
          kind,
          namespace,
          name,
          previous,
          result: {
            ...(kind === 'Deployment' ? {} : { kind }),
            namespace,
            name,
            revision: '',
            previousRevision,
            outcome: 'deployed' as const,
            replicas: ''
          }
        };
      })
    );
  });
  // A Deployment an autoscaler scales keeps the replicas it has: applying the manifests' count would undo its work.
  const scaled = await autoscaled(deps, objects, namespaces);
  for (const o of objects) {
    if (
      scaled.has(`${o.metadata?.namespace}/${o.kind}/${o.metadata?.name}`) &&
      o.spec &&
      'replicas' in o.spec
    ) {
      delete o.spec['replicas'];
      deps.log(`${describe(o)}: replicas left to its HorizontalPodAutoscaler`);
    }
  }
  const ordered = [
    ...objects.filter(o => o.kind === 'Namespace'),
    ...objects.filter(o => o.kind === 'CustomResourceDefinition'),
    ...objects.filter(o => o.kind !== 'Namespace' && o.kind !== 'CustomResourceDefinition')
  ];
  const missingNamespaces = new Set(
    objects.filter(o => o.kind === 'Namespace' && !before.get(o)).map(o => o.metadata!.name!)
  );
  await deps.phases.time('Dry run', async () => {
    for (const object of ordered) {
      if (dependsOnManifests(object, objects, missingNamespaces)) continue;
      try {
        await kube(deps, `dry-run apply ${describe(object)}`, () =>
          deps.api.apply(object, { fieldManager: FIELD_MANAGER, force: true, dryRun: 'All' })
        );
      } catch (error) {
        if (!(error instanceof RemoteError) || error.transient) throw error;
        throw new RefusedObject(
          `the cluster refuses ${where(object)}: ${error.message.replace(/^dry-run apply [^:]+: /, '')}; nothing was applied (every object went through the server's dry run first)`,
          'fix the manifest and deploy again'
        );
      }
    }
  });
  const applied = ordered.map(where);
  const written: { object: KubernetesObject; before?: KubernetesObject }[] = [];
  /**
   * After a write: the failed pods' logs and events read, everything written put back, the restored workloads
   * watched until they serve again, and the failure said with what became of each object.
   */
  const undo = async (
    failure: { message: string; hint: string },
    rollout?: { failedPods: string[]; namespace?: string; failedAt?: number }
  ): Promise<RolloutResult> => {
    const failedAt = rollout?.failedAt || deps.clock.now();
    const diagnoses = rollout?.failedPods.length
      ? await diagnose(deps, rollout.namespace!, rollout.failedPods)
      : [];
    const servingNow = await servingState(deps, tracked);
    const writes = await deps.phases.time('Rollback', () => restoreWrites(deps, written));
    await deps.phases.time('Restored', () =>
      Promise.all(
        tracked.map(async t => {
          const record = writes.find(w => w.object === where(t.manifest));
          if (record?.now === 'deleted') {
            t.result.outcome = t.result.outcome === 'failed' ? 'failed' : 'removed';
            t.result.failure ??= 'a new workload: removed, nothing of it is left';
            t.result.revision = '';
            return;
          }
          if (record?.now !== 'restored') return;
          try {
            // What served before runs what it ran: the digests of this deploy are not expected of it.
            const revision = await waitFor({ ...deps, expected: [] }, t, deps.clock.now() + deps.timeoutMs, {
              failed: false
            });
            t.result.outcome = 'rolled-back';
            t.result.revision = revision ?? t.previous?.hash ?? '';
            t.result.restoredMs = deps.clock.now() - failedAt;
          } catch (error) {
            t.result.outcome = 'failed';
            t.result.failure = `rollback to ${t.previous?.hash ?? t.result.previousRevision} failed too: ${errorMessage(error)}`;
          }
        })
      )
    );
    return {
      applied,
      deployments: tracked.map(t => t.result),
      failure: failure.message,
      hint: failure.hint,
      writes,
      serving: servingNow,
      ...(diagnoses.length ? { diagnoses } : {})
    };
  };

  try {
    await deps.phases.time('Apply', async () => {
      for (const object of ordered) {
        const live = before.get(object);
        written.push({ object, ...(live ? { before: live } : {}) });
        await apply(deps, object);
        deps.log(
          `Applied ${describe(object)}${object.metadata?.namespace ? ` in ${object.metadata.namespace}` : ''} (server-side apply, field manager ${FIELD_MANAGER})`
        );
      }
    });
  } catch (error) {
    if (deps.rollback === false) throw error;
    return undo({
      message: failureOf(error),
      hint: 'see what was written and restored in the job summary, then deploy again'
    });
  }

  let waited: Awaited<ReturnType<typeof waitAll>>;
  try {
    waited = await deps.phases.time('Rollout', () => waitAll(deps, tracked));
  } catch (error) {
    if (deps.rollback === false) throw error;
    return undo({
      message: failureOf(error),
      hint: 'the Kubernetes API failed while the rollout was watched; see what was written and restored in the job summary, then deploy again'
    });
  }
  const { failure } = waited;
  if (!failure) return { applied, deployments: tracked.map(t => t.result) };
  if (deps.rollback === false) {
    const diagnoses = waited.failedPods.length
      ? await diagnose(deps, waited.namespace!, waited.failedPods)
      : [];
    return {
      applied,
      deployments: tracked.map(t => t.result),
      failure: failure.message,
      hint: failure.hint,
      ...(diagnoses.length ? { diagnoses } : {})
    };
  }
  return undo(failure, waited);
}

/** An error after a write, in the named form of a remote failure where retries gave up (call, service, attempts). */
const failureOf = (error: unknown) => remoteFailure(error)?.message ?? errorMessage(error);

/** Whether the new version of each workload serves after a failure: what the summary says before the restore. */
async function servingState(deps: RolloutDeps, tracked: Tracked[]): Promise<string> {
  const states: string[] = [];
  for (const t of tracked) {
    try {
      const state = await look({ ...deps, expected: [], attempts: 2 }, t);
      states.push(
        `${describe(t.manifest)}: ${state?.done ? `the new revision ${state.done.revision} serves (unverified)` : `the new revision does not serve (${state?.progress ?? 'gone'})`}`
      );
    } catch (error) {
      states.push(`${describe(t.manifest)}: unknown, the API server did not answer (${errorMessage(error)})`);
    }
  }
  return states.join('; ');
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
