import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArmRouter } from './arm.js';
import {
  Core,
  type FaultRule,
  type Handler,
  type RecordedCall,
  type SandboxClock,
  type ServiceName
} from './core.js';
import { EntraService } from './entra.js';
import { GitHubOidc, type RegisteredJob } from './github/oidc.js';
import { createPki } from './pki.js';
import { ConnectProxy } from './proxy.js';
import { closeServers, listen } from './servers.js';
import { loadWorld, type JobContext, type World } from './world.js';

export { ArmError, armError, resourceGroupNotFound, resourceNotFound } from './arm.js';
export type {
  ArmContext,
  ArmReply,
  ArmRoute,
  GenericResource,
  LongRunningOptions,
  Principal
} from './arm.js';
export type { ArmRouter } from './arm.js';
export type { FaultRule, Handler, RecordedCall, Reply, Request, SandboxClock, ServiceName } from './core.js';
export { subjectFor } from './github/oidc.js';
export { sandboxTrust } from './trust.js';
export { defaultWorldPath, loadWorld } from './world.js';
export type {
  App,
  FederatedCredential,
  JobContext,
  ResourceGroup,
  RoleAssignment,
  RoleDefinition,
  Subscription,
  Tenant,
  World
} from './world.js';

export interface SandboxOptions {
  /** A world object or the path of a YAML world; default sandbox/world.default.yaml. */
  world?: World | string;
  /** Where ca.pem is written; default a fresh temporary directory. */
  stateDir?: string;
  /** More emulators (ACR, Container Apps, API Management, ...), started after the built-in ones, in order. */
  services?: SandboxService[];
  /** More DNS names the emulators' certificate must cover, beyond Azure's and the world's. */
  serverNames?: string[];
}

/**
 * An emulator beyond the built-in three. `start` runs once the sandbox is up: it may add ARM routes
 * (`sandbox.arm.route`), serve HTTPS with `sandbox.serve`, run real local servers, and add variables to
 * every step's environment with `sandbox.addEnv`. What it returns from `start` is called by `sandbox.stop()`.
 */
export interface SandboxService {
  name: string;
  start(sandbox: Sandbox): Promise<(() => Promise<void>) | void>;
}

export interface Sandbox {
  /** https://127.0.0.1:<port> each; proxy is http://127.0.0.1:<port>. */
  urls: { github: string; entra: string; arm: string; control: string; proxy: string };
  caCertPath: string;
  /** The CA and the emulators' certificate and key, for later emulators that serve TLS under the same names. */
  tls: { ca: string; cert: string; key: string };
  world: World;
  clock: SandboxClock;
  faults: { add(rule: FaultRule): void; clear(): void };
  calls(filter?: { service?: ServiceName; since?: number }): RecordedCall[];
  registerJob(job?: Partial<JobContext>): RegisteredJob;
  /** Registers a job and returns the environment its steps see (RUNNER_TEMP excepted). */
  env(job?: Partial<JobContext>): Record<string, string>;
  /** Every request token, GitHub ID token and Entra access token handed out so far. */
  issuedSecrets(): string[];
  arm: ArmRouter;
  /** Lets the proxy tunnel another host (`*.azurecr.io` style patterns allowed), port 443, to a local port. */
  routeHost(hostPattern: string, port: number): void;
  /**
   * Serves `handler` over HTTPS on loopback with the sandbox certificate, with faults, recorded calls and the
   * clock like the built-in emulators; the proxy routes each of `hosts` to it. Returns its https URL.
   */
  serve(
    service: ServiceName,
    handler: Handler,
    options?: {
      hosts?: string[];
      port?: number;
      /** Ask callers for a client certificate, verified against the sandbox CA (`Request.clientCertificate`). */
      clientCertificates?: boolean;
    }
  ): Promise<string>;
  /** A client certificate the servers that ask for one accept (`pki.clientCertificate`). */
  clientCertificate(
    commonName: string,
    organizations?: string[]
  ): Promise<{ certPem: string; keyPem: string }>;
  /** Variables added to every environment `env()` returns from now on. */
  addEnv(variables: Record<string, string>): void;
  /**
   * Where emulators that run images (Container Apps, AKS) look them up: registry emulators register their
   * login servers, and `resolve` answers what a pull would find, as Azure's own control plane would.
   */
  images: ImageCatalog;
  stop(): Promise<void>;
}

/**
 * What a pull of `<repository>@<digest>` or `<repository>:<tag>` finds in one registry, or undefined. `pullable`:
 * a registry process holds the image itself (ACR's), so a node can pull and run it; a test's own catalog of
 * digests declares images that exist by name only.
 */
export type ImageLookup = (
  repository: string,
  reference: string
) => Promise<{ digest: string; labels?: Record<string, string>; pullable?: boolean } | undefined>;

export interface ImageCatalog {
  register(loginServer: string, lookup: ImageLookup): void;
  /** `registry/repo@sha256:...` or `registry/repo:tag`; `unknown-registry` when no emulator serves that host. */
  resolve(
    image: string
  ): Promise<
    { digest: string; labels?: Record<string, string>; pullable?: boolean } | undefined | 'unknown-registry'
  >;
}

export function createImageCatalog(): ImageCatalog {
  const registries = new Map<string, ImageLookup>();
  return {
    register: (loginServer, lookup) => registries.set(loginServer.toLowerCase(), lookup),
    resolve: async image => {
      const slash = image.indexOf('/');
      const lookup = registries.get(image.slice(0, slash).toLowerCase());
      if (slash < 0 || !lookup) return 'unknown-registry';
      const rest = image.slice(slash + 1);
      const at = rest.indexOf('@');
      const colon = rest.lastIndexOf(':');
      if (at >= 0) return lookup(rest.slice(0, at), rest.slice(at + 1));
      return colon >= 0 ? lookup(rest.slice(0, colon), rest.slice(colon + 1)) : lookup(rest, 'latest');
    }
  };
}

type ServerName = 'github' | 'entra' | 'arm' | 'control' | 'proxy';

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const world = loadWorld(options.world);
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'musafirgo-sandbox-'));
  mkdirSync(stateDir, { recursive: true });
  // A wildcard covers one label: apps and their label URLs live one level under each environment's domain.
  const environmentDomains = (world.containerApps?.environments ?? []).map(e => `*.${e.defaultDomain}`);
  const gatewayDomains = (world.kubernetesClusters ?? []).flatMap(c =>
    (c.gatewayDomains ?? []).map(d => `*.${d}`)
  );
  // Static Web Apps: the production host and every preview environment's (`<host>-<env>.<location>...`) under one label.
  const staticSiteDomains = (world.staticSites ?? []).map(
    s => `*.${s.defaultHostname!.split('.').slice(1).join('.')}`
  );
  const storageDomains = world.storageAccounts?.length ? ['*.blob.core.windows.net'] : [];
  const pki = await createPki([
    ...environmentDomains,
    ...gatewayDomains,
    ...new Set(staticSiteDomains),
    ...storageDomains,
    ...(options.serverNames ?? [])
  ]);
  const caCertPath = join(stateDir, 'ca.pem');
  writeFileSync(caCertPath, pki.caPem);

  const core = new Core();
  const urls = { github: '', entra: '', arm: '', control: '', proxy: '' };
  const github = await GitHubOidc.create(core, world);
  const entra = await EntraService.create(core, world, pki.caPem, () => urls.github);
  const arm = new ArmRouter(core, world, entra);
  const proxy = new ConnectProxy((target, status) =>
    core.calls.push({
      service: 'proxy',
      method: 'CONNECT',
      path: target,
      status,
      at: core.clock.now().getTime(),
      durationMs: 0
    })
  );
  const tlsOptions = { key: pki.keyPem, cert: pki.certPem };

  const registerJob = (job?: Partial<JobContext>) => github.registerJob(urls.github, job);
  const calls = (filter: { service?: ServiceName; since?: number } = {}) =>
    core.calls.filter(
      c => (!filter.service || c.service === filter.service) && (!filter.since || c.at >= filter.since)
    );

  const extraEnv: Record<string, string> = {};
  const extraServers: http.Server[] = [];
  const stops: Array<() => Promise<void>> = [];
  const env = (job?: Partial<JobContext>): Record<string, string> => {
    const { requestUrl, requestToken, context: j } = registerJob(job);
    const [owner = ''] = j.repository.split('/');
    const pr = j.eventName === 'pull_request';
    return {
      ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      NODE_EXTRA_CA_CERTS: caCertPath,
      REQUESTS_CA_BUNDLE: caCertPath,
      AZURE_AUTHORITY_HOST: urls.entra,
      AZURE_RESOURCE_MANAGER_ENDPOINT: urls.arm,
      MUSAFIRGO_SANDBOX_CONTROL: urls.control,
      MUSAFIRGO_SANDBOX_PROXY: urls.proxy,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: j.repository,
      GITHUB_REPOSITORY_ID: j.repositoryId,
      GITHUB_REPOSITORY_OWNER: owner,
      GITHUB_REPOSITORY_OWNER_ID: j.repositoryOwnerId,
      GITHUB_REF: j.ref,
      GITHUB_REF_NAME: j.ref.replace(/^refs\/(heads|tags|pull)\//, ''),
      GITHUB_REF_TYPE: j.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      GITHUB_REF_PROTECTED: String(j.refProtected),
      GITHUB_SHA: j.sha,
      GITHUB_EVENT_NAME: j.eventName,
      GITHUB_WORKFLOW: j.workflow,
      GITHUB_WORKFLOW_REF: j.workflowRef ?? '',
      GITHUB_WORKFLOW_SHA: j.workflowSha ?? '',
      GITHUB_RUN_ID: j.runId,
      GITHUB_RUN_NUMBER: j.runNumber,
      GITHUB_RUN_ATTEMPT: j.runAttempt,
      GITHUB_ACTOR: j.actor,
      GITHUB_ACTOR_ID: j.actorId,
      GITHUB_TRIGGERING_ACTOR: j.actor,
      GITHUB_JOB: j.job,
      GITHUB_HEAD_REF: pr ? (j.headRef ?? '') : '',
      GITHUB_BASE_REF: pr ? (j.baseRef ?? '') : '',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_ENVIRONMENT: j.runnerEnvironment,
      ...extraEnv
    };
  };

  const sandbox: Sandbox = {
    urls,
    caCertPath,
    tls: { ca: pki.caPem, cert: pki.certPem, key: pki.keyPem },
    world,
    clock: core.clock,
    faults: { add: rule => core.faults.add(rule), clear: () => core.faults.clear() },
    calls,
    registerJob,
    env,
    issuedSecrets: () => [...core.secrets],
    arm,
    routeHost: (pattern, port) => {
      proxy.addHost(pattern, port);
      proxy.addLoopbackPort(port);
    },
    serve: async (service, handler, serveOptions = {}) => {
      const server = https.createServer(
        serveOptions.clientCertificates
          ? { ...tlsOptions, ca: pki.caPem, requestCert: true, rejectUnauthorized: false }
          : tlsOptions,
        core.listener(service, handler)
      );
      const port = await listen(server, serveOptions.port);
      extraServers.push(server);
      proxy.addLoopbackPort(port);
      for (const host of serveOptions.hosts ?? []) proxy.addHost(host, port);
      return `https://127.0.0.1:${port}`;
    },
    clientCertificate: (commonName, organizations) => pki.clientCertificate(commonName, organizations),
    addEnv: variables => Object.assign(extraEnv, variables),
    images: createImageCatalog(),
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
      proxy.destroySockets();
      await closeServers([...Object.values(servers), ...extraServers]);
    }
  };

  const servers: Record<ServerName, http.Server> = {
    github: https.createServer(tlsOptions, core.listener('github', github.handler)),
    entra: https.createServer(tlsOptions, core.listener('entra', entra.handler)),
    arm: https.createServer(tlsOptions, core.listener('arm', arm.handler)),
    control: https.createServer(tlsOptions, controlListener(sandbox, core)),
    proxy: proxy.server
  };
  for (const name of Object.keys(servers) as ServerName[]) {
    const port = await listen(servers[name], world.ports?.[name]);
    urls[name] = `${name === 'proxy' ? 'http' : 'https'}://127.0.0.1:${port}`;
  }
  const portOf = (url: string) => Number(new URL(url).port);
  proxy.addHost('token.actions.githubusercontent.com', portOf(urls.github));
  proxy.addHost('login.microsoftonline.com', portOf(urls.entra));
  proxy.addHost('management.azure.com', portOf(urls.arm));
  for (const url of [urls.github, urls.entra, urls.arm, urls.control]) proxy.addLoopbackPort(portOf(url));
  for (const service of options.services ?? []) {
    const stop = await service.start(sandbox);
    if (stop) stops.push(stop);
  }
  return sandbox;
}

/** The control API: the in-process methods over HTTPS, for a person or an out-of-process test. Loopback only. */
function controlListener(sandbox: Sandbox, core: Core) {
  const loopback = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];
  return (req: http.IncomingMessage, res: http.ServerResponse): void => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      const send = (status: number, body?: unknown) => {
        res.writeHead(status, body === undefined ? {} : { 'Content-Type': 'application/json' });
        res.end(body === undefined ? undefined : JSON.stringify(body));
      };
      if (!loopback.includes(req.socket.remoteAddress ?? '')) return send(403, { error: 'loopback only' });
      const url = new URL(req.url ?? '/', 'https://localhost');
      const route = `${req.method} ${url.pathname.replace(/\/$/, '')}`;
      let body: Record<string, unknown> = {};
      try {
        body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        return send(400, { error: 'the body must be JSON' });
      }
      const clock = () => ({
        now: sandbox.clock.now().toISOString(),
        offsetSeconds: sandbox.clock.offsetSeconds
      });
      switch (route) {
        case 'GET /world':
          return send(200, sandbox.world);
        case 'POST /jobs': {
          const env = sandbox.env(body as Partial<JobContext>);
          const { ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken } =
            env;
          return send(201, { requestUrl, requestToken, env });
        }
        case 'GET /clock':
          return send(200, clock());
        case 'POST /clock':
          sandbox.clock.advance(Number(body.advanceSeconds ?? 0));
          return send(200, clock());
        case 'POST /faults':
          sandbox.faults.add(body as unknown as FaultRule);
          return send(204);
        case 'DELETE /faults':
          sandbox.faults.clear();
          return send(204);
        case 'GET /calls': {
          const service = (url.searchParams.get('service') || undefined) as ServiceName | undefined;
          return send(200, sandbox.calls({ service, since: Number(url.searchParams.get('since') ?? 0) }));
        }
        case 'DELETE /calls':
          core.calls.length = 0;
          return send(204);
        case 'GET /secrets':
          return send(200, sandbox.issuedSecrets());
        default:
          return send(404, { error: `no control route ${route}` });
      }
    });
  };
}
