import type { AccessToken } from '@azure/core-auth';
import { KubeConfig, KubernetesObjectApi } from '@kubernetes/client-node';
import { armClientOptions, armCall, withoutFormData } from '../shared/arm.js';
import type { AzureSession } from '../shared/azure.js';
import type { Clock } from '../shared/clock.js';
import { RemoteError } from '../shared/errors.js';
import { logRetry } from '../shared/log.js';
import { AKS_SERVER_SCOPE } from './token.js';

export { AKS_SERVER_SCOPE } from './token.js';

export interface ClusterAccess {
  /** The cluster's name in its kubeconfig. */
  name: string;
  server: string;
  /** The API server's CA, base64 PEM (certificate-authority-data), for other clients such as Helm. */
  caData: string;
  api: KubernetesObjectApi;
}

/**
 * A kubeconfig whose user is our credential: each request carries a fresh Entra token for the AKS server app
 * (the credential caches it and asks GitHub for a new assertion when it runs out), so no kubelogin, no token
 * written to disk, and no expiry in long jobs.
 */
class EntraKubeConfig extends KubeConfig {
  constructor(private readonly token: () => Promise<AccessToken>) {
    super();
  }

  override async applySecurityAuthentication(
    context: Parameters<KubeConfig['applySecurityAuthentication']>[0]
  ) {
    await super.applySecurityAuthentication(context);
    context.setHeaderParam('Authorization', `Bearer ${(await this.token()).token}`);
  }
}

/** The cluster's API server and CA from listClusterUserCredential (the kubeconfig kubelogin would complete). */
export async function connect(
  session: AzureSession,
  target: { subscriptionId: string; resourceGroup: string; cluster: string },
  clock: Clock
): Promise<ClusterAccess> {
  const { ContainerServiceClient } = await import('@azure/arm-containerservice');
  const client = withoutFormData(
    new ContainerServiceClient(session.credential, target.subscriptionId, armClientOptions(session.cloud))
  );
  const credentials = await armCall(
    `listClusterUserCredential of ${target.cluster}`,
    () =>
      client.managedClusters.listClusterUserCredentials(target.resourceGroup, target.cluster, {
        format: 'exec'
      }),
    { clock, onRetry: logRetry }
  );
  const value = credentials.kubeconfigs?.[0]?.value;
  if (!value) {
    throw new RemoteError(`AKS returned no kubeconfig for ${target.cluster}`, {
      service: 'arm',
      code: 'NoKubeconfig'
    });
  }
  const file = new KubeConfig();
  file.loadFromString(Buffer.from(value).toString('utf8'));
  const cluster = file.getCurrentCluster();
  if (!cluster) {
    throw new RemoteError(`the kubeconfig of ${target.cluster} names no cluster`, {
      service: 'arm',
      code: 'NoKubeconfig'
    });
  }
  const config = new EntraKubeConfig(() => session.credential.getToken(AKS_SERVER_SCOPE));
  config.loadFromOptions({
    clusters: [{ name: cluster.name, server: cluster.server, caData: cluster.caData, skipTLSVerify: false }],
    users: [{ name: 'github-oidc' }],
    contexts: [{ name: cluster.name, cluster: cluster.name, user: 'github-oidc' }],
    currentContext: cluster.name
  });
  return {
    name: cluster.name,
    server: cluster.server,
    caData: cluster.caData ?? '',
    api: KubernetesObjectApi.makeApiClient(config)
  };
}
