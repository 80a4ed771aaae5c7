import { parseAllDocuments, parse } from 'yaml';
import { ConfigurationError } from '../../shared/errors.js';
import { readInputFile } from '../../shared/files.js';
import type { HelmInputs } from '../inputs.js';
import type { ExpectedImage } from '../kube/rollout.js';
import { HelmError, type Helm } from './cli.js';

/** The parts of an image by digest that charts build their image from. */
export interface ImageParts {
  /** `musafirgodev.azurecr.io` */
  registry: string;
  /** `itinerary` (the path under the registry) */
  repository: string;
  /** `musafirgodev.azurecr.io/itinerary` */
  image: string;
  /** The reference's tag, or the chart's own (values, appVersion): only a label, the digest decides what runs. */
  tag: string;
  /** `sha256:...` */
  digest: string;
  /** The whole reference, `musafirgodev.azurecr.io/itinerary@sha256:...` */
  reference: string;
}

/** One way of putting the image into the chart's values: the `--set-string` values and how to name them. */
export interface Placement {
  /** `image.repository + image.tag`, as messages name it. */
  keys: string;
  values: Record<string, string>;
}

/** The image the chart renders into its pod specs, and where: what the rollout then checks the pods run. */
export interface RenderedPlacement extends Placement {
  expected: ExpectedImage[];
}

export function imageParts(reference: string, tag: string): ImageParts {
  const at = reference.indexOf('@');
  const named = reference.slice(0, at);
  const slash = named.indexOf('/');
  const colon = named.lastIndexOf(':');
  const image = colon > named.lastIndexOf('/') ? named.slice(0, colon) : named;
  return {
    registry: image.slice(0, slash),
    repository: image.slice(slash + 1),
    image,
    tag: colon > named.lastIndexOf('/') ? named.slice(colon + 1) : tag,
    digest: reference.slice(at + 1),
    reference
  };
}

type Values = Record<string, unknown>;
const isMap = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Helm's merge of values files: maps merge, anything else is replaced by the later file. */
function merge(base: Values, over: Values): Values {
  const out: Values = { ...base };
  for (const [k, v] of Object.entries(over))
    out[k] = isMap(v) && isMap(out[k]) ? merge(out[k] as Values, v) : v;
  return out;
}

const at = (values: Values, path: string): unknown =>
  path.split('.').reduce<unknown>((v, part) => (isMap(v) ? v[part] : undefined), values);

/**
 * The ways the image may go into the chart, the one its values suggest first: `image-values` as given; else, by the
 * keys of the mapping at image-key: `registry` + `repository` + `digest`, `repository` + `digest`, `registry` +
 * `repository` + `tag: <tag>@sha256:...`, `repository` + `tag: <tag>@sha256:...`, the repository with the digest, or
 * image-key as the whole reference.
 */
export function placements(
  inputs: Pick<HelmInputs, 'imageKey' | 'imageValues'>,
  values: Values,
  parts: ImageParts
): Placement[] {
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => String(parts[name as keyof ImageParts] ?? ''));
  if (inputs.imageValues)
    return [
      {
        keys: inputs.imageValues.map(v => v.key).join(' + '),
        values: Object.fromEntries(inputs.imageValues.map(v => [v.key, fill(v.template)]))
      }
    ];
  const key = inputs.imageKey;
  const mapping = at(values, key);
  const has = (field: string) => isMap(mapping) && field in mapping;
  const tagged = `${parts.tag}@${parts.digest}`;
  const all: (Placement & { fits: boolean })[] = [
    {
      keys: `${key}.registry + ${key}.repository + ${key}.digest`,
      values: {
        [`${key}.registry`]: parts.registry,
        [`${key}.repository`]: parts.repository,
        [`${key}.digest`]: parts.digest
      },
      fits: has('registry') && has('digest')
    },
    {
      keys: `${key}.repository + ${key}.digest`,
      values: { [`${key}.repository`]: parts.image, [`${key}.digest`]: parts.digest },
      fits: has('digest') && !has('registry')
    },
    {
      keys: `${key}.registry + ${key}.repository + ${key}.tag`,
      values: {
        [`${key}.registry`]: parts.registry,
        [`${key}.repository`]: parts.repository,
        [`${key}.tag`]: tagged
      },
      fits: has('registry') && has('tag')
    },
    {
      keys: `${key}.repository + ${key}.tag`,
      values: { [`${key}.repository`]: parts.image, [`${key}.tag`]: tagged },
      fits: has('tag') && !has('registry')
    },
    {
      keys: `${key}.repository (with the digest)`,
      values: { [`${key}.repository`]: parts.reference },
      fits: has('repository') && !has('tag') && !has('digest')
    },
    { keys: key, values: { [key]: parts.reference }, fits: typeof mapping === 'string' }
  ];
  // What the values suggest first, then the others: a chart may read keys its values.yaml does not list.
  return [...all.filter(p => p.fits), ...all.filter(p => !p.fits)].map(({ keys, values: v }) => ({
    keys,
    values: v
  }));
}

/** `--set-string a=1,b=2`, commas in values escaped as Helm reads them. */
export const setString = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([k, v]) => `${k}=${v.replace(/,/g, '\\,')}`)
    .join(',');

const POD_SPEC_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicaSet', 'Pod', 'CronJob'];

/** The containers of the rendered manifests (hooks of `helm test` aside), with the image each runs. */
export function renderedContainers(
  manifest: string,
  namespace: string
): (ExpectedImage & { image: string })[] {
  const found: (ExpectedImage & { image: string })[] = [];
  for (const document of parseAllDocuments(manifest)) {
    const o = document.toJS() as {
      kind?: string;
      metadata?: { name?: string; namespace?: string; annotations?: Record<string, string> };
      spec?: Record<string, unknown>;
    } | null;
    if (!o?.kind || !POD_SPEC_KINDS.includes(o.kind)) continue;
    if (/test/.test(o.metadata?.annotations?.['helm.sh/hook'] ?? '')) continue;
    type PodSpec = {
      containers?: { name: string; image?: string }[];
      initContainers?: { name: string; image?: string }[];
    };
    const spec = o.spec as {
      template?: { spec?: PodSpec };
      jobTemplate?: { spec?: { template?: { spec?: PodSpec } } };
    } & PodSpec;
    const pod: PodSpec | undefined =
      o.kind === 'Pod'
        ? spec
        : o.kind === 'CronJob'
          ? spec?.jobTemplate?.spec?.template?.spec
          : spec?.template?.spec;
    for (const c of [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])])
      found.push({
        kind: o.kind,
        name: o.metadata?.name ?? '',
        namespace: o.metadata?.namespace ?? namespace,
        container: c.name,
        image: String(c.image ?? '')
      });
  }
  return found;
}

/** The chart's own values (values.yaml, of a directory or a packaged chart) under the values files, merged as Helm does. */
export async function chartValues(helm: Helm, inputs: Pick<HelmInputs, 'chart' | 'values'>): Promise<Values> {
  const own = (parse((await helm(['show', 'values', inputs.chart])).stdout) ?? {}) as Values;
  return inputs.values.reduce<Values>(
    (merged, file) => {
      const text = readInputFile('values', file, {
        maxBytes: 10 * 1024 * 1024,
        what: 'a Helm values file'
      }).text;
      const parsed = parse(text) as unknown;
      return isMap(parsed) ? merge(merged, parsed) : merged;
    },
    isMap(own) ? own : {}
  );
}

/**
 * Finds, before anything is installed, how this chart takes the image: each placement is rendered with
 * `helm template` (the values files and sets of the real upgrade) until one carries the digest into a pod spec.
 * A chart where none does is refused, naming the keys tried and what each rendered.
 */
export async function placeImage(
  helm: Helm,
  inputs: HelmInputs,
  renderArgs: string[]
): Promise<RenderedPlacement> {
  const values = await chartValues(helm, inputs);
  const chartTag =
    String(at(values, `${inputs.imageKey}.tag`) ?? '') || (await appVersion(helm, inputs.chart)) || 'latest';
  const parts = imageParts(inputs.image.reference, chartTag);
  const tried: string[] = [];
  let rendered = false;
  let renderError: HelmError | undefined;
  for (const placement of placements(inputs, values, parts)) {
    let manifest: string;
    try {
      manifest = (
        await helm([
          'template',
          inputs.release,
          inputs.chart,
          ...renderArgs,
          '--set-string',
          setString(placement.values)
        ])
      ).stdout;
    } catch (error) {
      // A placement the chart's templates cannot take (a string where they read a map): the next one.
      if (!(error instanceof HelmError)) throw error;
      renderError ??= error;
      tried.push(`${placement.keys} (does not render: ${error.helmMessage.split('\n')[0]})`);
      continue;
    }
    rendered = true;
    const containers = renderedContainers(manifest, inputs.namespace);
    const expected = containers.filter(c => c.image.endsWith(`@${parts.digest}`));
    if (expected.length) return { ...placement, expected };
    const ours = containers.filter(c => c.image.includes(parts.repository));
    const shown = (ours.length ? ours : containers).map(c => c.image).filter(Boolean);
    tried.push(
      `${placement.keys} (renders ${shown.length ? [...new Set(shown)].join(', ') : 'no container'})`
    );
  }
  // The chart renders with none of them: its own error, as the upgrade would have it.
  if (!rendered && renderError) throw renderError;
  throw new ConfigurationError(
    `chart ${inputs.chart}: no values key carries the digest ${parts.digest.slice(0, 19)}… into a pod spec; tried ${tried.join('; ')}. The chart runs a tag instead of the digest deployed: set image-key to the values path of the chart's image, or image-values to each key it reads (e.g. image.tag={tag}@{digest}), or make the chart use the digest`
  );
}

async function appVersion(helm: Helm, chart: string): Promise<string | undefined> {
  const meta = parse((await helm(['show', 'chart', chart])).stdout) as { appVersion?: unknown } | null;
  return meta?.appVersion === undefined ? undefined : String(meta.appVersion);
}
