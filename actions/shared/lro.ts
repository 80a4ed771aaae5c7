import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { armCall } from './arm.js';
import { systemClock, type Clock } from './clock.js';
import { RemoteError } from './errors.js';
import { formatMs } from './log.js';
import { parseRetryAfter, type RetryOptions } from './retry.js';

/** What an `@azure/arm-*` `begin…` method returns (core-lro's SimplePollerLike), as far as we use it. */
export interface OperationPoller<T> {
  poll(): Promise<void>;
  isDone(): boolean;
  getResult(): T | undefined;
}

/** The Retry-After of the last ARM answer a client received: the status polls advertise their pacing in it. */
export interface RetryAfterTracker {
  policy: PipelinePolicy;
  /** Milliseconds, or undefined when the last answer had none. */
  lastMs(): number | undefined;
}

export function trackRetryAfter(): RetryAfterTracker {
  let last: number | undefined;
  return {
    policy: {
      name: 'musafirgoRetryAfterTracker',
      sendRequest: async (request, next) => {
        const response = await next(request);
        const seconds = parseRetryAfter(response.headers.get('retry-after'));
        last = seconds === undefined ? undefined : seconds * 1000;
        return response;
      }
    },
    lastMs: () => last
  };
}

/** An ARM answer as the SDK hands it to `onResponse`: the initial one and each status poll. */
export interface RawAnswer {
  status: number;
  headers: { get(name: string): string | undefined };
  request?: { url: string };
  parsedBody?: unknown;
  bodyAsText?: string | null;
}

/** What `begin…` methods take beyond their arguments: the SDK calls `onResponse` with each raw answer. */
export interface BeginOptions {
  onResponse: (response: RawAnswer) => void;
}

/** An authenticated GET through the same client (its pipeline): `client.sendRequest` of any ARM client. */
export type StatusGet = (url: string) => Promise<{
  status: number;
  bodyAsText?: string | null;
  headers: { get(name: string): string | undefined };
}>;

export interface OperationOptions {
  clock?: Clock;
  onRetry?: RetryOptions['onRetry'];
  retryAfter?: RetryAfterTracker;
  /**
   * Follows the operation by its own URL when the SDK's poller cannot be trusted to: its first poll (inside
   * `begin…`) failed after ARM had accepted the request (starting again would send the write twice), a later poll
   * failed, or it took an answer the async contract does not call success.
   */
  getStatus?: StatusGet;
  /** Poll interval when the service advertises none; default 2 s. */
  intervalMs?: number;
  /** The longest wait between polls, whatever Retry-After says; default 30 s. */
  maxIntervalMs?: number;
  /** Give up after this long; default 10 minutes. Actions pass the user's `timeout`. */
  deadlineMs?: number;
}

/** A long-running operation still running at its deadline: what was awaited, and how it last stood. */
export class OperationTimeout extends Error {
  override name = 'OperationTimeout';
  constructor(
    message: string,
    readonly hint: string,
    /** Where the operation can be followed. */
    readonly statusUrl?: string
  ) {
    super(message);
  }
}

type Kind = 'async' | 'location';

/** What the answers said about the operation: its status URL, and how it stood at the last poll. */
class OperationWatch {
  url?: string;
  kind?: Kind;
  polls = 0;
  lastState = 'accepted';
  /** The last status answer was a success the async contract does not call one (a 200 without a status). */
  untrusted = false;

  observe(answer: RawAnswer): void {
    if (!this.url) {
      if (answer.status !== 201 && answer.status !== 202) return;
      const asyncUrl = answer.headers.get('azure-asyncoperation');
      this.url = asyncUrl ?? answer.headers.get('location') ?? undefined;
      this.kind = asyncUrl ? 'async' : 'location';
      return;
    }
    if (answer.request?.url !== this.url) return;
    this.polls++;
    this.record(answer.status, bodyOf(answer));
  }

  record(status: number, body: { status?: unknown } | undefined): void {
    if (this.kind === 'async') {
      const state = typeof body?.status === 'string' ? body.status : undefined;
      this.untrusted = status < 300 && !state;
      this.lastState = state ?? `answering ${status} without a status`;
    } else {
      this.untrusted = false;
      this.lastState = status === 202 ? 'Accepted (202)' : `answering ${status}`;
    }
  }
}

function bodyOf(answer: {
  parsedBody?: unknown;
  bodyAsText?: string | null;
}): { status?: unknown } | undefined {
  if (answer.parsedBody && typeof answer.parsedBody === 'object')
    return answer.parsedBody as { status?: unknown };
  try {
    return JSON.parse(answer.bodyAsText || 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

/** ARM's `{ error: { code, message } }` of a status answer, as a RemoteError (transient for 429 and 5xx). */
function answerError(
  label: string,
  answer: { status: number; bodyAsText?: string | null; headers: { get(name: string): string | undefined } }
): RemoteError {
  const error = (bodyOf(answer) as { error?: { code?: string; message?: string } } | undefined)?.error;
  return new RemoteError(error?.message ?? `${label}: the operation's status URL answered ${answer.status}`, {
    service: 'arm',
    code: error?.code ?? `HTTP${answer.status}`,
    status: answer.status,
    retryAfterSeconds: parseRetryAfter(answer.headers.get('retry-after'))
  });
}

/**
 * Starts an ARM long-running operation and polls it to the end on our clock (the SDK's own poller sleeps on
 * real timers), within `deadlineMs`: each poll honours the Retry-After ARM sent, a 429 or 5xx on the start or on a
 * poll is retried like any ARM call without losing the operation or sending the write twice, and the async
 * contract is held to: on an Azure-AsyncOperation URL only `Succeeded` is success (a 200 without a status is not),
 * and a finished Location poll is the resource (200, 201, 204) or the operation's error with its status.
 */
export async function completeOperation<T>(
  label: string,
  begin: (options: BeginOptions) => Promise<OperationPoller<T>>,
  options: OperationOptions = {}
): Promise<T | undefined> {
  const clock = options.clock ?? systemClock;
  const deadlineMs = options.deadlineMs ?? 600_000;
  const started = clock.now();
  const remaining = () => deadlineMs - (clock.now() - started);
  const watch = new OperationWatch();
  const calls = () => ({
    clock,
    onRetry: options.onRetry,
    deadlineMs: Math.max(0, Math.min(remaining(), 120_000))
  });
  const timeout = () => {
    const where = watch.url ? ` (${watch.url.replace(/\?.*$/, '')})` : '';
    return new OperationTimeout(
      `${label} did not finish within ${formatMs(deadlineMs)}: its operation${where} was still ${watch.lastState} after ${watch.polls} status poll${watch.polls === 1 ? '' : 's'}`,
      watch.url
        ? `It may still finish on its own: follow it with az rest --method get --url '${watch.url}', and give the step a longer timeout if Azure is slow`
        : 'Give the step a longer timeout if Azure is slow, and run it again',
      watch.url
    );
  };
  const wait = async (advertisedMs: number | undefined) => {
    if (remaining() <= 0) throw timeout();
    const interval = Math.min(advertisedMs ?? options.intervalMs ?? 2000, options.maxIntervalMs ?? 30_000);
    await clock.sleep(Math.max(0, Math.min(interval, remaining())));
  };

  // Follows the operation by its URL, holding it to the contract; the SDK's typed result is not available then.
  const follow = async (): Promise<undefined> => {
    const url = watch.url!;
    const getStatus = options.getStatus!;
    for (;;) {
      const answer = await armCall(
        `${label} (status)`,
        async () => {
          const response = await getStatus(url);
          if (response.status >= 400) throw answerError(label, response);
          return response;
        },
        calls()
      );
      watch.polls++;
      const body = bodyOf(answer) as
        { status?: unknown; error?: { code?: string; message?: string } } | undefined;
      watch.record(answer.status, body);
      if (watch.kind === 'location') {
        if (answer.status !== 202) return undefined;
      } else if (!watch.untrusted) {
        const status = String(body?.status);
        if (status === 'Succeeded') return undefined;
        if (status === 'Failed' || status === 'Canceled') {
          throw new RemoteError(body?.error?.message ?? `${label}: the operation ended ${status}`, {
            service: 'arm',
            code: body?.error?.code ?? status,
            transient: false
          });
        }
      }
      if (remaining() <= 0) throw timeout();
      const advertised = parseRetryAfter(answer.headers.get('retry-after'));
      await wait(advertised === undefined ? undefined : advertised * 1000);
    }
  };

  let poller: OperationPoller<T>;
  try {
    poller = await armCall(
      label,
      () => {
        if (watch.url) throw new AcceptedError();
        return begin({ onResponse: answer => watch.observe(answer) });
      },
      calls()
    );
  } catch (error) {
    if (!watch.url || !options.getStatus) throw error;
    // ARM accepted the write; only the SDK's first status poll failed (or was not to be trusted).
    return follow();
  }
  // Clients that do not hand their polls to onResponse (the newer generated ones) are seen through this count,
  // and one look at the status URL before giving up.
  let sdkPolls = 0;
  const lastLook = async () => {
    if (!watch.url || !options.getStatus) return;
    const answer = await options.getStatus(watch.url).catch(() => undefined);
    if (answer && answer.status < 400) watch.record(answer.status, bodyOf(answer));
  };
  try {
    while (!poller.isDone()) {
      if (remaining() <= 0) {
        if (watch.polls < sdkPolls) {
          await lastLook();
          watch.polls = sdkPolls;
        }
        throw timeout();
      }
      await wait(options.retryAfter?.lastMs());
      // No retry here: a poll that throws leaves the SDK's poller failed for good; the URL is followed instead.
      sdkPolls++;
      await poller.poll();
    }
  } catch (error) {
    if (error instanceof OperationTimeout || !watch.url || !options.getStatus) throw error;
    return follow();
  }
  if (watch.untrusted) {
    if (!options.getStatus) {
      throw new RemoteError(`${label}: the operation's status answered 200 without a status`, {
        service: 'arm',
        code: 'InvalidOperationStatus',
        transient: false
      });
    }
    return follow();
  }
  return poller.getResult();
}

/** Refuses to start an operation again once ARM has accepted it (armCall reports it as not transient). */
class AcceptedError extends Error {
  constructor() {
    super('the operation was already accepted');
  }
}
