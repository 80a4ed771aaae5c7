import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ContainerAppsAPIClient, type ContainerApp } from '@azure/arm-appcontainers';
import http from 'node:http';
import tls from 'node:tls';
import { armCall, armClientOptions, withoutFormData } from '../../actions/shared/arm.js';
import { resolveCloud } from '../../actions/shared/cloud.js';
import { GitHubOidcCredential } from '../../actions/shared/credential.js';
import { RemoteError } from '../../actions/shared/errors.js';
import { fetchIdToken } from '../../actions/shared/github-oidc.js';
import { completeOperation, trackRetryAfter } from '../../actions/shared/lro.js';
import { smokeGate } from '../../actions/shared/smoke-gate.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { containerAppsService, type ContainerAppsService } from '../../sandbox/containerapps/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { deployer, devSubscription, itineraryApp, tenantId } from '../support/world.js';
import { sandboxClock as sandboxClockOf } from '../support/sandbox-clock.js';

// The emulator on its own, as the official client sees it, with simulated provisioning: two status polls
// answer InProgress with Retry-After 5 before each write completes. ETags are on here (the 2025-07-01 spec
// declares none, so they are off by default) to check If-Match where a service sends them.
let sandbox: Sandbox;
let apps: ContainerAppsService;
let client: ContainerAppsAPIClient;
let untrust: () => void;
const rg = itineraryApp.resourceGroup;

const sandboxClock = () => sandboxClockOf(sandbox);

async function armFailure(call: () => Promise<unknown>): Promise<RemoteError> {
  try {
    await armCall('call', call, { clock: sandboxClock() });
  } catch (error) {
    if (error instanceof RemoteError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

beforeAll(async () => {
  apps = containerAppsService({ provisioningPolls: 2, retryAfterSeconds: 5, etags: true });
  sandbox = await startSandbox({ services: [apps] });
  untrust = sandboxTrust(sandbox);
  const cloud = resolveCloud('AzureCloud', {
    AZURE_AUTHORITY_HOST: sandbox.urls.entra,
    AZURE_RESOURCE_MANAGER_ENDPOINT: sandbox.urls.arm
  });
  const env = sandbox.env();
  const request = {
    url: env['ACTIONS_ID_TOKEN_REQUEST_URL']!,
    token: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']!
  };
  const credential = new GitHubOidcCredential({
    tenantId,
    clientId: deployer.appId,
    cloud,
    getIdToken: audience => fetchIdToken(request, audience)
  });
  client = withoutFormData(
    new ContainerAppsAPIClient(credential, devSubscription.id, armClientOptions(cloud))
  );
});
afterAll(async () => {
  untrust();
  await sandbox.stop();
});

describe('the sandbox Container Apps, through @azure/arm-appcontainers', () => {
  it('serves the managed environment, and patches it as a long-running operation with Retry-After', async () => {
    const environment = await client.managedEnvironments.get(rg, itineraryApp.environment);
    expect(environment).toMatchObject({
      name: itineraryApp.environment,
      location: 'westeurope',
      provisioningState: 'Succeeded',
      defaultDomain: itineraryApp.defaultDomain
    });
    const retryAfter = trackRetryAfter();
    client.pipeline.addPolicy(retryAfter.policy);
    const clock = sandboxClock();
    const patched = await completeOperation(
      'patch environment',
      ({ onResponse }) =>
        client.managedEnvironments.beginUpdate(
          rg,
          itineraryApp.environment,
          { location: 'westeurope', zoneRedundant: false, tags: { team: 'itinerary' } },
          { onResponse }
        ),
      { clock, retryAfter }
    );
    expect(patched).toMatchObject({
      defaultDomain: itineraryApp.defaultDomain,
      provisioningState: 'Succeeded'
    });
    expect(clock.sleeps).toEqual([5000, 5000]);
    const polls = sandbox
      .calls({ service: 'arm' })
      .filter(call => /\/operation(Statuses|Results)\//.test(call.path))
      .map(call => `${call.path.includes('Statuses') ? 'status' : 'result'} ${call.status}`);
    // Two polls InProgress, the third Succeeded, then the result from the Location URL.
    expect(polls).toEqual(['status 200', 'status 200', 'status 200', 'result 200']);
  });

  it('serves the world app, its running revision, replicas with container states, and an ETag', async () => {
    let etag: string | undefined;
    const app = await client.containerApps.get(rg, 'itinerary', {
      onResponse: raw => (etag = raw.headers.get('etag'))
    });
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(app).toMatchObject({
      provisioningState: 'Succeeded',
      latestRevisionName: itineraryApp.initialRevision,
      latestReadyRevisionName: itineraryApp.initialRevision,
      identity: { type: 'SystemAssigned' },
      configuration: {
        activeRevisionsMode: 'Multiple',
        ingress: {
          fqdn: `itinerary.${itineraryApp.defaultDomain}`,
          external: true,
          traffic: [{ revisionName: itineraryApp.initialRevision, weight: 100 }]
        },
        registries: [{ server: itineraryApp.registry, identity: 'system' }]
      }
    });
    const revisions = [];
    for await (const revision of client.containerAppsRevisions.listRevisions(rg, 'itinerary'))
      revisions.push(revision);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      name: itineraryApp.initialRevision,
      active: true,
      provisioningState: 'Provisioned',
      runningState: 'Running',
      healthState: 'Healthy',
      trafficWeight: 100,
      replicas: 1,
      fqdn: `${itineraryApp.initialRevision}.${itineraryApp.defaultDomain}`
    });
    const replicas = await client.containerAppsRevisionReplicas.listReplicas(
      rg,
      'itinerary',
      itineraryApp.initialRevision
    );
    expect(replicas.value?.[0]?.containers?.map(c => [c.name, c.runningState, c.ready])).toEqual([
      ['itinerary', 'Running', true],
      ['otel-collector', 'Running', true]
    ]);
  });

  it('answers 200 without an operation to a PUT that changes nothing, and 412 to a stale If-Match', async () => {
    const app = await client.containerApps.get(rg, 'itinerary');
    const before = sandbox.calls({ service: 'arm' }).length;
    const same = await client.containerApps.beginCreateOrUpdate(rg, 'itinerary', app as ContainerApp);
    expect(same.isDone()).toBe(true);
    expect(
      sandbox
        .calls({ service: 'arm' })
        .slice(before)
        .map(call => `${call.method} ${call.status}`)
    ).toEqual(['PUT 200']);

    const stale = await armFailure(() =>
      client.containerApps.beginUpdate(
        rg,
        'itinerary',
        { location: 'westeurope', configuration: { maxInactiveRevisions: 10 } },
        { requestOptions: { customHeaders: { 'If-Match': '"0000000000000000"' } } }
      )
    );
    expect(stale).toMatchObject({ status: 412, code: 'PreconditionFailed' });
  });

  it('refuses traffic that does not add up, an unknown revision, and deactivating a revision with traffic', async () => {
    const update = (traffic: { revisionName: string; weight: number }[]) => () =>
      client.containerApps.beginUpdate(rg, 'itinerary', {
        location: 'westeurope',
        configuration: { ingress: { traffic } }
      });
    await expect(
      armFailure(update([{ revisionName: itineraryApp.initialRevision, weight: 90 }]))
    ).resolves.toMatchObject({
      status: 400,
      code: 'ContainerAppInvalidTrafficWeight',
      message: "The traffic weights of Container App 'itinerary' add up to 90; they must add up to 100."
    });
    await expect(
      armFailure(update([{ revisionName: 'itinerary--nope', weight: 100 }]))
    ).resolves.toMatchObject({
      code: 'ContainerAppRevisionNotFound'
    });
    await expect(
      armFailure(() =>
        client.containerAppsRevisions.deactivateRevision(rg, 'itinerary', itineraryApp.initialRevision)
      )
    ).resolves.toMatchObject({ status: 400, code: 'ContainerAppRevisionHasTraffic' });
    await expect(
      armFailure(() => client.containerAppsRevisions.getRevision(rg, 'itinerary', 'itinerary--nope'))
    ).resolves.toMatchObject({
      status: 404,
      code: 'ContainerAppRevisionNotFound'
    });
  });

  it('refuses what Container Apps refuses in a new app, and creates nothing', async () => {
    const environmentId = `/subscriptions/${devSubscription.id}/resourceGroups/${rg}/providers/Microsoft.App/managedEnvironments/${itineraryApp.environment}`;
    const valid = (): ContainerApp => ({
      location: 'westeurope',
      identity: { type: 'SystemAssigned' },
      environmentId,
      configuration: { activeRevisionsMode: 'Multiple', ingress: { external: true, targetPort: 8080 } },
      template: {
        containers: [{ name: 'web', image: `${itineraryApp.registry}/web@sha256:${'a'.repeat(64)}` }]
      }
    });
    const create = (name: string, change: (app: ContainerApp) => void, group = rg) => {
      const app = valid();
      change(app);
      return armFailure(() => client.containerApps.beginCreateOrUpdate(group, name, app));
    };
    await expect(create('Web--App', () => undefined)).resolves.toMatchObject({
      status: 400,
      code: 'ContainerAppInvalidName',
      message: expect.stringContaining("Invalid ContainerApp name 'Web--App'")
    });
    await expect(create('web', app => (app.location = ''))).resolves.toMatchObject({
      status: 400,
      code: 'LocationRequired'
    });
    await expect(create('web', () => undefined, 'rg-nowhere')).resolves.toMatchObject({
      status: 404,
      code: 'ResourceGroupNotFound',
      message: "Resource group 'rg-nowhere' could not be found."
    });
    await expect(
      create('web', app => (app.environmentId = environmentId.replace(/[^/]+$/, 'cae-nowhere')))
    ).resolves.toMatchObject({ status: 400, code: 'ManagedEnvironmentNotFound' });
    await expect(
      create('web', app => (app.template!.containers![0]!.env = [{ name: 'KEY', secretRef: 'missing' }]))
    ).resolves.toMatchObject({
      status: 400,
      code: 'ContainerAppSecretRefNotFound',
      message: "SecretRef 'missing' defined for container 'web' not found."
    });
    await expect(
      create(
        'web',
        app =>
          (app.configuration!.secrets = [
            { name: 'key', keyVaultUrl: 'https://kv.vault.azure.net/secrets/key' }
          ])
      )
    ).resolves.toMatchObject({
      status: 400,
      code: 'ContainerAppSecretInvalid',
      message:
        "Invalid Request: Container app secret(s) with name(s) 'key' are invalid: value or keyVaultUrl and identity should be provided."
    });
    await expect(
      create('web', app => (app.template!.containers![0]!.resources = { cpu: 0.5, memory: '3Gi' }))
    ).resolves.toMatchObject({
      status: 400,
      code: 'ContainerAppInvalidResourceTotal',
      message: expect.stringContaining(
        'The total requested CPU and memory resources for this application (CPU: 0.5, memory: 3) is invalid.'
      )
    });
    await expect(
      create('web', app => (app.template!.scale = { minReplicas: 5, maxReplicas: 2 }))
    ).resolves.toMatchObject({ status: 400, code: 'ContainerAppInvalidScale' });
    await expect(
      create('web', app => (app.configuration!.ingress!.targetPort = 70000))
    ).resolves.toMatchObject({ status: 400, code: 'ContainerAppInvalidIngressTargetPort' });
    await expect(
      create('web', app => (app.configuration!.ingress!.transport = 'quic' as 'auto'))
    ).resolves.toMatchObject({ status: 400, code: 'ContainerAppInvalidIngressTransport' });
    await expect(
      create('web', app => (app.configuration!.activeRevisionsMode = 'Labels' as 'Single'))
    ).resolves.toMatchObject({ status: 400, code: 'ContainerAppInvalidActiveRevisionsMode' });
    await expect(armFailure(() => client.containerApps.get(rg, 'web'))).resolves.toMatchObject({
      status: 404
    });
  });

  it('fails to provision a revision whose image the registry does not have, or whose registry it cannot reach', async () => {
    const clock = sandboxClock();
    const app = await client.containerApps.get(rg, 'itinerary');
    const template = structuredClone(app.template!);
    template.containers![0]!.image = 'docker.example.org/itinerary@sha256:' + 'f'.repeat(64);
    template.revisionSuffix = 'unreachable';
    await completeOperation(
      'new revision',
      ({ onResponse }) =>
        client.containerApps.beginUpdate(
          rg,
          'itinerary',
          { location: 'westeurope', template },
          { onResponse }
        ),
      { clock }
    );
    const revision = await client.containerAppsRevisions.getRevision(
      rg,
      'itinerary',
      'itinerary--unreachable'
    );
    expect(revision).toMatchObject({
      provisioningState: 'Failed',
      runningState: 'Failed',
      provisioningError: `Failed to pull image "docker.example.org/itinerary@sha256:${'f'.repeat(64)}": docker.example.org answered 401 UNAUTHORIZED: authentication required (the app has no registry entry for docker.example.org)`
    });
    // Production stayed where it was; the new revision never served.
    expect(apps.traffic('itinerary')).toEqual({ [itineraryApp.initialRevision]: 100 });
  });

  it('makes a revision for a new suffix alone, and refuses a used suffix with another template', async () => {
    const clock = sandboxClock();
    // The initial revision's containers (the latest revision's image fails to pull, see above).
    const initial = await client.containerAppsRevisions.getRevision(
      rg,
      'itinerary',
      itineraryApp.initialRevision
    );
    const template = { ...structuredClone(initial.template!), revisionSuffix: 'same-containers' };
    await completeOperation(
      'new suffix',
      ({ onResponse }) =>
        client.containerApps.beginUpdate(
          rg,
          'itinerary',
          { location: 'westeurope', template },
          { onResponse }
        ),
      { clock }
    );
    expect(apps.revision('itinerary', 'itinerary--same-containers')).toMatchObject({
      runningState: 'Running'
    });
    template.containers![0]!.env = [{ name: 'LOG_LEVEL', value: 'trace' }];
    template.revisionSuffix = 'initial';
    await expect(
      armFailure(() =>
        client.containerApps.beginUpdate(rg, 'itinerary', { location: 'westeurope', template })
      )
    ).resolves.toMatchObject({
      status: 400,
      code: 'ContainerAppRevisionSuffixConflict',
      message:
        "Revision 'itinerary--initial' already exists with a different template; give a new revision suffix."
    });
  });

  it('answers app and label URLs through the proxy, by host name', async () => {
    const viaProxy = (host: string) =>
      new Promise<{ connect: number; status?: number; revision?: string }>((resolve, reject) => {
        const proxy = new URL(sandbox.urls.proxy);
        http
          .request({ host: proxy.hostname, port: proxy.port, method: 'CONNECT', path: `${host}:443` })
          .on('connect', (response, socket) => {
            if (response.statusCode !== 200) return resolve({ connect: response.statusCode ?? 0 });
            // The sandbox certificate names *.azurecontainerapps.io, one label only: check it as 'localhost'.
            const secure = tls.connect({ socket, servername: 'localhost', ca: sandbox.tls.ca });
            http
              .get({ host, path: '/health', createConnection: () => secure }, res => {
                res.resume();
                resolve({
                  connect: 200,
                  status: res.statusCode,
                  revision: res.headers['x-sandbox-revision'] as string | undefined
                });
              })
              .on('error', reject);
          })
          .on('error', reject)
          .end();
      });
    await expect(viaProxy(`itinerary.${itineraryApp.defaultDomain}`)).resolves.toEqual({
      connect: 200,
      status: 200,
      revision: itineraryApp.initialRevision
    });
    await expect(
      viaProxy(`${itineraryApp.initialRevision}.${itineraryApp.defaultDomain}`)
    ).resolves.toMatchObject({
      status: 200,
      revision: itineraryApp.initialRevision
    });
    await expect(viaProxy(`itinerary---green.${itineraryApp.defaultDomain}`)).resolves.toMatchObject({
      status: 503
    });
    await expect(viaProxy('itinerary.elsewhere.example.com')).resolves.toEqual({ connect: 403 });
  });

  it('runs a smoke suite (file or URL list) through the shared smoke engine against a revision', async () => {
    const revision = apps.revision('itinerary', itineraryApp.initialRevision);
    const url = revision!.processUrl!;
    await expect(smokeGate({ smoke: '/health\n/itineraries' }, sandboxClock())(url)).resolves.toMatchObject({
      ok: true,
      detail: expect.stringMatching(/^2\/2 checks passed in \d+ ms against http:\/\/127\.0\.0\.1:\d+$/)
    });
    const file = await smokeGate({ smoke: 'examples/itinerary/smoke.yaml' }, sandboxClock())(url);
    expect(file.detail).toMatch(/checks passed/);
    const failing = await smokeGate({ smoke: '/health\n/no-such-page' }, sandboxClock())(url);
    expect(failing).toMatchObject({ ok: false, detail: expect.stringMatching(/^1\/2 checks passed/) });
  });
});
