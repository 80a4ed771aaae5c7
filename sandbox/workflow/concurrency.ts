// `concurrency` groups, workflow- and job-level (docs.github.com: "Control the concurrency of workflows and
// jobs"): at most one run or job of a group in progress and one pending; a newer pending one cancels the older
// pending one, and with cancel-in-progress a newer one cancels the one in progress.

export interface Holder {
  label: string;
  /** Called when the group cancels this holder: it stops its current step and ends as cancelled. */
  cancel(reason: string): void;
}

interface Group {
  running?: Holder;
  pending?: { holder: Holder; start: () => void; cancelled: (reason: string) => void };
}

export class ConcurrencyGroups {
  private readonly groups = new Map<string, Group>();
  /** What happened, in order, for tests and the demo. */
  readonly events: string[] = [];

  /**
   * Waits until `holder` may run in `group`; resolves with a release function, or with `cancelled` and the
   * reason when a newer holder took its place first.
   */
  async acquire(
    name: string,
    holder: Holder,
    cancelInProgress: boolean
  ): Promise<{ release: () => void } | { cancelled: string }> {
    const group = this.groups.get(name) ?? {};
    this.groups.set(name, group);
    const reason = `Canceling since a higher priority waiting request for '${name}' exists`;
    if (group.pending) {
      this.events.push(`${name}: ${holder.label} replaces the pending ${group.pending.holder.label}`);
      group.pending.cancelled(reason);
      group.pending = undefined;
    }
    if (group.running && cancelInProgress) {
      this.events.push(`${name}: ${holder.label} cancels ${group.running.label} in progress`);
      group.running.cancel(reason);
    }
    if (group.running) {
      const turn = await new Promise<'start' | string>(resolve => {
        group.pending = { holder, start: () => resolve('start'), cancelled: why => resolve(why) };
      });
      if (turn !== 'start') return { cancelled: turn };
    }
    group.running = holder;
    this.events.push(`${name}: ${holder.label} runs`);
    return {
      release: () => {
        if (group.running !== holder) return;
        group.running = undefined;
        const next = group.pending;
        group.pending = undefined;
        next?.start();
      }
    };
  }
}
