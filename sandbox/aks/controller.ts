// What runs in the emulated cluster: the Deployment controller (a ReplicaSet per pod template, revisions, rollout,
// progress deadline), the ReplicaSet controller (pods), and the kubelet (pulls, crash and pull back-offs, the
// example service behind ready pods). It runs when a Deployment is written and when workloads are read, as a
// client polling the API would see the real controllers' work.
import { randomUUID } from 'node:crypto';
import type { ImageCatalog } from '../index.js';
import { containerEnv, PodProcesses } from './pods.js';
import {
  ownedBy,
  templateHash,
  workloads,
  type ClusterClock,
  type ImageBehaviour,
  type Obj
} from './model.js';
import type { ObjectStore } from './store.js';

const backOffReasons = { pull: 'ImagePullBackOff', crash: 'CrashLoopBackOff' } as const;

export interface ControllerOptions {
  /** Reads of a workload before a new ReplicaSet's pods settle; 0 settles them on the next read. */
  settleReads: number;
  /** Ready pods run the example service (one process per ReplicaSet). */
  runPods: boolean;
}

/** How a controller outside the emulator (Argo CD) brings the objects it keeps up to date. */
export type Refresh = (put: (object: Obj) => void) => Promise<void>;

export class ClusterController {
  readonly processes = new PodProcesses();
  private readonly behaviours = new Map<string, ImageBehaviour>();
  /** Deployment uid -> the template being rolled out and when (sandbox clock) its rollout started. */
  private readonly rolloutStarted = new Map<string, { hash: string; at: number }>();
  /** ReplicaSet uid -> reads left before its pods settle. */
  private readonly settling = new Map<string, number>();
  /** Image -> whether a pull finds it. */
  private readonly pullable = new Map<string, boolean>();
  /** Resources another controller keeps (see `keep`), and how to bring them up to date. */
  private readonly kept = new Map<string, Refresh>();

  constructor(
    private readonly store: ObjectStore,
    private readonly clock: ClusterClock,
    /** Where pulls look images up: the sandbox's registries. */
    private readonly images: () => ImageCatalog,
    private readonly options: ControllerOptions
  ) {}

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

  podsOf(rs: Obj): Obj[] {
    return this.store.list('pods', rs.metadata.namespace).filter(p => ownedBy(p, rs.metadata.uid));
  }

  /** The images the running pods of a Deployment run: what serves. */
  serving(namespace: string, deployment: string): string[] {
    const d = this.store.get('deployments', namespace, deployment);
    if (!d) return [];
    return this.replicaSetsOf(d)
      .flatMap(rs => this.podsOf(rs))
      .filter(p => p.status?.phase === 'Running')
      .flatMap(p => (p.spec.containers as Obj[]).map(c => String(c.image)));
  }

  /** The URL of the process behind a ReplicaSet's pods, while the ReplicaSet exists and its process runs. */
  async serviceUrl(replicaSetUid: string): Promise<string | undefined> {
    // A ReplicaSet deleted with its owner (DELETE, garbage collection) no longer serves.
    if (!this.store.all().some(o => o.__plural === 'replicasets' && o.metadata.uid === replicaSetUid)) {
      await this.processes.stop(replicaSetUid);
      return undefined;
    }
    return this.processes.url(replicaSetUid);
  }

  async reconcileNamespace(namespace: string | undefined, read: boolean): Promise<void> {
    for (const d of this.store.list('deployments', namespace)) await this.reconcile(d, read);
  }

  /** The Deployment controller's work for one Deployment: the ReplicaSet of its template, rollout, status. */
  async reconcile(deployment: Obj, read: boolean): Promise<void> {
    const now = () => this.clock.timestamp();
    const ns = deployment.metadata.namespace;
    const desired = deployment.spec.replicas ?? 1;
    const hash = templateHash(deployment.spec.template);
    const owned = this.replicaSetsOf(deployment);
    const revisionOf = (rs: Obj) =>
      Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
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
          annotations: { 'deployment.kubernetes.io/revision': String(maxRevision + 1) },
          creationTimestamp: now(),
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'Deployment',
              name: deployment.metadata.name,
              uid: deployment.metadata.uid,
              controller: true
            }
          ]
        },
        spec: {
          replicas: 0,
          selector: { matchLabels: { ...deployment.spec.selector?.matchLabels, 'pod-template-hash': hash } },
          template: {
            ...structuredClone(deployment.spec.template),
            metadata: { ...deployment.spec.template.metadata, labels }
          }
        },
        status: { replicas: 0 }
      };
      this.settling.set(current.metadata.uid, this.options.settleReads + 1);
      this.store.save('replicasets', current);
    } else if (revisionOf(current) < maxRevision) {
      // A rollback to an older template reuses its ReplicaSet under the next revision number, as Kubernetes does.
      current.metadata.annotations['deployment.kubernetes.io/revision'] = String(maxRevision + 1);
    }
    if (read) this.settling.set(current.metadata.uid, (this.settling.get(current.metadata.uid) ?? 0) - 1);
    if (current.spec.replicas !== desired) this.scale(current, desired);

    const observe = async (rs: Obj): Promise<number> => {
      let rsReady = 0;
      for (const pod of this.podsOf(rs)) {
        pod.status = await this.podStatus(rs, pod);
        if (pod.status.phase === 'Running') rsReady++;
      }
      rs.status = {
        replicas: this.podsOf(rs).length,
        readyReplicas: rsReady,
        availableReplicas: rsReady,
        observedGeneration: rs.metadata.generation
      };
      return rsReady;
    };
    const complete = (await observe(current)) === desired;
    for (const old of owned) {
      // maxUnavailable 0: the old ReplicaSets serve until the new one is fully available.
      if (old !== current && complete && old.spec.replicas !== 0) this.scale(old, 0);
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
      'deployment.kubernetes.io/revision': current.metadata.annotations['deployment.kubernetes.io/revision']
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

  async stopAll(): Promise<void> {
    await this.processes.stopAll();
  }

  /** The ReplicaSet controller: pods made or removed to match the replicas; none left, its process stops. */
  private scale(rs: Obj, replicas: number): void {
    // A ReplicaSet's spec changes with its replicas: its generation grows, as the API server counts it.
    if (rs.spec.replicas !== replicas) rs.metadata.generation = (rs.metadata.generation ?? 1) + 1;
    rs.spec.replicas = replicas;
    if (replicas === 0) void this.processes.stop(rs.metadata.uid);
    const pods = this.podsOf(rs);
    for (const extra of pods.slice(replicas)) this.store.delete(extra);
    for (let i = pods.length; i < replicas; i++) {
      const name = `${rs.metadata.name}-${randomUUID().slice(0, 5)}`;
      this.store.save('pods', {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name,
          namespace: rs.metadata.namespace,
          uid: randomUUID(),
          labels: { ...rs.spec.template.metadata?.labels },
          creationTimestamp: this.clock.timestamp(),
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'ReplicaSet',
              name: rs.metadata.name,
              uid: rs.metadata.uid,
              controller: true
            }
          ]
        },
        spec: structuredClone(rs.spec.template.spec),
        status: { phase: 'Pending' }
      });
    }
  }

  private async isPullable(image: string): Promise<boolean> {
    let known = this.pullable.get(image);
    if (known === undefined) {
      const found = await this.images().resolve(image);
      known = found !== undefined && found !== 'unknown-registry';
      this.pullable.set(image, known);
    }
    return known;
  }

  /** The kubelet: a pod's phase and container statuses from its images: settling, running, or in a back-off. */
  private async podStatus(rs: Obj, pod: Obj): Promise<Obj> {
    const now = () => this.clock.timestamp();
    const containers: Obj[] = rs.spec.template.spec.containers ?? [];
    const settled = (this.settling.get(rs.metadata.uid) ?? 0) <= 0;
    const statuses = await Promise.all(
      containers.map(async c => {
        const base = {
          name: c.name,
          image: c.image,
          imageID: '',
          restartCount: 0,
          started: false,
          ready: false
        };
        if (!settled) return { ...base, state: { waiting: { reason: 'ContainerCreating' } } };
        if (!(await this.isPullable(c.image))) {
          return {
            ...base,
            state: {
              waiting: {
                reason: backOffReasons.pull,
                message: `Back-off pulling image "${c.image}": not found in the registry (manifest unknown)`
              }
            }
          };
        }
        if (this.behaviours.get(c.image) === 'crash') {
          return {
            ...base,
            imageID: c.image,
            restartCount: 3,
            state: {
              waiting: {
                reason: backOffReasons.crash,
                message: `back-off 40s restarting failed container=${c.name} pod=${pod.metadata.name}`
              }
            },
            lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: now() } }
          };
        }
        // The first container is the service: its pods really serve, through one process per ReplicaSet.
        const failed =
          c === containers[0] && this.options.runPods
            ? await this.processes.ensure(rs.metadata.uid, containerEnv(c)).then(
                () => undefined,
                (error: Error) => error.message
              )
            : undefined;
        if (failed) {
          return {
            ...base,
            imageID: c.image,
            restartCount: 1,
            state: { waiting: { reason: backOffReasons.crash, message: `${failed}; restarting` } }
          };
        }
        return {
          ...base,
          imageID: c.image,
          started: true,
          ready: true,
          state: { running: { startedAt: now() } }
        };
      })
    );
    const ready = statuses.every(s => s.ready);
    return {
      phase: settled && ready ? 'Running' : 'Pending',
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: now() }],
      containerStatuses: statuses,
      startTime: pod.status?.startTime ?? now()
    };
  }
}
