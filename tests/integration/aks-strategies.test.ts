import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  type KubernetesObject
} from '@kubernetes/client-node';
import { mkdtempSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { ConfigurationError } from '../../actions/shared/errors.js';
import { Phases } from '../../actions/shared/log.js';
import { AKS_SERVER_SCOPE, connect } from '../../actions/deploy-aks/kube/cluster.js';
import { parseImages } from '../../actions/deploy-aks/inputs.js';
import { loadManifests, renderImages } from '../../actions/deploy-aks/manifests/render.js';
import { deploy, type RolloutDeps } from '../../actions/deploy-aks/kube/rollout.js';
import { getStrategyInputs, type StrategyInputs } from '../../actions/deploy-aks/inputs.js';
import { smokeGate } from '../../actions/shared/smoke-gate.js';
import { SLOT_LABEL } from '../../actions/deploy-aks/strategy/route.js';
import { deploySlots } from '../../actions/deploy-aks/strategy/slots.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { aksService, type AksService } from '../../sandbox/aks/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { aksCluster, deployer, tenantId } from '../support/world.js';
import { sandboxClock } from '../support/sandbox-clock.js';
import { expectTrafficServes } from '../support/aks-invariant.js';

const registry = 'musafirgodev.azurecr.io';
const pushed = new Set<string>();
const image = (repository: string, n: number, { push = true } = {}) => {
  const reference = `${registry}/${repository}@sha256:${n.toString(16).padStart(64, 'c')}`;
  if (push) pushed.add(reference);
  return reference;
};
const host = 'itinerary.dev.musafirgo.test';

let sandbox: Sandbox;
let cluster: AksService;
let untrust: () => void;
let objects: KubernetesObjectApi;

/** A request through the gateway's loopback port, the host in X-Forwarded-Host as a front end would send it. */
function viaGateway(
  path: string,
  headers: Record<string, string> = {},
  forHost = host
): Promise<{ status: number; body: string; image: string; service: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(
        `${cluster.gatewayUrl}${path}`,
        { ca: sandbox.tls.ca, headers: { 'x-forwarded-host': forHost, ...headers } },
        res => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body,
              image: String(res.headers['x-sandbox-image'] ?? ''),
              service: String(res.headers['x-sandbox-service'] ?? '')
            })
          );
        }
      )
      .on('error', reject);
  });
}

async function count(
  n: number,
  headers: Record<string, string> = {},
  forHost = host
): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const { status, image: served } = await viaGateway('/itineraries', headers, forHost);
    const key = status === 200 ? served : `HTTP ${status}`;
    seen[key] = (seen[key] ?? 0) + 1;
  }
  return seen;
}

const apply = (o: KubernetesObject) =>
  objects.patch(o, undefined, undefined, 'test', true, PatchStrategy.ServerSideApply);

function workload(name: string, slot: string, img: string): KubernetesObject[] {
  const labels = { 'app.kubernetes.io/name': name, 'musafirgo.io/slot': slot };
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: `${name}-${slot}`, namespace: 'default' },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec: { containers: [{ name, image: img }] } }
      }
    } as KubernetesObject,
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: `${name}-${slot}`, namespace: 'default' },
      spec: { selector: labels, ports: [{ port: 80, targetPort: 8080 }] }
    } as KubernetesObject
  ];
}

beforeAll(async () => {
  cluster = aksService();
  sandbox = await startSandbox({ services: [cluster] });
  untrust = sandboxTrust(sandbox);
  sandbox.images.register(registry, async (repository, reference) =>
    pushed.has(`${registry}/${repository}@${reference}`) ? { digest: reference } : undefined
  );
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
});
afterAll(async () => {
  untrust();
  await sandbox.stop();
});

describe('the sandbox gateway: HTTPRoutes to Services to the processes of ready pods', () => {
  const testHost = 'gateway-test.dev.musafirgo.test';
  it('routes by host, path and header, splits by weight, and answers 503 no healthy upstream without ready pods', async () => {
    for (const o of [
      ...workload('itinerary', 'blue', image('itinerary', 1)),
      ...workload('itinerary', 'green', image('itinerary', 2))
    ])
      await apply(o);
    const route = (blue: number, green: number): KubernetesObject =>
      ({
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: 'itinerary', namespace: 'default' },
        spec: {
          parentRefs: [{ name: 'platform-gateway', namespace: 'gateway' }],
          hostnames: [testHost],
          rules: [
            {
              matches: [{ path: { type: 'PathPrefix', value: '/' } }],
              backendRefs: [
                { name: 'itinerary-blue', port: 80, weight: blue },
                { name: 'itinerary-green', port: 80, weight: green }
              ]
            },
            {
              matches: [{ headers: [{ name: 'x-musafirgo-slot', value: 'green' }] }],
              backendRefs: [{ name: 'itinerary-green', port: 80 }]
            }
          ]
        }
      }) as KubernetesObject;
    await apply(route(90, 10));
    // The pods are ready once the controller has seen them (a read), as after a rollout wait.
    await objects.list('apps/v1', 'Deployment', 'default');
    expect(await count(20, {}, testHost)).toEqual({
      [image('itinerary', 1)]: 18,
      [image('itinerary', 2)]: 2
    });
    expect(await count(3, { 'x-musafirgo-slot': 'green' }, testHost)).toEqual({ [image('itinerary', 2)]: 3 });
    const answer = await viaGateway('/itineraries/it-fes-chefchaouen', {}, testHost);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ id: 'it-fes-chefchaouen' });
    expect((await viaGateway('/', {}, 'other.dev.musafirgo.test')).status).toBe(404);

    // A crashing image never becomes ready: its slot has no endpoint.
    cluster.markImage(image('itinerary', 3), 'crash');
    await apply(workload('itinerary', 'green', image('itinerary', 3))[0]!);
    await objects.list('apps/v1', 'Deployment', 'default');
    // maxUnavailable 0: the old ReplicaSet keeps serving until the new one is available.
    expect(await count(3, { 'x-musafirgo-slot': 'green' }, testHost)).toEqual({ [image('itinerary', 2)]: 3 });
    await apply({
      ...workload('itinerary', 'green', image('itinerary', 3))[0]!,
      spec: {
        ...(workload('itinerary', 'green', image('itinerary', 3))[0] as { spec: object }).spec,
        replicas: 0
      }
    } as KubernetesObject);
    await objects.list('apps/v1', 'Deployment', 'default');
    const down = await viaGateway('/itineraries', { 'x-musafirgo-slot': 'green' }, testHost);
    expect(down).toMatchObject({
      status: 503,
      body: 'no healthy upstream',
      service: 'default/itinerary-green'
    });
    await apply(route(0, 0));
    expect((await viaGateway('/itineraries', {}, testHost)).status).toBe(500);
  });
});

const ns = 'travel';
const manifestFiles = [
  'examples/itinerary/k8s/deployment.yaml',
  'examples/itinerary/k8s/service.yaml',
  'examples/itinerary/k8s/httproute.yaml'
];
const smokePaths = '/health\n/itineraries?city=Marrakech';
const strategy = (overrides: Partial<StrategyInputs>): StrategyInputs & { route: string } => ({
  strategy: 'blue-green',
  route: 'itinerary',
  canarySteps: [100],
  bakeTimeMs: 0,
  errorBudget: 0,
  smoke: smokePaths,
  ...overrides
});

/** The example manifests with these images (and extra env on the service container), ready to deploy. */
function manifests(itinerary: string, env: Record<string, string> = {}) {
  const objects = loadManifests(manifestFiles);
  renderImages(objects, parseImages(`itinerary=${itinerary}\n${image('otel-collector', 1)}`));
  const container = (objects[0]!.spec as { template: { spec: { containers: { env: object[] }[] } } }).template
    .spec.containers[0]!;
  container.env.push(...Object.entries(env).map(([name, value]) => ({ name, value })));
  return objects;
}

async function deps(onSleep?: () => Promise<void>): Promise<RolloutDeps> {
  const session = sessionFromEnv('test', {
    ...sandbox.env(),
    AZURE_CLIENT_ID: deployer.appId,
    AZURE_TENANT_ID: tenantId
  });
  const clock = sandboxClock(sandbox);
  const access = await connect(session, { ...aksCluster, cluster: aksCluster.name }, clock);
  const sleep = clock.sleep;
  return {
    api: access.api,
    clock: { now: clock.now, sleep: async ms => (await sleep(ms), await onSleep?.()) },
    phases: new Phases(clock.now),
    log: () => undefined,
    timeoutMs: 600_000
  };
}

async function slots(
  objects: ReturnType<typeof manifests>,
  inputs: StrategyInputs & { route: string },
  onSleep?: () => Promise<void>
) {
  const d = await deps(onSleep);
  return deploySlots(objects, inputs, ns, d, smokeGate(inputs, d.clock));
}

const routeSpec = () => cluster.object('httproutes', ns, 'itinerary')?.spec;

describe('deploy-aks blue-green and canary through the HTTPRoute', () => {
  // The traffic invariant: whatever a test's step did, production never serves nothing (the gateway's own test
  // above leaves routes of weight 0 in default on purpose).
  afterEach(() => expectTrafficServes(cluster, [ns]));
  const saved = { HTTPS_PROXY: process.env['HTTPS_PROXY'], NO_PROXY: process.env['NO_PROXY'] };
  beforeAll(async () => {
    // As on a runner: the smoke gate reaches https://itinerary.dev.musafirgo.test by name (here through the proxy).
    process.env['HTTPS_PROXY'] = sandbox.urls.proxy;
    process.env['NO_PROXY'] = '127.0.0.1,localhost';
    await apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  });
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('adopts a route whose backend is the plain Service of a rolling deploy: blue-green to the blue slot', async () => {
    const rolling = await deploy(manifests(image('itinerary', 11)), ns, await deps());
    expect(rolling.failure).toBeUndefined();
    expect(await count(4)).toEqual({ [image('itinerary', 11)]: 4 });

    const result = await slots(manifests(image('itinerary', 12)), strategy({}));
    expect(result.failure).toBeUndefined();
    expect(result).toMatchObject({
      slot: 'blue',
      deployment: 'itinerary-blue',
      previousDeployment: 'itinerary',
      previousRevision: rolling.deployments[0]!.revision,
      url: `https://${host}`,
      initialWeights: { itinerary: 100 },
      finalWeights: { 'itinerary-blue': 100, itinerary: 0 }
    });
    expect(result.steps.map(s => [s.step, s.ok])).toEqual([
      ['preview', true],
      ['switch', true]
    ]);
    expect(result.steps[0]!.gate).toMatch(/^2\/2 checks passed/);
    expect(routeSpec().rules).toEqual([
      {
        matches: [{ path: { type: 'PathPrefix', value: '/' } }],
        backendRefs: [
          { name: 'itinerary-blue', port: 80, weight: 100 },
          { name: 'itinerary-green', port: 80, weight: 0 }
        ]
      }
    ]);
    expect(await count(6)).toEqual({ [image('itinerary', 12)]: 6 });
    // In-cluster callers of the Service follow: it selects the blue slot now.
    expect(cluster.object('services', ns, 'itinerary')!.spec.selector).toEqual({
      'app.kubernetes.io/name': 'itinerary',
      [SLOT_LABEL]: 'blue'
    });
    expect(cluster.serving(ns, 'itinerary-blue')).toContain(image('itinerary', 12));
  });

  it('canary: shifts 10, 50, 100 % to the green slot with the gate at each step, as the gateway serves it', async () => {
    const observed: Record<string, number>[] = [];
    const weights: unknown[] = [];
    // During each bake the test sends traffic through the gateway: what the public hostname serves at that step.
    const result = await slots(
      manifests(image('itinerary', 13)),
      strategy({ strategy: 'canary', canarySteps: [10, 50, 100], bakeTimeMs: 30_000 }),
      async () => {
        weights.push(
          routeSpec().rules.find((r: { matches: { headers?: unknown }[] }) => !r.matches[0]!.headers)
            .backendRefs
        );
        observed.push(await count(10));
      }
    );
    expect(result.failure).toBeUndefined();
    expect(result.steps.map(s => [s.step, s.weights])).toEqual([
      ['preview', { 'itinerary-blue': 100, 'itinerary-green': 0 }],
      ['10 %', { 'itinerary-green': 10, 'itinerary-blue': 90 }],
      ['50 %', { 'itinerary-green': 50, 'itinerary-blue': 50 }],
      ['100 %', { 'itinerary-green': 100, 'itinerary-blue': 0 }]
    ]);
    expect(weights).toEqual(
      [90, 50, 0].map(blue => [
        { name: 'itinerary-blue', port: 80, weight: blue },
        { name: 'itinerary-green', port: 80, weight: 100 - blue }
      ])
    );
    expect(observed).toEqual([
      { [image('itinerary', 12)]: 9, [image('itinerary', 13)]: 1 },
      { [image('itinerary', 12)]: 5, [image('itinerary', 13)]: 5 },
      { [image('itinerary', 13)]: 10 }
    ]);
    expect(result).toMatchObject({ slot: 'green', previousDeployment: 'itinerary-blue' });
    // The previous slot stays up for an instant switch back.
    expect(cluster.serving(ns, 'itinerary-blue')).toContain(image('itinerary', 12));
  });

  it('a failing smoke gate puts the route back exactly and scales the idle slot to 0; the old slot serves', async () => {
    const before = structuredClone(routeSpec());
    const slow = manifests(image('itinerary', 14), { ITINERARY_TEST_HOOKS: '1', ITINERARY_SLOW_MS: '400' });
    const result = await slots(
      slow,
      strategy({
        smoke: '/health\n/__test/slow',
        strategy: 'canary',
        canarySteps: [10, 100],
        latencyBudgetMs: 150
      })
    );
    expect(result.failure).toMatch(
      /^the smoke gate failed before traffic on the blue slot: p95 \d+(\.\d+)? ms is over the latency budget of 150 ms$/
    );
    expect(result.hint).toContain("'x-musafirgo-slot: blue'");
    expect(result.restoredMs).toBeGreaterThanOrEqual(0);
    expect(routeSpec()).toEqual(before);
    expect(cluster.object('deployments', ns, 'itinerary-blue')!.spec.replicas).toBe(0);
    expect(await count(5)).toEqual({ [image('itinerary', 13)]: 5 });
    const preview = await viaGateway('/itineraries', { 'x-musafirgo-slot': 'blue' });
    expect(preview.image).toBe(image('itinerary', 13));
  });

  it('a crashing image fails the slot rollout before any traffic moves; the route is untouched', async () => {
    const before = structuredClone(routeSpec());
    cluster.markImage(image('itinerary', 15), 'crash');
    const result = await slots(manifests(image('itinerary', 15)), strategy({}));
    expect(result.failure).toMatch(
      /Deployment\/itinerary-blue in travel: pod itinerary-blue-\S+, container itinerary: CrashLoopBackOff/
    );
    expect(result.steps).toEqual([]);
    expect(result.revision).toBe(result.previousRevision);
    expect(routeSpec()).toEqual(before);
    expect(cluster.object('deployments', ns, 'itinerary-blue')!.spec.replicas).toBe(0);
    expect(await count(5)).toEqual({ [image('itinerary', 13)]: 5 });
  });

  it('refuses manifests the slots cannot hold and a route that is nowhere, before changing anything', async () => {
    const objects = manifests(image('itinerary', 16));
    const twice = [...objects, { ...structuredClone(objects[0]!), metadata: { name: 'itinerary-worker' } }];
    await expect(slots(twice, strategy({}))).rejects.toThrow(
      'strategy blue-green deploys one Deployment per step (two slots of it behind the HTTPRoute), and the manifests have itinerary, itinerary-worker; deploy each service in its own step'
    );
    await expect(slots(objects.slice(0, 1), strategy({}))).rejects.toThrow(
      'strategy blue-green needs exactly one Service selecting the pods of Deployment itinerary'
    );
    await expect(slots(objects.slice(0, 2), strategy({ route: 'catalogue' }))).rejects.toThrow(
      new ConfigurationError(
        "input 'route': no HTTPRoute 'catalogue' in namespace travel, and none of that name in the manifests; add it to the manifests (its rule's backendRefs naming Service itinerary) or create it first"
      )
    );
  });
});

describe('strategy inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'strategy-inputs-'));
  const withInputs = (inputs: Record<string, string>) => {
    const keys = Object.keys(inputs).map(k => `INPUT_${k.toUpperCase()}`);
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
    try {
      return getStrategyInputs();
    } finally {
      for (const k of keys) delete process.env[k];
    }
  };
  it('reads blue-green and canary inputs and names each mistake', () => {
    writeFileSync(join(dir, 'smoke.yaml'), 'checks:\n  - path: /health\n');
    expect(
      withInputs({
        strategy: 'canary',
        route: 'itinerary',
        'canary-steps': '5,25,100',
        'bake-time': '2m',
        'error-budget': '1%',
        'latency-budget': '300ms'
      })
    ).toEqual({
      strategy: 'canary',
      route: 'itinerary',
      canarySteps: [5, 25, 100],
      bakeTimeMs: 120_000,
      errorBudget: 1,
      latencyBudgetMs: 300,
      smoke: undefined
    });
    expect(withInputs({})).toEqual({
      strategy: 'rolling',
      canarySteps: [100],
      bakeTimeMs: 0,
      errorBudget: 0
    });
    const cases: [Record<string, string>, string][] = [
      [
        { strategy: 'red-black' },
        "input 'strategy' must be one of rolling, blue-green, canary, not 'red-black'"
      ],
      [{ strategy: 'canary' }, "input 'route' is required with strategy canary"],
      [
        { strategy: 'blue-green', route: 'Itinerary_Route' },
        "input 'route' must be an HTTPRoute name, not 'Itinerary_Route'"
      ],
      [
        { route: 'itinerary', smoke: '/health' },
        "inputs 'route', 'smoke' only apply with strategy blue-green or canary"
      ],
      [
        { strategy: 'blue-green', route: 'r', 'canary-steps': '10,100' },
        "input 'canary-steps' only applies with strategy canary, not blue-green"
      ],
      [
        { strategy: 'canary', route: 'r', 'canary-steps': '50,20,100' },
        "input 'canary-steps' must be increasing percentages ending at 100"
      ],
      [
        { strategy: 'canary', route: 'r', 'error-budget': 'lots' },
        "input 'error-budget' must be a percentage from 0 to 100"
      ],
      [{ strategy: 'canary', route: 'r', smoke: 'smoke/missing.yaml' }, "input 'smoke': no file"],
      [
        { strategy: 'canary', route: 'r', 'latency-budget': 'fast' },
        "input 'latency-budget' must be a duration"
      ]
    ];
    for (const [inputs, message] of cases) expect(() => withInputs(inputs)).toThrow(message);
  });
});
