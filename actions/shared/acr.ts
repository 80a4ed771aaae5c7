// Azure Container Registry sign-in without az CLI or admin credentials (Azure/acr docs/AAD-OAuth.md): the
// step's Entra token is exchanged at /oauth2/exchange for an ACR refresh token, which buys per-scope access
// tokens at /oauth2/token and is what docker, buildx and buildah log in with (user name: the null GUID).
import * as core from '@actions/core';
import type { TokenCredential } from '@azure/core-auth';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from './clock.js';
import { armScope, type Cloud } from './cloud.js';
import { ConfigurationError, RemoteError } from './errors.js';
import { decodeJwtClaims } from './github-oidc.js';
import { logRetry } from './log.js';
import { RegistryClient } from './registry.js';
import { httpRequest } from './http.js';
import { parseRetryAfter, retry } from './retry.js';

/** The user name that tells ACR the password is a refresh token. */
export const acrRefreshTokenUser = '00000000-0000-0000-0000-000000000000';

async function postForm(
  url: string,
  form: URLSearchParams
): Promise<{ status: number; body: Record<string, unknown>; retryAfter?: number; text: string }> {
  const response = await httpRequest({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString(),
    timeoutMs: 60_000
  });
  const text = response.text;
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // A gateway's HTML error page: the status tells enough.
  }
  return {
    status: response.status,
    body,
    text,
    retryAfter: parseRetryAfter(response.header('retry-after'))
  };
}

function acrError(
  what: string,
  registry: string,
  response: { status: number; body: Record<string, unknown>; retryAfter?: number }
): RemoteError {
  const first = (response.body['errors'] as Array<{ code?: string; message?: string }> | undefined)?.[0];
  const code = first?.code ?? `HTTP${response.status}`;
  return new RemoteError(
    `${registry} refused ${what}: ${code}${first?.message ? `: ${first.message}` : ''}`,
    {
      service: 'registry',
      code,
      status: response.status,
      retryAfterSeconds: response.retryAfter
    }
  );
}

export interface AcrSession {
  loginServer: string;
  /** The ACR refresh token (masked): the password docker, buildx and buildah log in with. */
  refreshToken: string;
  client: RegistryClient;
}

/**
 * Signs in to one registry: reads its challenge, exchanges the step's Entra token for an ACR refresh token
 * (masked at once), and returns a registry client that buys access tokens with it.
 */
export async function acrSignIn(options: {
  loginServer: string;
  credential: TokenCredential & { tenantId?: string };
  cloud: Cloud;
  clock?: Clock;
  retryBaseDelayMs?: number;
}): Promise<AcrSession> {
  const { loginServer, clock } = options;
  const retryOptions = {
    clock,
    onRetry: logRetry,
    baseDelayMs: options.retryBaseDelayMs,
    service: 'registry' as const
  };
  let refreshToken = '';
  const client = new RegistryClient({
    registry: loginServer,
    clock,
    onRetry: logRetry,
    retryBaseDelayMs: options.retryBaseDelayMs,
    tokens: ({ realm, service, scopes }) =>
      retry(
        async () => {
          const form = new URLSearchParams({
            grant_type: 'refresh_token',
            service,
            refresh_token: refreshToken
          });
          for (const scope of scopes) form.append('scope', scope);
          const response = await postForm(realm, form);
          const token = response.body['access_token'];
          if (response.status !== 200 || typeof token !== 'string') {
            throw acrError(`an access token for ${scopes.join(' ')}`, loginServer, response);
          }
          core.setSecret(token);
          return token;
        },
        { label: `ACR access token for ${scopes.join(' ')}`, ...retryOptions }
      )
  });
  const { realm, service } = await client.authChallenge();
  const entraToken = await options.credential.getToken(armScope(options.cloud));
  if (!entraToken)
    throw new RemoteError('Entra returned no token for ARM', { service: 'entra', code: 'NoToken' });
  const exchangeUrl = realm.replace(/\/oauth2\/token$/, '/oauth2/exchange');
  refreshToken = await retry(
    async () => {
      const form = new URLSearchParams({
        grant_type: 'access_token',
        service,
        access_token: entraToken.token
      });
      if (options.credential.tenantId) form.set('tenant', options.credential.tenantId);
      const response = await postForm(exchangeUrl, form);
      const token = response.body['refresh_token'];
      if (response.status !== 200 || typeof token !== 'string')
        throw acrError('the token exchange', loginServer, response);
      core.setSecret(token);
      return token;
    },
    { label: `ACR token exchange at ${loginServer}`, ...retryOptions }
  );
  return { loginServer, refreshToken, client };
}

/**
 * What ACR granted for `repository` (ACR's access tokens are JWTs with the distribution `access` claim):
 * a token without `push` means the identity has no push role, which the registry would only report later
 * as a bare 401 in the middle of the push.
 */
export async function grantedActions(
  session: AcrSession,
  repository: string,
  actions: string[]
): Promise<string[]> {
  const token = await session.client.token([`repository:${repository}:${actions.join(',')}`]);
  try {
    const claims = decodeJwtClaims<{ access?: Array<{ name?: string; actions?: string[] }> }>(token);
    return claims.access?.find(a => a.name === repository)?.actions ?? [];
  } catch {
    return actions;
  }
}

/** Explains a refused exchange or a missing push right in the words of the fix. */
export function explainAccess(
  error: unknown,
  context: { action: string; loginServer: string; clientId?: string; role: string }
): unknown {
  if (error instanceof RemoteError && error.service === 'registry' && error.status === 401) {
    return new ConfigurationError(
      `${context.loginServer} refused identity ${context.clientId ?? '(unknown)'} (${error.code}): it has no data role on the registry; assign one, e.g. 'az role assignment create --assignee ${context.clientId ?? '<client-id>'} --role ${context.role} --scope <registry resource id>'`
    );
  }
  return error;
}

/**
 * A registry auth file for docker (`DOCKER_CONFIG/config.json`) and buildah/skopeo (`REGISTRY_AUTH_FILE`),
 * mode 0600 in a private directory: the refresh token reaches the tools without ever being on a command line.
 */
export async function writeAuthFile(
  sessions: AcrSession[],
  parent = process.env['RUNNER_TEMP'] || tmpdir()
): Promise<{ dir: string; file: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(parent, 'registry-auth-'));
  await chmod(dir, 0o700);
  const file = join(dir, 'config.json');
  const auths: Record<string, { auth: string }> = {};
  for (const s of sessions)
    auths[s.loginServer] = {
      auth: Buffer.from(`${acrRefreshTokenUser}:${s.refreshToken}`).toString('base64')
    };
  await writeFile(file, JSON.stringify({ auths }, null, 2), { mode: 0o600 });
  return { dir, file, remove: () => rm(dir, { recursive: true, force: true }) };
}
