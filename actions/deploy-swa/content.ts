// The folders a step deploys (the build's output, the API), listed and checked before anything is read into a
// package: inside the workspace (or an absolute path the user gave), a directory, not empty, under the size quota,
// and no symbolic link that leads out of the folder (which would publish whatever it points at).
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ConfigurationError } from '../shared/errors.js';
import { formatBytes, inputPath } from '../shared/files.js';
import { quoted } from '../shared/inputs.js';
import type { ZipEntry } from './zip.js';

export interface FolderFile {
  /** `/`-separated, relative to the folder. */
  path: string;
  full: string;
  size: number;
}

export interface Folder {
  input: string;
  /** The path as the user gave it. */
  given: string;
  root: string;
  files: FolderFile[];
  bytes: number;
}

/** The Standard plan's quota for one app; the Free plan's is half of it. */
export const MAX_APP_BYTES = 500 * 1024 * 1024;
const MAX_FILES = 50_000;

export function readFolder(input: string, given: string, env: NodeJS.ProcessEnv = process.env): Folder {
  const root = inputPath(input, given, env);
  let stat;
  try {
    stat = statSync(root);
  } catch {
    throw new ConfigurationError(
      `input '${input}': there is no folder ${quoted(given)} (looked for ${root}); build the site first, or download the build's artifact into it`
    );
  }
  if (!stat.isDirectory()) throw new ConfigurationError(`input '${input}': ${quoted(given)} is not a folder`);
  const real = realpathSync(root);
  const files: FolderFile[] = [];
  let bytes = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name)
    )) {
      const full = join(dir, entry.name);
      const path = relative(root, full).split(sep).join('/');
      let target = lstatSync(full);
      if (target.isSymbolicLink()) {
        const resolved = realpathSync(full);
        if (resolved !== real && !resolved.startsWith(`${real}${sep}`)) {
          throw new ConfigurationError(
            `input '${input}': ${quoted(path)} in ${quoted(given)} is a symbolic link to ${quoted(resolved)}, outside the folder; the step does not publish what a link points at outside the build`
          );
        }
        target = statSync(full);
      }
      if (target.isDirectory()) walk(full);
      else if (target.isFile()) {
        bytes += target.size;
        files.push({ path, full, size: target.size });
        if (files.length > MAX_FILES)
          throw new ConfigurationError(
            `input '${input}': ${quoted(given)} holds more than ${MAX_FILES} files`
          );
      }
    }
  };
  walk(root);
  if (files.length === 0) {
    throw new ConfigurationError(
      `input '${input}': the folder ${quoted(given)} is empty; did the build write elsewhere?`
    );
  }
  if (bytes > MAX_APP_BYTES) {
    throw new ConfigurationError(
      `input '${input}': ${quoted(given)} holds ${formatBytes(bytes)}, over the ${formatBytes(MAX_APP_BYTES)} a Static Web App may hold`
    );
  }
  return { input, given, root, files, bytes };
}

/** The folder's files as zip entries, staticwebapp.config.json (from wherever it was read) at the root. */
export function entries(folder: Folder, extra: ZipEntry[] = [], configPath?: string): ZipEntry[] {
  const list: ZipEntry[] = folder.files
    .filter(f => !(configPath && f.path === 'staticwebapp.config.json'))
    .map(f => ({ path: f.path, data: readFileSync(f.full) }));
  if (configPath) list.push({ path: 'staticwebapp.config.json', data: readFileSync(configPath) });
  return [...list, ...extra];
}
