import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { armCall } from './arm.js';
import { systemClock, type Clock } from './clock.js';
import { RemoteError } from './errors.js';
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

/** What `begin…` methods take beyond their arguments: the SDK calls `onResponse` with each raw answer. */
export interface BeginOptions {
  onResponse: (response: { status: number; headers: { get(name: string): string | undefined } }) => void;
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
   * Polls the operation's status URL when the SDK's own first poll (inside `begin…`) failed after ARM had
   * accepted the request: starting again would send the write twice.
   */
  getStatus?: StatusGet;
  /** Poll interval when the service advertises none; default 2 s. */
  intervalMs?: number;
  /** The longest wait between polls, whatever Retry-After says; default 30 s. */
  maxIntervalMs?: number;
  /** Give up after this long; default 10 minutes. */
  deadlineMs?: number;
}

/**
 * Starts an ARM long-running operation and polls it to the end on our clock (the SDK's own poller sleeps on
 * real timers): each poll honours the Retry-After ARM sent, and a 429 or 5xx on the start or on a poll is
 * retried like any ARM call, without losing the operation or sending the write twice.
 */
export async function completeOperation<T>(
  label: string,
  begin: (options: BeginOptions) => Promise<OperationPoller<T>>,
  options: OperationOptions = {}
): Promise<T | undefined> {
  const clock = options.clock ?? systemClock;
  const deadlineMs = options.deadlineMs ?? 600_000;
  const started = clock.now();
  let statusUrl: string | undefined;
  const onResponse: BeginOptions['onResponse'] = response => {
    if (statusUrl || (response.status !== 201 && response.status !== 202)) return;
    statusUrl = response.headers.get('azure-asyncoperation') ?? response.headers.get('location') ?? undefined;
  };
  const wait = async () => {
    if (clock.now() - started > deadlineMs) {
      throw new Error(`${label} did not finish within ${Math.round(deadlineMs / 1000)} s`);
    }
    const advertised = options.retryAfter?.lastMs();
    await clock.sleep(Math.min(advertised ?? options.intervalMs ?? 2000, options.maxIntervalMs ?? 30_000));
  };
  let poller: OperationPoller<T> | undefined;
  try {
    poller = await armCall(
      label,
      () => {
        if (statusUrl) throw new AcceptedError();
        return begin({ onResponse });
      },
      { clock, onRetry: options.onRetry }
    );
  } catch (error) {
    if (!statusUrl || !options.getStatus) throw error;
    // ARM accepted the write; only the SDK's first status poll failed. Follow the operation by its URL.
    const url = statusUrl;
    const getStatus = options.getStatus;
    for (;;) {
      const response = await armCall(
        `${label} (status)`,
        async () => {
          const answer = await getStatus(url);
          if (answer.status >= 400) {
            throw new RemoteError(`status poll answered ${answer.status}`, {
              service: 'arm',
              code: `HTTP${answer.status}`,
              status: answer.status,
              retryAfterSeconds: parseRetryAfter(answer.headers.get('retry-after'))
            });
          }
          return answer;
        },
        { clock, onRetry: options.onRetry }
      );
      const body = JSON.parse(response.bodyAsText || '{}') as {
        status?: string;
        error?: { code?: string; message?: string };
      };
      if (response.status === 200 && (!body.status || body.status === 'Succeeded')) return undefined;
      if (body.status === 'Failed' || body.status === 'Canceled') {
        throw new RemoteError(body.error?.message ?? `${label} ${body.status}`, {
          service: 'arm',
          code: body.error?.code ?? body.status,
          status: 200
        });
      }
      await wait();
    }
  }
  while (!poller.isDone()) {
    await wait();
    await armCall(`${label} (status)`, () => poller!.poll(), { clock, onRetry: options.onRetry });
  }
  return poller.getResult();
}

/** Refuses to start an operation again once ARM has accepted it (armCall reports it as not transient). */
class AcceptedError extends Error {
  constructor() {
    super('the operation was already accepted');
  }
}
