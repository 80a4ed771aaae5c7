import type { Clock } from '../../actions/shared/clock.js';

/** A clock that only moves when told to; `sleep` moves it instead of waiting. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(private current = Date.parse('2026-11-24T08:00:00Z')) {}
  now(): number {
    return this.current;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.current += ms;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
