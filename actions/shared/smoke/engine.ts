import type http from 'node:http';
import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import { HttpTransport } from '../http.js';
import { retry } from '../retry.js';
import { checkHeader, checkJson, responseSchema } from './assert.js';
import { substitute, type SmokeCheck, type SmokeSuite } from './suite.js';

export interface SmokeOptions {
  /** Prefix of every relative check path, e.g. `https://musafirgo-apim.azure-api.net/itinerary/v1`. */
  baseUrl?: string;
  /** `${NAME}` values for the suite; BASE_URL is added from baseUrl. */
  variables?: Record<string, string>;
  /** Checks in flight at once; default 8. */
  concurrency?: number;
  /** Readiness waits and retry backoff sleep on this clock (tests pass a fake one). */
  clock?: Clock;
  /** Overrides the suite's readiness deadline. */
  readinessTimeoutMs?: number;
  /** Skips the readiness wait (the caller knows the service is up). */
  skipReadiness?: boolean;
  /** The jitter of retry backoff, a number in [0, 1] (retry.ts); tests pin it. */
  random?: () => number;
  /** Called as each check ends, e.g. to print a line. */
  onCheck?: (result: CheckResult) => void;
  /** Headers every request carries unless a check sets its own, e.g. the header that routes to a preview slot. */
  headers?: Record<string, string>;
}

export interface CheckResult {
  name: string;
  method: string;
  /** The path as written in the suite (never with a subscription key or other secret). */
  path: string;
  ok: boolean;
  /** The status of the last response, 0 when none came. */
  status: number;
  samples: number;
  /** Requests made, retries included. */
  attempts: number;
  p50Ms: number;
  p95Ms: number;
  budget?: { p50Ms?: number; p95Ms?: number };
  overBudget: boolean;
  failures: string[];
}

export interface SmokeResult {
  ok: boolean;
  source: string;
  baseUrl: string;
  startedAt: string;
  durationMs: number;
  readiness: { ok: boolean; attempts: number; waitedMs: number; path?: string; error?: string };
  passed: number;
  failed: number;
  checks: CheckResult[];
}

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

const transientStatus = new Set([429, 502, 503, 504]);

/** The last answer of an attempt worth repeating (or the network error instead of one), for retry(). */
class TransientAnswer extends Error {
  constructor(
    readonly response: Response | undefined,
    override readonly cause?: unknown
  ) {
    super(response ? `status ${response.status}` : describe(cause));
  }
}

/** Nearest-rank percentile of a sample set. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** A check's requests through the actions' transport, with connections kept alive up to the suite's concurrency. */
class HttpClient {
  private readonly transport: HttpTransport;
  constructor(concurrency: number) {
    this.transport = new HttpTransport({ maxSockets: concurrency });
  }

  async request(
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: string | undefined,
    timeoutMs: number
  ): Promise<Response> {
    const started = performance.now();
    const response = await this.transport.request({ method, url, headers, body, timeoutMs });
    return {
      status: response.status,
      headers: response.headers,
      body: response.text,
      ms: performance.now() - started
    };
  }

  close(): void {
    this.transport.close();
  }
}

function resolveUrl(baseUrl: string, path: string): URL {
  if (/^https?:\/\//i.test(path)) return new URL(path);
  if (!baseUrl) throw new Error(`'${path}' is relative and no base URL was given`);
  return new URL(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
}

const describe = (error: unknown) => {
  const code = (error as { code?: string }).code;
  // Not `instanceof Error`: errors from another realm (a test VM) are errors too.
  const message =
    typeof (error as { message?: unknown })?.message === 'string' ? (error as Error).message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
};

type SchemaValidator = ((schema: unknown, data: unknown) => string[]) & { prepare(schema: unknown): void };

async function schemaValidator(): Promise<SchemaValidator> {
  const { default: Ajv } = await import('ajv');
  const { default: addFormats } = await import('ajv-formats');
  const AjvClass = Ajv as unknown as typeof Ajv.default;
  // Not strict: OpenAPI's own keywords (example, xml, discriminator) are annotations here.
  const ajv = new AjvClass({ strict: false, allErrors: true, validateFormats: true });
  (addFormats as unknown as (a: unknown) => void)(ajv);
  const cache = new Map<unknown, ReturnType<typeof ajv.compile>>();
  const compiled = (schema: unknown) => {
    let validate = cache.get(schema);
    if (!validate) {
      validate = ajv.compile(schema as object);
      cache.set(schema, validate);
    }
    return validate;
  };
  const check = (schema: unknown, data: unknown) => {
    const validate = compiled(schema);
    if (validate(data)) return [];
    return (validate.errors ?? [])
      .slice(0, 5)
      .map(error => `schema: ${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
  };
  return Object.assign(check, { prepare: (schema: unknown) => void compiled(schema) });
}

/**
 * Compiles the schemas the checks will use before any request: compiling takes milliseconds of CPU, which
 * would otherwise land in the latency of requests in flight.
 */
function prepareSchemas(
  checks: SmokeCheck[],
  spec: Record<string, unknown> | undefined,
  validate: SchemaValidator
): void {
  for (const check of checks) {
    const schema = check.expect.schema;
    if (schema && schema !== 'openapi') validate.prepare(schema);
    if (schema !== 'openapi' || !spec) continue;
    const statuses = [check.expect.status ?? 200].flat().map(Number);
    for (const status of statuses) {
      const found = responseSchema(
        spec,
        check.method,
        new URL(check.path, 'http://x').pathname,
        status,
        'application/json'
      );
      if (found?.schema !== undefined) validate.prepare(found.schema);
    }
  }
}

/** Checks one response against a check's expectations. */
function judge(
  check: SmokeCheck,
  response: Response,
  spec: Record<string, unknown> | undefined,
  validate: SchemaValidator | undefined
): string[] {
  const failures: string[] = [];
  const expected = check.expect.status;
  const statusOk =
    expected === undefined
      ? response.status >= 200 && response.status < 300
      : (Array.isArray(expected) ? expected : [expected]).map(Number).includes(response.status);
  if (!statusOk) {
    const wanted =
      expected === undefined ? '2xx' : Array.isArray(expected) ? expected.join(' or ') : expected;
    const detail = response.body ? `: ${response.body.slice(0, 160).replace(/\s+/g, ' ')}` : '';
    return [`status ${response.status}, expected ${wanted}${detail}`];
  }
  for (const [name, value] of Object.entries(check.expect.headers ?? {})) {
    const actual = response.headers[name.toLowerCase()];
    failures.push(...checkHeader(name, value, Array.isArray(actual) ? actual.join(', ') : actual));
  }
  const needsBody = check.expect.json || check.expect.schema;
  if (!needsBody) return failures;
  let body: unknown;
  try {
    body = response.body === '' ? undefined : JSON.parse(response.body);
  } catch {
    return [...failures, 'the body is not JSON'];
  }
  for (const [pointer, assertion] of Object.entries(check.expect.json ?? {})) {
    failures.push(...checkJson(body, pointer, assertion));
  }
  if (check.expect.schema && validate) {
    let schema: unknown = check.expect.schema;
    if (schema === 'openapi') {
      const found = spec
        ? responseSchema(
            spec,
            check.method,
            new URL(check.path, 'http://x').pathname,
            response.status,
            String(response.headers['content-type'] ?? '')
          )
        : undefined;
      if (!spec) return [...failures, "schema: 'openapi' needs the suite's 'openapi' document"];
      if (!found)
        return [
          ...failures,
          `schema: the OpenAPI document has no operation for ${check.method} ${check.path}`
        ];
      if (found.schema === undefined) return failures;
      schema = found.schema;
    }
    failures.push(...validate(schema, body));
  }
  return failures;
}

/** Runs a check's samples one after another; a transient failure is retried, with backoff on the clock. */
async function runCheck(
  check: SmokeCheck,
  client: HttpClient,
  baseUrl: string,
  spec: Record<string, unknown> | undefined,
  validate: SchemaValidator | undefined,
  clock: Clock,
  random: (() => number) | undefined
): Promise<CheckResult> {
  const latencies: number[] = [];
  const failures: string[] = [];
  let attempts = 0;
  let status = 0;
  const headers = Object.fromEntries(Object.entries(check.headers).filter(([, value]) => value !== ''));
  let body: string | undefined;
  if (check.body !== undefined) {
    body = typeof check.body === 'string' ? check.body : JSON.stringify(check.body);
    if (
      typeof check.body !== 'string' &&
      !Object.keys(headers).some(h => h.toLowerCase() === 'content-type')
    ) {
      headers['content-type'] = 'application/json';
    }
  }
  let url: URL;
  try {
    url = resolveUrl(baseUrl, check.path);
  } catch (error) {
    return result(check, false, 0, 0, [], [describe(error)]);
  }
  for (let sample = 0; sample < check.samples && failures.length === 0; sample++) {
    // A transient answer (429, 502-504, no answer) is tried again, unless the check expects that status.
    const outcome = await retry(
      async () => {
        attempts++;
        let response: Response;
        try {
          response = await client.request(url, check.method, headers, body, check.timeoutMs);
        } catch (error) {
          throw new TransientAnswer(undefined, error);
        }
        const expected = [check.expect.status].flat().includes(response.status);
        if (transientStatus.has(response.status) && !expected) throw new TransientAnswer(response);
        return { response };
      },
      {
        label: `${check.method} ${check.path}`,
        maxAttempts: check.retries + 1,
        baseDelayMs: 100,
        maxDelayMs: 2000,
        deadlineMs: Infinity,
        clock,
        random,
        isRetryable: error => error instanceof TransientAnswer
      }
    ).catch((error: unknown) => {
      if (!(error instanceof TransientAnswer)) throw error;
      return { response: error.response, error: error.cause };
    });
    if (!outcome.response) {
      failures.push(`no response: ${describe('error' in outcome ? outcome.error : undefined)}`);
      break;
    }
    status = outcome.response.status;
    latencies.push(outcome.response.ms);
    failures.push(...judge(check, outcome.response, spec, validate));
  }
  return result(check, failures.length === 0, status, attempts, latencies, failures);
}

function result(
  check: SmokeCheck,
  ok: boolean,
  status: number,
  attempts: number,
  latencies: number[],
  failures: string[]
): CheckResult {
  const p50Ms = round(percentile(latencies, 50));
  const p95Ms = round(percentile(latencies, 95));
  const over: string[] = [];
  if (ok && check.budget?.p50Ms !== undefined && p50Ms > check.budget.p50Ms) {
    over.push(`p50 ${p50Ms} ms is over the ${check.budget.p50Ms} ms budget`);
  }
  if (ok && check.budget?.p95Ms !== undefined && p95Ms > check.budget.p95Ms) {
    over.push(`p95 ${p95Ms} ms is over the ${check.budget.p95Ms} ms budget`);
  }
  return {
    name: check.name,
    method: check.method,
    path: check.path,
    ok: ok && over.length === 0,
    status,
    samples: latencies.length,
    attempts,
    p50Ms,
    p95Ms,
    ...(check.budget ? { budget: check.budget } : {}),
    overBudget: over.length > 0,
    failures: [...failures, ...over]
  };
}

function isCertificateError(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? '');
  return /^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID)/.test(
    code
  );
}

/** Polls the readiness path until it answers without a 5xx or 429, or the deadline passes. */
async function waitForReadiness(
  suite: SmokeSuite,
  client: HttpClient,
  baseUrl: string,
  headers: Record<string, string>,
  options: SmokeOptions,
  clock: Clock
): Promise<SmokeResult['readiness']> {
  const path = suite.readiness?.path ?? suite.checks[0]!.path;
  const deadline = options.readinessTimeoutMs ?? suite.readiness?.timeoutMs ?? 60_000;
  const interval = suite.readiness?.intervalMs ?? 1000;
  const started = clock.now();
  let attempts = 0;
  let last = '';
  let url: URL;
  try {
    url = resolveUrl(baseUrl, path);
  } catch (error) {
    return { ok: false, attempts, waitedMs: 0, path, error: describe(error) };
  }
  for (;;) {
    attempts++;
    try {
      const response = await client.request(url, 'GET', headers, undefined, 10_000);
      if (!transientStatus.has(response.status) && response.status < 500) {
        return { ok: true, attempts, waitedMs: clock.now() - started, path };
      }
      last = `status ${response.status}`;
    } catch (error) {
      last = describe(error);
      // A certificate the client does not trust will not start being trusted: no point waiting.
      if (isCertificateError(error)) {
        return {
          ok: false,
          attempts,
          waitedMs: clock.now() - started,
          path,
          error: `unreachable over TLS: ${last}`
        };
      }
    }
    if (clock.now() - started + interval > deadline) {
      return {
        ok: false,
        attempts,
        waitedMs: clock.now() - started,
        path,
        error: `not ready after ${Math.round((clock.now() - started) / 1000)} s (${attempts} attempt${attempts === 1 ? '' : 's'}): ${last}`
      };
    }
    await clock.sleep(interval);
  }
}

/**
 * Waits for the service to be ready, then runs the suite's checks concurrently. The result is plain JSON:
 * deploy actions use it as a gate, the smoke action reports it (summary, annotations, JUnit).
 */
export async function runSmoke(suite: SmokeSuite, options: SmokeOptions = {}): Promise<SmokeResult> {
  const clock = options.clock ?? systemClock;
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const variables = { ...options.variables, BASE_URL: baseUrl };
  const checks = suite.checks
    .map(check => substitute(check, variables))
    .map(check => ({ ...check, headers: { ...options.headers, ...check.headers } }));
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const client = new HttpClient(concurrency);
  const startedAt = new Date(clock.now()).toISOString();
  const started = performance.now();
  try {
    const probeHeaders = Object.fromEntries(
      Object.entries(checks[0]?.headers ?? {}).filter(([, value]) => value !== '')
    );
    const readiness = options.skipReadiness
      ? { ok: true, attempts: 0, waitedMs: 0 }
      : await waitForReadiness(suite, client, baseUrl, probeHeaders, options, clock);
    const results: CheckResult[] = new Array<CheckResult>(checks.length);
    if (readiness.ok) {
      const validate = checks.some(check => check.expect.schema) ? await schemaValidator() : undefined;
      if (validate) prepareSchemas(checks, suite.openapi, validate);
      let next = 0;
      const worker = async () => {
        while (next < checks.length) {
          const index = next++;
          const check = checks[index]!;
          results[index] = await runCheck(
            check,
            client,
            baseUrl,
            suite.openapi,
            validate,
            clock,
            options.random
          );
          options.onCheck?.(results[index]);
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, checks.length) }, worker));
    }
    const done = results.filter(Boolean);
    const passed = done.filter(check => check.ok).length;
    return {
      ok: readiness.ok && passed === checks.length,
      source: suite.source,
      baseUrl,
      startedAt,
      durationMs: Math.round(performance.now() - started),
      readiness,
      passed,
      failed: checks.length - passed,
      checks: done
    };
  } finally {
    client.close();
  }
}
