// A service repository as the templates expect it: an example service of examples/, the template copied to
// .github/workflows/pipeline.yml, all of it one git commit; and the repository's settings on GitHub
// (variables, secrets, environments and their protection rules) as workflows/README.md lists them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { RepositorySettings } from '../../sandbox/workflow.js';
import { devRegistry, devSubscription, platform, prodRegistry, prodSubscription, tenantId } from './world.js';

const root = new URL('../..', import.meta.url).pathname;

const gitEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Amina',
  GIT_AUTHOR_EMAIL: 'amina@musafirgo.test',
  GIT_COMMITTER_NAME: 'Amina',
  GIT_COMMITTER_EMAIL: 'amina@musafirgo.test'
};

export const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: dir, env: gitEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    .toString()
    .trim();

/** A directory with a static busybox, the base the examples' Dockerfiles take as the build context `busybox`. */
export function busyboxContext(): string {
  const dir = mkdtempSync(join(tmpdir(), 'busybox-'));
  copyFileSync('/bin/busybox', join(dir, 'busybox'));
  return dir;
}

/**
 * examples/<example> with workflows/<template> as its pipeline, committed on main. `edit` changes the copy of
 * the template (what a repository sets for itself, e.g. the build context of the sandbox's base image).
 */
export function serviceRepository(
  example: string,
  template: string,
  edit: (jobs: {
    setIn(path: unknown[], value: unknown): void;
    deleteIn(path: unknown[]): void;
  }) => void = () => undefined
): { path: string; workflow: string; sha: string } {
  const dir = mkdtempSync(join(tmpdir(), `${example}-repo-`));
  cpSync(join(root, 'examples', example), dir, {
    recursive: true,
    filter: source => !/\/(node_modules|target|build|\.gradle|__pycache__)$/.test(source)
  });
  const doc = parseDocument(readFileSync(join(root, 'workflows', template), 'utf8'));
  edit(doc);
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  const workflow = join(dir, '.github/workflows/pipeline.yml');
  writeFileSync(workflow, doc.toString());
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', `${example}: the service and its pipeline`);
  return { path: dir, workflow, sha: git(dir, 'rev-parse', 'HEAD') };
}

/** The reviewer of prod deployments in these repositories. */
export const reviewer = 'yassine';

/** The repository's settings: variables, the smoke keys, and the four environments of workflows/README.md. */
export function platformSettings(
  name: string,
  path: string,
  keys: { dev: string; prod: string }
): RepositorySettings {
  return {
    name,
    path,
    vars: {
      AZURE_TENANT_ID: tenantId,
      AZURE_CLIENT_ID: platform.devDeployer.appId,
      AZURE_PROMOTER_CLIENT_ID: platform.promoter.appId,
      AZURE_PROD_CLIENT_ID: platform.prodDeployer.appId,
      AZURE_DEV_SUBSCRIPTION_ID: devSubscription.id,
      AZURE_PROD_SUBSCRIPTION_ID: prodSubscription.id,
      DEV_REGISTRY: devRegistry.loginServer,
      PROD_REGISTRY: prodRegistry.loginServer
    },
    secrets: { APIM_DEV_SMOKE_KEY: keys.dev, APIM_PROD_SMOKE_KEY: keys.prod },
    environments: {
      dev: { deploymentBranchPolicy: { policies: [{ type: 'branch', name: 'main' }] } },
      release: { deploymentBranchPolicy: { policies: [{ type: 'tag', name: 'v*' }] } },
      prod: {
        deploymentBranchPolicy: { policies: [{ type: 'tag', name: 'v*' }] },
        reviewers: [reviewer],
        preventSelfReview: true
      },
      'prod-rollback': { deploymentBranchPolicy: { policies: [{ type: 'branch', name: 'main' }] } }
    }
  };
}
