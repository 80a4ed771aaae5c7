import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { decodeJwt, type JWTPayload } from 'jose';
import type { Core, Handler, Reply, Request } from './core.js';
import type { EntraService } from './entra.js';
import { findTenant, type Subscription, type World } from './world.js';

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
  /** The RBAC action the router checks at the request's scope, e.g. 'Microsoft.App/containerApps/read'. */
  action: string | ((params: Record<string, string>) => string);
  handler: (ctx: ArmContext) => ArmReply | Promise<ArmReply>;
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
  /** 201 (PUT, with Azure-AsyncOperation) or 202 (POST/DELETE, with Location too). Default 202. */
  status?: 201 | 202;
  body?: unknown;
  /** Polls that answer InProgress before the operation completes; default the world's arm.operationPolls (0). */
  polls?: number;
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
  error?: { code: string; message: string };
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
    const headers: Record<string, string> = {
      'Azure-AsyncOperation': `${base}/operationStatuses/${id}${version}`,
      'Retry-After': String(retryAfter)
    };
    if ((options.status ?? 202) === 202) headers.Location = `${base}/operationResults/${id}${version}`;
    return { status: options.status ?? 202, body: options.body, headers };
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
            ? { code: e.code, message: e.message }
            : { code: 'InternalServerError', message: String(e) };
      }
      op.endTime = this.core.clock.now().toISOString();
    }
    const retry = { 'Retry-After': String(op.retryAfter) };
    if (kind === 'operationResults') {
      if (op.status === 'InProgress')
        return { status: 202, headers: { ...retry, Location: `${ctx.baseUrl}${ctx.path}?${ctx.query}` } };
      if (op.status === 'Failed') return { status: 200, body: { error: op.error } };
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
        ...(op.error ? { error: op.error } : {})
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
    if (!this.isAllowed(principal.objectId, action, path)) {
      return armError(
        403,
        'AuthorizationFailed',
        `The client '${principal.objectId}' with object id '${principal.objectId}' does not have authorization to perform action '${action}' over scope '${path}' or the scope is invalid. If access was recently granted, please refresh your credentials.`
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
