// Promote: our promote (dist/promote/index.js as the runner starts it: sign-in, resolve, cross-repository mount
// within the dev registry, manifest put, verification) against `skopeo copy` between the same repositories,
// for images of 16 MiB, 256 MiB and 1 GiB with one random (incompressible) layer each, in one run.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { acrSignIn, writeAuthFile, type AcrSession } from '../actions/shared/acr.js';
import { sessionFromEnv } from '../actions/shared/azure.js';
import { sha256 } from '../actions/shared/registry.js';
import type { Sandbox } from '../sandbox/index.js';
import { runAction } from '../sandbox/runner.js';
import { sandboxTrust } from '../sandbox/trust.js';
import { deployer, devRegistry, tenantId } from '../tests/support/world.js';
import { ms, stats, type Stats } from './stats.js';

const exec = promisify(execFile);
const MiB = 1024 * 1024;

/** Writes `size` random bytes to a file and returns their digest. */
async function randomLayer(file: string, size: number): Promise<string> {
  const hash = createHash('sha256');
  const out = createWriteStream(file);
  for (let written = 0; written < size;) {
    const chunk = randomBytes(Math.min(8 * MiB, size - written));
    hash.update(chunk);
    if (!out.write(chunk)) await new Promise<void>(resolve => out.once('drain', () => resolve()));
    written += chunk.length;
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve()))
  );
  return `sha256:${hash.digest('hex')}`;
}

/** Pushes a one-layer OCI image with our own client (so skopeo's blob cache has never seen its layer). */
async function pushImage(acr: AcrSession, repository: string, dir: string, size: number): Promise<string> {
  const layerFile = join(dir, `layer-${size}`);
  const layer = {
    mediaType: 'application/vnd.oci.image.layer.v1.tar',
    digest: await randomLayer(layerFile, size),
    size
  };
  await acr.client.uploadBlob(repository, layer, () => createReadStream(layerFile));
  await rm(layerFile);
  const configBytes = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: [layer.digest] }
    })
  );
  const config = {
    mediaType: 'application/vnd.oci.image.config.v1+json',
    digest: sha256(configBytes),
    size: configBytes.length
  };
  await acr.client.uploadBlob(repository, config, () => Readable.from([configBytes]));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config,
      layers: [layer]
    })
  );
  return acr.client.putManifest(repository, 'source', {
    bytes: manifest,
    mediaType: 'application/vnd.oci.image.manifest.v1+json'
  });
}

export interface PromoteBenchRow {
  sizeMiB: number;
  ours: Stats;
  skopeo: number;
}

/**
 * The shared modules ask the runner to mask every token (`::add-mask::<token>` on stdout); a runner consumes
 * those lines, a terminal would print them. While this benchmark signs in in-process, they are dropped.
 */
function dropMaskCommands(): () => void {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const kept = text
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n');
    return kept === '' ? true : (write as (...args: unknown[]) => boolean)(kept, ...rest);
  }) as typeof process.stdout.write;
  return () => {
    process.stdout.write = write;
  };
}

export async function benchPromote(sandbox: Sandbox, rounds: number): Promise<PromoteBenchRow[]> {
  const restoreStdout = dropMaskCommands();
  const env = sandbox.env();
  const untrust = sandboxTrust(sandbox);
  const saved = { HTTPS_PROXY: process.env['HTTPS_PROXY'], NO_PROXY: process.env['NO_PROXY'] };
  process.env['HTTPS_PROXY'] = env['HTTPS_PROXY'];
  process.env['NO_PROXY'] = env['NO_PROXY'];
  const dir = await mkdtemp(join(tmpdir(), 'bench-promote-'));
  const registry = devRegistry.loginServer;
  const stepEnv = { ...env, AZURE_CLIENT_ID: deployer.appId, AZURE_TENANT_ID: tenantId };
  const rows: PromoteBenchRow[] = [];
  try {
    const session = sessionFromEnv('bench', stepEnv);
    const acr = await acrSignIn({
      loginServer: registry,
      credential: session.credential,
      cloud: session.cloud
    });
    const auth = await writeAuthFile([acr], dir);
    const run = `${Date.now().toString(36)}`;
    console.log(
      `\npromote: ${registry}/bench-<size> to another repository of the same registry, one random layer, ours ${rounds} rounds (median), skopeo copy once`
    );
    for (const sizeMiB of [16, 256, 1024]) {
      const source = `bench-${sizeMiB}-${run}`;
      const digest = await pushImage(acr, source, dir, sizeMiB * MiB);
      const ours: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const result = await runAction(
          'promote',
          {
            source: `${registry}/${source}@${digest}`,
            target: `${registry}/${source}-promoted-${round}`,
            tags: 'v1'
          },
          stepEnv
        );
        if (result.exitCode !== 0)
          throw new Error(`promote failed in the benchmark: ${result.errors.join('; ')}`);
        if (result.outputs['method'] !== 'mount')
          throw new Error(`promote used ${result.outputs['method']}, not mount`);
        ours.push(result.durationMs);
      }
      const started = performance.now();
      await exec(
        'skopeo',
        [
          'copy',
          '--quiet',
          '--authfile',
          auth.file,
          `docker://${registry}/${source}@${digest}`,
          `docker://${registry}/${source}-skopeo:v1`
        ],
        { env: { ...process.env, ...env }, maxBuffer: 16 * MiB }
      );
      const skopeo = performance.now() - started;
      const row = { sizeMiB, ours: stats(ours), skopeo };
      rows.push(row);
      console.log(
        `  ${`${sizeMiB} MiB`.padStart(8)}  promote ${ms(row.ours.median).padStart(7)} (${ms(row.ours.min)}-${ms(row.ours.max)})  skopeo copy ${ms(skopeo).padStart(8)}  ratio ${(skopeo / row.ours.median).toFixed(1)}x`
      );
    }
    const big = rows[rows.length - 1]!;
    const ratio = big.skopeo / big.ours.median;
    const growth = big.ours.median / rows[0]!.ours.median;
    console.log(
      `  at 1 GiB ours is ${ratio.toFixed(1)}x faster (goal: at least 50x) ${ratio >= 50 ? 'MET' : 'NOT MET'}; promote at 1 GiB / at 16 MiB = ${growth.toFixed(2)} (flat: no bytes move)`
    );
    return rows;
  } finally {
    restoreStdout();
    untrust();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await rm(dir, { recursive: true, force: true });
  }
}
