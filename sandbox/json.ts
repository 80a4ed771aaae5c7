// JSON as the emulators handle it: request and resource bodies, and the merge patch ARM and Kubernetes share.

export type JsonObject = Record<string, unknown>;

/** An object, not an array or null. */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * JSON merge patch (RFC 7396), as Kubernetes' `application/merge-patch+json` and ARM's PATCH apply it: objects
 * merge, `null` deletes, arrays and scalars replace.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isJsonObject(patch)) return structuredClone(patch);
  const result: JsonObject = isJsonObject(target) ? structuredClone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
