// Container Apps' ARM side (Microsoft.App): managed environments, container apps, their revisions and replicas,
// activate and deactivate. A write is validated as ARM validates it; one that changes the template names a new
// revision and starts it, behind a long-running operation.
import { randomBytes } from 'node:crypto';
import type { ArmContext, ArmReply, Sandbox } from '../index.js';
import { ArmError, resourceNotFound } from '../index.js';
import { mergePatch, type JsonObject } from '../json.js';
import type { RevisionController } from './controller.js';
import {
  appBody,
  bump,
  canonical,
  clone,
  createRevision,
  environmentBody,
  replicaBody,
  resolvedTraffic,
  revisionBody,
  revisionTemplate,
  type App,
  type Environment,
  type Revision
} from './model.js';
import type { AppsStore } from './store.js';

/** What the ARM handlers work on. */
export interface ArmState {
  sandbox: Sandbox;
  store: AppsStore;
  controller: RevisionController;
  options: { provisioningPolls?: number; retryAfterSeconds?: number };
  now(): string;
  /** Lets the proxy reach a new environment's apps at their names. */
  routeDomain(environment: Environment): void;
}

const base = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.App';
const suffixPattern = /^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/;

function findApp(store: AppsStore, ctx: ArmContext): App {
  const app = store.app(ctx.params.sub!, ctx.params.rg!, ctx.params.app!);
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

const withEtag = (app: App, reply: ArmReply): ArmReply => ({
  ...reply,
  headers: { ...reply.headers, ETag: app.etag }
});

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

function validate(app: App, configuration: JsonObject, template: JsonObject, newRevision?: string): void {
  const containers = template['containers'];
  if (!Array.isArray(containers) || containers.length === 0) {
    throw new ArmError(400, 'ContainerAppInvalidTemplate', 'The template must have at least one container.');
  }
  for (const container of containers as JsonObject[]) {
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
  const traffic =
    ((configuration['ingress'] as JsonObject | undefined)?.['traffic'] as JsonObject[] | undefined) ?? [];
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
    if (name && !app.revisions.has(name.toLowerCase()) && name.toLowerCase() !== newRevision?.toLowerCase()) {
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
function write(state: ArmState, ctx: ArmContext, app: App, properties: JsonObject): ArmReply {
  checkIfMatch(app, ctx);
  const configuration = (properties['configuration'] as JsonObject | undefined) ?? {};
  // Clients send `latestRevision: false` (the SDK's default); ARM stores and returns it only when true.
  const ingress = configuration['ingress'] as JsonObject | undefined;
  for (const entry of (ingress?.['traffic'] as JsonObject[] | undefined) ?? []) {
    if (entry['latestRevision'] === false) delete entry['latestRevision'];
  }
  const template = (properties['template'] as JsonObject | undefined) ?? {};
  for (const secret of (configuration['secrets'] as JsonObject[] | undefined) ?? []) {
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
    const revision = createRevision(newRevision, template, state.now);
    app.revisions.set(newRevision.toLowerCase(), revision);
    app.latestRevisionName = newRevision;
    started = state.controller.activate(app, revision);
  }
  return withEtag(
    app,
    state.sandbox.arm.longRunning(ctx, {
      namespace: 'Microsoft.App',
      location: app.location,
      status: ctx.method === 'PUT' ? 201 : 202,
      body: appBody(app),
      polls: state.options.provisioningPolls,
      retryAfterSeconds: state.options.retryAfterSeconds,
      run: async () => {
        await started;
        return appBody(app);
      }
    })
  );
}

/** The ARM routes of Microsoft.App: managed environments, container apps, revisions and their replicas. */
export function armRoutes(state: ArmState): void {
  const { store, controller, options } = state;
  const arm = state.sandbox.arm;
  const envPath = `${base}/managedEnvironments/:env`;
  const findEnvironment = (ctx: ArmContext) => {
    const e = store.environment(ctx.params.sub!, ctx.params.rg!, ctx.params.env!);
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
        let e = store.environment(ctx.params.sub!, ctx.params.rg!, ctx.params.env!);
        if (!e && method === 'PATCH') e = findEnvironment(ctx);
        const body = (ctx.body as JsonObject | undefined) ?? {};
        if (!e) {
          e = store.addEnvironment({
            name: ctx.params.env!,
            subscriptionId: ctx.params.sub!,
            resourceGroup: ctx.params.rg!,
            location: String(body['location'] ?? 'westeurope')
          });
          state.routeDomain(e);
        }
        const target = e;
        const readOnly = {
          provisioningState: 'Succeeded',
          defaultDomain: target.properties['defaultDomain'],
          staticIp: target.properties['staticIp']
        };
        const properties = (body['properties'] as JsonObject | undefined) ?? {};
        const next = {
          ...(method === 'PUT' ? properties : (mergePatch(target.properties, properties) as JsonObject)),
          ...readOnly
        };
        return arm.longRunning(ctx, {
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
      const app = findApp(store, ctx);
      return withEtag(app, { status: 200, body: appBody(app) });
    }
  });
  arm.route('PUT', appPath, {
    action: 'Microsoft.App/containerApps/write',
    handler: ctx => {
      const body = (ctx.body as JsonObject | undefined) ?? {};
      const properties = (body['properties'] as JsonObject | undefined) ?? {};
      let app = store.app(ctx.params.sub!, ctx.params.rg!, ctx.params.app!);
      if (!app) {
        const envId = String(properties['managedEnvironmentId'] ?? properties['environmentId'] ?? '');
        const environment = [...store.environments.values()].find(
          e => e.id.toLowerCase() === envId.toLowerCase()
        );
        if (!environment) {
          throw new ArmError(
            400,
            'ManagedEnvironmentNotFound',
            `Managed environment '${envId}' was not found.`
          );
        }
        const template = (properties['template'] as JsonObject | undefined) ?? {};
        app = store.createApp({
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
      if (body['identity']) app.identity = { ...app.identity, ...(body['identity'] as JsonObject) };
      return write(state, ctx, app, properties);
    }
  });
  arm.route('PATCH', appPath, {
    action: 'Microsoft.App/containerApps/write',
    handler: ctx => {
      const app = findApp(store, ctx);
      const body = (ctx.body as JsonObject | undefined) ?? {};
      const patch = (body['properties'] as JsonObject | undefined) ?? {};
      const current = { configuration: app.configuration, template: app.template };
      return write(state, ctx, app, mergePatch(current, patch) as JsonObject);
    }
  });

  const revisionsPath = `${appPath}/revisions`;
  arm.route('GET', revisionsPath, {
    action: 'Microsoft.App/containerApps/revisions/read',
    handler: ctx => {
      const app = findApp(store, ctx);
      return { status: 200, body: { value: [...app.revisions.values()].map(r => revisionBody(app, r)) } };
    }
  });
  arm.route('GET', `${revisionsPath}/:revision`, {
    action: 'Microsoft.App/containerApps/revisions/read',
    handler: ctx => {
      const app = findApp(store, ctx);
      return { status: 200, body: revisionBody(app, findRevision(app, ctx.params.revision!)) };
    }
  });
  arm.route('GET', `${revisionsPath}/:revision/replicas`, {
    action: 'Microsoft.App/containerApps/revisions/replicas/read',
    handler: ctx => {
      const app = findApp(store, ctx);
      const revision = findRevision(app, ctx.params.revision!);
      return { status: 200, body: { value: revision.replicas.map(r => replicaBody(app, revision, r)) } };
    }
  });
  arm.route('POST', `${revisionsPath}/:revision/activate`, {
    action: 'Microsoft.App/containerApps/revisions/activate/action',
    handler: async ctx => {
      const app = findApp(store, ctx);
      await controller.activate(app, findRevision(app, ctx.params.revision!));
      return { status: 200 };
    }
  });
  arm.route('POST', `${revisionsPath}/:revision/deactivate`, {
    action: 'Microsoft.App/containerApps/revisions/deactivate/action',
    handler: async ctx => {
      const app = findApp(store, ctx);
      const revision = findRevision(app, ctx.params.revision!);
      if (resolvedTraffic(app).some(t => t.revisionName === revision.name && t.weight > 0)) {
        throw new ArmError(
          400,
          'ContainerAppRevisionHasTraffic',
          `Revision '${revision.name}' receives traffic; move its traffic before deactivating it.`
        );
      }
      await controller.deactivate(revision);
      return { status: 200 };
    }
  });
}
