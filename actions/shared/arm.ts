import type { TokenCredential } from '@azure/core-auth';
import type { Clock } from './clock.js';
import { armScope, type Cloud } from './cloud.js';
import { RemoteError, errorMessage, isNetworkError } from './errors.js';
import { parseRetryAfter, retry, type RetryOptions } from './retry.js';
import { userAgent } from './version.js';

/**
 * Options for any `@azure/arm-*` client: classic ones read `credentialScopes`, the newer generated ones
 * `credentials.scopes`. The SDK's own retry is off: every call goes through our one retry helper, which
 * honours Retry-After, has a deadline and sleeps on an injectable clock.
 */
export function armClientOptions(cloud: Cloud) {
  return {
    endpoint: cloud.armEndpoint,
    credentialScopes: [armScope(cloud)],
    credentials: { scopes: [armScope(cloud)] },
    retryOptions: { maxRetries: 0 },
    userAgentOptions: { userAgentPrefix: userAgent }
  };
}

interface RestErrorLike {
  name: string;
  statusCode?: number;
  code?: string;
  message: string;
  details?: unknown;
  response?: { headers: { get(name: string): string | undefined }; bodyAsText?: string | null };
}

function isRestError(error: unknown): error is RestErrorLike {
  return error instanceof Error && error.name === 'RestError';
}

/** ARM's `{ error: { code, message } }`, wherever the SDK left it. */
function armErrorBody(error: RestErrorLike): { code?: string; message?: string } {
  const details = error.details as { error?: { code?: string; message?: string } } | undefined;
  if (details?.error?.code) return details.error;
  try {
    const parsed = JSON.parse(error.response?.bodyAsText ?? '') as {
      error?: { code?: string; message?: string };
    };
    return parsed.error ?? {};
  } catch {
    return {};
  }
}

/**
 * Drops the form-data policy from an ARM client's pipeline: ARM takes JSON only, and the policy's
 * `typeof FormData` check makes Node load undici (about 9 ms) on the first request of every step.
 */
export function withoutFormData<T extends { pipeline: { removePolicy(options: { name: string }): unknown } }>(
  client: T
): T {
  client.pipeline.removePolicy({ name: 'formDataPolicy' });
  return client;
}

/** Turns an SDK RestError into a RemoteError carrying ARM's code, message and Retry-After. */
export function toArmError(error: unknown): unknown {
  if (!isRestError(error)) return error;
  if (error.statusCode === undefined && isNetworkError(error)) return error;
  const body = armErrorBody(error);
  return new RemoteError(body.message ?? error.message, {
    service: 'arm',
    code: body.code ?? error.code ?? `HTTP${error.statusCode ?? ''}`,
    status: error.statusCode,
    retryAfterSeconds: parseRetryAfter(error.response?.headers.get('retry-after')),
    transient: error.statusCode === undefined ? true : undefined
  });
}

/** One ARM call, retried on transient faults only. */
export function armCall<T>(
  label: string,
  call: () => Promise<T>,
  options: { clock?: Clock; onRetry?: RetryOptions['onRetry']; deadlineMs?: number } = {}
): Promise<T> {
  return retry(
    async () => {
      try {
        return await call();
      } catch (error) {
        const armError = toArmError(error);
        if (armError instanceof RemoteError || isNetworkError(armError)) throw armError;
        // Neither ARM's answer nor a socket error: a proxy or TLS refusal, say where it happened.
        throw new RemoteError(`${label} failed before ARM answered: ${errorMessage(armError)}`, {
          service: 'arm',
          code: 'RequestFailed'
        });
      }
    },
    { label, service: 'arm', ...options }
  );
}

export type { TokenCredential };
