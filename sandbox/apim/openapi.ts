// What API Management does with an imported document, by the rules of Microsoft's "API import restrictions and
// known issues" page: refuse what it cannot read (ARM ValidationError with details), and turn each path and method
// into an operation named, displayed and templated as that page documents (sandbox/apim/README.md lists each rule).
import { parse as parseYaml } from 'yaml';
import { isJsonObject, type JsonObject } from '../json.js';
import { ImportValidationError, type ValidationDetail } from './errors.js';

export interface Representation {
  contentType: string;
  examples?: Record<string, { value: unknown }>;
}

export interface TemplateParameter {
  name: string;
  type: string;
  required: boolean;
  values: string[];
}

export interface OperationContract {
  /** The operation's resource name, derived from operationId by the documented normalization. */
  name: string;
  displayName: string;
  method: string;
  /** The URL template (`/itineraries/{id}`, `/search?city={city}`), relative to the API's path. */
  urlTemplate: string;
  description?: string;
  templateParameters: TemplateParameter[];
  request: {
    queryParameters: { name: string; type: string; required: boolean; values: string[] }[];
    representations: Representation[];
  };
  responses: { statusCode: number; description: string; representations: Representation[] }[];
  /** The document's operationId, which a later import matches against `name`. */
  operationId?: string;
}

export interface ImportedDocument {
  kind: 'openapi' | 'swagger';
  title?: string;
  description?: string;
  version?: string;
  serviceUrl?: string;
  operations: OperationContract[];
}

export interface ImportOptions {
  /** `template` (API Management's default) puts required query parameters into the URL template. */
  translateRequiredQueryParameters?: 'template' | 'query';
  /** Names already taken by operations the update keeps (an existing API's operations). */
  existingNames?: Set<string>;
}

/** Methods API Management imports; `trace` is listed as unsupported and is not imported. */
const importedMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
/** API Management's length limits on what it derives (the ARM contract's maxLength). */
export const NAME_LENGTH = 76;
const DISPLAY_NAME_LENGTH = 300;
const DESCRIPTION_LENGTH = 1000;

const fail = (message: string, target = 'representation'): never => {
  throw new ImportValidationError([{ code: 'ValidationError', target, message }]);
};

function resolveRef(doc: JsonObject, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let current: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isJsonObject(current) && !Array.isArray(current)) return undefined;
    current = (current as JsonObject)[token];
    if (current === undefined) return undefined;
  }
  return current;
}

/** Follows `$ref` chains inside the document. */
function deref(doc: JsonObject, value: unknown, depth = 0): unknown {
  if (depth < 20 && isJsonObject(value) && typeof value['$ref'] === 'string') {
    return deref(doc, resolveRef(doc, value['$ref']), depth + 1);
  }
  return value;
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every `$ref` that does not resolve or points at another file, with where it is (a JSON pointer). */
function brokenRefs(doc: JsonObject): ValidationDetail[] {
  const details: ValidationDetail[] = [];
  const walk = (value: unknown, pointer: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${pointer}/${i}`));
    else if (isJsonObject(value)) {
      const ref = value['$ref'];
      if (typeof ref === 'string') {
        if (!ref.startsWith('#')) {
          details.push({
            code: 'ValidationError',
            target: 'representation',
            message: `Parsing error(s): External reference '${ref}' at '${pointer}' is not supported; $ref pointers can't reference external files.`
          });
        } else if (resolveRef(doc, ref) === undefined) {
          details.push({
            code: 'ValidationError',
            target: 'representation',
            message: `Parsing error(s): Reference '${ref}' at '${pointer}' could not be resolved.`
          });
        }
      }
      for (const [key, item] of Object.entries(value)) walk(item, `${pointer}/${escapePointer(key)}`);
    }
  };
  walk(doc, '');
  return details.slice(0, 20);
}

function examplesOf(doc: JsonObject, media: JsonObject): Record<string, { value: unknown }> | undefined {
  if ('example' in media) return { default: { value: media['example'] } };
  if (isJsonObject(media['examples'])) {
    const first = Object.entries(media['examples'])[0];
    if (first) {
      const example = deref(doc, first[1]);
      if (isJsonObject(example) && 'value' in example) return { default: { value: example['value'] } };
    }
  }
  const schema = deref(doc, media['schema']);
  if (isJsonObject(schema) && 'example' in schema) return { default: { value: schema['example'] } };
  return undefined;
}

function representations(doc: JsonObject, content: unknown): Representation[] {
  if (!isJsonObject(content)) return [];
  return Object.entries(content).map(([contentType, media]) => {
    const examples = isJsonObject(media) ? examplesOf(doc, media) : undefined;
    return { contentType, ...(examples ? { examples } : {}) };
  });
}

/**
 * The documented normalization of an operation's name: lower case, each run of other characters than letters
 * and digits to one dash, dashes trimmed at both ends, cut to 76 characters.
 */
export function normalizeName(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, NAME_LENGTH);
}

/** A free name: the base, or the base with the documented de-duplication suffix `-1` ... `-999`. */
export function dedupe(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 1; taken.has(name.toLowerCase()); i++) {
    if (i > 999) fail(`Parsing error(s): More than 999 operations would be named '${base}'.`);
    name = `${base}-${i}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

function schemaOf(doc: JsonObject, parameter: JsonObject): JsonObject {
  const schema = deref(doc, parameter['schema']);
  return isJsonObject(schema) ? schema : parameter;
}

function parameterType(doc: JsonObject, parameter: JsonObject): string {
  const type = schemaOf(doc, parameter)['type'];
  if (typeof type === 'string') return type;
  // OpenAPI 3.1 allows a list of types (`[integer, 'null']`).
  if (Array.isArray(type)) return String(type.find(t => t !== 'null') ?? 'string');
  return 'string';
}

function enumValues(doc: JsonObject, parameter: JsonObject): string[] {
  const values = schemaOf(doc, parameter)['enum'];
  return Array.isArray(values) ? values.map(String) : [];
}

const jsonTypeMatches = (type: string, value: unknown): boolean => {
  if (type === 'integer') return typeof value === 'number' && Number.isInteger(value);
  if (type === 'number') return typeof value === 'number';
  if (type === 'boolean') return typeof value === 'boolean';
  if (type === 'string') return typeof value === 'string';
  return true;
};

/** The path part of a template and its query part (`x-ms-paths` keys carry one). */
function splitTemplate(template: string): { path: string; query: string } {
  const at = template.indexOf('?');
  return at < 0
    ? { path: template, query: '' }
    : { path: template.slice(0, at), query: template.slice(at + 1) };
}

/** Reads an imported document the way API Management does, or throws its ValidationError. */
export function importDocument(format: string, value: string, options: ImportOptions = {}): ImportedDocument {
  let parsed: unknown;
  try {
    parsed = format.endsWith('json') ? JSON.parse(value) : parseYaml(value, { maxAliasCount: 100 });
  } catch (error) {
    fail(`Parsing error(s): ${(error as Error).message.split('\n')[0]}`);
  }
  if (!isJsonObject(parsed))
    return fail('Parsing error(s): The input OpenAPI file is not valid for the OpenAPI specification.');
  const doc = parsed;
  const swagger = format.startsWith('swagger');
  const version = String(doc['openapi'] ?? '');
  if (swagger && doc['swagger'] !== '2.0') {
    fail(`Parsing error(s): The 'swagger' field must be '2.0' for format '${format}'.`);
  }
  if (!swagger && !/^3\.0\.[0-3]$|^3\.1\.\d+$/.test(version)) {
    fail(
      `Parsing error(s): OpenAPI version '${version || '(none)'}' is not supported. Supported versions are OpenAPI 2.0, 3.0.0 to 3.0.3 and 3.1 (import only).`
    );
  }
  const v31 = version.startsWith('3.1');
  const details = brokenRefs(doc);
  const paths = doc['paths'];
  const msPaths = doc['x-ms-paths'];
  // OpenAPI 3.1 allows a document without paths (webhooks only): it imports with no operation.
  if (!isJsonObject(paths) && !(v31 && paths === undefined)) {
    details.push({
      code: 'ValidationError',
      target: 'paths',
      message: "Parsing error(s): The field 'paths' is required."
    });
  }
  const operations: OperationContract[] = [];
  const taken = new Set<string>(options.existingNames ?? []);
  const templates = new Map<string, string>();
  const translate = options.translateRequiredQueryParameters !== 'query';
  const entries = [
    ...Object.entries(isJsonObject(paths) ? paths : {}).map(([key, item]) => ({ key, item, root: 'paths' })),
    ...Object.entries(isJsonObject(msPaths) ? msPaths : {}).map(([key, item]) => ({
      key,
      item,
      root: 'x-ms-paths'
    }))
  ];
  for (const { key, item, root } of entries) {
    if (!key.startsWith('/')) {
      details.push({
        code: 'ValidationError',
        target: `${root}['${key}']`,
        message: `Parsing error(s): The path '${key}' must begin with '/'.`
      });
      continue;
    }
    const pathItem = deref(doc, item);
    if (!isJsonObject(pathItem)) continue;
    const shared = Array.isArray(pathItem['parameters']) ? pathItem['parameters'] : [];
    for (const method of importedMethods) {
      const operation = pathItem[method];
      if (!isJsonObject(operation)) continue;
      const responses = operation['responses'];
      const hasResponses = isJsonObject(responses) && Object.keys(responses).length > 0;
      // OpenAPI 3.1 makes responses optional; 2.0 and 3.0 require them.
      if (!hasResponses && !v31) {
        details.push({
          code: 'ValidationError',
          target: `${root}['${key}'].${method}`,
          message: `Parsing error(s): The operation ${method.toUpperCase()} ${key} must have 'responses'.`
        });
        continue;
      }
      const parameters = [
        ...shared,
        ...(Array.isArray(operation['parameters']) ? operation['parameters'] : [])
      ]
        .map(p => deref(doc, p))
        .filter(isJsonObject);
      const { path, query } = splitTemplate(key);
      const pathNames = [...path.matchAll(/\{([^}]+)\}/g)].map(m => m[1]!);
      const pathParameters = parameters.filter(p => p['in'] === 'path');
      for (const p of pathParameters) {
        if (!pathNames.includes(String(p['name']))) {
          details.push({
            code: 'ValidationError',
            target: `${root}['${key}'].${method}`,
            message: `Parsing error(s): Template parameter '${String(p['name'])}' of ${method.toUpperCase()} ${key} is not part of the URL template.`
          });
        }
      }
      for (const p of parameters) {
        const schema = schemaOf(doc, p);
        const example = 'example' in p ? p['example'] : schema['example'];
        const type = parameterType(doc, p);
        if (example !== undefined && !jsonTypeMatches(type, example)) {
          details.push({
            code: 'ValidationError',
            target: `${root}['${key}'].${method}`,
            message: `Parsing error(s): The example of parameter '${String(p['name'])}' of ${method.toUpperCase()} ${key} is not of type '${type}'.`
          });
        }
      }
      const requiredQuery = translate
        ? parameters.filter(p => p['in'] === 'query' && p['required'] === true)
        : [];
      const templateNames = [...pathNames, ...requiredQuery.map(p => String(p['name']))];
      const seen = new Map<string, string>();
      for (const name of templateNames) {
        const clash = seen.get(name.toLowerCase());
        if (clash !== undefined) {
          details.push({
            code: 'ValidationError',
            target: `${root}['${key}'].${method}`,
            message: `Parsing error(s): Parameter names in the URL template of ${method.toUpperCase()} ${key} must be unique (case-insensitive): '${clash}' and '${name}'.`
          });
        }
        seen.set(name.toLowerCase(), name);
      }
      const queryTemplate = [query, ...requiredQuery.map(p => `${String(p['name'])}={${String(p['name'])}}`)]
        .filter(Boolean)
        .join('&');
      const urlTemplate = queryTemplate ? `${path}?${queryTemplate}` : path;
      const shape = `${method.toUpperCase()} ${urlTemplate.replace(/\{[^}]*\}/g, '{}').toLowerCase()}`;
      const previous = templates.get(shape);
      if (previous !== undefined) {
        details.push({
          code: 'ValidationError',
          target: `${root}['${key}'].${method}`,
          message: `Parsing error(s): Operation ${method.toUpperCase()} ${key} has the same method and URL template as ${previous}.`
        });
        continue;
      }
      templates.set(shape, `${method.toUpperCase()} ${key}`);
      const operationId =
        typeof operation['operationId'] === 'string' && operation['operationId'] !== ''
          ? operation['operationId']
          : undefined;
      const name = dedupe(
        normalizeName(operationId ?? '') || normalizeName(`${method}-${urlTemplate}`),
        taken
      );
      const summary =
        typeof operation['summary'] === 'string' && operation['summary'] ? operation['summary'] : '';
      const body = deref(doc, operation['requestBody']);
      const typedQuery = parameters.filter(p => p['in'] === 'query' && !requiredQuery.includes(p));
      operations.push({
        name,
        displayName: (summary || operationId || name).slice(0, DISPLAY_NAME_LENGTH),
        method: method.toUpperCase(),
        urlTemplate,
        ...(typeof operation['description'] === 'string'
          ? { description: operation['description'].slice(0, DESCRIPTION_LENGTH) }
          : {}),
        ...(operationId ? { operationId } : {}),
        templateParameters: [
          ...pathNames.map(n => {
            const p = pathParameters.find(q => q['name'] === n) ?? {};
            return { name: n, type: parameterType(doc, p), required: true, values: enumValues(doc, p) };
          }),
          ...requiredQuery.map(p => ({
            name: String(p['name']),
            type: parameterType(doc, p),
            required: true,
            values: enumValues(doc, p)
          }))
        ],
        request: {
          queryParameters: typedQuery.map(p => ({
            name: String(p['name']),
            type: parameterType(doc, p),
            required: p['required'] === true,
            values: enumValues(doc, p)
          })),
          // GET, HEAD and OPTIONS lose their request body, as documented.
          representations:
            isJsonObject(body) && !['get', 'head', 'options'].includes(method)
              ? representations(doc, body['content'])
              : []
        },
        responses: Object.entries(hasResponses ? responses : {})
          .filter(([code]) => /^\d{3}$/.test(code))
          .map(([code, response]) => {
            const r = deref(doc, response);
            const content = isJsonObject(r) ? r['content'] : undefined;
            return {
              statusCode: Number(code),
              description: isJsonObject(r) ? String(r['description'] ?? '') : '',
              representations: swagger
                ? ((doc['produces'] as string[] | undefined) ?? ['application/json']).map(contentType => ({
                    contentType,
                    ...(isJsonObject(r) &&
                    isJsonObject(r['examples']) &&
                    r['examples'][contentType] !== undefined
                      ? { examples: { default: { value: r['examples'][contentType] } } }
                      : {})
                  }))
                : representations(doc, content)
            };
          })
      });
    }
  }
  if (details.length > 0) throw new ImportValidationError(details.slice(0, 20));
  const info = isJsonObject(doc['info']) ? doc['info'] : {};
  return {
    kind: swagger ? 'swagger' : 'openapi',
    title: typeof info['title'] === 'string' ? info['title'] : undefined,
    description: typeof info['description'] === 'string' ? info['description'] : undefined,
    version: typeof info['version'] === 'string' ? info['version'] : undefined,
    serviceUrl: serviceUrlOf(doc, swagger),
    operations
  };
}

/** The backend: Swagger's host and basePath (or `x-servers`), or the first https server of OpenAPI 3. */
function serviceUrlOf(doc: JsonObject, swagger: boolean): string | undefined {
  const servers = (
    Array.isArray(doc[swagger ? 'x-servers' : 'servers'])
      ? (doc[swagger ? 'x-servers' : 'servers'] as unknown[])
      : []
  )
    .filter(isJsonObject)
    .map(s => s['url'])
    .filter((u): u is string => typeof u === 'string');
  if (swagger && servers.length === 0) {
    if (!doc['host']) return undefined;
    const schemes = Array.isArray(doc['schemes']) ? doc['schemes'].map(String) : [];
    const scheme = schemes.includes('https') ? 'https' : (schemes[0] ?? 'https');
    return `${scheme}://${String(doc['host'])}${String(doc['basePath'] ?? '')}`;
  }
  // The first HTTPS URL; none means no service URL (the documented rule; `service-url` then gives it).
  return servers.find(u => /^https:\/\//i.test(u));
}
