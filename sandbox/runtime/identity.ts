// An identity of the world signing in through the sandbox's own GitHub OIDC issuer and Entra (a federated
// credential, as workload identity federation does): what a kubelet's or an app's managed identity is to the
// runtime's pulls, and what the example images are pushed as. Unlike the actions' credential it never asks a
// runner to mask anything (nothing is printed), and it reaches the emulators directly on loopback.
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import https from 'node:https';

interface SandboxEndpoints {
  urls: { entra: string };
  tls: { ca: string };
  env(job?: object): Record<string, string>;
}

function call(
  url: string,
  ca: string,
  options: { method?: string; headers?: Record<string, string>; body?: string }
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, ca, timeout: 30_000 },
      response => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          let body: Record<string, unknown> = {};
          try {
            body = JSON.parse(text) as Record<string, unknown>;
          } catch {
            // The status says enough.
          }
          if (response.statusCode === 200) return resolve(body);
          const why = body['error_description'] ?? body['message'] ?? text.slice(0, 200);
          reject(
            new Error(`${new URL(url).pathname}: ${response.statusCode} ${String(why).split('\r\n')[0]}`)
          );
        });
      }
    );
    request.once('timeout', () => request.destroy(new Error(`${url}: no answer in 30 s`)));
    request.once('error', reject);
    request.end(options.body);
  });
}

/** A TokenCredential for the world's app `clientId`, federated from a GitHub job the sandbox registers (main). */
export function federatedIdentity(
  sandbox: SandboxEndpoints,
  identity: { clientId: string; tenantId: string }
): TokenCredential {
  const tokens = new Map<string, AccessToken>();
  return {
    async getToken(scopes) {
      const scope = Array.isArray(scopes) ? scopes.join(' ') : scopes;
      const cached = tokens.get(scope);
      if (cached && cached.expiresOnTimestamp - Date.now() > 300_000) return cached;
      const job = sandbox.env();
      const idToken = await call(
        `${job['ACTIONS_ID_TOKEN_REQUEST_URL']}&audience=${encodeURIComponent('api://AzureADTokenExchange')}`,
        sandbox.tls.ca,
        { headers: { authorization: `Bearer ${job['ACTIONS_ID_TOKEN_REQUEST_TOKEN']}` } }
      );
      const body = await call(
        `${sandbox.urls.entra}/${identity.tenantId}/oauth2/v2.0/token`,
        sandbox.tls.ca,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            client_id: identity.clientId,
            scope,
            grant_type: 'client_credentials',
            client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
            client_assertion: String(idToken['value'])
          }).toString()
        }
      );
      const token = {
        token: String(body['access_token']),
        expiresOnTimestamp: Date.now() + Number(body['expires_in'] ?? 3600) * 1000
      };
      tokens.set(scope, token);
      return token;
    }
  };
}
