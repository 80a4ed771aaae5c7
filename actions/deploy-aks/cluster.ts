import { armClientOptions, armCall, withoutFormData } from '../shared/arm.js';
import type { AzureSession } from '../shared/azure.js';
import type { Clock } from '../shared/clock.js';
import { RemoteError } from '../shared/errors.js';
import { logRetry } from '../shared/log.js';
import { KubeClient, clusterOf } from './kube-client.js';
import { AKS_SERVER_SCOPE } from './token.js';

export { AKS_SERVER_SCOPE } from './token.js';

export interface ClusterAccess {
  /** The cluster's name in its kubeconfig. */
  name: string;
  server: string;
  /** The API server's CA, base64 PEM (certificate-authority-data), for other clients such as Helm. */
  caData: string;
  /** The API server, each request with a fresh Entra token for the AKS server app (no kubelogin, nothing on disk). */
  api: KubeClient;
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
  let cluster: ReturnType<typeof clusterOf>;
  try {
    cluster = clusterOf(Buffer.from(value).toString('utf8'));
  } catch {
    throw new RemoteError(`the kubeconfig of ${target.cluster} names no cluster`, {
      service: 'arm',
      code: 'NoKubeconfig'
    });
  }
  const caData = cluster.caData ?? '';
  // The credential caches the token and asks GitHub for a new assertion when it runs out: no expiry in long jobs.
  const token = async () => (await session.credential.getToken(AKS_SERVER_SCOPE)).token;
  return {
    name: cluster.name,
    server: cluster.server,
    caData,
    api: new KubeClient(
      cluster.server,
      caData ? Buffer.from(caData, 'base64').toString('utf8') : undefined,
      token
    )
  };
}
