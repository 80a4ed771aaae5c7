// The Events the controllers, the scheduler and the kubelet emit (core/v1, what `kubectl get events` and
// `kubectl describe` read): one per object, reason and message, its count and lastTimestamp raised when it
// happens again, as the event recorder's aggregation does.
import { randomBytes, randomUUID } from 'node:crypto';
import type { ClusterClock, Obj } from './model.js';
import type { ObjectStore } from './store.js';

export class EventRecorder {
  constructor(
    private readonly store: ObjectStore,
    private readonly clock: ClusterClock
  ) {}

  /** An event about `object` from `component` (deployment-controller, kubelet, ...). */
  record(object: Obj, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void {
    const namespace = object.metadata?.namespace ?? 'default';
    const now = this.clock.timestamp();
    const same = this.store
      .list('events', namespace)
      .find(
        e => e.involvedObject?.uid === object.metadata?.uid && e.reason === reason && e.message === message
      );
    if (same) {
      same.count = (same.count ?? 1) + 1;
      same.lastTimestamp = now;
      this.store.save('events', same);
      return;
    }
    this.store.save('events', {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name: `${object.metadata?.name}.${randomBytes(8).toString('hex')}`,
        namespace,
        uid: randomUUID(),
        creationTimestamp: now
      },
      involvedObject: {
        apiVersion: object.apiVersion,
        kind: object.kind,
        name: object.metadata?.name,
        namespace: object.metadata?.namespace,
        uid: object.metadata?.uid,
        resourceVersion: object.metadata?.resourceVersion
      },
      reason,
      message,
      source: { component, ...(component === 'kubelet' ? { host: NODE_NAME } : {}) },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: component,
      reportingInstance: component === 'kubelet' ? NODE_NAME : ''
    });
  }
}

/** The cluster's one node, as AKS names the nodes of a VM scale set. */
export const NODE_NAME = 'aks-nodepool1-31718369-vmss000000';
