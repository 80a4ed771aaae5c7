import { createHash, randomUUID } from 'node:crypto';
import { compactVerify, createLocalJWKSet, type JSONWebKeySet, type JWTPayload } from 'jose';
import { parse as parseYaml, stringify } from 'yaml';
import { resourceNotFound, type Sandbox, type SandboxService } from '../index.js';
import type { Reply, Request } from '../core.js';
import type { KubernetesCluster } from '../world.js';
import { getJson } from '../https-json.js';
import { jsonPatch } from './json-patch.js';
import { matchesFieldSelector, watchReply } from './watch.js';
import { gatewayHandler } from './gateway.js';
import { containerEnv, PodProcesses } from './pods.js';
import { mergePatch } from '../json.js';
import { strategicMergePatch } from './patch.js';
import { openApiV3 } from './openapi.js';
import { PROTOBUF, decodeProtobuf } from './protobuf.js';
import { parseSelector } from './selector.js';

/** The Microsoft Entra server app of every AKS-managed Entra cluster: the audience of the tokens it takes. */
export const AKS_SERVER_APP = '6dae42f8-4368-4678-94ff-3960e28e3630';

/** How an image behaves once pulled: `crash` exits at once (CrashLoopBackOff). */
export type ImageBehaviour = 'crash';

export interface AksOptions {
  /**
   * Reads of a workload before a new ReplicaSet's pods settle (Running and ready, or in a back-off).
   * 0 (the default) settles them on the next read, so no test waits.
   */
  settleReads?: number;
  /** Ready pods run the example service (one process per ReplicaSet) behind the gateway; default true. */
  runPods?: boolean;
}

// Kubernetes objects are free-form JSON; the emulator reads the few fields it acts on.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

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
  keep(resource: string, refresh: (put: (object: Obj) => void) => Promise<void>): void;
}

interface ResourceType {
  /** '' for the core group. */
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
  verbs: string[];
}

const rw = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];
const types: ResourceType[] = [
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
const shortNames: Record<string, string[]> = {
  namespaces: ['ns'],
  services: ['svc'],
  configmaps: ['cm'],
  pods: ['po'],
  deployments: ['deploy'],
  replicasets: ['rs']
};
const groupVersion = (t: ResourceType) => (t.group ? `${t.group}/${t.version}` : t.version);
const backOffReasons = { pull: 'ImagePullBackOff', crash: 'CrashLoopBackOff' } as const;

/** Kubernetes' `Status` object, as every API error is sent. */
function status(code: number, reason: string, message: string, details?: Obj): Reply {
  return {
    status: code,
    body: {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      ...(details ? { details } : {}),
      code
    }
  };
}

/** A short stable hash of a pod template, as the Deployment controller names ReplicaSets. */
function templateHash(template: unknown): string {
  return createHash('sha256').update(JSON.stringify(template)).digest('hex').slice(0, 10);
}

/**
 * AKS: ARM `managedClusters` (GET, listClusterUserCredential) and, per cluster, an emulated Kubernetes API server
 * with Entra authentication, server-side apply, and a Deployment controller that rolls out ReplicaSets and pods
 * whose images are resolved through the sandbox's registries.
 */
export function aks(options: AksOptions = {}): AksService {
  const settleReads = options.settleReads ?? 0;
  const runPods = options.runPods ?? true;
  const processes = new PodProcesses();
  let gatewayUrl = '';
  const store = new Map<string, Obj>();
  const behaviours = new Map<string, ImageBehaviour>();
  /** Deployment uid -> the template being rolled out and when (sandbox clock) its rollout started. */
  const rolloutStarted = new Map<string, { hash: string; at: number }>();
  /** ReplicaSet uid -> reads left before its pods settle. */
  const settling = new Map<string, number>();
  /** Image -> whether a pull finds it. */
  const pullable = new Map<string, boolean>();
  let sandbox: Sandbox;
  let cluster: KubernetesCluster;
  let apiUrl = '';
  let jwks: ReturnType<typeof createLocalJWKSet> | undefined;
  let resourceVersion = 1000;
  /** Resources another controller keeps (see `keep`), and how to bring them up to date. */
  const kept = new Map<string, (put: (object: Obj) => void) => Promise<void>>();
  /** Stores an object as its controller wrote it: server fields kept, status included; its namespace made. */
  const put = (plural: string, object: Obj) => {
    const namespace = object.metadata?.namespace;
    if (namespace && !store.has(key('namespaces', undefined, namespace))) {
      save('namespaces', {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: namespace, uid: randomUUID(), creationTimestamp: now() },
        status: { phase: 'Active' }
      });
    }
    const existing = store.get(key(plural, namespace, object.metadata.name));
    save(plural, {
      ...structuredClone(object),
      metadata: {
        ...object.metadata,
        uid: existing?.metadata.uid ?? object.metadata.uid ?? randomUUID(),
        creationTimestamp: existing?.metadata.creationTimestamp ?? object.metadata.creationTimestamp ?? now()
      }
    });
  };

  const key = (plural: string, namespace: string | undefined, name: string) =>
    `${plural}/${namespace ?? ''}/${name}`;
  const listOf = (plural: string, namespace?: string) =>
    [...store.values()].filter(
      o => o.__plural === plural && (namespace === undefined || o.metadata.namespace === namespace)
    );
  const now = () =>
    sandbox.clock
      .now()
      .toISOString()
      .replace(/\.\d+Z$/, 'Z');
  const clean = (o: Obj): Obj => {
    const copy = structuredClone(o);
    delete copy.__plural;
    return copy;
  };
  const save = (plural: string, o: Obj) => {
    o.__plural = plural;
    o.metadata.resourceVersion = String(++resourceVersion);
    store.set(key(plural, o.metadata.namespace, o.metadata.name), o);
  };

  async function isPullable(image: string): Promise<boolean> {
    let known = pullable.get(image);
    if (known === undefined) {
      const found = await sandbox.images.resolve(image);
      known = found !== undefined && found !== 'unknown-registry';
      pullable.set(image, known);
    }
    return known;
  }

  function replicaSetsOf(deployment: Obj): Obj[] {
    return listOf('replicasets', deployment.metadata.namespace).filter(rs =>
      (rs.metadata.ownerReferences ?? []).some((r: Obj) => r.uid === deployment.metadata.uid)
    );
  }

  function podsOf(rs: Obj): Obj[] {
    return listOf('pods', rs.metadata.namespace).filter(p =>
      (p.metadata.ownerReferences ?? []).some((r: Obj) => r.uid === rs.metadata.uid)
    );
  }

  /** A pod's phase and container statuses from its images: settling, running, or in a back-off. */
  async function podStatus(rs: Obj, pod: Obj): Promise<Obj> {
    const containers: Obj[] = rs.spec.template.spec.containers ?? [];
    const settled = (settling.get(rs.metadata.uid) ?? 0) <= 0;
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
        if (!(await isPullable(c.image))) {
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
        if (behaviours.get(c.image) === 'crash') {
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
          c === containers[0] && runPods
            ? await processes.ensure(rs.metadata.uid, containerEnv(c)).then(
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

  function scale(rs: Obj, replicas: number): void {
    // A ReplicaSet's spec changes with its replicas: its generation grows, as the API server counts it.
    if (rs.spec.replicas !== replicas) rs.metadata.generation = (rs.metadata.generation ?? 1) + 1;
    rs.spec.replicas = replicas;
    if (replicas === 0) void processes.stop(rs.metadata.uid);
    const pods = podsOf(rs);
    for (const extra of pods.slice(replicas))
      store.delete(key('pods', extra.metadata.namespace, extra.metadata.name));
    for (let i = pods.length; i < replicas; i++) {
      const name = `${rs.metadata.name}-${randomUUID().slice(0, 5)}`;
      save('pods', {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name,
          namespace: rs.metadata.namespace,
          uid: randomUUID(),
          labels: { ...rs.spec.template.metadata?.labels },
          creationTimestamp: now(),
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

  /** The Deployment controller's work for one Deployment: the ReplicaSet of its template, rollout, status. */
  async function reconcile(deployment: Obj, read: boolean): Promise<void> {
    const ns = deployment.metadata.namespace;
    const desired = deployment.spec.replicas ?? 1;
    const hash = templateHash(deployment.spec.template);
    const owned = replicaSetsOf(deployment);
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
      settling.set(current.metadata.uid, settleReads + 1);
      save('replicasets', current);
    } else if (revisionOf(current) < maxRevision) {
      // A rollback to an older template reuses its ReplicaSet under the next revision number, as Kubernetes does.
      current.metadata.annotations['deployment.kubernetes.io/revision'] = String(maxRevision + 1);
    }
    if (read) settling.set(current.metadata.uid, (settling.get(current.metadata.uid) ?? 0) - 1);
    if (current.spec.replicas !== desired) scale(current, desired);

    const observe = async (rs: Obj): Promise<number> => {
      let rsReady = 0;
      for (const pod of podsOf(rs)) {
        pod.status = await podStatus(rs, pod);
        if (pod.status.phase === 'Running') rsReady++;
      }
      rs.status = {
        replicas: podsOf(rs).length,
        readyReplicas: rsReady,
        availableReplicas: rsReady,
        observedGeneration: rs.metadata.generation
      };
      return rsReady;
    };
    const complete = (await observe(current)) === desired;
    for (const old of owned) {
      // maxUnavailable 0: the old ReplicaSets serve until the new one is fully available.
      if (old !== current && complete && old.spec.replicas !== 0) scale(old, 0);
      if (old !== current) await observe(old);
    }
    const all = replicaSetsOf(deployment);
    const available = all.reduce((n, rs) => n + (rs.status.availableReplicas ?? 0), 0);
    const total = all.reduce((n, rs) => n + podsOf(rs).length, 0);
    // Progress counts from the template's first reconcile: past progressDeadlineSeconds (sandbox clock) without the
    // new ReplicaSet available, the Deployment reports ProgressDeadlineExceeded, as the Deployment controller does.
    if (rolloutStarted.get(deployment.metadata.uid)?.hash !== hash)
      rolloutStarted.set(deployment.metadata.uid, { hash, at: sandbox.clock.now().getTime() });
    const stalled =
      !complete &&
      sandbox.clock.now().getTime() - rolloutStarted.get(deployment.metadata.uid)!.at >
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
      updatedReplicas: podsOf(current).length,
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

  async function reconcileNamespace(namespace: string | undefined, read: boolean): Promise<void> {
    for (const d of listOf('deployments', namespace)) await reconcile(d, read);
  }

  /** Kinds compiled into the API server take strategic merge patches; custom resources (HTTPRoute) do not. */
  const builtIn = (type: ResourceType) => type.group === '' || type.group === 'apps';
  const resourceName = (type: ResourceType) => (type.group ? `${type.plural}.${type.group}` : type.plural);
  const notFound = (type: ResourceType, name: string) =>
    status(404, 'NotFound', `${resourceName(type)} "${name}" not found`, {
      name,
      group: type.group,
      kind: type.plural
    });

  /**
   * What every write (apply, create, update, patch) shares: the fields the server owns (uid, creationTimestamp,
   * resourceVersion, managedFields, status), defaults, `generation` grown when the spec changes, and the
   * Deployment controller run on the new object. With `dryRun`, nothing is stored.
   */
  async function persist(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    body: Obj,
    existing: Obj | undefined,
    manager: { name: string; operation: 'Apply' | 'Update' },
    dryRun: boolean
  ): Promise<Obj> {
    const apiVersion = groupVersion(type);
    const spec = body.spec === undefined ? undefined : structuredClone(body.spec);
    if (type.kind === 'Deployment' && spec) {
      spec.replicas ??= 1;
      spec.strategy ??= { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '25%' } };
      spec.revisionHistoryLimit ??= 10;
      spec.progressDeadlineSeconds ??= 600;
    }
    if (type.kind === 'Service' && spec) {
      spec.type ??= 'ClusterIP';
      spec.clusterIP ??=
        existing?.spec?.clusterIP ?? `10.0.${resourceVersion % 250}.${(resourceVersion >> 3) % 250}`;
    }
    const changed = !existing || JSON.stringify(existing.spec) !== JSON.stringify(spec);
    const data =
      type.kind === 'Secret' && body.stringData
        ? {
            ...body.data,
            ...Object.fromEntries(
              Object.entries(body.stringData as Record<string, string>).map(([k, v]) => [
                k,
                Buffer.from(v).toString('base64')
              ])
            )
          }
        : body.data;
    const revision = existing?.metadata.annotations?.['deployment.kubernetes.io/revision'];
    const annotations = {
      ...body.metadata?.annotations,
      ...(revision ? { 'deployment.kubernetes.io/revision': revision } : {})
    };
    const kept = { ...body };
    for (const field of ['apiVersion', 'kind', 'metadata', 'spec', 'status', 'data', 'stringData'])
      delete kept[field];
    const object: Obj = {
      apiVersion,
      kind: type.kind,
      metadata: {
        ...body.metadata,
        name,
        ...(type.namespaced ? { namespace } : {}),
        uid: existing?.metadata.uid ?? randomUUID(),
        generation: (existing?.metadata.generation ?? 0) + (changed ? 1 : 0),
        creationTimestamp: existing?.metadata.creationTimestamp ?? now(),
        ...(Object.keys(annotations).length ? { annotations } : { annotations: undefined }),
        managedFields: [
          {
            manager: manager.name,
            operation: manager.operation,
            apiVersion,
            time: now(),
            fieldsType: 'FieldsV1'
          }
        ]
      },
      ...structuredClone(kept),
      ...(type.kind === 'Secret' ? { type: body.type ?? existing?.type ?? 'Opaque' } : {}),
      ...(spec === undefined ? {} : { spec }),
      ...(data ? { data } : {}),
      ...(type.kind === 'Namespace'
        ? { status: { phase: 'Active' } }
        : existing?.status
          ? { status: existing.status }
          : {})
    };
    if (object.metadata.annotations === undefined) delete object.metadata.annotations;
    delete object.metadata.resourceVersion;
    delete object.metadata.deletionTimestamp;
    if (dryRun)
      return {
        ...clean(object),
        metadata: { ...object.metadata, resourceVersion: existing?.metadata.resourceVersion }
      };
    save(type.plural, object);
    if (type.kind === 'Deployment') await reconcile(object, false);
    return clean(object);
  }

  /** The body of a write as JSON (YAML for server-side apply, of which JSON is a subset). */
  function decode(req: Request, yaml: boolean): { body: Obj } | { reply: Reply } {
    try {
      if (String(req.headers['content-type'] ?? '').startsWith(PROTOBUF))
        return { body: decodeProtobuf(req.rawBody ?? Buffer.from(req.body)) };
      const body: unknown = yaml ? parseYaml(req.body) : JSON.parse(req.body);
      if (typeof body === 'object' && body !== null && !Array.isArray(body)) return { body: body as Obj };
    } catch {
      // reported below
    }
    return {
      reply: status(
        400,
        'BadRequest',
        `the body of the request is not a valid ${yaml ? 'YAML' : 'JSON'} object`
      )
    };
  }

  /** The checks before any write into a namespace: the namespace exists. */
  function namespaceMissing(type: ResourceType, namespace: string | undefined): Reply | undefined {
    if (type.namespaced && !store.has(key('namespaces', undefined, namespace!))) {
      return status(404, 'NotFound', `namespaces "${namespace}" not found`, {
        name: namespace,
        kind: 'namespaces'
      });
    }
    return undefined;
  }

  /** Server-side apply: the applied configuration becomes the object; its manager is recorded. */
  async function apply(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    req: Request
  ): Promise<Reply> {
    const fieldManager = req.url.searchParams.get('fieldManager');
    if (!fieldManager)
      return status(
        422,
        'Invalid',
        'PATCH is missing the fieldManager query parameter, which server-side apply requires'
      );
    const decoded = decode(req, true);
    if ('reply' in decoded) return decoded.reply;
    const applied = decoded.body;
    const apiVersion = groupVersion(type);
    if (applied.kind !== type.kind || applied.apiVersion !== apiVersion || applied.metadata?.name !== name) {
      return status(
        400,
        'BadRequest',
        `the body is ${applied.apiVersion}/${applied.kind} "${applied.metadata?.name}", the URL names ${apiVersion}/${type.kind} "${name}"`
      );
    }
    const missing = namespaceMissing(type, namespace);
    if (missing) return missing;
    const existing = store.get(key(type.plural, namespace, name));
    const force = req.url.searchParams.get('force') === 'true';
    const owner = existing?.metadata.managedFields?.find((m: Obj) => m.operation === 'Apply')?.manager;
    if (existing && owner && owner !== fieldManager && !force) {
      return status(409, 'Conflict', `Apply failed with 1 conflict: conflict with "${owner}": .spec`, {
        causes: [{ reason: 'FieldManagerConflict', message: `conflict with "${owner}"`, field: '.spec' }]
      });
    }
    const body = {
      ...applied,
      metadata: { labels: applied.metadata.labels, annotations: applied.metadata.annotations }
    };
    const object = await persist(
      type,
      namespace,
      name,
      body,
      existing,
      { name: fieldManager, operation: 'Apply' },
      req.url.searchParams.get('dryRun') === 'All'
    );
    return { status: existing ? 200 : 201, body: object };
  }

  /** POST to the collection: a new object, `409 AlreadyExists` when the name is taken. */
  async function create(type: ResourceType, namespace: string | undefined, req: Request): Promise<Reply> {
    const decoded = decode(req, false);
    if ('reply' in decoded) return decoded.reply;
    const body = decoded.body;
    const name = body.metadata?.name as string | undefined;
    if (!name || body.kind !== type.kind)
      return status(
        422,
        'Invalid',
        `${type.kind} is invalid: metadata.name: Required value: name is required`
      );
    if (type.namespaced && body.metadata.namespace && body.metadata.namespace !== namespace)
      return status(
        400,
        'BadRequest',
        'the namespace of the provided object does not match the namespace sent on the request'
      );
    const missing = namespaceMissing(type, namespace);
    if (missing) return missing;
    if (store.has(key(type.plural, namespace, name)))
      return status(409, 'AlreadyExists', `${resourceName(type)} "${name}" already exists`, {
        name,
        group: type.group,
        kind: type.plural
      });
    const manager = req.url.searchParams.get('fieldManager') ?? 'unknown';
    const object = await persist(
      type,
      namespace,
      name,
      body,
      undefined,
      { name: manager, operation: 'Update' },
      req.url.searchParams.get('dryRun') === 'All'
    );
    return { status: 201, body: object };
  }

  /** The optimistic-concurrency check of PUT and PATCH: a resourceVersion other than the stored one is a conflict. */
  function stale(type: ResourceType, name: string, sent: unknown, existing: Obj): Reply | undefined {
    if (sent === undefined || sent === null || sent === '' || sent === existing.metadata.resourceVersion)
      return undefined;
    return status(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${resourceName(type)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
      { name, group: type.group, kind: type.plural }
    );
  }

  /** PUT: replaces the object (`404` if there is none), guarded by its resourceVersion. */
  async function update(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    req: Request
  ): Promise<Reply> {
    const decoded = decode(req, false);
    if ('reply' in decoded) return decoded.reply;
    const body = decoded.body;
    if (body.metadata?.name !== name)
      return status(
        400,
        'BadRequest',
        `the name of the object (${body.metadata?.name}) does not match the name on the URL (${name})`
      );
    const existing = store.get(key(type.plural, namespace, name));
    if (!existing) return notFound(type, name);
    const conflict = stale(type, name, body.metadata.resourceVersion, existing);
    if (conflict) return conflict;
    const manager = req.url.searchParams.get('fieldManager') ?? 'unknown';
    const object = await persist(
      type,
      namespace,
      name,
      body,
      existing,
      { name: manager, operation: 'Update' },
      req.url.searchParams.get('dryRun') === 'All'
    );
    return { status: 200, body: object };
  }

  /** PATCH by content type: server-side apply, strategic merge patch (built-in kinds), JSON merge patch. */
  async function patch(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    req: Request
  ): Promise<Reply> {
    const contentType = String(req.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim();
    if (contentType === 'application/apply-patch+yaml') return apply(type, namespace, name, req);
    const strategic = contentType === 'application/strategic-merge-patch+json';
    const operations = contentType === 'application/json-patch+json';
    if (!(strategic && builtIn(type)) && !operations && contentType !== 'application/merge-patch+json') {
      const accepted = [
        'application/json-patch+json',
        ...(builtIn(type) ? ['application/strategic-merge-patch+json'] : []),
        'application/merge-patch+json',
        'application/apply-patch+yaml'
      ];
      return status(
        415,
        'UnsupportedMediaType',
        `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`
      );
    }
    let list: unknown;
    if (operations) {
      try {
        list = JSON.parse(req.body);
      } catch {
        return status(400, 'BadRequest', 'the body of the request is not a valid JSON patch');
      }
    }
    const decoded = operations ? { body: {} as Obj } : decode(req, false);
    if ('reply' in decoded) return decoded.reply;
    const body = decoded.body;
    const existing = store.get(key(type.plural, namespace, name));
    if (!existing) return notFound(type, name);
    const conflict = stale(type, name, body.metadata?.resourceVersion, existing);
    if (conflict) return conflict;
    let patched: Obj;
    try {
      patched = operations
        ? (jsonPatch(clean(existing), list) as Obj)
        : strategic
          ? strategicMergePatch(clean(existing), body)
          : (mergePatch(clean(existing), body) as Obj);
    } catch (error) {
      return status(422, 'Invalid', (error as Error).message);
    }
    if (patched.metadata?.name !== name || (type.namespaced && patched.metadata?.namespace !== namespace))
      return status(
        422,
        'Invalid',
        `${type.kind} "${name}" is invalid: metadata.name: the name and namespace cannot change`
      );
    const manager = req.url.searchParams.get('fieldManager') ?? 'unknown';
    const object = await persist(
      type,
      namespace,
      name,
      patched,
      existing,
      { name: manager, operation: 'Update' },
      req.url.searchParams.get('dryRun') === 'All'
    );
    return { status: 200, body: object };
  }

  /** DELETE: the object and, as the garbage collector does in the background, everything it owns. */
  function remove(type: ResourceType, namespace: string | undefined, name: string): Reply {
    const existing = store.get(key(type.plural, namespace, name));
    if (!existing) return notFound(type, name);
    const doomed = [existing];
    while (doomed.length) {
      const o = doomed.pop()!;
      store.delete(key(o.__plural, o.metadata.namespace, o.metadata.name));
      settling.delete(o.metadata.uid);
      doomed.push(
        ...[...store.values()].filter(child =>
          (child.metadata.ownerReferences ?? []).some((r: Obj) => r.uid === o.metadata.uid)
        )
      );
      if (o.__plural === 'namespaces')
        doomed.push(...[...store.values()].filter(child => child.metadata.namespace === o.metadata.name));
    }
    ++resourceVersion;
    return {
      status: 200,
      body: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Success',
        details: { name, group: type.group, kind: type.plural, uid: existing.metadata.uid }
      }
    };
  }

  async function authenticate(req: Request): Promise<{ objectId: string } | Reply> {
    const token = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const unauthorized = status(401, 'Unauthorized', 'Unauthorized');
    if (!token) return unauthorized;
    jwks ??= createLocalJWKSet(
      (await getJson(
        `${sandbox.urls.entra}/${sandbox.world.tenants[0]!.id}/discovery/v2.0/keys`,
        sandbox.tls.ca
      )) as JSONWebKeySet
    );
    let claims: JWTPayload;
    try {
      const { payload } = await compactVerify(token, jwks);
      claims = JSON.parse(new TextDecoder().decode(payload)) as JWTPayload;
    } catch {
      return unauthorized;
    }
    const subscription = sandbox.world.subscriptions.find(s => s.id === cluster.subscriptionId);
    if (
      claims.aud !== AKS_SERVER_APP ||
      (claims.exp ?? 0) * 1000 <= sandbox.clock.now().getTime() ||
      claims.tid !== subscription?.tenantId
    ) {
      return unauthorized;
    }
    return { objectId: String(claims.oid) };
  }

  const handler = async (req: Request): Promise<Reply> => {
    const auth = await authenticate(req);
    if ('status' in auth) return auth;
    const path = req.url.pathname.replace(/\/+$/, '');
    if (path === '/version') {
      const [major = '1', minor = '31'] = (cluster.kubernetesVersion ?? '1.31.2').split('.');
      return {
        status: 200,
        body: {
          major,
          minor,
          gitVersion: `v${cluster.kubernetesVersion ?? '1.31.2'}`,
          platform: 'linux/amd64'
        }
      };
    }
    if (path.startsWith('/openapi/v3')) {
      const document = openApiV3(path, types, `v${cluster.kubernetesVersion ?? '1.31.2'}`);
      if (document) return document;
    }
    if (path === '/api')
      return { status: 200, body: { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] } };
    if (path === '/apis') {
      const groups = [...new Set(types.filter(t => t.group).map(t => groupVersion(t)))].map(gv => {
        const [name, version] = gv.split('/') as [string, string];
        return {
          name,
          versions: [{ groupVersion: gv, version }],
          preferredVersion: { groupVersion: gv, version }
        };
      });
      return { status: 200, body: { kind: 'APIGroupList', apiVersion: 'v1', groups } };
    }
    // /api/v1 or /apis/<group>/<version>, then [/namespaces/<ns>]/<plural>[/<name>].
    const prefix = /^\/(?:api\/(v1)|apis\/([a-z0-9.-]+)\/([a-z0-9]+))(?=\/|$)/.exec(path);
    const gv = prefix ? (prefix[1] ? 'v1' : `${prefix[2]}/${prefix[3]}`) : '';
    const served = types.filter(t => groupVersion(t) === gv);
    if (prefix && served.length && path === prefix[0]) {
      return {
        status: 200,
        body: {
          kind: 'APIResourceList',
          apiVersion: 'v1',
          groupVersion: gv,
          resources: served.map(t => ({
            name: t.plural,
            singularName: t.kind.toLowerCase(),
            namespaced: t.namespaced,
            kind: t.kind,
            verbs: t.verbs,
            ...(shortNames[t.plural] ? { shortNames: shortNames[t.plural] } : {})
          }))
        }
      };
    }
    const match =
      prefix &&
      /^(?:\/namespaces\/([^/]+)(?=\/))?\/([a-z]+)(?:\/([^/]+))?$/.exec(path.slice(prefix[0].length));
    const type = match && served.find(t => t.plural === match[2]);
    if (!match || !type) return status(404, 'NotFound', 'the server could not find the requested resource');
    const namespace = match[1] ? decodeURIComponent(match[1]) : undefined;
    const name = match[3] ? decodeURIComponent(match[3]) : undefined;
    const verbs: Record<string, string> = { PATCH: 'patch', POST: 'create', PUT: 'update', DELETE: 'delete' };
    const verb =
      req.method === 'GET' ? (name ? 'get' : 'list') : (verbs[req.method] ?? req.method.toLowerCase());
    const resource = type.group ? `${type.plural}.${type.group}` : type.plural;
    if (!cluster.writers.some(w => w.toLowerCase() === auth.objectId.toLowerCase())) {
      const where = namespace ? ` in the namespace "${namespace}"` : ' at the cluster scope';
      return status(
        403,
        'Forbidden',
        `${resource}${name ? ` "${name}"` : ''} is forbidden: User "${auth.objectId}" cannot ${verb} resource "${type.plural}" in API group "${type.group}"${where}: User does not have access to the resource in Azure. Update role assignment to allow access.`,
        { name, group: type.group, kind: type.plural }
      );
    }
    if (!type.verbs.includes(verb))
      return status(
        405,
        'MethodNotAllowed',
        `the server does not allow this method on the requested resource`
      );
    if (type.namespaced && !namespace && verb !== 'list')
      return status(404, 'NotFound', 'the server could not find the requested resource');
    if ((verb === 'create') === Boolean(name) && ['create', 'update', 'patch', 'delete'].includes(verb))
      return status(
        405,
        'MethodNotAllowed',
        'the server does not allow this method on the requested resource'
      );
    if (verb === 'patch') return patch(type, namespace, name!, req);
    if (verb === 'create') return create(type, namespace, req);
    if (verb === 'update') return update(type, namespace, name!, req);
    if (verb === 'delete') return remove(type, namespace, name!);
    if (['deployments', 'replicasets', 'pods'].includes(type.plural))
      await reconcileNamespace(namespace, true);
    await kept.get(type.plural)?.(object => put(type.plural, object));
    if (verb === 'get') {
      const found = store.get(key(type.plural, namespace, name!));
      return found
        ? { status: 200, body: clean(found) }
        : status(404, 'NotFound', `${resource} "${name}" not found`, {
            name,
            group: type.group,
            kind: type.plural
          });
    }
    let selects: ReturnType<typeof parseSelector>;
    try {
      selects = parseSelector(req.url.searchParams.get('labelSelector'));
    } catch (error) {
      return status(400, 'BadRequest', (error as Error).message);
    }
    const fields = req.url.searchParams.get('fieldSelector');
    const matching = () =>
      listOf(type.plural, namespace)
        .filter(o => selects(o.metadata.labels) && matchesFieldSelector(o, fields))
        .map(clean);
    if (req.url.searchParams.get('watch') === 'true' || req.url.searchParams.get('watch') === '1') {
      return watchReply({
        read: async () => {
          if (['deployments', 'replicasets', 'pods'].includes(type.plural))
            await reconcileNamespace(namespace, true);
          await kept.get(type.plural)?.(object => put(type.plural, object));
          return matching();
        },
        resourceVersion: req.url.searchParams.get('resourceVersion'),
        timeoutSeconds: Number(req.url.searchParams.get('timeoutSeconds') ?? 1800)
      });
    }
    const items = matching();
    return {
      status: 200,
      body: {
        kind: `${type.kind}List`,
        apiVersion: groupVersion(type),
        metadata: { resourceVersion: String(resourceVersion) },
        items
      }
    };
  };

  function routes(): void {
    const base =
      '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerService/managedClusters/:name';
    const find = (params: Record<string, string>) => {
      const found = (sandbox.world.kubernetesClusters ?? []).find(
        c =>
          c.subscriptionId.toLowerCase() === params.sub!.toLowerCase() &&
          c.resourceGroup.toLowerCase() === params.rg!.toLowerCase() &&
          c.name.toLowerCase() === params.name!.toLowerCase()
      );
      if (!found)
        throw resourceNotFound('Microsoft.ContainerService/managedClusters', params.name!, params.rg!);
      return found;
    };
    sandbox.arm.route('GET', base, {
      action: 'Microsoft.ContainerService/managedClusters/read',
      handler: ({ params }) => {
        const c = find(params);
        return {
          status: 200,
          body: {
            id: `/subscriptions/${c.subscriptionId}/resourcegroups/${c.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${c.name}`,
            name: c.name,
            type: 'Microsoft.ContainerService/ManagedClusters',
            location: c.location ?? 'westeurope',
            properties: {
              provisioningState: 'Succeeded',
              powerState: { code: 'Running' },
              kubernetesVersion: c.kubernetesVersion ?? '1.31.2',
              currentKubernetesVersion: c.kubernetesVersion ?? '1.31.2',
              fqdn: new URL(apiUrl).host,
              aadProfile: {
                managed: true,
                enableAzureRBAC: true,
                tenantID: sandbox.world.subscriptions.find(s => s.id === c.subscriptionId)?.tenantId
              },
              disableLocalAccounts: true,
              enableRBAC: true
            }
          }
        };
      }
    });
    sandbox.arm.route('POST', `${base}/listClusterUserCredential`, {
      action: 'Microsoft.ContainerService/managedClusters/listClusterUserCredential/action',
      handler: ({ params }) => {
        const c = find(params);
        const user = `clusterUser_${c.resourceGroup}_${c.name}`;
        // format=exec, as AKS answers for Entra clusters: the user holds no credential, kubelogin would fetch one.
        const kubeconfig = stringify({
          apiVersion: 'v1',
          kind: 'Config',
          clusters: [
            {
              name: c.name,
              cluster: {
                server: apiUrl,
                'certificate-authority-data': Buffer.from(sandbox.tls.ca).toString('base64')
              }
            }
          ],
          contexts: [{ name: c.name, context: { cluster: c.name, user } }],
          'current-context': c.name,
          users: [
            {
              name: user,
              user: {
                exec: {
                  apiVersion: 'client.authentication.k8s.io/v1beta1',
                  command: 'kubelogin',
                  args: [
                    'get-token',
                    '--login',
                    'devicecode',
                    '--server-id',
                    AKS_SERVER_APP,
                    '--environment',
                    'AzurePublicCloud'
                  ],
                  provideClusterInfo: false,
                  interactiveMode: 'IfAvailable'
                }
              }
            }
          ]
        });
        return {
          status: 200,
          body: { kubeconfigs: [{ name: 'clusterUser', value: Buffer.from(kubeconfig).toString('base64') }] }
        };
      }
    });
  }

  return {
    name: 'aks',
    get url() {
      return apiUrl;
    },
    get gatewayUrl() {
      return gatewayUrl;
    },
    markImage: (image, behaviour) => behaviours.set(image, behaviour),
    object: (resource, namespace, name) => {
      const found = store.get(key(resource, namespace, name));
      return found && clean(found);
    },
    list: (resource, namespace) => listOf(resource, namespace).map(clean),
    applyObject: (object, fieldManager) => {
      const type = types.find(t => t.kind === object.kind && groupVersion(t) === object.apiVersion);
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
      return apply(type, namespace, name, {
        method: 'PATCH',
        url,
        headers,
        body: JSON.stringify(object),
        host: url.host
      });
    },
    keep: (resource, refresh) => void kept.set(resource, refresh),
    observe: async (resource, namespace, name) => {
      if (resource === 'deployments') await reconcileNamespace(namespace, true);
      const found = store.get(key(resource, namespace, name));
      return found && clean(found);
    },
    serving: (namespace, deployment) => {
      const d = store.get(key('deployments', namespace, deployment));
      if (!d) return [];
      return replicaSetsOf(d)
        .flatMap(rs => podsOf(rs))
        .filter(p => p.status?.phase === 'Running')
        .flatMap(p => (p.spec.containers as Obj[]).map(c => String(c.image)));
    },
    async start(s) {
      sandbox = s;
      // One emulated API server: the first cluster of the world (the slice's one cluster).
      const first = s.world.kubernetesClusters?.[0];
      if (!first) return;
      cluster = first;
      for (const ns of ['default', 'kube-system']) {
        save('namespaces', {
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name: ns, uid: randomUUID(), creationTimestamp: now() },
          status: { phase: 'Active' }
        });
      }
      apiUrl = await s.serve('kubernetes', handler);
      routes();
      gatewayUrl = await s.serve(
        'gateway',
        gatewayHandler({
          list: listOf,
          url: async uid => {
            // A ReplicaSet deleted with its owner (DELETE, garbage collection) no longer serves.
            if (![...store.values()].some(o => o.__plural === 'replicasets' && o.metadata.uid === uid)) {
              await processes.stop(uid);
              return undefined;
            }
            return processes.url(uid);
          }
        }),
        { hosts: (first.gatewayDomains ?? []).map(domain => `*.${domain}`) }
      );
      return () => processes.stopAll();
    }
  };
}
