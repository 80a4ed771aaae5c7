/**
 * Error kinds every action reports. A ConfigurationError is the user's to fix and is never retried;
 * a RemoteError is a refusal by Azure or GitHub that carries the service's own code; a transient fault
 * (network, 429, 5xx) is a RemoteError with `transient` set, and only those are retried.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export type RemoteService =
  'github' | 'entra' | 'arm' | 'registry' | 'kubernetes' | 'apim' | 'argocd' | 'storage' | 'site';

/** The services as a failure message names them. */
export const serviceNames: Record<RemoteService, string> = {
  github: 'GitHub',
  entra: 'Microsoft Entra ID',
  arm: 'Azure Resource Manager',
  registry: 'the container registry',
  kubernetes: 'the Kubernetes API server',
  apim: 'the API Management gateway',
  argocd: 'Argo CD',
  storage: 'Azure Storage',
  site: 'the site'
};

export interface RemoteErrorDetails {
  service: RemoteService;
  /** The service's own error code: `AADSTS70021`, `AuthorizationFailed`, `TooManyRequests`, ... */
  code: string;
  status?: number;
  /** Seconds the service asked us to wait (`Retry-After`). */
  retryAfterSeconds?: number;
  transient?: boolean;
  /** What the user can do about it, when the one who throws knows better than the general advice. */
  hint?: string;
}

/**
 * What retry() records on the error it gives up with: the call it was making, how many attempts it made and
 * over how long. A failure message then names the call, not only the service's words.
 */
export interface AttemptRecord {
  call?: string;
  attempts?: number;
  elapsedMs?: number;
  /** The service, for a network error that never reached one. */
  service?: RemoteService;
}

export class RemoteError extends Error {
  override name = 'RemoteError';
  readonly service: RemoteErrorDetails['service'];
  readonly code: string;
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  readonly transient: boolean;
  readonly hint?: string;
  call?: string;
  attempts?: number;
  elapsedMs?: number;

  constructor(message: string, details: RemoteErrorDetails) {
    super(message);
    this.hint = details.hint;
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

/** `after 6 attempts over 12.3 s`, when more than one attempt was made. */
function attemptsText(record: AttemptRecord): string {
  if (!record.attempts || record.attempts < 2) return '';
  return ` (after ${record.attempts} attempts over ${((record.elapsedMs ?? 0) / 1000).toFixed(1)} s)`;
}

/** The general advice for a service that kept failing or never answered. */
function remoteHint(error: RemoteError | (Error & AttemptRecord)): string {
  const service = error.service;
  const name = service ? serviceNames[service] : 'the service';
  if (error instanceof RemoteError && error.status === 429) {
    return `${name} kept throttling the step: run it again later, or spread out the jobs that call it at once`;
  }
  const health = service === 'github' ? 'https://www.githubstatus.com' : 'https://azure.status.microsoft';
  return `${name} kept failing: run the job again later, and if it persists check ${health}`;
}

/**
 * A failure of a call to another service, in one form:
 * `<call> to <service> failed: <status> <code>: <service's message> (after N attempts over T s). <what to do>`.
 * Undefined for an error no retry gave up on after transient faults (a refusal, or an action's own, already
 * worded failure).
 */
export function remoteFailure(error: unknown): { message: string; hint: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const record = error as Error & AttemptRecord;
  if (!record.call) return undefined;
  // A refusal (4xx) is the thrower's to explain, in its own words; what nobody can explain is a service that
  // kept failing, or never answered.
  if (error instanceof RemoteError && !error.transient) return undefined;
  if (error instanceof RemoteError) {
    const answer = error.status === undefined ? error.code : `${error.status} ${error.code}`;
    return {
      message: `${record.call} to ${serviceNames[error.service]} failed: ${answer}: ${error.message}${attemptsText(record)}`,
      hint: error.hint ?? remoteHint(error)
    };
  }
  if (!isNetworkError(error)) return undefined;
  const code = (error as { code?: string }).code;
  const target = record.service ? ` to ${serviceNames[record.service]}` : '';
  const text = code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  return {
    message: `${record.call}${target} failed: ${text}${attemptsText(record)}`,
    hint: remoteHint(record)
  };
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
