import type { ChildProcess } from 'node:child_process';
import { probeHealth, startContainer, stopContainer } from '../example-service.js';

/** The env of a pod's container: plain `value`s; `valueFrom` (secrets, field refs) is not resolved here. */
export function containerEnv(container: {
  env?: { name: string; value?: unknown }[];
}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const variable of container.env ?? [])
    if (variable.value !== undefined) env[variable.name] = String(variable.value);
  return env;
}

interface Running {
  child: ChildProcess;
  url: string;
}

/**
 * The processes behind the emulated cluster's ready pods: one example service (examples/itinerary/server.js) per
 * ReplicaSet, started when its first pod becomes ready and stopped when it is scaled to 0, so a request through the
 * gateway reaches a real server. Keyed by the ReplicaSet's uid.
 */
export class PodProcesses {
  private readonly running = new Map<string, Promise<Running>>();

  /** The URL of the ReplicaSet's service, starting it (once) and checking `GET /health` answers 200. */
  ensure(uid: string, env: Record<string, string>): Promise<string> {
    let started = this.running.get(uid);
    if (!started) {
      started = start(env);
      this.running.set(uid, started);
      // A process that cannot start is tried again at the next read, as the kubelet restarts containers.
      started.catch(() => this.running.delete(uid));
      started.then(r => r.child.once('exit', () => this.running.delete(uid))).catch(() => undefined);
    }
    return started.then(r => r.url);
  }

  /** The URL of a started process, or undefined. */
  async url(uid: string): Promise<string | undefined> {
    const started = this.running.get(uid);
    return started ? started.then(r => r.url).catch(() => undefined) : undefined;
  }

  async stop(uid: string): Promise<void> {
    const started = this.running.get(uid);
    this.running.delete(uid);
    if (!started) return;
    const { child } = await started.catch(() => ({ child: undefined }));
    await stopContainer(child);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running.keys()].map(uid => this.stop(uid)));
  }
}

/** Starts the example service on a free port and checks that `GET /health` answers 200, as a readiness probe. */
async function start(env: Record<string, string>): Promise<Running> {
  const { child, url } = await startContainer(env);
  const health = await probeHealth(url);
  if (health !== 200) {
    child.kill();
    throw new Error(`Readiness probe failed: GET /health answered ${health || 'nothing'}`);
  }
  return { child, url };
}
