// dist/apim-import as the runner runs it, against what a careless or hostile user gives it and what a failing
// Azure answers: every input and file checked before the first write, every wait bounded by 'timeout', remote
// failures in the named form, a failure after a write saying what was written; and documents API Management takes
// only by link (over 4 MB), given by URL, as a file, or as a file with 'spec-link'.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { apimService, type ApimService } from '../../sandbox/apim/index.js';
import { itineraryDir } from '../../sandbox/example-service.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { apim, loginInputs } from '../support/world.js';

const specsHost = 'specs.musafirgo.example';
let sandbox: Sandbox;
let service: ApimService;
let jobEnv: Record<string, string>;
let dir: string;
/** Documents served at https://specs.musafirgo.example/<name>, as a public blob would serve them. */
const published = new Map<string, string>();

const inputs = (overrides: Record<string, string> = {}) => ({
  'service-name': apim.name,
  'resource-group': apim.resourceGroup,
  spec: join(itineraryDir, 'openapi.yaml'),
  path: 'checks',
  'service-url': 'https://itinerary.example',
  ...overrides
});
const step = (with_: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> =>
  runAction('apim-import', with_, { ...jobEnv, ...env });
/** The environment of a step that reaches hosts by name (the published documents) through the proxy. */
const proxied = () => ({ HTTPS_PROXY: sandbox.urls.proxy, NO_PROXY: '127.0.0.1,localhost' });
const armWrites = (since: number) =>
  sandbox
    .calls({ service: 'arm' })
    .slice(since)
    .filter(c => c.method !== 'GET' && !c.path.endsWith('/listSecrets'));

/** An OpenAPI 3.0 document of `count` operations, each with a description of `padding` characters. */
function bigDocument(count: number, padding: number): string {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    paths[`/things${i}/{id}`] = {
      get: {
        operationId: `getThing${i}`,
        summary: `Thing ${i}`,
        description: 'x'.repeat(padding),
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The thing.' } }
      }
    };
  }
  return JSON.stringify({ openapi: '3.0.3', info: { title: 'Things', version: 'v1' }, paths });
}

beforeAll(async () => {
  service = apimService();
  sandbox = await startSandbox({ services: [service], serverNames: [specsHost] });
  await sandbox.serve(
    'documents',
    req => {
      const body = published.get(req.url.pathname.slice(1));
      return body === undefined ? { status: 404, body: 'not found' } : { status: 200, body };
    },
    { hosts: [specsHost] }
  );
  const login = await runAction('login', loginInputs, sandbox.env());
  expect(login.exitCode).toBe(0);
  jobEnv = { ...sandbox.env(), ...login.exported };
  dir = await mkdtemp(join(tmpdir(), 'apim-checks-'));
});
afterAll(async () => {
  await sandbox.stop();
});
afterEach(() => {
  sandbox.faults.clear();
});

describe('apim-import refuses bad inputs and files by name, before anything is written', () => {
  it.each([
    ['/etc/passwd', () => '/etc/passwd', /^apim-import: input 'spec': \/etc\/passwd is not/],
    [
      'an empty file',
      () => write('empty.yaml', ''),
      /^apim-import: input 'spec': '.*empty\.yaml' is empty; name an OpenAPI document$/
    ],
    [
      'a binary file',
      () => write('binary.yaml', Buffer.from([0x6f, 0x70, 0x00, 0xff, 0xfe])),
      /^apim-import: input 'spec': '.*binary\.yaml' is not a text file \(a NUL byte at offset 2\); name an OpenAPI document$/
    ],
    [
      'a 50 MB file',
      () => write('huge.yaml', `openapi: 3.0.3\n#${'x'.repeat(50 * 1024 * 1024)}\n`),
      /^apim-import: input 'spec': '.*huge\.yaml' is 50\.0 MB, over the 32\.0 MB limit for an OpenAPI document$/
    ],
    [
      'a YAML alias bomb',
      () =>
        write(
          'bomb.yaml',
          `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`
        ),
      /^apim-import: input 'spec': .*bomb\.yaml expands more than 100 YAML aliases, which no configuration needs \(a YAML bomb\?\); write it out without them$/
    ]
  ])('spec pointing at %s', async (_, file, message) => {
    const before = sandbox.calls({ service: 'arm' }).length;
    const run = await step(inputs({ spec: await file() }));
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)).toMatch(message);
    expect(sandbox.calls({ service: 'arm' }).slice(before)).toEqual([]);
  });

  it("reports a 10 KB path as input 'path', cut in the message", async () => {
    const run = await step(inputs({ path: 'p'.repeat(10_240) }));
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^apim-import: input 'path' is 10240 characters; API Management takes an API URL under 128 characters, so at most 127: 'p{200}…' \(10240 characters\)$/
    );
    expect(run.errors[0]!.length).toBeLessThan(1000);
  });

  it('checks revision-smoke as a smoke checks file before any revision is created', async () => {
    const first = await step(inputs({ path: 'smoke-file', 'api-id': 'smoke-file' }));
    expect(first.errors).toEqual([]);
    const before = sandbox.calls({ service: 'arm' }).length;
    const notSmoke = await write('not-smoke.yaml', stringify({ servers: ['a', 'b'] }));
    const run = await step(
      inputs({
        path: 'smoke-file',
        'api-id': 'smoke-file',
        'new-revision': 'true',
        'revision-smoke': notSmoke
      })
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)).toBe(
      // An OpenAPI document given by mistake: the suite's schema names its first key as unknown.
      `apim-import: input 'revision-smoke': ${notSmoke} line 1: unknown key 'servers' in the suite; it takes checks, readiness, defaults, openapi`
    );
    expect(sandbox.calls({ service: 'arm' }).slice(before)).toEqual([]);
  });

  it('refuses a timeout that would overflow a timer, and a subscription key that cannot go in a header', async () => {
    const timeout = await step(inputs({ timeout: '99999999999h' }));
    expect(timeout.errors.at(-1)).toBe(
      "apim-import: input 'timeout' must be between 1s and 6h (a GitHub job stops after 6 hours), not '99999999999h'"
    );
    const key = await step(inputs({ 'new-revision': 'true', 'subscription-key': 'abc\ndef' }));
    expect(key.errors.at(-1)).toBe(
      "apim-import: input 'subscription-key' must be an API Management subscription key (at most 256 visible ASCII characters, no spaces or newlines); check the secret it comes from"
    );
  });

  it("fails on a warning with 'fail-on-warning', naming the rule, before anything is written", async () => {
    const spec = await write(
      'trace.yaml',
      stringify({
        openapi: '3.0.3',
        info: { title: 'Trace', version: 'v1' },
        paths: { '/echo': { trace: { responses: { '200': { description: 'Echo.' } } } } }
      })
    );
    const before = sandbox.calls({ service: 'arm' }).length;
    const run = await step(inputs({ spec, path: 'trace', 'fail-on-warning': 'true' }));
    expect(run.exitCode).toBe(1);
    expect(run.warnings).toContain(
      '/paths/~1echo/trace: TRACE /echo will not be imported: API Management does not support TRACE operations [trace-not-imported]'
    );
    expect(run.stdout).toContain('::warning title=API Management rule trace-not-imported,file=');
    expect(run.errors.at(-1)).toMatch(
      /^apim-import: 1 warning says API Management would import .*trace\.yaml differently from what it says \(trace-not-imported; first: \/paths\/~1echo\/trace: TRACE \/echo will not be imported/
    );
    expect(sandbox.calls({ service: 'arm' }).slice(before)).toEqual([]);
  });
});

describe('apim-import against a failing or slow API Management', () => {
  it('ends a persistent 500 from ARM within its deadline, in the named form', async () => {
    sandbox.faults.add({
      service: 'arm',
      path: '/service/musafirgo-apim\\?',
      status: 500,
      retryAfterSeconds: 0,
      times: Infinity
    });
    const run = await step(inputs({ path: 'outage' }));
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)).toMatch(
      /^apim-import: read the API Management service to Azure Resource Manager failed: 500 \w+: .* \(after 6 attempts over \d+\.\d s\)\. Azure Resource Manager kept failing: run the job again later, and if it persists check https:\/\/azure\.status\.microsoft$/
    );
    expect(run.durationMs).toBeLessThan(60_000);
  });

  it('says what was written when ARM keeps failing after the import', async () => {
    sandbox.faults.add({
      service: 'arm',
      method: 'PUT',
      path: '/policies/policy',
      status: 503,
      retryAfterSeconds: 0,
      times: Infinity
    });
    const before = sandbox.calls({ service: 'arm' }).length;
    const run = await step(inputs({ path: 'half-done', policy: join(itineraryDir, 'policy.xml') }));
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)).toMatch(
      /^apim-import: apply the API policy to Azure Resource Manager failed: 503 \w+: .* \(after 6 attempts over \d+\.\d s\)\. Already written: the document in 'half-done' \(its current revision, serving traffic\); nothing was undone\. Azure Resource Manager kept failing/
    );
    expect(
      armWrites(before)
        .filter(c => c.status < 300)
        .map(c => c.path.split('/').slice(-2).join('/'))
    ).toEqual(['apis/half-done']);
  });

  it("ends an import that stays InProgress at 'timeout', naming it and its last state", async () => {
    const polls = sandbox.world.arm.operationPolls;
    const pace = sandbox.world.arm.retryAfterSeconds;
    sandbox.world.arm.operationPolls = 1_000_000;
    sandbox.world.arm.retryAfterSeconds = 1;
    try {
      const run = await step(inputs({ path: 'stuck', timeout: '3s' }));
      expect(run.exitCode).toBe(1);
      expect(run.errors.at(-1)).toBe(
        "apim-import: import the OpenAPI document into 'stuck' did not finish within 3 s ('timeout'): API Management last reported it InProgress. it may still complete in API Management: look at the API there before running again, or raise 'timeout'"
      );
      expect(run.durationMs).toBeLessThan(20_000);
    } finally {
      sandbox.world.arm.operationPolls = polls;
      sandbox.world.arm.retryAfterSeconds = pace;
    }
  });
});

describe('apim-import sends what API Management can carry: inline up to 4 MB, by link beyond', () => {
  // 4.4 MB, 300 operations: over the inline limit, well under the Developer tier's operations.
  const large = bigDocument(300, 14_600);

  it('imports a document over 4 MB given by URL by link, API Management downloading it', async () => {
    expect(Buffer.byteLength(large)).toBeGreaterThan(4 * 1024 * 1024);
    published.set('things.json', large);
    const before = sandbox.calls().length;
    const run = await step(
      inputs({ spec: `https://${specsHost}/things.json`, path: 'things-url' }),
      proxied()
    );
    expect(run.errors).toEqual([]);
    expect(run.stdout).toContain('the document is sent by link (openapi+json-link)');
    expect(run.summary).toContain('300 operations in API Management');
    // Downloaded twice: by the step, to check it, and by API Management, to import it.
    expect(
      sandbox
        .calls()
        .slice(before)
        .filter(c => c.service === 'documents')
        .map(c => c.status)
    ).toEqual([200, 200]);
  });

  it('refuses the same document as a file before sending it, with its size and the fix', async () => {
    const file = await write('things.json', large);
    const before = sandbox.calls({ service: 'arm' }).length;
    const run = await step(inputs({ spec: file, path: 'things-file' }));
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)).toBe(
      `apim-import: the OpenAPI document '${file}' is not valid (1 problem): /: the document is 4.2 MB as API Management reads it, over the 4 MB it takes inline; publish it where API Management can download it (a public URL that needs no credentials) and give that URL as 'spec-link', or as 'spec' [inline-size]; fix the document and run again`
    );
    expect(armWrites(before)).toEqual([]);
  });

  it("sends the file by link from 'spec-link', once that serves the same document", async () => {
    const file = await write('things.json', large);
    published.set('stale.json', bigDocument(300, 14_000));
    const stale = await step(
      inputs({ spec: file, path: 'things-link', 'spec-link': `https://${specsHost}/stale.json` }),
      proxied()
    );
    expect(stale.errors.at(-1)).toBe(
      `apim-import: input 'spec-link': the document at 'https://${specsHost}/stale.json' is not the one in 'spec' '${file}'; publish this commit's document there, or point 'spec-link' at it`
    );
    const run = await step(
      inputs({ spec: file, path: 'things-link', 'spec-link': `https://${specsHost}/things.json` }),
      proxied()
    );
    expect(run.errors).toEqual([]);
    expect(run.stdout).toContain(
      `The document is 4.2 MB, over the 4 MB API Management takes inline: imported by link from https://${specsHost}/things.json`
    );
    expect(run.summary).toContain('300 operations in API Management');
  });

  it('refuses a URL API Management cannot reach from Azure, before sending it', async () => {
    const run = await step(inputs({ spec: 'https://127.0.0.1:8443/openapi.json', path: 'unreachable' }));
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)).toBe(
      "apim-import: input 'spec': API Management downloads 'https://127.0.0.1:8443/openapi.json' itself, from Azure's network, and cannot reach it (127.0.0.1 is the machine's own address); give a public URL that needs no credentials, or the file itself (inline up to 4 MB)"
    );
    const local = await step(
      inputs({
        spec: await write('things.json', large),
        path: 'unreachable',
        'spec-link': 'http://specs.internal/things.json'
      })
    );
    expect(local.errors.at(-1)).toBe(
      "apim-import: input 'spec-link': API Management downloads 'http://specs.internal/things.json' itself, from Azure's network, and cannot reach it ('specs.internal' is a name of a private network); give a public URL that needs no credentials, or the file itself (inline up to 4 MB)"
    );
  });
});

async function write(name: string, content: string | Buffer): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
}
