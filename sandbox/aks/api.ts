// The API server's front: authentication, discovery, the path read as a resource, a namespace and a name, the
// verb from the method, Azure RBAC, then the verb's handler.
import type { Handler } from '../core.js';
import type { ClusterAuth } from './auth.js';
import { discovery, groupVersionPath } from './discovery.js';
import { methodNotAllowed, noSuchResource } from './errors.js';
import { create, get, list, patch, remove, update, type ApiState } from './handlers.js';

const writeVerbs: Record<string, string> = {
  PATCH: 'patch',
  POST: 'create',
  PUT: 'update',
  DELETE: 'delete'
};

export function apiServer(api: ApiState, auth: ClusterAuth, kubernetesVersion: string): Handler {
  return async req => {
    const caller = await auth.authenticate(req);
    if ('status' in caller) return caller;
    const path = req.url.pathname.replace(/\/+$/, '');
    const document = discovery(path, kubernetesVersion);
    if (document) return document;
    // /api/v1 or /apis/<group>/<version>, then [/namespaces/<ns>]/<plural>[/<name>].
    const at = groupVersionPath(path);
    const match = at && /^(?:\/namespaces\/([^/]+)(?=\/))?\/([a-z]+)(?:\/([^/]+))?$/.exec(at.rest);
    const type = match && at.served.find(t => t.plural === match[2]);
    if (!match || !type) return noSuchResource();
    const namespace = match[1] ? decodeURIComponent(match[1]) : undefined;
    const name = match[3] ? decodeURIComponent(match[3]) : undefined;
    const verb =
      req.method === 'GET' ? (name ? 'get' : 'list') : (writeVerbs[req.method] ?? req.method.toLowerCase());
    const refused = auth.authorize(caller.objectId, verb, { type, namespace, name });
    if (refused) return refused;
    if (!type.verbs.includes(verb)) return methodNotAllowed();
    if (type.namespaced && !namespace && verb !== 'list') return noSuchResource();
    if ((verb === 'create') === Boolean(name) && ['create', 'update', 'patch', 'delete'].includes(verb))
      return methodNotAllowed();
    const target = { type, namespace, name: name! };
    if (verb === 'patch') return patch(api, target, req);
    if (verb === 'create') return create(api, target, req);
    if (verb === 'update') return update(api, target, req);
    if (verb === 'delete') return remove(api, target);
    if (verb === 'get') return get(api, target);
    return list(api, target, req);
  };
}
