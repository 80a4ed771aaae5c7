import type { V1Pod } from '@kubernetes/client-node';
import { posix } from 'node:path';
import * as core from '@actions/core';
import type { Clock } from '../../shared/clock.js';
import { ConfigurationError, RemoteError, isTransient } from '../../shared/errors.js';
import { formatMs, logRetry, type Phases } from '../../shared/log.js';
import { retry } from '../../shared/retry.js';
import type { GitopsInputs } from '../inputs.js';
import { ArgoCd, GitHubContents, type Application, type ApplicationSource } from './clients.js';
import { readImage, setImage, type ValuesImage } from './values.js';

export interface Commit {
  /** The commit that holds the image: ours, or the branch head when the file already named it. */
  revision: string;
  changed: boolean;
  url?: string;
  previous: ValuesImage;
  /** 409 answers retried: another writer moved the branch between our read and our write. */
  conflicts: number;
}

export interface Watch {
  ok: boolean;
  /** The commit the application's last sync applied. */
  revision?: string;
  failure?: string;
}

/** One row of the rollout progress in the summary: when, and what Argo CD reported. */
export type Progress = [elapsed: string, sync: string, operation: string, health: string, details: string];

/** What method gitops did: the commit, Argo CD's sync of it, the revert after a failure. */
export interface GitopsResult {
  bump: Commit;
  watch: Watch;
  revert?: { commit?: Commit; watch?: Watch; skipped?: string };
  progress: Progress[];
  /** The commit of the application's last sync before the step. */
  previousRevision: string;
}

export const short = (sha: string | undefined) => (sha ? sha.slice(0, 7) : '–');
const terminal = ['Succeeded', 'Failed', 'Error'];

/** The `<owner>/<name>` of a GitHub repoURL (https or ssh, with or without .git), lower case. */
function repositoryOf(repoURL: string | undefined): string | undefined {
  const m = /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/i.exec(repoURL ?? '');
  return m?.[1]?.toLowerCase();
}

/**
 * Before anything is committed: the application exists, the token may read it, it follows the infrastructure
 * repository's branch and reads the values file this step changes (otherwise the commit would deploy nothing).
 */
export function checkApplication(app: Application, inputs: GitopsInputs): void {
  const sources: ApplicationSource[] = app.spec?.sources ?? (app.spec?.source ? [app.spec.source] : []);
  const ours = sources.filter(s => repositoryOf(s.repoURL) === inputs.repository.toLowerCase());
  const name = inputs.application;
  if (!ours.length) {
    throw new ConfigurationError(
      `Argo CD application ${name} follows ${sources.map(s => s.repoURL).join(', ') || 'no repository'}, not ${inputs.repository}: check the infra-repository and argocd-application inputs`
    );
  }
  const refs = new Map(sources.filter(s => s.ref).map(s => [`$${s.ref}`, s]));
  const valueFiles = ours.flatMap(s =>
    (s.helm?.valueFiles ?? []).map(file => {
      const ref = refs.get(file.split('/')[0]!);
      // Multi-source applications name another source's files as $<ref>/<path>.
      return ref ? file.slice(file.indexOf('/') + 1) : posix.normalize(posix.join(s.path ?? '.', file));
    })
  );
  const sourcesOfFile = [...ours, ...[...refs.values()].filter(s => repositoryOf(s.repoURL))];
  const branches = new Set(sourcesOfFile.map(s => s.targetRevision || 'HEAD'));
  if (![...branches].some(b => b === inputs.branch || b === `refs/heads/${inputs.branch}` || b === 'HEAD')) {
    throw new ConfigurationError(
      `Argo CD application ${name} follows ${[...branches].join(', ')} of ${inputs.repository}, not ${inputs.branch}: set infra-branch to the branch it follows`
    );
  }
  if (!valueFiles.includes(inputs.valuesFile)) {
    throw new ConfigurationError(
      `Argo CD application ${name} reads ${valueFiles.join(', ') || 'no values file'}, not ${inputs.valuesFile}: a commit there would change nothing it deploys; check values-file`
    );
  }
}

function commitMessage(inputs: GitopsInputs): string {
  const source = process.env['GITHUB_REPOSITORY'];
  const sha = process.env['GITHUB_SHA'];
  const run = process.env['GITHUB_RUN_ID'];
  const server = process.env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  return [
    `deploy ${inputs.application}: ${inputs.image.reference}`,
    '',
    `Sets ${inputs.imageKey.join('.')}.repository and .digest in ${inputs.valuesFile}.`,
    ...(source && sha ? [`Built from ${source}@${sha}.`] : []),
    ...(source && run ? [`Run: ${server}/${source}/actions/runs/${run}`] : [])
  ].join('\n');
}

/** Read, edit, write with the blob sha; on 409 read again and re-apply (bounded, through the retry helper). */
async function commitImage(
  github: GitHubContents,
  inputs: GitopsInputs,
  image: Required<ValuesImage>,
  message: string,
  clock: Clock,
  only?: (current: ValuesImage) => string | undefined
): Promise<Commit | { skipped: string }> {
  let conflicts = 0;
  return retry(
    async () => {
      const file = await github.read(inputs.valuesFile, inputs.branch);
      const skipped = only?.(readImage(file.text, inputs.imageKey, inputs.valuesFile));
      if (skipped) return { skipped };
      const edit = setImage(file.text, inputs.imageKey, image, inputs.valuesFile);
      if (!edit.changed) {
        return {
          revision: await github.head(inputs.branch),
          changed: false,
          previous: edit.previous,
          conflicts
        };
      }
      const written = await github.write(inputs.valuesFile, {
        text: edit.text,
        sha: file.sha,
        branch: inputs.branch,
        message
      });
      return {
        revision: written.commit,
        url: written.url,
        changed: true,
        previous: edit.previous,
        conflicts
      };
    },
    {
      label: `commit to ${inputs.valuesFile} of ${inputs.repository}`,
      maxAttempts: 6,
      baseDelayMs: 250,
      clock,
      isRetryable: error => isTransient(error) || (error instanceof RemoteError && error.status === 409),
      onRetry: info => {
        if (info.error instanceof RemoteError && info.error.status === 409) conflicts++;
        logRetry(info);
      }
    }
  );
}

function healthDetails(app: Application): string {
  return (app.status?.resources ?? [])
    .filter(r => r.health?.message || (r.health?.status && r.health.status !== 'Healthy'))
    .map(
      r =>
        `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}: ${r.health?.message ?? r.health?.status}`
    )
    .join('; ');
}

/**
 * Asks Argo CD to sync `revision` and polls the application until the sync that holds our image succeeded and the
 * application is Synced and Healthy; fails fast on a failed sync or Degraded health, with Argo CD's message.
 */
async function syncAndWait(
  argo: ArgoCd,
  github: GitHubContents,
  inputs: GitopsInputs,
  revision: string,
  deps: { clock: Clock; pollMs: number; progress: Progress[]; started: number; automated: boolean }
): Promise<Watch> {
  const { clock } = deps;
  const transientGet = () =>
    retry(() => argo.get(inputs.application), {
      label: `read ${inputs.application}`,
      clock,
      onRetry: logRetry
    });
  await retry(() => argo.sync(inputs.application, deps.automated ? undefined : revision), {
    label: `sync ${inputs.application}`,
    clock,
    // Argo CD refuses a sync while another operation runs (an auto-sync, another pipeline): wait for it.
    isRetryable: e =>
      isTransient(e) ||
      (e instanceof RemoteError && /another operation is already in progress/.test(e.message)),
    onRetry: logRetry
  });
  core.info(
    `Argo CD: sync of ${inputs.application} to ${deps.automated ? `${inputs.branch} (auto-sync)` : short(revision)} requested`
  );
  const deadline = clock.now() + inputs.timeoutMs;
  const holdsOurs = new Map<string, boolean>([[revision, true]]);
  let last = '';
  for (;;) {
    const app = await transientGet();
    const op = app.status?.operationState;
    const health = app.status?.health?.status ?? 'Unknown';
    const sync = app.status?.sync?.status ?? 'Unknown';
    const details = healthDetails(app);
    const line = `sync ${sync} (${short(app.status?.sync?.revision)}), operation ${op?.phase ?? 'none'}, health ${health}${details ? ` (${details})` : ''}`;
    if (line !== last) {
      core.info(`Argo CD ${inputs.application}: ${line}`);
      deps.progress.push([
        formatMs(clock.now() - deps.started),
        `${sync} ${short(app.status?.sync?.revision)}`,
        op ? `${op.phase} ${short(op.syncResult?.revision)}` : '–',
        health,
        details || (op?.phase !== 'Succeeded' ? (op?.message ?? '') : '')
      ]);
      last = line;
    }
    if (!app.operation && op && terminal.includes(op.phase)) {
      if (op.phase !== 'Succeeded')
        return {
          ok: false,
          revision: op.syncResult?.revision,
          failure: `the sync ${op.phase === 'Error' ? 'errored' : 'failed'}: ${op.message}`
        };
      const synced = op.syncResult?.revision;
      if (synced && !holdsOurs.has(synced)) {
        // Another writer's later commit was synced: it deploys our image if the values file still names it.
        const file = await github.read(inputs.valuesFile, synced);
        const image = readImage(file.text, inputs.imageKey, inputs.valuesFile);
        holdsOurs.set(
          synced,
          image.repository === inputs.image.repository && image.digest === inputs.image.digest
        );
      }
      if (synced && holdsOurs.get(synced)) {
        if (health === 'Degraded')
          return {
            ok: false,
            revision: synced,
            failure: `${inputs.application} is Degraded at ${short(synced)}: ${details}`
          };
        if (sync === 'Synced' && health === 'Healthy') return { ok: true, revision: synced };
      } else if (synced) {
        return {
          ok: false,
          revision: synced,
          failure: `${inputs.application} was synced to ${short(synced)}, which no longer names ${inputs.image.reference} (a newer bump replaced it)`
        };
      }
    }
    if (clock.now() + deps.pollMs > deadline) {
      return {
        ok: false,
        revision: op?.syncResult?.revision,
        failure: `${inputs.application} is not Synced and Healthy within ${formatMs(inputs.timeoutMs)}: ${line}`
      };
    }
    await clock.sleep(deps.pollMs);
  }
}

/**
 * What the application's pods run, through Argo CD (the step has no cluster credentials): every pod of the resource
 * tree whose container names the image's repository runs the digest deployed, by its live status' imageID.
 */
async function verifyPods(argo: ArgoCd, inputs: GitopsInputs, clock: Clock): Promise<Watch> {
  const tree = await retry(() => argo.resourceTree(inputs.application), {
    label: `read the resource tree of ${inputs.application}`,
    clock,
    onRetry: logRetry
  });
  const ours = (image: string | undefined) => (image ?? '').startsWith(inputs.image.repository);
  const pods = (tree.nodes ?? []).filter(n => n.kind === 'Pod' && (n.images ?? []).some(ours));
  for (const node of pods.slice(0, 20)) {
    const pod = await retry(() => argo.liveObject<V1Pod>(inputs.application, node), {
      label: `read pod ${node.name} of ${inputs.application}`,
      clock,
      onRetry: logRetry
    });
    if (pod.metadata?.deletionTimestamp) continue;
    for (const container of pod.spec?.containers ?? []) {
      if (!ours(container.image)) continue;
      const status = pod.status?.containerStatuses?.find(c => c.name === container.name);
      if (!status?.imageID?.endsWith(`@${inputs.image.digest}`))
        return {
          ok: false,
          failure: `${inputs.application} is Synced and Healthy, but pod ${node.name}, container ${container.name} runs ${status?.imageID || container.image}, not the image deployed (${inputs.image.reference}): the chart does not put ${inputs.imageKey.join('.')}.digest into the pod spec`
        };
    }
  }
  core.info(
    `Argo CD ${inputs.application}: ${pods.length} pod${pods.length === 1 ? '' : 's'} run ${inputs.image.reference}`
  );
  return { ok: true };
}

/**
 * Method gitops: commit the image into the values file, sync the Argo CD application to the commit and watch it;
 * on failure commit a revert (never over a newer bump) and sync that. Nothing is committed when the application
 * does not follow the file or the token may not sync it.
 */
export async function deployGitops(
  inputs: GitopsInputs,
  options: { clock: Clock; phases: Phases; pollMs?: number }
): Promise<GitopsResult> {
  const { clock, phases } = options;
  const pollMs = options.pollMs ?? 2000;
  const progress: Progress[] = [];
  const started = clock.now();
  const github = new GitHubContents(inputs.githubApiUrl, inputs.githubToken, inputs.repository);
  const argo = new ArgoCd(inputs.argocdServer, inputs.argocdToken);
  const before = await phases.time('Check application', () =>
    retry(() => argo.get(inputs.application), {
      label: `read ${inputs.application}`,
      clock,
      onRetry: logRetry
    })
  );
  checkApplication(before, inputs);
  const project = before.spec?.project ?? 'default';
  if (!(await argo.canI('sync', project, inputs.application))) {
    throw new ConfigurationError(
      `Argo CD lets the argocd-token read ${inputs.application} but not sync it: add the RBAC policy 'p, role:ci, applications, sync, ${project}/${inputs.application}, allow' for its account (nothing was committed)`
    );
  }
  const automated = !!before.spec?.syncPolicy?.automated;
  const previousRevision = before.status?.operationState?.syncResult?.revision ?? '';

  const image = { repository: inputs.image.repository, digest: inputs.image.digest };
  const bump = (await phases.time('Commit', () =>
    commitImage(github, inputs, image, commitMessage(inputs), clock)
  )) as Commit;
  core.info(
    bump.changed
      ? `Committed ${inputs.image.reference} to ${inputs.valuesFile} of ${inputs.repository}: ${bump.url}${bump.conflicts ? ` (after ${bump.conflicts} concurrent push${bump.conflicts > 1 ? 'es' : ''})` : ''}`
      : `${inputs.valuesFile} already names ${inputs.image.reference}: nothing to commit; syncing ${short(bump.revision)}`
  );
  const watching = { clock, pollMs, progress, started, automated };
  const synced = await phases.time('Sync and rollout', () =>
    syncAndWait(argo, github, inputs, bump.revision, watching)
  );
  const watch = synced.ok
    ? { ...(await phases.time('Verify', () => verifyPods(argo, inputs, clock))), revision: synced.revision }
    : synced;
  if (watch.ok || !bump.changed) return { bump, watch, progress, previousRevision };
  const revert = await phases.time('Revert', async () => {
    const { repository, digest } = bump.previous;
    if (!repository || !digest)
      return {
        skipped: `${inputs.valuesFile} named no image before (${inputs.imageKey.join('.')}), nothing to put back`
      };
    const result = await commitImage(
      github,
      inputs,
      { repository, digest },
      `Revert "deploy ${inputs.application}: ${inputs.image.reference}"\n\n${watch.failure}\nThis reverts the image of ${bump.revision}.`,
      clock,
      // Never clobber a newer bump: put the previous image back only while the file still names ours.
      current =>
        current.repository === image.repository && current.digest === image.digest
          ? undefined
          : `${inputs.valuesFile} names ${current.repository}@${current.digest} since a newer commit; left as it is`
    );
    if ('skipped' in result) return { skipped: result.skipped };
    core.info(
      `Reverted ${inputs.valuesFile} to ${repository}@${digest}: ${result.url ?? short(result.revision)}`
    );
    const again = await syncAndWait(
      argo,
      github,
      { ...inputs, image: { ...inputs.image, repository, digest, reference: `${repository}@${digest}` } },
      result.revision,
      watching
    );
    return { commit: result, watch: again };
  });
  return { bump, watch, revert, progress, previousRevision };
}
