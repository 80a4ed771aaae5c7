// The HTTPS front of each registry: ACR's token service and its /acr/v1 metadata API answered here, the
// distribution API streamed to the registry process, scripted faults before either.
import http from 'node:http';
import type { FaultRule, Faults } from '../core.js';
import type { TokenService } from './auth.js';
import { acrError, send, type RegistryReply } from './errors.js';
import { metadataApi } from './metadata.js';
import type { RegistryCall, SandboxRegistry } from './model.js';

/** What every front shares: the fault rules, the call log, the token service. */
export interface FrontState {
  faults: Faults;
  calls: RegistryCall[];
  tokenService: TokenService;
}

/**
 * The HTTPS front of one registry, as ACR's is: faults first, the token endpoints answered here, everything under
 * /v2 streamed both ways to the registry process (a blob of any size passes through unbuffered), the token realm
 * rewritten to the host the client used.
 */
export function registryFront(registry: SandboxRegistry, state: FrontState) {
  const { faults, calls, tokenService } = state;
  return (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? registry.loginServer}`);
    const method = (req.method ?? 'GET').toUpperCase();
    const record = (status: number, detail?: Record<string, unknown>) =>
      calls.push({
        registry: registry.name,
        method,
        path: url.pathname,
        status,
        ...(detail ? { detail } : {})
      });
    const serve = (fault: FaultRule | undefined): void => {
      if (fault) {
        if (fault.reset) {
          record(0, { fault: 'reset' });
          req.socket.destroy();
          return;
        }
        const status = fault.status ?? 503;
        record(status, { fault: true });
        const code = status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE';
        return send(res, acrError(status, code, `service unavailable (sandbox fault ${status})`), {
          ...(fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {})
        });
      }
      if (url.pathname === '/oauth2/exchange' || url.pathname === '/oauth2/token') {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const form = new URLSearchParams(Buffer.concat(chunks).toString());
          for (const [k, v] of url.searchParams) form.append(k, v);
          const basicHeader = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
          const decoded = basicHeader ? Buffer.from(basicHeader, 'base64').toString() : undefined;
          const basic = decoded
            ? {
                user: decoded.slice(0, decoded.indexOf(':')),
                password: decoded.slice(decoded.indexOf(':') + 1)
              }
            : undefined;
          const work: Promise<RegistryReply> =
            url.pathname === '/oauth2/exchange'
              ? method === 'POST'
                ? tokenService.exchange(registry, form)
                : Promise.resolve(acrError(405, 'UNSUPPORTED', 'use POST'))
              : tokenService.token(registry, form, basic);
          void work
            .catch((e: unknown): RegistryReply => acrError(500, 'INTERNAL', String(e)))
            .then(reply => {
              record(reply.status, reply.detail);
              send(res, reply);
            });
        });
        return;
      }
      if (url.pathname.startsWith('/acr/v1/')) {
        void metadataApi(registry, tokenService, method, url, req.headers.authorization)
          .catch((e: unknown): RegistryReply => acrError(500, 'INTERNAL', String(e)))
          .then(reply => {
            const answer = reply ?? acrError(404, 'NOT_FOUND', 'not found');
            record(answer.status);
            send(res, answer, (answer as { headers?: Record<string, string> }).headers);
          });
        return;
      }
      if (!url.pathname.startsWith('/v2')) {
        record(404);
        return send(res, acrError(404, 'NOT_FOUND', 'not found'));
      }
      // Streamed both ways: a blob of any size passes through without being buffered.
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port: registry.process.port,
          method,
          path: req.url,
          headers: { ...req.headers, 'x-forwarded-proto': 'https' }
        },
        answer => {
          const headers = { ...answer.headers };
          const challenge = headers['www-authenticate'];
          if (
            typeof challenge === 'string' &&
            req.headers.host &&
            req.headers.host !== registry.loginServer
          ) {
            headers['www-authenticate'] = challenge.replace(
              `realm="https://${registry.loginServer}/oauth2/token"`,
              `realm="https://${req.headers.host}/oauth2/token"`
            );
          }
          headers['docker-distribution-api-version'] ??= 'registry/2.0';
          res.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(res);
          answer.on('end', () => record(answer.statusCode ?? 502));
        }
      );
      upstream.on('error', () => {
        record(503, { upstream: 'down' });
        if (!res.headersSent) send(res, acrError(503, 'UNAVAILABLE', 'the registry is not reachable'));
        else res.destroy();
      });
      req.pipe(upstream);
    };
    const fault = faults.take('acr', method, url.pathname + url.search, registry.name);
    // A delay alone lets the request through late; with a status or a reset, that answer comes late.
    if (fault?.latencyMs) {
      const late = fault.status !== undefined || fault.reset ? fault : undefined;
      setTimeout(() => serve(late), fault.latencyMs);
    } else serve(fault);
  };
}
