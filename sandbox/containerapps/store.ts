// What Container Apps holds: the managed environments and the apps (with their revisions) of every subscription,
// keyed case-insensitively by subscription, resource group and name, as ARM resolves resource ids.
import { createHash } from 'node:crypto';
import type { ContainerAppSpec, ManagedEnvironmentSpec } from '../world.js';
import type { JsonObject } from '../json.js';
import { bump, clone, createRevision, type App, type Environment } from './model.js';

const key = (sub: string, rg: string, name: string) => `${sub}/${rg}/${name}`.toLowerCase();

export class AppsStore {
  readonly environments = new Map<string, Environment>();
  readonly apps = new Map<string, App>();

  constructor(
    private readonly now: () => string,
    /** The tenant of a subscription, for the apps' managed identities. */
    private readonly tenantOf: (subscriptionId: string) => string
  ) {}

  environment(sub: string, rg: string, name: string): Environment | undefined {
    return this.environments.get(key(sub, rg, name));
  }

  app(sub: string, rg: string, name: string): App | undefined {
    return this.apps.get(key(sub, rg, name));
  }

  /** An app by its name alone, for the tests' views. */
  appNamed(name: string): App | undefined {
    return [...this.apps.values()].find(a => a.name === name);
  }

  /** An app of the world (or the shell of one a PUT creates), with its first revision, not yet active. */
  createApp(spec: ContainerAppSpec): App {
    const environment = [...this.environments.values()].find(
      e => e.name === spec.environment && e.subscriptionId === spec.subscriptionId
    );
    if (!environment)
      throw new Error(`sandbox world: app ${spec.name}: unknown environment ${spec.environment}`);
    const id = `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.App/containerApps/${spec.name}`;
    const app: App = {
      ...this.shell({
        name: spec.name,
        subscriptionId: spec.subscriptionId,
        resourceGroup: spec.resourceGroup,
        location: environment.location,
        environment
      }),
      identity: this.identity(id, { type: 'SystemAssigned' }),
      configuration: {
        activeRevisionsMode: spec.activeRevisionsMode ?? 'Single',
        ingress: {
          external: spec.external ?? true,
          targetPort: spec.targetPort,
          transport: 'auto',
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
          ...(c.probes ? { probes: clone(c.probes) } : {}),
          resources: { cpu: 0.5, memory: '1Gi' }
        })),
        scale: { minReplicas: 1, maxReplicas: 3 }
      },
      latestRevisionName: `${spec.name}--${spec.revisionSuffix}`
    };
    bump(app);
    const revision = createRevision(app.latestRevisionName, app.template, this.now);
    app.revisions.set(revision.name.toLowerCase(), revision);
    this.add(app);
    return app;
  }

  /** An app a PUT is creating: no configuration, template or revision yet, not in the store until `add`. */
  shell(spec: {
    name: string;
    subscriptionId: string;
    resourceGroup: string;
    location: string;
    environment: Environment;
  }): App {
    const id = `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.App/containerApps/${spec.name}`;
    return {
      id,
      name: spec.name,
      subscriptionId: spec.subscriptionId,
      resourceGroup: spec.resourceGroup,
      location: spec.location,
      environment: spec.environment,
      tags: {},
      identity: { type: 'None' },
      workloadProfileName: 'Consumption',
      configuration: {},
      template: {},
      etag: '',
      version: 0,
      latestRevisionName: '',
      revisions: new Map(),
      provisioning: false
    };
  }

  add(app: App): void {
    this.apps.set(key(app.subscriptionId, app.resourceGroup, app.name), app);
  }

  /**
   * A managed identity as ARM answers it: what was asked for, with the principal of the system-assigned identity
   * and of each user-assigned one filled in (stable ids, derived from the app and the identity).
   */
  identity(appId: string, asked: JsonObject): JsonObject {
    const type = String(asked['type'] ?? 'None');
    if (type === 'None') return { type };
    const guid = (seed: string) =>
      createHash('sha256')
        .update(seed)
        .digest('hex')
        .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/, '$1-$2-$3-$4-$5');
    const subscriptionId = appId.split('/')[2] ?? '';
    const userAssigned = Object.keys((asked['userAssignedIdentities'] as JsonObject | undefined) ?? {});
    return {
      type,
      ...(type.includes('SystemAssigned')
        ? { principalId: guid(`${appId}:identity`), tenantId: this.tenantOf(subscriptionId) }
        : {}),
      ...(userAssigned.length > 0
        ? {
            userAssignedIdentities: Object.fromEntries(
              userAssigned.map(id => [
                id,
                { principalId: guid(`${id}:principal`), clientId: guid(`${id}:client`) }
              ])
            )
          }
        : {})
    };
  }

  addEnvironment(spec: ManagedEnvironmentSpec): Environment {
    const location = spec.location ?? 'westeurope';
    const id = `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.App/managedEnvironments/${spec.name}`;
    const hash = createHash('sha256').update(id).digest('hex').slice(0, 8);
    const environment: Environment = {
      id,
      name: spec.name,
      subscriptionId: spec.subscriptionId,
      resourceGroup: spec.resourceGroup,
      location,
      tags: {},
      properties: {
        provisioningState: 'Succeeded',
        defaultDomain: spec.defaultDomain ?? `${spec.name}-${hash}.${location}.azurecontainerapps.io`,
        staticIp: '20.61.142.17',
        zoneRedundant: false,
        workloadProfiles: [{ name: 'Consumption', workloadProfileType: 'Consumption' }],
        publicNetworkAccess: 'Enabled'
      }
    };
    this.environments.set(key(spec.subscriptionId, spec.resourceGroup, spec.name), environment);
    return environment;
  }
}
