import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { loadWorld, startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { aksCluster, deployer, loginInputs, prodDeployer, tenantId } from '../support/world.js';
import { expectTrafficServes } from '../support/aks-invariant.js';

const root = new URL('../..', import.meta.url).pathname;
const registry = 'musafirgodev.azurecr.io';
const pushed = new Set<string>();
const image = (repository: string, n: number, { push = true } = {}) => {
  const reference = `${registry}/${repository}@sha256:${n.toString(16).padStart(64, 'b')}`;
  if (push) pushed.add(reference);
  return reference;
};
const base = {
  'resource-group': aksCluster.resourceGroup,
  cluster: aksCluster.name,
  manifests: 'examples/itinerary/k8s/deployment.yaml\nexamples/itinerary/k8s/service.yaml'
};
const images = (itinerary: string) => `itinerary=${itinerary}\n${image('otel-collector', 1)}`;

let sandbox: Sandbox;
let cluster: AksService;
let stepEnv: Record<string, string>;
const runs: ActionRun[] = [];

async function deployAks(
  inputs: Record<string, string>,
  env: Record<string, string> = stepEnv
): Promise<ActionRun> {
  const run = await runAction('deploy-aks', inputs, env, { workspace: root });
  runs.push(run);
  return run;
}

beforeAll(async () => {
  cluster = aksService();
  sandbox = await startSandbox({ services: [cluster] });
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
  // The job logs in first; deploy-aks inherits the identity it exports.
  const jobEnv = sandbox.env();
  const login = await runAction('login', loginInputs, jobEnv);
  expect(login.exitCode).toBe(0);
  stepEnv = { ...jobEnv, ...login.exported };
});
afterAll(async () => {
  await sandbox.stop();
  // No token the sandbox issued appears anywhere a person could see it.
  const secrets = sandbox.issuedSecrets();
  expect(secrets.length).toBeGreaterThan(0);
  for (const run of runs) for (const secret of secrets) expect(run.visible).not.toContain(secret);
});
// The traffic invariant: whatever a test's step did, production never serves nothing.
afterEach(() => expectTrafficServes(cluster));

describe('dist/deploy-aks/index.js run as the runner runs it', () => {
  it('deploys the manifests by digest: outputs, job summary and the cluster state', async () => {
    const run = await deployAks({ ...base, images: images(image('itinerary', 1)) });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const deployment = cluster.object('deployments', 'default', 'itinerary')!;
    const revision = cluster
      .list('replicasets', 'default')
      .find(rs => rs.metadata.annotations['deployment.kubernetes.io/revision'] === '1')!.metadata.labels[
      'pod-template-hash'
    ];
    expect(run.outputs).toEqual({
      revision: JSON.stringify({ itinerary: revision }),
      'previous-revision': JSON.stringify({ itinerary: '' })
    });
    expect(deployment.status).toMatchObject({ replicas: 2, updatedReplicas: 2, availableReplicas: 2 });
    expect(cluster.object('services', 'default', 'itinerary')).toBeDefined();
    expect(run.stdout).toContain(`Deployment/itinerary, container itinerary: ${image('itinerary', 1)}`);
    expect(run.summary).toContain('### AKS aks-musafirgo-dev: deployed');
    expect(run.summary).toContain(
      `| default/itinerary | deployed | ${revision} | – | 2/2 available, 2 updated |`
    );
    for (const phase of ['Cluster credentials', 'Read current revisions', 'Apply', 'Rollout', 'Total']) {
      expect(run.summary).toContain(`| ${phase} |`);
    }
  });

  it('rolls back an image that is not in the registry and says why', async () => {
    const before = JSON.parse(
      (await deployAks({ ...base, images: images(image('itinerary', 2)) })).outputs['revision']!
    ) as Record<string, string>;
    const run = await deployAks({ ...base, images: images(image('itinerary', 3, { push: false })) });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^deploy-aks: Deployment\/itinerary in default: pod itinerary-\w+-\w+, container itinerary: ImagePullBackOff \(Back-off pulling image/
    );
    expect(run.errors[0]).toContain(`rolled back itinerary to ${before['itinerary']}`);
    expect(run.errors[0]).toContain('AcrPull');
    expect(run.outputs['revision']).toBe(JSON.stringify(before));
    expect(run.summary).toContain('### AKS aks-musafirgo-dev: FAILED, rolled back');
    expect(run.summary).toContain('| Rollback |');
    expect(cluster.serving('default', 'itinerary')).toContain(image('itinerary', 2));
  });

  it('rolls back a crashing image with the pod reason', async () => {
    cluster.markImage(image('itinerary', 4), 'crash');
    const run = await deployAks({ ...base, images: images(image('itinerary', 4)) });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain(
      'container itinerary: CrashLoopBackOff (back-off 40s restarting failed container=itinerary'
    );
    expect(run.errors[0]).toContain('kubectl logs --namespace default itinerary-');
    expect(cluster.serving('default', 'itinerary')).toContain(image('itinerary', 2));
  });

  it('explains a missing role on the cluster', async () => {
    // The prod deployer, as login exports it in a prod job: no role in the dev subscription of the cluster.
    const env = {
      ...sandbox.env({ environment: 'prod' }),
      AZURE_CLIENT_ID: prodDeployer.appId,
      AZURE_TENANT_ID: tenantId
    };
    const run = await deployAks(
      { ...base, 'subscription-id': aksCluster.subscriptionId, images: images(image('itinerary', 2)) },
      env
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^deploy-aks: .*does not have authorization to perform action 'Microsoft.ContainerService\/managedClusters\/listClusterUserCredential\/action'.*Give 5e0a7c93-2b6d-4f18-9c4e-8a1d3f7b2e60 the 'Azure Kubernetes Service Cluster User Role'/
      )
    ]);
  });

  it('refuses an image line that matches no container before any network call', async () => {
    const run = await deployAks({ ...base, images: `sidecar=${image('itinerary', 2)}` });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      "deploy-aks: input 'images': no container in the manifests matches container 'sidecar'; check the container names or image repositories of the manifests"
    ]);
  });
});

describe('a cluster whose Kubernetes RBAC does not let the deployer write', () => {
  it('names the role to grant', async () => {
    const world = loadWorld();
    world.kubernetesClusters![0]!.writers = [];
    const locked = await startSandbox({ world, services: [aksService()] });
    try {
      const env = { ...locked.env(), AZURE_CLIENT_ID: deployer.appId, AZURE_TENANT_ID: tenantId };
      const run = await deployAks(
        { ...base, 'subscription-id': aksCluster.subscriptionId, images: images(image('itinerary', 2)) },
        env
      );
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([
        expect.stringMatching(
          /^deploy-aks: read Deployment\/itinerary: deployments.apps "itinerary" is forbidden: User "3d9a7c15-2e6b-4a88-b1f4-7c0e5d2a9b36" cannot get resource "deployments" in API group "apps" in the namespace "default".*Give 8b2e4d61-5c3a-4f7e-9d18-0a6b3c5e7f92 the 'Azure Kubernetes Service RBAC Writer' role on \/subscriptions\/.*\/managedClusters\/aks-musafirgo-dev\/namespaces\/default/
        )
      ]);
      for (const secret of locked.issuedSecrets()) expect(run.visible).not.toContain(secret);
    } finally {
      await locked.stop();
    }
  });
});
