import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, RemoteError } from '../../actions/shared/errors.js';
import { parseRetryAfter, retry } from '../../actions/shared/retry.js';
import { FakeClock } from '../support/fake-clock.js';

const transient = (status: number, retryAfterSeconds?: number) =>
  new RemoteError(`HTTP ${status}`, { service: 'arm', code: `HTTP${status}`, status, retryAfterSeconds });

describe('retry', () => {
  it('retries transient faults with growing, jittered delays until the call succeeds', async () => {
    const clock = new FakeClock();
    let calls = 0;
    const result = await retry(
      async () => {
        calls++;
        if (calls < 4) throw transient(503);
        return 'ok';
      },
      { label: 'test', clock, baseDelayMs: 100, random: () => 0.5 }
    );
    expect(result).toBe('ok');
    expect(calls).toBe(4);
    expect(clock.sleeps).toEqual([75, 150, 300]);
  });

  it('waits exactly as long as Retry-After says', async () => {
    const clock = new FakeClock();
    let calls = 0;
    await retry(
      async () => {
        if (++calls === 1) throw transient(429, 7);
        return calls;
      },
      { label: 'test', clock }
    );
    expect(clock.sleeps).toEqual([7000]);
  });

  it('never retries a configuration error or a refusal', async () => {
    const clock = new FakeClock();
    let calls = 0;
    const refusal = new RemoteError('no', { service: 'entra', code: 'AADSTS70021', status: 400 });
    await expect(
      retry(
        async () => {
          calls++;
          throw refusal;
        },
        { label: 'test', clock }
      )
    ).rejects.toBe(refusal);
    await expect(
      retry(
        async () => {
          throw new ConfigurationError('bad input');
        },
        { label: 'test', clock }
      )
    ).rejects.toThrow('bad input');
    expect(calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('gives up with the last error when the next wait would pass the deadline', async () => {
    const clock = new FakeClock();
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw transient(503, 30);
        },
        { label: 'test', clock, deadlineMs: 60_000 }
      )
    ).rejects.toThrow('HTTP 503');
    expect(calls).toBe(3);
    expect(clock.now() - Date.parse('2026-11-24T08:00:00Z')).toBe(60_000);
  });

  it('stops after maxAttempts and reports each retry', async () => {
    const clock = new FakeClock();
    const seen: number[] = [];
    await expect(
      retry(
        async () => {
          throw transient(500);
        },
        { label: 'test', clock, maxAttempts: 3, onRetry: ({ attempt }) => seen.push(attempt) }
      )
    ).rejects.toThrow();
    expect(seen).toEqual([1, 2]);
  });

  it('retries network failures that never reached HTTP', async () => {
    const clock = new FakeClock();
    let calls = 0;
    await retry(
      async () => {
        if (++calls === 1) throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
        return true;
      },
      { label: 'test', clock }
    );
    expect(calls).toBe(2);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3);
    expect(parseRetryAfter('Tue, 24 Nov 2026 08:00:10 GMT', Date.parse('2026-11-24T08:00:00Z'))).toBe(10);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
