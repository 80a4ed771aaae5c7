import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ContainerAppsAPIClient, type ContainerApp } from '@azure/arm-appcontainers';
import https from 'node:https';
import { parse } from 'yaml';
import { armClientOptions, withoutFormData } from '../../actions/shared/arm.js';
import { resolveCloud, type Cloud } from '../../actions/shared/cloud.js';
import { GitHubOidcCredential } from '../../actions/shared/credential.js';
import { ConfigurationError } from '../../actions/shared/errors.js';
import { failureMessage } from '../../actions/shared/step.js';
import { fetchIdToken } from '../../actions/shared/github-oidc.js';
import { completeOperation, trackRetryAfter } from '../../actions/shared/lro.js';
import { runSmoke, parseSuite } from '../../actions/shared/smoke/index.js';
import type { DeployInputs } from '../../actions/deploy-aca/inputs.js';
import { deploy, rollback, type GateCheck, type RolloutDeps } from '../../actions/deploy-aca/rollout.js';
import { acrService } from '../../sandbox/acr/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { containerAppsService, type ContainerAppsService } from '../../sandbox/containerapps/index.js';
import { federatedIdentity } from '../../sandbox/runtime/identity.js';
import { pushExampleImage } from '../../sandbox/runtime/images.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { deployer, devSubscription, itineraryApp, noRoles, promoter, tenantId } from '../support/world.js';
import { sandboxClock as sandboxClockOf } from '../support/sandbox-clock.js';
import { expectTrafficServesHealthy } from '../support/traffic.js';

let sandbox: Sandbox;
let apps: ContainerAppsService;
let cloud: Cloud;
let untrust: () => void;
/** Real images in the sandbox's registry, run by the revisions that name them: a release that exits, one never ready. */
const real = {} as Record<'crashing' | 'unready', string>;

const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;
/**
 * An image the emulator takes as present (declared: it runs the example service, no registry holds it), or one
 * the registry does not hold.
 */
function image(n: number, { push = true } = {}): string {
  const reference = `${itineraryApp.registry}/itinerary@${digest(n)}`;
  if (push) apps.declareImage(reference);
  return reference;
}

const sandboxClock = () => sandboxClockOf(sandbox);

function client(appId = deployer.appId): ContainerAppsAPIClient {
  const env = sandbox.env();
  const request = {
    url: env['ACTIONS_ID_TOKEN_REQUEST_URL']!,
    token: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']!
  };
  const credential = new GitHubOidcCredential({
    tenantId,
    clientId: appId,
    cloud,
    getIdToken: audience => fetchIdToken(request, audience)
  });
  return withoutFormData(new ContainerAppsAPIClient(credential, devSubscription.id, armClientOptions(cloud)));
}

function deps(
  overrides: Partial<RolloutDeps> = {}
): RolloutDeps & { clock: ReturnType<typeof sandboxClock> } {
  const retryAfter = trackRetryAfter();
  const c = overrides.client ?? client();
  c.pipeline.addPolicy(retryAfter.policy);
  return {
    client: c,
    clock: sandboxClock(),
    identity: deployer.appId,
    retryAfter,
    ...overrides
  } as RolloutDeps & {
    clock: ReturnType<typeof sandboxClock>;
  };
}

function inputs(overrides: Partial<DeployInputs>): DeployInputs {
  return {
    mode: 'deploy',
    subscriptionId: devSubscription.id,
    resourceGroup: itineraryApp.resourceGroup,
    app: itineraryApp.name,
    image: image(1),
    canarySteps: [10, 50, 100],
    bakeTimeMs: 0,
    timeoutMs: 120_000,
    errorBudget: 0,
    envVars: [],
    secrets: [],
    registryIdentity: 'system',
    revisionSuffix: 'aaaaaaa-1',
    container: 'itinerary',
    create: {},
    ...overrides
  };
}

/** A request through the environment's ingress, by host name, as a client on the internet would send it. */
function viaIngress(
  host: string,
  path = '/health'
): Promise<{ status: number; revision?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, apps.ingressUrl);
    https
      .get(url, { headers: { 'x-forwarded-host': host } }, response => {
        let body = '';
        response.on('data', chunk => (body += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            revision: response.headers['x-sandbox-revision'] as string | undefined,
            body
          })
        );
      })
      .on('error', reject);
  });
}

/** The smoke engine against a revision, reaching its label URL's host through the ingress. */
function smokeThroughIngress(
  seen: Array<{ url: string; traffic: Record<string, number> }> = [],
  app = itineraryApp.name
): GateCheck {
  return async url => {
    seen.push({ url, traffic: apps.traffic(app) });
    const host = new URL(url).host;
    const suite = parseSuite('- /health\n- /itineraries\n', parse, 'test');
    for (const check of suite.checks) check.headers = { ...check.headers, 'x-forwarded-host': host };
    const result = await runSmoke(suite, { baseUrl: apps.ingressUrl, skipReadiness: true });
    return { ok: result.ok, detail: `${result.passed}/${result.checks.length} checks passed` };
  };
}

/** A new app in the dev environment, created with a PUT through the official client. */
async function createApp(name: string, mode: 'Single' | 'Multiple'): Promise<ContainerApp> {
  const c = client();
  const environmentId = `/subscriptions/${devSubscription.id}/resourceGroups/${itineraryApp.resourceGroup}/providers/Microsoft.App/managedEnvironments/${itineraryApp.environment}`;
  await completeOperation(
    `create ${name}`,
    () =>
      c.containerApps.beginCreateOrUpdate(itineraryApp.resourceGroup, name, {
        location: 'westeurope',
        identity: { type: 'SystemAssigned' },
        managedEnvironmentId: environmentId,
        configuration: {
          activeRevisionsMode: mode,
          ingress: {
            external: true,
            targetPort: 8080,
            traffic:
              mode === 'Multiple'
                ? [{ revisionName: `${name}--v1`, weight: 100 }]
                : [{ latestRevision: true, weight: 100 }]
          },
          registries: [{ server: itineraryApp.registry, identity: 'system' }]
        },
        template: {
          revisionSuffix: 'v1',
          containers: [
            {
              name: 'itinerary',
              image: image(100),
              env: [{ name: 'LOG_LEVEL', value: 'info' }],
              probes: [{ type: 'Readiness', httpGet: { path: '/health', port: 8080 } }]
            },
            { name: 'otel-collector', image: image(101) }
          ]
        }
      }),
    { clock: sandboxClock() }
  );
  return c.containerApps.get(itineraryApp.resourceGroup, name);
}

/** Undone after the running test, passed or failed. */
const cleanups: Array<() => void> = [];
const afterThis = (cleanup: () => void) => cleanups.push(cleanup);
/** Apps a failed first deploy created: they never served, so they have no healthy revision to serve. */
const newApps: string[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  sandbox.faults.clear();
  // After every test, failure paths included: production traffic reaches only healthy revisions.
  expectTrafficServesHealthy(apps, newApps);
});

const patches = (app: string, since: number) =>
  sandbox
    .calls({ service: 'arm', since })
    .filter(call => call.method === 'PATCH' && call.path.endsWith(`/containerApps/${app}`));

beforeAll(async () => {
  apps = containerAppsService();
  sandbox = await startSandbox({ services: [acrService(), apps] });
  untrust = sandboxTrust(sandbox);
  cloud = resolveCloud('AzureCloud', {
    AZURE_AUTHORITY_HOST: sandbox.urls.entra,
    AZURE_RESOURCE_MANAGER_ENDPOINT: sandbox.urls.arm
  });
  const credential = federatedIdentity(sandbox, { clientId: deployer.appId, tenantId });
  for (const kind of ['crashing', 'unready'] as const) {
    real[kind] = (
      await pushExampleImage(kind, { sandbox, loginServer: itineraryApp.registry, credential })
    ).image;
  }
}, 120_000);
afterAll(async () => {
  untrust();
  await sandbox.stop();
});

describe('deploy-aca against the sandbox Container Apps, through @azure/arm-appcontainers', () => {
  it('blue-green: the new revision waits at 0 % as green, passes the gate, then takes all the traffic', async () => {
    const since = sandbox.clock.now().getTime();
    const seen: Array<{ url: string; traffic: Record<string, number> }> = [];
    const d = deps({ smoke: smokeThroughIngress(seen) });
    const result = await deploy(
      inputs({ image: image(2), strategy: 'blue-green', revisionSuffix: 'b1e2f3a-1' }),
      d
    );

    const revision = 'itinerary--b1e2f3a-1';
    expect(result.failure).toBeUndefined();
    expect(result).toMatchObject({
      outcome: 'deployed',
      revision,
      previousRevision: itineraryApp.initialRevision,
      url: `https://itinerary.${itineraryApp.defaultDomain}`,
      labelUrl: `https://itinerary---green.${itineraryApp.defaultDomain}`,
      trafficBefore: [{ revisionName: itineraryApp.initialRevision, weight: 100 }],
      trafficAfter: [
        { revisionName: itineraryApp.initialRevision, weight: 0, label: 'blue' },
        { revisionName: revision, weight: 100, label: 'green' }
      ]
    });
    // The smoke suite ran against the green label while production stayed on the old revision.
    expect(seen).toEqual([
      {
        url: `https://itinerary---green.${itineraryApp.defaultDomain}`,
        traffic: { [itineraryApp.initialRevision]: 100, 'itinerary--b1e2f3a-1': 0 }
      }
    ]);
    expect(patches('itinerary', since)).toHaveLength(2);

    // Only the named container changed; the sidecar, env, secret references and ingress are as they were.
    const app = await client().containerApps.get(itineraryApp.resourceGroup, 'itinerary');
    expect(app.template?.containers?.map(c => [c.name, c.image])).toEqual([
      ['itinerary', image(2)],
      ['otel-collector', expect.stringContaining('otel-collector@sha256:')]
    ]);
    expect(app.template?.containers?.[0]?.env).toEqual([
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'DB_PASSWORD', secretRef: 'db-password' }
    ]);
    expect(app.configuration?.secrets).toEqual([
      {
        name: 'db-password',
        keyVaultUrl: 'https://kv-musafirgo-dev.vault.azure.net/secrets/db-password',
        identity: 'system'
      }
    ]);
    expect(app.configuration?.activeRevisionsMode).toBe('Multiple');
    expect(app.configuration?.ingress).toMatchObject({ external: true, targetPort: 8080, transport: 'auto' });

    // The URLs answer through the ingress, from the new revision's own process.
    const green = await viaIngress(`itinerary---green.${itineraryApp.defaultDomain}`);
    expect(green).toMatchObject({ status: 200, revision });
    const production = await viaIngress(`itinerary.${itineraryApp.defaultDomain}`, '/itineraries');
    expect(production.status).toBe(200);
    expect(production.revision).toBe(revision);
    expect(JSON.parse(production.body)).toMatchObject({ count: 2 });
  });

  it('is a no-op when run again for the same commit and attempt', async () => {
    const since = sandbox.clock.now().getTime();
    const lines: string[] = [];
    const result = await deploy(
      inputs({ image: image(2), strategy: 'blue-green', revisionSuffix: 'b1e2f3a-1' }),
      deps({ log: line => lines.push(line) })
    );
    expect(result).toMatchObject({ outcome: 'unchanged', revision: 'itinerary--b1e2f3a-1' });
    expect(lines).toContain(
      `itinerary--b1e2f3a-1 already serves ${image(2)} with 100 % of the traffic: nothing to do`
    );
    expect(patches('itinerary', since)).toEqual([]);
    // A re-run of the workflow (attempt 2) finds the same image serving and does nothing either.
    const rerun = await deploy(inputs({ image: image(2), revisionSuffix: 'b1e2f3a-2' }), deps());
    expect(rerun.outcome).toBe('unchanged');
    expect(patches('itinerary', since)).toEqual([]);
  });

  it('rolls back by hand to the previous revision in one traffic request', async () => {
    const since = sandbox.clock.now().getTime();
    const result = await rollback(
      {
        mode: 'rollback',
        subscriptionId: devSubscription.id,
        resourceGroup: itineraryApp.resourceGroup,
        app: 'itinerary'
      },
      deps()
    );
    expect(result).toMatchObject({
      revision: itineraryApp.initialRevision,
      previousRevision: 'itinerary--b1e2f3a-1'
    });
    expect(apps.traffic('itinerary')).toEqual({
      [itineraryApp.initialRevision]: 100,
      'itinerary--b1e2f3a-1': 0
    });
    expect(patches('itinerary', since)).toHaveLength(1);
    expect((await viaIngress(`itinerary.${itineraryApp.defaultDomain}`)).revision).toBe(
      itineraryApp.initialRevision
    );
  });

  it('canary: moves 10 %, 50 %, 100 % with a bake time and the gate between steps', async () => {
    await createApp('canary-app', 'Multiple');
    const seen: Array<{ url: string; traffic: Record<string, number> }> = [];
    const d = deps({ smoke: smokeThroughIngress(seen, 'canary-app') });
    const result = await deploy(
      inputs({
        app: 'canary-app',
        image: image(3),
        strategy: 'canary',
        bakeTimeMs: 30_000,
        revisionSuffix: 'c0ffee1-1'
      }),
      d
    );
    expect(result.failure).toBeUndefined();
    expect(seen.map(s => s.traffic)).toEqual([
      { 'canary-app--v1': 100, 'canary-app--c0ffee1-1': 0 },
      { 'canary-app--v1': 90, 'canary-app--c0ffee1-1': 10 },
      { 'canary-app--v1': 50, 'canary-app--c0ffee1-1': 50 }
    ]);
    expect(d.clock.sleeps.filter(ms => ms === 30_000)).toHaveLength(2);
    expect(result.gates).toEqual([
      'at 0 %: Provisioned, Running, Healthy; smoke 2/2 checks passed',
      'at 10 %: Provisioned, Running, Healthy; smoke 2/2 checks passed',
      'at 50 %: Provisioned, Running, Healthy; smoke 2/2 checks passed'
    ]);
    expect(apps.traffic('canary-app')).toEqual({ 'canary-app--v1': 0, 'canary-app--c0ffee1-1': 100 });
  });

  it('rolling: in Single revision mode the platform switches once the revision runs, and the old one stops', async () => {
    await createApp('single-app', 'Single');
    const result = await deploy(
      inputs({ app: 'single-app', image: image(4), revisionSuffix: '5eed001-1' }),
      deps()
    );
    expect(result).toMatchObject({
      outcome: 'deployed',
      strategy: 'rolling',
      revision: 'single-app--5eed001-1',
      previousRevision: 'single-app--v1',
      trafficAfter: [{ revisionName: 'single-app--5eed001-1', weight: 100 }]
    });
    expect(apps.revision('single-app', 'single-app--v1')).toMatchObject({
      active: false,
      runningState: 'Stopped'
    });
    await expect(
      deploy(
        inputs({ app: 'single-app', image: image(5), strategy: 'canary', revisionSuffix: '5eed002-1' }),
        deps()
      )
    ).rejects.toThrow(
      "strategy canary needs Container App 'single-app' in Multiple revision mode, and it is in Single mode; set it with az containerapp revision set-mode --mode multiple, or use strategy rolling"
    );
  });

  it('rolling: a failing revision in Single mode never serves, is deactivated, and the old one keeps serving', async () => {
    await createApp('single-bad-app', 'Single');
    const bad = real.unready;
    const result = await deploy(
      inputs({ app: 'single-bad-app', image: bad, revisionSuffix: '5eedbad-1' }),
      deps()
    );
    expect(result.failure).toMatch(
      /^revision single-bad-app--5eedbad-1 is Degraded \(Provisioned\/Degraded\/Unhealthy\): container 'itinerary': Readiness probe failed: HTTP probe failed with statuscode: 503; its last lines: .*health: 503, the itinerary cache is still warming up \(0 entries\) \(restarts: 0\); traffic is back on single-bad-app--v1 100 % and single-bad-app--5eedbad-1 is deactivated$/
    );
    expect(result.rollback?.steps).toEqual([
      'traffic unchanged: single-bad-app--v1 100 %',
      'single-bad-app--5eedbad-1 is deactivated'
    ]);
    expect(apps.traffic('single-bad-app')).toEqual({ 'single-bad-app--v1': 100 });
    expect(apps.revision('single-bad-app', 'single-bad-app--v1')).toMatchObject({
      active: true,
      runningState: 'Running'
    });
    expect(apps.revision('single-bad-app', 'single-bad-app--5eedbad-1')).toMatchObject({ active: false });
  });

  it('adds env vars and Key Vault secret references, and the revision gets them', async () => {
    await createApp('config-app', 'Multiple');
    const result = await deploy(
      inputs({
        app: 'config-app',
        image: image(15),
        revisionSuffix: 'c0nf001-1',
        envVars: [
          { name: 'LOG_LEVEL', value: 'debug' },
          { name: 'PAYMENTS_KEY', secretRef: 'payments-key' }
        ],
        secrets: [
          {
            name: 'payments-key',
            keyVaultUrl: 'https://kv-musafirgo-dev.vault.azure.net/secrets/payments-key',
            identity: 'system'
          }
        ]
      }),
      deps()
    );
    expect(result.failure).toBeUndefined();
    const app = await client().containerApps.get(itineraryApp.resourceGroup, 'config-app');
    expect(app.template?.containers?.[0]?.env).toEqual([
      { name: 'LOG_LEVEL', value: 'debug' },
      { name: 'PAYMENTS_KEY', secretRef: 'payments-key' }
    ]);
    expect(app.configuration?.secrets).toEqual([
      {
        name: 'payments-key',
        keyVaultUrl: 'https://kv-musafirgo-dev.vault.azure.net/secrets/payments-key',
        identity: 'system'
      }
    ]);
    const revision = await client().containerAppsRevisions.getRevision(
      itineraryApp.resourceGroup,
      'config-app',
      'config-app--c0nf001-1'
    );
    expect(revision.template?.containers?.[0]?.env).toContainEqual({
      name: 'PAYMENTS_KEY',
      secretRef: 'payments-key'
    });
  });

  it('never gives production traffic to an unhealthy revision, restores traffic exactly and deactivates it', async () => {
    await createApp('unhealthy-app', 'Multiple');
    const bad = real.unready;
    const since = sandbox.clock.now().getTime();
    const seen: Array<{ url: string; traffic: Record<string, number> }> = [];
    const result = await deploy(
      inputs({ app: 'unhealthy-app', image: bad, strategy: 'canary', revisionSuffix: 'bad0001-1' }),
      deps({ smoke: smokeThroughIngress(seen, 'unhealthy-app') })
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.failure).toMatch(
      /^revision unhealthy-app--bad0001-1 is Degraded \(Provisioned\/Degraded\/Unhealthy\): container 'itinerary': Readiness probe failed: HTTP probe failed with statuscode: 503; its last lines: .*health: 503, the itinerary cache is still warming up \(0 entries\) \(restarts: 0\); traffic is back on unhealthy-app--v1 100 % and unhealthy-app--bad0001-1 is deactivated$/
    );
    expect(seen).toEqual([]);
    expect(result.trafficAfter).toEqual([{ revisionName: 'unhealthy-app--v1', weight: 100 }]);
    expect(result.rollback?.steps).toEqual([
      'traffic restored: unhealthy-app--v1 100 %',
      'unhealthy-app--bad0001-1 is deactivated'
    ]);
    // Two writes: the revision at 0 %, then the traffic exactly as before; never a weight above 0.
    expect(patches('unhealthy-app', since)).toHaveLength(2);
    expect(apps.traffic('unhealthy-app')).toEqual({ 'unhealthy-app--v1': 100 });
    expect(apps.revision('unhealthy-app', 'unhealthy-app--bad0001-1')).toMatchObject({ active: false });

    const crashing = real.crashing;
    const crashed = await deploy(
      inputs({ app: 'unhealthy-app', image: crashing, revisionSuffix: 'bad0002-1' }),
      deps()
    );
    expect(crashed.failure).toMatch(
      /^revision unhealthy-app--bad0002-1 is Degraded \(Provisioned\/Degraded\/Unhealthy\): container 'itinerary': (CrashLoopBackOff: back-off \d+m?s restarting failed container=itinerary pod=unhealthy-app--bad0002-1-[0-9a-f]{9}-[0-9a-f]{5}; )?Error, exit code 78: itinerary 2\.0\.0 starting on port 8080 \| itinerary: ITINERARY_DATABASE_URL is not set; cannot start without the itinerary database \(restarts: \d\)/
    );
    expect(apps.traffic('unhealthy-app')).toEqual({ 'unhealthy-app--v1': 100 });
  });

  it('canary: a gate failing at 10 % puts the split back exactly as it was', async () => {
    await createApp('canary-bad-app', 'Multiple');
    const seen: Array<{ url: string; traffic: Record<string, number> }> = [];
    const passThenFail: GateCheck = async url => {
      seen.push({ url, traffic: apps.traffic('canary-bad-app') });
      return seen.length === 1
        ? { ok: true, detail: '2/2 checks passed' }
        : { ok: false, detail: 'p95 480 ms over the 200 ms budget' };
    };
    const since = sandbox.clock.now().getTime();
    const result = await deploy(
      inputs({ app: 'canary-bad-app', image: image(17), strategy: 'canary', revisionSuffix: 'ca0bad1-1' }),
      deps({ smoke: passThenFail })
    );
    expect(seen.map(s => s.traffic)).toEqual([
      { 'canary-bad-app--v1': 100, 'canary-bad-app--ca0bad1-1': 0 },
      { 'canary-bad-app--v1': 90, 'canary-bad-app--ca0bad1-1': 10 }
    ]);
    expect(result.failure).toBe(
      'smoke checks against https://canary-bad-app---green.kindsea-4f2a9c1e.westeurope.azurecontainerapps.io failed: p95 480 ms over the 200 ms budget; traffic is back on canary-bad-app--v1 100 % and canary-bad-app--ca0bad1-1 is deactivated'
    );
    expect(apps.traffic('canary-bad-app')).toEqual({ 'canary-bad-app--v1': 100 });
    // The revision at 0 %, 10 %, then the traffic as it was: one request each.
    expect(patches('canary-bad-app', since)).toHaveLength(3);
    expect(result.rollback?.restoredMs).toBeLessThan(2000);
  });

  it('gives up on a revision that never starts once timeout has passed', async () => {
    await createApp('stuck-app', 'Multiple');
    const stuck = image(18);
    apps.markImage(stuck, 'stuck');
    const d = deps();
    const result = await deploy(
      inputs({ app: 'stuck-app', image: stuck, revisionSuffix: '5tuck01-1', timeoutMs: 60_000 }),
      d
    );
    expect(result.failure).toBe(
      'revision stuck-app--5tuck01-1 was not healthy within 60.00 s (last state Provisioned/Processing/None); traffic is back on stuck-app--v1 100 % and stuck-app--5tuck01-1 is deactivated'
    );
    expect(d.clock.sleeps.filter(ms => ms === 2000)).toHaveLength(30);
  });

  it('rolls back when the smoke suite fails against the green label', async () => {
    await createApp('smoke-app', 'Multiple');
    const failing: GateCheck = async () => ({
      ok: false,
      detail: '1 of 2 checks failed: GET /itineraries answered 500'
    });
    const result = await deploy(
      inputs({ app: 'smoke-app', image: image(8), revisionSuffix: '5a0e001-1' }),
      deps({ smoke: failing })
    );
    expect(result.failure).toBe(
      'smoke checks against https://smoke-app---green.kindsea-4f2a9c1e.westeurope.azurecontainerapps.io failed: 1 of 2 checks failed: GET /itineraries answered 500; traffic is back on smoke-app--v1 100 % and smoke-app--5a0e001-1 is deactivated'
    );
    expect(apps.traffic('smoke-app')).toEqual({ 'smoke-app--v1': 100 });
  });

  it('reports a failed provisioning with the registry reason', async () => {
    await createApp('missing-app', 'Multiple');
    const missing = image(9, { push: false });
    const result = await deploy(
      inputs({ app: 'missing-app', image: missing, revisionSuffix: 'dead001-1' }),
      deps()
    );
    expect(result.failure).toBe(
      `revision missing-app--dead001-1 failed to provision: Failed to pull image "${missing}": itinerary@${digest(9)}: manifest unknown; traffic is back on missing-app--v1 100 % and missing-app--dead001-1 is deactivated`
    );
    expect(apps.traffic('missing-app')).toEqual({ 'missing-app--v1': 100 });
  });

  it('detects a concurrent change through the ETag and overwrites nothing', async () => {
    // An app answered with an ETag (the 2025-07-01 spec declares none; a later API version or a proxy may).
    apps.useEtags(true);
    afterThis(() => apps.useEtags(false));
    await createApp('etag-app', 'Multiple');
    const c = client();
    let interfered = false;
    c.pipeline.addPolicy({
      name: 'another-deployment',
      sendRequest: async (request, next) => {
        if (request.method === 'PATCH' && !interfered) {
          interfered = true;
          // Someone else scales the app between our read and our write.
          await completeOperation(
            'other',
            () =>
              client().containerApps.beginUpdate(itineraryApp.resourceGroup, 'etag-app', {
                location: 'westeurope',
                configuration: { maxInactiveRevisions: 50 }
              }),
            { clock: sandboxClock() }
          ).catch(() => undefined);
        }
        return next(request);
      }
    });
    const attempt = deploy(
      inputs({ app: 'etag-app', image: image(10), revisionSuffix: 'e7a9001-1' }),
      deps({ client: c })
    );
    await expect(attempt).rejects.toThrow(ConfigurationError);
    await expect(attempt).rejects.toThrow(
      "Container App 'etag-app' was changed by someone else while this deployment ran (PreconditionFailed: its ETag no longer matches what was read); nothing of theirs was overwritten. Re-run once the other change is done, and give deployments of one app a concurrency group"
    );
    expect(apps.revision('etag-app', 'etag-app--e7a9001-1')).toBeUndefined();
  });

  it('survives 429 and 5xx answers during the rollout, honouring Retry-After', async () => {
    await createApp('flaky-app', 'Multiple');
    sandbox.faults.add({
      service: 'arm',
      method: 'PATCH',
      path: '/containerApps/flaky-app\\?',
      status: 429,
      retryAfterSeconds: 7
    });
    sandbox.faults.add({
      service: 'arm',
      method: 'GET',
      path: '/revisions/flaky-app--f1a2001-1\\?',
      status: 503
    });
    sandbox.faults.add({ service: 'arm', method: 'GET', path: '/operationResults/', status: 500 });
    const d = deps();
    const result = await deploy(
      inputs({ app: 'flaky-app', image: image(11), revisionSuffix: 'f1a2001-1' }),
      d
    );
    expect(result.failure).toBeUndefined();
    expect(apps.traffic('flaky-app')).toEqual({ 'flaky-app--v1': 0, 'flaky-app--f1a2001-1': 100 });
    expect(d.clock.sleeps).toContain(7000);
    const faulted = sandbox.calls({ service: 'arm' }).filter(call => call.detail?.['fault']);
    expect(faulted.map(call => call.status).sort()).toEqual([429, 500, 503]);
  });

  it('explains a missing role', async () => {
    await expect(
      deploy(inputs({ image: image(12) }), deps({ client: client(noRoles.appId), identity: noRoles.appId }))
    ).rejects.toThrow(
      `${noRoles.appId} may not read Container App 'itinerary' (AuthorizationFailed); give it the Contributor role on the app or its resource group, e.g. az role assignment create --assignee ${noRoles.appId} --role Contributor --scope /subscriptions/${devSubscription.id}/resourceGroups/rg-musafirgo-dev/providers/Microsoft.App/containerApps/itinerary`
    );
  });

  it('explains a role that may read but not write the app', async () => {
    await expect(
      deploy(
        inputs({ image: image(19), revisionSuffix: 're4d001-1' }),
        deps({ client: client(promoter.appId), identity: promoter.appId })
      )
    ).rejects.toThrow(
      `${promoter.appId} may not write Container App 'itinerary' (AuthorizationFailed); give it the Contributor role on the app or its resource group, e.g. az role assignment create --assignee ${promoter.appId} --role Contributor --scope /subscriptions/${devSubscription.id}/resourceGroups/rg-musafirgo-dev/providers/Microsoft.App/containerApps/itinerary`
    );
    expect(apps.revision('itinerary', 'itinerary--re4d001-1')).toBeUndefined();
  });

  it('names a missing app, an unknown container, and refuses registry admin credentials', async () => {
    await expect(deploy(inputs({ app: 'nowhere' }), deps())).rejects.toThrow(
      `Container App 'nowhere' was not found in resource group 'rg-musafirgo-dev' of subscription ${devSubscription.id} (ResourceNotFound); check app, resource-group and subscription-id`
    );
    await expect(deploy(inputs({ container: 'web' }), deps())).rejects.toThrow(
      "Container App 'itinerary' has no container 'web'; its containers are itinerary, otel-collector"
    );
    await createApp('admin-app', 'Multiple');
    const c = client();
    await completeOperation(
      'admin',
      () =>
        c.containerApps.beginUpdate(itineraryApp.resourceGroup, 'admin-app', {
          location: 'westeurope',
          configuration: {
            secrets: [{ name: 'acr-password', value: 'n0t-in-key-vault' }],
            registries: [
              { server: itineraryApp.registry, username: 'musafirgodev', passwordSecretRef: 'acr-password' }
            ]
          }
        }),
      { clock: sandboxClock() }
    );
    await createApp('plain-secret-app', 'Multiple');
    await completeOperation(
      'plain secret',
      () =>
        c.containerApps.beginUpdate(itineraryApp.resourceGroup, 'plain-secret-app', {
          location: 'westeurope',
          configuration: { secrets: [{ name: 'acr-password', value: 'n0t-in-key-vault' }] }
        }),
      { clock: sandboxClock() }
    );
    const withPlain = await c.containerApps.get(itineraryApp.resourceGroup, 'plain-secret-app');
    expect(withPlain.configuration?.secrets).toEqual([{ name: 'acr-password' }]);
    await expect(
      deploy(
        inputs({
          app: 'plain-secret-app',
          image: image(20),
          registryIdentity: 'system',
          secrets: [{ name: 'db', keyVaultUrl: 'https://kv.vault.azure.net/secrets/db', identity: 'system' }]
        }),
        deps()
      )
    ).rejects.toThrow(
      "Container App 'plain-secret-app' has secrets with plain values (acr-password), which ARM does not return, so input 'secrets' cannot be applied without losing them; move them to Key Vault first (az containerapp secret set --secrets <name>=keyvaultref:<url>,identityref:system)"
    );
    await createApp('no-identity-app', 'Multiple');
    const withoutIdentity = {
      ...(await c.containerApps.get(itineraryApp.resourceGroup, 'no-identity-app')),
      identity: { type: 'None' as const }
    };
    await completeOperation(
      'drop identity',
      () =>
        c.containerApps.beginCreateOrUpdate(itineraryApp.resourceGroup, 'no-identity-app', withoutIdentity),
      { clock: sandboxClock() }
    );
    await expect(
      deploy(inputs({ app: 'no-identity-app', image: image(16), revisionSuffix: 'n0id001-1' }), deps())
    ).rejects.toThrow(
      `Container App 'no-identity-app' has no system-assigned identity to pull from ${itineraryApp.registry}; enable it (az containerapp identity assign --system-assigned) and grant it AcrPull, or set registry-identity to a user-assigned identity's resource id`
    );
    await expect(deploy(inputs({ app: 'admin-app', image: image(13) }), deps())).rejects.toThrow(
      `Container App 'admin-app' pulls from ${itineraryApp.registry} with admin credentials (username/password); switch it to a managed identity with AcrPull: az containerapp registry set --name admin-app --resource-group rg-musafirgo-dev --server ${itineraryApp.registry} --identity system`
    );
  });
});

describe('deploy-aca without an ETag, as the 2025-07-01 API answers', () => {
  it('detects another writer between its read and its write, and touches no traffic', async () => {
    await createApp('race-app', 'Multiple');
    const c = client();
    let interfered = false;
    c.pipeline.addPolicy({
      name: 'another-deployment',
      sendRequest: async (request, next) => {
        if (request.method === 'PATCH' && !interfered) {
          interfered = true;
          // Someone else deploys another image between our last read and our write.
          await completeOperation(
            'other',
            () =>
              client().containerApps.beginUpdate(itineraryApp.resourceGroup, 'race-app', {
                location: 'westeurope',
                template: {
                  revisionSuffix: 'other01',
                  containers: [
                    { name: 'itinerary', image: image(30), env: [{ name: 'LOG_LEVEL', value: 'info' }] },
                    { name: 'otel-collector', image: image(101) }
                  ]
                }
              }),
            { clock: sandboxClock() }
          );
        }
        return next(request);
      }
    });
    const since = sandbox.clock.now().getTime();
    const attempt = deploy(
      inputs({ app: 'race-app', image: image(31), revisionSuffix: 'race001-1' }),
      deps({ client: c })
    );
    await expect(attempt).rejects.toThrow(
      "Container App 'race-app' was changed by someone else while this deployment ran: revision race-app--other01 appeared, made by another write (found after update Container App race-app); this step wrote nothing more to it; production traffic never moved (it is race-app--v1 100 %) and race-app--race001-1 is deactivated"
    );
    // No ETag in what the emulator answers, so no If-Match could have caught the other writer.
    let etag: string | undefined = 'unread';
    await client().containerApps.get(itineraryApp.resourceGroup, 'race-app', {
      onResponse: raw => (etag = raw.headers.get('etag'))
    });
    expect(etag).toBeUndefined();
    expect(apps.traffic('race-app')).toEqual({ 'race-app--v1': 100, 'race-app--race001-1': 0 });
    expect(apps.revision('race-app', 'race-app--race001-1')).toMatchObject({ active: false });
    // One write of ours (the revision at 0 %) and the other writer's: no traffic write after the detection.
    expect(patches('race-app', since)).toHaveLength(2);
  });

  it('stops a canary whose traffic someone else moved during the bake, and leaves their traffic alone', async () => {
    await createApp('bake-race-app', 'Multiple');
    let moved = false;
    const meddling: GateCheck = async () => {
      if (!moved && apps.traffic('bake-race-app')['bake-race-app--b4ke001-1'] === 10) {
        moved = true;
        // Someone sends all the traffic back to the old revision by hand while the canary bakes.
        await completeOperation(
          'manual',
          () =>
            client().containerApps.beginUpdate(itineraryApp.resourceGroup, 'bake-race-app', {
              location: 'westeurope',
              configuration: { ingress: { traffic: [{ revisionName: 'bake-race-app--v1', weight: 100 }] } }
            }),
          { clock: sandboxClock() }
        );
      }
      return { ok: true, detail: '2/2 checks passed' };
    };
    const since = sandbox.clock.now().getTime();
    const result = await deploy(
      inputs({ app: 'bake-race-app', image: image(32), strategy: 'canary', revisionSuffix: 'b4ke001-1' }),
      deps({ smoke: meddling })
    );
    expect(result.failure).toBe(
      "Container App 'bake-race-app' was changed by someone else while this deployment ran: its traffic is bake-race-app--v1 100 %, not bake-race-app--v1 90 %, bake-race-app--b4ke001-1 10 % (green) (found before traffic 50 % to bake-race-app--b4ke001-1); this step wrote nothing more to it; this step did not touch the traffic after that (it is bake-race-app--v1 100 %) and bake-race-app--b4ke001-1 is deactivated"
    );
    expect(result.rollback?.steps[0]).toBe(
      'traffic left as the other change set it: bake-race-app--v1 100 %'
    );
    // Ours: 0 %, 10 %; theirs: 100 % back; nothing of ours after.
    expect(patches('bake-race-app', since)).toHaveLength(3);
    expect(apps.traffic('bake-race-app')).toEqual({ 'bake-race-app--v1': 100 });
  });
});

describe('deploy-aca creates the app on its first deploy', () => {
  const environment = itineraryApp.environment;

  it('creates it with ingress, port, registry identity, replicas, resources, env vars and Key Vault references', async () => {
    const since = sandbox.clock.now().getTime();
    const result = await deploy(
      inputs({
        app: 'bookings',
        container: undefined,
        image: image(40),
        revisionSuffix: 'b00k001-1',
        create: { environment, targetPort: 8080 },
        resources: { cpu: 0.5, memory: '1Gi' },
        minReplicas: 1,
        maxReplicas: 5,
        envVars: [
          { name: 'LOG_LEVEL', value: 'info' },
          { name: 'DB_PASSWORD', secretRef: 'db-password' }
        ],
        secrets: [
          {
            name: 'db-password',
            keyVaultUrl: 'https://kv-musafirgo-dev.vault.azure.net/secrets/bookings-db',
            identity: 'system'
          }
        ]
      }),
      deps()
    );
    expect(result.failure).toBeUndefined();
    expect(result).toMatchObject({
      outcome: 'created',
      revision: 'bookings--b00k001-1',
      url: `https://bookings.${itineraryApp.defaultDomain}`,
      trafficAfter: [{ revisionName: 'bookings--b00k001-1', weight: 100 }],
      gates: ['first revision: Provisioned, Running, Healthy']
    });
    const app = await client().containerApps.get(itineraryApp.resourceGroup, 'bookings');
    expect(app).toMatchObject({
      location: 'westeurope',
      identity: { type: 'SystemAssigned' },
      configuration: {
        activeRevisionsMode: 'Multiple',
        ingress: { external: true, targetPort: 8080, transport: 'auto' },
        registries: [{ server: itineraryApp.registry, identity: 'system' }],
        secrets: [
          {
            name: 'db-password',
            keyVaultUrl: 'https://kv-musafirgo-dev.vault.azure.net/secrets/bookings-db',
            identity: 'system'
          }
        ]
      },
      template: {
        containers: [
          {
            name: 'bookings',
            image: image(40),
            env: [
              { name: 'LOG_LEVEL', value: 'info' },
              { name: 'DB_PASSWORD', secretRef: 'db-password' }
            ],
            resources: { cpu: 0.5, memory: '1Gi' }
          }
        ],
        scale: { minReplicas: 1, maxReplicas: 5 }
      }
    });
    expect(app.managedEnvironmentId).toMatch(new RegExp(`/managedEnvironments/${environment}$`));
    expect(apps.traffic('bookings')).toEqual({ 'bookings--b00k001-1': 100 });
    const puts = sandbox
      .calls({ service: 'arm', since })
      .filter(call => call.method === 'PUT' && call.path.endsWith('/containerApps/bookings'));
    expect(puts.map(call => call.status)).toEqual([201]);
  });

  it('is idempotent on the next run, then deploys blue-green to the app it made', async () => {
    const since = sandbox.clock.now().getTime();
    const again = await deploy(
      inputs({
        app: 'bookings',
        container: undefined,
        image: image(40),
        revisionSuffix: 'b00k001-2',
        create: { environment, targetPort: 8080 }
      }),
      deps()
    );
    expect(again).toMatchObject({ outcome: 'unchanged', revision: 'bookings--b00k001-1' });
    expect(sandbox.calls({ service: 'arm', since }).filter(c => c.method !== 'GET')).toEqual([]);
    const next = await deploy(
      inputs({
        app: 'bookings',
        container: undefined,
        image: image(41),
        revisionSuffix: 'b00k002-1',
        create: { environment, targetPort: 8080 }
      }),
      deps()
    );
    expect(next).toMatchObject({ outcome: 'deployed', strategy: 'blue-green' });
    expect(apps.traffic('bookings')).toEqual({ 'bookings--b00k001-1': 0, 'bookings--b00k002-1': 100 });
  });

  it('refuses creation inputs that differ from the app it finds, and what it cannot create', async () => {
    await expect(
      deploy(
        inputs({ app: 'bookings', container: undefined, image: image(42), create: { targetPort: 3000 } }),
        deps()
      )
    ).rejects.toThrow(
      "input 'target-port' is 3000, but Container App 'bookings' sends its traffic to port 8080; deploy-aca sets it only when it creates the app; leave the input out, or change the app itself (az containerapp ingress update --target-port)"
    );
    await expect(
      deploy(
        inputs({
          app: 'bookings',
          container: undefined,
          image: image(42),
          create: { environment: 'cae-musafirgo-prod' }
        }),
        deps()
      )
    ).rejects.toThrow(
      `input 'container-app-environment' is cae-musafirgo-prod, but Container App 'bookings' runs in ${environment}; set it to ${environment} or leave it out (an app cannot move to another environment)`
    );
    await expect(
      deploy(inputs({ app: 'orders', image: image(42), create: { environment } }), deps())
    ).rejects.toThrow(
      "input 'target-port' is required to create Container App 'orders' with external ingress: the port its container listens on (e.g. 8080); or set ingress: disabled"
    );
    await expect(
      deploy(
        inputs({ app: 'orders', image: image(42), create: { environment: 'cae-nowhere', targetPort: 8080 } }),
        deps()
      )
    ).rejects.toThrow(
      "input 'container-app-environment': managed environment 'cae-nowhere' was not found in resource group 'rg-musafirgo-dev' (ResourceNotFound); create it (az containerapp env create --name cae-nowhere --resource-group rg-musafirgo-dev) or fix the name"
    );
    await expect(
      deploy(
        inputs({
          app: 'orders',
          image: image(42),
          create: { environment, targetPort: 8080 },
          envVars: [{ name: 'API_KEY', secretRef: 'missing' }]
        }),
        deps()
      )
    ).rejects.toThrow(
      "input 'env-vars': API_KEY=secretref:missing references a secret Container App 'orders' does not have; add it with input 'secrets' (name=keyvaultref:<secret URL>) or fix the name"
    );
    await expect(deploy(inputs({ app: 'orders', image: image(42) }), deps())).rejects.toThrow(
      "Container App 'orders' was not found in resource group 'rg-musafirgo-dev' of subscription 2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68 (ResourceNotFound); check app, resource-group and subscription-id, or give 'container-app-environment' to create it"
    );
    expect(apps.revision('orders', 'orders--aaaaaaa-1')).toBeUndefined();
  });

  it('reports a first revision that fails its gate on the app it created', async () => {
    const bad = real.crashing;
    newApps.push('crashing-app');
    const result = await deploy(
      inputs({
        app: 'crashing-app',
        container: undefined,
        image: bad,
        revisionSuffix: 'cr45h01-1',
        create: { environment, targetPort: 8080 }
      }),
      deps()
    );
    expect(result.failure).toMatch(
      /^Container App 'crashing-app' was created, but its first revision did not pass the gate: revision crashing-app--cr45h01-1 is Degraded \(Provisioned\/Degraded\/Unhealthy\): container 'crashing-app': (CrashLoopBackOff: back-off \d+m?s restarting failed container=crashing-app pod=crashing-app--cr45h01-1-[0-9a-f]{9}-[0-9a-f]{5}; )?Error, exit code 78: itinerary 2\.0\.0 starting on port 8080 \| itinerary: ITINERARY_DATABASE_URL is not set; cannot start without the itinerary database \(restarts: \d\); it is the app's only revision, so nothing healthy serves yet \(nothing did before either\)$/
    );
  });
});

describe('deploy-aca when Azure does not answer as it should', () => {
  it('ends a write that never finishes at its timeout, deactivates the new revision, and says production never moved', async () => {
    await createApp('stuck-write-app', 'Multiple');
    apps.holdWrites(Infinity);
    afterThis(() => apps.holdWrites(undefined));
    const d = deps();
    const started = d.clock.now();
    const attempt = deploy(
      inputs({ app: 'stuck-write-app', image: image(50), revisionSuffix: '5tuck02-1', timeoutMs: 40_000 }),
      d
    );
    await expect(attempt).rejects.toThrow(
      /^update Container App stuck-write-app did not finish within 40\.00 s: its operation \(https:\/\/127\.0\.0\.1:\d+\/subscriptions\/2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68\/providers\/Microsoft\.App\/locations\/westeurope\/operationResults\/[\w-]+\) was still Accepted \(202\) after \d+ status polls; production traffic never moved \(it is stuck-write-app--v1 100 %\) and stuck-write-app--5tuck02-1 is deactivated$/
    );
    expect(d.clock.now() - started).toBeLessThanOrEqual(41_000);
    // Each wait honoured ARM's Retry-After (10 s) until the deadline cut the last one short.
    expect(d.clock.sleeps.slice(0, 3)).toEqual([10_000, 10_000, 10_000]);
    expect(apps.revision('stuck-write-app', 'stuck-write-app--5tuck02-1')).toMatchObject({ active: false });
  });

  it('ends status polls that fail for good in the named form, and deactivates the new revision', async () => {
    await createApp('poll-fail-app', 'Multiple');
    sandbox.faults.add({
      service: 'arm',
      method: 'GET',
      path: '/operationResults/',
      status: 500,
      times: Infinity
    });
    const attempt = deploy(
      inputs({ app: 'poll-fail-app', image: image(51), revisionSuffix: 'p0ll001-1' }),
      deps()
    );
    const error = await attempt.catch((e: unknown) => e as Error);
    sandbox.faults.clear();
    expect(failureMessage('deploy-aca', error)).toMatch(
      /^deploy-aca: update Container App poll-fail-app \(status\) to Azure Resource Manager failed: 500 \w+: .* \(after \d+ attempts over [\d.]+ s\)\. Production traffic never moved \(it is poll-fail-app--v1 100 %\) and poll-fail-app--p0ll001-1 is deactivated\. Run the job again once Azure Resource Manager answers \(https:\/\/azure\.status\.microsoft\)$/
    );
    expect(apps.revision('poll-fail-app', 'poll-fail-app--p0ll001-1')).toMatchObject({ active: false });
  });

  it('says production traffic never moved when every traffic write fails after the revision came up', async () => {
    await createApp('switch-fail-app', 'Multiple');
    const armDown: GateCheck = async () => {
      // ARM refuses every write from the switch on.
      sandbox.faults.add({
        service: 'arm',
        method: 'PATCH',
        path: '/containerApps/switch-fail-app\\?',
        status: 500,
        times: Infinity
      });
      return { ok: true, detail: '2/2 checks passed' };
    };
    const result = await deploy(
      inputs({ app: 'switch-fail-app', image: image(52), revisionSuffix: '5w1tch1-1' }),
      deps({ smoke: armDown })
    );
    sandbox.faults.clear();
    expect(result.failure).toMatch(
      /^traffic 100 % to switch-fail-app--5w1tch1-1 to Azure Resource Manager failed: .*; production traffic never moved: it is still switch-fail-app--v1 100 %; the write that would have put the labels back failed too \(.*\), and switch-fail-app--5w1tch1-1 is deactivated\. Left as: switch-fail-app--5w1tch1-1 keeps its label green at 0 %: az containerapp revision label remove --name switch-fail-app --resource-group rg-musafirgo-dev --label green$/
    );
    expect(result.leftAs).toEqual([
      'switch-fail-app--5w1tch1-1 keeps its label green at 0 %: az containerapp revision label remove --name switch-fail-app --resource-group rg-musafirgo-dev --label green'
    ]);
    expect(apps.traffic('switch-fail-app')).toEqual({
      'switch-fail-app--v1': 100,
      'switch-fail-app--5w1tch1-1': 0
    });
  });

  it('refuses env vars that reference a secret the app does not have, before any write', async () => {
    const since = sandbox.clock.now().getTime();
    await expect(
      deploy(
        inputs({
          image: image(53),
          revisionSuffix: '5ecr001-1',
          envVars: [{ name: 'X', secretRef: 'missing' }]
        }),
        deps()
      )
    ).rejects.toThrow(
      "input 'env-vars': X=secretref:missing references a secret Container App 'itinerary' does not have (it has db-password); add it with input 'secrets' (name=keyvaultref:<secret URL>) or fix the name"
    );
    expect(sandbox.calls({ service: 'arm', since }).filter(c => c.method !== 'GET')).toEqual([]);
  });
});
