// What a pod's containers run once their images are pulled: the one seam between the emulated kubelet and real
// processes. A container that serves (restartPolicy Always) runs the example service (examples/itinerary/server.js),
// one process per pod group (the pods of one ReplicaSet, StatefulSet or DaemonSet share it); an image marked
// `crash` runs the service with a port it cannot listen on, so it really exits at start and its log is Node's own;
// a container that runs to completion (Jobs, Helm hooks and tests) runs its command as busybox would for the few
// commands charts use (`wget`, `curl`, `nc`, `sh -c` of those, `echo`, `sleep`), against the cluster's Services.
// Later, a runtime that runs the pushed images in real containers replaces this file alone.
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { spawnOwned } from '../children.js';
import { itineraryDir, probeHealth } from '../example-service.js';
import type { Obj } from './model.js';

/** The env of a pod's container: plain `value`s; `valueFrom` (secrets, field refs) is not resolved here. */
export function containerEnv(container: {
  env?: { name: string; value?: unknown }[];
}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const variable of container.env ?? [])
    if (variable.value !== undefined) env[variable.name] = String(variable.value);
  return env;
}

/** What became of a container: it serves (with the URL of its process, if it has one), or it ended. */
export type ContainerRun =
  | { state: 'running'; url?: string }
  | { state: 'exited'; exitCode: number; reason: 'Completed' | 'Error'; message?: string };

/** How the runtime finds a Service of the cluster: whether one of its pods is ready (what `wget svc:80` reaches). */
export type ServiceLookup = (
  namespace: string,
  host: string,
  port: number
) => Promise<{ ok: boolean; address?: string }>;

interface Group {
  child?: ChildProcess;
  url?: string;
  logs: string[];
  started: Promise<ContainerRun>;
}

const MAX_LOG_LINES = 1000;

export class PodRuntime {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly services: ServiceLookup) {}

  /**
   * Runs (once per `key`, a pod group or a pod) what `container` of `pod` runs, and resolves with its state:
   * `serves` containers run the example service (the group's first container only: the others run beside it),
   * `crash` images exit at start, containers that run to completion run their command.
   */
  run(
    key: string,
    pod: Obj,
    container: Obj,
    how: { serves: boolean; crash: boolean; process: boolean }
  ): Promise<ContainerRun> {
    const id = `${key}/${container.name}`;
    let group = this.groups.get(id);
    if (group) return group.started;
    const logs: string[] = [];
    group = { logs, started: Promise.resolve({ state: 'running' }) };
    this.groups.set(id, group);
    const g = group;
    if (how.crash) g.started = this.crash(g, container);
    else if (how.serves && how.process) g.started = this.serve(g, id, container);
    else if (!how.serves) g.started = this.complete(g, pod, container);
    // A process that could not start is tried again at the next look, as the kubelet restarts containers.
    g.started.then(
      r => {
        if (r.state === 'exited' && r.reason === 'Error' && how.serves && !how.crash) this.groups.delete(id);
      },
      () => this.groups.delete(id)
    );
    return g.started;
  }

  /** The URL of the process serving a group's pods, while it runs. */
  async url(key: string): Promise<string | undefined> {
    for (const [id, g] of this.groups) {
      if (!id.startsWith(`${key}/`)) continue;
      const r = await g.started.catch(() => undefined);
      if (r?.state === 'running' && r.url) return r.url;
    }
    return undefined;
  }

  /** A container's log lines (`kubectl logs`): what its process printed, or its command's output. */
  logs(key: string, container: string): string[] | undefined {
    return this.groups.get(`${key}/${container}`)?.logs;
  }

  async stop(key: string): Promise<void> {
    const stopping: Promise<void>[] = [];
    for (const [id, g] of this.groups) {
      if (!id.startsWith(`${key}/`)) continue;
      this.groups.delete(id);
      stopping.push(stopChild(g.child));
    }
    await Promise.all(stopping);
  }

  async stopAll(): Promise<void> {
    await Promise.all(
      [...new Set([...this.groups.keys()].map(id => id.split('/')[0]!))].map(key => this.stop(key))
    );
  }

  private spawnService(g: Group, env: Record<string, string>): ChildProcess {
    // Tied to the sandbox's process by the kernel, even when it is SIGKILLed.
    const child = spawnOwned(process.execPath, [`${itineraryDir}server.js`], {
      env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    g.child = child;
    const keep = (line: string) => {
      g.logs.push(line);
      if (g.logs.length > MAX_LOG_LINES) g.logs.shift();
    };
    createInterface({ input: child.stderr! }).on('line', keep);
    return child;
  }

  /** The example service on a free port; ready once `GET /health` answers 200, as a readiness probe. */
  private serve(g: Group, id: string, container: Obj): Promise<ContainerRun> {
    const child = this.spawnService(g, { ...containerEnv(container), PORT: '0' });
    return new Promise<ContainerRun>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      let first = true;
      lines.on('line', line => {
        if (!first) {
          g.logs.push(line);
          return;
        }
        first = false;
        const url = line.trim();
        g.logs.push(line);
        void probeHealth(url).then(code => {
          if (code === 200) return resolve({ state: 'running', url });
          child.kill();
          reject(new Error(`Readiness probe failed: GET /health answered ${code || 'nothing'}`));
        });
      });
      child.once('exit', code => {
        if (first) reject(new Error(`the container exited with code ${code ?? 'unknown'}`));
        this.groups.delete(id);
      });
      child.once('error', reject);
    });
  }

  /** An image that crashes at start: the service with a port it cannot take, so Node itself fails and says why. */
  private crash(g: Group, container: Obj): Promise<ContainerRun> {
    const child = this.spawnService(g, { ...containerEnv(container), PORT: 'not-a-port' });
    createInterface({ input: child.stdout! }).on('line', line => g.logs.push(line));
    return new Promise(resolve =>
      child.once('exit', code =>
        resolve({
          state: 'exited',
          exitCode: code ?? 1,
          reason: 'Error',
          message: g.logs.find(l => /Error/.test(l))
        })
      )
    );
  }

  /** A container that runs to completion: its command, as busybox would run the few that charts use. */
  private async complete(g: Group, pod: Obj, container: Obj): Promise<ContainerRun> {
    const words = [...((container.command ?? []) as string[]), ...((container.args ?? []) as string[])];
    const script =
      words[0] === 'sh' || words[0] === '/bin/sh'
        ? words.slice(words.indexOf('-c') + 1).join(' ')
        : words.join(' ');
    const namespace = String(pod.metadata?.namespace ?? 'default');
    for (const command of script.split(/\s*(?:&&|;)\s*/).filter(Boolean)) {
      const [tool, ...rest] = command.trim().split(/\s+/);
      const name = String(tool ?? '')
        .split('/')
        .pop();
      if (name === 'wget' || name === 'curl' || name === 'nc') {
        const target = rest.filter(w => !w.startsWith('-')).pop() ?? '';
        const url = /^[a-z]+:\/\//.test(target) ? new URL(target) : new URL(`http://${target}`);
        const port = Number(url.port || 80);
        const found = await this.services(namespace, url.hostname, port);
        if (!found.ok) {
          g.logs.push(`${name}: can't connect to remote host (${url.hostname}): Connection refused`);
          return { state: 'exited', exitCode: 1, reason: 'Error' };
        }
        g.logs.push(`Connecting to ${url.hostname}:${port} (${found.address}:${port})`);
        if (name === 'wget')
          g.logs.push(
            "saving to 'index.html'",
            'index.html            100% |********************************|   615  0:00:00 ETA',
            "'index.html' saved"
          );
        continue;
      }
      if (name === 'echo') {
        g.logs.push(rest.join(' ').replace(/^["']|["']$/g, ''));
        continue;
      }
      if (name === 'exit')
        return Number(rest[0] ?? 0) === 0
          ? { state: 'exited', exitCode: 0, reason: 'Completed' }
          : { state: 'exited', exitCode: Number(rest[0]), reason: 'Error' };
    }
    return { state: 'exited', exitCode: 0, reason: 'Completed' };
  }
}

function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
  child.kill();
  return exited;
}
