import { isJsonObject } from '../json.js';
import type { Obj } from './model.js';

/**
 * The patch strategy of a list field of the built-in kinds the sandbox serves (Deployment, ReplicaSet, Pod,
 * Service, ConfigMap, Secret, Namespace), from the `patchStrategy`/`patchMergeKey` tags of k8s.io/api:
 * a merge key for lists of objects, `merge` for primitive lists that union, undefined for lists that replace.
 */
function listStrategy(path: string[]): { mergeKey?: string } | undefined {
  const field = path[path.length - 1]!;
  const inContainer = path.some(p => ['containers', 'initContainers', 'ephemeralContainers'].includes(p));
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'volumes':
    case 'imagePullSecrets':
    case 'resourceClaims':
    case 'schedulingGates':
    case 'env':
      return { mergeKey: 'name' };
    case 'ports':
      // ContainerPort by containerPort, ServicePort by port.
      return { mergeKey: inContainer ? 'containerPort' : 'port' };
    case 'volumeMounts':
      return { mergeKey: 'mountPath' };
    case 'volumeDevices':
      return { mergeKey: 'devicePath' };
    case 'hostAliases':
      return { mergeKey: 'ip' };
    case 'topologySpreadConstraints':
      return { mergeKey: 'topologyKey' };
    case 'ownerReferences':
      return { mergeKey: 'uid' };
    case 'conditions':
      return { mergeKey: 'type' };
    case 'finalizers':
      return {};
    default:
      return undefined;
  }
}

export class PatchError extends Error {}

const SET_ORDER = '$setElementOrder/';
const DELETE_PRIMITIVE = '$deleteFromPrimitiveList/';

/**
 * Strategic merge patch (`application/strategic-merge-patch+json`), as the API server applies it to built-in
 * kinds: maps merge recursively and `null` deletes a key; lists of objects merge by their patch merge key
 * (containers and env by name, container ports by containerPort, service ports by port, ...), lists without a
 * strategy are replaced; directives `$patch: replace|delete|merge` (on maps and list elements),
 * `$setElementOrder/<list>`, `$deleteFromPrimitiveList/<list>` and `$retainKeys`.
 */
export function strategicMergePatch(original: Obj, patch: Obj): Obj {
  const result = mergeMap(original, patch, []);
  return result ?? {};
}

function mergeMap(original: unknown, patch: Obj, path: string[]): Obj | undefined {
  const directive = patch['$patch'];
  if (directive === 'delete') return undefined;
  if (directive === 'replace') return clean(patch) as Obj;
  if (directive !== undefined && directive !== 'merge')
    throw new PatchError(`unknown patch type: ${String(directive)} in map at ${path.join('.') || '.'}`);
  const result: Obj = isJsonObject(original) ? structuredClone(original) : {};
  const orders: Array<[string, unknown[]]> = [];
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$patch' || key === '$retainKeys') continue;
    if (key.startsWith(SET_ORDER)) {
      orders.push([key.slice(SET_ORDER.length), value as unknown[]]);
      continue;
    }
    if (key.startsWith(DELETE_PRIMITIVE)) {
      const field = key.slice(DELETE_PRIMITIVE.length);
      const remove = new Set((value as unknown[]).map(v => JSON.stringify(v)));
      if (Array.isArray(result[field]))
        result[field] = (result[field] as unknown[]).filter(v => !remove.has(JSON.stringify(v)));
      continue;
    }
    if (value === null) {
      delete result[key];
      continue;
    }
    const childPath = [...path, key];
    if (isJsonObject(value)) {
      const merged = mergeMap(result[key], value, childPath);
      if (merged === undefined) delete result[key];
      else result[key] = merged;
    } else if (Array.isArray(value)) {
      result[key] = mergeList(result[key], value, childPath);
    } else {
      result[key] = value;
    }
  }
  for (const [field, order] of orders) {
    if (Array.isArray(result[field]))
      result[field] = reorder(result[field] as unknown[], order, listStrategy([...path, field])?.mergeKey);
  }
  if (Array.isArray(patch['$retainKeys'])) {
    const keep = new Set(patch['$retainKeys'] as string[]);
    for (const key of Object.keys(result)) if (!keep.has(key)) delete result[key];
  }
  return result;
}

function mergeList(original: unknown, patch: unknown[], path: string[]): unknown[] {
  const strategy = listStrategy(path);
  const replace = patch.some(v => isJsonObject(v) && v['$patch'] === 'replace');
  if (replace) return patch.filter(v => !(isJsonObject(v) && v['$patch'] === 'replace')).map(clean);
  if (!strategy || !Array.isArray(original)) {
    return patch.filter(v => !(isJsonObject(v) && v['$patch'] === 'delete')).map(clean);
  }
  const { mergeKey } = strategy;
  if (!mergeKey) {
    // A primitive list with the merge strategy (finalizers): union, original order first.
    const result = structuredClone(original);
    for (const v of patch) if (!result.some(o => JSON.stringify(o) === JSON.stringify(v))) result.push(v);
    return result;
  }
  const result = structuredClone(original) as unknown[];
  for (const element of patch) {
    if (!isJsonObject(element))
      throw new PatchError(`${path.join('.')}: a list merged by ${mergeKey} holds a non-object`);
    if (!(mergeKey in element))
      throw new PatchError(
        `map: ${JSON.stringify(element)} does not contain declared merge key: ${mergeKey}`
      );
    const at = result.findIndex(o => isJsonObject(o) && o[mergeKey] === element[mergeKey]);
    if (element['$patch'] === 'delete') {
      if (at >= 0) result.splice(at, 1);
      continue;
    }
    const merged = mergeMap(at >= 0 ? result[at] : undefined, element, path);
    if (at >= 0) result[at] = merged;
    else result.push(merged);
  }
  return result;
}

/** `$setElementOrder`: the listed elements in the patch's order; elements only the server has keep their place. */
function reorder(list: unknown[], order: unknown[], mergeKey: string | undefined): unknown[] {
  const id = (v: unknown) => JSON.stringify(mergeKey && isJsonObject(v) ? v[mergeKey] : v);
  const rank = new Map(order.map((v, i) => [id(v), i]));
  const ordered = list.filter(v => rank.has(id(v))).sort((a, b) => rank.get(id(a))! - rank.get(id(b))!);
  const result: unknown[] = [];
  let next = 0;
  for (const v of list) result.push(rank.has(id(v)) ? ordered[next++] : v);
  return result;
}

/** A value from a patch with its directives and nulls removed, as a new element or a replaced map. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (!isJsonObject(value)) return value;
  const result: Obj = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$patch' || key === '$retainKeys' || key.startsWith('$') || v === null) continue;
    result[key] = clean(v);
  }
  return result;
}
