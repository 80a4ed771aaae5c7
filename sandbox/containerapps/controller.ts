// What runs in Container Apps: each active revision is provisioned (its images pulled through the sandbox's
// registries, a missing one failing it with the registry's answer), its service container started as the example
// service and probed on /health, its replicas reported; deactivating it stops the process. In Single mode the latest
// running revision takes over and the others stop.
import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { probeHealth, startContainer, stopContainer } from '../example-service.js';
import type { ImageCatalog } from '../index.js';
import type { JsonObject as JsonObject } from '../json.js';
import type { App, ImageBehaviour, Replica, Revision } from './model.js';

const registryOf = (image: string) => image.slice(0, Math.max(0, image.indexOf('/'))).toLowerCase();

export class RevisionController {
  private readonly behaviours = new Map<string, ImageBehaviour>();
  private readonly declared = new Set<string>();
  private stopping = false;

  constructor(
    private readonly now: () => string,
    /** Where pulls look images up: the sandbox's registries. */
    private readonly images: () => ImageCatalog
  ) {}

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
      name: `${revision.name}-${createHash('sha256').update(revision.name).digest('hex').slice(0, 9)}-${randomBytes(3).toString('hex').slice(0, 5)}`,
      createdTime: this.now(),
      runningState: running ? 'Running' : 'NotRunning',
      runningStateDetails: details,
      containers
    };
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
    if (this.behaviours.get(image) === 'crash') {
      return degrade(
        `CrashLoopBackOff: container '${name}' exited with code 1 three times at start`,
        'Waiting'
      );
    }
    let started: { child: ChildProcess; url: string };
    try {
      started = await startContainer(this.environmentOf(app, service));
    } catch (error) {
      return degrade(`CrashLoopBackOff: container '${name}': ${(error as Error).message}`, 'Waiting');
    }
    revision.process = started;
    const status = this.behaviours.get(image) === 'unhealthy' ? 503 : await probeHealth(started.url);
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

  private stopProcess(revision: Revision): Promise<void> {
    const child = revision.process?.child;
    revision.process = undefined;
    return stopContainer(child);
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
