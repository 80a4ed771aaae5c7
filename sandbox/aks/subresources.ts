// The subresources the emulator serves: `status` (the status alone, as controllers write it), `scale` (an
// autoscaling/v1 Scale over a workload's replicas: kubectl scale, the HPA), `pods/log` (the container's output
// from runtime.ts: kubectl logs), and the reviews a client asks about itself: SelfSubjectAccessReview (kubectl
// auth can-i), SelfSubjectRulesReview (auth can-i --list) and SelfSubjectReview (auth whoami).
import type { Reply, Request } from '../core.js';
import type { ClusterAuth } from './auth.js';
import { notFound, status } from './errors.js';
import { decode, patched, stale, type ApiState, type Target } from './handlers.js';
import type { Obj, ResourceType } from './model.js';
import { clean } from './store.js';

const SCALE_TYPE: ResourceType = {
  group: 'autoscaling',
  version: 'v1',
  kind: 'Scale',
  plural: 'scale',
  singular: 'scale',
  namespaced: true,
  verbs: [],
  subresources: [],
  schema: 'io.k8s.api.autoscaling.v1.Scale',
  builtIn: true
};

const at = (o: Obj, path: string): unknown =>
  path
    .replace(/^\./, '')
    .split('.')
    .reduce<unknown>((v, part) => (v as Obj | undefined)?.[part], o);
const setAt = (o: Obj, path: string, value: unknown) => {
  const parts = path.replace(/^\./, '').split('.');
  let v = o;
  for (const part of parts.slice(0, -1)) v = v[part] ??= {};
  v[parts.at(-1)!] = value;
};

/** The Scale of a workload: its spec's replicas, the replicas it has and its pods' selector. */
function scaleOf(type: ResourceType, o: Obj): Obj {
  const paths = type.scalePaths ?? {
    specReplicasPath: '.spec.replicas',
    statusReplicasPath: '.status.replicas'
  };
  const selector = o.spec?.selector?.matchLabels ?? {};
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: o.metadata.name,
      namespace: o.metadata.namespace,
      uid: o.metadata.uid,
      resourceVersion: o.metadata.resourceVersion,
      creationTimestamp: o.metadata.creationTimestamp
    },
    spec: { replicas: at(o, paths.specReplicasPath) ?? 1 },
    status: {
      replicas: at(o, paths.statusReplicasPath) ?? 0,
      selector: Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')
    }
  };
}

/** GET, PUT or PATCH of `<resource>/<name>/scale`. */
export async function scale(api: ApiState, target: Target, req: Request): Promise<Reply> {
  const { type, namespace, name } = target;
  await api.controller.beforeRead(type.plural, namespace);
  const existing = api.store.get(type.plural, namespace, name);
  if (!existing) return notFound(type, name);
  const current = scaleOf(type, clean(existing));
  if (req.method === 'GET') return { status: 200, body: current };
  let wanted: Obj;
  if (req.method === 'PUT') {
    const decoded = decode(req, false);
    if ('reply' in decoded) return decoded.reply;
    wanted = decoded.body;
    const conflict = stale(target, wanted.metadata?.resourceVersion, existing);
    if (conflict) return conflict;
  } else {
    const result = patched(SCALE_TYPE, current, req);
    if ('reply' in result) return result.reply;
    wanted = result.object;
  }
  const replicas = wanted.spec?.replicas;
  if (!Number.isInteger(replicas) || replicas < 0)
    return status(
      422,
      'Invalid',
      `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`
    );
  if (req.url.searchParams.get('dryRun') !== 'All') {
    setAt(existing, type.scalePaths?.specReplicasPath ?? '.spec.replicas', replicas);
    if (JSON.stringify(at(existing, '.spec')) !== JSON.stringify(current.spec))
      existing.metadata.generation = (existing.metadata.generation ?? 0) + 1;
    api.store.save(type.plural, existing);
    await api.afterWrite(type, existing);
  }
  return { status: 200, body: { ...scaleOf(type, clean(existing)), spec: { replicas } } };
}

/** GET, PUT or PATCH of `<resource>/<name>/status`: only the status changes. */
export async function statusSubresource(api: ApiState, target: Target, req: Request): Promise<Reply> {
  const { type, namespace, name } = target;
  await api.controller.beforeRead(type.plural, namespace);
  const existing = api.store.get(type.plural, namespace, name);
  if (!existing) return notFound(type, name);
  if (req.method === 'GET') return { status: 200, body: clean(existing) };
  let wanted: Obj;
  if (req.method === 'PUT') {
    const decoded = decode(req, false);
    if ('reply' in decoded) return decoded.reply;
    wanted = decoded.body;
  } else {
    const result = patched(type, clean(existing), req);
    if ('reply' in result) return result.reply;
    wanted = result.object;
  }
  const conflict = stale(target, wanted.metadata?.resourceVersion, existing);
  if (conflict) return conflict;
  if (req.url.searchParams.get('dryRun') !== 'All') {
    existing.status = wanted.status;
    api.store.save(type.plural, existing);
  }
  return { status: 200, body: clean(existing) };
}

/** `GET pods/<name>/log`: the container's output, `tailLines` and `limitBytes` as kubectl sends them. */
export async function podLog(api: ApiState, target: Target, req: Request): Promise<Reply> {
  const { type, namespace, name } = target;
  await api.controller.beforeRead('pods', namespace);
  const pod = api.store.get('pods', namespace, name);
  if (!pod) return notFound(type, name);
  const names = ((pod.spec?.containers ?? []) as Obj[]).map(c => String(c.name));
  const container = req.url.searchParams.get('container') ?? (names.length === 1 ? names[0] : undefined);
  if (!container)
    return status(
      400,
      'BadRequest',
      `a container name must be specified for pod ${name}, choose one of: [${names.join(' ')}]`
    );
  if (!names.includes(container))
    return status(400, 'BadRequest', `container ${container} is not valid for pod ${name}`);
  const state = ((pod.status?.containerStatuses ?? []) as Obj[]).find(s => s.name === container);
  const waiting = state?.state?.waiting?.reason;
  const lines = await api.controller.logs(pod, container, req.url.searchParams.get('previous') === 'true');
  if (!lines || (waiting && waiting !== 'CrashLoopBackOff' && !state?.lastState?.terminated))
    return status(
      400,
      'BadRequest',
      `container "${container}" in pod "${name}" is waiting to start: ${waiting ?? 'ContainerCreating'}`
    );
  const tail = Number(req.url.searchParams.get('tailLines') ?? -1);
  const chosen = tail >= 0 ? lines.slice(Math.max(0, lines.length - tail)) : lines;
  let text = chosen.map(l => `${l}\n`).join('');
  const limit = Number(req.url.searchParams.get('limitBytes') ?? 0);
  if (limit > 0) text = text.slice(0, limit);
  return { status: 200, body: text, headers: { 'Content-Type': 'text/plain' } };
}

/** The reviews a caller creates about itself; answered, never stored. */
export async function review(
  api: ApiState,
  auth: ClusterAuth,
  caller: { objectId: string },
  type: ResourceType,
  req: Request
): Promise<Reply> {
  const decoded = decode(req, false);
  if ('reply' in decoded) return decoded.reply;
  const body = decoded.body;
  const meta = { creationTimestamp: null };
  const head = { kind: type.kind, apiVersion: `${type.group}/${type.version}`, metadata: meta };
  if (type.kind === 'SelfSubjectReview')
    return {
      status: 201,
      body: {
        ...head,
        status: {
          userInfo: {
            username: caller.objectId,
            groups: ['system:authenticated'],
            extra: { oid: [caller.objectId] }
          }
        }
      }
    };
  if (type.kind === 'SelfSubjectRulesReview') {
    const allowed = auth.isWriter(caller.objectId);
    return {
      status: 201,
      body: {
        ...head,
        spec: body.spec ?? {},
        status: {
          resourceRules: allowed
            ? [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }]
            : [
                {
                  verbs: ['create'],
                  apiGroups: ['authorization.k8s.io'],
                  resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews']
                }
              ],
          nonResourceRules: [
            {
              verbs: ['get'],
              nonResourceURLs: [
                '/api',
                '/api/*',
                '/apis',
                '/apis/*',
                '/healthz',
                '/openapi',
                '/openapi/*',
                '/version',
                '/version/'
              ]
            }
          ],
          incomplete: false
        }
      }
    };
  }
  if (type.kind === 'SelfSubjectAccessReview') {
    const attributes = body.spec?.resourceAttributes;
    const allowed = attributes
      ? !auth.authorize(caller.objectId, String(attributes.verb ?? ''), {
          type: {
            group: String(attributes.group ?? ''),
            version: String(attributes.version ?? ''),
            kind: '',
            plural: String(attributes.resource ?? ''),
            singular: '',
            namespaced: Boolean(attributes.namespace),
            verbs: [],
            subresources: [],
            builtIn: true
          },
          namespace: attributes.namespace || undefined,
          name: attributes.name || undefined
        })
      : true;
    return {
      status: 201,
      body: {
        ...head,
        spec: body.spec ?? {},
        status: allowed
          ? { allowed: true, reason: 'Access allowed by Azure RBAC Role Assignment' }
          : {
              allowed: false,
              reason:
                'User does not have access to the resource in Azure. Update role assignment to allow access.'
            }
      }
    };
  }
  void api;
  return status(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
}
