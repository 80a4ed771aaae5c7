import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { KubeConfig, Watch } from '@kubernetes/client-node';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { AKS_SERVER_SCOPE } from '../../actions/deploy-aks/kube/cluster.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { helmBinary, kubectlBinary } from '../../sandbox/helm.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { tokenKubeconfig } from '../support/aks.js';
import { deployer, tenantId } from '../support/world.js';

// The emulated API server as the real kubectl (v1.32, what Azure/k8s-deploy runs) sees it: client-side apply
// (OpenAPI download, strategic merge patch), server-side apply, `rollout status` (a watch), `rollout undo` (a JSON
// patch), and a watch through @kubernetes/client-node.
const registry = 'musafirgodev.azurecr.io';
const digest = (c: string) => `sha256:${c.repeat(64)}`;

let sandbox: Sandbox;
let cluster: AksService;
let untrust: () => void;
let dir: string;
let token: string;

const exec = promisify(execFile);
const kubectl = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await exec(kubectlBinary(), [
      '--kubeconfig',
      join(dir, 'kubeconfig'),
      ...args
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

/** The example Deployment with both containers on images by digest. */
function manifest(itinerary: string): string {
  const path = join(dir, `deployment-${itinerary}.yaml`);
  writeFileSync(
    path,
    readFileSync('examples/itinerary/k8s/deployment.yaml', 'utf8')
      .replace(`${registry}/itinerary:placeholder`, `${registry}/itinerary@${digest(itinerary)}`)
      .replace(`${registry}/otel-collector:placeholder`, `${registry}/otel-collector@${digest('0')}`)
  );
  return path;
}

beforeAll(async () => {
  cluster = aksService();
  sandbox = await startSandbox({ services: [cluster] });
  untrust = sandboxTrust(sandbox);
  sandbox.images.register(registry, async (_repository, reference) => ({ digest: reference }));
  dir = mkdtempSync(join(tmpdir(), 'aks-kubectl-'));
  const session = sessionFromEnv('test', {
    ...sandbox.env(),
    AZURE_CLIENT_ID: deployer.appId,
    AZURE_TENANT_ID: tenantId
  });
  token = (await session.credential.getToken(AKS_SERVER_SCOPE)).token;
  writeFileSync(join(dir, 'kubeconfig'), tokenKubeconfig(sandbox, cluster, token), { mode: 0o600 });
});
afterAll(async () => {
  untrust();
  await sandbox.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the AKS emulator through the real kubectl', () => {
  it('applies, waits with rollout status, and rolls back with rollout undo', async () => {
    const first = await kubectl('apply', '-f', manifest('a'), '-f', 'examples/itinerary/k8s/service.yaml');
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain('deployment.apps/itinerary created');
    expect(first.stdout).toContain('service/itinerary created');
    expect(await kubectl('rollout', 'status', 'deployment/itinerary', '--timeout=30s')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('deployment "itinerary" successfully rolled out')
    });

    const second = await kubectl('apply', '-f', manifest('c'));
    expect(second.stdout).toContain('deployment.apps/itinerary configured');
    expect((await kubectl('rollout', 'status', 'deploy/itinerary', '--timeout=30s')).code).toBe(0);
    expect(cluster.serving('default', 'itinerary')).toContain(`${registry}/itinerary@${digest('c')}`);

    const undo = await kubectl('rollout', 'undo', 'deployment/itinerary');
    expect(undo).toMatchObject({ code: 0, stdout: expect.stringContaining('rolled back') });
    expect((await kubectl('rollout', 'status', 'deployment/itinerary', '--timeout=30s')).code).toBe(0);
    const image = await kubectl(
      'get',
      'deploy',
      'itinerary',
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image}'
    );
    expect(image.stdout).toBe(`${registry}/itinerary@${digest('a')}`);
    expect(cluster.serving('default', 'itinerary')).toContain(`${registry}/itinerary@${digest('a')}`);
    expect(cluster.serving('default', 'itinerary')).not.toContain(`${registry}/itinerary@${digest('c')}`);
  });

  it('creates a namespace as kubectl sends it (protobuf)', async () => {
    const created = await kubectl('create', 'namespace', 'itinerary-qa');
    expect(created).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('namespace/itinerary-qa created')
    });
    expect(cluster.object('namespaces', undefined, 'itinerary-qa')?.status).toEqual({ phase: 'Active' });
  });

  it('takes a server-side apply from kubectl under its own field manager', async () => {
    const applied = await kubectl('apply', '--server-side', '--force-conflicts', '-f', manifest('d'));
    expect(applied).toMatchObject({ code: 0, stdout: expect.stringContaining('serverside-applied') });
    const managers = cluster
      .object('deployments', 'default', 'itinerary')!
      .metadata.managedFields.map((m: { manager: string }) => m.manager);
    expect(managers).toContain('kubectl');
  });

  it("satisfies helm --wait's readiness checks (ReplicaSet generation and observedGeneration, ready replicas)", async () => {
    const started = Date.now();
    const { stdout } = await exec(helmBinary(), [
      'upgrade',
      '--install',
      'waited',
      'examples/itinerary/chart',
      '--kubeconfig',
      join(dir, 'kubeconfig'),
      '--namespace',
      'default',
      '--set-string',
      `image.digest=${digest('f')}`,
      '--wait',
      '--timeout',
      '20s'
    ]);
    expect(stdout).toContain('STATUS: deployed');
    expect(Date.now() - started).toBeLessThan(10_000); // ready at helm's first look, not at its timeout
    const rs = cluster.list('replicasets', 'default').find(r => r.metadata.name.startsWith('waited-'))!;
    expect(rs.metadata.generation).toBeGreaterThanOrEqual(1);
    expect(rs.status.observedGeneration).toBe(rs.metadata.generation);
  });

  it('streams watch events to @kubernetes/client-node as the rollout moves', async () => {
    const config = new KubeConfig();
    config.loadFromOptions({
      clusters: [
        { name: 'aks', server: cluster.url, caData: Buffer.from(sandbox.tls.ca).toString('base64') }
      ],
      users: [{ name: 'u', token }],
      contexts: [{ name: 'aks', cluster: 'aks', user: 'u' }],
      currentContext: 'aks'
    });
    const events: Array<{ type: string; image: string; available: number }> = [];
    let stop: () => void = () => undefined;
    const done = new Promise<void>(resolve => (stop = resolve));
    const request = await new Watch(config).watch(
      '/apis/apps/v1/namespaces/default/deployments',
      { fieldSelector: 'metadata.name=itinerary' },
      (
        type,
        object: {
          spec: { template: { spec: { containers: { image: string }[] } } };
          status?: { availableReplicas?: number; updatedReplicas?: number };
        }
      ) => {
        const image = object.spec.template.spec.containers[0]!.image;
        events.push({ type, image, available: object.status?.availableReplicas ?? 0 });
        if (
          image.endsWith(digest('e')) &&
          object.status?.updatedReplicas === 2 &&
          object.status.availableReplicas === 2
        )
          stop();
      },
      () => stop()
    );
    expect((await kubectl('apply', '-f', manifest('e'))).code).toBe(0);
    await done;
    request.abort();
    expect(events[0]).toMatchObject({ type: 'ADDED', image: `${registry}/itinerary@${digest('d')}` });
    expect(events.some(e => e.type === 'MODIFIED' && e.image.endsWith(digest('e')))).toBe(true);
  });
});
