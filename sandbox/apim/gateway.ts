// The API Management gateway: routes `https://<service>.azure-api.net/<api path>[/<version>]/<operation>` to the
// API's backend (`serviceUrl`), after the subscription key check and the API's and operation's policies.
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import tls, { type PeerCertificate } from 'node:tls';
import { X509Certificate } from 'node:crypto';
import type { Reply, Request } from '../core.js';
import { effective, type PolicyDocument, type XmlElement } from './policy.js';
import type { OperationContract } from './openapi.js';
import type { ApiEntry, ApiRevision } from './model.js';
import type { ServiceState } from './store.js';

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'content-length',
  'host'
]);

/**
 * Connections to backends, pooled with keep-alive. A backend on an IP address or localhost is reached directly;
 * one with a host name (a Container App's `https://<app>.<env>.azurecontainerapps.io`) through the sandbox's
 * proxy, as Azure's gateway would reach it over the internet, trusting the sandbox CA.
 */
export class Backends {
  private readonly direct = {
    http: new http.Agent({ keepAlive: true, maxSockets: 256 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 256 })
  };
  private readonly proxied?: https.Agent;

  constructor(options: { proxyUrl?: string; ca?: string; cert?: string } = {}) {
    const { proxyUrl, ca, cert } = options;
    // The sandbox's one certificate names `*.azurecontainerapps.io`, which does not cover a Container App's
    // `<app>.<env>.<region>.azurecontainerapps.io`; that certificate, and only it, is accepted for any name the
    // sandbox's proxy routes (Azure's own certificates name each app). Every other name is checked as usual.
    const sandboxLeaf = cert ? new X509Certificate(cert).fingerprint256 : undefined;
    const checkServerIdentity = (host: string, peer: PeerCertificate) =>
      sandboxLeaf && peer.fingerprint256 === sandboxLeaf ? undefined : tls.checkServerIdentity(host, peer);
    if (!proxyUrl) return;
    const proxy = new URL(proxyUrl);
    const agent = new https.Agent({ keepAlive: true, maxSockets: 256, ca });
    // An Agent may hand its socket over asynchronously: CONNECT first, then TLS inside the tunnel.
    (agent as unknown as { createConnection: unknown }).createConnection = (
      target: { host: string; port: number; servername?: string },
      done: (error: Error | null, socket?: Duplex) => void
    ) => {
      const connect = http.request({
        host: proxy.hostname,
        port: Number(proxy.port),
        method: 'CONNECT',
        path: `${target.host}:${target.port}`
      });
      connect.once('connect', (response, socket) => {
        if (response.statusCode !== 200) {
          socket.destroy();
          done(
            Object.assign(
              new Error(`the sandbox proxy refused ${target.host}:${target.port} (${response.statusCode})`),
              { code: 'EPROXY' }
            )
          );
          return;
        }
        const secure = tls.connect({
          socket,
          servername: target.servername ?? target.host,
          ca,
          checkServerIdentity
        });
        secure.once('secureConnect', () => done(null, secure));
        secure.once('error', error => done(error));
      });
      connect.once('error', error => done(error));
      connect.end();
      return undefined;
    };
    this.proxied = agent;
  }

  agentFor(target: URL): http.Agent {
    const literal = isIP(target.hostname.replace(/^\[|\]$/g, '')) !== 0 || target.hostname === 'localhost';
    if (target.protocol === 'https:' && !literal && this.proxied) return this.proxied;
    return target.protocol === 'https:' ? this.direct.https : this.direct.http;
  }

  close(): void {
    this.direct.http.destroy();
    this.direct.https.destroy();
    this.proxied?.destroy();
  }
}

const gatewayError = (status: number, message: string, headers: Record<string, string> = {}): Reply => ({
  status,
  body: { statusCode: status, message },
  headers
});

interface Route {
  entry: ApiEntry;
  revision: ApiRevision;
  /** The request path after the API's path (and version segment). */
  rest: string;
}

/** The API a request is for: the longest API path (plus version segment) that prefixes the request path. */
function findApi(state: ServiceState, path: string, req: Request): Route | undefined {
  const revisionMatch = /;rev=(\d+)/.exec(path);
  const cleanPath = path.replace(/;rev=\d+/, '');
  let best: (Route & { length: number }) | undefined;
  for (const entry of state.apis.values()) {
    const revision = entry.revisions.get(revisionMatch?.[1] ?? entry.current);
    if (!revision) continue;
    const props = revision.props;
    const versionSet = props.apiVersionSetId ? state.versionSetOf(props.apiVersionSetId) : undefined;
    let prefix = `/${props.path}`.replace(/\/+$/, '');
    if (versionSet && props.apiVersion) {
      const scheme = versionSet.versioningScheme;
      if (scheme === 'Segment') prefix += `/${props.apiVersion}`;
      else if (scheme === 'Header') {
        if (req.headers[(versionSet.versionHeaderName ?? '').toLowerCase()] !== props.apiVersion) continue;
      } else if (scheme === 'Query') {
        if (req.url.searchParams.get(versionSet.versionQueryName ?? '') !== props.apiVersion) continue;
      }
    }
    const fits = cleanPath === prefix || cleanPath.startsWith(`${prefix}/`) || prefix === '';
    if (fits && (!best || prefix.length > best.length)) {
      best = { entry, revision, rest: cleanPath.slice(prefix.length) || '/', length: prefix.length };
    }
  }
  return best;
}

/**
 * The operation a request is for: method and path segments as the URL template has them, and its query part
 * (a required query parameter put into the template, or an `x-ms-paths` literal) present in the request.
 */
function matchOperation(
  operations: OperationContract[],
  method: string,
  rest: string,
  query: URLSearchParams
): OperationContract | undefined {
  const segments = rest.split('/').filter(Boolean);
  let best: { operation: OperationContract; literal: number } | undefined;
  for (const operation of operations) {
    if (operation.method !== method) continue;
    const [pathPart, queryPart = ''] = operation.urlTemplate.split('?') as [string, string?];
    const template = pathPart.split('/').filter(Boolean);
    if (template.length !== segments.length) continue;
    let literal = 0;
    const pathMatches = template.every((part, i) => {
      if (/^\{[^}]+\}$/.test(part)) return true;
      literal++;
      return part === segments[i];
    });
    const queryMatches = queryPart
      .split('&')
      .filter(Boolean)
      .every(pair => {
        const [name = '', value = ''] = pair.split('=');
        if (!query.has(name)) return false;
        if (/^\{[^}]+\}$/.test(value)) return true;
        literal++;
        return query.get(name) === value;
      });
    if (pathMatches && queryMatches && (!best || literal > best.literal)) best = { operation, literal };
  }
  return best?.operation;
}

function setHeader(headers: Record<string, string>, policy: XmlElement): void {
  const name = (policy.attributes['name'] ?? '').toLowerCase();
  if (!name) return;
  const action = policy.attributes['exists-action'] ?? 'override';
  const values = policy.children.filter(c => c.name === 'value').map(c => c.text.trim());
  if (action === 'delete') delete headers[name];
  else if (action === 'skip') headers[name] ??= values.join(',');
  else if (action === 'append' && headers[name] !== undefined)
    headers[name] = [headers[name], ...values].join(',');
  else headers[name] = values.join(',');
}

function mockResponse(policy: XmlElement, operation: OperationContract): Reply {
  const status = Number(policy.attributes['status-code'] ?? 200);
  const contentType = policy.attributes['content-type'] ?? 'application/json';
  const response = operation.responses.find(r => r.statusCode === status);
  const representation =
    response?.representations.find(r => r.contentType === contentType) ?? response?.representations[0];
  const example = representation?.examples?.['default']?.value;
  if (example === undefined) return { status, headers: {} };
  return {
    status,
    headers: { 'content-type': representation!.contentType },
    body: typeof example === 'string' ? example : JSON.stringify(example)
  };
}

function forward(
  backends: Backends,
  backend: string,
  rest: string,
  req: Request,
  headers: Record<string, string>,
  keyQuery: string
): Promise<Reply> {
  const query = new URLSearchParams(req.url.searchParams);
  query.delete(keyQuery);
  const search = query.toString();
  const target = new URL(
    `${backend.replace(/\/+$/, '')}${rest === '/' && backend.endsWith('/') ? '' : rest}${search ? `?${search}` : ''}`
  );
  const secure = target.protocol === 'https:';
  return new Promise(resolve => {
    const outgoing = (secure ? https : http).request(
      target,
      {
        method: req.method,
        headers: req.body ? { ...headers, 'content-length': String(Buffer.byteLength(req.body)) } : headers,
        agent: backends.agentFor(target)
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const replyHeaders: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined && !hopByHop.has(name))
              replyHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          resolve({
            status: res.statusCode ?? 502,
            headers: replyHeaders,
            body: Buffer.concat(chunks).toString()
          });
        });
      }
    );
    outgoing.on('error', error =>
      resolve({
        ...gatewayError(500, 'Internal server error'),
        detail: { backendError: String((error as { code?: string }).code ?? error.message) }
      })
    );
    outgoing.end(req.body || undefined);
  });
}

/** The gateway's request handler for one service. */
export function gatewayHandler(state: ServiceState, backends: Backends) {
  return async (req: Request): Promise<Reply> => {
    const route = findApi(state, req.url.pathname, req);
    if (!route) return gatewayError(404, 'Resource not found');
    const { entry, revision, rest } = route;
    const props = revision.props;
    const keyHeader = (
      props.subscriptionKeyParameterNames?.header ?? 'Ocp-Apim-Subscription-Key'
    ).toLowerCase();
    const keyQuery = props.subscriptionKeyParameterNames?.query ?? 'subscription-key';
    const detail: Record<string, unknown> = { api: entry.id, revision: revision.props.apiRevision };

    const key = String(req.headers[keyHeader] ?? req.url.searchParams.get(keyQuery) ?? '');
    const subscription = key ? state.subscriptionForKey(key, entry.id) : undefined;
    if (props.subscriptionRequired !== false) {
      const challenge = {
        'WWW-Authenticate': `AzureApiManagementKey realm="https://${state.name}.azure-api.net/${props.path}",name="${props.subscriptionKeyParameterNames?.header ?? 'Ocp-Apim-Subscription-Key'}",type="header"`
      };
      if (!key) {
        return {
          ...gatewayError(
            401,
            'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
            challenge
          ),
          detail
        };
      }
      if (!subscription) {
        return {
          ...gatewayError(
            401,
            'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
            challenge
          ),
          detail
        };
      }
      detail['subscription'] = subscription;
    }

    const operation = matchOperation(revision.operations, req.method, rest, req.url.searchParams);
    if (!operation) return { ...gatewayError(404, 'Resource not found'), detail };
    detail['operation'] = operation.name;
    const apiPolicy: PolicyDocument | undefined = revision.policy?.doc;
    const operationPolicy = revision.operationPolicies.get(operation.name.toLowerCase())?.doc;

    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && !hopByHop.has(name) && name !== keyHeader)
        headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    headers['x-forwarded-for'] = '127.0.0.1';
    let backend = props.serviceUrl ?? '';
    let reply: Reply | undefined;
    for (const policy of effective('inbound', apiPolicy, operationPolicy)) {
      if (policy.name === 'set-header') setHeader(headers, policy);
      else if (policy.name === 'set-backend-service' && policy.attributes['base-url'])
        backend = policy.attributes['base-url'];
      else if (policy.name === 'rate-limit' || policy.name === 'rate-limit-by-key') {
        const calls = Number(policy.attributes['calls'] ?? Infinity);
        const period = Number(policy.attributes['renewal-period'] ?? 60);
        // One counter per policy and caller, as each rate-limit policy keeps its own.
        const wait = state.rateLimit(
          `${entry.id}:${subscription ?? 'anonymous'}:${calls}/${period}`,
          calls,
          period
        );
        if (wait > 0) {
          return {
            ...gatewayError(429, `Rate limit is exceeded. Try again in ${wait} seconds.`, {
              'Retry-After': String(wait)
            }),
            detail
          };
        }
      } else if (policy.name === 'mock-response') {
        reply = mockResponse(policy, operation);
        detail['mocked'] = true;
        break;
      }
    }
    if (!reply) {
      if (!backend)
        return {
          ...gatewayError(500, 'Internal server error'),
          detail: { ...detail, backendError: 'no serviceUrl' }
        };
      reply = await forward(backends, backend, rest, req, headers, keyQuery);
    }
    const responseHeaders = { ...reply.headers };
    const lower: Record<string, string> = {};
    for (const [name, value] of Object.entries(responseHeaders)) lower[name.toLowerCase()] = value;
    for (const policy of effective('outbound', apiPolicy, operationPolicy)) {
      if (policy.name === 'set-header') setHeader(lower, policy);
    }
    return { ...reply, headers: lower, detail: { ...detail, ...reply.detail } };
  };
}
