// What clients read before they call a resource: the server version, the API groups and their resources, and
// the OpenAPI v3 documents kubectl and Helm validate against.
import type { Reply } from '../core.js';
import { groupVersion, shortNames, types, type ResourceType } from './model.js';
import { openApiV3 } from './openapi.js';

/** A path under `/api/v1` or `/apis/<group>/<version>`: that group-version, the types it serves, the rest. */
export function groupVersionPath(
  path: string
): { groupVersion: string; served: ResourceType[]; rest: string } | undefined {
  const prefix = /^\/(?:api\/(v1)|apis\/([a-z0-9.-]+)\/([a-z0-9]+))(?=\/|$)/.exec(path);
  if (!prefix) return undefined;
  const gv = prefix[1] ? 'v1' : `${prefix[2]}/${prefix[3]}`;
  return {
    groupVersion: gv,
    served: types.filter(t => groupVersion(t) === gv),
    rest: path.slice(prefix[0].length)
  };
}

/** The discovery answer for `path`, or undefined when the path is not a discovery document. */
export function discovery(path: string, kubernetesVersion: string): Reply | undefined {
  if (path === '/version') {
    const [major = '1', minor = '31'] = kubernetesVersion.split('.');
    return {
      status: 200,
      body: { major, minor, gitVersion: `v${kubernetesVersion}`, platform: 'linux/amd64' }
    };
  }
  if (path.startsWith('/openapi/v3')) {
    const document = openApiV3(path, types, `v${kubernetesVersion}`);
    if (document) return document;
  }
  if (path === '/api')
    return { status: 200, body: { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] } };
  if (path === '/apis') {
    const groups = [...new Set(types.filter(t => t.group).map(t => groupVersion(t)))].map(gv => {
      const [name, version] = gv.split('/') as [string, string];
      return {
        name,
        versions: [{ groupVersion: gv, version }],
        preferredVersion: { groupVersion: gv, version }
      };
    });
    return { status: 200, body: { kind: 'APIGroupList', apiVersion: 'v1', groups } };
  }
  const at = groupVersionPath(path);
  if (!at || !at.served.length || at.rest !== '') return undefined;
  return {
    status: 200,
    body: {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: at.groupVersion,
      resources: at.served.map(t => ({
        name: t.plural,
        singularName: t.kind.toLowerCase(),
        namespaced: t.namespaced,
        kind: t.kind,
        verbs: t.verbs,
        ...(shortNames[t.plural] ? { shortNames: shortNames[t.plural] } : {})
      }))
    }
  };
}
