import type { KubernetesListObject, KubernetesObject } from '@kubernetes/client-node';
import { parse } from 'yaml';
import { HttpTransport, transport } from '../../shared/http.js';

// Types only: @kubernetes/client-node's runtime (16 MB of generated models) stays out of the bundle.
export type { KubernetesListObject, KubernetesObject };

/** One object of the API: its apiVersion and kind (the resource comes from discovery), name and namespace. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface ListOptions {
  apiVersion: string;
  kind: string;
  /** Omitted: every namespace (or a cluster-scoped kind). */
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

export interface ApplyOptions {
  fieldManager: string;
  /** Take over fields another manager owns (kubectl apply --server-side --force-conflicts). */
  force?: boolean;
  dryRun?: 'All';
}

/** The reference of an object as the manifests or the server have it. */
export function refOf(object: KubernetesObject): ObjectRef {
  return {
    apiVersion: object.apiVersion ?? '',
    kind: object.kind ?? '',
    name: object.metadata?.name ?? '',
    ...(object.metadata?.namespace ? { namespace: object.metadata.namespace } : {})
  };
}

/** The server's refusal, shaped as @kubernetes/client-node's ApiException: the HTTP status and the Status body. */
export class KubeApiError extends Error {
  constructor(
    readonly code: number,
    readonly body: string
  ) {
    super(`HTTP ${code}`);
  }
}

/** The API server and its CA from a kubeconfig (the current context's cluster); its users are not used. */
export function clusterOf(kubeconfig: string): { name: string; server: string; caData?: string } {
  const config = parse(kubeconfig) as {
    'current-context'?: string;
    contexts?: { name: string; context?: { cluster?: string } }[];
    clusters?: { name: string; cluster?: { server?: string; 'certificate-authority-data'?: string } }[];
  } | null;
  const context = config?.contexts?.find(c => c.name === config['current-context']) ?? config?.contexts?.[0];
  const cluster =
    config?.clusters?.find(c => c.name === context?.context?.cluster) ?? config?.clusters?.[0] ?? undefined;
  if (!cluster?.cluster?.server) throw new Error('the kubeconfig names no cluster server');
  return {
    name: cluster.name,
    server: cluster.cluster.server,
    ...(cluster.cluster['certificate-authority-data']
      ? { caData: cluster.cluster['certificate-authority-data'] }
      : {})
  };
}

interface Resource {
  name: string;
  namespaced: boolean;
}

/**
 * The Kubernetes API calls deploy-aks makes (read, list, server-side apply, replace, delete), each taking an
 * options object, with the cluster's CA and a fresh bearer token per request. Kinds map to resources through
 * discovery, as client-node's KubernetesObjectApi does; its runtime took 400 ms of every step's start and ignores
 * HTTPS_PROXY.
 */
/** How a request proves who the step is: a bearer token (fresh for each request), or a client certificate. */
export type KubeCredential =
  { token: () => Promise<string> } | { certificate: { cert: string; key: string } };

export class KubeClient {
  private readonly transport: HttpTransport;
  private readonly discovered = new Map<string, Promise<Map<string, Resource>>>();

  constructor(
    readonly server: string,
    private readonly ca: string | undefined,
    private readonly credential: KubeCredential,
    env: NodeJS.ProcessEnv = process.env
  ) {
    // The step's one transport: keep-alive, HTTPS_PROXY/NO_PROXY, the cluster's CA checked through a tunnel too.
    this.transport = env === process.env ? transport : new HttpTransport({ env });
  }

  async read<T extends KubernetesObject>(ref: ObjectRef): Promise<T> {
    return this.call<T>('GET', await this.path(ref, true));
  }

  async list<T extends KubernetesObject>(options: ListOptions): Promise<KubernetesListObject<T>> {
    const query = new URLSearchParams();
    if (options.fieldSelector) query.set('fieldSelector', options.fieldSelector);
    if (options.labelSelector) query.set('labelSelector', options.labelSelector);
    const path = await this.path({ ...options, name: '' }, false);
    return this.call<KubernetesListObject<T>>('GET', `${path}${query.size ? `?${query}` : ''}`);
  }

  /** Server-side apply (the only PATCH deploy-aks sends): the object as this field manager's intent. */
  async apply<T extends KubernetesObject>(object: T, options: ApplyOptions): Promise<T> {
    const query = new URLSearchParams({ fieldManager: options.fieldManager });
    if (options.force) query.set('force', 'true');
    if (options.dryRun) query.set('dryRun', options.dryRun);
    return this.call<T>(
      'PATCH',
      `${await this.path(refOf(object), true)}?${query}`,
      JSON.stringify(object),
      'application/apply-patch+yaml'
    );
  }

  /** PUT of the whole object; its resourceVersion makes a concurrent change fail with 409 instead of being lost. */
  async replace<T extends KubernetesObject>(object: T): Promise<T> {
    return this.call<T>(
      'PUT',
      await this.path(refOf(object), true),
      JSON.stringify(object),
      'application/json'
    );
  }

  async delete(ref: ObjectRef): Promise<unknown> {
    return this.call('DELETE', await this.path(ref, true));
  }

  /** A container's last log lines (`pods/log`), as text. */
  async log(options: {
    namespace: string;
    name: string;
    container: string;
    tailLines?: number;
    previous?: boolean;
  }): Promise<string> {
    const query = new URLSearchParams({ container: options.container });
    if (options.tailLines !== undefined) query.set('tailLines', String(options.tailLines));
    if (options.previous) query.set('previous', 'true');
    const path = `/api/v1/namespaces/${encodeURIComponent(options.namespace)}/pods/${encodeURIComponent(options.name)}/log?${query}`;
    const { status, text } = await this.send('GET', path);
    if (status < 200 || status >= 300) throw new KubeApiError(status, text);
    return text;
  }

  /** `/api/v1/namespaces/<ns>/<resource>/<name>` or `/apis/<group>/<version>/...`, the resource from discovery. */
  private async path(ref: ObjectRef, named: boolean): Promise<string> {
    const { apiVersion } = ref;
    const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    let resources = this.discovered.get(apiVersion);
    if (!resources) {
      resources = this.call<{ resources?: { name: string; kind: string; namespaced: boolean }[] }>(
        'GET',
        base
      ).then(
        list =>
          new Map(
            (list.resources ?? [])
              .filter(r => !r.name.includes('/'))
              .map(r => [r.kind, { name: r.name, namespaced: r.namespaced }])
          )
      );
      resources.catch(() => this.discovered.delete(apiVersion));
      this.discovered.set(apiVersion, resources);
    }
    const resource = (await resources).get(ref.kind);
    if (!resource) {
      throw new KubeApiError(
        404,
        JSON.stringify({
          kind: 'Status',
          reason: 'NotFound',
          message: `the server has no resource for ${apiVersion} ${ref.kind} (is its CustomResourceDefinition installed?)`
        })
      );
    }
    const scope =
      resource.namespaced && ref.namespace ? `/namespaces/${encodeURIComponent(ref.namespace)}` : '';
    const name = named ? `/${encodeURIComponent(ref.name)}` : '';
    return `${base}${scope}/${resource.name}${name}`;
  }

  private async send(method: string, path: string, body?: string, contentType?: string) {
    const { credential } = this;
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...('token' in credential ? { authorization: `Bearer ${await credential.token()}` } : {}),
      ...(body === undefined ? {} : { 'content-type': contentType! })
    };
    return this.transport.request({
      url: new URL(path, this.server),
      method,
      headers,
      body,
      ca: this.ca,
      ...('certificate' in credential ? { clientCertificate: credential.certificate } : {})
    });
  }

  private async call<T>(method: string, path: string, body?: string, contentType?: string): Promise<T> {
    const { status, text } = await this.send(method, path, body, contentType);
    if (status < 200 || status >= 300) throw new KubeApiError(status, text);
    try {
      return (text ? JSON.parse(text) : {}) as T;
    } catch {
      throw new KubeApiError(status, text);
    }
  }
}
