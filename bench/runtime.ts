// runtime: what it costs the sandbox to run the pushed image itself instead of starting examples/itinerary/server.js
// directly: the example images' build and push (the base layer from its cache), then start() to ready for the
// itinerary image (pulled by digest, a buildah container, its namespaces, the readiness probe through the socket),
// against today's plain `node server.js` to its first answer on /health, and against `buildah run --isolation
// chroot` in a network namespace of its own to the server's first line (the same server, the same root file system).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { probeHealth, startItineraryService } from '../sandbox/example-service.js';
import type { Sandbox } from '../sandbox/index.js';
import { Buildah } from '../sandbox/runtime/buildah.js';
import { federatedIdentity } from '../sandbox/runtime/identity.js';
import { pushExampleImage, type ExampleImage } from '../sandbox/runtime/images.js';
import { startRuntime, type ContainerEvent } from '../sandbox/runtime/index.js';
import { deployer, devRegistry, tenantId } from '../tests/support/world.js';
import { ms, stats, type Stats } from './stats.js';

export interface RuntimeBench {
  images: Record<ExampleImage, { baseMs: number; buildMs: number; pushMs: number }>;
  firstStart: number;
  /** start() to ready, and its phases (to Created, to Started, to the first line, to ready). */
  runtime: Stats;
  phases: Record<'created' | 'started' | 'listening', Stats>;
  plain: Stats;
  buildahRun: Stats;
}

/** The first line the process writes (the itinerary service's is its URL), or a rejection when it exits first. */
function firstLine(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', code => reject(new Error(`exited with code ${code} before its first line`)));
  });
}

export async function benchRuntime(sandbox: Sandbox, rounds: number): Promise<RuntimeBench> {
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
    return {
      images,
      firstStart,
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
}
