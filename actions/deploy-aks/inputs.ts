import { existsSync } from 'node:fs';
import { ConfigurationError } from '../shared/errors.js';
import type { ClusterTarget } from './cluster.js';
import { getOptionalInput, getRequiredInput, parseDuration, requireGuid } from '../shared/inputs.js';
import { rejectHelmInputs } from './helm-inputs.js';
import { getStrategyInputs, type StrategyInputs } from './strategy-inputs.js';

/** One line of the `images` input: the image for the containers named `container`, or for every container of `repository`. */
export interface ImageRule {
  /** Containers of this name get the image (a `name=<image>` line). */
  container?: string;
  /** `<registry>/<repository>`: containers running any tag or digest of it get the image (a bare `<image>` line). */
  repository: string;
  image: string;
}

export interface Inputs {
  subscriptionId: string;
  resourceGroup: string;
  cluster: string;
  manifests: string[];
  images: ImageRule[];
  /** For objects whose manifest names no namespace. */
  namespace: string;
  timeoutMs: number;
  /** rolling (the default), or blue-green / canary through an HTTPRoute's weights. */
  strategy: StrategyInputs;
}

const imagePattern = /^([a-z0-9.-]+(?::\d+)?)\/([a-z0-9._/-]+)(?::[\w.-]+)?@sha256:[a-f0-9]{64}$/;
const dns1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** `<registry>/<repository>` of an image reference: a registry port is kept, a tag or digest dropped. */
export function repositoryOf(image: string): string {
  const withoutDigest = image.split('@')[0]!;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  return colon > lastSlash ? withoutDigest.slice(0, colon) : withoutDigest;
}

/** `container=<image>` or `<image>` lines; every image by digest so the cluster runs exactly what was tested. */
export function parseImages(value: string): ImageRule[] {
  return value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#'))
    .map(line => {
      const at = line.indexOf('=');
      const container = at > 0 ? line.slice(0, at).trim() : undefined;
      const image = (at > 0 ? line.slice(at + 1) : line).trim();
      if (container !== undefined && !dns1123.test(container)) {
        throw new ConfigurationError(`input 'images': '${container}' in '${line}' is not a container name`);
      }
      if (!imagePattern.test(image)) {
        throw new ConfigurationError(
          `input 'images': '${image}' must name the image by digest (<registry>/<repository>@sha256:<64 hex digits>); deploy the digest build-push outputs`
        );
      }
      return { ...(container ? { container } : {}), repository: repositoryOf(image), image };
    });
}

/** `subscription-id`, or the subscription login exported; checked as a GUID with the other cluster inputs. */
export function subscriptionInput(env: NodeJS.ProcessEnv): string {
  const subscription = getOptionalInput('subscription-id') ?? env['AZURE_SUBSCRIPTION_ID'];
  if (!subscription) {
    throw new ConfigurationError(
      "input 'subscription-id' is required (or run musafirgo/actions/login with subscription-id first)"
    );
  }
  return subscription;
}

/** Where every cluster mode works (manifests, helm, rollback): the cluster, the namespace and the timeout. */
export function clusterInputs(subscription: string): ClusterTarget & { timeoutMs: number } {
  const namespace = getOptionalInput('namespace') ?? 'default';
  if (!dns1123.test(namespace))
    throw new ConfigurationError(`input 'namespace' must be a namespace name, not '${namespace}'`);
  return {
    subscriptionId: requireGuid('subscription-id', subscription, 'subscription ID'),
    resourceGroup: getRequiredInput('resource-group', 'the resource group of the AKS cluster'),
    cluster: getRequiredInput('cluster', 'the name of the AKS cluster'),
    namespace,
    timeoutMs: parseDuration('timeout', getOptionalInput('timeout') ?? '10m')
  };
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const subscription = subscriptionInput(env);
  const mode = getOptionalInput('mode') ?? 'manifests';
  if (mode !== 'manifests') {
    throw new ConfigurationError(`input 'mode' must be manifests, helm or gitops, not '${mode}'`);
  }
  rejectHelmInputs(mode);
  const manifests = getRequiredInput('manifests', 'the Kubernetes manifest files to apply, one path per line')
    .split(/[\r\n,]+/)
    .map(path => path.trim())
    .filter(Boolean);
  for (const path of manifests) {
    if (!existsSync(path)) {
      throw new ConfigurationError(
        `input 'manifests': no file '${path}' in the workspace (${process.cwd()}); check the repository out first`
      );
    }
  }
  return {
    ...clusterInputs(subscription),
    manifests,
    images: parseImages(
      getRequiredInput(
        'images',
        'the images to deploy, by digest, one per line: <container>=<registry>/<repository>@sha256:<digest>'
      )
    ),

    strategy: getStrategyInputs()
  };
}
