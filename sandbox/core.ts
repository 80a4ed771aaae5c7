import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { TLSSocket } from 'node:tls';

/** The built-in emulators, and any name a later service (acr, containerapps, apim, ...) records its calls under. */
export type ServiceName = 'github' | 'entra' | 'arm' | (string & {});

/**
 * A scripted failure: the next `times` matching requests get `status` (in the service's own error format) and/or
 * `latencyMs`. Every emulator takes this one shape; `registry` and `reset` mean something to registry emulators only.
 */
export interface FaultRule {
  service: ServiceName | '*';
  method?: string;
  /** A regular expression source tested against the path with its query string. */
  path?: string;
  status?: number;
  retryAfterSeconds?: number;
  latencyMs?: number;
  /** Default 1; Infinity (or null/"Infinity" over the control API) for every request. */
  times?: number;
  /** A registry emulator's registry (acr: its name): only requests to it match. */
  registry?: string;
  /** The connection is dropped instead of answered, as a crashed front end drops it (registry emulators). */
  reset?: boolean;
}

/** Fault rules, and the one way a request matches them. */
export class Faults {
  private rules: (FaultRule & { left: number })[] = [];

  add(rule: FaultRule): void {
    const times = rule.times === undefined ? 1 : rule.times;
    this.rules.push({
      ...rule,
      left: times === null || String(times) === 'Infinity' ? Infinity : Number(times)
    });
  }

  clear(): void {
    this.rules = [];
  }

  /** The first rule with requests left that matches this request, counted down; undefined when none does. */
  take(service: ServiceName, method: string, path: string, registry?: string): FaultRule | undefined {
    const rule = this.rules.find(
      f =>
        f.left > 0 &&
        (f.service === '*' || f.service === service) &&
        (!f.registry || f.registry === registry) &&
        (!f.method || f.method.toUpperCase() === method) &&
        (!f.path || new RegExp(f.path).test(path))
    );
    if (rule) rule.left -= 1;
    return rule;
  }
}

export interface RecordedCall {
  service: ServiceName;
  method: string;
  path: string;
  status: number;
  /** Epoch milliseconds on the sandbox clock. */
  at: number;
  durationMs: number;
  /** Non-secret facts about the request (never tokens, assertions or Authorization headers). */
  detail?: Record<string, unknown>;
}

export interface SandboxClock {
  now(): Date;
  advance(seconds: number): void;
  readonly offsetSeconds: number;
}

export function createClock(): SandboxClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset * 1000),
    advance: seconds => {
      offset += seconds;
    },
    get offsetSeconds() {
      return offset;
    }
  };
}

export interface Request {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body's bytes, for binary encodings (Kubernetes protobuf). */
  rawBody?: Buffer;
  /** The Host header, e.g. `127.0.0.1:4431` or `login.microsoftonline.com`. */
  host: string;
  /**
   * The client certificate the caller presented, when its chain verified against the sandbox CA (a server that
   * asks for one: `serve(..., { clientCertificates: true })`): its subject's CN and O values.
   */
  clientCertificate?: { commonName: string; organizations: string[] };
}

export interface Reply {
  status: number;
  /** An object is sent as JSON, a string as text. */
  body?: unknown;
  headers?: Record<string, string>;
  detail?: Record<string, unknown>;
  /**
   * A streamed answer instead of `body` (a Kubernetes watch): the head goes out at once, then `stream` writes
   * chunks until it ends the response or the client goes away (`closed` fires; stop writing then).
   */
  stream?: (out: { write(chunk: string): void; end(): void; closed: Promise<void> }) => void;
}

export type Handler = (req: Request) => Promise<Reply> | Reply;

/** What every emulator shares: the clock, the call log, the fault rules and the secrets handed out. */
export class Core {
  readonly clock = createClock();
  readonly calls: RecordedCall[] = [];
  readonly secrets = new Set<string>();
  readonly faults = new Faults();

  secret(value: string): string {
    this.secrets.add(value);
    return value;
  }

  /** Wraps an emulator's handler: body reading, faults, JSON replies, the call log. */
  listener(service: ServiceName, handler: Handler) {
    return (req: IncomingMessage, res: ServerResponse): void => {
      const started = performance.now();
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        // URL drops a default :443, so links built from the host read as the real service's.
        const url = new URL(req.url ?? '/', `https://${req.headers.host ?? '127.0.0.1'}`);
        const host = url.host;
        const method = (req.method ?? 'GET').toUpperCase();
        const clientCertificate = verifiedClientCertificate(req.socket);
        const request: Request = {
          method,
          url,
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
          rawBody: Buffer.concat(chunks),
          host,
          ...(clientCertificate ? { clientCertificate } : {})
        };
        void this.answer(service, request, handler).then(reply => {
          const { status, body, headers = {} } = reply;
          if (reply.stream) {
            res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
            res.flushHeaders();
            const closed = new Promise<void>(resolve => res.once('close', resolve));
            reply.stream({
              write: chunk => void (res.writableEnded || res.destroyed || res.write(chunk)),
              end: () => void (res.writableEnded || res.end()),
              closed
            });
          }
          this.calls.push({
            service,
            method,
            path: url.pathname,
            status,
            at: this.clock.now().getTime(),
            durationMs: Math.round(performance.now() - started),
            ...(reply.detail ? { detail: reply.detail } : {})
          });
          if (reply.stream) return;
          const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
          if (body !== undefined && typeof body !== 'string')
            headers['Content-Type'] ??= 'application/json; charset=utf-8';
          res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(text) });
          res.end(text);
        });
      });
    };
  }

  private async answer(service: ServiceName, req: Request, handler: Handler): Promise<Reply> {
    const fault = this.faults.take(service, req.method, req.url.pathname + req.url.search);
    if (fault?.latencyMs) await delay(fault.latencyMs);
    if (fault?.status) {
      const reply = faultReply(service, fault.status, this.clock.now());
      if (fault.retryAfterSeconds !== undefined) {
        reply.headers = { ...reply.headers, 'Retry-After': String(fault.retryAfterSeconds) };
      }
      return { ...reply, detail: { fault: true } };
    }
    try {
      return await handler(req);
    } catch (e) {
      console.error(`sandbox ${service}: ${req.method} ${req.url.pathname} failed:`, e);
      return faultReply(service, 500, this.clock.now());
    }
  }
}

const reasons: Record<number, [arm: string, message: string]> = {
  429: [
    'TooManyRequests',
    'The request is being throttled. Retry after the period given in the Retry-After header.'
  ],
  500: ['InternalServerError', 'Encountered internal server error. Please try again.'],
  502: ['BadGateway', 'The gateway did not receive a response from the service in time.'],
  503: ['ServiceUnavailable', 'The service is temporarily unavailable. Please try again later.'],
  504: ['GatewayTimeout', 'The gateway did not receive a response within the specified time period.']
};

const kubernetesReasons: Record<number, [reason: string, message: string]> = {
  429: ['TooManyRequests', 'Too many requests, please try again later.'],
  500: ['InternalError', 'Internal error occurred: etcdserver: request timed out'],
  503: ['ServiceUnavailable', 'the server is currently unable to handle the request'],
  504: [
    'Timeout',
    'the server was unable to return a response in the time allotted, but may still be processing the request'
  ]
};

/** A scripted failure in the error format of the service that would send it. */
function faultReply(service: ServiceName, status: number, now: Date): Reply {
  const [code, message] = reasons[status] ?? [`HttpStatus${status}`, `The service answered ${status}.`];
  if (service === 'arm') return { status, body: { error: { code, message } } };
  if (service === 'kubernetes') {
    // kube-apiserver's metav1.Status, with the reason and message it gives for each status.
    const [reason, text] = kubernetesReasons[status] ?? ['Unknown', `the server answered ${status}`];
    return {
      status,
      body: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: text,
        reason,
        code: status
      },
      ...(status === 429 ? { headers: { 'Retry-After': '1' } } : {})
    };
  }
  if (service === 'entra') {
    const [aadsts, text] =
      status === 429
        ? [90055, 'The request is throttled. Please try again later.']
        : [90033, 'A transient error has occurred. Please try again.'];
    return entraError(status, 'temporarily_unavailable', aadsts, text, now);
  }
  return { status, body: { message, documentation_url: 'https://docs.github.com/rest' } };
}

/** Entra's OAuth error JSON, with the trace and correlation ids and timestamp Entra appends to every description. */
export function entraError(
  status: number,
  error: string,
  code: number,
  message: string,
  now: Date,
  correlationId: string = randomUUID()
): Reply {
  const timestamp = now
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  const traceId = randomUUID();
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${code}`
    },
    headers: { 'Cache-Control': 'no-store, no-cache', 'x-ms-request-id': traceId }
  };
}

/** The subject of a client certificate that verified against the server's CA, as kube-apiserver reads one. */
function verifiedClientCertificate(socket: unknown): Request['clientCertificate'] {
  const tls = socket as Partial<TLSSocket>;
  if (!tls.authorized || typeof tls.getPeerX509Certificate !== 'function') return undefined;
  const subject = tls.getPeerX509Certificate()?.subject;
  if (!subject) return undefined;
  const values = (key: string) =>
    subject
      .split('\n')
      .filter(line => line.startsWith(`${key}=`))
      .map(line => line.slice(key.length + 1));
  const commonName = values('CN')[0];
  return commonName ? { commonName, organizations: values('O') } : undefined;
}
