import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigurationError } from './errors.js';
import { quoted } from './inputs.js';

/** The repository checkout the step runs in (GITHUB_WORKSPACE), or the working directory outside a runner. */
export function workspace(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['GITHUB_WORKSPACE'] || process.cwd());
}

/**
 * A path an input names, resolved: a relative path must stay inside the workspace (`../../etc/passwd` is
 * refused), an absolute one is taken as the user gave it.
 */
export function inputPath(input: string, path: string, env: NodeJS.ProcessEnv = process.env): string {
  if (path.length > 4096 || path.split(/[\\/]/).some(part => part.length > 255)) {
    throw new ConfigurationError(`input '${input}' is not a usable path: ${quoted(path)} is too long`);
  }
  if (path.includes('\0'))
    throw new ConfigurationError(`input '${input}' is not a usable path: it holds a NUL byte`);
  if (isAbsolute(path)) return path;
  const root = workspace(env);
  const full = resolve(root, path);
  const inside = relative(root, full);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new ConfigurationError(
      `input '${input}': ${quoted(path)} leads outside the workspace (${root}); give a path inside the repository, or an absolute path`
    );
  }
  return full;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface InputFile {
  /** The path as resolved. */
  path: string;
  text: string;
}

/**
 * A text file an input names, checked before anything reads it as what it should be: it exists, it is a
 * regular file, it is not empty, it is within the size limit for its kind, and it is text (UTF-8, no NUL).
 */
export function readInputFile(
  input: string,
  path: string,
  options: { maxBytes: number; what: string; env?: NodeJS.ProcessEnv }
): InputFile {
  const full = inputPath(input, path, options.env);
  let stat;
  try {
    stat = statSync(full);
  } catch {
    throw new ConfigurationError(
      `input '${input}': there is no file ${quoted(path)} (looked for ${full}); check the repository out first (actions/checkout) or fix the path`
    );
  }
  if (!stat.isFile()) {
    throw new ConfigurationError(
      `input '${input}': ${quoted(path)} is ${stat.isDirectory() ? 'a directory' : 'not a regular file'}; name ${options.what}`
    );
  }
  if (stat.size === 0)
    throw new ConfigurationError(`input '${input}': ${quoted(path)} is empty; name ${options.what}`);
  if (stat.size > options.maxBytes) {
    throw new ConfigurationError(
      `input '${input}': ${quoted(path)} is ${formatBytes(stat.size)}, over the ${formatBytes(options.maxBytes)} limit for ${options.what}`
    );
  }
  const bytes = Buffer.alloc(stat.size);
  const fd = openSync(full, 'r');
  try {
    readSync(fd, bytes, 0, stat.size, 0);
  } finally {
    closeSync(fd);
  }
  const nul = bytes.indexOf(0);
  let text: string;
  try {
    if (nul >= 0) throw new Error('NUL');
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ConfigurationError(
      `input '${input}': ${quoted(path)} is not a text file (${nul >= 0 ? `a NUL byte at offset ${nul}` : 'not UTF-8'}); name ${options.what}`
    );
  }
  return { path: full, text: text.replace(/^\uFEFF/, '') };
}
