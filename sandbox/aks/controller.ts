// What runs in the emulated cluster: the controllers of kube-controller-manager for the workloads (Deployment →
// ReplicaSet → pods; StatefulSet, DaemonSet, Job; the HorizontalPodAutoscaler), the scheduler's one node, and
// the kubelet (pulls, crash and pull back-offs, containers that run to completion, what serves behind ready
// pods, through runtime.ts), each emitting the Events the real ones do. It runs when a workload is written and
// when workloads are read, as a client polling the API would see the real controllers' work.
import { createHash, randomUUID } from 'node:crypto';
import type { ForwardTarget } from '../forward.js';
import type { ImageCatalog } from '../index.js';
import { podContainerStart, podContainerStatus } from '../runtime/adapters.js';
import { ImagePullError, type Container, type ContainerRuntime } from '../runtime/index.js';
import { EventRecorder, NODE_NAME } from './events.js';
import {
  ownedBy,
  podReady,
  templateHash,
  workloads,
  type ClusterClock,
  type ImageBehaviour,
  type Obj
} from './model.js';
import { PodRuntime, type ContainerRun } from './runtime.js';
import type { ObjectStore } from './store.js';

const REVISION = 'deployment.kubernetes.io/revision';

export interface ControllerOptions {
  /** Reads of a workload before a new pod settles; 0 settles it on the next read. */
  settleReads: number;
  /** Ready pods run the example service (one process per pod group). */
  runPods: boolean;
  /**
   * `images`: each pod's containers whose images a sandbox registry holds run from the image in the container
   * runtime, one container per pod; `example-service` (the default): the example service per pod group.
   */
  run: 'images' | 'example-service';
  /** The cluster's container runtime, made at its first use (its pulls sign in as the kubelet identity). */
  containerRuntime: () => Promise<ContainerRuntime>;
}

/** How long a spec's second lasts here: probe periods and back-offs run twenty times faster than a kubelet's. */
const secondMs = 50;

/** How a controller outside the emulator (Argo CD) brings the objects it keeps up to date. */
export type Refresh = (put: (object: Obj) => void) => Promise<void>;

const controllerRef = (owner: Obj) => ({
  apiVersion: owner.apiVersion,
  kind: owner.kind,
  name: owner.metadata.name,
  uid: owner.metadata.uid,
  controller: true,
  blockOwnerDeletion: true
});
const ownerUid = (pod: Obj) =>
  String((pod.metadata.ownerReferences ?? []).find((r: Obj) => r.controller)?.uid ?? pod.metadata.uid);
const short = () => randomUUID().replace(/-/g, '').slice(0, 5);
const restartPolicyOf = (pod: Obj) => pod.spec?.restartPolicy ?? 'Always';

export class ClusterController {
  readonly runtime: PodRuntime;
  readonly events: EventRecorder;
  private readonly behaviours = new Map<string, ImageBehaviour>();
  /** Deployment uid -> the template being rolled out and when (sandbox clock) its rollout started. */
  private readonly rolloutStarted = new Map<string, { hash: string; at: number }>();
  /** Pod uid -> reads left before it settles. */
  private readonly settling = new Map<string, number>();
  /** Image -> the digest a pull resolves it to, or false when no registry has it. */
  private readonly pulled = new Map<string, string | false>();
  /** Resources another controller keeps (see `keep`), and how to bring them up to date. */
  private readonly kept = new Map<string, Refresh>();
  /** Pod uid + reason: the kubelet's events already sent for a pod. */
  private readonly told = new Set<string>();
  /** Digests a registry process holds (not declared, not public), which `run: 'images'` runs for real. */
  private readonly inRegistry = new Set<string>();
  /** `<pod uid>/<container>` → the container the runtime runs for it, or why it could not start. */
  private readonly containers = new Map<string, { started: Promise<Container | Error>; events: number }>();

  constructor(
    private readonly store: ObjectStore,
    private readonly clock: ClusterClock,
    /** Where pulls look images up: the sandbox's registries. */
    private readonly images: () => ImageCatalog,
    private readonly options: ControllerOptions
  ) {
    this.events = new EventRecorder(store, clock);
    this.runtime = new PodRuntime(async (namespace, host, port) => {
      const [name, ns = namespace] = host.split('.');
      const service = this.store.get('services', ns, name ?? '');
      if (!service || !(service.spec?.ports ?? []).some((p: Obj) => p.port === port)) return { ok: false };
      const selector = service.spec?.selector ?? {};
      const ready = this.store
        .list('pods', ns)
        .some(p => podReady(p) && Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v));
      return { ok: ready, address: service.spec?.clusterIP };
    });
  }

  markImage(image: string, behaviour: ImageBehaviour): void {
    this.behaviours.set(image, behaviour);
  }

  keep(resource: string, refresh: Refresh): void {
    this.kept.set(resource, refresh);
  }

  /** Before a read of `plural` (get, list, each look of a watch): workloads reconciled, kept objects refreshed. */
  async beforeRead(plural: string, namespace: string | undefined): Promise<void> {
    if (workloads.includes(plural)) await this.reconcileNamespace(namespace, true);
    await this.kept.get(plural)?.(object => this.store.put(plural, object));
  }

  /** An object is gone: its pods no longer settle. */
  forget(uid: string): void {
    this.settling.delete(uid);
  }

  replicaSetsOf(deployment: Obj): Obj[] {
    return this.store
      .list('replicasets', deployment.metadata.namespace)
      .filter(rs => ownedBy(rs, deployment.metadata.uid));
  }

  podsOf(owner: Obj): Obj[] {
    return this.store.list('pods', owner.metadata.namespace).filter(p => ownedBy(p, owner.metadata.uid));
  }

  /** The images the running pods of a Deployment run: what serves. */
  serving(namespace: string, deployment: string): string[] {
    const d = this.store.get('deployments', namespace, deployment);
    if (!d) return [];
    return this.replicaSetsOf(d)
      .flatMap(rs => this.podsOf(rs))
      .filter(podReady)
      .flatMap(p => (p.spec.containers as Obj[]).map(c => String(c.image)));
  }

  /** Where a ready pod is reached: its first container's socket in the runtime, or its group's process. */
  async target(pod: Obj): Promise<ForwardTarget | undefined> {
    const entry = this.containers.get(`${pod.metadata.uid}/${pod.spec?.containers?.[0]?.name}`);
    if (entry) {
      const container = await entry.started;
      return container instanceof Error
        ? undefined
        : { socketPath: container.socketPath, port: container.port };
    }
    return this.serviceUrl(String(pod.metadata.ownerReferences?.[0]?.uid ?? ''));
  }

  /** The URL of the process behind a pod group (a ReplicaSet's, StatefulSet's or DaemonSet's pods), while it serves. */
  async serviceUrl(groupUid: string): Promise<string | undefined> {
    // A group whose owner was deleted (DELETE, garbage collection) or scaled to 0 no longer serves.
    if (!this.store.all().some(o => o.__plural === 'pods' && ownerUid(o) === groupUid)) {
      await this.runtime.stop(groupUid);
      return undefined;
    }
    return this.runtime.url(groupUid);
  }

  /** A container's log, as `pods/log` serves it: with `previous`, the run before the current one. */
  async logs(pod: Obj, container: string, previous = false): Promise<string[] | undefined> {
    const entry = this.containers.get(`${pod.metadata.uid}/${container}`);
    if (entry) {
      const started = await entry.started;
      return started instanceof Error ? undefined : started.logs(undefined, { previous }).map(l => l.text);
    }
    return this.runtime.logs(this.runKey(pod), container);
  }

  /** Stops the containers of pods that are gone (deleted, scaled down, garbage collected). */
  private async reap(): Promise<void> {
    const pods = new Set(this.store.list('pods').map(p => String(p.metadata.uid)));
    const stopping: Promise<void>[] = [];
    for (const [key, entry] of this.containers) {
      if (pods.has(key.split('/')[0]!)) continue;
      this.containers.delete(key);
      stopping.push(entry.started.then(c => (c instanceof Error ? undefined : c.stop())));
    }
    await Promise.all(stopping);
  }

  /** Every controller over one namespace (or all), then the kubelet over its pods. */
  async reconcileNamespace(namespace: string | undefined, read: boolean): Promise<void> {
    if (this.containers.size > 0) await this.reap();
    for (const hpa of this.store.list('horizontalpodautoscalers', namespace)) this.autoscale(hpa);
    for (const d of this.store.list('deployments', namespace)) await this.reconcile(d, read);
    for (const s of this.store.list('statefulsets', namespace)) await this.statefulSet(s, read);
    for (const ds of this.store.list('daemonsets', namespace)) await this.daemonSet(ds, read);
    for (const job of this.store.list('jobs', namespace)) await this.job(job, read);
    // Pods of nothing (a Helm test, a kubectl run): the kubelet alone.
    for (const pod of this.store
      .list('pods', namespace)
      .filter(p => !(p.metadata.ownerReferences ?? []).length))
      await this.kubelet(pod, read);
  }

  /** The Deployment controller's work for one Deployment: the ReplicaSet of its template, rollout, status. */
  async reconcile(deployment: Obj, read: boolean): Promise<void> {
    const now = () => this.clock.timestamp();
    const ns = deployment.metadata.namespace;
    const desired = deployment.spec.replicas ?? 1;
    const hash = templateHash(deployment.spec.template);
    const owned = this.replicaSetsOf(deployment);
    const revisionOf = (rs: Obj) => Number(rs.metadata.annotations?.[REVISION] ?? 0);
    let current = owned.find(rs => rs.metadata.labels?.['pod-template-hash'] === hash);
    const maxRevision = Math.max(0, ...owned.map(revisionOf));
    if (!current) {
      const labels = { ...deployment.spec.template.metadata?.labels, 'pod-template-hash': hash };
      current = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: `${deployment.metadata.name}-${hash}`,
          namespace: ns,
          uid: randomUUID(),
          generation: 1,
          labels,
          annotations: {
            [REVISION]: String(maxRevision + 1),
            'deployment.kubernetes.io/desired-replicas': String(desired),
            'deployment.kubernetes.io/max-replicas': String(desired + 1)
          },
          creationTimestamp: now(),
          ownerReferences: [controllerRef(deployment)]
        },
        spec: {
          replicas: 0,
          selector: {
            matchLabels: { ...deployment.spec.selector?.matchLabels, 'pod-template-hash': hash }
          },
          template: {
            ...structuredClone(deployment.spec.template),
            metadata: { ...deployment.spec.template.metadata, labels }
          }
        },
        status: { replicas: 0 }
      };
      this.store.save('replicasets', current);
    } else if (revisionOf(current) < maxRevision) {
      // A rollback to an older template reuses its ReplicaSet under the next revision number, as Kubernetes does.
      current.metadata.annotations[REVISION] = String(maxRevision + 1);
    }
    if (current.spec.replicas !== desired) {
      this.events.record(
        deployment,
        'Normal',
        'ScalingReplicaSet',
        `Scaled ${desired > current.spec.replicas ? 'up' : 'down'} replica set ${current.metadata.name} from ${current.spec.replicas} to ${desired}`,
        'deployment-controller'
      );
      this.scale(current, desired);
    }

    const observe = async (rs: Obj): Promise<number> => {
      let rsReady = 0;
      for (const pod of this.podsOf(rs)) {
        await this.kubelet(pod, read);
        if (pod.status?.phase === 'Running' && pod.status.containerStatuses?.every((c: Obj) => c.ready))
          rsReady++;
      }
      rs.status = {
        replicas: this.podsOf(rs).length,
        fullyLabeledReplicas: this.podsOf(rs).length,
        readyReplicas: rsReady,
        availableReplicas: rsReady,
        observedGeneration: rs.metadata.generation
      };
      return rsReady;
    };
    const complete = (await observe(current)) === desired;
    for (const old of owned) {
      // maxUnavailable 0: the old ReplicaSets serve until the new one is fully available.
      if (old !== current && complete && old.spec.replicas !== 0) {
        this.events.record(
          deployment,
          'Normal',
          'ScalingReplicaSet',
          `Scaled down replica set ${old.metadata.name} from ${old.spec.replicas} to 0`,
          'deployment-controller'
        );
        this.scale(old, 0);
      }
      if (old !== current) await observe(old);
    }
    const all = this.replicaSetsOf(deployment);
    const available = all.reduce((n, rs) => n + (rs.status.availableReplicas ?? 0), 0);
    const total = all.reduce((n, rs) => n + this.podsOf(rs).length, 0);
    // Progress counts from the template's first reconcile: past progressDeadlineSeconds (sandbox clock) without the
    // new ReplicaSet available, the Deployment reports ProgressDeadlineExceeded, as the Deployment controller does.
    if (this.rolloutStarted.get(deployment.metadata.uid)?.hash !== hash)
      this.rolloutStarted.set(deployment.metadata.uid, { hash, at: this.clock.millis() });
    const stalled =
      !complete &&
      this.clock.millis() - this.rolloutStarted.get(deployment.metadata.uid)!.at >
        (deployment.spec.progressDeadlineSeconds ?? 600) * 1000;
    const progressing = stalled
      ? {
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: `ReplicaSet "${current.metadata.name}" has timed out progressing.`
        }
      : complete
        ? {
            reason: 'NewReplicaSetAvailable',
            message: `ReplicaSet "${current.metadata.name}" has successfully progressed.`
          }
        : { reason: 'ReplicaSetUpdated', message: `ReplicaSet "${current.metadata.name}" is progressing.` };
    deployment.metadata.annotations = {
      ...deployment.metadata.annotations,
      [REVISION]: current.metadata.annotations[REVISION]
    };
    deployment.status = {
      observedGeneration: deployment.metadata.generation,
      replicas: total,
      updatedReplicas: this.podsOf(current).length,
      readyReplicas: available,
      availableReplicas: available,
      ...(total - available > 0 ? { unavailableReplicas: total - available } : {}),
      conditions: [
        {
          type: 'Available',
          status: available >= desired ? 'True' : 'False',
          reason: available >= desired ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
          message:
            available >= desired
              ? 'Deployment has minimum availability.'
              : 'Deployment does not have minimum availability.',
          lastUpdateTime: now(),
          lastTransitionTime: now()
        },
        {
          type: 'Progressing',
          status: 'True',
          ...progressing,
          lastUpdateTime: now(),
          lastTransitionTime: now()
        }
      ]
    };
  }

  /** The HorizontalPodAutoscaler controller: its target kept within minReplicas and maxReplicas (no metrics server). */
  private autoscale(hpa: Obj): void {
    const ref = hpa.spec?.scaleTargetRef ?? {};
    const plural = { Deployment: 'deployments', StatefulSet: 'statefulsets', ReplicaSet: 'replicasets' }[
      String(ref.kind)
    ];
    const target = plural && this.store.get(plural, hpa.metadata.namespace, String(ref.name));
    const min = hpa.spec?.minReplicas ?? 1;
    const max = hpa.spec?.maxReplicas ?? min;
    const now = this.clock.timestamp();
    if (!target) {
      hpa.status = {
        currentReplicas: 0,
        desiredReplicas: 0,
        conditions: [
          {
            type: 'AbleToScale',
            status: 'False',
            reason: 'FailedGetScale',
            message: `the HPA controller was unable to get the target's current scale: ${plural ?? String(ref.kind).toLowerCase()} "${ref.name}" not found`,
            lastTransitionTime: now
          }
        ]
      };
      return;
    }
    const current = target.spec.replicas ?? 1;
    const desired = Math.min(max, Math.max(min, current));
    if (desired !== current) {
      target.spec.replicas = desired;
      target.metadata.generation = (target.metadata.generation ?? 1) + 1;
      this.store.save(plural!, target);
      this.events.record(
        hpa,
        'Normal',
        'SuccessfulRescale',
        `New size: ${desired}; reason: Current number of replicas ${desired > current ? 'below Spec.MinReplicas' : 'above Spec.MaxReplicas'}`,
        'horizontal-pod-autoscaler'
      );
    }
    hpa.status = {
      currentReplicas: target.status?.replicas ?? current,
      desiredReplicas: desired,
      ...(desired !== current || !hpa.status?.lastScaleTime
        ? { lastScaleTime: now }
        : { lastScaleTime: hpa.status.lastScaleTime }),
      currentMetrics: null,
      conditions: [
        {
          type: 'AbleToScale',
          status: 'True',
          reason: 'SucceededGetScale',
          message: "the HPA controller was able to get the target's current scale",
          lastTransitionTime: now
        },
        {
          type: 'ScalingActive',
          status: 'False',
          reason: 'FailedGetResourceMetric',
          message:
            'the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API',
          lastTransitionTime: now
        }
      ]
    };
  }

  /** The StatefulSet controller: pods `<name>-<ordinal>`, made in order, updated from the highest ordinal down. */
  private async statefulSet(set: Obj, read: boolean): Promise<void> {
    const desired = set.spec.replicas ?? 1;
    const revisionHash = `${set.metadata.name}-${templateHash(set.spec.template)}`;
    const revisions = this.store
      .list('controllerrevisions', set.metadata.namespace)
      .filter(r => ownedBy(r, set.metadata.uid));
    if (!revisions.some(r => r.metadata.name === revisionHash)) {
      this.store.save('controllerrevisions', {
        apiVersion: 'apps/v1',
        kind: 'ControllerRevision',
        metadata: {
          name: revisionHash,
          namespace: set.metadata.namespace,
          uid: randomUUID(),
          labels: {
            ...set.spec.template.metadata?.labels,
            'controller.kubernetes.io/hash': revisionHash.split('-').pop()
          },
          creationTimestamp: this.clock.timestamp(),
          ownerReferences: [controllerRef(set)]
        },
        data: { spec: { template: structuredClone(set.spec.template) } },
        revision: Math.max(0, ...revisions.map(r => r.revision ?? 0)) + 1
      });
    }
    const parallel = set.spec.podManagementPolicy === 'Parallel';
    const pods = () => this.podsOf(set);
    for (const pod of pods()) {
      const ordinal = Number(pod.metadata.name.slice(set.metadata.name.length + 1));
      if (ordinal >= desired) {
        this.store.delete(pod);
        this.events.record(
          set,
          'Normal',
          'SuccessfulDelete',
          `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`,
          'statefulset-controller'
        );
      }
    }
    for (let i = 0; i < desired; i++) {
      const name = `${set.metadata.name}-${i}`;
      if (pods().some(p => p.metadata.name === name)) continue;
      const earlier = pods().filter(p => Number(p.metadata.name.slice(set.metadata.name.length + 1)) < i);
      if (!parallel && earlier.some(p => p.status?.phase !== 'Running')) break;
      this.createPod(set, name, set.spec.template, {
        'controller-revision-hash': revisionHash,
        'statefulset.kubernetes.io/pod-name': name,
        'apps.kubernetes.io/pod-index': String(i)
      });
      this.events.record(
        set,
        'Normal',
        'SuccessfulCreate',
        `create Pod ${name} in StatefulSet ${set.metadata.name} successful`,
        'statefulset-controller'
      );
      if (!parallel) break;
    }
    for (const pod of pods()) await this.kubelet(pod, read);
    // Rolling update: the highest-ordinal pod of an older revision goes once every pod runs; the next look makes it anew.
    const outdated = pods()
      .filter(p => p.metadata.labels?.['controller-revision-hash'] !== revisionHash)
      .sort((a, b) => b.metadata.name.localeCompare(a.metadata.name, undefined, { numeric: true }));
    if (
      outdated[0] &&
      pods().every(p => p.status?.phase === 'Running') &&
      set.spec.updateStrategy?.type !== 'OnDelete'
    ) {
      this.store.delete(outdated[0]);
      this.events.record(
        set,
        'Normal',
        'SuccessfulDelete',
        `delete Pod ${outdated[0].metadata.name} in StatefulSet ${set.metadata.name} successful`,
        'statefulset-controller'
      );
    }
    const now = pods();
    const ready = now.filter(p => p.status?.phase === 'Running').length;
    const updated = now.filter(p => p.metadata.labels?.['controller-revision-hash'] === revisionHash).length;
    const oldRevision = set.status?.currentRevision ?? revisionHash;
    set.status = {
      observedGeneration: set.metadata.generation,
      replicas: now.length,
      readyReplicas: ready,
      availableReplicas: ready,
      currentReplicas: updated === desired && ready === desired ? desired : now.length - updated,
      updatedReplicas: updated,
      currentRevision: updated === desired && ready === desired ? revisionHash : oldRevision,
      updateRevision: revisionHash,
      collisionCount: 0
    };
  }

  /** The DaemonSet controller: one pod on the cluster's one node, replaced when the template changes. */
  private async daemonSet(set: Obj, read: boolean): Promise<void> {
    const hash = templateHash(set.spec.template);
    for (const pod of this.podsOf(set)) {
      if (pod.metadata.labels?.['controller-revision-hash'] !== hash) {
        this.store.delete(pod);
        this.events.record(
          set,
          'Normal',
          'SuccessfulDelete',
          `Deleted pod: ${pod.metadata.name}`,
          'daemonset-controller'
        );
      }
    }
    if (!this.podsOf(set).length) {
      const name = `${set.metadata.name}-${short()}`;
      this.createPod(set, name, set.spec.template, {
        'controller-revision-hash': hash,
        'pod-template-generation': String(set.metadata.generation ?? 1)
      });
      this.events.record(set, 'Normal', 'SuccessfulCreate', `Created pod: ${name}`, 'daemonset-controller');
    }
    for (const pod of this.podsOf(set)) await this.kubelet(pod, read);
    const pods = this.podsOf(set);
    const ready = pods.filter(p => p.status?.phase === 'Running').length;
    set.status = {
      observedGeneration: set.metadata.generation,
      desiredNumberScheduled: 1,
      currentNumberScheduled: pods.length,
      numberMisscheduled: 0,
      numberReady: ready,
      updatedNumberScheduled: pods.filter(p => p.metadata.labels?.['controller-revision-hash'] === hash)
        .length,
      numberAvailable: ready,
      ...(ready < 1 ? { numberUnavailable: 1 } : {})
    };
  }

  /** The Job controller: pods until `completions` succeed, or more than `backoffLimit` fail. */
  private async job(job: Obj, read: boolean): Promise<void> {
    const completions = job.spec.completions ?? 1;
    const parallelism = job.spec.parallelism ?? 1;
    const backoffLimit = job.spec.backoffLimit ?? 6;
    const now = this.clock.timestamp();
    const done = (job.status?.conditions ?? []).some(
      (c: Obj) => ['Complete', 'Failed'].includes(c.type) && c.status === 'True'
    );
    for (const pod of this.podsOf(job)) await this.kubelet(pod, read);
    const pods = this.podsOf(job);
    const succeeded = pods.filter(p => p.status?.phase === 'Succeeded').length;
    const failed = pods.filter(p => p.status?.phase === 'Failed').length;
    const active = pods.filter(p => !['Succeeded', 'Failed'].includes(p.status?.phase)).length;
    const status: Obj = {
      startTime: job.status?.startTime ?? now,
      ...(active ? { active } : {}),
      ...(succeeded ? { succeeded } : {}),
      ...(failed ? { failed } : {}),
      ready: pods.filter(p => p.status?.phase === 'Running').length,
      terminating: 0,
      uncountedTerminatedPods: {},
      conditions: job.status?.conditions ?? []
    };
    if (!done && succeeded >= completions) {
      status.completionTime = now;
      status.conditions = [
        { type: 'SuccessCriteriaMet', status: 'True', lastProbeTime: now, lastTransitionTime: now },
        { type: 'Complete', status: 'True', lastProbeTime: now, lastTransitionTime: now }
      ];
      this.events.record(job, 'Normal', 'Completed', 'Job completed', 'job-controller');
    } else if (!done && failed > backoffLimit) {
      status.conditions = [
        {
          type: 'FailureTarget',
          status: 'True',
          reason: 'BackoffLimitExceeded',
          message: 'Job has reached the specified backoff limit',
          lastProbeTime: now,
          lastTransitionTime: now
        },
        {
          type: 'Failed',
          status: 'True',
          reason: 'BackoffLimitExceeded',
          message: 'Job has reached the specified backoff limit',
          lastProbeTime: now,
          lastTransitionTime: now
        }
      ];
      this.events.record(
        job,
        'Warning',
        'BackoffLimitExceeded',
        'Job has reached the specified backoff limit',
        'job-controller'
      );
    } else if (!done && !job.spec.suspend) {
      for (let i = active; i < Math.min(parallelism, completions - succeeded); i++) {
        const name = `${job.metadata.name}-${short()}`;
        this.createPod(job, name, job.spec.template, {
          'batch.kubernetes.io/controller-uid': job.metadata.uid,
          'batch.kubernetes.io/job-name': job.metadata.name,
          'controller-uid': job.metadata.uid,
          'job-name': job.metadata.name
        });
        this.events.record(job, 'Normal', 'SuccessfulCreate', `Created pod: ${name}`, 'job-controller');
      }
      if (active || pods.length < completions) status.active = Math.max(active, 1);
    }
    job.status = status;
  }

  async stopAll(): Promise<void> {
    const containers = [...this.containers.values()];
    this.containers.clear();
    await Promise.all([
      this.runtime.stopAll(),
      ...containers.map(e => e.started.then(c => (c instanceof Error ? undefined : c.stop())))
    ]);
  }

  /** The ReplicaSet controller: pods made or removed to match the replicas; none left, its process stops. */
  private scale(rs: Obj, replicas: number): void {
    // A ReplicaSet's spec changes with its replicas: its generation grows, as the API server counts it.
    if (rs.spec.replicas !== replicas) rs.metadata.generation = (rs.metadata.generation ?? 1) + 1;
    rs.spec.replicas = replicas;
    rs.metadata.annotations = {
      ...rs.metadata.annotations,
      'deployment.kubernetes.io/desired-replicas': String(replicas)
    };
    if (replicas === 0) void this.runtime.stop(rs.metadata.uid);
    const pods = this.podsOf(rs);
    for (const extra of pods.slice(replicas)) {
      this.store.delete(extra);
      this.events.record(
        rs,
        'Normal',
        'SuccessfulDelete',
        `Deleted pod: ${extra.metadata.name}`,
        'replicaset-controller'
      );
    }
    for (let i = pods.length; i < replicas; i++) {
      const name = `${rs.metadata.name}-${short()}`;
      this.createPod(rs, name, rs.spec.template, {});
      this.events.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${name}`, 'replicaset-controller');
    }
  }

  /** A pod of a controller, as the API server defaults it; scheduled on the node at once. */
  private createPod(owner: Obj, name: string, template: Obj, labels: Record<string, string>): void {
    const pod: Obj = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        ...(owner.kind === 'StatefulSet' ? {} : { generateName: `${owner.metadata.name}-` }),
        namespace: owner.metadata.namespace,
        uid: randomUUID(),
        labels: { ...template.metadata?.labels, ...labels },
        ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
        creationTimestamp: this.clock.timestamp(),
        ownerReferences: [controllerRef(owner)]
      },
      spec: { ...defaultPodSpec(structuredClone(template.spec)), nodeName: NODE_NAME },
      status: { phase: 'Pending', qosClass: 'Burstable' }
    };
    this.store.save('pods', pod);
  }

  /** Which process a pod's containers share: its controller's (one process per pod group), or its own. */
  private runKey(pod: Obj): string {
    const owner = (pod.metadata.ownerReferences ?? []).find((r: Obj) => r.controller);
    return owner && owner.kind !== 'Job' ? String(owner.uid) : String(pod.metadata.uid);
  }

  /** The digest `image` is pulled as (`<registry>/<repository>@sha256:...`), or false when no registry has it. */
  private async pull(image: string): Promise<string | false> {
    let known = this.pulled.get(image);
    if (known === undefined) {
      // `repo:tag@sha256:...` is pulled by its digest alone, as the container runtime does.
      const at = image.indexOf('@');
      const name = at > 0 ? image.slice(0, at) : image;
      const repository = name.replace(/:[\w.-]+$/, '');
      const byDigest = at > 0 ? `${repository}${image.slice(at)}` : image;
      const found = await this.images().resolve(byDigest);
      if (found === 'unknown-registry') {
        // A public image (docker.io, mcr.microsoft.com, ...): a real node pulls it from the internet; its digest is
        // made up here, but stable.
        const registry =
          repository.includes('/') && /[.:]/.test(repository.split('/')[0]!)
            ? ''
            : repository.includes('/')
              ? 'docker.io/'
              : 'docker.io/library/';
        known =
          at > 0
            ? `${registry}${repository}${image.slice(at)}`
            : `${registry}${repository}@sha256:${createHash('sha256').update(image).digest('hex')}`;
      } else {
        known = found ? `${repository}@${found.digest}` : false;
        if (known && found?.pullable) this.inRegistry.add(known);
      }
      this.pulled.set(image, known);
    }
    return known;
  }

  /**
   * A pod's container run from its image (pulled by `digest`) in the runtime, started at the kubelet's first look:
   * its containerStatus read from the container as it is now, the kubelet's events for it recorded as they come.
   */
  private async runContainer(pod: Obj, c: Obj, digest: string): Promise<Obj> {
    const key = `${pod.metadata.uid}/${c.name}`;
    let entry = this.containers.get(key);
    if (!entry) {
      const options = podContainerStart(
        { ...(c as { name: string }), image: digest },
        { name: String(pod.metadata.name), restartPolicy: restartPolicyOf(pod) },
        { secondMs }
      );
      entry = {
        started: this.options
          .containerRuntime()
          .then(runtime => runtime.start(options))
          .catch((error: Error) => error),
        events: 0
      };
      this.containers.set(key, entry);
    }
    const started = await entry.started;
    const base = { name: c.name, image: c.image, imageID: '', restartCount: 0, started: false, ready: false };
    if (started instanceof Error) {
      const pull = started instanceof ImagePullError;
      if (entry.events === 0) {
        entry.events = 1;
        if (pull) this.tell(pod, 'Normal', 'Pulling', `Pulling image "${c.image}"`);
        this.tell(pod, 'Warning', 'Failed', started.message);
      }
      return {
        ...base,
        state: {
          waiting: pull
            ? {
                reason: 'ImagePullBackOff',
                message: `Back-off pulling image "${c.image}": ${started.message}`
              }
            : { reason: 'CreateContainerError', message: started.message }
        }
      };
    }
    const events = started.events();
    for (const event of events.slice(entry.events)) {
      const warning = ['Unhealthy', 'BackOff', 'Failed'].includes(event.reason);
      this.events.record(pod, warning ? 'Warning' : 'Normal', event.reason, event.message, 'kubelet');
    }
    entry.events = events.length;
    return { ...podContainerStatus(started), image: c.image };
  }

  /** Emits the kubelet's event for a pod once (per reason and message). */
  private tell(
    pod: Obj,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    component = 'kubelet'
  ): void {
    const key = `${pod.metadata.uid}/${reason}/${message}`;
    if (this.told.has(key)) {
      if (type === 'Warning') this.events.record(pod, type, reason, message, component);
      return;
    }
    this.told.add(key);
    this.events.record(pod, type, reason, message, component);
  }

  /** The kubelet over one pod: its phase and container statuses from its images and what they run. */
  private async kubelet(pod: Obj, read: boolean): Promise<void> {
    const uid = pod.metadata.uid as string;
    if (!this.settling.has(uid)) {
      this.settling.set(uid, this.options.settleReads + 1);
      this.tell(
        pod,
        'Normal',
        'Scheduled',
        `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${NODE_NAME}`,
        'default-scheduler'
      );
    }
    if (read) this.settling.set(uid, this.settling.get(uid)! - 1);
    if (['Succeeded', 'Failed'].includes(pod.status?.phase)) return;
    pod.spec.nodeName ??= NODE_NAME;
    const now = () => this.clock.timestamp();
    const containers: Obj[] = pod.spec?.containers ?? [];
    const settled = this.settling.get(uid)! <= 0;
    const completes = restartPolicyOf(pod) !== 'Always';
    const key = this.runKey(pod);
    const statuses = await Promise.all(
      containers.map(async (c, index) => {
        const base = {
          name: c.name,
          image: c.image,
          imageID: '',
          restartCount: 0,
          started: false,
          ready: false
        };
        if (!settled) return { ...base, state: { waiting: { reason: 'ContainerCreating' } } };
        const digest = await this.pull(String(c.image));
        if (!digest) {
          this.tell(pod, 'Normal', 'Pulling', `Pulling image "${c.image}"`);
          this.tell(
            pod,
            'Warning',
            'Failed',
            `Failed to pull image "${c.image}": rpc error: code = NotFound desc = failed to pull and unpack image "${c.image}": failed to resolve reference "${c.image}": ${c.image}: not found`
          );
          this.tell(pod, 'Warning', 'BackOff', `Back-off pulling image "${c.image}"`);
          return {
            ...base,
            state: {
              waiting: {
                reason: 'ImagePullBackOff',
                message: `Back-off pulling image "${c.image}": not found in the registry (manifest unknown)`
              }
            }
          };
        }
        if (this.options.run === 'images' && this.inRegistry.has(digest)) {
          return this.runContainer(pod, c, digest);
        }
        this.tell(
          pod,
          'Normal',
          'Pulled',
          `Successfully pulled image "${c.image}" in 1.204s (1.204s including waiting). Image size: 48219373 bytes.`
        );
        const run: ContainerRun = await this.runtime
          .run(key, pod, c, {
            serves: !completes,
            crash: this.behaviours.get(String(c.image)) === 'crash',
            process: this.options.runPods && index === 0
          })
          .catch((error: Error) => ({
            state: 'exited' as const,
            exitCode: 1,
            reason: 'Error' as const,
            message: error.message
          }));
        this.tell(pod, 'Normal', 'Created', `Created container: ${c.name}`);
        this.tell(pod, 'Normal', 'Started', `Started container ${c.name}`);
        if (run.state === 'running')
          return {
            ...base,
            imageID: digest,
            started: true,
            ready: true,
            state: { running: { startedAt: now() } }
          };
        if (completes)
          return {
            ...base,
            imageID: digest,
            state: {
              terminated: { exitCode: run.exitCode, reason: run.reason, startedAt: now(), finishedAt: now() }
            }
          };
        this.tell(
          pod,
          'Warning',
          'BackOff',
          `Back-off restarting failed container ${c.name} in pod ${pod.metadata.name}_${pod.metadata.namespace}(${uid})`
        );
        return {
          ...base,
          imageID: digest,
          restartCount: 3,
          state: {
            waiting: {
              reason: 'CrashLoopBackOff',
              message: `back-off 40s restarting failed container=${c.name} pod=${pod.metadata.name}_${pod.metadata.namespace}(${uid})`
            }
          },
          lastState: { terminated: { exitCode: run.exitCode, reason: 'Error', finishedAt: now() } }
        };
      })
    );
    const ready = statuses.every(s => s.ready);
    const terminated = statuses.every(s => 'terminated' in s.state);
    const phase = !settled
      ? 'Pending'
      : completes && terminated
        ? statuses.every(s => (s.state as Obj).terminated.exitCode === 0)
          ? 'Succeeded'
          : 'Failed'
        : ready
          ? 'Running'
          : statuses.some(s => s.imageID) && !completes
            ? 'Running'
            : 'Pending';
    pod.status = {
      phase: phase === 'Running' && !ready ? 'Running' : phase,
      conditions: [
        { type: 'PodReadyToStartContainers', status: settled ? 'True' : 'False', lastTransitionTime: now() },
        { type: 'Initialized', status: 'True', lastTransitionTime: now() },
        { type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: now() },
        { type: 'ContainersReady', status: ready ? 'True' : 'False', lastTransitionTime: now() },
        { type: 'PodScheduled', status: 'True', lastTransitionTime: now() }
      ],
      hostIP: '10.224.0.4',
      podIP: `10.244.0.${(parseInt(uid.slice(0, 2), 16) % 250) + 2}`,
      containerStatuses: statuses,
      qosClass: pod.status?.qosClass ?? 'Burstable',
      startTime: pod.status?.startTime ?? now()
    };
  }
}

/** What the API server defaults in a pod spec. */
export function defaultPodSpec(spec: Obj): Obj {
  return {
    restartPolicy: 'Always',
    terminationGracePeriodSeconds: 30,
    dnsPolicy: 'ClusterFirst',
    securityContext: {},
    schedulerName: 'default-scheduler',
    ...spec,
    containers: ((spec.containers ?? []) as Obj[]).map(c => ({
      terminationMessagePath: '/dev/termination-log',
      terminationMessagePolicy: 'File',
      imagePullPolicy: /:latest$|^[^:@]+$/.test(String(c.image)) ? 'Always' : 'IfNotPresent',
      resources: {},
      ...c
    }))
  };
}
