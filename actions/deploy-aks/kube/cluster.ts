import * as core from '@actions/core';
import { armClientOptions, armCall, withoutFormData } from '../../shared/arm.js';
import { sessionFromEnv, type AzureSession } from '../../shared/azure.js';
import type { Clock } from '../../shared/clock.js';
import { RemoteError } from '../../shared/errors.js';
import { logRetry, type Phases } from '../../shared/log.js';
import { KubeClient, clusterOf } from './client.js';
import { kubeconfigCredential, type Kubeconfig } from './kubeconfig.js';
import type { RolloutDeps } from './rollout.js';
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
  /** A cluster outside Azure: the user's kubeconfig, which Helm is given as it is. */
  kubeconfigPath?: string;
}

/** A cluster outside Azure, from the kubeconfig input: its server and CA, and its user's token for every request. */
export function kubeconfigCluster(config: Kubeconfig): ClusterAccess {
  const caData = config.caData ?? '';
  return {
    name: config.cluster,
    server: config.server,
    caData,
    api: new KubeClient(
      config.server,
      caData ? Buffer.from(caData, 'base64').toString('utf8') : undefined,
      kubeconfigCredential(config)
    ),
    kubeconfigPath: config.path
  };
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
    api: new KubeClient(cluster.server, caData ? Buffer.from(caData, 'base64').toString('utf8') : undefined, {
      token
    })
  };
}

/** Where the step works: the inputs every cluster method shares. */
export interface ClusterTarget {
  subscriptionId: string;
  resourceGroup: string;
  cluster: string;
  namespace: string;
}

/** The step's session: the identity login exported, and the credential every later token comes from. */
export function stepSession(clock: Clock): AzureSession {
  return sessionFromEnv('deploy-aks', process.env, { clock });
}

/**
 * The cluster, timed as the phase 'Cluster credentials': the Entra token for the API server is fetched while ARM
 * answers (the credential caches it for the requests that follow).
 */
export async function openCluster(
  session: AzureSession,
  target: ClusterTarget,
  clock: Clock,
  phases: Phases
): Promise<ClusterAccess> {
  const kubeToken = session.credential.getToken(AKS_SERVER_SCOPE);
  kubeToken.catch(() => undefined);
  return phases.time('Cluster credentials', async () => {
    const access = await connect(session, target, clock);
    await kubeToken;
    return access;
  });
}

/** What the step's rollouts use: the cluster, the runner's log, retries logged, the step's timeout. */
export function stepRollout(
  cluster: ClusterAccess,
  clock: Clock,
  phases: Phases,
  timeoutMs: number,
  pollMs?: number
): RolloutDeps {
  return { api: cluster.api, clock, phases, log: core.info, onRetry: logRetry, timeoutMs, pollMs };
}
