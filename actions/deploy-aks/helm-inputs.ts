import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError } from '../shared/errors.js';
import { getOptionalInput, getRequiredInput } from '../shared/inputs.js';
import { clusterInputs, parseImages, repositoryOf, subscriptionInput } from './inputs.js';
import { getStrategyInputs, type StrategyInputs } from './strategy-inputs.js';

/** What helm mode reads: the chart, its values per environment, and the one image it sets by digest. */
export interface HelmInputs {
  subscriptionId: string;
  resourceGroup: string;
  cluster: string;
  /** A chart directory or a packaged chart (.tgz). */
  chart: string;
  release: string;
  /** Values files in the order Helm applies them (later ones win). */
  values: string[];
  image: { reference: string; repository: string; digest: string };
  /** The values path holding `repository` and `digest`, e.g. `image` or `itinerary.image`. */
  imageKey: string;
  namespace: string;
  timeoutMs: number;
  /** rolling: the release itself; blue-green / canary: the releases `<release>-blue` and `<release>-green`. */
  strategy: StrategyInputs;
  /** Values set as strings on top of the files (`slot=blue` for a slot's release). */
  set?: string[];
}

/** Inputs only helm mode uses; any of them in another mode is a mistake worth naming. */
export const HELM_ONLY_INPUTS = ['chart', 'release', 'values'] as const;

/** Helm's own rule for release names (a DNS-1123 subdomain of at most 53 characters). */
const releasePattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** In manifests mode: refuses the helm-only inputs with a message that names them. */
export function rejectHelmInputs(mode: string): void {
  const stray = HELM_ONLY_INPUTS.filter(name => getOptionalInput(name) !== undefined);
  if (stray.length) {
    throw new ConfigurationError(
      `input${stray.length > 1 ? 's' : ''} ${stray.map(s => `'${s}'`).join(', ')} only apply to mode helm; set mode: helm, or remove ${stray.length > 1 ? 'them' : 'it'} (mode is ${mode})`
    );
  }
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

/** Reads and checks every helm-mode input before any network call. */
export function getHelmInputs(env: NodeJS.ProcessEnv = process.env): HelmInputs {
  const subscription = subscriptionInput(env);
  if (getOptionalInput('manifests') !== undefined)
    throw new ConfigurationError(
      "input 'manifests' does not apply to mode helm: the chart renders the manifests; remove it, or use mode manifests"
    );
  const strategy = getStrategyInputs();
  const chart = getRequiredInput(
    'chart',
    'the chart to deploy: a chart directory or a packaged chart (.tgz)'
  );
  if (!existsSync(chart))
    throw new ConfigurationError(
      `input 'chart': no '${chart}' in the workspace (${process.cwd()}); check the repository out first`
    );
  const release = getOptionalInput('release') ?? chartName(chart);
  // With a strategy the releases are <release>-blue and <release>-green: six characters more.
  if (!releasePattern.test(release) || release.length > (strategy.strategy === 'rolling' ? 53 : 47))
    throw new ConfigurationError(
      `input 'release': '${release}' is not a Helm release name (lower-case letters, digits, - and ., at most 53 characters)`
    );
  const values = (getOptionalInput('values') ?? '')
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#'));
  for (const file of values) {
    if (!existsSync(file))
      throw new ConfigurationError(
        `input 'values': no file '${file}' in the workspace (${process.cwd()}); values files are applied in the order given`
      );
  }
  const images = parseImages(
    getRequiredInput('images', 'the image to deploy, by digest: <registry>/<repository>@sha256:<digest>')
  );
  if (images.length !== 1 || images[0]!.container)
    throw new ConfigurationError(
      `input 'images': mode helm takes one image, by digest and without a container name (<registry>/<repository>@sha256:<digest>); the chart's values place it (image-key)`
    );
  const reference = images[0]!.image;
  const imageKey = getOptionalInput('image-key') ?? 'image';
  if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(imageKey))
    throw new ConfigurationError(
      `input 'image-key' must be a dotted path of values keys such as image or itinerary.image, not '${imageKey}'`
    );
  return {
    ...clusterInputs(subscription),
    chart,
    release,
    values,
    image: { reference, repository: repositoryOf(reference), digest: reference.split('@')[1]! },
    imageKey,
    strategy
  };
}
