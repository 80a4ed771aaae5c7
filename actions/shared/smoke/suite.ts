import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';

/** A JSON assertion: a plain value means equality; an object combines comparisons. */
export type JsonAssertion =
  | string
  | number
  | boolean
  | null
  | {
      equals?: unknown;
      exists?: boolean;
      gte?: number;
      lte?: number;
      gt?: number;
      lt?: number;
      /** A regular expression the value (as a string) must match. */
      matches?: string;
      /** The length of an array or string. */
      length?: number;
    };

export interface Expectation {
  /** One status, or any of several; default any 2xx. */
  status?: number | number[];
  /** Header name → exact value, or `/regex/`. */
  headers?: Record<string, string>;
  /** JSON pointer (`/items/0/id`) → assertion. */
  json?: Record<string, JsonAssertion>;
  /** A JSON schema for the body, or `openapi`: the response schema the suite's OpenAPI document declares. */
  schema?: 'openapi' | Record<string, unknown>;
}

export interface LatencyBudget {
  p50Ms?: number;
  p95Ms?: number;
}

export interface SmokeCheck {
  name: string;
  method: string;
  /** Relative to the base URL (`/itineraries?city=Fes`), or an absolute URL. */
  path: string;
  headers: Record<string, string>;
  body?: unknown;
  expect: Expectation;
  budget?: LatencyBudget;
  /** Requests made to measure latency; every one must pass. */
  samples: number;
  /** Further attempts of a request that failed transiently (connection error, 429, 502, 503, 504). */
  retries: number;
  timeoutMs: number;
}

export interface Readiness {
  path: string;
  timeoutMs: number;
  intervalMs: number;
}

export interface SmokeSuite {
  checks: SmokeCheck[];
  readiness?: Readiness;
  /** The OpenAPI document (dereferenced) that `schema: openapi` checks against. */
  openapi?: Record<string, unknown>;
  /** Where the suite came from, for reports. */
  source: string;
}

const durationPattern = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/;

/** `200ms`, `1.5s`, `2m` or a number of milliseconds. */
export function parseDuration(value: unknown, where: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  const match = typeof value === 'string' ? durationPattern.exec(value.trim()) : null;
  if (!match) {
    throw new ConfigurationError(`${where}: '${String(value)}' is not a duration (200ms, 1.5s, 2m)`);
  }
  const unit = match[2] ?? 'ms';
  return Number(match[1]) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000);
}

function parseBudget(value: unknown, where: string): LatencyBudget | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const budget = value as { p50?: unknown; p95?: unknown };
    return {
      p50Ms: budget.p50 === undefined ? undefined : parseDuration(budget.p50, `${where}.p50`),
      p95Ms: budget.p95 === undefined ? undefined : parseDuration(budget.p95, `${where}.p95`)
    };
  }
  return { p95Ms: parseDuration(value, where) };
}

/** Replaces `${NAME}` (and `${env.NAME}`) in every string of a value; unknown names become ''. */
export function substitute<T>(value: T, variables: Record<string, string>): T {
  const replace = (text: string) =>
    text.replace(
      /\$\{\s*(env\.)?([A-Za-z_][A-Za-z0-9_]*)\s*\}/g,
      (_, env: string | undefined, name: string) =>
        env ? (process.env[name] ?? '') : (variables[name] ?? '')
    );
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return replace(item);
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === 'object') {
      return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, walk(v)]));
    }
    return item;
  };
  return walk(value) as T;
}

const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError(`${where} must be a mapping`);
  }
  return value as Record<string, unknown>;
}

function stringRecord(value: unknown, where: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(asRecord(value, where)).map(([k, v]) => [k, v === null ? '' : String(v)])
  );
}

interface RawDefaults {
  budget?: unknown;
  samples?: unknown;
  retries?: unknown;
  timeout?: unknown;
  headers?: unknown;
}

function parseCheck(raw: unknown, index: number, defaults: RawDefaults): SmokeCheck {
  const where = `checks[${index}]`;
  if (typeof raw === 'string') raw = { path: raw };
  const check = asRecord(raw, where);
  const path = check['path'] ?? check['url'];
  if (typeof path !== 'string' || path === '') {
    throw new ConfigurationError(`${where}: 'path' (or 'url') is required`);
  }
  const method = String(check['method'] ?? 'GET').toUpperCase();
  if (!methods.includes(method)) {
    throw new ConfigurationError(`${where}: method '${method}' is not one of ${methods.join(', ')}`);
  }
  const expect = asRecord(check['expect'], `${where}.expect`) as Expectation;
  if (expect.schema !== undefined && expect.schema !== 'openapi' && typeof expect.schema !== 'object') {
    throw new ConfigurationError(`${where}.expect.schema must be 'openapi' or a JSON schema`);
  }
  const count = (value: unknown, name: string, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) {
      throw new ConfigurationError(`${where}.${name} must be an integer >= ${min}, not '${String(value)}'`);
    }
    return n;
  };
  return {
    name: String(check['name'] ?? `${method} ${path}`),
    method,
    path,
    headers: {
      ...stringRecord(defaults.headers, 'defaults.headers'),
      ...stringRecord(check['headers'], `${where}.headers`)
    },
    body: check['body'],
    expect,
    budget: parseBudget(check['budget'] ?? defaults.budget, `${where}.budget`),
    samples: count(check['samples'] ?? defaults.samples ?? 1, 'samples', 1),
    retries: count(check['retries'] ?? defaults.retries ?? 2, 'retries', 0),
    timeoutMs: parseDuration(check['timeout'] ?? defaults.timeout ?? '10s', `${where}.timeout`)
  };
}

/**
 * A suite from YAML text: a mapping with `checks` (and optional `readiness`, `defaults`, `openapi`), or a plain
 * list of URLs / paths (each must answer 2xx). A text file of one URL per line is a list too.
 */
export function parseSuite(
  text: string,
  parseYaml: (text: string) => unknown,
  source = 'inline'
): SmokeSuite {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new ConfigurationError(`${source} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof raw === 'string') raw = text.split(/\r?\n/).filter(line => line.trim() && !line.startsWith('#'));
  if (Array.isArray(raw)) raw = { checks: raw };
  const suite = asRecord(raw, source);
  const checks = suite['checks'];
  if (!Array.isArray(checks) || checks.length === 0) {
    throw new ConfigurationError(`${source} has no checks: give a 'checks' list or a list of URLs`);
  }
  const defaults = asRecord(suite['defaults'], 'defaults') as RawDefaults;
  const readiness = suite['readiness'] === undefined ? undefined : asRecord(suite['readiness'], 'readiness');
  return {
    source,
    checks: checks.map((check, i) => parseCheck(check, i, defaults)),
    readiness: readiness && {
      path: String(readiness['path'] ?? '/'),
      timeoutMs: parseDuration(readiness['timeout'] ?? '60s', 'readiness.timeout'),
      intervalMs: parseDuration(readiness['interval'] ?? '1s', 'readiness.interval')
    },
    ...(typeof suite['openapi'] === 'string' ? { openapiPath: suite['openapi'] } : {})
  } as SmokeSuite;
}

/** Reads a suite file, and the OpenAPI document it names (relative to the file), dereferenced. */
export async function loadSuite(file: string): Promise<SmokeSuite> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConfigurationError(`smoke checks file '${file}' cannot be read`);
  }
  const { parse } = await import('yaml');
  const suite = parseSuite(text, parse, file) as SmokeSuite & { openapiPath?: string };
  if (suite.openapiPath) {
    const specPath = isAbsolute(suite.openapiPath)
      ? suite.openapiPath
      : resolve(dirname(file), suite.openapiPath);
    suite.openapi = await loadOpenApi(specPath);
    delete suite.openapiPath;
  }
  return suite;
}

async function loadOpenApi(path: string): Promise<Record<string, unknown>> {
  const { dereference } = await import('@readme/openapi-parser');
  try {
    return (await dereference(path, { dereference: { circular: 'ignore' } })) as unknown as Record<
      string,
      unknown
    >;
  } catch (error) {
    throw new ConfigurationError(
      `the OpenAPI document '${path}' named by the smoke checks cannot be read: ${(error as Error).message}`
    );
  }
}
