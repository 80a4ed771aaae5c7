import type { Obj } from './model.js';

/** The media type client-go's typed clients send built-in objects in (Helm stores releases with it). */
export const PROTOBUF = 'application/vnd.kubernetes.protobuf';
const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]); // "k8s\0"

type Field = { number: number; wire: number; value: bigint | Buffer };

function fields(bytes: Buffer): Field[] {
  const out: Field[] = [];
  let at = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (at >= bytes.length) throw new Error('truncated varint');
      const byte = bytes[at++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return result;
      shift += 7n;
    }
  };
  while (at < bytes.length) {
    const tag = Number(varint());
    const number = tag >> 3;
    const wire = tag & 7;
    if (wire === 0) out.push({ number, wire, value: varint() });
    else if (wire === 2) {
      const length = Number(varint());
      if (at + length > bytes.length) throw new Error('truncated field');
      out.push({ number, wire, value: bytes.subarray(at, at + length) });
      at += length;
    } else if (wire === 1) {
      out.push({ number, wire, value: bytes.subarray(at, at + 8) });
      at += 8;
    } else if (wire === 5) {
      out.push({ number, wire, value: bytes.subarray(at, at + 4) });
      at += 4;
    } else throw new Error(`unsupported wire type ${wire}`);
  }
  return out;
}

const text = (f: Field) => (f.value as Buffer).toString('utf8');

/** A `map<string, V>` entry (key = 1, value = 2). */
function entry(f: Field, value: (v: Buffer) => string): [string, string] {
  let key = '';
  let result = '';
  for (const e of fields(f.value as Buffer)) {
    if (e.number === 1) key = text(e);
    if (e.number === 2) result = value(e.value as Buffer);
  }
  return [key, result];
}

/** `k8s.io.apimachinery.pkg.apis.meta.v1.ObjectMeta`: the fields a client sends on create or update. */
function objectMeta(bytes: Buffer): Obj {
  const meta: Obj = {};
  const labels: Record<string, string> = {};
  const annotations: Record<string, string> = {};
  const finalizers: string[] = [];
  for (const f of fields(bytes)) {
    if (f.number === 1) meta.name = text(f);
    else if (f.number === 2) meta.generateName = text(f);
    else if (f.number === 3) meta.namespace = text(f);
    else if (f.number === 5) meta.uid = text(f);
    else if (f.number === 6) meta.resourceVersion = text(f);
    else if (f.number === 11)
      labels[entry(f, v => v.toString('utf8'))[0]] = entry(f, v => v.toString('utf8'))[1];
    else if (f.number === 12) {
      const [k, v] = entry(f, b => b.toString('utf8'));
      annotations[k] = v;
    } else if (f.number === 14) finalizers.push(text(f));
  }
  for (const key of ['name', 'generateName', 'namespace', 'uid', 'resourceVersion'])
    if (meta[key] === '') delete meta[key];
  if (Object.keys(labels).length) meta.labels = labels;
  if (Object.keys(annotations).length) meta.annotations = annotations;
  if (finalizers.length) meta.finalizers = finalizers;
  return meta;
}

/** `Secret`: metadata = 1, data = 2 (bytes, sent as base64 in JSON), type = 3, stringData = 4, immutable = 5. */
function secret(bytes: Buffer): Obj {
  const object: Obj = { apiVersion: 'v1', kind: 'Secret' };
  const data: Record<string, string> = {};
  const stringData: Record<string, string> = {};
  for (const f of fields(bytes)) {
    if (f.number === 1) object.metadata = objectMeta(f.value as Buffer);
    else if (f.number === 2) {
      const [k, v] = entry(f, b => b.toString('base64'));
      data[k] = v;
    } else if (f.number === 3) object.type = text(f);
    else if (f.number === 4) {
      const [k, v] = entry(f, b => b.toString('utf8'));
      stringData[k] = v;
    } else if (f.number === 5) object.immutable = f.value !== 0n;
  }
  if (Object.keys(data).length) object.data = data;
  if (Object.keys(stringData).length) object.stringData = stringData;
  return object;
}

/** `ConfigMap`: metadata = 1, data = 2, binaryData = 3, immutable = 4. */
function configMap(bytes: Buffer): Obj {
  const object: Obj = { apiVersion: 'v1', kind: 'ConfigMap' };
  const data: Record<string, string> = {};
  const binaryData: Record<string, string> = {};
  for (const f of fields(bytes)) {
    if (f.number === 1) object.metadata = objectMeta(f.value as Buffer);
    else if (f.number === 2) {
      const [k, v] = entry(f, b => b.toString('utf8'));
      data[k] = v;
    } else if (f.number === 3) {
      const [k, v] = entry(f, b => b.toString('base64'));
      binaryData[k] = v;
    } else if (f.number === 4) object.immutable = f.value !== 0n;
  }
  if (Object.keys(data).length) object.data = data;
  if (Object.keys(binaryData).length) object.binaryData = binaryData;
  return object;
}

/** `Namespace`: metadata = 1, spec = 2 (finalizers = 1, repeated); its status (3) is the server's. */
function namespace(bytes: Buffer): Obj {
  const object: Obj = { apiVersion: 'v1', kind: 'Namespace' };
  for (const f of fields(bytes)) {
    if (f.number === 1) object.metadata = objectMeta(f.value as Buffer);
    else if (f.number === 2) {
      const finalizers = fields(f.value as Buffer)
        .filter(g => g.number === 1)
        .map(text);
      object.spec = finalizers.length ? { finalizers } : {};
    }
  }
  return object;
}

/** A message of string fields by number (ResourceAttributes, NonResourceAttributes). */
function strings(bytes: Buffer, names: Record<number, string>): Obj {
  const out: Obj = {};
  for (const f of fields(bytes)) if (names[f.number] && f.wire === 2) out[names[f.number]!] = text(f);
  return out;
}

/**
 * `SelfSubjectAccessReview` (kubectl auth can-i): metadata = 1, spec = 2 with resourceAttributes = 1 (namespace,
 * verb, group, version, resource, subresource, name = 1..7) or nonResourceAttributes = 2 (path = 1, verb = 2).
 */
function selfSubjectAccessReview(bytes: Buffer): Obj {
  const object: Obj = { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', spec: {} };
  for (const f of fields(bytes)) {
    if (f.number === 1) object.metadata = objectMeta(f.value as Buffer);
    if (f.number !== 2) continue;
    for (const g of fields(f.value as Buffer)) {
      if (g.number === 1)
        object.spec.resourceAttributes = strings(g.value as Buffer, {
          1: 'namespace',
          2: 'verb',
          3: 'group',
          4: 'version',
          5: 'resource',
          6: 'subresource',
          7: 'name'
        });
      if (g.number === 2)
        object.spec.nonResourceAttributes = strings(g.value as Buffer, { 1: 'path', 2: 'verb' });
    }
  }
  return object;
}

/** A kind whose body carries nothing the server reads but its metadata (SelfSubjectReview, SelfSubjectRulesReview). */
const metadataOnly = (apiVersion: string, kind: string) => (bytes: Buffer) => {
  const object: Obj = { apiVersion, kind };
  for (const f of fields(bytes)) if (f.number === 1) object.metadata = objectMeta(f.value as Buffer);
  return object;
};

const decoders: Record<string, (bytes: Buffer) => Obj> = {
  'authorization.k8s.io/v1/SelfSubjectAccessReview': selfSubjectAccessReview,
  'authorization.k8s.io/v1/SelfSubjectRulesReview': metadataOnly(
    'authorization.k8s.io/v1',
    'SelfSubjectRulesReview'
  ),
  'authentication.k8s.io/v1/SelfSubjectReview': metadataOnly('authentication.k8s.io/v1', 'SelfSubjectReview'),
  'v1/Secret': secret,
  'v1/ConfigMap': configMap,
  'v1/Namespace': namespace
};

/**
 * A protobuf-encoded object as JSON: the `k8s\0` magic, then `runtime.Unknown` (typeMeta = 1 with apiVersion = 1
 * and kind = 2, raw = 2). The sandbox decodes the kinds clients send this way (Secrets and ConfigMaps of typed
 * clients such as Helm's release storage, kubectl create namespace); another kind throws.
 */
export function decodeProtobuf(body: Buffer): Obj {
  if (!body.subarray(0, 4).equals(MAGIC))
    throw new Error('the body does not start with the k8s protobuf magic');
  let apiVersion = '';
  let kind = '';
  let raw: Buffer = Buffer.alloc(0);
  for (const f of fields(body.subarray(4))) {
    if (f.number === 1) {
      for (const t of fields(f.value as Buffer)) {
        if (t.number === 1) apiVersion = text(t);
        if (t.number === 2) kind = text(t);
      }
    } else if (f.number === 2) raw = f.value as Buffer;
  }
  const decode = decoders[`${apiVersion}/${kind}`];
  if (!decode)
    throw new Error(`the sandbox does not decode ${apiVersion}/${kind} from protobuf; send it as JSON`);
  return decode(raw);
}
