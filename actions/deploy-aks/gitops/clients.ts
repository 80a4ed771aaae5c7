import { RemoteError, isTransientStatus } from '../../shared/errors.js';
import { httpRequest, transportFetch, type HttpRequest } from '../../shared/http.js';
import { parseRetryAfter } from '../../shared/retry.js';

/** Where an Argo CD application takes its manifests from: a repository, a path or chart in it, Helm values. */
export interface ApplicationSource {
  repoURL?: string;
  path?: string;
  targetRevision?: string;
  /** Multi-source applications name another source's files as `$<ref>/<path>`. */
  ref?: string;
  helm?: { valueFiles?: string[] };
}

/** The fields of an Argo CD Application (argoproj.io/v1alpha1) the step reads. */
export interface Application {
  metadata?: { name?: string };
  spec?: {
    project?: string;
    source?: ApplicationSource;
    sources?: ApplicationSource[];
    syncPolicy?: { automated?: object };
  };
  /** Set while an operation (a sync) is requested and not yet picked up. */
  operation?: object;
  status?: {
    sync?: { status?: string; revision?: string };
    health?: { status?: string; message?: string };
    operationState?: { phase: string; message?: string; syncResult?: { revision?: string } };
    resources?: {
      kind?: string;
      namespace?: string;
      name?: string;
      health?: { status?: string; message?: string };
    }[];
  };
}

async function call(
  service: 'github' | 'argocd',
  request: HttpRequest,
  describe: (status: number, message: string) => string
): Promise<unknown> {
  const response = await httpRequest(request);
  let body: unknown;
  try {
    body = response.text ? JSON.parse(response.text) : undefined;
  } catch {
    body = undefined;
  }
  if (response.status >= 200 && response.status < 300) return body;
  const message = String(
    (body as { message?: string } | undefined)?.message ??
      response.text.slice(0, 200) ??
      `HTTP ${response.status}`
  ).trim();
  throw new RemoteError(describe(response.status, message), {
    service,
    code: String((body as { code?: number } | undefined)?.code ?? `HTTP${response.status}`),
    status: response.status,
    retryAfterSeconds: parseRetryAfter(response.header('retry-after')),
    transient: isTransientStatus(response.status)
  });
}

/** A file of the infrastructure repository through GitHub's contents API. */
export interface RepositoryFile {
  text: string;
  /** The blob sha, which a write must name. */
  sha: string;
}

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

/**
 * GitHub's REST API through Octokit (@actions/github), the part a values-file bump needs: read a file, write it
 * with its blob sha, read a branch. Octokit sends through the actions' transport (HTTPS_PROXY, keep-alive); it is
 * loaded only in method gitops.
 */
export class GitHubContents {
  private readonly owner: string;
  private readonly repo: string;
  private octokit?: Promise<Octokit>;

  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
    private readonly repository: string
  ) {
    [this.owner, this.repo] = repository.split('/') as [string, string];
  }

  private client(): Promise<Octokit> {
    this.octokit ??= import('@actions/github').then(({ getOctokit }) =>
      getOctokit(this.token, { baseUrl: this.apiUrl, request: { fetch: transportFetch } })
    );
    return this.octokit;
  }

  private explain(action: string, what: string) {
    return (status: number, message: string): string => {
      if (status === 401)
        return `GitHub refused the github-token (${message}): it is not a valid token; give a GitHub App installation token or a fine-grained token`;
      if (status === 403)
        return `GitHub does not let the github-token ${action} ${this.repository} (${message}): give it contents: write on ${this.repository} (the job's GITHUB_TOKEN cannot write another repository)`;
      if (status === 404)
        return `GitHub finds no ${what} (${message}): check the infra-repository, infra-branch and values-file inputs, and that the github-token may read ${this.repository}`;
      return `GitHub answered ${status} to ${action} ${what}: ${message}`;
    };
  }

  /** Octokit's RequestError as our RemoteError, with GitHub's message, status and Retry-After. */
  private async call<T>(
    request: (octokit: Octokit) => Promise<{ data: T }>,
    describe: (status: number, message: string) => string
  ): Promise<T> {
    try {
      return (await request(await this.client())).data;
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      if (typeof status !== 'number' || (status === 500 && !(error as { response?: unknown }).response))
        throw error;
      const response = (error as { response?: { data?: unknown; headers?: Record<string, string> } })
        .response;
      const data = response?.data as { message?: string } | string | undefined;
      const message = (typeof data === 'string' ? data : (data?.message ?? (error as Error).message)).trim();
      throw new RemoteError(describe(status, message), {
        service: 'github',
        code: `HTTP${status}`,
        status,
        retryAfterSeconds: parseRetryAfter(response?.headers?.['retry-after']),
        transient: isTransientStatus(status)
      });
    }
  }

  async read(path: string, ref: string): Promise<RepositoryFile> {
    const body = (await this.call(
      octokit => octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref }),
      this.explain('read', `${path} on ${ref} of ${this.repository}`)
    )) as { content?: string; encoding?: string; sha: string; type?: string };
    if (body.type !== 'file' || body.encoding !== 'base64' || body.content === undefined) {
      throw new RemoteError(
        `${path} in ${this.repository} is not a file GitHub can return (type ${body.type})`,
        {
          service: 'github',
          code: 'NotAFile'
        }
      );
    }
    return { text: Buffer.from(body.content, 'base64').toString('utf8'), sha: body.sha };
  }

  /** Commits the file on the branch; a stale sha answers 409, which the caller retries after reading again. */
  async write(
    path: string,
    change: { text: string; sha: string; branch: string; message: string }
  ): Promise<{ commit: string; url: string }> {
    const body = await this.call(
      octokit =>
        octokit.rest.repos.createOrUpdateFileContents({
          owner: this.owner,
          repo: this.repo,
          path,
          message: change.message,
          content: Buffer.from(change.text, 'utf8').toString('base64'),
          sha: change.sha,
          branch: change.branch
        }),
      this.explain('write', `${path} on ${change.branch} of ${this.repository}`)
    );
    return { commit: body.commit.sha ?? '', url: body.commit.html_url ?? '' };
  }

  async head(branch: string): Promise<string> {
    const body = await this.call(
      octokit => octokit.rest.git.getRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` }),
      this.explain('read', `branch ${branch} of ${this.repository}`)
    );
    return body.object.sha;
  }
}

/** Argo CD's API server: the Application and its sync operation. */
/** A node of Argo CD's resource tree. */
export interface TreeNode {
  group?: string;
  version: string;
  kind: string;
  namespace?: string;
  name: string;
  images?: string[];
}

export class ArgoCd {
  constructor(
    private readonly server: string,
    private readonly token: string
  ) {}

  private explain(action: string, application: string) {
    return (status: number, message: string): string => {
      if (status === 401)
        return `Argo CD refused the argocd-token (${message}): generate an API token for the CI account (argocd account generate-token --account <account>)`;
      if (status === 403)
        return `Argo CD does not let the argocd-token ${action} ${application} (${message}): add an RBAC policy such as 'p, role:ci, applications, ${action}, <project>/${application}, allow' for its account`;
      if (status === 404)
        return `Argo CD has no application ${application} (${message}): check the argocd-application input`;
      return `Argo CD answered ${status} to ${action} ${application}: ${message}`;
    };
  }

  private request(method: HttpRequest['method'], path: string, body?: unknown): HttpRequest {
    return {
      method,
      url: `${this.server}/api/v1/applications/${encodeURIComponent(path)}`,
      headers: {
        authorization: `Bearer ${this.token}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' })
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    };
  }

  async get(application: string): Promise<Application> {
    return (await call(
      'argocd',
      this.request('GET', application),
      this.explain('get', application)
    )) as Application;
  }

  /** Whether the token may `action` the application (GET /api/v1/account/can-i), asked before anything changes. */
  async canI(action: 'sync', project: string, application: string): Promise<boolean> {
    const request = this.request('GET', application);
    request.url = `${this.server}/api/v1/account/can-i/applications/${action}/${encodeURIComponent(project)}/${encodeURIComponent(application)}`;
    const body = (await call('argocd', request, this.explain(action, application))) as { value?: string };
    return body.value === 'yes';
  }

  /** The application's resource tree: its objects and what their controllers made (ReplicaSets, pods). */
  async resourceTree(application: string): Promise<{ nodes?: TreeNode[] }> {
    const request = this.request('GET', application);
    request.url += '/resource-tree';
    return (await call('argocd', request, this.explain('get', application))) as { nodes?: TreeNode[] };
  }

  /** The live manifest of one object of the application (Argo CD answers it as a JSON string). */
  async liveObject<T>(application: string, node: TreeNode): Promise<T> {
    const request = this.request('GET', application);
    const query = new URLSearchParams({
      namespace: node.namespace ?? '',
      resourceName: node.name,
      version: node.version,
      kind: node.kind,
      group: node.group ?? ''
    });
    request.url += `/resource?${query}`;
    const body = (await call('argocd', request, this.explain('get', application))) as { manifest?: string };
    return JSON.parse(body.manifest ?? '{}') as T;
  }

  /** ApplicationSyncRequest: the revision to sync to (omitted: the application's target revision). */
  async sync(application: string, revision: string | undefined): Promise<Application> {
    const request = this.request('POST', application, {
      name: application,
      ...(revision ? { revision } : {}),
      prune: false,
      strategy: { apply: { force: false } }
    });
    request.url += '/sync';
    return (await call('argocd', request, this.explain('sync', application))) as Application;
  }
}
