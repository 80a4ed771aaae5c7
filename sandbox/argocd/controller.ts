// Argo CD's application controller, the part CI relies on: the Applications read from the infrastructure
// repository's argocd/ directory; a sync resolves the revision in that real git repository, renders the chart at
// that commit with the real Helm (`helm template` with the Application's value files) and server-side applies the
// objects to the emulated AKS cluster; the status (sync, health, resources, images) follows the live objects.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import type { GitHubReposService } from '../github/repos.js';
import { helmBinary } from '../helm.js';
import {
  deploymentHealth,
  FIELD_MANAGER,
  healthOrder,
  keyOf,
  plurals,
  repositoryOf,
  type AppState,
  type ArgoCluster,
  type Obj
} from './model.js';

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

export class ApplicationController {
  readonly apps = new Map<string, AppState>();
  /** `<app>@<commit>` -> the rendered objects, or the error of rendering them (a commit never changes). */
  private readonly renders = new Map<string, Promise<Obj[]>>();

  constructor(
    private readonly repos: GitHubReposService,
    private readonly cluster: ArgoCluster,
    /** Where charts are unpacked and rendered, and Helm keeps its home. */
    private readonly workDir: string,
    private readonly now: () => string
  ) {}

  /** The Applications of `repository`'s argocd/ directory at HEAD. */
  async load(repository: string): Promise<void> {
    const files = (await this.repos.git(repository, 'ls-tree', '--name-only', 'HEAD', 'argocd/'))
      .split('\n')
      .filter(f => /\.ya?ml$/.test(f));
    for (const file of files) {
      const manifest = parse(await this.repos.git(repository, 'show', `HEAD:${file}`)) as Obj;
      if (manifest?.kind !== 'Application') continue;
      this.apps.set(manifest.metadata.name, {
        spec: manifest.spec,
        metadata: { ...manifest.metadata, uid: randomUUID(), creationTimestamp: this.now() },
        applied: new Map(),
        history: []
      });
    }
  }

  render(name: string, app: AppState, commit: string): Promise<Obj[]> {
    const cacheKey = `${name}@${commit}`;
    let rendered = this.renders.get(cacheKey);
    if (!rendered) {
      rendered = this.renderUncached(app, commit);
      this.renders.set(cacheKey, rendered);
    }
    return rendered;
  }

  private async renderUncached(app: AppState, commit: string): Promise<Obj[]> {
    const source = app.spec.source;
    const dir = mkdtempSync(join(this.workDir, 'render-'));
    try {
      const tar = join(dir, 'source.tar');
      await this.repos.git(
        repositoryOf(source.repoURL)!,
        'archive',
        '--format=tar',
        `--output=${tar}`,
        commit
      );
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
      const helmHome = join(this.workDir, 'helm');
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
  async compare(name: string, app: AppState) {
    const repo = repositoryOf(app.spec.source.repoURL);
    const head = repo ? await this.repos.resolve(repo, app.spec.source.targetRevision ?? 'HEAD') : undefined;
    let desired: Obj[] = [];
    let condition: string | undefined;
    if (!head) condition = `unable to resolve '${app.spec.source.targetRevision}' to a commit SHA`;
    else {
      try {
        desired = await this.render(name, app, head);
      } catch (e) {
        condition = (e as Error).message;
      }
    }
    const resources: Obj[] = [];
    for (const o of desired) {
      const plural = plurals[o.kind as string];
      const live = plural
        ? await this.cluster.observe(plural, o.metadata.namespace, o.metadata.name)
        : undefined;
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
      const live = await this.cluster.observe('deployments', o.metadata.namespace, o.metadata.name);
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

  /**
   * `GET .../resource-tree`: the application's objects and what their controllers made of them (a Deployment's
   * ReplicaSets and their pods), each node with its parents and, for pods, the images of its containers.
   */
  async tree(name: string): Promise<Obj | undefined> {
    const app = this.apps.get(name);
    if (!app) return undefined;
    const c = await this.compare(name, app);
    const nodes: Obj[] = [];
    const node = (o: Obj, parent?: Obj) => {
      const [group, version] = String(o.apiVersion).includes('/')
        ? String(o.apiVersion).split('/')
        : ['', o.apiVersion];
      nodes.push({
        group,
        version,
        kind: o.kind,
        namespace: o.metadata.namespace,
        name: o.metadata.name,
        uid: o.metadata.uid,
        resourceVersion: o.metadata.resourceVersion,
        ...(parent
          ? {
              parentRefs: [
                {
                  group: String(parent.apiVersion).split('/')[0],
                  kind: parent.kind,
                  namespace: parent.metadata.namespace,
                  name: parent.metadata.name,
                  uid: parent.metadata.uid
                }
              ]
            }
          : {}),
        ...(o.kind === 'Pod' ? { images: (o.spec?.containers ?? []).map((x: Obj) => x.image) } : {})
      });
    };
    const owned = (plural: string, owner: Obj) =>
      (this.cluster.list?.(plural, owner.metadata.namespace) ?? []).filter(x =>
        (x.metadata.ownerReferences ?? []).some((r: Obj) => r.uid === owner.metadata.uid)
      );
    for (const r of c.resources) {
      const plural = plurals[r.kind as string];
      const live = plural ? await this.cluster.observe(plural, r.namespace, r.name) : undefined;
      if (!live) continue;
      node(live);
      if (r.kind !== 'Deployment') continue;
      for (const rs of owned('replicasets', live)) {
        node(rs, live);
        for (const pod of owned('pods', rs)) node(pod, rs);
      }
    }
    return { nodes };
  }

  /** `GET .../resource`: the live manifest of one object of the application, as Argo CD answers it (a JSON string). */
  async resource(name: string, query: URLSearchParams): Promise<Obj | undefined> {
    if (!this.apps.has(name)) return undefined;
    const kind = query.get('kind') ?? '';
    const plural = kind === 'Pod' ? 'pods' : plurals[kind];
    const live = plural
      ? await this.cluster.observe(
          plural,
          query.get('namespace') ?? undefined,
          query.get('resourceName') ?? ''
        )
      : undefined;
    return live ? { manifest: JSON.stringify(live) } : undefined;
  }

  async view(name: string): Promise<Obj | undefined> {
    const app = this.apps.get(name);
    if (!app) return undefined;
    const c = await this.compare(name, app);
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
          ? {
              conditions: [{ type: 'ComparisonError', message: c.condition, lastTransitionTime: this.now() }]
            }
          : {}),
        ...(app.operationState ? { operationState: app.operationState } : {}),
        history: app.history,
        reconciledAt: this.now(),
        sourceType: 'Helm'
      }
    };
  }

  /** The application controller's sync operation: resolve, render, apply; the operation state follows. */
  async operate(name: string, app: AppState, revision: string): Promise<void> {
    const state = app.operationState!;
    const finish = (phase: string, message: string, extra: Obj = {}) => {
      Object.assign(state, { phase, message, finishedAt: this.now(), ...extra });
      delete app.operation;
    };
    const repo = repositoryOf(app.spec.source.repoURL);
    const commit = repo ? await this.repos.resolve(repo, revision) : undefined;
    if (!commit) {
      return finish(
        'Error',
        `ComparisonError: Failed to load target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = unable to resolve '${revision}' to a commit SHA`
      );
    }
    let objects: Obj[];
    try {
      objects = await this.render(name, app, commit);
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
      const reply = await this.cluster.applyObject(structuredClone(o), FIELD_MANAGER);
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
      deployedAt: this.now(),
      deployStartedAt: state.startedAt,
      id: app.history.length,
      source: app.spec.source,
      initiatedBy: state.operation.initiatedBy
    });
  }
}
