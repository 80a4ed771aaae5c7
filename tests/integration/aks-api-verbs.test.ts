import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CoreV1Api,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  type KubernetesObject
} from '@kubernetes/client-node';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { AKS_SERVER_SCOPE } from '../../actions/deploy-aks/kube/token.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { deployer, tenantId } from '../support/world.js';

// The Kubernetes API verbs Helm needs, through @kubernetes/client-node, as any client would send them.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = KubernetesObject & Record<string, any>;

let sandbox: Sandbox;
let cluster: AksService;
let untrust: () => void;
let objects: KubernetesObjectApi;
let core: CoreV1Api;

/** The Kubernetes Status of a refused call: its code, reason and message. */
async function refusal(call: Promise<unknown>): Promise<{ code: number; reason: string; message: string }> {
  const error = (await call.then(
    () => {
      throw new Error('the call succeeded');
    },
    (e: unknown) => e
  )) as { code: number; body: string };
  const status = JSON.parse(error.body) as { reason: string; message: string };
  return { code: error.code, reason: status.reason, message: status.message };
}

const deployment = (image: string): Obj => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'trips', namespace: 'default', labels: { app: 'trips' } },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: 'trips' } },
    template: {
      metadata: { labels: { app: 'trips' } },
      spec: {
        containers: [
          { name: 'trips', image, env: [{ name: 'A', value: '1' }] },
          { name: 'sidecar', image: 'musafirgodev.azurecr.io/sidecar@sha256:' + '1'.repeat(64) }
        ]
      }
    }
  }
});
const image = (n: number) => `musafirgodev.azurecr.io/trips@sha256:${String(n).repeat(64)}`;

beforeAll(async () => {
  cluster = aksService({ runPods: false });
  sandbox = await startSandbox({ services: [cluster] });
  untrust = sandboxTrust(sandbox);
  sandbox.images.register('musafirgodev.azurecr.io', async (_repository, reference) => ({
    digest: reference
  }));
  const session = sessionFromEnv('test', {
    ...sandbox.env(),
    AZURE_CLIENT_ID: deployer.appId,
    AZURE_TENANT_ID: tenantId
  });
  const token = await session.credential.getToken(AKS_SERVER_SCOPE);
  const config = new KubeConfig();
  config.loadFromOptions({
    clusters: [{ name: 'aks', server: cluster.url, caData: Buffer.from(sandbox.tls.ca).toString('base64') }],
    users: [{ name: 'u', token: token.token }],
    contexts: [{ name: 'aks', cluster: 'aks', user: 'u' }],
    currentContext: 'aks'
  });
  objects = KubernetesObjectApi.makeApiClient(config);
  core = config.makeApiClient(CoreV1Api);
});
afterAll(async () => {
  untrust();
  await sandbox.stop();
});

describe('the AKS emulator: create, update, patch, delete', () => {
  it('creates (201), refuses a second create with 409 AlreadyExists, and a missing namespace with 404', async () => {
    const secret: Obj = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: 'sh.helm.release.v1.trips.v1',
        namespace: 'default',
        labels: { owner: 'helm', name: 'trips' }
      },
      type: 'helm.sh/release.v1',
      stringData: { release: 'H4sI' }
    };
    const created = await objects.create<Obj>(secret);
    expect(created.metadata).toMatchObject({ uid: expect.any(String), resourceVersion: expect.any(String) });
    expect(created.data).toEqual({ release: Buffer.from('H4sI').toString('base64') });
    expect(await refusal(objects.create(secret))).toEqual({
      code: 409,
      reason: 'AlreadyExists',
      message: 'secrets "sh.helm.release.v1.trips.v1" already exists'
    });
    expect(
      await refusal(objects.create({ ...secret, metadata: { ...secret.metadata, namespace: 'trips' } }))
    ).toEqual({ code: 404, reason: 'NotFound', message: 'namespaces "trips" not found' });
  });

  it('updates with the current resourceVersion, and answers 409 Conflict to a stale one', async () => {
    const current = await objects.read<Obj>({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'sh.helm.release.v1.trips.v1', namespace: 'default' }
    });
    const updated = await objects.replace<Obj>({
      ...current,
      metadata: { ...current.metadata, labels: { ...current.metadata!.labels, status: 'deployed' } }
    });
    expect(updated.metadata!.labels).toEqual({ owner: 'helm', name: 'trips', status: 'deployed' });
    expect(Number(updated.metadata!.resourceVersion)).toBeGreaterThan(
      Number(current.metadata!.resourceVersion)
    );
    expect(await refusal(objects.replace(current))).toEqual({
      code: 409,
      reason: 'Conflict',
      message:
        'Operation cannot be fulfilled on secrets "sh.helm.release.v1.trips.v1": the object has been modified; please apply your changes to the latest version and try again'
    });
    const list = await core.listNamespacedSecret({
      namespace: 'default',
      labelSelector: 'owner=helm,status in (deployed,superseded),name!=other'
    });
    expect(list.items.map(s => s.metadata?.name)).toEqual(['sh.helm.release.v1.trips.v1']);
  });

  it('applies a strategic merge patch to a Deployment: containers merged by name, generation grown, rolled out', async () => {
    await objects.create(deployment(image(2)));
    const patched = await objects.patch<Obj>(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'trips', namespace: 'default' },
        spec: {
          template: {
            spec: {
              '$setElementOrder/containers': [{ name: 'trips' }, { name: 'sidecar' }],
              containers: [{ name: 'trips', image: image(3) }]
            }
          }
        }
      } as Obj,
      undefined,
      undefined,
      'helm',
      undefined,
      PatchStrategy.StrategicMergePatch
    );
    expect(patched.metadata!.generation).toBe(2);
    expect(patched.spec.template.spec.containers).toEqual([
      { name: 'trips', image: image(3), env: [{ name: 'A', value: '1' }] },
      deployment(image(2)).spec.template.spec.containers[1]
    ]);
    // The controller runs on reads: one read settles the new pods (settleReads 0).
    const read = await objects.read<Obj>({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'trips', namespace: 'default' }
    });
    expect(read.status).toMatchObject({ observedGeneration: 2, updatedReplicas: 1, availableReplicas: 1 });
    expect(cluster.serving('default', 'trips')).toEqual([
      image(3),
      deployment(image(2)).spec.template.spec.containers[1].image
    ]);
    expect(
      cluster.list('replicasets', 'default').filter(rs => rs.metadata.name.startsWith('trips-'))
    ).toHaveLength(2);
  });

  it('merge-patches a custom resource (HTTPRoute) and refuses a strategic merge patch for it with 415', async () => {
    await objects.create({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'trips', namespace: 'default' },
      spec: {
        hostnames: ['trips.dev.musafirgo.test'],
        rules: [{ backendRefs: [{ name: 'trips', port: 80 }] }]
      }
    } as Obj);
    const route = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'trips', namespace: 'default' },
      spec: { rules: [{ backendRefs: [{ name: 'trips-green', port: 80, weight: 100 }] }] }
    } as Obj;
    const merged = await objects.patch<Obj>(
      route,
      undefined,
      undefined,
      'test',
      undefined,
      PatchStrategy.MergePatch
    );
    expect(merged.spec).toEqual({
      hostnames: ['trips.dev.musafirgo.test'],
      rules: [{ backendRefs: [{ name: 'trips-green', port: 80, weight: 100 }] }]
    });
    expect(
      await refusal(
        objects.patch(route, undefined, undefined, 'test', undefined, PatchStrategy.StrategicMergePatch)
      )
    ).toMatchObject({ code: 415, reason: 'UnsupportedMediaType' });
  });

  it('deletes a Deployment, and its ReplicaSets and pods with it', async () => {
    await objects.delete({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'trips', namespace: 'default' }
    });
    expect(cluster.object('deployments', 'default', 'trips')).toBeUndefined();
    expect(
      cluster.list('replicasets', 'default').filter(rs => rs.metadata.name.startsWith('trips-'))
    ).toEqual([]);
    expect(cluster.list('pods', 'default').filter(p => p.metadata.name.startsWith('trips-'))).toEqual([]);
    expect(
      await refusal(
        objects.delete({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'trips', namespace: 'default' }
        })
      )
    ).toEqual({ code: 404, reason: 'NotFound', message: 'deployments.apps "trips" not found' });
  });
});
