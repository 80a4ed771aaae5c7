import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acrService } from '../../sandbox/acr/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { containerAppsService, type ContainerAppsService } from '../../sandbox/containerapps/index.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { federatedIdentity } from '../../sandbox/runtime/identity.js';
import { pushExampleImage } from '../../sandbox/runtime/images.js';
import { expectTrafficServesHealthy } from '../support/traffic.js';
import { deployer, devSubscription, itineraryApp, loginInputs, tenantId } from '../support/world.js';

let sandbox: Sandbox;
let apps: ContainerAppsService;
let stepEnv: Record<string, string>;
const runs: ActionRun[] = [];
/** A release that exits at start, built from examples/images/crashing and pushed to the sandbox's registry. */
let crashing: string;

/** An image the emulator takes as present (declared: it runs the example service), or one the registry lacks. */
const image = (n: number, { push = true } = {}) => {
  const reference = `${itineraryApp.registry}/itinerary@sha256:${n.toString(16).padStart(64, 'e')}`;
  if (push) apps.declareImage(reference);
  return reference;
};
const base = { 'resource-group': itineraryApp.resourceGroup, app: itineraryApp.name, 'bake-time': '0s' };

async function deployAca(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  workspace?: string
): Promise<ActionRun> {
  const run = await runAction('deploy-aca', inputs, { ...stepEnv, ...env }, workspace ? { workspace } : {});
  runs.push(run);
  return run;
}

/** ARM writes (anything but GET) since `before` calls. */
const writesSince = (before: number) =>
  sandbox
    .calls({ service: 'arm' })
    .slice(before)
    .filter(call => call.method !== 'GET');

/** Apps a failed first deploy created: they never served, so they have no healthy revision to serve. */
const newApps: string[] = [];
afterEach(() => {
  sandbox.faults.clear();
  // After every step, failure paths included: production traffic reaches only healthy revisions.
  expectTrafficServesHealthy(apps, newApps);
});

beforeAll(async () => {
  apps = containerAppsService();
  sandbox = await startSandbox({ services: [acrService(), apps] });
  const credential = federatedIdentity(sandbox, { clientId: deployer.appId, tenantId });
  ({ image: crashing } = await pushExampleImage('crashing', {
    sandbox,
    loginServer: itineraryApp.registry,
    credential
  }));
  // The job logs in first, as every workflow does; deploy-aca inherits the identity it exports.
  const jobEnv = sandbox.env();
  const login = await runAction('login', loginInputs, jobEnv);
  expect(login.exitCode).toBe(0);
  stepEnv = { ...jobEnv, ...login.exported };
}, 120_000);
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
    const bad = crashing;
    const run = await deployAca({ ...base, image: bad, 'revision-suffix': 'bad0001-1' });
    expect(run.exitCode).toBe(1);
    // The runner shows the annotation with %25 decoded.
    expect(run.errors.map(line => line.replace(/%25/g, '%'))).toEqual([
      expect.stringMatching(
        /^deploy-aca: revision itinerary--bad0001-1 is Degraded \(Provisioned\/Degraded\/Unhealthy\): container 'itinerary': (CrashLoopBackOff: back-off \d+m?s restarting failed container=itinerary pod=itinerary--bad0001-1-[0-9a-f]{9}-[0-9a-f]{5}; )?Error, exit code 78: itinerary 2\.0\.0 starting on port 8080 \| itinerary: ITINERARY_DATABASE_URL is not set; cannot start without the itinerary database \(restarts: \d\); traffic is back on itinerary--3f78685-1 100 % \(green\) and itinerary--bad0001-1 is deactivated\. Read the revision's logs \(az containerapp logs show --name itinerary --resource-group rg-musafirgo-dev --revision itinerary--bad0001-1\), fix, and deploy again$/
      )
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

  it('refuses inputs that cannot work before any write, naming each', async () => {
    const before = sandbox.calls({ service: 'arm' }).length;
    const refused = async (inputs: Record<string, string>, expected: string, workspace?: string) => {
      const run = await deployAca({ ...base, image: image(3), ...inputs }, {}, workspace);
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([expected]);
    };
    await refused(
      { timeout: '99999999999h' },
      "deploy-aca: input 'timeout' must be between 1s and 6h (a GitHub job stops after 6 hours), not '99999999999h'"
    );
    await refused(
      { 'bake-time': '7h' },
      "deploy-aca: input 'bake-time' must be between 0s and 6h (a GitHub job stops after 6 hours), not '7h'"
    );
    await refused(
      { 'registry-identity': 'admin' },
      "deploy-aca: input 'registry-identity' must be system or a user-assigned identity's resource id (/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>), not 'admin'; registry admin credentials are refused, pull with a managed identity that has AcrPull"
    );
    const long = `${itineraryApp.registry}/${'x'.repeat(10_000)}@sha256:${'e'.repeat(64)}`;
    const longRun = await deployAca({ ...base, image: long });
    expect(longRun.errors[0]).toMatch(
      /^deploy-aca: input 'image': the repository name 'musafirgodev\.azurecr\.io\/x{176}…' \(10024 characters\) is longer than the 255 characters a registry allows$/
    );
    await refused(
      { 'to-revision': 'itinerary--initial' },
      "deploy-aca: input 'to-revision' applies to mode rollback only; set mode: rollback, or leave it out to deploy 'image'"
    );
    await refused(
      { mode: 'rollback' },
      "deploy-aca: input 'image' applies to mode deploy; mode rollback only moves the traffic back (leave 'image' out, or use mode deploy)"
    );
    await refused(
      { 'min-replicas': '2000' },
      "deploy-aca: input 'min-replicas' must be a whole number from 0 to 1000, not '2000'"
    );
    await refused(
      { cpu: '3.3' },
      "deploy-aca: input 'cpu' must be cores from 0.25 to 4 in steps of 0.25 (0.5, 1, 1.75), not '3.3'"
    );
    await refused(
      { cpu: '1', memory: '1Gi' },
      "deploy-aca: inputs 'cpu' and 'memory' must be a pair Container Apps runs: memory twice the cores (cpu 1 takes memory 2Gi), not cpu '1' with memory '1Gi'"
    );
    await refused(
      { 'target-port': '99999' },
      "deploy-aca: input 'target-port' must be a whole number from 1 to 65535, not '99999'"
    );

    const workspace = await mkdtemp(join(tmpdir(), 'smoke-files-'));
    const aliases = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      aliases.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`
      );
    await writeFile(join(workspace, 'bomb.yaml'), `${aliases.join('\n')}\nchecks: [*j]\n`);
    await writeFile(join(workspace, 'huge.yaml'), `checks:\n${'  - /health\n'.repeat(200_000)}`);
    await writeFile(join(workspace, 'binary.yaml'), Buffer.from([0x63, 0x68, 0x00, 0xff, 0x01]));
    await writeFile(join(workspace, 'empty-suite.yaml'), 'defaults:\n  timeout: 5s\n');
    await refused(
      { smoke: 'bomb.yaml' },
      `deploy-aca: input 'smoke': ${join(workspace, 'bomb.yaml')} expands more than 100 YAML aliases, which no configuration needs (a YAML bomb?); write it out without them`,
      workspace
    );
    await refused(
      { smoke: 'huge.yaml' },
      "deploy-aca: input 'smoke': 'huge.yaml' is 2.3 MB, over the 1.0 MB limit for a smoke checks file (YAML)",
      workspace
    );
    await refused(
      { smoke: 'binary.yaml' },
      "deploy-aca: input 'smoke': 'binary.yaml' is not a text file (a NUL byte at offset 2); name a smoke checks file (YAML)",
      workspace
    );
    await refused(
      { smoke: 'empty-suite.yaml' },
      "deploy-aca: input 'smoke': empty-suite.yaml has no checks: give a 'checks' list or a list of URLs",
      workspace
    );
    await refused(
      { 'env-vars': 'API_KEY=secretref:missing' },
      "deploy-aca: input 'env-vars': API_KEY=secretref:missing references a secret Container App 'itinerary' does not have (it has db-password); add it with input 'secrets' (name=keyvaultref:<secret URL>) or fix the name"
    );
    expect(writesSince(before)).toEqual([]);
  });

  it('creates the app on its first deploy, gated, and does nothing on the next run', async () => {
    const create = {
      'resource-group': itineraryApp.resourceGroup,
      app: 'bookings',
      'container-app-environment': itineraryApp.environment,
      'target-port': '8080',
      'min-replicas': '1',
      'max-replicas': '4',
      cpu: '0.5',
      image: image(4),
      'revision-suffix': 'b00k001-1'
    };
    const run = await deployAca(create);
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({
      revision: 'bookings--b00k001-1',
      'previous-revision': '',
      url: `https://bookings.${itineraryApp.defaultDomain}`
    });
    expect(run.summary).toContain('### Container App bookings: created');
    expect(run.summary).toContain('| Gates passed | first revision: Provisioned, Running, Healthy |');
    expect(apps.traffic('bookings')).toEqual({ 'bookings--b00k001-1': 100 });
    const before = sandbox.calls({ service: 'arm' }).length;
    const again = await deployAca({ ...create, 'revision-suffix': 'b00k001-2' });
    expect(again.errors).toEqual([]);
    expect(again.summary).toContain('### Container App bookings: already deployed');
    expect(writesSince(before)).toEqual([]);
  });

  it('ends a write that never finishes at its timeout, and leaves production as it was', async () => {
    apps.holdWrites(Infinity);
    const run = await deployAca({
      ...base,
      image: image(5),
      'revision-suffix': '5tuck01-1',
      timeout: '3s'
    }).finally(() => apps.holdWrites(undefined));
    expect(run.exitCode).toBe(1);
    expect(run.durationMs).toBeLessThan(15_000);
    expect(run.errors[0]?.replace(/%25/g, '%')).toMatch(
      /^deploy-aca: update Container App itinerary did not finish within 3\.00 s: its operation \(https:\/\/127\.0\.0\.1:\d+\/subscriptions\/[\w-]+\/providers\/Microsoft\.App\/locations\/westeurope\/operationResults\/[\w-]+\) was still Accepted \(202\) after \d+ status polls?; production traffic never moved \(it is itinerary--[\w-]+ 100 %( \((green|blue)\))?\) and itinerary--5tuck01-1 is deactivated\. It may still finish on its own: follow it with az rest --method get --url '[^']+', and give the step a longer timeout if Azure is slow$/
    );
    expect(run.summary).toContain('### Container App itinerary: FAILED');
    expect(run.summary).toContain('| Left as | production traffic never moved');
    expect(apps.revision('itinerary', 'itinerary--5tuck01-1')).toMatchObject({ active: false });
  });

  it('ends in the named form within its deadline when ARM fails every request', async () => {
    sandbox.faults.add({ service: 'arm', status: 500, retryAfterSeconds: 1, times: Infinity });
    const run = await deployAca({ ...base, image: image(6), 'revision-suffix': 'f4ult01-1' });
    expect(run.exitCode).toBe(1);
    expect(run.durationMs).toBeLessThan(30_000);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^deploy-aca: read Container App itinerary to Azure Resource Manager failed: 500 InternalServerError: .+ \(after 6 attempts over [\d.]+ s\)\. Azure Resource Manager kept failing: run the job again later, and if it persists check https:\/\/azure\.status\.microsoft$/
      )
    ]);
  });

  it('says production traffic never moved when the switch fails for good after the revision came up', async () => {
    const suffix = '5w1tch1-1';
    const step = deployAca({ ...base, image: image(7), 'revision-suffix': suffix });
    // ARM refuses every write once the new revision exists: the switch and the restore of the labels fail.
    for (let i = 0; i < 1000 && !apps.revision('itinerary', `itinerary--${suffix}`); i++) {
      await new Promise(resolve => setTimeout(resolve, 5));
    }
    sandbox.faults.add({
      service: 'arm',
      method: 'PATCH',
      status: 503,
      retryAfterSeconds: 0,
      times: Infinity
    });
    const run = await step;
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]?.replace(/%25/g, '%')).toMatch(
      new RegExp(
        `^deploy-aca: traffic 100 % to itinerary--${suffix} to Azure Resource Manager failed: 503 \\w+: .+ \\(after 6 attempts over [\\d.]+ s\\); production traffic never moved: it is still itinerary--[\\w-]+ 100 %( \\((green|blue)\\))?; the write that would have put the labels back failed too \\(.+\\), and itinerary--${suffix} is deactivated\\. Left as: itinerary--${suffix} keeps its label green at 0 %: az containerapp revision label remove --name itinerary --resource-group rg-musafirgo-dev --label green`
      )
    );
    expect(run.summary).toContain(
      `| Left as | itinerary--${suffix} keeps its label green at 0 %: az containerapp revision label remove --name itinerary --resource-group rg-musafirgo-dev --label green |`
    );
    expect(apps.traffic('itinerary')[`itinerary--${suffix}`]).toBe(0);
  });
});
