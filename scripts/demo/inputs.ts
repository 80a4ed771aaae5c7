// The inputs of every step the demo runs (the `with:` of a workflow step, INPUT_* for the action), in one
// place apart from the story the steps tell: what a person copies into a workflow, and what changes when an
// input is renamed.
import { join } from 'node:path';
import { itineraryDir } from '../../sandbox/example-service.js';
import { INFRA_REPOSITORY } from '../../sandbox/github/repos.js';
import {
  aksCluster,
  apim,
  devRegistry,
  itineraryApp,
  loginInputs,
  prodRegistry,
  prodSubscription,
  promoter,
  tenantId
} from '../../tests/support/world.js';

export const login = {
  /** The dev deployer, on the branch's federated credential. */
  dev: loginInputs,
  /** The prod promoter: a job of its own with the prod identity. */
  prod: { 'client-id': promoter.appId, 'tenant-id': tenantId, 'subscription-id': prodSubscription.id }
};

/**
 * The example service with its runtime inside (examples/itinerary/Containerfile), built from `context` (a copy of
 * examples/itinerary) FROM the Node.js base image the registry holds (`nodeImage`): what the revision runs.
 */
export const buildPush = (context: string, nodeImage: string) => ({
  image: `${devRegistry.loginServer}/itinerary`,
  context,
  file: join(context, 'Containerfile'),
  'build-args': `NODE_IMAGE=${nodeImage}`
});

export const promote = (source: string) => ({
  source,
  target: `${prodRegistry.loginServer}/itinerary`,
  tags: 'main, latest'
});

const app = { 'resource-group': itineraryApp.resourceGroup, app: itineraryApp.name };

export const deployAca = {
  /** Blue-green: the new revision at 0 %, the health and smoke gate, then the cutover. */
  blueGreen: (image: string) => ({
    ...app,
    image,
    strategy: 'blue-green',
    smoke: 'examples/itinerary/smoke.yaml'
  }),
  /** An image whose container exits at start: the gate fails and the traffic is restored. */
  crashing: (image: string) => ({ ...app, image, 'revision-suffix': 'crashes-1' }),
  /** The traffic back to the previous revision, as a workflow_dispatch of rollback.yml would. */
  rollback: { ...app, mode: 'rollback' }
};

export const apimImport = (serviceUrl: string) => ({
  'service-name': apim.name,
  'resource-group': apim.resourceGroup,
  spec: join(itineraryDir, 'openapi.yaml'),
  path: 'itinerary',
  'api-version': 'v1',
  'service-url': serviceUrl,
  products: 'starter',
  policy: join(itineraryDir, 'policy.xml')
});

export const smoke = (baseUrl: string, subscriptionKey: string) => ({
  checks: join(itineraryDir, 'smoke.yaml'),
  'base-url': baseUrl,
  'subscription-key': subscriptionKey
});

const cluster = { 'resource-group': aksCluster.resourceGroup, cluster: aksCluster.name };
const manifests = [
  'examples/itinerary/k8s/deployment.yaml',
  'examples/itinerary/k8s/service.yaml',
  'examples/itinerary/k8s/httproute.yaml'
].join('\n');

export const deployAks = {
  /** The chart as a Helm release (helm upgrade --install, then the action's own rollout watch). */
  helm: (image: string) => ({
    ...cluster,
    method: 'helm',
    chart: 'examples/itinerary/chart',
    release: 'itinerary',
    namespace: 'itinerary',
    // values.yaml alone: values-dev.yaml would give the release its own HTTPRoute for the dev hostname, which the
    // blue-green steps below take over with theirs (the older route would win the hostname, as Gateway API says).
    values: 'examples/itinerary/chart/values.yaml',
    images: image
  }),
  /** The manifests into the idle slot of the HTTPRoute, smoke-tested through the preview header, then switched. */
  blueGreen: (images: string) => ({
    ...cluster,
    manifests,
    route: 'itinerary',
    smoke: 'examples/itinerary/smoke.yaml',
    strategy: 'blue-green',
    images
  }),
  /** All the traffic back to the other slot, as rollback-aks.yml would. */
  rollback: { ...cluster, mode: 'rollback', manifests, route: 'itinerary' },
  /** The digest committed to the infrastructure repository, Argo CD synced to that commit and watched. */
  gitops: (image: string, tokens: { github: string; argocdServer: string; argocd: string }) => ({
    method: 'gitops',
    'infra-repository': INFRA_REPOSITORY,
    'values-file': 'environments/staging/itinerary.yaml',
    images: image,
    'github-token': tokens.github,
    'argocd-server': tokens.argocdServer,
    'argocd-token': tokens.argocd,
    'argocd-application': 'itinerary-staging'
  })
};
