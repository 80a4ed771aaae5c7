// The OpenAPI v3 documents of the API server (`GET /openapi/v3`, then one per group-version): every path of the
// group-version's resources with its operations, `x-kubernetes-group-version-kind` and the `fieldValidation`
// parameter (so kubectl and Helm leave validation to the server), and the schemas they use, from the generated
// catalog of Kubernetes 1.32 (and a custom resource's schema from its CustomResourceDefinition). `kubectl explain`
// reads them too.
import { createHash } from 'node:crypto';
import type { Reply } from '../core.js';
import type { Obj, ResourceType } from './model.js';
import { builtInSchemas, type ServedResources } from './resources.js';

const gvPath = (t: ResourceType) => (t.group ? `apis/${t.group}/${t.version}` : `api/${t.version}`);
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A custom resource's schema name, as the apiextensions server names it: the group reversed, version, kind. */
const customName = (t: ResourceType) => `${t.group.split('.').reverse().join('.')}.${t.version}.${t.kind}`;

/** The schemas `names` refer to, transitively. */
function closure(names: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const visit = (name: string) => {
    if (out[name] || !builtInSchemas[name]) return;
    out[name] = builtInSchemas[name];
    JSON.stringify(builtInSchemas[name]).replace(/#\/components\/schemas\/([^"]+)/g, (_, n: string) => {
      visit(n);
      return '';
    });
  };
  names.forEach(visit);
  return out;
}

const parameter = (name: string, description: string, type = 'string') => ({
  name,
  in: 'query',
  description,
  schema: { type, uniqueItems: true }
});
const writeParameters = [
  parameter('dryRun', 'When present, indicates that modifications should not be persisted.'),
  parameter('fieldManager', 'The name of the actor or entity making the change.'),
  parameter('fieldValidation', 'Ignore, Warn or Strict: what to do with unknown or duplicate fields.')
];

function document(gv: string, served: ResourceType[], resources: ServedResources, gitVersion: string): Obj {
  const paths: Record<string, Obj> = {};
  const names: string[] = [];
  const custom: Record<string, unknown> = {};
  for (const t of served) {
    const schema = t.schema ?? customName(t);
    if (t.schema) names.push(t.schema, `${t.schema}List`);
    else
      custom[schema] = {
        ...(resources.customSchema(t) ?? { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }),
        'x-kubernetes-group-version-kind': [{ group: t.group, version: t.version, kind: t.kind }]
      };
    const gvk = { group: t.group, version: t.version, kind: t.kind };
    const op = (action: string, id: string, extra: Obj = {}) => ({
      operationId: `${id}${t.kind}`,
      description: `${action} ${t.kind}`,
      responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref(schema) } } } },
      'x-kubernetes-action': action,
      'x-kubernetes-group-version-kind': gvk,
      ...extra
    });
    const body = { requestBody: { content: { '*/*': { schema: ref(schema) } }, required: true } };
    const base = `/${gv}${t.namespaced ? '/namespaces/{namespace}' : ''}/${t.plural}`;
    const collection: Obj = {};
    if (t.verbs.includes('list')) collection['get'] = op('list', 'list');
    if (t.verbs.includes('create'))
      collection['post'] = op('post', 'create', { parameters: writeParameters, ...body });
    if (t.verbs.includes('deletecollection'))
      collection['delete'] = op('deletecollection', 'deleteCollection');
    if (Object.keys(collection).length) paths[base] = collection;
    const item: Obj = {};
    if (t.verbs.includes('get')) item['get'] = op('get', 'read');
    if (t.verbs.includes('update'))
      item['put'] = op('put', 'replace', { parameters: writeParameters, ...body });
    if (t.verbs.includes('patch'))
      item['patch'] = op('patch', 'patch', {
        parameters: [
          ...writeParameters,
          { name: 'force', in: 'query', schema: { type: 'boolean', uniqueItems: true } }
        ]
      });
    if (t.verbs.includes('delete')) item['delete'] = op('delete', 'delete');
    if (Object.keys(item).length) paths[`${base}/{name}`] = item;
    for (const s of t.subresources) {
      const sub: Obj = {};
      const subGvk = { group: s.group, version: s.version, kind: s.kind };
      if (s.verbs.includes('get'))
        sub['get'] = { ...op('get', 'read'), 'x-kubernetes-group-version-kind': subGvk };
      if (s.verbs.includes('update'))
        sub['put'] = {
          ...op('put', 'replace', { parameters: writeParameters }),
          'x-kubernetes-group-version-kind': subGvk
        };
      if (s.verbs.includes('patch'))
        sub['patch'] = {
          ...op('patch', 'patch', { parameters: writeParameters }),
          'x-kubernetes-group-version-kind': subGvk
        };
      if (s.verbs.includes('create'))
        sub['post'] = {
          ...op('post', 'create', { parameters: writeParameters }),
          'x-kubernetes-group-version-kind': subGvk
        };
      if (Object.keys(sub).length) paths[`${base}/{name}/${s.name}`] = sub;
    }
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: gitVersion },
    paths,
    components: { schemas: { ...closure(names), ...custom } }
  };
}

const cache = new WeakMap<ResourceType[], Map<string, { body: Obj; hash: string }>>();

/** The OpenAPI v3 index (`/openapi/v3`) or one group-version's document; undefined for another path. */
export function openApiV3(path: string, resources: ServedResources, gitVersion: string): Reply | undefined {
  const served = resources.all();
  const gvs = [...new Set(served.map(gvPath))];
  // One document per group-version, built once per set of served resources (a new CRD makes a new set).
  let built = cache.get(served);
  if (!built) cache.set(served, (built = new Map()));
  const documentOf = (gv: string) => {
    let found = built!.get(gv);
    if (!found) {
      const body = document(
        gv,
        served.filter(t => gvPath(t) === gv),
        resources,
        gitVersion
      );
      found = {
        body,
        hash: createHash('sha512').update(JSON.stringify(body)).digest('hex').slice(0, 128).toUpperCase()
      };
      built!.set(gv, found);
    }
    return found;
  };
  if (path === '/openapi/v3') {
    const paths = Object.fromEntries(
      gvs.map(gv => [gv, { serverRelativeURL: `/openapi/v3/${gv}?hash=${documentOf(gv).hash}` }])
    );
    return { status: 200, body: { paths } };
  }
  const gv = path.slice('/openapi/v3/'.length);
  if (!path.startsWith('/openapi/v3/') || !gvs.includes(gv)) return undefined;
  return { status: 200, body: documentOf(gv).body };
}
