// Who may call Argo CD's API: local accounts with API tokens (HS256 JWTs Argo CD signs, `sub: <account>:apiKey`),
// each allowed its actions on every application.
import { randomBytes, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Reply, Request, SandboxClock } from '../core.js';
import { argoError } from './errors.js';
import type { ArgoAccount } from './model.js';

export class ArgoAuth {
  /** Account name -> its API token. */
  readonly tokens = new Map<string, string>();
  private readonly secret = new TextEncoder().encode(randomBytes(32).toString('hex'));

  constructor(
    private readonly accounts: ArgoAccount[],
    private readonly clock: SandboxClock
  ) {}

  /** Generates every account's API token. */
  async issue(): Promise<void> {
    for (const a of this.accounts) {
      const iat = Math.floor(this.clock.now().getTime() / 1000);
      this.tokens.set(
        a.name,
        await new SignJWT({ jti: randomUUID() })
          .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
          .setIssuer('argocd')
          .setSubject(`${a.name}:apiKey`)
          .setIssuedAt(iat)
          .setNotBefore(iat)
          .sign(this.secret)
      );
    }
  }

  /** The caller's account from its API token (Bearer or the argocd.token cookie), or Argo CD's 401. */
  async authenticate(req: Request): Promise<{ sub: string; account: ArgoAccount } | Reply> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const cookie = /(?:^|;\s*)argocd\.token=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1];
    const token = bearer ?? cookie;
    if (!token) return argoError(401, 16, 'no session information');
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        issuer: 'argocd',
        currentDate: this.clock.now()
      });
      const sub = String(payload.sub);
      const account = this.accounts.find(a => `${a.name}:apiKey` === sub);
      if (!account || !this.tokens.has(account.name))
        return argoError(401, 16, 'invalid session: account not found');
      return { sub, account };
    } catch {
      return argoError(401, 16, 'invalid session: token signature is invalid');
    }
  }
}
