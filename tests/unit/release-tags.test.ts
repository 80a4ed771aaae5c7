// The major-tag logic of .github/workflows/release-actions.yml, its own `run:` script run in a clone of a
// repository whose origin is a local bare repository, as the release job runs it after a tag push.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = new URL('../..', import.meta.url).pathname;
const workflow = parse(readFileSync(join(root, '.github/workflows/release-actions.yml'), 'utf8')) as {
  jobs: { release: { steps: Array<{ name?: string; run?: string }> } };
};
const script = workflow.jobs.release.steps.find(step => step.name === 'Move the major tag')!.run!;

const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'release',
  GIT_AUTHOR_EMAIL: 'release@musafirgo.test',
  GIT_COMMITTER_NAME: 'release',
  GIT_COMMITTER_EMAIL: 'release@musafirgo.test'
};
let clone: string;
let origin: string;
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    .toString()
    .trim();

/** A commit tagged `tag` (annotated, as a release is), pushed to origin, then the step run for it. */
function release(tag: string): { log: string; moved: string } {
  writeFileSync(join(clone, 'VERSION'), tag);
  git(clone, 'add', '.');
  git(clone, 'commit', '--quiet', '-m', tag);
  git(clone, 'tag', '-a', tag, '-m', tag);
  git(clone, 'push', '--quiet', 'origin', 'HEAD:main', tag);
  const output = join(mkdtempSync(join(tmpdir(), 'output-')), 'output');
  writeFileSync(output, '');
  const run = spawnSync('bash', ['-e', '-c', script], {
    cwd: clone,
    env: { ...env, TAG: tag, GITHUB_OUTPUT: output }
  });
  expect(run.status).toBe(0);
  return { log: `${run.stdout}${run.stderr}`.trim(), moved: readFileSync(output, 'utf8').trim() };
}
const tagAt = (tag: string) =>
  spawnSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { cwd: origin, env })
    .stdout.toString()
    .trim();

beforeEach(() => {
  origin = mkdtempSync(join(tmpdir(), 'origin-'));
  git(origin, 'init', '--quiet', '--bare', '--initial-branch=main');
  clone = mkdtempSync(join(tmpdir(), 'clone-'));
  git(clone, 'init', '--quiet', '--initial-branch=main');
  git(clone, 'remote', 'add', 'origin', origin);
});

describe('the major tag of a release', () => {
  it('moves nothing for a 0.x release: there is no v0 for the templates to pin', () => {
    expect(release('v0.1.0')).toEqual({ log: 'v0.1.0 is a 0.x release: no major tag moves', moved: '' });
    expect(tagAt('v0')).toBe('');
  });

  it('creates v1 at v1.0.0 and moves it to each newer 1.x release', () => {
    const first = release('v1.0.0');
    expect(first.moved).toBe('moved=v1');
    expect(first.log).toMatch(/^v1 -> v1.0.0\n/);
    expect(tagAt('v1')).toBe(tagAt('v1.0.0'));
    release('v1.2.0');
    expect(tagAt('v1')).toBe(tagAt('v1.2.0'));
    release('v1.10.0');
    expect(tagAt('v1')).toBe(tagAt('v1.10.0'));
  });

  it('leaves v1 on the newest release when a fix to an older minor is released after it', () => {
    release('v1.0.0');
    release('v1.2.0');
    expect(release('v1.1.1')).toEqual({ log: 'v1 stays at v1.2.0, a newer release than v1.1.1', moved: '' });
    expect(tagAt('v1')).toBe(tagAt('v1.2.0'));
  });

  it('starts v2 at v2.0.0 and leaves v1 where it was', () => {
    release('v1.0.0');
    const v1 = tagAt('v1');
    expect(release('v2.0.0').moved).toBe('moved=v2');
    expect(tagAt('v2')).toBe(tagAt('v2.0.0'));
    expect(tagAt('v1')).toBe(v1);
  });
});
