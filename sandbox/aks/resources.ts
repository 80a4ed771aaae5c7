// The resources the emulated API server serves: every built-in one of Kubernetes 1.32 from the generated catalog
// (schema/kubernetes-1.32.json, made by schema/generate.ts from a published package), and the custom resources
// of every CustomResourceDefinition stored, served from the moment it is created, as the apiextensions server does.
import { readFileSync } from 'node:fs';
import type { Catalog, Schema } from './schema/generate.js';
import type { Obj, ResourceType } from './model.js';

const catalog = JSON.parse(
  readFileSync(new URL('./schema/kubernetes-1.32.json', import.meta.url), 'utf8')
) as Catalog;

/** The schemas of the built-in kinds by definition name (`io.k8s.api.apps.v1.Deployment`). */
export const builtInSchemas: Record<string, Schema> = catalog.schemas;

/** Every built-in resource of Kubernetes 1.32, with its verbs, subresources, short names and schema. */
export const builtInTypes: ResourceType[] = catalog.resources.map(r => ({
  group: r.group,
  version: r.version,
  kind: r.kind,
  plural: r.plural,
  singular: r.singular,
  namespaced: r.namespaced,
  verbs: r.verbs,
  subresources: r.subresources,
  ...(r.shortNames ? { shortNames: r.shortNames } : {}),
  ...(r.categories ? { categories: r.categories } : {}),
  schema: r.schema,
  builtIn: true
}));

/** The served versions of a CustomResourceDefinition as resource types, with their schemas. */
export function crdTypes(crd: Obj): { type: ResourceType; schema?: Schema }[] {
  const spec = crd.spec ?? {};
  const names = spec.names ?? {};
  return ((spec.versions ?? []) as Obj[])
    .filter(v => v.served !== false)
    .map(v => ({
      type: {
        group: String(spec.group ?? ''),
        version: String(v.name),
        kind: String(names.kind ?? ''),
        plural: String(names.plural ?? ''),
        singular: String(names.singular ?? String(names.kind ?? '').toLowerCase()),
        namespaced: spec.scope !== 'Cluster',
        verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
        subresources: [
          ...(v.subresources?.status
            ? [
                {
                  name: 'status',
                  group: spec.group,
                  version: v.name,
                  kind: names.kind,
                  verbs: ['get', 'patch', 'update']
                }
              ]
            : []),
          ...(v.subresources?.scale
            ? [
                {
                  name: 'scale',
                  group: 'autoscaling',
                  version: 'v1',
                  kind: 'Scale',
                  verbs: ['get', 'patch', 'update']
                }
              ]
            : [])
        ],
        ...(names.shortNames ? { shortNames: names.shortNames } : {}),
        ...(names.categories ? { categories: names.categories } : {}),
        ...(v.additionalPrinterColumns ? { printerColumns: v.additionalPrinterColumns } : {}),
        ...(v.subresources?.scale ? { scalePaths: v.subresources.scale } : {}),
        builtIn: false
      },
      ...(v.schema?.openAPIV3Schema ? { schema: v.schema.openAPIV3Schema as Schema } : {})
    }));
}

/** What is served now: the built-in resources and those of the CustomResourceDefinitions in the store. */
export class ServedResources {
  private custom: { type: ResourceType; schema?: Schema }[] = [];
  private served: ResourceType[] = builtInTypes;

  /** Every served resource type (built-in first); the same array until the CustomResourceDefinitions change. */
  all(): ResourceType[] {
    return this.served;
  }

  /** The custom resources' schemas, by `<group>/<version>/<kind>`. */
  customSchema(type: ResourceType): Schema | undefined {
    return this.custom.find(c => c.type === type)?.schema;
  }

  /** The CustomResourceDefinitions stored now: their kinds are served from this moment on. */
  refresh(crds: Obj[]): void {
    this.custom = crds
      .filter(crd => crd.metadata?.deletionTimestamp === undefined)
      .flatMap(crdTypes)
      .filter(c => !builtInTypes.some(t => t.group === c.type.group && t.plural === c.type.plural));
    const next = [...builtInTypes, ...this.custom.map(c => c.type)];
    if (JSON.stringify(next) !== JSON.stringify(this.served)) this.served = next;
    else this.custom = this.custom.map((c, i) => ({ ...c, type: this.served[builtInTypes.length + i]! }));
  }

  /** The type of `kind` in `apiVersion`, as an object names it. */
  byKind(apiVersion: string, kind: string): ResourceType | undefined {
    return this.all().find(t => t.kind === kind && groupVersionOf(t) === apiVersion);
  }
}

export const groupVersionOf = (t: ResourceType) => (t.group ? `${t.group}/${t.version}` : t.version);
