// JSON Patch (RFC 6902), the `application/json-patch+json` PATCH of the Kubernetes API: what `kubectl rollout
// undo` sends to put a Deployment's template back, and what `kubectl patch --type json` sends.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: unknown;
  from?: string;
}

/** `/a/b~1c/0` → ['a', 'b/c', '0'] (RFC 6901). */
function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new Error(`the JSON pointer "${path}" does not start with /`);
  return path
    .slice(1)
    .split('/')
    .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(document: Json, parts: string[], path: string): { parent: Json; last: string } {
  let at = document;
  for (const part of parts.slice(0, -1)) {
    at = Array.isArray(at) ? at[Number(part)] : at?.[part];
    if (at === undefined || at === null || typeof at !== 'object')
      throw new Error(`doc is missing path: "${path}"`);
  }
  return { parent: at, last: parts.at(-1)! };
}

function get(document: Json, path: string): Json {
  let at = document;
  for (const part of pointer(path)) {
    at = Array.isArray(at) ? at[Number(part)] : at?.[part];
    if (at === undefined) throw new Error(`doc is missing path: "${path}"`);
  }
  return at;
}

function add(document: Json, path: string, value: unknown): Json {
  const parts = pointer(path);
  if (parts.length === 0) return structuredClone(value);
  const { parent, last } = parentOf(document, parts, path);
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length)
      throw new Error(`add operation does not apply: index ${last} is out of bounds in "${path}"`);
    parent.splice(index, 0, structuredClone(value));
  } else parent[last] = structuredClone(value);
  return document;
}

function remove(document: Json, path: string): Json {
  const parts = pointer(path);
  const { parent, last } = parentOf(document, parts, path);
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (!(index >= 0 && index < parent.length)) throw new Error(`doc is missing path: "${path}"`);
    parent.splice(index, 1);
  } else {
    if (!(last in parent)) throw new Error(`doc is missing path: "${path}"`);
    delete parent[last];
  }
  return document;
}

/** Applies the operations in order to a copy of `document`; any failing operation fails the whole patch. */
export function jsonPatch(document: Json, operations: unknown): Json {
  if (!Array.isArray(operations)) throw new Error('a JSON patch must be a list of operations');
  let result = structuredClone(document);
  for (const raw of operations as JsonPatchOperation[]) {
    const { op, path } = raw;
    if (typeof path !== 'string') throw new Error(`the operation ${JSON.stringify(raw)} has no path`);
    switch (op) {
      case 'add':
        result = add(result, path, raw.value);
        break;
      case 'remove':
        result = remove(result, path);
        break;
      case 'replace':
        if (path === '') {
          result = structuredClone(raw.value);
          break;
        }
        get(result, path);
        result = add(remove(result, path), path, raw.value);
        break;
      case 'move': {
        const value = get(result, raw.from ?? '');
        result = add(remove(result, raw.from ?? ''), path, value);
        break;
      }
      case 'copy':
        result = add(result, path, get(result, raw.from ?? ''));
        break;
      case 'test':
        if (JSON.stringify(get(result, path)) !== JSON.stringify(raw.value))
          throw new Error(`testing value ${path} failed`);
        break;
      default:
        throw new Error(`Unexpected kind: ${String(op)}`);
    }
  }
  return result;
}
