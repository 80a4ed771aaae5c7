import * as core from '@actions/core';
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';
import { systemClock, type Clock } from './clock.js';
import type { Cloud } from './cloud.js';
import { RemoteError } from './errors.js';
import { decodeJwtClaims, fetchIdToken, oidcRequestFromEnv, type IdTokenClaims } from './github-oidc.js';
import { parseRetryAfter, retry, type RetryOptions } from './retry.js';
import { httpRequest } from './http.js';

export interface GitHubOidcCredentialOptions {
  tenantId: string;
  clientId: string;
  cloud: Cloud;
  /** The `aud` of the GitHub ID token; the cloud's token-exchange audience by default. */
  audience?: string;
  clock?: Clock;
  /** Where assertions come from; GitHub's ID-token endpoint for this job by default. */
  getIdToken?: (audience: string) => Promise<string>;
  /** Called with the claims of every assertion sent to Entra (for diagnostics; never the token). */
  onAssertion?: (claims: IdTokenClaims) => void;
  onRetry?: RetryOptions['onRetry'];
  /** Overall time allowed for one token, retries included. */
  deadlineMs?: number;
}

/** An Entra refusal, with the AADSTS code and the parts of Entra's answer a person needs. */
export class EntraError extends RemoteError {
  override name = 'EntraError';
  readonly error: string;
  readonly description: string;
  readonly traceId?: string;
  readonly correlationId?: string;
  /** The claims of the assertion Entra refused. */
  readonly claims?: IdTokenClaims;

  constructor(
    status: number,
    body: {
      error?: string;
      error_description?: string;
      error_codes?: number[];
      trace_id?: string;
      correlation_id?: string;
    },
    claims: IdTokenClaims | undefined,
    retryAfterSeconds: number | undefined
  ) {
    const description = (body.error_description ?? '').split(/\r?\n/)[0] ?? '';
    const code =
      body.error_codes?.[0] !== undefined ? `AADSTS${body.error_codes[0]}` : (body.error ?? `HTTP${status}`);
    super(description || `Entra answered HTTP ${status} (${body.error ?? 'no error code'})`, {
      service: 'entra',
      code,
      status,
      retryAfterSeconds
    });
    this.error = body.error ?? '';
    this.description = description;
    this.traceId = body.trace_id;
    this.correlationId = body.correlation_id;
    this.claims = claims;
  }
}

const refreshMarginMs = 5 * 60_000;

/**
 * A TokenCredential for every official Azure SDK client, backed by GitHub OIDC: each request to Entra
 * carries a GitHub ID token fetched for that request, so no job is cut off when the five-minute ID
 * token expires (AADSTS700024), however long it runs. Access tokens are cached per scope until five
 * minutes before they expire.
 *
 * Why not @azure/identity's ClientAssertionCredential: MSAL caches a throttle after any 429 or 5xx and
 * refuses the same request for Retry-After seconds (60 s when none is sent), by the wall clock, so our
 * bounded retry cannot recover from a short 503 burst; and it folds Entra's status and AADSTS code into
 * message text. The exchange is one form POST; this class keeps both.
 */
export class GitHubOidcCredential implements TokenCredential {
  readonly tenantId: string;
  readonly clientId: string;
  readonly audience: string;
  private readonly cloud: Cloud;
  private readonly clock: Clock;
  private readonly getIdToken: (audience: string) => Promise<string>;
  private readonly options: GitHubOidcCredentialOptions;
  private readonly cache = new Map<string, AccessToken>();

  constructor(options: GitHubOidcCredentialOptions) {
    this.options = options;
    this.tenantId = options.tenantId;
    this.clientId = options.clientId;
    this.cloud = options.cloud;
    this.audience = options.audience ?? options.cloud.tokenExchangeAudience;
    this.clock = options.clock ?? systemClock;
    this.getIdToken = options.getIdToken ?? (audience => fetchIdToken(oidcRequestFromEnv(), audience));
  }

  async getToken(scopes: string | string[], _options?: GetTokenOptions): Promise<AccessToken> {
    const scope = (Array.isArray(scopes) ? scopes : [scopes]).join(' ');
    const cached = this.cache.get(scope);
    if (cached && cached.expiresOnTimestamp - refreshMarginMs > this.clock.now()) return cached;
    const token = await retry(() => this.exchange(scope), {
      label: `exchange the GitHub ID token for an access token to ${scope}`,
      service: 'entra',
      clock: this.clock,
      deadlineMs: this.options.deadlineMs ?? 60_000,
      onRetry: this.options.onRetry
    });
    this.cache.set(scope, token);
    return token;
  }

  private async exchange(scope: string): Promise<AccessToken> {
    const assertion = await this.getIdToken(this.audience);
    const claims = decodeJwtClaims<IdTokenClaims>(assertion);
    this.options.onAssertion?.(claims);
    const response = await httpRequest({
      method: 'POST',
      url: `${this.cloud.authorityHost}/${this.tenantId}/oauth2/v2.0/token`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.clientId,
        scope,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion
      }).toString()
    });
    const text = response.text;
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // Gateways in front of Entra answer 5xx with HTML; the status says enough.
    }
    if (response.status !== 200 || typeof body['access_token'] !== 'string') {
      throw new EntraError(
        response.status,
        body,
        claims,
        parseRetryAfter(response.header('retry-after'), this.clock.now())
      );
    }
    const expiresIn = Number(body['expires_in'] ?? 3599);
    core.setSecret(body['access_token']);
    return {
      token: body['access_token'],
      tokenType: 'Bearer',
      expiresOnTimestamp: this.clock.now() + expiresIn * 1000
    };
  }
}
