import * as core from '@actions/core';
import { ConfigurationError, RemoteError } from './errors.js';
import { parseRetryAfter } from './retry.js';
import { httpRequest } from './http.js';

/** The claims of a GitHub Actions ID token that matter for a federated credential. */
export interface IdTokenClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  iat: number;
  exp: number;
  nbf?: number;
  repository?: string;
  ref?: string;
  environment?: string;
  event_name?: string;
  job_workflow_ref?: string;
  workflow_ref?: string;
  [claim: string]: unknown;
}

export interface OidcRequest {
  url: string;
  token: string;
}

/**
 * The runner's ID-token endpoint for this job. Its absence has one cause a user can fix (the
 * `id-token: write` permission) and a few they should know about (forks, Dependabot, old runners).
 */
export function oidcRequestFromEnv(env: NodeJS.ProcessEnv = process.env): OidcRequest {
  const url = env['ACTIONS_ID_TOKEN_REQUEST_URL'];
  const token = env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
  if (!url || !token) {
    throw new ConfigurationError(
      'GitHub gave this job no OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set). ' +
        "Grant it with 'permissions: id-token: write' on the job or workflow; pull requests from forks " +
        'and Dependabot runs never receive one'
    );
  }
  return { url, token };
}

/** Asks GitHub for a new ID token for `audience`. One attempt: callers retry around it. */
export async function fetchIdToken(request: OidcRequest, audience: string): Promise<string> {
  const url = `${request.url}${request.url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
  const response = await httpRequest({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${request.token}`, accept: 'application/json' }
  });
  if (response.status < 200 || response.status > 299) {
    const status = response.status;
    const reason =
      status === 401 || status === 403
        ? "the job's request token was refused: ID tokens can only be requested from inside the job that was granted id-token: write"
        : `HTTP ${status}`;
    throw new RemoteError(`GitHub did not issue an ID token: ${reason}`, {
      service: 'github',
      code: `HTTP${status}`,
      status,
      retryAfterSeconds: parseRetryAfter(response.header('retry-after'))
    });
  }
  let body: { value?: unknown } = {};
  try {
    body = JSON.parse(response.text) as { value?: unknown };
  } catch {
    // Answered below as a response without a token.
  }
  if (typeof body.value !== 'string' || body.value.split('.').length !== 3) {
    throw new RemoteError('GitHub answered the ID token request without a token', {
      service: 'github',
      code: 'NoToken',
      status: response.status,
      transient: true
    });
  }
  core.setSecret(body.value);
  return body.value;
}

/** Reads a JWT's payload without verifying it: for diagnostics only. */
export function decodeJwtClaims<T = Record<string, unknown>>(jwt: string): T {
  const payload = jwt.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as T;
}
