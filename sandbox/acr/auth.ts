// ACR's token service, as /oauth2/exchange and /oauth2/token answer it: an Entra access token (of an identity with
// a data role on the registry) exchanged for an ACR refresh token, then access tokens that carry only the
// repository actions the identity's roles allow, signed so that the registry process verifies them.
import { randomUUID } from 'node:crypto';
import { SignJWT, importPKCS8, importX509, jwtVerify, type JWTPayload } from 'jose';
import { entraKeys } from '../entra.js';
import type { Sandbox } from '../index.js';
import { acrError, unauthorized, type RegistryReply } from './errors.js';
import type { SandboxRegistry } from './model.js';

/** The user name of a refresh token used as a password (`docker login -u 00000000-...`). */
export const nullGuid = '00000000-0000-0000-0000-000000000000';
export const pullAction = 'Microsoft.ContainerRegistry/registries/pull/read';
const pushAction = 'Microsoft.ContainerRegistry/registries/push/write';
const deleteAction = 'Microsoft.ContainerRegistry/registries/delete';
const entraAudiences = [
  'https://management.azure.com',
  'https://management.azure.com/',
  'https://management.core.windows.net',
  'https://management.core.windows.net/',
  'https://containerregistry.azure.net',
  'https://containerregistry.azure.net/'
];

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

  /** An access token this service signed for `service` and still valid (real time): its subject and access. */
  async verifyAccessToken(
    token: string,
    service: string
  ): Promise<{ subject: string; access: Access[] } | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, { issuer: acrIssuer, audience: service });
      return { subject: String(payload.sub), access: (payload['access'] as Access[] | undefined) ?? [] };
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

/** The token endpoints of every registry front; every token handed out goes into `secrets`. */
export class TokenService {
  constructor(
    private readonly sandbox: Sandbox,
    readonly tokens: AcrTokens,
    private readonly secrets: Set<string>
  ) {}

  private nowSeconds(): number {
    return Math.floor(this.sandbox.clock.now().getTime() / 1000);
  }

  /** Whether the identity holds `action` on the registry (its RBAC data roles). */
  private allowed(objectId: string, registry: SandboxRegistry, action: string): boolean {
    return this.sandbox.arm.isAllowed(objectId, action, registry.id);
  }

  private async verifyEntraToken(token: string): Promise<JWTPayload | undefined> {
    try {
      const tid = String(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).tid);
      const keys = await entraKeys(this.sandbox, tid);
      const { payload } = await jwtVerify(token, keys, { currentDate: this.sandbox.clock.now() });
      return entraAudiences.includes(String(payload.aud)) ? payload : undefined;
    } catch {
      return undefined;
    }
  }

  /** `POST /oauth2/exchange`: an Entra access token for an ACR refresh token. */
  async exchange(registry: SandboxRegistry, form: URLSearchParams): Promise<RegistryReply> {
    if (form.get('grant_type') !== 'access_token') {
      return acrError(
        400,
        'UNSUPPORTED',
        `grant_type '${form.get('grant_type') ?? ''}' is not supported; use access_token`
      );
    }
    if (form.get('service') !== registry.loginServer) {
      return acrError(400, 'INVALID_SERVICE', `service must be ${registry.loginServer}`);
    }
    const claims = await this.verifyEntraToken(form.get('access_token') ?? '');
    if (!claims) return unauthorized('the access token is invalid or expired');
    const objectId = String(claims.oid);
    const detail = { grant: 'access_token', principal: objectId };
    if (!this.allowed(objectId, registry, pullAction) && !this.allowed(objectId, registry, pushAction)) {
      return { ...unauthorized(), detail: { ...detail, refused: 'no data role' } };
    }
    const refreshToken = await this.tokens.refreshToken({
      service: registry.loginServer,
      objectId,
      tenantId: String(claims.tid),
      appId: String(claims.appid),
      nowSeconds: this.nowSeconds()
    });
    this.secrets.add(refreshToken);
    return { status: 200, body: { refresh_token: refreshToken }, detail };
  }

  /** `/oauth2/token`: a refresh token (or the null-GUID user's password) for an access token to repositories. */
  async token(
    registry: SandboxRegistry,
    params: URLSearchParams,
    basic: { user: string; password: string } | undefined
  ): Promise<RegistryReply> {
    const grant = params.get('grant_type') ?? (basic ? 'password' : '');
    let refresh = params.get('refresh_token') ?? '';
    if (grant === 'password' || basic) {
      const user = basic?.user ?? params.get('username') ?? '';
      if (user !== nullGuid) return unauthorized('admin user is disabled; log in with an Entra identity');
      refresh = basic?.password ?? params.get('password') ?? '';
    } else if (grant !== 'refresh_token') {
      return acrError(400, 'UNSUPPORTED', `grant_type '${grant}' is not supported`);
    }
    const service = params.get('service') ?? registry.loginServer;
    const claims = await this.tokens.verifyRefreshToken(refresh, service, this.nowSeconds());
    if (!claims || service !== registry.loginServer) return unauthorized();
    const objectId = String(claims.sub);
    const canPull = this.allowed(objectId, registry, pullAction);
    const canPush = this.allowed(objectId, registry, pushAction);
    const canDelete = this.allowed(objectId, registry, deleteAction);
    const access: Access[] = [];
    for (const scope of params.getAll('scope').flatMap(s => s.split(' '))) {
      const [type = '', ...rest] = scope.split(':');
      const actions = (rest.pop() ?? '').split(',');
      const name = rest.join(':');
      // The catalog (`registry:catalog:*`, what `az acr repository list` asks for) is open to every data role.
      const granted =
        type === 'registry' && name === 'catalog'
          ? actions.filter(a => a === '*' && (canPull || canPush))
          : type === 'repository' && name
            ? // As ACR does: the token carries only what the roles allow; the registry refuses the rest.
              actions.filter(
                a =>
                  ((a === 'pull' || a === 'metadata_read') && canPull) ||
                  ((a === 'push' || a === 'metadata_write') && canPush) ||
                  (a === 'delete' && canDelete) ||
                  (a === '*' && canPush && canDelete)
              )
            : undefined;
      if (!granted) continue;
      const existing = access.find(a => a.type === type && a.name === name);
      if (existing) existing.actions = [...new Set([...existing.actions, ...granted])];
      else access.push({ type, name, actions: granted });
    }
    const accessToken = await this.tokens.accessToken(service, objectId, access);
    this.secrets.add(accessToken);
    return {
      status: 200,
      body: { access_token: accessToken },
      detail: { grant, principal: objectId, access: access.map(a => `${a.name}:${a.actions.join(',')}`) }
    };
  }

  /** An access token the service mints for its own side (importImage, Azure's pulls), recorded as a secret. */
  async internal(registry: SandboxRegistry, subject: string, access: Access[]): Promise<string> {
    const token = await this.tokens.accessToken(registry.loginServer, subject, access);
    this.secrets.add(token);
    return token;
  }
}
