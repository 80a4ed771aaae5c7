// API Management in the sandbox as its REST specification defines it: every operation apim-import calls answered
// with a status, the headers and a body the spec declares (apim-schemas.ts, our extracts of 2024-05-01), and
// Microsoft's examples for those operations replayed, the sandbox's answers compared with the examples' own.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiManagementClient } from '@azure/arm-apimanagement';
import { createHttpHeaders, createPipelineRequest } from '@azure/core-rest-pipeline';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { armClientOptions } from '../../actions/shared/arm.js';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { apimService } from '../../sandbox/apim/index.js';
import { itineraryDir } from '../../sandbox/example-service.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { loadWorld } from '../../sandbox/world.js';
import { apim, deployer, tenantId } from '../support/world.js';
import { declared, errorResponse, type DeclaredOperation } from './apim-schemas.js';

const API_VERSION = '2024-05-01';
const service = `/subscriptions/${apim.subscriptionId}/resourceGroups/${apim.resourceGroup}/providers/Microsoft.ApiManagement/service/${apim.name}`;
let sandbox: Sandbox;
let untrust: () => void;
let client: ApiManagementClient;
let validatorFor: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown };

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** One request to the sandbox's ARM through the official client's pipeline (authentication, no retries). */
async function raw(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {}
): Promise<Answer> {
  const url = path.startsWith('https://') ? path : `${sandbox.urls.arm}${path}?api-version=${API_VERSION}`;
  const response = await client.sendRequest(
    createPipelineRequest({
      url,
      method: method as 'GET',
      headers: createHttpHeaders({ 'content-type': 'application/json', ...headers }),
      body: body === undefined ? undefined : JSON.stringify(body)
    })
  );
  return {
    status: response.status,
    headers: Object.fromEntries([...response.headers].map(([k, v]) => [k.toLowerCase(), v])),
    body: response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined
  };
}

/** Where an answer departs from what the operation declares: its status, a declared header, the body's schema. */
function divergences(operation: DeclaredOperation, answer: Answer): string[] {
  const declaredAnswer = operation.responses[answer.status];
  if (!declaredAnswer) {
    return [
      `${operation.operationId} answered ${answer.status}, which it does not declare (${Object.keys(operation.responses).join(', ')}): ${JSON.stringify(answer.body).slice(0, 300)}`
    ];
  }
  const found: string[] = [];
  for (const header of declaredAnswer.headers ?? []) {
    if (!answer.headers[header.toLowerCase()])
      found.push(`${operation.operationId} ${answer.status}: no ${header} header`);
  }
  if (declaredAnswer.body) {
    const validate = validatorFor(declaredAnswer.body);
    if (!validate(answer.body)) {
      found.push(
        `${operation.operationId} ${answer.status}: ${JSON.stringify(validate.errors).slice(0, 600)}`
      );
    }
  } else if (answer.body !== undefined && answer.body !== '') {
    found.push(`${operation.operationId} ${answer.status}: a body the spec does not declare`);
  }
  return found;
}

/** Polls a long-running operation's Azure-AsyncOperation URL to its end, then reads its Location. */
async function finish(answer: Answer): Promise<Answer> {
  const statusUrl = answer.headers['azure-asyncoperation']!;
  for (let i = 0; i < 10; i++) {
    const status = await raw('GET', statusUrl);
    const state = (status.body as { status?: string }).status;
    if (state !== 'InProgress') break;
  }
  return raw('GET', answer.headers['location']!);
}

beforeAll(async () => {
  const world = loadWorld();
  world.arm.operationPolls = 1; // every import is InProgress once, as a real one is
  sandbox = await startSandbox({ world, services: [apimService()] });
  untrust = sandboxTrust(sandbox);
  const session = sessionFromEnv('conformance', {
    ...sandbox.env(),
    AZURE_CLIENT_ID: deployer.appId,
    AZURE_TENANT_ID: tenantId
  });
  client = new ApiManagementClient(session.credential, apim.subscriptionId, {
    ...armClientOptions(session.cloud),
    endpoint: sandbox.urls.arm
  });
  const { default: Ajv } = await import('ajv');
  const { default: addFormats } = await import('ajv-formats');
  const ajv = new (Ajv as unknown as new (o: object) => { compile(s: object): never; addFormat: unknown })({
    allErrors: true,
    strict: false
  });
  (addFormats as unknown as (a: unknown) => void)(ajv);
  validatorFor = schema => ajv.compile(schema);
});
afterAll(async () => {
  untrust();
  await sandbox.stop();
});

describe("the sandbox's API Management answers as the 2024-05-01 spec declares, for every call apim-import makes", () => {
  it('in the order apim-import makes them, with no divergence', async () => {
    const document = JSON.stringify(parse(await readFile(join(itineraryDir, 'openapi.yaml'), 'utf8')));
    const found: string[] = [];
    const expectAnswer = (name: keyof typeof declared, answer: Answer) => {
      found.push(...divergences(declared[name]!, answer));
      return answer;
    };

    expectAnswer('serviceGet', await raw('GET', service));
    const versionSet = { properties: { displayName: 'Conformance', versioningScheme: 'Segment' } };
    expect(
      expectAnswer('versionSetCreateOrUpdate', await raw('PUT', `${service}/apiVersionSets/conf`, versionSet))
        .status
    ).toBe(201);
    expect(
      expectAnswer('versionSetCreateOrUpdate', await raw('PUT', `${service}/apiVersionSets/conf`, versionSet))
        .status
    ).toBe(200);

    const api = {
      properties: {
        format: 'openapi+json',
        value: document,
        path: 'conf',
        displayName: 'Conformance',
        serviceUrl: 'https://conf.example',
        protocols: ['https'],
        subscriptionRequired: true,
        apiRevisionDescription: 'musafirgo-actions sha256:0',
        apiVersion: 'v1',
        apiVersionSetId: `${service}/apiVersionSets/conf`
      }
    };
    const created = expectAnswer('apiCreateOrUpdate', await raw('PUT', `${service}/apis/conf-v1`, api));
    expect(created.status).toBe(201);
    expect((created.body as { properties: { provisioningState: string } }).properties.provisioningState).toBe(
      'InProgress'
    );
    const result = expectAnswer('apiGet', await finish(created));
    expect((result.body as { properties: { provisioningState: string } }).properties.provisioningState).toBe(
      'Succeeded'
    );
    const updated = expectAnswer(
      'apiCreateOrUpdate',
      await raw('PUT', `${service}/apis/conf-v1`, api, { 'If-Match': '*' })
    );
    expect(updated.status).toBe(200);
    await finish(updated);

    const got = expectAnswer('apiGet', await raw('GET', `${service}/apis/conf-v1`));
    expect((got.body as { properties: Record<string, unknown> }).properties).toMatchObject({ type: 'http' });
    expect((got.body as { properties: Record<string, unknown> }).properties).not.toHaveProperty('apiType');
    const operations = expectAnswer('operationList', await raw('GET', `${service}/apis/conf-v1/operations`));
    expect(operations.body).not.toHaveProperty('nextLink');
    expectAnswer('revisionList', await raw('GET', `${service}/apis/conf-v1/revisions`));

    const revision = {
      properties: {
        sourceApiId: '/apis/conf-v1',
        apiRevisionDescription: 'created by musafirgo-actions apim-import'
      }
    };
    const copied = expectAnswer(
      'apiCreateOrUpdate',
      await raw('PUT', `${service}/apis/conf-v1;rev=2`, revision)
    );
    expect(copied.status).toBe(201);
    expectAnswer('apiGet', await finish(copied));
    // A create that neither imports nor copies answers at once.
    const bare = { properties: { path: 'conf-bare', displayName: 'Bare' } };
    expect(
      expectAnswer('apiCreateOrUpdateSync', await raw('PUT', `${service}/apis/conf-bare`, bare)).status
    ).toBe(201);
    const policy = {
      properties: {
        format: 'rawxml',
        value:
          '<policies><inbound><base /></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>'
      }
    };
    expect(
      expectAnswer(
        'policyCreateOrUpdate',
        await raw('PUT', `${service}/apis/conf-v1/policies/policy`, policy)
      ).status
    ).toBe(201);
    expect(
      expectAnswer(
        'policyCreateOrUpdate',
        await raw('PUT', `${service}/apis/conf-v1/policies/policy`, policy)
      ).status
    ).toBe(200);
    expect(
      expectAnswer('productApiCreateOrUpdate', await raw('PUT', `${service}/products/starter/apis/conf-v1`))
        .status
    ).toBe(201);
    expect(
      expectAnswer('productApiCreateOrUpdate', await raw('PUT', `${service}/products/starter/apis/conf-v1`))
        .status
    ).toBe(200);
    expectAnswer('subscriptionListSecrets', await raw('POST', `${service}/subscriptions/master/listSecrets`));
    const release = {
      properties: { apiId: '/apis/conf-v1;rev=2', notes: 'Imported by the conformance test' }
    };
    expect(
      expectAnswer(
        'releaseCreateOrUpdate',
        await raw('PUT', `${service}/apis/conf-v1/releases/rev-2`, release)
      ).status
    ).toBe(201);
    expect(
      expectAnswer(
        'releaseCreateOrUpdate',
        await raw('PUT', `${service}/apis/conf-v1/releases/rev-2`, release)
      ).status
    ).toBe(200);
    const third = await raw('PUT', `${service}/apis/conf-v1;rev=3`, revision);
    await finish(third);
    expect(
      expectAnswer(
        'apiDelete',
        await raw('DELETE', `${service}/apis/conf-v1;rev=3`, undefined, { 'If-Match': '*' })
      ).status
    ).toBe(204);
    expect(third.status).toBe(201);
    expect(found).toEqual([]);
  });

  it("refuses in ARM's ErrorResponse shape", async () => {
    const refused = await raw('PUT', `${service}/apis/conf-bad`, {
      properties: { format: 'openapi+json', value: '{"openapi":"3.0.4"}', path: 'bad' }
    });
    expect(refused.status).toBe(400);
    const validate = validatorFor(errorResponse);
    expect(validate(refused.body) ? [] : validate.errors).toEqual([]);
  });
});

/**
 * Microsoft's examples beside the spec (…/stable/2024-05-01/examples/<file>), restated: the request each makes
 * and what its answer holds; their names (apimService1, rg1, the zero subscription) are mapped to the world's.
 */
interface Replay {
  example: string;
  /** Requests that put the service in the state the example assumes. */
  before?: { method: string; path: string; body?: unknown }[];
  request: { method: string; path: string; body?: unknown; headers?: Record<string, string> };
  /** The statuses the example lists, and the answer of the first: keys, and the values the request decides. */
  statuses: number[];
  headers?: string[];
  body: unknown;
}

const exampleService =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg1/providers/Microsoft.ApiManagement/service/apimService1';
const ours = (value: string) => value.split(exampleService).join(service);
/** A date-time the example gives: any date-time is the same answer. */
const DATE = Symbol('date-time');
/** A value the example gives and the sandbox generates its own of (a key, an ETag). */
const ANY_STRING = Symbol('string');

const replays: Replay[] = [
  {
    example: 'ApiManagementCreateApiRelease.json (commit b2f7419737799f321a271e9327d0b18417eed538)',
    before: [{ method: 'PUT', path: '/apis/a1', body: { properties: { path: 'a1', displayName: 'A1' } } }],
    request: {
      method: 'PUT',
      path: '/apis/a1/releases/testrev',
      body: { properties: { apiId: `${exampleService}/apis/a1`, notes: 'yahooagain' } }
    },
    statuses: [201, 200],
    headers: ['ETag'],
    body: {
      id: `${exampleService}/apis/a1/releases/testrev`,
      type: 'Microsoft.ApiManagement/service/apis/releases',
      name: 'testrev',
      properties: {
        apiId: `${exampleService}/apis/a1`,
        createdDateTime: DATE,
        updatedDateTime: DATE,
        notes: 'yahooagain'
      }
    }
  },
  {
    example:
      'ApiManagementCreateApiNewVersionUsingExistingApi.json (commit 755fb1ad0c5729cf7a12772dabd16d223817e432)',
    before: [
      {
        method: 'PUT',
        path: '/apiVersionSets/aa9c59e6-c0cd-4258-9356-9ca7d2f0b458',
        body: { properties: { displayName: 'Echo API2', versioningScheme: 'Segment' } }
      },
      {
        method: 'PUT',
        path: '/apis/echoPath',
        body: { properties: { path: 'echo', displayName: 'Echo API' } }
      }
    ],
    request: {
      method: 'PUT',
      path: '/apis/echoapiv3',
      body: {
        properties: {
          displayName: 'Echo API2',
          description:
            'Create Echo API into a new Version using Existing Version Set and Copy all Operations.',
          subscriptionRequired: true,
          serviceUrl: 'http://echoapi.cloudapp.net/api',
          path: 'echo2',
          protocols: ['http', 'https'],
          isCurrent: true,
          apiVersion: 'v4',
          sourceApiId: `${exampleService}/apis/echoPath`,
          apiVersionSetId: `${exampleService}/apiVersionSets/aa9c59e6-c0cd-4258-9356-9ca7d2f0b458`
        }
      }
    },
    statuses: [201, 200],
    headers: ['Location', 'Azure-AsyncOperation'],
    body: {
      id: `${exampleService}/apis/echoapiv3`,
      type: 'Microsoft.ApiManagement/service/apis',
      name: 'echoapiv3',
      properties: {
        displayName: 'Echo API2',
        apiRevision: '1',
        description: 'Create Echo API into a new Version using Existing Version Set and Copy all Operations.',
        subscriptionRequired: true,
        serviceUrl: 'http://echoapi.cloudapp.net/api',
        path: 'echo2',
        protocols: ['http', 'https'],
        subscriptionKeyParameterNames: { header: 'Ocp-Apim-Subscription-Key', query: 'subscription-key' },
        isCurrent: true,
        apiVersion: 'v4',
        apiVersionSetId: `${exampleService}/apiVersionSets/aa9c59e6-c0cd-4258-9356-9ca7d2f0b458`,
        apiVersionSet: {
          id: `${exampleService}/apiVersionSets/aa9c59e6-c0cd-4258-9356-9ca7d2f0b458`,
          name: 'Echo API2',
          versioningScheme: 'Segment'
        },
        provisioningState: 'InProgress'
      }
    }
  },
  {
    example: 'ApiManagementListApiRevisions.json (commit e94c4a58e81735a7947339f69c26f28cd8562955)',
    before: [{ method: 'PUT', path: '/apis/a1', body: { properties: { path: 'a1', displayName: 'A1' } } }],
    request: { method: 'GET', path: '/apis/a1/revisions' },
    statuses: [200],
    body: {
      value: [
        {
          apiId: `${exampleService}/apis/a1;rev=1`,
          apiRevision: '1',
          createdDateTime: DATE,
          updatedDateTime: DATE,
          isOnline: true,
          isCurrent: true
        }
      ],
      count: 1
      // The example's `nextLink: ""` is a page link that is not there: the sandbox leaves it out, as a string or
      // nothing is what the spec allows.
    }
  },
  {
    example: 'ApiManagementSubscriptionListSecrets.json (commit e282d2fe9e6dd8f4fae51c1908ca1c71a4276f9f)',
    before: [
      {
        method: 'PUT',
        path: '/subscriptions/5931a769d8d14f0ad8ce13b8',
        body: { properties: { scope: '/apis', displayName: 'Example' } }
      }
    ],
    request: { method: 'POST', path: '/subscriptions/5931a769d8d14f0ad8ce13b8/listSecrets' },
    statuses: [200],
    headers: ['ETag'],
    body: { primaryKey: ANY_STRING, secondaryKey: ANY_STRING }
  },
  {
    example:
      'ApiManagementCreateApiPolicyNonXmlEncoded.json (commit 13f84c9e27d759bcde840250d5fe246ce203ef72)',
    before: [
      {
        method: 'PUT',
        path: '/apis/5600b57e7e8880006a040001',
        body: { properties: { path: 'echo-api', displayName: 'Echo' } }
      }
    ],
    request: {
      method: 'PUT',
      path: '/apis/5600b57e7e8880006a040001/policies/policy',
      headers: { 'If-Match': '*' },
      body: {
        properties: {
          value:
            '<policies>\r\n     <inbound>\r\n     <base />\r\n  <set-header name="newvalue" exists-action="override">\r\n   <value>"@(context.Request.Headers.FirstOrDefault(h => h.Ke=="Via"))" </value>\r\n    </set-header>\r\n  </inbound>\r\n      </policies>',
          format: 'rawxml'
        }
      }
    },
    statuses: [201, 200],
    headers: ['ETag'],
    // The example's answer has another API's id (echo-api/operations/create-resource): only its shape is compared.
    body: { id: ANY_STRING, type: ANY_STRING, name: 'policy', properties: { value: ANY_STRING } }
  },
  {
    example: 'ApiManagementGetApiContract.json (commit cd1a17dc3f61db6c461fbe5f952f872d98556b39)',
    before: [
      {
        method: 'PUT',
        path: '/apis/57d1f7558aa04f15146d9d8a',
        body: {
          properties: {
            displayName: 'Service',
            serviceUrl: 'https://api.plexonline.com/DataSource/Service.asmx',
            path: 'schulte',
            protocols: ['https'],
            apiType: 'soap',
            authenticationSettings: {
              oAuth2: { authorizationServerId: 'authorizationServerId2283', scope: 'oauth2scope2580' },
              oAuth2AuthenticationSettings: [
                { authorizationServerId: 'authorizationServerId2283', scope: 'oauth2scope2580' },
                { authorizationServerId: 'authorizationServerId2284', scope: 'oauth2scope2581' }
              ]
            }
          }
        }
      }
    ],
    request: { method: 'GET', path: '/apis/57d1f7558aa04f15146d9d8a' },
    statuses: [200],
    headers: ['ETag'],
    body: {
      id: `${exampleService}/apis/57d1f7558aa04f15146d9d8a`,
      type: 'Microsoft.ApiManagement/service/apis',
      name: '57d1f7558aa04f15146d9d8a',
      properties: {
        displayName: 'Service',
        apiRevision: '1',
        serviceUrl: 'https://api.plexonline.com/DataSource/Service.asmx',
        path: 'schulte',
        protocols: ['https'],
        authenticationSettings: {
          oAuth2: { authorizationServerId: 'authorizationServerId2283', scope: 'oauth2scope2580' },
          oAuth2AuthenticationSettings: [
            { authorizationServerId: 'authorizationServerId2283', scope: 'oauth2scope2580' },
            { authorizationServerId: 'authorizationServerId2284', scope: 'oauth2scope2581' }
          ]
        },
        subscriptionKeyParameterNames: { header: 'Ocp-Apim-Subscription-Key', query: 'subscription-key' },
        type: 'soap',
        isCurrent: true,
        isOnline: true
      }
    }
  }
];

/** Where the answer differs from the example's: a missing key, another type, another value the request decided. */
function compare(expected: unknown, actual: unknown, at = ''): string[] {
  if (expected === DATE) {
    return typeof actual === 'string' && !Number.isNaN(Date.parse(actual)) ? [] : [`${at}: not a date-time`];
  }
  if (expected === ANY_STRING) return typeof actual === 'string' ? [] : [`${at}: not a string`];
  if (typeof expected === 'string')
    return ours(expected) === actual
      ? []
      : [`${at}: ${JSON.stringify(actual)}, the example ${JSON.stringify(ours(expected))}`];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      return [`${at}: ${JSON.stringify(actual)?.slice(0, 200)}`];
    return expected.flatMap((item, i) => compare(item, actual[i], `${at}/${i}`));
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return [`${at}: not an object`];
    return Object.entries(expected).flatMap(([key, value]) =>
      key in actual
        ? compare(value, (actual as Record<string, unknown>)[key], `${at}/${key}`)
        : [`${at}/${key}: missing`]
    );
  }
  return expected === actual
    ? []
    : [`${at}: ${JSON.stringify(actual)}, the example ${JSON.stringify(expected)}`];
}

describe("Microsoft's examples replayed against the sandbox", () => {
  it.each(replays.map(r => [r.example, r] as const))('%s', async (_, replay) => {
    for (const step of replay.before ?? []) {
      const answer = await raw(step.method, `${service}${step.path}`, step.body);
      expect(answer.status).toBeLessThan(300);
    }
    const answer = await raw(
      replay.request.method,
      `${service}${replay.request.path}`,
      replay.request.body && JSON.parse(ours(JSON.stringify(replay.request.body))),
      replay.request.headers
    );
    expect(replay.statuses).toContain(answer.status);
    for (const header of replay.headers ?? []) expect(answer.headers[header.toLowerCase()]).toBeTruthy();
    expect(compare(replay.body, answer.body)).toEqual([]);
  });
});
