// What every conformance test shares: the spec extracts (tests/conformance/specs/*.json, written for these tests
// from Azure/azure-rest-api-specs, path and commit in each), a check of an answer (status, headers, body)
// against the operation it answers, and the replay of one of Microsoft's examples with its answer compared.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export interface ResponseSpec {
  /** A definition of the extract; no schema: the spec declares no body. */
  schema?: string;
  /** Headers the spec declares for this status, each required of the answer. */
  headers?: string[];
}

export interface OperationSpec {
  method: string;
  path: string;
  /** How the operation ends when it is long-running: its final state comes through this header's URL. */
  longRunning?: 'azure-async-operation' | 'location';
  responses: Record<string, ResponseSpec>;
}

export interface Extract {
  $id: string;
  source: { repository: string; paths: string[]; apiVersion: string; note: string };
  operations: Record<string, OperationSpec>;
  definitions: Record<string, unknown>;
}

/** An answer as a client received it. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

// ajv ships CommonJS: under ESM its class is the default export's default.
const Ajv = AjvModule as unknown as typeof AjvModule.default;
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: unknown) => void)(ajv);
const compiled = new Map<string, ValidateFunction>();

/** An extract by its file name (without .json), registered for validation. */
export function loadExtract(name: string): Extract {
  const file = fileURLToPath(new URL(`./specs/${name}.json`, import.meta.url));
  const extract = JSON.parse(readFileSync(file, 'utf8')) as Extract;
  if (!ajv.getSchema(extract.$id)) ajv.addSchema({ $id: extract.$id, definitions: extract.definitions });
  return extract;
}

function validatorFor(extract: Extract, definition: string): ValidateFunction {
  const ref = `${extract.$id}#/definitions/${definition}`;
  const known = compiled.get(ref);
  if (known) return known;
  const validate = ajv.compile({ $ref: ref });
  compiled.set(ref, validate);
  return validate;
}

const describeError = (e: ErrorObject) => {
  const where = e.instancePath || '/';
  if (e.keyword === 'additionalProperties') {
    return `${where}: ${(e.params as { additionalProperty: string }).additionalProperty} is not in the spec`;
  }
  if (e.keyword === 'enum') {
    return `${where}: ${e.message} (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`;
  }
  return `${where}: ${e.message}`;
};

/** A body with no content: none at all, or an empty object. */
const empty = (body: unknown) =>
  body === undefined ||
  body === '' ||
  (typeof body === 'object' && body !== null && Object.keys(body).length === 0);

/** ARM documents a Retry-After between 10 seconds and 10 minutes for the status of a long-running operation. */
const RETRY_AFTER = { min: 10, max: 600 };

/**
 * Where `answer` departs from what the spec declares for `operation`: a status it does not declare, a header it
 * declares that is missing (or one of ETag, Azure-AsyncOperation and Location it does not declare), a body where
 * it declares none, and each way the body breaks the schema. Empty when the answer conforms.
 */
export function divergences(extract: Extract, operationId: string, answer: Answer): string[] {
  const operation = extract.operations[operationId];
  if (!operation) throw new Error(`${extract.$id} has no operation ${operationId}`);
  const found: string[] = [];
  // `default` covers the error answers the spec does not list one by one, as in the specs themselves.
  const response =
    operation.responses[String(answer.status)] ??
    (answer.status >= 400 ? operation.responses['default'] : undefined);
  const label = `${operationId} ${answer.status}`;
  if (!response) {
    return [
      `${label}: the spec declares ${Object.keys(operation.responses).join(', ')}, not ${answer.status}`
    ];
  }
  const headers = Object.fromEntries(Object.entries(answer.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const declared = new Set((response.headers ?? []).map(h => h.toLowerCase()));
  // A long-running PUT that ends through Azure-AsyncOperation announces that URL on its 201.
  if (operation.longRunning === 'azure-async-operation' && answer.status === 201)
    declared.add('azure-asyncoperation');
  for (const name of declared) {
    if (headers[name] === undefined) found.push(`${label}: header ${name} is declared but missing`);
  }
  for (const name of ['etag', 'azure-asyncoperation', 'location']) {
    if (headers[name] !== undefined && !declared.has(name)) {
      found.push(`${label}: header ${name} is not declared for this answer`);
    }
  }
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined && (answer.status === 201 || answer.status === 202)) {
    const seconds = Number(retryAfter);
    if (!(seconds >= RETRY_AFTER.min && seconds <= RETRY_AFTER.max)) {
      found.push(
        `${label}: Retry-After ${retryAfter} is outside the ${RETRY_AFTER.min} s to ${RETRY_AFTER.max / 60} minutes ARM documents`
      );
    }
  }
  if (!response.schema) {
    if (!empty(answer.body)) found.push(`${label}: a body, where the spec declares none`);
    return found;
  }
  const validate = validatorFor(extract, response.schema);
  if (!validate(answer.body)) {
    for (const e of validate.errors ?? []) found.push(`${label}: ${describeError(e)}`);
  }
  return found;
}

/** A value's shape: the keys it has and the JSON type of each (`map` for an object of free keys). */
export type Shape = string | Shape[] | { [key: string]: Shape };

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'object'
        ? 'object'
        : typeof value;

/**
 * Where `value` lacks what `shape` (an example's answer) has: a key missing, a value of another JSON type. Arrays
 * compare their elements' shapes when both have elements; `null` in the example means "may be absent"; paths in
 * `unmodelled` (an example's configuration the sandbox's resource does not have) are skipped.
 */
export function shapeGaps(
  shape: Shape,
  value: unknown,
  unmodelled: Record<string, string> = {},
  path = ''
): string[] {
  if (path in unmodelled) return [];
  if (shape === 'null') return [];
  if (shape === 'map')
    return typeOf(value) === 'object' ? [] : [`${path || '/'}: ${typeOf(value)}, not an object`];
  if (typeof shape === 'string') {
    return typeOf(value) === shape ? [] : [`${path || '/'}: ${typeOf(value)}, not ${shape}`];
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return [`${path || '/'}: ${typeOf(value)}, not an array`];
    if (shape.length === 0 || value.length === 0) return [];
    // The example's elements merged into one shape, against ours merged: each key an element of the example has,
    // some element of ours has (a scale rule is http or custom, not both).
    return shapeGaps(shape[0]!, merged(value), unmodelled, `${path}[]`);
  }
  if (typeOf(value) !== 'object') return [`${path || '/'}: ${typeOf(value)}, not an object`];
  const object = value as Record<string, unknown>;
  return Object.entries(shape).flatMap(([key, inner]) => {
    const at = path ? `${path}.${key}` : key;
    if (at in unmodelled || inner === 'null') return [];
    if (!(key in object)) return [`${at}: missing`];
    return shapeGaps(inner, object[key], unmodelled, at);
  });
}

/** The elements of an array as one value: objects merged key by key, arrays concatenated. */
function merged(values: unknown[]): unknown {
  if (!values.every(v => typeOf(v) === 'object')) return values[0];
  const out: Record<string, unknown> = {};
  for (const v of values as Record<string, unknown>[]) {
    for (const [key, inner] of Object.entries(v)) {
      const known = out[key];
      out[key] =
        known === undefined
          ? inner
          : Array.isArray(known) && Array.isArray(inner)
            ? [...known, ...inner]
            : typeOf(known) === 'object' && typeOf(inner) === 'object'
              ? merged([known, inner])
              : known;
    }
  }
  return out;
}

/**
 * Where a resource read back after a write lacks a value the write gave it: every value of `request` must be in
 * `resource` (arrays element by element), except write-only values and paths in `except` (with why).
 */
export function missingValues(
  request: unknown,
  resource: unknown,
  except: Record<string, string> = {},
  path = ''
): string[] {
  if (path in except) return [];
  if (Array.isArray(request)) {
    if (!Array.isArray(resource)) return [`${path}: not an array`];
    return request.flatMap((item, i) => missingValues(item, resource[i], except, `${path}[${i}]`));
  }
  if (typeOf(request) === 'object') {
    if (typeOf(resource) !== 'object') return [`${path || '/'}: missing`];
    return Object.entries(request as Record<string, unknown>).flatMap(([key, inner]) =>
      missingValues(inner, (resource as Record<string, unknown>)[key], except, path ? `${path}.${key}` : key)
    );
  }
  return request === resource ? [] : [`${path}: ${JSON.stringify(resource)}, not ${JSON.stringify(request)}`];
}

/**
 * One of Microsoft's examples, as these tests replay it: the request (its resources mapped into the sandbox's
 * world, every change said in `adapted`), the statuses and headers the example answers, its answer's shape (keys
 * and types, never its values), and what to read back after a write.
 */
export interface ExampleReplay {
  /** Where the example is: spec path and commit. */
  example: string;
  operation: string;
  request: { method: string; path: string; body?: unknown };
  /** What the replay changes in the example's request, and why. */
  adapted?: string[];
  /** The statuses the example answers. */
  statuses: number[];
  /** Headers the example's answers carry, by status; only those the spec declares are required. */
  headers?: Record<string, string[]>;
  /** The shape of the example's answer (of the first status with a body); compared with the answer or the read-back. */
  shape?: Shape;
  /** Parts of the example's answer that come from a configuration the sandbox's resource does not have, and why. */
  unmodelled?: Record<string, string>;
  /** After a write: the resource to read back, which must hold every value the request gave. */
  readBack?: string;
  /** Values the service stores otherwise than it was given, as the example's own answer shows. */
  storedOtherwise?: Record<string, string>;
}
