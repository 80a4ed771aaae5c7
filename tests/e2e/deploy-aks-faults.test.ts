import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { builtInTypes } from '../../sandbox/aks/resources.js';
import { helmDirectory, kubectlBinary } from '../../sandbox/helm.js';
import { createPki } from '../../sandbox/pki.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { expectTrafficServes } from '../support/aks-invariant.js';
import { aksCluster, loginInputs } from '../support/world.js';

// What bad input and a failing cluster do to deploy-aks, through the bundle as a runner runs it: every input
// checked before anything is written, an object the cluster refuses leaving it exactly as it was, the API server
// failing after the first write (the step says what was written, whether it serves, what was undone, and where the
// restore failed too, the command that finishes), Helm failing mid-upgrade, and a cluster outside Azure reached
// through a kubeconfig.
const root = new URL('../..', import.meta.url).pathname;
const registry = 'musafirgodev.azurecr.io';
const pushed = new Set<string>();
const image = (repository: string, n: number) => {
  const reference = `${registry}/${repository}@sha256:${n.toString(16).padStart(64, 'e')}`;
  pushed.add(reference);
  return reference;
};
const target = { 'resource-group': aksCluster.resourceGroup, cluster: aksCluster.name };
const manifests = 'examples/itinerary/k8s/deployment.yaml\nexamples/itinerary/k8s/service.yaml';
const images = (n: number) => `itinerary=${image('itinerary', n)}\n${image('otel-collector', 1)}`;
const LOCAL_TOKEN = 'kind-local-admin-token-0123456789';
const exec = promisify(execFile);

let sandbox: Sandbox;
let cluster: AksService;
let stepEnv: Record<string, string>;
let work: string;
const runs: ActionRun[] = [];

async function deployAks(inputs: Record<string, string>, env = stepEnv): Promise<ActionRun> {
  const run = await runAction('deploy-aks', inputs, env, { workspace: root });
  runs.push(run);
  return run;
}
const file = (name: string, text: string | Buffer) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};
/** Every object of the cluster (its status aside, which the controllers keep writing), to compare before and after. */
const everything = () =>
  [...new Set(builtInTypes.map(t => t.plural))]
    .flatMap(plural => cluster.list(plural))
    .map(o => {
      const copy = { ...o };
      delete copy['status'];
      return copy;
    });
/** The writes the API server received since the `since`-th call (dry runs are not writes). */
const kubernetesWrites = (since: number) =>
  sandbox
    .calls()
    .slice(since)
    .filter(c => c.service === 'kubernetes' && c.method !== 'GET' && !/dryRun=All/.test(c.path));
/** A kubeconfig with a token the emulated API server takes, as for a kind cluster. */
const kubeconfig = (token: string) =>
  file(
    `kubeconfig-${token.slice(0, 4)}`,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        {
          name: 'kind-local',
          cluster: {
            server: cluster.url,
            'certificate-authority-data': Buffer.from(sandbox.tls.ca).toString('base64')
          }
        }
      ],
      users: [{ name: 'kind-local', user: { token } }],
      contexts: [{ name: 'kind-local', context: { cluster: 'kind-local', user: 'kind-local' } }],
      'current-context': 'kind-local'
    })
  );

beforeAll(async () => {
  cluster = aksService({ tokens: { [LOCAL_TOKEN]: 'kubernetes-admin' } });
  sandbox = await startSandbox({ services: [cluster] });
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
  const jobEnv = sandbox.env();
  const login = await runAction('login', loginInputs, jobEnv);
  expect(login.exitCode).toBe(0);
  stepEnv = { ...jobEnv, ...login.exported, PATH: `${helmDirectory()}:${process.env['PATH']}` };
  work = mkdtempSync(join(tmpdir(), 'deploy-aks-faults-'));
  // What serves before each case: the example service, rolling.
  const first = await deployAks({ ...target, manifests, images: images(1) });
  expect(first.errors).toEqual([]);
});
afterAll(async () => {
  await sandbox.stop();
  const secrets = sandbox.issuedSecrets();
  for (const run of runs) for (const secret of secrets) expect(run.visible).not.toContain(secret);
});
// The traffic invariant, once the API server answers again: whatever a test's step did, production never serves nothing.
afterEach(async () => {
  sandbox.faults.clear();
  await expectTrafficServes(cluster);
});

describe('inputs that cannot work, refused before anything is written', () => {
  const refused = async (inputs: Record<string, string>) => {
    const since = sandbox.calls().length;
    const run = await deployAks(inputs);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    // Not one request: the inputs are checked first.
    expect(sandbox.calls().slice(since)).toEqual([]);
    return run.errors[0]!;
  };
  const blueGreen = {
    ...target,
    manifests: `${manifests}\nexamples/itinerary/k8s/httproute.yaml`,
    images: images(2),
    strategy: 'blue-green',
    route: 'itinerary'
  };

  it('a smoke file that is a YAML alias bomb', async () => {
    const bomb = file(
      'bomb.yaml',
      `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`
    );
    expect(await refused({ ...blueGreen, smoke: bomb })).toBe(
      `deploy-aks: input 'smoke': ${bomb} expands more than 100 YAML aliases, which no configuration needs (a YAML bomb?); write it out without them`
    );
  });

  it('a 50 MB smoke file', async () => {
    const huge = file('huge.yaml', Buffer.alloc(50 * 1024 * 1024, 'a'));
    expect(await refused({ ...blueGreen, smoke: huge })).toContain(
      `deploy-aks: input 'smoke': '${huge}' is 50.0 MB, over the 1.0 MB limit for a smoke checks file (YAML)`
    );
  });

  it('a smoke file without checks', async () => {
    const empty = file('no-checks.yaml', 'readiness:\n  path: /health\n');
    expect(await refused({ ...blueGreen, smoke: empty })).toContain(
      "has no checks: give a 'checks' list or a list of URLs"
    );
  });

  it('a timeout that would overflow a timer', async () => {
    expect(await refused({ ...target, manifests, images: images(2), timeout: '99999999999h' })).toBe(
      "deploy-aks: input 'timeout' must be between 1s and 6h (a GitHub job stops after 6 hours), not '99999999999h'"
    );
  });

  it('to-revision without mode rollback', async () => {
    expect(await refused({ ...target, manifests, images: images(2), 'to-revision': '3' })).toBe(
      "deploy-aks: input 'to-revision' only applies with mode: rollback (a deploy goes to the images given); set mode: rollback, or remove it"
    );
  });

  it('gitops-only inputs with methods manifests and helm, by name', async () => {
    expect(
      await refused({ ...target, manifests, images: images(2), 'github-token': 'ghs_x', 'argocd-token': 'y' })
    ).toBe(
      "deploy-aks: inputs 'github-token', 'argocd-token' only apply to method gitops; remove them (method is manifests)"
    );
    expect(
      await refused({
        ...target,
        method: 'helm',
        chart: 'examples/itinerary/chart',
        images: image('itinerary', 2),
        'infra-repository': 'musafirgo/infra'
      })
    ).toBe("deploy-aks: input 'infra-repository' only applies to method gitops; remove it (method is helm)");
  });

  it('an empty manifests file, and one with only comments', async () => {
    const empty = file('empty.yaml', '');
    expect(await refused({ ...target, manifests: empty, images: images(2) })).toBe(
      `deploy-aks: input 'manifests': '${empty}' is empty; name Kubernetes manifests`
    );
    const comments = file('comments.yaml', '# nothing here yet\n---\n');
    expect(await refused({ ...target, manifests: comments, images: images(2) })).toBe(
      `deploy-aks: input 'manifests': ${comments} holds no Kubernetes object (only comments or empty documents); name the files with the objects to deploy`
    );
  });
});

describe('an object the cluster refuses', () => {
  it('leaves the cluster exactly as it was: the dry run refuses it before the first write', async () => {
    const before = everything();
    const since = sandbox.calls().length;
    const run = await deployAks({
      ...target,
      manifests: `${manifests}\ntests/fixtures/manifests/hpa-refused.yaml`,
      images: images(3)
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      'deploy-aks: the cluster refuses HorizontalPodAutoscaler/itinerary (default): HorizontalPodAutoscaler.autoscaling "itinerary" is invalid: [spec.maxReplicas: Invalid value: 0: must be greater than or equal to 1, spec.maxReplicas: Invalid value: 0: must be greater than or equal to `minReplicas`]; nothing was applied (every object went through the server\'s dry run first). To fix: fix the manifest and deploy again'
    ]);
    // The dry run's PATCHes are all it sent: as many as the objects up to the refused one, no other write.
    expect(kubernetesWrites(since).map(c => c.method)).toEqual(['PATCH', 'PATCH', 'PATCH']);
    expect(everything()).toEqual(before);
  });
});

describe('the Kubernetes API failing after the first write', () => {
  const servicePatch = {
    service: 'kubernetes',
    method: 'PATCH',
    path: '/api/v1/namespaces/default/services/itinerary\\?fieldManager=musafirgo-deploy-aks&force=true$',
    status: 500,
    times: Infinity
  };

  it('says what was written, whether it served, and what was undone, in the named form within its deadline', async () => {
    const started = Date.now();
    sandbox.faults.add(servicePatch);
    const run = await deployAks({ ...target, manifests, images: images(4), timeout: '10s' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^deploy-aks: apply Service\/itinerary to the Kubernetes API server failed: 500 InternalError: Internal error occurred: etcdserver: request timed out \(after \d+ attempts over [\d.]+ s\); before the rollback: Deployment\/itinerary: the new revision (\w+ serves \(unverified\)|does not serve \(.*\)); rolled back itinerary to \w+; restored Deployment\/itinerary \(default\), Service\/itinerary \(default\) as they were\./
    );
    expect(run.summary).toContain('#### What was written, and what was undone');
    expect(run.summary).toContain('| Deployment/itinerary (default) | changed | restored |');
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(cluster.serving('default', 'itinerary')).toContain(image('itinerary', 1));
  });

  it('where the restore fails too, lists what was left and the kubectl command that finishes, which does', async () => {
    sandbox.faults.add(servicePatch);
    sandbox.faults.add({
      service: 'kubernetes',
      method: 'PUT',
      path: '/deployments/itinerary$',
      status: 503,
      times: Infinity
    });
    const run = await deployAks({ ...target, manifests, images: images(5), timeout: '10s' });
    expect(run.exitCode).toBe(1);
    const command =
      /to finish the rollback run '(kubectl rollout undo deployment\/itinerary --namespace default --to-revision=\d+)'/.exec(
        run.errors[0]!
      )?.[1];
    expect(run.errors[0]).toContain(
      'restored Service/itinerary (default) as they were; could NOT restore Deployment/itinerary (default) (changed: the server is currently unable to handle the request)'
    );
    expect(command).toBeDefined();
    expect(run.summary).toContain(`| Deployment/itinerary (default) | changed | left | \`${command}\` |`);
    expect(cluster.serving('default', 'itinerary')).toContain(image('itinerary', 5));
    // The API server answers again: the command given finishes the rollback.
    sandbox.faults.clear();
    const [tool, ...args] = command!.split(' ');
    expect(tool).toBe('kubectl');
    await exec(kubectlBinary(), ['--kubeconfig', kubeconfig(LOCAL_TOKEN), ...args]);
    await exec(kubectlBinary(), [
      '--kubeconfig',
      kubeconfig(LOCAL_TOKEN),
      'rollout',
      'status',
      'deployment/itinerary',
      '--timeout=30s'
    ]);
    expect(cluster.serving('default', 'itinerary')).toContain(image('itinerary', 1));
    expect(cluster.serving('default', 'itinerary')).not.toContain(image('itinerary', 5));
  });

  it("helm: PATCH failing mid-upgrade shows the upgrade's own error, where it left the release, and the rollback", async () => {
    const chart = {
      ...target,
      method: 'helm',
      chart: 'examples/itinerary/chart',
      release: 'faulty',
      timeout: '20s'
    };
    expect((await deployAks({ ...chart, images: image('itinerary', 6) })).errors).toEqual([]);
    sandbox.faults.add({
      service: 'kubernetes',
      method: 'PATCH',
      path: '/deployments/faulty',
      status: 500,
      times: Infinity
    });
    const run = await deployAks({ ...chart, images: image('itinerary', 7) });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(
      /^deploy-aks: helm upgrade failed: cannot patch "faulty" with kind Deployment: Internal error occurred: etcdserver: request timed out; release faulty was left failed at revision 2; rolled back release faulty to revision 1 \(now revision 3\)\./
    );
    expect(run.summary).toContain('### AKS aks-musafirgo-dev: Helm release faulty FAILED, rolled back');
    expect(cluster.serving('default', 'faulty')).toEqual([image('itinerary', 6), image('itinerary', 6)]);
  });
});

describe('a cluster outside Azure, through a kubeconfig', () => {
  it('deploys, verifies and rolls back with the same rollout, without an Azure login', async () => {
    const config = kubeconfig(LOCAL_TOKEN);
    const since = sandbox.calls().length;
    // No identity in the step's environment: nothing of Azure is used.
    const env = { ...sandbox.env(), PATH: stepEnv['PATH']! };
    const run = await deployAks({ kubeconfig: config, manifests, images: images(8) }, env);
    expect(run.errors).toEqual([]);
    expect(run.stdout).toContain(
      `Deploying to cluster kind-local (${cluster.url}) from ${config}, context kind-local`
    );
    expect(run.stdout).toContain('its pods run the digests deployed');
    expect(cluster.serving('default', 'itinerary')).toContain(image('itinerary', 8));
    cluster.markImage(image('itinerary', 9), 'crash');
    const crashed = await deployAks({ kubeconfig: config, manifests, images: images(9) }, env);
    expect(crashed.exitCode).toBe(1);
    expect(crashed.errors[0]).toContain('CrashLoopBackOff');
    expect(crashed.errors[0]).toContain('rolled back itinerary to');
    expect(cluster.serving('default', 'itinerary')).toContain(image('itinerary', 8));
    expect(
      sandbox
        .calls()
        .slice(since)
        .filter(c => c.service !== 'kubernetes')
    ).toEqual([]);
  });

  it('refuses a kubeconfig with the AKS inputs, and one that cannot work', async () => {
    const both = await deployAks({
      ...target,
      kubeconfig: kubeconfig(LOCAL_TOKEN),
      manifests,
      images: images(8)
    });
    expect(both.errors).toEqual([
      "deploy-aks: inputs 'cluster', 'resource-group' name an AKS cluster, and input 'kubeconfig' names another; give one or the other"
    ]);
    const certs = file(
      'certs.yaml',
      'apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]\nusers: [{name: u, user: {client-certificate-data: eA==, client-key-data: eA==}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n'
    );
    const run = await deployAks({ kubeconfig: certs, manifests, images: images(8) });
    expect(run.errors[0]).toContain(
      `deploy-aks: input 'kubeconfig': ${certs} gives user 'u' a client-certificate that is not PEM`
    );
  });
});

describe("a kind cluster's own kubeconfig: its admin's client certificate", () => {
  /** A kubeconfig as kind writes it: the cluster CA, and a user with a certificate and key inline (or as files). */
  const certificateKubeconfig = async (name: string, organizations: string[], asFiles = false) => {
    const { certPem, keyPem } = await sandbox.clientCertificate(name, organizations);
    const user = asFiles
      ? { 'client-certificate': file(`${name}.crt`, certPem), 'client-key': file(`${name}.key`, keyPem) }
      : {
          'client-certificate-data': Buffer.from(certPem).toString('base64'),
          'client-key-data': Buffer.from(keyPem).toString('base64')
        };
    return {
      key: keyPem,
      path: file(
        `kubeconfig-${name}.yaml`,
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'Config',
          clusters: [
            {
              name: 'kind-kind',
              cluster: {
                server: cluster.url,
                'certificate-authority-data': Buffer.from(sandbox.tls.ca).toString('base64')
              }
            }
          ],
          users: [{ name: `${name}`, user }],
          contexts: [{ name: 'kind-kind', context: { cluster: 'kind-kind', user: name } }],
          'current-context': 'kind-kind'
        })
      )
    };
  };

  it('deploys with the certificate in the handshake, as kubectl and Helm do with the same file; the key is never printed', async () => {
    const admin = await certificateKubeconfig('kubernetes-admin', ['system:masters']);
    const env = { ...sandbox.env(), PATH: stepEnv['PATH']! };
    const since = sandbox.calls().length;
    const run = await deployAks({ kubeconfig: admin.path, manifests, images: images(12) }, env);
    expect(run.errors).toEqual([]);
    expect(run.stdout).toContain('its pods run the digests deployed');
    expect(cluster.serving('default', 'itinerary')).toContain(image('itinerary', 12));
    const calls = sandbox.calls().slice(since);
    expect(calls.filter(c => c.service !== 'kubernetes')).toEqual([]);
    expect(calls.some(c => c.service === 'kubernetes' && c.method === 'PATCH')).toBe(true);
    const keyLine = admin.key.split('\n')[1]!;
    expect(run.visible.includes(keyLine)).toBe(false);
    // The files kind's kubeconfig can point at instead of inline data work the same.
    const files = await certificateKubeconfig('kind-admin-files', ['system:masters'], true);
    const again = await deployAks({ kubeconfig: files.path, manifests, images: images(12) }, env);
    expect(again.errors).toEqual([]);
    const { stdout } = await exec(kubectlBinary(), [
      '--kubeconfig',
      admin.path,
      'get',
      'deployment',
      'itinerary',
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image}'
    ]);
    expect(stdout).toBe(image('itinerary', 12));
    // Helm is given the same file: its client presents the certificate too.
    const helm = await deployAks(
      {
        kubeconfig: admin.path,
        method: 'helm',
        chart: 'examples/itinerary/chart',
        release: 'kind-release',
        images: image('itinerary', 14)
      },
      env
    );
    expect(helm.errors).toEqual([]);
    expect(cluster.serving('default', 'kind-release')).toContain(image('itinerary', 14));
    // A self-hosted runner behind a proxy: the certificate is presented inside the CONNECT tunnel.
    const tunnelled = sandbox.calls().length;
    const proxied = await deployAks(
      { kubeconfig: admin.path, manifests, images: images(15) },
      { ...env, HTTPS_PROXY: sandbox.urls.proxy, NO_PROXY: '' }
    );
    expect(proxied.errors).toEqual([]);
    expect(cluster.serving('default', 'itinerary')).toContain(image('itinerary', 15));
    const port = new URL(cluster.url).port;
    expect(
      sandbox
        .calls()
        .slice(tunnelled)
        .some(c => c.service === 'proxy' && c.method === 'CONNECT' && c.path.endsWith(`:${port}`))
    ).toBe(true);
  });

  it("a certificate of no group is the API server's user, and its authorizer's refusal is the step's error", async () => {
    const nobody = await certificateKubeconfig('jane', []);
    const env = { ...sandbox.env(), PATH: stepEnv['PATH']! };
    const run = await deployAks({ kubeconfig: nobody.path, manifests, images: images(13) }, env);
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(/User "jane" cannot \w+ resource/);
    expect(run.errors[0]).toContain(
      'Bind the user of context kind-kind to a Role that may write there (kubectl create rolebinding --clusterrole=edit --namespace default), or use a kubeconfig user that has one'
    );
    expect(run.errors[0]).not.toContain('Azure Kubernetes Service');
    expect(cluster.serving('default', 'itinerary')).not.toContain(image('itinerary', 13));
    // A certificate another CA signed is no user at all, whatever groups it claims.
    const forged = await (await createPki()).clientCertificate('mallory', ['system:masters']);
    const config = JSON.parse(readFileSync(nobody.path, 'utf8')) as {
      users: { user: Record<string, string> }[];
    };
    config.users[0]!.user = {
      'client-certificate-data': Buffer.from(forged.certPem).toString('base64'),
      'client-key-data': Buffer.from(forged.keyPem).toString('base64')
    };
    const stranger = file('kubeconfig-mallory.yaml', JSON.stringify(config));
    const refused = await deployAks({ kubeconfig: stranger, manifests, images: images(13) }, env);
    expect(refused.exitCode).toBe(1);
    expect(refused.errors[0]).toBe(
      `deploy-aks: read Deployment/itinerary: Unauthorized. The API server did not accept the credentials of context kind-kind in ${stranger}: a token it does not know, or a client certificate its CA did not sign (or one past its expiry)`
    );
    expect(cluster.serving('default', 'itinerary')).not.toContain(image('itinerary', 13));
  });
});
