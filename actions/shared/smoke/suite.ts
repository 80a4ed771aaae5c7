import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import { closest } from '../args.js';
import { ConfigurationError } from '../errors.js';
import { readInputFile } from '../files.js';
import { parseYamlInput } from '../yaml-input.js';

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

/** The keys a smoke file may hold, where: anything else is a typo that would silently weaken a check. */
const schema = {
  suite: ['checks', 'readiness', 'defaults', 'openapi'],
  check: [
    'name',
    'method',
    'path',
    'url',
    'headers',
    'body',
    'expect',
    'budget',
    'samples',
    'retries',
    'timeout'
  ],
  expect: ['status', 'headers', 'json', 'schema'],
  readiness: ['path', 'timeout', 'interval'],
  defaults: ['budget', 'samples', 'retries', 'timeout', 'headers'],
  budget: ['p50', 'p95'],
  assertion: ['equals', 'exists', 'gte', 'lte', 'gt', 'lt', 'matches', 'length']
} as const;

type Locate = (path: Array<string | number>) => number | undefined;

/** The line of a key in YAML text, by its path: a function over the parsed document's ranges. */
function locator(text: string): Locate {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return path => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let line: number | undefined;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find(item => (item.key as { value?: unknown } | null)?.value === part);
        const key = pair?.key as Node | undefined;
        if (key?.range) line = lineCounter.linePos(key.range[0]).line;
        node = pair?.value as Node | null | undefined;
      } else if (isSeq(node) && typeof part === 'number') {
        node = node.items[part] as Node | undefined;
        if (node?.range) line = lineCounter.linePos(node.range[0]).line;
      } else return line;
    }
    return line;
  };
}

function checkKeys(
  value: unknown,
  known: readonly string[],
  where: string,
  path: Array<string | number>,
  source: string,
  locate: Locate
): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const line = locate([...path, key]);
    const near = closest(key, known);
    throw new ConfigurationError(
      `${source}${line ? ` line ${line}` : ''}: unknown key '${key}' in ${where}${near ? `; did you mean '${near}'?` : `; it takes ${known.join(', ')}`}`
    );
  }
}

/** Every key of a suite against the schema, before anything else reads it. */
function validateSchema(raw: Record<string, unknown>, source: string, locate: Locate): void {
  checkKeys(raw, schema.suite, 'the suite', [], source, locate);
  checkKeys(raw['readiness'], schema.readiness, 'readiness', ['readiness'], source, locate);
  const defaults = raw['defaults'];
  checkKeys(defaults, schema.defaults, 'defaults', ['defaults'], source, locate);
  const defaultBudget = (defaults as Record<string, unknown> | undefined)?.['budget'];
  checkKeys(defaultBudget, schema.budget, 'defaults.budget', ['defaults', 'budget'], source, locate);
  const checks = Array.isArray(raw['checks']) ? (raw['checks'] as unknown[]) : [];
  checks.forEach((check, i) => {
    const where = `checks[${i}]`;
    checkKeys(check, schema.check, where, ['checks', i], source, locate);
    if (!check || typeof check !== 'object') return;
    const { expect, budget } = check as Record<string, unknown>;
    checkKeys(budget, schema.budget, `${where}.budget`, ['checks', i, 'budget'], source, locate);
    checkKeys(expect, schema.expect, `${where}.expect`, ['checks', i, 'expect'], source, locate);
    const json = (expect as Record<string, unknown> | undefined)?.['json'];
    if (json && typeof json === 'object') {
      for (const [pointer, assertion] of Object.entries(json)) {
        const at = ['checks', i, 'expect', 'json', pointer];
        checkKeys(assertion, schema.assertion, `${where}.expect.json['${pointer}']`, at, source, locate);
      }
    }
  });
}

/** A text file read as a list must be one: every line a URL or a path, or it is some other file. */
function listOfUrls(text: string, source: string): string[] {
  const lines = text.split(/\r?\n/);
  const urls: string[] = [];
  lines.forEach((line, i) => {
    const item = line.trim();
    if (!item || item.startsWith('#')) return;
    if (!/^(\/|https?:\/\/)\S*$/i.test(item)) {
      throw new ConfigurationError(
        `${source} line ${i + 1} is neither a URL nor a path (a smoke checks file is YAML with 'checks', or one URL or /path per line); is it the right file?`
      );
    }
    urls.push(item);
  });
  return urls;
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
  source = 'inline',
  locate?: Locate
): SmokeSuite {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new ConfigurationError(`${source} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof raw === 'string') raw = listOfUrls(text, source);
  const listed = Array.isArray(raw);
  if (listed) raw = { checks: raw };
  const suite = asRecord(raw, source);
  if (!listed) validateSchema(suite, source, locate ?? locator(text));
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

/**
 * A suite file an action's input names, checked as every file input is (shared/files.ts: inside the workspace
 * unless absolute, a regular text file under 1 MB) and parsed with the input's name in every message.
 */
export async function loadSuiteInput(input: string, path: string): Promise<SmokeSuite> {
  const file = readInputFile(input, path, { maxBytes: 1024 * 1024, what: 'a smoke checks file (YAML)' });
  const source = `input '${input}': ${path}`;
  const parsed = parseYamlInput(input, file);
  const suite = parseSuite(file.text, () => parsed, source) as SmokeSuite & { openapiPath?: string };
  if (suite.openapiPath) {
    const specPath = isAbsolute(suite.openapiPath)
      ? suite.openapiPath
      : resolve(dirname(file.path), suite.openapiPath);
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
