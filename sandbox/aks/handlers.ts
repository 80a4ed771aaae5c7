// The API verbs on one resource type: get, list and watch; create, update (PUT), patch in its four content
// types, server-side apply; delete with the garbage collector's cascade. Every write ends in `persist`, which
// sets what the server owns and runs the Deployment controller on the new object.
import { randomUUID } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import type { Reply, Request } from '../core.js';
import { mergePatch } from '../json.js';
import type { ClusterController } from './controller.js';
import { notFound, status } from './errors.js';
import { jsonPatch } from './json-patch.js';
import {
  builtIn,
  groupVersion,
  ownedBy,
  resourceName,
  type ClusterClock,
  type Obj,
  type ResourceType
} from './model.js';
import { strategicMergePatch } from './patch.js';
import { PROTOBUF, decodeProtobuf } from './protobuf.js';
import { parseSelector } from './selector.js';
import { clean, type ObjectStore } from './store.js';
import { matchesFieldSelector, watchReply } from './watch.js';

/** What the verbs work on: the objects, the controllers that run on writes and reads, the clock. */
export interface ApiState {
  store: ObjectStore;
  controller: ClusterController;
  clock: ClusterClock;
}

/** Where a verb acts: a resource type, a namespace for namespaced ones, and the object's name when it has one. */
export interface Target {
  type: ResourceType;
  namespace: string | undefined;
  name: string;
}

/** Who wrote an object, as `managedFields` records it. */
interface Manager {
  name: string;
  operation: 'Apply' | 'Update';
}

/**
 * What every write (apply, create, update, patch) shares: the fields the server owns (uid, creationTimestamp,
 * resourceVersion, managedFields, status), defaults, `generation` grown when the spec changes, and the
 * Deployment controller run on the new object. With `dryRun`, nothing is stored.
 */
async function persist(
  api: ApiState,
  { type, namespace, name }: Target,
  body: Obj,
  existing: Obj | undefined,
  manager: Manager,
  dryRun: boolean
): Promise<Obj> {
  const now = () => api.clock.timestamp();
  const apiVersion = groupVersion(type);
  const spec = body.spec === undefined ? undefined : structuredClone(body.spec);
  if (type.kind === 'Deployment' && spec) {
    spec.replicas ??= 1;
    spec.strategy ??= { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '25%' } };
    spec.revisionHistoryLimit ??= 10;
    spec.progressDeadlineSeconds ??= 600;
  }
  if (type.kind === 'Service' && spec) {
    const version = api.store.resourceVersion;
    spec.type ??= 'ClusterIP';
    spec.clusterIP ??= existing?.spec?.clusterIP ?? `10.0.${version % 250}.${(version >> 3) % 250}`;
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
  api.store.save(type.plural, object);
  if (type.kind === 'Deployment') await api.controller.reconcile(object, false);
  return clean(object);
}

/**
 * The end of a write: `persist` as the request's field manager (`unknown` when it names none; an Update unless
 * said otherwise), `?dryRun=All` honoured, answered with `status` and the object.
 */
async function written(
  api: ApiState,
  target: Target,
  req: Request,
  body: Obj,
  existing: Obj | undefined,
  code: number,
  manager: Manager = { name: req.url.searchParams.get('fieldManager') ?? 'unknown', operation: 'Update' }
): Promise<Reply> {
  const dryRun = req.url.searchParams.get('dryRun') === 'All';
  return { status: code, body: await persist(api, target, body, existing, manager, dryRun) };
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
function namespaceMissing(api: ApiState, { type, namespace }: Target): Reply | undefined {
  if (type.namespaced && !api.store.has('namespaces', undefined, namespace!)) {
    return status(404, 'NotFound', `namespaces "${namespace}" not found`, {
      name: namespace,
      kind: 'namespaces'
    });
  }
  return undefined;
}

/** The optimistic-concurrency check of PUT and PATCH: a resourceVersion other than the stored one is a conflict. */
function stale({ type, name }: Target, sent: unknown, existing: Obj): Reply | undefined {
  if (sent === undefined || sent === null || sent === '' || sent === existing.metadata.resourceVersion)
    return undefined;
  return status(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${resourceName(type)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    { name, group: type.group, kind: type.plural }
  );
}

/** Server-side apply: the applied configuration becomes the object; its manager is recorded. */
export async function apply(api: ApiState, target: Target, req: Request): Promise<Reply> {
  const { type, namespace, name } = target;
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
  const missing = namespaceMissing(api, target);
  if (missing) return missing;
  const existing = api.store.get(type.plural, namespace, name);
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
  return written(api, target, req, body, existing, existing ? 200 : 201, {
    name: fieldManager,
    operation: 'Apply'
  });
}

/** POST to the collection: a new object, `409 AlreadyExists` when the name is taken. */
export async function create(
  api: ApiState,
  { type, namespace }: Omit<Target, 'name'>,
  req: Request
): Promise<Reply> {
  const decoded = decode(req, false);
  if ('reply' in decoded) return decoded.reply;
  const body = decoded.body;
  const name = body.metadata?.name as string | undefined;
  if (!name || body.kind !== type.kind)
    return status(422, 'Invalid', `${type.kind} is invalid: metadata.name: Required value: name is required`);
  if (type.namespaced && body.metadata.namespace && body.metadata.namespace !== namespace)
    return status(
      400,
      'BadRequest',
      'the namespace of the provided object does not match the namespace sent on the request'
    );
  const target = { type, namespace, name };
  const missing = namespaceMissing(api, target);
  if (missing) return missing;
  if (api.store.has(type.plural, namespace, name))
    return status(409, 'AlreadyExists', `${resourceName(type)} "${name}" already exists`, {
      name,
      group: type.group,
      kind: type.plural
    });
  return written(api, target, req, body, undefined, 201);
}

/** PUT: replaces the object (`404` if there is none), guarded by its resourceVersion. */
export async function update(api: ApiState, target: Target, req: Request): Promise<Reply> {
  const { type, namespace, name } = target;
  const decoded = decode(req, false);
  if ('reply' in decoded) return decoded.reply;
  const body = decoded.body;
  if (body.metadata?.name !== name)
    return status(
      400,
      'BadRequest',
      `the name of the object (${body.metadata?.name}) does not match the name on the URL (${name})`
    );
  const existing = api.store.get(type.plural, namespace, name);
  if (!existing) return notFound(type, name);
  const conflict = stale(target, body.metadata.resourceVersion, existing);
  if (conflict) return conflict;
  return written(api, target, req, body, existing, 200);
}

/** PATCH by content type: server-side apply, strategic merge patch (built-in kinds), JSON merge patch. */
export async function patch(api: ApiState, target: Target, req: Request): Promise<Reply> {
  const { type, namespace, name } = target;
  const contentType = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  if (contentType === 'application/apply-patch+yaml') return apply(api, target, req);
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
  const existing = api.store.get(type.plural, namespace, name);
  if (!existing) return notFound(type, name);
  const conflict = stale(target, body.metadata?.resourceVersion, existing);
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
  return written(api, target, req, patched, existing, 200);
}

/** DELETE: the object and, as the garbage collector does in the background, everything it owns. */
export function remove(api: ApiState, { type, namespace, name }: Target): Reply {
  const { store } = api;
  const existing = store.get(type.plural, namespace, name);
  if (!existing) return notFound(type, name);
  const doomed = [existing];
  while (doomed.length) {
    const o = doomed.pop()!;
    store.delete(o);
    api.controller.forget(o.metadata.uid);
    doomed.push(...store.all().filter(child => ownedBy(child, o.metadata.uid)));
    if (o.__plural === 'namespaces')
      doomed.push(...store.all().filter(child => child.metadata.namespace === o.metadata.name));
  }
  store.bump();
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

/** GET of one object, after the controllers ran. */
export async function get(api: ApiState, { type, namespace, name }: Target): Promise<Reply> {
  await api.controller.beforeRead(type.plural, namespace);
  const found = api.store.get(type.plural, namespace, name);
  return found ? { status: 200, body: clean(found) } : notFound(type, name);
}

/** GET of the collection: a list, or with `?watch=true` a watch; label and field selectors apply to both. */
export async function list(
  api: ApiState,
  { type, namespace }: Omit<Target, 'name'>,
  req: Request
): Promise<Reply> {
  await api.controller.beforeRead(type.plural, namespace);
  let selects: ReturnType<typeof parseSelector>;
  try {
    selects = parseSelector(req.url.searchParams.get('labelSelector'));
  } catch (error) {
    return status(400, 'BadRequest', (error as Error).message);
  }
  const fields = req.url.searchParams.get('fieldSelector');
  const matching = () =>
    api.store
      .list(type.plural, namespace)
      .filter(o => selects(o.metadata.labels) && matchesFieldSelector(o, fields))
      .map(clean);
  if (req.url.searchParams.get('watch') === 'true' || req.url.searchParams.get('watch') === '1') {
    return watchReply({
      read: async () => {
        await api.controller.beforeRead(type.plural, namespace);
        return matching();
      },
      resourceVersion: req.url.searchParams.get('resourceVersion'),
      timeoutSeconds: Number(req.url.searchParams.get('timeoutSeconds') ?? 1800)
    });
  }
  return {
    status: 200,
    body: {
      kind: `${type.kind}List`,
      apiVersion: groupVersion(type),
      metadata: { resourceVersion: String(api.store.resourceVersion) },
      items: matching()
    }
  };
}
