import http from 'node:http';
import type { Reply, Request } from './core.js';

/**
 * Where a request goes: a local process's URL (`http://127.0.0.1:<port>`), or a replica of the container runtime
 * (sandbox/runtime) by its Unix socket, which reaches the container's `port` inside the replica's own network.
 */
export type ForwardTarget = string | { socketPath: string; port: number };

/**
 * A request passed on to a local HTTP server (a revision's or a pod's process), as an ingress proxy does: the
 * original host in X-Forwarded-Host, hop-by-hop headers dropped from the answer, `unreachable` when the process
 * does not answer.
 */
export function forward(
  target: ForwardTarget,
  req: Request,
  host: string,
  unreachable: Reply
): Promise<Reply> {
  return new Promise(resolve => {
    const path = req.url.pathname + req.url.search;
    const url = typeof target === 'string' ? new URL(path, target) : undefined;
    const socket = typeof target === 'string' ? undefined : target;
    const headers: http.OutgoingHttpHeaders = {
      ...req.headers,
      host: url ? url.host : `127.0.0.1:${socket!.port}`,
      'x-forwarded-host': host,
      'x-forwarded-proto': 'https'
    };
    delete headers['content-length'];
    const onResponse = (response: http.IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => {
        const replyHeaders: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (
            value !== undefined &&
            !['content-length', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)
          )
            replyHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({
          status: response.statusCode ?? 502,
          body: Buffer.concat(chunks).toString('utf8'),
          headers: replyHeaders
        });
      });
    };
    const outgoing = url
      ? http.request(url, { method: req.method, headers }, onResponse)
      : http.request({ socketPath: socket!.socketPath, path, method: req.method, headers }, onResponse);
    outgoing.on('error', () => resolve(unreachable));
    outgoing.end(req.body || undefined);
  });
}
