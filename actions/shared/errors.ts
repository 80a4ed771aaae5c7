/**
 * Error kinds every action reports. A ConfigurationError is the user's to fix and is never retried;
 * a RemoteError is a refusal by Azure or GitHub that carries the service's own code; a transient fault
 * (network, 429, 5xx) is a RemoteError with `transient` set, and only those are retried.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export interface RemoteErrorDetails {
  service: 'github' | 'entra' | 'arm' | 'registry' | 'kubernetes' | 'apim' | 'argocd';
  /** The service's own error code: `AADSTS70021`, `AuthorizationFailed`, `TooManyRequests`, ... */
  code: string;
  status?: number;
  /** Seconds the service asked us to wait (`Retry-After`). */
  retryAfterSeconds?: number;
  transient?: boolean;
}

export class RemoteError extends Error {
  override name = 'RemoteError';
  readonly service: RemoteErrorDetails['service'];
  readonly code: string;
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  readonly transient: boolean;

  constructor(message: string, details: RemoteErrorDetails) {
    super(message);
    this.service = details.service;
    this.code = details.code;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.transient = details.transient ?? isTransientStatus(details.status);
  }
}

export function isTransientStatus(status: number | undefined): boolean {
  return status === 408 || status === 429 || (status !== undefined && status >= 500 && status <= 599);
}

const networkCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'REQUEST_SEND_ERROR'
]);

/** A fetch or socket failure before any HTTP answer: always worth another try. */
export function isNetworkError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && networkCodes.has(code)) return true;
    if (current instanceof TypeError && current.message === 'fetch failed') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function isTransient(error: unknown): boolean {
  if (error instanceof ConfigurationError) return false;
  if (error instanceof RemoteError) return error.transient;
  return isNetworkError(error);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
