// What kube-apiserver checks before it stores an object, in its words: the body decoded against the kind's schema
// (a value of the wrong type is refused as Go's JSON decoder words it; unknown fields dropped, and with
// fieldValidation Strict refused, with Warn sent back as warnings), then the kind's validation (required fields,
// names, selectors that match their templates, immutable fields), refused with 422 Invalid and one cause per field.
import type { Reply } from '../core.js';
import { status } from './errors.js';
import type { Obj, ResourceType } from './model.js';
import { builtInSchemas } from './resources.js';
import type { Schema } from './schema/generate.js';

/** One field error, as apimachinery's field.Error. */
export interface FieldError {
  type: 'Required value' | 'Invalid value' | 'Unsupported value' | 'Forbidden' | 'Duplicate value';
  field: string;
  value?: unknown;
  detail?: string;
}

const reasons: Record<FieldError['type'], string> = {
  'Required value': 'FieldValueRequired',
  'Invalid value': 'FieldValueInvalid',
  'Unsupported value': 'FieldValueNotSupported',
  Forbidden: 'FieldValueForbidden',
  'Duplicate value': 'FieldValueDuplicate'
};

/** A Go value as `%#v` prints it in a field error: strings quoted, maps as map[string]string{...}. */
function goValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value && typeof value === 'object' && !Array.isArray(value))
    return `map[string]string{${Object.entries(value as Obj)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(String(v))}`)
      .join(', ')}}`;
  return String(value);
}

const errorText = (e: FieldError) =>
  `${e.field}: ${e.type}${e.value !== undefined ? `: ${goValue(e.value)}` : ''}${e.detail ? `: ${e.detail}` : ''}`;

/** `Deployment.apps "x" is invalid: <errors>` (422), as the API server refuses an object. */
export function invalid(type: ResourceType, name: string, errors: FieldError[]): Reply {
  const qualified = type.group ? `${type.kind}.${type.group}` : type.kind;
  const texts = errors.map(errorText);
  return status(
    422,
    'Invalid',
    `${qualified} "${name}" is invalid: ${texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`}`,
    {
      name,
      group: type.group,
      kind: type.kind,
      causes: errors.map((e, i) => ({
        reason: reasons[e.type],
        message: texts[i]!.slice(e.field.length + 2),
        field: e.field
      }))
    }
  );
}

const resolve = (schema: Schema | undefined): Schema | undefined => {
  let at = schema;
  for (let i = 0; at && typeof at['$ref'] === 'string' && i < 10; i++)
    at = builtInSchemas[(at['$ref'] as string).replace('#/components/schemas/', '')];
  return at;
};
const goName = (schema: Schema | undefined, ref?: string) =>
  (ref ?? '').split('.').slice(-2).join('.') || String(schema?.['type'] ?? 'interface {}');
const goType = (schema: Schema): string => {
  const ref = typeof schema['$ref'] === 'string' ? (schema['$ref'] as string).split('/').pop()! : undefined;
  if (ref) return goName(resolve(schema), ref);
  if (schema['type'] === 'array') return `[]${goType((schema['items'] as Schema) ?? {})}`;
  if (schema['type'] === 'object' && schema['additionalProperties'])
    return `map[string]${goType(schema['additionalProperties'] as Schema)}`;
  if (schema['type'] === 'integer') return String(schema['format'] ?? 'int64');
  if (schema['type'] === 'boolean') return 'bool';
  if (schema['type'] === 'number') return 'float64';
  return String(schema['type'] ?? 'interface {}');
};
const jsonKind = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'object'
        ? 'object'
        : typeof value === 'boolean'
          ? 'bool'
          : typeof value;
/** Maps of resource quantities: a Quantity takes a number as well as a string. */
const QUANTITY_MAPS = ['limits', 'requests', 'capacity', 'allocatable', 'hard', 'used', 'overhead'];

export interface Decoded {
  /** Go's JSON decoder refused a value: the 400 message's end. */
  typeError?: string;
  /** Fields the schema does not have, as `spec.foo` (dropped from the object). */
  unknown: string[];
}

/**
 * The body against its kind's schema, as the API server decodes it into its Go type: the first value of the wrong
 * type, and every unknown field (removed from `object`, as the decoder drops it). Status is not looked at.
 */
export function decode(type: ResourceType, object: Obj): Decoded {
  const root = type.schema ? builtInSchemas[type.schema] : undefined;
  const out: Decoded = { unknown: [] };
  if (!root) return out;
  const walk = (
    value: unknown,
    schema: Schema | undefined,
    path: string,
    goPath: string,
    parent: string,
    key: string
  ) => {
    if (out.typeError || !schema || value === null || value === undefined) return;
    if (schema['x-kubernetes-preserve-unknown-fields']) return;
    const resolved = resolve(schema);
    if (!resolved) return;
    const kind = jsonKind(value);
    const wrong = (expected: string) => {
      out.typeError = `json: cannot unmarshal ${kind === 'bool' ? 'bool' : kind} into Go struct field ${parent}${goPath} of type ${expected}`;
    };
    if (resolved['format'] === 'int-or-string') {
      if (kind !== 'string' && kind !== 'number') wrong('intstr.IntOrString');
      return;
    }
    switch (resolved['type']) {
      case 'integer':
        if (kind !== 'number' || !Number.isInteger(value)) wrong(goType(resolved));
        return;
      case 'number':
        if (kind !== 'number') wrong('float64');
        return;
      case 'boolean':
        if (kind !== 'bool') wrong('bool');
        return;
      case 'string':
        if (kind === 'number' && QUANTITY_MAPS.includes(key)) return;
        if (kind !== 'string') wrong(goType(schema));
        return;
      case 'array':
        if (kind !== 'array') return wrong(goType(schema));
        (value as unknown[]).forEach((item, i) =>
          walk(item, resolved['items'] as Schema, `${path}[${i}]`, goPath, parent, key)
        );
        return;
      case 'object': {
        if (kind !== 'object') return wrong(goType(schema));
        const additional = resolved['additionalProperties'] as Schema | undefined;
        const properties = resolved['properties'] as Record<string, Schema> | undefined;
        for (const [field, child] of Object.entries(value as Obj)) {
          const childPath = path ? `${path}.${field}` : field;
          if (additional) {
            const quantity = QUANTITY_MAPS.includes(key);
            walk(child, additional, `${path}[${field}]`, goPath, parent, quantity ? key : field);
            continue;
          }
          const childSchema = properties?.[field];
          if (!childSchema) {
            if (properties) {
              out.unknown.push(childPath);
              delete (value as Obj)[field];
            }
            continue;
          }
          walk(child, childSchema, childPath, `${goPath}.${field}`, parent, field);
        }
        return;
      }
    }
  };
  const copy = { ...object };
  delete copy['status'];
  const properties = (root['properties'] ?? {}) as Record<string, Schema>;
  for (const [field, value] of Object.entries(copy)) {
    if (field === 'status') continue;
    if (!properties[field]) {
      out.unknown.push(field);
      delete object[field];
      continue;
    }
    walk(value, properties[field], field, `.${field}`, type.kind, field);
    if (out.typeError) break;
  }
  // Go names the struct whose field it is: DeploymentSpec.spec.replicas, not Deployment.spec.replicas.
  if (out.typeError) out.typeError = structName(out.typeError, type);
  return out;
}

/** `Deployment.spec.replicas` → `DeploymentSpec.spec.replicas`: the struct holding the field. */
function structName(message: string, type: ResourceType): string {
  const m = /Go struct field ([\w.]+?)(\.[\w.]+) of type/.exec(message);
  if (!m) return message;
  const parts = m[2]!.slice(1).split('.');
  let schema = resolve(builtInSchemas[type.schema!]);
  let holder = type.kind;
  for (const part of parts.slice(0, -1)) {
    const child = (schema?.['properties'] as Record<string, Schema> | undefined)?.[part];
    const target = child && (child['type'] === 'array' ? (child['items'] as Schema) : child);
    if (!target) break;
    const ref = typeof target['$ref'] === 'string' ? (target['$ref'] as string).split('.').pop() : undefined;
    if (ref) holder = ref;
    schema = resolve(target);
  }
  return message.replace(`${m[1]}${m[2]}`, `${holder}${m[2]}`);
}

/** Every field the kind's schema requires and the object lacks (status aside). */
function requiredFields(type: ResourceType, object: Obj): FieldError[] {
  const root = type.schema ? builtInSchemas[type.schema] : undefined;
  const errors: FieldError[] = [];
  const walk = (value: unknown, schema: Schema | undefined, path: string) => {
    const resolved = resolve(schema);
    if (!resolved || value === null || value === undefined) return;
    if (resolved['type'] === 'array' && Array.isArray(value)) {
      value.forEach((item, i) => walk(item, resolved['items'] as Schema, `${path}[${i}]`));
      return;
    }
    if (resolved['type'] !== 'object' || typeof value !== 'object' || Array.isArray(value)) return;
    const properties = resolved['properties'] as Record<string, Schema> | undefined;
    if (!properties) return;
    for (const field of (resolved['required'] as string[] | undefined) ?? []) {
      if ((value as Obj)[field] === undefined || (value as Obj)[field] === null)
        errors.push({ type: 'Required value', field: path ? `${path}.${field}` : field });
    }
    for (const [field, child] of Object.entries(value as Obj))
      if (field !== 'status' || path !== '')
        walk(child, properties[field], path ? `${path}.${field}` : field);
  };
  if (root) walk(object, root, '');
  return errors.filter(e => !['apiVersion', 'kind'].includes(e.field));
}

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const subdomainDetail =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const labelDetail =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const dns1035Detail =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

/** The object's name as its kind requires it. */
function nameErrors(type: ResourceType, name: string): FieldError[] {
  if (['Service'].includes(type.kind) && !(DNS1035_LABEL.test(name) && name.length <= 63))
    return [{ type: 'Invalid value', field: 'metadata.name', value: name, detail: dns1035Detail }];
  if (type.kind === 'Namespace' && !(DNS1123_LABEL.test(name) && name.length <= 63))
    return [{ type: 'Invalid value', field: 'metadata.name', value: name, detail: labelDetail }];
  if (type.builtIn && !(DNS1123_SUBDOMAIN.test(name) && name.length <= 253) && !name.includes(':'))
    return [{ type: 'Invalid value', field: 'metadata.name', value: name, detail: subdomainDetail }];
  return [];
}

const matches = (selector: Obj | undefined, labels: Obj | undefined): boolean =>
  Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels?.[k] === v) &&
  ((selector?.matchExpressions ?? []) as Obj[]).every(e => {
    const value = labels?.[e.key];
    if (e.operator === 'In') return (e.values ?? []).includes(value);
    if (e.operator === 'NotIn') return !(e.values ?? []).includes(value);
    if (e.operator === 'Exists') return value !== undefined;
    if (e.operator === 'DoesNotExist') return value === undefined;
    return false;
  });

/** A pod spec's containers: names that are labels, images given, names unique. */
function podSpecErrors(spec: Obj | undefined, path: string): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const list of ['initContainers', 'containers']) {
    ((spec?.[list] ?? []) as Obj[]).forEach((c, i) => {
      const at = `${path}.${list}[${i}]`;
      if (typeof c.name === 'string' && !DNS1123_LABEL.test(c.name))
        errors.push({ type: 'Invalid value', field: `${at}.name`, value: c.name, detail: labelDetail });
      if (typeof c.name === 'string' && seen.has(c.name))
        errors.push({ type: 'Duplicate value', field: `${at}.name`, value: c.name });
      seen.add(c.name);
      if (!c.image) errors.push({ type: 'Required value', field: `${at}.image` });
      const policy = c.imagePullPolicy;
      if (policy !== undefined && !['Always', 'IfNotPresent', 'Never'].includes(policy))
        errors.push({
          type: 'Unsupported value',
          field: `${at}.imagePullPolicy`,
          value: policy,
          detail: 'supported values: "Always", "IfNotPresent", "Never"'
        });
    });
  }
  return errors;
}

const WORKLOADS = ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'];

/** The kind's own validation of a create (no `existing`) or an update. */
export function validate(type: ResourceType, object: Obj, existing: Obj | undefined): FieldError[] {
  const name = String(object.metadata?.name ?? '');
  const errors = [...nameErrors(type, name), ...requiredFields(type, object)];
  const spec = object.spec;
  if (WORKLOADS.includes(type.kind) && spec) {
    const labels = spec.template?.metadata?.labels;
    if (spec.selector && Object.keys(spec.selector).length === 0)
      errors.push({
        type: 'Invalid value',
        field: 'spec.selector',
        value: 'v1.LabelSelector{}',
        detail: 'empty selector is invalid for deployment'
      });
    else if (spec.selector && spec.template && !matches(spec.selector, labels))
      errors.push({
        type: 'Invalid value',
        field: 'spec.template.metadata.labels',
        value: labels ?? {},
        detail: '`selector` does not match template `labels`'
      });
    if (typeof spec.replicas === 'number' && spec.replicas < 0)
      errors.push({
        type: 'Invalid value',
        field: 'spec.replicas',
        value: spec.replicas,
        detail: 'must be greater than or equal to 0'
      });
    errors.push(...podSpecErrors(spec.template?.spec, 'spec.template.spec'));
    if (existing && JSON.stringify(existing.spec?.selector) !== JSON.stringify(spec.selector))
      errors.push({
        type: 'Invalid value',
        field: 'spec.selector',
        value: `v1.LabelSelector{MatchLabels:${goValue(spec.selector?.matchLabels ?? {})}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`,
        detail: 'field is immutable'
      });
  }
  if (type.kind === 'Pod' && spec) errors.push(...podSpecErrors(spec, 'spec'));
  if (type.kind === 'Job' && spec) {
    errors.push(...podSpecErrors(spec.template?.spec, 'spec.template.spec'));
    const restart = spec.template?.spec?.restartPolicy;
    if (restart !== 'Never' && restart !== 'OnFailure')
      errors.push({
        type: restart === undefined ? 'Required value' : 'Unsupported value',
        field: 'spec.template.spec.restartPolicy',
        ...(restart === undefined ? {} : { value: restart }),
        detail: 'supported values: "OnFailure", "Never"'
      });
    if (existing && JSON.stringify(existing.spec?.template) !== JSON.stringify(spec.template))
      errors.push({
        type: 'Invalid value',
        field: 'spec.template',
        value: 'core.PodTemplateSpec{...}',
        detail: 'field is immutable'
      });
  }
  if (type.kind === 'Service' && spec) {
    if (spec.type !== 'ExternalName' && !(spec.ports ?? []).length && spec.clusterIP !== 'None')
      errors.push({ type: 'Required value', field: 'spec.ports' });
    const types = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
    if (spec.type !== undefined && !types.includes(spec.type))
      errors.push({
        type: 'Unsupported value',
        field: 'spec.type',
        value: spec.type,
        detail: 'supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"'
      });
  }
  if (type.kind === 'HorizontalPodAutoscaler' && spec) {
    const bound = (field: string, value: unknown, detail: string) =>
      errors.push({ type: 'Invalid value', field, value, detail });
    if (typeof spec.minReplicas === 'number' && spec.minReplicas < 1)
      bound('spec.minReplicas', spec.minReplicas, 'must be greater than or equal to 1');
    if (typeof spec.maxReplicas === 'number' && spec.maxReplicas < 1)
      bound('spec.maxReplicas', spec.maxReplicas, 'must be greater than or equal to 1');
    if (typeof spec.maxReplicas === 'number' && spec.maxReplicas < (spec.minReplicas ?? 1))
      bound('spec.maxReplicas', spec.maxReplicas, 'must be greater than or equal to `minReplicas`');
  }
  return errors;
}
