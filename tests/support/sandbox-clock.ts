import type { Clock } from '../../actions/shared/clock.js';
import type { Sandbox } from '../../sandbox/index.js';

/** The sandbox's own clock, as an action sees it: sleeping advances it instead of waiting, and is recorded. */
export function sandboxClock(sandbox: Sandbox): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => sandbox.clock.now().getTime(),
    sleep: async ms => {
      sleeps.push(ms);
      sandbox.clock.advance(ms / 1000);
    }
  };
}
