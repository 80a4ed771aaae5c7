import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

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

/**
 * Starts a process the sandbox owns (`ownChild`), tied to the sandbox's process by the kernel as well
 * (`setpriv --pdeathsig KILL`, which then execs the command: same pid): killed when the sandbox dies, even by
 * SIGKILL, when no exit handler runs.
 */
export function spawnOwned(command: string, args: string[], options: SpawnOptions): ChildProcess {
  return ownChild(spawn('setpriv', ['--pdeathsig', 'KILL', '--', command, ...args], options));
}
