// The emulators' ARM answers against Azure's REST specifications: every operation the actions call (Container
// Apps, Container Registry, AKS, Subscriptions), answer by answer, validated against the spec extracts in specs/;
// then Microsoft's examples for those operations replayed, their statuses, headers and shapes compared, and what
// a write gave read back. Zero divergences is the bar.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { acrSignIn } from '../../actions/shared/acr.js';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { sha256 } from '../../actions/shared/registry.js';
import { acrService } from '../../sandbox/acr/index.js';
import { aksService } from '../../sandbox/aks/index.js';
import { containerAppsService } from '../../sandbox/containerapps/index.js';
import { loadWorld, startSandbox, type Sandbox } from '../../sandbox/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import {
  aksCluster,
  deployer,
  devRegistry,
  devSubscription,
  itineraryApp,
  tenantId
} from '../support/world.js';
import { containerAppsReplays, registryReplays, subscriptionReplays } from './examples.js';
import {
  divergences,
  loadExtract,
  missingValues,
  shapeGaps,
  type Answer,
  type ExampleReplay,
  type Extract
} from './support.js';

const app = loadExtract('microsoft-app-2025-07-01');
const registry = loadExtract('microsoft-containerregistry-2025-11-01');
const cluster = loadExtract('microsoft-containerservice-2026-04-01');
const subscriptions = loadExtract('microsoft-resources-subscriptions-2022-12-01');

/** Every operation the actions call, as `<extract>#<operation>`: each must be checked at least once. */
const calledByTheActions = [
  ...[
    'ContainerApps_Get',
    'ContainerApps_CreateOrUpdate',
    'ContainerApps_Update',
    'ContainerAppsRevisions_ListRevisions',
    'ContainerAppsRevisions_GetRevision',
    'ContainerAppsRevisions_ActivateRevision',
    'ContainerAppsRevisions_DeactivateRevision',
    'ContainerAppsRevisionReplicas_ListReplicas',
    'ManagedEnvironments_Get',
    'AsyncOperationStatus',
    'LocationResult'
  ].map(op => `${app.$id}#${op}`),
  ...['Registries_List', 'Registries_Get', 'Registries_ImportImage', 'LocationResult'].map(
    op => `${registry.$id}#${op}`
  ),
  ...['ManagedClusters_Get', 'ManagedClusters_ListClusterUserCredentials'].map(op => `${cluster.$id}#${op}`),
  ...['Subscriptions_Get', 'Subscriptions_List'].map(op => `${subscriptions.$id}#${op}`)
];
const checked = new Set<string>();

const exampleSubscriptions = ['00000000-0000-0000-0000-000000000000', '10000000-0000-0000-0000-000000000000'];
const rg = itineraryApp.resourceGroup;
const appsPath = `/subscriptions/${devSubscription.id}/resourceGroups/${rg}/providers/Microsoft.App`;
const myRegistry = {
  id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myResourceGroup/providers/Microsoft.ContainerRegistry/registries/myRegistry',
  loginServer: 'myregistry.azurecr.io'
};
const sourceRegistry = { loginServer: 'sourceregistry.azurecr.io' };

let sandbox: Sandbox;
let untrust: () => void;
let token = '';
const saved = { HTTPS_PROXY: process.env['HTTPS_PROXY'], NO_PROXY: process.env['NO_PROXY'] };

beforeAll(async () => {
  // The default world, and the resources Microsoft's examples name: their registries in their subscriptions,
  // their environments and an app with their revision name, in the dev subscription.
  const world = loadWorld();
  for (const [i, id] of exampleSubscriptions.entries()) {
    world.subscriptions.push({ id, displayName: `examples-${i}`, tenantId, state: 'Enabled' });
    world.roleAssignments.push({
      principalId: deployer.objectId,
      roleDefinitionName: 'Contributor',
      scope: `/subscriptions/${id}`
    });
  }
  world.resourceGroups.push(
    { name: 'myResourceGroup', subscriptionId: exampleSubscriptions[0]!, location: 'westus' },
    { name: 'sourceResourceGroup', subscriptionId: exampleSubscriptions[1]!, location: 'westus' }
  );
  world.containerRegistries!.push(
    {
      name: 'myRegistry',
      subscriptionId: exampleSubscriptions[0]!,
      resourceGroup: 'myResourceGroup',
      location: 'westus'
    },
    {
      name: 'sourceRegistry',
      subscriptionId: exampleSubscriptions[1]!,
      resourceGroup: 'sourceResourceGroup',
      location: 'westus'
    }
  );
  world.containerApps!.environments.push(
    { name: 'demokube', subscriptionId: devSubscription.id, resourceGroup: rg, location: 'eastus' },
    { name: 'jlaw-demo1', subscriptionId: devSubscription.id, resourceGroup: rg, location: 'northcentralus' }
  );
  world.containerApps!.apps.push({
    name: 'myapp',
    environment: itineraryApp.environment,
    subscriptionId: devSubscription.id,
    resourceGroup: rg,
    activeRevisionsMode: 'Single',
    revisionSuffix: '0wlqy09',
    targetPort: 8080,
    containers: [{ name: 'hello92', image: `mcr.microsoft.com/k8se/quickstart@sha256:${'c'.repeat(64)}` }]
  });
  sandbox = await startSandbox({ world, services: [containerAppsService(), acrService(), aksService()] });
  untrust = sandboxTrust(sandbox);
  process.env['HTTPS_PROXY'] = sandbox.urls.proxy;
  process.env['NO_PROXY'] = '127.0.0.1,localhost';
  const session = sessionFromEnv('conformance', {
    ...sandbox.env(),
    AZURE_CLIENT_ID: deployer.appId,
    AZURE_TENANT_ID: tenantId
  });
  token = (await session.credential.getToken('https://management.azure.com/.default')).token;
  // The images the import replays copy.
  const source = await acrSignIn({
    loginServer: sourceRegistry.loginServer,
    credential: session.credential,
    cloud: session.cloud
  });
  for (const tag of ['sourceTag', 'other']) {
    const push = async (bytes: Buffer) => {
      const blob = { digest: sha256(bytes), size: bytes.length };
      await source.client.uploadBlob('sourcerepository', blob, () => Readable.from([bytes]));
      return blob;
    };
    const config = await push(Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', tag })));
    const layer = await push(Buffer.from(`a layer of ${tag}`));
    await source.client.putManifest('sourcerepository', tag, {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      bytes: Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
          layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer }]
        })
      )
    });
  }
}, 120_000);
afterAll(async () => {
  untrust?.();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await sandbox?.stop();
});

const apiVersion = (path: string) =>
  /Microsoft\.App\//i.test(path)
    ? '2025-07-01'
    : /Microsoft\.ContainerRegistry\//i.test(path)
      ? '2025-11-01'
      : /Microsoft\.ContainerService\//i.test(path)
        ? '2026-04-01'
        : '2022-12-01';

/** One ARM request as a client sends it, and the answer as it came. */
async function arm(method: string, pathOrUrl: string, body?: unknown): Promise<Answer> {
  const url = pathOrUrl.startsWith('https://')
    ? pathOrUrl
    : `${sandbox.urls.arm}${pathOrUrl}?api-version=${apiVersion(pathOrUrl)}`;
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: text ? (JSON.parse(text) as unknown) : undefined
  };
}

/** The answer checked against the operation it answers; it must conform. */
function conform(extract: Extract, operation: string, answer: Answer): Answer {
  checked.add(`${extract.$id}#${operation}`);
  expect(divergences(extract, operation, answer)).toEqual([]);
  return answer;
}

/** Follows a long-running operation to its end, each status answer checked; returns the last. */
async function settle(extract: Extract, started: Answer): Promise<Answer> {
  const asyncUrl = started.headers['azure-asyncoperation'];
  if (started.status === 201 && asyncUrl) {
    for (let i = 0; i < 20; i++) {
      const status = conform(extract, 'AsyncOperationStatus', await arm('GET', asyncUrl));
      if ((status.body as { status: string }).status !== 'InProgress') return status;
    }
    throw new Error('the operation did not finish');
  }
  let location = started.headers['location'];
  for (let i = 0; location && i < 20; i++) {
    const result = conform(extract, 'LocationResult', await arm('GET', location));
    if (result.status !== 202) return result;
    location = result.headers['location'];
  }
  return started;
}

const image = (n: number) =>
  `${devRegistry.loginServer}/itinerary@sha256:${n.toString(16).padStart(64, '0')}`;
const newApp = (revisionSuffix: string, tag = image(1)) => ({
  location: 'westeurope',
  identity: { type: 'SystemAssigned' },
  properties: {
    environmentId: `${appsPath}/managedEnvironments/${itineraryApp.environment}`,
    configuration: {
      activeRevisionsMode: 'Multiple',
      ingress: {
        external: true,
        targetPort: 8080,
        traffic: [{ revisionName: 'conform-app--v1', weight: 100 }]
      },
      registries: [{ server: devRegistry.loginServer, identity: 'system' }]
    },
    template: { revisionSuffix, containers: [{ name: 'itinerary', image: tag }] }
  }
});

describe('the answers of every ARM operation the actions call, against the spec', () => {
  it('Container Apps: the app, its writes and their operations, revisions, replicas, the environment', async () => {
    conform(app, 'ContainerApps_Get', await arm('GET', `${appsPath}/containerApps/itinerary`));
    conform(app, 'ContainerApps_Get', await arm('GET', `${appsPath}/containerApps/nowhere`));
    const created = conform(
      app,
      'ContainerApps_CreateOrUpdate',
      await arm('PUT', `${appsPath}/containerApps/conform-app`, newApp('v1'))
    );
    expect(created.status).toBe(201);
    expect(await settle(app, created)).toMatchObject({ body: { status: 'Succeeded' } });
    const unchanged = conform(
      app,
      'ContainerApps_CreateOrUpdate',
      await arm('PUT', `${appsPath}/containerApps/conform-app`, newApp('v1'))
    );
    expect(unchanged.status).toBe(200);
    const patched = conform(
      app,
      'ContainerApps_Update',
      await arm('PATCH', `${appsPath}/containerApps/conform-app`, {
        properties: {
          configuration: {
            ingress: {
              traffic: [
                { revisionName: 'conform-app--v1', weight: 100 },
                { revisionName: 'conform-app--v2', weight: 0, label: 'green' }
              ]
            }
          },
          template: { revisionSuffix: 'v2', containers: [{ name: 'itinerary', image: image(2) }] }
        }
      })
    );
    expect(patched.status).toBe(202);
    expect(await settle(app, patched)).toMatchObject({ status: 200 });
    const revisions = `${appsPath}/containerApps/conform-app/revisions`;
    conform(app, 'ContainerAppsRevisions_ListRevisions', await arm('GET', revisions));
    conform(app, 'ContainerAppsRevisions_GetRevision', await arm('GET', `${revisions}/conform-app--v2`));
    conform(
      app,
      'ContainerAppsRevisionReplicas_ListReplicas',
      await arm('GET', `${revisions}/conform-app--v1/replicas`)
    );
    conform(
      app,
      'ContainerAppsRevisions_DeactivateRevision',
      await arm('POST', `${revisions}/conform-app--v2/deactivate`)
    );
    conform(
      app,
      'ContainerAppsRevisions_ActivateRevision',
      await arm('POST', `${revisions}/conform-app--v2/activate`)
    );
    conform(
      app,
      'ManagedEnvironments_Get',
      await arm('GET', `${appsPath}/managedEnvironments/${itineraryApp.environment}`)
    );
  });

  it('Container Registry: registries, importImage and its Location, as a success and as a failure', async () => {
    conform(
      registry,
      'Registries_List',
      await arm(
        'GET',
        `/subscriptions/${devSubscription.id}/providers/Microsoft.ContainerRegistry/registries`
      )
    );
    conform(registry, 'Registries_Get', await arm('GET', myRegistry.id));
    const source =
      '/subscriptions/10000000-0000-0000-0000-000000000000/resourceGroups/sourceResourceGroup/providers/Microsoft.ContainerRegistry/registries/sourceRegistry';
    const imported = conform(
      registry,
      'Registries_ImportImage',
      await arm('POST', `${myRegistry.id}/importImage`, {
        source: { resourceId: source, sourceImage: 'sourcerepository:sourceTag' },
        targetTags: ['conformance:v1'],
        mode: 'NoForce'
      })
    );
    expect(await settle(registry, imported)).toMatchObject({ status: 200 });
    const refused = conform(
      registry,
      'Registries_ImportImage',
      await arm('POST', `${myRegistry.id}/importImage`, {
        source: { resourceId: source, sourceImage: 'sourcerepository:other' },
        targetTags: ['conformance:v1'],
        mode: 'NoForce'
      })
    );
    // The Location URL answers what the call would have: the conflict, with its status.
    expect(await settle(registry, refused)).toMatchObject({
      status: 409,
      body: { error: { code: 'TagAlreadyExists' } }
    });
  });

  it('Kubernetes Service: the managed cluster and its user credential', async () => {
    const path = `/subscriptions/${aksCluster.subscriptionId}/resourceGroups/${aksCluster.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${aksCluster.name}`;
    conform(cluster, 'ManagedClusters_Get', await arm('GET', path));
    conform(
      cluster,
      'ManagedClusters_ListClusterUserCredentials',
      await arm('POST', `${path}/listClusterUserCredential`)
    );
  });

  it('Subscriptions: one, and the list', async () => {
    conform(subscriptions, 'Subscriptions_Get', await arm('GET', `/subscriptions/${devSubscription.id}`));
    conform(subscriptions, 'Subscriptions_List', await arm('GET', '/subscriptions'));
  });

  it('covers every operation the actions call', () => {
    expect(calledByTheActions.filter(op => !checked.has(op))).toEqual([]);
  });
});

async function replay(extract: Extract, example: ExampleReplay): Promise<void> {
  const answer = await arm(example.request.method, example.request.path, example.request.body);
  expect(example.statuses).toContain(answer.status);
  conform(extract, example.operation, answer);
  // The headers the example answers with that its spec declares (the spec wins where they disagree).
  const declared = (
    extract.operations[example.operation]!.responses[String(answer.status)]?.headers ?? []
  ).map(h => h.toLowerCase());
  for (const header of example.headers?.[String(answer.status)] ?? []) {
    if (declared.includes(header.toLowerCase())) expect(answer.headers[header.toLowerCase()]).toBeDefined();
  }
  const settled = answer.status === 201 || answer.status === 202 ? await settle(extract, answer) : answer;
  const resource = example.readBack ? (await arm('GET', example.readBack)).body : settled.body;
  if (example.shape) expect(shapeGaps(example.shape, resource, example.unmodelled)).toEqual([]);
  if (example.readBack) {
    expect(missingValues(example.request.body, resource, example.storedOtherwise)).toEqual([]);
  }
}

describe("Microsoft's examples replayed against the emulators", () => {
  it.each(containerAppsReplays.map(r => [r.example.split('/').pop()!, r] as const))(
    '%s',
    async (_, example) => {
      await replay(app, example);
    }
  );
  it.each(registryReplays.map(r => [r.example.split('/').pop()!, r] as const))('%s', async (_, example) => {
    await replay(registry, example);
  });
  it('ImportImageByTag.json copies the upper-case source repository into the lower-case target', async () => {
    const found = await sandbox.images.resolve(`${myRegistry.loginServer}/targetrepository:targetTag`);
    expect(found).toMatchObject({ digest: expect.stringMatching(/^sha256:[a-f0-9]{64}$/) });
  });
  it.each(subscriptionReplays.map(r => [r.example.split('/').pop()!, r] as const))(
    '%s',
    async (_, example) => {
      await replay(subscriptions, example);
    }
  );
});
