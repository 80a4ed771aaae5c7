import { ConfigurationError } from '../shared/errors.js';
import {
  boundedDuration,
  getOptionalInput,
  getRequiredInput,
  parseList,
  quoted,
  requireOneOf
} from '../shared/inputs.js';
import { parseImageReference, type ImageReference } from '../shared/registry.js';

export const methods = ['auto', 'mount', 'import', 'copy'] as const;
export type Method = (typeof methods)[number];

export interface Inputs {
  /** The image to promote, by digest (preferred) or by tag. */
  source: ImageReference;
  /** registry/repository to promote into. */
  target: ImageReference;
  /** Tags to set in the target; by default the source's tag, when it was given by tag. */
  tags: string[];
  method: Method;
  /** How long ARM's importImage operation may run. */
  timeoutMs: number;
}

export function getInputs(): Inputs {
  const source = parseImageReference(
    getRequiredInput('source', 'the image to promote, e.g. myregistry.azurecr.io/itinerary@sha256:…'),
    'source'
  );
  if (!source.tag && !source.digest) {
    throw new ConfigurationError(
      `input 'source' must name an image by digest (…@sha256:…) or by tag, not only a repository (${quoted(`${source.registry}/${source.repository}`)})`
    );
  }
  const target = parseImageReference(
    getRequiredInput('target', 'the repository to promote into, e.g. myprodregistry.azurecr.io/itinerary'),
    'target'
  );
  if (target.tag || target.digest) {
    throw new ConfigurationError(
      `input 'target' must be a repository without tag or digest (${quoted(`${target.registry}/${target.repository}`)}); put tags in 'tags'`
    );
  }
  const tags = parseList(getOptionalInput('tags') ?? source.tag, { commas: true });
  for (const tag of tags) {
    if (!/^[\w][\w.-]{0,127}$/.test(tag)) {
      throw new ConfigurationError(
        `input 'tags' has an invalid tag ${quoted(tag)} (letters, digits, _ . -, at most 128)`
      );
    }
  }
  const method = requireOneOf('method', getOptionalInput('method') ?? 'auto', methods);
  if (method === 'mount' && source.registry !== target.registry) {
    throw new ConfigurationError(
      `method 'mount' works within one registry; ${source.registry} and ${target.registry} differ (use import or copy)`
    );
  }
  const timeout = getOptionalInput('timeout') ?? '10m';
  const timeoutMs = boundedDuration('timeout', timeout, 1000);
  return { source, target, tags, method, timeoutMs };
}
