// The third-party actions the platform's workflows use, emulated on the job's fresh runner: actions/checkout
// (the commit's files, nothing else), the setup actions (the machine's tool, put on PATH as the action would),
// actions/upload-artifact and download-artifact (the run's artifact store) and actions/cache (the repository's
// cache store, saved in the job's post step). Any other action is refused: the sandbox cannot tell what it does.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ActionError, type ArtifactStore } from './artifacts.js';
import { cachePath, type CacheStore } from './cache.js';
import { hashFiles } from './expressions.js';
import type { Runner } from './runner-image.js';

export interface EmulatedContext {
  runner: Runner;
  /** The repository's files at the run's commit: a git work tree or a plain directory. */
  source?: string;
  sha: string;
  ref: string;
  /** Refs whose caches this job may restore, its own first. */
  cacheRefs: string[];
  artifacts: ArtifactStore;
  cache: CacheStore;
  log: (line: string) => void;
}

export interface EmulatedResult {
  outputs: Record<string, string>;
  /** Run at the end of the job (actions/cache's save), when the job succeeded. */
  post?: () => void;
}

export type Emulated = (inputs: Record<string, string>, context: EmulatedContext) => EmulatedResult;

function checkout(inputs: Record<string, string>, context: EmulatedContext): EmulatedResult {
  const target = resolve(context.runner.workspace, inputs['path'] ?? '.');
  mkdirSync(target, { recursive: true });
  if (inputs['repository'] && inputs['repository'] !== '') {
    throw new ActionError(
      `the sandbox checks out only the run's own repository, not ${inputs['repository']}`
    );
  }
  const source = context.source;
  if (!source) {
    context.log(`checkout: the repository has no files here; ${target} stays empty`);
    return { outputs: { ref: context.ref, commit: context.sha } };
  }
  if (existsSync(join(source, '.git'))) {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: context.runner.home }
      }).toString();
    git('clone', '--quiet', '--no-checkout', '--no-hardlinks', source, target);
    git('-C', target, 'checkout', '--quiet', '--detach', inputs['ref'] || context.sha);
  } else {
    cpSync(source, target, { recursive: true });
  }
  const files = readdirSync(target).filter(f => f !== '.git').length;
  context.log(`checkout: ${context.sha.slice(0, 7)} into ${target} (${files} entries at its root)`);
  return { outputs: { ref: context.ref, commit: context.sha } };
}

/** A setup action: the machine's tool on PATH, and the package cache it offers restored and saved. */
function setup(tool: 'node' | 'java' | 'python'): Emulated {
  return (inputs, context): EmulatedResult => {
    const { runner } = context;
    const bin = join(runner.toolCache, tool, 'bin');
    mkdirSync(bin, { recursive: true });
    if (tool === 'python') {
      // Debian's python3 with its packages (fastapi, uvicorn, pytest: no PyPI here) in a venv, so pip installs
      // into the job's own environment as on a hosted runner, and finds what is already there.
      const venv = join(runner.toolCache, 'python');
      execFileSync('/usr/bin/python3', ['-m', 'venv', '--system-site-packages', '--without-pip', venv]);
      if (!existsSync(join(bin, 'pip'))) symlinkSync('/usr/bin/pip3', join(bin, 'pip'));
    } else {
      const found = execFileSync('bash', ['-c', `command -v ${tool}`])
        .toString()
        .trim();
      symlinkSync(found, join(bin, tool));
    }
    runner.path.unshift(bin);
    const requested = inputs[`${tool}-version`] ?? '';
    const version =
      tool === 'node'
        ? process.versions.node
        : tool === 'java'
          ? (/version "([^"]+)"/.exec(execFileSync('bash', ['-c', 'java -version 2>&1']).toString())?.[1] ??
            '')
          : execFileSync(join(bin, 'python'), ['--version'])
              .toString()
              .trim()
              .replace(/^Python /, '');
    context.log(
      `setup-${tool}: the runner image's ${tool} ${version}${requested && !version.startsWith(requested) ? ` (GitHub would install ${requested})` : ''}`
    );
    const manager = inputs['cache'];
    if (!manager) return { outputs: { version } };
    const caches: Record<string, { paths: string[]; files: string[] }> = {
      npm: { paths: ['~/.npm'], files: ['**/package-lock.json'] },
      maven: { paths: ['~/.m2/repository'], files: ['**/pom.xml'] },
      gradle: {
        paths: ['~/.gradle/caches', '~/.gradle/wrapper'],
        files: ['**/*.gradle*', '**/gradle-wrapper.properties']
      },
      pip: { paths: ['~/.cache/pip'], files: ['**/requirements*.txt'] }
    };
    const spec = caches[manager];
    if (!spec) throw new ActionError(`Caching for '${manager}' is not supported`);
    const hash = hashFiles(runner.workspace, spec.files);
    if (!hash)
      throw new ActionError(
        `No file in ${runner.workspace} matched to [${spec.files.join(',')}], make sure you have checked out the target repository`
      );
    const key = `setup-${tool}-Linux-x64-${manager}-${hash}`;
    const expand = (p: string) => cachePath(p, runner.workspace, runner.home);
    const hit = context.cache.restore({
      key,
      restoreKeys: [],
      paths: spec.paths,
      refs: context.cacheRefs,
      expand
    });
    context.log(hit ? `cache: ${manager} restored from ${hit.key}` : `cache: no ${manager} cache for ${key}`);
    return {
      outputs: { version, 'cache-hit': String(Boolean(hit)) },
      post: hit
        ? undefined
        : () => {
            const saved = context.cache.save({ key, paths: spec.paths, ref: context.ref, expand });
            context.log(`cache: ${manager} ${saved === 'saved' ? `saved as ${key}` : saved}`);
          }
    };
  };
}

function cache(mode: 'both' | 'restore' | 'save'): Emulated {
  return (inputs, context) => {
    const key = inputs['key'];
    if (!key) throw new ActionError('Input required and not supplied: key');
    const paths = (inputs['path'] ?? '')
      .split('\n')
      .map(p => p.trim())
      .filter(Boolean);
    if (paths.length === 0) throw new ActionError('Input required and not supplied: path');
    const expand = (p: string) => cachePath(p, context.runner.workspace, context.runner.home);
    const save = () => {
      const saved = context.cache.save({ key, paths, ref: context.ref, expand });
      context.log(
        saved === 'saved'
          ? `Cache saved with key: ${key}`
          : saved === 'exists'
            ? `::warning::Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.`
            : `::warning::Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.`
      );
    };
    if (mode === 'save') {
      save();
      return { outputs: {} };
    }
    const restoreKeys = (inputs['restore-keys'] ?? '')
      .split('\n')
      .map(k => k.trim())
      .filter(Boolean);
    const hit = context.cache.restore({ key, restoreKeys, paths, refs: context.cacheRefs, expand });
    context.log(
      hit
        ? `Cache restored from key: ${hit.key}`
        : `Cache not found for input keys: ${[key, ...restoreKeys].join(', ')}`
    );
    const outputs = {
      'cache-hit': String(hit?.exact ?? false),
      'cache-primary-key': key,
      'cache-matched-key': hit?.key ?? ''
    };
    return { outputs, post: mode === 'both' && !hit?.exact ? save : undefined };
  };
}

const emulated: Record<string, Emulated> = {
  'actions/checkout': checkout,
  'actions/setup-node': setup('node'),
  'actions/setup-java': setup('java'),
  'actions/setup-python': setup('python'),
  'actions/upload-artifact': (inputs, context) => ({
    outputs: context.artifacts.upload(context.runner.workspace, inputs, context.log)
  }),
  'actions/download-artifact': (inputs, context) => ({
    outputs: context.artifacts.download(context.runner.workspace, inputs, context.log)
  }),
  'actions/cache': cache('both'),
  'actions/cache/restore': cache('restore'),
  'actions/cache/save': cache('save')
};

/** The emulation of `uses: owner/name@vN` (v4 for artifacts: v3 is retired on GitHub), or undefined. */
export function emulatedAction(uses: string): Emulated | undefined {
  const match = /^([\w.-]+\/[\w.-]+(?:\/[\w.-]+)?)@(v\d+|[0-9a-f]{40})$/.exec(uses);
  if (!match) return undefined;
  if (/artifact$/.test(match[1]!) && /^v[123]$/.test(match[2]!)) return undefined;
  return emulated[match[1]!];
}
