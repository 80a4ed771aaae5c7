// What runs in Container Apps: each active revision is provisioned (its images resolved through the sandbox's
// registries, a missing one failing it with the registry's answer), then its service container is pulled and run
// through the container runtime (sandbox/runtime) from the image itself: the app's target port, the container's
// Readiness probe (or a TCP probe of the target port), CrashLoopBackOff with the exit code and last lines when its
// process exits. Images no registry holds (the world's own apps, declared) run the example service as a local
// process instead, as does every revision with `run: 'example-service'`. Deactivating a revision stops its
// container. In Single mode the latest running revision takes over and the others stop.
import type { Container as RevisionContainer } from '@azure/arm-appcontainers';
import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { probeHealth, startContainer, stopContainer } from '../example-service.js';
import type { ImageCatalog } from '../index.js';
import type { JsonObject as JsonObject } from '../json.js';
import { containerAppsStart } from '../runtime/adapters.js';
import {
  ContainerExitError,
  ImagePullError,
  ReadinessProbeError,
  type Container,
  type ContainerRuntime
} from '../runtime/index.js';
import type { App, ImageBehaviour, Replica, Revision } from './model.js';

/** What a revision's service container runs: the image through the runtime, or the example service for every image. */
export type RunMode = 'images' | 'example-service';

/** How long a spec's second lasts here: probe periods and back-offs run twenty times faster than Azure's. */
export const secondMs = 50;

const registryOf = (image: string) => image.slice(0, Math.max(0, image.indexOf('/'))).toLowerCase();

export class RevisionController {
  private readonly behaviours = new Map<string, ImageBehaviour>();
  private readonly declared = new Set<string>();
  private stopping = false;

  constructor(
    private readonly now: () => string,
    /** Where pulls look images up: the sandbox's registries. */
    private readonly images: () => ImageCatalog,
    private readonly mode: RunMode,
    /** The environment's container runtime, made at its first use. */
    private readonly runtime: () => Promise<ContainerRuntime>
  ) {}

  /** `stuck`: the revision's container never starts (a pull that hangs), which a real image cannot show here. */
  markImage(image: string, behaviour: ImageBehaviour): void {
    this.behaviours.set(image, behaviour);
  }

  /** An image present although no registry emulator serves its host (the world's own apps). */
  declareImage(image: string): void {
    this.declared.add(image);
  }

  /** The sandbox stops: no revision starts a process any more, and every running one is stopped. */
  async stopAll(apps: Iterable<App>): Promise<void> {
    this.stopping = true;
    for (const app of apps) {
      for (const revision of app.revisions.values()) {
        await revision.provisioning?.catch(() => undefined);
        await this.stopProcess(revision);
      }
    }
  }

  private replica(revision: Revision, running: boolean, details: string, containers: JsonObject[]): Replica {
    return {
      name: this.replicaName(revision),
      createdTime: this.now(),
      runningState: running ? 'Running' : 'NotRunning',
      runningStateDetails: details,
      containers
    };
  }

  /** `<revision>-<hash of the revision>-<random>`, as a replica's pod is named. */
  private replicaName(revision: Revision): string {
    return `${revision.name}-${createHash('sha256').update(revision.name).digest('hex').slice(0, 9)}-${randomBytes(3).toString('hex').slice(0, 5)}`;
  }

  private containerStatus(
    app: App,
    name: string,
    state: 'Running' | 'Waiting' | 'Terminated',
    details: string,
    ready = state === 'Running'
  ) {
    return {
      name,
      containerId: `containerd://${randomBytes(32).toString('hex')}`,
      ready,
      started: state === 'Running',
      restartCount: state === 'Running' ? 0 : 3,
      runningState: state,
      runningStateDetails: details,
      logStreamEndpoint: `https://${app.location}.azurecontainerapps.dev/subscriptions/${app.subscriptionId}/resourceGroups/${app.resourceGroup}/containerApps/${app.name}/revisions/logstream`,
      execEndpoint: `wss://${app.location}.azurecontainerapps.dev/subscriptions/${app.subscriptionId}/resourceGroups/${app.resourceGroup}/containerApps/${app.name}/exec`
    };
  }

  /** Why a pull of `image` would fail from this app, or undefined when it would succeed. */
  private async pullError(app: App, image: string): Promise<string | undefined> {
    const server = registryOf(image);
    const registries = (app.configuration['registries'] as JsonObject[] | undefined) ?? [];
    const registry = registries.find(r => String(r['server']).toLowerCase() === server);
    const isPublic = server === 'mcr.microsoft.com' || server === 'docker.io';
    if (!registry && !isPublic) {
      return `Failed to pull image "${image}": ${server} answered 401 UNAUTHORIZED: authentication required (the app has no registry entry for ${server})`;
    }
    if (
      registry?.['identity'] === 'system' &&
      !String(app.identity['type'] ?? '').includes('SystemAssigned')
    ) {
      return `Failed to pull image "${image}": the registry entry for ${server} uses the system-assigned identity, which the app does not have`;
    }
    if (this.declared.has(image)) return undefined;
    const found = await this.images().resolve(image);
    if (found === 'unknown-registry') {
      return `Failed to pull image "${image}": no such host ${server} (the sandbox has no registry emulator for it)`;
    }
    if (!found)
      return `Failed to pull image "${image}": ${image.split('/').slice(1).join('/')}: manifest unknown`;
    return undefined;
  }

  private environmentOf(app: App, container: JsonObject): Record<string, string> {
    const secrets = (app.configuration['secrets'] as JsonObject[] | undefined) ?? [];
    const env: Record<string, string> = {};
    for (const variable of (container['env'] as JsonObject[] | undefined) ?? []) {
      const name = String(variable['name']);
      if (variable['secretRef'] !== undefined) {
        const secret = secrets.find(s => s['name'] === variable['secretRef']);
        env[name] =
          secret?.['value'] !== undefined
            ? String(secret['value'])
            : `keyvault:${String(secret?.['keyVaultUrl'] ?? '')}`;
      } else env[name] = String(variable['value'] ?? '');
    }
    return env;
  }

  private async provision(app: App, revision: Revision): Promise<void> {
    const containers = (revision.template['containers'] as JsonObject[] | undefined) ?? [];
    for (const container of containers) {
      const error = await this.pullError(app, String(container['image']));
      if (error) {
        revision.provisioningState = 'Failed';
        revision.runningState = 'Failed';
        revision.healthState = 'Unhealthy';
        revision.provisioningError = error;
        revision.replicas = [
          this.replica(revision, false, `ImagePullBackOff: ${error}`, [
            this.containerStatus(app, String(container['name']), 'Waiting', `ImagePullBackOff: ${error}`)
          ])
        ];
        return;
      }
    }
    revision.provisioningState = 'Provisioned';
    const [service, ...sidecars] = containers;
    if (!service || this.stopping) return;
    const name = String(service['name']);
    const image = String(service['image']);
    const sidecarStatus = sidecars.map(s => this.containerStatus(app, String(s['name']), 'Running', ''));
    const degrade = (details: string, state: 'Waiting' | 'Running') => {
      revision.runningState = 'Degraded';
      revision.healthState = 'Unhealthy';
      revision.replicas = [
        this.replica(revision, false, details, [
          this.containerStatus(app, name, state, details, false),
          ...sidecarStatus
        ])
      ];
    };
    if (this.behaviours.get(image) === 'stuck') {
      revision.replicas = [
        this.replica(revision, false, 'ContainerCreating', [
          this.containerStatus(app, name, 'Waiting', 'ContainerCreating', false),
          ...sidecarStatus
        ])
      ];
      return;
    }
    if (this.mode === 'images' && !this.declared.has(image)) {
      return this.runImage(app, revision, service, sidecarStatus);
    }
    let started: { child: ChildProcess; url: string };
    try {
      started = await startContainer(this.environmentOf(app, service));
    } catch (error) {
      return degrade(`CrashLoopBackOff: container '${name}': ${(error as Error).message}`, 'Waiting');
    }
    revision.process = started;
    const status = await probeHealth(started.url);
    if (status !== 200) {
      return degrade(
        `Readiness probe failed: HTTP probe on port ${String((app.configuration['ingress'] as JsonObject | undefined)?.['targetPort'] ?? 80)} /health answered ${status || 'nothing'}`,
        'Running'
      );
    }
    revision.runningState = 'Running';
    revision.healthState = 'Healthy';
    revision.replicas = [
      this.replica(revision, true, 'Running', [
        this.containerStatus(app, name, 'Running', ''),
        ...sidecarStatus
      ])
    ];
  }

  /**
   * The revision's service container from its image, through the runtime: Running and Healthy once its readiness
   * probe passes; Degraded when its process exits (CrashLoopBackOff, restarting with the kubelet's back-off) or its
   * probe keeps failing, the replica's container telling why from the container itself; a pull the registry refuses
   * fails provisioning with ImagePullBackOff.
   */
  private async runImage(
    app: App,
    revision: Revision,
    service: JsonObject,
    sidecarStatus: JsonObject[]
  ): Promise<void> {
    const name = String(service['name']);
    const replicaName = this.replicaName(revision);
    const ingress = app.configuration['ingress'] as JsonObject | undefined;
    const targetPort = ingress?.['targetPort'] === undefined ? undefined : Number(ingress['targetPort']);
    const options = containerAppsStart(
      service as RevisionContainer,
      { env: this.environmentOf(app, service), replica: replicaName, ...(targetPort ? { targetPort } : {}) },
      { secondMs }
    );
    let container: Container;
    try {
      container = await (await this.runtime()).start(options);
    } catch (error) {
      const message = (error as Error).message;
      const pull = error instanceof ImagePullError;
      if (pull) {
        revision.provisioningState = 'Failed';
        revision.provisioningError = message;
      }
      revision.runningState = pull ? 'Failed' : 'Degraded';
      revision.healthState = 'Unhealthy';
      const details = pull ? `ImagePullBackOff: ${message}` : `CreateContainerError: ${message}`;
      revision.replicas = [
        this.replica(revision, false, details, [
          this.containerStatus(app, name, 'Waiting', details, false),
          ...sidecarStatus
        ])
      ];
      return;
    }
    revision.container = container;
    revision.replicas = [
      {
        ...this.replica(revision, false, 'ContainerCreating', sidecarStatus),
        name: replicaName,
        container: { status: this.containerStatus(app, name, 'Waiting', ''), live: container }
      }
    ];
    if (this.stopping || revision.container !== container) return;
    try {
      await container.ready();
    } catch (error) {
      if (revision.container !== container) return;
      if (!(error instanceof ContainerExitError || error instanceof ReadinessProbeError)) throw error;
      revision.runningState = 'Degraded';
      revision.healthState = 'Unhealthy';
      return;
    }
    if (revision.container !== container) return;
    revision.runningState = 'Running';
    revision.healthState = 'Healthy';
  }

  private stopProcess(revision: Revision): Promise<void> {
    const child = revision.process?.child;
    const container = revision.container;
    revision.process = undefined;
    revision.container = undefined;
    return Promise.all([stopContainer(child), container?.stop()]).then(() => undefined);
  }

  deactivate(revision: Revision): Promise<void> {
    const stopped = this.stopProcess(revision);
    revision.active = false;
    revision.lastActiveTime = this.now();
    revision.replicas = [];
    if (revision.provisioningState !== 'Failed') {
      revision.runningState = 'Stopped';
      revision.healthState = 'None';
    }
    return stopped;
  }

  activate(app: App, revision: Revision): Promise<void> {
    if (revision.active && revision.provisioning) return revision.provisioning;
    revision.active = true;
    revision.lastActiveTime = this.now();
    revision.provisioningState = 'Provisioning';
    revision.runningState = 'Processing';
    revision.healthState = 'None';
    revision.provisioningError = undefined;
    revision.provisioning = this.provision(app, revision).then(() => {
      if (app.configuration['activeRevisionsMode'] === 'Single') this.settleSingleMode(app, revision);
    });
    return revision.provisioning;
  }

  /** Single mode: once the latest revision runs, it takes all the traffic and the others stop. */
  private settleSingleMode(app: App, revision: Revision): void {
    if (revision.name !== app.latestRevisionName || revision.runningState !== 'Running') return;
    for (const other of app.revisions.values())
      if (other !== revision && other.active) void this.deactivate(other);
  }
}
