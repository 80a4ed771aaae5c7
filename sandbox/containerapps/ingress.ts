// The environments' ingress: label URLs (https://<app>---<label>.<domain>), revision URLs and the app's URL,
// the last split by the production weights, each forwarded to the revision it reaches: its replica's socket in the
// container runtime, or the example service's process standing in for it.
import type { Handler, Reply } from '../core.js';
import { forward } from '../forward.js';
import { domainOf, resolvedTraffic, type App, type Revision } from './model.js';
import type { AppsStore } from './store.js';

/** Which revision a request to `host` reaches: a label URL, a revision URL, or the app's production split. */
function route(
  apps: Iterable<App>,
  host: string
): { app: App; revision?: Revision; why: string } | undefined {
  const name = host.split(':')[0]!.toLowerCase();
  for (const app of apps) {
    const domain = domainOf(app).toLowerCase();
    if (!name.endsWith(`.${domain}`)) continue;
    const sub = name.slice(0, -domain.length - 1);
    if (sub === app.name.toLowerCase()) {
      const traffic = resolvedTraffic(app).filter(t => t.weight > 0);
      const total = traffic.reduce((sum, t) => sum + t.weight, 0);
      let pick = Math.random() * total;
      const chosen = traffic.find(t => (pick -= t.weight) < 0) ?? traffic[0];
      return {
        app,
        revision: chosen && app.revisions.get(chosen.revisionName.toLowerCase()),
        why: 'production traffic'
      };
    }
    if (sub.startsWith(`${app.name.toLowerCase()}---`)) {
      const label = sub.slice(app.name.length + 3);
      const entry = resolvedTraffic(app).find(t => t.label?.toLowerCase() === label);
      return {
        app,
        revision: entry && app.revisions.get(entry.revisionName.toLowerCase()),
        why: `label '${label}'`
      };
    }
    const revision = app.revisions.get(sub);
    if (revision) return { app, revision, why: `revision '${revision.name}'` };
  }
  return undefined;
}

/**
 * The environments' ingress: a request by host (or X-Forwarded-Host on the loopback port) goes to the revision
 * its URL names, or by the production weights, and on to that revision's process.
 */
export function ingressHandler(apps: AppsStore): Handler {
  return async (req): Promise<Reply> => {
    // A front end (or a test calling the loopback port) names the app in X-Forwarded-Host.
    const forwardedHost = req.headers['x-forwarded-host'];
    const routed = route(apps.apps.values(), typeof forwardedHost === 'string' ? forwardedHost : req.host);
    if (!routed)
      return {
        status: 404,
        body: `No Container App answers at ${req.host}.`,
        headers: { 'content-type': 'text/plain' }
      };
    const revision = routed.revision?.active ? routed.revision : undefined;
    const target = revision?.container
      ? { socketPath: revision.container.socketPath, port: revision.container.port }
      : revision?.process?.url;
    if (!target) {
      return {
        status: 503,
        body: `Container App '${routed.app.name}': no running revision serves ${routed.why}.`,
        headers: { 'content-type': 'text/plain' }
      };
    }
    const reply = await forward(target, req, req.host, {
      status: 502,
      body: 'upstream connect error',
      headers: {}
    });
    return {
      ...reply,
      headers: { ...reply.headers, 'x-sandbox-revision': routed.revision!.name },
      detail: { revision: routed.revision!.name }
    };
  };
}
