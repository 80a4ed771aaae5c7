// Argo CD in the sandbox: the API server and application controller, the part CI uses (GET an Application, POST a
// sync), over the sandbox's GitHub repositories and AKS cluster. The layers: model (Applications, accounts, health),
// controller (load, render, compare, sync), auth (local accounts' API tokens), handlers (the REST API), errors.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GitHubReposService } from '../github/repos.js';
import type { SandboxService } from '../index.js';
import { ArgoAuth } from './auth.js';
import { ApplicationController } from './controller.js';
import { apiHandler } from './handlers.js';
import type { ArgoAccount, ArgoCluster, Obj } from './model.js';

export type { ArgoAccount, ArgoCluster } from './model.js';

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

/** The Argo CD emulator; pass it to `startSandbox({ services: [..., argocdService({ repos, cluster })] })`. */
export function argocdService(options: ArgoCdOptions): ArgoCdService {
  const { repos, cluster } = options;
  const repository = options.repository ?? 'musafirgo/musafirgo-infra';
  const accounts = options.accounts ?? [
    { name: 'ci-deployer', actions: ['get', 'sync'] },
    { name: 'viewer', actions: ['get'] }
  ];
  let auth: ArgoAuth | undefined;
  let controller: ApplicationController | undefined;
  let apiUrl = '';

  return {
    name: 'argocd',
    get url() {
      return apiUrl;
    },
    token: account => {
      const t = auth?.tokens.get(account);
      if (!t) throw new Error(`sandbox argocd: no account ${account}`);
      return t;
    },
    secrets: () => [...(auth?.tokens.values() ?? [])],
    application: async name => controller?.view(name),
    async start(s) {
      const now = () =>
        s.clock
          .now()
          .toISOString()
          .replace(/\.\d+Z$/, 'Z');
      const workDir = join(dirname(s.caCertPath), 'argocd');
      mkdirSync(workDir, { recursive: true });
      auth = new ArgoAuth(accounts, s.clock);
      await auth.issue();
      const apps = new ApplicationController(repos, cluster, workDir, now);
      controller = apps;
      await apps.load(repository);
      // The Applications are Kubernetes objects in the argocd namespace too (kubectl get applications -n argocd),
      // with the status the API reports.
      cluster.keep?.('applications', async put => {
        for (const name of apps.apps.keys()) {
          const application = await apps.view(name);
          if (application)
            put({
              ...application,
              metadata: { ...application.metadata, namespace: application.metadata?.namespace ?? 'argocd' }
            });
        }
      });
      apiUrl = await s.serve('argocd', apiHandler(auth, apps, now));
    }
  };
}
