import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiManagementClient } from '@azure/arm-apimanagement';
import { join } from 'node:path';
import { parse } from 'yaml';
import { publishApi } from '../../actions/apim-import/publish.js';
import { loadSpec } from '../../actions/apim-import/spec.js';
import { armClientOptions } from '../../actions/shared/arm.js';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { junitXml, loadSuite, parseSuite, runSmoke } from '../../actions/shared/smoke/index.js';
import { apimService, type ApimService } from '../../sandbox/apim/index.js';
import { itineraryDir, startItineraryService, type RunningService } from '../../sandbox/example-service.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { FakeClock } from '../support/fake-clock.js';
import { apim, deployer, tenantId } from '../support/world.js';

let sandbox: Sandbox;
let service: ApimService;
let untrust: () => void;
let backend: RunningService;
let apiUrl: string;
let key: string;
const smokeFile = join(itineraryDir, 'smoke.yaml');
const suite = (yaml: string) => parseSuite(yaml, parse, 'test.yaml');

beforeAll(async () => {
  service = apimService();
  sandbox = await startSandbox({ services: [service] });
  untrust = sandboxTrust(sandbox);
  backend = await startItineraryService();
  const session = sessionFromEnv('smoke', {
    ...sandbox.env(),
    AZURE_CLIENT_ID: deployer.appId,
    AZURE_TENANT_ID: tenantId
  });
  const client = new ApiManagementClient(
    session.credential,
    apim.subscriptionId,
    armClientOptions(session.cloud)
  );
  const settings = {
    subscriptionId: apim.subscriptionId,
    resourceGroup: apim.resourceGroup,
    serviceName: apim.name,
    spec: join(itineraryDir, 'openapi.yaml'),
    apiId: 'itinerary-v1',
    path: 'itinerary',
    serviceUrl: backend.url,
    apiVersion: 'v1',
    versionSet: { id: 'itinerary', scheme: 'Segment' as const },
    subscriptionRequired: true,
    products: [],
    newRevision: false,
    release: true
  };
  const published = await publishApi(client, settings, await loadSpec(settings.spec), {
    clock: new FakeClock()
  });
  apiUrl = published.gatewayUrl;
  key = service.key(apim.name, apim.smokeSubscription);
});
afterAll(async () => {
  await backend.stop();
  untrust();
  await sandbox.stop();
});

describe('smoke checks', () => {
  it("pass through the API Management gateway with the subscription key, with the OpenAPI document's response schemas", async () => {
    // The example's 200 ms budget holds on an idle machine; a CI machine running every suite at once cannot
    // promise it, and budgets have their own test below.
    const suite = await loadSuite(smokeFile);
    for (const check of suite.checks) check.budget = { p95Ms: 10_000 };
    const result = await runSmoke(suite, {
      baseUrl: apiUrl,
      variables: { SUBSCRIPTION_KEY: key }
    });
    expect(result.checks.filter(c => !c.ok)).toEqual([]);
    expect(result).toMatchObject({
      ok: true,
      passed: 5,
      failed: 0,
      baseUrl: apiUrl,
      readiness: { ok: true, attempts: 1, path: '/health' }
    });
    const list = result.checks.find(c => c.name === 'list itineraries visiting Marrakech')!;
    expect(list).toMatchObject({
      status: 200,
      samples: 5,
      attempts: 5,
      budget: { p95Ms: 10_000 },
      overBudget: false
    });
    expect(list.p50Ms).toBeGreaterThan(0);
    expect(list.p95Ms).toBeGreaterThanOrEqual(list.p50Ms);
    // The result is plain JSON, for a gate in another action, and holds no key.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(JSON.stringify(result)).not.toContain(key);
    const gateway = sandbox.calls({ service: 'apim-gateway' }).filter(c => c.status === 200);
    // The readiness probe, then five samples of each of the three GET checks that answer 200.
    expect(gateway.length).toBe(16);
  });

  it('fail through the gateway without a subscription key, naming the 401', async () => {
    const clock = new FakeClock();
    const result = await runSmoke(await loadSuite(smokeFile), { baseUrl: apiUrl, clock });
    // 401 is an answer: the service is reachable, so readiness passes and every check reports it.
    expect(result.readiness.ok).toBe(true);
    expect(result.ok).toBe(false);
    expect(result.checks.map(c => c.failures[0])).toEqual(
      Array(5)
        .fill(
          'status 401, expected ' +
            'X: {"statusCode":401,"message":"Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."}'
        )
        .map((text: string, i: number) => text.replace('X', ['200', '200', '200', '201', '404'][i]!))
    );
    expect(clock.sleeps).toEqual([]);
    const wrongKey = await runSmoke(await loadSuite(smokeFile), {
      baseUrl: apiUrl,
      variables: { SUBSCRIPTION_KEY: 'f'.repeat(32) }
    });
    expect(wrongKey.checks[0]!.failures[0]).toContain('Access denied due to invalid subscription key');
  });

  it('fail a check whose p95 is over its budget', async () => {
    const result = await runSmoke(
      suite(`
checks:
  - name: slow endpoint
    path: /__test/slow?ms=25
    samples: 3
    budget: 5ms
  - name: fast enough
    path: /health
    budget: { p50: 1s, p95: 2s }
`),
      { baseUrl: backend.url, skipReadiness: true }
    );
    const [slow, fast] = result.checks;
    expect(slow).toMatchObject({ ok: false, overBudget: true, status: 200, samples: 3 });
    expect(slow!.p50Ms).toBeGreaterThanOrEqual(25);
    expect(slow!.failures).toEqual([`p95 ${slow!.p95Ms} ms is over the 5 ms budget`]);
    expect(fast).toMatchObject({ ok: true, overBudget: false, budget: { p50Ms: 1000, p95Ms: 2000 } });
    expect(result).toMatchObject({ ok: false, passed: 1, failed: 1 });
  });

  it('pass a flapping endpoint after retries, backing off on the injected clock', async () => {
    const clock = new FakeClock();
    const result = await runSmoke(
      suite(`
checks:
  - name: flapping
    path: /__test/flaky?fail=2&key=retry-test
    retries: 2
  - name: flapping beyond its retries
    path: /__test/flaky?fail=5&key=give-up
    retries: 1
`),
      // Jitter pinned at its top (a full backoff), so the schedule is exact.
      { baseUrl: backend.url, clock, skipReadiness: true, concurrency: 1, random: () => 1 }
    );
    expect(result.checks[0]).toMatchObject({ ok: true, status: 200, attempts: 3, samples: 1 });
    expect(result.checks[1]).toMatchObject({ ok: false, status: 503, attempts: 2 });
    expect(result.checks[1]!.failures[0]).toBe(
      'status 503, expected 2xx: {"type":"about:blank","title":"Service Unavailable","status":503,"detail":"flaky: failure 2 of 5"}'
    );
    expect(clock.sleeps).toEqual([100, 200, 100]);
  });

  it('wait for readiness with retries, and give up at the deadline', async () => {
    const clock = new FakeClock();
    const ready = await runSmoke(
      suite(
        `readiness: { path: '/__test/flaky?fail=3&key=readiness', timeout: 10s, interval: 2s }\nchecks: [/health]`
      ),
      {
        baseUrl: backend.url,
        clock
      }
    );
    expect(ready.readiness).toEqual({
      ok: true,
      attempts: 4,
      waitedMs: 6000,
      path: '/__test/flaky?fail=3&key=readiness'
    });
    expect(ready.ok).toBe(true);

    const down = await runSmoke(
      suite(`readiness: { path: /health, timeout: 5s, interval: 1s }\nchecks: [/health]`),
      {
        baseUrl: 'http://127.0.0.1:9',
        clock: new FakeClock()
      }
    );
    expect(down.ok).toBe(false);
    expect(down.checks).toEqual([]);
    expect(down.readiness.error).toBe('not ready after 5 s (6 attempts): connect ECONNREFUSED 127.0.0.1:9');
    expect(junitXml(down)).toContain(
      '<failure message="not ready after 5 s (6 attempts): connect ECONNREFUSED 127.0.0.1:9" type="readiness"/>'
    );
  });

  it('report JSON assertions, headers and schema failures with their pointers, and write JUnit XML', async () => {
    const result = await runSmoke(
      suite(`
checks:
  - name: wrong expectations
    path: /itineraries?city=Fes
    expect:
      status: 200
      headers: { content-type: /xml/, x-missing: yes }
      json:
        /count: { gte: 5 }
        /items/0/title: Somewhere else
        /items/0/days: { length: 3 }
        /nothing: { exists: true }
      schema: { type: object, required: [total] }
  - name: plain list entry
    path: /health
`),
      { baseUrl: backend.url, skipReadiness: true }
    );
    expect(result.checks[0]!.failures).toEqual([
      "header content-type: 'application/json; charset=utf-8' does not match /xml/",
      'header x-missing: missing, expected yes',
      '/count: expected >= 5, got 1',
      '/items/0/title: expected "Somewhere else", got "Fes and the blue city"',
      '/items/0/days: expected length 3, got 2',
      '/nothing: missing',
      "schema: / must have required property 'total'"
    ]);
    const xml = junitXml(result);
    expect(xml).toContain('<testsuites name="smoke" tests="2" failures="1"');
    expect(xml).toContain(
      '<testcase classname="smoke" name="GET /itineraries?city=Fes — wrong expectations"'
    );
    expect(xml).toContain(
      `<failure message="header content-type: &apos;application/json; charset=utf-8&apos; does not match /xml/" type="assertion">`.replace(
        /&apos;/g,
        "'"
      )
    );
  });
});
