// ACR's own metadata API beside the distribution API: `/acr/v1/_catalog`, `/acr/v1/{repository}/_tags` and
// `/acr/v1/{repository}/_manifests` (data-plane api-version 2021-07-01 shapes), what `az acr repository
// show-tags` and `az acr manifest list-metadata` read. Answered by the front from the registry process, for a
// bearer token this service signed with the access the call needs.
import { request, manifestTypes, type Endpoint } from './copy.js';
import type { Access, TokenService } from './auth.js';
import { acrError, unauthorized, type RegistryReply } from './errors.js';
import type { SandboxRegistry } from './model.js';

const changeableAttributes = {
  deleteEnabled: true,
  writeEnabled: true,
  readEnabled: true,
  listEnabled: true
};

interface ManifestFacts {
  digest: string;
  mediaType: string;
  imageSize: number;
  createdTime: string;
  architecture?: string;
  os?: string;
  configMediaType?: string;
}

const json = (body: Buffer): Record<string, unknown> => {
  try {
    return JSON.parse(body.toString()) as Record<string, unknown>;
  } catch {
    return {};
  }
};

/** What the registry knows of one manifest: size, media types, and the platform and date of its config. */
async function manifestFacts(endpoint: Endpoint, reference: string): Promise<ManifestFacts | undefined> {
  const answer = await request(endpoint, 'GET', `/v2/${endpoint.repo}/manifests/${reference}`, {
    accept: manifestTypes
  });
  if (answer.status !== 200) return undefined;
  const manifest = json(answer.body);
  const layers = (manifest['layers'] as { size?: number }[] | undefined) ?? [];
  const config = manifest['config'] as { digest?: string; mediaType?: string; size?: number } | undefined;
  let created: string | undefined;
  let platform: { architecture?: string; os?: string } = {};
  if (config?.digest) {
    const blob = await request(endpoint, 'GET', `/v2/${endpoint.repo}/blobs/${config.digest}`);
    if (blob.status === 200) {
      const image = json(blob.body);
      created = typeof image['created'] === 'string' ? image['created'] : undefined;
      platform = { architecture: image['architecture'] as string, os: image['os'] as string };
    }
  }
  return {
    digest: String(answer.headers['docker-content-digest']),
    mediaType: String(manifest['mediaType'] ?? answer.headers['content-type'] ?? ''),
    imageSize: layers.reduce((sum, l) => sum + (l.size ?? 0), config?.size ?? 0),
    createdTime: created ?? '2026-01-12T09:30:00.0000000Z',
    ...(platform.architecture ? { architecture: platform.architecture } : {}),
    ...(platform.os ? { os: platform.os } : {}),
    ...(config?.mediaType ? { configMediaType: config.mediaType } : {})
  };
}

const allows = (access: Access[], type: string, name: string, wanted: string[]) =>
  access.some(a => a.type === type && a.name === name && a.actions.some(x => wanted.includes(x)));

/** `/acr/v1/...` for the token in `authorization`, or undefined when the path is not part of this API. */
export async function metadataApi(
  registry: SandboxRegistry,
  tokenService: TokenService,
  method: string,
  url: URL,
  authorization: string | undefined
): Promise<(RegistryReply & { headers?: Record<string, string> }) | undefined> {
  const match = /^\/acr\/v1\/(?:(_catalog)|(.+)\/(_tags|_manifests))\/?$/.exec(url.pathname);
  if (!match) return undefined;
  if (method !== 'GET') return acrError(405, 'UNSUPPORTED', `${method} is not supported on ${url.pathname}`);
  const repository = match[2] ? decodeURIComponent(match[2]).toLowerCase() : undefined;
  const scope = repository ? `repository:${repository}:metadata_read` : 'registry:catalog:*';
  const challenge = {
    'WWW-Authenticate': `Bearer realm="https://${url.host}/oauth2/token",service="${registry.loginServer}",scope="${scope}"`
  };
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const claims = bearer && (await tokenService.tokens.verifyAccessToken(bearer, registry.loginServer));
  const permitted =
    claims &&
    (repository
      ? allows(claims.access, 'repository', repository, ['metadata_read', 'pull', '*'])
      : allows(claims.access, 'registry', 'catalog', ['*']));
  if (!permitted) return { ...unauthorized(), headers: challenge };

  const token = await tokenService.internal(registry, 'metadata', [
    { type: 'registry', name: 'catalog', actions: ['*'] },
    ...(repository ? [{ type: 'repository', name: repository, actions: ['pull'] }] : [])
  ]);
  const endpoint: Endpoint = { port: registry.process.port, repo: repository ?? '', token };
  if (!repository) {
    const n = Number(url.searchParams.get('n')) || 1000;
    const catalog = await request(endpoint, 'GET', `/v2/_catalog?n=${n}`);
    return { status: 200, body: { repositories: (json(catalog.body)['repositories'] as string[]) ?? [] } };
  }
  const list = await request(endpoint, 'GET', `/v2/${repository}/tags/list`);
  if (list.status === 404) {
    return acrError(404, 'NAME_UNKNOWN', 'repository name not known to registry', { name: repository });
  }
  const tags = ((json(list.body)['tags'] as string[] | null) ?? []).sort();
  const facts = new Map<string, ManifestFacts & { tags: string[] }>();
  for (const tag of tags) {
    const found = await manifestFacts(endpoint, tag);
    if (!found) continue;
    const known = facts.get(found.digest);
    if (known) known.tags.push(tag);
    else facts.set(found.digest, { ...found, tags: [tag] });
  }
  const base = { registry: registry.loginServer, imageName: repository };
  if (match[3] === '_tags') {
    return {
      status: 200,
      body: {
        ...base,
        tags: [...facts.values()].flatMap(f =>
          f.tags.map(name => ({
            name,
            digest: f.digest,
            createdTime: f.createdTime,
            lastUpdateTime: f.createdTime,
            signed: false,
            changeableAttributes
          }))
        )
      }
    };
  }
  return {
    status: 200,
    body: {
      ...base,
      manifests: [...facts.values()].map(({ tags: manifestTags, ...f }) => ({
        ...f,
        lastUpdateTime: f.createdTime,
        tags: manifestTags,
        changeableAttributes
      }))
    }
  };
}
