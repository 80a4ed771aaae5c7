// Tags and OCI labels with docker/metadata-action's rules: the branch, the git tag (semver: version,
// major.minor, major), pr-<n> for pull requests, sha-<short>, and `latest` only on the default branch.
import { readFileSync } from 'node:fs';

export interface GitContext {
  eventName: string;
  ref: string;
  sha: string;
  repository: string;
  serverUrl: string;
  defaultBranch: string;
  /** Pull requests: the head commit, not the merge commit GitHub checks out (metadata-action#206). */
  prHeadSha?: string;
  prNumber?: number;
}

export interface ImageMeta {
  tags: string[];
  /** The version label: the most specific tag. */
  version: string;
  revision: string;
  labels: Record<string, string>;
}

/** The label build-push puts on every image: the digest of the build's inputs, used to skip identical rebuilds. */
export const contextLabel = 'org.musafirgo.build.context-digest';

/** What the runner tells a step about the commit and event, with the event payload for pull requests. */
export function gitContextFromEnv(env: NodeJS.ProcessEnv, defaultBranch?: string): GitContext {
  let event: {
    repository?: { default_branch?: string };
    pull_request?: { number?: number; head?: { sha?: string } };
    number?: number;
  } = {};
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath) {
    try {
      event = JSON.parse(readFileSync(eventPath, 'utf8')) as typeof event;
    } catch {
      // No payload (a local run): the GITHUB_* variables are enough.
    }
  }
  const ref = env['GITHUB_REF'] ?? '';
  const prFromRef = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? 'push',
    ref,
    sha: env['GITHUB_SHA'] ?? '',
    repository: env['GITHUB_REPOSITORY'] ?? '',
    serverUrl: env['GITHUB_SERVER_URL'] ?? 'https://github.com',
    defaultBranch: defaultBranch ?? event.repository?.default_branch ?? 'main',
    prHeadSha: event.pull_request?.head?.sha,
    prNumber: event.pull_request?.number ?? event.number ?? (prFromRef ? Number(prFromRef) : undefined)
  };
}

/** A git ref name as a valid tag: other characters become '-', as metadata-action does. */
export function sanitizeTag(name: string): string {
  return name
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}

const semverPattern =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function computeMeta(git: GitContext, now: Date, extraTags: string[] = []): ImageMeta {
  const tags: string[] = [];
  const pullRequest = git.eventName === 'pull_request' || git.eventName === 'pull_request_target';
  const revision = (pullRequest && git.prHeadSha) || git.sha;
  let version = '';
  if (pullRequest) {
    version = `pr-${git.prNumber ?? 0}`;
    tags.push(version);
  } else if (git.ref.startsWith('refs/tags/')) {
    const name = git.ref.slice('refs/tags/'.length);
    const semver = semverPattern.exec(name);
    if (semver) {
      const [, major, minor, patch, prerelease] = semver;
      version = `${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ''}`;
      tags.push(sanitizeTag(version));
      // Pre-releases move often: only their full version is tagged; 0.x gets no bare major tag.
      if (!prerelease) {
        tags.push(`${major}.${minor}`);
        if (major !== '0') tags.push(major!);
      }
    } else {
      version = sanitizeTag(name);
      tags.push(version);
    }
  } else if (git.ref.startsWith('refs/heads/')) {
    const branch = git.ref.slice('refs/heads/'.length);
    version = sanitizeTag(branch);
    tags.push(version);
    if (branch === git.defaultBranch) tags.push('latest');
  }
  if (revision) tags.push(`sha-${revision.slice(0, 7)}`);
  if (!version) version = `sha-${revision.slice(0, 7)}`;
  for (const tag of extraTags) tags.push(tag);
  const source = `${git.serverUrl}/${git.repository}`;
  return {
    tags: [...new Set(tags)],
    version,
    revision,
    labels: {
      'org.opencontainers.image.title': git.repository.split('/')[1] ?? git.repository,
      'org.opencontainers.image.source': source,
      'org.opencontainers.image.url': source,
      'org.opencontainers.image.revision': revision,
      'org.opencontainers.image.version': version,
      'org.opencontainers.image.created': now.toISOString()
    }
  };
}
