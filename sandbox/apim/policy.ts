// API Management policy documents: just enough XML to read `<policies>` with its four sections, and the
// policies the sandbox gateway applies (set-header, mock-response, rate-limit, set-backend-service, base).
import { ArmError } from '../arm.js';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : entities[name.toLowerCase()]!
  );

/** Parses well-formed XML elements (no DTD); throws with the offset of the first problem. */
export function parseXml(source: string): XmlElement {
  const text = source.replace(/<\?xml[^>]*\?>/, '');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const token =
    /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\/\s*([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(text))) {
    const [, cdata, close, open, attrs, selfClose, chars, stray] = match;
    const top = stack[stack.length - 1]!;
    if (stray) throw new Error(`unexpected '<' at offset ${match.index}`);
    if (cdata !== undefined) top.text += cdata;
    else if (chars !== undefined) top.text += decode(chars);
    else if (close) {
      if (top.name !== close)
        throw new Error(`'</${close}>' at offset ${match.index} closes '<${top.name}>'`);
      stack.pop();
    } else if (open) {
      const attributes: Record<string, string> = {};
      for (const [, name, value] of (attrs ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attributes[name!] = decode(value ?? '');
      }
      const element: XmlElement = { name: open, attributes, children: [], text: '' };
      top.children.push(element);
      if (!selfClose) stack.push(element);
    }
  }
  if (stack.length > 1) throw new Error(`'<${stack[stack.length - 1]!.name}>' is never closed`);
  const elements = root.children;
  if (elements.length !== 1 || root.text.trim()) throw new Error('a document has exactly one root element');
  return elements[0]!;
}

export type Section = 'inbound' | 'backend' | 'outbound' | 'on-error';
export type PolicyDocument = Record<Section, XmlElement[]>;

const known = new Set([
  'base',
  'set-header',
  'mock-response',
  'rate-limit',
  'rate-limit-by-key',
  'set-backend-service',
  'forward-request',
  'cors',
  'set-query-parameter',
  'return-response',
  'check-header',
  'quota',
  'validate-content',
  'cache-lookup',
  'cache-store'
]);

/** Reads a `rawxml` policy as APIM does, refusing what it would refuse (in ARM's ValidationError form). */
export function parsePolicy(xml: string): PolicyDocument {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    throw new ArmError(
      400,
      'ValidationError',
      `The policy document is not well-formed XML: ${(error as Error).message}`
    );
  }
  if (root.name !== 'policies') {
    throw new ArmError(
      400,
      'ValidationError',
      `The root element of a policy document must be 'policies', not '${root.name}'`
    );
  }
  const doc: PolicyDocument = { inbound: [], backend: [], outbound: [], 'on-error': [] };
  for (const section of root.children) {
    if (!(section.name in doc)) {
      throw new ArmError(400, 'ValidationError', `Element '${section.name}' is not allowed under 'policies'`);
    }
    for (const policy of section.children) {
      if (!known.has(policy.name)) {
        throw new ArmError(
          400,
          'ValidationError',
          `Unrecognized policy '${policy.name}' in section '${section.name}'`
        );
      }
    }
    doc[section.name as Section] = section.children;
  }
  return doc;
}

/** The policies of a section as they run: the operation's, with `<base />` replaced by the API's. */
export function effective(section: Section, api?: PolicyDocument, operation?: PolicyDocument): XmlElement[] {
  const apiPolicies = (api?.[section] ?? []).filter(p => p.name !== 'base');
  if (!operation) return apiPolicies;
  return operation[section].flatMap(p => (p.name === 'base' ? apiPolicies : [p]));
}
