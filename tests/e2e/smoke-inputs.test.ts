// The smoke bundle with inputs a careless or hostile user gives it (issue #18) and smoke files with typos
// (issue #12): every one refused at once, by the input's name, before any request.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../sandbox/runner.js';

let workspace: string;
let requests = 0;
let baseUrl = '';

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'smoke-workspace-'));
  // A service that answers 200 to everything, counting what reaches it.
  const server = createServer((req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

const smoke = async (inputs: Record<string, string>) => {
  const before = requests;
  const run = await runAction('smoke', { 'base-url': baseUrl, ...inputs }, {}, { workspace });
  return { ...run, requests: requests - before };
};

describe('smoke files are checked against a schema', () => {
  it.each([
    ['expects', 'expect', 'checks:\n  - path: /health\n    expects:\n      status: 500\n', 3, 'checks[0]'],
    ['budjet', 'budget', 'checks:\n  - path: /health\n    budjet: 5ms\n', 3, 'checks[0]'],
    [
      'stauts',
      'status',
      'checks:\n  - path: /a\n  - path: /b\n    expect:\n      stauts: 404\n',
      5,
      'checks[1].expect'
    ],
    ['timout', 'timeout', 'readiness:\n  path: /health\n  timout: 5s\nchecks: [/health]\n', 3, 'readiness']
  ])(
    "refuses '%s' with its line and '%s', the key it was meant to be",
    async (typo, meant, yaml, line, where) => {
      await writeFile(join(workspace, 'smoke.yaml'), yaml);
      const run = await smoke({ checks: 'smoke.yaml' });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([
        `smoke: input 'checks': smoke.yaml line ${line}: unknown key '${typo}' in ${where}; did you mean '${meant}'?`
      ]);
      // A check meant to expect 500 must not pass on a 200: nothing was sent at all.
      expect(run.requests).toBe(0);
    }
  );

  it('lists the known keys when a key is nothing like any of them', async () => {
    await writeFile(join(workspace, 'smoke.yaml'), 'checks:\n  - path: /a\n    flavour: vanilla\n');
    const run = await smoke({ checks: 'smoke.yaml' });
    expect(run.errors[0]).toBe(
      "smoke: input 'checks': smoke.yaml line 3: unknown key 'flavour' in checks[0]; it takes name, method, path, url, headers, body, expect, budget, samples, retries, timeout"
    );
  });

  it('still runs a correct file', async () => {
    await writeFile(
      join(workspace, 'smoke.yaml'),
      'checks:\n  - path: /health\n    expect: { status: 200, json: { /status: { equals: ok } } }\n    budget: { p95: 2s }\n'
    );
    const run = await smoke({ checks: 'smoke.yaml' });
    expect(run.errors).toEqual([]);
    expect(run.outputs['passed']).toBe('true');
  });
});

describe('inputs the smoke action refuses at once, by name (issue #18)', () => {
  it('reads /etc/passwd as what it is, not as a list of URLs', async () => {
    const run = await smoke({ checks: '/etc/passwd' });
    expect(run.errors).toEqual([
      "smoke: input 'checks': /etc/passwd line 1 is neither a URL nor a path (a smoke checks file is YAML with 'checks', or one URL or /path per line); is it the right file?"
    ]);
    expect(run.requests).toBe(0);
  });

  it('checks the file before reading it: missing, a directory, empty, outside the workspace', async () => {
    expect((await smoke({ checks: 'missing.yaml' })).errors[0]).toMatch(
      /^smoke: input 'checks': there is no file 'missing.yaml'/
    );
    await writeFile(join(workspace, 'empty.yaml'), '');
    expect((await smoke({ checks: 'empty.yaml' })).errors[0]).toBe(
      "smoke: input 'checks': 'empty.yaml' is empty; name a smoke checks file (YAML)"
    );
    expect((await smoke({ checks: '../../etc/passwd' })).errors[0]).toMatch(
      /^smoke: input 'checks': '..\/..\/etc\/passwd' leads outside the workspace/
    );
  });

  it.each([
    ['a line break', 'abc\ndef', 4],
    ['a non-ASCII character', 'clé-123', 3]
  ])('refuses a subscription-key holding %s at once, without echoing it', async (what, key, at) => {
    await writeFile(join(workspace, 'smoke.yaml'), 'checks: [/health]\n');
    const run = await smoke({ checks: 'smoke.yaml', 'subscription-key': key, timeout: '60s' });
    expect(run.errors).toEqual([
      `smoke: input 'subscription-key' holds ${what} at position ${at}; it is sent as an HTTP header, which takes printable ASCII only: check the secret's value (a copied key often ends in a newline)`
    ]);
    expect(run.durationMs).toBeLessThan(10_000);
    expect(run.requests).toBe(0);
    expect(run.visible).not.toContain(key);
  });

  it('refuses a junit path that is too long, or that leads outside the workspace, by name', async () => {
    await writeFile(join(workspace, 'smoke.yaml'), 'checks: [/health]\n');
    const long = await smoke({ checks: 'smoke.yaml', junit: `${'d'.repeat(300)}/junit.xml` });
    expect(long.errors[0]).toMatch(
      /^smoke: input 'junit' is not a usable path: 'd{200}…' \(310 characters\) is too long$/
    );
    const outside = await smoke({ checks: 'smoke.yaml', junit: '../../junit.xml' });
    expect(outside.errors[0]).toMatch(
      /^smoke: input 'junit': '..\/..\/junit.xml' leads outside the workspace/
    );
    expect(long.requests + outside.requests).toBe(0);
    const inside = await smoke({ checks: 'smoke.yaml', junit: 'reports/junit.xml' });
    expect(inside.outputs['junit-file']).toBe(join(workspace, 'reports/junit.xml'));
    expect(await readFile(join(workspace, 'reports/junit.xml'), 'utf8')).toContain('<testsuite');
  });
});
