import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from '../../shared/errors.js';
import { execTool } from '../../shared/exec.js';
import { quoted } from '../../shared/inputs.js';
import type { KubeCredential } from './client.js';

/** How the kubeconfig's user proves who it is: a bearer token, a file holding one, or a credential plugin. */
export type KubeUser =
  | { kind: 'token'; token: string }
  | { kind: 'tokenFile'; path: string }
  | { kind: 'exec'; command: string; args: string[]; env: Record<string, string> }
  | { kind: 'certificate'; cert: string; key: string };

/** A cluster outside Azure (kind, minikube, any API server) as its kubeconfig's current context names it. */
export interface Kubeconfig {
  /** The kubeconfig file, which Helm is given as it is. */
  path: string;
  context: string;
  cluster: string;
  server: string;
  /** The API server's CA, base64 PEM, or undefined for the system's roots. */
  caData?: string;
  user: KubeUser;
}

type Named<T> = { name?: string } & T;
interface Config {
  'current-context'?: string;
  contexts?: Named<{ context?: { cluster?: string; user?: string; namespace?: string } }>[];
  clusters?: Named<{
    cluster?: {
      server?: string;
      'certificate-authority-data'?: string;
      'certificate-authority'?: string;
      'insecure-skip-tls-verify'?: boolean;
    };
  }>[];
  users?: Named<{
    user?: {
      token?: string;
      tokenFile?: string;
      'client-certificate'?: string;
      'client-certificate-data'?: string;
      'client-key'?: string;
      'client-key-data'?: string;
      exec?: { command?: string; args?: string[]; env?: { name: string; value: string }[] };
      'auth-provider'?: unknown;
    };
  }>[];
}

/**
 * The current context of a kubeconfig (input `kubeconfig`), checked before any request: the cluster's server and CA
 * (inline or a file beside the kubeconfig), and a user that brings a token (inline, a file, an exec credential
 * plugin) or a client certificate and its key (inline or files, as kind and kubeadm write them).
 */
export function parseKubeconfig(path: string, parsed: unknown): Kubeconfig {
  const config = (parsed ?? {}) as Config;
  const fail = (what: string) => new ConfigurationError(`input 'kubeconfig': ${path} ${what}`);
  if (typeof config !== 'object' || !Array.isArray(config.clusters))
    throw fail('is not a kubeconfig (no clusters:)');
  const contextName = config['current-context'] ?? config.contexts?.[0]?.name;
  const context = config.contexts?.find(c => c.name === contextName);
  if (!context?.context) throw fail(`has no context ${quoted(String(contextName ?? ''))} (current-context)`);
  const cluster = config.clusters.find(c => c.name === context.context!.cluster);
  const server = cluster?.cluster?.server;
  if (!cluster?.cluster || !server)
    throw fail(`names no server for the cluster of context ${quoted(contextName!)}`);
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw fail(`names a server that is not a URL: ${quoted(server)}`);
  }
  if (url.protocol !== 'https:')
    throw fail(`names a server that is not https: ${quoted(server)} (the token would travel in the clear)`);
  if (cluster.cluster['insecure-skip-tls-verify'])
    throw fail(
      "skips the server's certificate check (insecure-skip-tls-verify); give its certificate-authority-data instead"
    );
  const relative = (file: string) => (isAbsolute(file) ? file : resolve(dirname(path), file));
  let caData = cluster.cluster['certificate-authority-data'];
  const caFile = cluster.cluster['certificate-authority'];
  if (!caData && caFile) {
    try {
      caData = readFileSync(relative(caFile)).toString('base64');
    } catch {
      throw fail(`names a certificate-authority file that cannot be read: ${quoted(caFile)}`);
    }
  }
  const user = config.users?.find(u => u.name === context.context!.user)?.user;
  if (!user)
    throw fail(
      `has no user ${quoted(String(context.context.user ?? ''))} for context ${quoted(contextName!)}`
    );
  let kubeUser: KubeUser;
  if (user.token) kubeUser = { kind: 'token', token: user.token };
  else if (user.tokenFile) kubeUser = { kind: 'tokenFile', path: relative(user.tokenFile) };
  else if (user.exec?.command)
    kubeUser = {
      kind: 'exec',
      command: user.exec.command,
      args: user.exec.args ?? [],
      env: Object.fromEntries((user.exec.env ?? []).map(e => [e.name, e.value]))
    };
  else if (user['client-certificate'] || user['client-certificate-data']) {
    const pemOf = (data: string | undefined, file: string | undefined, what: string, label: RegExp) => {
      let text: string;
      if (data) text = Buffer.from(data, 'base64').toString('utf8');
      else if (file) {
        try {
          text = readFileSync(relative(file), 'utf8');
        } catch {
          throw fail(`names a ${what} file that cannot be read: ${quoted(file)}`);
        }
      } else
        throw fail(`gives user ${quoted(String(context.context!.user))} a client certificate but no ${what}`);
      if (!label.test(text))
        throw fail(`gives user ${quoted(String(context.context!.user))} a ${what} that is not PEM`);
      return text;
    };
    kubeUser = {
      kind: 'certificate',
      cert: pemOf(
        user['client-certificate-data'],
        user['client-certificate'],
        'client-certificate',
        /-----BEGIN CERTIFICATE-----/
      ),
      key: pemOf(
        user['client-key-data'],
        user['client-key'],
        'client-key',
        /-----BEGIN [A-Z ]*PRIVATE KEY-----/
      )
    };
  } else
    throw fail(
      `gives user ${quoted(String(context.context.user))} no token, tokenFile or exec credential plugin`
    );
  return {
    path,
    context: contextName!,
    cluster: cluster.name ?? contextName!,
    server,
    ...(caData ? { caData } : {}),
    user: kubeUser
  };
}

/**
 * How the kubeconfig's user proves who it is: its client certificate, or a token provider (the token, the file read
 * again each time, or the plugin's answer).
 */
export function kubeconfigCredential(config: Kubeconfig): KubeCredential {
  const user = config.user;
  if (user.kind === 'certificate') return { certificate: { cert: user.cert, key: user.key } };
  return { token: kubeconfigToken(user) };
}

function kubeconfigToken(user: Exclude<KubeUser, { kind: 'certificate' }>): () => Promise<string> {
  if (user.kind === 'token') return () => Promise.resolve(user.token);
  if (user.kind === 'tokenFile') return () => Promise.resolve(readFileSync(user.path, 'utf8').trim());
  let cached: { token: string; until: number } | undefined;
  return async () => {
    if (cached && cached.until > Date.now() + 30_000) return cached.token;
    const result = await execTool(user.command, user.args, { env: { ...process.env, ...user.env } });
    if (result.code !== 0)
      throw new ConfigurationError(
        `the kubeconfig's credential plugin ${quoted(user.command)} failed (exit code ${result.code}): ${result.tail.slice(-3).join(' ')}`
      );
    const credential = JSON.parse(result.stdout) as {
      status?: { token?: string; expirationTimestamp?: string };
    };
    const token = credential.status?.token;
    if (!token)
      throw new ConfigurationError(
        `the kubeconfig's credential plugin ${quoted(user.command)} printed no status.token`
      );
    const expiry = Date.parse(credential.status?.expirationTimestamp ?? '');
    cached = { token, until: Number.isNaN(expiry) ? Date.now() + 300_000 : expiry };
    return token;
  };
}
