import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AppsV1Api,
  type V1ConfigMap,
  CoreV1Api,
  KubeConfig,
  PatchStrategy,
  KubernetesObjectApi,
  VersionApi
} from '@kubernetes/client-node';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { Phases } from '../../actions/shared/log.js';
import { AKS_SERVER_SCOPE, connect } from '../../actions/deploy-aks/kube/cluster.js';
import { parseImages } from '../../actions/deploy-aks/inputs.js';
import { loadManifests, renderImages } from '../../actions/deploy-aks/manifests/render.js';
import { deploy, FIELD_MANAGER, type RolloutDeps } from '../../actions/deploy-aks/kube/rollout.js';
import { loadWorld, startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { aksCluster, deployer, noRoles, prodDeployer, tenantId } from '../support/world.js';
import { sandboxClock } from '../support/sandbox-clock.js';
import { expectTrafficServes } from '../support/aks-invariant.js';

const registry = 'musafirgodev.azurecr.io';
const manifests = ['examples/itinerary/k8s/deployment.yaml', 'examples/itinerary/k8s/service.yaml'];
const pushed = new Set<string>();
const image = (repository: string, n: number, { push = true } = {}) => {
  const reference = `${registry}/${repository}@sha256:${n.toString(16).padStart(64, 'a')}`;
  if (push) pushed.add(reference);
  return reference;
};

const target = { ...aksCluster, cluster: aksCluster.name };
let sandbox: Sandbox;
let cluster: AksService;
let untrust: () => void;

function session(appId = deployer.appId) {
  return sessionFromEnv('test', { ...sandbox.env(), AZURE_CLIENT_ID: appId, AZURE_TENANT_ID: tenantId });
}

/** A client-node KubeConfig for the emulated API server with a static bearer token, as a person's kubeconfig would. */
async function kubeConfig(appId = deployer.appId): Promise<KubeConfig> {
  const token = await session(appId).credential.getToken(AKS_SERVER_SCOPE);
  const config = new KubeConfig();
  config.loadFromOptions({
    clusters: [{ name: 'aks', server: cluster.url, caData: Buffer.from(sandbox.tls.ca).toString('base64') }],
    users: [{ name: 'u', token: token.token }],
    contexts: [{ name: 'aks', cluster: 'aks', user: 'u' }],
    currentContext: 'aks'
  });
  return config;
}

async function rollout(images: string) {
  const access = await connect(session(), target, sandboxClock(sandbox));
  const objects = loadManifests(manifests);
  renderImages(objects, parseImages(images));
  const clock = sandboxClock(sandbox);
  const deps: RolloutDeps = {
    api: access.api,
    clock,
    phases: new Phases(clock.now),
    log: () => undefined,
    timeoutMs: 600_000
  };
  return { result: await deploy(objects, 'default', deps), clock };
}

beforeAll(async () => {
  cluster = aksService({ settleReads: 2 });
  sandbox = await startSandbox({ services: [cluster] });
  untrust = sandboxTrust(sandbox);
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
});
afterAll(async () => {
  untrust();
  await sandbox.stop();
});
// The traffic invariant: whatever a test's step did, production never serves nothing.
afterEach(() => expectTrafficServes(cluster));

describe('the AKS emulator through @kubernetes/client-node', () => {
  it('answers discovery, version and namespaces to an Entra token for the AKS server app', async () => {
    const config = await kubeConfig();
    expect((await config.makeApiClient(VersionApi).getCode()).gitVersion).toBe('v1.32.7');
    const namespaces = await config.makeApiClient(CoreV1Api).listNamespace();
    expect(namespaces.items.map(n => n.metadata?.name)).toEqual(['default', 'kube-system']);
    const objects = KubernetesObjectApi.makeApiClient(config);
    const applied = await objects.patch<V1ConfigMap>(
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'settings', namespace: 'default' },
        data: { a: '1' }
      },
      undefined,
      undefined,
      'test',
      true,
      PatchStrategy.ServerSideApply
    );
    expect(applied.metadata?.managedFields?.[0]?.manager).toBe('test');
    const read = await config
      .makeApiClient(CoreV1Api)
      .readNamespacedConfigMap({ name: 'settings', namespace: 'default' });
    expect(read.data).toEqual({ a: '1' });
  });

  it('refuses a token for another audience with a 401 Status, an identity the cluster does not allow with 403', async () => {
    const arm = await session().credential.getToken('https://management.azure.com/.default');
    const config = await kubeConfig();
    config.users[0] = { ...config.users[0]!, token: arm.token };
    await expect(config.makeApiClient(CoreV1Api).listNamespace()).rejects.toMatchObject({ code: 401 });

    const outsider = await kubeConfig(noRoles.appId);
    const error = (await outsider
      .makeApiClient(AppsV1Api)
      .listNamespacedDeployment({ namespace: 'default' })
      .then(
        () => ({ code: 200, body: '{}' }),
        (e: unknown) => e
      )) as { code: number; body: string };
    expect(error.code).toBe(403);
    expect(JSON.parse(error.body)).toMatchObject({
      kind: 'Status',
      reason: 'Forbidden',
      message: expect.stringContaining(
        `User "${noRoles.objectId}" cannot list resource "deployments" in API group "apps"`
      )
    });
  });

  it('connects through listClusterUserCredential; an identity without a role on the cluster is refused by ARM', async () => {
    const access = await connect(session(), target, sandboxClock(sandbox));
    expect(access.server).toBe(cluster.url);
    // The prod deployer logs in (prod environment) but has no role in the dev subscription.
    const prod = sessionFromEnv('test', {
      ...sandbox.env({ environment: 'prod' }),
      AZURE_CLIENT_ID: prodDeployer.appId,
      AZURE_TENANT_ID: tenantId
    });
    await expect(connect(prod, target, sandboxClock(sandbox))).rejects.toMatchObject({
      code: 'AuthorizationFailed',
      message: expect.stringContaining(
        'Microsoft.ContainerService/managedClusters/listClusterUserCredential/action'
      )
    });
  });
});

describe('deploy-aks rollouts against the emulator', () => {
  it('deploys both containers by digest, waits for the new ReplicaSet, scales the old one down', async () => {
    const first = await rollout(
      `itinerary=${image('itinerary', 1)}\notel-collector=${image('otel-collector', 1)}`
    );
    expect(first.result.failure).toBeUndefined();
    const [d] = first.result.deployments;
    expect(d).toMatchObject({ name: 'itinerary', outcome: 'deployed', previousRevision: '' });
    expect(cluster.serving('default', 'itinerary')).toEqual([
      image('itinerary', 1),
      image('otel-collector', 1),
      image('itinerary', 1),
      image('otel-collector', 1)
    ]);
    // settleReads 2: the rollout took polls, and they slept on the sandbox clock.
    expect(first.clock.sleeps.length).toBeGreaterThan(0);

    const second = await rollout(`itinerary=${image('itinerary', 2)}\n${image('otel-collector', 1)}`);
    expect(second.result.deployments[0]).toMatchObject({
      outcome: 'deployed',
      previousRevision: d!.revision
    });
    const live = cluster.object('deployments', 'default', 'itinerary')!;
    expect(live.status).toMatchObject({
      observedGeneration: 2,
      replicas: 2,
      updatedReplicas: 2,
      availableReplicas: 2
    });
    expect(live.metadata.managedFields[0].manager).toBe(FIELD_MANAGER);
    const sets = cluster.list('replicasets', 'default');
    expect(sets.map(rs => rs.spec.replicas).sort()).toEqual([0, 2]);
    expect(cluster.object('services', 'default', 'itinerary')?.spec.clusterIP).toBeDefined();
  });

  it('rolls back on ImagePullBackOff and names the pod and reason', async () => {
    const before = cluster.serving('default', 'itinerary');
    const { result } = await rollout(
      `itinerary=${image('itinerary', 3, { push: false })}\notel-collector=${image('otel-collector', 1)}`
    );
    expect(result.failure).toMatch(
      /^Deployment\/itinerary in default: pod itinerary-[0-9a-f]+-\w+, container itinerary: ImagePullBackOff \(Back-off pulling image/
    );
    expect(result.hint).toContain('AcrPull');
    expect(result.deployments[0]).toMatchObject({ outcome: 'rolled-back' });
    expect(result.deployments[0]!.revision).toBe(result.deployments[0]!.previousRevision);
    expect(cluster.serving('default', 'itinerary')).toEqual(before);
  });

  it('rolls back on CrashLoopBackOff', async () => {
    cluster.markImage(image('itinerary', 4), 'crash');
    const { result } = await rollout(
      `itinerary=${image('itinerary', 4)}\notel-collector=${image('otel-collector', 1)}`
    );
    expect(result.failure).toContain(
      'container itinerary: CrashLoopBackOff (back-off 40s restarting failed container=itinerary'
    );
    expect(result.hint).toContain('kubectl logs --namespace default itinerary-');
    expect(result.deployments[0]!.outcome).toBe('rolled-back');
    expect(cluster.serving('default', 'itinerary')).toContain(image('itinerary', 2));
  });
});

describe('a cluster that does not let the deployer write', () => {
  it('answers 403 Forbidden, which the rollout reports with the Kubernetes message', async () => {
    const world = loadWorld();
    world.kubernetesClusters![0]!.writers = [];
    const locked = aksService();
    const other = await startSandbox({ world, services: [locked] });
    const untrustOther = sandboxTrust(other);
    try {
      const env = { ...other.env(), AZURE_CLIENT_ID: deployer.appId, AZURE_TENANT_ID: tenantId };
      const clock = sandboxClock(other);
      const access = await connect(sessionFromEnv('test', env), target, clock);
      const objects = loadManifests(manifests);
      renderImages(
        objects,
        parseImages(`itinerary=${image('itinerary', 1)}\notel-collector=${image('otel-collector', 1)}`)
      );
      await expect(
        deploy(objects, 'default', {
          api: access.api,
          clock,
          phases: new Phases(clock.now),
          log: () => undefined,
          timeoutMs: 60_000
        })
      ).rejects.toMatchObject({ service: 'kubernetes', status: 403, code: 'Forbidden' });
    } finally {
      untrustOther();
      await other.stop();
    }
  });
});
