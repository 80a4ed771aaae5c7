// Azure Blob Storage in the sandbox: Azurite (Microsoft's own storage emulator) does the storage, behind an HTTPS
// front at `<account>.blob.core.windows.net` (through the proxy) that checks Entra tokens and the caller's data roles
// as Azure Storage does and refuses account keys. The layers: azurite (the process), auth (tokens, roles, the
// permission each operation needs), front (faults, auth, the streamed pass-through), errors (the XML error format).
import https from 'node:https';
import { Faults, type FaultRule } from '../core.js';
import type { SandboxService } from '../index.js';
import { closeServers, listen } from '../servers.js';
import { StorageAuth } from './auth.js';
import { AzuriteProcess } from './azurite.js';
import { storageFront, type StorageCall } from './front.js';

export type { StorageCall } from './front.js';

export interface StorageService extends SandboxService {
  /** Scripted failures of the blob endpoints (service `storage`; `registry` names the account). */
  faults: { add(rule: Omit<FaultRule, 'service'>): void; clear(): void };
  calls(): StorageCall[];
  /** User delegation keys and SAS signatures the front saw, to scan logs for leaks. */
  secrets(): string[];
  /** The names of the blobs in a container, straight from Azurite (empty when the container does not exist). */
  blobs(account: string, container: string): Promise<string[]>;
  /** The front's loopback URL. */
  readonly url: string;
}

/** The blob storage emulator; pass it to `startSandbox({ services: [storageService()] })`. */
export function storageService(): StorageService {
  const faults = new Faults();
  const calls: StorageCall[] = [];
  const secrets = new Set<string>();
  let azurite: AzuriteProcess | undefined;
  let url = '';
  let ca = '';

  return {
    name: 'storage',
    get url() {
      return url;
    },
    faults: { add: rule => faults.add({ ...rule, service: 'storage' }), clear: () => faults.clear() },
    calls: () => [...calls],
    secrets: () => [...secrets],
    async blobs(account, container) {
      const { BlobServiceClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');
      const key = azurite?.keys.get(account);
      if (!azurite || !key) throw new Error(`the sandbox has no storage account '${account}'`);
      const client = new BlobServiceClient(
        `https://127.0.0.1:${azurite.port}/${account}`,
        new StorageSharedKeyCredential(account, key),
        { retryOptions: { maxTries: 1 }, tlsOptions: { ca } } as never
      ).getContainerClient(container);
      if (!(await client.exists())) return [];
      const names: string[] = [];
      for await (const item of client.listBlobsFlat()) names.push(item.name);
      return names;
    },
    async start(sandbox) {
      ca = sandbox.tls.ca;
      const accounts = sandbox.world.storageAccounts ?? [];
      azurite = new AzuriteProcess(
        accounts.map(a => a.name),
        sandbox.tls
      );
      await azurite.start();
      const server = https.createServer(
        { key: sandbox.tls.key, cert: sandbox.tls.cert },
        storageFront({
          sandbox,
          auth: new StorageAuth(sandbox),
          faults,
          calls,
          secrets,
          azuritePort: () => azurite!.port
        })
      );
      const port = await listen(server);
      url = `https://127.0.0.1:${port}`;
      for (const account of accounts) sandbox.routeHost(`${account.name}.blob.core.windows.net`, port);
      // Steps reach the blob endpoints under their names through the proxy; loopback URLs stay direct.
      sandbox.addEnv({ HTTPS_PROXY: sandbox.urls.proxy, NO_PROXY: '127.0.0.1,localhost' });
      return async () => {
        await closeServers([server]);
        await azurite?.stop();
      };
    }
  };
}
