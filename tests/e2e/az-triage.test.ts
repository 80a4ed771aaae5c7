// What an engineer runs after a deploy, with the real az CLI against the sandbox through its proxy (Azure's host
// names, the sandbox CA): the resource groups and resources of the subscription, the registry's repositories,
// tags and manifests, the cluster, and a resource by its id without --api-version.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { acrSignIn } from '../../actions/shared/acr.js';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { sha256 } from '../../actions/shared/registry.js';
import { acrService } from '../../sandbox/acr/index.js';
import { aksService } from '../../sandbox/aks/index.js';
import { containerAppsService } from '../../sandbox/containerapps/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import {
  aksCluster,
  deployer,
  devRegistry,
  devSubscription,
  itineraryApp,
  tenantId
} from '../support/world.js';

const exec = promisify(execFile);
let sandbox: Sandbox;
let untrust: () => void;
let configDir: string;
let azEnv: NodeJS.ProcessEnv;
let digest: string;
const saved = { HTTPS_PROXY: process.env['HTTPS_PROXY'], NO_PROXY: process.env['NO_PROXY'] };

async function az(...args: string[]): Promise<unknown> {
  const { stdout } = await exec('az', [...args, '--output', 'json'], {
    env: azEnv,
    maxBuffer: 8 * 1024 * 1024
  });
  return JSON.parse(stdout);
}

beforeAll(async () => {
  sandbox = await startSandbox({ services: [acrService(), containerAppsService(), aksService()] });
  untrust = sandboxTrust(sandbox);
  process.env['HTTPS_PROXY'] = sandbox.urls.proxy;
  process.env['NO_PROXY'] = '127.0.0.1,localhost';
  // An image in the dev registry, as build-push leaves one.
  const env = sandbox.env();
  const session = sessionFromEnv('test', {
    ...env,
    AZURE_CLIENT_ID: deployer.appId,
    AZURE_TENANT_ID: tenantId
  });
  const registry = await acrSignIn({
    loginServer: devRegistry.loginServer,
    credential: session.credential,
    cloud: session.cloud
  });
  const push = async (bytes: Buffer) => {
    const blob = { digest: sha256(bytes), size: bytes.length };
    await registry.client.uploadBlob('itinerary', blob, () => Readable.from([bytes]));
    return blob;
  };
  const config = await push(
    Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', created: '2026-11-24T08:00:00Z' }))
  );
  const layer = await push(Buffer.from('the itinerary service'));
  digest = await registry.client.putManifest('itinerary', 'v1', {
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
  // az logs in as Azure/login does: the job's ID token as a federated token, through the sandbox proxy.
  configDir = await mkdtemp(join(tmpdir(), 'az-triage-'));
  azEnv = {
    ...process.env,
    AZURE_CONFIG_DIR: configDir,
    AZURE_CORE_COLLECT_TELEMETRY: 'false',
    AZURE_CORE_ONLY_SHOW_ERRORS: 'true',
    HTTPS_PROXY: sandbox.urls.proxy,
    NO_PROXY: '',
    REQUESTS_CA_BUNDLE: sandbox.caCertPath
  };
  delete azEnv['NODE_EXTRA_CA_CERTS'];
  const answer = await fetch(`${env['ACTIONS_ID_TOKEN_REQUEST_URL']}&audience=api://AzureADTokenExchange`, {
    headers: { authorization: `Bearer ${env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']}` }
  });
  const { value: idToken } = (await answer.json()) as { value: string };
  await exec(
    'az',
    [
      'login',
      '--service-principal',
      '-u',
      deployer.appId,
      '--tenant',
      tenantId,
      '--federated-token',
      idToken
    ],
    { env: azEnv }
  );
  await exec('az', ['account', 'set', '--subscription', devSubscription.id], { env: azEnv });
}, 120_000);
afterAll(async () => {
  untrust?.();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await sandbox?.stop();
  if (configDir) await rm(configDir, { recursive: true, force: true });
});

describe('az triage commands against the sandbox', () => {
  it('az group list', async () => {
    // The dev subscription's groups: the tests' own and the platform's (the templates' musafirgo-dev-rg).
    expect(await az('group', 'list')).toEqual(
      [itineraryApp.resourceGroup, 'musafirgo-dev-rg'].map(name =>
        expect.objectContaining({
          name,
          location: 'westeurope',
          properties: { provisioningState: 'Succeeded' },
          tags: { environment: 'dev', platform: 'musafirgo' }
        })
      )
    );
  }, 60_000);

  it('az resource list', async () => {
    const resources = (await az('resource', 'list')) as { name: string; type: string }[];
    expect(resources.map(r => `${r.type}/${r.name}`).sort()).toEqual([
      'Microsoft.ApiManagement/service/musafirgo-apim',
      'Microsoft.ApiManagement/service/musafirgo-dev-apim',
      `Microsoft.App/containerApps/${itineraryApp.name}`,
      'Microsoft.App/containerApps/musafirgo-bookings-dev',
      'Microsoft.App/containerApps/musafirgo-discovery-dev',
      'Microsoft.App/containerApps/musafirgo-itinerary-dev',
      'Microsoft.App/containerApps/musafirgo-trust-safety-dev',
      `Microsoft.App/managedEnvironments/${itineraryApp.environment}`,
      'Microsoft.App/managedEnvironments/musafirgo-dev-env',
      `Microsoft.ContainerRegistry/registries/${devRegistry.name}`,
      `Microsoft.ContainerService/managedClusters/${aksCluster.name}`,
      'Microsoft.ContainerService/managedClusters/musafirgo-dev-aks',
      'Microsoft.Storage/storageAccounts/stmusafirgodeploy',
      'Microsoft.Storage/storageAccounts/stmusafirgoshared',
      'Microsoft.Web/staticSites/swa-musafirgo-landing',
      'Microsoft.Web/staticSites/swa-musafirgo-web'
    ]);
    const inGroup = (await az('resource', 'list', '--resource-group', itineraryApp.resourceGroup)) as {
      id: string;
    }[];
    expect(inGroup.map(r => r.id).sort()).toEqual(
      (resources as unknown as { id: string }[])
        .map(r => r.id)
        .filter(id => id.includes(`/resourceGroups/${itineraryApp.resourceGroup}/`))
        .sort()
    );
    expect(inGroup.length).toBeGreaterThan(0);
  }, 60_000);

  it('az acr repository list, show-tags and manifest list-metadata', async () => {
    expect(await az('acr', 'repository', 'list', '--name', devRegistry.name)).toEqual(['itinerary']);
    expect(
      await az('acr', 'repository', 'show-tags', '--name', devRegistry.name, '--repository', 'itinerary')
    ).toEqual(['v1']);
    expect(
      await az('acr', 'manifest', 'list-metadata', '--registry', devRegistry.name, '--name', 'itinerary')
    ).toEqual([
      expect.objectContaining({
        digest,
        tags: ['v1'],
        architecture: 'amd64',
        os: 'linux',
        createdTime: '2026-11-24T08:00:00Z'
      })
    ]);
  }, 90_000);

  it('az aks show', async () => {
    expect(
      await az('aks', 'show', '--resource-group', aksCluster.resourceGroup, '--name', aksCluster.name)
    ).toMatchObject({
      name: aksCluster.name,
      provisioningState: 'Succeeded',
      powerState: { code: 'Running' },
      fqdn: expect.stringMatching(/^aks-musafirgo-dev-dns-[0-9a-f]{8}\.hcp\.westeurope\.azmk8s\.io$/),
      servicePrincipalProfile: { clientId: 'msi' }
    });
  }, 60_000);

  it('az resource show --ids, without --api-version', async () => {
    const id = `/subscriptions/${devSubscription.id}/resourceGroups/${itineraryApp.resourceGroup}/providers/Microsoft.App/containerApps/${itineraryApp.name}`;
    expect(await az('resource', 'show', '--ids', id)).toMatchObject({
      id,
      name: itineraryApp.name,
      type: 'Microsoft.App/containerApps',
      properties: { latestRevisionName: itineraryApp.initialRevision }
    });
  }, 60_000);
});
