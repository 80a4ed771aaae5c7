// The Argo CD model: Applications as the controller holds them, local accounts, the cluster Argo CD deploys to,
// and how Argo CD assesses a resource's health.

// Kubernetes and Argo CD objects are free-form JSON; the emulator reads the few fields it acts on.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Obj = Record<string, any>;

/** What Argo CD needs of the cluster it deploys to: server-side apply, and objects read as a watch would see them. */
export interface ArgoCluster {
  /** Server-side apply as `fieldManager` (with force); the API server's status and answer. */
  applyObject(object: Obj, fieldManager: string): Promise<{ status: number; body?: unknown }>;
  /** The live object after the controllers ran, or undefined. */
  observe(resource: string, namespace: string | undefined, name: string): Promise<Obj | undefined>;
  /** Optional: the cluster serves the Applications as objects too, refreshed from here before each read. */
  keep?(resource: string, refresh: (put: (object: Obj) => void) => Promise<void>): void;
  /** The objects of a resource in a namespace: what the resource tree's children (ReplicaSets, pods) come from. */
  list?(resource: string, namespace?: string): Obj[];
}

/** A local Argo CD account and what its API tokens may do (RBAC: these actions on every application). */
export interface ArgoAccount {
  name: string;
  actions: Array<'get' | 'sync'>;
}

/** Argo CD's order of health, best first: an application is as healthy as its worst resource. */
export const healthOrder = ['Healthy', 'Suspended', 'Progressing', 'Missing', 'Degraded', 'Unknown'];
export const FIELD_MANAGER = 'argocd-controller';
export const plurals: Record<string, string> = {
  Deployment: 'deployments',
  Service: 'services',
  ConfigMap: 'configmaps',
  Secret: 'secrets',
  Namespace: 'namespaces',
  HTTPRoute: 'httproutes'
};

export interface AppState {
  spec: Obj;
  metadata: Obj;
  operation?: Obj;
  operationState?: Obj;
  /** Object key -> the manifest Argo CD applied last. */
  applied: Map<string, string>;
  history: Obj[];
}

/** The Application's key of an object it renders: apiVersion, kind, namespace, name. */
export const keyOf = (o: Obj) =>
  `${o.apiVersion}/${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;

/** The repository's path of a repoURL such as https://github.com/<owner>/<name>.git, or undefined. */
export const repositoryOf = (repoURL: string) =>
  /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repoURL)?.[1];

/** The health Argo CD assesses for a Deployment (gitops-engine's health_deployment.go). */
export function deploymentHealth(d: Obj): { status: string; message?: string } {
  const s = d.status ?? {};
  if (d.spec?.paused) return { status: 'Suspended', message: 'Deployment is paused' };
  if ((d.metadata.generation ?? 0) > (s.observedGeneration ?? 0)) {
    return {
      status: 'Progressing',
      message: 'Waiting for rollout to finish: observed deployment generation less than desired generation'
    };
  }
  const progressing = (s.conditions ?? []).find((c: Obj) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded')
    return { status: 'Degraded', message: `Deployment "${d.metadata.name}" exceeded its progress deadline` };
  const replicas = d.spec?.replicas ?? 1;
  const updated = s.updatedReplicas ?? 0;
  if (updated < replicas) {
    return {
      status: 'Progressing',
      message: `Waiting for rollout to finish: ${updated} out of ${replicas} new replicas have been updated...`
    };
  }
  if ((s.replicas ?? 0) > updated) {
    return {
      status: 'Progressing',
      message: `Waiting for rollout to finish: ${s.replicas - updated} old replicas are pending termination...`
    };
  }
  if ((s.availableReplicas ?? 0) < updated) {
    return {
      status: 'Progressing',
      message: `Waiting for rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...`
    };
  }
  return { status: 'Healthy' };
}
