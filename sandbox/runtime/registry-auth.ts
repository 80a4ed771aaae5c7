// How a node or a Container Apps environment signs in to ACR to pull (and how the example images are pushed): an
// Entra token of the pulling identity (a kubelet's or an app's managed identity; here whichever TokenCredential the
// emulator holds) exchanged at the registry's /oauth2/exchange for an ACR refresh token, which buildah then uses as
// the password of the null-GUID user from an auth file (mode 0600, removed after the pull). Reached by the
// registry's real name through the sandbox proxy. No token is ever printed or put on a command line.
import type { TokenCredential } from '@azure/core-auth';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { chmodSync, writeFileSync } from 'node:fs';
import https from 'node:https';

/** The user name that tells ACR the password is a refresh token. */
const refreshTokenUser = '00000000-0000-0000-0000-000000000000';
const acrScope = 'https://containerregistry.azure.net/.default';
/** ACR's refresh tokens last 3 hours; one is reused for less than that. */
const reuseMs = 2 * 3600 * 1000;

/** How the runtime reaches registries: the sandbox's proxy, and the CA its emulators' certificates chain to. */
export interface RegistryNetwork {
  proxy: string;
  caCertPath: string;
  ca: string;
}

export class RegistryLoginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegistryLoginError';
  }
}

export class RegistryLogins {
  private readonly agent: HttpsProxyAgent<string>;
  /** Per identity and login server, as a node keeps its credential provider's answer. */
  private readonly refreshTokens = new WeakMap<
    TokenCredential,
    Map<string, { token: Promise<string>; at: number }>
  >();

  constructor(private readonly network: RegistryNetwork) {
    this.agent = new HttpsProxyAgent(network.proxy, { ca: network.ca });
  }

  /** The environment buildah and skopeo reach the registries with: the proxy, and the sandbox CA for Go's TLS. */
  toolEnv(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      HTTPS_PROXY: this.network.proxy,
      NO_PROXY: '127.0.0.1,localhost',
      SSL_CERT_FILE: this.network.caCertPath
    };
  }

  /** Writes an auth file for `loginServer` signed in as `credential`'s identity. */
  async writeAuthFile(file: string, loginServer: string, credential: TokenCredential): Promise<void> {
    const refreshToken = await this.refreshToken(loginServer, credential);
    const auth = Buffer.from(`${refreshTokenUser}:${refreshToken}`).toString('base64');
    writeFileSync(file, JSON.stringify({ auths: { [loginServer]: { auth } } }), { mode: 0o600 });
    chmodSync(file, 0o600);
  }

  private refreshToken(loginServer: string, credential: TokenCredential): Promise<string> {
    let tokens = this.refreshTokens.get(credential);
    if (!tokens) this.refreshTokens.set(credential, (tokens = new Map()));
    const cached = tokens.get(loginServer);
    if (cached && Date.now() - cached.at < reuseMs) return cached.token;
    const token = this.exchange(loginServer, credential);
    tokens.set(loginServer, { token, at: Date.now() });
    token.catch(() => tokens.delete(loginServer));
    return token;
  }

  private async exchange(loginServer: string, credential: TokenCredential): Promise<string> {
    const entra = await credential.getToken(acrScope).catch((error: Error) => {
      throw new RegistryLoginError(`no Entra token for ${loginServer}: ${error.message}`);
    });
    if (!entra) throw new RegistryLoginError(`no Entra token for ${loginServer}`);
    const form = new URLSearchParams({
      grant_type: 'access_token',
      service: loginServer,
      access_token: entra.token
    });
    const { status, text } = await this.post(`https://${loginServer}/oauth2/exchange`, form.toString());
    let body: { refresh_token?: unknown; errors?: { code?: string; message?: string }[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // Not JSON: the status says enough.
    }
    if (status === 200 && typeof body.refresh_token === 'string') return body.refresh_token;
    const error = body.errors?.[0];
    throw new RegistryLoginError(
      `${loginServer} refused the token exchange: ${status}${error ? ` ${error.code ?? ''}: ${error.message ?? ''}` : ''}`
    );
  }

  private post(url: string, body: string): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const request = https.request(
        url,
        {
          method: 'POST',
          agent: this.agent,
          ca: this.network.ca,
          timeout: 30_000,
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }
        },
        response => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        }
      );
      request.once('timeout', () => request.destroy(new RegistryLoginError(`${url}: no answer in 30 s`)));
      request.once('error', error =>
        reject(new RegistryLoginError(`${new URL(url).host}: ${error.message}`))
      );
      request.end(body);
    });
  }
}
