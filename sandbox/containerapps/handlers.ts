// Container Apps' ARM side (Microsoft.App): managed environments, container apps, their revisions and replicas,
// activate and deactivate. A write is validated as Container Apps validates it (names, environment, ingress,
// secrets and their references, resources, scale, traffic); one that changes the template names a new revision
// and starts it, behind a long-running operation: a PUT answers 201 with the app and Azure-AsyncOperation, a PATCH
// 202 with Location only and no body, as the 2025-07-01 spec declares.
import { randomBytes } from 'node:crypto';
import type { ArmContext, ArmReply, Sandbox } from '../index.js';
import { ArmError, resourceGroupNotFound, resourceNotFound } from '../index.js';
import { isJsonObject, mergePatch, type JsonObject } from '../json.js';
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
  options: { provisioningPolls?: number; retryAfterSeconds: number };
  /** Whether reads carry an ETag and writes honour If-Match (the 2025-07-01 spec declares neither). */
  etags(): boolean;
  now(): string;
  /** Lets the proxy reach a new environment's apps at their names. */
  routeDomain(environment: Environment): void;
}

const base = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.App';
const suffixPattern = /^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/;
const appNamePattern = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;
const secretNamePattern = /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/;
const transports = ['auto', 'http', 'http2', 'tcp'];

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

const invalid = (code: string, message: string) => new ArmError(400, code, message);

function checkIfMatch(state: ArmState, app: App, ctx: ArmContext): void {
  const ifMatch = ctx.headers['if-match'];
  if (state.etags() && ifMatch && ifMatch !== '*' && ifMatch !== app.etag) {
    throw new ArmError(
      412,
      'PreconditionFailed',
      `The resource '${app.name}' has been modified since it was read: the If-Match ETag ${ifMatch} does not match the current ETag ${app.etag}.`
    );
  }
}

const withEtag = (state: ArmState, app: App, reply: ArmReply): ArmReply =>
  state.etags() ? { ...reply, headers: { ...reply.headers, ETag: app.etag } } : reply;

/** `0.5` and `1Gi` (or `1.0Gi`, `512Mi`) as numbers of cores and GiB. */
function resourceTotals(containers: JsonObject[]): { cpu: number; memory: number } {
  let cpu = 0;
  let memory = 0;
  for (const c of containers) {
    const resources = (c['resources'] as JsonObject | undefined) ?? {};
    cpu += Number(resources['cpu'] ?? 0);
    const m = /^(\d+(?:\.\d+)?)\s*(Gi|Mi)?$/.exec(String(resources['memory'] ?? '0'));
    memory += m ? Number(m[1]) / (m[2] === 'Mi' ? 1024 : 1) : NaN;
  }
  return { cpu: Math.round(cpu * 100) / 100, memory: Math.round(memory * 100) / 100 };
}

/** The Consumption profile's CPU and memory pairs: 0.25 cores and 0.5 GiB per step, up to 4 cores and 8 GiB. */
const consumptionSizes = Array.from({ length: 16 }, (_, i) => ({
  cpu: (i + 1) * 0.25,
  memory: (i + 1) * 0.5
}));

/**
 * What Container Apps refuses in a write: the template, the revision mode, the ingress, the secrets and what
 * references them, the resources the containers add up to, the scale range and the traffic.
 */
function validate(app: App, configuration: JsonObject, template: JsonObject, newRevision?: string): void {
  const containers = template['containers'];
  if (!Array.isArray(containers) || containers.length === 0) {
    throw invalid('ContainerAppInvalidTemplate', 'The template must have at least one container.');
  }
  for (const container of containers as JsonObject[]) {
    if (!container['name'] || !container['image']) {
      throw invalid('ContainerAppInvalidTemplate', 'Every container needs a name and an image.');
    }
  }
  const mode = String(configuration['activeRevisionsMode'] ?? 'Single');
  if (!['Single', 'Multiple'].includes(mode)) {
    throw invalid('ContainerAppInvalidActiveRevisionsMode', `Invalid activeRevisionsMode '${mode}'.`);
  }

  const ingress = configuration['ingress'] as JsonObject | undefined;
  if (ingress) {
    const port = ingress['targetPort'];
    if (port !== undefined && (!Number.isInteger(port) || Number(port) < 1 || Number(port) > 65535)) {
      throw invalid(
        'ContainerAppInvalidIngressTargetPort',
        `Invalid ingress target port '${String(port)}': it must be a port number from 1 to 65535.`
      );
    }
    const transport = ingress['transport'];
    if (transport !== undefined && !transports.includes(String(transport).toLowerCase())) {
      throw invalid(
        'ContainerAppInvalidIngressTransport',
        `Invalid ingress transport '${String(transport)}': it must be one of ${transports.join(', ')}.`
      );
    }
  }

  const secrets = (configuration['secrets'] as JsonObject[] | undefined) ?? [];
  const invalidSecrets = secrets.filter(
    s =>
      !secretNamePattern.test(String(s['name'] ?? '')) ||
      (s['value'] === undefined && !(s['keyVaultUrl'] && s['identity']))
  );
  if (invalidSecrets.length > 0) {
    throw invalid(
      'ContainerAppSecretInvalid',
      `Invalid Request: Container app secret(s) with name(s) '${invalidSecrets.map(s => String(s['name'])).join(', ')}' are invalid: value or keyVaultUrl and identity should be provided.`
    );
  }
  const secretNames = new Set(secrets.map(s => String(s['name'])));
  const initContainers = (template['initContainers'] as JsonObject[] | undefined) ?? [];
  for (const container of [...initContainers, ...(containers as JsonObject[])]) {
    for (const variable of (container['env'] as JsonObject[] | undefined) ?? []) {
      const ref = variable['secretRef'];
      if (ref !== undefined && !secretNames.has(String(ref))) {
        throw invalid(
          'ContainerAppSecretRefNotFound',
          `SecretRef '${String(ref)}' defined for container '${String(container['name'])}' not found.`
        );
      }
    }
  }
  for (const registry of (configuration['registries'] as JsonObject[] | undefined) ?? []) {
    const ref = registry['passwordSecretRef'];
    if (ref !== undefined && !secretNames.has(String(ref))) {
      throw invalid(
        'ContainerAppSecretRefNotFound',
        `SecretRef '${String(ref)}' defined for registry '${String(registry['server'])}' not found.`
      );
    }
  }

  if (app.workloadProfileName === 'Consumption') {
    const total = resourceTotals(containers as JsonObject[]);
    if (!consumptionSizes.some(s => s.cpu === total.cpu && s.memory === total.memory)) {
      throw invalid(
        'ContainerAppInvalidResourceTotal',
        `The total requested CPU and memory resources for this application (CPU: ${total.cpu}, memory: ${total.memory}) is invalid. Total CPU and memory for all containers defined in a Container App must add up to one of the following CPU - Memory combinations: ${consumptionSizes.map(s => `[cpu: ${s.cpu.toFixed(2).replace(/0$/, '')}, memory: ${s.memory.toFixed(1)}Gi]`).join('; ')}`
      );
    }
  }

  const scale = (template['scale'] as JsonObject | undefined) ?? {};
  const min = Number(scale['minReplicas'] ?? 0);
  const max = Number(scale['maxReplicas'] ?? 10);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < 1 || max < min || max > 1000) {
    throw invalid(
      'ContainerAppInvalidScale',
      `The scale options provided for Container App '${app.name}' is incorrect. The values must be positive, maxReplicas must not be less than minReplicas. The maxReplicas must not be bigger than 1000.`
    );
  }

  const traffic = (ingress?.['traffic'] as JsonObject[] | undefined) ?? [];
  if (traffic.length === 0) return;
  const total = traffic.reduce((sum, t) => sum + Number(t['weight'] ?? 0), 0);
  if (total !== 100) {
    throw invalid(
      'ContainerAppInvalidTrafficWeight',
      `The traffic weights of Container App '${app.name}' add up to ${total}; they must add up to 100.`
    );
  }
  const labels = new Set<string>();
  for (const entry of traffic) {
    const name = entry['revisionName'] ? String(entry['revisionName']) : undefined;
    if (name && !app.revisions.has(name.toLowerCase()) && name.toLowerCase() !== newRevision?.toLowerCase()) {
      throw invalid(
        'ContainerAppRevisionNotFound',
        `Traffic names revision '${name}', which Container App '${app.name}' does not have.`
      );
    }
    if (mode === 'Single' && name && Number(entry['weight']) !== 100 && Number(entry['weight']) !== 0) {
      throw invalid(
        'ContainerAppSingleRevisionModeTraffic',
        'Traffic cannot be split between revisions in Single revision mode.'
      );
    }
    const label = entry['label'] ? String(entry['label']) : undefined;
    if (label && labels.has(label)) {
      throw invalid('ContainerAppDuplicateTrafficLabel', `The traffic label '${label}' is used twice.`);
    }
    if (label) labels.add(label);
  }
}

/**
 * What Container Apps stores of a write: read-only fields dropped, the defaults it fills in (0.5 cores and 1 GiB
 * for a container without resources, the `auto` transport), a custom scale rule of type http or tcp stored as
 * that rule, and `latestRevision: false` (the SDK's default) left out.
 */
function normalize(configuration: JsonObject, template: JsonObject): void {
  const ingress = configuration['ingress'] as JsonObject | undefined;
  if (ingress) {
    delete ingress['fqdn'];
    ingress['transport'] = String(ingress['transport'] ?? 'auto').toLowerCase();
    for (const entry of (ingress['traffic'] as JsonObject[] | undefined) ?? []) {
      if (entry['latestRevision'] === false) delete entry['latestRevision'];
    }
  }
  const containers = [
    ...((template['initContainers'] as JsonObject[] | undefined) ?? []),
    ...((template['containers'] as JsonObject[] | undefined) ?? [])
  ];
  for (const container of containers) {
    const resources = isJsonObject(container['resources']) ? container['resources'] : {};
    delete resources['ephemeralStorage'];
    container['resources'] = { cpu: 0.5, memory: '1Gi', ...resources };
  }
  const scale = template['scale'] as JsonObject | undefined;
  for (const rule of (scale?.['rules'] as JsonObject[] | undefined) ?? []) {
    const custom = rule['custom'] as JsonObject | undefined;
    const kind = String(custom?.['type'] ?? '');
    if (custom && (kind === 'http' || kind === 'tcp')) {
      const rest = { ...custom };
      delete rest['type'];
      delete rule['custom'];
      rule[kind] = rest;
    }
  }
}

/** What a write sets beside the properties: tags, the identity, the workload profile. */
interface Envelope {
  tags: Record<string, string>;
  identity: JsonObject;
  workloadProfileName: string;
}

/**
 * Applies a PUT or PATCH: validates, and when the template changed, names the new revision and starts it.
 * Answers 200 when nothing changes, else the long-running operation. `created` is an app a PUT is making: it
 * joins the store only once the write is valid; nothing of a refused write is kept.
 */
function write(
  state: ArmState,
  ctx: ArmContext,
  app: App,
  properties: JsonObject,
  envelope: Envelope,
  created = false
): ArmReply {
  checkIfMatch(state, app, ctx);
  const configuration = clone((properties['configuration'] as JsonObject | undefined) ?? {});
  const template = clone((properties['template'] as JsonObject | undefined) ?? {});
  normalize(configuration, template);
  const suffix = template['revisionSuffix'] ? String(template['revisionSuffix']) : undefined;
  if (suffix !== undefined && !suffixPattern.test(suffix)) {
    throw invalid(
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
      throw invalid(
        'ContainerAppRevisionSuffixConflict',
        `Revision '${newRevision}' already exists with a different template; give a new revision suffix.`
      );
    }
    if (existing) newRevision = undefined;
  }
  validate(
    { ...app, workloadProfileName: envelope.workloadProfileName },
    configuration,
    template,
    newRevision
  );
  const unchanged =
    !created &&
    !newRevision &&
    canonical(configuration) === canonical(app.configuration) &&
    canonical(template) === canonical(app.template) &&
    canonical(envelope) ===
      canonical({ tags: app.tags, identity: app.identity, workloadProfileName: app.workloadProfileName });
  if (unchanged) return withEtag(state, app, { status: 200, body: appBody(app) });

  if (created) state.store.add(app);
  Object.assign(app, clone(envelope));
  app.configuration = configuration;
  app.template = template;
  bump(app);
  let started: Promise<void> | undefined;
  if (newRevision) {
    const revision = createRevision(newRevision, template, state.now);
    app.revisions.set(newRevision.toLowerCase(), revision);
    app.latestRevisionName = newRevision;
    started = state.controller.activate(app, revision);
  }
  app.provisioning = true;
  const put = ctx.method === 'PUT';
  return withEtag(
    state,
    app,
    state.sandbox.arm.longRunning(ctx, {
      namespace: 'Microsoft.App',
      location: app.location,
      status: put ? 201 : 202,
      body: put ? appBody(app) : undefined,
      asyncOperation: put,
      polls: state.options.provisioningPolls,
      retryAfterSeconds: state.options.retryAfterSeconds,
      run: async () => {
        await started;
        app.provisioning = false;
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
  const checkResourceGroup = (ctx: ArmContext) => {
    const known = state.sandbox.world.resourceGroups.some(
      g =>
        g.subscriptionId.toLowerCase() === ctx.params.sub!.toLowerCase() &&
        g.name.toLowerCase() === ctx.params.rg!.toLowerCase()
    );
    if (!known) throw resourceGroupNotFound(ctx.params.rg!);
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
          checkResourceGroup(ctx);
          if (!body['location']) {
            throw invalid('LocationRequired', 'The location property is required for this definition.');
          }
          e = store.addEnvironment({
            name: ctx.params.env!,
            subscriptionId: ctx.params.sub!,
            resourceGroup: ctx.params.rg!,
            location: String(body['location'])
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
        const tags = isJsonObject(body['tags']) ? (body['tags'] as Record<string, string>) : undefined;
        return arm.longRunning(ctx, {
          namespace: 'Microsoft.App',
          location: target.location,
          status: method === 'PUT' ? 201 : 202,
          body: environmentBody(target),
          polls: options.provisioningPolls,
          retryAfterSeconds: options.retryAfterSeconds,
          run: () => {
            target.properties = next;
            if (tags) target.tags = method === 'PUT' ? { ...tags } : { ...target.tags, ...tags };
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
      return withEtag(state, app, { status: 200, body: appBody(app) });
    }
  });
  arm.route('PUT', appPath, {
    action: 'Microsoft.App/containerApps/write',
    handler: ctx => {
      const body = (ctx.body as JsonObject | undefined) ?? {};
      const properties = (body['properties'] as JsonObject | undefined) ?? {};
      let app = store.app(ctx.params.sub!, ctx.params.rg!, ctx.params.app!);
      const created = !app;
      if (!app) app = newApp(ctx, body, properties);
      // A PUT replaces: the identity and tags it does not give are gone.
      const envelope: Envelope = {
        identity: store.identity(app.id, (body['identity'] as JsonObject | undefined) ?? { type: 'None' }),
        tags: isJsonObject(body['tags']) ? { ...(body['tags'] as Record<string, string>) } : {},
        workloadProfileName: String(properties['workloadProfileName'] ?? app.workloadProfileName)
      };
      return write(state, ctx, app, properties, envelope, created);
    }
  });
  arm.route('PATCH', appPath, {
    action: 'Microsoft.App/containerApps/write',
    handler: ctx => {
      const app = findApp(store, ctx);
      const body = (ctx.body as JsonObject | undefined) ?? {};
      const patch = (body['properties'] as JsonObject | undefined) ?? {};
      // JSON merge patch of the whole envelope: tags and identity merge as the properties do.
      const envelope: Envelope = {
        tags:
          body['tags'] === undefined
            ? app.tags
            : ((mergePatch(app.tags, body['tags']) as Record<string, string> | undefined) ?? {}),
        identity: isJsonObject(body['identity'])
          ? store.identity(app.id, mergePatch(app.identity, body['identity']) as JsonObject)
          : app.identity,
        workloadProfileName: String(patch['workloadProfileName'] ?? app.workloadProfileName)
      };
      const current = { configuration: app.configuration, template: app.template };
      return write(state, ctx, app, mergePatch(current, patch) as JsonObject, envelope);
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
        throw invalid(
          'ContainerAppRevisionHasTraffic',
          `Revision '${revision.name}' receives traffic; move its traffic before deactivating it.`
        );
      }
      await controller.deactivate(revision);
      return { status: 200 };
    }
  });

  /** The shell of an app a PUT creates, once its name, location, resource group and environment are valid. */
  function newApp(ctx: ArmContext, body: JsonObject, properties: JsonObject): App {
    const name = ctx.params.app!;
    if (!appNamePattern.test(name) || name.includes('--')) {
      throw invalid(
        'ContainerAppInvalidName',
        `Invalid ContainerApp name '${name}'. A name must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character and cannot have '--'. The length must not be more than 32 characters.`
      );
    }
    if (!body['location']) {
      throw invalid('LocationRequired', 'The location property is required for this definition.');
    }
    checkResourceGroup(ctx);
    const envId = String(properties['environmentId'] ?? properties['managedEnvironmentId'] ?? '');
    if (!envId) {
      throw invalid(
        'ManagedEnvironmentRequired',
        `Container App '${name}' needs a managed environment: set properties.environmentId.`
      );
    }
    const environment = [...state.store.environments.values()].find(
      e => e.id.toLowerCase() === envId.toLowerCase()
    );
    if (!environment) {
      throw invalid('ManagedEnvironmentNotFound', `Managed environment '${envId}' was not found.`);
    }
    return state.store.shell({
      name,
      subscriptionId: ctx.params.sub!,
      resourceGroup: ctx.params.rg!,
      location: String(body['location']),
      environment
    });
  }
}
