// What clients read before they call a resource: the server version, the API groups and their resources (every
// built-in one of Kubernetes 1.32 and those of the CustomResourceDefinitions stored), and the OpenAPI v3
// documents kubectl and Helm validate against.
import type { Reply } from '../core.js';
import { groupVersion, type ResourceType } from './model.js';
import { openApiV3 } from './openapi.js';
import type { ServedResources } from './resources.js';

/** A path under `/api/v1` or `/apis/<group>/<version>`: that group-version, the types it serves, the rest. */
export function groupVersionPath(
  path: string,
  served: ResourceType[]
): { groupVersion: string; served: ResourceType[]; rest: string } | undefined {
  const prefix = /^\/(?:api\/(v1)|apis\/([a-z0-9.-]+)\/([a-z0-9]+))(?=\/|$)/.exec(path);
  if (!prefix) return undefined;
  const gv = prefix[1] ? 'v1' : `${prefix[2]}/${prefix[3]}`;
  return {
    groupVersion: gv,
    served: served.filter(t => groupVersion(t) === gv),
    rest: path.slice(prefix[0].length)
  };
}

/** Kubernetes' version priority: GA before beta before alpha, the higher number first (v2 before v1). */
export function versionPriority(a: string, b: string): number {
  const rank = (v: string) => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return [3, 0, 0];
    return [m[2] === 'alpha' ? 2 : m[2] === 'beta' ? 1 : 0, -Number(m[1]), -Number(m[3] ?? 0)];
  };
  const [x, y] = [rank(a), rank(b)];
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
}

/** The groups served and their versions, the preferred one first. */
export function groupsOf(served: ResourceType[]): { name: string; versions: string[] }[] {
  const groups = new Map<string, Set<string>>();
  for (const t of served)
    if (t.group) (groups.get(t.group) ?? groups.set(t.group, new Set()).get(t.group)!).add(t.version);
  return [...groups].map(([name, versions]) => ({ name, versions: [...versions].sort(versionPriority) }));
}

/** The discovery answer for `path`, or undefined when the path is not a discovery document. */
export function discovery(
  path: string,
  kubernetesVersion: string,
  resources: ServedResources
): Reply | undefined {
  const served = resources.all();
  if (path === '/version') {
    const [major = '1', minor = '32'] = kubernetesVersion.split('.');
    return {
      status: 200,
      body: {
        major,
        minor,
        gitVersion: `v${kubernetesVersion}`,
        gitCommit: '0000000000000000000000000000000000000000',
        gitTreeState: 'clean',
        buildDate: '2025-01-15T00:00:00Z',
        goVersion: 'go1.23.4',
        compiler: 'gc',
        platform: 'linux/amd64'
      }
    };
  }
  if (path.startsWith('/openapi/v3')) {
    const document = openApiV3(path, resources, `v${kubernetesVersion}`);
    if (document) return document;
  }
  if (path === '/api')
    return { status: 200, body: { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] } };
  if (path === '/apis' || /^\/apis\/[a-z0-9.-]+$/.test(path)) {
    const groups = groupsOf(served).map(({ name, versions }) => ({
      name,
      versions: versions.map(version => ({ groupVersion: `${name}/${version}`, version })),
      preferredVersion: { groupVersion: `${name}/${versions[0]}`, version: versions[0] }
    }));
    if (path === '/apis') return { status: 200, body: { kind: 'APIGroupList', apiVersion: 'v1', groups } };
    const group = groups.find(g => g.name === path.slice('/apis/'.length));
    return group ? { status: 200, body: { kind: 'APIGroup', apiVersion: 'v1', ...group } } : undefined;
  }
  const at = groupVersionPath(path, served);
  if (!at || !at.served.length || at.rest !== '') return undefined;
  return {
    status: 200,
    body: {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: at.groupVersion,
      resources: at.served.flatMap(t => [
        {
          name: t.plural,
          singularName: t.singular,
          namespaced: t.namespaced,
          kind: t.kind,
          verbs: t.verbs,
          ...(t.shortNames ? { shortNames: t.shortNames } : {}),
          ...(t.categories ? { categories: t.categories } : {})
        },
        ...t.subresources.map(s => ({
          name: `${t.plural}/${s.name}`,
          singularName: '',
          namespaced: t.namespaced,
          ...(s.group !== t.group || s.version !== t.version ? { group: s.group, version: s.version } : {}),
          kind: s.kind,
          verbs: s.verbs
        }))
      ])
    }
  };
}
