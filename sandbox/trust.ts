import { readFileSync } from 'node:fs';
import tls from 'node:tls';

const extraCas = new Set<string>();
let original: typeof tls.createSecureContext | undefined;

/**
 * Makes the current Node process trust the sandbox CA, as NODE_EXTRA_CA_CERTS does for a new process
 * (that variable is read only at start-up, and Node 20 has no tls.setDefaultCACertificates).
 *
 * Every TLS client in Node (https.request and the Agents the Azure SDK creates, global fetch/undici,
 * tls.connect) builds its context with tls.createSecureContext; when a caller passes no `ca` of its
 * own, this adds the sandbox CA to Node's bundled roots. Returns a function that removes it again.
 */
export function sandboxTrust(sandbox: { caCertPath: string } | string): () => void {
  const pem = readFileSync(typeof sandbox === 'string' ? sandbox : sandbox.caCertPath, 'utf8');
  extraCas.add(pem);
  if (!original) {
    const create = (original = tls.createSecureContext);
    tls.createSecureContext = (options?: tls.SecureContextOptions) =>
      create(
        options?.ca || extraCas.size === 0
          ? options
          : { ...options, ca: [...tls.rootCertificates, ...extraCas] }
      );
  }
  return () => {
    extraCas.delete(pem);
  };
}
