import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiManagementClient } from '@azure/arm-apimanagement';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { armClientOptions } from '../../actions/shared/arm.js';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { loadSuite, runSmoke } from '../../actions/shared/smoke/index.js';
import { apimService, type ApimService } from '../../sandbox/apim/index.js';
import { itineraryDir, startItineraryService, type RunningService } from '../../sandbox/example-service.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { FakeClock } from '../support/fake-clock.js';
import { apim, deployer, noRoles, tenantId } from '../support/world.js';

const require = createRequire(import.meta.url);
const exec = promisify(execFile);
const rg = apim.resourceGroup;
const svc = apim.name;
let sandbox: Sandbox;
let service: ApimService;
let untrust: () => void;
let backend: RunningService;
let documentsUrl: string;
let gateway: string;

function client(appId = deployer.appId): ApiManagementClient {
  const session = sessionFromEnv('test', {
    ...sandbox.env(),
    AZURE_CLIENT_ID: appId,
    AZURE_TENANT_ID: tenantId
  });
  return new ApiManagementClient(session.credential, apim.subscriptionId, armClientOptions(session.cloud));
}
const poll = { updateIntervalInMs: 0 };
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${gateway}${path}`, { headers });

beforeAll(async () => {
  service = apimService();
  // Two InProgress polls before each long-running operation completes, as a large import takes a while.
  const world = (await import('../../sandbox/world.js')).loadWorld();
  world.arm.operationPolls = 2;
  // Where an `openapi-link` import downloads its document from: a host on the internet, as API Management sees it
  // (the sandbox proxy routes the name; API Management cannot reach a loopback address).
  sandbox = await startSandbox({ world, services: [service], serverNames: ['specs.musafirgo.example'] });
  untrust = sandboxTrust(sandbox);
  backend = await startItineraryService();
  gateway = service.gatewayUrl(svc);
  const yaml = await readFile(join(itineraryDir, 'openapi.yaml'), 'utf8');
  await sandbox.serve('documents', () => ({ status: 200, body: yaml }), {
    hosts: ['specs.musafirgo.example']
  });
  documentsUrl = 'https://specs.musafirgo.example/openapi.yaml';
});
afterAll(async () => {
  await backend.stop();
  untrust();
  await sandbox.stop();
});

describe('API Management in the sandbox, through the official client', () => {
  it('reports the service and its gateway', async () => {
    const found = await client().apiManagementService.get(rg, svc);
    expect(found).toMatchObject({
      name: svc,
      type: 'Microsoft.ApiManagement/service',
      gatewayUrl: gateway,
      provisioningState: 'Succeeded',
      sku: { name: 'Developer', capacity: 1 }
    });
    expect(found.hostnameConfigurations?.[0]?.hostName).toBe(`${svc}.azure-api.net`);
  });

  it("imports each format (openapi, openapi+json, openapi-link, swagger-json), polling the operation's status", async () => {
    const arm = client();
    const yaml = await readFile(join(itineraryDir, 'openapi.yaml'), 'utf8');
    const swagger = await readFile(require.resolve('@readme/oas-examples/2.0/json/petstore.json'), 'utf8');
    const imports: [string, string, string][] = [
      ['yaml', 'openapi', yaml],
      ['json', 'openapi+json', JSON.stringify((await import('yaml')).parse(yaml))],
      ['link', 'openapi-link', documentsUrl],
      ['swagger', 'swagger-json', swagger]
    ];
    for (const [id, format, value] of imports) {
      const before = sandbox.calls({ service: 'arm' }).length;
      const api = await arm.api.beginCreateOrUpdateAndWait(
        rg,
        svc,
        `fmt-${id}`,
        { format: format as 'openapi', value, path: `fmt/${id}`, serviceUrl: backend.url },
        poll
      );
      expect(api).toMatchObject({ name: `fmt-${id}`, path: `fmt/${id}`, apiRevision: '1', isCurrent: true });
      const operations = [];
      for await (const o of arm.apiOperation.listByApi(rg, svc, `fmt-${id}`)) operations.push(o);
      expect(operations.length).toBe(id === 'swagger' ? 20 : 5);
      const statuses = sandbox
        .calls({ service: 'arm' })
        .slice(before)
        .filter(c => c.path.includes('/operationStatuses/'))
        .map(c => c.status);
      expect(statuses).toEqual([200, 200, 200]); // InProgress, InProgress, Succeeded
    }
  });

  it("refuses what API Management refuses, in ARM's error format", async () => {
    const arm = client();
    const refused = async (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (e: { statusCode?: number; code?: string; message: string; details?: unknown }) => ({
          status: e.statusCode,
          code: e.code,
          message: e.message,
          details: JSON.stringify(e.details ?? null)
        })
      );
    expect(
      await refused(
        arm.api.beginCreateOrUpdateAndWait(
          rg,
          svc,
          'bad',
          { format: 'openapi', value: 'swagger: "2.0"', path: 'bad' },
          poll
        )
      )
    ).toMatchObject({ status: 400, code: 'ValidationError' });
    expect(
      await refused(arm.api.beginCreateOrUpdateAndWait(rg, svc, 'nopath', { displayName: 'No path' }, poll))
    ).toMatchObject({ status: 400, code: 'ValidationError' });
    expect(
      await refused(
        arm.api.beginCreateOrUpdateAndWait(
          rg,
          svc,
          'fmt-yaml',
          { path: 'fmt/json', displayName: 'Clash' },
          poll
        )
      )
    ).toMatchObject({
      status: 400,
      code: 'ValidationError',
      details: expect.stringContaining("Path 'fmt/json' is already used by API 'fmt-json'.")
    });
    expect(
      await refused(
        arm.api.beginCreateOrUpdateAndWait(
          rg,
          svc,
          'fmt-yaml',
          { path: 'fmt/yaml' },
          { ...poll, ifMatch: '"stale"' }
        )
      )
    ).toMatchObject({ status: 412, code: 'PreconditionFailed' });
    expect(await refused(arm.api.get(rg, svc, 'nothing-here'))).toMatchObject({
      status: 404,
      code: 'ResourceNotFound'
    });
    expect(await refused(arm.apiManagementService.get(rg, 'someone-elses-apim'))).toMatchObject({
      status: 404,
      code: 'ResourceNotFound'
    });
    // RBAC: an identity without a role on the subscription.
    expect(await refused(client(noRoles.appId).api.get(rg, svc, 'fmt-yaml'))).toMatchObject({
      status: 403,
      code: 'AuthorizationFailed'
    });
  });

  it('routes by version header, and serves a revision at ;rev=N before it is released', async () => {
    const arm = client();
    await arm.apiVersionSet.createOrUpdate(rg, svc, 'hdr', {
      displayName: 'Header versioned',
      versioningScheme: 'Header',
      versionHeaderName: 'Api-Version'
    });
    const yaml = await readFile(join(itineraryDir, 'openapi.yaml'), 'utf8');
    await arm.api.beginCreateOrUpdateAndWait(
      rg,
      svc,
      'hdr-v1',
      {
        format: 'openapi',
        value: yaml,
        path: 'hdr',
        apiVersion: 'v1',
        apiVersionSetId: '/apiVersionSets/hdr',
        serviceUrl: backend.url,
        subscriptionRequired: false
      },
      poll
    );
    expect((await get('/hdr/health', { 'Api-Version': 'v1' })).status).toBe(200);
    expect((await get('/hdr/health', { 'Api-Version': 'v9' })).status).toBe(404);

    await arm.api.beginCreateOrUpdateAndWait(
      rg,
      svc,
      'hdr-v1;rev=2',
      { sourceApiId: '/apis/hdr-v1', apiRevisionDescription: 'mocked' },
      poll
    );
    await arm.apiPolicy.createOrUpdate(rg, svc, 'hdr-v1;rev=2', 'policy', {
      format: 'rawxml',
      value:
        '<policies><inbound><mock-response status-code="200" /></inbound><backend /><outbound /><on-error /></policies>'
    });
    const current = await get('/hdr/itineraries', { 'Api-Version': 'v1' });
    const revision = await get('/hdr;rev=2/itineraries', { 'Api-Version': 'v1' });
    expect(((await current.json()) as { items: { id: string }[] }).items[0]!.id).toBe(
      'it-casablanca-marrakech'
    );
    expect(((await revision.json()) as { items: { id: string }[] }).items[0]!.id).toBe('it-mock');
    await arm.apiRelease.createOrUpdate(rg, svc, 'hdr-v1', 'go-live', {
      apiId: '/apis/hdr-v1;rev=2',
      notes: 'mock everything'
    });
    const released = await get('/hdr/itineraries', { 'Api-Version': 'v1' });
    expect(((await released.json()) as { items: { id: string }[] }).items[0]!.id).toBe('it-mock');
    const release = await arm.apiRelease.get(rg, svc, 'hdr-v1', 'go-live');
    expect(release.apiId).toMatch(/\/apis\/hdr-v1;rev=2$/);
  });

  it('opens an API to a key whose subscription covers it: all APIs, or a product that holds it', async () => {
    const arm = client();
    const partners = (await arm.subscription.listSecrets(rg, svc, 'partners-starter')).primaryKey!;
    const smoke = service.key(svc, apim.smokeSubscription);
    expect(partners).toMatch(/^[0-9a-f]{32}$/);
    const subscription = await arm.subscription.get(rg, svc, 'partners-starter');
    expect(subscription).toMatchObject({
      scope: expect.stringMatching(/\/products\/starter$/),
      state: 'active'
    });
    expect(subscription.primaryKey).toBeUndefined(); // keys only come from listSecrets
    const withKey = (key: string) => get('/fmt/yaml/health', { 'Ocp-Apim-Subscription-Key': key });
    expect((await withKey(smoke)).status).toBe(200);
    const outside = await withKey(partners);
    expect(outside.status).toBe(401);
    expect(outside.headers.get('www-authenticate')).toContain('AzureApiManagementKey');
    await arm.productApi.createOrUpdate(rg, svc, 'starter', 'fmt-yaml');
    expect((await withKey(partners)).status).toBe(200);
    expect((await get(`/fmt/yaml/health?subscription-key=${partners}`)).status).toBe(200);
    const inProduct = [];
    for await (const api of arm.productApi.listByProduct(rg, svc, 'starter')) inProduct.push(api.name);
    expect(inProduct).toEqual(['fmt-yaml']);
  });

  it('answers as https://<service>.azure-api.net through the sandbox proxy, for unmodified tools', async () => {
    const { stdout } = await exec('curl', [
      '--silent',
      '--proxy',
      sandbox.urls.proxy,
      '--cacert',
      sandbox.caCertPath,
      '--header',
      `Ocp-Apim-Subscription-Key: ${service.key(svc, apim.smokeSubscription)}`,
      '--write-out',
      ' %{http_code}',
      `https://${svc}.azure-api.net/fmt/yaml/health`
    ]);
    expect(stdout).toBe('{"status":"ok"} 200');
  });

  it('reaches a backend by host name through the sandbox proxy, as Azure reaches a Container App', async () => {
    const backendTls = createHttpsServer({ key: sandbox.tls.key, cert: sandbox.tls.cert }, (req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ status: 'ok', host: req.headers.host }));
    });
    await new Promise<void>(resolve => backendTls.listen(0, '127.0.0.1', resolve));
    sandbox.routeHost('itinerary-named.azurecontainerapps.io', (backendTls.address() as AddressInfo).port);
    try {
      const yaml = await readFile(join(itineraryDir, 'openapi.yaml'), 'utf8');
      await client().api.beginCreateOrUpdateAndWait(
        rg,
        svc,
        'named',
        {
          format: 'openapi',
          value: yaml,
          path: 'named',
          serviceUrl: 'https://itinerary-named.azurecontainerapps.io',
          subscriptionRequired: false
        },
        poll
      );
      const response = await get('/named/health');
      expect(await response.json()).toEqual({ status: 'ok', host: 'itinerary-named.azurecontainerapps.io' });
      // A name the sandbox does not serve is unreachable, as from Azure: the gateway's 500.
      await client().api.beginCreateOrUpdateAndWait(
        rg,
        svc,
        'named',
        { serviceUrl: 'https://nowhere.example.com' },
        poll
      );
      const unreachable = await get('/named/health');
      expect(unreachable.status).toBe(500);
      expect(sandbox.calls({ service: 'apim-gateway' }).at(-1)?.detail).toMatchObject({
        backendError: 'EPROXY'
      });
    } finally {
      await new Promise(resolve => backendTls.close(resolve));
    }
  });

  it('takes faults like every sandbox service: smoke rides out a flapping gateway with retries', async () => {
    sandbox.faults.add({ service: 'apim-gateway', path: '^/fmt/yaml/itineraries', status: 503, times: 2 });
    const suite = await loadSuite(join(itineraryDir, 'smoke.yaml'));
    const clock = new FakeClock();
    const result = await runSmoke(
      {
        ...suite,
        checks: suite.checks
          .filter(c => c.name === 'list itineraries visiting Marrakech')
          .map(c => ({ ...c, samples: 1 }))
      },
      {
        baseUrl: `${gateway}/fmt/yaml`,
        variables: { SUBSCRIPTION_KEY: service.key(svc, apim.smokeSubscription) },
        clock,
        random: () => 1 // jitter at its top: the full backoff, so the schedule is exact
      }
    );
    expect(result.checks[0]).toMatchObject({ ok: true, attempts: 3, status: 200 });
    expect(clock.sleeps).toEqual([100, 200]);
  });
});
