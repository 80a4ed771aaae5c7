// The bare git repositories behind the emulated GitHub API: git run without system or user configuration, the
// plumbing reads the API answers from, and the write it makes: a commit built in a private index, put on the
// branch with a compare-and-swap (`git update-ref <ref> <new> <old>`), so concurrent writers race as on GitHub.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A repository the emulated GitHub API serves, backed by a real bare git repository. */
export interface RepositorySpec {
  /** owner/name */
  name: string;
  defaultBranch?: string;
  private?: boolean;
  /** Writes the first commit's files into `dir`. */
  seed(dir: string): void;
}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function git(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string | Buffer } = {}
): Promise<GitResult> {
  return new Promise(resolve => {
    const child = execFile(
      'git',
      args,
      {
        cwd: options.cwd,
        env: {
          PATH: process.env['PATH'] ?? '/usr/bin:/bin',
          GIT_CONFIG_NOSYSTEM: '1',
          HOME: '/nonexistent',
          ...options.env
        },
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number((error as { code?: number }).code ?? 1) || 1 : 0,
          stdout: stdout.toString('utf8'),
          stderr: stderr.toString('utf8')
        })
    );
    child.stdin?.end(options.input);
  });
}

export class BareRepositories {
  private readonly dirs = new Map<string, string>();

  /** Makes the bare repository of `spec` under `base`, with one commit of what `spec.seed` writes, dated now. */
  async create(spec: RepositorySpec, base: string, now: () => string): Promise<void> {
    const bare = join(base, `${spec.name}.git`);
    const work = mkdtempSync(join(tmpdir(), 'github-seed-'));
    try {
      const branch = spec.defaultBranch ?? 'main';
      spec.seed(work);
      const date = now();
      const env = {
        GIT_AUTHOR_NAME: 'MusafirGO platform',
        GIT_AUTHOR_EMAIL: 'platform@musafirgo.test',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: 'MusafirGO platform',
        GIT_COMMITTER_EMAIL: 'platform@musafirgo.test',
        GIT_COMMITTER_DATE: date
      };
      for (const args of [
        ['init', '--quiet', '--bare', `--initial-branch=${branch}`, bare],
        ['init', '--quiet', `--initial-branch=${branch}`, work],
        ['-C', work, 'add', '--all'],
        [
          '-C',
          work,
          'commit',
          '--quiet',
          '-m',
          'Platform: charts, values per environment, Argo CD applications'
        ],
        ['-C', work, 'push', '--quiet', bare, `HEAD:refs/heads/${branch}`]
      ]) {
        const r = await git(args, { env });
        if (r.code !== 0) throw new Error(`sandbox github-repos: git ${args.join(' ')}: ${r.stderr}`);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    this.dirs.set(spec.name, bare);
  }

  /** git in a repository's bare directory. */
  run(
    repository: string,
    args: string[],
    env?: Record<string, string>,
    input?: string | Buffer
  ): Promise<GitResult> {
    return git(['--git-dir', this.dirs.get(repository)!, ...args], { env, input });
  }

  /** The commit a branch, tag or commit id names, or undefined. */
  async resolve(repository: string, ref: string): Promise<string | undefined> {
    if (!/^[\w./-]+$/.test(ref) || ref.startsWith('-')) return undefined;
    const r = await this.run(repository, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  /** The blob at `path` in `commit`, or undefined when there is none (or a tree). */
  async blobAt(repository: string, commit: string, path: string): Promise<string | undefined> {
    const r = await this.run(repository, ['rev-parse', '--verify', '--quiet', `${commit}:${path}`]);
    if (r.code !== 0) return undefined;
    const type = await this.run(repository, ['cat-file', '-t', r.stdout.trim()]);
    return type.stdout.trim() === 'blob' ? r.stdout.trim() : undefined;
  }

  async readBlob(repository: string, blob: string): Promise<string> {
    return (await this.run(repository, ['cat-file', 'blob', blob])).stdout;
  }

  /** A commit's tree, parents, author, committer and message. */
  async commit(repository: string, sha: string) {
    const r = await this.run(repository, [
      'show',
      '-s',
      '--format=%T%n%P%n%an%n%ae%n%aI%n%cn%n%ce%n%cI%n%B',
      sha
    ]);
    const [tree, parents, an, ae, ad, cn, ce, cd, ...message] = r.stdout.split('\n');
    return {
      tree,
      parents: (parents ?? '').split(' ').filter(Boolean),
      author: { name: an, email: ae, date: ad },
      committer: { name: cn, email: ce, date: cd },
      message: message.join('\n').trim()
    };
  }

  /**
   * Commits `content` at `path` over `old` (author and committer in `env`), runs `beforeUpdate`, then moves the
   * branch from `old` to the commit: the blob and the commit, or where the branch is when it moved meanwhile.
   */
  async commitFile(
    repository: string,
    write: {
      branch: string;
      old: string;
      path: string;
      content: Buffer;
      message: string;
      env: Record<string, string>;
    },
    beforeUpdate: () => Promise<void>
  ): Promise<{ blob: string; commit: string } | { movedTo: string | undefined }> {
    const { branch, old, path, content, message, env } = write;
    const blob = (
      await this.run(repository, ['hash-object', '-w', '--stdin'], undefined, content)
    ).stdout.trim();
    const index = join(mkdtempSync(join(tmpdir(), 'github-index-')), 'index');
    try {
      const indexEnv = { GIT_INDEX_FILE: index };
      await this.run(repository, ['read-tree', old], indexEnv);
      await this.run(
        repository,
        ['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`],
        indexEnv
      );
      const tree = (await this.run(repository, ['write-tree'], indexEnv)).stdout.trim();
      const commit = (
        await this.run(repository, ['commit-tree', tree, '-p', old, '-F', '-'], env, message)
      ).stdout.trim();
      await beforeUpdate();
      const update = await this.run(repository, ['update-ref', `refs/heads/${branch}`, commit, old]);
      if (update.code !== 0) return { movedTo: await this.resolve(repository, `refs/heads/${branch}`) };
      return { blob, commit };
    } finally {
      rmSync(dirname(index), { recursive: true, force: true });
    }
  }
}
