import type { AksService } from '../../sandbox/aks/index.js';
import type { ArgoCdService } from '../../sandbox/argocd/index.js';
import type { ActionRun } from '../../sandbox/runner.js';
import { INFRA_REPOSITORY, type GitHubReposService } from '../../sandbox/github/repos.js';
import { servedThroughGateway } from '../../tests/support/aks.js';
import { why, type DemoContext } from './context.js';
import * as inputs from './inputs.js';
import { detail, tally } from './story.js';

export interface AksDemo {
  cluster: AksService;
  repos: GitHubReposService;
  argo: ArgoCdService;
  /** An image of the sandbox's registry, by digest; `pushed: false` for one its pods cannot pull. */
  image(repository: string, version: string, options?: { pushed: boolean }): string;
}

const host = 'itinerary.dev.musafirgo.test';
const samples = 20;

/** Which image answers each of 20 requests to the route's hostname through the cluster's gateway. */
async function sample(aks: AksDemo, demo: DemoContext): Promise<string> {
  return `${samples} requests: ${tally(await servedThroughGateway(demo.sandbox, aks.cluster, host, samples))}`;
}

/** The slot a manifests deploy or a rollback left serving: `itinerary-green` from `{"itinerary-green":"7b1f…"}`. */
const slotOf = (run: ActionRun, output = 'revision') =>
  Object.keys(JSON.parse(run.outputs[output] || '{}') as Record<string, string>)[0] ?? 'nothing';

/** The images the release's ready pods run: `…@sha256:ab12… (2 ready pods)`. */
function pods(aks: AksDemo): string {
  const images = aks.cluster.serving('itinerary', 'itinerary');
  return `${[...new Set(images)].join(', ')} (${images.length} ready pods)`;
}

/**
 * The example service on the sandbox's AKS, in each mode: Helm (a release rolled out, then a release whose image
 * cannot be pulled rolled back with helm rollback), manifests blue-green through the Gateway API HTTPRoute with
 * the smoke gate (requests sampled before and after) and a manual rollback to the other slot, and GitOps (the
 * digest committed to the infrastructure repository, Argo CD synced to that commit).
 */
export async function deployAks(demo: DemoContext, aks: AksDemo): Promise<void> {
  const v1 = aks.image('itinerary', '1.0.0');
  const v2 = aks.image('itinerary', '1.1.0');
  const missing = aks.image('itinerary', '1.2.0', { pushed: false });
  const sidecar = aks.image('otel-collector', '0.98.0');

  demo.part('Helm: a release rolled out, then one that cannot start, rolled back');
  await demo.step({
    id: 'helm',
    action: 'deploy-aks',
    inputs: inputs.deployAks.helm(v1),
    tell: run => ({
      outcome: `rolled out Helm release itinerary revision ${run.outputs['revision']} and watched its Deployments to ready`,
      details: detail('serving', pods(aks))
    })
  });
  await demo.step({
    id: 'helm-bad',
    action: 'deploy-aks',
    inputs: inputs.deployAks.helm(missing),
    expect: 'failure',
    tell: run => ({
      outcome: `refused an image that was never pushed: helm rollback to revision ${run.outputs['previous-revision']} (now revision ${run.outputs['revision']})`,
      details: [...why(run, 'deploy-aks'), ...detail('still', pods(aks))]
    })
  });

  demo.part('Blue-green through the Gateway API HTTPRoute (manifests, server-side apply)');
  await demo.step({
    id: 'blue-green-1',
    action: 'deploy-aks',
    inputs: inputs.deployAks.blueGreen(`itinerary=${v1}\n${sidecar}`),
    tell: run => ({
      outcome: `first deploy: ${slotOf(run)} smoke-tested, then given 100 % of ${run.outputs['url']}`
    })
  });
  const before = await sample(aks, demo);
  await demo.step({
    id: 'blue-green-2',
    action: 'deploy-aks',
    inputs: inputs.deployAks.blueGreen(`itinerary=${v2}\n${sidecar}`),
    tell: async run => ({
      outcome: `switched to ${slotOf(run)} once smoke-tested through the preview header (${slotOf(run, 'previous-revision')} idle)`,
      details: [...detail('before', before), ...detail('after', await sample(aks, demo))]
    })
  });
  await demo.step({
    id: 'rollback',
    action: 'deploy-aks',
    inputs: inputs.deployAks.rollback,
    tell: async run => ({
      outcome: `moved all the traffic back to ${slotOf(run)} by hand (mode: rollback)`,
      details: detail('after', await sample(aks, demo))
    })
  });

  demo.part('GitOps through Argo CD');
  await demo.step({
    id: 'gitops',
    action: 'deploy-aks',
    inputs: inputs.deployAks.gitops(v2, {
      github: aks.repos.token('infra-deployer'),
      argocdServer: aks.argo.url,
      argocd: aks.argo.token('ci-deployer')
    }),
    tell: async run => {
      const log = await aks.repos.git(INFRA_REPOSITORY, 'log', '--oneline', '-2', 'main');
      return {
        outcome: `committed ${v2} to ${INFRA_REPOSITORY} (${run.outputs['commit']?.slice(0, 7)}); Argo CD itinerary-staging Synced and Healthy`,
        details: log
          .trim()
          .split('\n')
          .flatMap((line, i) => detail(i === 0 ? 'infra' : '', line))
      };
    }
  });
}
