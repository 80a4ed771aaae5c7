// How the document reaches API Management: inline in the request (up to 4 MB), or by link, which API Management
// downloads itself from Azure's network. Decided, and every link checked, before anything is written.
import { ConfigurationError } from '../shared/errors.js';
import { formatBytes } from '../shared/files.js';
import { parseYamlInput } from '../shared/yaml-input.js';
import { quoted } from '../shared/inputs.js';
import { SpecError, canonicalJson, downloadDocument, externalRefs, type LoadedSpec } from './spec.js';

/** "Up to 4 MB when an OpenAPI specification is imported inline" (read as MiB: the page does not say which). */
export const INLINE_LIMIT_BYTES = 4 * 1024 * 1024;

export type ImportFormat =
  'openapi+json' | 'swagger-json' | 'openapi-link' | 'openapi+json-link' | 'swagger-link-json';

export interface ImportPlan {
  format: ImportFormat;
  /** The document (inline) or its URL (link). */
  value: string;
  mode: 'inline' | 'link';
  /** Bytes of the document as API Management reads it. */
  bytes: number;
}

/** Hosts that only mean something on the runner's own network: API Management, in Azure, cannot reach them. */
export function unreachableFromAzure(url: URL): string | undefined {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || /\.(localhost|local|internal|svc|lan|home|corp)$/.test(host)) {
    return `'${host}' is a name of a private network`;
  }
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    if (a === 127 || a === 0) return `${host} is the machine's own address`;
    if (
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    )
      return `${host} is a private address`;
    if (a === 169 && b === 254) return `${host} is a link-local address`;
  }
  if (host.includes(':')) {
    if (host === '::1' || host === '::') return `${host} is the machine's own address`;
    if (/^f[cd]|^fe[89ab]/.test(host)) return `${host} is a private address`;
  }
  if (!host.includes('.') && !host.includes(':'))
    return `'${host}' is a single-label name, resolved only on its own network`;
  return undefined;
}

/** Refuses, by the input's name, a URL API Management could never download. */
export function requireReachable(input: string, value: string): void {
  const reason = unreachableFromAzure(new URL(value));
  if (reason) {
    throw new ConfigurationError(
      `input '${input}': API Management downloads ${quoted(value)} itself, from Azure's network, and cannot reach it (${reason}); give a public URL that needs no credentials, or the file itself (inline up to 4 MB)`
    );
  }
}

const linkFormat = (spec: Pick<LoadedSpec, 'kind' | 'writtenAsJson'>): ImportFormat =>
  spec.kind === 'swagger-2.0'
    ? 'swagger-link-json'
    : spec.writtenAsJson
      ? 'openapi+json-link'
      : 'openapi-link';

/**
 * Inline when the document fits, by link when it is at a URL (given as `spec`, or as `spec-link` for a file over
 * the inline limit, checked to serve the same document); refused with its size and the fix when neither can.
 */
export async function planImport(
  spec: LoadedSpec,
  inputs: { spec: string; specLink?: string },
  log: (line: string) => void = () => undefined
): Promise<ImportPlan> {
  if (spec.source === 'url') {
    requireReachable('spec', spec.location);
    if (spec.kind === 'swagger-2.0' && !spec.writtenAsJson) {
      throw new SpecError(spec.location, [
        {
          pointer: '',
          rule: 'swagger-json-only',
          message:
            'API Management imports Swagger 2.0 by link from JSON only, and this document is YAML; publish it as JSON, or give the file (sent inline as JSON)'
        }
      ]);
    }
    return { format: linkFormat(spec), value: spec.location, mode: 'link', bytes: spec.json.length };
  }
  const bytes = Buffer.byteLength(spec.json);
  if (bytes <= INLINE_LIMIT_BYTES) {
    if (inputs.specLink) log(`The document is ${formatBytes(bytes)}: sent inline, 'spec-link' is not needed`);
    return {
      format: spec.kind === 'swagger-2.0' ? 'swagger-json' : 'openapi+json',
      value: spec.json,
      mode: 'inline',
      bytes
    };
  }
  if (!inputs.specLink) {
    throw new SpecError(spec.location, [
      {
        pointer: '',
        rule: 'inline-size',
        message: `the document is ${formatBytes(bytes)} as API Management reads it, over the 4 MB it takes inline; publish it where API Management can download it (a public URL that needs no credentials) and give that URL as 'spec-link', or as 'spec'`
      }
    ]);
  }
  requireReachable('spec-link', inputs.specLink);
  const text = await downloadDocument('spec-link', inputs.specLink);
  const linked = parseYamlInput('spec-link', { path: inputs.specLink, text });
  if (externalRefs(linked).length > 0) {
    throw new ConfigurationError(
      `input 'spec-link': the document at ${quoted(inputs.specLink)} refers to other files, which API Management does not follow; publish the bundled document (one file)`
    );
  }
  if (canonicalJson(linked) !== canonicalJson(spec.document)) {
    throw new ConfigurationError(
      `input 'spec-link': the document at ${quoted(inputs.specLink)} is not the one in 'spec' ${quoted(inputs.spec)}${spec.bundled ? ' (bundled with its external references)' : ''}; publish this commit's document there, or point 'spec-link' at it`
    );
  }
  log(
    `The document is ${formatBytes(bytes)}, over the 4 MB API Management takes inline: imported by link from ${inputs.specLink}`
  );
  return {
    format: linkFormat({ kind: spec.kind, writtenAsJson: /^\s*[{[]/.test(text) }),
    value: inputs.specLink,
    mode: 'link',
    bytes
  };
}
