import * as core from '@actions/core';
import type { ClusterAccess } from '../kube/cluster.js';
import type { RolloutDeps } from '../kube/rollout.js';
import { helmCli, writeKubeconfig, type CredentialCommand } from './cli.js';
import { releaseStore, type HelmDeps } from './release.js';

/**
 * Helm against the cluster: a kubeconfig whose user is this bundle as a credential plugin (node and the bundle by
 * default), the CLI in the release's namespace, the release history from its Secrets. `dispose` deletes the
 * kubeconfig.
 */
export function openHelm(
  cluster: ClusterAccess,
  rollout: RolloutDeps,
  namespace: string,
  helmPath: string,
  credential: CredentialCommand = { command: process.execPath, args: [process.argv[1]!] }
): { deps: Required<HelmDeps>; dispose: () => void } {
  // A cluster outside Azure: Helm reads the user's own kubeconfig, as kubectl would.
  const kubeconfig = cluster.kubeconfigPath
    ? { path: cluster.kubeconfigPath, dispose: () => undefined }
    : writeKubeconfig(cluster, credential);
  const helm = helmCli(kubeconfig.path, namespace, process.env, core.info, helmPath, rollout.timeoutMs);
  return {
    deps: {
      helm,
      rollout,
      releases: releaseStore(helm, rollout, namespace),
      warn: line => core.warning(line)
    },
    dispose: kubeconfig.dispose
  };
}
