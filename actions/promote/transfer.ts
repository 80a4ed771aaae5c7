// Copies an image graph (index → manifests → config and layers) by digest between repositories: blobs the
// target holds are skipped, blobs in the same registry are mounted (no bytes move), the rest stream through.
import { blobsOf, isIndex, type Descriptor, type Manifest, type RegistryClient } from '../shared/registry.js';

export interface TransferStats {
  manifests: number;
  present: number;
  mounted: number;
  copied: number;
  bytesCopied: number;
}

export interface Transfer {
  source: RegistryClient;
  sourceRepository: string;
  target: RegistryClient;
  targetRepository: string;
  /** Try a cross-repository mount first (same registry only). */
  mount: boolean;
  concurrency?: number;
}

async function inParallel<T>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(workers);
}

async function transferBlob(t: Transfer, blob: Descriptor, stats: TransferStats): Promise<void> {
  if (await t.target.hasBlob(t.targetRepository, blob.digest)) {
    stats.present++;
    return;
  }
  if (t.mount) {
    const mounted = await t.target.mountBlob(t.targetRepository, blob.digest, t.sourceRepository);
    if (mounted.mounted) {
      stats.mounted++;
      return;
    }
  }
  await t.target.copyBlobFrom(t.source, t.sourceRepository, t.targetRepository, blob);
  stats.copied++;
  stats.bytesCopied += blob.size;
}

/** Transfers the manifest `digest` and everything below it; returns the root manifest (not yet tagged). */
export async function transferImage(t: Transfer, digest: string, stats: TransferStats): Promise<Manifest> {
  const manifest = await t.source.getManifest(t.sourceRepository, digest);
  if (isIndex(manifest)) {
    for (const child of manifest.json.manifests ?? []) {
      const childManifest = await transferImage(t, child.digest, stats);
      await t.target.putManifest(t.targetRepository, child.digest, childManifest);
    }
  }
  await inParallel(blobsOf(manifest.json), t.concurrency ?? 4, blob => transferBlob(t, blob, stats));
  stats.manifests++;
  return manifest;
}

/**
 * Signatures, attestations and SBOMs attached with the tag scheme cosign and the OCI referrers fallback use
 * (`sha256-<hex>`, `.sig`, `.att`, `.sbom`): promoted with the image, which crane and skopeo leave behind.
 */
export async function transferReferrers(
  t: Transfer,
  digest: string,
  stats: TransferStats
): Promise<string[]> {
  const moved: string[] = [];
  // Four look-ups that usually all miss: asked at once, not one after another.
  const tags = ['', '.sig', '.att', '.sbom'].map(suffix => `${digest.replace(':', '-')}${suffix}`);
  const heads = await Promise.all(tags.map(tag => t.source.headManifest(t.sourceRepository, tag)));
  for (const [index, tag] of tags.entries()) {
    const found = heads[index];
    if (!found) continue;
    const manifest = await transferImage(t, found.digest, stats);
    await t.target.putManifest(t.targetRepository, found.digest, manifest);
    await t.target.putManifest(t.targetRepository, tag, manifest);
    moved.push(tag);
  }
  return moved;
}
