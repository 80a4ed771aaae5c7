// Each documented import rule on both sides: a small document that breaks it, what apim-import says of it before
// sending anything (rules.ts, with the rule's name and a JSON pointer), and what the sandbox's API Management
// answers when the document is sent anyway (refused with ARM's ValidationError, or imported as the rule says).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiManagementClient, type OperationContract } from '@azure/arm-apimanagement';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planImport } from '../../actions/apim-import/plan.js';
import { publishApi } from '../../actions/apim-import/publish.js';
import { checkDocument, type Finding } from '../../actions/apim-import/rules.js';
import { SpecError, loadSpec, type LoadedSpec } from '../../actions/apim-import/spec.js';
import { armClientOptions } from '../../actions/shared/arm.js';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { apimService } from '../../sandbox/apim/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { FakeClock } from '../support/fake-clock.js';
import { apim, deployer, tenantId } from '../support/world.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;
const rg = apim.resourceGroup;
const svc = apim.name;
let sandbox: Sandbox;
let untrust: () => void;
let client: ApiManagementClient;
let dir: string;
let apiCount = 0;

const ok = { '200': { description: 'OK.' } };
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
/** A minimal OpenAPI 3.0.3 document with these paths. */
const openapi = (paths: Doc, extra: Doc = {}): Doc => ({
  openapi: '3.0.3',
  info: { title: 'Rules', version: 'v1' },
  paths,
  ...extra
});
const spec = (document: Doc): Pick<LoadedSpec, 'document' | 'kind'> => ({
  document,
  kind:
    document['swagger'] === '2.0'
      ? 'swagger-2.0'
      : String(document['openapi']).startsWith('3.1')
        ? 'openapi-3.1'
        : 'openapi-3.0'
});
const findings = (document: Doc, rule?: string): Finding[] =>
  checkDocument(spec(document)).findings.filter(f => !rule || f.rule === rule);

/** What the sandbox's API Management does with the document sent inline: the operations it made, or its refusal. */
async function sendInline(
  document: Doc | string,
  format: 'openapi+json' | 'swagger-json' | 'openapi' = 'openapi+json'
): Promise<{ operations?: OperationContract[]; refusal?: string; status?: number }> {
  const id = `rules-${++apiCount}`;
  try {
    await client.api.beginCreateOrUpdateAndWait(
      rg,
      svc,
      id,
      {
        format,
        value: typeof document === 'string' ? document : JSON.stringify(document),
        path: id,
        serviceUrl: 'https://rules.example'
      },
      { updateIntervalInMs: 0 }
    );
  } catch (error) {
    const e = error as {
      statusCode?: number;
      code?: string;
      details?: { error?: { details?: { message: string }[] } };
    };
    return {
      status: e.statusCode,
      refusal: `${e.code}: ${(e.details?.error?.details ?? []).map(d => d.message).join(' | ')}`
    };
  }
  const operations: OperationContract[] = [];
  for await (const o of client.apiOperation.listByApi(rg, svc, id)) operations.push(o);
  return { operations };
}

beforeAll(async () => {
  sandbox = await startSandbox({ services: [apimService()] });
  untrust = sandboxTrust(sandbox);
  const session = sessionFromEnv('apim-import', {
    ...sandbox.env(),
    AZURE_CLIENT_ID: deployer.appId,
    AZURE_TENANT_ID: tenantId
  });
  client = new ApiManagementClient(session.credential, apim.subscriptionId, armClientOptions(session.cloud));
  dir = await mkdtemp(join(tmpdir(), 'apim-rules-'));
});
afterAll(async () => {
  untrust();
  await sandbox.stop();
});

describe('rules API Management refuses: the step refuses first, and the sandbox refuses the same', () => {
  it('openapi-version: 3.0.4 is newer than the 3.0.3 API Management supports', async () => {
    const document = openapi({ '/a': { get: { responses: ok } } }, { openapi: '3.0.4' });
    expect(findings(document, 'openapi-version')).toEqual([
      {
        rule: 'openapi-version',
        severity: 'error',
        pointer: '/openapi',
        message:
          "OpenAPI 3.0.4 is newer than API Management supports (3.0 up to 3.0.3, or 3.1): write 'openapi: 3.0.3' if the document uses nothing newer"
      }
    ]);
    expect(await sendInline(document)).toEqual({
      status: 400,
      refusal:
        "ValidationError: Parsing error(s): OpenAPI version '3.0.4' is not supported. Supported versions are OpenAPI 2.0, 3.0.0 to 3.0.3 and 3.1 (import only)."
    });
  });

  it('template-parameter-names: a required query parameter named like a path parameter, and names that differ in case', async () => {
    const query = openapi({
      '/collection/{id}': {
        get: {
          parameters: [idParameter, { name: 'id', in: 'query', required: true, schema: { type: 'string' } }],
          responses: ok
        }
      }
    });
    expect(findings(query, 'template-parameter-names').map(f => [f.pointer, f.message])).toEqual([
      [
        '/paths/~1collection~1{id}/get',
        "GET /collection/{id} has two URL template parameters named 'id' and 'id'; API Management requires the names of path and required query parameters to differ (ignoring case)"
      ]
    ]);
    expect((await sendInline(query)).refusal).toBe(
      "ValidationError: Parsing error(s): Parameter names in the URL template of GET /collection/{id} must be unique (case-insensitive): 'id' and 'id'."
    );
    const cased = openapi({
      '/a/{id}/b/{ID}': {
        get: { parameters: [idParameter, { ...idParameter, name: 'ID' }], responses: ok }
      }
    });
    expect(findings(cased, 'template-parameter-names')).toHaveLength(1);
    expect((await sendInline(cased)).refusal).toMatch(/must be unique \(case-insensitive\): 'id' and 'ID'/);
  });

  it('path-parameter-in-template: a path parameter the URL template does not have', async () => {
    const document = openapi({
      '/a': { get: { parameters: [idParameter], responses: ok } }
    });
    expect(findings(document, 'path-parameter-in-template')).toEqual([
      expect.objectContaining({ pointer: '/paths/~1a/get/parameters/0', severity: 'error' })
    ]);
    expect((await sendInline(document)).refusal).toBe(
      "ValidationError: Parsing error(s): Template parameter 'id' of GET /a is not part of the URL template."
    );
  });

  it('same-method-and-template: /collection/{id} and /collection/{slug}', async () => {
    const document = openapi({
      '/collection/{id}': { get: { parameters: [idParameter], responses: ok } },
      '/collection/{slug}': { get: { parameters: [{ ...idParameter, name: 'slug' }], responses: ok } }
    });
    expect(findings(document, 'same-method-and-template').map(f => f.message)).toEqual([
      'GET /collection/{slug} has the same method and URL template as GET /collection/{id} (parameter names aside); API Management keeps one operation per method and template'
    ]);
    expect((await sendInline(document)).refusal).toBe(
      'ValidationError: Parsing error(s): Operation GET /collection/{slug} has the same method and URL template as GET /collection/{id}.'
    );
  });

  it('parameter-example-type: an integer parameter with a string example', async () => {
    const document = openapi({
      '/items': {
        get: {
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' }, example: 'ten' }],
          responses: ok
        }
      }
    });
    expect(findings(document, 'parameter-example-type').map(f => f.pointer)).toEqual([
      '/paths/~1items/get/parameters/0/example'
    ]);
    expect((await sendInline(document)).refusal).toBe(
      "ValidationError: Parsing error(s): The example of parameter 'limit' of GET /items is not of type 'integer'."
    );
  });

  it('external-ref: a document API Management downloads cannot refer to another file', async () => {
    const document = openapi({ '/a': { get: { responses: { '200': { $ref: './responses.yaml#/Ok' } } } } });
    expect((await sendInline(document)).refusal).toBe(
      "ValidationError: Parsing error(s): External reference './responses.yaml#/Ok' at '/paths/~1a/get/responses/200' is not supported; $ref pointers can't reference external files."
    );
    // The step bundles a file's references itself; a URL's it cannot send, so it refuses them (the e2e test
    // downloads documents; here the check that runs on one).
    const { externalRefs } = await import('../../actions/apim-import/spec.js');
    expect(externalRefs(document)).toEqual([
      { pointer: '/paths/~1a/get/responses/200/$ref', ref: './responses.yaml#/Ok' }
    ]);
  });

  it('swagger-json-only: Swagger 2.0 is imported from JSON only', async () => {
    const yaml =
      'swagger: "2.0"\ninfo: { title: Y, version: v1 }\npaths: { /a: { get: { responses: { "200": { description: OK } } } } }\n';
    expect((await sendInline(yaml, 'swagger-json')).refusal).toMatch(
      /^ValidationError: Parsing error\(s\): /
    );
    const error = await planImport(
      {
        ...(await loadSpec(await write('swagger.yaml', yaml))),
        source: 'url',
        location: 'https://specs.example/swagger.yaml'
      },
      { spec: 'https://specs.example/swagger.yaml' }
    ).catch((e: unknown) => e as SpecError);
    expect((error as SpecError).problems).toEqual([expect.objectContaining({ rule: 'swagger-json-only' })]);
  });

  it('inline-size: over 4 MB inline is refused by both, with the size', async () => {
    const large = openapi({ '/a': { get: { description: 'x'.repeat(4 * 1024 * 1024), responses: ok } } });
    const file = await write('large.json', JSON.stringify(large));
    const error = (await planImport(await loadSpec(file), { spec: file }).catch(
      (e: unknown) => e
    )) as SpecError;
    expect(error.message).toMatch(
      /the document is 4\.0 MB as API Management reads it, over the 4 MB it takes inline; .* \[inline-size\]/
    );
    expect((await sendInline(large)).refusal).toMatch(
      /^ValidationError: The document is 41944\d\d bytes; a document imported inline can be up to 4 MB\. Import it by link \(openapi-link, openapi\+json-link\)/
    );
  });

  it("operation-limit: more operations than the service's tier holds (Developer: 3,000)", async () => {
    const paths: Doc = {};
    for (let i = 0; i <= 3000; i++) paths[`/op${i}`] = { get: { operationId: `op${i}`, responses: ok } };
    const document = openapi(paths);
    const file = await write('many.json', JSON.stringify(document));
    const error = (await publishApi(
      client,
      {
        subscriptionId: apim.subscriptionId,
        resourceGroup: rg,
        serviceName: svc,
        spec: file,
        apiId: 'many',
        path: 'many',
        subscriptionRequired: true,
        products: [],
        newRevision: false,
        release: true
      },
      await loadSpec(file),
      { clock: new FakeClock() }
    ).catch((e: unknown) => e)) as SpecError;
    expect(error.problems).toEqual([
      {
        pointer: '/paths',
        rule: 'operation-limit',
        message:
          "the document has 3001 operations; the Developer tier of 'musafirgo-apim' holds at most 3000 in all (every API, version and revision counts); split the API, or move the service to a tier that holds more"
      }
    ]);
    expect((await sendInline(document)).refusal).toMatch(
      /^ValidationError: You've reached the maximum number of Operations \(3000\) in service\. This import would bring it to 30\d\d\./
    );
  });
});

describe('rules where API Management imports differently: the step warns, the sandbox does as documented', () => {
  it('x-ms-paths: operations under it are imported, told apart by their query', async () => {
    const paths: Doc = {};
    for (let i = 0; i < 18; i++) {
      paths[`/resources?kind=k${i}`] = { get: { operationId: `getKind${i}`, responses: ok } };
    }
    const document = { swagger: '2.0', info: { title: 'X', version: 'v1' }, paths: {}, 'x-ms-paths': paths };
    const planned = checkDocument(spec(document));
    expect(planned.operations).toHaveLength(18);
    expect(planned.operations[0]).toMatchObject({
      method: 'GET',
      urlTemplate: '/resources?kind=k0',
      name: 'getkind0'
    });
    const { operations } = await sendInline(document, 'swagger-json');
    expect(operations?.map(o => o.urlTemplate).sort()).toEqual(
      planned.operations.map(o => o.urlTemplate).sort()
    );
  });

  it('trace-not-imported: TRACE is left out, and counted out', async () => {
    const document = openapi({ '/echo': { get: { responses: ok }, trace: { responses: ok } } });
    expect(findings(document, 'trace-not-imported').map(f => f.pointer)).toEqual(['/paths/~1echo/trace']);
    expect(checkDocument(spec(document)).operations.map(o => o.method)).toEqual(['GET']);
    expect((await sendInline(document)).operations?.map(o => o.method)).toEqual(['GET']);
  });

  it('operation-name: normalized, de-duplicated, or made of the method and template, as API Management names them', async () => {
    const document = openapi({
      '/a': { get: { operationId: 'Get A!', responses: ok } },
      '/b': { get: { operationId: 'get-a', responses: ok } },
      '/things/{id}': { get: { parameters: [idParameter], responses: ok } },
      '/long': { get: { operationId: 'x'.repeat(100), responses: ok } }
    });
    const planned = checkDocument(spec(document));
    expect(planned.operations.map(o => o.name)).toEqual([
      'get-a',
      'get-a-1',
      'get-things-id',
      'x'.repeat(76)
    ]);
    expect(planned.findings.filter(f => f.rule === 'operation-name').map(f => f.message)).toEqual([
      "operationId 'Get A!' becomes the operation name 'get-a' in API Management",
      "operationId 'get-a' becomes the operation name 'get-a-1' in API Management",
      "GET /things/{id} has no operationId: API Management names it 'get-things-id'",
      `operationId '${'x'.repeat(100)}' becomes the operation name '${'x'.repeat(76)}' in API Management`
    ]);
    const { operations } = await sendInline(document);
    expect(operations?.map(o => o.name)).toEqual(planned.operations.map(o => o.name));
  });

  it('display-name-cut: a summary over 300 characters', async () => {
    const document = openapi({ '/a': { get: { summary: 's'.repeat(400), responses: ok } } });
    expect(findings(document, 'display-name-cut').map(f => f.pointer)).toEqual(['/paths/~1a/get/summary']);
    expect((await sendInline(document)).operations?.[0]?.displayName).toBe('s'.repeat(300));
  });

  it('required-query-in-template: a required query parameter joins the URL template', async () => {
    const document = openapi({
      '/search': {
        get: {
          operationId: 'search',
          parameters: [
            { name: 'city', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'page', in: 'query', schema: { type: 'integer' } }
          ],
          responses: ok
        }
      }
    });
    expect(findings(document, 'required-query-in-template').map(f => f.message)).toEqual([
      "required query parameter(s) 'city' of GET /search become part of the URL template: a call without them matches no operation"
    ]);
    expect(checkDocument(spec(document)).operations[0]?.urlTemplate).toBe('/search?city={city}');
    const [operation] = (await sendInline(document)).operations ?? [];
    expect(operation).toMatchObject({
      urlTemplate: '/search?city={city}',
      templateParameters: [{ name: 'city', type: 'string', required: true, values: [] }],
      request: { queryParameters: [{ name: 'page', type: 'integer', required: false, values: [] }] }
    });
  });

  it('request-body-dropped: GET, HEAD and OPTIONS lose their request body', async () => {
    const body = { content: { 'application/json': { schema: { type: 'object' } } } };
    const document = openapi({
      '/a': { get: { requestBody: body, responses: ok }, post: { requestBody: body, responses: ok } }
    });
    expect(findings(document, 'request-body-dropped').map(f => f.pointer)).toEqual(['/paths/~1a/get']);
    const { operations } = await sendInline(document);
    expect(operations?.map(o => [o.method, o.request?.representations?.length])).toEqual([
      ['GET', 0],
      ['POST', 1]
    ]);
  });

  it('no-https-server: without an https server API Management leaves the backend empty', async () => {
    const document = openapi(
      { '/a': { get: { responses: ok } } },
      { servers: [{ url: 'http://backend.example' }] }
    );
    expect(findings(document, 'no-https-server').map(f => f.pointer)).toEqual(['/servers']);
    expect(
      checkDocument(spec(document), { serviceUrl: 'https://given.example' }).findings.filter(
        f => f.rule === 'no-https-server'
      )
    ).toEqual([]);
    const id = `rules-${++apiCount}`;
    const api = await client.api.beginCreateOrUpdateAndWait(
      rg,
      svc,
      id,
      { format: 'openapi+json', value: JSON.stringify(document), path: id },
      { updateIntervalInMs: 0 }
    );
    expect(api.serviceUrl).toBeUndefined();
  });

  it('openapi-3.1-import-only and webhooks-not-imported: a 3.1 document of webhooks imports with no operation', async () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 'Hooks', version: 'v1' },
      webhooks: { booked: { post: { responses: ok } } }
    };
    expect(findings(document).map(f => f.rule)).toEqual(['openapi-3.1-import-only', 'webhooks-not-imported']);
    expect(await sendInline(document)).toEqual({ operations: [] });
    // 3.1 makes responses optional too.
    const noResponses = {
      openapi: '3.1.0',
      info: { title: 'Bare', version: 'v1' },
      paths: { '/a': { get: {} } }
    };
    expect((await sendInline(noResponses)).operations?.map(o => o.responses)).toEqual([[]]);
  });

  it('ignored definitions: cookies, forms, query serialization, recursion, security and extensions are warned about', async () => {
    const document = openapi(
      {
        '/a': {
          'x-internal': true,
          get: {
            security: [{ key: [] }],
            parameters: [
              { name: 'session', in: 'cookie', schema: { type: 'string' } },
              {
                name: 'tags',
                in: 'query',
                style: 'pipeDelimited',
                schema: { type: 'array', items: { type: 'string' } }
              }
            ],
            responses: ok
          }
        }
      },
      {
        components: {
          securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } },
          schemas: { Node: { type: 'object', properties: { child: { $ref: '#/components/schemas/Node' } } } }
        }
      }
    );
    expect(findings(document).map(f => [f.rule, f.pointer])).toEqual([
      ['cookie-parameter', '/paths/~1a/get/parameters/0'],
      ['query-serialization', '/paths/~1a/get/parameters/1'],
      ['operation-name', '/paths/~1a/get'],
      ['recursive-schema', '/components/schemas/Node'],
      ['security-ignored', '/components/securitySchemes'],
      ['extensions-ignored', '/paths/~1a/x-internal']
    ]);
    expect((await sendInline(document)).operations).toHaveLength(1);
    const form = {
      swagger: '2.0',
      info: { title: 'F', version: 'v1' },
      paths: {
        '/f': {
          post: {
            consumes: ['application/x-www-form-urlencoded'],
            parameters: [{ name: 'n', in: 'formData', type: 'string' }],
            responses: ok
          }
        }
      }
    };
    expect(findings(form, 'form-parameter')).toHaveLength(1);
  });

  it('the example document breaks no rule and creates the operations the emulator creates', async () => {
    const example = await loadSpec(
      join(new URL('../..', import.meta.url).pathname, 'examples/itinerary/openapi.yaml')
    );
    const planned = checkDocument(example, { serviceUrl: 'https://itinerary.example' });
    expect(planned.findings.filter(f => f.severity === 'error')).toEqual([]);
    const { operations } = await sendInline(example.document);
    expect(operations?.map(o => `${o.method} ${o.urlTemplate} ${o.name}`).sort()).toEqual(
      planned.operations.map(o => `${o.method} ${o.urlTemplate} ${o.name}`).sort()
    );
  });
});

async function write(name: string, content: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
}
