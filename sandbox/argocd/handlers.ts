// Argo CD's API server: routes, the caller's account and its RBAC, then the controller's view or a sync.
import type { Handler, Reply, Request } from '../core.js';
import type { ArgoAuth } from './auth.js';
import type { ApplicationController } from './controller.js';
import { argoError } from './errors.js';
import type { Obj } from './model.js';

/**
 * Argo CD's REST API, the part CI uses: the version, GET an Application, POST a sync (run in the background; the
 * answer is the Application with its operation), and can-i.
 */
export function apiHandler(auth: ArgoAuth, controller: ApplicationController, now: () => string): Handler {
  return async (req: Request): Promise<Reply> => {
    const path = req.url.pathname.replace(/\/+$/, '');
    if (req.method === 'GET' && path === '/api/version')
      return { status: 200, body: { Version: 'v3.0.6+sandbox' } };
    const m = /^\/api\/v1\/applications\/([^/]+)(\/sync|\/resource-tree|\/resource)?$/.exec(path);
    const canI = /^\/api\/v1\/account\/can-i\/applications\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(path);
    if (!m && !canI)
      return { status: 404, body: '404 page not found\n', headers: { 'Content-Type': 'text/plain' } };
    const caller = await auth.authenticate(req);
    if ('status' in caller) return caller;
    if (canI) {
      const allowed = caller.account.actions.includes(canI[1] as 'get' | 'sync');
      return { status: 200, body: { value: allowed ? 'yes' : 'no' } };
    }
    if (!m) return argoError(404, 5, 'Not Found');
    const name = decodeURIComponent(m[1]!);
    const sub = m[2];
    const action = sub === '/sync' ? 'sync' : 'get';
    if ((action === 'sync' && req.method !== 'POST') || (action === 'get' && req.method !== 'GET'))
      return argoError(405, 12, 'Method Not Allowed');
    const app = controller.apps.get(name);
    if (!caller.account.actions.includes(action) || (!app && !caller.account.actions.includes('sync'))) {
      const project = app?.spec.project ?? 'default';
      return argoError(
        403,
        7,
        `permission denied: applications, ${action}, ${project}/${name}, sub: ${caller.sub}, iat: ${now()}`
      );
    }
    if (!app) return argoError(404, 5, `applications.argoproj.io "${name}" not found`);
    if (sub === '/resource-tree') return { status: 200, body: await controller.tree(name) };
    if (sub === '/resource') {
      const found = await controller.resource(name, req.url.searchParams);
      return found
        ? { status: 200, body: found }
        : argoError(
            404,
            5,
            `${req.url.searchParams.get('kind')} "${req.url.searchParams.get('resourceName')}" not found as part of application ${name}`
          );
    }
    if (action === 'get') return { status: 200, body: await controller.view(name) };

    let request: Obj;
    try {
      request = req.body ? (JSON.parse(req.body) as Obj) : {};
    } catch {
      return argoError(400, 3, 'invalid character in the request body: ApplicationSyncRequest must be JSON');
    }
    if (app.operation) return argoError(400, 9, 'another operation is already in progress');
    const target = app.spec.source.targetRevision ?? 'HEAD';
    const revision = typeof request.revision === 'string' && request.revision ? request.revision : target;
    if (app.spec.syncPolicy?.automated && revision !== target) {
      return argoError(400, 9, `Cannot sync to ${revision}: auto-sync currently set to ${target}`);
    }
    app.operation = {
      sync: {
        revision,
        prune: request.prune === true,
        ...(request.strategy ? { syncStrategy: request.strategy } : {}),
        ...(request.syncOptions?.items ? { syncOptions: request.syncOptions.items } : {})
      },
      initiatedBy: { username: caller.sub },
      retry: {}
    };
    app.operationState = {
      operation: app.operation,
      phase: 'Running',
      message: 'one or more tasks are running',
      startedAt: now()
    };
    void controller.operate(name, app, revision).catch(e => {
      Object.assign(app.operationState!, {
        phase: 'Error',
        message: (e as Error).message,
        finishedAt: now()
      });
      delete app.operation;
    });
    return { status: 200, body: await controller.view(name), detail: { application: name, revision } };
  };
}
