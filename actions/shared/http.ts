import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { proxyFor } from './proxy.js';
import { userAgent } from './version.js';

/**
 * The one HTTP transport for every request the actions make themselves: GitHub (its token service and, through
 * Octokit, its REST API), Entra, registries and ACR's token service, Kubernetes API servers, Argo CD and smoke
 * checks. ARM goes through the Azure SDK's pipeline instead, which has its own.
 *
 * - Keep-alive: one agent per (scheme, proxy, CA), so a registry conversation of dozens of requests reuses its
 *   connections, through a proxy too (the SDK's proxy agents do not keep connections alive).
 * - HTTPS_PROXY / HTTP_PROXY and NO_PROXY as curl and the Azure SDK read them; the proxy agents load only when a
 *   proxy applies.
 * - A CA per request (a cluster's own CA), checked through a proxy's tunnel as well.
 * - No retries here: callers retry through retry.ts, which knows what is worth repeating.
 *
 * Global fetch is not used: it ignores HTTPS_PROXY, and loading it costs about 20 ms of every step's start.
 */
export interface HttpRequest {
  method: string;
  url: string | URL;
  headers?: Record<string, string>;
  /** A body, or a function that opens a stream of it (a blob copied from one registry to another). */
  body?: string | Buffer | (() => Readable | NodeJS.ReadableStream);
  /** PEM certificates to trust for this request instead of the default roots (a Kubernetes cluster's CA). */
  ca?: string;
  /** A client certificate and its key (PEM) to present in the TLS handshake (a kubeconfig's certificate user). */
  clientCertificate?: { cert: string; key: string };
  /** An idle socket for this long ends the request with ETIMEDOUT; 0 never. Default 30 s. */
  timeoutMs?: number;
  /** The body as a stream (`response.stream`) instead of read into `response.body`, for the statuses listed. */
  streamStatuses?: number[];
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  header(name: string): string | undefined;
  /** The body, unless it is streamed. */
  body: Buffer;
  text: string;
  stream?: http.IncomingMessage;
}

export interface TransportOptions {
  /** Connections per host at once (a smoke suite's concurrency); default Infinity. */
  maxSockets?: number;
  env?: NodeJS.ProcessEnv;
}

export class HttpTransport {
  private readonly agents = new Map<string, Promise<http.Agent>>();
  constructor(private readonly options: TransportOptions = {}) {}

  private agentFor(
    url: URL,
    ca: string | undefined,
    certificate: HttpRequest['clientCertificate']
  ): Promise<http.Agent> {
    const proxy = proxyFor(url, this.options.env ?? process.env);
    const hash = (value: string | undefined) =>
      value ? createHash('sha256').update(value).digest('hex') : '';
    // A connection that presented one certificate is never reused for a request that would present another.
    const key = `${url.protocol} ${proxy ?? ''} ${hash(ca)} ${hash(certificate?.cert)}`;
    let agent = this.agents.get(key);
    if (!agent) {
      const options = {
        keepAlive: true,
        ...(this.options.maxSockets
          ? { maxSockets: this.options.maxSockets, maxFreeSockets: this.options.maxSockets }
          : {}),
        ...(ca ? { ca } : {}),
        ...(certificate ? { cert: certificate.cert, key: certificate.key } : {})
      };
      agent = proxy ? proxyAgent(url.protocol, proxy, options) : Promise.resolve(directAgent(url, options));
      this.agents.set(key, agent);
    }
    return agent;
  }

  async request(request: HttpRequest): Promise<HttpResponse> {
    const url = typeof request.url === 'string' ? new URL(request.url) : request.url;
    const agent = await this.agentFor(url, request.ca, request.clientCertificate);
    const body = typeof request.body === 'function' ? request.body() : request.body;
    const timeoutMs = request.timeoutMs ?? 30_000;
    return new Promise<HttpResponse>((resolve, reject) => {
      const req = (url.protocol === 'https:' ? https : http).request(
        url,
        {
          method: request.method,
          agent,
          headers: {
            'user-agent': userAgent,
            ...request.headers,
            ...(body === undefined || typeof body === 'object'
              ? {}
              : { 'content-length': String(Buffer.byteLength(body)) }),
            ...(Buffer.isBuffer(body) ? { 'content-length': String(body.length) } : {})
          },
          ...(request.ca ? { ca: request.ca } : {}),
          // Given to the request too: a proxy's tunnel (https-proxy-agent) opens the TLS session with these options.
          ...(request.clientCertificate
            ? { cert: request.clientCertificate.cert, key: request.clientCertificate.key }
            : {}),
          ...(timeoutMs ? { timeout: timeoutMs } : {}),
          ...(request.signal ? { signal: request.signal } : {})
        },
        res => {
          const status = res.statusCode ?? 0;
          const header = (name: string) => {
            const value = res.headers[name.toLowerCase()];
            return Array.isArray(value) ? value.join(', ') : value;
          };
          if (request.streamStatuses?.includes(status)) {
            resolve({ status, headers: res.headers, header, body: Buffer.alloc(0), text: '', stream: res });
            return;
          }
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const bytes = Buffer.concat(chunks);
            resolve({ status, headers: res.headers, header, body: bytes, text: bytes.toString('utf8') });
          });
          res.on('error', reject);
        }
      );
      req.on('timeout', () =>
        req.destroy(
          Object.assign(new Error(`no answer from ${url.host} within ${Math.round(timeoutMs / 1000)} s`), {
            code: 'ETIMEDOUT'
          })
        )
      );
      req.on('error', reject);
      if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) req.end(body);
      else {
        body.on('error', (error: Error) => req.destroy(error));
        body.pipe(req);
      }
    });
  }

  /** Closes every kept-alive connection (a smoke run's own transport, when it ends). */
  close(): void {
    for (const agent of this.agents.values()) void agent.then(a => a.destroy());
    this.agents.clear();
  }
}

function directAgent(url: URL, options: https.AgentOptions): http.Agent {
  return url.protocol === 'https:' ? new https.Agent(options) : new http.Agent(options);
}

async function proxyAgent(protocol: string, proxy: string, options: https.AgentOptions): Promise<http.Agent> {
  if (protocol === 'https:') {
    const { HttpsProxyAgent } = await import('https-proxy-agent');
    return new HttpsProxyAgent(proxy, options);
  }
  const { HttpProxyAgent } = await import('http-proxy-agent');
  return new HttpProxyAgent(proxy, options);
}

/** The transport of the step: every module sends through it, so connections are shared across them. */
export const transport = new HttpTransport();

export function httpRequest(request: HttpRequest): Promise<HttpResponse> {
  return transport.request(request);
}

/**
 * `fetch` for Octokit (`request: { fetch }`), over the transport: @actions/github's own goes through undici,
 * which is not bundled. Only what @octokit/request reads of a Response is there.
 */
export async function transportFetch(
  input: string | URL,
  init: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal } = {}
): Promise<{
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null; [Symbol.iterator](): IterableIterator<[string, string]> };
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}> {
  const response = await transport.request({
    method: init.method ?? 'GET',
    url: input,
    headers: init.headers,
    body: init.body,
    signal: init.signal
  });
  const entries = Object.entries(response.headers).map(
    ([name, value]) =>
      [name, Array.isArray(value) ? value.join(', ') : String(value ?? '')] as [string, string]
  );
  return {
    status: response.status,
    statusText: http.STATUS_CODES[response.status] ?? '',
    url: String(input),
    headers: {
      get: name => response.header(name) ?? null,
      [Symbol.iterator]: () => entries[Symbol.iterator]()
    },
    text: async () => response.text,
    json: async () => JSON.parse(response.text) as unknown,
    arrayBuffer: async () => new Uint8Array(response.body).buffer
  };
}
