import * as core from '@actions/core';
import { runStep } from '../shared/step.js';
import { appendSummary, markdownTable } from '../shared/summary.js';
import { acrSignIn, explainAccess, type AcrSession } from '../shared/acr.js';
import { armCall, armClientOptions, withoutFormData } from '../shared/arm.js';
import { sessionFromEnv, type AzureSession } from '../shared/azure.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { ConfigurationError, RemoteError } from '../shared/errors.js';
import { Phases, formatMs, logRetry } from '../shared/log.js';
import { completeOperation, trackRetryAfter } from '../shared/lro.js';
import { formatReference } from '../shared/registry.js';
import { getInputs, type Inputs, type Method } from './inputs.js';
import { transferImage, transferReferrers, type TransferStats } from './transfer.js';

export interface RunOptions {
  clock?: Clock;
}

interface RegistryResource {
  id: string;
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}

/** The promote step: the same image, by digest, in another repository or registry, without rebuilding. */
export async function run(options: RunOptions = {}): Promise<void> {
  const clock = options.clock ?? systemClock;
  const phases = new Phases(clock.now);
  await runStep('promote', async () => {
    const inputs = getInputs();
    const session = sessionFromEnv('promote', process.env, { clock });
    const { source, target } = inputs;
    const sameRegistry = source.registry === target.registry;
    const clientId = session.credential.clientId;

    const [from, to] = await phases.time('Registry sign-in (ACR token exchange)', async () => {
      // The role to name when a registry refuses the identity: it reads the source and writes the target.
      const signIn = (loginServer: string, role: string) =>
        acrSignIn({ loginServer, credential: session.credential, cloud: session.cloud, clock }).catch(
          (error: unknown) => {
            throw explainAccess(error, { action: 'promote', loginServer, clientId, role });
          }
        );
      const sourceSession = await signIn(source.registry, sameRegistry ? 'AcrPush' : 'AcrPull');
      return [
        sourceSession,
        sameRegistry ? sourceSession : await signIn(target.registry, 'AcrPush')
      ] as const;
    });

    // Each scope set is one request to the registry's token service: buy those a mount needs now, while the
    // source resolves, rather than one after another later. A failure here surfaces where the token is used.
    if (sameRegistry && (inputs.method === 'auto' || inputs.method === 'mount')) {
      const [src, tgt] = [source.repository, target.repository];
      void Promise.all([
        to.client.token([`repository:${tgt}:pull,push`, `repository:${src}:pull`]),
        to.client.token([`repository:${tgt}:pull,push`])
      ]).catch(() => undefined);
    }
    // A source given by digest (the usual case) lets the target be read at the same time.
    const [digest, present] = await phases.time('Resolve the source, read the target', async () => {
      const resolve = async () => {
        const found = await from.client.headManifest(source.repository, source.digest ?? source.tag!);
        if (!found) {
          throw new ConfigurationError(`${formatReference(source)} does not exist; check input 'source'`);
        }
        if (source.digest && found.digest !== source.digest) {
          throw new RemoteError(`${formatReference(source)} resolved to ${found.digest}`, {
            service: 'registry',
            code: 'DIGEST_INVALID'
          });
        }
        if (!source.digest) core.info(`${formatReference(source)} is ${found.digest}`);
        return found.digest;
      };
      const resolving = resolve();
      const reading = source.digest
        ? promotedAlready(to, inputs, source.digest)
        : resolving.then(found => promotedAlready(to, inputs, found));
      // A missing source is the error to report, whatever reading the target found.
      const [resolved, read] = await Promise.allSettled([resolving, reading]);
      if (resolved.status === 'rejected') throw resolved.reason;
      if (read.status === 'rejected') throw read.reason;
      return [resolved.value, read.value] as const;
    });
    const method: { method: Method | 'already'; source?: RegistryResource; target?: RegistryResource } =
      present ? { method: 'already' } : await chooseMethod(inputs, sameRegistry, session);
    if (method.method !== 'already') {
      core.info(
        `Promoting ${source.registry}/${source.repository}@${digest} to ${formatReference(target)} by ${describe(method.method)}`
      );
    }
    const stats: TransferStats = { manifests: 0, present: 0, mounted: 0, copied: 0, bytesCopied: 0 };
    let referrers: string[] = [];
    if (method.method === 'already') {
      core.info(
        `${formatReference(target)} already holds ${digest} under every tag asked for: nothing to copy`
      );
    } else if (method.method === 'import') {
      await phases.time('Server-side import (ARM importImage)', () =>
        importImage(session, method.source!, method.target!, inputs, digest, clock)
      );
    } else {
      await phases.time(
        method.method === 'mount' ? 'Mount blobs and put manifests' : 'Stream blobs and put manifests',
        async () => {
          const transfer = {
            source: from.client,
            sourceRepository: source.repository,
            target: to.client,
            targetRepository: target.repository,
            mount: method.method === 'mount'
          };
          // The image and what is attached to it travel side by side; its tags follow its digest.
          const image = async () => {
            const manifest = await transferImage(transfer, digest, stats);
            await to.client.putManifest(target.repository, digest, manifest);
            await Promise.all(
              inputs.tags.map(tag => to.client.putManifest(target.repository, tag, manifest))
            );
          };
          [, referrers] = await Promise.all([image(), transferReferrers(transfer, digest, stats)]);
          if (referrers.length > 0)
            core.info(`Also promoted what is attached to it: ${referrers.join(', ')}`);
        }
      );
    }

    await phases.time('Verify the target', () => verify(to, inputs, digest));
    const image = formatReference({ registry: target.registry, repository: target.repository, digest });
    const tags = inputs.tags.map(tag =>
      formatReference({ registry: target.registry, repository: target.repository, tag })
    );
    core.setOutput('image', image);
    core.setOutput('digest', digest);
    core.setOutput('tags', tags.join('\n'));
    core.setOutput('method', method.method);
    core.info(
      `Promoted ${image}${tags.length ? ` as ${inputs.tags.join(', ')}` : ''} by ${describe(method.method)} in ${formatMs(phases.total())}`
    );
    summarize(inputs, image, digest, tags, method.method, stats, referrers, phases);
  });
}

/** Whether the target already has the digest and every tag points at it: a re-run then changes nothing. */
async function promotedAlready(to: AcrSession, inputs: Inputs, digest: string): Promise<boolean> {
  for (const reference of [digest, ...inputs.tags]) {
    const found = await to.client.headManifest(inputs.target.repository, reference);
    if (found?.digest !== digest) return false;
  }
  return true;
}

function describe(method: Method | 'already'): string {
  return {
    already: 'nothing to do (already promoted)',
    auto: 'auto',
    mount: 'cross-repository blob mount',
    import: 'ARM importImage (server-side)',
    copy: 'streamed blob copy'
  }[method];
}

async function chooseMethod(
  inputs: Inputs,
  sameRegistry: boolean,
  session: AzureSession
): Promise<{ method: Method; source?: RegistryResource; target?: RegistryResource }> {
  if (inputs.method === 'mount' || inputs.method === 'copy') return { method: inputs.method };
  if (sameRegistry && inputs.method === 'auto') return { method: 'mount' };
  const registries = await findRegistries(session, [inputs.source.registry, inputs.target.registry]);
  const source = registries.get(inputs.source.registry);
  const target = registries.get(inputs.target.registry);
  if (source && target) return { method: 'import', source, target };
  if (inputs.method === 'import') {
    const missing = [inputs.source.registry, inputs.target.registry].filter(r => !registries.has(r));
    throw new ConfigurationError(
      `method 'import' needs both registries in Azure; ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not among the registries this identity can read (give it Reader on the registry)`
    );
  }
  core.info(
    `${[inputs.source.registry, inputs.target.registry].filter(r => !registries.has(r)).join(', ')} not found in Azure: streaming the blobs instead of importing`
  );
  return { method: 'copy' };
}

/** The ACR resources behind these login servers, in every subscription the identity can see. */
async function findRegistries(
  session: AzureSession,
  loginServers: string[]
): Promise<Map<string, RegistryResource>> {
  const found = new Map<string, RegistryResource>();
  const { SubscriptionClient } = await import('@azure/arm-resources-subscriptions');
  const { ContainerRegistryManagementClient } = await import('@azure/arm-containerregistry');
  const subscriptions: string[] = [];
  await armCall(
    'list subscriptions',
    async () => {
      subscriptions.length = 0;
      const client = new SubscriptionClient(session.credential, armClientOptions(session.cloud));
      for await (const s of client.subscriptions.list())
        if (s.subscriptionId) subscriptions.push(s.subscriptionId);
    },
    { onRetry: logRetry }
  );
  for (const subscriptionId of subscriptions) {
    const client = withoutFormData(
      new ContainerRegistryManagementClient(
        session.credential,
        subscriptionId,
        armClientOptions(session.cloud)
      )
    );
    try {
      await armCall(
        `list registries in ${subscriptionId}`,
        async () => {
          for await (const registry of client.registries.list()) {
            const loginServer = registry.loginServer?.toLowerCase();
            const id = registry.id ?? '';
            if (!loginServer || !loginServers.includes(loginServer)) continue;
            const resourceGroup = /\/resourceGroups\/([^/]+)\//i.exec(id)?.[1] ?? '';
            found.set(loginServer, { id, subscriptionId, resourceGroup, name: registry.name ?? '' });
          }
        },
        { onRetry: logRetry }
      );
    } catch (error) {
      if (error instanceof RemoteError && error.code === 'AuthorizationFailed') continue;
      throw error;
    }
  }
  return found;
}

async function importImage(
  session: AzureSession,
  source: RegistryResource,
  target: RegistryResource,
  inputs: Inputs,
  digest: string,
  clock: Clock
): Promise<void> {
  const { ContainerRegistryManagementClient } = await import('@azure/arm-containerregistry');
  const { createDefaultHttpClient, createPipelineRequest } = await import('@azure/core-rest-pipeline');
  const retryAfter = trackRetryAfter();
  const client = withoutFormData(
    new ContainerRegistryManagementClient(
      session.credential,
      target.subscriptionId,
      armClientOptions(session.cloud)
    )
  );
  client.pipeline.addPolicy(retryAfter.policy);
  const http = createDefaultHttpClient();
  const repository = inputs.target.repository;
  try {
    await completeOperation(
      `import ${inputs.source.repository}@${digest} into ${target.name}`,
      async ({ onResponse }) => {
        const poller = await client.registries.beginImportImage(
          target.resourceGroup,
          target.name,
          {
            source: { resourceId: source.id, sourceImage: `${inputs.source.repository}@${digest}` },
            targetTags: inputs.tags.map(tag => `${repository}:${tag}`),
            untaggedTargetRepositories: inputs.tags.length === 0 ? [repository] : undefined,
            mode: 'Force'
          },
          { onResponse }
        );
        return {
          poll: async () => {
            await poller.poll();
          },
          isDone: () => poller.isDone(),
          getResult: () => poller.getResult()
        };
      },
      {
        clock,
        onRetry: logRetry,
        retryAfter,
        deadlineMs: inputs.timeoutMs,
        // The status URL through the client's own pipeline (its credential, its retry-after tracking).
        getStatus: url => client.pipeline.sendRequest(http, createPipelineRequest({ url, method: 'GET' }))
      }
    );
  } catch (error) {
    if (error instanceof RemoteError && error.code === 'AuthorizationFailed') {
      throw new ConfigurationError(
        `${session.credential.clientId} may not import into ${target.name} (AuthorizationFailed: ${error.message}); assign it 'Container Registry Data Importer and Data Reader' on ${target.id} and AcrPull on ${source.id}`
      );
    }
    throw error;
  }
}

async function verify(to: AcrSession, inputs: Inputs, digest: string): Promise<void> {
  const repository = inputs.target.repository;
  for (const reference of [digest, ...inputs.tags]) {
    const found = await to.client.headManifest(repository, reference);
    if (found?.digest !== digest) {
      throw new RemoteError(
        `${to.loginServer}/${repository}:${reference} resolves to ${found?.digest ?? 'nothing'} after the promotion, not ${digest}`,
        { service: 'registry', code: 'DIGEST_MISMATCH' }
      );
    }
  }
}

function summarize(
  inputs: Inputs,
  image: string,
  digest: string,
  tags: string[],
  method: Method | 'already',
  stats: TransferStats,
  referrers: string[],
  phases: Phases
): void {
  const rows = [
    ['Source', `\`${formatReference(inputs.source)}\``],
    ['Target', `\`${image}\``],
    ['Digest', `\`${digest}\` (verified in the target)`],
    ['Tags', tags.length ? tags.map(t => `\`${t}\``).join('<br>') : 'none (by digest only)'],
    ['Method', describe(method)]
  ];
  if (method === 'mount' || method === 'copy') {
    rows.push([
      'Blobs',
      `${stats.mounted} mounted, ${stats.present} already there, ${stats.copied} copied (${(stats.bytesCopied / 1024 ** 2).toFixed(1)} MiB through the runner)`
    ]);
  }
  if (referrers.length > 0) {
    rows.push(['Attached (signatures, attestations, SBOMs)', referrers.map(r => `\`${r}\``).join('<br>')]);
  }
  appendSummary(
    ['### Image promotion', '', markdownTable(['What', 'Value'], rows), '', phases.table(), ''].join('\n')
  );
}
