import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { sha256 } from '../../actions/shared/registry.js';
import { deployer, devRegistry, prodRegistry, promoter } from '../support/world.js';
import { startRegistryWorld, type RegistryWorld } from './registry-support.js';

let world: RegistryWorld;
let digest: string;
const dev = devRegistry.loginServer;
const prod = prodRegistry.loginServer;

beforeAll(async () => {
  world = await startRegistryWorld(promoter.appId);
  const { dir, busybox } = await world.workspace();
  const built = await world.step(
    'build-push',
    { image: `${dev}/itinerary`, context: dir, 'build-contexts': `busybox=${busybox}` },
    { clientId: deployer.appId }
  );
  if (built.exitCode !== 0) throw new Error(`build-push failed: ${built.errors.join('; ')}`);
  digest = built.outputs['digest']!;
});
afterAll(async () => {
  await world?.stop();
});

const uploadsSince = (since: number) =>
  world.acr
    .calls()
    .slice(since)
    .filter(c => c.path.includes('/blobs/uploads/') && !c.path.endsWith('/uploads/'));

describe('dist/promote/index.js run as the runner runs it', () => {
  it('mounts the blobs into another repository of the same registry: no bytes move, same digest', async () => {
    const since = world.acr.calls().length;
    const run = await world.step(
      'promote',
      { source: `${dev}/itinerary@${digest}`, target: `${dev}/itinerary-release`, tags: '1.4.2' },
      { clientId: deployer.appId }
    );
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({
      image: `${dev}/itinerary-release@${digest}`,
      digest,
      tags: `${dev}/itinerary-release:1.4.2`,
      method: 'mount'
    });
    const mounts = world.acr
      .calls()
      .slice(since)
      .filter(c => c.method === 'POST' && c.path === '/v2/itinerary-release/blobs/uploads/');
    expect(mounts.map(c => c.status)).toEqual([201, 201]);
    expect(uploadsSince(since)).toEqual([]);
    expect((await world.inspect(`${dev}/itinerary-release:1.4.2`))['Digest']).toBe(digest);
    expect(run.summary).toContain('2 mounted, 0 already there, 0 copied (0.0 MiB through the runner)');
    expect(run.summary).toContain('(verified in the target)');
  });

  it('changes nothing on a re-run: the target already holds the digest under every tag', async () => {
    const since = world.acr.calls().length;
    const run = await world.step(
      'promote',
      { source: `${dev}/itinerary@${digest}`, target: `${dev}/itinerary-release`, tags: '1.4.2' },
      { clientId: deployer.appId }
    );
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ digest, method: 'already' });
    expect(run.stdout).toContain(
      `${dev}/itinerary-release already holds ${digest} under every tag asked for: nothing to copy`
    );
    const writes = world.acr
      .calls()
      .slice(since)
      .filter(c => c.method === 'PUT' || (c.method === 'POST' && c.path.startsWith('/v2/')));
    expect(writes).toEqual([]);
  });

  it('brings the signature attached to the image along (cosign tag scheme)', async () => {
    const writer = await world.signIn(deployer.appId, dev);
    const payload = Buffer.from(
      JSON.stringify({ critical: { image: { 'docker-manifest-digest': digest } } })
    );
    const layer = {
      mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
      digest: sha256(payload),
      size: payload.length
    };
    await writer.client.uploadBlob('itinerary', layer, () => Readable.from([payload]));
    const config = Buffer.from('{}');
    const configDescriptor = {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: sha256(config),
      size: 2
    };
    await writer.client.uploadBlob('itinerary', configDescriptor, () => Readable.from([config]));
    const signatureTag = `${digest.replace(':', '-')}.sig`;
    const signature = await writer.client.putManifest('itinerary', signatureTag, {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      bytes: Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: configDescriptor,
          layers: [layer]
        })
      )
    });
    const run = await world.step(
      'promote',
      { source: `${dev}/itinerary@${digest}`, target: `${dev}/itinerary-signed`, tags: 'v1' },
      { clientId: deployer.appId }
    );
    expect(run.errors).toEqual([]);
    expect(run.stdout).toContain(`Also promoted what is attached to it: ${signatureTag}`);
    expect(await world.inspect(`${dev}/itinerary-signed:${signatureTag}`, '--raw')).toEqual(
      await world.inspect(`${dev}/itinerary@${signature}`, '--raw')
    );
    expect(run.summary).toContain(`\`${signatureTag}\``);
  });

  it('imports into the prod registry through ARM importImage, and the digest is preserved', async () => {
    const since = world.sandbox.calls({ service: 'arm' }).length;
    const run = await world.step(
      'promote',
      { source: `${dev}/itinerary:main`, target: `${prod}/itinerary`, tags: '1.4.2, latest' },
      { clientId: promoter.appId }
    );
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ image: `${prod}/itinerary@${digest}`, digest, method: 'import' });
    expect(run.stdout).toContain(`${dev}/itinerary:main is ${digest}`);
    const imports = world.sandbox
      .calls({ service: 'arm' })
      .slice(since)
      .filter(c => c.path.endsWith('/importImage'));
    expect(imports.map(c => `${c.method} ${c.path} ${c.status}`)).toEqual([
      `POST ${prodRegistry.id}/importImage 202`
    ]);
    for (const tag of ['1.4.2', 'latest']) {
      expect((await world.inspect(`${prod}/itinerary:${tag}`))['Digest']).toBe(digest);
    }
    expect(await world.inspect(`${prod}/itinerary:1.4.2`, '--raw')).toEqual(
      await world.inspect(`${dev}/itinerary@${digest}`, '--raw')
    );
    expect(run.summary).toContain('ARM importImage (server-side)');
  });

  it('streams the blobs across registries when asked to copy, skipping none it must send', async () => {
    const run = await world.step(
      'promote',
      {
        source: `${dev}/itinerary@${digest}`,
        target: `${prod}/itinerary-copy`,
        tags: 'main',
        method: 'copy'
      },
      { clientId: promoter.appId }
    );
    expect(run.errors).toEqual([]);
    expect(run.outputs['method']).toBe('copy');
    expect((await world.inspect(`${prod}/itinerary-copy:main`))['Digest']).toBe(digest);
    // The image's two blobs and, since the test above signed it, the signature's two.
    expect(run.summary).toMatch(/0 mounted, 0 already there, 4 copied \(1\.\d MiB through the runner\)/);
  });

  it('explains an identity the prod registry does not know', async () => {
    const run = await world.step(
      'promote',
      { source: `${dev}/itinerary@${digest}`, target: `${prod}/itinerary`, tags: '1.4.2' },
      { clientId: deployer.appId }
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `promote: ${prod} refused identity ${deployer.appId} (UNAUTHORIZED): it has no data role on the registry; assign one, e.g. 'az role assignment create --assignee ${deployer.appId} --role AcrPush --scope <registry resource id>'`
    ]);
  });

  it('names a source that does not exist, and a target given with a tag', async () => {
    const missing = await world.step(
      'promote',
      { source: `${dev}/itinerary:no-such-tag`, target: `${prod}/itinerary` },
      { clientId: promoter.appId }
    );
    expect(missing.errors).toEqual([
      `promote: ${dev}/itinerary:no-such-tag does not exist; check input 'source'`
    ]);
    const tagged = await world.step(
      'promote',
      { source: `${dev}/itinerary@${digest}`, target: `${prod}/itinerary:1.0` },
      { clientId: promoter.appId }
    );
    expect(tagged.errors).toEqual([
      `promote: input 'target' must be a repository without tag or digest ('${prod}/itinerary'); put tags in 'tags'`
    ]);
  });

  it('explains an import the identity may not start, and a mount across registries', async () => {
    const denied = await world.step(
      'promote',
      { source: `${prod}/itinerary@${digest}`, target: `${dev}/itinerary-back`, tags: 'v1' },
      { clientId: promoter.appId }
    );
    expect(denied.exitCode).toBe(1);
    expect(denied.errors[0]).toMatch(
      new RegExp(
        `^promote: ${promoter.appId} may not import into musafirgodev \\(AuthorizationFailed: .*'Microsoft\\.ContainerRegistry/registries/importImage/action'.*\\); assign it 'Container Registry Data Importer and Data Reader' on ${devRegistry.id.replace(/[.]/g, '\\.')} and AcrPull on ${prodRegistry.id.replace(/[.]/g, '\\.')}$`
      )
    );
    const mount = await world.step(
      'promote',
      { source: `${dev}/itinerary@${digest}`, target: `${prod}/itinerary`, method: 'mount' },
      { clientId: promoter.appId }
    );
    expect(mount.errors).toEqual([
      `promote: method 'mount' works within one registry; ${dev} and ${prod} differ (use import or copy)`
    ]);
  });

  it('ends a stuck import at its timeout, naming what it waited for and its last state', async () => {
    world.acr.holdImports(Infinity);
    const run = await world
      .step(
        'promote',
        {
          source: `${dev}/itinerary@${digest}`,
          target: `${prod}/itinerary-stuck`,
          tags: 'v1',
          timeout: '3s'
        },
        { clientId: promoter.appId }
      )
      .finally(() => world.acr.holdImports(undefined));
    expect(run.exitCode).toBe(1);
    expect(run.durationMs).toBeLessThan(15_000);
    expect(run.errors[0]).toMatch(
      /^promote: import itinerary@sha256:[a-f0-9]{64} into musafirgoprod did not finish within 3\.00 s: its operation \(https:\/\/127\.0\.0\.1:\d+\/subscriptions\/9e3b7c52-4a1d-4e86-a9f3-1b5c8d2e7a04\/providers\/Microsoft\.ContainerRegistry\/locations\/westeurope\/operationResults\/[\w-]+\) was still Accepted \(202\) after \d+ status polls?\. It may still finish on its own: follow it with az rest --method get --url '[^']+', and give the step a longer timeout if Azure is slow$/
    );
    const refused = await world.step(
      'promote',
      { source: `${dev}/itinerary@${digest}`, target: `${prod}/itinerary`, timeout: '99999999999h' },
      { clientId: promoter.appId }
    );
    expect(refused.errors).toEqual([
      "promote: input 'timeout' must be between 1s and 6h (a GitHub job stops after 6 hours), not '99999999999h'"
    ]);
  });

  it('ends in the named form within its deadline when ARM fails every importImage', async () => {
    world.sandbox.faults.add({
      service: 'arm',
      method: 'POST',
      path: '/importImage',
      status: 500,
      retryAfterSeconds: 1,
      times: Infinity
    });
    const run = await world
      .step(
        'promote',
        { source: `${dev}/itinerary@${digest}`, target: `${prod}/itinerary-down`, tags: 'v1' },
        { clientId: promoter.appId }
      )
      .finally(() => world.sandbox.faults.clear());
    expect(run.exitCode).toBe(1);
    expect(run.durationMs).toBeLessThan(30_000);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^promote: import itinerary@sha256:[a-f0-9]{64} into musafirgoprod to Azure Resource Manager failed: 500 InternalServerError: .+ \(after 6 attempts over [\d.]+ s\)\. Azure Resource Manager kept failing: run the job again later, and if it persists check https:\/\/azure\.status\.microsoft$/
      )
    ]);
  });

  it('shows no token or refresh token in any output', () => {
    const secrets = world.secrets();
    expect(secrets.length).toBeGreaterThan(5);
    for (const run of world.runs) {
      for (const secret of secrets) expect(run.visible.includes(secret)).toBe(false);
      expect(run.visible).not.toMatch(/eyJ[\w-]{20,}\.eyJ/);
    }
  });
});
