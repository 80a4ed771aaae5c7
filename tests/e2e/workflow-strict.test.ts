import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubReposService, type GitHubReposService } from '../../sandbox/github/repos.js';
import { sandboxTrust, startSandbox, type Sandbox } from '../../sandbox/index.js';
import {
  runWorkflow,
  WorkflowHost,
  type JobResult,
  type WorkflowRunOptions
} from '../../sandbox/workflow.js';

// The rules that make the sandbox's runner as strict as GitHub, each on a small workflow of `run:` steps and
// the third-party actions it emulates (tests/fixtures/workflows/strict/).

const fixtures = 'tests/fixtures/workflows/strict';
let sandbox: Sandbox;
let repos: GitHubReposService;
let repository: string;

/** A service repository as git holds it: one commit with a README. */
function gitRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'service-repo-'));
  writeFileSync(join(dir, 'README.md'), '# itinerary\n');
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'amina',
        GIT_AUTHOR_EMAIL: 'amina@musafirgo.test',
        GIT_COMMITTER_NAME: 'amina',
        GIT_COMMITTER_EMAIL: 'amina@musafirgo.test'
      }
    });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'first');
  return dir;
}

beforeAll(async () => {
  repos = githubReposService({
    repositories: [
      {
        name: 'musafirgo/itinerary',
        defaultBranch: 'main',
        private: true,
        seed: dir => writeFileSync(join(dir, 'README.md'), '# itinerary\n')
      }
    ],
    tokens: []
  });
  sandbox = await startSandbox({ services: [repos] });
  repository = gitRepository();
}, 60_000);
afterAll(async () => {
  await sandbox?.stop();
});

const run = (file: string, options: Partial<WorkflowRunOptions> = {}) =>
  runWorkflow({
    sandbox,
    file: `${fixtures}/${file}`,
    event: 'workflow_dispatch',
    repository: { path: repository, ...options.repository },
    ...options
  });
const lastLog = (job: JobResult | undefined) => job?.steps.at(-1)?.log ?? '';

describe('each job on a fresh runner', () => {
  it("does not find the test job's target/ in the image job's workspace (GitHub starts each job from a fresh checkout)", async () => {
    const result = await run('handoff.yml', { event: 'push', job: { ref: 'refs/heads/main' } });
    const image = result.jobs['image']!;
    expect(result.jobs['test']!.result).toBe('success');
    expect(image.result).toBe('failure');
    expect(lastLog(image)).toContain('target/app.jar: No such file or directory');
    // Each job had its own directories, and they are gone.
    expect(image.runner!.workspace).not.toBe(result.jobs['test']!.runner!.workspace);
    expect(image.log[0]).toMatch(/^fresh runner: workspace .+ \(empty\)/);
  });

  it('hands the jar over through an artifact, with a fresh RUNNER_TEMP and home on the next runner', async () => {
    const result = await run('handoff.yml', { inputs: { handoff: 'artifact' } });
    expect(result.result).toBe('success');
    const sha = execFileSync('git', ['-C', repository, 'rev-parse', 'HEAD']).toString().trim();
    expect(lastLog(result.jobs['image'])).toBe(`README.md\njar of ${sha}\n`);
    expect(result.artifacts).toEqual(['app-jar']);
  });
});

describe('artifacts, with the rules of upload-artifact@v4 and download-artifact@v4', () => {
  it('leaves hidden files out and downloads the rest under the path', async () => {
    const result = await run('artifacts.yml');
    expect(result.result).toBe('success');
    expect(lastLog(result.jobs['download'])).toBe('got/a.txt\n');
  });

  it('refuses a name with a character NTFS refuses, and a second upload of one name without overwrite', async () => {
    const slash = await run('artifacts.yml', { inputs: { name: 'reports/junit' } });
    expect(slash.jobs['upload']!.steps[1]!.log).toContain(
      'The artifact name is not valid: reports/junit. Contains the following character: "/"'
    );
    const twice = await run('artifacts.yml', { inputs: { twice: true } });
    expect(twice.jobs['upload']!.steps[2]!.log).toContain(
      '(409) Conflict: an artifact with this name already exists on the workflow run'
    );
    const overwritten = await run('artifacts.yml', { inputs: { twice: true, overwrite: true } });
    expect(overwritten.result).toBe('success');
  });

  it('does not find an artifact past its retention-days', async () => {
    // The download job waits 25 hours in an environment's wait timer; the artifact was kept for 1 day.
    const result = await run('artifacts.yml', {
      inputs: { later: 'tomorrow' },
      repository: { path: repository, environments: { tomorrow: { waitTimerMinutes: 25 * 60 } } }
    });
    expect(result.jobs['download']!.steps[0]!.log).toContain(
      'Unable to download artifact(s): Artifact not found for name: report. Please ensure that your artifact is not expired'
    );
    expect(result.artifacts).toEqual([]);
  });
});

describe('caches, with their ref scopes', () => {
  it("restores main's cache on a branch, and never one branch's cache on another", async () => {
    const host = new WorkflowHost(sandbox);
    const onMain = await run('cache.yml', { event: 'push', host, job: { ref: 'refs/heads/main' } });
    expect(lastLog(onMain.jobs['build'])).toBe('built on refs/heads/main\n');
    const onFeature = await run('cache.yml', { event: 'push', host, job: { ref: 'refs/heads/feature-a' } });
    expect(onFeature.jobs['build']!.log).toContain('Cache restored from key: deps-main-v2');
    expect(lastLog(onFeature.jobs['build'])).toBe('built on refs/heads/main\n');
    // feature-a's own cache (saved after its restore-key hit) is not for feature-b.
    expect(host.cache('musafirgo/itinerary').keys()).toContainEqual({
      key: 'deps-feature-a-v2',
      ref: 'refs/heads/feature-a'
    });
    const other = new WorkflowHost(sandbox);
    await run('cache.yml', { event: 'push', host: other, job: { ref: 'refs/heads/feature-a' } });
    const onB = await run('cache.yml', { event: 'push', host: other, job: { ref: 'refs/heads/feature-b' } });
    expect(lastLog(onB.jobs['build'])).toBe('built on refs/heads/feature-b\n');
  });

  it('forgets a cache nobody read for 7 days', async () => {
    const host = new WorkflowHost(sandbox);
    await run('cache.yml', { event: 'push', host, job: { ref: 'refs/heads/main' } });
    sandbox.clock.advance(8 * 86_400);
    expect(host.cache('musafirgo/itinerary').keys()).toEqual([]);
  });
});

describe('GITHUB_TOKEN permissions', () => {
  it("refuses at startup a called workflow's job asking for more than the caller grants, even one that would be skipped", async () => {
    await expect(run('permissions-caller.yml')).rejects.toThrow(
      "The workflow is not valid. tests/fixtures/workflows/strict/permissions-caller.yml (Line: 7, Col: 3): Error calling workflow './tests/fixtures/workflows/strict/permissions-called.yml'. The nested job 'deploy' is requesting 'id-token: write', but is only allowed 'id-token: none'."
    );
  });

  it("enforces the token's scopes in the sandbox's GitHub API, and drops an output holding it", async () => {
    const read = await run('token.yml', { github: repos });
    const job = read.jobs['read-only']!;
    expect(job.permissions).toBe('contents: read');
    expect(lastLog(job)).toMatch(/^get=200 put=403 .*Resource not accessible by integration/);
    // The token is masked in the log, and an output holding it is dropped as GitHub drops it.
    expect(job.log).toContain("Skip output 'token' since it may contain secret.");
    const write = await run('token.yml', { github: repos, inputs: { contents: 'write' } });
    expect(lastLog(write.jobs['read-write'])).toBe('put=201\n');
  });

  it('revokes the token when its job ends: GitHub answers 401 to it afterwards', async () => {
    const issued: string[] = [];
    await run('token.yml', {
      github: {
        jobToken: options => {
          const token = repos.jobToken(options);
          issued.push(token.value);
          return token;
        }
      }
    });
    const untrust = sandboxTrust(sandbox);
    try {
      const response = await fetch(`${repos.url}/repos/musafirgo/itinerary/contents/README.md`, {
        headers: { authorization: `Bearer ${issued[0]}` }
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ message: 'Bad credentials' });
    } finally {
      untrust();
    }
  });
});

describe('secrets and variables', () => {
  it('reach a called workflow only when passed or inherited; environment secrets only in their environment', async () => {
    const result = await run('secrets-caller.yml', {
      repository: {
        path: repository,
        secrets: { DEPLOY_KEY: 'key-of-the-repository' },
        vars: { LEVEL: 'repository' },
        organization: { vars: { LEVEL: 'organisation', REGION: 'westeurope' } },
        environments: {
          staging: { secrets: { STAGING_ONLY: 'staging-secret' }, vars: { LEVEL: 'staging' } },
          prod: { secrets: { PROD_ONLY: 'prod-secret' } }
        }
      }
    });
    const show = (job: string) => lastLog(result.jobs[job]!.jobs!['show']);
    expect(show('passed')).toBe('passed=21 repository=0 environment=14 level=staging region=westeurope\n');
    expect(show('inherited')).toBe('passed=0 repository=21 environment=14 level=staging region=westeurope\n');
    expect(show('from-environment')).toBe(
      'passed=0 repository=0 environment=14 level=staging region=westeurope\n'
    );
  });
});

describe('environments and their protection rules', () => {
  const prodTagsOnly = {
    prod: {
      deploymentBranchPolicy: { policies: [{ type: 'tag' as const, name: 'v*' }] },
      reviewers: ['yassine']
    }
  };

  it('fails a job whose ref the deployment policy refuses, in GitHub words, before anything runs', async () => {
    const result = await run('environments.yml', {
      event: 'push',
      job: { ref: 'refs/heads/main' },
      repository: { path: repository, environments: prodTagsOnly }
    });
    expect(result.jobs['deploy']).toMatchObject({
      result: 'failure',
      steps: [],
      failure: 'Branch "main" is not allowed to deploy to prod due to environment protection rules.'
    });
  });

  it('waits for a required reviewer: an approval lets the job start, a rejection fails it', async () => {
    const options = {
      event: 'push' as const,
      job: { ref: 'refs/tags/v1.4.0' },
      repository: { path: repository, environments: prodTagsOnly }
    };
    const nobody = await run('environments.yml', options);
    expect(nobody.jobs['deploy']!.failure).toMatch(/waiting for a review by yassine; nobody reviewed it/);
    const requests: unknown[] = [];
    const approved = await run('environments.yml', {
      ...options,
      review: request => {
        requests.push(request);
        return { state: 'approved', reviewer: 'yassine' };
      }
    });
    expect(requests).toEqual([
      expect.objectContaining({ environment: 'prod', job: 'deploy', ref: 'refs/tags/v1.4.0' })
    ]);
    expect(lastLog(approved.jobs['deploy'])).toBe('deployed refs/tags/v1.4.0\n');
    const rejected = await run('environments.yml', {
      ...options,
      review: () => ({ state: 'rejected', reviewer: 'yassine', comment: 'not during the sale' })
    });
    expect(rejected.jobs['deploy']!.failure).toBe(
      'Deployment to prod rejected by yassine: not during the sale'
    );
  });

  it('holds a job for its wait timer, on the sandbox clock', async () => {
    const before = sandbox.clock.now().getTime();
    const result = await run('environments.yml', {
      repository: { path: repository, environments: { prod: { waitTimerMinutes: 15 } } }
    });
    expect(result.result).toBe('success');
    expect(sandbox.clock.now().getTime() - before).toBeGreaterThanOrEqual(15 * 60_000);
    expect(result.jobs['deploy']!.log).toContain('environment prod: waited 15 min (wait timer)');
  });
});

describe('concurrency groups across runs', () => {
  it('cancels the job in progress with cancel-in-progress, its always() step still run', async () => {
    const host = new WorkflowHost(sandbox);
    const first = run('concurrency.yml', { host, inputs: { cancel: true, seconds: '30' } });
    await new Promise(resolve => setTimeout(resolve, 1500));
    const second = await run('concurrency.yml', { host, inputs: { cancel: true, seconds: '0' } });
    const cancelled = await first;
    expect(cancelled.jobs['deploy']).toMatchObject({
      result: 'cancelled',
      failure: "Canceling since a higher priority waiting request for 'deploy-itinerary-dev' exists"
    });
    expect(cancelled.jobs['deploy']!.steps.map(s => s.outcome)).toEqual(['cancelled', 'success']);
    expect(second.result).toBe('success');
  }, 30_000);

  it('queues without it: one in progress, one pending, a newer one replaces the pending one', async () => {
    const host = new WorkflowHost(sandbox);
    const first = run('concurrency.yml', { host, inputs: { seconds: '2' } });
    await new Promise(resolve => setTimeout(resolve, 500));
    const second = run('concurrency.yml', { host, inputs: { seconds: '0' } });
    await new Promise(resolve => setTimeout(resolve, 200));
    const third = run('concurrency.yml', { host, inputs: { seconds: '0' } });
    const [a, b, c] = await Promise.all([first, second, third]);
    expect([a.result, b.result, c.result]).toEqual(['success', 'cancelled', 'success']);
    expect(host.concurrency.events).toEqual([
      expect.stringMatching(/deploy-itinerary-dev: deploy of run \d+ runs/),
      expect.stringMatching(/replaces the pending deploy of run \d+/),
      expect.stringMatching(/deploy-itinerary-dev: deploy of run \d+ runs/)
    ]);
  }, 30_000);
});
