// A small OCI distribution client: what build-push and promote need and nothing else. Token auth that follows
// the registry's challenge with a per-scope token cache, manifests by exact bytes, blob HEAD, cross-repository
// mount, and streamed blob copy; every request retried on 429/5xx/network errors through shared/retry.ts.
// Built on the actions' one transport (shared/http.ts): keep-alive connections, HTTPS_PROXY/NO_PROXY.
import { createHash } from 'node:crypto';
import type { Clock } from './clock.js';
import { httpRequest, type HttpRequest, type HttpResponse } from './http.js';
import { ConfigurationError, RemoteError } from './errors.js';
import { parseRetryAfter, retry, type RetryOptions } from './retry.js';

/** `registry/repository[:tag][@sha256:…]`, the registry always explicit (no Docker Hub defaults). */
export interface ImageReference {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

const registryPattern = /^(?:[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+|localhost|\d+\.\d+\.\d+\.\d+)(?::\d+)?$/;
const repositoryPattern =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^sha256:[a-f0-9]{64}$/;

/** Parses and validates an image reference given in input `input`; the registry part is required. */
export function parseImageReference(text: string, input: string): ImageReference {
  const value = text.trim();
  const at = value.indexOf('@');
  const digest = at >= 0 ? value.slice(at + 1) : undefined;
  const name = at >= 0 ? value.slice(0, at) : value;
  const slash = name.indexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
  const path = tag !== undefined ? name.slice(0, colon) : name;
  const registry = slash > 0 ? path.slice(0, slash) : '';
  const repository = slash > 0 ? path.slice(slash + 1) : path;
  const problem = !registryPattern.test(registry)
    ? `it must start with the registry's login server (myregistry.azurecr.io/${repository || 'name'})`
    : repository !== repository.toLowerCase()
      ? `repository names must be lowercase ('${repository.toLowerCase()}')`
      : !repositoryPattern.test(repository)
        ? `'${repository}' is not a valid repository name`
        : tag !== undefined && !tagPattern.test(tag)
          ? `'${tag}' is not a valid tag`
          : digest !== undefined && !digestPattern.test(digest)
            ? `'${digest}' is not a sha256 digest`
            : undefined;
  if (problem)
    throw new ConfigurationError(`input '${input}' is not an image reference ('${value}'): ${problem}`);
  return {
    registry: registry.toLowerCase(),
    repository,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {})
  };
}

export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

export const manifestMediaTypes = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
];

export interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
  platform?: { os?: string; architecture?: string; variant?: string };
}

export interface Manifest {
  /** The bytes exactly as the registry holds them: their sha256 is the digest. */
  bytes: Buffer;
  mediaType: string;
  digest: string;
  json: { mediaType?: string; manifests?: Descriptor[]; config?: Descriptor; layers?: Descriptor[] };
}

export const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** Returns a bearer token for these scopes (`repository:name:pull,push`) from the registry's token realm. */
export type TokenProvider = (challenge: {
  realm: string;
  service: string;
  scopes: string[];
}) => Promise<string>;

export interface RegistryClientOptions {
  /** The login server, e.g. myregistry.azurecr.io. */
  registry: string;
  tokens: TokenProvider;
  clock?: Clock;
  onRetry?: RetryOptions['onRetry'];
  /** Base delay of the retry backoff. */
  retryBaseDelayMs?: number;
}

type Response = HttpResponse;

/** The registry's error JSON (`{"errors":[{"code","message"}]}`) as one line. */
function registryError(what: string, response: Response): RemoteError {
  let code = `HTTP${response.status}`;
  let message = response.text.slice(0, 300);
  try {
    const body = JSON.parse(response.text) as { errors?: Array<{ code?: string; message?: string }> };
    const first = body.errors?.[0];
    if (first?.code) code = first.code;
    if (first?.message) message = first.message;
  } catch {
    // Not JSON (a proxy's HTML page): the status and the start of the text say enough.
  }
  return new RemoteError(`${what}: ${response.status} ${code}${message ? `: ${message}` : ''}`, {
    service: 'registry',
    code,
    status: response.status,
    retryAfterSeconds: parseRetryAfter(response.header('retry-after'))
  });
}

export class RegistryClient {
  readonly registry: string;
  private readonly options: RegistryClientOptions;
  private challenge?: Promise<{ realm: string; service: string }>;
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(options: RegistryClientOptions) {
    this.options = options;
    this.registry = options.registry;
  }

  get baseUrl(): string {
    return `https://${this.registry}`;
  }

  /** The realm and service of the registry's `Bearer` challenge on `GET /v2/`, asked once. */
  authChallenge(): Promise<{ realm: string; service: string }> {
    this.challenge ??= this.send('read the registry challenge', 'GET', '/v2/', [], {
      anonymous: true,
      ok: [200, 401]
    }).then(response => {
      const header = response.header('www-authenticate') ?? '';
      const realm = /realm="([^"]+)"/i.exec(header)?.[1];
      const service = /service="([^"]+)"/i.exec(header)?.[1] ?? this.registry;
      if (!realm) {
        throw new RemoteError(
          `${this.registry} did not ask for a bearer token (WWW-Authenticate: '${header}')`,
          {
            service: 'registry',
            code: 'NO_CHALLENGE',
            status: response.status
          }
        );
      }
      return { realm, service };
    });
    this.challenge.catch(() => (this.challenge = undefined));
    return this.challenge;
  }

  /** A bearer token for exactly these scopes, cached per scope set. */
  async token(scopes: string[]): Promise<string> {
    const key = [...scopes].sort().join(' ');
    let token = this.tokens.get(key);
    if (!token) {
      token = this.authChallenge().then(c => this.options.tokens({ ...c, scopes }));
      this.tokens.set(key, token);
      token.catch(() => this.tokens.delete(key));
    }
    return token;
  }

  private async send(
    label: string,
    method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    scopes: string[],
    options: {
      headers?: Record<string, string>;
      body?: HttpRequest['body'];
      ok?: number[];
      anonymous?: boolean;
      stream?: boolean;
      /** Retry the whole request on a transient fault; off for streamed bodies that cannot be replayed. */
      replayable?: boolean;
    } = {}
  ): Promise<Response> {
    let renewed = false;
    const attempt = async (): Promise<Response> => {
      const headers: Record<string, string> = { ...options.headers };
      if (!options.anonymous) headers['authorization'] = `Bearer ${await this.token(scopes)}`;
      const url = /^https?:/.test(path) ? path : `${this.baseUrl}${path}`;
      const result = await httpRequest({
        method,
        url,
        headers,
        body: options.body,
        timeoutMs: 0,
        streamStatuses: options.stream ? [200] : undefined
      });
      const response = result;
      // An access token that expired during a long job: buy a fresh one for these scopes, once.
      if (response.status === 401 && !options.anonymous && !renewed && options.replayable !== false) {
        renewed = true;
        this.tokens.delete([...scopes].sort().join(' '));
        return attempt();
      }
      if (!(options.ok ?? [200]).includes(response.status))
        throw registryError(`${label} (${method} ${new URL(url).pathname})`, result);
      return result;
    };
    if (options.replayable === false) return attempt();
    return retry(attempt, {
      label,
      service: 'registry',
      clock: this.options.clock,
      onRetry: this.options.onRetry,
      baseDelayMs: this.options.retryBaseDelayMs
    });
  }

  /** The digest, media type and size a tag or digest resolves to, or undefined when the registry has none. */
  async headManifest(repository: string, reference: string): Promise<Descriptor | undefined> {
    const response = await this.send(
      `look up ${repository}:${reference}`,
      'HEAD',
      `/v2/${repository}/manifests/${reference}`,
      [`repository:${repository}:pull`],
      { headers: { accept: manifestMediaTypes.join(', ') }, ok: [200, 404] }
    );
    if (response.status === 404) return undefined;
    return {
      digest: response.header('docker-content-digest') ?? '',
      mediaType: response.header('content-type'),
      size: Number(response.header('content-length') ?? 0)
    };
  }

  async getManifest(repository: string, reference: string): Promise<Manifest> {
    const response = await this.send(
      `read manifest ${repository}:${reference}`,
      'GET',
      `/v2/${repository}/manifests/${reference}`,
      [`repository:${repository}:pull`],
      { headers: { accept: manifestMediaTypes.join(', ') }, stream: true }
    );
    const bytes = await readAll(response);
    const digest = sha256(bytes);
    if (reference.startsWith('sha256:') && digest !== reference) {
      throw new RemoteError(`${this.registry}/${repository}@${reference} arrived with digest ${digest}`, {
        service: 'registry',
        code: 'DIGEST_INVALID'
      });
    }
    const json = JSON.parse(bytes.toString('utf8')) as Manifest['json'];
    return { bytes, digest, json, mediaType: json.mediaType ?? response.header('content-type') ?? '' };
  }

  /** Puts the exact bytes under a tag or digest; returns the digest the registry computed. */
  async putManifest(
    repository: string,
    reference: string,
    manifest: Pick<Manifest, 'bytes' | 'mediaType'>
  ): Promise<string> {
    const response = await this.send(
      `write manifest ${repository}:${reference}`,
      'PUT',
      `/v2/${repository}/manifests/${reference}`,
      [`repository:${repository}:pull,push`],
      { headers: { 'content-type': manifest.mediaType }, body: manifest.bytes, ok: [201] }
    );
    return response.header('docker-content-digest') ?? sha256(manifest.bytes);
  }

  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const response = await this.send(
      `look up blob ${digest.slice(0, 19)}`,
      'HEAD',
      `/v2/${repository}/blobs/${digest}`,
      [`repository:${repository}:pull`],
      { ok: [200, 404] }
    );
    return response.status === 200;
  }

  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const response = await this.send(
      `read blob ${digest.slice(0, 19)}`,
      'GET',
      `/v2/${repository}/blobs/${digest}`,
      [`repository:${repository}:pull`],
      { stream: true }
    );
    const bytes = await readAll(response);
    if (sha256(bytes) !== digest) {
      throw new RemoteError(`blob ${digest} of ${repository} arrived with digest ${sha256(bytes)}`, {
        service: 'registry',
        code: 'DIGEST_INVALID'
      });
    }
    return bytes;
  }

  /**
   * Cross-repository mount (`POST …/blobs/uploads/?mount=&from=`): 201 when the registry linked the blob (no
   * bytes move), otherwise the upload URL it opened instead.
   */
  async mountBlob(
    repository: string,
    digest: string,
    from: string
  ): Promise<{ mounted: true } | { mounted: false; upload: string }> {
    const response = await this.send(
      `mount ${digest.slice(0, 19)} from ${from}`,
      'POST',
      `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
      [`repository:${repository}:pull,push`, `repository:${from}:pull`],
      { headers: { 'content-length': '0' }, ok: [201, 202] }
    );
    if (response.status === 201) return { mounted: true };
    return {
      mounted: false,
      upload: new URL(
        response.header('location') ?? '',
        `${this.baseUrl}/v2/${repository}/blobs/uploads/`
      ).toString()
    };
  }

  /** Uploads a blob in one streamed PUT (`open` is called again on a retry), unless the registry has it. */
  async uploadBlob(repository: string, blob: Descriptor, open: () => NodeJS.ReadableStream): Promise<void> {
    if (await this.hasBlob(repository, blob.digest)) return;
    await retry(async () => this.putBlob(repository, blob, await this.startUpload(repository, blob), open), {
      label: `upload blob ${blob.digest.slice(0, 19)}`,
      service: 'registry',
      clock: this.options.clock,
      onRetry: this.options.onRetry,
      baseDelayMs: this.options.retryBaseDelayMs
    });
  }

  /** Streams a blob from another registry (or repository) into this one: one GET piped into one PUT. */
  async copyBlobFrom(
    source: RegistryClient,
    sourceRepository: string,
    repository: string,
    blob: Descriptor
  ): Promise<void> {
    await retry(
      async () => {
        const upload = await this.startUpload(repository, blob);
        const download = await source.send(
          `read blob ${blob.digest.slice(0, 19)}`,
          'GET',
          `/v2/${sourceRepository}/blobs/${blob.digest}`,
          [`repository:${sourceRepository}:pull`],
          { stream: true, replayable: false }
        );
        if (!download.stream) throw new Error(`no body for blob ${blob.digest}`);
        const body = download.stream;
        await this.putBlob(repository, blob, upload, () => body);
      },
      {
        label: `copy blob ${blob.digest.slice(0, 19)}`,
        service: 'registry',
        clock: this.options.clock,
        onRetry: this.options.onRetry,
        baseDelayMs: this.options.retryBaseDelayMs
      }
    );
  }

  /** Opens an upload session (POST); the URL it answers, with the digest the PUT will be checked against. */
  private async startUpload(repository: string, blob: Descriptor): Promise<URL> {
    const started = await this.send(
      `start upload of ${blob.digest.slice(0, 19)}`,
      'POST',
      `/v2/${repository}/blobs/uploads/`,
      [`repository:${repository}:pull,push`],
      { headers: { 'content-length': '0' }, ok: [202], replayable: false }
    );
    const upload = new URL(
      started.header('location') ?? '',
      `${this.baseUrl}/v2/${repository}/blobs/uploads/`
    );
    upload.searchParams.set('digest', blob.digest);
    return upload;
  }

  /** The whole blob in one streamed PUT to an upload session; a stream cannot be replayed, so no retry here. */
  private async putBlob(
    repository: string,
    blob: Descriptor,
    upload: URL,
    body: () => NodeJS.ReadableStream
  ): Promise<void> {
    await this.send(
      `upload blob ${blob.digest.slice(0, 19)}`,
      'PUT',
      upload.toString(),
      [`repository:${repository}:pull,push`],
      {
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
        body,
        ok: [201],
        replayable: false
      }
    );
  }
}

async function readAll(response: Response): Promise<Buffer> {
  if (!response.stream) return response.body;
  const chunks: Buffer[] = [];
  for await (const chunk of response.stream as AsyncIterable<Buffer | string>)
    chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Config, layers and child manifests of a manifest or index, each once. */
export function blobsOf(manifest: Manifest['json']): Descriptor[] {
  return [...(manifest.config ? [manifest.config] : []), ...(manifest.layers ?? [])];
}

export function isIndex(manifest: Manifest): boolean {
  return Array.isArray(manifest.json.manifests);
}
