// runtime: what it costs the sandbox to run the pushed image itself instead of starting examples/itinerary/server.js
// directly: the example images' build and push (the base layer from its cache), then start() to ready for the
// itinerary image (pulled by digest, a buildah container, its namespaces, the readiness probe through the socket),
// against today's plain `node server.js` to its first answer on /health, and against `buildah run --isolation
// chroot` in a network namespace of its own to the server's first line (the same server, the same root file system).
// And the time a Container Apps revision takes to become ready, from the ARM write to Running and Healthy: today's
// example service standing in for the image (a declared image), against the pushed image run by the runtime.
import { spawn } from 'node:child_process';
import https from 'node:https';
import type { ContainerAppsService } from '../sandbox/containerapps/index.js';
import { createInterface } from 'node:readline';
import { probeHealth, startItineraryService } from '../sandbox/example-service.js';
import type { Sandbox } from '../sandbox/index.js';
import { Buildah } from '../sandbox/runtime/buildah.js';
import { federatedIdentity } from '../sandbox/runtime/identity.js';
import { pushExampleImage, type ExampleImage } from '../sandbox/runtime/images.js';
import { startRuntime, type ContainerEvent } from '../sandbox/runtime/index.js';
import { deployer, devRegistry, itineraryApp, tenantId } from '../tests/support/world.js';
import { ms, stats, type Stats } from './stats.js';

export interface RuntimeBench {
  images: Record<ExampleImage, { baseMs: number; buildMs: number; pushMs: number }>;
  firstStart: number;
  /** start() to ready, and its phases (to Created, to Started, to the first line, to ready). */
  runtime: Stats;
  phases: Record<'created' | 'started' | 'listening', Stats>;
  plain: Stats;
  buildahRun: Stats;
  /** A Container Apps revision, ARM write to Running and Healthy: the example service, and the image. */
  revisionReady?: { exampleService: Stats; image: Stats };
}

/** One ARM request as the deployer (the sandbox's CA trusted), resolved with its status. */
async function arm(sandbox: Sandbox, method: string, path: string, body?: object): Promise<number> {
  const credential = federatedIdentity(sandbox, { clientId: deployer.appId, tenantId });
  const { token } = (await credential.getToken('https://management.azure.com/.default'))!;
  return new Promise((resolve, reject) => {
    const request = https.request(
      `${sandbox.urls.arm}${path}?api-version=2025-07-01`,
      {
        method,
        ca: sandbox.tls.ca,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
      },
      response => {
        response.resume();
        response.once('end', () => resolve(response.statusCode ?? 0));
      }
    );
    request.once('error', reject);
    request.end(body ? JSON.stringify(body) : undefined);
  });
}

/**
 * ARM write (a new revision of the itinerary app with `image`) to the revision Running and Healthy, `rounds` times;
 * each revision is deactivated after it is measured.
 */
async function revisionReady(
  sandbox: Sandbox,
  aca: ContainerAppsService,
  image: string,
  tag: string,
  rounds: number
): Promise<Stats> {
  const app = `/subscriptions/${itineraryApp.subscriptionId}/resourceGroups/${itineraryApp.resourceGroup}/providers/Microsoft.App/containerApps/${itineraryApp.name}`;
  const times: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const suffix = `bench-${tag}-${process.pid}-${round}`;
    const name = `${itineraryApp.name}--${suffix}`;
    const start = Date.now();
    const status = await arm(sandbox, 'PATCH', app, {
      properties: {
        template: { revisionSuffix: suffix, containers: [{ name: itineraryApp.container, image }] }
      }
    });
    if (status !== 202) throw new Error(`the revision write answered ${status}`);
    for (;;) {
      const revision = aca.revision(itineraryApp.name, name);
      if (revision?.runningState === 'Running' && revision.healthState === 'Healthy') break;
      if (revision && ['Degraded', 'Failed'].includes(revision.runningState))
        throw new Error(`revision ${name} is ${revision.runningState}`);
      await new Promise(resolve => setTimeout(resolve, 5));
    }
    // The first round warms the pull and the file cache.
    if (round > 0) times.push(Date.now() - start);
    await arm(sandbox, 'POST', `${app}/revisions/${name}/deactivate`);
  }
  return stats(times);
}

/** The first line the process writes (the itinerary service's is its URL), or a rejection when it exits first. */
function firstLine(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', code => reject(new Error(`exited with code ${code} before its first line`)));
  });
}

export async function benchRuntime(
  sandbox: Sandbox,
  rounds: number,
  aca?: ContainerAppsService
): Promise<RuntimeBench> {
  const credential = federatedIdentity(sandbox, { clientId: deployer.appId, tenantId });
  const loginServer = devRegistry.loginServer;
  const images = {} as RuntimeBench['images'];
  for (const kind of ['itinerary', 'crashing', 'unready'] as const) {
    images[kind] = (await pushExampleImage(kind, { sandbox, loginServer, credential })).timings;
  }
  const { image } = await pushExampleImage('itinerary', { sandbox, loginServer, credential });
  const runtime = await startRuntime({ sandbox, pullCredential: credential });
  const probe = { path: '/health', periodMs: 10, failureThreshold: 1000 };
  try {
    const began = Date.now();
    const first = await runtime.start({ image, name: 'itinerary', probe });
    await first.ready();
    const firstStart = Date.now() - began;
    await first.stop();

    const totals: number[] = [];
    const phases = { created: [] as number[], started: [] as number[], listening: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      const events: ContainerEvent[] = [];
      let listening = 0;
      const start = Date.now();
      const container = await runtime.start({
        image,
        name: 'itinerary',
        probe,
        onEvent: event => events.push(event),
        logs: { onLine: line => (listening ||= line.at.getTime()) }
      });
      await container.ready();
      totals.push(Date.now() - start);
      const at = (reason: ContainerEvent['reason']) =>
        events.find(e => e.reason === reason)!.at.getTime() - start;
      phases.created.push(at('Created'));
      phases.started.push(at('Started'));
      phases.listening.push(listening - start);
      await container.stop();
    }

    const plain: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const start = Date.now();
      const service = await startItineraryService({ NODE_ENV: 'production' });
      while ((await probeHealth(service.url)) !== 200) await new Promise(resolve => setTimeout(resolve, 10));
      plain.push(Date.now() - start);
      await service.stop();
    }

    // buildah's own way to run a container's process: the same image's container, in a network namespace of its
    // own (unshare -n); measured to the server's first line, which it prints once it listens.
    const buildah = new Buildah(runtime.root);
    const buildahRun: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const name = `musafirgo-bench-${process.pid}-${round}`;
      const start = Date.now();
      await buildah.run(['from', '--pull=never', '--quiet', '--name', name, first.imageId]);
      const child = spawn(
        'unshare',
        [
          '-n',
          'buildah',
          ...buildah.storage,
          'run',
          '--isolation',
          'chroot',
          name,
          '--',
          'node',
          'server.js'
        ],
        { stdio: ['ignore', 'pipe', 'ignore'] }
      );
      const exited = new Promise(resolve => child.once('exit', resolve));
      await firstLine(child);
      buildahRun.push(Date.now() - start);
      child.kill('SIGTERM');
      await exited;
      await buildah.remove([name]);
    }
    let ready: RuntimeBench['revisionReady'];
    if (aca) {
      const standIn = `${loginServer}/itinerary@sha256:${'d'.repeat(64)}`;
      aca.declareImage(standIn);
      ready = {
        exampleService: await revisionReady(sandbox, aca, standIn, 'process', rounds),
        image: await revisionReady(sandbox, aca, image, 'image', rounds)
      };
    }
    return {
      images,
      firstStart,
      ...(ready ? { revisionReady: ready } : {}),
      runtime: stats(totals),
      phases: {
        created: stats(phases.created),
        started: stats(phases.started),
        listening: stats(phases.listening)
      },
      plain: stats(plain),
      buildahRun: stats(buildahRun)
    };
  } finally {
    await runtime.stop();
  }
}

export function printRuntimeBench(result: RuntimeBench, rounds: number): void {
  const cell = (s: Stats) => `${ms(s.median).padStart(7)}  (${ms(s.min)}-${ms(s.max)})`;
  console.log(
    '\nruntime: the example images built and pushed once per sandbox (the base layer from its cache)'
  );
  for (const [kind, t] of Object.entries(result.images)) {
    console.log(
      `  ${kind.padEnd(10)} base ${ms(t.baseMs).padStart(7)}   build ${ms(t.buildMs).padStart(7)}   push ${ms(t.pushMs).padStart(7)}`
    );
  }
  console.log(
    `runtime: the itinerary image, start() to ready (probe every 10 ms), ${rounds} rounds, median (min-max)`
  );
  console.log(`  first start (pull by digest included)        ${ms(result.firstStart).padStart(7)}`);
  console.log(`  start() to ready                             ${cell(result.runtime)}`);
  console.log(`    to Created (buildah container mounted)     ${cell(result.phases.created)}`);
  console.log(`    to Started (namespaces, init, mounts)      ${cell(result.phases.started)}`);
  console.log(`    to the server's first line (listening)     ${cell(result.phases.listening)}`);
  console.log(`  today: node server.js to GET /health 200     ${cell(result.plain)}`);
  console.log(`  buildah run --isolation chroot, first line   ${cell(result.buildahRun)}`);
  const extra = result.runtime.median - result.plain.median;
  console.log(`  the runtime costs ${ms(extra)} more per replica start than a plain process`);
  if (result.revisionReady) {
    console.log(
      `revision-ready: a Container Apps revision, ARM write to Running and Healthy (TCP probe of port 8080 every 500 ms), ${rounds} rounds`
    );
    console.log(
      `  before: the example service as a process     ${cell(result.revisionReady.exampleService)}`
    );
    console.log(`  after: the pushed image in the runtime       ${cell(result.revisionReady.image)}`);
  }
}
