// The content host: every build's files at its host name (`<host>.<location>.azurestaticapps.net` for production,
// `<host>-<environment>.<location>...` for previews), through the proxy, answered by the routing of its own
// staticwebapp.config.json. A production build never deployed answers Azure's placeholder page; an unknown host 404.
import type http from 'node:http';
import type { FaultRule, Faults } from '../core.js';
import { answer } from './routing.js';
import type { SitesStore } from './store.js';

export interface ContentCall {
  host: string;
  method: string;
  path: string;
  status: number;
  fault?: boolean;
}

const placeholder = Buffer.from(
  '<!DOCTYPE html><title>Azure Static Web Apps</title><h1>Congratulations on your new site!</h1><p>Your site will be ready soon: wait for a deployment to complete.</p>'
);

export function contentHost(store: SitesStore, state: { faults: Faults; calls: ContentCall[] }) {
  return (req: http.IncomingMessage, res: http.ServerResponse): void => {
    req.resume();
    const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', 'https://site');
    const method = (req.method ?? 'GET').toUpperCase();
    const send = (status: number, headers: Record<string, string>, body: Buffer, fault = false) => {
      state.calls.push({ host, method, path: url.pathname, status, ...(fault ? { fault } : {}) });
      res.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
      res.end(body);
    };
    const fault: FaultRule | undefined = state.faults.take(
      'staticsites',
      method,
      url.pathname + url.search,
      host
    );
    if (fault) {
      const reply = () =>
        fault.reset
          ? req.socket.destroy()
          : send(
              fault.status ?? 503,
              { 'Content-Type': 'text/plain' },
              Buffer.from('Service Unavailable'),
              true
            );
      if (fault.latencyMs) setTimeout(reply, fault.latencyMs);
      else reply();
      return;
    }
    const found = store.byHost(host);
    if (!found || found.build.status === 'Deleting') {
      return send(
        404,
        { 'Content-Type': 'text/html; charset=utf-8' },
        Buffer.from('<!DOCTYPE html><h1>404 Web Site not found</h1>')
      );
    }
    const content = found.build.content;
    if (!content) return send(200, { 'Content-Type': 'text/html; charset=utf-8' }, placeholder);
    if (/^\/api(\/|$)/i.test(url.pathname)) {
      // Managed functions are stored with the build but not run by the sandbox.
      return send(
        content.functions ? 501 : 404,
        { 'Content-Type': 'text/plain' },
        Buffer.from(
          content.functions ? 'The sandbox does not run Static Web Apps managed functions.' : 'Not Found'
        )
      );
    }
    const { status, headers, body } = answer(content.files, content.config, method, url.pathname);
    send(status, headers, body);
  };
}
