import type { ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();
let hooked = false;

/**
 * Ties a process the sandbox started (a registry, a revision's service) to the sandbox's own life: when the
 * sandbox's process exits without `sandbox.stop()` (a test runner's process.exit, an uncaught error), the child is
 * killed rather than left behind holding its port.
 */
export function ownChild<T extends ChildProcess>(child: T): T {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!hooked) {
    hooked = true;
    process.once('exit', () => {
      for (const orphan of running) orphan.kill('SIGKILL');
    });
  }
  return child;
}
