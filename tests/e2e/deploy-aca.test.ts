import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { containerAppsService, type ContainerAppsService } from '../../sandbox/containerapps/index.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { devSubscription, itineraryApp, loginInputs } from '../support/world.js';

let sandbox: Sandbox;
let apps: ContainerAppsService;
let stepEnv: Record<string, string>;
const runs: ActionRun[] = [];
const pushed = new Set<string>();

const image = (n: number, { push = true } = {}) => {
  const reference = `${itineraryApp.registry}/itinerary@sha256:${n.toString(16).padStart(64, 'e')}`;
  if (push) pushed.add(reference);
  return reference;
};
const base = { 'resource-group': itineraryApp.resourceGroup, app: itineraryApp.name, 'bake-time': '0s' };

async function deployAca(
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  const run = await runAction('deploy-aca', inputs, { ...stepEnv, ...env });
  runs.push(run);
  return run;
}

beforeAll(async () => {
  apps = containerAppsService();
  sandbox = await startSandbox({ services: [apps] });
  sandbox.images.register(itineraryApp.registry, async (repository, reference) =>
    pushed.has(`${itineraryApp.registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
  // The job logs in first, as every workflow does; deploy-aca inherits the identity it exports.
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

describe('dist/deploy-aca/index.js run as the runner runs it', () => {
  it('deploys blue-green: outputs, job summary and the traffic switch', async () => {
    const run = await deployAca({ ...base, image: image(1) });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const revision = 'itinerary--3f78685-1';
    expect(run.outputs).toEqual({
      revision,
      'previous-revision': itineraryApp.initialRevision,
      url: `https://itinerary.${itineraryApp.defaultDomain}`,
      'label-url': `https://itinerary---green.${itineraryApp.defaultDomain}`,
      traffic: JSON.stringify([
        { revisionName: itineraryApp.initialRevision, weight: 0, label: 'blue' },
        { revisionName: revision, weight: 100, label: 'green' }
      ])
    });
    expect(apps.traffic('itinerary')).toEqual({ [itineraryApp.initialRevision]: 0, [revision]: 100 });
    expect(run.stdout).toContain(
      `Deploying ${image(1)} to container 'itinerary' as revision ${revision} (blue-green, Multiple revision mode)`
    );
    expect(run.summary).toContain('### Container App itinerary: deployed');
    expect(run.summary).toContain(`| Traffic before | ${itineraryApp.initialRevision} 100 % |`);
    expect(run.summary).toContain(
      `| Traffic after | ${itineraryApp.initialRevision} 0 % (blue), ${revision} 100 % (green) |`
    );
    expect(run.summary).toContain('| Gates passed | at 0 %: Provisioned, Running, Healthy |');
    for (const phase of ['Read app', 'Create revision', 'Health gate', 'Traffic 100 %', 'Total']) {
      expect(run.summary).toContain(`| ${phase} |`);
    }
  });

  it('does nothing when the step runs again for the same commit', async () => {
    const before = sandbox.calls({ service: 'arm' }).length;
    const run = await deployAca({ ...base, image: image(1) });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('### Container App itinerary: already deployed');
    const writes = sandbox
      .calls({ service: 'arm' })
      .slice(before)
      .filter(call => call.method !== 'GET');
    expect(writes).toEqual([]);
  });

  it('fails on an unhealthy revision, with traffic restored and the rollback in the summary', async () => {
    const bad = image(2);
    apps.markImage(bad, 'crash');
    const run = await deployAca({ ...base, image: bad, 'revision-suffix': 'bad0001-1' });
    expect(run.exitCode).toBe(1);
    // The runner shows the annotation with %25 decoded.
    expect(run.errors.map(line => line.replace(/%25/g, '%'))).toEqual([
      "deploy-aca: revision itinerary--bad0001-1 is Degraded (Provisioned/Degraded/Unhealthy): container 'itinerary': CrashLoopBackOff: container 'itinerary' exited with code 1 three times at start (restarts: 3); traffic is back on itinerary--3f78685-1 100 % (green) and itinerary--bad0001-1 is deactivated. Read the revision's logs (az containerapp logs show --name itinerary --resource-group rg-musafirgo-dev --revision itinerary--bad0001-1), fix, and deploy again"
    ]);
    expect(apps.traffic('itinerary')).toEqual({
      [itineraryApp.initialRevision]: 0,
      'itinerary--3f78685-1': 100
    });
    expect(JSON.parse(run.outputs['traffic']!)).toEqual([
      { revisionName: itineraryApp.initialRevision, weight: 0, label: 'blue' },
      { revisionName: 'itinerary--3f78685-1', weight: 100, label: 'green' }
    ]);
    expect(run.summary).toContain('### Container App itinerary: FAILED, rolled back');
    expect(run.summary).toMatch(/\| Traffic restored in \| \d+ ms \|/);
  });

  it('rolls back by hand (workflow_dispatch) in one traffic request', async () => {
    const before = sandbox.calls({ service: 'arm' }).length;
    const run = await deployAca({ ...base, mode: 'rollback' });
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({
      revision: itineraryApp.initialRevision,
      'previous-revision': 'itinerary--3f78685-1'
    });
    expect(apps.traffic('itinerary')).toEqual({
      [itineraryApp.initialRevision]: 100,
      'itinerary--3f78685-1': 0
    });
    const patches = sandbox
      .calls({ service: 'arm' })
      .slice(before)
      .filter(call => call.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(run.summary).toContain('### Container App itinerary: rolled back');
  });

  it('checks its inputs before any request', async () => {
    const before = sandbox.calls({ service: 'arm' }).length;
    const byTag = await deployAca({ ...base, image: `${itineraryApp.registry}/itinerary:latest` });
    expect(byTag.errors).toEqual([
      `deploy-aca: input 'image' must name the image by digest (<registry>/<repository>@sha256:<64 hex digits>), not '${itineraryApp.registry}/itinerary:latest'; deploy the digest build-push outputs so the revision runs exactly what was tested`
    ]);
    const steps = await deployAca({
      ...base,
      image: image(3),
      strategy: 'canary',
      'canary-steps': '10,5,100'
    });
    expect(steps.errors).toEqual([
      "deploy-aca: input 'canary-steps' must be increasing percentages ending at 100, such as 10,50,100, not '10,5,100'"
    ]);
    const noLogin = await deployAca(
      { ...base, image: image(3) },
      { AZURE_CLIENT_ID: '', AZURE_TENANT_ID: '' }
    );
    expect(noLogin.errors).toEqual([
      'deploy-aca: this step needs an Azure identity: run musafirgo/actions/login earlier in this job (AZURE_CLIENT_ID and AZURE_TENANT_ID are not set)'
    ]);
    const plainSecret = await deployAca({ ...base, image: image(3), secrets: 'db-password=hunter2' });
    expect(plainSecret.errors).toEqual([
      "deploy-aca: input 'secrets': 'db-password=…' is not name=keyvaultref:<Key Vault secret URL>[,identityref:<identity>]; plain secret values are refused, keep them in Key Vault"
    ]);
    expect(plainSecret.visible).not.toContain('hunter2');
    expect(sandbox.calls({ service: 'arm' }).slice(before)).toEqual([]);
    expect(devSubscription.id).toBe(stepEnv['AZURE_SUBSCRIPTION_ID']);
  });
});
