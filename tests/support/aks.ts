import https from 'node:https';
import type { Sandbox } from '../../sandbox/index.js';
import type { AksService } from '../../sandbox/aks/index.js';

/**
 * Which image answers each of `count` requests to `host` through the emulated cluster's Gateway, as a client on
 * the internet would see it: `{ <image>: n }`, or `HTTP <status>` for an answer that is not 200.
 */
export async function servedThroughGateway(
  sandbox: Sandbox,
  cluster: AksService,
  host: string,
  count: number,
  path = '/health'
): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    const answer = await new Promise<string>((resolve, reject) =>
      https
        .get(
          `${cluster.gatewayUrl}${path}`,
          { ca: sandbox.tls.ca, headers: { 'x-forwarded-host': host } },
          res => {
            res.resume();
            res.on('end', () =>
              resolve(
                res.statusCode === 200 ? String(res.headers['x-sandbox-image']) : `HTTP ${res.statusCode}`
              )
            );
          }
        )
        .on('error', reject)
    );
    seen[answer] = (seen[answer] ?? 0) + 1;
  }
  return seen;
}

/** A kubeconfig (JSON is YAML) for the emulated API server with a static bearer token, as kubelogin would leave one. */
export function tokenKubeconfig(
  sandbox: Sandbox,
  cluster: AksService,
  token: string,
  namespace?: string
): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'aks',
        cluster: {
          server: cluster.url,
          'certificate-authority-data': Buffer.from(sandbox.tls.ca).toString('base64')
        }
      }
    ],
    users: [{ name: 'u', user: { token } }],
    contexts: [{ name: 'aks', context: { cluster: 'aks', user: 'u', ...(namespace ? { namespace } : {}) } }],
    'current-context': 'aks'
  });
}
