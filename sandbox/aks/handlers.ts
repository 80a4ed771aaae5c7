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
import { defaultPodSpec } from './controller.js';
import { strategicMergePatch } from './patch.js';
import type { ServedResources } from './resources.js';
import { decode as decodeFields, invalid, validate } from './validation.js';
import { PROTOBUF, decodeProtobuf } from './protobuf.js';
import { parseSelector } from './selector.js';
import { clean, type ObjectStore } from './store.js';
import { table, wantsTable } from './tables.js';
import { matchesFieldSelector, watchReply } from './watch.js';

/** What the verbs work on: the objects, the controllers that run on writes and reads, the clock. */
export interface ApiState {
  store: ObjectStore;
  controller: ClusterController;
  clock: ClusterClock;
  resources: ServedResources;
  /** After a write is stored: the controllers run on it, a CustomResourceDefinition's kind is served. */
  afterWrite(type: ResourceType, object: Obj): Promise<void>;
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

/** What the API server defaults before it validates, by kind. */
function defaults(type: ResourceType, spec: Obj | undefined, existing: Obj | undefined, api: ApiState): void {
  if (!spec) return;
  switch (type.kind) {
    case 'Deployment':
      spec.replicas ??= 1;
      spec.strategy ??= { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '25%' } };
      spec.revisionHistoryLimit ??= 10;
      spec.progressDeadlineSeconds ??= 600;
      break;
    case 'StatefulSet':
      spec.replicas ??= 1;
      spec.podManagementPolicy ??= 'OrderedReady';
      spec.updateStrategy ??= { type: 'RollingUpdate', rollingUpdate: { partition: 0 } };
      spec.revisionHistoryLimit ??= 10;
      spec.persistentVolumeClaimRetentionPolicy ??= { whenDeleted: 'Retain', whenScaled: 'Retain' };
      break;
    case 'DaemonSet':
      spec.updateStrategy ??= { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } };
      spec.revisionHistoryLimit ??= 10;
      break;
    case 'Job':
      spec.parallelism ??= 1;
      spec.completions ??= 1;
      spec.backoffLimit ??= 6;
      spec.completionMode ??= 'NonIndexed';
      spec.suspend ??= false;
      spec.podReplacementPolicy ??= 'TerminatingOrFailed';
      break;
    case 'Pod':
      Object.assign(spec, defaultPodSpec(spec));
      break;
    case 'Service': {
      const version = api.store.resourceVersion;
      spec.type ??= 'ClusterIP';
      if (spec.type !== 'ExternalName') {
        spec.clusterIP ??= existing?.spec?.clusterIP ?? `10.0.${version % 250}.${(version >> 3) % 250}`;
        spec.clusterIPs ??= [spec.clusterIP];
        spec.sessionAffinity ??= 'None';
        spec.ipFamilies ??= ['IPv4'];
        spec.ipFamilyPolicy ??= 'SingleStack';
        spec.internalTrafficPolicy ??= 'Cluster';
        for (const port of (spec.ports ?? []) as Obj[]) {
          port.protocol ??= 'TCP';
          port.targetPort ??= port.port;
        }
      }
      break;
    }
  }
}

/** The refusal of a write whose body the kind's schema or validation does not take; warnings for unknown fields. */
function checked(
  api: ApiState,
  { type, name }: Target,
  body: Obj,
  existing: Obj | undefined,
  req: Request
): { reply: Reply } | { warnings: string[] } {
  const decoded = decodeFields(type, body);
  const mode = req.url.searchParams.get('fieldValidation') ?? 'Warn';
  const cannot = `${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}`;
  if (decoded.typeError) return { reply: status(400, 'BadRequest', `${cannot}: ${decoded.typeError}`) };
  if (decoded.unknown.length && mode === 'Strict')
    return {
      reply: status(
        400,
        'BadRequest',
        `${cannot}: strict decoding error: ${decoded.unknown.map(f => `unknown field "${f}"`).join(', ')}`
      )
    };
  const errors = validate(type, body, existing);
  if (errors.length) return { reply: invalid(type, name, errors) };
  void api;
  return { warnings: mode === 'Ignore' ? [] : decoded.unknown.map(f => `unknown field "${f}"`) };
}

/**
 * What every write (apply, create, update, patch) shares: the kind's defaults, its schema and validation, the
 * fields the server owns (uid, creationTimestamp, resourceVersion, managedFields, status), `generation` grown when
 * the spec changes, and the controllers run on the new object. With `dryRun`, nothing is stored.
 */
async function persist(
  api: ApiState,
  target: Target,
  body: Obj,
  existing: Obj | undefined,
  manager: Manager,
  req: Request
): Promise<Reply> {
  const { type, namespace, name } = target;
  const dryRun = req.url.searchParams.get('dryRun') === 'All';
  const now = () => api.clock.timestamp();
  const apiVersion = groupVersion(type);
  const spec = body.spec === undefined ? undefined : structuredClone(body.spec);
  const candidate: Obj = {
    ...structuredClone(body),
    metadata: { ...body.metadata, name, ...(type.namespaced ? { namespace } : {}) },
    ...(spec === undefined ? {} : { spec })
  };
  defaults(type, candidate.spec, existing, api);
  const check = checked(api, target, candidate, existing, req);
  if ('reply' in check) return check.reply;
  const changed = !existing || JSON.stringify(existing.spec) !== JSON.stringify(candidate.spec);
  const data =
    type.kind === 'Secret' && candidate.stringData
      ? {
          ...candidate.data,
          ...Object.fromEntries(
            Object.entries(candidate.stringData as Record<string, string>).map(([k, v]) => [
              k,
              Buffer.from(v).toString('base64')
            ])
          )
        }
      : candidate.data;
  const revision = existing?.metadata.annotations?.['deployment.kubernetes.io/revision'];
  const annotations = {
    ...candidate.metadata?.annotations,
    ...(revision ? { 'deployment.kubernetes.io/revision': revision } : {})
  };
  const kept = { ...candidate };
  for (const field of ['apiVersion', 'kind', 'metadata', 'spec', 'status', 'data', 'stringData'])
    delete kept[field];
  const object: Obj = {
    apiVersion,
    kind: type.kind,
    metadata: {
      ...candidate.metadata,
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
    ...kept,
    ...(type.kind === 'Secret' ? { type: candidate.type ?? existing?.type ?? 'Opaque' } : {}),
    ...(candidate.spec === undefined ? {} : { spec: candidate.spec }),
    ...(data ? { data } : {}),
    ...(type.kind === 'Namespace'
      ? { status: { phase: 'Active' } }
      : existing?.status
        ? { status: existing.status }
        : initialStatus(type, candidate))
  };
  if (object.metadata.annotations === undefined) delete object.metadata.annotations;
  delete object.metadata.resourceVersion;
  delete object.metadata.deletionTimestamp;
  const headers = check.warnings.length
    ? { Warning: check.warnings.map(w => `299 - ${JSON.stringify(w)}`).join(', ') }
    : undefined;
  const code = existing ? 200 : 201;
  if (dryRun) {
    const answer = clean(object);
    if (existing) answer.metadata.resourceVersion = existing.metadata.resourceVersion;
    return { status: code, body: answer, ...(headers ? { headers } : {}) };
  }
  api.store.save(type.plural, object);
  await api.afterWrite(type, object);
  return { status: code, body: clean(object), ...(headers ? { headers } : {}) };
}

/** What the server sets as a new object's status: a CRD is Established at once (its kind served from now on). */
function initialStatus(type: ResourceType, body: Obj): Obj {
  if (type.kind === 'CustomResourceDefinition')
    return {
      status: {
        acceptedNames: body.spec?.names ?? {},
        storedVersions: ((body.spec?.versions ?? []) as Obj[]).filter(v => v.storage).map(v => v.name),
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
  return {};
}

/**
 * The end of a write: `persist` as the request's field manager (`unknown` when it names none; an Update unless
 * said otherwise), `?dryRun=All` honoured.
 */
async function written(
  api: ApiState,
  target: Target,
  req: Request,
  body: Obj,
  existing: Obj | undefined,
  manager: Manager = { name: req.url.searchParams.get('fieldManager') ?? 'unknown', operation: 'Update' }
): Promise<Reply> {
  return persist(api, target, body, existing, manager, req);
}

/** The body of a write as JSON (YAML for server-side apply, of which JSON is a subset). */
export function decode(req: Request, yaml: boolean): { body: Obj } | { reply: Reply } {
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
export function stale({ type, name }: Target, sent: unknown, existing: Obj): Reply | undefined {
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
  return written(api, target, req, body, existing, { name: fieldManager, operation: 'Apply' });
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
  if (!body.metadata?.name && body.metadata?.generateName)
    body.metadata.name = `${body.metadata.generateName}${randomUUID().replace(/-/g, '').slice(0, 5)}`;
  const name = body.metadata?.name as string | undefined;
  if (body.kind !== type.kind || body.apiVersion !== groupVersion(type))
    return status(
      400,
      'BadRequest',
      `the API version in the data (${body.apiVersion}) does not match the expected API version (${groupVersion(type)})`
    );
  if (!name)
    return invalid(type, '', [
      { type: 'Required value', field: 'metadata.name', detail: 'name or generateName is required' }
    ]);
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
  return written(api, target, req, body, undefined);
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
  return written(api, target, req, body, existing);
}

/**
 * A patch of `original` as its content type says: strategic merge patch (built-in kinds), JSON merge patch (RFC 7396),
 * JSON patch (RFC 6902); `415` for anything else, as for server-side apply on a subresource.
 */
export function patched(
  type: ResourceType,
  original: Obj,
  req: Request
): { object: Obj; sentVersion?: unknown } | { reply: Reply } {
  const contentType = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  const strategic = contentType === 'application/strategic-merge-patch+json';
  const operations = contentType === 'application/json-patch+json';
  if (!(strategic && builtIn(type)) && !operations && contentType !== 'application/merge-patch+json') {
    const accepted = [
      'application/json-patch+json',
      ...(builtIn(type) ? ['application/strategic-merge-patch+json'] : []),
      'application/merge-patch+json',
      'application/apply-patch+yaml'
    ];
    return {
      reply: status(
        415,
        'UnsupportedMediaType',
        `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`
      )
    };
  }
  let list: unknown;
  if (operations) {
    try {
      list = JSON.parse(req.body);
    } catch {
      return { reply: status(400, 'BadRequest', 'the body of the request is not a valid JSON patch') };
    }
  }
  const decoded = operations ? { body: {} as Obj } : decode(req, false);
  if ('reply' in decoded) return decoded;
  const body = decoded.body;
  try {
    return {
      object: operations
        ? (jsonPatch(original, list) as Obj)
        : strategic
          ? strategicMergePatch(original, body)
          : (mergePatch(original, body) as Obj),
      sentVersion: body.metadata?.resourceVersion
    };
  } catch (error) {
    return { reply: status(422, 'Invalid', (error as Error).message) };
  }
}

/** PATCH by content type: server-side apply, strategic merge patch (built-in kinds), JSON merge patch, JSON patch. */
export async function patch(api: ApiState, target: Target, req: Request): Promise<Reply> {
  const { type, namespace, name } = target;
  const contentType = String(req.headers['content-type'] ?? '');
  if (contentType.startsWith('application/apply-patch+yaml')) return apply(api, target, req);
  const existing = api.store.get(type.plural, namespace, name);
  if (!existing) return notFound(type, name);
  const result = patched(type, clean(existing), req);
  if ('reply' in result) return result.reply;
  const conflict = stale(target, result.sentVersion, existing);
  if (conflict) return conflict;
  const object = result.object;
  if (object.metadata?.name !== name || (type.namespaced && object.metadata?.namespace !== namespace))
    return status(
      422,
      'Invalid',
      `${type.kind} "${name}" is invalid: metadata.name: the name and namespace cannot change`
    );
  return written(api, target, req, object, existing);
}

/** DELETE: the object and, as the garbage collector does in the background, everything it owns (unless orphaned). */
export async function remove(api: ApiState, { type, namespace, name }: Target, req: Request): Promise<Reply> {
  const { store } = api;
  const existing = store.get(type.plural, namespace, name);
  if (!existing) return notFound(type, name);
  let options: Obj = {};
  try {
    options = req.body ? (JSON.parse(req.body) as Obj) : {};
  } catch {
    options = {};
  }
  const orphan =
    options.propagationPolicy === 'Orphan' || req.url.searchParams.get('propagationPolicy') === 'Orphan';
  const details = { name, group: type.group, kind: type.plural, uid: existing.metadata.uid };
  const success = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details };
  if (req.url.searchParams.get('dryRun') === 'All') return { status: 200, body: clean(existing) };
  const doomed = [existing];
  while (doomed.length) {
    const o = doomed.pop()!;
    store.delete(o);
    api.controller.forget(o.metadata.uid);
    if (!orphan || o !== existing)
      doomed.push(...store.all().filter(child => ownedBy(child, o.metadata.uid)));
    if (o.__plural === 'namespaces')
      doomed.push(...store.all().filter(child => child.metadata.namespace === o.metadata.name));
    if (o.__plural === 'customresourcedefinitions')
      doomed.push(
        ...store
          .all()
          .filter(
            child =>
              child.__plural === o.spec?.names?.plural &&
              String(child.apiVersion).startsWith(`${o.spec?.group}/`)
          )
      );
  }
  store.bump();
  await api.afterWrite(type, existing);
  // A pod, deleted gracefully, answers with itself as deleted; the other kinds with a Status, as kube-apiserver does.
  if (type.kind === 'Pod')
    return {
      status: 200,
      body: {
        ...clean(existing),
        metadata: { ...clean(existing).metadata, deletionTimestamp: api.clock.timestamp() }
      }
    };
  return { status: 200, body: success };
}

/** DELETE of the collection: every object the label selector picks. */
export async function removeCollection(
  api: ApiState,
  { type, namespace }: Omit<Target, 'name'>,
  req: Request
): Promise<Reply> {
  let selects: ReturnType<typeof parseSelector>;
  try {
    selects = parseSelector(req.url.searchParams.get('labelSelector'));
  } catch (error) {
    return status(400, 'BadRequest', (error as Error).message);
  }
  const doomed = api.store.list(type.plural, namespace).filter(o => selects(o.metadata.labels));
  for (const o of doomed)
    await remove(api, { type, namespace: o.metadata.namespace, name: o.metadata.name }, req);
  return {
    status: 200,
    body: {
      kind: `${type.kind}List`,
      apiVersion: groupVersion(type),
      metadata: { resourceVersion: String(api.store.resourceVersion) },
      items: doomed.map(clean)
    }
  };
}

const wantTable = (req: Request) => wantsTable(req.headers.accept);
const asTable = (api: ApiState, type: ResourceType, objects: Obj[], req: Request) =>
  table(
    type,
    objects,
    req.url.searchParams.get('includeObject'),
    String(api.store.resourceVersion),
    api.clock.millis()
  );

/** An object as read through `type`'s version (two versions of one resource share their objects). */
const asVersion = (type: ResourceType) => (o: Obj) => ({ ...clean(o), apiVersion: groupVersion(type) });

/** GET of one object, after the controllers ran (a Table when kubectl asks for one). */
export async function get(api: ApiState, { type, namespace, name }: Target, req: Request): Promise<Reply> {
  await api.controller.beforeRead(type.plural, namespace);
  const found = api.store.get(type.plural, namespace, name);
  if (!found) return notFound(type, name);
  const object = asVersion(type)(found);
  return { status: 200, body: wantTable(req) ? asTable(api, type, [object], req) : object };
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
      .sort((a, b) =>
        `${a.metadata.namespace ?? ''}/${a.metadata.name}`.localeCompare(
          `${b.metadata.namespace ?? ''}/${b.metadata.name}`
        )
      )
      .map(asVersion(type));
  if (req.url.searchParams.get('watch') === 'true' || req.url.searchParams.get('watch') === '1') {
    return watchReply({
      read: async () => {
        await api.controller.beforeRead(type.plural, namespace);
        return matching();
      },
      resourceVersion: req.url.searchParams.get('resourceVersion'),
      timeoutSeconds: Number(req.url.searchParams.get('timeoutSeconds') ?? 1800),
      ...(wantTable(req) ? { table: (objects: Obj[]) => asTable(api, type, objects, req) } : {})
    });
  }
  if (wantTable(req)) return { status: 200, body: asTable(api, type, matching(), req) };
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
