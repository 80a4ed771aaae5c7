// actions/upload-artifact@v4 and actions/download-artifact@v4 against one store per workflow run, with their
// rules (docs.github.com: "Storing and sharing data from a workflow"; the actions' READMEs): names unique in a
// run unless `overwrite`, characters NTFS refuses refused, `retention-days` from 1 to the repository's limit
// (90 by default), hidden files left out unless asked, the paths' least common ancestor as the artifact's root,
// and an expired artifact is not found.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { globSync } from './expressions.js';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface Artifact {
  id: number;
  name: string;
  /** A directory holding the artifact's files, as they will be downloaded. */
  root: string;
  files: string[];
  size: number;
  digest: string;
  createdAt: Date;
  expiresAt: Date;
}

const invalid = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

export class ActionError extends Error {}

let nextId = 1000;

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full, base) : [relative(base, full)];
  });
}

export class ArtifactStore {
  private readonly artifacts = new Map<string, Artifact>();

  constructor(
    private readonly now: () => Date,
    private readonly maxRetentionDays = 90
  ) {}

  list(): Artifact[] {
    return [...this.artifacts.values()].filter(a => a.expiresAt > this.now());
  }

  upload(
    workspace: string,
    inputs: Record<string, string>,
    log: (line: string) => void
  ): Record<string, string> {
    const name = inputs['name'] || 'artifact';
    for (const c of invalid) {
      if (name.includes(c))
        throw new ActionError(
          `The artifact name is not valid: ${name}. Contains the following character: ${JSON.stringify(c)}. Invalid characters include: ${invalid.map(i => JSON.stringify(i)).join(', ')}. These characters are not allowed in the artifact name due to limitations with certain file systems such as NTFS.`
        );
    }
    const patterns = (inputs['path'] ?? '')
      .split('\n')
      .map(p => p.trim())
      .filter(Boolean);
    if (patterns.length === 0) throw new ActionError('Input required and not supplied: path');
    const hidden = inputs['include-hidden-files'] === 'true';
    const isHidden = (file: string) => file.split(sep).some(part => part.startsWith('.'));
    const include = patterns.filter(p => !p.startsWith('!'));
    const exclude = patterns.filter(p => p.startsWith('!')).map(p => p.slice(1));
    const abs = (p: string) => (isAbsolute(p) ? p : resolve(workspace, p));
    const expand = (p: string): string[] =>
      /[*?[]/.test(p) ? globSync(abs(p)) : existsSync(abs(p)) ? [abs(p)] : [];
    const excluded = new Set(exclude.flatMap(expand));
    const files = new Set<string>();
    const searchRoots: string[] = [];
    for (const pattern of include) {
      // The search root of a pattern is the directory before its first wildcard.
      const fixed = abs(pattern).split(sep);
      const wild = fixed.findIndex(part => /[*?[]/.test(part));
      searchRoots.push(wild < 0 ? abs(pattern) : fixed.slice(0, wild).join(sep) || sep);
      for (const match of expand(pattern)) {
        if (excluded.has(match)) continue;
        const found = statSync(match).isDirectory() ? walk(match).map(f => join(match, f)) : [match];
        for (const file of found) if (!excluded.has(file)) files.add(file);
      }
    }
    const kept = [...files].filter(file => hidden || !isHidden(relative(workspace, file)));
    if (kept.length === 0) {
      const message = `No files were found with the provided path: ${patterns.join(', ')}. No artifacts will be uploaded.`;
      const mode = inputs['if-no-files-found'] || 'warn';
      if (mode === 'error') throw new ActionError(message);
      if (mode === 'warn') log(`::warning::${message}`);
      return {};
    }
    const existing = this.artifacts.get(name);
    if (existing && existing.expiresAt > this.now() && inputs['overwrite'] !== 'true') {
      throw new ActionError(
        `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`
      );
    }
    let days = Number(inputs['retention-days'] || this.maxRetentionDays);
    if (!Number.isInteger(days) || days < 1) throw new ActionError(`Invalid retention, minimum value is 1.`);
    if (days > this.maxRetentionDays) {
      log(
        `::warning::Retention days cannot be greater than the maximum allowed retention set within the repository. Using ${this.maxRetentionDays} instead.`
      );
      days = this.maxRetentionDays;
    }
    // The least common ancestor of the search roots is the artifact's root directory.
    const parts = searchRoots.map(r =>
      (existsSync(r) && statSync(r).isDirectory() ? r : dirname(r)).split(sep)
    );
    const common: string[] = [];
    for (let i = 0; parts.every(p => i < p.length && p[i] === parts[0]![i]); i++) common.push(parts[0]![i]!);
    const base = common.join(sep) || sep;
    const root = mkdtempSync(join(tmpdir(), 'artifact-'));
    const hash = createHash('sha256');
    let size = 0;
    const names: string[] = [];
    for (const file of kept.sort()) {
      const rel = relative(base, file);
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      cpSync(file, join(root, rel));
      size += statSync(file).size;
      hash.update(rel);
      names.push(rel);
    }
    const createdAt = this.now();
    const artifact: Artifact = {
      id: nextId++,
      name,
      root,
      files: names,
      size,
      digest: hash.digest('hex'),
      createdAt,
      expiresAt: new Date(createdAt.getTime() + days * 86_400_000)
    };
    this.artifacts.set(name, artifact);
    log(
      `Artifact ${name} has been successfully uploaded! Final size is ${size} bytes. Artifact ID is ${artifact.id}`
    );
    return {
      'artifact-id': String(artifact.id),
      'artifact-url': `https://github.com/artifacts/${artifact.id}`,
      'artifact-digest': artifact.digest
    };
  }

  download(
    workspace: string,
    inputs: Record<string, string>,
    log: (line: string) => void
  ): Record<string, string> {
    const target = resolve(workspace, inputs['path'] || '.');
    const name = inputs['name'];
    if (name) {
      const artifact = this.list().find(a => a.name === name);
      if (!artifact) {
        throw new ActionError(
          `Unable to download artifact(s): Artifact not found for name: ${name}. Please ensure that your artifact is not expired and the artifact was uploaded using a compatible version of toolkit/upload-artifact.`
        );
      }
      cpSync(artifact.root, target, { recursive: true });
      log(`Artifact download completed successfully: ${artifact.files.length} files into ${target}`);
      return { 'download-path': target };
    }
    const pattern = inputs['pattern'];
    const merge = inputs['merge-multiple'] === 'true';
    for (const artifact of this.list()) {
      if (
        pattern &&
        !new RegExp(`^${pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(artifact.name)
      )
        continue;
      cpSync(artifact.root, merge ? target : join(target, artifact.name), { recursive: true });
    }
    return { 'download-path': target };
  }
}
