import * as core from '@actions/core';
import { runStep } from '../shared/step.js';
import { appendSummary, markdownTable } from '../shared/summary.js';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acrSignIn, explainAccess, grantedActions, writeAuthFile, type AcrSession } from '../shared/acr.js';
import { sessionFromEnv } from '../shared/azure.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { ConfigurationError, RemoteError } from '../shared/errors.js';
import { Phases, formatMs, logRetry } from '../shared/log.js';
import { formatReference, isIndex, type Manifest, type RegistryClient } from '../shared/registry.js';
import { retry } from '../shared/retry.js';
import {
  buildahBuildArgs,
  buildahPushArgs,
  buildahStore,
  buildxArgs,
  chooseBuilder,
  errorLines,
  execute,
  type BuildPlan,
  type Builder
} from './builder.js';
import { contextDigest } from './context.js';
import { getInputs, type Inputs } from './inputs.js';
import { computeMeta, contextLabel, gitContextFromEnv } from './meta.js';

export interface RunOptions {
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

interface Result {
  digest: string;
  size: number;
  built: boolean;
  builder?: Builder;
  builderReason?: string;
  reusedTag?: string;
}

/** The build-push step: tags and labels, ACR sign-in, skip when unchanged, build, push, tag, verify. */
export async function run(options: RunOptions = {}): Promise<void> {
  const clock = options.clock ?? systemClock;
  const env = options.env ?? process.env;
  const phases = new Phases(clock.now);
  const cleanups: Array<() => Promise<void>> = [];
  await runStep('build-push', async () => {
    try {
      const inputs = getInputs(env);
      for (const value of Object.values(inputs.secrets)) core.setSecret(value);
      const session = sessionFromEnv('build-push', env, { clock });
      const git = gitContextFromEnv(env, inputs.defaultBranch);
      const meta = computeMeta(git, new Date(clock.now()), inputs.extraTags);
      const repo = inputs.image.repository;
      const loginServer = inputs.image.registry;
      const ref = (tag: string) => formatReference({ registry: loginServer, repository: repo, tag });
      core.info(`Event ${git.eventName} on ${git.ref}: tags ${meta.tags.join(', ')}`);

      const acr = await phases.time('Registry sign-in (ACR token exchange)', () =>
        signIn(loginServer, repo, session, clock)
      );
      const { digest: buildDigest, files } = await phases.time('Context digest', () => contextDigest(inputs));
      core.info(`Build inputs digest ${buildDigest} (${files} files)`);
      const labels = { ...meta.labels, ...inputs.labels, [contextLabel]: buildDigest };

      let result: Result | undefined;
      if (inputs.skipUnchanged) {
        result = await phases.time('Look for an image of the same source', () =>
          findSameSource(acr.client, repo, meta.tags, buildDigest)
        );
        if (result) {
          core.info(
            `${ref(result.reusedTag!)} (${result.digest}) was built from the same source (${contextLabel}=${buildDigest}); skipping the build`
          );
        }
      }
      if (!result) {
        const temp = await mkdtemp(join(env['RUNNER_TEMP'] || tmpdir(), 'build-push-'));
        cleanups.push(() => rm(temp, { recursive: true, force: true }));
        const { builder, reason } = await chooseBuilder(inputs.builder, env);
        core.info(`Builder: ${builder} (${reason})`);
        const auth = await writeAuthFile([acr], temp);
        const secretFiles: Record<string, string> = {};
        for (const [id, value] of Object.entries(inputs.secrets)) {
          const file = join(auth.dir, `secret-${id}`);
          await writeFile(file, value, { mode: 0o600 });
          await chmod(file, 0o600);
          secretFiles[id] = file;
        }
        const plan: BuildPlan = {
          context: inputs.context,
          file: inputs.file,
          reference: ref(meta.tags[0]!),
          cacheRef: inputs.cache ? ref('buildcache') : undefined,
          buildArgs: inputs.buildArgs,
          buildContexts: inputs.buildContexts,
          secretFiles,
          labels,
          target: inputs.target,
          platforms: inputs.platforms,
          digestFile: join(temp, 'digest'),
          metadataFile: join(temp, 'metadata.json')
        };
        const toolEnv = { ...env, REGISTRY_AUTH_FILE: auth.file, DOCKER_CONFIG: auth.dir };
        const digest =
          builder === 'buildx'
            ? await phases.time('Build and push (buildx)', () => buildx(plan, toolEnv))
            : await buildah(plan, inputs, toolEnv, temp, phases, clock);
        result = { digest, size: 0, built: true, builder, builderReason: reason };
      }

      await phases.time('Tag and verify', async () => {
        const manifest = await acr.client.getManifest(repo, result.digest);
        for (const tag of meta.tags) {
          const current = await acr.client.headManifest(repo, tag);
          if (current?.digest !== result.digest) await acr.client.putManifest(repo, tag, manifest);
        }
        const pushed = await acr.client.headManifest(repo, meta.tags[0]!);
        if (pushed?.digest !== result.digest) {
          throw new RemoteError(
            `${ref(meta.tags[0]!)} resolves to ${pushed?.digest ?? 'nothing'} after the push, not ${result.digest}`,
            {
              service: 'registry',
              code: 'DIGEST_MISMATCH'
            }
          );
        }
        result.size = await imageSize(acr.client, repo, manifest);
      });

      const image = formatReference({ registry: loginServer, repository: repo, digest: result.digest });
      const tags = meta.tags.map(ref);
      core.setOutput('image', image);
      core.setOutput('digest', result.digest);
      core.setOutput('tags', tags.join('\n'));
      core.setOutput('built', String(result.built));
      core.info(
        `${result.built ? 'Pushed' : 'Reused'} ${image} (${formatBytes(result.size)}) as ${meta.tags.join(', ')} in ${formatMs(phases.total())}`
      );
      summarize(image, result, tags, buildDigest, phases, meta.version);
    } finally {
      for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    }
  });
}

async function signIn(
  loginServer: string,
  repository: string,
  session: ReturnType<typeof sessionFromEnv>,
  clock: Clock
): Promise<AcrSession> {
  const clientId = session.credential.clientId;
  try {
    const acr = await acrSignIn({ loginServer, credential: session.credential, cloud: session.cloud, clock });
    const granted = await grantedActions(acr, repository, ['pull', 'push']);
    if (!granted.includes('push')) {
      throw new ConfigurationError(
        `identity ${clientId} may ${granted.length > 0 ? granted.join(' and ') : 'not even pull'} but not push to ${loginServer}/${repository}; assign it AcrPush on the registry: 'az role assignment create --assignee ${clientId} --role AcrPush --scope $(az acr show --name ${loginServer.split('.')[0]} --query id --output tsv)'`
      );
    }
    return acr;
  } catch (error) {
    throw explainAccess(error, { action: 'build-push', loginServer, clientId, role: 'AcrPush' });
  }
}

/** The first computed tag whose image carries our build-inputs digest: the same source was built before. */
async function findSameSource(
  client: RegistryClient,
  repository: string,
  tags: string[],
  buildDigest: string
): Promise<Result | undefined> {
  for (const tag of tags) {
    const found = await client.headManifest(repository, tag);
    if (!found) continue;
    const manifest = await client.getManifest(repository, found.digest);
    const single = isIndex(manifest)
      ? await client.getManifest(repository, manifest.json.manifests![0]!.digest)
      : manifest;
    if (!single.json.config) continue;
    const config = JSON.parse(
      (await client.getBlob(repository, single.json.config.digest)).toString('utf8')
    ) as {
      config?: { Labels?: Record<string, string> };
    };
    if (config.config?.Labels?.[contextLabel] === buildDigest) {
      return { digest: manifest.digest, size: 0, built: false, reusedTag: tag };
    }
  }
  return undefined;
}

function transientPushFailure(tail: string[]): boolean {
  return /\b(429|500|502|503|504)\b|TOOMANYREQUESTS|UNAVAILABLE|connection reset|connection refused|closed network connection|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout/i.test(
    tail.join('\n')
  );
}

async function buildah(
  plan: BuildPlan,
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  temp: string,
  phases: Phases,
  clock: Clock
): Promise<string> {
  if (plan.platforms.length > 1) {
    throw new ConfigurationError(
      `buildah builds one platform per step here, not ${plan.platforms.join(', ')}; use builder: buildx for multi-platform images`
    );
  }
  const store = ['--storage-driver', env['STORAGE_DRIVER'] || 'vfs', ...buildahStore(temp)];
  const built = await phases.time('Build (buildah)', () =>
    execute('buildah', buildahBuildArgs(plan, store), env)
  );
  if (built.code !== 0) {
    throw new ConfigurationError(
      `buildah could not build ${inputs.file} (exit ${built.code}):\n${errorLines(built.tail).join('\n')}\nFix the Dockerfile or the build inputs; the full output is above`
    );
  }
  await phases.time('Push (buildah)', () =>
    retry(
      async () => {
        const pushed = await execute('buildah', buildahPushArgs(plan, store), env);
        if (pushed.code === 0) return;
        const lines = errorLines(pushed.tail).join('\n');
        throw new RemoteError(`buildah push to ${plan.reference} failed (exit ${pushed.code}):\n${lines}`, {
          service: 'registry',
          code: 'PUSH_FAILED',
          transient: transientPushFailure(pushed.tail)
        });
      },
      { label: `push ${plan.reference}`, clock, onRetry: logRetry }
    )
  );
  return (await readFile(plan.digestFile, 'utf8')).trim();
}

async function buildx(plan: BuildPlan, env: NodeJS.ProcessEnv): Promise<string> {
  const built = await execute('docker', buildxArgs(plan), env);
  if (built.code !== 0) {
    throw new ConfigurationError(
      `docker buildx could not build and push ${plan.file} (exit ${built.code}):\n${errorLines(built.tail).join('\n')}`
    );
  }
  const metadata = JSON.parse(await readFile(plan.metadataFile, 'utf8')) as Record<string, string>;
  const digest = metadata['containerimage.digest'];
  if (!digest)
    throw new RemoteError('buildx pushed no image digest (containerimage.digest is empty)', {
      service: 'registry',
      code: 'NO_DIGEST'
    });
  return digest;
}

async function imageSize(client: RegistryClient, repository: string, manifest: Manifest): Promise<number> {
  const single = (m: Manifest) =>
    m.bytes.length + (m.json.config?.size ?? 0) + (m.json.layers ?? []).reduce((sum, l) => sum + l.size, 0);
  if (!isIndex(manifest)) return single(manifest);
  let total = manifest.bytes.length;
  for (const child of manifest.json.manifests ?? [])
    total += single(await client.getManifest(repository, child.digest));
  return total;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

function summarize(
  image: string,
  result: Result,
  tags: string[],
  buildDigest: string,
  phases: Phases,
  version: string
): void {
  const rows = [
    ['Image', `\`${image}\``],
    ['Digest', `\`${result.digest}\``],
    ['Size (compressed)', formatBytes(result.size)],
    ['Tags', tags.map(t => `\`${t}\``).join('<br>')],
    ['Version', version],
    [
      'Build',
      result.built
        ? `built with ${result.builder} (${result.builderReason})`
        : `skipped: \`${result.reusedTag}\` was built from the same source`
    ],
    ['Source digest', `\`${buildDigest}\``]
  ];
  appendSummary(
    ['### Image build and push', '', markdownTable(['What', 'Value'], rows), '', phases.table(), ''].join(
      '\n'
    )
  );
}
