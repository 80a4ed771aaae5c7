import { randomBytes, randomUUID } from 'node:crypto';
import {
  compactVerify,
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  type JSONWebKeySet,
  type JWTPayload
} from 'jose';
import { entraError, type Core, type Handler, type Reply, type Request } from './core.js';
import { createSigningKey, type SigningKey } from './keys.js';
import {
  findTenant,
  matchesClaimsExpression,
  parseClaimsExpression,
  type Tenant,
  type World
} from './world.js';
import { getJson } from './https-json.js';

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const FIC_DOCS =
  'https://docs.microsoft.com/en-us/azure/active-directory/develop/workload-identity-federation';
const CERT_DOCS = 'https://learn.microsoft.com/entra/identity-platform/certificate-credentials';

type KeySet = ReturnType<typeof createLocalJWKSet>;

const tenantKeys = new WeakMap<object, Map<string, Promise<KeySet>>>();

/**
 * The signing keys a tenant publishes (its discovery document's JWKS), fetched once per sandbox and tenant: what a
 * resource server (AKS's API server, Blob Storage, ACR's token service) verifies an Entra access token with. The
 * caller checks audience, lifetime and tenant itself, in its own service's words.
 */
export function entraKeys(
  sandbox: { urls: { entra: string }; tls: { ca: string } },
  tenantId: string
): Promise<KeySet> {
  let byTenant = tenantKeys.get(sandbox);
  if (!byTenant) tenantKeys.set(sandbox, (byTenant = new Map()));
  let keys = byTenant.get(tenantId);
  if (!keys) {
    keys = getJson(`${sandbox.urls.entra}/${tenantId}/discovery/v2.0/keys`, sandbox.tls.ca).then(jwks =>
      createLocalJWKSet(jwks as JSONWebKeySet)
    );
    byTenant.set(tenantId, keys);
    keys.catch(() => byTenant.delete(tenantId));
  }
  return keys;
}

/** Entra's time format in AADSTS700024: ISO 8601 with seven fractional digits. */
const entraTime = (seconds: number | undefined) =>
  new Date((seconds ?? 0) * 1000).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');

/** Microsoft Entra ID: tenant discovery, signing keys and the client-credentials token endpoint with federated assertions. */
export class EntraService {
  private readonly issuerKeys = new Map<string, Promise<KeySet>>();

  private constructor(
    private readonly core: Core,
    private readonly world: World,
    private readonly key: SigningKey,
    private readonly ca: string,
    private readonly githubUrl: () => string
  ) {}

  static async create(core: Core, world: World, ca: string, githubUrl: () => string): Promise<EntraService> {
    return new EntraService(core, world, await createSigningKey(), ca, githubUrl);
  }

  /** Verifies the signature of a token this Entra issued and returns its claims, or undefined. */
  async verifyAccessToken(token: string): Promise<JWTPayload | undefined> {
    try {
      const { payload } = await compactVerify(token, createLocalJWKSet({ keys: [this.key.jwk] }));
      return JSON.parse(new TextDecoder().decode(payload)) as JWTPayload;
    } catch {
      return undefined;
    }
  }

  readonly handler: Handler = async req => {
    const [, tenantKey = '', ...rest] = req.url.pathname.split('/');
    const route = rest.join('/');
    const base = `https://${req.host}`;
    if (tenantKey === 'common' && route === 'discovery/instance') return this.instanceDiscovery(req, base);
    const tenant = findTenant(this.world, tenantKey);
    const now = this.core.clock.now();
    const correlationId = String(req.headers['client-request-id'] ?? randomUUID());
    const known = [
      'v2.0/.well-known/openid-configuration',
      'discovery/v2.0/keys',
      'discovery/keys',
      'oauth2/v2.0/token'
    ];
    if (!known.includes(route)) return { status: 404, body: '' };
    if (!tenant) {
      const error = entraError(
        400,
        'invalid_tenant',
        90002,
        `Tenant '${tenantKey}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
        now,
        correlationId
      );
      return { ...error, detail: { tenant: tenantKey, error: 'AADSTS90002' } };
    }
    if (route === 'v2.0/.well-known/openid-configuration')
      return { status: 200, body: this.metadata(base, tenant) };
    if (route.startsWith('discovery/'))
      return { status: 200, body: { keys: [{ ...this.key.jwk, issuer: `${base}/${tenant.id}/v2.0` }] } };
    if (req.method !== 'POST') return { status: 405, body: '' };
    return this.token(req, tenant, now, correlationId);
  };

  private instanceDiscovery(req: Request, base: string): Reply {
    const host = req.host.replace(/:\d+$/, '');
    return {
      status: 200,
      body: {
        tenant_discovery_endpoint: `${base}/common/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }]
      }
    };
  }

  private metadata(base: string, tenant: Tenant) {
    const t = `${base}/${tenant.id}`;
    return {
      token_endpoint: `${t}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${t}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${t}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
      authorization_endpoint: `${t}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${t}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${t}/oauth2/v2.0/logout`,
      claims_supported: [
        'sub',
        'iss',
        'cloud_instance_name',
        'cloud_instance_host_name',
        'cloud_graph_host_name',
        'msgraph_host',
        'aud',
        'exp',
        'iat',
        'auth_time',
        'acr',
        'nonce',
        'preferred_username',
        'name',
        'tid',
        'ver',
        'at_hash',
        'c_hash',
        'email'
      ],
      kerberos_endpoint: `${t}/kerberos`,
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net'
    };
  }

  private async token(req: Request, tenant: Tenant, now: Date, correlationId: string): Promise<Reply> {
    const form = new URLSearchParams(req.body);
    const grantType = form.get('grant_type');
    const clientId = form.get('client_id');
    const scope = form.get('scope') ?? '';
    const assertion = form.get('client_assertion');
    const detail: Record<string, unknown> = {
      tenant: tenant.id,
      grant_type: grantType,
      client_id: clientId,
      scope
    };
    const fail = (status: number, error: string, code: number, message: string): Reply => ({
      ...entraError(status, error, code, message, now, correlationId),
      detail: { ...detail, error: `AADSTS${code}` }
    });
    for (const name of ['grant_type', 'client_id'] as const) {
      if (!form.get(name)) {
        return fail(
          400,
          'invalid_request',
          900144,
          `The request body must contain the following parameter: '${name}'.`
        );
      }
    }
    if (grantType !== 'client_credentials') {
      return fail(
        400,
        'unsupported_grant_type',
        70003,
        `The app requested an unsupported grant type '${grantType}'.`
      );
    }
    const app = tenant.apps.find(a => a.appId.toLowerCase() === clientId?.toLowerCase());
    if (!app) {
      return fail(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${tenant.displayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`
      );
    }
    if (form.get('client_assertion_type') !== JWT_BEARER || !assertion) {
      return fail(
        401,
        'invalid_client',
        7000216,
        "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type."
      );
    }
    const scopes = scope.split(/\s+/).filter(s => s && !['openid', 'profile', 'offline_access'].includes(s));
    const requested = scopes[0] ?? '';
    if (scopes.length !== 1 || !requested.endsWith('/.default')) {
      return fail(
        400,
        'invalid_scope',
        1002012,
        `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`
      );
    }
    const resource = requested.slice(0, -'/.default'.length);
    const known = this.world.resources.some(r =>
      r.identifiers.some(i => i.toLowerCase() === resource.toLowerCase())
    );
    if (!known) {
      return fail(
        400,
        'invalid_resource',
        500011,
        `The resource principal named ${resource} was not found in the tenant named ${tenant.displayName}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`
      );
    }
    let claims: JWTPayload;
    try {
      decodeProtectedHeader(assertion);
      claims = decodeJwt(assertion);
    } catch {
      return fail(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
    }
    const audiences = typeof claims.aud === 'string' ? [claims.aud] : (claims.aud ?? []);
    Object.assign(detail, {
      assertion_iss: claims.iss,
      assertion_sub: claims.sub,
      assertion_aud: claims.aud
    });
    const noMatch = () =>
      fail(
        400,
        'invalid_request',
        70021,
        `No matching federated identity record found for presented assertion. Assertion Issuer: '${claims.iss}'. Assertion Subject: '${claims.sub}'. Assertion Audience: '${audiences.join(',')}'. ${FIC_DOCS}`
      );
    const candidates = app.federatedCredentials.filter(f => f.issuer === claims.iss);
    if (!claims.iss || candidates.length === 0) return noMatch();
    let keys: KeySet;
    try {
      keys = await this.keysOf(claims.iss);
    } catch {
      return fail(400, 'invalid_request', 50166, `Request to External OIDC endpoint failed.`);
    }
    try {
      await compactVerify(assertion, keys);
    } catch {
      return fail(401, 'invalid_client', 700027, 'Client assertion failed signature validation.');
    }
    const nowSeconds = now.getTime() / 1000;
    if (claims.exp === undefined || claims.exp <= nowSeconds || (claims.nbf ?? 0) > nowSeconds) {
      return fail(
        401,
        'invalid_client',
        700024,
        `Client assertion is not within its valid time range. Current time: ${entraTime(nowSeconds)}, assertion valid from ${entraTime(claims.nbf)}, expiry time of assertion ${entraTime(claims.exp)}. Review the documentation at ${CERT_DOCS} .`
      );
    }
    // An exact subject, or a flexible credential whose claims-matching expression the token satisfies.
    const fic = candidates.find(
      f =>
        audiences.some(a => f.audiences.includes(a)) &&
        (f.subject !== undefined
          ? f.subject === claims.sub
          : matchesClaimsExpression(parseClaimsExpression(f.claimsMatchingExpression!.value) ?? [], claims))
    );
    if (!fic) return noMatch();
    const iat = Math.floor(nowSeconds);
    const lifetime = this.world.entra.accessTokenLifetimeSeconds;
    const sts = `https://sts.windows.net/${tenant.id}/`;
    const accessToken = await this.key.sign({
      aud: resource,
      iss: sts,
      iat,
      nbf: iat,
      exp: iat + lifetime,
      aio: randomBytes(24).toString('base64url'),
      appid: app.appId,
      appidacr: '2',
      idp: sts,
      idtyp: 'app',
      oid: app.objectId,
      rh: `0.${randomBytes(16).toString('base64url')}.`,
      sub: app.objectId,
      tid: tenant.id,
      uti: randomBytes(16).toString('base64url'),
      ver: '1.0',
      xms_ficinfo: fic.name
    });
    this.core.secret(accessToken);
    return {
      status: 200,
      body: {
        token_type: 'Bearer',
        expires_in: lifetime,
        ext_expires_in: lifetime,
        access_token: accessToken
      },
      headers: { 'Cache-Control': 'no-store, no-cache', 'client-request-id': correlationId },
      detail: { ...detail, federated_credential: fic.name }
    };
  }

  /** The issuer's signing keys, fetched over HTTPS through its discovery document and cached. */
  private keysOf(issuer: string): Promise<KeySet> {
    let keys = this.issuerKeys.get(issuer);
    if (!keys) {
      const base =
        issuer === this.world.github.issuer
          ? this.githubUrl()
          : (this.world.entra.issuerUrls[issuer] ?? issuer);
      keys = (async () => {
        const meta = (await getJson(
          `${base.replace(/\/$/, '')}/.well-known/openid-configuration`,
          this.ca
        )) as {
          jwks_uri: string;
        };
        return createLocalJWKSet((await getJson(meta.jwks_uri, this.ca)) as JSONWebKeySet);
      })();
      keys.catch(() => this.issuerKeys.delete(issuer));
      this.issuerKeys.set(issuer, keys);
    }
    return keys;
  }
}
