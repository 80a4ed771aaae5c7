import { systemClock, type Clock } from './clock.js';
import { RemoteError, isTransient, type AttemptRecord, type RemoteService } from './errors.js';

export interface RetryOptions {
  /** What is being attempted, for the log line of each retry and the failure message. */
  label: string;
  /** Who is being asked, for a failure before any answer (a reset connection). */
  service?: RemoteService;
  /** Attempts in all, the first included. */
  maxAttempts?: number;
  /** No attempt starts after this many milliseconds from the first. */
  deadlineMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  clock?: Clock;
  isRetryable?: (error: unknown) => boolean;
  onRetry?: (info: { label: string; attempt: number; delayMs: number; error: unknown }) => void;
  /** Returns a number in [0, 1] (Math.random by default); injectable so tests can pin the jitter. */
  random?: () => number;
}

/**
 * Runs `attempt` until it succeeds, fails with a non-transient error, or runs out of attempts or time.
 * Backoff is exponential with full jitter; a `Retry-After` from the service wins over it.
 */
export async function retry<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const clock = options.clock ?? systemClock;
  const maxAttempts = options.maxAttempts ?? 6;
  const deadlineMs = options.deadlineMs ?? 120_000;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 20_000;
  const isRetryable = options.isRetryable ?? isTransient;
  const random = options.random ?? Math.random;
  const started = clock.now();

  // The error given up with carries the call, the attempts and the time spent (errors.ts remoteFailure).
  const giveUp = (error: unknown, attempts: number) => {
    if (error instanceof Error && !(error as AttemptRecord).call) {
      Object.assign(error, {
        call: options.label,
        attempts,
        elapsedMs: clock.now() - started,
        ...(options.service && !(error instanceof RemoteError) ? { service: options.service } : {})
      } satisfies AttemptRecord);
    }
    return error;
  };
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (n >= maxAttempts || !isRetryable(error)) throw giveUp(error, n);
      const retryAfterMs =
        error instanceof RemoteError && error.retryAfterSeconds !== undefined
          ? error.retryAfterSeconds * 1000
          : undefined;
      const backoffMs = Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1)) * (0.5 + random() / 2);
      const delayMs = Math.round(retryAfterMs ?? backoffMs);
      if (clock.now() + delayMs - started > deadlineMs) throw giveUp(error, n);
      options.onRetry?.({ label: options.label, attempt: n, delayMs, error });
      await clock.sleep(delayMs);
    }
  }
}

/** Reads a `Retry-After` header given in seconds or as an HTTP date. */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now()
): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
