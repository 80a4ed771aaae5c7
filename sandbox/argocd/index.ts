import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { jwtVerify, SignJWT } from 'jose';
import { parse, parseAllDocuments } from 'yaml';
import type { Reply, Request } from '../core.js';
import type { GitHubReposService } from '../github/repos.js';
import { helmBinary } from '../helm.js';
import type { Sandbox, SandboxService } from '../index.js';

// Kubernetes and Argo CD objects are free-form JSON; the emulator reads the few fields it acts on.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

/** What Argo CD needs of the cluster it deploys to: server-side apply, and objects read as a watch would see them. */
export interface ArgoCluster {
  /** Server-side apply as `fieldManager` (with force); the API server's status and answer. */
  applyObject(object: Obj, fieldManager: string): Promise<{ status: number; body?: unknown }>;
  /** The live object after the controllers ran, or undefined. */
  observe(resource: string, namespace: string | undefined, name: string): Promise<Obj | undefined>;
  /** Optional: the cluster serves the Applications as objects too, refreshed from here before each read. */
  keep?(resource: string, refresh: (put: (object: Obj) => void) => Promise<void>): void;
}

/** A local Argo CD account and what its API tokens may do (RBAC: these actions on every application). */
export interface ArgoAccount {
  name: string;
  actions: Array<'get' | 'sync'>;
}

export interface ArgoCdOptions {
  repos: GitHubReposService;
  cluster: ArgoCluster;
  /** The repository whose argocd/ directory holds the Applications; default musafirgo/musafirgo-infra. */
  repository?: string;
  accounts?: ArgoAccount[];
}

export interface ArgoCdService extends SandboxService {
  /** The API server (https://127.0.0.1:<port>), what `argocd-server` names. */
  readonly url: string;
  /** An API token of a local account (generated at start). */
  token(account: string): string;
  secrets(): string[];
  /** The Application as GET /api/v1/applications/{name} answers it, or undefined. */
  application(name: string): Promise<Obj | undefined>;
}

/** Argo CD's order of health, best first: an application is as healthy as its worst resource. */
const healthOrder = ['Healthy', 'Suspended', 'Progressing', 'Missing', 'Degraded', 'Unknown'];
const FIELD_MANAGER = 'argocd-controller';
const plurals: Record<string, string> = {
  Deployment: 'deployments',
  Service: 'services',
  ConfigMap: 'configmaps',
  Secret: 'secrets',
  Namespace: 'namespaces',
  HTTPRoute: 'httproutes'
};

/** grpc-gateway's error JSON, as Argo CD's REST API sends every error. */
function argoError(status: number, code: number, message: string): Reply {
  return { status, body: { error: message, code, message } };
}

function exec(
  file: string,
  args: string[],
  env?: Record<string, string>
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve =>
    execFile(
      file,
      args,
      { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr })
    )
  );
}

/** The health Argo CD assesses for a Deployment (gitops-engine's health_deployment.go). */
function deploymentHealth(d: Obj): { status: string; message?: string } {
  const s = d.status ?? {};
  if (d.spec?.paused) return { status: 'Suspended', message: 'Deployment is paused' };
  if ((d.metadata.generation ?? 0) > (s.observedGeneration ?? 0)) {
    return {
      status: 'Progressing',
      message: 'Waiting for rollout to finish: observed deployment generation less than desired generation'
    };
  }
  const progressing = (s.conditions ?? []).find((c: Obj) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded')
    return { status: 'Degraded', message: `Deployment "${d.metadata.name}" exceeded its progress deadline` };
  const replicas = d.spec?.replicas ?? 1;
  const updated = s.updatedReplicas ?? 0;
  if (updated < replicas) {
    return {
      status: 'Progressing',
      message: `Waiting for rollout to finish: ${updated} out of ${replicas} new replicas have been updated...`
    };
  }
  if ((s.replicas ?? 0) > updated) {
    return {
      status: 'Progressing',
      message: `Waiting for rollout to finish: ${s.replicas - updated} old replicas are pending termination...`
    };
  }
  if ((s.availableReplicas ?? 0) < updated) {
    return {
      status: 'Progressing',
      message: `Waiting for rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...`
    };
  }
  return { status: 'Healthy' };
}

interface AppState {
  spec: Obj;
  metadata: Obj;
  operation?: Obj;
  operationState?: Obj;
  /** Object key -> the manifest Argo CD applied last. */
  applied: Map<string, string>;
  history: Obj[];
}

/**
 * Argo CD's API server and application controller, the part CI uses: GET an Application, POST a sync. Applications
 * come from the infrastructure repository's argocd/ directory; a sync resolves the revision in that real git
 * repository, renders the chart at that commit with the real Helm (`helm template` with the Application's value
 * files), server-side applies the objects to the emulated AKS cluster, and the status follows the live objects.
 */
export function argocd(options: ArgoCdOptions): ArgoCdService {
  const { repos, cluster } = options;
  const repository = options.repository ?? 'musafirgo/musafirgo-infra';
  const accounts = options.accounts ?? [
    { name: 'ci-deployer', actions: ['get', 'sync'] },
    { name: 'viewer', actions: ['get'] }
  ];
  const tokens = new Map<string, string>();
  const apps = new Map<string, AppState>();
  /** `<app>@<commit>` -> the rendered objects, or the error of rendering them (a commit never changes). */
  const renders = new Map<string, Promise<Obj[]>>();
  const secret = new TextEncoder().encode(randomBytes(32).toString('hex'));
  let sandbox: Sandbox;
  let apiUrl = '';
  let workDir = '';

  const now = () =>
    sandbox.clock
      .now()
      .toISOString()
      .replace(/\.\d+Z$/, 'Z');
  const keyOf = (o: Obj) => `${o.apiVersion}/${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;

  /** The repository's path of a repoURL such as https://github.com/<owner>/<name>.git, or undefined. */
  const repositoryOf = (repoURL: string) =>
    /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repoURL)?.[1];

  function render(name: string, app: AppState, commit: string): Promise<Obj[]> {
    const cacheKey = `${name}@${commit}`;
    let rendered = renders.get(cacheKey);
    if (!rendered) {
      rendered = renderUncached(app, commit);
      renders.set(cacheKey, rendered);
    }
    return rendered;
  }

  async function renderUncached(app: AppState, commit: string): Promise<Obj[]> {
    const source = app.spec.source;
    const dir = mkdtempSync(join(workDir, 'render-'));
    try {
      const tar = join(dir, 'source.tar');
      await repos.git(repositoryOf(source.repoURL)!, 'archive', '--format=tar', `--output=${tar}`, commit);
      const tree = join(dir, 'tree');
      mkdirSync(tree);
      const untar = await exec('tar', ['-xf', tar, '-C', tree]);
      if (untar.code !== 0) throw new Error(`unpacking ${commit}: ${untar.stderr}`);
      const chart = normalize(join(tree, source.path ?? '.'));
      const valueFiles: string[] = source.helm?.valueFiles ?? [];
      for (const file of valueFiles) {
        if (!normalize(join(chart, file)).startsWith(`${tree}/`))
          throw new Error(`value file ${file} is outside the repository`);
      }
      const helmHome = join(workDir, 'helm');
      const result = await exec(
        helmBinary(),
        [
          'template',
          source.helm?.releaseName ?? app.metadata.name,
          chart,
          '--namespace',
          app.spec.destination.namespace,
          ...valueFiles.flatMap(file => ['--values', join(chart, file)])
        ],
        {
          HELM_CACHE_HOME: join(helmHome, 'cache'),
          HELM_CONFIG_HOME: join(helmHome, 'config'),
          HELM_DATA_HOME: join(helmHome, 'data')
        }
      );
      if (result.code !== 0) {
        const shown = result.stderr.replaceAll(`${tree}/`, '').trim();
        throw new Error(
          `Failed to load target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = \`helm template\` failed exit status 1: ${shown}`
        );
      }
      return parseAllDocuments(result.stdout)
        .map(doc => doc.toJS() as Obj | null)
        .filter((o): o is Obj => !!o && typeof o === 'object' && !!o.kind)
        .map(o => {
          if (o.kind !== 'Namespace')
            o.metadata = { namespace: app.spec.destination.namespace, ...o.metadata };
          // Argo CD 3's default resource tracking: an annotation, so the chart's own labels stay as they are.
          o.metadata.annotations = {
            ...o.metadata.annotations,
            'argocd.argoproj.io/tracking-id': `${app.metadata.name}:${o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : ''}/${o.kind}:${o.metadata.namespace ?? ''}/${o.metadata.name}`
          };
          return o;
        });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** The resources list, sync status and health Argo CD reports, from the live objects. */
  async function compare(name: string, app: AppState) {
    const repo = repositoryOf(app.spec.source.repoURL);
    const head = repo ? await repos.resolve(repo, app.spec.source.targetRevision ?? 'HEAD') : undefined;
    let desired: Obj[] = [];
    let condition: string | undefined;
    if (!head) condition = `unable to resolve '${app.spec.source.targetRevision}' to a commit SHA`;
    else {
      try {
        desired = await render(name, app, head);
      } catch (e) {
        condition = (e as Error).message;
      }
    }
    const resources: Obj[] = [];
    for (const o of desired) {
      const plural = plurals[o.kind as string];
      const live = plural ? await cluster.observe(plural, o.metadata.namespace, o.metadata.name) : undefined;
      const ours = live?.metadata?.managedFields?.some((m: Obj) => m.manager === FIELD_MANAGER);
      const synced = live && ours && app.applied.get(keyOf(o)) === JSON.stringify(o);
      const health = !live
        ? { status: 'Missing' }
        : o.kind === 'Deployment'
          ? deploymentHealth(live)
          : o.kind === 'Service'
            ? { status: 'Healthy' }
            : undefined;
      const [group, version] = o.apiVersion.includes('/') ? o.apiVersion.split('/') : ['', o.apiVersion];
      resources.push({
        ...(group ? { group } : {}),
        version,
        kind: o.kind,
        namespace: o.metadata.namespace,
        name: o.metadata.name,
        status: synced ? 'Synced' : 'OutOfSync',
        ...(health ? { health } : {})
      });
    }
    const worst = resources
      .map(r => r.health?.status as string | undefined)
      .filter((s): s is string => !!s)
      .reduce((a, b) => (healthOrder.indexOf(b) > healthOrder.indexOf(a) ? b : a), 'Healthy');
    const images = new Set<string>();
    for (const o of desired.filter(d => d.kind === 'Deployment')) {
      const live = await cluster.observe('deployments', o.metadata.namespace, o.metadata.name);
      for (const c of live?.spec?.template?.spec?.containers ?? []) images.add(String(c.image));
    }
    return {
      head,
      condition,
      resources,
      sync: resources.length && resources.every(r => r.status === 'Synced') ? 'Synced' : 'OutOfSync',
      health: condition && !resources.length ? 'Unknown' : worst,
      images: [...images]
    };
  }

  async function view(name: string): Promise<Obj | undefined> {
    const app = apps.get(name);
    if (!app) return undefined;
    const c = await compare(name, app);
    return {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: app.metadata,
      spec: app.spec,
      ...(app.operation ? { operation: app.operation } : {}),
      status: {
        sync: {
          status: c.condition ? 'Unknown' : c.sync,
          ...(c.head ? { revision: c.head } : {}),
          comparedTo: { source: app.spec.source, destination: app.spec.destination }
        },
        health: { status: c.health },
        resources: c.resources,
        summary: { images: c.images },
        ...(c.condition
          ? { conditions: [{ type: 'ComparisonError', message: c.condition, lastTransitionTime: now() }] }
          : {}),
        ...(app.operationState ? { operationState: app.operationState } : {}),
        history: app.history,
        reconciledAt: now(),
        sourceType: 'Helm'
      }
    };
  }

  /** The application controller's sync operation: resolve, render, apply; the operation state follows. */
  async function operate(name: string, app: AppState, revision: string): Promise<void> {
    const state = app.operationState!;
    const finish = (phase: string, message: string, extra: Obj = {}) => {
      Object.assign(state, { phase, message, finishedAt: now(), ...extra });
      delete app.operation;
    };
    const repo = repositoryOf(app.spec.source.repoURL);
    const commit = repo ? await repos.resolve(repo, revision) : undefined;
    if (!commit) {
      return finish(
        'Error',
        `ComparisonError: Failed to load target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = unable to resolve '${revision}' to a commit SHA`
      );
    }
    let objects: Obj[];
    try {
      objects = await render(name, app, commit);
    } catch (e) {
      return finish('Error', `ComparisonError: ${(e as Error).message}`);
    }
    const createNamespace = (app.spec.syncPolicy?.syncOptions ?? []).includes('CreateNamespace=true');
    const ordered = [
      ...(createNamespace
        ? [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: app.spec.destination.namespace } }]
        : []),
      ...objects
    ];
    const results: Obj[] = [];
    for (const o of ordered) {
      const reply = await cluster.applyObject(structuredClone(o), FIELD_MANAGER);
      const [group, version] = o.apiVersion.includes('/') ? o.apiVersion.split('/') : ['', o.apiVersion];
      const ok = reply.status < 300;
      const message = ok
        ? `${o.kind.toLowerCase()}${group ? `.${group}` : ''}/${o.metadata.name} ${reply.status === 201 ? 'created' : 'serverside-applied'}`
        : String((reply.body as Obj | undefined)?.message ?? `status ${reply.status}`);
      if (ok && o.kind !== 'Namespace') app.applied.set(keyOf(o), JSON.stringify(o));
      results.push({
        group,
        version,
        kind: o.kind,
        namespace: o.kind === 'Namespace' ? '' : o.metadata.namespace,
        name: o.metadata.name,
        status: ok ? 'Synced' : 'SyncFailed',
        message,
        hookPhase: ok ? 'Running' : 'Failed',
        syncPhase: 'Sync'
      });
      if (!ok) {
        return finish('Failed', `one or more objects failed to apply, reason: ${message}`, {
          syncResult: { resources: results, revision: commit, source: app.spec.source }
        });
      }
    }
    finish('Succeeded', 'successfully synced (all tasks run)', {
      syncResult: { resources: results, revision: commit, source: app.spec.source }
    });
    app.history.push({
      revision: commit,
      deployedAt: now(),
      deployStartedAt: state.startedAt,
      id: app.history.length,
      source: app.spec.source,
      initiatedBy: state.operation.initiatedBy
    });
  }

  async function authenticate(req: Request): Promise<{ sub: string; account: ArgoAccount } | Reply> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const cookie = /(?:^|;\s*)argocd\.token=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1];
    const token = bearer ?? cookie;
    if (!token) return argoError(401, 16, 'no session information');
    try {
      const { payload } = await jwtVerify(token, secret, {
        issuer: 'argocd',
        currentDate: sandbox.clock.now()
      });
      const sub = String(payload.sub);
      const account = accounts.find(a => `${a.name}:apiKey` === sub);
      if (!account || !tokens.has(account.name))
        return argoError(401, 16, 'invalid session: account not found');
      return { sub, account };
    } catch {
      return argoError(401, 16, 'invalid session: token signature is invalid');
    }
  }

  const handler = async (req: Request): Promise<Reply> => {
    const path = req.url.pathname.replace(/\/+$/, '');
    if (req.method === 'GET' && path === '/api/version')
      return { status: 200, body: { Version: 'v3.0.6+sandbox' } };
    const m = /^\/api\/v1\/applications\/([^/]+)(\/sync)?$/.exec(path);
    const canI = /^\/api\/v1\/account\/can-i\/applications\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(path);
    if (!m && !canI)
      return { status: 404, body: '404 page not found\n', headers: { 'Content-Type': 'text/plain' } };
    const auth = await authenticate(req);
    if ('status' in auth) return auth;
    if (canI) {
      const allowed = auth.account.actions.includes(canI[1] as 'get' | 'sync');
      return { status: 200, body: { value: allowed ? 'yes' : 'no' } };
    }
    if (!m) return argoError(404, 5, 'Not Found');
    const name = decodeURIComponent(m[1]!);
    const action = m[2] ? 'sync' : 'get';
    if ((action === 'sync' && req.method !== 'POST') || (action === 'get' && req.method !== 'GET'))
      return argoError(405, 12, 'Method Not Allowed');
    const app = apps.get(name);
    if (!auth.account.actions.includes(action) || (!app && !auth.account.actions.includes('sync'))) {
      const project = app?.spec.project ?? 'default';
      return argoError(
        403,
        7,
        `permission denied: applications, ${action}, ${project}/${name}, sub: ${auth.sub}, iat: ${now()}`
      );
    }
    if (!app) return argoError(404, 5, `applications.argoproj.io "${name}" not found`);
    if (action === 'get') return { status: 200, body: await view(name) };

    let request: Obj;
    try {
      request = req.body ? (JSON.parse(req.body) as Obj) : {};
    } catch {
      return argoError(400, 3, 'invalid character in the request body: ApplicationSyncRequest must be JSON');
    }
    if (app.operation) return argoError(400, 9, 'another operation is already in progress');
    const target = app.spec.source.targetRevision ?? 'HEAD';
    const revision = typeof request.revision === 'string' && request.revision ? request.revision : target;
    if (app.spec.syncPolicy?.automated && revision !== target) {
      return argoError(400, 9, `Cannot sync to ${revision}: auto-sync currently set to ${target}`);
    }
    app.operation = {
      sync: {
        revision,
        prune: request.prune === true,
        ...(request.strategy ? { syncStrategy: request.strategy } : {}),
        ...(request.syncOptions?.items ? { syncOptions: request.syncOptions.items } : {})
      },
      initiatedBy: { username: auth.sub },
      retry: {}
    };
    app.operationState = {
      operation: app.operation,
      phase: 'Running',
      message: 'one or more tasks are running',
      startedAt: now()
    };
    void operate(name, app, revision).catch(e => {
      Object.assign(app.operationState!, {
        phase: 'Error',
        message: (e as Error).message,
        finishedAt: now()
      });
      delete app.operation;
    });
    return { status: 200, body: await view(name), detail: { application: name, revision } };
  };

  return {
    name: 'argocd',
    get url() {
      return apiUrl;
    },
    token: account => {
      const t = tokens.get(account);
      if (!t) throw new Error(`sandbox argocd: no account ${account}`);
      return t;
    },
    secrets: () => [...tokens.values()],
    application: name => view(name),
    async start(s) {
      sandbox = s;
      workDir = join(dirname(s.caCertPath), 'argocd');
      mkdirSync(workDir, { recursive: true });
      for (const a of accounts) {
        const iat = Math.floor(s.clock.now().getTime() / 1000);
        tokens.set(
          a.name,
          await new SignJWT({ jti: randomUUID() })
            .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
            .setIssuer('argocd')
            .setSubject(`${a.name}:apiKey`)
            .setIssuedAt(iat)
            .setNotBefore(iat)
            .sign(secret)
        );
      }
      const files = (await repos.git(repository, 'ls-tree', '--name-only', 'HEAD', 'argocd/'))
        .split('\n')
        .filter(f => /\.ya?ml$/.test(f));
      for (const file of files) {
        const manifest = parse(await repos.git(repository, 'show', `HEAD:${file}`)) as Obj;
        if (manifest?.kind !== 'Application') continue;
        apps.set(manifest.metadata.name, {
          spec: manifest.spec,
          metadata: { ...manifest.metadata, uid: randomUUID(), creationTimestamp: now() },
          applied: new Map(),
          history: []
        });
      }
      // The Applications are Kubernetes objects in the argocd namespace too (kubectl get applications -n argocd),
      // with the status the API reports.
      cluster.keep?.('applications', async put => {
        for (const name of apps.keys()) {
          const application = await view(name);
          if (application)
            put({
              ...application,
              metadata: { ...application.metadata, namespace: application.metadata?.namespace ?? 'argocd' }
            });
        }
      });
      apiUrl = await s.serve('argocd', handler);
    }
  };
}
