// The package's way to Azure without any key: uploaded with the step's Entra token (Storage Blob Data Contributor on
// the account), read by the zip deployment through a read-only, https-only user delegation SAS that lives only as
// long as the deployment may take, and deleted afterwards.
import * as core from '@actions/core';
import type { TokenCredential } from '@azure/core-auth';
import type { Clock } from '../shared/clock.js';
import { ConfigurationError, RemoteError, isNetworkError } from '../shared/errors.js';
import { parseRetryAfter, retry, type RetryOptions } from '../shared/retry.js';
import { userAgent } from '../shared/version.js';

type StorageBlob = typeof import('@azure/storage-blob');

export interface Upload {
  /** Blob name → the SAS URL the zip deployment reads it from. */
  urls: Record<string, string>;
  /** Deletes the uploaded blobs; never throws (a leftover blob is a warning, not a failed deploy). */
  remove(): Promise<string | undefined>;
}

export interface UploadDeps {
  sdk: StorageBlob;
  credential: TokenCredential;
  clock: Clock;
  identity: string;
  onRetry?: RetryOptions['onRetry'];
}

/** The blob endpoint's suffix in each cloud. */
const suffixes: Record<string, string> = {
  AzureCloud: 'core.windows.net',
  AzureUSGovernment: 'core.usgovcloudapi.net',
  AzureChinaCloud: 'core.chinacloudapi.cn'
};

export function blobEndpoint(account: string, cloud: string): string {
  return `https://${account}.blob.${suffixes[cloud] ?? suffixes['AzureCloud']}`;
}

interface RestErrorLike {
  name: string;
  statusCode?: number;
  code?: string;
  message: string;
  response?: { headers: { get(name: string): string | undefined } };
}

/** The storage SDK's RestError as a RemoteError with the service's code (x-ms-error-code). */
function toStorageError(error: unknown): unknown {
  if (!(error instanceof Error) || error.name !== 'RestError') return error;
  const rest = error as RestErrorLike;
  if (rest.statusCode === undefined)
    return isNetworkError(error)
      ? error
      : new RemoteError(rest.message, {
          service: 'storage',
          code: rest.code ?? 'RequestFailed',
          transient: true
        });
  return new RemoteError(rest.message.split('\n')[0]!, {
    service: 'storage',
    code: rest.code ?? `HTTP${rest.statusCode}`,
    status: rest.statusCode,
    retryAfterSeconds: parseRetryAfter(rest.response?.headers.get('retry-after'))
  });
}

export async function uploadPackages(
  deps: UploadDeps,
  target: {
    account: string;
    container: string;
    cloud: string;
    prefix: string;
    validForMs: number;
    /** No request may outlive this (epoch ms on the step's clock): a stalled upload ends with the step's timeout. */
    deadline: number;
  },
  packages: Record<string, Buffer>
): Promise<Upload> {
  const { sdk, clock } = deps;
  const endpoint = blobEndpoint(target.account, target.cloud);
  const service = new sdk.BlobServiceClient(endpoint, deps.credential, {
    retryOptions: { maxTries: 1 },
    userAgentOptions: { userAgentPrefix: userAgent }
  });
  const container = service.getContainerClient(target.container);
  const call = <T>(label: string, work: (abortSignal: AbortSignal) => Promise<T>) =>
    retry(
      async () => {
        const left = target.deadline - clock.now();
        try {
          return await work(AbortSignal.timeout(Math.max(1000, left)));
        } catch (error) {
          if ((error as Error).name === 'AbortError') {
            throw new RemoteError(`no answer within the step's timeout (${Math.round(left / 1000)} s left)`, {
              service: 'storage',
              code: 'Timeout',
              transient: false
            });
          }
          throw explain(toStorageError(error), deps, target);
        }
      },
      {
        label,
        service: 'storage',
        clock,
        onRetry: deps.onRetry,
        deadlineMs: Math.max(1000, target.deadline - clock.now())
      }
    );
  const names = Object.keys(packages).map(name => `${target.prefix}/${name}`);
  const remove = async (): Promise<string | undefined> => {
    const left: string[] = [];
    for (const name of names) {
      // Cleaning up has a minute of its own, even when the deployment used up the step's time.
      await retry(
        () => container.getBlobClient(name).deleteIfExists({ abortSignal: AbortSignal.timeout(30_000) }),
        { label: `delete blob ${name}`, service: 'storage', clock, deadlineMs: 60_000, onRetry: deps.onRetry }
      ).catch(() => left.push(name));
    }
    return left.length
      ? `${left.join(', ')} could not be deleted from ${target.account}/${target.container}`
      : undefined;
  };

  await call(`create container ${target.container} in ${target.account}`, abortSignal =>
    container.createIfNotExists({ abortSignal })
  );
  try {
    for (const [name, data] of Object.entries(packages)) {
      const blob = `${target.prefix}/${name}`;
      await call(`upload ${name} to ${target.account}`, abortSignal =>
        container
          .getBlockBlobClient(blob)
          .uploadData(data, { abortSignal, blobHTTPHeaders: { blobContentType: 'application/zip' } })
      );
    }
    // Signed a little in the past for clock skew; no longer than the deployment may take.
    const startsOn = new Date(clock.now() - 5 * 60_000);
    const expiresOn = new Date(clock.now() + target.validForMs + 5 * 60_000);
    const key = await call(`get a user delegation key from ${target.account}`, abortSignal =>
      service.getUserDelegationKey(startsOn, expiresOn, { abortSignal })
    );
    core.setSecret(key.value);
    const urls: Record<string, string> = {};
    for (const blob of names) {
      const sas = sdk
        .generateBlobSASQueryParameters(
          {
            containerName: target.container,
            blobName: blob,
            permissions: sdk.BlobSASPermissions.parse('r'),
            startsOn,
            expiresOn,
            protocol: sdk.SASProtocol.Https
          },
          key,
          target.account
        )
        .toString();
      const signature = new URLSearchParams(sas).get('sig');
      if (signature) core.setSecret(signature);
      core.setSecret(sas);
      urls[blob.slice(target.prefix.length + 1)] = `${container.getBlobClient(blob).url}?${sas}`;
    }
    return { urls, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

function explain(error: unknown, deps: UploadDeps, target: { account: string; container: string }): unknown {
  if (!(error instanceof RemoteError) || error.transient) return error;
  if (error.code === 'AuthorizationPermissionMismatch' || error.code === 'AuthorizationFailure') {
    return new ConfigurationError(
      `${deps.identity} may not write blobs of storage account '${target.account}' (${error.code}); give it the Storage Blob Data Contributor role on the account or its container '${target.container}' (it uploads the package and signs a user delegation SAS for it; no account key is used), e.g. az role assignment create --assignee ${deps.identity} --role "Storage Blob Data Contributor" --scope <the storage account's resource id>`
    );
  }
  if (error.code === 'InvalidAuthenticationInfo' || error.status === 401) {
    return new ConfigurationError(
      `storage account '${target.account}' refused the step's Entra token (${error.code}: ${error.message}); check that the account is in the tenant login used`
    );
  }
  return error;
}
