import { request as httpRequest } from 'node:http';
import { isIP } from 'node:net';
import { Agent, request as httpsRequest, type RequestOptions } from 'node:https';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { KubernetesListObject, KubernetesObject } from '@kubernetes/client-node';
import { parse } from 'yaml';
import { proxyFor } from '../../shared/proxy.js';
import { userAgent } from '../../shared/version.js';

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
export class KubeClient {
  private readonly agent: Agent;
  private readonly discovered = new Map<string, Promise<Map<string, Resource>>>();

  constructor(
    readonly server: string,
    private readonly ca: string | undefined,
    private readonly token: () => Promise<string>,
    private readonly env: NodeJS.ProcessEnv = process.env
  ) {
    this.agent = new Agent({ keepAlive: true, ...(ca ? { ca } : {}) });
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

  private async call<T>(method: string, path: string, body?: string, contentType?: string): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      authorization: `Bearer ${await this.token()}`,
      'user-agent': userAgent,
      ...(body === undefined
        ? {}
        : { 'content-type': contentType!, 'content-length': String(Buffer.byteLength(body)) })
    };
    const { status, text } = await send(
      { url: new URL(path, this.server), method, headers, body },
      { ca: this.ca, agent: this.agent, env: this.env }
    );
    if (status < 200 || status >= 300) throw new KubeApiError(status, text);
    try {
      return (text ? JSON.parse(text) : {}) as T;
    } catch {
      throw new KubeApiError(status, text);
    }
  }
}

// The transport: one HTTPS request to the API server, through HTTPS_PROXY (a CONNECT tunnel, NO_PROXY honoured) when
// the runner has one, the cluster's CA checked either way. Everything above it only sees a status and a body.

/** One request and its answer's status and text. */
async function send(
  request: { url: URL; method: string; headers: Record<string, string>; body?: string },
  connection: { ca: string | undefined; agent: Agent; env: NodeJS.ProcessEnv }
): Promise<{ status: number; text: string }> {
  const { url, method, headers, body } = request;
  const proxy = proxyFor(url, connection.env);
  // Through a proxy, each request gets its own tunnel (requests are few: a rollout polls every few seconds).
  const socket = proxy ? await tunnel(new URL(proxy), url, connection.ca) : undefined;
  const options: RequestOptions = socket
    ? { method, headers, timeout: 30_000, agent: false, createConnection: () => socket }
    : { method, headers, timeout: 30_000, agent: connection.agent };
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, options, res => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        socket?.destroy(); // a tunnel serves one request; left open it would keep the step's process alive
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error(`no answer from ${url.host} within 30 s`), { code: 'ETIMEDOUT' }))
    );
    req.on('error', error => {
      socket?.destroy();
      reject(error);
    });
    req.end(body);
  });
}

/** A TLS connection to `target` through an HTTP CONNECT proxy, verified against the cluster's CA. */
function tunnel(proxy: URL, target: URL, ca: string | undefined): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const authority = `${target.hostname}:${target.port || 443}`;
    const auth = proxy.username
      ? {
          'proxy-authorization': `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`
        }
      : {};
    const connect = (proxy.protocol === 'https:' ? httpsRequest : httpRequest)({
      host: proxy.hostname,
      port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...auth },
      timeout: 30_000
    });
    connect.on('connect', (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        return reject(
          new Error(`the proxy ${proxy.host} refused a tunnel to ${authority}: HTTP ${res.statusCode}`)
        );
      }
      const tls = tlsConnect({
        socket,
        host: target.hostname,
        // SNI carries names only; the certificate is checked against `host` either way.
        ...(isIP(target.hostname) ? {} : { servername: target.hostname }),
        ...(ca ? { ca } : {})
      });
      tls.once('secureConnect', () => resolve(tls));
      tls.once('error', reject);
    });
    connect.on('timeout', () =>
      connect.destroy(new Error(`no answer from the proxy ${proxy.host} within 30 s`))
    );
    connect.on('error', reject);
    connect.end();
  });
}
