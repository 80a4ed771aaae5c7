// One running replica as the emulators see it: its state in the kubelet's terms (waiting, running, terminated;
// restarts, the last termination), its logs, its readiness from the probe, and its stop. Fed by init's messages.
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { InitMessage } from './init.js';
import { probeHttp, probeTcp, type ProbeResult, type ResolvedProbe } from './probe.js';

export interface LogLine {
  at: Date;
  stream: 'stdout' | 'stderr';
  text: string;
  /** 0 for the first run of the process, n after its n-th restart. */
  attempt: number;
}

/** What the kubelet would record as events for the container (`kubectl describe` / Container Apps' system logs). */
export interface ContainerEvent {
  reason: 'Pulling' | 'Pulled' | 'Created' | 'Started' | 'Unhealthy' | 'BackOff' | 'Killing' | 'Failed';
  message: string;
  at: Date;
}

export interface Termination {
  exitCode: number;
  signal?: string;
  /** Kubernetes' reasons: Completed (exit 0), Error. */
  reason: 'Completed' | 'Error';
  startedAt: Date;
  finishedAt: Date;
}

/** The container's state, as in a Kubernetes containerStatus. */
export interface ContainerStatus {
  state:
    | { waiting: { reason: 'ContainerCreating' | 'CrashLoopBackOff'; message?: string } }
    | { running: { startedAt: Date } }
    | { terminated: Termination };
  lastState?: { terminated: Termination };
  ready: boolean;
  started: boolean;
  restartCount: number;
  /** The last probe's failure, while the container is not ready. */
  probeFailure?: string;
}

export class ContainerExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly lastLines: string[]
  ) {
    super(message);
    this.name = 'ContainerExitError';
  }
}

export class ReadinessProbeError extends Error {
  constructor(
    message: string,
    readonly failures: number
  ) {
    super(message);
    this.name = 'ReadinessProbeError';
  }
}

export interface ContainerSetup {
  /** 64 hex digits, as a container runtime's ids are. */
  id: string;
  name: string;
  hostname: string;
  image: string;
  imageId: string;
  port: number;
  sockets: Record<number, string>;
  probe?: ResolvedProbe;
  /** init's control socket (TCP probes). */
  controlSocket: string;
  maxLines: number;
  onLine?: (line: LogLine) => void;
  events: ContainerEvent[];
  onEvent?: (event: ContainerEvent) => void;
  stopGraceMs: number;
  /** What init wrote on its stderr (node's own errors): the reason when it dies unexpectedly. */
  initErrors: () => string;
  /** Called once, when the process first runs (init is then inside its namespaces). */
  onStarted?: () => void;
  /** Removes the container and its directory once its process tree is gone. */
  cleanup: () => Promise<void>;
}

export class Container {
  readonly id: string;
  readonly name: string;
  readonly hostname: string;
  readonly image: string;
  readonly imageId: string;
  readonly port: number;
  /** The socket that reaches the container's port: connect to it as to `127.0.0.1:<port>` inside the replica. */
  readonly socketPath: string;
  /** The host pid of the process that holds the replica's namespaces (`unshare`); killing it ends the replica. */
  readonly pid: number;
  /** Resolves when init has exited: the container is not running and will not restart. */
  readonly exited: Promise<void>;

  private readonly lines: LogLine[] = [];
  private startedAt?: Date;
  private current?: Termination;
  private last?: Termination;
  private restarts = 0;
  private backingOff?: string;
  private isReady = false;
  private probeFailure?: string;
  private failures = 0;
  private successes = 0;
  private probeTimer?: NodeJS.Timeout;
  private failed?: string;
  private stopping?: Promise<void>;
  private readonly readiness: Promise<void>;
  private settle!: { resolve: () => void; reject: (error: Error) => void; done: boolean };

  constructor(
    private readonly setup: ContainerSetup,
    private readonly init: ChildProcess,
    /** Resolves when init has closed (it may have before the container was made). */
    initClosed: Promise<void>
  ) {
    this.id = setup.id;
    this.name = setup.name;
    this.hostname = setup.hostname;
    this.image = setup.image;
    this.imageId = setup.imageId;
    this.port = setup.port;
    this.socketPath = setup.sockets[setup.port]!;
    this.pid = init.pid!;
    this.readiness = new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject, done: false };
    });
    this.readiness.catch(() => undefined);
    createInterface({ input: init.stdout! }).on('line', line => this.receive(line));
    this.exited = new Promise(
      resolve =>
        void initClosed.then(() => {
          this.stopProbe();
          if (!this.current && !this.failed && !this.stopping) {
            this.failed = `the replica's init exited unexpectedly: ${setup.initErrors().trim().split('\n').at(-1) ?? ''}`;
          }
          this.reject(
            this.failed
              ? new Error(this.failed)
              : this.stopping
                ? new Error(`container '${this.name}' was stopped before it was ready`)
                : this.exitError()
          );
          resolve();
        })
    );
  }

  /** Resolves at the first passing probe (at once without a probe, once the process runs); rejects when the process
   * exits first, or when the probe has failed `failureThreshold` times in a row (probing goes on: see status()). */
  ready(): Promise<void> {
    return this.readiness;
  }

  /** The socket of another forwarded container port (the probe's, or one of StartOptions.ports). */
  socketFor(port: number): string {
    const path = this.setup.sockets[port];
    if (!path) throw new Error(`container '${this.name}': port ${port} is not forwarded`);
    return path;
  }

  get exitCode(): number | undefined {
    return (this.current ?? this.last)?.exitCode;
  }

  get restartCount(): number {
    return this.restarts;
  }

  status(): ContainerStatus {
    const state: ContainerStatus['state'] = this.current
      ? { terminated: this.current }
      : this.backingOff
        ? { waiting: { reason: 'CrashLoopBackOff', message: this.backingOff } }
        : this.startedAt
          ? { running: { startedAt: this.startedAt } }
          : { waiting: { reason: 'ContainerCreating' } };
    return {
      state,
      ...(this.last ? { lastState: { terminated: this.last } } : {}),
      ready: this.isReady,
      started: 'running' in state,
      restartCount: this.restarts,
      ...(this.probeFailure && !this.isReady ? { probeFailure: this.probeFailure } : {})
    };
  }

  /** What happened to it, oldest first: pulled, created, started, unhealthy, backing off, killed. */
  events(): ContainerEvent[] {
    return [...this.setup.events];
  }

  /** The last `tail` lines (all kept ones without), of the current run or, with `previous`, of the one before. */
  logs(tail?: number, options: { previous?: boolean } = {}): LogLine[] {
    const attempt = options.previous ? this.restarts - 1 : undefined;
    const lines = attempt === undefined ? this.lines : this.lines.filter(l => l.attempt === attempt);
    return tail === undefined ? [...lines] : lines.slice(Math.max(0, lines.length - tail));
  }

  /** Stops the process (SIGTERM, SIGKILL after the grace period), then removes the container. Idempotent. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stopProbe();
      if (this.init.exitCode === null && this.init.signalCode === null) {
        this.event('Killing', `Stopping container ${this.name}`);
        this.init.stdin?.write('stop\n');
        const killed = setTimeout(() => this.init.kill('SIGKILL'), this.setup.stopGraceMs + 2000);
        await this.exited;
        clearTimeout(killed);
      }
      await this.exited;
      await this.setup.cleanup();
    })();
    return this.stopping;
  }

  private receive(line: string): void {
    let message: InitMessage;
    try {
      message = JSON.parse(line) as InitMessage;
    } catch {
      return;
    }
    const at = new Date(message.at);
    switch (message.type) {
      case 'log': {
        const entry = { at, stream: message.stream, text: message.text, attempt: message.attempt };
        this.lines.push(entry);
        if (this.lines.length > this.setup.maxLines)
          this.lines.splice(0, this.lines.length - this.setup.maxLines);
        this.setup.onLine?.(entry);
        return;
      }
      case 'started':
        if (message.attempt === 0) this.setup.onStarted?.();
        this.backingOff = undefined;
        this.startedAt = at;
        this.current = undefined;
        this.restarts = message.attempt;
        this.event('Started', `Started container ${this.name}`);
        if (this.setup.probe) this.scheduleProbe(this.setup.probe.initialDelayMs);
        else this.markReady();
        return;
      case 'exited': {
        this.stopProbe();
        this.isReady = false;
        this.current = {
          exitCode: message.exitCode,
          ...(message.signal ? { signal: message.signal } : {}),
          reason: message.exitCode === 0 ? 'Completed' : 'Error',
          startedAt: this.startedAt ?? at,
          finishedAt: at
        };
        this.startedAt = undefined;
        if (!this.stopping) this.reject(this.exitError());
        return;
      }
      case 'backoff':
        this.last = this.current;
        this.current = undefined;
        this.restarts = message.attempt;
        this.backingOff = `back-off ${goDuration(message.delayMs)} restarting failed container=${this.name} pod=${this.hostname}`;
        this.event('BackOff', 'Back-off restarting failed container');
        return;
      case 'failed':
        this.failed = message.message;
        this.event('Failed', message.message);
        return;
    }
  }

  private exitError(): ContainerExitError {
    const ended = this.current ?? this.last;
    const lastLines = this.logs(10).map(l => l.text);
    const code = ended?.exitCode ?? -1;
    const how = ended?.signal
      ? `was killed by ${ended.signal} (exit code ${code})`
      : `exited with code ${code}`;
    return new ContainerExitError(
      `container '${this.name}' ${how}${lastLines.length ? `; its last lines:\n${lastLines.join('\n')}` : ' without writing anything'}`,
      code,
      lastLines
    );
  }

  private scheduleProbe(delayMs: number): void {
    this.probeTimer = setTimeout(() => void this.runProbe(), delayMs);
  }

  private stopProbe(): void {
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = undefined;
  }

  private async runProbe(): Promise<void> {
    const probe = this.setup.probe!;
    const result: ProbeResult =
      probe.path === undefined
        ? await probeTcp(this.setup.controlSocket, probe, this.hostname)
        : await probeHttp(this.setup.sockets[probe.port]!, { ...probe, path: probe.path }, this.hostname);
    if (!this.startedAt || this.stopping) return;
    if (result.ok) {
      this.failures = 0;
      this.successes += 1;
      if (this.successes >= probe.successThreshold) this.markReady();
    } else {
      this.successes = 0;
      this.failures += 1;
      this.probeFailure = `Readiness probe failed: ${result.message}`;
      if (this.failures >= probe.failureThreshold) {
        if (this.isReady || !this.settle.done) this.event('Unhealthy', this.probeFailure);
        this.isReady = false;
        this.reject(new ReadinessProbeError(this.probeFailure, this.failures));
      }
    }
    this.scheduleProbe(probe.periodMs);
  }

  private markReady(): void {
    this.isReady = true;
    this.probeFailure = undefined;
    if (!this.settle.done) {
      this.settle.done = true;
      this.settle.resolve();
    }
  }

  private reject(error: Error): void {
    if (this.settle.done) return;
    this.settle.done = true;
    this.settle.reject(error);
  }

  private event(reason: ContainerEvent['reason'], message: string): void {
    const event = { reason, message, at: new Date() };
    this.setup.events.push(event);
    this.setup.onEvent?.(event);
  }
}

/** A duration as Go prints it (the kubelet's messages): 10s, 1m20s, 5m0s; 100ms below a second. */
function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${seconds % 60}s`;
}
