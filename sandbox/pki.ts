import { webcrypto } from 'node:crypto';
import type * as X509 from '@peculiar/x509';

/** The names every emulator answers to: the loopback address and the real service hosts reached through the proxy. */
export const SERVER_NAMES = [
  'localhost',
  'login.microsoftonline.com',
  'management.azure.com',
  'token.actions.githubusercontent.com',
  '*.azurecr.io',
  '*.azure-api.net',
  '*.azurecontainerapps.io'
];

export interface Pki {
  caPem: string;
  certPem: string;
  keyPem: string;
  /**
   * A client certificate signed by the CA, as kubeadm and kind issue an admin's: the subject's CN is the user, each O
   * a group (`system:masters`), for clientAuth only.
   */
  clientCertificate(
    commonName: string,
    organizations?: string[]
  ): Promise<{ certPem: string; keyPem: string }>;
}

type KeyPair = webcrypto.CryptoKeyPair;

const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

function pem(label: string, der: ArrayBuffer): string {
  const b64 = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${b64}${b64.endsWith('\n') ? '' : '\n'}-----END ${label}-----\n`;
}

/**
 * @peculiar/x509 resolves its services through tsyringe, which insists on a Reflect metadata API at load time.
 * The library emits no design-time metadata, so a small WeakMap store is all it needs (no reflect-metadata package).
 */
function ensureReflectMetadata(): void {
  const r = Reflect as unknown as Record<string, unknown>;
  if (typeof r.getMetadata === 'function') return;
  const store = new WeakMap<object, Map<unknown, unknown>>();
  const own = (target: object) => store.get(target) ?? store.set(target, new Map()).get(target)!;
  r.defineMetadata = (key: unknown, value: unknown, target: object) => own(target).set(key, value);
  r.getOwnMetadata = (key: unknown, target: object) => store.get(target)?.get(key);
  r.getMetadata = (key: unknown, target: object) => {
    for (let o: object | null = target; o; o = Object.getPrototypeOf(o) as object | null) {
      if (store.get(o)?.has(key)) return store.get(o)?.get(key);
    }
    return undefined;
  };
  r.metadata = (key: unknown, value: unknown) => (target: object) => own(target).set(key, value);
}

/** Generates a CA and one server certificate for every emulator (ECDSA P-256), valid from yesterday for a year. */
/** `extraNames`: more DNS names the certificate covers (e.g. `*.<env domain>` of the world's Container Apps). */
export async function createPki(extraNames: string[] = []): Promise<Pki> {
  ensureReflectMetadata();
  const x509: typeof X509 = await import('@peculiar/x509');
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const gen = async () => (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as KeyPair;
  // x509 is typed against the DOM's CryptoKey, which is Node's webcrypto.CryptoKey at run time.
  type X509Keys = Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0]['keys'];
  const caKeys = (await gen()) as unknown as X509Keys;
  const leafKeys = (await gen()) as unknown as X509Keys;
  const notBefore = new Date(Date.now() - 86_400_000);
  const notAfter = new Date(Date.now() + 365 * 86_400_000);
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=MusafirGO Sandbox CA, O=MusafirGO',
    notBefore,
    notAfter,
    keys: caKeys,
    signingAlgorithm: alg,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey)
    ]
  });
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: '02',
    subject: 'CN=localhost, O=MusafirGO Sandbox',
    issuer: ca.subject,
    notBefore,
    notAfter,
    publicKey: leafKeys.publicKey,
    signingKey: caKeys.privateKey,
    signingAlgorithm: alg,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        ...[...new Set([...SERVER_NAMES, ...extraNames])].map(value => ({ type: 'dns' as const, value })),
        { type: 'ip', value: '127.0.0.1' }
      ]),
      await x509.SubjectKeyIdentifierExtension.create(leafKeys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca)
    ]
  });
  const keyDer = await webcrypto.subtle.exportKey(
    'pkcs8',
    leafKeys.privateKey as unknown as webcrypto.CryptoKey
  );
  let serial = 16;
  const clientCertificate = async (commonName: string, organizations: string[] = []) => {
    const keys = (await gen()) as unknown as X509Keys;
    const escape = (value: string) => value.replace(/[,+"\\<>;=]/g, '\\$&');
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: (serial++).toString(16).padStart(2, '0'),
      subject: [`CN=${escape(commonName)}`, ...organizations.map(o => `O=${escape(o)}`)].join(', '),
      issuer: ca.subject,
      notBefore,
      notAfter,
      publicKey: keys.publicKey,
      signingKey: caKeys.privateKey,
      signingAlgorithm: alg,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth]),
        await x509.AuthorityKeyIdentifierExtension.create(ca)
      ]
    });
    const der = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey as unknown as webcrypto.CryptoKey);
    return { certPem: cert.toString('pem') + '\n', keyPem: pem('PRIVATE KEY', der) };
  };
  return {
    caPem: ca.toString('pem') + '\n',
    certPem: leaf.toString('pem') + '\n',
    keyPem: pem('PRIVATE KEY', keyDer),
    clientCertificate
  };
}
