// The sandbox's container runtime: what the Container Apps and AKS emulators run a revision's or a pod's image
// with. An image is pulled by digest from the sandbox's registry (an ACR token exchanged for the pulling identity),
// a buildah container is made from it and its root file system mounted, and the image config's process runs in it,
// chrooted under the image's user, in namespaces of its own (network, PID, UTS, mount) whose first process, init.ts,
// forwards a Unix socket per port to 127.0.0.1:<port> inside: every replica listens on its own 8080, and the ingress
// and gateway emulators reach it through its socket. Its output, exit codes, restarts and readiness (an HTTP probe
// through the socket) are what the emulators report.
//
// Nothing outlives the sandbox: each process tree is tied to it (setpriv --pdeathsig, unshare --kill-child, and a
// PID namespace the kernel empties when init dies), and what stays on disk after a SIGKILL (the buildah container
// and its overlay mount) is under one state directory (state.ts) that the next runtime to start sweeps.
import type { TokenCredential } from '@azure/core-auth';
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Buildah, BuildahError, type ImageConfig } from './buildah.js';
import { Container, type ContainerEvent, type LogLine } from './container.js';
import type { InitSpec, RestartPolicy } from './init.js';
import type { Probe, ResolvedProbe } from './probe.js';
import { RegistryLoginError, RegistryLogins } from './registry-auth.js';
import {
  checkBoot,
  createOwner,
  isAlive,
  mountsUnder,
  networkNamespace,
  newReplicaId,
  ownerAlive,
  ownerOfContainer,
  processStart,
  removeDir,
  removeTemporaries,
  runtimeRoot,
  staleOwners,
  temporaryName
} from './state.js';

export { Container, ContainerExitError, ReadinessProbeError } from './container.js';
export type { ContainerEvent, ContainerStatus, LogLine, Termination } from './container.js';
export type { Probe } from './probe.js';
export type { RestartPolicy } from './init.js';
export { runtimeRoot } from './state.js';

const initSource = fileURLToPath(new URL('./init.ts', import.meta.url));

/**
 * init.ts as JavaScript, under the state directory by the hash of its source: node's own type stripping costs 100 ms
 * and more at each replica's start, typescript's transpiler about half a second once.
 */
async function initScript(root: string): Promise<string> {
  const source = readFileSync(initSource, 'utf8');
  const file = join(root, `init-${createHash('sha256').update(source).digest('hex').slice(0, 12)}.mjs`);
  if (existsSync(file)) return file;
  const { default: ts } = await import('typescript');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  });
  const partial = join(root, temporaryName('init'));
  writeFileSync(partial, outputText);
  renameSync(partial, file);
  return file;
}
/** A Unix socket's path is at most 107 bytes. */
const maxSocketPath = 107;

export interface RuntimeOptions {
  /** The sandbox whose registries images are pulled from (through its proxy, trusting its CA). */
  sandbox: { urls: { proxy: string }; caCertPath: string; tls: { ca: string } };
  /** The identity pulls sign in as unless a start names another (a kubelet's identity, an app's). */
  pullCredential?: TokenCredential;
  /** The state directory; default MUSAFIRGO_RUNTIME_DIR or $TMPDIR/musafirgo-runtime. */
  root?: string;
}

export interface StartOptions {
  /** `registry/repository@sha256:…` (a tag works too). */
  image: string;
  /** The container's name (Container Apps' container name, a pod's container name); default `app`. */
  name?: string;
  /** The replica's or pod's name: the host name inside. Default `<name>-<replica id>`. */
  hostname?: string;
  /** Replaces the image's entrypoint (and then its cmd), as Kubernetes' and Container Apps' `command` do. */
  command?: string[];
  /** Replaces the image's cmd, as `args` do. */
  args?: string[];
  /** Added to the image's env, winning over it. */
  env?: Record<string, string>;
  /** The container port traffic goes to; default the image's first exposed port. */
  port?: number;
  /** Further container ports to reach, each through a socket of its own (Container.socketFor). */
  ports?: number[];
  /** The readiness probe; without one the container is ready once its process runs. */
  probe?: Probe;
  restart?: Partial<RestartPolicy>;
  logs?: { maxLines?: number; onLine?: (line: LogLine) => void };
  onEvent?: (event: ContainerEvent) => void;
  /** SIGTERM to SIGKILL on stop; default 5 s (the kubelet's is 30 s). */
  stopGraceMs?: number;
  pullCredential?: TokenCredential;
  /**
   * Kubernetes' imagePullPolicy: IfNotPresent (the default) pulls an image once per runtime, as a node keeps what it
   * pulled; Always asks the registry at each start (and so signs in each time).
   */
  pullPolicy?: 'Always' | 'IfNotPresent';
}

export class ImagePullError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImagePullError';
  }
}

/** A start refused before any process ran: an image config or options that make no container. */
export class ContainerCreateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContainerCreateError';
  }
}

export interface SweepReport {
  /** Runtimes whose process was gone, cleaned up. */
  owners: string[];
  /** Their replica processes still alive (their parent died before the kernel could tie them to it), killed. */
  processes: number;
  /** Their buildah containers, removed with their mounts. */
  containers: string[];
  /** Mounts left under their directories, unmounted. */
  mounts: string[];
  /** Files and directories of killed builds and pushes, removed. */
  temporaries: string[];
}

export interface ContainerRuntime {
  /** This runtime's id in the state directory (`<pid>.<start>.<n>`). */
  readonly owner: string;
  readonly root: string;
  readonly dir: string;
  /** What the sweep at start found of runtimes that were killed. */
  readonly swept: SweepReport;
  start(options: StartOptions): Promise<Container>;
  containers(): Container[];
  /** Stops every container and removes this runtime's directory. */
  stop(): Promise<void>;
}

/**
 * Cleans up after runtimes whose process is gone: their processes killed, their buildah containers (and overlay
 * mounts) removed, their directories deleted. Live runtimes (other test workers) are left alone.
 */
export async function sweep(root = runtimeRoot()): Promise<SweepReport> {
  const buildah = new Buildah(root);
  checkBoot(root);
  const stale = staleOwners(root);
  const report: SweepReport = {
    owners: stale.map(o => o.id),
    processes: 0,
    containers: [],
    mounts: [],
    temporaries: []
  };
  for (const owner of stale) {
    for (const replica of owner.replicas) {
      if (replica.pid && replica.start && isAlive(replica.pid, replica.start)) {
        process.kill(replica.pid, 'SIGKILL');
        report.processes += 1;
      }
    }
  }
  if (existsSync(join(root, 'storage'))) {
    const orphans = (await buildah.containers()).filter(c => {
      const owner = ownerOfContainer(root, c.name);
      return owner !== undefined && !ownerAlive(owner);
    });
    await buildah.remove(orphans.map(c => c.name));
    report.containers = orphans.map(c => c.name);
  }
  // What a killed build or push left: its context, a half-written layout, its registry auth file.
  report.temporaries = [root, join(root, 'images'), ...baseDirs(root)].flatMap(removeTemporaries);
  for (const owner of stale) {
    for (const point of mountsUnder(owner.dir).reverse()) {
      spawnSync('umount', ['-l', point]);
      report.mounts.push(point);
    }
    removeDir(owner.dir);
  }
  return report;
}

/** The base image directories of images.ts (images/node-<tag>/), where a killed build leaves its context. */
function baseDirs(root: string): string[] {
  const images = join(root, 'images');
  if (!existsSync(images)) return [];
  return readdirSync(images)
    .filter(entry => entry.startsWith('node-'))
    .map(entry => join(images, entry));
}

/** Sweeps what killed runtimes left, then returns a runtime of this process. */
export async function startRuntime(options: RuntimeOptions): Promise<ContainerRuntime> {
  const runtimeCredential = options.pullCredential;
  const root = options.root ?? runtimeRoot();
  const swept = await sweep(root);
  const owner = createOwner(root);
  const initPath = await initScript(root);
  const buildah = new Buildah(root);
  const logins = new RegistryLogins({
    proxy: options.sandbox.urls.proxy,
    caCertPath: options.sandbox.caCertPath,
    ca: options.sandbox.tls.ca
  });
  const running = new Map<string, { container: Container; name: string; pid: number }>();
  const pulls = new Map<string, Promise<{ id: string; config: ImageConfig }>>();

  // A process that exits without stop() (a test runner's process.exit) still removes its containers; after a
  // SIGKILL, the next runtime's sweep does.
  const onExit = () => {
    for (const { pid } of running.values()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    if (running.size > 0) {
      spawnSync('buildah', [...buildah.storage, 'rm', ...[...running.values()].map(r => r.name)], {
        stdio: 'ignore'
      });
    }
    removeDir(owner.dir);
  };
  process.once('exit', onExit);

  const pull = (request: StartOptions, dir: string, event: Events) => {
    const { image } = request;
    const credential = request.pullCredential ?? runtimeCredential;
    let pulled = request.pullPolicy === 'Always' ? undefined : pulls.get(image);
    if (pulled) {
      void pulled.then(
        () => event('Pulled', `Container image "${image}" already present on machine`),
        () => undefined
      );
      return pulled;
    }
    pulled = (async () => {
      const began = Date.now();
      event('Pulling', `Pulling image "${image}"`);
      const authFile = join(dir, 'auth.json');
      try {
        if (credential) await logins.writeAuthFile(authFile, image.split('/')[0]!, credential);
        const id = await buildah.pull(image, credential ? authFile : undefined, logins.toolEnv());
        const config = await buildah.config(id);
        event('Pulled', `Successfully pulled image "${image}" in ${Date.now() - began}ms`);
        return { id, config };
      } catch (error) {
        if (error instanceof BuildahError || error instanceof RegistryLoginError) {
          throw new ImagePullError(`Failed to pull image "${image}": ${error.message}`);
        }
        throw error;
      } finally {
        rmSync(authFile, { force: true });
      }
    })();
    pulls.set(image, pulled);
    pulled.catch(() => pulls.delete(image));
    return pulled;
  };

  return {
    owner: owner.id,
    root,
    dir: owner.dir,
    swept,
    containers: () => [...running.values()].map(r => r.container),
    async start(options) {
      const replica = newReplicaId();
      const dir = owner.replicaDir(replica);
      const containerName = owner.containerName(replica);
      const name = options.name ?? 'app';
      const hostname = options.hostname ?? `${name}-${replica}`;
      const events: ContainerEvent[] = [];
      const event: Events = (reason, message) => {
        const entry = { reason, message, at: new Date() };
        events.push(entry);
        options.onEvent?.(entry);
      };
      mkdirSync(dir, { recursive: true });
      const remove = async () => {
        running.delete(replica);
        await buildah.remove([containerName]);
        removeDir(dir);
      };
      // init starts at once, in its namespaces, while the image is pulled and its container made; it runs the
      // process once told to (`run`), and leaves when its stdin closes.
      const init = spawn(
        'setpriv',
        [
          '--pdeathsig',
          'KILL',
          '--',
          'unshare',
          '--net',
          '--pid',
          '--uts',
          '--fork',
          '--kill-child=SIGKILL',
          '--',
          process.execPath,
          initPath,
          dir
        ],
        {
          env: { PATH: process.env['PATH'] ?? '/usr/sbin:/usr/bin:/sbin:/bin' },
          stdio: ['pipe', 'pipe', 'pipe']
        }
      );
      let initErrors = '';
      init.stderr.on('data', (chunk: Buffer) => (initErrors = (initErrors + chunk.toString()).slice(-2000)));
      let initDone = false;
      const initClosed = new Promise<void>(resolve =>
        init.once('close', () => {
          initDone = true;
          resolve();
        })
      );
      init.once('error', () => undefined);
      const pid = init.pid;
      const start = pid ? processStart(pid) : undefined;
      owner.record(replica, { container: containerName, pid, start });
      try {
        const image = await pull(options, dir, event);
        const rootfs = await buildah.create(image.id, containerName);
        owner.record(replica, { container: containerName, rootfs, pid, start });
        const made = containerSpec(options, image.config, rootfs, hostname, dir);
        event('Created', `Created container ${name}`);
        writeFileSync(join(dir, 'spec.json'), JSON.stringify(made.spec));
        if (initDone || !pid) {
          throw new ContainerCreateError(
            `the replica's init exited before the container could run: ${initErrors.trim() || 'no reason given'}`
          );
        }
        init.stdin.write('run\n');
        const container = new Container(
          {
            id: randomBytes(32).toString('hex'),
            name,
            hostname,
            image: options.image,
            imageId: image.id,
            port: made.port,
            sockets: made.sockets,
            probe: made.probe,
            controlSocket: made.controlSocket,
            maxLines: options.logs?.maxLines ?? 1000,
            onLine: options.logs?.onLine,
            events,
            onEvent: options.onEvent,
            stopGraceMs: made.spec.stopGraceMs,
            initErrors: () => initErrors,
            onStarted: () =>
              owner.record(replica, {
                container: containerName,
                rootfs,
                pid,
                start,
                netns: networkNamespace(pid)
              }),
            cleanup: remove
          },
          init,
          initClosed
        );
        running.set(replica, { container, name: containerName, pid });
        // A process that is gone for good leaves its container in place (its logs and status stay readable) until
        // the emulator stops it, as a terminated pod's container stays until the pod is deleted.
        return container;
      } catch (error) {
        init.stdin.end();
        const killed = setTimeout(() => init.kill('SIGKILL'), 5000);
        await initClosed;
        clearTimeout(killed);
        await remove().catch(() => undefined);
        throw error;
      }
    },
    async stop() {
      await Promise.all([...running.values()].map(r => r.container.stop()));
      process.removeListener('exit', onExit);
      removeDir(owner.dir);
    }
  };
}

type Events = (reason: ContainerEvent['reason'], message: string) => void;

/** The image config and the start options made into what init runs (Kubernetes' rules for command and args). */
function containerSpec(
  options: StartOptions,
  config: ImageConfig,
  rootfs: string,
  hostname: string,
  dir: string
): {
  spec: InitSpec;
  port: number;
  sockets: Record<number, string>;
  probe?: ResolvedProbe;
  controlSocket: string;
} {
  const entrypoint = options.command ?? config.Entrypoint ?? [];
  const cmd = options.args ?? (options.command ? [] : (config.Cmd ?? []));
  const argv = [...entrypoint, ...cmd];
  if (argv.length === 0)
    throw new ContainerCreateError(
      `the image ${options.image} has no entrypoint or cmd, and no command was given`
    );
  const exposed = Object.keys(config.ExposedPorts ?? {}).map(p => Number.parseInt(p, 10));
  const port = options.port ?? exposed[0];
  if (!port)
    throw new ContainerCreateError(`no port: the image ${options.image} exposes none and no port was given`);
  const probe: ResolvedProbe | undefined = options.probe
    ? {
        ...(options.probe.path === undefined ? {} : { path: options.probe.path }),
        port: options.probe.port ?? port,
        initialDelayMs: options.probe.initialDelayMs ?? 0,
        periodMs: options.probe.periodMs ?? 10_000,
        timeoutMs: options.probe.timeoutMs ?? 1000,
        failureThreshold: options.probe.failureThreshold ?? 3,
        successThreshold: options.probe.successThreshold ?? 1
      }
    : undefined;
  const sockets: Record<number, string> = {};
  const httpProbePort = probe?.path === undefined ? [] : [probe.port];
  for (const p of new Set([port, ...(options.ports ?? []), ...httpProbePort])) {
    sockets[p] = join(dir, `${p}.sock`);
    if (Buffer.byteLength(sockets[p]) > maxSocketPath) {
      throw new ContainerCreateError(
        `the socket path ${sockets[p]} is longer than 107 bytes: set MUSAFIRGO_RUNTIME_DIR to a shorter directory`
      );
    }
  }
  const env: Record<string, string> = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
  };
  for (const entry of config.Env ?? []) {
    const at = entry.indexOf('=');
    if (at > 0) env[entry.slice(0, at)] = entry.slice(at + 1);
  }
  Object.assign(env, { HOSTNAME: hostname }, options.env);
  const workdir = config.WorkingDir || '/';
  // As runc does, the working directory is created when the image lacks it.
  mkdirSync(join(rootfs, workdir), { recursive: true });
  const { uid, gid } = resolveUser(config.User ?? '', rootfs, options.image);
  const restart = { policy: 'Never' as const, backoffMs: 10_000, maxBackoffMs: 300_000, ...options.restart };
  const controlSocket = join(dir, 'init.sock');
  return {
    port,
    sockets,
    probe,
    controlSocket,
    spec: {
      controlSocket,
      hostname,
      rootfs,
      argv,
      env,
      workdir,
      uid,
      gid,
      sockets: Object.fromEntries(Object.entries(sockets).map(([p, path]) => [path, Number(p)])),
      restart,
      stopGraceMs: options.stopGraceMs ?? 5000
    }
  };
}

/** An image's `User` (`uid[:gid]`, or names looked up in the image's /etc/passwd and /etc/group), as runc resolves it. */
function resolveUser(user: string, rootfs: string, image: string): { uid: number; gid: number } {
  const [userPart = '', groupPart] = user.split(':');
  const table = (file: string) => {
    try {
      return readFileSync(join(rootfs, 'etc', file), 'utf8')
        .split('\n')
        .map(line => line.split(':'))
        .filter(fields => fields.length >= 4);
    } catch {
      return [];
    }
  };
  const passwd = table('passwd');
  let uid = 0;
  let gid = 0;
  if (userPart) {
    const entry = passwd.find(f => f[0] === userPart || f[2] === userPart);
    if (/^\d+$/.test(userPart)) uid = Number(userPart);
    else if (entry) uid = Number(entry[2]);
    else
      throw new ContainerCreateError(
        `the image ${image} runs as user '${userPart}', which its /etc/passwd does not list`
      );
    if (entry) gid = Number(entry[3]);
  }
  if (groupPart) {
    const entry = table('group').find(f => f[0] === groupPart);
    if (/^\d+$/.test(groupPart)) gid = Number(groupPart);
    else if (entry) gid = Number(entry[2]);
    else
      throw new ContainerCreateError(
        `the image ${image} runs as group '${groupPart}', which its /etc/group does not list`
      );
  }
  return { uid, gid };
}
