import * as core from '@actions/core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { strategies, type Strategy } from '../shared/delivery.js';
import { ConfigurationError } from '../shared/errors.js';
import { readInputFile } from '../shared/files.js';
import { parseYamlInput } from '../shared/yaml-input.js';
import {
  boundedDuration,
  getOptionalInput,
  parseCanarySteps,
  parseDuration,
  parseList,
  quoted,
  requireGuid,
  requireOneOf,
  subscriptionInput
} from '../shared/inputs.js';
import { parseGateInputs } from '../shared/smoke-gate.js';
import { parseKubeconfig, type Kubeconfig } from './kube/kubeconfig.js';

/** Every input of action.yml: read once, trimmed, '' as not given. */
const NAMES = [
  'mode',
  'method',
  'subscription-id',
  'resource-group',
  'cluster',
  'kubeconfig',
  'namespace',
  'timeout',
  'manifests',
  'images',
  'chart',
  'release',
  'values',
  'image-key',
  'image-values',
  'strategy',
  'route',
  'canary-steps',
  'bake-time',
  'smoke',
  'error-budget',
  'latency-budget',
  'infra-repository',
  'infra-branch',
  'values-file',
  'github-token',
  'argocd-server',
  'argocd-token',
  'argocd-application',
  'to-revision'
] as const;
type Name = (typeof NAMES)[number];
/** The inputs given to the step, by name. */
export type Given = Partial<Record<Name, string>>;

export const methods = ['manifests', 'helm', 'gitops'] as const;
export type Method = (typeof methods)[number];

/** One line of the `images` input: the image for the containers named `container`, or for every container of `repository`. */
export interface ImageRule {
  /** Containers of this name get the image (a `name=<image>` line). */
  container?: string;
  /** `<registry>/<repository>`: containers running any tag or digest of it get the image (a bare `<image>` line). */
  repository: string;
  image: string;
}

/** Where every cluster method works (manifests, helm, and their rollbacks). */
export interface ClusterInputs {
  subscriptionId: string;
  resourceGroup: string;
  /** The AKS cluster's name, or the kubeconfig's cluster for a cluster outside Azure. */
  cluster: string;
  /** A cluster outside Azure (kind, minikube): its kubeconfig, read and checked; no Azure login then. */
  kubeconfig?: Kubeconfig;
  /** For objects whose manifest names none; helm: the release's namespace. */
  namespace: string;
  /** How long each workload may take to become available (and each wait of the step: helm, the API). */
  timeoutMs: number;
}

export interface StrategyInputs {
  /** rolling: the Deployments updated in place; blue-green / canary: two slots behind an HTTPRoute. */
  strategy: Strategy;
  /** The HTTPRoute whose weights move traffic between the slots. */
  route?: string;
  canarySteps: number[];
  bakeTimeMs: number;
  /** A smoke suite file, or paths / URLs one per line, run against the idle slot before and while it takes traffic. */
  smoke?: string;
  /** Share of the gate's requests (retries included) that may fail, in percent. */
  errorBudget: number;
  /** The slowest check's p95 at a gate may not exceed this. */
  latencyBudgetMs?: number;
}

export interface ManifestsInputs extends ClusterInputs {
  /** The manifest files, in the order given. */
  manifests: string[];
  images: ImageRule[];
  strategy: StrategyInputs;
}

/** What method helm reads: the chart, its values per environment, and the one image it sets by digest. */
export interface HelmInputs extends ClusterInputs {
  /** A chart directory or a packaged chart (.tgz). */
  chart: string;
  release: string;
  /** Values files in the order Helm applies them (later ones win). */
  values: string[];
  image: { reference: string; repository: string; digest: string };
  /** The values path holding the image (its `repository` and `digest`, or `tag`, `registry`), e.g. `image`. */
  imageKey: string;
  /** `image-values`: values paths set explicitly from the image (`api.image.tag={tag}@{digest}`), instead of image-key. */
  imageValues?: { key: string; template: string }[];
  /** rolling: the release itself; blue-green / canary: the releases `<release>-blue` and `<release>-green`. */
  strategy: StrategyInputs;
  /** Values set as strings on top of the files (`slot=blue` for a slot's release). */
  set?: string[];
}

/** What method gitops reads: where the values file lives, which image to commit, which Argo CD application syncs it. */
export interface GitopsInputs {
  /** owner/name */
  repository: string;
  branch: string;
  valuesFile: string;
  /** The path of the image mapping in the values file, e.g. ['image'] or ['itinerary', 'image']. */
  imageKey: string[];
  image: { reference: string; repository: string; digest: string };
  githubToken: string;
  githubApiUrl: string;
  argocdServer: string;
  argocdToken: string;
  application: string;
  timeoutMs: number;
}

/** What mode rollback reads. Everything else is what the deploy that is undone already set up. */
export interface RollbackInputs extends ClusterInputs {
  method: 'manifests' | 'helm';
  /** helm: the release; the revision to go back to (default: the one deployed before the current one). */
  release?: string;
  /** helm: a release revision; manifests: a pod-template-hash. */
  toRevision?: string;
  /** manifests: the files naming the Deployments (and, with a route, the Service and HTTPRoute) to roll back. */
  manifests: string[];
  /** blue-green / canary: all traffic back to the other slot of this HTTPRoute. */
  route?: string;
}

export type Manifests = { mode: 'deploy'; method: 'manifests' } & ManifestsInputs;
export type Helm = { mode: 'deploy'; method: 'helm' } & HelmInputs;
export type Gitops = { mode: 'deploy'; method: 'gitops' } & GitopsInputs;
export type Rollback = { mode: 'rollback' } & RollbackInputs;
/** The step, as its inputs say: one method of deploying, or a rollback. */
export type Inputs = Manifests | Helm | Gitops | Rollback;

const imagePattern = /^([a-z0-9.-]+(?::\d+)?)\/([a-z0-9._/-]+)(?::[\w.-]+)?@sha256:[a-f0-9]{64}$/;
const dns1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Helm's own rule for release names (a DNS-1123 subdomain of at most 53 characters). */
const releasePattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const repositoryPattern = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const applicationPattern = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

/** Inputs only method helm uses; any of them with another method is a mistake worth naming. */
const HELM_ONLY = ['chart', 'release', 'values', 'image-values'] as const;
/** Inputs only method gitops uses: refused by name with the cluster methods, as the helm-only ones are. */
const GITOPS_ONLY = [
  'infra-repository',
  'infra-branch',
  'values-file',
  'github-token',
  'argocd-server',
  'argocd-token',
  'argocd-application'
] as const;
/** Where a cluster outside Azure is reached with `kubeconfig`, these name an AKS cluster instead. */
const AKS_ONLY = ['cluster', 'resource-group', 'subscription-id'] as const;
/** A manifests or values file: 10 MB is well over any real one. */
const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
/** The inputs of blue-green and canary; each one given with the rolling strategy is a mistake worth naming. */
const TRAFFIC_ONLY = [
  'route',
  'canary-steps',
  'bake-time',
  'smoke',
  'error-budget',
  'latency-budget'
] as const;
/** Inputs of the cluster methods: naming one with method gitops is a mistake worth stopping for. */
const CLUSTER_ONLY = ['manifests', 'cluster', 'resource-group', 'subscription-id', 'kubeconfig'] as const;
/** Inputs of a deploy that a rollback does not take. */
const DEPLOY_ONLY = [
  'images',
  'chart',
  'values',
  'image-values',
  'smoke',
  'canary-steps',
  'bake-time',
  'strategy'
] as const;

/** Reads every input once; the tokens are masked before anything else can print them. */
export function readInputs(): Given {
  const given: Given = {};
  for (const name of NAMES) {
    const value = getOptionalInput(name);
    if (value === undefined) continue;
    if (name === 'github-token' || name === 'argocd-token') core.setSecret(value);
    given[name] = value;
  }
  return given;
}

const present = (given: Given, names: readonly Name[]) => names.filter(name => given[name] !== undefined);
const listed = (names: readonly string[]) =>
  `input${names.length > 1 ? 's' : ''} ${names.map(s => `'${s}'`).join(', ')}`;

function required(given: Given, name: Name, hint: string): string {
  const value = given[name];
  if (value === undefined) throw new ConfigurationError(`input '${name}' is required: ${hint}`);
  return value;
}

/** `<registry>/<repository>` of an image reference: a registry port is kept, a tag or digest dropped. */
export function repositoryOf(image: string): string {
  const withoutDigest = image.split('@')[0]!;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  return colon > lastSlash ? withoutDigest.slice(0, colon) : withoutDigest;
}

/** `container=<image>` or `<image>` lines; every image by digest so the cluster runs exactly what was tested. */
export function parseImages(value: string): ImageRule[] {
  return parseList(value).map(line => {
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

/** `timeout`, within a second and a GitHub job's 6 hours (a larger one would overflow Node's timers). */
export function timeoutOf(given: Given): number {
  const value = given.timeout ?? '10m';
  return boundedDuration('timeout', value, 1000);
}

/** The gitops-only inputs given to a cluster method, refused by name. */
function refuseGitopsInputs(given: Given, method: string): void {
  const stray = present(given, GITOPS_ONLY);
  if (stray.length)
    throw new ConfigurationError(
      `${listed(stray)} only appl${stray.length > 1 ? 'y' : 'ies'} to method gitops; remove ${stray.length > 1 ? 'them' : 'it'} (method is ${method})`
    );
}

/** Where the step works: an AKS cluster by subscription, group and name, or a cluster outside Azure by kubeconfig. */
function clusterInputs(given: Given, env: NodeJS.ProcessEnv): ClusterInputs {
  const namespace = given.namespace ?? 'default';
  if (!dns1123.test(namespace) || namespace.length > 63)
    throw new ConfigurationError(`input 'namespace' must be a namespace name, not ${quoted(namespace)}`);
  const timeoutMs = timeoutOf(given);
  if (given.kubeconfig !== undefined) {
    const stray = present(given, AKS_ONLY);
    if (stray.length)
      throw new ConfigurationError(
        `${listed(stray)} name${stray.length > 1 ? '' : 's'} an AKS cluster, and input 'kubeconfig' names another; give one or the other`
      );
    const file = readInputFile('kubeconfig', given.kubeconfig, {
      maxBytes: 1024 * 1024,
      what: 'a kubeconfig file',
      env
    });
    const kubeconfig = parseKubeconfig(file.path, parseYamlInput('kubeconfig', file));
    return {
      subscriptionId: '',
      resourceGroup: '',
      cluster: kubeconfig.cluster,
      kubeconfig,
      namespace,
      timeoutMs
    };
  }
  const subscription = subscriptionInput(env, given['subscription-id']);
  return {
    subscriptionId: requireGuid('subscription-id', subscription, 'subscription ID'),
    resourceGroup: required(
      given,
      'resource-group',
      'the resource group of the AKS cluster (or kubeconfig, for a cluster outside Azure)'
    ),
    cluster: required(
      given,
      'cluster',
      'the name of the AKS cluster (or kubeconfig, for a cluster outside Azure)'
    ),
    namespace,
    timeoutMs
  };
}

/** Manifest files, one per line or comma-separated, each a text file of the workspace (read in render.ts). */
function manifestFiles(given: Given, hint: string): string[] {
  const files = parseList(required(given, 'manifests', hint), { commas: true });
  for (const path of files) {
    if (!existsSync(path)) {
      throw new ConfigurationError(
        `input 'manifests': no file '${path}' in the workspace (${process.cwd()}); check the repository out first`
      );
    }
    readInputFile('manifests', path, { maxBytes: MAX_MANIFEST_BYTES, what: 'Kubernetes manifests' });
  }
  return files;
}

/** The one bare image by digest of methods helm and gitops. */
function oneImage(
  images: ImageRule[],
  mistake: string
): { reference: string; repository: string; digest: string } {
  if (images.length !== 1 || images[0]!.container) throw new ConfigurationError(mistake);
  const reference = images[0]!.image;
  return {
    reference,
    repository: repositoryOf(reference),
    digest: reference.slice(reference.indexOf('@') + 1)
  };
}

/** The inputs of blue-green and canary, checked against the strategy. */
export function getStrategyInputs(given: Given = readInputs()): StrategyInputs {
  const strategy = requireOneOf('strategy', given.strategy ?? 'rolling', strategies);
  const { route } = given;
  if (strategy === 'rolling') {
    const stray = present(given, TRAFFIC_ONLY);
    if (stray.length) {
      throw new ConfigurationError(
        `${listed(stray)} only apply with strategy blue-green or canary; set strategy, or remove them`
      );
    }
    return { strategy, canarySteps: [100], bakeTimeMs: 0, errorBudget: 0 };
  }
  if (!route) {
    throw new ConfigurationError(
      `input 'route' is required with strategy ${strategy}: the name of the Gateway API HTTPRoute that sends traffic to the service (in the namespace of the manifests)`
    );
  }
  if (!dns1123.test(route) || route.length > 253)
    throw new ConfigurationError(`input 'route' must be an HTTPRoute name, not ${quoted(route)}`);
  if (given['canary-steps'] && strategy !== 'canary')
    throw new ConfigurationError(`input 'canary-steps' only applies with strategy canary, not ${strategy}`);
  const gate = parseGateInputs({
    smoke: given.smoke,
    errorBudget: given['error-budget'],
    latencyBudget: given['latency-budget']
  });
  return {
    strategy,
    route,
    canarySteps: strategy === 'canary' ? parseCanarySteps(given['canary-steps'] ?? '10,50,100') : [100],
    bakeTimeMs: parseDuration('bake-time', given['bake-time'] ?? '60s'),
    ...gate
  };
}

function manifestsInputs(given: Given, env: NodeJS.ProcessEnv): ManifestsInputs {
  refuseGitopsInputs(given, 'manifests');
  const stray = present(given, HELM_ONLY);
  if (stray.length) {
    throw new ConfigurationError(
      `${listed(stray)} only apply to method helm; set method: helm, or remove ${stray.length > 1 ? 'them' : 'it'} (method is manifests)`
    );
  }
  const manifests = manifestFiles(given, 'the Kubernetes manifest files to apply, one path per line');
  const images = parseImages(
    required(
      given,
      'images',
      'the images to deploy, by digest, one per line: <container>=<registry>/<repository>@sha256:<digest>'
    )
  );
  return { ...clusterInputs(given, env), manifests, images, strategy: getStrategyInputs(given) };
}

/** The chart's name: Chart.yaml's `name` for a directory, `<name>-<version>.tgz` for a packaged chart. */
function chartName(chart: string): string {
  if (statSync(chart).isDirectory()) {
    const file = join(chart, 'Chart.yaml');
    if (!existsSync(file))
      throw new ConfigurationError(
        `input 'chart': '${chart}' is a directory without Chart.yaml; name the chart's directory`
      );
    const name = (parse(readFileSync(file, 'utf8')) as { name?: unknown } | null)?.name;
    if (typeof name !== 'string' || !name)
      throw new ConfigurationError(`input 'chart': ${file} names no chart (name:)`);
    return name;
  }
  const packaged = /^(.+)-\d+\.\d+\.\d+[^/]*\.tgz$/.exec(basename(chart));
  if (!packaged)
    throw new ConfigurationError(
      `input 'chart': '${chart}' is neither a chart directory nor a packaged chart (<name>-<version>.tgz)`
    );
  return packaged[1]!;
}

function helmInputs(given: Given, env: NodeJS.ProcessEnv): HelmInputs {
  refuseGitopsInputs(given, 'helm');
  if (given.manifests !== undefined)
    throw new ConfigurationError(
      "input 'manifests' does not apply to method helm: the chart renders the manifests; remove it, or use method manifests"
    );
  const strategy = getStrategyInputs(given);
  const chart = required(given, 'chart', 'the chart to deploy: a chart directory or a packaged chart (.tgz)');
  if (!existsSync(chart))
    throw new ConfigurationError(
      `input 'chart': no '${chart}' in the workspace (${process.cwd()}); check the repository out first`
    );
  const release = given.release ?? chartName(chart);
  // With a strategy the releases are <release>-blue and <release>-green: six characters more.
  if (!releasePattern.test(release) || release.length > (strategy.strategy === 'rolling' ? 53 : 47))
    throw new ConfigurationError(
      `input 'release': '${release}' is not a Helm release name (lower-case letters, digits, - and ., at most 53 characters)`
    );
  const values = parseList(given.values);
  for (const file of values) {
    if (!existsSync(file))
      throw new ConfigurationError(
        `input 'values': no file '${file}' in the workspace (${process.cwd()}); values files are applied in the order given`
      );
    parseYamlInput(
      'values',
      readInputFile('values', file, { maxBytes: MAX_MANIFEST_BYTES, what: 'a Helm values file' })
    );
  }
  const image = oneImage(
    parseImages(
      required(given, 'images', 'the image to deploy, by digest: <registry>/<repository>@sha256:<digest>')
    ),
    "input 'images': method helm takes one image, by digest and without a container name (<registry>/<repository>@sha256:<digest>); the chart's values place it (image-key)"
  );
  const imageKey = given['image-key'] ?? 'image';
  if (!valuesPath.test(imageKey))
    throw new ConfigurationError(
      `input 'image-key' must be a dotted path of values keys such as image or itinerary.image, not ${quoted(imageKey)}`
    );
  const imageValues =
    given['image-values'] === undefined ? undefined : parseImageValues(given['image-values']);
  if (imageValues && given['image-key'] !== undefined)
    throw new ConfigurationError(
      "inputs 'image-key' and 'image-values' both say where the image goes; give image-key (the convention is read from the chart) or image-values (each key set explicitly)"
    );
  return {
    ...clusterInputs(given, env),
    chart,
    release,
    values,
    image,
    imageKey,
    ...(imageValues ? { imageValues } : {}),
    strategy
  };
}

const valuesPath = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
/** What an `image-values` line may put in a value: the image's parts. */
export const IMAGE_PLACEHOLDERS = ['registry', 'repository', 'image', 'tag', 'digest', 'reference'] as const;

/** `image-values`: `<values path>=<template>` lines, the template made of {registry}, {repository}, {tag}, {digest}, ... */
export function parseImageValues(value: string): { key: string; template: string }[] {
  const lines = parseList(value);
  if (!lines.length)
    throw new ConfigurationError("input 'image-values' holds no <values path>=<template> line");
  return lines.map(line => {
    const at = line.indexOf('=');
    const key = line.slice(0, Math.max(at, 0)).trim();
    const template = line.slice(at + 1).trim();
    if (at <= 0 || !valuesPath.test(key))
      throw new ConfigurationError(
        `input 'image-values': ${quoted(line)} is not <values path>=<template>, e.g. api.image.tag={tag}@{digest}`
      );
    const unknown = [...template.matchAll(/\{([^}]*)\}/g)]
      .map(m => m[1]!)
      .filter(name => !(IMAGE_PLACEHOLDERS as readonly string[]).includes(name));
    if (unknown.length || !/\{/.test(template))
      throw new ConfigurationError(
        `input 'image-values': ${quoted(line)} ${unknown.length ? `uses {${unknown[0]}}` : 'names no part of the image'}; the template may use ${IMAGE_PLACEHOLDERS.map(n => `{${n}}`).join(', ')}`
      );
    return { key, template };
  });
}

function gitopsInputs(given: Given, env: NodeJS.ProcessEnv): GitopsInputs {
  for (const name of present(given, CLUSTER_ONLY)) {
    throw new ConfigurationError(
      `input '${name}' does not apply to method gitops: Argo CD applies the chart of the infrastructure repository to its own cluster; remove it, or use method manifests`
    );
  }
  const repository = required(given, 'infra-repository', 'the infrastructure repository as owner/name');
  if (!repositoryPattern.test(repository))
    throw new ConfigurationError(`input 'infra-repository' must be owner/name, not ${quoted(repository)}`);
  const branch = given['infra-branch'] ?? 'main';
  if (!/^[\w.-]+(\/[\w.-]+)*$/.test(branch) || branch.includes('..'))
    throw new ConfigurationError(`input 'infra-branch' must be a branch name, not ${quoted(branch)}`);
  const valuesFile = required(
    given,
    'values-file',
    'the path of the values file in the infrastructure repository, e.g. environments/dev/itinerary.yaml'
  ).replace(/^\.\//, '');
  if (!/\.ya?ml$/.test(valuesFile) || valuesFile.startsWith('/') || valuesFile.split('/').includes('..'))
    throw new ConfigurationError(
      `input 'values-file' must be a YAML file's path inside the repository (no leading /, no ..), not ${quoted(valuesFile)}`
    );
  const imageKey = (given['image-key'] ?? 'image').split('.');
  if (!imageKey.every(part => /^[A-Za-z0-9_-]+$/.test(part)))
    throw new ConfigurationError(
      `input 'image-key' must be a dotted path of values keys such as image or itinerary.image`
    );
  const images = parseImages(
    required(given, 'images', 'the image to deploy, by digest: <registry>/<repository>@sha256:<digest>')
  );
  const image = oneImage(
    images,
    `input 'images' must hold exactly one bare <registry>/<repository>@sha256:<digest> with method gitops (the image of image-key), not ${images.length} line(s)${images[0]?.container ? ' naming a container' : ''}`
  );
  const githubToken = given['github-token'];
  if (!githubToken) {
    throw new ConfigurationError(
      `input 'github-token' is required with method gitops: a token that may write the contents of ${repository} (a GitHub App installation token or a fine-grained token with contents: write; the job's GITHUB_TOKEN cannot write another repository)`
    );
  }
  const argocdServer = required(
    given,
    'argocd-server',
    'the URL of the Argo CD API server, https://...'
  ).replace(/\/+$/, '');
  let server: URL;
  try {
    server = new URL(argocdServer.includes('://') ? argocdServer : `https://${argocdServer}`);
  } catch {
    throw new ConfigurationError(
      `input 'argocd-server' must be the Argo CD server's URL, not ${quoted(argocdServer)}`
    );
  }
  if (server.protocol !== 'https:')
    throw new ConfigurationError(`input 'argocd-server' must use https (the token is a bearer credential)`);
  const argocdToken = given['argocd-token'];
  if (!argocdToken) {
    throw new ConfigurationError(
      `input 'argocd-token' is required with method gitops: an API token of an Argo CD account allowed to get and sync the application (argocd account generate-token)`
    );
  }
  const application = required(given, 'argocd-application', 'the name of the Argo CD application to sync');
  if (!applicationPattern.test(application))
    throw new ConfigurationError(
      `input 'argocd-application' must be an application name, not ${quoted(application)}`
    );
  return {
    repository,
    branch,
    valuesFile,
    imageKey,
    image,
    githubToken,
    githubApiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    argocdServer: server.origin + server.pathname.replace(/\/+$/, ''),
    argocdToken,
    application,
    timeoutMs: timeoutOf(given)
  };
}

function rollbackInputs(given: Given, method: Method, env: NodeJS.ProcessEnv): RollbackInputs {
  if (method === 'gitops') {
    throw new ConfigurationError(
      "input 'mode': rollback applies to methods manifests and helm; with method gitops deploy the previous image again (the previous-revision of the failed run is its commit) so the infrastructure repository says what runs"
    );
  }
  const stray = present(given, DEPLOY_ONLY);
  if (stray.length) {
    throw new ConfigurationError(
      `${listed(stray)} do${stray.length > 1 ? '' : 'es'} not apply with mode rollback (a rollback deploys nothing new); remove ${stray.length > 1 ? 'them' : 'it'}`
    );
  }
  refuseGitopsInputs(given, method);
  const toRevision = given['to-revision'];
  const common = clusterInputs(given, env);
  const { route } = given;
  if (method === 'helm' && toRevision !== undefined && !/^[1-9]\d*$/.test(toRevision))
    throw new ConfigurationError(
      `input 'to-revision' must be a Helm release revision number, not ${quoted(toRevision)}`
    );
  if (toRevision !== undefined && route)
    throw new ConfigurationError(
      "input 'to-revision' does not apply with a route: a rollback through the route sends the traffic back to the other slot"
    );
  return {
    method,
    ...common,
    ...(method === 'helm'
      ? { release: required(given, 'release', 'the Helm release to roll back'), manifests: [] }
      : { manifests: manifestFiles(given, 'the manifest files naming the Deployments to roll back') }),
    ...(toRevision ? { toRevision } : {}),
    ...(route ? { route } : {})
  };
}

/** Reads and checks every input before any network call: one method of deploying, or a rollback. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const given = readInputs();
  const mode = requireOneOf('mode', given.mode ?? 'deploy', ['deploy', 'rollback'] as const);
  const method = given.method ?? 'manifests';
  if (!(methods as readonly string[]).includes(method))
    throw new ConfigurationError(`input 'method' must be manifests, helm or gitops, not ${quoted(method)}`);
  const chosen = method as Method;
  if (mode === 'rollback') return { mode, ...rollbackInputs(given, chosen, env) };
  if (given['to-revision'] !== undefined)
    throw new ConfigurationError(
      "input 'to-revision' only applies with mode: rollback (a deploy goes to the images given); set mode: rollback, or remove it"
    );
  switch (chosen) {
    case 'manifests':
      return { mode, method: chosen, ...manifestsInputs(given, env) };
    case 'helm':
      return { mode, method: chosen, ...helmInputs(given, env) };
    case 'gitops':
      return { mode, method: chosen, ...gitopsInputs(given, env) };
  }
}
