import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { runtimeRoot, sweep } from '../../sandbox/runtime/index.js';

// A whole sandbox (ACR, Container Apps, AKS running images) SIGKILLed while a Container Apps revision and an AKS
// Deployment's pods run the pushed image and wait for their readiness (mid-deploy): the kernel ends every replica's
// processes and namespaces with the sandbox's process, and the next runtime's sweep removes their buildah containers,
// overlay mounts and state. The child runs the sandbox under its own state directory, sharing the image storage.
const root = new URL('../..', import.meta.url).pathname;
let killRoot: string;

interface ReplicaRecord {
  container: string;
  rootfs?: string;
  pid?: number;
  netns?: string;
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

/** A process and all its descendants, by /proc's children lists. */
function tree(pid: number): number[] {
  const all: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const next = queue.shift()!;
    all.push(next);
    try {
      queue.push(
        ...readFileSync(`/proc/${next}/task/${next}/children`, 'utf8')
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map(Number)
      );
    } catch {
      // Gone already.
    }
  }
  return all;
}

const commandOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return undefined;
  }
};

const mountPoints = () =>
  readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map(line => line.split(' ')[4] ?? '')
    .filter(Boolean);

function buildahContainers(state: string): string[] {
  const result = spawnSync(
    'buildah',
    [
      '--root',
      join(state, 'storage'),
      '--runroot',
      join(state, 'run'),
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

const child = `
import { acrService } from ${JSON.stringify(pathToFileURL(join(root, 'sandbox/acr/index.ts')).href)};
import { aksService } from ${JSON.stringify(pathToFileURL(join(root, 'sandbox/aks/index.ts')).href)};
import { containerAppsService } from ${JSON.stringify(pathToFileURL(join(root, 'sandbox/containerapps/index.ts')).href)};
import { startSandbox } from ${JSON.stringify(pathToFileURL(join(root, 'sandbox/index.ts')).href)};
import { federatedIdentity } from ${JSON.stringify(pathToFileURL(join(root, 'sandbox/runtime/identity.ts')).href)};
import { pushExampleImage } from ${JSON.stringify(pathToFileURL(join(root, 'sandbox/runtime/images.ts')).href)};
import https from 'node:https';

const deployer = { clientId: '8b2e4d61-5c3a-4f7e-9d18-0a6b3c5e7f92', tenantId: '6f1c2a7e-3b9d-4e52-8a61-2d4f7c9b0e13' };
const aca = containerAppsService();
const aks = aksService({ run: 'images' });
const sandbox = await startSandbox({ services: [acrService(), aca, aks] });
const credential = federatedIdentity(sandbox, deployer);
const { image } = await pushExampleImage('itinerary', { sandbox, loginServer: 'musafirgodev.azurecr.io', credential });
// Readiness a long way off: both deployments are under way when the sandbox is killed.
const readiness = { httpGet: { path: '/health', port: 8080 }, initialDelaySeconds: 600 };
const { token } = await credential.getToken('https://management.azure.com/.default');
const app = '/subscriptions/2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68/resourceGroups/rg-musafirgo-dev/providers/Microsoft.App/containerApps/itinerary';
const request = https.request(sandbox.urls.arm + app + '?api-version=2025-07-01', {
  method: 'PATCH',
  ca: sandbox.tls.ca,
  headers: { authorization: 'Bearer ' + token, 'content-type': 'application/json' }
}, response => response.resume());
request.end(JSON.stringify({ properties: { template: { revisionSuffix: 'kill-1', containers: [
  { name: 'itinerary', image, probes: [{ type: 'Readiness', ...readiness }] }
] } } }));
await aks.applyObject({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'itinerary', namespace: 'default' },
  spec: { replicas: 2, selector: { matchLabels: { app: 'itinerary' } }, template: {
    metadata: { labels: { app: 'itinerary' } },
    spec: { containers: [{ name: 'itinerary', image, ports: [{ containerPort: 8080 }], readinessProbe: readiness }] }
  } }
}, 'kill-test');
for (;;) {
  const pods = await aks.observe('deployments', 'default', 'itinerary').then(() => aks.list('pods', 'default'));
  const running = pods.filter(p => p.status?.containerStatuses?.[0]?.state?.running).length;
  if (aca.revision('itinerary', 'itinerary--kill-1')?.socket && running === 2) break;
  await new Promise(resolve => setTimeout(resolve, 100));
}
console.log('running');
setInterval(() => undefined, 1000);
`;

beforeAll(() => {
  killRoot = mkdtempSync('/tmp/rt-kill-');
  // The image storage and the base image's cache of the other tests (no second copy of the layers); the sweep of a
  // state directory only touches the containers its own runtimes named.
  const shared = runtimeRoot();
  for (const dir of ['storage', 'run', 'images']) {
    mkdirSync(join(shared, dir), { recursive: true });
    symlinkSync(join(shared, dir), join(killRoot, dir));
  }
  writeFileSync(join(killRoot, 'child.mts'), child);
});
afterAll(async () => {
  await sweep(killRoot);
  rmSync(killRoot, { recursive: true, force: true });
});

describe('a sandbox killed mid-deploy', () => {
  it('leaves no process, network namespace, mount or container of its revisions and pods', async () => {
    const sandbox = spawn(process.execPath, ['--import', 'tsx', join(killRoot, 'child.mts')], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '', MUSAFIRGO_RUNTIME_DIR: killRoot },
      stdio: ['ignore', 'pipe', 'inherit']
    });
    const exited = new Promise<NodeJS.Signals | null>(resolve =>
      sandbox.once('exit', (_code, signal) => resolve(signal))
    );
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: sandbox.stdout! }).on('line', line => line === 'running' && resolve());
      void exited.then(() => reject(new Error('the sandbox exited before its replicas ran')));
    });
    // What it runs: two runtimes (Container Apps', AKS's), three replicas started, and its other processes.
    const owners = readdirSync(join(killRoot, 'owners')).map(o => join(killRoot, 'owners', o));
    const replicas: ReplicaRecord[] = owners.flatMap(dir =>
      readdirSync(dir)
        .filter(entry => existsSync(join(dir, entry, 'replica.json')))
        .map(entry => JSON.parse(readFileSync(join(dir, entry, 'replica.json'), 'utf8')) as ReplicaRecord)
    );
    expect(owners).toHaveLength(2);
    expect(replicas).toHaveLength(3);
    for (const r of replicas) expect(r.netns).toMatch(/^net:\[\d+\]$/);
    const processes = tree(sandbox.pid!).slice(1);

    sandbox.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const deadline = Date.now() + 5000;
    const left = () =>
      replicas.flatMap(r => [
        ...(r.pid && existsSync(`/proc/${r.pid}`) ? [r.pid] : []),
        ...(r.netns ? processesIn(r.netns) : [])
      ]);
    while (left().length && Date.now() < deadline) await new Promise(r => setTimeout(r, 20));
    expect(left()).toEqual([]);
    // No process the sandbox had started outlives it: the registries too are tied to it by the kernel
    // (sandbox/children.ts spawnOwned). One that did would be ended here, and named.
    const survivors = () =>
      processes.map(pid => ({ pid, command: commandOf(pid) })).filter(p => p.command !== undefined);
    while (survivors().length && Date.now() < deadline) await new Promise(r => setTimeout(r, 20));
    const remaining = survivors();
    for (const { pid } of remaining) process.kill(pid, 'SIGKILL');
    expect(remaining.map(p => p.command)).toEqual([]);

    // What only the next runtime can clean: the buildah containers and their overlay mounts, the state.
    const names = replicas.map(r => r.container);
    expect(buildahContainers(killRoot)).toEqual(expect.arrayContaining(names));
    const report = await sweep(killRoot);
    expect(report.owners.sort()).toEqual(owners.map(o => o.split('/').pop()).sort());
    expect(report.containers.sort()).toEqual([...names].sort());
    expect(buildahContainers(killRoot).filter(c => names.includes(c))).toEqual([]);
    const mounts = mountPoints();
    for (const r of replicas) if (r.rootfs) expect(mounts).not.toContain(r.rootfs);
    expect(mounts.filter(point => point.startsWith(join(killRoot, 'owners')))).toEqual([]);
    for (const dir of owners) expect(existsSync(dir)).toBe(false);
  }, 180_000);
});
