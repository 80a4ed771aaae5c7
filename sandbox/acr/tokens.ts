import { randomUUID } from 'node:crypto';
import { SignJWT, importPKCS8, importX509, jwtVerify, type JWTPayload } from 'jose';

type Key = Awaited<ReturnType<typeof importPKCS8>>;

/** A `repository:<name>:<actions>` grant, as the distribution registry reads it from the `access` claim. */
export interface Access {
  type: string;
  name: string;
  actions: string[];
}

export const acrIssuer = 'Azure Container Registry';

/**
 * ACR's two token kinds, signed with the sandbox's ECDSA key: the refresh token `/oauth2/exchange` hands out
 * (checked again by `/oauth2/token`), and the ES256 access token the registry verifies through the `x5c`
 * certificate listed in its `rootcertbundle`.
 */
export class AcrTokens {
  private constructor(
    private readonly privateKey: Key,
    private readonly publicKey: Key,
    private readonly x5c: string
  ) {}

  static async create(tls: { cert: string; key: string }): Promise<AcrTokens> {
    const x5c = tls.cert.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');
    return new AcrTokens(await importPKCS8(tls.key, 'ES256'), await importX509(tls.cert, 'ES256'), x5c);
  }

  refreshToken(claims: {
    service: string;
    objectId: string;
    tenantId: string;
    appId: string;
    nowSeconds: number;
  }): Promise<string> {
    return new SignJWT({
      version: '1.0',
      grant_type: 'refresh_token',
      tenant: claims.tenantId,
      appid: claims.appId,
      permissions: { actions: ['read', 'write'] }
    })
      .setProtectedHeader({ typ: 'JWT', alg: 'ES256', x5c: [this.x5c] })
      .setJti(randomUUID())
      .setSubject(claims.objectId)
      .setIssuer(acrIssuer)
      .setAudience(claims.service)
      .setIssuedAt(claims.nowSeconds)
      .setNotBefore(claims.nowSeconds)
      .setExpirationTime(claims.nowSeconds + 3 * 3600)
      .sign(this.privateKey);
  }

  /** The refresh token's claims when this service signed it for `service`; expiry on the sandbox clock. */
  async verifyRefreshToken(
    token: string,
    service: string,
    nowSeconds: number
  ): Promise<JWTPayload | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, {
        issuer: acrIssuer,
        audience: service,
        currentDate: new Date(nowSeconds * 1000)
      });
      return payload.grant_type === 'refresh_token' ? payload : undefined;
    } catch {
      return undefined;
    }
  }

  /** Checked by the registry process against the real time, so issued on the real time too. */
  accessToken(service: string, subject: string, access: Access[]): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ access, version: '1.0', grant_type: 'refresh_token' })
      .setProtectedHeader({ typ: 'JWT', alg: 'ES256', x5c: [this.x5c] })
      .setJti(randomUUID())
      .setSubject(subject)
      .setIssuer(acrIssuer)
      .setAudience(service)
      .setIssuedAt(now)
      .setNotBefore(now - 10)
      .setExpirationTime(now + 75 * 60)
      .sign(this.privateKey);
  }
}
