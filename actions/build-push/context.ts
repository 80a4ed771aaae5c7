// The digest of everything a build reads: the context's files (minus .dockerignore), the Dockerfile, named
// contexts, build args, target and platforms. Two builds with the same digest produce the same image but for
// the `created` label, so the second one can be skipped.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseList } from '../shared/inputs.js';

/** One .dockerignore rule as a regular expression over slash-separated paths, `!` rules re-including. */
function compile(pattern: string): { regex: RegExp; negate: boolean } {
  const negate = pattern.startsWith('!');
  const body = (negate ? pattern.slice(1) : pattern).trim().replace(/^\/+|\/+$/g, '');
  let source = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '*' && body[i + 1] === '*') {
      source += '.*';
      i++;
      if (body[i + 1] === '/') i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A matching directory excludes everything below it.
  return { regex: new RegExp(`^${source}(?:/.*)?$`), negate };
}

export function dockerignore(context: string): (path: string) => boolean {
  const file = join(context, '.dockerignore');
  const rules = existsSync(file) ? parseList(readFileSync(file, 'utf8')).map(compile) : [];
  return path => {
    let ignored = false;
    for (const rule of rules) if (rule.regex.test(path)) ignored = !rule.negate;
    return ignored;
  };
}

async function hashTree(
  hash: ReturnType<typeof createHash>,
  root: string,
  ignored: (path: string) => boolean
): Promise<number> {
  let files = 0;
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const path = relative(root, full).split(sep).join('/');
      if (ignored(path)) continue;
      if (entry.isDirectory()) {
        await walk(full);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        const info = await stat(full);
        hash.update(`${path}\0${info.mode & 0o111 ? 'x' : '-'}\0`);
        hash.update(await readFile(full));
        hash.update('\0');
        files++;
      }
    }
  };
  await walk(root);
  return files;
}

export interface BuildDefinition {
  context: string;
  file: string;
  buildContexts: Record<string, string>;
  buildArgs: Record<string, string>;
  target?: string;
  platforms: string[];
}

export async function contextDigest(build: BuildDefinition): Promise<{ digest: string; files: number }> {
  const hash = createHash('sha256');
  let files = await hashTree(hash, build.context, dockerignore(build.context));
  hash.update(`Dockerfile\0${await readFile(build.file, 'utf8')}\0`);
  for (const [name, dir] of Object.entries(build.buildContexts).sort()) {
    hash.update(`context ${name}\0`);
    files += await hashTree(hash, dir, () => false);
  }
  const settings = {
    args: Object.entries(build.buildArgs).sort(),
    target: build.target ?? '',
    platforms: [...build.platforms].sort()
  };
  hash.update(JSON.stringify(settings));
  return { digest: `sha256:${hash.digest('hex')}`, files };
}
