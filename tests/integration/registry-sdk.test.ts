// Why promote keeps its own OCI client (README, Dependencies): @azure/container-registry, the official client,
// works against the sandbox's registry (the same token exchange, the same manifests), but it has no
// cross-repository mount, so copying an image to another repository moves every byte through the runner, where
// our client mounts the blobs and moves none.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ContainerRegistryContentClient, KnownManifestMediaType } from '@azure/container-registry';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { acrSignIn, type AcrSession } from '../../actions/shared/acr.js';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { acrService, type AcrService } from '../../sandbox/acr/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { deployer, devRegistry, tenantId } from '../support/world.js';

const layerBytes = 16 * 1024 * 1024;
const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

let sandbox: Sandbox;
let acr: AcrService;
let untrust: () => void;
let ours: AcrSession;
let credential: ReturnType<typeof sessionFromEnv>['credential'];
const saved = { HTTPS_PROXY: process.env['HTTPS_PROXY'], NO_PROXY: process.env['NO_PROXY'] };
const layer = randomBytes(layerBytes);
const config = Buffer.from(
  JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers' } })
);
const manifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: sha256(config),
      size: config.length
    },
    layers: [
      { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha256(layer), size: layer.length }
    ]
  })
);

beforeAll(async () => {
  acr = acrService();
  sandbox = await startSandbox({ services: [acr] });
  untrust = sandboxTrust(sandbox);
  // Both clients reach <name>.azurecr.io as a runner would: through the sandbox proxy.
  process.env['HTTPS_PROXY'] = sandbox.env()['HTTPS_PROXY'];
  process.env['NO_PROXY'] = sandbox.env()['NO_PROXY'];
  const session = sessionFromEnv('test', {
    ...sandbox.env(),
    AZURE_CLIENT_ID: deployer.appId,
    AZURE_TENANT_ID: tenantId
  });
  credential = session.credential;
  ours = await acrSignIn({ loginServer: devRegistry.loginServer, credential, cloud: session.cloud });
  for (const blob of [config, layer]) {
    await ours.client.uploadBlob(
      'sdk-source',
      { digest: sha256(blob), size: blob.length, mediaType: '' },
      () => Readable.from([blob])
    );
  }
  await ours.client.putManifest('sdk-source', 'v1', {
    bytes: manifest,
    mediaType: 'application/vnd.oci.image.manifest.v1+json'
  });
}, 120_000);

afterAll(async () => {
  untrust();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await sandbox.stop();
});

const sdk = (repository: string) =>
  new ContainerRegistryContentClient(`https://${devRegistry.loginServer}`, repository, credential);

describe('@azure/container-registry against the sandbox registry', () => {
  it('reads the manifest our client wrote, by tag, with the same digest', async () => {
    const result = await sdk('sdk-source').getManifest('v1');
    expect(result.digest).toBe(sha256(manifest));
    expect(result.mediaType).toBe(KnownManifestMediaType.OciImageManifest);
  });

  it('copies to another repository only by moving every byte through the client; ours mounts and moves none', async () => {
    const since = acr.calls().length;
    // The SDK's way: download each blob and upload it again (it has no mount).
    const source = sdk('sdk-source');
    const target = sdk('sdk-target');
    let movedBySdk = 0;
    for (const digest of [sha256(config), sha256(layer)]) {
      const download = await source.downloadBlob(digest);
      const uploaded = await target.uploadBlob(download.content);
      expect(uploaded.digest).toBe(digest);
      movedBySdk += uploaded.sizeInBytes;
    }
    await target.setManifest(manifest, { tag: 'v1', mediaType: KnownManifestMediaType.OciImageManifest });
    const sdkCalls = acr.calls().slice(since);
    expect(movedBySdk).toBe(layerBytes + config.length);
    expect(
      sdkCalls.some(c => c.method === 'PATCH' && c.path.startsWith('/v2/sdk-target/blobs/uploads/'))
    ).toBe(true);

    // Ours: a cross-repository mount of each blob (201: the registry links what it has), then the manifest.
    const before = acr.calls().length;
    for (const digest of [sha256(config), sha256(layer)]) {
      expect(await ours.client.mountBlob('ours-target', digest, 'sdk-source')).toEqual({ mounted: true });
    }
    await ours.client.putManifest('ours-target', 'v1', {
      bytes: manifest,
      mediaType: 'application/vnd.oci.image.manifest.v1+json'
    });
    const oursCalls = acr.calls().slice(before);
    expect(
      oursCalls.filter(c => c.method === 'PATCH' || (c.method === 'PUT' && c.path.includes('/blobs/')))
    ).toEqual([]);
    expect((await sdk('ours-target').getManifest('v1')).digest).toBe(sha256(manifest));
  }, 120_000);
});
