import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { checkJson, responseSchema } from '../../actions/shared/smoke/assert.js';
import { ConfigurationError } from '../../actions/shared/errors.js';
import { parseDuration, parseSuite, percentile, substitute } from '../../actions/shared/smoke/index.js';

const suite = (yaml: string) => parseSuite(yaml, parse, 'smoke.yaml');
const failure = (yaml: string) => {
  try {
    suite(yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('smoke suite files', () => {
  it('reads checks with defaults, budgets and readiness', () => {
    const parsed = suite(`
readiness: { path: /health, timeout: 2m, interval: 500ms }
defaults: { budget: 200ms, samples: 3, headers: { X-Key: '\${SUBSCRIPTION_KEY}' } }
checks:
  - path: /a
  - name: created
    method: post
    path: /b
    body: { title: x }
    budget: { p50: 20ms, p95: 1.5s }
    retries: 0
    expect: { status: [201, 202] }
`);
    expect(parsed.readiness).toEqual({ path: '/health', timeoutMs: 120_000, intervalMs: 500 });
    expect(parsed.checks[0]).toEqual({
      name: 'GET /a',
      method: 'GET',
      path: '/a',
      headers: { 'X-Key': '${SUBSCRIPTION_KEY}' },
      body: undefined,
      expect: {},
      budget: { p95Ms: 200 },
      samples: 3,
      retries: 2,
      timeoutMs: 10_000
    });
    expect(parsed.checks[1]).toMatchObject({
      name: 'created',
      method: 'POST',
      budget: { p50Ms: 20, p95Ms: 1500 },
      retries: 0
    });
  });

  it('reads a plain list of URLs, in YAML or one per line', () => {
    expect(suite('- https://a.example/health\n- /b').checks.map(c => c.path)).toEqual([
      'https://a.example/health',
      '/b'
    ]);
    expect(
      suite('# services\nhttps://a.example/health\nhttps://b.example/\n').checks.map(c => c.path)
    ).toEqual(['https://a.example/health', 'https://b.example/']);
  });

  it('names each mistake', () => {
    expect(failure('checks: []')).toBe("smoke.yaml has no checks: give a 'checks' list or a list of URLs");
    expect(failure('checks: [{ method: GET }]')).toBe("checks[0]: 'path' (or 'url') is required");
    expect(failure('checks: [{ path: /, method: FETCH }]')).toBe(
      "checks[0]: method 'FETCH' is not one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"
    );
    expect(failure('checks: [{ path: /, budget: fast }]')).toBe(
      "checks[0].budget: 'fast' is not a duration (200ms, 1.5s, 2m)"
    );
    expect(failure('checks: [{ path: /, samples: 0 }]')).toBe(
      "checks[0].samples must be an integer >= 1, not '0'"
    );
    expect(failure('checks: [{ path: /, expect: { schema: 3 } }]')).toBe(
      "checks[0].expect.schema must be 'openapi' or a JSON schema"
    );
    expect(failure('checks: [{ path: /, headers: [a] }]')).toBe('checks[0].headers must be a mapping');
    expect(failure('checks: [ /a\n  b: c')).toMatch(/^smoke\.yaml is not valid YAML: /);
  });

  it('substitutes variables, and the environment only when asked', () => {
    process.env['SMOKE_TEST_REGION'] = 'westeurope';
    expect(
      substitute(
        { a: '${BASE_URL}/x', b: ['${ env.SMOKE_TEST_REGION }', '${UNKNOWN}'], c: 3 },
        { BASE_URL: 'https://h' }
      )
    ).toEqual({ a: 'https://h/x', b: ['westeurope', ''], c: 3 });
    delete process.env['SMOKE_TEST_REGION'];
  });

  it('parses durations and percentiles', () => {
    expect([
      parseDuration('250ms', 'x'),
      parseDuration('1.5s', 'x'),
      parseDuration('2m', 'x'),
      parseDuration(40, 'x')
    ]).toEqual([250, 1500, 120_000, 40]);
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 95)).toBe(100);
    expect(percentile([], 95)).toBe(0);
  });
});

describe('smoke assertions', () => {
  const body = { items: [{ id: 'a/b', tags: ['x'] }], count: 1, 'odd~key': true };
  it('follows JSON pointers with escapes', () => {
    expect(checkJson(body, '/items/0/id', 'a/b')).toEqual([]);
    expect(checkJson(body, '/odd~0key', true)).toEqual([]);
    expect(checkJson(body, '/items/1', { exists: false })).toEqual([]);
    expect(checkJson(body, '/count', { gt: 1, lt: 0, equals: 2 })).toEqual([
      '/count: expected 2, got 1',
      '/count: expected > 1, got 1',
      '/count: expected < 0, got 1'
    ]);
    expect(checkJson(body, '/items/0/id', { matches: '^b' })).toEqual([
      '/items/0/id: "a/b" does not match /^b/'
    ]);
    expect(checkJson(body, '/items/0/tags', { length: 1 })).toEqual([]);
    expect(checkJson(body, '/missing', 3)).toEqual(['/missing: missing, expected 3']);
  });

  it('finds the response schema of the operation whose template ends the request path', () => {
    const spec = {
      paths: {
        '/itineraries/{id}': {
          get: { responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } } } } }
        },
        '/health': {
          get: { responses: { default: { content: { 'application/json': { schema: { type: 'string' } } } } } }
        }
      }
    };
    expect(responseSchema(spec, 'GET', '/itinerary/v1/itineraries/it-1', 200, 'application/json')).toEqual({
      schema: { type: 'object' },
      where: 'GET /itineraries/{id} 200'
    });
    expect(responseSchema(spec, 'GET', '/health', 503, undefined)?.schema).toEqual({ type: 'string' });
    expect(responseSchema(spec, 'POST', '/health', 200, undefined)).toBeUndefined();
  });
});
