import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { decodeJwt, type JWTPayload } from 'jose';
import type { Core, Handler, Reply, Request } from './core.js';
import type { EntraService } from './entra.js';
import { findTenant, type ResourceGroup, type Subscription, type World } from './world.js';

/** The caller, from the verified bearer token. */
export interface Principal {
  objectId: string;
  tenantId: string;
  appId: string;
  claims: JWTPayload;
}

export interface ArmContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  principal: Principal;
  headers: IncomingHttpHeaders;
  /** `https://<host>` as the client called it (127.0.0.1:<port> or management.azure.com). */
  baseUrl: string;
}

export interface ArmReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ArmRoute {
  /**
   * The RBAC action the router checks at the request's scope, e.g. 'Microsoft.App/containerApps/read'; `listing`
   * for a list that answers with what the caller may read (any role at, above or below the scope lets it in, and
   * the handler filters with `isAllowed`), as ARM's generic lists do.
   */
  action: string | ((params: Record<string, string>) => string) | 'listing';
  handler: (ctx: ArmContext) => ArmReply | Promise<ArmReply>;
}

/** A resource as ARM's generic lists show it (`GET /subscriptions/{id}/resources`), and `az resource list`. */
export interface GenericResource {
  id: string;
  name: string;
  /** `Microsoft.App/containerApps`. */
  type: string;
  location: string;
  tags?: Record<string, string>;
  kind?: string;
  sku?: Record<string, unknown>;
  identity?: Record<string, unknown>;
}

/** Throw from a handler to answer in ARM's error format. */
export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

export const armError = (status: number, code: string, message: string): ArmReply => ({
  status,
  body: { error: { code, message } }
});

/** ARM's 404 for a missing resource in a resource group, to throw from a handler. */
export const resourceNotFound = (type: string, name: string, resourceGroup: string): ArmError =>
  new ArmError(
    404,
    'ResourceNotFound',
    `The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
  );

export interface LongRunningOptions {
  /** The resource provider that owns the operation, e.g. 'Microsoft.App'. */
  namespace: string;
  location?: string;
  /** 201 (PUT, with Azure-AsyncOperation) or 202 (POST/DELETE/PATCH, with Location too). Default 202. */
  status?: 201 | 202;
  /** The 201's body (a 202 has none, as ARM's async contract says). */
  body?: unknown;
  /**
   * Whether the answer carries Azure-AsyncOperation; default true. An operation whose spec declares Location
   * only (Container Apps' PATCH) answers without it.
   */
  asyncOperation?: boolean;
  /** Polls that answer InProgress before the operation completes; default the world's arm.operationPolls (0). */
  polls?: number;
  /** Default the world's arm.retryAfterSeconds. ARM documents 10 s to 10 minutes. */
  retryAfterSeconds?: number;
  /** Runs when the operation completes; its value is the operation's result. Throw ArmError to fail it. */
  run?: () => unknown;
}

interface Operation {
  id: string;
  pollsLeft: number;
  retryAfter: number;
  run?: () => unknown;
  startTime: string;
  endTime?: string;
  status: 'InProgress' | 'Succeeded' | 'Failed';
  result?: unknown;
  /** What the synchronous call would have answered: the status the Location URL fails with. */
  error?: { status: number; code: string; message: string };
}

const ARM_AUDIENCES = [
  'https://management.core.windows.net/',
  'https://management.core.windows.net',
  'https://management.azure.com/',
  'https://management.azure.com'
];

const wildcard = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');

/** ARM: authentication, api-version and RBAC in front of resource-provider routes that emulators register. */
export class ArmRouter {
  private readonly routes: { method: string; segments: string[]; route: ArmRoute }[] = [];
  private readonly operations = new Map<string, Operation>();

  constructor(
    private readonly core: Core,
    private readonly world: World,
    private readonly entra: EntraService
  ) {
    this.route('GET', '/subscriptions/:sub', {
      action: 'Microsoft.Resources/subscriptions/read',
      handler: ({ params }) => ({ status: 200, body: this.subscriptionBody(this.subscription(params.sub!)!) })
    });
    for (const kind of ['operationStatuses', 'operationResults'] as const) {
      this.route('GET', `/subscriptions/:sub/providers/:namespace/locations/:location/${kind}/:operationId`, {
        action: ({ namespace }) => `${namespace}/locations/${kind}/read`,
        handler: ctx => this.poll(ctx, kind)
      });
    }
    this.genericRoutes();
  }

  private readonly resourceSources = new Map<string, () => GenericResource[]>();

  /**
   * Lists the resources of one type for ARM's generic lists (`/resources`), in place of the world's declaration of
   * them: an emulator whose resources can be created or removed registers its store.
   */
  resourceSource(type: string, list: () => GenericResource[]): void {
    this.resourceSources.set(type.toLowerCase(), list);
  }

  /** Every resource ARM knows: the emulators' own lists, else what the world declares. */
  resources(): GenericResource[] {
    const fromWorld = worldResources(this.world);
    const types = new Set([...fromWorld.map(r => r.type.toLowerCase()), ...this.resourceSources.keys()]);
    return [...types].flatMap(type => {
      const source = this.resourceSources.get(type);
      return source ? source() : fromWorld.filter(r => r.type.toLowerCase() === type);
    });
  }

  /** Resource groups, the generic resource lists and the resource providers, as `az` reads them. */
  private genericRoutes(): void {
    const groupsOf = (sub: string) =>
      this.world.resourceGroups.filter(g => g.subscriptionId.toLowerCase() === sub.toLowerCase());
    const groupBody = (sub: string, g: ResourceGroup) => ({
      id: `/subscriptions/${sub}/resourceGroups/${g.name}`,
      name: g.name,
      type: 'Microsoft.Resources/resourceGroups',
      location: g.location,
      ...(g.tags ? { tags: g.tags } : {}),
      properties: { provisioningState: 'Succeeded' }
    });
    const readable = (principal: Principal, r: GenericResource) =>
      this.isAllowed(principal.objectId, `${r.type}/read`, r.id);
    this.route('GET', '/subscriptions/:sub/resourcegroups', {
      action: 'listing',
      handler: ({ params, principal, query }) => {
        const value = filtered(
          groupsOf(params.sub!)
            .map(g => groupBody(params.sub!, g))
            .filter(g =>
              this.isAllowed(
                principal.objectId,
                'Microsoft.Resources/subscriptions/resourceGroups/read',
                g.id
              )
            ),
          query
        );
        return { status: 200, body: { value } };
      }
    });
    this.route('GET', '/subscriptions/:sub/resourcegroups/:rg', {
      action: 'Microsoft.Resources/subscriptions/resourceGroups/read',
      handler: ({ params }) => {
        const g = groupsOf(params.sub!).find(r => r.name.toLowerCase() === params.rg!.toLowerCase());
        if (!g) throw resourceGroupNotFound(params.rg!);
        return { status: 200, body: groupBody(params.sub!, g) };
      }
    });
    const list = (ctx: ArmContext, scope: string) => {
      const value = filtered(
        this.resources().filter(
          r => r.id.toLowerCase().startsWith(`${scope.toLowerCase()}/`) && readable(ctx.principal, r)
        ),
        ctx.query
      );
      return { status: 200, body: { value } };
    };
    this.route('GET', '/subscriptions/:sub/resources', {
      action: 'listing',
      handler: ctx => list(ctx, `/subscriptions/${ctx.params.sub}`)
    });
    this.route('GET', '/subscriptions/:sub/resourceGroups/:rg/resources', {
      action: 'listing',
      handler: ctx => {
        const g = groupsOf(ctx.params.sub!).find(r => r.name.toLowerCase() === ctx.params.rg!.toLowerCase());
        if (!g) throw resourceGroupNotFound(ctx.params.rg!);
        return list(ctx, `/subscriptions/${ctx.params.sub}/resourceGroups/${g.name}`);
      }
    });
    this.route('GET', '/subscriptions/:sub/providers', {
      action: 'listing',
      handler: ({ params }) => ({
        status: 200,
        body: { value: Object.keys(providers).map(namespace => providerBody(params.sub!, namespace)) }
      })
    });
    this.route('GET', '/subscriptions/:sub/providers/:namespace', {
      action: 'listing',
      handler: ({ params }) => {
        const namespace = Object.keys(providers).find(
          n => n.toLowerCase() === params.namespace!.toLowerCase()
        );
        if (!namespace) {
          throw new ArmError(
            404,
            'InvalidResourceNamespace',
            `The resource namespace '${params.namespace}' is invalid.`
          );
        }
        return { status: 200, body: providerBody(params.sub!, namespace) };
      }
    });
  }

  /** Registers a route; `:name` segments become params. Literal segments match case-insensitively, as in ARM. */
  route(method: string, pathPattern: string, route: ArmRoute): void {
    this.routes.push({
      method: method.toUpperCase(),
      segments: pathPattern.split('/').filter(Boolean),
      route
    });
  }

  /** Whether the principal's role assignments at or above the scope allow the action (actions minus notActions). */
  isAllowed(principalId: string, action: string, scope: string): boolean {
    const target = scope.toLowerCase().replace(/\/$/, '');
    return this.world.roleAssignments.some(a => {
      const at = a.scope.toLowerCase().replace(/\/$/, '');
      if (a.principalId.toLowerCase() !== principalId.toLowerCase()) return false;
      if (!(at === '' || target === at || target.startsWith(`${at}/`))) return false;
      const role = this.world.roleDefinitions.find(d => d.name === a.roleDefinitionName);
      return (
        !!role &&
        role.actions.some(p => wildcard(p).test(action)) &&
        !(role.notActions ?? []).some(p => wildcard(p).test(action))
      );
    });
  }

  /** Answers 201/202 with Azure-AsyncOperation, Location and Retry-After; the status URL reports InProgress, then the outcome. */
  longRunning(ctx: ArmContext, options: LongRunningOptions): ArmReply {
    const id = randomUUID();
    const sub = ctx.params.sub ?? this.world.subscriptions[0]?.id ?? '00000000-0000-0000-0000-000000000000';
    const retryAfter = options.retryAfterSeconds ?? this.world.arm.retryAfterSeconds;
    const status = options.status ?? 202;
    this.operations.set(id, {
      id,
      pollsLeft: options.polls ?? this.world.arm.operationPolls,
      retryAfter,
      run: options.run,
      startTime: this.core.clock.now().toISOString(),
      status: 'InProgress'
    });
    const base = `${ctx.baseUrl}/subscriptions/${sub}/providers/${options.namespace}/locations/${options.location ?? 'westeurope'}`;
    const version = `?api-version=${encodeURIComponent(ctx.query.get('api-version') ?? '')}`;
    const headers: Record<string, string> = { 'Retry-After': String(retryAfter) };
    if (options.asyncOperation !== false)
      headers['Azure-AsyncOperation'] = `${base}/operationStatuses/${id}${version}`;
    if (status === 202) headers.Location = `${base}/operationResults/${id}${version}`;
    return { status, ...(status === 201 ? { body: options.body } : {}), headers };
  }

  private async poll(ctx: ArmContext, kind: 'operationStatuses' | 'operationResults'): Promise<ArmReply> {
    const op = this.operations.get(ctx.params.operationId!);
    if (!op)
      return armError(
        404,
        'OperationNotFound',
        `The operation '${ctx.params.operationId}' could not be found.`
      );
    if (op.status === 'InProgress' && op.pollsLeft > 0) op.pollsLeft -= 1;
    else if (op.status === 'InProgress') {
      try {
        op.result = await op.run?.();
        op.status = 'Succeeded';
      } catch (e) {
        op.status = 'Failed';
        op.error =
          e instanceof ArmError
            ? { status: e.status, code: e.code, message: e.message }
            : { status: 500, code: 'InternalServerError', message: String(e) };
      }
      op.endTime = this.core.clock.now().toISOString();
    }
    const retry = { 'Retry-After': String(op.retryAfter) };
    if (kind === 'operationResults') {
      if (op.status === 'InProgress')
        return { status: 202, headers: { ...retry, Location: `${ctx.baseUrl}${ctx.path}?${ctx.query}` } };
      // The Location URL answers what the synchronous call would have: the result, or the error with its status.
      if (op.status === 'Failed') return armError(op.error!.status, op.error!.code, op.error!.message);
      return op.result === undefined ? { status: 204 } : { status: 200, body: op.result };
    }
    return {
      status: 200,
      headers: op.status === 'InProgress' ? retry : {},
      body: {
        id: ctx.path,
        name: op.id,
        status: op.status,
        startTime: op.startTime,
        ...(op.endTime ? { endTime: op.endTime } : {}),
        ...(op.error ? { error: { code: op.error.code, message: op.error.message } } : {})
      }
    };
  }

  readonly handler: Handler = async req => {
    const reply = await this.dispatch(req);
    const id = randomUUID();
    const stamp = this.core.clock
      .now()
      .toISOString()
      .replace(/[-:]|\.\d+/g, '');
    return {
      ...reply,
      headers: {
        'x-ms-request-id': id,
        'x-ms-correlation-request-id': String(req.headers['x-ms-correlation-request-id'] ?? id),
        'x-ms-routing-request-id': `SANDBOX:${stamp}:${id}`,
        'Cache-Control': 'no-cache',
        ...reply.headers
      }
    };
  };

  private async dispatch(req: Request): Promise<Reply> {
    const path = req.url.pathname.replace(/\/+$/, '') || '/';
    const apiVersion = req.url.searchParams.get('api-version');
    if (!apiVersion) {
      return armError(
        400,
        'MissingApiVersionParameter',
        'The api-version query parameter (?api-version=) is required for all requests.'
      );
    }
    if (req.method === 'GET' && path === '/metadata/endpoints') return { status: 200, body: cloudMetadata() };
    const auth = await this.authenticate(req);
    if ('status' in auth) return auth;
    const principal = auth;
    const detail = { principal: principal.objectId, apiVersion };
    if (req.method === 'GET' && path.toLowerCase() === '/subscriptions') {
      const value = this.world.subscriptions
        .filter(
          s =>
            s.tenantId === principal.tenantId &&
            this.hasAnyAccess(principal.objectId, `/subscriptions/${s.id}`)
        )
        .map(s => this.subscriptionBody(s));
      return { status: 200, body: { value, count: { type: 'Total', value: value.length } }, detail };
    }
    if (req.method === 'GET' && path.toLowerCase() === '/tenants') {
      const t = findTenant(this.world, principal.tenantId)!;
      const value = [
        {
          id: `/tenants/${t.id}`,
          tenantId: t.id,
          countryCode: t.countryCode ?? 'FR',
          displayName: t.displayName,
          domains: [t.defaultDomain],
          tenantCategory: 'Home',
          defaultDomain: t.defaultDomain,
          tenantType: 'AAD'
        }
      ];
      return { status: 200, body: { value }, detail };
    }
    const segments = path.split('/').filter(Boolean);
    for (const { method, segments: pattern, route } of this.routes) {
      if (method !== req.method || pattern.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const matches = pattern.every((p, i) => {
        const s = decodeURIComponent(segments[i]!);
        if (p.startsWith(':')) return ((params[p.slice(1)] = s), true);
        return p.toLowerCase() === s.toLowerCase();
      });
      if (!matches) continue;
      const reply = await this.run(req, path, params, route, principal);
      return { ...reply, detail };
    }
    return {
      ...armError(404, 'NotFound', `No route for '${req.method} ${path}' in the sandbox's ARM.`),
      detail
    };
  }

  private async run(
    req: Request,
    path: string,
    params: Record<string, string>,
    route: ArmRoute,
    principal: Principal
  ): Promise<ArmReply> {
    if (params.sub) {
      const sub = this.subscription(params.sub);
      if (!sub)
        return armError(404, 'SubscriptionNotFound', `The subscription '${params.sub}' could not be found.`);
      if (sub.tenantId !== principal.tenantId) {
        const iss = String(principal.claims.iss);
        return unauthorized(
          'InvalidAuthenticationTokenTenant',
          `The access token is from the wrong issuer '${iss}'. It must match the tenant 'https://sts.windows.net/${sub.tenantId}/' associated with this subscription. Please use the authority (URL) 'https://login.windows.net/${sub.tenantId}' to get the token. Note, if the subscription is transferred to another tenant there is no impact to the services, but information about new tenant could take time to propagate (up to an hour). If you just transferred your subscription and see this error message, please try back later.`
        );
      }
    }
    const action = typeof route.action === 'function' ? route.action(params) : route.action;
    const allowed =
      action === 'listing'
        ? this.hasAnyAccess(principal.objectId, path)
        : this.isAllowed(principal.objectId, action, path);
    if (!allowed) {
      const named = action === 'listing' ? `${listedType(path)}/read` : action;
      return armError(
        403,
        'AuthorizationFailed',
        `The client '${principal.objectId}' with object id '${principal.objectId}' does not have authorization to perform action '${named}' over scope '${path}' or the scope is invalid. If access was recently granted, please refresh your credentials.`
      );
    }
    let body: unknown;
    try {
      body = req.body ? JSON.parse(req.body) : undefined;
    } catch {
      return armError(
        400,
        'InvalidRequestContent',
        'The request content was invalid and could not be deserialized.'
      );
    }
    const ctx: ArmContext = {
      method: req.method,
      path,
      params,
      query: req.url.searchParams,
      body,
      principal,
      headers: req.headers,
      baseUrl: `https://${req.host}`
    };
    try {
      return await route.handler(ctx);
    } catch (e) {
      if (e instanceof ArmError) return armError(e.status, e.code, e.message);
      throw e;
    }
  }

  private async authenticate(req: Request): Promise<Principal | Reply> {
    const header = req.headers.authorization;
    if (!header) {
      return unauthorized(
        'AuthenticationFailed',
        "Authentication failed. The 'Authorization' header is missing."
      );
    }
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const invalid = () => unauthorized('InvalidAuthenticationToken', 'The access token is invalid.');
    if (!token)
      return unauthorized(
        'InvalidAuthenticationToken',
        "Authentication failed. The 'Authorization' header is provided in an invalid format."
      );
    try {
      decodeJwt(token);
    } catch {
      return invalid();
    }
    const claims = await this.entra.verifyAccessToken(token);
    if (!claims) return invalid();
    const aud = String(claims.aud);
    if (!ARM_AUDIENCES.includes(aud)) {
      return unauthorized(
        'InvalidAuthenticationTokenAudience',
        `The access token has been obtained for wrong audience or resource '${aud}'. It should exactly match with one of the allowed audiences ${ARM_AUDIENCES.map(a => `'${a}'`).join(',')}.`
      );
    }
    const now = this.core.clock.now();
    if ((claims.exp ?? 0) * 1000 <= now.getTime()) {
      return unauthorized(
        'ExpiredAuthenticationToken',
        `The access token expiry UTC time '${dotnetTime(new Date((claims.exp ?? 0) * 1000))}' is earlier than current UTC time '${dotnetTime(now)}'.`
      );
    }
    const tid = String(claims.tid);
    if (!findTenant(this.world, tid)) {
      return unauthorized(
        'InvalidAuthenticationTokenTenant',
        `The access token is from the wrong issuer '${claims.iss}'. It must match one of the tenants of this cloud.`
      );
    }
    return { objectId: String(claims.oid), tenantId: tid, appId: String(claims.appid), claims };
  }

  private hasAnyAccess(principalId: string, scope: string): boolean {
    const s = scope.toLowerCase();
    return this.world.roleAssignments.some(a => {
      const at = a.scope.toLowerCase().replace(/\/$/, '');
      const related = at === '' || s === at || s.startsWith(`${at}/`) || at.startsWith(`${s}/`);
      return a.principalId.toLowerCase() === principalId.toLowerCase() && related;
    });
  }

  private subscription(id: string): Subscription | undefined {
    return this.world.subscriptions.find(s => s.id.toLowerCase() === id.toLowerCase());
  }

  private subscriptionBody(s: Subscription) {
    return {
      id: `/subscriptions/${s.id}`,
      authorizationSource: 'RoleBased',
      managedByTenants: [],
      subscriptionId: s.id,
      tenantId: s.tenantId,
      displayName: s.displayName,
      state: s.state,
      subscriptionPolicies: {
        locationPlacementId: 'Public_2014-09-01',
        quotaId: 'PayAsYouGo_2014-09-01',
        spendingLimit: 'Off'
      }
    };
  }
}

/** ARM's 404 for a resource group that does not exist. */
export const resourceGroupNotFound = (name: string): ArmError =>
  new ArmError(404, 'ResourceGroupNotFound', `Resource group '${name}' could not be found.`);

/** The action a generic list needs, named in its refusal. */
function listedType(path: string): string {
  if (/\/resourcegroups$/i.test(path)) return 'Microsoft.Resources/subscriptions/resourceGroups';
  if (/\/providers(\/[^/]+)?$/i.test(path)) return 'Microsoft.Resources/subscriptions/providers';
  return 'Microsoft.Resources/subscriptions/resources';
}

/**
 * ARM's OData on the generic lists, the part `az` sends: `$filter` with `resourceType eq '…'`, `name eq '…'`,
 * `tagName eq '…' and tagValue eq '…'` (joined by `and`), and `$top`.
 */
function filtered<T extends { id: string; name: string; type: string; tags?: Record<string, string> }>(
  items: T[],
  query: URLSearchParams
): T[] {
  const filter = query.get('$filter') ?? '';
  const clauses = [...filter.matchAll(/(\w+)\s+eq\s+'((?:[^']|'')*)'/gi)].map(m => ({
    field: m[1]!.toLowerCase(),
    value: m[2]!.replace(/''/g, "'").toLowerCase()
  }));
  const tagName = clauses.find(c => c.field === 'tagname')?.value;
  const kept = items.filter(item =>
    clauses.every(({ field, value }) => {
      if (field === 'resourcetype') return item.type.toLowerCase() === value;
      if (field === 'name') return item.name.toLowerCase() === value;
      // `az resource list --resource-group` asks the subscription's list with this filter.
      if (field === 'resourcegroup')
        return /\/resourceGroups\/([^/]+)\//i.exec(item.id)?.[1]?.toLowerCase() === value;
      const tags = Object.entries(item.tags ?? {}).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]);
      if (field === 'tagname') return tags.some(([k]) => k === value);
      if (field === 'tagvalue') return tags.some(([k, v]) => k === tagName && v === value);
      return true;
    })
  );
  const top = Number(query.get('$top'));
  return Number.isInteger(top) && top > 0 ? kept.slice(0, top) : kept;
}

/** What each emulated resource provider registers: its types and their API versions, newest first. */
const providers: Record<string, Record<string, string[]>> = {
  'Microsoft.App': {
    managedEnvironments: ['2025-07-01', '2025-01-01', '2024-03-01', '2023-05-01', '2022-03-01'],
    containerApps: ['2025-07-01', '2025-01-01', '2024-03-01', '2023-05-01', '2022-03-01'],
    'containerApps/revisions': ['2025-07-01', '2025-01-01', '2024-03-01', '2023-05-01', '2022-03-01'],
    'containerApps/revisions/replicas': ['2025-07-01', '2025-01-01', '2024-03-01', '2023-05-01'],
    'locations/operationStatuses': ['2025-07-01', '2025-01-01', '2024-03-01', '2023-05-01'],
    'locations/operationResults': ['2025-07-01', '2025-01-01', '2024-03-01', '2023-05-01']
  },
  'Microsoft.ContainerRegistry': {
    registries: ['2025-11-01', '2025-04-01', '2023-07-01', '2022-12-01', '2019-05-01'],
    'locations/operationResults': ['2025-11-01', '2025-04-01', '2023-07-01', '2022-12-01']
  },
  'Microsoft.ContainerService': {
    managedClusters: ['2026-04-01', '2025-10-01', '2025-07-01', '2024-09-01', '2024-05-01']
  },
  'Microsoft.ApiManagement': {
    service: ['2024-05-01', '2023-05-01-preview', '2022-08-01', '2021-08-01']
  },
  'Microsoft.Web': {
    staticSites: ['2024-11-01', '2024-04-01', '2023-12-01', '2022-09-01']
  },
  'Microsoft.Storage': {
    storageAccounts: ['2025-01-01', '2024-01-01', '2023-05-01', '2023-01-01']
  }
};

function providerBody(sub: string, namespace: string) {
  return {
    id: `/subscriptions/${sub}/providers/${namespace}`,
    namespace,
    registrationState: 'Registered',
    registrationPolicy: 'RegistrationRequired',
    resourceTypes: Object.entries(providers[namespace]!).map(([resourceType, apiVersions]) => ({
      resourceType,
      locations: ['West Europe', 'North Europe', 'France Central'],
      apiVersions,
      defaultApiVersion: apiVersions.find(v => !v.endsWith('-preview')) ?? apiVersions[0],
      capabilities: 'None'
    }))
  };
}

/** The resources the world declares, for the types no emulator lists itself. */
function worldResources(world: World): GenericResource[] {
  const id = (sub: string, rg: string, type: string, name: string) =>
    `/subscriptions/${sub}/resourceGroups/${rg}/providers/${type}/${name}`;
  const of = (
    type: string,
    entries: { name: string; subscriptionId: string; resourceGroup: string; location?: string }[],
    extra: (e: never) => Partial<GenericResource> = () => ({})
  ): GenericResource[] =>
    entries.map(e => ({
      id: id(e.subscriptionId, e.resourceGroup, type, e.name),
      name: e.name,
      type,
      location: e.location ?? 'westeurope',
      tags: {},
      ...extra(e as never)
    }));
  return [
    ...of('Microsoft.App/managedEnvironments', world.containerApps?.environments ?? []),
    ...of(
      'Microsoft.App/containerApps',
      (world.containerApps?.apps ?? []).map(a => ({
        ...a,
        location: world.containerApps?.environments.find(e => e.name === a.environment)?.location
      }))
    ),
    ...of('Microsoft.ContainerRegistry/registries', world.containerRegistries ?? [], () => ({
      sku: { name: 'Premium', tier: 'Premium' }
    })),
    ...of('Microsoft.ApiManagement/service', world.apiManagement ?? [], (e: { sku?: string }) => ({
      sku: { name: e.sku ?? 'Developer', capacity: 1 }
    })),
    ...of('Microsoft.ContainerService/managedClusters', world.kubernetesClusters ?? [], () => ({
      sku: { name: 'Base', tier: 'Free' }
    })),
    ...of('Microsoft.Web/staticSites', world.staticSites ?? [], (e: { sku?: string }) => ({
      sku: { name: e.sku ?? 'Standard', tier: e.sku ?? 'Standard' }
    })),
    ...of('Microsoft.Storage/storageAccounts', world.storageAccounts ?? [], () => ({
      sku: { name: 'Standard_LRS', tier: 'Standard' },
      kind: 'StorageV2'
    }))
  ];
}

function unauthorized(code: string, message: string): ArmReply {
  return {
    ...armError(401, code, message),
    headers: {
      'WWW-Authenticate': `Bearer authorization_uri="https://login.windows.net/", error="invalid_token", error_description="${message.replace(/"/g, "'")}"`,
      'x-ms-failure-cause': 'gateway'
    }
  };
}

/** .NET's invariant `G` format ARM uses in ExpiredAuthenticationToken, e.g. 5/14/2023 3:32:10 PM. */
function dotnetTime(d: Date): string {
  const h = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The AzureCloud entry of ARM's /metadata/endpoints (api-version 2022-09-01). */
function cloudMetadata() {
  return [
    {
      portal: 'https://portal.azure.com',
      authentication: {
        loginEndpoint: 'https://login.microsoftonline.com',
        audiences: ['https://management.core.windows.net/', 'https://management.azure.com/'],
        tenant: 'common',
        identityProvider: 'AAD'
      },
      media: 'https://rest.media.azure.net',
      graphAudience: 'https://graph.windows.net/',
      graph: 'https://graph.windows.net/',
      name: 'AzureCloud',
      suffixes: {
        azureDataLakeStoreFileSystem: 'azuredatalakestore.net',
        acrLoginServer: 'azurecr.io',
        sqlServerHostname: 'database.windows.net',
        azureDataLakeAnalyticsCatalogAndJob: 'azuredatalakeanalytics.net',
        keyVaultDns: 'vault.azure.net',
        storage: 'core.windows.net',
        azureFrontDoorEndpointSuffix: 'azurefd.net',
        storageSyncEndpointSuffix: 'afs.azure.net',
        mhsmDns: 'managedhsm.azure.net',
        mysqlServerEndpoint: 'mysql.database.azure.com',
        postgresqlServerEndpoint: 'postgres.database.azure.com',
        mariadbServerEndpoint: 'mariadb.database.azure.com',
        synapseAnalytics: 'dev.azuresynapse.net',
        attestationEndpoint: 'attest.azure.net'
      },
      batch: 'https://batch.core.windows.net/',
      resourceManager: 'https://management.azure.com/',
      vmImageAliasDoc:
        'https://raw.githubusercontent.com/Azure/azure-rest-api-specs/main/arm-compute/quickstart-templates/aliases.json',
      activeDirectoryDataLake: 'https://datalake.azure.net/',
      sqlManagement: 'https://management.core.windows.net:8443/',
      microsoftGraphResourceId: 'https://graph.microsoft.com/',
      appInsightsResourceId: 'https://api.applicationinsights.io',
      appInsightsTelemetryChannelResourceId: 'https://dc.applicationinsights.azure.com/v2/track',
      attestationResourceId: 'https://attest.azure.net',
      synapseAnalyticsResourceId: 'https://dev.azuresynapse.net',
      logAnalyticsResourceId: 'https://api.loganalytics.io',
      ossrDbmsResourceId: 'https://ossrdbms-aad.database.windows.net'
    }
  ];
}
