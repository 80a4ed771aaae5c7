import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiManagementClient } from '@azure/arm-apimanagement';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Inputs } from '../../actions/apim-import/inputs.js';
import { publishApi, type PublishOptions } from '../../actions/apim-import/publish.js';
import { SpecError, loadSpec } from '../../actions/apim-import/spec.js';
import { armClientOptions } from '../../actions/shared/arm.js';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { ConfigurationError } from '../../actions/shared/errors.js';
import { loadSuite, runSmoke } from '../../actions/shared/smoke/index.js';
import { apimService, type ApimService } from '../../sandbox/apim/index.js';
import { itineraryDir, startItineraryService, type RunningService } from '../../sandbox/example-service.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { FakeClock } from '../support/fake-clock.js';
import { apim, deployer, tenantId } from '../support/world.js';

const require = createRequire(import.meta.url);
// The tests edit parsed OpenAPI documents freely, path by path.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;
/** Real-world documents not written by us: the Swagger Petstore (OpenAPI 3.0, 701 lines) and Bump.sh's Train Travel API (3.1). */
const petstore = require.resolve('@readme/oas-examples/3.0/yaml/petstore.yaml');
const trainTravel = require.resolve('@readme/oas-examples/3.1/yaml/train-travel.yaml');
const swaggerPetstore = require.resolve('@readme/oas-examples/2.0/json/petstore.json');
const itinerarySpec = join(itineraryDir, 'openapi.yaml');

let sandbox: Sandbox;
let service: ApimService;
let untrust: () => void;
let backend: RunningService;
let client: ApiManagementClient;
let workDir: string;
let gateway: string;
let smokeKey: string;

const options = (): PublishOptions => ({ clock: new FakeClock() });

function inputs(overrides: Partial<Inputs> = {}): Inputs {
  return {
    subscriptionId: apim.subscriptionId,
    resourceGroup: apim.resourceGroup,
    serviceName: apim.name,
    spec: itinerarySpec,
    apiId: 'itinerary-v1',
    path: 'itinerary',
    serviceUrl: backend.url,
    apiVersion: 'v1',
    versionSet: { id: 'itinerary', scheme: 'Segment' },
    subscriptionRequired: true,
    products: [],
    newRevision: false,
    release: true,
    ...overrides
  };
}

async function publish(overrides: Partial<Inputs> = {}, publishOptions: PublishOptions = options()) {
  const settings = inputs(overrides);
  return publishApi(client, settings, await loadSpec(settings.spec), publishOptions);
}

/** A copy of the itinerary document, changed by `edit`. */
async function editedSpec(name: string, edit: (doc: Doc) => void): Promise<string> {
  const doc = parse(await readFile(itinerarySpec, 'utf8')) as Doc;
  edit(doc);
  const file = join(workDir, name);
  await writeFile(file, stringify(doc));
  return file;
}

const armPuts = (since: number, path: RegExp) =>
  sandbox
    .calls({ service: 'arm' })
    .slice(since)
    .filter(call => call.method === 'PUT' && path.test(call.path));

beforeAll(async () => {
  service = apimService();
  sandbox = await startSandbox({ services: [service] });
  untrust = sandboxTrust(sandbox);
  backend = await startItineraryService();
  workDir = await mkdtemp(join(tmpdir(), 'apim-test-'));
  const session = sessionFromEnv('apim-import', {
    ...sandbox.env(),
    AZURE_CLIENT_ID: deployer.appId,
    AZURE_TENANT_ID: tenantId
  });
  client = new ApiManagementClient(session.credential, apim.subscriptionId, armClientOptions(session.cloud));
  gateway = service.gatewayUrl(apim.name);
  smokeKey = service.key(apim.name, apim.smokeSubscription);
});
afterAll(async () => {
  await backend.stop();
  untrust();
  await sandbox.stop();
});

describe('apim-import against the sandbox API Management', () => {
  it('imports a real-world OpenAPI document with every operation, through a long-running PUT', async () => {
    const spec = await loadSpec(petstore);
    expect((await readFile(petstore, 'utf8')).split('\n').length).toBeGreaterThan(500);
    const result = await publishApi(
      client,
      inputs({
        spec: petstore,
        apiId: 'petstore',
        path: 'petstore',
        apiVersion: undefined,
        versionSet: undefined
      }),
      spec,
      options()
    );
    expect(result).toMatchObject({ apiId: 'petstore', changed: true, created: true, revision: '1' });
    expect(result.gatewayUrl).toBe(`${gateway}/petstore`);
    expect(result.diff.added).toHaveLength(spec.operations.length);
    expect(result.diff.added).toContainEqual({
      method: 'GET',
      urlTemplate: '/pet/{petId}',
      displayName: 'Find pet by ID'
    });
    const api = await client.api.get(apim.resourceGroup, apim.name, 'petstore');
    expect(api).toMatchObject({
      path: 'petstore',
      displayName: 'Swagger Petstore',
      subscriptionRequired: true
    });
    // Imports are long-running: 201 (Api_CreateOrUpdate declares 200 and 201, not 202) with Location and
    // Azure-AsyncOperation to poll.
    const put = sandbox
      .calls({ service: 'arm' })
      .find(c => c.method === 'PUT' && c.path.endsWith('/apis/petstore'));
    expect(put?.status).toBe(201);
  });

  it('imports OpenAPI 3.1 and Swagger 2.0 documents too', async () => {
    const train = await publish({
      spec: trainTravel,
      apiId: 'train-travel',
      path: 'trains',
      apiVersion: undefined,
      versionSet: undefined
    });
    expect(train.diff.added.map(o => `${o.method} ${o.urlTemplate}`)).toContain('GET /stations');
    const swagger = await publish({
      spec: swaggerPetstore,
      apiId: 'petstore-swagger',
      path: 'petstore2',
      apiVersion: undefined,
      versionSet: undefined
    });
    expect(swagger.diff.added.length).toBeGreaterThan(10);
  });

  it('skips a re-import of the same document and settings, and says so', async () => {
    const first = await publish();
    expect(first).toMatchObject({ changed: true, created: true });
    const before = sandbox.calls({ service: 'arm' }).length;
    const lines: string[] = [];
    const again = await publish({}, { ...options(), log: line => lines.push(line) });
    expect(again).toMatchObject({ changed: false, revision: '1' });
    expect(armPuts(before, /./)).toEqual([]);
    expect(lines.join('\n')).toMatch(
      /Unchanged since the last import \(sha256 [0-9a-f]{12}\): nothing was sent to API Management/
    );
    // A changed setting is a change, even with the same document.
    const products = await publish({ products: ['starter'] });
    expect(products.changed).toBe(true);
    expect(products.diff).toMatchObject({ added: [], removed: [], changed: [], unchanged: 5 });
  });

  it('reports operations added, removed and changed versus the previous definition', async () => {
    const file = await editedSpec('itinerary-changed.yaml', doc => {
      delete doc.paths['/itineraries/{id}'].delete;
      doc.paths['/itineraries'].get.summary = 'List itineraries, newest first';
      doc.paths['/itineraries/{id}/days'] = {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'listDays',
          summary: 'Days of an itinerary',
          responses: { '200': { description: 'The days.' } }
        }
      };
    });
    const result = await publish({ spec: file, products: ['starter'] });
    expect(result.diff).toEqual({
      added: [{ method: 'GET', urlTemplate: '/itineraries/{id}/days', displayName: 'Days of an itinerary' }],
      removed: [{ method: 'DELETE', urlTemplate: '/itineraries/{id}', displayName: 'Delete an itinerary' }],
      changed: [
        { method: 'GET', urlTemplate: '/itineraries', displayName: 'List itineraries, newest first' }
      ],
      unchanged: 3
    });
    await publish({ products: ['starter'] }); // back to the example's own document
  });

  it('rejects an invalid document before sending it, with JSON pointers', async () => {
    const file = await editedSpec('itinerary-invalid.yaml', doc => {
      delete doc.paths['/health'].get.responses;
      doc.paths['/itineraries'].post.requestBody.content['application/json'].schema.$ref =
        '#/components/schemas/Nope';
    });
    const error = await loadSpec(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).problems).toEqual([
      {
        pointer: '/paths/~1itineraries/post/requestBody/content/application~1json/schema/$ref',
        message: expect.stringContaining('#/components/schemas/Nope')
      }
    ]);
    const schemaError = await loadSpec(
      await editedSpec('itinerary-schema.yaml', doc => {
        delete doc.paths['/health'].get.responses;
        doc.info.licence = 'MIT';
      })
    ).catch((e: unknown) => e as SpecError);
    expect((schemaError as SpecError).problems).toEqual([
      { pointer: '/info/licence', message: "'licence' is not allowed here" },
      { pointer: '/paths/~1health/get', message: "'responses' is required" }
    ]);
    expect((schemaError as SpecError).message).toBe(
      `the OpenAPI document '${join(workDir, 'itinerary-schema.yaml')}' is not valid (2 problems): /info/licence: 'licence' is not allowed here; /paths/~1health/get: 'responses' is required; fix the document and run again`
    );
  });

  it("reports the parser's own rules, such as a path parameter the path does not have", async () => {
    // (A duplicated operationId, the example this test had, is imported by API Management with a de-duplicated
    // name: the operation-name rule warns about it instead, tests/integration/apim-rules.test.ts.)
    const file = await editedSpec('itinerary-undeclared.yaml', doc => {
      doc.paths['/itineraries/{id}/days/{day}'] = doc.paths['/itineraries/{id}'];
      delete doc.paths['/itineraries/{id}'];
    });
    const error = (await loadSpec(file).catch((e: unknown) => e)) as SpecError;
    expect(error).toBeInstanceOf(SpecError);
    expect(error.problems.map(p => p.message).join('\n')).toMatch(/day/);
  });

  it("bundles external references, and reports ARM's own ValidationError when API Management refuses a document", async () => {
    await writeFile(
      join(workDir, 'day.yaml'),
      stringify({ Day: { type: 'object', properties: { city: { type: 'string' } } } })
    );
    const file = await editedSpec('itinerary-external.yaml', doc => {
      doc.components.schemas.Day = { $ref: './day.yaml#/Day' };
    });
    const bundled = await loadSpec(file);
    expect(bundled.json).not.toContain('day.yaml');

    // What the sandbox's ARM says about a document the action did not check (an unresolvable $ref).
    const spec = await loadSpec(itinerarySpec);
    const broken = JSON.parse(spec.json) as Doc;
    broken.paths['/health'].get.responses['200'].$ref = '#/components/responses/Gone';
    const error = await publishApi(
      client,
      inputs({ apiId: 'broken', path: 'broken', apiVersion: undefined, versionSet: undefined }),
      { ...spec, json: JSON.stringify(broken), document: broken },
      options()
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      `API Management refused the document '${itinerarySpec}' (ValidationError: One or more fields contain incorrect values: representation: Parsing error(s): Reference '#/components/responses/Gone' at '/paths/~1health/get/responses/200' could not be resolved.); fix it and run again`
    );
  });

  it('names a service that does not exist', async () => {
    const error = await publish({ serviceName: 'musafirgo-nowhere' }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      `API Management service 'musafirgo-nowhere' was not found in resource group '${apim.resourceGroup}' of subscription ${apim.subscriptionId}; check service-name and resource-group`
    );
    const product = await publish({ products: ['platinum'] }).catch((e: unknown) => e);
    expect((product as Error).message).toBe(
      `product 'platinum' does not exist in API Management service '${apim.name}'; check the 'products' input`
    );
  });

  it('serves v1 and v2 of a version set side by side on the gateway', async () => {
    await publish({ products: ['starter'] });
    const v2 = await editedSpec('itinerary-v2.yaml', doc => {
      doc.info.version = 'v2';
      delete doc.paths['/itineraries/{id}'].delete;
    });
    const result = await publish({ spec: v2, apiId: 'itinerary-v2', apiVersion: 'v2' });
    expect(result.gatewayUrl).toBe(`${gateway}/itinerary/v2`);
    const set = await client.apiVersionSet.get(apim.resourceGroup, apim.name, 'itinerary');
    expect(set.versioningScheme).toBe('Segment');
    const headers = { 'Ocp-Apim-Subscription-Key': smokeKey };
    const v1Get = await fetch(`${gateway}/itinerary/v1/itineraries/it-fes-chefchaouen`, { headers });
    const v2Get = await fetch(`${gateway}/itinerary/v2/itineraries/it-fes-chefchaouen`, { headers });
    expect([v1Get.status, v2Get.status]).toEqual([200, 200]);
    expect(((await v2Get.json()) as { id: string }).id).toBe('it-fes-chefchaouen');
    // DELETE exists in v1 only: v2 has no such operation.
    const v2Delete = await fetch(`${gateway}/itinerary/v2/itineraries/it-1`, { method: 'DELETE', headers });
    expect(v2Delete.status).toBe(404);
    expect(await v2Delete.json()).toEqual({ statusCode: 404, message: 'Resource not found' });
  });

  it('applies the policy from a file, observable through the gateway', async () => {
    await publish({ policyFile: join(itineraryDir, 'policy.xml'), products: ['starter'] });
    const response = await fetch(`${gateway}/itinerary/v1/health`, {
      headers: { 'Ocp-Apim-Subscription-Key': smokeKey }
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-served-by')).toBe('musafirgo-apim'); // outbound set-header
    expect(response.headers.get('x-echo-x-request-source')).toBe('apim'); // inbound set-header, echoed by the service

    // An operation policy with mock-response, and a tight rate limit, applied through the official client.
    await client.apiOperationPolicy.createOrUpdate(
      apim.resourceGroup,
      apim.name,
      'itinerary-v1',
      'listItineraries',
      'policy',
      {
        format: 'rawxml',
        value:
          '<policies><inbound><base /><mock-response status-code="200" content-type="application/json" /></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>'
      }
    );
    const mocked = await fetch(`${gateway}/itinerary/v1/itineraries`, {
      headers: { 'Ocp-Apim-Subscription-Key': smokeKey }
    });
    expect(await mocked.json()).toMatchObject({ count: 1, items: [{ id: 'it-mock' }] });
    expect(mocked.headers.get('x-served-by')).toBe('musafirgo-apim');

    await client.apiPolicy.createOrUpdate(apim.resourceGroup, apim.name, 'itinerary-v1', 'policy', {
      format: 'rawxml',
      value:
        '<policies><inbound><rate-limit calls="2" renewal-period="60" /></inbound><backend /><outbound /><on-error /></policies>'
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await fetch(`${gateway}/itinerary/v1/health`, {
        headers: { 'Ocp-Apim-Subscription-Key': smokeKey }
      });
      statuses.push(r.status);
      if (r.status === 429) {
        expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(await r.json()).toEqual({
          statusCode: 429,
          message: expect.stringMatching(/^Rate limit is exceeded\. Try again in \d+ seconds\.$/)
        });
      }
    }
    expect(statuses).toEqual([200, 200, 429]);
    sandbox.clock.advance(61); // the sandbox clock renews the window; nothing waits
    expect(
      (await fetch(`${gateway}/itinerary/v1/health`, { headers: { 'Ocp-Apim-Subscription-Key': smokeKey } }))
        .status
    ).toBe(200);

    const refused = await client.apiPolicy
      .createOrUpdate(apim.resourceGroup, apim.name, 'itinerary-v1', 'policy', {
        format: 'rawxml',
        value: '<policies><inbound><set-header name="x"></inbound></policies>'
      })
      .catch((e: unknown) => e as { statusCode: number; code: string });
    expect(refused).toMatchObject({ statusCode: 400, code: 'ValidationError' });
    // Back to the file's policy, without the operation's mock.
    await client.apiOperationPolicy.delete(
      apim.resourceGroup,
      apim.name,
      'itinerary-v1',
      'listItineraries',
      'policy',
      '*'
    );
    await publish({
      policyFile: join(itineraryDir, 'policy.xml'),
      products: ['starter'],
      displayName: 'Itinerary'
    });
  });

  it('imports into a new revision, smoke-tests it through the gateway, then releases it as current', async () => {
    const file = await editedSpec('itinerary-rev.yaml', doc => {
      doc.paths['/itineraries'].get.summary = 'List itineraries (revision 2)';
    });
    const smokeFile = join(itineraryDir, 'smoke.yaml');
    const tested: string[] = [];
    const result = await publish(
      { spec: file, newRevision: true, revisionSmoke: smokeFile, products: ['starter'] },
      {
        ...options(),
        onSecret: value => tested.push(`masked ${value.length}`),
        smoke: async (checks, baseUrl, key) => {
          tested.push(baseUrl);
          const suite = await loadSuite(checks);
          // Correctness is the subject here; the 200 ms budget is for an idle machine, not a busy CI one.
          for (const check of suite.checks) check.budget = { p95Ms: 10_000 };
          return runSmoke(suite, {
            baseUrl,
            variables: { SUBSCRIPTION_KEY: key ?? '' },
            clock: new FakeClock()
          });
        }
      }
    );
    expect(tested).toEqual(['masked 32', `${gateway}/itinerary;rev=2/v1`]);
    expect(result.revisionSmoke).toMatchObject({ ok: true, passed: 5 });
    expect(result).toMatchObject({ importedRevision: '2', revision: '2', released: { revision: '2' } });
    const revisions = [];
    for await (const r of client.apiRevision.listByService(apim.resourceGroup, apim.name, 'itinerary-v1'))
      revisions.push(r);
    expect(revisions.map(r => [r.apiRevision, r.isCurrent])).toEqual([
      ['1', false],
      ['2', true]
    ]);
    const current = await client.api.get(apim.resourceGroup, apim.name, 'itinerary-v1');
    expect(current.apiRevision).toBe('2');
    const operations = [];
    for await (const o of client.apiOperation.listByApi(apim.resourceGroup, apim.name, 'itinerary-v1'))
      operations.push(o.displayName);
    expect(operations).toContain('List itineraries (revision 2)');
  });

  it('keeps the current revision when the new one fails its smoke checks', async () => {
    const file = await editedSpec('itinerary-bad-backend.yaml', doc => {
      doc.paths['/itineraries'].get.summary = 'List itineraries (revision 3)';
    });
    const error = await publish(
      {
        spec: file,
        newRevision: true,
        revisionSmoke: join(itineraryDir, 'smoke.yaml'),
        serviceUrl: 'http://127.0.0.1:9',
        subscriptionKey: smokeKey,
        products: ['starter']
      },
      {
        ...options(),
        smoke: async (checks, baseUrl, key) =>
          runSmoke(await loadSuite(checks), {
            baseUrl,
            variables: { SUBSCRIPTION_KEY: key ?? '' },
            clock: new FakeClock(),
            readinessTimeoutMs: 3000
          })
      }
    ).then(
      () => new Error('published'),
      (e: unknown) => e as Error
    );
    expect(error.message).toMatch(
      /^revision 3 of 'itinerary-v1' failed its smoke checks \(not ready after \d+ s \(\d+ attempts\): status 500\); it was not released and revision 2 still serves traffic$/
    );
    expect((await client.api.get(apim.resourceGroup, apim.name, 'itinerary-v1')).apiRevision).toBe('2');
  });
});
