import type { JsonAssertion } from './suite.js';

/** RFC 6901: `/items/0/id`; `~1` is `/`, `~0` is `~`. Undefined when a token is missing. */
export function resolvePointer(document: unknown, pointer: string): { found: boolean; value?: unknown } {
  if (pointer === '' || pointer === '/') return { found: true, value: document };
  if (!pointer.startsWith('/')) return { found: false };
  let current: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current) && /^\d+$/.test(token) && Number(token) < current.length) {
      current = current[Number(token)];
    } else if (
      current &&
      typeof current === 'object' &&
      !Array.isArray(current) &&
      Object.prototype.hasOwnProperty.call(current, token)
    ) {
      current = (current as Record<string, unknown>)[token];
    } else {
      return { found: false };
    }
  }
  return { found: true, value: current };
}

const show = (value: unknown) => JSON.stringify(value) ?? 'undefined';

/** The failures of one JSON assertion at a pointer; empty when it holds. */
export function checkJson(body: unknown, pointer: string, assertion: JsonAssertion): string[] {
  const { found, value } = resolvePointer(body, pointer);
  if (assertion === null || typeof assertion !== 'object') {
    if (!found) return [`${pointer}: missing, expected ${show(assertion)}`];
    return value === assertion ? [] : [`${pointer}: expected ${show(assertion)}, got ${show(value)}`];
  }
  const failures: string[] = [];
  if (assertion.exists === false) return found ? [`${pointer}: expected to be absent`] : [];
  if (!found) return [`${pointer}: missing`];
  if ('equals' in assertion && JSON.stringify(value) !== JSON.stringify(assertion.equals)) {
    failures.push(`${pointer}: expected ${show(assertion.equals)}, got ${show(value)}`);
  }
  const compare = (name: string, limit: number | undefined, ok: (n: number) => boolean) => {
    if (limit === undefined) return;
    if (typeof value !== 'number' || !ok(value)) {
      failures.push(`${pointer}: expected ${name} ${limit}, got ${show(value)}`);
    }
  };
  compare('>=', assertion.gte, n => n >= assertion.gte!);
  compare('<=', assertion.lte, n => n <= assertion.lte!);
  compare('>', assertion.gt, n => n > assertion.gt!);
  compare('<', assertion.lt, n => n < assertion.lt!);
  if (assertion.matches !== undefined && !new RegExp(assertion.matches).test(String(value))) {
    failures.push(`${pointer}: ${show(value)} does not match /${assertion.matches}/`);
  }
  if (assertion.length !== undefined) {
    const length = Array.isArray(value) || typeof value === 'string' ? value.length : undefined;
    if (length !== assertion.length) {
      failures.push(`${pointer}: expected length ${assertion.length}, got ${length ?? show(value)}`);
    }
  }
  return failures;
}

/** A header expectation: an exact value, or `/regex/flags`. */
export function checkHeader(name: string, expected: string, actual: string | undefined): string[] {
  const regex = /^\/(.*)\/([a-z]*)$/.exec(expected);
  if (actual === undefined) return [`header ${name}: missing, expected ${expected}`];
  const ok = regex ? new RegExp(regex[1]!, regex[2]).test(actual) : actual === expected;
  return ok ? [] : [`header ${name}: '${actual}' does not match ${expected}`];
}

interface OpenApiOperation {
  responses?: Record<
    string,
    { content?: Record<string, { schema?: unknown }>; schema?: unknown } | undefined
  >;
}

/** Whether a concrete path (`/itineraries/it-1`) fits an OpenAPI path template (`/itineraries/{id}`). */
function fits(template: string, path: string): boolean {
  const t = template.split('/').filter(Boolean);
  const p = path.split('/').filter(Boolean);
  return t.length === p.length && t.every((segment, i) => /^\{.+\}$/.test(segment) || segment === p[i]);
}

/**
 * The response schema the OpenAPI document declares for a request and status: the operation whose path
 * template fits the end of the request path (the base URL may add a prefix such as `/itinerary/v1`).
 */
export function responseSchema(
  spec: Record<string, unknown>,
  method: string,
  path: string,
  status: number,
  contentType: string | undefined
): { schema?: unknown; where: string } | undefined {
  const paths = (spec['paths'] ?? {}) as Record<string, Record<string, OpenApiOperation>>;
  const segments = path.split('?')[0]!.split('/').filter(Boolean);
  // The longest template that fits a suffix of the path wins, so `/itineraries/{id}` beats `/{anything}`.
  const candidates = Object.keys(paths)
    .filter(template => {
      const length = template.split('/').filter(Boolean).length;
      return (
        length <= segments.length && fits(template, `/${segments.slice(segments.length - length).join('/')}`)
      );
    })
    .sort((a, b) => b.length - a.length);
  for (const template of candidates) {
    const operation = paths[template]?.[method.toLowerCase()];
    if (!operation) continue;
    const responses = operation.responses ?? {};
    const response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses['default'];
    const where = `${method} ${template} ${status}`;
    if (!response) return { where };
    if (response.schema !== undefined) return { schema: response.schema, where }; // Swagger 2.0
    const media = response.content ?? {};
    const type = (contentType ?? '').split(';')[0]!.trim();
    const entry = media[type] ?? media['application/json'] ?? Object.values(media)[0];
    return { schema: entry?.schema, where };
  }
  return undefined;
}
