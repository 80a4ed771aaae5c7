import type { Clock } from './clock.js';
import { resolveCloud, type Cloud } from './cloud.js';
import { GitHubOidcCredential } from './credential.js';
import { ConfigurationError } from './errors.js';
import { fetchIdToken, oidcRequestFromEnv } from './github-oidc.js';
import { logRetry } from './log.js';

export interface AzureSession {
  credential: GitHubOidcCredential;
  cloud: Cloud;
  subscriptionId?: string;
}

/**
 * The Azure session a later step inherits from `login`: the identity it exported (AZURE_CLIENT_ID,
 * AZURE_TENANT_ID, the cloud and audience) and a credential that mints its own fresh tokens from GitHub.
 */
export function sessionFromEnv(
  action: string,
  env: NodeJS.ProcessEnv = process.env,
  options: { clock?: Clock } = {}
): AzureSession {
  const clientId = env['AZURE_CLIENT_ID'];
  const tenantId = env['AZURE_TENANT_ID'];
  if (!clientId || !tenantId) {
    throw new ConfigurationError(
      `${action} needs an Azure identity: run musafirgo/actions/login earlier in this job (AZURE_CLIENT_ID and AZURE_TENANT_ID are not set)`
    );
  }
  const cloud = resolveCloud(env['AZURE_ENVIRONMENT'], env);
  return {
    cloud,
    subscriptionId: env['AZURE_SUBSCRIPTION_ID'] || undefined,
    credential: new GitHubOidcCredential({
      tenantId,
      clientId,
      cloud,
      audience: env['AZURE_FEDERATED_TOKEN_AUDIENCE'] || undefined,
      getIdToken: audience => fetchIdToken(oidcRequestFromEnv(env), audience),
      clock: options.clock,
      onRetry: logRetry
    })
  };
}
