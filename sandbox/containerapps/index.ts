// Azure Container Apps (ARM Microsoft.App, api-version 2025-07-01 shapes): managed environments, container apps,
// revisions and their replicas, traffic with weights and labels, and the environment's ingress. Each active
// revision runs for real: its images are resolved through the sandbox's image catalog (a missing image fails
// provisioning with the registry's answer), and the service container is the example itinerary service started
// as a local process and probed on /health. Label URLs (https://<app>---<label>.<domain>) and the app's URL
// answer through the sandbox's proxy, split by the production weights.
import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import type { ArmContext, ArmReply, Reply, Request, Sandbox, SandboxService } from '../index.js';
import { ArmError, resourceNotFound } from '../index.js';
import type { ContainerAppSpec, ManagedEnvironmentSpec } from '../world.js';
import { probeHealth, startContainer, stopContainer } from '../example-service.js';
import { forward } from '../forward.js';
import { isJsonObject, mergePatch } from '../json.js';

/** How a revision's service container behaves when it starts, as the test world declares it per image. */
/** `stuck` never finishes starting (a slow pull or a long start), so only a deadline ends the wait. */
export type ImageBehaviour = 'crash' | 'unhealthy' | 'stuck';

export interface ContainerAppsOptions {
  /** Status polls that answer InProgress before a container app or environment write completes; default 0. */
  provisioningPolls?: number;
  /** The Retry-After (seconds) of those operations; default 0. */
  retryAfterSeconds?: number;
}

export interface ContainerAppsService extends SandboxService {
  /** Marks an image (its full reference): `crash` exits at start, `unhealthy` never passes its probe, `stuck` never starts. */
  markImage(image: string, behaviour: ImageBehaviour): void;
  /** Declares an image present although no registry emulator serves its host. */
  declareImage(image: string): void;
  /** The state of a revision, for assertions: undefined when the app or the revision does not exist. */
  revision(app: string, name: string): RevisionView | undefined;
  /** Production traffic as the ingress routes it: revision name → weight. */
  traffic(app: string): Record<string, number>;
  /** The ingress (HTTPS), reachable directly with a Host header or through the proxy by name. */
  readonly ingressUrl: string;
}

export interface RevisionView {
  name: string;
  active: boolean;
  provisioningState: string;
  runningState: string;
  healthState: string;
  provisioningError?: string;
  /** The URL of the service process, while one runs. */
  processUrl?: string;
}

type Json = Record<string, unknown>;

interface Replica {
  name: string;
  createdTime: string;
  runningState: 'Running' | 'NotRunning' | 'Unknown';
  runningStateDetails: string;
  containers: Json[];
}

interface Revision {
  name: string;
  createdTime: string;
  lastActiveTime: string;
  template: Json;
  active: boolean;
  provisioningState: 'Provisioning' | 'Provisioned' | 'Failed' | 'Deprovisioning' | 'Deprovisioned';
  runningState: 'Running' | 'Processing' | 'Stopped' | 'Degraded' | 'Failed' | 'Unknown';
  healthState: 'Healthy' | 'Unhealthy' | 'None';
  provisioningError?: string;
  replicas: Replica[];
  process?: { child: ChildProcess; url: string };
  provisioning?: Promise<void>;
}

interface Environment {
  id: string;
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  properties: Json;
}

interface App {
  id: string;
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  environment: Environment;
  identity: Json;
  configuration: Json;
  template: Json;
  etag: string;
  version: number;
  latestRevisionName: string;
  revisions: Map<string, Revision>;
}

const base = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.App';
const suffixPattern = /^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/;

const clone = <T>(value: T): T => structuredClone(value);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isJsonObject(value)) {
    return `{${Object.keys(value)
      .filter(key => value[key] !== undefined && value[key] !== null)
      .sort()
      .map(key => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The template a revision runs: everything but the suffix, which only names it. */
const revisionTemplate = (template: Json): string => canonical({ ...template, revisionSuffix: undefined });

const registryOf = (image: string) => image.slice(0, Math.max(0, image.indexOf('/'))).toLowerCase();

export function containerApps(options: ContainerAppsOptions = {}): ContainerAppsService {
  const environments = new Map<string, Environment>();
  const apps = new Map<string, App>();
  const behaviours = new Map<string, ImageBehaviour>();
  const declared = new Set<string>();
  let sandbox: Sandbox;
  let ingressUrl = '';
  let stopping = false;

  const key = (sub: string, rg: string, name: string) => `${sub}/${rg}/${name}`.toLowerCase();
  const now = () => sandbox.clock.now().toISOString();
  const domainOf = (app: App) => String(app.environment.properties['defaultDomain']);

  function findApp(ctx: ArmContext): App {
    const app = apps.get(key(ctx.params.sub!, ctx.params.rg!, ctx.params.app!));
    if (!app) throw resourceNotFound('Microsoft.App/containerApps', ctx.params.app!, ctx.params.rg!);
    return app;
  }

  function findRevision(app: App, name: string): Revision {
    const revision = app.revisions.get(name.toLowerCase());
    if (!revision) {
      throw new ArmError(
        404,
        'ContainerAppRevisionNotFound',
        `Revision '${name}' of Container App '${app.name}' was not found.`
      );
    }
    return revision;
  }

  /** Traffic entries with `latestRevision: true` resolved to the revision they name. */
  function resolvedTraffic(app: App): { revisionName: string; weight: number; label?: string }[] {
    if (app.configuration['activeRevisionsMode'] === 'Single') {
      // The previous revision serves until the latest one runs.
      const running = [...app.revisions.values()]
        .filter(r => r.active && r.runningState === 'Running')
        .sort((a, b) => b.createdTime.localeCompare(a.createdTime))[0];
      return [{ revisionName: running?.name ?? app.latestRevisionName, weight: 100 }];
    }
    const ingress = app.configuration['ingress'] as Json | undefined;
    const traffic = (ingress?.['traffic'] as Json[] | undefined) ?? [];
    if (traffic.length === 0) return [{ revisionName: app.latestRevisionName, weight: 100 }];
    return traffic.map(entry => ({
      revisionName: entry['latestRevision'] ? app.latestRevisionName : String(entry['revisionName']),
      weight: Number(entry['weight'] ?? 0),
      ...(entry['label'] ? { label: String(entry['label']) } : {})
    }));
  }

  function appBody(app: App): Json {
    const domain = domainOf(app);
    const configuration = clone(app.configuration);
    const ingress = configuration['ingress'] as Json | undefined;
    if (ingress) ingress['fqdn'] = `${app.name}.${domain}`;
    // ARM never returns secret values (listSecrets does, with its own permission).
    for (const secret of (configuration['secrets'] as Json[] | undefined) ?? []) delete secret['value'];
    const latest = app.revisions.get(app.latestRevisionName.toLowerCase());
    const ready = [...app.revisions.values()]
      .filter(r => r.provisioningState === 'Provisioned' && r.runningState === 'Running')
      .sort((a, b) => b.createdTime.localeCompare(a.createdTime))[0];
    return {
      id: app.id,
      name: app.name,
      type: 'Microsoft.App/containerApps',
      location: app.location,
      identity: app.identity,
      properties: {
        provisioningState: 'Succeeded',
        runningStatus: 'Running',
        managedEnvironmentId: app.environment.id,
        environmentId: app.environment.id,
        workloadProfileName: 'Consumption',
        latestRevisionName: app.latestRevisionName,
        latestReadyRevisionName: ready?.name ?? '',
        latestRevisionFqdn: latest ? `${latest.name}.${domain}` : '',
        customDomainVerificationId: createHash('sha256').update(app.id).digest('hex').toUpperCase(),
        configuration,
        template: clone(app.template),
        outboundIpAddresses: ['20.61.142.17'],
        eventStreamEndpoint: `https://${app.location}.azurecontainerapps.dev/subscriptions/${app.subscriptionId}/resourceGroups/${app.resourceGroup}/containerApps/${app.name}/eventstream`
      }
    };
  }

  function revisionBody(app: App, revision: Revision): Json {
    const weights = resolvedTraffic(app).filter(t => t.revisionName === revision.name);
    return {
      id: `${app.id}/revisions/${revision.name}`,
      name: revision.name,
      type: 'Microsoft.App/containerApps/revisions',
      properties: {
        createdTime: revision.createdTime,
        lastActiveTime: revision.lastActiveTime,
        fqdn: `${revision.name}.${domainOf(app)}`,
        template: clone(revision.template),
        active: revision.active,
        replicas: revision.replicas.length,
        trafficWeight: weights.reduce((sum, t) => sum + t.weight, 0),
        labels: weights.flatMap(t => (t.label ? [t.label] : [])),
        ...(revision.provisioningError ? { provisioningError: revision.provisioningError } : {}),
        healthState: revision.healthState,
        provisioningState: revision.provisioningState,
        runningState: revision.runningState
      }
    };
  }

  function replicaBody(app: App, revision: Revision, replica: Replica): Json {
    return {
      id: `${app.id}/revisions/${revision.name}/replicas/${replica.name}`,
      name: replica.name,
      type: 'Microsoft.App/containerApps/revisions/replicas',
      properties: {
        createdTime: replica.createdTime,
        runningState: replica.runningState,
        runningStateDetails: replica.runningStateDetails,
        containers: replica.containers,
        initContainers: []
      }
    };
  }

  const withEtag = (app: App, reply: ArmReply): ArmReply => ({
    ...reply,
    headers: { ...reply.headers, ETag: app.etag }
  });

  function bump(app: App): void {
    app.version += 1;
    app.etag = `"${createHash('sha256').update(`${app.id}:${app.version}`).digest('hex').slice(0, 16)}"`;
  }

  function checkIfMatch(app: App, ctx: ArmContext): void {
    const ifMatch = ctx.headers['if-match'];
    if (ifMatch && ifMatch !== '*' && ifMatch !== app.etag) {
      throw new ArmError(
        412,
        'PreconditionFailed',
        `The resource '${app.name}' has been modified since it was read: the If-Match ETag ${ifMatch} does not match the current ETag ${app.etag}.`
      );
    }
  }

  // --- running revisions ---------------------------------------------------------------------------------

  function replica(revision: Revision, running: boolean, details: string, containers: Json[]): Replica {
    return {
      name: `${revision.name}-${createHash('sha256').update(revision.name).digest('hex').slice(0, 9)}-${randomBytes(3).toString('hex').slice(0, 5)}`,
      createdTime: now(),
      runningState: running ? 'Running' : 'NotRunning',
      runningStateDetails: details,
      containers
    };
  }

  function containerStatus(
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
  async function pullError(app: App, image: string): Promise<string | undefined> {
    const server = registryOf(image);
    const registries = (app.configuration['registries'] as Json[] | undefined) ?? [];
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
    if (declared.has(image)) return undefined;
    const found = await sandbox.images.resolve(image);
    if (found === 'unknown-registry') {
      return `Failed to pull image "${image}": no such host ${server} (the sandbox has no registry emulator for it)`;
    }
    if (!found)
      return `Failed to pull image "${image}": ${image.split('/').slice(1).join('/')}: manifest unknown`;
    return undefined;
  }

  function environmentOf(app: App, container: Json): Record<string, string> {
    const secrets = (app.configuration['secrets'] as Json[] | undefined) ?? [];
    const env: Record<string, string> = {};
    for (const variable of (container['env'] as Json[] | undefined) ?? []) {
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

  async function provision(app: App, revision: Revision): Promise<void> {
    const containers = (revision.template['containers'] as Json[] | undefined) ?? [];
    for (const container of containers) {
      const error = await pullError(app, String(container['image']));
      if (error) {
        revision.provisioningState = 'Failed';
        revision.runningState = 'Failed';
        revision.healthState = 'Unhealthy';
        revision.provisioningError = error;
        revision.replicas = [
          replica(revision, false, `ImagePullBackOff: ${error}`, [
            containerStatus(app, String(container['name']), 'Waiting', `ImagePullBackOff: ${error}`)
          ])
        ];
        return;
      }
    }
    revision.provisioningState = 'Provisioned';
    const [service, ...sidecars] = containers;
    if (!service || stopping) return;
    const name = String(service['name']);
    const image = String(service['image']);
    const sidecarStatus = sidecars.map(s => containerStatus(app, String(s['name']), 'Running', ''));
    const degrade = (details: string, state: 'Waiting' | 'Running') => {
      revision.runningState = 'Degraded';
      revision.healthState = 'Unhealthy';
      revision.replicas = [
        replica(revision, false, details, [
          containerStatus(app, name, state, details, false),
          ...sidecarStatus
        ])
      ];
    };
    if (behaviours.get(image) === 'stuck') {
      revision.replicas = [
        replica(revision, false, 'ContainerCreating', [
          containerStatus(app, name, 'Waiting', 'ContainerCreating', false),
          ...sidecarStatus
        ])
      ];
      return;
    }
    if (behaviours.get(image) === 'crash') {
      return degrade(
        `CrashLoopBackOff: container '${name}' exited with code 1 three times at start`,
        'Waiting'
      );
    }
    let started: { child: ChildProcess; url: string };
    try {
      started = await startContainer(environmentOf(app, service));
    } catch (error) {
      return degrade(`CrashLoopBackOff: container '${name}': ${(error as Error).message}`, 'Waiting');
    }
    revision.process = started;
    const status = behaviours.get(image) === 'unhealthy' ? 503 : await probeHealth(started.url);
    if (status !== 200) {
      return degrade(
        `Readiness probe failed: HTTP probe on port ${String((app.configuration['ingress'] as Json | undefined)?.['targetPort'] ?? 80)} /health answered ${status || 'nothing'}`,
        'Running'
      );
    }
    revision.runningState = 'Running';
    revision.healthState = 'Healthy';
    revision.replicas = [
      replica(revision, true, 'Running', [containerStatus(app, name, 'Running', ''), ...sidecarStatus])
    ];
  }

  function stopProcess(revision: Revision): Promise<void> {
    const child = revision.process?.child;
    revision.process = undefined;
    return stopContainer(child);
  }

  function deactivate(revision: Revision): Promise<void> {
    const stopped = stopProcess(revision);
    revision.active = false;
    revision.lastActiveTime = now();
    revision.replicas = [];
    if (revision.provisioningState !== 'Failed') {
      revision.runningState = 'Stopped';
      revision.healthState = 'None';
    }
    return stopped;
  }

  function activate(app: App, revision: Revision): Promise<void> {
    if (revision.active && revision.provisioning) return revision.provisioning;
    revision.active = true;
    revision.lastActiveTime = now();
    revision.provisioningState = 'Provisioning';
    revision.runningState = 'Processing';
    revision.healthState = 'None';
    revision.provisioningError = undefined;
    revision.provisioning = provision(app, revision).then(() => {
      if (app.configuration['activeRevisionsMode'] === 'Single') settleSingleMode(app, revision);
    });
    return revision.provisioning;
  }

  /** Single mode: once the latest revision runs, it takes all the traffic and the others stop. */
  function settleSingleMode(app: App, revision: Revision): void {
    if (revision.name !== app.latestRevisionName || revision.runningState !== 'Running') return;
    for (const other of app.revisions.values())
      if (other !== revision && other.active) void deactivate(other);
  }

  // --- writes ----------------------------------------------------------------------------------------------

  function validate(app: App, configuration: Json, template: Json, newRevision?: string): void {
    const containers = template['containers'];
    if (!Array.isArray(containers) || containers.length === 0) {
      throw new ArmError(
        400,
        'ContainerAppInvalidTemplate',
        'The template must have at least one container.'
      );
    }
    for (const container of containers as Json[]) {
      if (!container['name'] || !container['image']) {
        throw new ArmError(400, 'ContainerAppInvalidTemplate', 'Every container needs a name and an image.');
      }
    }
    const mode = String(configuration['activeRevisionsMode'] ?? 'Single');
    if (!['Single', 'Multiple', 'Labels'].includes(mode)) {
      throw new ArmError(
        400,
        'ContainerAppInvalidActiveRevisionsMode',
        `Invalid activeRevisionsMode '${mode}'.`
      );
    }
    const traffic = ((configuration['ingress'] as Json | undefined)?.['traffic'] as Json[] | undefined) ?? [];
    if (traffic.length === 0) return;
    const total = traffic.reduce((sum, t) => sum + Number(t['weight'] ?? 0), 0);
    if (total !== 100) {
      throw new ArmError(
        400,
        'ContainerAppInvalidTrafficWeight',
        `The traffic weights of Container App '${app.name}' add up to ${total}; they must add up to 100.`
      );
    }
    const labels = new Set<string>();
    for (const entry of traffic) {
      const name = entry['revisionName'] ? String(entry['revisionName']) : undefined;
      if (
        name &&
        !app.revisions.has(name.toLowerCase()) &&
        name.toLowerCase() !== newRevision?.toLowerCase()
      ) {
        throw new ArmError(
          400,
          'ContainerAppRevisionNotFound',
          `Traffic names revision '${name}', which Container App '${app.name}' does not have.`
        );
      }
      if (mode === 'Single' && name && Number(entry['weight']) !== 100 && Number(entry['weight']) !== 0) {
        throw new ArmError(
          400,
          'ContainerAppSingleRevisionModeTraffic',
          'Traffic cannot be split between revisions in Single revision mode.'
        );
      }
      const label = entry['label'] ? String(entry['label']) : undefined;
      if (label && labels.has(label)) {
        throw new ArmError(
          400,
          'ContainerAppDuplicateTrafficLabel',
          `The traffic label '${label}' is used twice.`
        );
      }
      if (label) labels.add(label);
    }
  }

  /**
   * Applies a PUT or PATCH: validates, and when the template changed, names the new revision and starts it.
   * Answers 200 when nothing changes, else the long-running operation.
   */
  function write(ctx: ArmContext, app: App, properties: Json): ArmReply {
    checkIfMatch(app, ctx);
    const configuration = (properties['configuration'] as Json | undefined) ?? {};
    // Clients send `latestRevision: false` (the SDK's default); ARM stores and returns it only when true.
    const ingress = configuration['ingress'] as Json | undefined;
    for (const entry of (ingress?.['traffic'] as Json[] | undefined) ?? []) {
      if (entry['latestRevision'] === false) delete entry['latestRevision'];
    }
    const template = (properties['template'] as Json | undefined) ?? {};
    for (const secret of (configuration['secrets'] as Json[] | undefined) ?? []) {
      if (secret['value'] === undefined && !secret['keyVaultUrl']) {
        throw new ArmError(
          400,
          'ContainerAppSecretInvalid',
          `Secret '${String(secret['name'])}' needs a value or a keyVaultUrl.`
        );
      }
    }
    const suffix = template['revisionSuffix'] ? String(template['revisionSuffix']) : undefined;
    if (suffix !== undefined && !suffixPattern.test(suffix)) {
      throw new ArmError(
        400,
        'ContainerAppInvalidRevisionSuffix',
        `Invalid revision suffix '${suffix}': lower case letters, digits and '-', at most 32 characters, starting and ending with a letter or digit.`
      );
    }
    const latest = app.revisions.get(app.latestRevisionName.toLowerCase());
    // A new suffix is a revision-scope change of its own: it makes a revision even with the same containers.
    const templateChanged =
      !latest ||
      (suffix !== undefined && latest.name.toLowerCase() !== `${app.name}--${suffix}`.toLowerCase()) ||
      revisionTemplate(latest.template) !== revisionTemplate(template);
    let newRevision: string | undefined;
    if (templateChanged) {
      newRevision = `${app.name}--${suffix ?? randomBytes(4).toString('hex').slice(0, 7)}`;
      const existing = app.revisions.get(newRevision.toLowerCase());
      if (existing && revisionTemplate(existing.template) !== revisionTemplate(template)) {
        throw new ArmError(
          400,
          'ContainerAppRevisionSuffixConflict',
          `Revision '${newRevision}' already exists with a different template; give a new revision suffix.`
        );
      }
      if (existing) newRevision = undefined;
    }
    validate(app, configuration, template, newRevision);
    const unchanged =
      !newRevision &&
      canonical(configuration) === canonical(app.configuration) &&
      canonical(template) === canonical(app.template);
    if (unchanged) return withEtag(app, { status: 200, body: appBody(app) });

    app.configuration = clone(configuration);
    app.template = clone(template);
    bump(app);
    let started: Promise<void> | undefined;
    if (newRevision) {
      const revision: Revision = {
        name: newRevision,
        createdTime: now(),
        lastActiveTime: now(),
        template: clone(template),
        active: false,
        provisioningState: 'Provisioning',
        runningState: 'Processing',
        healthState: 'None',
        replicas: []
      };
      app.revisions.set(newRevision.toLowerCase(), revision);
      app.latestRevisionName = newRevision;
      started = activate(app, revision);
    }
    return withEtag(
      app,
      sandbox.arm.longRunning(ctx, {
        namespace: 'Microsoft.App',
        location: app.location,
        status: ctx.method === 'PUT' ? 201 : 202,
        body: appBody(app),
        polls: options.provisioningPolls,
        retryAfterSeconds: options.retryAfterSeconds,
        run: async () => {
          await started;
          return appBody(app);
        }
      })
    );
  }

  function createApp(spec: ContainerAppSpec): App {
    const environment = [...environments.values()].find(
      e => e.name === spec.environment && e.subscriptionId === spec.subscriptionId
    );
    if (!environment)
      throw new Error(`sandbox world: app ${spec.name}: unknown environment ${spec.environment}`);
    const id = `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.App/containerApps/${spec.name}`;
    const app: App = {
      id,
      name: spec.name,
      subscriptionId: spec.subscriptionId,
      resourceGroup: spec.resourceGroup,
      location: environment.location,
      environment,
      identity: {
        type: 'SystemAssigned',
        principalId: createHash('sha256')
          .update(`${id}:identity`)
          .digest('hex')
          .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/, '$1-$2-$3-$4-$5'),
        tenantId: sandbox.world.subscriptions.find(s => s.id === spec.subscriptionId)?.tenantId ?? ''
      },
      configuration: {
        activeRevisionsMode: spec.activeRevisionsMode ?? 'Single',
        ingress: {
          external: spec.external ?? true,
          targetPort: spec.targetPort,
          transport: 'Auto',
          allowInsecure: false,
          traffic:
            spec.activeRevisionsMode === 'Multiple'
              ? [{ revisionName: `${spec.name}--${spec.revisionSuffix}`, weight: 100 }]
              : [{ latestRevision: true, weight: 100 }],
          stickySessions: { affinity: 'none' }
        },
        secrets: clone(spec.secrets ?? []),
        registries: clone(spec.registries ?? []),
        maxInactiveRevisions: 100
      },
      template: {
        revisionSuffix: spec.revisionSuffix,
        containers: spec.containers.map(c => ({
          name: c.name,
          image: c.image,
          env: clone(c.env ?? []),
          resources: { cpu: 0.5, memory: '1Gi' }
        })),
        scale: { minReplicas: 1, maxReplicas: 3 }
      },
      etag: '',
      version: 0,
      latestRevisionName: `${spec.name}--${spec.revisionSuffix}`,
      revisions: new Map()
    };
    bump(app);
    for (const container of spec.containers) declared.add(container.image);
    const revision: Revision = {
      name: app.latestRevisionName,
      createdTime: now(),
      lastActiveTime: now(),
      template: clone(app.template),
      active: false,
      provisioningState: 'Provisioning',
      runningState: 'Processing',
      healthState: 'None',
      replicas: []
    };
    app.revisions.set(revision.name.toLowerCase(), revision);
    apps.set(key(spec.subscriptionId, spec.resourceGroup, spec.name), app);
    return app;
  }

  function addEnvironment(spec: ManagedEnvironmentSpec): void {
    const location = spec.location ?? 'westeurope';
    const id = `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.App/managedEnvironments/${spec.name}`;
    const hash = createHash('sha256').update(id).digest('hex').slice(0, 8);
    environments.set(key(spec.subscriptionId, spec.resourceGroup, spec.name), {
      id,
      name: spec.name,
      subscriptionId: spec.subscriptionId,
      resourceGroup: spec.resourceGroup,
      location,
      properties: {
        provisioningState: 'Succeeded',
        defaultDomain: spec.defaultDomain ?? `${spec.name}-${hash}.${location}.azurecontainerapps.io`,
        staticIp: '20.61.142.17',
        zoneRedundant: false,
        workloadProfiles: [{ name: 'Consumption', workloadProfileType: 'Consumption' }],
        publicNetworkAccess: 'Enabled'
      }
    });
  }

  function routeDomain(e: Environment): void {
    if (ingressUrl)
      sandbox.routeHost(`*.${String(e.properties['defaultDomain'])}`, Number(new URL(ingressUrl).port));
  }

  const environmentBody = (e: Environment): Json => ({
    id: e.id,
    name: e.name,
    type: 'Microsoft.App/managedEnvironments',
    location: e.location,
    properties: clone(e.properties)
  });

  // --- ingress ---------------------------------------------------------------------------------------------

  /** Which revision a request to `host` reaches: a label URL, a revision URL, or the app's production split. */
  function route(host: string): { app: App; revision?: Revision; why: string } | undefined {
    const name = host.split(':')[0]!.toLowerCase();
    for (const app of apps.values()) {
      const domain = domainOf(app).toLowerCase();
      if (!name.endsWith(`.${domain}`)) continue;
      const sub = name.slice(0, -domain.length - 1);
      if (sub === app.name.toLowerCase()) {
        const traffic = resolvedTraffic(app).filter(t => t.weight > 0);
        const total = traffic.reduce((sum, t) => sum + t.weight, 0);
        let pick = Math.random() * total;
        const chosen = traffic.find(t => (pick -= t.weight) < 0) ?? traffic[0];
        return {
          app,
          revision: chosen && app.revisions.get(chosen.revisionName.toLowerCase()),
          why: 'production traffic'
        };
      }
      if (sub.startsWith(`${app.name.toLowerCase()}---`)) {
        const label = sub.slice(app.name.length + 3);
        const entry = resolvedTraffic(app).find(t => t.label?.toLowerCase() === label);
        return {
          app,
          revision: entry && app.revisions.get(entry.revisionName.toLowerCase()),
          why: `label '${label}'`
        };
      }
      const revision = app.revisions.get(sub);
      if (revision) return { app, revision, why: `revision '${revision.name}'` };
    }
    return undefined;
  }

  async function ingress(req: Request): Promise<Reply> {
    // A front end (or a test calling the loopback port) names the app in X-Forwarded-Host.
    const forwardedHost = req.headers['x-forwarded-host'];
    const routed = route(typeof forwardedHost === 'string' ? forwardedHost : req.host);
    if (!routed)
      return {
        status: 404,
        body: `No Container App answers at ${req.host}.`,
        headers: { 'content-type': 'text/plain' }
      };
    const target = routed.revision?.active ? routed.revision.process?.url : undefined;
    if (!target) {
      return {
        status: 503,
        body: `Container App '${routed.app.name}': no running revision serves ${routed.why}.`,
        headers: { 'content-type': 'text/plain' }
      };
    }
    const reply = await forward(target, req, req.host, {
      status: 502,
      body: 'upstream connect error',
      headers: {}
    });
    return {
      ...reply,
      headers: { ...reply.headers, 'x-sandbox-revision': routed.revision!.name },
      detail: { revision: routed.revision!.name }
    };
  }

  // --- ARM routes ------------------------------------------------------------------------------------------

  function routes(): void {
    const arm = sandbox.arm;
    const envPath = `${base}/managedEnvironments/:env`;
    const findEnvironment = (ctx: ArmContext) => {
      const e = environments.get(key(ctx.params.sub!, ctx.params.rg!, ctx.params.env!));
      if (!e) throw resourceNotFound('Microsoft.App/managedEnvironments', ctx.params.env!, ctx.params.rg!);
      return e;
    };
    arm.route('GET', envPath, {
      action: 'Microsoft.App/managedEnvironments/read',
      handler: ctx => ({ status: 200, body: environmentBody(findEnvironment(ctx)) })
    });
    for (const method of ['PUT', 'PATCH'] as const) {
      arm.route(method, envPath, {
        action: 'Microsoft.App/managedEnvironments/write',
        handler: ctx => {
          let e = environments.get(key(ctx.params.sub!, ctx.params.rg!, ctx.params.env!));
          if (!e && method === 'PATCH') e = findEnvironment(ctx);
          const body = (ctx.body as Json | undefined) ?? {};
          if (!e) {
            addEnvironment({
              name: ctx.params.env!,
              subscriptionId: ctx.params.sub!,
              resourceGroup: ctx.params.rg!,
              location: String(body['location'] ?? 'westeurope')
            });
            e = findEnvironment(ctx);
            routeDomain(e);
          }
          const target = e;
          const readOnly = {
            provisioningState: 'Succeeded',
            defaultDomain: target.properties['defaultDomain'],
            staticIp: target.properties['staticIp']
          };
          const properties = (body['properties'] as Json | undefined) ?? {};
          const next = {
            ...(method === 'PUT' ? properties : (mergePatch(target.properties, properties) as Json)),
            ...readOnly
          };
          return sandbox.arm.longRunning(ctx, {
            namespace: 'Microsoft.App',
            location: target.location,
            status: method === 'PUT' ? 201 : 202,
            body: environmentBody(target),
            polls: options.provisioningPolls,
            retryAfterSeconds: options.retryAfterSeconds,
            run: () => {
              target.properties = next;
              return environmentBody(target);
            }
          });
        }
      });
    }

    const appPath = `${base}/containerApps/:app`;
    arm.route('GET', appPath, {
      action: 'Microsoft.App/containerApps/read',
      handler: ctx => {
        const app = findApp(ctx);
        return withEtag(app, { status: 200, body: appBody(app) });
      }
    });
    arm.route('PUT', appPath, {
      action: 'Microsoft.App/containerApps/write',
      handler: ctx => {
        const body = (ctx.body as Json | undefined) ?? {};
        const properties = (body['properties'] as Json | undefined) ?? {};
        let app = apps.get(key(ctx.params.sub!, ctx.params.rg!, ctx.params.app!));
        if (!app) {
          const envId = String(properties['managedEnvironmentId'] ?? properties['environmentId'] ?? '');
          const environment = [...environments.values()].find(
            e => e.id.toLowerCase() === envId.toLowerCase()
          );
          if (!environment) {
            throw new ArmError(
              400,
              'ManagedEnvironmentNotFound',
              `Managed environment '${envId}' was not found.`
            );
          }
          const template = (properties['template'] as Json | undefined) ?? {};
          app = createApp({
            name: ctx.params.app!,
            environment: environment.name,
            subscriptionId: ctx.params.sub!,
            resourceGroup: ctx.params.rg!,
            revisionSuffix: String(template['revisionSuffix'] ?? randomBytes(4).toString('hex').slice(0, 7)),
            targetPort: 80,
            containers: []
          });
          app.revisions.clear();
          app.template = {};
          app.latestRevisionName = '';
        }
        if (body['identity']) app.identity = { ...app.identity, ...(body['identity'] as Json) };
        return write(ctx, app, properties);
      }
    });
    arm.route('PATCH', appPath, {
      action: 'Microsoft.App/containerApps/write',
      handler: ctx => {
        const app = findApp(ctx);
        const body = (ctx.body as Json | undefined) ?? {};
        const patch = (body['properties'] as Json | undefined) ?? {};
        const current = { configuration: app.configuration, template: app.template };
        return write(ctx, app, mergePatch(current, patch) as Json);
      }
    });

    const revisionsPath = `${appPath}/revisions`;
    arm.route('GET', revisionsPath, {
      action: 'Microsoft.App/containerApps/revisions/read',
      handler: ctx => {
        const app = findApp(ctx);
        return { status: 200, body: { value: [...app.revisions.values()].map(r => revisionBody(app, r)) } };
      }
    });
    arm.route('GET', `${revisionsPath}/:revision`, {
      action: 'Microsoft.App/containerApps/revisions/read',
      handler: ctx => {
        const app = findApp(ctx);
        return { status: 200, body: revisionBody(app, findRevision(app, ctx.params.revision!)) };
      }
    });
    arm.route('GET', `${revisionsPath}/:revision/replicas`, {
      action: 'Microsoft.App/containerApps/revisions/replicas/read',
      handler: ctx => {
        const app = findApp(ctx);
        const revision = findRevision(app, ctx.params.revision!);
        return { status: 200, body: { value: revision.replicas.map(r => replicaBody(app, revision, r)) } };
      }
    });
    arm.route('POST', `${revisionsPath}/:revision/activate`, {
      action: 'Microsoft.App/containerApps/revisions/activate/action',
      handler: async ctx => {
        const app = findApp(ctx);
        await activate(app, findRevision(app, ctx.params.revision!));
        return { status: 200 };
      }
    });
    arm.route('POST', `${revisionsPath}/:revision/deactivate`, {
      action: 'Microsoft.App/containerApps/revisions/deactivate/action',
      handler: async ctx => {
        const app = findApp(ctx);
        const revision = findRevision(app, ctx.params.revision!);
        if (resolvedTraffic(app).some(t => t.revisionName === revision.name && t.weight > 0)) {
          throw new ArmError(
            400,
            'ContainerAppRevisionHasTraffic',
            `Revision '${revision.name}' receives traffic; move its traffic before deactivating it.`
          );
        }
        await deactivate(revision);
        return { status: 200 };
      }
    });
  }

  return {
    name: 'containerapps',
    get ingressUrl() {
      return ingressUrl;
    },
    markImage: (image, behaviour) => behaviours.set(image, behaviour),
    declareImage: image => declared.add(image),
    revision: (appName, name) => {
      const app = [...apps.values()].find(a => a.name === appName);
      const r = app?.revisions.get(name.toLowerCase());
      return (
        r && {
          name: r.name,
          active: r.active,
          provisioningState: r.provisioningState,
          runningState: r.runningState,
          healthState: r.healthState,
          ...(r.provisioningError ? { provisioningError: r.provisioningError } : {}),
          ...(r.process ? { processUrl: r.process.url } : {})
        }
      );
    },
    traffic: appName => {
      const app = [...apps.values()].find(a => a.name === appName);
      const weights: Record<string, number> = {};
      for (const t of app ? resolvedTraffic(app) : [])
        weights[t.revisionName] = (weights[t.revisionName] ?? 0) + t.weight;
      return weights;
    },
    async start(s) {
      sandbox = s;
      const world = s.world.containerApps ?? { environments: [], apps: [] };
      for (const spec of world.environments) addEnvironment(spec);
      const initial = world.apps.map(spec => {
        const app = createApp(spec);
        return activate(app, app.revisions.get(app.latestRevisionName.toLowerCase())!);
      });
      routes();
      ingressUrl = await s.serve('containerapps', ingress, { hosts: ['*.azurecontainerapps.io'] });
      // The proxy's wildcards cover one label: each environment's domain gets its own.
      for (const e of environments.values()) routeDomain(e);
      await Promise.all(initial);
      return async () => {
        stopping = true;
        for (const app of apps.values()) {
          for (const revision of app.revisions.values()) {
            await revision.provisioning?.catch(() => undefined);
            await stopProcess(revision);
          }
        }
      };
    }
  };
}
