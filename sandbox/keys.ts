import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';

/** An RS256 signing key with its public JWK, as token issuers publish them. */
export interface SigningKey {
  kid: string;
  jwk: JWK;
  sign(payload: JWTPayload, header?: Record<string, unknown>): Promise<string>;
}

export async function createSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const exported = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(exported);
  const jwk: JWK = { kty: 'RSA', alg: 'RS256', use: 'sig', kid, x5t: kid, n: exported.n, e: exported.e };
  return {
    kid,
    jwk,
    sign: (payload, header = {}) =>
      new SignJWT(payload)
        .setProtectedHeader({ typ: 'JWT', alg: 'RS256', x5t: kid, kid, ...header })
        .sign(privateKey)
  };
}
