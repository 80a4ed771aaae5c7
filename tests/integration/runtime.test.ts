import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { acrService, type AcrService } from '../../sandbox/acr/index.js';
import { forward } from '../../sandbox/forward.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import {
  containerAppsReplicaContainer,
  containerAppsStart,
  podContainerStart,
  podContainerStatus
} from '../../sandbox/runtime/adapters.js';
import { federatedIdentity } from '../../sandbox/runtime/identity.js';
import { pushExampleImage, type PushedImage } from '../../sandbox/runtime/images.js';
import {
  ContainerExitError,
  ImagePullError,
  ReadinessProbeError,
  startRuntime,
  sweep,
  type Container,
  type ContainerRuntime
} from '../../sandbox/runtime/index.js';
import { deployer, devRegistry, noRoles, tenantId } from '../support/world.js';

// The container runtime on its own, against a sandbox registry: the example images are built from local files and
// pushed, then pulled by digest and run in namespaces of their own, reached through their sockets.
let sandbox: Sandbox;
let acr: AcrService;
let runtime: ContainerRuntime;
const images = {} as Record<'itinerary' | 'crashing' | 'unready', PushedImage>;
const loginServer = devRegistry.loginServer;
const root = new URL('../..', import.meta.url).pathname;

const identity = (clientId: string) => federatedIdentity(sandbox, { clientId, tenantId });

function get(socketPath: string, path: string, method = 'GET', body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      { socketPath, path, method, headers: body ? { 'content-type': 'application/json' } : {} },
      response => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      }
    );
    request.once('error', reject);
    request.end(body);
  });
}

const probe = { path: '/health', periodMs: 50, failureThreshold: 60 };

/** Waits until the container's last probe failed with `message` (probing goes on after ready() rejected). */
async function probeFailure(container: Container, message: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (container.status().probeFailure !== message && Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 20));
  }
  expect(container.status().probeFailure).toBe(message);
}

/** The processes of a replica: the namespace holder, and its descendants (init, the container's process). */
function descendants(pid: number): number[] {
  const children = (p: number): number[] => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  const all: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const next = queue.shift()!;
    all.push(next);
    queue.push(...children(next));
  }
  return all;
}

/** Every process of the machine in the network namespace `netns` (`net:[…]`). */
function processesIn(netns: string): number[] {
  return readdirSync('/proc')
    .filter(entry => /^\d+$/.test(entry))
    .filter(pid => {
      try {
        return readlinkSync(`/proc/${pid}/ns/net`) === netns;
      } catch {
        return false;
      }
    })
    .map(Number);
}

const mounted = (point: string) =>
  readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .some(line => line.split(' ')[4] === point);

function buildahContainers(runtimeRoot: string): string[] {
  const result = spawnSync(
    'buildah',
    [
      '--root',
      join(runtimeRoot, 'storage'),
      '--runroot',
      join(runtimeRoot, 'run'),
      '--storage-driver',
      'overlay',
      'containers',
      '--json'
    ],
    { encoding: 'utf8' }
  );
  return ((JSON.parse(result.stdout || '[]') as { containername: string }[] | null) ?? []).map(
    c => c.containername
  );
}

beforeAll(async () => {
  acr = acrService();
  sandbox = await startSandbox({ services: [acr] });
  const pusher = identity(deployer.appId);
  for (const kind of ['itinerary', 'crashing', 'unready'] as const) {
    images[kind] = await pushExampleImage(kind, { sandbox, loginServer, credential: pusher });
  }
  runtime = await startRuntime({ sandbox, pullCredential: identity(deployer.appId) });
}, 180_000);

afterAll(async () => {
  await runtime?.stop();
  await sandbox?.stop();
});

describe('the container runtime', () => {
  it('pulls the example image by digest, runs it from its image config and answers through its socket', async () => {
    const since = acr.calls().length;
    const container = await runtime.start({
      image: images.itinerary.image,
      name: 'itinerary',
      hostname: 'itinerary-7d4b9-x2k8p',
      probe
    });
    await container.ready();
    expect(images.itinerary.image).toMatch(/^musafirgodev\.azurecr\.io\/itinerary@sha256:[0-9a-f]{64}$/);

    const health = await get(container.socketPath, '/health');
    expect(health).toEqual({ status: 200, body: '{"status":"ok"}' });
    const list = JSON.parse((await get(container.socketPath, '/itineraries')).body) as { count: number };
    expect(list.count).toBe(2);
    // The process is the image's: its entrypoint and cmd, user, working directory, env, in its own root.
    const [, init, processId] = descendants(container.pid);
    expect(init).toBeDefined();
    const status = readFileSync(`/proc/${processId}/status`, 'utf8');
    expect(status).toMatch(/^Uid:\s+65534\s/m);
    expect(status).toMatch(/^Gid:\s+65534\s/m);
    expect(readFileSync(`/proc/${processId}/cmdline`, 'utf8').split('\0').filter(Boolean)).toEqual([
      'node',
      'server.js'
    ]);
    expect(readlinkSync(`/proc/${processId}/cwd`)).toMatch(/\/merged\/srv$/);
    const environ = readFileSync(`/proc/${processId}/environ`, 'utf8').split('\0');
    expect(environ).toEqual(
      expect.arrayContaining(['NODE_ENV=production', 'PORT=8080', 'HOSTNAME=itinerary-7d4b9-x2k8p'])
    );
    // Its own network namespace, not this process's.
    expect(readlinkSync(`/proc/${processId}/ns/net`)).not.toBe(readlinkSync('/proc/self/ns/net'));

    expect(container.logs().map(l => `${l.stream} ${l.text}`)).toEqual(['stdout http://127.0.0.1:8080']);
    expect(container.status()).toMatchObject({
      ready: true,
      started: true,
      restartCount: 0,
      state: { running: {} }
    });
    expect(container.exitCode).toBeUndefined();
    // The pull went to the registry, by digest, with a token ACR's service granted for pull only.
    const calls = acr.calls().slice(since);
    const digest = images.itinerary.digest;
    expect(calls).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: 'GET', path: `/v2/itinerary/manifests/${digest}`, status: 200 }),
        expect.objectContaining({ path: '/oauth2/exchange', status: 200 })
      ])
    );
    await container.stop();
  });

  it('runs two replicas of one image on port 8080 at once, each with its own state', async () => {
    const [a, b] = await Promise.all([
      runtime.start({ image: images.itinerary.image, name: 'itinerary', probe }),
      runtime.start({ image: images.itinerary.image, name: 'itinerary', probe })
    ]);
    await Promise.all([a!.ready(), b!.ready()]);
    expect(a!.port).toBe(8080);
    expect(b!.port).toBe(8080);
    expect(a!.socketPath).not.toBe(b!.socketPath);
    const created = await get(
      a!.socketPath,
      '/itineraries',
      'POST',
      JSON.stringify({ title: 'Agadir', days: [{ day: 1, city: 'Agadir', activities: [] }] })
    );
    expect(created.status).toBe(201);
    expect(JSON.parse((await get(a!.socketPath, '/itineraries')).body).count).toBe(3);
    expect(JSON.parse((await get(b!.socketPath, '/itineraries')).body).count).toBe(2);
    const netns = (c: Container) => readlinkSync(`/proc/${c.pid}/ns/net`);
    expect(netns(a!)).not.toBe(netns(b!));
    expect(a!.logs()[0]!.text).toBe('http://127.0.0.1:8080');
    expect(b!.logs()[0]!.text).toBe('http://127.0.0.1:8080');
    await Promise.all([a!.stop(), b!.stop()]);
  });

  it('reaches a replica through the ingress forwarder by its socket', async () => {
    const container = await runtime.start({ image: images.itinerary.image, name: 'itinerary', probe });
    await container.ready();
    const request = {
      method: 'GET',
      url: new URL('https://itinerary.example.test/itineraries/it-fes-chefchaouen?x=1'),
      headers: { 'x-request-source': 'ingress-test' },
      body: '',
      host: 'itinerary.example.test'
    };
    const target = { socketPath: container.socketPath, port: container.port };
    const reply = await forward(target, request, request.host, { status: 502, body: 'unreachable' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(String(reply.body))).toMatchObject({ id: 'it-fes-chefchaouen' });
    expect(reply.headers).toMatchObject({ 'x-echo-x-request-source': 'ingress-test' });
    await container.stop();
    const gone = await forward(target, request, request.host, { status: 502, body: 'unreachable' });
    expect(gone).toEqual({ status: 502, body: 'unreachable' });
  });

  it('reports a crash with its exit code and last lines', async () => {
    const container = await runtime.start({ image: images.crashing.image, name: 'itinerary', probe });
    const failure = await container.ready().then(
      () => undefined,
      (error: unknown) => error
    );
    expect(failure).toBeInstanceOf(ContainerExitError);
    expect((failure as ContainerExitError).exitCode).toBe(78);
    expect((failure as Error).message).toBe(
      "container 'itinerary' exited with code 78; its last lines:\n" +
        'itinerary 2.0.0 starting on port 8080\n' +
        'itinerary: ITINERARY_DATABASE_URL is not set; cannot start without the itinerary database'
    );
    await container.exited;
    expect(container.exitCode).toBe(78);
    expect(container.status()).toMatchObject({
      ready: false,
      state: { terminated: { exitCode: 78, reason: 'Error' } }
    });
    expect(container.logs(1)).toEqual([
      expect.objectContaining({
        stream: 'stderr',
        text: 'itinerary: ITINERARY_DATABASE_URL is not set; cannot start without the itinerary database'
      })
    ]);
    await container.stop();
  });

  it('passes env to the process, which sees only its own network', async () => {
    // Something listens on this port on the host: the replica, in its own namespace, cannot reach it.
    const host = http.createServer((_req, res) => res.end('host'));
    await new Promise<void>(resolve => host.listen(0, '127.0.0.1', resolve));
    const port = (host.address() as { port: number }).port;
    const container = await runtime.start({
      image: images.crashing.image,
      name: 'itinerary',
      env: { ITINERARY_DATABASE_URL: `postgres://127.0.0.1:${port}/itinerary` }
    });
    await container.exited;
    host.close();
    expect(container.exitCode).toBe(1);
    expect(container.logs(1)[0]!.text).toBe(
      `itinerary: cannot reach the itinerary database at 127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`
    );
    await container.stop();
  });

  it('restarts a crashing process with a back-off, as CrashLoopBackOff', async () => {
    const container = await runtime.start({
      image: images.crashing.image,
      name: 'itinerary',
      hostname: 'itinerary-5f9c-abcde',
      restart: { policy: 'Always', backoffMs: 100, maxBackoffMs: 400 }
    });
    const deadline = Date.now() + 20_000;
    while (container.restartCount < 2 && Date.now() < deadline) await new Promise(r => setTimeout(r, 50));
    expect(container.restartCount).toBeGreaterThanOrEqual(2);
    let status = container.status();
    while (!('waiting' in status.state) && Date.now() < deadline) {
      await new Promise(r => setTimeout(r, 20));
      status = container.status();
    }
    expect(status).toMatchObject({
      ready: false,
      state: {
        waiting: {
          reason: 'CrashLoopBackOff',
          message: expect.stringMatching(
            /^back-off (100|200|400)ms restarting failed container=itinerary pod=itinerary-5f9c-abcde$/
          )
        }
      },
      lastState: { terminated: { exitCode: 78, reason: 'Error' } }
    });
    // Each run's lines are its own; the previous run's are still there.
    const previous = container.logs(undefined, { previous: true });
    expect(previous.map(l => l.text)).toEqual([
      'itinerary 2.0.0 starting on port 8080',
      'itinerary: ITINERARY_DATABASE_URL is not set; cannot start without the itinerary database'
    ]);
    expect(container.events().map(e => e.reason)).toEqual(expect.arrayContaining(['Started', 'BackOff']));
    // The Container Apps and Kubernetes views of the same state.
    expect(containerAppsReplicaContainer(container)).toMatchObject({
      name: 'itinerary',
      ready: false,
      runningState: 'Waiting',
      runningStateDetails: expect.stringMatching(
        /^CrashLoopBackOff: back-off .*; Error, exit code 78: .*ITINERARY_DATABASE_URL is not set/
      )
    });
    expect(podContainerStatus(container)).toMatchObject({
      name: 'itinerary',
      image: images.crashing.image,
      ready: false,
      state: { waiting: { reason: 'CrashLoopBackOff' } },
      lastState: { terminated: { exitCode: 78, reason: 'Error' } }
    });
    await container.stop();
  });

  it('fails a readiness probe that never passes, in the kubelet words, and keeps the process running', async () => {
    const container = await runtime.start({
      image: images.unready.image,
      name: 'itinerary',
      probe: { path: '/health', periodMs: 100, failureThreshold: 3 }
    });
    const failure = await container.ready().then(
      () => undefined,
      (error: unknown) => error
    );
    // The first probes may find nothing listening yet (they count, as the kubelet's do); then the 503s.
    expect(failure).toBeInstanceOf(ReadinessProbeError);
    expect((failure as Error).message).toMatch(/^Readiness probe failed: /);
    await probeFailure(container, 'Readiness probe failed: HTTP probe failed with statuscode: 503');
    expect(container.status()).toMatchObject({
      ready: false,
      state: { running: {} },
      probeFailure: 'Readiness probe failed: HTTP probe failed with statuscode: 503'
    });
    expect(container.logs().map(l => l.text)).toEqual(
      expect.arrayContaining(['health: 503, the itinerary cache is still warming up (0 entries)'])
    );
    expect(container.events().map(e => e.reason)).toContain('Unhealthy');
    expect((await get(container.socketPath, '/itineraries')).status).toBe(503);
    await container.stop();
  });

  it('probes TCP through the replica init: refused until the process listens', async () => {
    const listening = await runtime.start({
      image: images.unready.image,
      name: 'itinerary',
      probe: { port: 8080, periodMs: 50, failureThreshold: 60 }
    });
    await listening.ready();
    expect(listening.status().ready).toBe(true);
    const wrongPort = await runtime.start({
      image: images.unready.image,
      name: 'itinerary',
      probe: { port: 9090, periodMs: 50, failureThreshold: 2 }
    });
    await expect(wrongPort.ready()).rejects.toThrow(
      `Readiness probe failed: dial tcp ${wrongPort.hostname}:9090: connect: connection refused`
    );
    await Promise.all([listening.stop(), wrongPort.stop()]);
  });

  it("overrides the image's entrypoint and cmd with command and args", async () => {
    const script =
      "console.log(require('os').hostname(), process.cwd(), process.getuid(), process.argv.slice(1).join(','))";
    const container = await runtime.start({
      image: images.itinerary.image,
      name: 'itinerary',
      hostname: 'itinerary-job-1',
      command: ['node', '-e', script],
      args: ['a', 'b']
    });
    await container.exited;
    expect(container.exitCode).toBe(0);
    expect(container.logs().map(l => l.text)).toEqual(['itinerary-job-1 /srv 65534 a,b']);
    expect(container.status()).toMatchObject({ state: { terminated: { exitCode: 0, reason: 'Completed' } } });
    const version = await runtime.start({ image: images.itinerary.image, args: ['--version'] });
    await version.exited;
    expect(version.logs().map(l => l.text)).toEqual([process.version]);
    await Promise.all([container.stop(), version.stop()]);
  });

  it('refuses an image the registry does not hold, and a puller without a role on the registry', async () => {
    const missing = `${loginServer}/itinerary@sha256:${'0'.repeat(64)}`;
    const before = buildahContainers(runtime.root).length;
    await expect(runtime.start({ image: missing })).rejects.toThrow(ImagePullError);
    await expect(runtime.start({ image: missing })).rejects.toThrow(
      new RegExp(
        `^Failed to pull image "${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": .*manifest unknown`
      )
    );
    await expect(
      runtime.start({
        image: images.itinerary.image,
        pullCredential: identity(noRoles.appId),
        pullPolicy: 'Always'
      })
    ).rejects.toThrow(
      `Failed to pull image "${images.itinerary.image}": musafirgodev.azurecr.io refused the token exchange: 401`
    );
    expect(buildahContainers(runtime.root).length).toBe(before);
  });

  it('stops a replica and leaves nothing behind: process, namespace, mount, container, directory', async () => {
    const container = await runtime.start({ image: images.itinerary.image, name: 'itinerary', probe });
    await container.ready();
    const processes = descendants(container.pid);
    const netns = readlinkSync(`/proc/${container.pid}/ns/net`);
    const dir = join(container.socketPath, '..');
    const record = JSON.parse(readFileSync(join(dir, 'replica.json'), 'utf8')) as {
      container: string;
      rootfs: string;
    };
    expect(mounted(record.rootfs)).toBe(true);
    expect(buildahContainers(runtime.root)).toContain(record.container);
    expect(processesIn(netns).length).toBeGreaterThanOrEqual(3);
    await container.stop();
    expect(processes.filter(pid => existsSync(`/proc/${pid}`))).toEqual([]);
    expect(processesIn(netns)).toEqual([]);
    expect(mounted(record.rootfs)).toBe(false);
    expect(buildahContainers(runtime.root)).not.toContain(record.container);
    expect(existsSync(dir)).toBe(false);
    expect(runtime.containers()).not.toContain(container);
  });
});

describe('the adapters from the emulators\u2019 specs', () => {
  it('runs a Container Apps container from its revision template, probes and ingress', async () => {
    const options = containerAppsStart(
      {
        name: 'itinerary',
        image: images.itinerary.image,
        env: [{ name: 'LOG_LEVEL', value: 'info' }],
        probes: [
          {
            type: 'Readiness',
            httpGet: { path: '/health', port: 8080 },
            periodSeconds: 5,
            failureThreshold: 10
          }
        ]
      },
      { env: { LOG_LEVEL: 'info' }, targetPort: 8080, replica: 'itinerary--abc123-5d8f7c9b4-x7k2p' },
      { secondMs: 10 }
    );
    expect(options).toMatchObject({
      port: 8080,
      probe: { path: '/health', port: 8080, periodMs: 50, failureThreshold: 10, timeoutMs: 500 },
      restart: { policy: 'Always', backoffMs: 100, maxBackoffMs: 3000 }
    });
    const container = await runtime.start(options);
    await container.ready();
    expect(containerAppsReplicaContainer(container)).toMatchObject({
      name: 'itinerary',
      ready: true,
      started: true,
      restartCount: 0,
      runningState: 'Running',
      runningStateDetails: ''
    });
    await container.stop();
  });

  it('runs a pod container from its spec, with a named probe port', async () => {
    const options = podContainerStart(
      {
        name: 'itinerary',
        image: images.unready.image,
        ports: [{ name: 'http', containerPort: 8080 }],
        env: [{ name: 'LOG_LEVEL', value: 'info' }],
        readinessProbe: {
          httpGet: { path: '/health', port: 'http' as unknown as number },
          periodSeconds: 5,
          failureThreshold: 2
        }
      },
      { name: 'itinerary-6d5f8b7c9-k2x7p' },
      { secondMs: 10 }
    );
    expect(options).toMatchObject({
      port: 8080,
      probe: { path: '/health', port: 8080, periodMs: 50 },
      hostname: 'itinerary-6d5f8b7c9-k2x7p'
    });
    const container = await runtime.start(options);
    await expect(container.ready()).rejects.toThrow(ReadinessProbeError);
    await probeFailure(container, 'Readiness probe failed: HTTP probe failed with statuscode: 503');
    expect(podContainerStatus(container)).toMatchObject({
      name: 'itinerary',
      ready: false,
      started: true,
      restartCount: 0,
      state: { running: { startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) } }
    });
    await container.stop();
  });
});

describe('a runtime killed with SIGKILL mid-start', () => {
  let killRoot: string;
  beforeAll(() => {
    // A state directory of its own: no other runtime of the test run may sweep it before this test looks.
    killRoot = mkdtempSync('/tmp/rt-');
    // The same image storage as the other runtimes (no second copy of the layers to pull); the sweep of a state
    // directory only touches the containers its own runtimes named.
    for (const shared of ['storage', 'run']) symlinkSync(join(runtime.root, shared), join(killRoot, shared));
  });
  afterAll(async () => {
    await sweep(killRoot);
    rmSync(killRoot, { recursive: true, force: true });
  });

  /** Starts a runtime in a child process, starts the example image there and SIGKILLs the child at `event`. */
  async function killAt(event: 'Created' | 'Started') {
    const script = join(killRoot, `child-${event}.mts`);
    writeFileSync(
      script,
      `import { startRuntime } from ${JSON.stringify(pathToFileURL(join(root, 'sandbox/runtime/index.ts')).href)};
const token = process.env.RUNTIME_TEST_TOKEN;
delete process.env.RUNTIME_TEST_TOKEN;
const runtime = await startRuntime({
  sandbox: JSON.parse(process.env.RUNTIME_TEST_SANDBOX),
  pullCredential: { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }) }
});
console.log(JSON.stringify({ owner: runtime.owner, dir: runtime.dir }));
await runtime.start({
  image: process.env.RUNTIME_TEST_IMAGE,
  name: 'itinerary',
  probe: { path: '/health', initialDelayMs: 600_000 },
  onEvent: e => console.log(JSON.stringify({ event: e.reason }))
});
setInterval(() => undefined, 1000);
`
    );
    const token = (await identity(deployer.appId).getToken('https://containerregistry.azure.net/.default'))!
      .token;
    // node itself with tsx's loader, not the tsx command, which would run the script in a child of its own.
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: root,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        MUSAFIRGO_RUNTIME_DIR: killRoot,
        RUNTIME_TEST_TOKEN: token,
        RUNTIME_TEST_IMAGE: images.itinerary.image,
        RUNTIME_TEST_SANDBOX: JSON.stringify({
          urls: { proxy: sandbox.urls.proxy },
          caCertPath: sandbox.caCertPath,
          tls: { ca: sandbox.tls.ca }
        })
      },
      stdio: ['ignore', 'pipe', 'inherit']
    });
    const exited = new Promise<NodeJS.Signals | null>(resolve =>
      child.once('exit', (_code, signal) => resolve(signal))
    );
    let owner = { owner: '', dir: '' };
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', line => {
        const message = JSON.parse(line) as { owner?: string; dir?: string; event?: string };
        if (message.owner) owner = message as typeof owner;
        if (message.event === event) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      void exited.then(() => reject(new Error(`the child exited before ${event}`)));
    });
    expect(await exited).toBe('SIGKILL');
    const [replica] = readdirSync(owner.dir).filter(entry => entry !== 'owner.json');
    const record = JSON.parse(readFileSync(join(owner.dir, replica!, 'replica.json'), 'utf8')) as {
      container: string;
      rootfs: string;
      pid?: number;
      netns?: string;
    };
    return { owner, record };
  }

  for (const event of ['Created', 'Started'] as const) {
    it(`at ${event}: the kernel ends its processes and namespaces, the next sweep its container, mount and state`, async () => {
      const { owner, record } = await killAt(event);
      // No process survives the runtime's: the namespace holder dies with it, its PID namespace with init.
      const deadline = Date.now() + 5000;
      const left = () =>
        (record.pid && existsSync(`/proc/${record.pid}`) ? [record.pid] : []).concat(
          record.netns ? processesIn(record.netns) : []
        );
      while (left().length && Date.now() < deadline) await new Promise(r => setTimeout(r, 20));
      expect(left()).toEqual([]);
      if (event === 'Started') expect(record.netns).toMatch(/^net:\[\d+\]$/);
      // What only the next runtime can clean: the container, its mount, the state directory.
      expect(buildahContainers(killRoot)).toContain(record.container);
      const rootfs = realpathSync(record.rootfs);
      expect(mounted(rootfs)).toBe(true);

      // A push the same process had under way would have left its work directory (with its auth file).
      const [pid, start] = owner.owner.split('.');
      const push = join(killRoot, 'images', `push-0a1b2c3d.tmp-${pid}-${start}`);
      mkdirSync(push, { recursive: true });
      writeFileSync(join(push, 'auth.json'), '{}');

      const report = await sweep(killRoot);
      expect(report.owners).toContain(owner.owner);
      expect(report.temporaries).toEqual([push]);
      expect(existsSync(push)).toBe(false);
      expect(report.containers).toContain(record.container);
      expect(buildahContainers(killRoot)).not.toContain(record.container);
      expect(mounted(rootfs)).toBe(false);
      expect(existsSync(owner.dir)).toBe(false);
    }, 60_000);
  }
});
