import type { AksService } from '../../sandbox/aks/index.js';
import type { ArgoCdService } from '../../sandbox/argocd/index.js';
import { INFRA_REPOSITORY, type GitHubReposService } from '../../sandbox/github/repos.js';
import { servedThroughGateway } from '../../tests/support/aks.js';
import { aksCluster } from '../../tests/support/world.js';
import { bold, type DemoContext } from './context.js';

export interface AksDemo {
  cluster: AksService;
  repos: GitHubReposService;
  argo: ArgoCdService;
  /** Declares an image pushed to the sandbox's registry; returns its reference by digest. */
  image(repository: string, n: number): string;
}

const host = 'itinerary.dev.musafirgo.test';
const cluster = { 'resource-group': aksCluster.resourceGroup, cluster: aksCluster.name };

/** Which image answers each of `count` requests to the route's hostname through the cluster's gateway. */
async function sample(aks: AksDemo, demo: DemoContext, count: number): Promise<string> {
  const seen = await servedThroughGateway(demo.sandbox, aks.cluster, host, count);
  return Object.entries(seen)
    .map(([image, n]) => `${image.startsWith('HTTP') ? image : `…${image.slice(-8)}`} ×${n}`)
    .join(', ');
}

/** A step that is meant to fail (the failure and its rollback are what it shows). */
async function failing(demo: DemoContext, ...args: Parameters<DemoContext['step']>): Promise<void> {
  const exitCode = process.exitCode;
  const run = await demo.step(...args);
  if (run.exitCode !== 1) process.exitCode = 1;
  else process.exitCode = exitCode;
}

/**
 * The example service on the sandbox's AKS, in each mode: Helm (a release rolled out, then a release whose image
 * cannot be pulled rolled back with helm rollback), manifests blue-green through the Gateway API HTTPRoute with the
 * smoke gate (requests sampled before and after) and a manual rollback to the other slot, and GitOps (the digest committed to the infrastructure repository,
 * Argo CD synced to that commit).
 */
export async function deployAks(demo: DemoContext, aks: AksDemo): Promise<void> {
  const v1 = aks.image('itinerary', 1);
  const v2 = aks.image('itinerary', 2);
  const missing = v1.replace(/[0-9a-f]{8}$/, 'deadbeef'); // never pushed: its pods cannot pull it

  const helm = {
    ...cluster,
    mode: 'helm',
    chart: 'examples/itinerary/chart',
    release: 'itinerary',
    namespace: 'itinerary',
    // values.yaml alone: values-dev.yaml would give the release its own HTTPRoute for the dev hostname, which the
    // blue-green steps below take over with theirs (the older route would win the hostname, as Gateway API says).
    values: 'examples/itinerary/chart/values.yaml'
  };
  await demo.step('helm', 'deploy-aks mode: helm (helm upgrade --install, own rollout watch)', 'deploy-aks', {
    ...helm,
    images: v1
  });
  await failing(
    demo,
    'helm-bad',
    'deploy-aks mode: helm with an image that was never pushed (helm rollback)',
    'deploy-aks',
    { ...helm, images: missing }
  );
  const pods = aks.cluster.serving('itinerary', 'itinerary');
  console.log(`${bold('Still serving:')} ${[...new Set(pods)].join(', ')} (${pods.length} ready pods)`);

  const manifests = {
    ...cluster,
    manifests: [
      'examples/itinerary/k8s/deployment.yaml',
      'examples/itinerary/k8s/service.yaml',
      'examples/itinerary/k8s/httproute.yaml'
    ].join('\n'),
    route: 'itinerary',
    smoke: 'examples/itinerary/smoke.yaml'
  };
  const sidecar = aks.image('otel-collector', 1);
  await demo.step(
    'blue-green-1',
    'deploy-aks strategy: blue-green, first deploy (route from the manifests)',
    'deploy-aks',
    { ...manifests, strategy: 'blue-green', images: `itinerary=${v1}\n${sidecar}` }
  );
  console.log(`${bold('Before:')} 20 requests to https://${host}: ${await sample(aks, demo, 20)}`);
  await demo.step(
    'blue-green-2',
    'deploy-aks strategy: blue-green (idle slot smoke-tested through the preview header, then the switch)',
    'deploy-aks',
    { ...manifests, strategy: 'blue-green', images: `itinerary=${v2}\n${sidecar}` }
  );
  console.log(`${bold('After:')}  20 requests to https://${host}: ${await sample(aks, demo, 20)}`);
  await demo.step(
    'rollback',
    'deploy-aks rollback: true (as rollback-aks.yml would): all traffic back to the other slot',
    'deploy-aks',
    { ...cluster, rollback: 'true', manifests: manifests.manifests, route: 'itinerary' }
  );
  console.log(`${bold('Rolled back:')} 20 requests to https://${host}: ${await sample(aks, demo, 20)}`);

  await demo.step(
    'gitops',
    `deploy-aks mode: gitops (commit to ${INFRA_REPOSITORY}, Argo CD sync, Synced and Healthy)`,
    'deploy-aks',
    {
      mode: 'gitops',
      'infra-repository': INFRA_REPOSITORY,
      'values-file': 'environments/staging/itinerary.yaml',
      images: v2,
      'github-token': aks.repos.token('infra-deployer'),
      'argocd-server': aks.argo.url,
      'argocd-token': aks.argo.token('ci-deployer'),
      'argocd-application': 'itinerary-staging'
    }
  );
  console.log(
    `${bold('Infrastructure repository:')}\n${(
      await aks.repos.git(INFRA_REPOSITORY, 'log', '--oneline', '-3', 'main')
    )
      .trim()
      .replace(/^/gm, '  ')}`
  );
}
