import { request as httpRequest } from 'node:http';
import { isIP } from 'node:net';
import { Agent, request as httpsRequest, type RequestOptions } from 'node:https';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { parse } from 'yaml';
import { proxyFor } from '../shared/proxy.js';
import { userAgent } from '../shared/version.js';

/** What every Kubernetes object has; the rest of it is the caller's business. */
export interface KubernetesObject {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    uid?: string;
    generation?: number;
    resourceVersion?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: { apiVersion: string; kind: string; name: string; uid: string; controller?: boolean }[];
    managedFields?: unknown[];
    creationTimestamp?: string;
  };
}

export interface KubernetesListObject<T> {
  apiVersion?: string;
  kind?: string;
  metadata?: { resourceVersion?: string };
  items: T[];
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
 * The Kubernetes API calls deploy-aks makes (read, list, server-side apply, replace, delete), over node:https with
 * the cluster's CA and a fresh bearer token per request, through HTTPS_PROXY when the runner has one (NO_PROXY
 * honoured). The method signatures are those of @kubernetes/client-node's KubernetesObjectApi, whose 16 MB of
 * generated models took 400 ms of every step's start and which ignores HTTPS_PROXY; kinds map to resources
 * through discovery, as it does.
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

  async read<T extends KubernetesObject>(spec: KubernetesObject): Promise<T> {
    return this.send<T>('GET', await this.path(spec, true));
  }

  async list<T extends KubernetesObject>(
    apiVersion: string,
    kind: string,
    namespace?: string,
    _pretty?: string,
    _exact?: boolean,
    _export?: boolean,
    fieldSelector?: string,
    labelSelector?: string
  ): Promise<KubernetesListObject<T>> {
    const query = new URLSearchParams();
    if (fieldSelector) query.set('fieldSelector', fieldSelector);
    if (labelSelector) query.set('labelSelector', labelSelector);
    const path = await this.path({ apiVersion, kind, metadata: { namespace } }, false);
    return this.send<KubernetesListObject<T>>('GET', `${path}${query.size ? `?${query}` : ''}`);
  }

  /** Server-side apply (the only PATCH deploy-aks sends): the object as this field manager's intent. */
  async patch<T extends KubernetesObject>(
    spec: T,
    _pretty?: string,
    dryRun?: string,
    fieldManager?: string,
    force?: boolean
  ): Promise<T> {
    const query = new URLSearchParams({ fieldManager: fieldManager ?? 'musafirgo-deploy-aks' });
    if (force) query.set('force', 'true');
    if (dryRun) query.set('dryRun', dryRun);
    return this.send<T>(
      'PATCH',
      `${await this.path(spec, true)}?${query}`,
      JSON.stringify(spec),
      'application/apply-patch+yaml'
    );
  }

  async replace<T extends KubernetesObject>(spec: T): Promise<T> {
    return this.send<T>('PUT', await this.path(spec, true), JSON.stringify(spec), 'application/json');
  }

  async delete(spec: KubernetesObject): Promise<unknown> {
    return this.send('DELETE', await this.path(spec, true));
  }

  /** `/api/v1/namespaces/<ns>/<resource>/<name>` or `/apis/<group>/<version>/...`, the resource from discovery. */
  private async path(spec: KubernetesObject, named: boolean): Promise<string> {
    const apiVersion = spec.apiVersion ?? '';
    const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    let resources = this.discovered.get(apiVersion);
    if (!resources) {
      resources = this.send<{ resources?: { name: string; kind: string; namespaced: boolean }[] }>(
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
    const resource = (await resources).get(spec.kind ?? '');
    if (!resource) {
      throw new KubeApiError(
        404,
        JSON.stringify({
          kind: 'Status',
          reason: 'NotFound',
          message: `the server has no resource for ${apiVersion} ${spec.kind} (is its CustomResourceDefinition installed?)`
        })
      );
    }
    const namespace = spec.metadata?.namespace;
    const scope = resource.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
    const name = named ? `/${encodeURIComponent(spec.metadata?.name ?? '')}` : '';
    return `${base}${scope}/${resource.name}${name}`;
  }

  private async send<T>(method: string, path: string, body?: string, contentType?: string): Promise<T> {
    const url = new URL(path, this.server);
    const headers: Record<string, string> = {
      accept: 'application/json',
      authorization: `Bearer ${await this.token()}`,
      'user-agent': userAgent,
      ...(body === undefined
        ? {}
        : { 'content-type': contentType!, 'content-length': String(Buffer.byteLength(body)) })
    };
    const proxy = proxyFor(url, this.env);
    // Through a proxy, each request gets its own tunnel (requests are few: a rollout polls every few seconds).
    const socket = proxy ? await tunnel(new URL(proxy), url, this.ca) : undefined;
    const options: RequestOptions = socket
      ? { method, headers, timeout: 30_000, agent: false, createConnection: () => socket }
      : { method, headers, timeout: 30_000, agent: this.agent };
    return new Promise<T>((resolve, reject) => {
      const req = httpsRequest(url, options, res => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          socket?.destroy(); // a tunnel serves one request; left open it would keep the step's process alive
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) return reject(new KubeApiError(status, text));
          try {
            resolve((text ? JSON.parse(text) : {}) as T);
          } catch {
            reject(new KubeApiError(status, text));
          }
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
