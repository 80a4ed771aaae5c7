import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import type { Clock } from '../../actions/shared/clock.js';
import { Phases } from '../../actions/shared/log.js';
import { AKS_SERVER_SCOPE, connect } from '../../actions/deploy-aks/kube/cluster.js';
import { parseImages } from '../../actions/deploy-aks/inputs.js';
import { loadManifests, renderImages } from '../../actions/deploy-aks/manifests/render.js';
import { deploy } from '../../actions/deploy-aks/kube/rollout.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { aksCluster, deployer, tenantId } from '../support/world.js';
import { expectTrafficServes } from '../support/aks-invariant.js';

// A rollout slower than every token involved: the GitHub ID token lives 5 minutes and the Entra access token for
// the API server one hour in the sandbox's world, as on GitHub and Azure. The pods take 45 reads to settle and each
// poll of the rollout lets 5 sandbox minutes pass, so the step runs for more than an hour of sandbox time.
const registry = 'musafirgodev.azurecr.io';
const pushed = new Set<string>();
const image = (repository: string, n: number) => {
  const reference = `${registry}/${repository}@sha256:${n.toString(16).padStart(64, 'c')}`;
  pushed.add(reference);
  return reference;
};
const target = { ...aksCluster, cluster: aksCluster.name };

let sandbox: Sandbox;
let cluster: AksService;
let untrust: () => void;

/** The sandbox clock, where every sleep of the rollout's polling lasts five minutes (a slow cluster). */
const slowClock = (): Clock => ({
  now: () => sandbox.clock.now().getTime(),
  sleep: async () => sandbox.clock.advance(300)
});

beforeAll(async () => {
  cluster = aksService({ settleReads: 45 });
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

describe('deploy-aks in a job longer than the tokens it starts with', () => {
  it('keeps the API server answering through a rollout of more than an hour, with a fresh GitHub ID token for every Entra exchange', async () => {
    const clock = slowClock();
    const env = { ...sandbox.env(), AZURE_CLIENT_ID: deployer.appId, AZURE_TENANT_ID: tenantId };
    const session = sessionFromEnv('deploy-aks', env, { clock });
    const started = clock.now();
    const firstToken = await session.credential.getToken(AKS_SERVER_SCOPE);
    const access = await connect(session, target, clock);
    const objects = loadManifests([
      'examples/itinerary/k8s/deployment.yaml',
      'examples/itinerary/k8s/service.yaml'
    ]);
    renderImages(objects, parseImages(`itinerary=${image('itinerary', 1)}\n${image('otel-collector', 1)}`));
    // A cluster this slow needs a progress deadline to match (the example's 120 s would fail the rollout).
    for (const o of objects)
      if (o.kind === 'Deployment') (o.spec as Record<string, unknown>)['progressDeadlineSeconds'] = 3 * 3600;
    const result = await deploy(objects, 'default', {
      api: access.api,
      clock,
      phases: new Phases(clock.now),
      log: () => undefined,
      timeoutMs: 3 * 3600_000,
      pollMs: 1000
    });

    expect(result.failure).toBeUndefined();
    expect(result.deployments).toMatchObject([{ name: 'itinerary', outcome: 'deployed' }]);
    expect(cluster.serving('default', 'itinerary')).toContain(image('itinerary', 1));
    const lasted = clock.now() - started;
    expect(lasted).toBeGreaterThan(3600_000 + 5 * 60_000);

    // Every request reached the API server with a valid token: none was refused as expired.
    const kubernetes = sandbox.calls({ service: 'kubernetes', since: started });
    expect(kubernetes.length).toBeGreaterThan(30);
    expect(kubernetes.filter(c => c.status === 401)).toEqual([]);
    expect(kubernetes.at(-1)!.at - kubernetes[0]!.at).toBeGreaterThan(3600_000);

    // The credential went back to Entra for the API server when its token ran out, each time with an ID token
    // GitHub had just issued (the first one had long expired).
    const exchanges = sandbox
      .calls({ service: 'entra', since: started })
      .filter(c => c.path.endsWith('/oauth2/v2.0/token') && c.detail?.['scope'] === AKS_SERVER_SCOPE);
    expect(exchanges.length).toBeGreaterThanOrEqual(2);
    expect(exchanges.every(c => c.status === 200)).toBe(true);
    const idTokens = sandbox.calls({ service: 'github', since: started }).filter(c => c.status === 200);
    for (const exchange of exchanges) {
      // An ID token issued for this exchange: within the second before it on the sandbox clock.
      expect(idTokens.some(t => t.at <= exchange.at && exchange.at - t.at < 1000 + 300)).toBe(true);
    }

    // The control: the token the step started with is refused by now, so the refresh was what kept it going.
    const stale = new KubeConfig();
    stale.loadFromOptions({
      clusters: [
        { name: 'aks', server: cluster.url, caData: Buffer.from(sandbox.tls.ca).toString('base64') }
      ],
      users: [{ name: 'u', token: firstToken.token }],
      contexts: [{ name: 'aks', cluster: 'aks', user: 'u' }],
      currentContext: 'aks'
    });
    await expect(stale.makeApiClient(CoreV1Api).listNamespace()).rejects.toMatchObject({ code: 401 });
  });
});
