// AKS in the sandbox: ARM managedClusters (GET, listClusterUserCredential) and, for the world's cluster, an
// emulated Kubernetes API server with Entra authentication, server-side apply, and a Deployment controller that
// rolls out ReplicaSets and pods whose images are resolved through the sandbox's registries; a Gateway data plane
// routes through the HTTPRoutes to the pods' processes. The layers: model (resource types), store (objects and
// resourceVersions), controller (Deployments, ReplicaSets, pods), handlers (the verbs), api (paths and RBAC),
// auth (Entra tokens, Azure RBAC), errors (Status replies), arm (managedClusters), gateway (the data plane).
import type { Reply } from '../core.js';
import type { Sandbox, SandboxService } from '../index.js';
import { federatedIdentity } from '../runtime/identity.js';
import { startRuntime, type ContainerRuntime } from '../runtime/index.js';
import type { KubernetesCluster } from '../world.js';
import { apiServer } from './api.js';
import { managedClusterRoutes } from './arm.js';
import { ClusterAuth } from './auth.js';
import { ClusterController, type Refresh } from './controller.js';
import { status } from './errors.js';
import { gatewayHandler } from './gateway.js';
import { apply, type ApiState } from './handlers.js';
import { workloads, type ClusterClock, type ImageBehaviour, type Obj } from './model.js';
import { ServedResources } from './resources.js';
import { clean, ObjectStore } from './store.js';

export { AKS_SERVER_APP, type ImageBehaviour } from './model.js';

export interface AksOptions {
  /**
   * Reads of a workload before a new ReplicaSet's pods settle (Running and ready, or in a back-off).
   * 0 (the default) settles them on the next read, so no test waits.
   */
  settleReads?: number;
  /** Ready pods run the example service (one process per ReplicaSet) behind the gateway; default true. */
  runPods?: boolean;
  /**
   * What a pod runs: `images` (the default) pulls each container's image from the sandbox's registry (as the
   * cluster's kubelet identity) and runs it in the container runtime, one container per pod, with the pod's ports,
   * readinessProbe and restartPolicy. Images no registry process holds (digests a test declares in a catalog of its
   * own) and public images (a Helm test's busybox) keep the emulated process; `example-service` runs the example
   * service for every image (tests whose built images have no service inside).
   */
  run?: 'images' | 'example-service';
  /**
   * Static bearer tokens the API server also takes, each a user allowed everything (kube-apiserver's
   * --token-auth-file): the cluster as one outside Azure (kind, minikube) is reached with a kubeconfig.
   */
  tokens?: Record<string, string>;
}

export interface AksService extends SandboxService {
  /** `registry/repo@sha256:...`: pods running it crash at start. */
  markImage(image: string, behaviour: ImageBehaviour): void;
  /** The stored object, or undefined; `kind` is a plural resource name such as `deployments`. */
  object(resource: string, namespace: string | undefined, name: string): Obj | undefined;
  /** Objects of a resource in a namespace. */
  list(resource: string, namespace?: string): Obj[];
  /** The images the ready pods of a Deployment run: what serves. */
  serving(namespace: string, deployment: string): string[];
  /** The API server's URL (https://127.0.0.1:<port>). */
  readonly url: string;
  /**
   * The Gateway's data plane (https://127.0.0.1:<port>): routes by host through the HTTPRoutes; give the host in
   * X-Forwarded-Host on this URL, or reach `https://<route hostname>` through the sandbox proxy.
   */
  readonly gatewayUrl: string;
  /** Server-side apply from inside the sandbox (Argo CD's application controller), forced, as `fieldManager`. */
  applyObject(object: Obj, fieldManager: string): Promise<Reply>;
  /** The live object after the controller ran, as a watch would see it, or undefined. */
  observe(resource: string, namespace: string | undefined, name: string): Promise<Obj | undefined>;
  /**
   * A controller outside the emulator (Argo CD) keeps the objects of `resource`: `refresh` runs before each read of
   * them (get, list, every look of a watch) and writes them, status included, with `put`.
   */
  keep(resource: string, refresh: Refresh): void;
}

/** A CustomResourceDefinition as the cluster has it installed: Established, its schema open. */
function crd(
  group: string,
  version: string,
  kind: string,
  plural: string,
  columns: Obj[],
  shortNames?: string[]
): Obj {
  const names = {
    kind,
    listKind: `${kind}List`,
    plural,
    singular: kind.toLowerCase(),
    ...(shortNames ? { shortNames } : {})
  };
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${plural}.${group}`, generation: 1 },
    spec: {
      group,
      names,
      scope: 'Namespaced',
      versions: [
        {
          name: version,
          served: true,
          storage: true,
          schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
          subresources: { status: {} },
          additionalPrinterColumns: [
            ...columns,
            { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' }
          ]
        }
      ]
    },
    status: {
      acceptedNames: names,
      storedVersions: [version],
      conditions: [
        { type: 'NamesAccepted', status: 'True', reason: 'NoConflicts', message: 'no conflicts found' },
        {
          type: 'Established',
          status: 'True',
          reason: 'InitialNamesAccepted',
          message: 'the initial names have been accepted'
        }
      ]
    }
  };
}
const installedCrds = [
  crd('gateway.networking.k8s.io', 'v1', 'HTTPRoute', 'httproutes', [
    { name: 'Hostnames', type: 'string', jsonPath: '.spec.hostnames' }
  ]),
  crd(
    'argoproj.io',
    'v1alpha1',
    'Application',
    'applications',
    [
      { name: 'Sync Status', type: 'string', jsonPath: '.status.sync.status' },
      { name: 'Health Status', type: 'string', jsonPath: '.status.health.status' }
    ],
    ['app', 'apps']
  )
];

/** The AKS emulator; pass it to `startSandbox({ services: [aksService()] })`. */
export function aksService(options: AksOptions = {}): AksService {
  let sandbox: Sandbox | undefined;
  let apiUrl = '';
  let gatewayUrl = '';
  const clock: ClusterClock = {
    timestamp: () =>
      sandbox!.clock
        .now()
        .toISOString()
        .replace(/\.\d+Z$/, 'Z'),
    millis: () => sandbox!.clock.now().getTime()
  };
  const store = new ObjectStore(clock);
  // One runtime for the cluster's node, made when a pod first runs an image, stopped with the sandbox.
  let runtime: Promise<ContainerRuntime> | undefined;
  const controller = new ClusterController(store, clock, () => sandbox!.images, {
    settleReads: options.settleReads ?? 0,
    runPods: options.runPods ?? true,
    run: options.run ?? 'images',
    containerRuntime: () =>
      (runtime ??= (() => {
        const s = sandbox!;
        const clientId = s.world.kubernetesClusters?.[0]?.kubeletIdentity;
        const tenantId = s.world.tenants[0]?.id ?? '';
        return startRuntime({
          sandbox: s,
          ...(clientId ? { pullCredential: federatedIdentity(s, { clientId, tenantId }) } : {})
        });
      })())
  });
  const resources = new ServedResources();
  const api: ApiState = {
    store,
    controller,
    clock,
    resources,
    afterWrite: async (type, object) => {
      if (type.plural === 'customresourcedefinitions')
        resources.refresh(store.list('customresourcedefinitions'));
      if (workloads.includes(type.plural) && type.plural !== 'events')
        await controller.reconcileNamespace(object.metadata?.namespace, false);
    }
  };

  return {
    name: 'aks',
    get url() {
      return apiUrl;
    },
    get gatewayUrl() {
      return gatewayUrl;
    },
    markImage: (image, behaviour) => controller.markImage(image, behaviour),
    object: (resource, namespace, name) => {
      const found = store.get(resource, namespace, name);
      return found && clean(found);
    },
    list: (resource, namespace) => store.list(resource, namespace).map(clean),
    applyObject: (object, fieldManager) => {
      const type = resources.byKind(String(object.apiVersion), String(object.kind));
      const name = String(object.metadata?.name ?? '');
      if (!type)
        return Promise.resolve(
          status(
            404,
            'NotFound',
            `the server could not find the requested resource (${object.apiVersion} ${object.kind})`
          )
        );
      const url = new URL(`${apiUrl}/?fieldManager=${encodeURIComponent(fieldManager)}&force=true`);
      const headers = { 'content-type': 'application/apply-patch+yaml' };
      const namespace = type.namespaced ? String(object.metadata?.namespace ?? 'default') : undefined;
      return apply(
        api,
        { type, namespace, name },
        { method: 'PATCH', url, headers, body: JSON.stringify(object), host: url.host }
      );
    },
    keep: (resource, refresh) => controller.keep(resource, refresh),
    observe: async (resource, namespace, name) => {
      if (workloads.includes(resource)) await controller.reconcileNamespace(namespace, true);
      const found = store.get(resource, namespace, name);
      return found && clean(found);
    },
    serving: (namespace, deployment) => controller.serving(namespace, deployment),
    async start(s) {
      sandbox = s;
      // One emulated API server: the first cluster of the world (the slice's one cluster).
      const cluster: KubernetesCluster | undefined = s.world.kubernetesClusters?.[0];
      if (!cluster) return;
      for (const ns of ['default', 'kube-system']) store.ensureNamespace(ns);
      // The cluster comes with the Gateway API's HTTPRoute and Argo CD's Application installed, as CRDs.
      for (const crd of installedCrds) store.put('customresourcedefinitions', crd);
      resources.refresh(store.list('customresourcedefinitions'));
      const auth = new ClusterAuth(s, cluster, options.tokens);
      apiUrl = await s.serve('kubernetes', apiServer(api, auth, cluster.kubernetesVersion ?? '1.32.7'), {
        clientCertificates: true
      });
      managedClusterRoutes(s, apiUrl);
      gatewayUrl = await s.serve(
        'gateway',
        gatewayHandler({
          list: (plural, namespace) => store.list(plural, namespace),
          target: pod => controller.target(pod)
        }),
        { hosts: (cluster.gatewayDomains ?? []).map(domain => `*.${domain}`) }
      );
      return async () => {
        await controller.stopAll();
        if (runtime) await (await runtime).stop();
      };
    }
  };
}
