import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../shared/errors.js';
import { inputPath, readInputFile } from '../shared/files.js';
import {
  getBooleanInput,
  getListInput,
  getOptionalInput,
  getRequiredInput,
  quoted,
  requireOneOf
} from '../shared/inputs.js';
import { parseImageReference, type ImageReference } from '../shared/registry.js';

export const builders = ['auto', 'buildx', 'buildah'] as const;
export type BuilderChoice = (typeof builders)[number];

export interface Inputs {
  /** registry/repository, without tag or digest. */
  image: ImageReference;
  context: string;
  file: string;
  builder: BuilderChoice;
  buildArgs: Record<string, string>;
  /** Named build contexts (`--build-context name=path`). */
  buildContexts: Record<string, string>;
  /** Build secrets, id → value; each value is masked before anything runs. */
  secrets: Record<string, string>;
  target?: string;
  platforms: string[];
  /** Tags given by hand, added to the computed ones. */
  extraTags: string[];
  labels: Record<string, string>;
  /** Registry cache for buildx (`<image>:buildcache`). */
  cache: boolean;
  skipUnchanged: boolean;
  defaultBranch?: string;
}

/** `KEY=value` lines (or comma-separated when on one line), as build-push-action reads build-args. */
export function parsePairs(name: string, text: string | undefined, separator = '='): Record<string, string> {
  const pairs: Record<string, string> = {};
  if (!text) return pairs;
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const at = trimmed.indexOf(separator);
    if (at <= 0) {
      // A malformed secrets line may be the secret itself: name its line, never its text.
      const shown = name === 'secrets' ? `line ${index + 1}` : `'${trimmed}'`;
      throw new ConfigurationError(
        `input '${name}' has no '${separator}' in ${shown}; write one KEY${separator}value per line`
      );
    }
    pairs[trimmed.slice(0, at).trim()] = trimmed.slice(at + 1);
  }
  return pairs;
}

/** A directory an input names, inside the workspace unless absolute. */
function directoryInput(
  input: string,
  path: string,
  env: NodeJS.ProcessEnv,
  what = `input '${input}'`
): string {
  const full = inputPath(input, path, env);
  if (!existsSync(full) || !statSync(full).isDirectory()) {
    throw new ConfigurationError(`${what} is not a directory: ${quoted(full)}`);
  }
  return full;
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const imageText = getRequiredInput(
    'image',
    'the repository to push to, e.g. myregistry.azurecr.io/itinerary'
  );
  const image = parseImageReference(imageText, 'image');
  if (image.tag || image.digest) {
    throw new ConfigurationError(
      `input 'image' must name a repository without tag or digest ('${image.registry}/${image.repository}'); tags are computed, add more with 'tags'`
    );
  }
  const context = directoryInput('context', getOptionalInput('context') ?? '.', env);
  const fileInput = getOptionalInput('file');
  if (!fileInput && !existsSync(join(context, 'Dockerfile'))) {
    throw new ConfigurationError(
      `the Dockerfile ${join(context, 'Dockerfile')} does not exist; set input 'file'`
    );
  }
  // Read before anything is built or signed in to: there, not a binary, not a 50 MB accident.
  const file = readInputFile('file', fileInput ?? join(context, 'Dockerfile'), {
    maxBytes: 1024 * 1024,
    what: 'a Dockerfile (at most 1 MB)',
    env
  }).path;
  const buildContexts = parsePairs('build-contexts', getOptionalInput('build-contexts'));
  for (const [name, path] of Object.entries(buildContexts)) {
    buildContexts[name] = directoryInput('build-contexts', path, env, `build context '${name}'`);
  }
  const extraTags = getListInput('tags', { commas: true });
  for (const tag of extraTags) {
    if (!/^[\w][\w.-]{0,127}$/.test(tag))
      throw new ConfigurationError(
        `input 'tags' has an invalid tag ${quoted(tag)} (letters, digits, _ . -, at most 128)`
      );
  }
  const platforms = getListInput('platforms', { commas: true });
  for (const platform of platforms) {
    if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(platform))
      throw new ConfigurationError(
        `input 'platforms' has an invalid platform ${quoted(platform)} (os/arch[/variant], e.g. linux/amd64)`
      );
  }
  return {
    image,
    context,
    file,
    builder: requireOneOf('builder', getOptionalInput('builder') ?? 'auto', builders),
    buildArgs: parsePairs('build-args', getOptionalInput('build-args')),
    buildContexts,
    secrets: parsePairs('secrets', getOptionalInput('secrets')),
    target: getOptionalInput('target'),
    platforms,
    extraTags,
    labels: parsePairs('labels', getOptionalInput('labels')),
    cache: getBooleanInput('cache', true),
    skipUnchanged: getBooleanInput('skip-unchanged', true),
    defaultBranch: getOptionalInput('default-branch')
  };
}
