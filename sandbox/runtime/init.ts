// The first process of a replica's namespaces (PID 1 of its PID namespace, alone in its network and UTS
// namespaces), run by the host's node on the host's file system. It starts while the runtime still pulls and mounts
// the image, names the host and brings up the loopback interface; on `run` it forwards each Unix socket of the
// replica's directory to 127.0.0.1:<port> inside the namespace, and runs the container's process in a mount
// namespace of its own (/proc, /dev, /etc/hosts), chrooted under its user, again after each exit when the restart
// policy says so. It speaks to the runtime on its stdout in JSON lines (the container's own output included, so an
// exit is never reported before the lines written before it), reads `stop` on its stdin, and stops when its stdin
// closes: the runtime that started it is gone. When it exits, the kernel kills whatever is left in the PID
// namespace, and the namespaces go with the last process.
//
// node: imports only, and erasable TypeScript only: the runtime strips the types once (index.ts initScript) and
// every replica runs the JavaScript, since node's own type stripping costs 100 ms and more at each start.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { constants } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** What the runtime writes into the replica's directory for init to run. */
export interface InitSpec {
  hostname: string;
  /** The container's root file system (its buildah mount point). */
  rootfs: string;
  argv: string[];
  env: Record<string, string>;
  workdir: string;
  uid: number;
  gid: number;
  /** Where the runtime asks init for TCP probes (`tcp <port> <timeout ms>` → `ok` or `fail <why>`). */
  controlSocket: string;
  /** Unix socket path → the port inside the namespace it forwards to. */
  sockets: Record<string, number>;
  restart: RestartPolicy;
  /** How long a stopped container has between SIGTERM and SIGKILL. */
  stopGraceMs: number;
}

export interface RestartPolicy {
  /** Kubernetes' restartPolicy: Always (Container Apps' only one), OnFailure or Never. */
  policy: 'Always' | 'OnFailure' | 'Never';
  /** The first back-off before a restart, doubled after each exit up to `maxBackoffMs` (kubelet: 10 s, 5 min). */
  backoffMs: number;
  maxBackoffMs: number;
}

/** A line init writes on its stdout. */
export type InitMessage =
  | { type: 'started'; attempt: number; at: number }
  | { type: 'log'; attempt: number; stream: 'stdout' | 'stderr'; text: string; at: number }
  | { type: 'exited'; attempt: number; exitCode: number; signal?: string; at: number }
  | { type: 'backoff'; attempt: number; delayMs: number; at: number }
  | { type: 'failed'; message: string; at: number };

const maxLine = 16 * 1024;
const send = (message: InitMessage) => process.stdout.write(`${JSON.stringify(message)}\n`);
const fail = (message: string): never => {
  // On stderr too: before `run`, the runtime reads no messages yet.
  process.stderr.write(`${message}\n`);
  send({ type: 'failed', message, at: Date.now() });
  process.exit(1);
};

const unshare = '/usr/bin/unshare';
const quote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

/**
 * What runs in a mount namespace of the container's own, made at each start (after buildah has mounted the root
 * file system, which a namespace made earlier would not see): /proc of this PID namespace, a /dev with the usual
 * character devices and /etc/hosts in the container's root, as runc gives a container; then the process, chrooted
 * under its user with its own PATH (`unshare` without namespace options only changes root, directory and user, then
 * execs it, so its pid, exit code and signals are the process's). One shell for all of it: a process per command
 * costs more.
 */
function containerScript(spec: InitSpec, hostsFile: string): string {
  const at = (path: string) => quote(join(spec.rootfs, path));
  const devices = ['null', 'zero', 'full', 'random', 'urandom', 'tty'];
  const links = {
    fd: '/proc/self/fd',
    stdin: '/proc/self/fd/0',
    stdout: '/proc/self/fd/1',
    stderr: '/proc/self/fd/2'
  };
  return [
    'container_path=$PATH',
    `PATH=${quote(process.env['PATH'] ?? '/usr/sbin:/usr/bin:/sbin:/bin')}`,
    `mkdir -p ${at('proc')} ${at('dev')} ${at('etc')}`,
    `mount -t proc -o nosuid,nodev,noexec proc ${at('proc')}`,
    `mount -t tmpfs -o nosuid,mode=755,size=64k tmpfs ${at('dev')}`,
    ...devices.map(d => `: > ${at(`dev/${d}`)} && mount --bind /dev/${d} ${at(`dev/${d}`)}`),
    `mkdir ${at('dev/shm')}`,
    ...Object.entries(links).map(([link, target]) => `ln -s ${target} ${at(`dev/${link}`)}`),
    `[ -e ${at('etc/hosts')} ] || : > ${at('etc/hosts')}`,
    `mount --bind ${quote(hostsFile)} ${at('etc/hosts')}`,
    `PATH=$container_path exec ${quote(unshare)} --root ${quote(spec.rootfs)} --wd ${quote(spec.workdir)} --setgid ${spec.gid} --setuid ${spec.uid} -- "$@"`
  ].join('\n');
}

/** Each socket of the replica's directory, forwarded to the port inside this network namespace. */
function forward(sockets: Record<string, number>): Promise<void> {
  const listening = Object.entries(sockets).map(
    ([path, port]) =>
      new Promise<void>((resolve, reject) => {
        rmSync(path, { force: true });
        const server = net.createServer(client => {
          const upstream = net.connect(port, '127.0.0.1');
          client.pipe(upstream);
          upstream.pipe(client);
          // Nothing listening (yet), or either side gone: the other side is reset, as a refused connection is.
          upstream.on('error', () => client.destroy());
          client.on('error', () => upstream.destroy());
        });
        server.once('error', reject);
        server.listen(path, () => resolve());
      })
  );
  return Promise.all(listening).then(() => undefined);
}

/** TCP probes: a connection to the port inside the namespace, which the runtime cannot make from outside. */
function answerProbes(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    rmSync(path, { force: true });
    const server = net.createServer(client => {
      createInterface({ input: client }).once('line', line => {
        const [, port = '0', timeout = '1000'] = line.split(' ');
        const probe = net.connect(Number(port), '127.0.0.1');
        const answer = (text: string) => {
          probe.destroy();
          client.end(`${text}\n`);
        };
        probe.setTimeout(Number(timeout), () => answer('fail i/o timeout'));
        probe.once('connect', () => answer('ok'));
        probe.once('error', (error: NodeJS.ErrnoException) =>
          answer(error.code === 'ECONNREFUSED' ? 'fail connect: connection refused' : `fail ${error.message}`)
        );
      });
      client.on('error', () => undefined);
    });
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
}

/** Runs the container described by `spec`; returns how to stop it. */
function run(spec: InitSpec, dir: string): () => void {
  const hostsFile = join(dir, 'hosts');
  writeFileSync(
    hostsFile,
    `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n127.0.1.1\t${spec.hostname}\n`
  );
  writeFileSync('/proc/sys/kernel/hostname', spec.hostname);
  const script = containerScript(spec, hostsFile);

  let child: ChildProcess | undefined;
  let attempt = 0;
  let backoffStep = 0;
  let stopping = false;
  let backoff: NodeJS.Timeout | undefined;

  const start = () => {
    backoff = undefined;
    const current = attempt;
    const started = Date.now();
    const container = spawn(
      unshare,
      ['--mount', '--propagation', 'private', '--', '/bin/sh', '-ec', script, 'sh', ...spec.argv],
      {
        env: spec.env,
        stdio: ['ignore', 'pipe', 'pipe']
      }
    );
    child = container;
    send({ type: 'started', attempt: current, at: started });
    const streams = (['stdout', 'stderr'] as const).map(
      stream =>
        new Promise<void>(resolve => {
          const lines = createInterface({ input: container[stream]!, crlfDelay: Infinity });
          lines.on('line', text =>
            send({ type: 'log', attempt: current, stream, text: text.slice(0, maxLine), at: Date.now() })
          );
          lines.once('close', () => resolve());
        })
    );
    container.once('exit', (code, signal) => {
      // What it wrote before exiting comes first; a descendant holding the pipes open is not waited for long.
      void Promise.race([Promise.all(streams), new Promise(resolve => setTimeout(resolve, 200))]).then(() => {
        child = undefined;
        const exitCode = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
        send({ type: 'exited', attempt: current, exitCode, ...(signal ? { signal } : {}), at: Date.now() });
        const again =
          !stopping &&
          (spec.restart.policy === 'Always' || (spec.restart.policy === 'OnFailure' && exitCode !== 0));
        if (!again) process.exit(0);
        // The kubelet's back-off: doubled at each restart, reset after ten minutes of running.
        if (Date.now() - started > 600_000) backoffStep = 0;
        const delayMs = Math.min(spec.restart.backoffMs * 2 ** backoffStep++, spec.restart.maxBackoffMs);
        attempt += 1;
        send({ type: 'backoff', attempt, delayMs, at: Date.now() });
        backoff = setTimeout(start, delayMs);
      });
    });
  };

  const stop = () => {
    if (stopping) return;
    stopping = true;
    if (backoff) clearTimeout(backoff);
    if (!child) process.exit(0);
    child.kill('SIGTERM');
    setTimeout(() => child?.kill('SIGKILL'), spec.stopGraceMs).unref();
  };
  Promise.all([forward(spec.sockets), answerProbes(spec.controlSocket)]).then(start, (error: Error) =>
    fail(`cannot listen on the replica's sockets: ${error.message}`)
  );
  return stop;
}

/**
 * Started while the runtime still makes the container's root file system (the namespaces and node's start overlap
 * with buildah's work): `run` on stdin then reads the replica directory's spec.json; `stop`, or stdin closing,
 * stops whatever runs.
 */
function main(): void {
  const dir = process.argv[2]!;
  const up = spawnSync('ip', ['link', 'set', 'lo', 'up'], { encoding: 'utf8' });
  if (up.status !== 0)
    fail(`cannot bring up the loopback interface: ${(up.stderr || up.error?.message || '').trim()}`);
  let stop: () => void = () => process.exit(0);
  let running = false;
  const commands = createInterface({ input: process.stdin });
  commands.on('line', line => {
    const command = line.trim();
    if (command === 'run' && !running) {
      running = true;
      stop = run(JSON.parse(readFileSync(join(dir, 'spec.json'), 'utf8')) as InitSpec, dir);
    } else if (command === 'stop') stop();
  });
  commands.once('close', () => stop());
  process.on('SIGTERM', () => stop());
}

main();
