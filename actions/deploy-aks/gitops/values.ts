import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { ConfigurationError } from '../../shared/errors.js';

/** The image a values file names under its image key: `<key>.repository` and `<key>.digest`. */
export interface ValuesImage {
  repository?: string;
  digest?: string;
}

function parse(text: string, file: string): Document {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length) {
    throw new ConfigurationError(`${file} is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new ConfigurationError(`${file} must hold a YAML mapping (Helm values), not a list or a scalar`);
  }
  return doc;
}

function scalarAt(doc: Document, path: string[], file: string): string | undefined {
  const node = doc.getIn(path, true);
  if (node === undefined || node === null) return undefined;
  if (!isScalar(node))
    throw new ConfigurationError(`${file}: ${path.join('.')} must be a string, not a mapping or a list`);
  return node.value === null || node.value === undefined ? undefined : String(node.value);
}

/** The image the values file holds now. */
export function readImage(text: string, key: string[], file: string): ValuesImage {
  const doc = parse(text, file);
  const parent = doc.getIn(key, true);
  if (parent !== undefined && parent !== null && !isMap(parent))
    throw new ConfigurationError(`${file}: ${key.join('.')} must be a mapping with repository and digest`);
  return {
    repository: scalarAt(doc, [...key, 'repository'], file),
    digest: scalarAt(doc, [...key, 'digest'], file)
  };
}

/**
 * Sets `<key>.repository` and `<key>.digest`, keeping every comment, the order of keys and the formatting of
 * the rest of the file; returns the new text and what the file held before.
 */
export function setImage(
  text: string,
  key: string[],
  image: Required<ValuesImage>,
  file: string
): { text: string; previous: ValuesImage; changed: boolean } {
  const previous = readImage(text, key, file);
  if (previous.repository === image.repository && previous.digest === image.digest)
    return { text, previous, changed: false };
  const doc = parse(text, file);
  const nodes = (['repository', 'digest'] as const).map(field => ({
    field,
    value: image[field],
    node: doc.getIn([...key, field], true)
  }));
  if (nodes.every(({ node }) => isScalar(node) && node.range)) {
    // Replace only the characters of each value, so comments, spacing and quoting of the file stay as they were.
    let edited = text;
    for (const { node, value } of [...nodes].sort((a, b) => rangeOf(b.node)[0] - rangeOf(a.node)[0])) {
      const [start, end] = rangeOf(node);
      const type = isScalar(node) ? node.type : undefined;
      const quote = type === 'QUOTE_SINGLE' ? "'" : type === 'QUOTE_DOUBLE' ? '"' : '';
      edited = `${edited.slice(0, start)}${quote}${value}${quote}${edited.slice(end)}`;
    }
    return { text: edited, previous, changed: true };
  }
  // A key the file lacks: added through the document, which keeps comments but may respace the file.
  for (const { field, node, value } of nodes) {
    if (isScalar(node)) node.value = value;
    else doc.setIn([...key, field], value);
  }
  return { text: doc.toString({ lineWidth: 0 }), previous, changed: true };
}

function rangeOf(node: unknown): [number, number] {
  const range = (node as { range?: [number, number, number] }).range;
  return range ? [range[0], range[1]] : [0, 0];
}
