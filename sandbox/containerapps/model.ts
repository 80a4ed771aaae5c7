// The Container Apps resource model: managed environments, apps, revisions and their replicas as the emulator
// holds them, the traffic they resolve to, and the ARM bodies (api-version 2025-07-01 shapes) they answer as.
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { isJsonObject, type JsonObject } from '../json.js';
import { containerAppsReplicaContainer } from '../runtime/adapters.js';
import type { Container } from '../runtime/index.js';

/**
 * What a test world says of an image that a real image cannot show here: `stuck` never finishes starting (a pull
 * that hangs), so only a deadline ends the wait. Crashes and failing probes come from real images.
 */
export type ImageBehaviour = 'stuck';

export interface RevisionView {
  name: string;
  active: boolean;
  provisioningState: string;
  runningState: string;
  healthState: string;
  provisioningError?: string;
  /** The URL of the example service's process, while one stands in for the image. */
  processUrl?: string;
  /** The replica's socket and container port, while the image runs in the container runtime. */
  socket?: { socketPath: string; port: number };
}

export interface Replica {
  name: string;
  createdTime: string;
  runningState: 'Running' | 'NotRunning' | 'Unknown';
  runningStateDetails: string;
  containers: JsonObject[];
  /** The service container run by the runtime: its status read live, over `status` (the endpoints). */
  container?: { status: JsonObject; live: Container };
}

export interface Revision {
  name: string;
  createdTime: string;
  lastActiveTime: string;
  template: JsonObject;
  active: boolean;
  provisioningState: 'Provisioning' | 'Provisioned' | 'Failed' | 'Deprovisioning' | 'Deprovisioned';
  runningState: 'Running' | 'Processing' | 'Stopped' | 'Degraded' | 'Failed' | 'Unknown';
  healthState: 'Healthy' | 'Unhealthy' | 'None';
  provisioningError?: string;
  replicas: Replica[];
  /** The example service's process standing in for the image (declared images, `run: 'example-service'`). */
  process?: { child: ChildProcess; url: string };
  /** The service container the runtime runs from the image. */
  container?: Container;
  provisioning?: Promise<void>;
}

export interface Environment {
  id: string;
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  tags: Record<string, string>;
  properties: JsonObject;
}

export interface App {
  id: string;
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  environment: Environment;
  tags: Record<string, string>;
  identity: JsonObject;
  workloadProfileName: string;
  configuration: JsonObject;
  template: JsonObject;
  etag: string;
  version: number;
  latestRevisionName: string;
  revisions: Map<string, Revision>;
  /** A write's operation is running: the app reads as InProgress until it completes. */
  provisioning: boolean;
}

export const clone = <T>(value: T): T => structuredClone(value);

/** A value as JSON with its keys sorted and empty ones left out: equal when ARM would see no change. */
export function canonical(value: unknown): string {
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
export const revisionTemplate = (template: JsonObject): string =>
  canonical({ ...template, revisionSuffix: undefined });

export const domainOf = (app: App) => String(app.environment.properties['defaultDomain']);

/** A revision just made from `template`, not yet active. */
export function createRevision(name: string, template: JsonObject, now: () => string): Revision {
  return {
    name,
    createdTime: now(),
    lastActiveTime: now(),
    template: clone(template),
    active: false,
    provisioningState: 'Provisioning',
    runningState: 'Processing',
    healthState: 'None',
    replicas: []
  };
}

/** The next ETag of an app: its version moves on every write. */
export function bump(app: App): void {
  app.version += 1;
  app.etag = `"${createHash('sha256').update(`${app.id}:${app.version}`).digest('hex').slice(0, 16)}"`;
}

/** Traffic entries with `latestRevision: true` resolved to the revision they name. */
export function resolvedTraffic(app: App): { revisionName: string; weight: number; label?: string }[] {
  if (app.configuration['activeRevisionsMode'] === 'Single') {
    // The previous revision serves until the latest one runs.
    const running = [...app.revisions.values()]
      .filter(r => r.active && r.runningState === 'Running')
      .sort((a, b) => b.createdTime.localeCompare(a.createdTime))[0];
    return [{ revisionName: running?.name ?? app.latestRevisionName, weight: 100 }];
  }
  const ingress = app.configuration['ingress'] as JsonObject | undefined;
  const traffic = (ingress?.['traffic'] as JsonObject[] | undefined) ?? [];
  if (traffic.length === 0) return [{ revisionName: app.latestRevisionName, weight: 100 }];
  return traffic.map(entry => ({
    revisionName: entry['latestRevision'] ? app.latestRevisionName : String(entry['revisionName']),
    weight: Number(entry['weight'] ?? 0),
    ...(entry['label'] ? { label: String(entry['label']) } : {})
  }));
}

export function appBody(app: App): JsonObject {
  const domain = domainOf(app);
  const configuration = clone(app.configuration);
  const ingress = configuration['ingress'] as JsonObject | undefined;
  if (ingress) ingress['fqdn'] = `${app.name}.${domain}`;
  // ARM never returns secret values (listSecrets does, with its own permission).
  for (const secret of (configuration['secrets'] as JsonObject[] | undefined) ?? []) delete secret['value'];
  const latest = app.revisions.get(app.latestRevisionName.toLowerCase());
  const ready = [...app.revisions.values()]
    .filter(r => r.provisioningState === 'Provisioned' && r.runningState === 'Running')
    .sort((a, b) => b.createdTime.localeCompare(a.createdTime))[0];
  return {
    id: app.id,
    name: app.name,
    type: 'Microsoft.App/containerApps',
    location: app.location,
    ...(Object.keys(app.tags).length > 0 ? { tags: { ...app.tags } } : {}),
    identity: clone(app.identity),
    properties: {
      provisioningState: app.provisioning ? 'InProgress' : 'Succeeded',
      runningStatus: 'Running',
      managedEnvironmentId: app.environment.id,
      environmentId: app.environment.id,
      workloadProfileName: app.workloadProfileName,
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

export function revisionBody(app: App, revision: Revision): JsonObject {
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
      ...(revision.provisioningError ? { provisioningError: revision.provisioningError } : {}),
      healthState: revision.healthState,
      provisioningState: revision.provisioningState,
      runningState: revision.runningState
    }
  };
}

/** A replica as read now: a runtime container's state, restarts and last lines as they are at this moment. */
function liveReplica(replica: Replica): Replica {
  if (!replica.container) return replica;
  const container = { ...replica.container.status, ...containerAppsReplicaContainer(replica.container.live) };
  const ready = container['ready'] === true;
  return {
    ...replica,
    runningState: ready ? 'Running' : 'NotRunning',
    runningStateDetails: ready ? 'Running' : String(container['runningStateDetails'] || 'NotRunning'),
    containers: [container, ...replica.containers]
  };
}

export function replicaBody(app: App, revision: Revision, stored: Replica): JsonObject {
  const replica = liveReplica(stored);
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

/** A managed environment as ARM answers it: what was written, and what the platform fills in. */
export const environmentBody = (e: Environment): JsonObject => {
  const written = clone(e.properties);
  const domain = (written['customDomainConfiguration'] as JsonObject | undefined) ?? undefined;
  return {
    id: e.id,
    name: e.name,
    type: 'Microsoft.App/managedEnvironments',
    location: e.location,
    tags: { ...e.tags },
    properties: {
      ...written,
      eventStreamEndpoint: `https://${e.location}.azurecontainerapps.dev/subscriptions/${e.subscriptionId}/resourceGroups/${e.resourceGroup}/managedEnvironments/${e.name}/eventstream`,
      kedaConfiguration: { version: '2.17.2' },
      daprConfiguration: { version: '1.13.6-msft.6' },
      infrastructureResourceGroup:
        written['infrastructureResourceGroup'] ?? `ME_${e.name}_${e.resourceGroup}_${e.location}`,
      peerAuthentication: (written['peerAuthentication'] as JsonObject | undefined) ?? {
        mtls: { enabled: false }
      },
      peerTrafficConfiguration: (written['peerTrafficConfiguration'] as JsonObject | undefined) ?? {
        encryption: { enabled: false }
      },
      customDomainConfiguration: {
        ...domain,
        customDomainVerificationId: createHash('sha256').update(e.id).digest('hex').toUpperCase()
      }
    }
  };
};
