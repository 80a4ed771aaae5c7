// Azure Container Registry in the sandbox: for each registry of the world, a real distribution registry
// process behind a Node HTTPS front that answers ACR's token service (/oauth2/exchange, /oauth2/token) itself
// and streams /v2/* to the registry unbuffered; ARM routes for Microsoft.ContainerRegistry/registries,
// importImage included (a real server-side copy between the registry processes).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, jwtVerify, type JWK, type JWTPayload } from 'jose';
import { ArmError, resourceNotFound, type ArmContext, type Sandbox, type SandboxService } from '../index.js';
import { Faults, type FaultRule } from '../core.js';
import type { ContainerRegistry } from '../world.js';
import { copyImage, manifestTypes } from './copy.js';
import { RegistryProcess } from './process.js';
import { AcrTokens, type Access } from './tokens.js';
import { getJson } from '../https-json.js';

export const nullGuid = '00000000-0000-0000-0000-000000000000';
const pullAction = 'Microsoft.ContainerRegistry/registries/pull/read';
const pushAction = 'Microsoft.ContainerRegistry/registries/push/write';
const deleteAction = 'Microsoft.ContainerRegistry/registries/delete';
const entraAudiences = [
  'https://management.azure.com',
  'https://management.azure.com/',
  'https://management.core.windows.net',
  'https://management.core.windows.net/',
  'https://containerregistry.azure.net',
  'https://containerregistry.azure.net/'
];

export interface RegistryCall {
  registry: string;
  method: string;
  path: string;
  status: number;
  /** What the token service decided: the identity and the access it granted (never a token). */
  detail?: Record<string, unknown>;
}

export interface SandboxRegistry {
  name: string;
  loginServer: string;
  /** ARM resource id. */
  id: string;
  /** https://127.0.0.1:<port>: the same front `https://<name>.azurecr.io` reaches through the sandbox proxy. */
  url: string;
  /** The registry process itself: stop it to take the registry down, start it to bring it back. */
  process: RegistryProcess;
}

export interface AcrService extends SandboxService {
  registries: Map<string, SandboxRegistry>;
  registry(name: string): SandboxRegistry;
  /**
   * Scripted registry failures, in the sandbox's one fault shape (service `acr`): an ACR error status (503 when
   * neither a status nor a reset is given), `reset` to drop the connection, `registry` to fault one registry only.
   */
  faults: { add(rule: Omit<FaultRule, 'service'>): void; clear(): void };
  calls(): RegistryCall[];
  /** Every refresh and access token handed out, to scan logs for leaks. */
  issuedSecrets(): string[];
}

export const registryId = (r: ContainerRegistry) =>
  `/subscriptions/${r.subscriptionId}/resourceGroups/${r.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/${r.name}`;

const acrError = (status: number, code: string, message: string, detail?: unknown) => ({
  status,
  body: { errors: [{ code, message, ...(detail ? { detail } : {}) }] }
});
const unauthorized = (
  message = 'authentication required, visit https://aka.ms/acr/authorization for more information.'
) => acrError(401, 'UNAUTHORIZED', message);

interface Reply {
  status: number;
  body: unknown;
  detail?: Record<string, unknown>;
}

/** The ACR emulator; pass it to `startSandbox({ services: [acrService()] })`. */
export function acrService(): AcrService {
  const registries = new Map<string, SandboxRegistry>();
  const faults = new Faults();
  const calls: RegistryCall[] = [];
  const secrets = new Set<string>();

  const service: AcrService = {
    name: 'acr',
    registries,
    registry(name) {
      const found = registries.get(name);
      if (!found) throw new Error(`the sandbox has no registry '${name}'`);
      return found;
    },
    faults: {
      add: rule => faults.add({ ...rule, service: 'acr' }),
      clear: () => faults.clear()
    },
    calls: () => [...calls],
    issuedSecrets: () => [...secrets],
    async start(sandbox: Sandbox) {
      const dir = mkdtempSync(join(tmpdir(), 'musafirgo-acr-'));
      const bundle = join(dir, 'token-certs.pem');
      writeFileSync(bundle, sandbox.tls.cert + sandbox.tls.ca);
      const tokens = await AcrTokens.create(sandbox.tls);
      const entraKeys = new Map<string, ReturnType<typeof createLocalJWKSet>>();
      const fronts: https.Server[] = [];
      const nowSeconds = () => Math.floor(sandbox.clock.now().getTime() / 1000);

      const verifyEntraToken = async (token: string): Promise<JWTPayload | undefined> => {
        try {
          const tid = String(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).tid);
          let keys = entraKeys.get(tid);
          if (!keys) {
            const { keys: jwks } = (await getJson(
              `${sandbox.urls.entra}/${tid}/discovery/v2.0/keys`,
              sandbox.tls.ca
            )) as { keys: JWK[] };
            keys = createLocalJWKSet({ keys: jwks });
            entraKeys.set(tid, keys);
          }
          const { payload } = await jwtVerify(token, keys, { currentDate: sandbox.clock.now() });
          return entraAudiences.includes(String(payload.aud)) ? payload : undefined;
        } catch {
          return undefined;
        }
      };

      const allowed = (objectId: string, registry: SandboxRegistry, action: string) =>
        sandbox.arm.isAllowed(objectId, action, registry.id);

      const exchange = async (registry: SandboxRegistry, form: URLSearchParams): Promise<Reply> => {
        if (form.get('grant_type') !== 'access_token') {
          return acrError(
            400,
            'UNSUPPORTED',
            `grant_type '${form.get('grant_type') ?? ''}' is not supported; use access_token`
          );
        }
        if (form.get('service') !== registry.loginServer) {
          return acrError(400, 'INVALID_SERVICE', `service must be ${registry.loginServer}`);
        }
        const claims = await verifyEntraToken(form.get('access_token') ?? '');
        if (!claims) return unauthorized('the access token is invalid or expired');
        const objectId = String(claims.oid);
        const detail = { grant: 'access_token', principal: objectId };
        if (!allowed(objectId, registry, pullAction) && !allowed(objectId, registry, pushAction)) {
          return { ...unauthorized(), detail: { ...detail, refused: 'no data role' } };
        }
        const refreshToken = await tokens.refreshToken({
          service: registry.loginServer,
          objectId,
          tenantId: String(claims.tid),
          appId: String(claims.appid),
          nowSeconds: nowSeconds()
        });
        secrets.add(refreshToken);
        return { status: 200, body: { refresh_token: refreshToken }, detail };
      };

      const token = async (
        registry: SandboxRegistry,
        params: URLSearchParams,
        basic: { user: string; password: string } | undefined
      ): Promise<Reply> => {
        const grant = params.get('grant_type') ?? (basic ? 'password' : '');
        let refresh = params.get('refresh_token') ?? '';
        if (grant === 'password' || basic) {
          const user = basic?.user ?? params.get('username') ?? '';
          if (user !== nullGuid) return unauthorized('admin user is disabled; log in with an Entra identity');
          refresh = basic?.password ?? params.get('password') ?? '';
        } else if (grant !== 'refresh_token') {
          return acrError(400, 'UNSUPPORTED', `grant_type '${grant}' is not supported`);
        }
        const service = params.get('service') ?? registry.loginServer;
        const claims = await tokens.verifyRefreshToken(refresh, service, nowSeconds());
        if (!claims || service !== registry.loginServer) return unauthorized();
        const objectId = String(claims.sub);
        const canPull = allowed(objectId, registry, pullAction);
        const canPush = allowed(objectId, registry, pushAction);
        const canDelete = allowed(objectId, registry, deleteAction);
        const access: Access[] = [];
        for (const scope of params.getAll('scope').flatMap(s => s.split(' '))) {
          const [type = '', ...rest] = scope.split(':');
          const actions = (rest.pop() ?? '').split(',');
          const name = rest.join(':');
          if (type !== 'repository' || !name) continue;
          // As ACR does: the token carries only what the roles allow; the registry refuses the rest.
          const granted = actions.filter(
            a =>
              (a === 'pull' && canPull) ||
              (a === 'push' && canPush) ||
              (a === 'delete' && canDelete) ||
              (a === '*' && canPush && canDelete)
          );
          const existing = access.find(a => a.name === name);
          if (existing) existing.actions = [...new Set([...existing.actions, ...granted])];
          else access.push({ type: 'repository', name, actions: granted });
        }
        const accessToken = await tokens.accessToken(service, objectId, access);
        secrets.add(accessToken);
        return {
          status: 200,
          body: { access_token: accessToken },
          detail: { grant, principal: objectId, access: access.map(a => `${a.name}:${a.actions.join(',')}`) }
        };
      };

      const front = (registry: SandboxRegistry) => (req: http.IncomingMessage, res: http.ServerResponse) => {
        const url = new URL(req.url ?? '/', `https://${req.headers.host ?? registry.loginServer}`);
        const method = (req.method ?? 'GET').toUpperCase();
        const record = (status: number, detail?: Record<string, unknown>) =>
          calls.push({
            registry: registry.name,
            method,
            path: url.pathname,
            status,
            ...(detail ? { detail } : {})
          });
        const serve = (fault: FaultRule | undefined): void => {
          if (fault) {
            if (fault.reset) {
              record(0, { fault: 'reset' });
              req.socket.destroy();
              return;
            }
            const status = fault.status ?? 503;
            record(status, { fault: true });
            const code = status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE';
            return send(res, acrError(status, code, `service unavailable (sandbox fault ${status})`), {
              ...(fault.retryAfterSeconds !== undefined
                ? { 'Retry-After': String(fault.retryAfterSeconds) }
                : {})
            });
          }
          if (url.pathname === '/oauth2/exchange' || url.pathname === '/oauth2/token') {
            const chunks: Buffer[] = [];
            req.on('data', (c: Buffer) => chunks.push(c));
            req.on('end', () => {
              const form = new URLSearchParams(Buffer.concat(chunks).toString());
              for (const [k, v] of url.searchParams) form.append(k, v);
              const basicHeader = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
              const decoded = basicHeader ? Buffer.from(basicHeader, 'base64').toString() : undefined;
              const basic = decoded
                ? {
                    user: decoded.slice(0, decoded.indexOf(':')),
                    password: decoded.slice(decoded.indexOf(':') + 1)
                  }
                : undefined;
              const work: Promise<Reply> =
                url.pathname === '/oauth2/exchange'
                  ? method === 'POST'
                    ? exchange(registry, form)
                    : Promise.resolve(acrError(405, 'UNSUPPORTED', 'use POST'))
                  : token(registry, form, basic);
              void work
                .catch((e: unknown): Reply => acrError(500, 'INTERNAL', String(e)))
                .then(reply => {
                  record(reply.status, reply.detail);
                  send(res, reply);
                });
            });
            return;
          }
          if (!url.pathname.startsWith('/v2')) {
            record(404);
            return send(res, acrError(404, 'NOT_FOUND', 'not found'));
          }
          // Streamed both ways: a blob of any size passes through without being buffered.
          const upstream = http.request(
            {
              host: '127.0.0.1',
              port: registry.process.port,
              method,
              path: req.url,
              headers: { ...req.headers, 'x-forwarded-proto': 'https' }
            },
            answer => {
              const headers = { ...answer.headers };
              const challenge = headers['www-authenticate'];
              if (
                typeof challenge === 'string' &&
                req.headers.host &&
                req.headers.host !== registry.loginServer
              ) {
                headers['www-authenticate'] = challenge.replace(
                  `realm="https://${registry.loginServer}/oauth2/token"`,
                  `realm="https://${req.headers.host}/oauth2/token"`
                );
              }
              headers['docker-distribution-api-version'] ??= 'registry/2.0';
              res.writeHead(answer.statusCode ?? 502, headers);
              answer.pipe(res);
              answer.on('end', () => record(answer.statusCode ?? 502));
            }
          );
          upstream.on('error', () => {
            record(503, { upstream: 'down' });
            if (!res.headersSent) send(res, acrError(503, 'UNAVAILABLE', 'the registry is not reachable'));
            else res.destroy();
          });
          req.pipe(upstream);
        };
        const fault = faults.take('acr', method, url.pathname + url.search, registry.name);
        // A delay alone lets the request through late; with a status or a reset, that answer comes late.
        if (fault?.latencyMs) {
          const late = fault.status !== undefined || fault.reset ? fault : undefined;
          setTimeout(() => serve(late), fault.latencyMs);
        } else serve(fault);
      };

      for (const entry of sandbox.world.containerRegistries ?? []) {
        const loginServer = `${entry.name}.azurecr.io`;
        const registry: SandboxRegistry = {
          name: entry.name,
          loginServer,
          id: registryId(entry),
          url: '',
          process: new RegistryProcess(loginServer, mkdtempSync(join(dir, `${entry.name}-`)), bundle)
        };
        registries.set(entry.name, registry);
        await registry.process.start();
        const server = https.createServer({ key: sandbox.tls.key, cert: sandbox.tls.cert }, front(registry));
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
        fronts.push(server);
        const port = (server.address() as AddressInfo).port;
        registry.url = `https://127.0.0.1:${port}`;
        sandbox.routeHost(loginServer, port);
      }
      // Tools (buildah, skopeo, docker) reach <name>.azurecr.io through the proxy, and trust the sandbox CA
      // through SSL_CERT_FILE (Go); loopback URLs stay direct.
      sandbox.addEnv({
        HTTPS_PROXY: sandbox.urls.proxy,
        NO_PROXY: '127.0.0.1,localhost',
        SSL_CERT_FILE: sandbox.caCertPath,
        MUSAFIRGO_SANDBOX_REGISTRIES: [...registries.values()].map(r => `${r.loginServer}=${r.url}`).join(',')
      });

      registerArmRoutes(sandbox, registries, tokens, secrets);

      // What a pull from Azure's side finds (Container Apps, AKS): asked of the registry process itself, with a
      // pull token the service mints for its own control plane.
      for (const registry of registries.values()) {
        sandbox.images.register(registry.loginServer, async (repository, reference) => {
          const token = await tokens.accessToken(registry.loginServer, 'control-plane', [
            { type: 'repository', name: repository, actions: ['pull'] }
          ]);
          secrets.add(token);
          return manifestDigest(registry.process.port, repository, reference, token);
        });
      }

      return async () => {
        await Promise.all([...registries.values()].map(r => r.process.stop()));
        await Promise.all(
          fronts.map(
            s =>
              new Promise<void>(resolve => {
                s.close(() => resolve());
                s.closeAllConnections();
              })
          )
        );
        rmSync(dir, { recursive: true, force: true });
      };
    }
  };
  return service;
}

/** The digest a registry process answers for `repository:reference`, or undefined when it holds no such manifest. */
function manifestDigest(
  port: number,
  repository: string,
  reference: string,
  token: string
): Promise<{ digest: string } | undefined> {
  return new Promise((resolve, reject) => {
    http
      .request(
        {
          host: '127.0.0.1',
          port,
          method: 'HEAD',
          path: `/v2/${repository}/manifests/${reference}`,
          headers: { authorization: `Bearer ${token}`, accept: manifestTypes }
        },
        res => {
          res.resume();
          const digest = res.headers['docker-content-digest'];
          resolve(res.statusCode === 200 && typeof digest === 'string' ? { digest } : undefined);
        }
      )
      .on('error', reject)
      .end();
  });
}

function send(
  res: http.ServerResponse,
  reply: { status: number; body: unknown },
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Docker-Distribution-Api-Version': 'registry/2.0',
    ...headers
  });
  res.end(text);
}

function registryBody(r: SandboxRegistry, entry: ContainerRegistry) {
  return {
    id: r.id,
    name: r.name,
    type: 'Microsoft.ContainerRegistry/registries',
    location: entry.location ?? 'westeurope',
    tags: {},
    sku: { name: 'Premium', tier: 'Premium' },
    properties: {
      loginServer: r.loginServer,
      creationDate: '2026-01-12T09:30:00.0000000Z',
      provisioningState: 'Succeeded',
      adminUserEnabled: false,
      publicNetworkAccess: 'Enabled',
      anonymousPullEnabled: false,
      dataEndpointEnabled: false,
      zoneRedundancy: 'Disabled'
    }
  };
}

function registerArmRoutes(
  sandbox: Sandbox,
  registries: Map<string, SandboxRegistry>,
  tokens: AcrTokens,
  secrets: Set<string>
): void {
  const entries = () => sandbox.world.containerRegistries ?? [];
  const find = (ctx: ArmContext) => {
    const entry = entries().find(
      e =>
        e.name.toLowerCase() === ctx.params.name?.toLowerCase() &&
        e.subscriptionId.toLowerCase() === ctx.params.sub?.toLowerCase() &&
        e.resourceGroup.toLowerCase() === ctx.params.rg?.toLowerCase()
    );
    const registry = entry && registries.get(entry.name);
    if (!entry || !registry) {
      throw resourceNotFound(
        'Microsoft.ContainerRegistry/registries',
        ctx.params.name ?? '',
        ctx.params.rg ?? ''
      );
    }
    return { entry, registry };
  };
  const list = (filter: (e: ContainerRegistry) => boolean) => ({
    status: 200,
    body: {
      value: entries()
        .filter(filter)
        .flatMap(e => {
          const r = registries.get(e.name);
          return r ? [registryBody(r, e)] : [];
        })
    }
  });
  const provider = 'providers/Microsoft.ContainerRegistry/registries';
  sandbox.arm.route('GET', `/subscriptions/:sub/${provider}`, {
    action: 'Microsoft.ContainerRegistry/registries/read',
    handler: ({ params }) => list(e => e.subscriptionId.toLowerCase() === params.sub!.toLowerCase())
  });
  sandbox.arm.route('GET', `/subscriptions/:sub/resourceGroups/:rg/${provider}`, {
    action: 'Microsoft.ContainerRegistry/registries/read',
    handler: ({ params }) =>
      list(
        e =>
          e.subscriptionId.toLowerCase() === params.sub!.toLowerCase() &&
          e.resourceGroup.toLowerCase() === params.rg!.toLowerCase()
      )
  });
  sandbox.arm.route('GET', `/subscriptions/:sub/resourceGroups/:rg/${provider}/:name`, {
    action: 'Microsoft.ContainerRegistry/registries/read',
    handler: ctx => {
      const { entry, registry } = find(ctx);
      return { status: 200, body: registryBody(registry, entry) };
    }
  });
  sandbox.arm.route('POST', `/subscriptions/:sub/resourceGroups/:rg/${provider}/:name/importImage`, {
    action: 'Microsoft.ContainerRegistry/registries/importImage/action',
    handler: ctx => {
      const { registry: target } = find(ctx);
      const body = (ctx.body ?? {}) as {
        source?: { resourceId?: string; registryUri?: string; sourceImage?: string };
        targetTags?: string[];
        untaggedTargetRepositories?: string[];
        mode?: string;
      };
      const sourceImage = body.source?.sourceImage ?? '';
      const image =
        /^([a-z0-9]+(?:[._\-/][a-z0-9]+)*)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/.exec(
          sourceImage
        );
      if (!image || (!image[2] && !image[3])) {
        throw new ArmError(
          400,
          'InvalidParameter',
          `The parameter sourceImage has an invalid value '${sourceImage}'.`
        );
      }
      const source = [...registries.values()].find(
        r =>
          (body.source?.resourceId && r.id.toLowerCase() === body.source.resourceId.toLowerCase()) ||
          (body.source?.registryUri && r.loginServer === body.source.registryUri.toLowerCase())
      );
      if (!source) {
        throw new ArmError(
          400,
          'InvalidParameter',
          `The source registry '${body.source?.resourceId ?? body.source?.registryUri ?? ''}' could not be found.`
        );
      }
      if (!sandbox.arm.isAllowed(ctx.principal.objectId, pullAction, source.id)) {
        throw new ArmError(
          403,
          'AuthorizationFailed',
          `The client '${ctx.principal.objectId}' with object id '${ctx.principal.objectId}' does not have authorization to perform action '${pullAction}' over scope '${source.id}' or the scope is invalid. If access was recently granted, please refresh your credentials.`
        );
      }
      const targetTags = (body.targetTags ?? []).map(t => {
        const [repo, tag] = t.split(':');
        if (!repo || !tag)
          throw new ArmError(400, 'InvalidParameter', `The target tag '${t}' must be 'repository:tag'.`);
        return { repo, tag };
      });
      const untagged = body.untaggedTargetRepositories ?? [];
      if (targetTags.length === 0 && untagged.length === 0) {
        throw new ArmError(
          400,
          'InvalidParameter',
          'Either targetTags or untaggedTargetRepositories must be given.'
        );
      }
      const force = (body.mode ?? 'NoForce').toLowerCase() === 'force';
      return sandbox.arm.longRunning(ctx, {
        namespace: 'Microsoft.ContainerRegistry',
        run: async () => {
          const internal = async (registry: SandboxRegistry, access: Access[]) => {
            const t = await tokens.accessToken(registry.loginServer, 'importer', access);
            secrets.add(t);
            return t;
          };
          const sourceRepo = image[1]!;
          const repos = [...new Set([...targetTags.map(t => t.repo), ...untagged])];
          await copyImage({
            source: {
              port: source.process.port,
              repo: sourceRepo,
              token: await internal(source, [{ type: 'repository', name: sourceRepo, actions: ['pull'] }])
            },
            reference: image[3] ?? image[2]!,
            targets: await Promise.all(
              repos.map(async repo => ({
                repo,
                port: target.process.port,
                token: await internal(target, [
                  { type: 'repository', name: repo, actions: ['pull', 'push'] }
                ]),
                tags: targetTags.filter(t => t.repo === repo).map(t => t.tag)
              }))
            ),
            force,
            conflict: (repo, tag) =>
              new ArmError(
                409,
                'TagAlreadyExists',
                `Tag ${repo}:${tag} already exists in target registry and points at another image; use mode Force to overwrite it.`
              )
          });
          // ACR's importImage answers 200 on its final poll (the SDK refuses the 204 of a bodiless result).
          return {};
        }
      });
    }
  });
}
