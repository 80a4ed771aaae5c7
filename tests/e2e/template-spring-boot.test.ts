// The Spring Boot (Maven) template, as musafirgo/musafirgo-bookings-service runs it: its file, from the
// repository's own commit, through the strict runner against the sandbox. A pull request, a push to main (the jar
// handed from the test job to the image build as an artifact, dev deployed, the API imported and smoke-tested),
// a release tag (promoted, then deployed to prod once a reviewer approves) and a break-glass rollback of prod
// from main that waits for nobody.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { acrService } from '../../sandbox/acr/index.js';
import { apimService, type ApimService } from '../../sandbox/apim/index.js';
import { containerAppsService, type ContainerAppsService } from '../../sandbox/containerapps/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import {
  runWorkflow,
  WorkflowHost,
  type JobResult,
  type RepositorySettings,
  type ReviewRequest,
  type WorkflowRunOptions
} from '../../sandbox/workflow.js';
import { busyboxContext, platformSettings, reviewer, serviceRepository } from '../support/service-repo.js';
import { devRegistry, platform, prodRegistry } from '../support/world.js';

const name = 'musafirgo/musafirgo-bookings-service';
let sandbox: Sandbox;
let aca: ContainerAppsService;
let apim: ApimService;
let host: WorkflowHost;
let busybox: string;
let repo: ReturnType<typeof serviceRepository>;
let settings: RepositorySettings;

beforeAll(async () => {
  // The templates build their services FROM a busybox context (no runtime of their language inside, no base image
  // from a public registry): the example service stands in for what they build.
  aca = containerAppsService({ run: 'example-service' });
  apim = apimService();
  sandbox = await startSandbox({ services: [acrService(), aca, apim] });
  host = new WorkflowHost(sandbox);
  busybox = busyboxContext();
  repo = serviceRepository('bookings', 'spring-boot-service.yml', doc =>
    doc.setIn(['jobs', 'ci', 'with', 'build-contexts'], `busybox=${busybox}`)
  );
  settings = platformSettings(name, repo.path, {
    dev: apim.key(platform.devApim, 'smoke-tests'),
    prod: apim.key(platform.prodApim, 'smoke-tests')
  });
}, 120_000);
afterAll(async () => {
  await sandbox?.stop();
});

const pipeline = (options: Partial<WorkflowRunOptions>) =>
  runWorkflow({ sandbox, host, file: repo.workflow, event: 'push', repository: settings, ...options });
const steps = (job: JobResult | undefined) => (job?.steps ?? []).map(step => `${step.name}: ${step.outcome}`);
const serving = (app: string) => Object.entries(aca.traffic(app)).find(([, weight]) => weight === 100)?.[0];

describe('the Spring Boot template (Maven), run as musafirgo-bookings-service would', () => {
  it('on a pull request: mvn verify runs the tests, nothing is built or deployed', async () => {
    const result = await pipeline({
      event: 'pull_request',
      job: { eventName: 'pull_request', ref: 'refs/pull/12/merge', headRef: 'cheaper-rooms', baseRef: 'main' }
    });
    const test = result.jobs['ci']!.jobs!['test']!;
    expect(test.result).toBe('success');
    expect(test.steps.find(s => s.name === 'Lint and test')!.log).toMatch(/Tests run: 1, Failures: 0/);
    expect(result.jobs['ci']!.jobs!['build']!.result).toBe('skipped');
    expect(result.jobs['deploy-dev']!.result).toBe('skipped');
  }, 300_000);

  it('on a push to main: the jar reaches the image build only as an artifact, then dev is deployed and smoke-tested', async () => {
    const before = serving('musafirgo-bookings-dev');
    const result = await pipeline({ job: { ref: 'refs/heads/main' } });
    const build = result.jobs['ci']!.jobs!['build']!;
    const deploy = result.jobs['deploy-dev']!.jobs!['deploy']!;
    expect(steps(build)).toEqual([
      'actions/checkout@v4: success',
      'actions/download-artifact@v4: success',
      'musafirgo/actions/login@v1: success',
      'musafirgo/actions/build-push@v1: success'
    ]);
    expect(steps(deploy)).toEqual([
      'actions/checkout@v4: success',
      'musafirgo/actions/login@v1: success',
      'musafirgo/actions/deploy-aca@v1: success',
      'musafirgo/actions/apim-import@v1: success',
      'musafirgo/actions/smoke@v1: success'
    ]);
    expect(result.result).toBe('success');
    expect(result.artifacts).toEqual(['bookings-build']);
    const image = result.jobs['ci']!.outputs['image']!;
    expect(image).toMatch(new RegExp(`^${devRegistry.loginServer}/bookings@sha256:[0-9a-f]{64}$`));
    // The platform's names: the app musafirgo-bookings-dev, the gateway path /api/bookings.
    const revision = deploy.outputs['revision']!;
    expect(revision).not.toBe(before);
    expect(serving('musafirgo-bookings-dev')).toBe(revision);
    expect(deploy.outputs['gateway-url']).toBe(`${apim.gatewayUrl(platform.devApim)}/api/bookings/v1`);
    expect(deploy.permissions).toBe('contents: read, id-token: write');
  }, 600_000);

  it('fails the image build of a pipeline that leaves the handoff out: COPY target/*.jar finds nothing on a fresh runner', async () => {
    const bare = serviceRepository('bookings', 'spring-boot-service.yml', doc => {
      doc.setIn(['jobs', 'ci', 'with', 'build-contexts'], `busybox=${busybox}`);
      doc.deleteIn(['jobs', 'ci', 'with', 'artifact-directory']);
    });
    const result = await runWorkflow({
      sandbox,
      host: new WorkflowHost(sandbox),
      file: bare.workflow,
      event: 'push',
      job: { ref: 'refs/heads/main' },
      repository: { ...settings, path: bare.path }
    });
    const build = result.jobs['ci']!.jobs!['build']!;
    expect(result.jobs['ci']!.jobs!['test']!.result).toBe('success');
    expect(build.result).toBe('failure');
    expect(build.steps.at(-1)!.run!.errors.join('\n')).toMatch(/build-push: .*target\/\*\.jar/);
  }, 600_000);

  it('on a release tag: promoted to the prod registry, deployed to prod once a reviewer approves; a rejection leaves prod as it was', async () => {
    const before = serving('musafirgo-bookings-prod');
    const rejected = await pipeline({
      job: { ref: 'refs/tags/v1.0.0' },
      review: () => ({ state: 'rejected', reviewer, comment: 'not during the sale' })
    });
    expect(rejected.jobs['release']!.jobs!['deploy']!.jobs!['deploy']!.failure).toBe(
      `Deployment to prod rejected by ${reviewer}: not during the sale`
    );
    expect(serving('musafirgo-bookings-prod')).toBe(before);
    // The promotion ran before the review: the digest is in the prod registry, imported server-side.
    const imported = rejected.jobs['release']!.jobs!['promote']!.jobs!['promote']!;
    expect(imported.steps.at(-1)!.run!.outputs['method']).toBe('import');

    const requests: ReviewRequest[] = [];
    const result = await pipeline({
      job: { ref: 'refs/tags/v1.0.0' },
      review: request => {
        requests.push(request);
        return { state: 'approved', reviewer };
      }
    });
    expect(result.result).toBe('success');
    expect(requests.map(r => r.environment)).toEqual(['prod']);
    const promote = result.jobs['release']!.jobs!['promote']!.jobs!['promote']!;
    const deploy = result.jobs['release']!.jobs!['deploy']!.jobs!['deploy']!;
    expect(promote.environment).toBe('release');
    expect(deploy.environment).toBe('prod');
    expect(deploy.log).toContain(`environment prod: approved by ${reviewer}`);
    const promoted = result.jobs['release']!.outputs['image']!;
    expect(promoted).toMatch(new RegExp(`^${prodRegistry.loginServer}/bookings@sha256:`));
    expect(promote.steps.at(-1)!.run!.outputs['method']).toBe('already');
    expect(serving('musafirgo-bookings-prod')).toBe(result.jobs['release']!.outputs['revision']);
    expect(deploy.outputs['gateway-url']).toBe(`${apim.gatewayUrl(platform.prodApim)}/api/bookings/v1`);
  }, 600_000);

  it('rolls prod back from main through the break-glass environment, without a reviewer', async () => {
    const before = serving('musafirgo-bookings-prod')!;
    const requests: ReviewRequest[] = [];
    const started = Date.now();
    const result = await pipeline({
      event: 'workflow_dispatch',
      inputs: { rollback: 'prod' },
      job: { ref: 'refs/heads/main' },
      review: request => {
        requests.push(request);
        return { state: 'approved', reviewer };
      }
    });
    const rollback = result.jobs['rollback']!.jobs!['rollback']!;
    expect(result.result).toBe('success');
    expect(rollback.environment).toBe('prod-rollback');
    expect(requests).toEqual([]);
    expect(serving('musafirgo-bookings-prod')).toBe(rollback.outputs['revision']);
    expect(rollback.outputs['revision']).not.toBe(before);
    expect(Date.now() - started).toBeLessThan(120_000);
  }, 300_000);

  it('could not have rolled prod back from main through the prod environment: its tag policy refuses main', async () => {
    const result = await runWorkflow({
      sandbox,
      host,
      file: '.github/workflows/rollback.yml',
      event: 'workflow_dispatch',
      inputs: {
        environment: 'prod',
        'resource-group': platform.prodResourceGroup,
        app: 'musafirgo-bookings-prod',
        'client-id': platform.prodDeployer.appId,
        'tenant-id': settings.vars!['AZURE_TENANT_ID']!,
        'subscription-id': settings.vars!['AZURE_PROD_SUBSCRIPTION_ID']!
      },
      job: { ref: 'refs/heads/main' },
      repository: settings
    });
    expect(result.jobs['rollback']!.failure).toBe(
      'Branch "main" is not allowed to deploy to prod due to environment protection rules.'
    );
  });
});
