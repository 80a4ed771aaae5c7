import * as core from '@actions/core';
import { markdownTable } from './summary.js';
import { errorMessage } from './errors.js';
import type { RetryOptions } from './retry.js';

/** One line per retry, so a slow step explains itself in the log. */
export const logRetry: NonNullable<RetryOptions['onRetry']> = ({ label, attempt, delayMs, error }) => {
  core.info(
    `${label}: attempt ${attempt} failed (${errorMessage(error)}); trying again in ${(delayMs / 1000).toFixed(1)} s`
  );
};

/** Milliseconds of each named phase, in the order they ran. */
export class Phases {
  readonly durations: Array<[string, number]> = [];
  constructor(private readonly now: () => number = Date.now) {}

  async time<T>(name: string, work: () => Promise<T>): Promise<T> {
    const start = this.now();
    try {
      return await work();
    } finally {
      this.durations.push([name, this.now() - start]);
    }
  }

  total(): number {
    return this.durations.reduce((sum, [, ms]) => sum + ms, 0);
  }

  /** The job summary's table: each phase and its time, then the total. */
  table(): string {
    return markdownTable(
      ['Phase', 'Time'],
      [...this.durations.map(([name, ms]) => [name, formatMs(ms)]), ['Total', formatMs(this.total())]]
    );
  }
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
