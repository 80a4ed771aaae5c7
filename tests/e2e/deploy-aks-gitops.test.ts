import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { argocdService, type ArgoCdService } from '../../sandbox/argocd/index.js';
import { githubReposService, INFRA_REPOSITORY, type GitHubReposService } from '../../sandbox/github/repos.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { expectTrafficServes } from '../support/aks-invariant.js';

const registry = 'musafirgodev.azurecr.io';
const pushed = new Set<string>();
const image = (n: number) => {
  const reference = `${registry}/itinerary@sha256:${n.toString(16).padStart(64, 'd')}`;
  pushed.add(reference);
  return reference;
};

let sandbox: Sandbox;
let cluster: AksService;
let repos: GitHubReposService;
let argo: ArgoCdService;
const runs: ActionRun[] = [];

async function deployAks(inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction('deploy-aks', inputs, sandbox.env());
  runs.push(run);
  return run;
}

const inputs = (reference: string) => ({
  method: 'gitops',
  namespace: 'default',
  timeout: '10m',
  'infra-repository': INFRA_REPOSITORY,
  'infra-branch': 'main',
  'values-file': 'environments/staging/itinerary.yaml',
  'image-key': 'image',
  images: reference,
  'github-token': repos.token('infra-deployer'),
  'argocd-server': argo.url,
  'argocd-token': argo.token('ci-deployer'),
  'argocd-application': 'itinerary-staging'
});

beforeAll(async () => {
  cluster = aksService({ runPods: false });
  repos = githubReposService();
  argo = argocdService({ repos, cluster });
  sandbox = await startSandbox({ services: [cluster, repos, argo] });
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
});
afterAll(async () => {
  await sandbox.stop();
  // Neither the GitHub token nor the Argo CD token appears anywhere a person could see it.
  const secrets = [...repos.secrets(), ...argo.secrets(), ...sandbox.issuedSecrets()];
  expect(secrets.length).toBeGreaterThan(4);
  for (const run of runs) for (const secret of secrets) expect(run.visible).not.toContain(secret);
});
// The traffic invariant: whatever a test's step did, production never serves nothing.
afterEach(() => expectTrafficServes(cluster));

describe('dist/deploy-aks/index.js with method gitops, run as the runner runs it', () => {
  it('commits the digest, syncs Argo CD to it and reports the commit, revision and summary', async () => {
    const run = await deployAks(inputs(image(1)));
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const head = await repos.git(INFRA_REPOSITORY, 'rev-parse', 'main');
    expect(run.outputs).toEqual({ commit: head, revision: head, 'previous-revision': '' });
    expect(run.masked).toEqual(
      expect.arrayContaining([repos.token('infra-deployer'), argo.token('ci-deployer')])
    );
    expect(cluster.serving('itinerary-staging', 'itinerary')).toEqual([image(1), image(1)]);
    expect(run.summary).toContain('### Argo CD itinerary-staging: deployed');
    expect(run.summary).toContain(`(https://github.com/${INFRA_REPOSITORY}/commit/${head})`);
    expect(run.stdout).toContain(
      `Argo CD itinerary-staging: sync Synced (${head.slice(0, 7)}), operation Succeeded, health Healthy`
    );
  });

  it('fails with one clear message and commits nothing when the Argo CD token may not sync', async () => {
    const head = await repos.git(INFRA_REPOSITORY, 'rev-parse', 'main');
    const run = await deployAks({ ...inputs(image(2)), 'argocd-token': argo.token('viewer') });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringContaining(
        'deploy-aks: Argo CD lets the argocd-token read itinerary-staging but not sync it'
      )
    ]);
    expect(await repos.git(INFRA_REPOSITORY, 'rev-parse', 'main')).toBe(head);
  });
});
