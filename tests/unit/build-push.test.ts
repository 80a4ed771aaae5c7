import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildahPushArgs, buildxArgs, errorLines, type BuildPlan } from '../../actions/build-push/builder.js';
import { contextDigest, dockerignore } from '../../actions/build-push/context.js';
import { getInputs } from '../../actions/build-push/inputs.js';
import { computeMeta, sanitizeTag, type GitContext } from '../../actions/build-push/meta.js';
import { getInputs as getPromoteInputs } from '../../actions/promote/inputs.js';
import { parseImageReference } from '../../actions/shared/registry.js';

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

const git: GitContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: '3f786850e387550fdab836ed7e6dc881de23001b',
  repository: 'musafirgo/itinerary',
  serverUrl: 'https://github.com',
  defaultBranch: 'main'
};
const now = new Date('2026-11-24T09:00:00Z');

describe('tags and labels (metadata-action rules)', () => {
  it('tags the default branch with latest, other branches without', () => {
    expect(computeMeta(git, now).tags).toEqual(['main', 'latest', 'sha-3f78685']);
    expect(computeMeta({ ...git, ref: 'refs/heads/feature/Cheaper_flights' }, now).tags).toEqual([
      'feature-Cheaper_flights',
      'sha-3f78685'
    ]);
  });

  it('expands a semver tag, keeps pre-releases and 0.x narrow, and passes other tags through', () => {
    expect(computeMeta({ ...git, ref: 'refs/tags/v2.3.4' }, now).tags).toEqual([
      '2.3.4',
      '2.3',
      '2',
      'sha-3f78685'
    ]);
    expect(computeMeta({ ...git, ref: 'refs/tags/v0.9.1' }, now).tags).toEqual([
      '0.9.1',
      '0.9',
      'sha-3f78685'
    ]);
    expect(computeMeta({ ...git, ref: 'refs/tags/v1.3.0-rc.1' }, now).tags).toEqual([
      '1.3.0-rc.1',
      'sha-3f78685'
    ]);
    expect(computeMeta({ ...git, ref: 'refs/tags/release-42' }, now).tags).toEqual([
      'release-42',
      'sha-3f78685'
    ]);
  });

  it('names pull requests pr-<n> and uses the head commit, not the merge commit', () => {
    const meta = computeMeta(
      {
        ...git,
        eventName: 'pull_request',
        ref: 'refs/pull/7/merge',
        prNumber: 7,
        prHeadSha: 'b7e4c1d2a9f0e3b6c5d8'
      },
      now
    );
    expect(meta.tags).toEqual(['pr-7', 'sha-b7e4c1d']);
    expect(meta.labels).toEqual({
      'org.opencontainers.image.title': 'itinerary',
      'org.opencontainers.image.source': 'https://github.com/musafirgo/itinerary',
      'org.opencontainers.image.url': 'https://github.com/musafirgo/itinerary',
      'org.opencontainers.image.revision': 'b7e4c1d2a9f0e3b6c5d8',
      'org.opencontainers.image.version': 'pr-7',
      'org.opencontainers.image.created': '2026-11-24T09:00:00.000Z'
    });
  });

  it('makes any ref name a valid tag', () => {
    expect(sanitizeTag('.hidden/feature@x')).toBe('hidden-feature-x');
    expect(sanitizeTag('a'.repeat(200))).toHaveLength(128);
  });
});

describe('image references', () => {
  it('parses registry, repository, tag and digest', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(parseImageReference(`musafirgodev.azurecr.io/team/itinerary:1.2@${digest}`, 'image')).toEqual({
      registry: 'musafirgodev.azurecr.io',
      repository: 'team/itinerary',
      tag: '1.2',
      digest
    });
    expect(parseImageReference('127.0.0.1:5000/itinerary', 'image')).toEqual({
      registry: '127.0.0.1:5000',
      repository: 'itinerary'
    });
  });

  it('says what is wrong with a reference', () => {
    expect(() => parseImageReference('itinerary', 'image')).toThrow(
      "input 'image' is not an image reference ('itinerary'): it must start with the registry's login server (myregistry.azurecr.io/itinerary)"
    );
    expect(() => parseImageReference('r.azurecr.io/itinerary@sha256:abc', 'source')).toThrow(
      "input 'source' is not an image reference ('r.azurecr.io/itinerary@sha256:abc'): 'sha256:abc' is not a sha256 digest"
    );
  });
});

describe('build-push inputs', () => {
  it('reads build args, contexts, secrets and tags', async () => {
    const context = await mkdtemp(join(tmpdir(), 'ctx-'));
    await writeFile(join(context, 'Dockerfile'), 'FROM scratch\n');
    setInputs({
      image: 'musafirgodev.azurecr.io/itinerary',
      context,
      'build-args': 'NODE_ENV=production\nAPI=https://x/?a=b',
      'build-contexts': `tools=${context}`,
      secrets: 'npm=s3cr=et',
      tags: 'nightly, stable',
      platforms: 'linux/amd64'
    });
    expect(getInputs({})).toMatchObject({
      context,
      file: join(context, 'Dockerfile'),
      builder: 'auto',
      buildArgs: { NODE_ENV: 'production', API: 'https://x/?a=b' },
      buildContexts: { tools: context },
      secrets: { npm: 's3cr=et' },
      extraTags: ['nightly', 'stable'],
      platforms: ['linux/amd64'],
      cache: true,
      skipUnchanged: true
    });
  });

  it('refuses a tag in image, a missing Dockerfile and a secret line without a value, without echoing it', async () => {
    const context = await mkdtemp(join(tmpdir(), 'ctx-'));
    setInputs({ image: 'musafirgodev.azurecr.io/itinerary:1.0', context });
    expect(() => getInputs({})).toThrow(
      "input 'image' must name a repository without tag or digest ('musafirgodev.azurecr.io/itinerary'); tags are computed, add more with 'tags'"
    );
    setInputs({ image: 'musafirgodev.azurecr.io/itinerary' });
    expect(() => getInputs({})).toThrow(
      `the Dockerfile ${join(context, 'Dockerfile')} does not exist; set input 'file'`
    );
    await writeFile(join(context, 'Dockerfile'), 'FROM scratch\n');
    setInputs({ secrets: 'hunter2-no-equals' });
    expect(() => getInputs({})).toThrow("input 'secrets' has no '=' in line 1; write one KEY=value per line");
    setInputs({ secrets: '', 'build-args': 'JUST_A_NAME' });
    expect(() => getInputs({})).toThrow(
      "input 'build-args' has no '=' in 'JUST_A_NAME'; write one KEY=value per line"
    );
  });
});

describe('promote inputs', () => {
  it("defaults the target tags to the source's tag", () => {
    setInputs({
      source: 'musafirgodev.azurecr.io/itinerary:1.4.2',
      target: 'musafirgoprod.azurecr.io/itinerary'
    });
    expect(getPromoteInputs()).toMatchObject({ tags: ['1.4.2'], method: 'auto' });
  });

  it('refuses a source without tag or digest and an unknown method', () => {
    setInputs({ source: 'musafirgodev.azurecr.io/itinerary', target: 'musafirgoprod.azurecr.io/itinerary' });
    expect(() => getPromoteInputs()).toThrow(
      "input 'source' must name an image by digest (…@sha256:…) or by tag, not only a repository ('musafirgodev.azurecr.io/itinerary')"
    );
    setInputs({ source: 'musafirgodev.azurecr.io/itinerary:main', method: 'teleport' });
    expect(() => getPromoteInputs()).toThrow(
      "input 'method' must be one of auto, mount, import, copy, not 'teleport'"
    );
  });
});

describe('build inputs digest', () => {
  it('follows .dockerignore (with ! exceptions) and ignores files it excludes', async () => {
    const context = await mkdtemp(join(tmpdir(), 'ctx-'));
    await mkdir(join(context, 'docs'));
    await writeFile(join(context, '.dockerignore'), '*.md\ndocs\n!KEEP.md\n');
    await writeFile(join(context, 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
    await writeFile(join(context, 'server.js'), 'console.log(1)\n');
    const ignored = dockerignore(context);
    expect(['README.md', 'docs/a.txt', 'KEEP.md', 'server.js'].map(ignored)).toEqual([
      true,
      true,
      false,
      false
    ]);
    const build = {
      context,
      file: join(context, 'Dockerfile'),
      buildContexts: {},
      buildArgs: {},
      platforms: []
    };
    const before = await contextDigest(build);
    await writeFile(join(context, 'README.md'), 'docs change only');
    expect((await contextDigest(build)).digest).toBe(before.digest);
    await writeFile(join(context, 'server.js'), 'console.log(2)\n');
    expect((await contextDigest(build)).digest).not.toBe(before.digest);
    expect((await contextDigest({ ...build, buildArgs: { A: '1' } })).digest).not.toBe(
      (await contextDigest(build)).digest
    );
  });
});

describe('builder arguments', () => {
  const plan: BuildPlan = {
    context: '/src',
    file: '/src/Dockerfile',
    reference: 'musafirgodev.azurecr.io/itinerary:main',
    cacheRef: 'musafirgodev.azurecr.io/itinerary:buildcache',
    buildArgs: { A: '1' },
    buildContexts: {},
    secretFiles: { npm: '/tmp/auth/secret-npm' },
    labels: { 'org.opencontainers.image.version': 'main' },
    platforms: ['linux/amd64', 'linux/arm64'],
    digestFile: '/tmp/digest',
    metadataFile: '/tmp/metadata.json'
  };

  it('builds with buildx and an ACR registry cache, attestations off, secrets as files', () => {
    expect(buildxArgs(plan)).toEqual([
      'buildx',
      'build',
      '--file',
      '/src/Dockerfile',
      '--tag',
      'musafirgodev.azurecr.io/itinerary:main',
      '--label',
      'org.opencontainers.image.version=main',
      '--build-arg',
      'A=1',
      '--secret',
      'id=npm,src=/tmp/auth/secret-npm',
      '--platform',
      'linux/amd64,linux/arm64',
      '--push',
      '--metadata-file',
      '/tmp/metadata.json',
      '--provenance=false',
      '--sbom=false',
      '--cache-from',
      'type=registry,ref=musafirgodev.azurecr.io/itinerary:buildcache',
      '--cache-to',
      'type=registry,ref=musafirgodev.azurecr.io/itinerary:buildcache,mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true',
      '/src'
    ]);
  });

  it('pushes with buildah without its own retries and without credentials on the command line', () => {
    const args = buildahPushArgs(plan, ['--root', '/r']);
    expect(args).toEqual([
      '--root',
      '/r',
      'push',
      '--retry',
      '0',
      '--digestfile',
      '/tmp/digest',
      plan.reference,
      `docker://${plan.reference}`
    ]);
    expect(args.join(' ')).not.toMatch(/creds|password|token/);
  });

  it("quotes the builder's error lines, else its last lines", () => {
    expect(
      errorLines([
        'STEP 1/2: FROM scratch',
        'sh: nope: not found',
        'Error: building at STEP "RUN nope": exit status 127'
      ])
    ).toEqual(['sh: nope: not found', 'Error: building at STEP "RUN nope": exit status 127']);
    expect(errorLines(['a', '', 'b'])).toEqual(['a', 'b']);
  });
});
