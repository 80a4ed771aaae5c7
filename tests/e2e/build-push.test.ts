import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ActionRun } from '../../sandbox/runner.js';
import { deployer, devRegistry, loginInputs, noRoles, promoter } from '../support/world.js';
import { startRegistryWorld, type RegistryWorld } from './registry-support.js';

let world: RegistryWorld;
const sha = '3f786850e387550fdab836ed7e6dc881de23001b';
const registry = devRegistry.loginServer;

beforeAll(async () => {
  world = await startRegistryWorld(deployer.appId);
});
afterAll(async () => {
  await world?.stop();
});

async function build(
  repository: string,
  options: Parameters<RegistryWorld['step']>[2] & { inputs?: Record<string, string> } = {}
): Promise<ActionRun> {
  const { dir, busybox } = await world.workspace();
  return world.step(
    'build-push',
    {
      image: `${registry}/${repository}`,
      context: dir,
      'build-contexts': `busybox=${busybox}`,
      ...options.inputs
    },
    { clientId: deployer.appId, ...options }
  );
}

const labelsOf = async (reference: string) =>
  (await world.inspect(reference))['Labels'] as Record<string, string>;

describe('dist/build-push/index.js run as the runner runs it, with buildah and a real registry', () => {
  it('logs in, builds the example service, pushes it and tags it for a push to main', async () => {
    const login = await world.step('login', loginInputs);
    expect(login.errors).toEqual([]);
    const { dir, busybox } = await world.workspace();
    const run = await world.step(
      'build-push',
      { image: `${registry}/itinerary`, context: dir, 'build-contexts': `busybox=${busybox}` },
      { env: login.exported }
    );
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const digest = run.outputs['digest']!;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(run.outputs['image']).toBe(`${registry}/itinerary@${digest}`);
    expect(run.outputs['tags']!.split('\n')).toEqual([
      `${registry}/itinerary:main`,
      `${registry}/itinerary:latest`,
      `${registry}/itinerary:sha-3f78685`
    ]);
    expect(run.outputs['built']).toBe('true');
    for (const tag of ['main', 'latest', 'sha-3f78685']) {
      expect((await world.inspect(`${registry}/itinerary:${tag}`))['Digest']).toBe(digest);
    }
    const labels = await labelsOf(`${registry}/itinerary@${digest}`);
    expect(labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/musafirgo/itinerary',
      'org.opencontainers.image.revision': sha,
      'org.opencontainers.image.version': 'main',
      'org.musafirgo.build.context-digest': expect.stringMatching(/^sha256:[a-f0-9]{64}$/)
    });
    expect(Date.parse(labels['org.opencontainers.image.created']!)).toBeGreaterThan(Date.now() - 600_000);
    expect(run.stdout).toContain('Builder: buildah (no Docker daemon here; buildah is installed)');
    for (const text of [
      'Image build and push',
      digest,
      'Registry sign-in (ACR token exchange)',
      'Build (buildah)',
      'Push (buildah)',
      'MiB'
    ]) {
      expect(run.summary).toContain(text);
    }
    // The registry saw our token exchange and pushes, never a password grant with a secret on a command line.
    const tokenCalls = world.acr.calls().filter(c => c.path.startsWith('/oauth2/'));
    expect(tokenCalls.map(c => `${c.method} ${c.path} ${c.status}`)).toContain('POST /oauth2/exchange 200');
    expect(tokenCalls.every(c => c.status === 200)).toBe(true);
    // buildah signed in from the auth file: Basic auth with ACR's null-GUID user and the refresh token.
    expect(tokenCalls.some(c => c.method === 'GET' && c.detail?.['grant'] === 'password')).toBe(true);
  });

  it('skips the build on a re-run of the same source and says so', async () => {
    const first = await build('itinerary-rerun');
    expect(first.outputs['built']).toBe('true');
    const since = world.acr.calls().length;
    const again = await build('itinerary-rerun', {
      job: { sha: '9c0ffee87e387550fdab836ed7e6dc881de23001' },
      clientId: deployer.appId
    });
    expect(again.errors).toEqual([]);
    expect(again.outputs['built']).toBe('false');
    expect(again.outputs['digest']).toBe(first.outputs['digest']);
    expect(again.stdout).toMatch(
      /itinerary-rerun:main \(sha256:[a-f0-9]{64}\) was built from the same source .*; skipping the build/
    );
    expect(again.summary).toContain('skipped: `main` was built from the same source');
    expect(again.outputs['tags']).toContain(`${registry}/itinerary-rerun:sha-9c0ffee`);
    expect((await world.inspect(`${registry}/itinerary-rerun:sha-9c0ffee`))['Digest']).toBe(
      first.outputs['digest']
    );
    const uploads = world.acr
      .calls()
      .slice(since)
      .filter(c => c.path.includes('/blobs/uploads/'));
    expect(uploads).toEqual([]);
    expect(again.durationMs).toBeLessThan(first.durationMs);
  });

  it('tags a feature branch, a semver tag and a pull request like metadata-action', async () => {
    const branch = await build('itinerary-events', {
      job: { ref: 'refs/heads/feature/cheaper-flights', environment: 'prod' },
      inputs: { 'skip-unchanged': 'false' }
    });
    expect(branch.errors).toEqual([]);
    expect(branch.outputs['tags']!.split('\n')).toEqual([
      `${registry}/itinerary-events:feature-cheaper-flights`,
      `${registry}/itinerary-events:sha-3f78685`
    ]);

    const release = await build('itinerary-events', {
      job: { ref: 'refs/tags/v1.4.2', environment: 'prod' },
      inputs: { 'skip-unchanged': 'false' }
    });
    expect(release.outputs['tags']!.split('\n')).toEqual(
      ['1.4.2', '1.4', '1', 'sha-3f78685'].map(t => `${registry}/itinerary-events:${t}`)
    );
    expect((await labelsOf(`${registry}/itinerary-events:1.4`))['org.opencontainers.image.version']).toBe(
      '1.4.2'
    );

    const head = 'b7e4c1d2a9f0e3b6c5d8a7f4e1b2c3d4e5f6a7b8';
    const pr = await build('itinerary-events', {
      job: { eventName: 'pull_request' },
      env: {
        GITHUB_EVENT_PATH: await world.eventFile({
          number: 7,
          pull_request: { number: 7, head: { sha: head } }
        })
      },
      inputs: { 'skip-unchanged': 'false' }
    });
    expect(pr.errors).toEqual([]);
    expect(pr.outputs['tags']!.split('\n')).toEqual([
      `${registry}/itinerary-events:pr-7`,
      `${registry}/itinerary-events:sha-b7e4c1d`
    ]);
    const labels = await labelsOf(`${registry}/itinerary-events:pr-7`);
    expect(labels['org.opencontainers.image.revision']).toBe(head);
    expect(labels['org.opencontainers.image.version']).toBe('pr-7');
    // latest only ever comes from the default branch.
    for (const run of [branch, release, pr]) expect(run.outputs['tags']).not.toContain(':latest');
  });

  it('explains an identity without any role on the registry', async () => {
    const run = await build('itinerary-denied', { clientId: noRoles.appId });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `build-push: ${registry} refused identity ${noRoles.appId} (UNAUTHORIZED): it has no data role on the registry; assign one, e.g. 'az role assignment create --assignee ${noRoles.appId} --role AcrPush --scope <registry resource id>'`
    ]);
  });

  it('explains an identity that may pull but not push', async () => {
    const run = await build('itinerary-denied', { clientId: promoter.appId });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `build-push: identity ${promoter.appId} may pull but not push to ${registry}/itinerary-denied; assign it AcrPush on the registry: 'az role assignment create --assignee ${promoter.appId} --role AcrPush --scope $(az acr show --name musafirgodev --query id --output tsv)'`
    ]);
    expect(run.stdout).not.toContain('STEP 1/');
  });

  it('retries a push that the registry drops halfway', async () => {
    // Dropped four times: buildah 1.28 retries a blob upload up to three times itself whatever --retry says, so
    // only the fourth drop reaches our retry, every time (with one, the test passed or failed with the timing).
    world.acr.faults.add({
      registry: 'musafirgodev',
      method: 'PATCH',
      path: '/v2/itinerary-flaky/blobs/uploads/',
      reset: true,
      times: 4
    });
    const run = await build('itinerary-flaky');
    expect(run.errors).toEqual([]);
    expect(run.outputs['built']).toBe('true');
    expect(run.stdout).toMatch(
      /push musafirgodev\.azurecr\.io\/itinerary-flaky:main: attempt 1 failed \(buildah push to .* failed \(exit \d+\):[^]*; trying again in/
    );
    const resets = world.acr.calls().filter(c => c.detail?.['fault'] === 'reset');
    expect(resets).toHaveLength(4);
    expect((await world.inspect(`${registry}/itinerary-flaky:main`))['Digest']).toBe(run.outputs['digest']);
  });

  it('ends a registry token service that keeps failing within its deadline, naming the call and what to do', async () => {
    world.acr.faults.add({
      registry: 'musafirgodev',
      path: '/oauth2/exchange',
      status: 503,
      retryAfterSeconds: 0,
      times: Infinity
    });
    try {
      const run = await build('itinerary-outage');
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([
        expect.stringMatching(
          /^build-push: ACR token exchange at musafirgodev\.azurecr\.io to the container registry failed: 503 UNAVAILABLE: .+ \(after 6 attempts over \d+\.\d s\)\. the container registry kept failing: run the job again later, and if it persists check https:\/\/azure\.status\.microsoft$/
        )
      ]);
      expect(run.stdout).not.toContain('STEP 1/');
    } finally {
      world.acr.faults.clear();
    }
  });

  it.each([
    [
      'a binary',
      'Dockerfile.bin',
      "input 'file': 'Dockerfile.bin' is not a text file (a NUL byte at offset 2)"
    ],
    [
      'outside the workspace',
      '../../etc/passwd',
      "input 'file': '../../etc/passwd' leads outside the workspace"
    ],
    ['a directory', 'src', "input 'file': 'src' is a directory; name a Dockerfile (at most 1 MB)"]
  ])('refuses a Dockerfile that is %s before anything is built', async (_, file, message) => {
    const { dir, busybox } = await world.workspace();
    await writeFile(join(dir, 'Dockerfile.bin'), Buffer.from([0x46, 0x52, 0x00, 0x4d]));
    await mkdir(join(dir, 'src'), { recursive: true });
    const run = await world.step(
      'build-push',
      { image: `${registry}/itinerary-files`, context: dir, file, 'build-contexts': `busybox=${busybox}` },
      { clientId: deployer.appId, env: { GITHUB_WORKSPACE: dir } }
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining(`build-push: ${message}`)]);
    expect(run.stdout).not.toContain('STEP 1/');
  });

  it("reports a bad Dockerfile with the builder's error lines", async () => {
    const { dir, busybox } = await world.workspace();
    await writeFile(
      join(dir, 'Dockerfile'),
      'FROM scratch\nCOPY --from=busybox busybox /bin/busybox\nRUN ["/bin/busybox", "no-such-applet"]\n'
    );
    const run = await world.step(
      'build-push',
      { image: `${registry}/itinerary-broken`, context: dir, 'build-contexts': `busybox=${busybox}` },
      { clientId: deployer.appId }
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    const message = run.errors[0]!.replace(/%0A/g, '\n');
    expect(message).toMatch(
      new RegExp(`^build-push: buildah could not build ${dir}/Dockerfile \\(exit \\d+\\):\\n`)
    );
    expect(message).toContain('no-such-applet');
    expect(message).toContain('Error: building at STEP "RUN /bin/busybox no-such-applet": exit status 127');
    expect(message).toMatch(/Fix the Dockerfile or the build inputs; the full output is above$/);
  });

  it('passes build args, a target stage and a build secret that never reaches the log or the image', async () => {
    const { dir, busybox } = await world.workspace();
    await writeFile(
      join(dir, 'Dockerfile'),
      [
        'FROM scratch AS base',
        'COPY --from=busybox busybox /bin/busybox',
        'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
        'FROM base AS release',
        'ARG FLAVOUR',
        // Fails the build unless the secret is mounted, without the Dockerfile naming it.
        'RUN --mount=type=secret,id=npm_token test -s /run/secrets/npm_token && echo "$FLAVOUR" > /flavour',
        'FROM base AS debug',
        'RUN echo debug-stage > /flavour',
        ''
      ].join('\n')
    );
    const run = await world.step(
      'build-push',
      {
        image: `${registry}/itinerary-args`,
        context: dir,
        'build-contexts': `busybox=${busybox}`,
        'build-args': 'FLAVOUR=summer',
        target: 'release',
        secrets: 'npm_token=npm-7f3c9e1d-secret'
      },
      { clientId: deployer.appId }
    );
    expect(run.errors).toEqual([]);
    expect(run.masked).toContain('npm-7f3c9e1d-secret');
    expect(run.visible).not.toContain('npm-7f3c9e1d-secret');
    const config = JSON.stringify(await world.inspect(`${registry}/itinerary-args:main`, '--config'));
    expect(config).toContain('FLAVOUR=summer');
    expect(config).not.toContain('debug-stage');
    expect(config).not.toContain('npm-7f3c9e1d-secret');
  });

  it('asks for login when the job has no Azure identity, and for buildx for several platforms', async () => {
    const noLogin = await build('itinerary-nologin', { clientId: undefined });
    expect(noLogin.errors).toEqual([
      'build-push: build-push needs an Azure identity: run musafirgo/actions/login earlier in this job (AZURE_CLIENT_ID and AZURE_TENANT_ID are not set)'
    ]);
    const platforms = await build('itinerary-multiarch', {
      inputs: { platforms: 'linux/amd64,linux/arm64', builder: 'buildah' }
    });
    expect(platforms.errors).toEqual([
      'build-push: buildah builds one platform per step here, not linux/amd64, linux/arm64; use builder: buildx for multi-platform images'
    ]);
  });

  it('refuses a malformed image reference before any network call', async () => {
    const before = world.acr.calls().length;
    const run = await build('Itinerary');
    expect(run.errors).toEqual([
      `build-push: input 'image' is not an image reference ('${registry}/Itinerary'): repository names must be lowercase ('itinerary')`
    ]);
    expect(world.acr.calls()).toHaveLength(before);
  });

  it('shows no token, refresh token or secret in any output', () => {
    const secrets = world.secrets();
    expect(secrets.length).toBeGreaterThan(5);
    for (const run of world.runs) {
      for (const secret of secrets) expect(run.visible.includes(secret)).toBe(false);
      expect(run.visible).not.toMatch(/refresh_token=|access_token=|eyJ[\w-]{20,}\.eyJ/);
    }
  });
});
