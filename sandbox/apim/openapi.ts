// What API Management does with an imported document: refuse what it cannot read (ARM ValidationError with
// details), and turn each path and method into an operation.
import { parse as parseYaml } from 'yaml';
import { isJsonObject, type JsonObject } from '../json.js';
import { ImportValidationError, type ValidationDetail } from './errors.js';

export interface Representation {
  contentType: string;
  examples?: Record<string, { value: unknown }>;
}

export interface OperationContract {
  /** The operation id: the document's operationId, or `<method>-<path>`. */
  name: string;
  displayName: string;
  method: string;
  /** The path template (`/itineraries/{id}`), relative to the API's path. */
  urlTemplate: string;
  description?: string;
  templateParameters: { name: string; type: string; required: boolean; values: string[] }[];
  request: {
    queryParameters: { name: string; type: string; required: boolean }[];
    representations: Representation[];
  };
  responses: { statusCode: number; description: string; representations: Representation[] }[];
}

export interface ImportedDocument {
  kind: 'openapi' | 'swagger';
  title?: string;
  description?: string;
  version?: string;
  serviceUrl?: string;
  operations: OperationContract[];
}

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

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

/** Every `$ref` that does not resolve, with where it is (a JSON pointer). */
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
            message: `Parsing error(s): External reference '${ref}' at '${pointer}' is not supported in an inline document; bundle it first.`
          });
        } else if (resolveRef(doc, ref) === undefined) {
          details.push({
            code: 'ValidationError',
            target: 'representation',
            message: `Parsing error(s): Reference '${ref}' at '${pointer}' could not be resolved.`
          });
        }
      }
      for (const [key, item] of Object.entries(value))
        walk(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
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

function operationName(operationId: unknown, method: string, path: string, taken: Set<string>): string {
  const base =
    typeof operationId === 'string' && /^[^*#&+:<>?]+$/.test(operationId) && operationId.length <= 80
      ? operationId
      : `${method}-${path
          .replace(/[{}]/g, '')
          .replace(/[^A-Za-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}`.toLowerCase();
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}-${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function parameterType(doc: JsonObject, parameter: JsonObject): string {
  const schema = deref(doc, parameter['schema']);
  if (isJsonObject(schema) && typeof schema['type'] === 'string') return schema['type'];
  return typeof parameter['type'] === 'string' ? parameter['type'] : 'string';
}

/** Reads an imported document the way API Management does, or throws its ValidationError. */
export function importDocument(format: string, value: string): ImportedDocument {
  const fail = (message: string): never => {
    throw new ImportValidationError([{ code: 'ValidationError', target: 'representation', message }]);
  };
  let parsed: unknown;
  try {
    parsed = format.endsWith('json') || format === 'openapi+json' ? JSON.parse(value) : parseYaml(value);
  } catch (error) {
    fail(`Parsing error(s): ${(error as Error).message.split('\n')[0]}`);
  }
  if (!isJsonObject(parsed))
    return fail('Parsing error(s): The input OpenAPI file is not valid for the OpenAPI specification.');
  const doc = parsed;
  const swagger = format.startsWith('swagger');
  if (swagger && doc['swagger'] !== '2.0') {
    fail(`Parsing error(s): The 'swagger' field must be '2.0' for format '${format}'.`);
  }
  if (!swagger && !/^3\.[01]\.\d+$/.test(String(doc['openapi'] ?? ''))) {
    fail(
      `Parsing error(s): The input OpenAPI file is not valid for the OpenAPI specification https://github.com/OAI/OpenAPI-Specification/blob/master/versions/3.0.0.md (schema https://github.com/OAI/OpenAPI-Specification/blob/master/schemas/v3.0/schema.yaml): the 'openapi' field must be 3.0.x or 3.1.x.`
    );
  }
  const details = brokenRefs(doc);
  const paths = doc['paths'];
  if (!isJsonObject(paths)) {
    details.push({
      code: 'ValidationError',
      target: 'paths',
      message: "Parsing error(s): The field 'paths' is required."
    });
  }
  const operations: OperationContract[] = [];
  const taken = new Set<string>();
  for (const [path, item] of Object.entries(isJsonObject(paths) ? paths : {})) {
    if (!path.startsWith('/')) {
      details.push({
        code: 'ValidationError',
        target: `paths['${path}']`,
        message: `Parsing error(s): The path '${path}' must begin with '/'.`
      });
      continue;
    }
    const pathItem = deref(doc, item);
    if (!isJsonObject(pathItem)) continue;
    const shared = Array.isArray(pathItem['parameters']) ? pathItem['parameters'] : [];
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!isJsonObject(operation)) continue;
      const responses = operation['responses'];
      if (!isJsonObject(responses) || Object.keys(responses).length === 0) {
        details.push({
          code: 'ValidationError',
          target: `paths['${path}'].${method}`,
          message: `Parsing error(s): The operation ${method.toUpperCase()} ${path} must have 'responses'.`
        });
        continue;
      }
      const parameters = [
        ...shared,
        ...(Array.isArray(operation['parameters']) ? operation['parameters'] : [])
      ]
        .map(p => deref(doc, p))
        .filter(isJsonObject);
      const body = deref(doc, operation['requestBody']);
      operations.push({
        name: operationName(operation['operationId'], method, path, taken),
        displayName: String(
          operation['summary'] ?? operation['operationId'] ?? `${method.toUpperCase()} ${path}`
        ),
        method: method.toUpperCase(),
        urlTemplate: path,
        ...(typeof operation['description'] === 'string' ? { description: operation['description'] } : {}),
        templateParameters: parameters
          .filter(p => p['in'] === 'path')
          .map(p => ({ name: String(p['name']), type: parameterType(doc, p), required: true, values: [] })),
        request: {
          queryParameters: parameters
            .filter(p => p['in'] === 'query')
            .map(p => ({
              name: String(p['name']),
              type: parameterType(doc, p),
              required: p['required'] === true
            })),
          representations: isJsonObject(body) ? representations(doc, body['content']) : []
        },
        responses: Object.entries(responses)
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
  if (details.length > 0) throw new ImportValidationError(details);
  const info = isJsonObject(doc['info']) ? doc['info'] : {};
  const servers = Array.isArray(doc['servers']) ? doc['servers'].filter(isJsonObject) : [];
  const serviceUrl = swagger
    ? doc['host']
      ? `${(Array.isArray(doc['schemes']) && doc['schemes'][0]) || 'https'}://${String(doc['host'])}${String(doc['basePath'] ?? '')}`
      : undefined
    : typeof servers[0]?.['url'] === 'string' && /^https?:\/\//.test(servers[0]['url'])
      ? servers[0]['url']
      : undefined;
  return {
    kind: swagger ? 'swagger' : 'openapi',
    title: typeof info['title'] === 'string' ? info['title'] : undefined,
    description: typeof info['description'] === 'string' ? info['description'] : undefined,
    version: typeof info['version'] === 'string' ? info['version'] : undefined,
    serviceUrl,
    operations
  };
}
