import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { acrSignIn, grantedActions, type AcrSession } from '../../actions/shared/acr.js';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { RemoteError } from '../../actions/shared/errors.js';
import { decodeJwtClaims } from '../../actions/shared/github-oidc.js';
import { sha256 } from '../../actions/shared/registry.js';
import { acrService, type AcrService } from '../../sandbox/acr/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { FakeClock } from '../support/fake-clock.js';
import { deployer, devRegistry, noRoles, prodRegistry, promoter, tenantId } from '../support/world.js';

let sandbox: Sandbox;
let acr: AcrService;
let untrust: () => void;
const saved = { HTTPS_PROXY: process.env['HTTPS_PROXY'], NO_PROXY: process.env['NO_PROXY'] };

beforeAll(async () => {
  acr = acrService();
  sandbox = await startSandbox({ services: [acr] });
  untrust = sandboxTrust(sandbox);
  // Like a step, this process reaches <name>.azurecr.io through the sandbox proxy.
  process.env['HTTPS_PROXY'] = sandbox.urls.proxy;
  process.env['NO_PROXY'] = '127.0.0.1,localhost';
});
afterAll(async () => {
  untrust();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await sandbox.stop();
});

function session(clientId: string, clock = new FakeClock(Date.now())) {
  return sessionFromEnv(
    'test',
    { ...sandbox.env(), AZURE_CLIENT_ID: clientId, AZURE_TENANT_ID: tenantId },
    { clock }
  );
}

async function signIn(
  clientId: string,
  loginServer: string,
  clock = new FakeClock(Date.now())
): Promise<AcrSession> {
  const s = session(clientId, clock);
  return acrSignIn({ loginServer, credential: s.credential, cloud: s.cloud, clock });
}

let blobCounter = 0;
/** A small blob of fresh bytes, pushed to `repository`. */
async function pushBlob(
  target: AcrSession,
  repository: string
): Promise<{ digest: string; size: number; bytes: Buffer }> {
  const bytes = Buffer.from(`layer ${++blobCounter} ${Date.now()} ${Math.random()}`.repeat(2000));
  const blob = { digest: sha256(bytes), size: bytes.length };
  await target.client.uploadBlob(repository, blob, () => Readable.from([bytes]));
  return { ...blob, bytes };
}

describe('ACR token service in front of a real distribution registry', () => {
  it('exchanges the Entra token for a refresh token and follows the registry challenge', async () => {
    const dev = await signIn(deployer.appId, devRegistry.loginServer);
    expect(await dev.client.authChallenge()).toEqual({
      realm: `https://${devRegistry.loginServer}/oauth2/token`,
      service: devRegistry.loginServer
    });
    const claims = decodeJwtClaims<Record<string, unknown>>(dev.refreshToken);
    expect(claims).toMatchObject({
      aud: devRegistry.loginServer,
      sub: deployer.objectId,
      grant_type: 'refresh_token'
    });
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(3 * 3600);
    expect(await grantedActions(dev, 'itinerary', ['pull', 'push'])).toEqual(['pull', 'push']);
    const exchange = acr.calls().filter(c => c.path === '/oauth2/exchange');
    expect(exchange.at(-1)).toMatchObject({ status: 200, detail: { principal: deployer.objectId } });
  });

  it("refuses an identity without a data role with ACR's error", async () => {
    const s = session(noRoles.appId);
    const entra = await s.credential.getToken('https://management.azure.com/.default');
    const answer = await fetch(`${acr.registry('musafirgodev').url}/oauth2/exchange`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'access_token',
        service: devRegistry.loginServer,
        access_token: entra.token
      })
    });
    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual({
      errors: [
        {
          code: 'UNAUTHORIZED',
          message: 'authentication required, visit https://aka.ms/acr/authorization for more information.'
        }
      ]
    });
    const refused = await signIn(noRoles.appId, devRegistry.loginServer).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RemoteError);
    expect(refused).toMatchObject({ code: 'UNAUTHORIZED', status: 401, transient: false });
  });

  it('grants only what the roles allow, and the registry refuses the rest', async () => {
    const reader = await signIn(promoter.appId, devRegistry.loginServer);
    expect(await grantedActions(reader, 'itinerary', ['pull', 'push'])).toEqual(['pull']);
    const refused = await pushBlob(reader, 'itinerary-readonly').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RemoteError);
    expect((refused as RemoteError).message).toMatch(/401 UNAUTHORIZED: authentication required/);
  });

  it('lists the catalog, tags and manifests for any data role, and refuses a token without the access', async () => {
    const writer = await signIn(deployer.appId, devRegistry.loginServer);
    const config = await pushBlob(writer, 'catalogued');
    const layer = await pushBlob(writer, 'catalogued');
    const digest = await writer.client.putManifest('catalogued', 'v1', {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      bytes: Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: {
            mediaType: 'application/vnd.oci.image.config.v1+json',
            digest: config.digest,
            size: config.size
          },
          layers: [
            { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layer.digest, size: layer.size }
          ]
        })
      )
    });
    const get = async (session: AcrSession, path: string, scopes: string[]) => {
      const answer = await fetch(`${acr.registry(devRegistry.name).url}${path}`, {
        headers: { authorization: `Bearer ${await session.client.token(scopes)}` }
      });
      return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
    };
    // Contributor (the deployer) and a role that only pulls (the promoter's Reader on dev) alike.
    const reader = await signIn(promoter.appId, devRegistry.loginServer);
    for (const session of [writer, reader]) {
      const catalog = await get(session, '/v2/_catalog', ['registry:catalog:*']);
      expect(catalog).toMatchObject({
        status: 200,
        body: { repositories: expect.arrayContaining(['catalogued']) }
      });
      const acrCatalog = await get(session, '/acr/v1/_catalog', ['registry:catalog:*']);
      expect(acrCatalog.body['repositories']).toEqual(expect.arrayContaining(['catalogued']));
    }
    const tags = await get(writer, '/acr/v1/catalogued/_tags', ['repository:catalogued:metadata_read']);
    expect(tags).toMatchObject({
      status: 200,
      body: {
        registry: devRegistry.loginServer,
        imageName: 'catalogued',
        tags: [{ name: 'v1', digest, changeableAttributes: { readEnabled: true } }]
      }
    });
    const manifests = await get(writer, '/acr/v1/catalogued/_manifests', [
      'repository:catalogued:metadata_read'
    ]);
    expect(manifests.body['manifests']).toEqual([expect.objectContaining({ digest, tags: ['v1'] })]);
    // A token for another repository does not read this one's tags.
    const refused = await get(writer, '/acr/v1/catalogued/_tags', ['repository:other:metadata_read']);
    expect(refused.status).toBe(401);
  });

  it('retries 503 and 429 with the Retry-After the registry sent, on the clock (no real wait)', async () => {
    const clock = new FakeClock(Date.now());
    const dev = await signIn(deployer.appId, devRegistry.loginServer, clock);
    acr.faults.add({
      registry: 'musafirgodev',
      method: 'HEAD',
      path: '/manifests/missing',
      status: 503,
      retryAfterSeconds: 7
    });
    acr.faults.add({
      registry: 'musafirgodev',
      method: 'HEAD',
      path: '/manifests/missing',
      status: 429,
      retryAfterSeconds: 3
    });
    expect(await dev.client.headManifest('itinerary', 'missing')).toBeUndefined();
    expect(clock.sleeps).toEqual([7000, 3000]);
  });

  it('buys a fresh access token once when the registry stops accepting the cached one', async () => {
    const dev = await signIn(deployer.appId, devRegistry.loginServer);
    await dev.client.token(['repository:itinerary:pull']);
    const tokensBefore = acr.calls().filter(c => c.path === '/oauth2/token').length;
    acr.faults.add({ registry: 'musafirgodev', method: 'HEAD', path: '/manifests/renewed', status: 401 });
    expect(await dev.client.headManifest('itinerary', 'renewed')).toBeUndefined();
    expect(acr.calls().filter(c => c.path === '/oauth2/token').length).toBe(tokensBefore + 1);
  });

  it('rides out the registry going down in the middle of a push', async () => {
    const registry = acr.registry('musafirgodev');
    // The clock's sleep is where the registry comes back: the retry finds it up again.
    const clock = new (class extends FakeClock {
      override async sleep(ms: number): Promise<void> {
        await super.sleep(ms);
        await registry.process.start();
      }
    })(Date.now());
    const dev = await signIn(deployer.appId, devRegistry.loginServer, clock);
    await dev.client.token(['repository:itinerary-down:pull,push']);
    await registry.process.stop();
    expect(registry.process.running).toBe(false);
    const blob = await pushBlob(dev, 'itinerary-down');
    expect(clock.sleeps.length).toBeGreaterThan(0);
    expect(acr.calls().some(c => c.detail?.['upstream'] === 'down' && c.status === 503)).toBe(true);
    expect((await dev.client.getBlob('itinerary-down', blob.digest)).equals(blob.bytes)).toBe(true);
  });

  it('mounts a blob across repositories (201), and opens an upload when the source lacks it (202)', async () => {
    const dev = await signIn(deployer.appId, devRegistry.loginServer);
    const blob = await pushBlob(dev, 'itinerary-mount-src');
    expect(await dev.client.hasBlob('itinerary-mount-dst', blob.digest)).toBe(false);
    expect(await dev.client.mountBlob('itinerary-mount-dst', blob.digest, 'itinerary-mount-src')).toEqual({
      mounted: true
    });
    expect(await dev.client.hasBlob('itinerary-mount-dst', blob.digest)).toBe(true);
    const elsewhere = await dev.client.mountBlob(
      'itinerary-mount-dst',
      sha256(Buffer.from('nowhere')),
      'itinerary-mount-src'
    );
    expect(elsewhere).toMatchObject({
      mounted: false,
      upload: expect.stringContaining('/v2/itinerary-mount-dst/blobs/uploads/')
    });
  });

  it('streams a blob from one registry into another, and it arrives with its digest', async () => {
    const dev = await signIn(promoter.appId, devRegistry.loginServer);
    const prod = await signIn(promoter.appId, prodRegistry.loginServer);
    const writer = await signIn(deployer.appId, devRegistry.loginServer);
    const blob = await pushBlob(writer, 'itinerary-stream');
    await prod.client.copyBlobFrom(dev.client, 'itinerary-stream', 'itinerary-stream', blob);
    expect(sha256(await prod.client.getBlob('itinerary-stream', blob.digest))).toBe(blob.digest);
  });
});

describe('ARM for Microsoft.ContainerRegistry/registries', () => {
  async function arm(clientId: string, method: string, path: string, body?: unknown) {
    const token = await session(clientId).credential.getToken('https://management.azure.com/.default');
    const answer = await fetch(
      `${sandbox.urls.arm}${path}${path.includes('?') ? '&' : '?'}api-version=2023-07-01`,
      {
        method,
        headers: { authorization: `Bearer ${token.token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body)
      }
    );
    const text = await answer.text();
    return {
      status: answer.status,
      headers: answer.headers,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {}
    };
  }

  it('reads a registry and lists the registries of a subscription', async () => {
    const got = await arm(deployer.appId, 'GET', devRegistry.id);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      id: devRegistry.id,
      name: 'musafirgodev',
      properties: { loginServer: devRegistry.loginServer, adminUserEnabled: false }
    });
    const listed = await arm(
      promoter.appId,
      'GET',
      `/subscriptions/${prodRegistry.id.split('/')[2]}/providers/Microsoft.ContainerRegistry/registries`
    );
    expect((listed.body['value'] as Array<{ name: string }>).map(r => r.name)).toEqual(['musafirgoprod']);
    const missing = await arm(
      deployer.appId,
      'GET',
      devRegistry.id.replace('musafirgodev', 'nosuchregistry')
    );
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: 'ResourceNotFound' } });
  });

  it('refuses an import from a registry the caller may not pull from', async () => {
    const answer = await arm(deployer.appId, 'POST', `${devRegistry.id}/importImage`, {
      source: { resourceId: prodRegistry.id, sourceImage: 'itinerary:latest' },
      targetTags: ['itinerary:latest']
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ error: { code: 'AuthorizationFailed' } });
    expect(String((answer.body['error'] as { message: string }).message)).toContain(
      `perform action 'Microsoft.ContainerRegistry/registries/pull/read' over scope '${prodRegistry.id}'`
    );
  });

  it('fails a NoForce import onto a tag that holds another image', async () => {
    const dev = await signIn(deployer.appId, devRegistry.loginServer);
    const prod = await signIn(promoter.appId, prodRegistry.loginServer);
    const push = async (target: AcrSession, repository: string, tag: string) => {
      const layer = await pushBlob(target, repository);
      const config = await pushBlob(target, repository);
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: {
            mediaType: 'application/vnd.oci.image.config.v1+json',
            digest: config.digest,
            size: config.size
          },
          layers: [
            { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layer.digest, size: layer.size }
          ]
        })
      );
      return target.client.putManifest(repository, tag, {
        bytes: manifest,
        mediaType: 'application/vnd.oci.image.manifest.v1+json'
      });
    };
    const digest = await push(dev, 'itinerary-noforce', 'v1');
    await push(prod, 'itinerary-noforce', 'v1');
    const started = await arm(promoter.appId, 'POST', `${prodRegistry.id}/importImage`, {
      source: { resourceId: devRegistry.id, sourceImage: `itinerary-noforce@${digest}` },
      targetTags: ['itinerary-noforce:v1'],
      mode: 'NoForce'
    });
    expect(started.status).toBe(202);
    // The spec declares Location only (final state via Location): it answers what the call would have, an error.
    expect(started.headers.get('azure-asyncoperation')).toBeNull();
    const status = await arm(promoter.appId, 'GET', new URL(started.headers.get('location')!).pathname);
    expect(status.status).toBe(409);
    expect(status.body).toMatchObject({
      error: {
        code: 'TagAlreadyExists',
        message: expect.stringContaining('itinerary-noforce:v1 already exists')
      }
    });
  });
});
