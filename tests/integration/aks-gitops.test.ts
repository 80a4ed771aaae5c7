import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig, KubernetesObjectApi, type KubernetesObject } from '@kubernetes/client-node';
import { run } from '../../actions/deploy-aks/main.js';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { AKS_SERVER_SCOPE } from '../../actions/deploy-aks/kube/token.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { argocdService, type ArgoCdService } from '../../sandbox/argocd/index.js';
import {
  githubReposService,
  INFRA_REPOSITORY,
  SEEDED_DIGEST,
  type GitHubReposService
} from '../../sandbox/github/repos.js';
import { parseFileCommands } from '../../sandbox/runner.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { sandboxClock } from '../support/sandbox-clock.js';
import { deployer, tenantId } from '../support/world.js';
import { expectTrafficServes } from '../support/aks-invariant.js';

const registry = 'musafirgodev.azurecr.io';
const pushed = new Set<string>();
const image = (n: number) => {
  const reference = `${registry}/itinerary@sha256:${n.toString(16).padStart(64, 'c')}`;
  pushed.add(reference);
  return reference;
};
/** Tags the registry resolves, to digests: what a chart that runs a tag pulls. */
const tags = new Map<string, string>();

let sandbox: Sandbox;
let cluster: AksService;
let repos: GitHubReposService;
let argo: ArgoCdService;
let untrust: () => void;
/** What the steps write to stdout (workflow commands and log lines), kept out of the test's own output. */
const captured: string[] = [];
const write = process.stdout.write;

const git = (...args: string[]) => repos.git(INFRA_REPOSITORY, ...args);
const inputsFor = (environment: string, reference: string): Record<string, string> => ({
  method: 'gitops',
  namespace: 'default',
  'infra-repository': INFRA_REPOSITORY,
  'values-file': `environments/${environment}/itinerary.yaml`,
  images: reference,
  'github-token': repos.token('infra-deployer'),
  'argocd-server': argo.url,
  'argocd-token': argo.token('ci-deployer'),
  'argocd-application': `itinerary-${environment}`
});

interface Step {
  failed: boolean;
  errors: string[];
  log: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs the action's run() in this process as the runner would start it: INPUT_* variables and the step's files.
 * Inputs are read before run() first waits, so several steps can be started one after another and run together.
 */
function start(inputs: Record<string, string>): () => Promise<Step> {
  const dir = mkdtempSync(join(tmpdir(), 'gitops-step-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, sandbox.env(), files);
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  const from = captured.length;
  process.exitCode = 0;
  const done = run({ clock: sandboxClock(sandbox), pollMs: 2000 });
  return async () => {
    await done;
    // Steps run together share the log, as concurrent jobs would share a terminal.
    const log = captured.slice(from).join('');
    const errors = log
      .split('\n')
      .filter(l => l.startsWith('::error'))
      .map(l => l.replace(/^::error[^:]*::/, '').replace(/%0A/g, '\n'));
    const failed = process.exitCode === 1;
    process.exitCode = 0;
    return {
      failed,
      errors,
      log,
      outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
    };
  };
}

const step = (inputs: Record<string, string>) => start(inputs)();

beforeAll(async () => {
  cluster = aksService({ runPods: false });
  repos = githubReposService();
  argo = argocdService({ repos, cluster });
  sandbox = await startSandbox({ services: [cluster, repos, argo] });
  untrust = sandboxTrust(sandbox);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`)
      ? { digest: reference }
      : tags.has(reference)
        ? { digest: tags.get(reference)! }
        : undefined
  );
});

/** A commit to the infrastructure repository's main made outside the contents API: a platform team's push. */
async function push(path: string, edit: (text: string) => string, message: string): Promise<void> {
  const gitDir = await git('rev-parse', '--absolute-git-dir');
  const work = mkdtempSync(join(tmpdir(), 'infra-push-'));
  const run = (...args: string[]) =>
    new Promise<string>((resolve, reject) =>
      execFile(
        'git',
        [`--git-dir=${gitDir.trim()}`, `--work-tree=${work}`, ...args],
        {
          env: {
            PATH: process.env['PATH'] ?? '',
            GIT_CONFIG_NOSYSTEM: '1',
            HOME: '/nonexistent',
            GIT_AUTHOR_NAME: 'platform',
            GIT_AUTHOR_EMAIL: 'platform@musafirgo.test',
            GIT_COMMITTER_NAME: 'platform',
            GIT_COMMITTER_EMAIL: 'platform@musafirgo.test',
            GIT_INDEX_FILE: join(work, '.index')
          }
        },
        (error, stdout) => (error ? reject(error) : resolve(stdout))
      )
    );
  await run('read-tree', 'main');
  await run('checkout-index', '-a');
  writeFileSync(join(work, path), edit(readFileSync(join(work, path), 'utf8')));
  await run('add', path);
  const tree = (await run('write-tree')).trim();
  const parent = (await run('rev-parse', 'main')).trim();
  const commit = (await run('commit-tree', tree, '-p', parent, '-m', message)).trim();
  await run('update-ref', 'refs/heads/main', commit, parent);
}
afterAll(async () => {
  process.stdout.write = write;
  untrust();
  await sandbox.stop();
});
// The traffic invariant: whatever a test's step did, production never serves nothing.
afterEach(() => expectTrafficServes(cluster));

describe('deploy-aks method gitops against the infrastructure repository and Argo CD', () => {
  it('commits the digest into the values file, syncs the application to that commit, and the cluster runs it', async () => {
    const before = await git('rev-parse', 'main');
    const result = await step(inputsFor('dev', image(1)));
    expect(result.errors).toEqual([]);
    expect(result.failed).toBe(false);
    const head = await git('rev-parse', 'main');
    expect(await git('rev-parse', 'main~1')).toBe(before);
    expect(result.outputs).toEqual({ commit: head, revision: head, 'previous-revision': '' });
    // Only the digest's line changed: comments and the rest of the file stay as the platform team wrote them.
    const diff = await git('diff', '--unified=0', before, head);
    expect(diff.split('\n').filter(l => /^[-+][^-+]/.test(l))).toEqual([
      `-  digest: ${SEEDED_DIGEST}`,
      `+  digest: ${image(1).split('@')[1]}`
    ]);
    expect(await git('log', '-1', '--format=%s')).toBe(`deploy itinerary-dev: ${image(1)}`);
    expect(cluster.serving('itinerary-dev', 'itinerary')).toEqual([image(1)]);
    const app = await argo.application('itinerary-dev');
    expect(app?.status).toMatchObject({
      sync: { status: 'Synced', revision: head },
      health: { status: 'Healthy' },
      operationState: { phase: 'Succeeded', syncResult: { revision: head } }
    });
    expect(result.summary).toContain('### Argo CD itinerary-dev: deployed');
    expect(result.summary).toContain(`https://github.com/${INFRA_REPOSITORY}/commit/${head}`);
    for (const phase of ['Check application', 'Commit', 'Sync and rollout', 'Total'])
      expect(result.summary).toContain(`| ${phase} |`);
    expect(result.summary).toMatch(/\| Synced \w{7} \| Succeeded \w{7} \| Healthy \|/);
  });

  it('serves the Applications as Kubernetes objects in the argocd namespace, with the status its API reports', async () => {
    const session = sessionFromEnv('test', {
      ...sandbox.env(),
      AZURE_CLIENT_ID: deployer.appId,
      AZURE_TENANT_ID: tenantId
    });
    const config = new KubeConfig();
    config.loadFromOptions({
      clusters: [
        { name: 'aks', server: cluster.url, caData: Buffer.from(sandbox.tls.ca).toString('base64') }
      ],
      users: [{ name: 'u', token: (await session.credential.getToken(AKS_SERVER_SCOPE)).token }],
      contexts: [{ name: 'aks', cluster: 'aks', user: 'u' }],
      currentContext: 'aks'
    });
    type Application = KubernetesObject & { status?: Record<string, unknown> };
    const list = await KubernetesObjectApi.makeApiClient(config).list<Application>(
      'argoproj.io/v1alpha1',
      'Application',
      'argocd'
    );
    expect(list.items.map(a => a.metadata?.name).sort()).toEqual(['itinerary-dev', 'itinerary-staging']);
    const dev = list.items.find(a => a.metadata?.name === 'itinerary-dev')!;
    expect(dev.status).toMatchObject({
      sync: { status: 'Synced', revision: await git('rev-parse', 'main') },
      health: { status: 'Healthy' }
    });
  });

  it('commits nothing when the values file already names the image, and still syncs and checks health', async () => {
    const head = await git('rev-parse', 'main');
    const result = await step(inputsFor('dev', image(1)));
    expect(result.errors).toEqual([]);
    expect(await git('rev-parse', 'main')).toBe(head);
    expect(result.outputs).toEqual({ commit: '', revision: head, 'previous-revision': head });
    expect(result.log).toContain('already names');
    expect(sandbox.calls({ service: 'argocd' }).filter(c => c.method === 'POST').length).toBe(2);
  });

  it('lands two concurrent bumps of two environments: the push that lost the race gets 409, reads again, and lands', async () => {
    const base = await git('rev-parse', 'main');
    const since = sandbox.clock.now().getTime();
    repos.raceNextWrites(2);
    const dev = start(inputsFor('dev', image(2)));
    const staging = start(inputsFor('staging', image(3)));
    const [a, b] = await Promise.all([dev(), staging()]);
    expect([...a.errors, ...b.errors]).toEqual([]);
    const puts = sandbox.calls({ service: 'github-api', since }).filter(c => c.method === 'PUT');
    expect(puts.map(c => c.status).sort()).toEqual([200, 200, 409]);
    expect(a.log).toMatch(
      /attempt 1 failed \(GitHub answered 409 to write .*: is at [0-9a-f]{40} but expected [0-9a-f]{40}\)/
    );
    // History is linear: both commits on main, one on top of the other, each changing its own environment.
    const subjects = (await git('log', '--format=%s', `${base}..main`)).split('\n').sort();
    expect(subjects).toEqual([`deploy itinerary-dev: ${image(2)}`, `deploy itinerary-staging: ${image(3)}`]);
    expect(await git('rev-list', '--count', '--merges', `${base}..main`)).toBe('0');
    expect(await git('show', 'main:environments/dev/itinerary.yaml')).toContain(image(2).split('@')[1]);
    expect(await git('show', 'main:environments/staging/itinerary.yaml')).toContain(image(3).split('@')[1]);
    expect(cluster.serving('itinerary-dev', 'itinerary')).toEqual([image(2)]);
    expect(cluster.serving('itinerary-staging', 'itinerary')).toEqual([image(3), image(3)]);
  });

  it('reports Argo CD Degraded for a crashing image with its message, reverts the bump and the previous image serves', async () => {
    const crashing = image(4);
    cluster.markImage(crashing, 'crash');
    const before = await git('rev-parse', 'main');
    const result = await step(inputsFor('dev', crashing));
    expect(result.failed).toBe(true);
    expect(result.errors).toHaveLength(1);
    const bump = await git('rev-parse', 'main~1');
    expect(await git('rev-parse', 'main~2')).toBe(before);
    expect(result.errors[0]).toContain(
      `deploy-aks: itinerary-dev is Degraded at ${bump.slice(0, 7)}: Deployment itinerary-dev/itinerary: Deployment "itinerary" exceeded its progress deadline; reverted in`
    );
    expect(result.errors[0]).toContain(`is Synced and Healthy again on ${image(2)}`);
    expect(await git('log', '-2', '--format=%s')).toBe(
      `Revert "deploy itinerary-dev: ${crashing}"\ndeploy itinerary-dev: ${crashing}`
    );
    expect(await git('show', 'main:environments/dev/itinerary.yaml')).toContain(image(2).split('@')[1]);
    expect(cluster.serving('itinerary-dev', 'itinerary')).toEqual([image(2)]);
    const head = await git('rev-parse', 'main');
    expect(result.outputs).toEqual({ commit: bump, revision: head, 'previous-revision': expect.any(String) });
    expect(result.summary).toContain('### Argo CD itinerary-dev: FAILED, reverted');
    expect(result.summary).toContain('| Degraded |');
  });

  it('catches a chart that runs a tag instead of the digest: Synced and Healthy, but the pods run another image; reverted', async () => {
    const template = 'charts/itinerary/templates/deployment.yaml';
    const original = await git('show', `main:${template}`);
    const latest = image(90);
    tags.set('latest', latest.split('@')[1]!);
    await push(
      template,
      text =>
        text.replace(
          /image: \{\{ include "itinerary.image" \. \| quote \}\}/,
          'image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"'
        ),
      'charts: run the tag'
    );
    try {
      const result = await step(inputsFor('dev', image(5)));
      expect(result.failed).toBe(true);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(
        new RegExp(
          `^deploy-aks: itinerary-dev is Synced and Healthy, but pod itinerary-\\w+-\\w+, container itinerary runs ${latest.replace(/[.]/g, '\\.')}, not the image deployed \\(${image(5).replace(/[.]/g, '\\.')}\\): the chart does not put image\\.digest into the pod spec; reverted in`
        )
      );
      expect(await git('log', '-1', '--format=%s')).toBe(`Revert "deploy itinerary-dev: ${image(5)}"`);
      expect(result.summary).toContain('| Verify |');
    } finally {
      await push(template, () => original, 'charts: the digest again');
      await step(inputsFor('dev', image(2)));
    }
  });

  it('refuses bad credentials and wrong application settings with a message naming the input, committing nothing', async () => {
    const head = await git('rev-parse', 'main');
    const cases: Array<[Record<string, string>, string]> = [
      [
        { 'github-token': 'ghs_NotATokenGitHubIssued000000000000' },
        'deploy-aks: GitHub refused the github-token (Bad credentials)'
      ],
      [
        { 'github-token': repos.token('infra-reader') },
        `deploy-aks: GitHub does not let the github-token write ${INFRA_REPOSITORY} (Resource not accessible by integration)`
      ],
      [
        { 'github-token': repos.token('outsider') },
        'deploy-aks: GitHub finds no environments/dev/itinerary.yaml on main of musafirgo/musafirgo-infra (Not Found)'
      ],
      [
        { 'argocd-token': 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' },
        'deploy-aks: Argo CD refused the argocd-token (invalid session: token signature is invalid)'
      ],
      [
        { 'argocd-token': argo.token('viewer') },
        'deploy-aks: Argo CD lets the argocd-token read itinerary-dev but not sync it'
      ],
      [
        { 'argocd-application': 'itinerary-qa' },
        'deploy-aks: Argo CD has no application itinerary-qa (applications.argoproj.io "itinerary-qa" not found)'
      ],
      [
        { 'values-file': 'environments/staging/itinerary.yaml' },
        'deploy-aks: Argo CD application itinerary-dev reads environments/dev/itinerary.yaml, not environments/staging/itinerary.yaml'
      ],
      [{ 'github-token': '' }, "deploy-aks: input 'github-token' is required with method gitops"],
      [{ manifests: 'k8s/deployment.yaml' }, "deploy-aks: input 'manifests' does not apply to method gitops"],
      [{ images: `itinerary=${image(5)}` }, "deploy-aks: input 'images' must hold exactly one bare"]
    ];
    for (const [change, message] of cases) {
      const result = await step({ ...inputsFor('dev', image(5)), ...change });
      expect(result.failed).toBe(true);
      expect(result.errors).toEqual([expect.stringContaining(message)]);
    }
    expect(await git('rev-parse', 'main')).toBe(head);
  });
});
