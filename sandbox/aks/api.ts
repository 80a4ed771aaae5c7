// The API server's front: authentication, discovery, the path read as a resource (every served one: built-in
// kinds of 1.32 and custom resources), a namespace, a name and a subresource, the verb from the method, Azure
// RBAC, then the verb's handler.
import type { Handler } from '../core.js';
import type { ClusterAuth } from './auth.js';
import { discovery, groupVersionPath } from './discovery.js';
import { methodNotAllowed, noSuchResource } from './errors.js';
import { create, get, list, patch, remove, removeCollection, update, type ApiState } from './handlers.js';
import { podLog, review, scale, statusSubresource } from './subresources.js';

const writeVerbs: Record<string, string> = {
  PATCH: 'patch',
  POST: 'create',
  PUT: 'update',
  DELETE: 'delete'
};
const REVIEWS = ['SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'SelfSubjectReview'];

export function apiServer(api: ApiState, auth: ClusterAuth, kubernetesVersion: string): Handler {
  return async req => {
    const caller = await auth.authenticate(req);
    if ('status' in caller) return caller;
    const path = req.url.pathname.replace(/\/+$/, '');
    const document = discovery(path, kubernetesVersion, api.resources);
    if (document) return document;
    // /api/v1 or /apis/<group>/<version>, then [/namespaces/<ns>]/<plural>[/<name>[/<subresource>]].
    const at = groupVersionPath(path, api.resources.all());
    if (!at) return noSuchResource();
    const parts = at.rest.split('/').filter(Boolean).map(decodeURIComponent);
    let namespace: string | undefined;
    // `namespaces/<ns>/<plural>...` names a namespace; `namespaces/<name>[/status]` is the Namespace itself.
    if (
      parts[0] === 'namespaces' &&
      parts.length >= 3 &&
      at.served.some(t => t.plural === parts[2] && t.namespaced)
    ) {
      namespace = parts[1];
      parts.splice(0, 2);
    }
    const [plural, name, subresource, ...rest] = parts;
    const type = at.served.find(t => t.plural === plural);
    if (!type || rest.length) return noSuchResource();
    const sub = subresource ? type.subresources.find(s => s.name === subresource) : undefined;
    if (subresource && !sub) return noSuchResource();
    const verb =
      req.method === 'GET'
        ? name
          ? 'get'
          : 'list'
        : name
          ? (writeVerbs[req.method] ?? req.method.toLowerCase())
          : req.method === 'DELETE'
            ? 'deletecollection'
            : req.method === 'POST'
              ? 'create'
              : req.method.toLowerCase();
    const refused = auth.authorize(caller.objectId, verb, { type, namespace, name, subresource });
    if (refused) return refused;
    const verbs = sub ? sub.verbs : type.verbs;
    if (!verbs.includes(verb)) return methodNotAllowed();
    if (type.namespaced && !namespace && verb !== 'list' && !REVIEWS.includes(type.kind))
      return noSuchResource();
    if (!type.namespaced && namespace) return noSuchResource();
    if (
      !sub &&
      (verb === 'create') === Boolean(name) &&
      ['create', 'update', 'patch', 'delete'].includes(verb)
    )
      return methodNotAllowed();
    const target = { type, namespace, name: name! };
    if (sub?.name === 'scale') return scale(api, target, req);
    if (sub?.name === 'status') return statusSubresource(api, target, req);
    if (sub?.name === 'log') return podLog(api, target, req);
    if (sub) return methodNotAllowed();
    if (REVIEWS.includes(type.kind)) return review(api, auth, caller, type, req);
    if (type.verbs.length === 1 && type.verbs[0] === 'create') return methodNotAllowed();
    if (verb === 'patch') return patch(api, target, req);
    if (verb === 'create') return create(api, target, req);
    if (verb === 'update') return update(api, target, req);
    if (verb === 'delete') return remove(api, target, req);
    if (verb === 'deletecollection') return removeCollection(api, target, req);
    if (verb === 'get') return get(api, target, req);
    return list(api, target, req);
  };
}
