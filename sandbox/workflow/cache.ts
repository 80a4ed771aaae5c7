// actions/cache@v4 against one store per repository, with GitHub's rules (docs.github.com: "Caching
// dependencies to speed up workflows"): a job restores caches of its own ref, then of the base branch of a pull
// request, then of the default branch, never those of another branch; an exact key first, then each
// restore-keys prefix, newest first; a key exists once per ref; a cache not read for 7 days is evicted; the
// cache is saved at the end of a job that succeeded, unless its key was an exact hit.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

interface Entry {
  key: string;
  /** The paths the cache holds: a cache restores only into the same paths (GitHub's cache version). */
  version: string;
  ref: string;
  dir: string;
  createdAt: Date;
  lastAccessedAt: Date;
}

export class CacheStore {
  private entries: Entry[] = [];

  constructor(private readonly now: () => Date) {}

  private evict(): void {
    const limit = this.now().getTime() - 7 * 86_400_000;
    this.entries = this.entries.filter(e => e.lastAccessedAt.getTime() >= limit);
  }

  keys(): Array<{ key: string; ref: string }> {
    this.evict();
    return this.entries.map(e => ({ key: e.key, ref: e.ref }));
  }

  restore(options: {
    key: string;
    restoreKeys: string[];
    paths: string[];
    refs: string[];
    expand: (path: string) => string;
  }): { key: string; exact: boolean } | undefined {
    this.evict();
    const version = options.paths.join('\n');
    for (const ref of options.refs) {
      const candidates = this.entries
        .filter(e => e.ref === ref && e.version === version)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      const hit =
        candidates.find(e => e.key === options.key) ??
        options.restoreKeys.map(prefix => candidates.find(e => e.key.startsWith(prefix))).find(Boolean);
      if (!hit) continue;
      hit.lastAccessedAt = this.now();
      options.paths.forEach((path, i) => {
        const saved = join(hit.dir, String(i));
        if (existsSync(saved)) cpSync(saved, options.expand(path), { recursive: true });
      });
      return { key: hit.key, exact: hit.key === options.key };
    }
    return undefined;
  }

  save(options: {
    key: string;
    paths: string[];
    ref: string;
    expand: (path: string) => string;
  }): 'saved' | 'exists' | 'empty' {
    this.evict();
    const version = options.paths.join('\n');
    if (this.entries.some(e => e.ref === options.ref && e.key === options.key && e.version === version))
      return 'exists';
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    let any = false;
    options.paths.forEach((path, i) => {
      const from = options.expand(path);
      if (!existsSync(from)) return;
      mkdirSync(dir, { recursive: true });
      cpSync(from, join(dir, String(i)), { recursive: true });
      any = true;
    });
    if (!any) {
      rmSync(dir, { recursive: true, force: true });
      return 'empty';
    }
    this.entries.push({
      key: options.key,
      version,
      ref: options.ref,
      dir,
      createdAt: this.now(),
      lastAccessedAt: this.now()
    });
    return 'saved';
  }
}

/** A cache path as actions/cache reads it: `~` is the runner's home, a relative path is under the workspace. */
export function cachePath(path: string, workspace: string, home: string): string {
  if (path.startsWith('~/')) return join(home, path.slice(2));
  return isAbsolute(path) ? path : resolve(workspace, path);
}

export const machineHome = homedir();
