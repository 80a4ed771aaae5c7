import http from 'node:http';
import type { Reply, Request } from './core.js';

/**
 * A request passed on to a local HTTP server (a revision's or a pod's process), as an ingress proxy does: the
 * original host in X-Forwarded-Host, hop-by-hop headers dropped from the answer, `unreachable` when the process
 * does not answer.
 */
export function forward(target: string, req: Request, host: string, unreachable: Reply): Promise<Reply> {
  return new Promise(resolve => {
    const url = new URL(req.url.pathname + req.url.search, target);
    const headers: http.OutgoingHttpHeaders = {
      ...req.headers,
      host: url.host,
      'x-forwarded-host': host,
      'x-forwarded-proto': 'https'
    };
    delete headers['content-length'];
    const outgoing = http.request(url, { method: req.method, headers }, response => {
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
    });
    outgoing.on('error', () => resolve(unreachable));
    outgoing.end(req.body || undefined);
  });
}
