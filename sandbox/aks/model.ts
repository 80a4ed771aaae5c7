// The Kubernetes resource model the emulated API server serves: the resource types, how objects name and own each
// other, and the clock their timestamps come from.
import { createHash } from 'node:crypto';

// Kubernetes objects are free-form JSON; the emulator reads the few fields it acts on.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Obj = Record<string, any>;

/** The Microsoft Entra server app of every AKS-managed Entra cluster: the audience of the tokens it takes. */
export const AKS_SERVER_APP = '6dae42f8-4368-4678-94ff-3960e28e3630';

/** How an image behaves once pulled: `crash` exits at once (CrashLoopBackOff). */
export type ImageBehaviour = 'crash';

export interface Subresource {
  name: string;
  group: string;
  version: string;
  kind: string;
  verbs: string[];
}

export interface ResourceType {
  /** '' for the core group. */
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  verbs: string[];
  subresources: Subresource[];
  shortNames?: string[];
  categories?: string[];
  /** A built-in kind's schema name in the catalog (`io.k8s.api.apps.v1.Deployment`). */
  schema?: string;
  /** Compiled into the API server (strategic merge patch, protobuf); false for custom resources. */
  builtIn: boolean;
  /** A custom resource's `additionalPrinterColumns`. */
  printerColumns?: Obj[];
  /** A custom resource's scale subresource: `specReplicasPath`, `statusReplicasPath`, `labelSelectorPath`. */
  scalePaths?: Obj;
}

export const groupVersion = (t: ResourceType) => (t.group ? `${t.group}/${t.version}` : t.version);
/** How errors name a resource: `deployments.apps`, a core resource by its plural alone. */
export const resourceName = (t: ResourceType) => (t.group ? `${t.plural}.${t.group}` : t.plural);
/** Kinds compiled into the API server take strategic merge patches; custom resources (HTTPRoute) do not. */
export const builtIn = (t: ResourceType) => t.builtIn;
/** The resources the controllers and the kubelet keep up to date on every read. */
export const workloads = [
  'deployments',
  'replicasets',
  'pods',
  'statefulsets',
  'daemonsets',
  'jobs',
  'controllerrevisions',
  'horizontalpodautoscalers',
  'events',
  'endpoints',
  'poddisruptionbudgets'
];

/** A short stable hash of a pod template, as the Deployment controller names ReplicaSets. */
export function templateHash(template: unknown): string {
  return createHash('sha256').update(canonical(template)).digest('hex').slice(0, 10);
}

/**
 * JSON with every object's keys sorted and zero values left out (null, {}, as Go's structs omit them): the same
 * template hashes the same whoever wrote it (kubectl copies a ReplicaSet's template with `creationTimestamp: null`).
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter(k => {
        const v = (value as Obj)[k];
        return v !== undefined && v !== null && canonical(v) !== '{}';
      })
      .sort()
      .map(k => `${JSON.stringify(k)}:${canonical((value as Obj)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** Whether an ownerReference of `o` names `ownerUid`: what the controllers and the garbage collector follow. */
export const ownedBy = (o: Obj, ownerUid: string): boolean =>
  (o.metadata.ownerReferences ?? []).some((r: Obj) => r.uid === ownerUid);

/** A pod that takes traffic: its Ready condition is True. */
export const podReady = (pod: Obj): boolean =>
  ((pod.status?.conditions ?? []) as Obj[]).some(c => c.type === 'Ready' && c.status === 'True');

/** The sandbox's clock, read when the cluster stamps objects and measures progress. */
export interface ClusterClock {
  /** Now as Kubernetes writes timestamps: RFC 3339 in whole seconds. */
  timestamp(): string;
  /** Now in epoch milliseconds. */
  millis(): number;
}
