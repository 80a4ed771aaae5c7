// GitHub's REST API for repository contents (api.github.com), over real bare git repositories.
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Reply, Request } from '../core.js';
import type { Sandbox, SandboxService } from '../index.js';
import { BareRepositories, type RepositorySpec } from './git.js';
import { INFRA_REPOSITORY, seedInfraRepository } from './infra.js';

export type { RepositorySpec } from './git.js';
export { INFRA_REPOSITORY, SEEDED_DIGEST } from './infra.js';

/** A token for the GitHub API (a GitHub App installation token in practice) and what it may do. */
export interface TokenSpec {
  name: string;
  /** owner/name -> access. A repository not listed is invisible to the token (404), as GitHub hides it. */
  repositories: Record<string, 'read' | 'write'>;
  /**
   * A job's GITHUB_TOKEN: its `permissions` (contents here) decide what it may do in its one repository, and
   * GitHub answers 403 'Resource not accessible by integration' for the rest.
   */
  permissions?: Record<string, 'none' | 'read' | 'write'>;
}

export interface GitHubReposOptions {
  repositories?: RepositorySpec[];
  tokens?: TokenSpec[];
}

export interface GitHubReposService extends SandboxService {
  /** The REST API's base URL (GITHUB_API_URL of every step's environment). */
  readonly url: string;
  /** The value of a token named in the options (generated at start). */
  token(name: string): string;
  /** Every token value, for the tests' secret scans. */
  secrets(): string[];
  /** Runs git in a repository's bare directory; stdout, trimmed. */
  git(repository: string, ...args: string[]): Promise<string>;
  /** The commit a branch, tag or commit id names, or undefined. */
  resolve(repository: string, ref: string): Promise<string | undefined>;
  /**
   * The next `writers` content writes each build their commit, then wait until all of them have one before any
   * updates the branch: the race of concurrent pushes, made certain. The first to update wins; the others see
   * the branch moved and answer 409 like GitHub.
   */
  raceNextWrites(writers: number): void;
  /**
   * A GITHUB_TOKEN for a job of `repository` with these permissions (the workflow runner's), valid until
   * `revoke` (the job's end), as GitHub's are.
   */
  jobToken(options: { repository: string; permissions: Record<string, 'none' | 'read' | 'write'> }): {
    value: string;
    revoke(): void;
  };
}

const docs = 'https://docs.github.com/rest/repos/contents';

const defaultTokens: TokenSpec[] = [
  { name: 'infra-deployer', repositories: { [INFRA_REPOSITORY]: 'write' } },
  { name: 'infra-reader', repositories: { [INFRA_REPOSITORY]: 'read' } },
  { name: 'outsider', repositories: {} }
];

function notFound(documentation = 'https://docs.github.com/rest'): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: documentation, status: '404' } };
}

function githubError(status: number, message: string, documentation = docs): Reply {
  return { status, body: { message, documentation_url: documentation, status: String(status) } };
}

/** GitHub's content API answer for a file: base64 in lines of 60 characters, as GitHub sends it. */
function base64Lines(content: Buffer): string {
  return (
    content
      .toString('base64')
      .replace(/(.{60})/g, '$1\n')
      .replace(/\n$/, '') + '\n'
  );
}

/**
 * GitHub's REST API for repository contents, over real bare git repositories: GET/PUT contents, commits, refs.
 * Every write is a real commit put on the branch with a compare-and-swap (git.ts), so concurrent writers race as
 * they do on GitHub. Pass it to `startSandbox({ services: [githubReposService()] })`.
 */
export function githubReposService(options: GitHubReposOptions = {}): GitHubReposService {
  const specs = options.repositories ?? [
    { name: INFRA_REPOSITORY, defaultBranch: 'main', private: true, seed: seedInfraRepository }
  ];
  const tokenSpecs = options.tokens ?? defaultTokens;
  const tokens = new Map<string, { spec: TokenSpec; value: string }>();
  const repos = new BareRepositories();
  let sandbox: Sandbox;
  let apiUrl = '';
  let race: { writers: number; waiting: Array<() => void> } | undefined;

  const resolve = (repository: string, ref: string) => repos.resolve(repository, ref);

  async function commitJson(repository: string, sha: string): Promise<Record<string, unknown>> {
    const { tree, parents, author, committer, message } = await repos.commit(repository, sha);
    const api = `${apiUrl}/repos/${repository}`;
    return {
      sha,
      node_id: Buffer.from(`C_${sha}`).toString('base64'),
      url: `${api}/git/commits/${sha}`,
      html_url: `https://github.com/${repository}/commit/${sha}`,
      author,
      committer,
      tree: { sha: tree, url: `${api}/git/trees/${tree}` },
      message,
      parents: parents.map(p => ({
        sha: p,
        url: `${api}/git/commits/${p}`,
        html_url: `https://github.com/${repository}/commit/${p}`
      })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null }
    };
  }

  function contentJson(repository: string, path: string, sha: string, size: number, ref: string) {
    const api = `${apiUrl}/repos/${repository}`;
    return {
      name: path.split('/').pop(),
      path,
      sha,
      size,
      url: `${api}/contents/${path}?ref=${ref}`,
      html_url: `https://github.com/${repository}/blob/${ref}/${path}`,
      git_url: `${api}/git/blobs/${sha}`,
      download_url: `https://raw.githubusercontent.com/${repository}/${ref}/${path}`,
      type: 'file',
      _links: {
        self: `${api}/contents/${path}?ref=${ref}`,
        git: `${api}/git/blobs/${sha}`,
        html: `https://github.com/${repository}/blob/${ref}/${path}`
      }
    };
  }

  /** Waits for the other writers of a scripted race, if one is on. */
  async function raceGate(): Promise<void> {
    const current = race;
    if (!current) return;
    await new Promise<void>(release => {
      current.waiting.push(release);
      if (current.waiting.length >= current.writers) {
        race = undefined;
        for (const r of current.waiting) r();
      }
    });
  }

  async function putContents(repository: string, path: string, req: Request): Promise<Reply> {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(req.body || '{}') as Record<string, unknown>;
    } catch {
      return githubError(400, 'Problems parsing JSON', `${docs}#create-or-update-file-contents`);
    }
    const invalid = (what: string) =>
      githubError(422, `Invalid request.\n\n${what}`, `${docs}#create-or-update-file-contents`);
    if (typeof body.message !== 'string' || !body.message) return invalid('"message" wasn\'t supplied.');
    if (typeof body.content !== 'string') return invalid('"content" wasn\'t supplied.');
    const content = Buffer.from(body.content, 'base64');
    if (content.toString('base64').replace(/=+$/, '') !== body.content.replace(/\s/g, '').replace(/=+$/, ''))
      return invalid('content is not valid Base64');
    const branch =
      typeof body.branch === 'string' ? body.branch : (specOf(repository).defaultBranch ?? 'main');
    const old = await resolve(repository, `refs/heads/${branch}`);
    if (!old) return githubError(404, `Branch ${branch} not found`, `${docs}#create-or-update-file-contents`);
    const current = await repos.blobAt(repository, old, path);
    if (current && body.sha === undefined) return invalid('"sha" wasn\'t supplied.');
    if (current && body.sha !== current)
      return githubError(409, `${path} does not match ${String(body.sha)}`);
    if (!current && body.sha !== undefined && typeof body.sha === 'string')
      return githubError(409, `${path} does not match ${body.sha}`);

    const person = (value: unknown, fallback: { name: string; email: string }) => {
      const v = (value ?? {}) as { name?: string; email?: string; date?: string };
      return { name: v.name ?? fallback.name, email: v.email ?? fallback.email, date: v.date };
    };
    const bot = {
      name: 'github-actions[bot]',
      email: '41898282+github-actions[bot]@users.noreply.github.com'
    };
    const committer = person(body.committer, bot);
    const author = person(body.author, committer);
    const date = sandbox.clock.now().toISOString();
    const env = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: author.date ?? date,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: committer.date ?? date
    };
    const written = await repos.commitFile(
      repository,
      { branch, old, path, content, message: body.message, env },
      raceGate
    );
    if ('movedTo' in written) return githubError(409, `is at ${written.movedTo} but expected ${old}`);
    const { blob, commit } = written;
    return {
      status: current ? 200 : 201,
      body: {
        content: contentJson(repository, path, blob, content.length, branch),
        commit: await commitJson(repository, commit)
      },
      detail: { repository, path, commit }
    };
  }

  function specOf(repository: string): RepositorySpec {
    return specs.find(s => s.name === repository)!;
  }

  const handler = async (req: Request): Promise<Reply> => {
    const auth = /^(?:Bearer|token)\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const token = auth ? [...tokens.values()].find(t => t.value === auth) : undefined;
    if (auth && !token) return githubError(401, 'Bad credentials', 'https://docs.github.com/rest');
    const m = /^\/repos\/([^/]+)\/([^/]+)(?:\/(.*))?$/.exec(req.url.pathname);
    if (!m) return notFound();
    const repository = `${m[1]}/${m[2]}`;
    const spec = specs.find(s => s.name.toLowerCase() === repository.toLowerCase());
    const access = spec && token?.spec.repositories[spec.name];
    // GitHub answers 404 for a private repository the caller may not see, never 403.
    if (!spec || (!access && (spec.private ?? true))) return notFound();
    const name = spec.name;
    const rest = m[3] ?? '';
    const contents = token?.spec.permissions?.['contents'];
    const denied = () =>
      githubError(403, 'Resource not accessible by integration', 'https://docs.github.com/rest');
    if (token?.spec.permissions && rest !== '') {
      if (contents === undefined || contents === 'none') return denied();
      if (req.method !== 'GET' && contents !== 'write') return denied();
    }
    if (req.method === 'GET' && rest === '') {
      return {
        status: 200,
        body: {
          name: name.split('/')[1],
          full_name: name,
          private: spec.private ?? true,
          html_url: `https://github.com/${name}`,
          default_branch: spec.defaultBranch ?? 'main',
          permissions: { admin: false, maintain: false, push: access === 'write', triage: false, pull: true }
        }
      };
    }
    const file = /^contents\/(.+)$/.exec(rest);
    if (file) {
      const path = decodeURIComponent(file[1]!).replace(/\/+$/, '');
      if (req.method === 'GET') {
        const ref = req.url.searchParams.get('ref') ?? spec.defaultBranch ?? 'main';
        const commit = await resolve(name, ref);
        if (!commit)
          return githubError(404, `No commit found for the ref ${ref}`, `${docs}#get-repository-content`);
        const blob = await repos.blobAt(name, commit, path);
        if (!blob) return notFound(`${docs}#get-repository-content`);
        const data = await repos.readBlob(name, blob);
        const bytes = Buffer.from(data, 'utf8');
        return {
          status: 200,
          body: {
            ...contentJson(name, path, blob, bytes.length, ref),
            content: base64Lines(bytes),
            encoding: 'base64'
          }
        };
      }
      if (req.method === 'PUT') {
        if (access !== 'write')
          return githubError(
            403,
            'Resource not accessible by integration',
            `${docs}#create-or-update-file-contents`
          );
        return putContents(name, path, req);
      }
    }
    const commits = /^commits\/(.+)$/.exec(rest);
    if (req.method === 'GET' && commits) {
      const sha = await resolve(name, decodeURIComponent(commits[1]!));
      if (!sha)
        return githubError(
          422,
          `No commit found for SHA: ${commits[1]}`,
          'https://docs.github.com/rest/commits/commits#get-a-commit'
        );
      const json = await commitJson(name, sha);
      return {
        status: 200,
        body: {
          sha,
          node_id: json.node_id,
          commit: json,
          url: `${apiUrl}/repos/${name}/commits/${sha}`,
          html_url: json.html_url,
          parents: json.parents
        }
      };
    }
    // Octokit sends the ref as one encoded segment (`git/ref/heads%2Fmain`); GitHub takes both spellings.
    const ref = /^git\/ref\/(heads\/.+)$/.exec(decodeURIComponent(rest));
    if (req.method === 'GET' && ref) {
      const sha = await resolve(name, `refs/${ref[1]}`);
      if (!sha) return notFound('https://docs.github.com/rest/git/refs#get-a-reference');
      return {
        status: 200,
        body: {
          ref: `refs/${ref[1]}`,
          node_id: Buffer.from(`REF_${ref[1]}`).toString('base64'),
          url: `${apiUrl}/repos/${name}/git/refs/${ref[1]}`,
          object: { sha, type: 'commit', url: `${apiUrl}/repos/${name}/git/commits/${sha}` }
        }
      };
    }
    return notFound();
  };

  return {
    name: 'github-repos',
    get url() {
      return apiUrl;
    },
    token: name => {
      const t = tokens.get(name);
      if (!t) throw new Error(`sandbox github-repos: no token named ${name}`);
      return t.value;
    },
    secrets: () => [...tokens.values()].map(t => t.value),
    git: async (repository, ...args) => {
      const r = await repos.run(repository, args);
      if (r.code !== 0) throw new Error(`git ${args.join(' ')} in ${repository}: ${r.stderr.trim()}`);
      return r.stdout.trim();
    },
    resolve,
    raceNextWrites: writers => {
      race = { writers, waiting: [] };
    },
    jobToken: ({ repository, permissions }) => {
      const name = `job-${randomBytes(6).toString('hex')}`;
      const value = `ghs_${randomBytes(27).toString('base64url').slice(0, 36)}`;
      const access = permissions['contents'] === 'write' ? 'write' : 'read';
      tokens.set(name, { spec: { name, repositories: { [repository]: access }, permissions }, value });
      return { value, revoke: () => tokens.delete(name) };
    },
    async start(s) {
      sandbox = s;
      for (const t of tokenSpecs)
        tokens.set(t.name, { spec: t, value: `ghs_${randomBytes(27).toString('base64url').slice(0, 36)}` });
      const base = join(dirname(s.caCertPath), 'git');
      for (const spec of specs) await repos.create(spec, base, () => s.clock.now().toISOString());
      apiUrl = await s.serve('github-api', handler, { hosts: ['api.github.com'] });
      s.addEnv({ GITHUB_API_URL: apiUrl });
    }
  };
}
