// The Angular template (workflows/angular-web.yml) as the web app's repository would run it, from its file, with
// deploy-swa.yml and every step of ours, against the sandbox: the app's own lint, test and build scripts, then the
// pull request's preview environment, production on main, and the preview deleted when the pull request closes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { staticSitesService, type StaticSitesService } from '../../sandbox/staticsites/index.js';
import { storageService, type StorageService } from '../../sandbox/storage/index.js';
import { runWorkflow, type JobResult } from '../../sandbox/workflow.js';
import { deployStorage, webSite } from '../support/swa.js';
import { deployer, devSubscription, tenantId } from '../support/world.js';

const root = new URL('../..', import.meta.url).pathname;
let sandbox: Sandbox;
let swa: StaticSitesService;
let storage: StorageService;
let workspace: string;

const vars = {
  AZURE_CLIENT_ID: deployer.appId,
  AZURE_TENANT_ID: tenantId,
  AZURE_DEV_SUBSCRIPTION_ID: devSubscription.id,
  SWA_STORAGE_ACCOUNT: deployStorage.account
};
const pullRequest = {
  repository: 'musafirgo/web',
  eventName: 'pull_request',
  ref: 'refs/pull/12/merge',
  headRef: 'itinerary-page',
  baseRef: 'main'
};
/** Each step and its outcome; a failed step with its first error, so a red run says why. */
const stepNames = (job: JobResult | undefined) =>
  (job?.steps ?? []).map(
    step =>
      `${step.name}: ${step.outcome}${step.outcome === 'failure' ? ` (${step.run?.errors[0] ?? step.log?.slice(-300)})` : ''}`
  );

beforeAll(async () => {
  storage = storageService();
  swa = staticSitesService();
  sandbox = await startSandbox({ services: [storage, swa] });
  workspace = await mkdtemp(join(tmpdir(), 'web-repo-'));
  await cp(join(root, 'tests/fixtures/angular-web'), workspace, { recursive: true });
}, 60_000);
afterAll(async () => {
  await sandbox?.stop();
});

describe('the Angular web app template, run from its file', () => {
  it('on a pull request: lints, tests, builds, deploys to its preview environment and smoke-tests it', async () => {
    const result = await runWorkflow({
      sandbox,
      file: 'workflows/angular-web.yml',
      event: 'pull_request',
      job: pullRequest,
      vars,
      workspace
    });
    const build = result.jobs['build']!;
    expect(stepNames(build)).toEqual([
      'actions/checkout@v4: success',
      'actions/setup-node@v4: success',
      'npm ci: success',
      'npm run lint: success',
      'npm test -- --watch=false: success',
      'npm run build: success',
      'actions/upload-artifact@v4: success'
    ]);
    expect(build.steps[4]!.log).toMatch(/pass 3/);
    const deploy = result.jobs['preview']!.jobs!['deploy']!;
    expect(stepNames(deploy)).toEqual([
      'actions/checkout@v4: success',
      'actions/download-artifact@v4: success',
      'musafirgo/actions/login@v1: success',
      'musafirgo/actions/deploy-swa@v1: success'
    ]);
    expect(result.result).toBe('success');
    expect(deploy.environment).toBe('preview');
    const host = webSite.hostname.replace(/^([^.]+)/, '$1-12');
    expect(result.jobs['preview']!.outputs).toEqual({ url: `https://${host}`, environment: '12' });
    expect(result.jobs['production']!.result).toBe('skipped');
    expect(result.jobs['close-preview']!.result).toBe('skipped');
    const run = deploy.steps[3]!.run!;
    expect(run.summary).toMatch(/\| Smoke \| 2\/2 checks passed/);
    expect(swa.builds(webSite.name)['12']).toMatchObject({
      status: 'Ready',
      files: [
        '.musafirgo-build.json',
        'index.html',
        expect.stringMatching(/^main-\w{8}\.js$/),
        'staticwebapp.config.json',
        expect.stringMatching(/^styles-\w{8}\.css$/)
      ]
    });
    const secrets = [...sandbox.issuedSecrets(), ...storage.secrets(), ...swa.secrets()];
    for (const step of deploy.steps)
      for (const secret of secrets) expect(step.run?.visible.includes(secret) ?? false).toBe(false);
  }, 120_000);

  it('on a push to main: deploys to production', async () => {
    const result = await runWorkflow({
      sandbox,
      file: 'workflows/angular-web.yml',
      event: 'push',
      job: { repository: 'musafirgo/web', eventName: 'push', ref: 'refs/heads/main' },
      vars,
      workspace
    });
    expect(result.result).toBe('success');
    expect(result.jobs['preview']!.result).toBe('skipped');
    const deploy = result.jobs['production']!.jobs!['deploy']!;
    expect(deploy.environment).toBe('production');
    expect(result.jobs['production']!.outputs).toEqual({
      url: `https://${webSite.hostname}`,
      environment: 'production'
    });
    expect(swa.builds(webSite.name)['default']).toMatchObject({ status: 'Ready', deployments: 1 });
  }, 120_000);

  it("when the pull request closes: deletes its preview environment (close-preview's call of deploy-swa.yml)", async () => {
    const result = await runWorkflow({
      sandbox,
      file: '.github/workflows/deploy-swa.yml',
      event: 'workflow_call',
      callerEvent: 'pull_request',
      inputs: {
        app: webSite.name,
        'resource-group': webSite.resourceGroup,
        mode: 'delete',
        'client-id': deployer.appId,
        'tenant-id': tenantId,
        'subscription-id': devSubscription.id
      },
      job: pullRequest,
      workspace
    });
    expect(result.result).toBe('success');
    expect(result.outputs).toEqual({ url: '', environment: '12' });
    expect(result.jobs['deploy']!.environment).toBe('preview');
    expect(stepNames(result.jobs['deploy'])).toEqual([
      'actions/checkout@v4: success',
      'actions/download-artifact@v4: skipped',
      'musafirgo/actions/login@v1: success',
      'musafirgo/actions/deploy-swa@v1: success'
    ]);
    expect(swa.builds(webSite.name)['12']).toBeUndefined();
  }, 120_000);
});
