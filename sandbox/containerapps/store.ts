// What Container Apps holds: the managed environments and the apps (with their revisions) of every subscription,
// keyed case-insensitively by subscription, resource group and name, as ARM resolves resource ids.
import { createHash } from 'node:crypto';
import type { ContainerAppSpec, ManagedEnvironmentSpec } from '../world.js';
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
        tenantId: this.tenantOf(spec.subscriptionId)
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
    const revision = createRevision(app.latestRevisionName, app.template, this.now);
    app.revisions.set(revision.name.toLowerCase(), revision);
    this.apps.set(key(spec.subscriptionId, spec.resourceGroup, spec.name), app);
    return app;
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
