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

export interface ResourceType {
  /** '' for the core group. */
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
  verbs: string[];
}

const rw = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];
export const types: ResourceType[] = [
  { group: '', version: 'v1', kind: 'Namespace', plural: 'namespaces', namespaced: false, verbs: rw },
  { group: '', version: 'v1', kind: 'Service', plural: 'services', namespaced: true, verbs: rw },
  { group: '', version: 'v1', kind: 'ConfigMap', plural: 'configmaps', namespaced: true, verbs: rw },
  { group: '', version: 'v1', kind: 'Secret', plural: 'secrets', namespaced: true, verbs: rw },
  {
    group: '',
    version: 'v1',
    kind: 'Pod',
    plural: 'pods',
    namespaced: true,
    verbs: ['get', 'list', 'watch']
  },
  { group: 'apps', version: 'v1', kind: 'Deployment', plural: 'deployments', namespaced: true, verbs: rw },
  {
    group: 'apps',
    version: 'v1',
    kind: 'ReplicaSet',
    plural: 'replicasets',
    namespaced: true,
    verbs: ['get', 'list', 'watch']
  },
  {
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    kind: 'HTTPRoute',
    plural: 'httproutes',
    namespaced: true,
    verbs: rw
  },
  // Argo CD's Applications, kept by the sandbox's Argo CD (sandbox/argocd): read here, changed through its API.
  {
    group: 'argoproj.io',
    version: 'v1alpha1',
    kind: 'Application',
    plural: 'applications',
    namespaced: true,
    verbs: ['get', 'list', 'watch']
  }
];
export const shortNames: Record<string, string[]> = {
  namespaces: ['ns'],
  services: ['svc'],
  configmaps: ['cm'],
  pods: ['po'],
  deployments: ['deploy'],
  replicasets: ['rs']
};
export const groupVersion = (t: ResourceType) => (t.group ? `${t.group}/${t.version}` : t.version);
/** How errors name a resource: `deployments.apps`, a core resource by its plural alone. */
export const resourceName = (t: ResourceType) => (t.group ? `${t.plural}.${t.group}` : t.plural);
/** Kinds compiled into the API server take strategic merge patches; custom resources (HTTPRoute) do not. */
export const builtIn = (t: ResourceType) => t.group === '' || t.group === 'apps';
/** The resources the Deployment controller and the kubelet keep up to date on every read. */
export const workloads = ['deployments', 'replicasets', 'pods'];

/** A short stable hash of a pod template, as the Deployment controller names ReplicaSets. */
export function templateHash(template: unknown): string {
  return createHash('sha256').update(JSON.stringify(template)).digest('hex').slice(0, 10);
}

/** Whether an ownerReference of `o` names `ownerUid`: what the controllers and the garbage collector follow. */
export const ownedBy = (o: Obj, ownerUid: string): boolean =>
  (o.metadata.ownerReferences ?? []).some((r: Obj) => r.uid === ownerUid);

/** The sandbox's clock, read when the cluster stamps objects and measures progress. */
export interface ClusterClock {
  /** Now as Kubernetes writes timestamps: RFC 3339 in whole seconds. */
  timestamp(): string;
  /** Now in epoch milliseconds. */
  millis(): number;
}
