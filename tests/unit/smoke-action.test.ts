import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../../actions/smoke/cli.js';
import { getInputs } from '../../actions/smoke/inputs.js';
import { effective, parsePolicy, parseXml } from '../../sandbox/apim/policy.js';

function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}
const failure = (inputs: Record<string, string>) => {
  setInputs(inputs);
  try {
    getInputs({});
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('no error');
};
afterEach(() => setInputs({}));

describe('smoke action inputs', () => {
  it('reads a checks file or URLs, with files under RUNNER_TEMP', () => {
    setInputs({ urls: 'https://a.example/health\n\n /b ', concurrency: '4', timeout: '2m', budget: '150ms' });
    expect(getInputs({ RUNNER_TEMP: '/tmp/runner' })).toEqual({
      checks: undefined,
      urls: ['https://a.example/health', '/b'],
      baseUrl: undefined,
      subscriptionKey: undefined,
      concurrency: 4,
      readinessTimeoutMs: 120_000,
      budgetMs: 150,
      junitFile: '/tmp/runner/smoke/junit.xml',
      resultFile: '/tmp/runner/smoke/result.json'
    });
  });

  it('names every mistake', () => {
    expect(failure({})).toBe(
      "give exactly one of the inputs 'checks' (a smoke checks file) and 'urls' (URLs, one per line)"
    );
    expect(failure({ checks: 'smoke.yaml', urls: 'https://a' })).toBe(
      "give exactly one of the inputs 'checks' (a smoke checks file) and 'urls' (URLs, one per line)"
    );
    expect(failure({ checks: 'smoke.yaml', 'base-url': 'itinerary:8080' })).toBe(
      "input 'base-url' must be an http(s) URL, not 'itinerary:8080'"
    );
    expect(failure({ checks: 'smoke.yaml', concurrency: '0' })).toBe(
      "input 'concurrency' must be an integer from 1 to 256, not '0'"
    );
    expect(failure({ checks: 'smoke.yaml', budget: 'quick' })).toBe(
      "input 'budget': 'quick' is not a duration (200ms, 1.5s, 2m)"
    );
  });
});

describe('smoke on a laptop', () => {
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await cli(argv, line => lines.push(line));
    return { code, out: lines.join('\n') };
  };

  it('prints its usage, and exits 2 on a usage mistake', async () => {
    expect(await run('--help')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^usage: musafirgo-smoke <checks\.yaml>/)
    });
    expect(await run()).toMatchObject({ code: 2 });
    expect(await run('--bogus')).toMatchObject({
      code: 2,
      out: expect.stringContaining("Unknown option '--bogus'")
    });
  });

  it('names a checks file it cannot read or parse', async () => {
    expect(await run('/nonexistent/smoke.yaml')).toEqual({
      code: 2,
      out: "smoke: smoke checks file '/nonexistent/smoke.yaml' cannot be read"
    });
    const dir = await mkdtemp(join(tmpdir(), 'smoke-cli-'));
    await writeFile(join(dir, 'smoke.yaml'), 'checks:\n  - method: GET\n');
    expect(await run(join(dir, 'smoke.yaml'))).toEqual({
      code: 2,
      out: "smoke: checks[0]: 'path' (or 'url') is required"
    });
  });
});

describe('sandbox API Management policies', () => {
  const doc = (inbound: string) =>
    parsePolicy(
      `<?xml version="1.0"?><policies><inbound>${inbound}</inbound><backend /><outbound /><on-error /></policies>`
    );

  it('reads elements, attributes, entities and CDATA', () => {
    const root = parseXml('<a x="1 &amp; 2"><b>t&lt;u</b><![CDATA[<raw>]]><!-- note --><c/></a>');
    expect(root).toMatchObject({ name: 'a', attributes: { x: '1 & 2' }, text: '<raw>' });
    expect(root.children.map(c => [c.name, c.text])).toEqual([
      ['b', 't<u'],
      ['c', '']
    ]);
  });

  it("composes the operation's policies with the API's at <base />", () => {
    const api = doc('<set-header name="a" exists-action="override"><value>1</value></set-header>');
    const operation = doc(
      '<rate-limit calls="1" renewal-period="1" /><base /><mock-response status-code="200" />'
    );
    expect(effective('inbound', api, operation).map(p => p.name)).toEqual([
      'rate-limit',
      'set-header',
      'mock-response'
    ]);
    expect(effective('inbound', api).map(p => p.name)).toEqual(['set-header']);
    expect(effective('outbound', api, operation)).toEqual([]);
  });

  it('refuses what API Management refuses', () => {
    const refusal = (xml: string) => {
      try {
        parsePolicy(xml);
      } catch (error) {
        return `${(error as { code: string }).code}: ${(error as Error).message}`;
      }
      return 'accepted';
    };
    expect(refusal('<policies><inbound><base></inbound></policies>')).toBe(
      "ValidationError: The policy document is not well-formed XML: '</inbound>' at offset 25 closes '<base>'"
    );
    expect(refusal('<policy />')).toBe(
      "ValidationError: The root element of a policy document must be 'policies', not 'policy'"
    );
    expect(refusal('<policies><middle /></policies>')).toBe(
      "ValidationError: Element 'middle' is not allowed under 'policies'"
    );
    expect(refusal('<policies><inbound><teleport /></inbound></policies>')).toBe(
      "ValidationError: Unrecognized policy 'teleport' in section 'inbound'"
    );
  });
});
