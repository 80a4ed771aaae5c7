import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { AKS_SERVER_SCOPE } from '../../actions/deploy-aks/kube/cluster.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { helmBinary, kubectlBinary } from '../../sandbox/helm.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { tokenKubeconfig } from '../support/aks.js';
import { deployer, noRoles, tenantId } from '../support/world.js';

// A person's daily triage against the emulated cluster with the real kubectl (v1.32) and Helm (3.17): the chart
// `helm create` makes, then get pods (READY, STATUS), describe, get events, logs, scale, auth can-i, rollout
// history and undo numbered as a real cluster numbers them, and helm test.
const registry = 'musafirgodev.azurecr.io';
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const exec = promisify(execFile);

let sandbox: Sandbox;
let cluster: AksService;
let dir: string;
let untrust: () => void;

async function run(tool: string, args: string[], kubeconfig = join(dir, 'kubeconfig')) {
  try {
    const { stdout, stderr } = await exec(tool, ['--kubeconfig', kubeconfig, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const kubectl = (...args: string[]) => run(kubectlBinary(), args);
const helm = (...args: string[]) => run(helmBinary(), args);
const rows = (table: string) =>
  table
    .trim()
    .split('\n')
    .map(line => line.trim().split(/\s{2,}/));

beforeAll(async () => {
  cluster = aksService();
  sandbox = await startSandbox({ services: [cluster] });
  untrust = sandboxTrust(sandbox);
  sandbox.images.register(registry, async (_repository, reference) =>
    reference.startsWith('sha256:') ? { digest: reference } : undefined
  );
  dir = mkdtempSync(join(tmpdir(), 'aks-triage-'));
  for (const [file, identity] of [
    ['kubeconfig', deployer],
    ['reader', noRoles]
  ] as const) {
    const session = sessionFromEnv('test', {
      ...sandbox.env(),
      AZURE_CLIENT_ID: identity.appId,
      AZURE_TENANT_ID: tenantId
    });
    const token = (await session.credential.getToken(AKS_SERVER_SCOPE)).token;
    writeFileSync(join(dir, file), tokenKubeconfig(sandbox, cluster, token), { mode: 0o600 });
  }
  await exec(helmBinary(), ['create', join(dir, 'demo')]);
  const installed = await helm(
    'upgrade',
    '--install',
    'demo',
    join(dir, 'demo'),
    '--set-string',
    `image.repository=${registry}/demo,image.tag=1.0@${digest('a')}`,
    '--wait',
    '--timeout',
    '30s'
  );
  expect(installed).toMatchObject({ code: 0, stdout: expect.stringContaining('STATUS: deployed') });
});
afterAll(async () => {
  untrust();
  await sandbox.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('triage with the real kubectl and Helm', () => {
  it('kubectl get pods shows READY and STATUS', async () => {
    const pods = await kubectl('get', 'pods');
    expect(pods.code).toBe(0);
    const [header, row] = rows(pods.stdout);
    expect(header).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(row).toEqual([
      expect.stringMatching(/^demo-[0-9a-f]{10}-\w{5}$/),
      '1/1',
      'Running',
      '0',
      expect.stringMatching(/^\d+s$/)
    ]);
    const all = await kubectl('get', 'all');
    expect(all.stdout).toContain('deployment.apps/demo');
    expect(all.stdout).toContain('service/demo');
    expect(all.stdout).toMatch(/replicaset\.apps\/demo-[0-9a-f]{10}/);
  });

  it('describe and get events show what the controllers and the kubelet did', async () => {
    const described = await kubectl('describe', 'deployment', 'demo');
    expect(described.code).toBe(0);
    expect(described.stdout).toMatch(
      /Replicas:\s+1 desired \| 1 updated \| 1 total \| 1 available \| 0 unavailable/
    );
    expect(described.stdout).toMatch(
      /Normal\s+ScalingReplicaSet\s+.*deployment-controller\s+Scaled up replica set demo-\w+ from 0 to 1/
    );
    const pod = rows((await kubectl('get', 'pods', '-l', 'app.kubernetes.io/name=demo')).stdout)[1]![0]!;
    const pods = await kubectl('describe', 'pod', pod);
    expect(pods.stdout).toMatch(/Status:\s+Running/);
    expect(pods.stdout).toMatch(
      /Normal\s+Scheduled\s+.*default-scheduler\s+Successfully assigned default\/demo-/
    );
    expect(pods.stdout).toMatch(/Normal\s+Started\s+.*kubelet\s+Started container demo/);
    const events = await kubectl('get', 'events');
    expect(rows(events.stdout)[0]).toEqual(['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']);
    expect(events.stdout).toMatch(/Normal\s+SuccessfulCreate\s+replicaset\/demo-\w+\s+Created pod: demo-/);
  });

  it('kubectl logs prints what the container wrote', async () => {
    const logs = await kubectl('logs', 'deployment/demo');
    expect(logs).toMatchObject({ code: 0, stdout: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\n/) });
  });

  it('kubectl scale goes through the scale subresource', async () => {
    expect(await kubectl('scale', 'deployment/demo', '--replicas=3')).toMatchObject({
      code: 0,
      stdout: 'deployment.apps/demo scaled\n'
    });
    const deployments = rows((await kubectl('get', 'deployments')).stdout);
    expect(deployments[0]).toEqual(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']);
    expect(deployments[1]!.slice(0, 4)).toEqual(['demo', '3/3', '3', '3']);
  });

  it('kubectl auth can-i answers for the writer and for an identity without a role', async () => {
    const can = await kubectl('auth', 'can-i', 'create', 'deployments');
    expect(can).toMatchObject({ code: 0, stdout: 'yes\n' });
    const reader = await run(
      kubectlBinary(),
      ['auth', 'can-i', 'create', 'deployments'],
      join(dir, 'reader')
    );
    expect(reader).toMatchObject({
      code: 1,
      stdout:
        'no - User does not have access to the resource in Azure. Update role assignment to allow access.\n'
    });
    const whoami = await kubectl('auth', 'whoami');
    expect(whoami.stdout).toContain(deployer.objectId);
  });

  it('rollout history and undo number revisions as a real cluster does', async () => {
    const upgraded = await helm(
      'upgrade',
      'demo',
      join(dir, 'demo'),
      '--reuse-values',
      '--set-string',
      `image.tag=1.1@${digest('b')}`,
      '--wait',
      '--timeout',
      '30s'
    );
    expect(upgraded.code).toBe(0);
    const revisions = (text: string) =>
      rows(text)
        .map(r => r[0])
        .filter(cell => /^\d+$/.test(cell!));
    expect(revisions((await kubectl('rollout', 'history', 'deployment/demo')).stdout)).toEqual(['1', '2']);
    expect(await kubectl('rollout', 'undo', 'deployment/demo')).toMatchObject({
      code: 0,
      stdout: 'deployment.apps/demo rolled back\n'
    });
    expect((await kubectl('rollout', 'status', 'deployment/demo', '--timeout=30s')).code).toBe(0);
    // Revision 1's template came back as revision 3; revision 1 is gone from the history.
    expect(revisions((await kubectl('rollout', 'history', 'deployment/demo')).stdout)).toEqual(['2', '3']);
    const image = await kubectl(
      'get',
      'deployment',
      'demo',
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image}'
    );
    expect(image.stdout).toBe(`${registry}/demo:1.0@${digest('a')}`);
  });

  it('helm test runs the chart test pod to completion', async () => {
    const tested = await helm('test', 'demo', '--timeout', '30s');
    expect(tested.stderr).toBe('');
    expect(tested.code).toBe(0);
    expect(tested.stdout).toMatch(/TEST SUITE:\s+demo-test-connection[\s\S]*Phase:\s+Succeeded/);
    const logs = await kubectl('logs', 'demo-test-connection');
    expect(logs.stdout).toContain('Connecting to demo:80');
  });
});
