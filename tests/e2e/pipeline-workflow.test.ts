import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { acrService } from '../../sandbox/acr/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { argocdService, type ArgoCdService } from '../../sandbox/argocd/index.js';
import { githubReposService, INFRA_REPOSITORY, type GitHubReposService } from '../../sandbox/github/repos.js';
import { apimService, type ApimService } from '../../sandbox/apim/index.js';
import { containerAppsService, type ContainerAppsService } from '../../sandbox/containerapps/index.js';
import { helmDirectory } from '../../sandbox/helm.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runAction } from '../../sandbox/runner.js';
import { runWorkflow, type JobResult } from '../../sandbox/workflow.js';
import {
  aksCluster,
  apim,
  deployer,
  devRegistry,
  devSubscription,
  loginInputs,
  prodDeployer,
  prodItineraryApp,
  prodRegistry,
  prodSubscription,
  promoter,
  tenantId
} from '../support/world.js';
import { expectTrafficServesHealthy } from '../support/traffic.js';

// The Node service template (workflows/node-service.yml), as a service repository holding the example service
// would run it: its jobs, its reusable workflows and every step of ours, from the files themselves, against
// the sandbox. The one change: the example's Dockerfile builds FROM scratch with a static busybox given as a
// named build context, which the test passes to service-ci's build-contexts.

const root = new URL('../..', import.meta.url).pathname;
/** The commit every job of these runs builds (the sandbox job's default sha). */
const commit = '3f786850e387550fdab836ed7e6dc881de23001b';
let sandbox: Sandbox;
let aca: ContainerAppsService;
let apimEmulator: ApimService;
let cluster: AksService;
let repos: GitHubReposService;
let argo: ArgoCdService;
let workspace: string;
let busybox: string;
let pipeline: string;
/** The image the push-to-main run built and pushed, for the runs after it. */
let pushedImage = '';

const vars = {
  AZURE_CLIENT_ID: deployer.appId,
  AZURE_TENANT_ID: tenantId,
  AZURE_DEV_SUBSCRIPTION_ID: devSubscription.id,
  DEV_REGISTRY: devRegistry.loginServer
};

beforeAll(async () => {
  // The templates build their services FROM a busybox context (no runtime of their language inside, no base image
  // from a public registry): the example service stands in for what they build.
  aca = containerAppsService({ run: 'example-service' });
  apimEmulator = apimService();
  cluster = aksService({ run: 'example-service' });
  repos = githubReposService();
  argo = argocdService({ repos, cluster });
  sandbox = await startSandbox({ services: [acrService(), aca, apimEmulator, cluster, repos, argo] });
  workspace = await mkdtemp(join(tmpdir(), 'itinerary-repo-'));
  await cp(join(root, 'examples/itinerary'), workspace, { recursive: true });
  busybox = await mkdtemp(join(tmpdir(), 'busybox-'));
  await copyFile('/bin/busybox', join(busybox, 'busybox'));
  const template = parseDocument(readFileSync(join(root, 'workflows/node-service.yml'), 'utf8'));
  template.setIn(['jobs', 'ci', 'with', 'build-contexts'], `busybox=${busybox}`);
  pipeline = join(workspace, '.github-pipeline.yml');
  await writeFile(pipeline, template.toString());
}, 120_000);
// Production traffic reaches only healthy revisions after every run that deploys to Container Apps.
afterEach(() => expectTrafficServesHealthy(aca));
afterAll(async () => {
  await sandbox?.stop();
});

/** Each step and its outcome; a failed step with its first error, so a red run says why. */
const stepNames = (job: JobResult | undefined) =>
  (job?.steps ?? []).map(
    step =>
      `${step.name}: ${step.outcome}${step.outcome === 'failure' ? ` (${step.run?.errors[0] ?? step.log?.slice(-300)})` : ''}`
  );

describe('the Node service template, run from its file', () => {
  it('on a pull request: lints and tests, builds nothing, deploys nothing', async () => {
    const result = await runWorkflow({
      sandbox,
      file: pipeline,
      event: 'pull_request',
      job: {
        eventName: 'pull_request',
        ref: 'refs/pull/7/merge',
        headRef: 'cheaper-flights',
        baseRef: 'main'
      },
      vars,
      workspace
    });
    const ci = result.jobs['ci']!;
    expect(ci.jobs!['test']!.result).toBe('success');
    expect(ci.jobs!['test']!.steps.find(step => step.name === 'Lint and test')!.log).toMatch(/# pass 2/);
    expect(ci.jobs!['build']!.result).toBe('skipped');
    expect(result.jobs['deploy-dev']!.result).toBe('skipped');
    expect(result.jobs['release']!.result).toBe('skipped');
  }, 120_000);

  it('on a push to main: tests, builds and pushes, deploys to dev blue-green, publishes the API, smoke-tests it', async () => {
    const result = await runWorkflow({
      sandbox,
      file: pipeline,
      event: 'push',
      job: { eventName: 'push', ref: 'refs/heads/main' },
      vars,
      // The template's names now: the dev gateway musafirgo-dev-apim, the app musafirgo-itinerary-dev.
      secrets: { APIM_DEV_SMOKE_KEY: apimEmulator.key('musafirgo-dev-apim', apim.smokeSubscription) },
      workspace
    });
    const build = result.jobs['ci']!.jobs!['build']!;
    const deploy = result.jobs['deploy-dev']!.jobs!['deploy']!;
    expect(stepNames(build)).toEqual([
      'actions/checkout@v4: success',
      'actions/download-artifact@v4: skipped',
      'musafirgo/actions/login@v1: success',
      'musafirgo/actions/build-push@v1: success'
    ]);
    expect(stepNames(deploy)).toEqual([
      'actions/checkout@v4: success',
      'musafirgo/actions/login@v1: success',
      'musafirgo/actions/deploy-aca@v1: success',
      'musafirgo/actions/apim-import@v1: success',
      'musafirgo/actions/smoke@v1: success'
    ]);
    expect(result.result).toBe('success');

    // The image service-ci pushed is the one now serving all production traffic of the dev app.
    const image = result.jobs['ci']!.outputs['image']!;
    pushedImage = image;
    expect(image).toMatch(new RegExp(`^${devRegistry.loginServer}/itinerary@sha256:[0-9a-f]{64}$`));
    expect(deploy.environment).toBe('dev');
    const revision = deploy.outputs['revision']!;
    expect(aca.traffic('musafirgo-itinerary-dev')[revision]).toBe(100);
    expect(aca.revision('musafirgo-itinerary-dev', revision)).toMatchObject({
      runningState: 'Running',
      healthState: 'Healthy'
    });
    expect(deploy.steps[2]!.run!.summary).toContain(image);
    expect(deploy.outputs['gateway-url']).toMatch(/^https:\/\/.+\/api\/itinerary\/v1$/);
    const smoke = deploy.steps.at(-1)!.run!;
    expect(smoke.outputs['passed']).toBe('true');

    // No token or key shows in anything a person could read of the run.
    const secrets = [...sandbox.issuedSecrets(), ...apimEmulator.keys()];
    for (const job of [build, deploy]) {
      for (const step of job.steps) {
        for (const secret of secrets) expect(step.run?.visible.includes(secret) ?? false).toBe(false);
      }
    }
  }, 300_000);

  it('on a release tag: promotes the digest tested on dev to the prod registry and deploys it to prod (release.yml)', async () => {
    const tested = await sandbox.images.resolve(`${devRegistry.loginServer}/itinerary:sha-${commit}`);
    expect(tested).toMatchObject({ digest: expect.stringMatching(/^sha256:/) });
    const result = await runWorkflow({
      sandbox,
      file: '.github/workflows/release.yml',
      event: 'workflow_call',
      callerEvent: 'push',
      inputs: {
        service: 'itinerary',
        image: `${devRegistry.loginServer}/itinerary:sha-${commit}`,
        'target-registry': prodRegistry.loginServer,
        'resource-group': prodItineraryApp.resourceGroup,
        app: prodItineraryApp.name,
        // This app predates the platform's names: it runs in cae-musafirgo-prod, not musafirgo-prod-env.
        'container-app-environment': prodItineraryApp.environment,
        'promoter-client-id': promoter.appId,
        'client-id': prodDeployer.appId,
        'tenant-id': tenantId,
        'subscription-id': prodSubscription.id
      },
      job: { eventName: 'push', ref: 'refs/tags/v1.4.0', sha: commit },
      workspace
    });
    expect(result.result).toBe('success');
    const promote = result.jobs['promote']!.jobs!['promote']!;
    const deploy = result.jobs['deploy']!.jobs!['deploy']!;
    expect(promote.environment).toBe('release');
    expect(deploy.environment).toBe('prod');
    // The very image tested on dev, by digest, now in prod, tagged with the release.
    const promoted = result.outputs['image']!;
    expect(promoted).toBe(`${prodRegistry.loginServer}/itinerary@${(tested as { digest: string }).digest}`);
    await expect(
      sandbox.images.resolve(`${prodRegistry.loginServer}/itinerary:v1.4.0`)
    ).resolves.toMatchObject({
      digest: (tested as { digest: string }).digest
    });
    const traffic = JSON.parse(deploy.steps[2]!.run!.outputs['traffic']!) as Array<{
      revisionName: string;
      weight: number;
    }>;
    expect(traffic.find(t => t.revisionName === result.outputs['revision'])?.weight).toBe(100);
  }, 300_000);

  it("deploys the same image to AKS through deploy-aks.yml, from the service repository's manifests", async () => {
    // The manifests pin their sidecar's image; the registry must hold it for the pods to start.
    const login = await runAction('login', loginInputs, sandbox.env());
    const sidecar = await runAction(
      'build-push',
      {
        image: `${devRegistry.loginServer}/otel-collector`,
        tags: 'placeholder',
        context: workspace,
        'build-contexts': `busybox=${busybox}`
      },
      { ...sandbox.env(), ...login.exported }
    );
    expect(sidecar.errors).toEqual([]);
    const result = await runWorkflow({
      sandbox,
      file: '.github/workflows/deploy-aks.yml',
      event: 'workflow_call',
      callerEvent: 'push',
      inputs: {
        service: 'itinerary',
        environment: 'dev',
        image: pushedImage,
        'resource-group': aksCluster.resourceGroup,
        cluster: aksCluster.name,
        'client-id': deployer.appId,
        'tenant-id': tenantId,
        'subscription-id': devSubscription.id
      },
      job: { eventName: 'push', ref: 'refs/heads/main' },
      workspace
    });
    const deploy = result.jobs['deploy']!;
    expect(stepNames(deploy)).toEqual([
      'actions/checkout@v4: success',
      'musafirgo/actions/login@v1: success',
      'Helm values files: skipped',
      'musafirgo/actions/deploy-aks@v1: success',
      'musafirgo/actions/apim-import@v1: skipped',
      'musafirgo/actions/smoke@v1: skipped'
    ]);
    expect(result.result).toBe('success');
    expect(cluster.serving('default', 'itinerary')).toContain(pushedImage);
    expect(JSON.parse(result.outputs['revision']!)).toHaveProperty('itinerary');
  }, 300_000);

  it("deploys with the service's Helm chart through deploy-aks.yml: values.yaml then values-dev.yaml", async () => {
    // GitHub-hosted runners have helm on PATH; here it is the real helm from the npm layer.
    const path = process.env['PATH'];
    process.env['PATH'] = `${helmDirectory()}:${path}`;
    try {
      const result = await runWorkflow({
        sandbox,
        file: '.github/workflows/deploy-aks.yml',
        event: 'workflow_call',
        callerEvent: 'push',
        inputs: {
          service: 'itinerary',
          environment: 'dev',
          method: 'helm',
          namespace: 'itinerary-dev',
          image: pushedImage,
          'resource-group': aksCluster.resourceGroup,
          cluster: aksCluster.name,
          'client-id': deployer.appId,
          'tenant-id': tenantId,
          'subscription-id': devSubscription.id
        },
        job: { eventName: 'push', ref: 'refs/heads/main' },
        workspace
      });
      const deploy = result.jobs['deploy']!;
      expect(stepNames(deploy)).toEqual([
        'actions/checkout@v4: success',
        'musafirgo/actions/login@v1: success',
        'Helm values files: success',
        'musafirgo/actions/deploy-aks@v1: success',
        'musafirgo/actions/apim-import@v1: skipped',
        'musafirgo/actions/smoke@v1: skipped'
      ]);
      expect(result.result).toBe('success');
      expect(result.outputs['revision']).toBe('1');
      expect(cluster.serving('itinerary-dev', 'itinerary')).toEqual([pushedImage]); // values-dev: one replica
      expect(cluster.object('httproutes', 'itinerary-dev', 'itinerary')?.spec.hostnames).toEqual([
        'itinerary.dev.musafirgo.test'
      ]);
    } finally {
      process.env['PATH'] = path;
    }
  }, 300_000);

  it('rolls the Helm release on AKS back through rollback-aks.yml, as its workflow_dispatch would', async () => {
    const path = process.env['PATH'];
    process.env['PATH'] = `${helmDirectory()}:${path}`;
    try {
      const azure = {
        'resource-group': aksCluster.resourceGroup,
        cluster: aksCluster.name,
        'client-id': deployer.appId,
        'tenant-id': tenantId,
        'subscription-id': devSubscription.id
      };
      // A second release of the chart (revision 2), the one to undo.
      const again = await runWorkflow({
        sandbox,
        file: '.github/workflows/deploy-aks.yml',
        event: 'workflow_call',
        callerEvent: 'push',
        inputs: {
          service: 'itinerary',
          environment: 'dev',
          method: 'helm',
          namespace: 'itinerary-dev',
          values: 'chart/values.yaml',
          image: pushedImage,
          ...azure
        },
        job: { eventName: 'push', ref: 'refs/heads/main' },
        workspace
      });
      expect(again.outputs['revision']).toBe('2');
      const result = await runWorkflow({
        sandbox,
        file: '.github/workflows/rollback-aks.yml',
        event: 'workflow_dispatch',
        inputs: {
          environment: 'dev',
          method: 'helm',
          release: 'itinerary',
          namespace: 'itinerary-dev',
          ...azure
        },
        job: { eventName: 'workflow_dispatch', ref: 'refs/heads/main' },
        workspace
      });
      expect(stepNames(result.jobs['rollback'])).toEqual([
        'actions/checkout@v4: skipped',
        'musafirgo/actions/login@v1: success',
        'musafirgo/actions/deploy-aks@v1: success'
      ]);
      expect(result.result).toBe('success');
      expect(result.jobs['rollback']!.outputs).toEqual({ revision: '3', 'previous-revision': '2' });
      // Revision 1 had values-dev.yaml (one replica and the route); revision 2 only values.yaml (two, no route).
      expect(cluster.serving('itinerary-dev', 'itinerary')).toEqual([pushedImage]);
      expect(cluster.object('httproutes', 'itinerary-dev', 'itinerary')).toBeDefined();
    } finally {
      process.env['PATH'] = path;
    }
  }, 300_000);

  it('deploys to staging through deploy-aks.yml with method gitops: a commit in musafirgo-infra, Argo CD synced to it', async () => {
    const result = await runWorkflow({
      sandbox,
      file: '.github/workflows/deploy-aks.yml',
      event: 'workflow_call',
      callerEvent: 'push',
      inputs: {
        service: 'itinerary',
        environment: 'staging',
        method: 'gitops',
        image: pushedImage,
        'infra-repository': INFRA_REPOSITORY,
        'values-file': 'environments/staging/itinerary.yaml',
        'argocd-server': argo.url,
        'argocd-application': 'itinerary-staging'
      },
      secrets: { 'infra-token': repos.token('infra-deployer'), 'argocd-token': argo.token('ci-deployer') },
      job: { eventName: 'push', ref: 'refs/heads/main' },
      workspace
    });
    const deploy = result.jobs['deploy']!;
    expect(stepNames(deploy)).toEqual([
      'actions/checkout@v4: success',
      'musafirgo/actions/login@v1: skipped',
      'Helm values files: skipped',
      'musafirgo/actions/deploy-aks@v1: success',
      'musafirgo/actions/apim-import@v1: skipped',
      'musafirgo/actions/smoke@v1: skipped'
    ]);
    expect(result.result).toBe('success');
    const head = await repos.git(INFRA_REPOSITORY, 'rev-parse', 'main');
    expect(result.outputs['commit']).toBe(head);
    expect(
      await repos.git(INFRA_REPOSITORY, 'show', `${head}:environments/staging/itinerary.yaml`)
    ).toContain(pushedImage.split('@')[1]!);
    expect(cluster.serving('itinerary-staging', 'itinerary')).toContain(pushedImage);
  }, 300_000);

  it('rolls dev back to the previous revision through rollback.yml, as its workflow_dispatch would', async () => {
    // The app the push above deployed: the template's musafirgo-itinerary-dev.
    const devApp = { resourceGroup: 'musafirgo-dev-rg', name: 'musafirgo-itinerary-dev' };
    const before = aca.traffic(devApp.name);
    const serving = Object.keys(before).find(revision => before[revision] === 100)!;
    const result = await runWorkflow({
      sandbox,
      file: '.github/workflows/rollback.yml',
      event: 'workflow_call',
      inputs: {
        environment: 'dev',
        'resource-group': devApp.resourceGroup,
        app: devApp.name,
        'client-id': deployer.appId,
        'tenant-id': tenantId,
        'subscription-id': devSubscription.id
      },
      job: { eventName: 'workflow_dispatch', ref: 'refs/heads/main' },
      workspace
    });
    expect(result.result).toBe('success');
    const revision = result.outputs['revision']!;
    expect(revision).not.toBe(serving);
    expect(aca.traffic(devApp.name)[revision]).toBe(100);
    expect(result.jobs['rollback']!.environment).toBe('dev');
  }, 120_000);
});
