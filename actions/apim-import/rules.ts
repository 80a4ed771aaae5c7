// What API Management does with a document on import, by Microsoft's "API import restrictions and known issues"
// page: each rule has a name (in every message), and is an error (API Management refuses the document) or a
// warning (it imports it differently from what the document says). The operations API Management will create are
// derived by the same rules, so the step can say what it creates before it sends anything.
import type { LoadedSpec, SpecProblem } from './spec.js';

export type Severity = 'error' | 'warning';

export interface Finding extends SpecProblem {
  rule: RuleName;
  severity: Severity;
}

/** The rules, with where each comes from; README.md has the same table for people. */
export const rules = {
  'openapi-version': { severity: 'error', source: 'Supported versions: 2.0, 3.0.x up to 3.0.3, 3.1' },
  'openapi-3.1-import-only': { severity: 'warning', source: 'Supported versions: 3.1 import only' },
  'webhooks-not-imported': { severity: 'warning', source: 'Supported versions: 3.1 import only' },
  'external-ref': { severity: 'error', source: 'URL template requirements: $ref pointers' },
  'swagger-json-only': { severity: 'error', source: 'OpenAPI version 2: JSON format only' },
  'inline-size': { severity: 'error', source: 'Size limitations: up to 4 MB inline' },
  'operation-limit': { severity: 'error', source: 'API Management service limits: API operations' },
  'template-parameter-names': {
    severity: 'error',
    source: 'URL template requirements: unique names for required path and query parameters'
  },
  'path-parameter-in-template': {
    severity: 'error',
    source: 'URL template requirements: a defined URL parameter must be part of the URL template'
  },
  'same-method-and-template': {
    severity: 'error',
    source: 'One operation per method and URL template (the import page is silent; observed)'
  },
  'parameter-example-type': {
    severity: 'error',
    source: 'An example that is not of its parameter type (reported refused; the import page is silent)'
  },
  'trace-not-imported': { severity: 'warning', source: 'OpenAPI 3.x unsupported fields: PathItem trace' },
  'operation-name': { severity: 'warning', source: 'Add new API via OpenAPI import: normalization rules' },
  'display-name-cut': {
    severity: 'warning',
    source: 'Add new API via OpenAPI import: summary up to 300 characters'
  },
  'required-query-in-template': {
    severity: 'warning',
    source: 'API Management during OpenAPI import: required query parameters into the template'
  },
  'request-body-dropped': {
    severity: 'warning',
    source: 'API Management during OpenAPI import: GET, HEAD and OPTIONS lose their request body'
  },
  'no-https-server': { severity: 'warning', source: 'OpenAPI version 3.x: HTTPS URLs' },
  'operation-servers': { severity: 'warning', source: 'Unsupported: Server object on the operation level' },
  'cookie-parameter': { severity: 'warning', source: 'Definition restrictions: cookie parameters' },
  'form-parameter': { severity: 'warning', source: 'OpenAPI version 2: form parameters' },
  'query-serialization': {
    severity: 'warning',
    source: 'Definition restrictions: only style form, explode true for query parameters'
  },
  'recursive-schema': { severity: 'warning', source: 'Unsupported: recursion' },
  'security-ignored': { severity: 'warning', source: 'Ignored definitions: security definitions' },
  'extensions-ignored': { severity: 'warning', source: 'Custom extensions: ignored on import' }
} as const satisfies Record<string, { severity: Severity; source: string }>;

export type RuleName = keyof typeof rules;

/** An operation as API Management will create it. */
export interface PlannedOperation {
  method: string;
  urlTemplate: string;
  /** The operation's resource name in API Management. */
  name: string;
  displayName: string;
  pointer: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  !!value && typeof value === 'object' && !Array.isArray(value);
const escapePointer = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');
const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
/** The two extensions API Management reads; every other `x-` key is dropped. */
const supportedExtensions = new Set(['x-ms-paths', 'x-servers']);

/** The documented normalization of an operation's name: lower case, runs of other characters to one dash, trimmed, 76 characters. */
export function normalizeName(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 76);
}

function finding(rule: RuleName, pointer: string, message: string): Finding {
  return { rule, severity: rules[rule].severity, pointer, message };
}

function resolver(doc: Json) {
  const get = (ref: string): unknown => {
    if (!ref.startsWith('#/')) return undefined;
    let current: unknown = doc;
    for (const raw of ref.slice(2).split('/')) {
      const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      if (!isObject(current) && !Array.isArray(current)) return undefined;
      current = (current as Json)[token];
    }
    return current;
  };
  return (value: unknown): unknown => {
    for (let depth = 0; depth < 20 && isObject(value) && typeof value['$ref'] === 'string'; depth++) {
      value = get(value['$ref']);
    }
    return value;
  };
}

const typeMatches = (type: unknown, value: unknown): boolean => {
  const types = Array.isArray(type) ? type : [type];
  return types.some(t => {
    if (t === 'integer') return typeof value === 'number' && Number.isInteger(value);
    if (t === 'number') return typeof value === 'number';
    if (t === 'boolean') return typeof value === 'boolean';
    if (t === 'string') return typeof value === 'string';
    if (t === 'null') return value === null;
    return typeof t !== 'string';
  });
};

/** Schemas that reach themselves through `$ref`s (API Management does not support recursion). */
function recursiveSchemas(doc: Json): string[] {
  const schemas = isObject(doc['components']) ? (doc['components'] as Json)['schemas'] : doc['definitions'];
  if (!isObject(schemas)) return [];
  const prefix = isObject(doc['components']) ? '#/components/schemas/' : '#/definitions/';
  const edges = new Map<string, Set<string>>();
  const collect = (value: unknown, into: Set<string>) => {
    if (Array.isArray(value)) value.forEach(item => collect(item, into));
    else if (isObject(value)) {
      const ref = value['$ref'];
      if (typeof ref === 'string' && ref.startsWith(prefix)) into.add(ref.slice(prefix.length));
      for (const item of Object.values(value)) collect(item, into);
    }
  };
  for (const [name, schema] of Object.entries(schemas)) {
    const refs = new Set<string>();
    collect(schema, refs);
    edges.set(name, refs);
  }
  const recursive: string[] = [];
  for (const name of edges.keys()) {
    const seen = new Set<string>();
    const stack = [...(edges.get(name) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === name) {
        recursive.push(name);
        break;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(edges.get(next) ?? []));
    }
  }
  return recursive;
}

/** Every `x-` key the import drops, with where it is. */
function customExtensions(doc: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown, pointer: string, inSchema: boolean) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${pointer}/${i}`, inSchema));
    else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        const here = `${pointer}/${escapePointer(key)}`;
        // Keys under paths, properties, examples and the like are names, not extensions.
        const named =
          /\/(paths|x-ms-paths|properties|schemas|responses|parameters|examples|headers|content|definitions|securitySchemes|callbacks|links|webhooks|variables|encoding|mapping)$/.test(
            pointer
          );
        if (!named && key.startsWith('x-') && !supportedExtensions.has(key)) found.push(here);
        walk(item, here, inSchema);
      }
    }
  };
  walk(doc, '', false);
  return found;
}

export interface CheckOptions {
  /** The backend given to the step (`service-url`); without one the document's server is the backend. */
  serviceUrl?: string;
}

/**
 * Applies every rule that needs only the document, and derives the operations API Management will create from
 * it. Findings come in document order; the size and the operation limit are checked where they are known.
 */
export function checkDocument(
  spec: Pick<LoadedSpec, 'document' | 'kind'>,
  options: CheckOptions = {}
): { findings: Finding[]; operations: PlannedOperation[] } {
  const doc = spec.document;
  const deref = resolver(doc);
  const findings: Finding[] = [];
  const swagger = spec.kind === 'swagger-2.0';
  const version = String(doc['openapi'] ?? doc['swagger'] ?? '');

  if (/^3\.0\.(\d+)$/.test(version) && Number(/^3\.0\.(\d+)$/.exec(version)![1]) > 3) {
    findings.push(
      finding(
        'openapi-version',
        '/openapi',
        `OpenAPI ${version} is newer than API Management supports (3.0 up to 3.0.3, or 3.1): write 'openapi: 3.0.3' if the document uses nothing newer`
      )
    );
  }
  if (spec.kind === 'openapi-3.1') {
    findings.push(
      finding(
        'openapi-3.1-import-only',
        '/openapi',
        'API Management imports OpenAPI 3.1 but ignores or downgrades most of what 3.1 added (JSON Schema 2020-12, webhooks, callbacks, links); use 3.0.3 for a faithful import'
      )
    );
    if (isObject(doc['webhooks']) && Object.keys(doc['webhooks']).length > 0) {
      findings.push(
        finding(
          'webhooks-not-imported',
          '/webhooks',
          `${Object.keys(doc['webhooks']).length} webhook(s) will not become operations`
        )
      );
    }
  }

  const operations: PlannedOperation[] = [];
  const shapes = new Map<string, string>();
  const taken = new Set<string>();
  const roots = ['paths', 'x-ms-paths'] as const;
  for (const root of roots) {
    const paths = doc[root];
    if (!isObject(paths)) continue;
    for (const [key, rawItem] of Object.entries(paths)) {
      const item = deref(rawItem);
      if (!isObject(item)) continue;
      const itemPointer = `/${root}/${escapePointer(key)}`;
      if (isObject(item['trace'])) {
        findings.push(
          finding(
            'trace-not-imported',
            `${itemPointer}/trace`,
            `TRACE ${key} will not be imported: API Management does not support TRACE operations`
          )
        );
      }
      if (Array.isArray(item['servers']) && item['servers'].length > 0) {
        findings.push(
          finding(
            'operation-servers',
            `${itemPointer}/servers`,
            `servers of the path ${key} are ignored: the API's service URL serves every operation`
          )
        );
      }
      const shared = Array.isArray(item['parameters']) ? item['parameters'] : [];
      for (const method of methods) {
        const operation = item[method];
        if (!isObject(operation)) continue;
        const pointer = `${itemPointer}/${method}`;
        const label = `${method.toUpperCase()} ${key}`;
        // An operation's parameter replaces a path item's one of the same name and location.
        const byKey = new Map<string, { p: Json; at: string }>();
        shared.forEach((p, i) => {
          const r = deref(p);
          if (isObject(r))
            byKey.set(`${String(r['in'])}:${String(r['name'])}`, {
              p: r,
              at: `${itemPointer}/parameters/${i}`
            });
        });
        (Array.isArray(operation['parameters']) ? operation['parameters'] : []).forEach((p, i) => {
          const r = deref(p);
          if (isObject(r))
            byKey.set(`${String(r['in'])}:${String(r['name'])}`, { p: r, at: `${pointer}/parameters/${i}` });
        });
        const parameters = [...byKey.values()];
        const [path = key, literalQuery = ''] = key.split('?') as [string, string?];
        const pathNames = [...path.matchAll(/\{([^}]+)\}/g)].map(m => m[1]!);
        const requiredQuery: string[] = [];
        for (const { p, at } of parameters) {
          const name = String(p['name']);
          const schema = isObject(deref(p['schema'])) ? (deref(p['schema']) as Json) : p;
          if (p['in'] === 'path' && !pathNames.includes(name)) {
            findings.push(
              finding(
                'path-parameter-in-template',
                at,
                `path parameter '${name}' of ${label} is not in the URL template; API Management refuses a URL parameter that is not part of it`
              )
            );
          }
          if (p['in'] === 'query' && p['required'] === true) requiredQuery.push(name);
          if (p['in'] === 'cookie') {
            findings.push(
              finding('cookie-parameter', at, `cookie parameter '${name}' of ${label} is not imported`)
            );
          }
          if (swagger && p['in'] === 'formData') {
            findings.push(
              finding('form-parameter', at, `form parameter '${name}' of ${label} is not imported`)
            );
          }
          if (
            p['in'] === 'query' &&
            ((p['style'] !== undefined && p['style'] !== 'form') || p['explode'] === false)
          ) {
            findings.push(
              finding(
                'query-serialization',
                at,
                `query parameter '${name}' of ${label} is read as style form, explode true, whatever the document says`
              )
            );
          }
          const example = 'example' in p ? p['example'] : schema['example'];
          const type = schema['type'] ?? p['type'];
          if (example !== undefined && type !== undefined && !typeMatches(type, example)) {
            findings.push(
              finding(
                'parameter-example-type',
                'example' in p ? `${at}/example` : `${at}/schema/example`,
                `the example ${JSON.stringify(example).slice(0, 60)} of parameter '${name}' of ${label} is not of its type '${String(type)}'; API Management refuses such a document`
              )
            );
          }
        }
        if (requiredQuery.length > 0) {
          findings.push(
            finding(
              'required-query-in-template',
              pointer,
              `required query parameter(s) ${requiredQuery.map(n => `'${n}'`).join(', ')} of ${label} become part of the URL template: a call without them matches no operation`
            )
          );
        }
        const names = [...pathNames, ...requiredQuery];
        const seen = new Map<string, string>();
        for (const name of names) {
          const clash = seen.get(name.toLowerCase());
          if (clash !== undefined) {
            findings.push(
              finding(
                'template-parameter-names',
                pointer,
                `${label} has two URL template parameters named '${clash}' and '${name}'; API Management requires the names of path and required query parameters to differ (ignoring case)`
              )
            );
          }
          seen.set(name.toLowerCase(), name);
        }
        const query = [literalQuery, ...requiredQuery.map(n => `${n}={${n}}`)].filter(Boolean).join('&');
        const urlTemplate = query ? `${path}?${query}` : path;
        const shape = `${method} ${urlTemplate.replace(/\{[^}]*\}/g, '{}').toLowerCase()}`;
        const twin = shapes.get(shape);
        if (twin !== undefined) {
          findings.push(
            finding(
              'same-method-and-template',
              pointer,
              `${label} has the same method and URL template as ${twin} (parameter names aside); API Management keeps one operation per method and template`
            )
          );
          continue;
        }
        shapes.set(shape, label);

        const operationId =
          typeof operation['operationId'] === 'string' && operation['operationId'] !== ''
            ? operation['operationId']
            : undefined;
        const base = normalizeName(operationId ?? '') || normalizeName(`${method}-${urlTemplate}`);
        let name = base;
        for (let i = 1; taken.has(name); i++) name = `${base}-${i}`;
        taken.add(name);
        if (!operationId) {
          findings.push(
            finding(
              'operation-name',
              pointer,
              `${label} has no operationId: API Management names it '${name}'`
            )
          );
        } else if (name !== operationId.toLowerCase()) {
          findings.push(
            finding(
              'operation-name',
              `${pointer}/operationId`,
              `operationId '${operationId.slice(0, 100)}' becomes the operation name '${name}' in API Management`
            )
          );
        }
        const summary = typeof operation['summary'] === 'string' ? operation['summary'] : '';
        if (summary.length > 300) {
          findings.push(
            finding(
              'display-name-cut',
              `${pointer}/summary`,
              `the summary of ${label} is ${summary.length} characters; API Management keeps the first 300 as its display name`
            )
          );
        }
        const hasBody = swagger
          ? parameters.some(({ p }) => p['in'] === 'body')
          : operation['requestBody'] !== undefined;
        if (hasBody && ['get', 'head', 'options'].includes(method)) {
          findings.push(
            finding('request-body-dropped', pointer, `the request body of ${label} is dropped on import`)
          );
        }
        if (Array.isArray(operation['servers']) && operation['servers'].length > 0) {
          findings.push(
            finding('operation-servers', `${pointer}/servers`, `servers of ${label} are ignored on import`)
          );
        }
        operations.push({
          method: method.toUpperCase(),
          urlTemplate,
          name,
          displayName: (summary || operationId || name).slice(0, 300),
          pointer
        });
      }
    }
  }

  if (!swagger && !options.serviceUrl) {
    const servers = (Array.isArray(doc['servers']) ? doc['servers'] : [])
      .filter(isObject)
      .map(s => String(s['url'] ?? ''));
    if (servers.length > 0 && !servers.some(url => /^https:\/\//i.test(url))) {
      findings.push(
        finding(
          'no-https-server',
          '/servers',
          `no server is https (${servers.slice(0, 2).join(', ')}): API Management takes the first https server as the backend and leaves it empty otherwise; set 'service-url'`
        )
      );
    }
  }
  for (const name of recursiveSchemas(doc)) {
    findings.push(
      finding(
        'recursive-schema',
        `/${isObject(doc['components']) ? 'components/schemas' : 'definitions'}/${escapePointer(name)}`,
        `schema '${name}' refers to itself; API Management does not support recursive definitions (the documentation does not say whether the import fails or drops it)`
      )
    );
  }
  const components = isObject(doc['components']) ? (doc['components'] as Json) : {};
  const security = ['/security', '/securityDefinitions', '/components/securitySchemes'].find(pointer =>
    pointer === '/components/securitySchemes'
      ? components['securitySchemes'] !== undefined
      : doc[pointer.slice(1)] !== undefined
  );
  if (security) {
    findings.push(
      finding(
        'security-ignored',
        security,
        "the document's security definitions are ignored: API Management's subscription keys and policies decide who may call"
      )
    );
  }
  const extensions = customExtensions(doc);
  if (extensions.length > 0) {
    findings.push(
      finding(
        'extensions-ignored',
        extensions[0]!,
        `${extensions.length} custom extension(s) are dropped on import (${extensions.slice(0, 3).join(', ')}${extensions.length > 3 ? ', ...' : ''}); only x-ms-paths and x-servers are read`
      )
    );
  }
  return { findings, operations };
}
