// Azure Container Apps (ARM Microsoft.App, api-version 2025-07-01 shapes): managed environments, container apps,
// revisions and their replicas, traffic with weights and labels, and the environment's ingress. Each active
// revision runs for real: its images are resolved through the sandbox's image catalog (a missing image fails
// provisioning with the registry's answer), and the service container is pulled and run from its image by the
// container runtime (sandbox/runtime), probed as the app says; images the world only declares run the example
// itinerary service as a local process instead. Label URLs (https://<app>---<label>.<domain>) and the app's URL
// answer through the sandbox's proxy, split by the production weights. The layers: model (resources and their
// ARM bodies), store (environments and apps), controller (what a revision runs), handlers (ARM), ingress.
import type { Sandbox, SandboxService } from '../index.js';
import { federatedIdentity } from '../runtime/identity.js';
import { startRuntime, type ContainerRuntime } from '../runtime/index.js';
import { RevisionController, type RunMode } from './controller.js';
import { armRoutes } from './handlers.js';
import { ingressHandler } from './ingress.js';
import { resolvedTraffic, type Environment, type ImageBehaviour, type RevisionView } from './model.js';
import { AppsStore } from './store.js';

export type { ImageBehaviour, RevisionView } from './model.js';

export interface ContainerAppsOptions {
  /** Status polls that answer InProgress before a container app or environment write completes; default 0. */
  provisioningPolls?: number;
  /**
   * The Retry-After (seconds) of those operations; default 10, the least ARM documents. Tests wait it out on the
   * sandbox clock (tests/support/sandbox-clock.ts), never for real.
   */
  retryAfterSeconds?: number;
  /**
   * An ETag on each read of an app and If-Match honoured on its writes (412 when stale); default false, as the
   * 2025-07-01 spec declares neither.
   */
  etags?: boolean;
  /**
   * What a revision's service container runs: `images` (the default) pulls and runs the image itself in the
   * container runtime, except images declared with `declareImage` (no registry holds them), which run the example
   * service; `example-service` runs the example service for every image (tests whose images are digests of a
   * catalog of their own, or the busybox image build-push's tests build, which is not the service).
   */
  run?: RunMode;
}

export interface ContainerAppsService extends SandboxService {
  /** Marks an image (its full reference) `stuck`: its container never starts, as when a pull hangs. */
  markImage(image: string, behaviour: ImageBehaviour): void;
  /** Declares an image present although no registry holds it: it runs the example service. */
  declareImage(image: string): void;
  /** The state of a revision, for assertions: undefined when the app or the revision does not exist. */
  revision(app: string, name: string): RevisionView | undefined;
  /** Production traffic as the ingress routes it: revision name → weight. */
  traffic(app: string): Record<string, number>;
  /** The ingress (HTTPS), reachable directly with a Host header or through the proxy by name. */
  readonly ingressUrl: string;
  /** Turns ETags on reads and If-Match on writes on or off from now on (see `etags`). */
  useEtags(on: boolean): void;
  /**
   * Writes from now on answer InProgress for `polls` status polls (Infinity: they never finish, as a stuck
   * operation does); undefined goes back to `provisioningPolls`.
   */
  holdWrites(polls: number | undefined): void;
  /** Each app's production traffic, revision by revision, with the revision's state: the traffic invariant's view. */
  production(): ProductionEntry[];
}

export interface ProductionEntry {
  app: string;
  subscriptionId: string;
  resourceGroup: string;
  revision: string;
  weight: number;
  active: boolean;
  runningState: string;
  healthState: string;
}

/** The Container Apps emulator; pass it to `startSandbox({ services: [containerAppsService()] })`. */
export function containerAppsService(options: ContainerAppsOptions = {}): ContainerAppsService {
  let sandbox: Sandbox | undefined;
  let ingressUrl = '';
  const now = () => sandbox!.clock.now().toISOString();
  const store = new AppsStore(
    now,
    subscriptionId => sandbox!.world.subscriptions.find(s => s.id === subscriptionId)?.tenantId ?? ''
  );
  // One runtime for the emulator, made when a revision first runs an image, stopped with the sandbox. Replicas pull
  // as the world's pull identity: the apps' managed identities, which the sandbox's Entra does not issue tokens for.
  let runtime: Promise<ContainerRuntime> | undefined;
  const runtimeFor = () =>
    (runtime ??= (() => {
      const s = sandbox!;
      const clientId = s.world.containerApps?.pullIdentity;
      const tenantId = s.world.tenants[0]?.id ?? '';
      return startRuntime({
        sandbox: s,
        ...(clientId ? { pullCredential: federatedIdentity(s, { clientId, tenantId }) } : {})
      });
    })());
  const controller = new RevisionController(now, () => sandbox!.images, options.run ?? 'images', runtimeFor);
  let etags = options.etags ?? false;
  let heldPolls: number | undefined;
  const routeDomain = (e: Environment) => {
    if (ingressUrl)
      sandbox!.routeHost(`*.${String(e.properties['defaultDomain'])}`, Number(new URL(ingressUrl).port));
  };

  return {
    name: 'containerapps',
    get ingressUrl() {
      return ingressUrl;
    },
    useEtags: on => {
      etags = on;
    },
    holdWrites: polls => {
      heldPolls = polls;
    },
    production: () =>
      [...store.apps.values()].flatMap(app =>
        resolvedTraffic(app).map(t => {
          const r = app.revisions.get(t.revisionName.toLowerCase());
          return {
            app: app.name,
            subscriptionId: app.subscriptionId,
            resourceGroup: app.resourceGroup,
            revision: t.revisionName,
            weight: t.weight,
            active: r?.active ?? false,
            runningState: r?.runningState ?? 'Unknown',
            healthState: r?.healthState ?? 'None'
          };
        })
      ),
    markImage: (image, behaviour) => controller.markImage(image, behaviour),
    declareImage: image => controller.declareImage(image),
    revision: (appName, name) => {
      const r = store.appNamed(appName)?.revisions.get(name.toLowerCase());
      return (
        r && {
          name: r.name,
          active: r.active,
          provisioningState: r.provisioningState,
          runningState: r.runningState,
          healthState: r.healthState,
          ...(r.provisioningError ? { provisioningError: r.provisioningError } : {}),
          ...(r.process ? { processUrl: r.process.url } : {}),
          ...(r.container ? { socket: { socketPath: r.container.socketPath, port: r.container.port } } : {})
        }
      );
    },
    traffic: appName => {
      const app = store.appNamed(appName);
      const weights: Record<string, number> = {};
      for (const t of app ? resolvedTraffic(app) : [])
        weights[t.revisionName] = (weights[t.revisionName] ?? 0) + t.weight;
      return weights;
    },
    async start(s) {
      sandbox = s;
      const world = s.world.containerApps ?? { environments: [], apps: [] };
      for (const spec of world.environments) store.addEnvironment(spec);
      const initial = world.apps.map(spec => {
        const app = store.createApp(spec);
        for (const container of spec.containers) controller.declareImage(container.image);
        return controller.activate(app, app.revisions.get(app.latestRevisionName.toLowerCase())!);
      });
      armRoutes({
        sandbox: s,
        store,
        controller,
        options: {
          get provisioningPolls() {
            return heldPolls ?? options.provisioningPolls;
          },
          retryAfterSeconds: options.retryAfterSeconds ?? 10
        },
        etags: () => etags,
        now,
        routeDomain
      });
      // ARM's generic lists (az resource list) show the apps and environments as the store holds them.
      s.arm.resourceSource('Microsoft.App/managedEnvironments', () =>
        [...store.environments.values()].map(e => ({
          id: e.id,
          name: e.name,
          type: 'Microsoft.App/managedEnvironments',
          location: e.location,
          tags: { ...e.tags }
        }))
      );
      s.arm.resourceSource('Microsoft.App/containerApps', () =>
        [...store.apps.values()].map(a => ({
          id: a.id,
          name: a.name,
          type: 'Microsoft.App/containerApps',
          location: a.location,
          tags: { ...a.tags },
          identity: { ...a.identity }
        }))
      );
      ingressUrl = await s.serve('containerapps', ingressHandler(store), {
        hosts: ['*.azurecontainerapps.io']
      });
      // The proxy's wildcards cover one label: each environment's domain gets its own.
      for (const e of store.environments.values()) routeDomain(e);
      await Promise.all(initial);
      return async () => {
        await controller.stopAll(store.apps.values());
        if (runtime) await (await runtime).stop();
      };
    }
  };
}
