import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SmokeResult } from '../../actions/shared/smoke/index.js';
import { apimService, type ApimService } from '../../sandbox/apim/index.js';
import { itineraryDir, startItineraryService, type RunningService } from '../../sandbox/example-service.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { apim, loginInputs } from '../support/world.js';

const exec = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
let sandbox: Sandbox;
let service: ApimService;
let backend: RunningService;
let jobEnv: Record<string, string>;
const runs: ActionRun[] = [];

async function step(
  action: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  const run = await runAction(action, inputs, { ...jobEnv, ...env });
  runs.push(run);
  return run;
}

const importInputs = () => ({
  'service-name': apim.name,
  'resource-group': apim.resourceGroup,
  spec: join(itineraryDir, 'openapi.yaml'),
  path: 'itinerary',
  'api-version': 'v1',
  'service-url': backend.url,
  products: 'starter',
  policy: join(itineraryDir, 'policy.xml')
});

beforeAll(async () => {
  service = apimService();
  sandbox = await startSandbox({ services: [service] });
  backend = await startItineraryService();
  const login = await runAction('login', loginInputs, sandbox.env());
  expect(login.exitCode).toBe(0);
  jobEnv = { ...sandbox.env(), ...login.exported };
});
afterAll(async () => {
  await backend.stop();
  await sandbox.stop();
});

describe('dist/apim-import and dist/smoke run as the runner runs them', () => {
  let gatewayUrl = '';

  it('imports the example service into API Management, with outputs and a summary of the operations', async () => {
    const run = await step('apim-import', importInputs());
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    gatewayUrl = `${service.gatewayUrl(apim.name)}/itinerary/v1`;
    expect(run.outputs).toEqual({
      'api-id': 'itinerary-v1',
      'gateway-url': gatewayUrl,
      revision: '1',
      changed: 'true'
    });
    expect(run.stdout).toContain(
      'Itinerary API (openapi-3.0, 5 operations) is valid; external references bundled'
    );
    expect(run.summary).toContain('### API Management import');
    expect(run.summary).toContain(
      'Operations versus the previous definition: 5 added, 0 removed, 0 changed, 0 unchanged'
    );
    expect(run.summary).toContain('| added | GET | `/itineraries/{id}` | Get an itinerary |');
    expect(run.summary).toContain('| Products | starter |');
    const apiPut = sandbox
      .calls({ service: 'arm' })
      .filter(c => c.method === 'PUT' && c.path.endsWith(`/service/${apim.name}/apis/itinerary-v1`));
    expect(apiPut.map(c => c.status)).toEqual([201]); // Api_CreateOrUpdate declares 200 and 201
  });

  it('skips the same import and says so', async () => {
    const before = sandbox.calls({ service: 'arm' }).length;
    const run = await step('apim-import', importInputs());
    expect(run.exitCode).toBe(0);
    expect(run.outputs['changed']).toBe('false');
    expect(run.stdout).toMatch(
      /Unchanged since the last import \(sha256 [0-9a-f]{12}\): nothing was sent to API Management/
    );
    expect(run.summary).toMatch(/\| Changed \| no: same document and settings as the last import/);
    expect(
      sandbox
        .calls({ service: 'arm' })
        .slice(before)
        .filter(c => c.method === 'PUT')
    ).toEqual([]);
  });

  it('smoke-tests the service through the gateway: summary, JUnit, JSON result, the key masked', async () => {
    const key = service.key(apim.name, apim.smokeSubscription);
    // The example's checks with a budget a CI machine running every suite at once can keep (200 ms is for an idle one).
    const dir = await mkdtemp(join(tmpdir(), 'smoke-e2e-'));
    const checks = join(dir, 'smoke.yaml');
    await writeFile(
      checks,
      (await readFile(join(itineraryDir, 'smoke.yaml'), 'utf8'))
        .replace('budget: 200ms', 'budget: 10s')
        .replace('openapi: openapi.yaml', `openapi: ${join(itineraryDir, 'openapi.yaml')}`)
    );
    const run = await step('smoke', {
      checks,
      'base-url': gatewayUrl,
      'subscription-key': key
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.masked).toContain(key);
    expect(run.outputs['passed']).toBe('true');
    const result = JSON.parse(run.outputs['result']!) as SmokeResult;
    expect(result).toMatchObject({ ok: true, passed: 5, failed: 0, baseUrl: gatewayUrl });
    expect(JSON.parse(await readFile(run.outputs['result-file']!, 'utf8'))).toEqual(result);
    const junit = await readFile(run.outputs['junit-file']!, 'utf8');
    expect(junit).toContain('<testsuites name="smoke" tests="5" failures="0"');
    expect(run.summary).toContain('### Smoke checks: ✅ 5/5 checks passed');
    expect(run.summary).toMatch(
      /\| ✅ list itineraries visiting Marrakech \| `GET \/itineraries\?city=Marrakech` \| 200 \| [\d.]+ ms \| [\d.]+ ms \| p95 ≤ 10000 ms \|/
    );
    expect(Number(run.outputs['p95-ms'])).toBeLessThan(10_000);
  });

  it('fails without a subscription key, with an annotation per check', async () => {
    const run = await step('smoke', { checks: join(itineraryDir, 'smoke.yaml'), 'base-url': gatewayUrl });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['passed']).toBe('false');
    const annotations = run.stdout.split('\n').filter(line => line.startsWith('::error title=smoke%3A '));
    expect(annotations).toHaveLength(5);
    expect(annotations[0]).toContain(
      `,file=${join(itineraryDir, 'smoke.yaml')}::GET /health: status 401, expected 200`
    );
    expect(run.errors.at(-1)).toBe(
      'smoke: 5 of 5 checks failed (health: status 401, expected 200: {"statusCode":401,"message":"Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."}; list itineraries visiting Marrakech: status 401, expected 200: {"statusCode":401,"message":"Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."}; get one itinerary: status 401, expected 200: {"statusCode":401,"message":"Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."}; ...); see the job summary'
    );
    expect(run.summary).toContain('### Smoke checks: ❌ 0/5 checks passed');
  });

  it('says when the service never becomes ready', async () => {
    // A zero deadline: one probe, no waiting (the wait itself is tested on a fake clock in the integration tests).
    const run = await step('smoke', { urls: 'http://127.0.0.1:9/health', timeout: '0s' });
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)).toBe(
      'smoke: the service at http://127.0.0.1:9/health is not ready after 0 s (1 attempt): connect ECONNREFUSED 127.0.0.1:9; check that the deploy succeeded and base-url points at it'
    );
  });

  it('rejects an invalid document with an annotation per problem, before any ARM call', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'apim-e2e-'));
    const spec = join(dir, 'openapi.yaml');
    await writeFile(
      spec,
      'openapi: 3.0.3\ninfo: { title: Broken, version: v1 }\npaths:\n  /a:\n    get:\n      summary: no responses\n'
    );
    const before = sandbox.calls({ service: 'arm' }).length;
    const run = await step('apim-import', { ...importInputs(), spec });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      "/paths/~1a/get: 'responses' is required",
      `apim-import: the OpenAPI document '${spec}' is not valid (1 problem): /paths/~1a/get: 'responses' is required; fix the document and run again`
    ]);
    // The properties in the order @actions/core writes them; the runner reads them in any order.
    expect(run.stdout).toContain(
      `::error title=OpenAPI,file=${spec}::/paths/~1a/get: 'responses' is required`
    );
    expect(sandbox.calls({ service: 'arm' }).slice(before)).toEqual([]);
  });

  it('explains a step that runs without login', async () => {
    const run = await runAction('apim-import', importInputs(), {
      ...sandbox.env(),
      AZURE_SUBSCRIPTION_ID: apim.subscriptionId
    });
    expect(run.errors).toEqual([
      'apim-import: apim-import needs an Azure identity: run musafirgo/actions/login earlier in this job (AZURE_CLIENT_ID and AZURE_TENANT_ID are not set)'
    ]);
  });

  it('runs on a laptop: the same bundle with a checks file and flags', async () => {
    const { stdout } = await exec(process.execPath, [
      join(root, 'dist/smoke/index.js'),
      join(itineraryDir, 'smoke.yaml'),
      '--base-url',
      backend.url
    ]);
    expect(stdout).toMatch(/^check +status +p50 ms +p95 ms +result$/m);
    expect(stdout).toContain(`5/5 checks passed`);
    const failed = await exec(process.execPath, [
      join(root, 'dist/smoke/index.js'),
      '--url',
      `${backend.url}/__test/slow?ms=20`,
      '--budget',
      '1ms'
    ]).catch((error: { code: number; stdout: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stdout: string }).stdout).toMatch(/FAIL p95 [\d.]+ ms is over the 1 ms budget/);
  });

  it('never shows a token or a subscription key in any output of these runs', () => {
    const secrets = [...sandbox.issuedSecrets(), ...service.keys()];
    expect(runs.length).toBeGreaterThanOrEqual(6);
    for (const run of runs) {
      for (const secret of secrets) expect(run.visible.includes(secret)).toBe(false);
      expect(run.visible).not.toMatch(/eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}/);
    }
  });
});
