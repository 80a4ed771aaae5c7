// importImage's server-side copy: registry process to registry process on loopback, as ACR copies inside
// Azure. Blobs the target already holds are skipped; the rest stream through without buffering.
import { createHash } from 'node:crypto';
import http from 'node:http';

export interface Endpoint {
  port: number;
  repo: string;
  token: string;
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export function request(
  endpoint: Endpoint,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Buffer | http.IncomingMessage
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: endpoint.port,
        method,
        path,
        headers: { authorization: `Bearer ${endpoint.token}`, ...headers }
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
        );
        res.on('error', reject);
      }
    );
    req.on('error', reject);
    if (Buffer.isBuffer(body)) req.end(body);
    else if (body) body.pipe(req);
    else req.end();
  });
}

/** The manifest media types a registry client accepts, index first. */
export const manifestTypes = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');

function expectStatus(answer: Answer, ok: number[], what: string): void {
  if (!ok.includes(answer.status))
    throw new Error(`${what}: HTTP ${answer.status} ${answer.body.toString().slice(0, 300)}`);
}

async function copyBlob(source: Endpoint, target: Endpoint, digest: string): Promise<void> {
  const head = await request(target, 'HEAD', `/v2/${target.repo}/blobs/${digest}`);
  if (head.status === 200) return;
  const stream = await new Promise<http.IncomingMessage>((resolve, reject) => {
    http
      .get(
        {
          host: '127.0.0.1',
          port: source.port,
          path: `/v2/${source.repo}/blobs/${digest}`,
          headers: { authorization: `Bearer ${source.token}` }
        },
        resolve
      )
      .on('error', reject);
  });
  if (stream.statusCode !== 200) throw new Error(`source blob ${digest}: HTTP ${stream.statusCode}`);
  const started = await request(target, 'POST', `/v2/${target.repo}/blobs/uploads/`, {
    'content-length': '0'
  });
  expectStatus(started, [202], `start upload of ${digest}`);
  const location = new URL(String(started.headers.location), 'http://127.0.0.1');
  location.searchParams.set('digest', digest);
  const put = await request(
    target,
    'PUT',
    location.pathname + location.search,
    {
      'content-type': 'application/octet-stream',
      'content-length': String(stream.headers['content-length'] ?? '0')
    },
    stream
  );
  expectStatus(put, [201], `upload of ${digest}`);
}

/** Copies `reference` (a digest or tag) and everything it points at, then sets the tags in each target repository. */
export async function copyImage(options: {
  source: Endpoint;
  reference: string;
  targets: Array<Endpoint & { tags: string[] }>;
  force: boolean;
  conflict: (repo: string, tag: string) => Error;
  /** The error when the source holds no such manifest. */
  missing: (repo: string, reference: string) => Error;
}): Promise<string> {
  const { source } = options;
  const copyManifest = async (
    reference: string
  ): Promise<{ digest: string; bytes: Buffer; mediaType: string }> => {
    const answer = await request(source, 'GET', `/v2/${source.repo}/manifests/${reference}`, {
      accept: manifestTypes
    });
    if (answer.status === 404) throw options.missing(source.repo, reference);
    expectStatus(answer, [200], `source manifest ${source.repo}:${reference}`);
    const mediaType = String(answer.headers['content-type']);
    const digest = `sha256:${createHash('sha256').update(answer.body).digest('hex')}`;
    const manifest = JSON.parse(answer.body.toString()) as {
      manifests?: Array<{ digest: string }>;
      config?: { digest: string };
      layers?: Array<{ digest: string }>;
    };
    for (const target of options.targets) {
      for (const child of manifest.manifests ?? []) {
        const copied = await copyManifest(child.digest);
        const put = await request(
          target,
          'PUT',
          `/v2/${target.repo}/manifests/${copied.digest}`,
          { 'content-type': copied.mediaType },
          copied.bytes
        );
        expectStatus(put, [201], `manifest ${copied.digest}`);
      }
      const blobs = [manifest.config?.digest, ...(manifest.layers ?? []).map(l => l.digest)].filter(
        (d): d is string => !!d
      );
      for (const blob of blobs) await copyBlob(source, target, blob);
    }
    return { digest, bytes: answer.body, mediaType };
  };
  const root = await copyManifest(options.reference);
  for (const target of options.targets) {
    if (!options.force) {
      for (const tag of target.tags) {
        const existing = await request(target, 'HEAD', `/v2/${target.repo}/manifests/${tag}`, {
          accept: manifestTypes
        });
        if (existing.status === 200 && existing.headers['docker-content-digest'] !== root.digest) {
          throw options.conflict(target.repo, tag);
        }
      }
    }
    for (const reference of [root.digest, ...target.tags]) {
      const put = await request(
        target,
        'PUT',
        `/v2/${target.repo}/manifests/${reference}`,
        { 'content-type': root.mediaType },
        root.bytes
      );
      expectStatus(put, [201], `manifest ${target.repo}:${reference}`);
    }
  }
  return root.digest;
}
