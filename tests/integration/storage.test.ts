// The sandbox's blob storage (sandbox/storage): Azurite behind a front that takes Entra tokens and data roles as
// Azure Storage does, driven by the official @azure/storage-blob client through the sandbox's proxy.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  BlobSASPermissions,
  BlobServiceClient,
  SASProtocol,
  generateBlobSASQueryParameters
} from '@azure/storage-blob';
import { resolveCloud, type Cloud } from '../../actions/shared/cloud.js';
import { GitHubOidcCredential } from '../../actions/shared/credential.js';
import { fetchIdToken } from '../../actions/shared/github-oidc.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { storageService, type StorageService } from '../../sandbox/storage/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { deployer, noRoles, tenantId } from '../support/world.js';

let sandbox: Sandbox;
let storage: StorageService;
let cloud: Cloud;
let untrust: () => void;
const saved = { HTTPS_PROXY: process.env['HTTPS_PROXY'], NO_PROXY: process.env['NO_PROXY'] };

function client(account: string, appId = deployer.appId): BlobServiceClient {
  const env = sandbox.env();
  const credential = new GitHubOidcCredential({
    tenantId,
    clientId: appId,
    cloud,
    getIdToken: audience =>
      fetchIdToken(
        { url: env['ACTIONS_ID_TOKEN_REQUEST_URL']!, token: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']! },
        audience
      )
  });
  return new BlobServiceClient(`https://${account}.blob.core.windows.net`, credential, {
    retryOptions: { maxTries: 1 }
  });
}

beforeAll(async () => {
  storage = storageService();
  sandbox = await startSandbox({ services: [storage] });
  untrust = sandboxTrust(sandbox);
  process.env['HTTPS_PROXY'] = sandbox.urls.proxy;
  process.env['NO_PROXY'] = '127.0.0.1,localhost';
  cloud = resolveCloud('AzureCloud', { AZURE_AUTHORITY_HOST: sandbox.urls.entra });
}, 60_000);
afterAll(async () => {
  process.env['HTTPS_PROXY'] = saved.HTTPS_PROXY ?? '';
  process.env['NO_PROXY'] = saved.NO_PROXY ?? '';
  if (!saved.HTTPS_PROXY) delete process.env['HTTPS_PROXY'];
  if (!saved.NO_PROXY) delete process.env['NO_PROXY'];
  untrust();
  await sandbox.stop();
});

describe('blob storage in the sandbox', () => {
  it('takes an Entra token with Storage Blob Data Contributor: upload, a read-only user delegation SAS, delete', async () => {
    const service = client('stmusafirgodeploy');
    const container = service.getContainerClient('deployments');
    await container.createIfNotExists();
    const blob = container.getBlockBlobClient('site/app.zip');
    await blob.uploadData(Buffer.from('PK-not-really'), {
      blobHTTPHeaders: { blobContentType: 'application/zip' }
    });
    expect(await storage.blobs('stmusafirgodeploy', 'deployments')).toEqual(['site/app.zip']);

    const startsOn = new Date(Date.now() - 60_000);
    const expiresOn = new Date(Date.now() + 600_000);
    const key = await service.getUserDelegationKey(startsOn, expiresOn);
    expect(key.signedObjectId).toBe(deployer.objectId);
    const sas = generateBlobSASQueryParameters(
      {
        containerName: 'deployments',
        blobName: 'site/app.zip',
        permissions: BlobSASPermissions.parse('r'),
        startsOn,
        expiresOn,
        protocol: SASProtocol.Https
      },
      key,
      'stmusafirgodeploy'
    ).toString();
    // The SAS alone reads the blob, and nothing else.
    const anonymous = new BlobServiceClient(
      `https://stmusafirgodeploy.blob.core.windows.net?${sas}`,
      undefined,
      {
        retryOptions: { maxTries: 1 }
      }
    );
    const read = await anonymous
      .getContainerClient('deployments')
      .getBlobClient('site/app.zip')
      .downloadToBuffer();
    expect(read.toString()).toBe('PK-not-really');
    await expect(
      anonymous.getContainerClient('deployments').getBlockBlobClient('site/app.zip').upload('x', 1)
    ).rejects.toMatchObject({ statusCode: 403 });
    expect(storage.secrets()).toEqual(
      expect.arrayContaining([key.value, new URLSearchParams(sas).get('sig')])
    );

    await blob.delete();
    expect(await storage.blobs('stmusafirgodeploy', 'deployments')).toEqual([]);
  });

  it('refuses a caller without a data role, as Azure Storage does', async () => {
    const container = client('stmusafirgoshared').getContainerClient('deployments');
    await container.createIfNotExists().catch(() => undefined);
    await expect(
      container.getBlockBlobClient('app.zip').uploadData(Buffer.from('zip'))
    ).rejects.toMatchObject({ statusCode: 403, code: 'AuthorizationPermissionMismatch' });
    await expect(
      client('stmusafirgodeploy', noRoles.appId).getUserDelegationKey(
        new Date(),
        new Date(Date.now() + 60_000)
      )
    ).rejects.toMatchObject({ statusCode: 403, code: 'AuthorizationPermissionMismatch' });
    const refused = storage.calls().filter(c => c.status === 403);
    expect(refused.map(c => c.operation)).toEqual(
      expect.arrayContaining(['PutBlob', 'GetUserDelegationKey'])
    );
  });
});
