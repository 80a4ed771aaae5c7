import type { V1PodSpec } from '@kubernetes/client-node';
import { parseAllDocuments } from 'yaml';
import { ConfigurationError } from '../../shared/errors.js';
import { readInputFile } from '../../shared/files.js';
import { repositoryOf, type ImageRule } from '../inputs.js';
import { describe, type Manifest } from '../kube/rollout.js';

export type { Manifest } from '../kube/rollout.js';

export interface RenderedImage {
  object: string;
  kind?: string;
  name?: string;
  container: string;
  from: string;
  to: string;
}

// Manifests are free-form; only the pod templates' containers are read and changed.
type PodSpec = Partial<Pick<V1PodSpec, 'containers' | 'initContainers'>>;

/** Where each workload kind keeps its pod spec. */
function podSpecs(object: Manifest): PodSpec[] {
  const spec = object.spec as
    | (PodSpec & {
        template?: { spec?: PodSpec };
        jobTemplate?: { spec?: { template?: { spec?: PodSpec } } };
      })
    | undefined;
  if (!spec) return [];
  if (object.kind === 'Pod') return [spec];
  if (object.kind === 'CronJob')
    return spec.jobTemplate?.spec?.template?.spec ? [spec.jobTemplate.spec.template.spec] : [];
  return spec.template?.spec ? [spec.template.spec] : [];
}

/** More aliases than this in one manifest document is a YAML bomb, not configuration. */
const MAX_ALIASES = 100;

/**
 * Reads every document of every file (each checked first: a text file of the workspace, not empty, under 10 MB);
 * empty documents are skipped, each object must have a kind, apiVersion and name, and a file must hold at least one.
 * Mistakes name the input, the file and the line.
 */
export function loadManifests(paths: string[], input = 'manifests'): Manifest[] {
  return paths.flatMap(path => {
    const file = readInputFile(input, path, { maxBytes: 10 * 1024 * 1024, what: 'Kubernetes manifests' });
    const documents = parseAllDocuments(file.text, { prettyErrors: true });
    const list = Array.isArray(documents) ? documents : [documents];
    const objects: Manifest[] = [];
    for (const document of list) {
      const error = document.errors[0];
      if (error) {
        const at = error.linePos?.[0];
        throw new ConfigurationError(
          `input '${input}': ${path}${at ? ` line ${at.line}, column ${at.col}` : ''} is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`
        );
      }
      let value: unknown;
      try {
        value = document.toJS({ maxAliasCount: MAX_ALIASES });
      } catch {
        throw new ConfigurationError(
          `input '${input}': ${path} expands more than ${MAX_ALIASES} YAML aliases in one document, which no manifest needs (a YAML bomb?); write it out without them`
        );
      }
      if (value === null || value === undefined) continue;
      const object = value as Manifest;
      const line = document.contents?.range
        ? file.text.slice(0, document.contents.range[0]).split('\n').length
        : 1;
      if (
        typeof object !== 'object' ||
        Array.isArray(object) ||
        !object.kind ||
        !object.apiVersion ||
        !object.metadata?.name
      )
        throw new ConfigurationError(
          `input '${input}': ${path} line ${line}: every object needs apiVersion, kind and metadata.name`
        );
      if (object.kind === 'List') objects.push(...((object as { items?: Manifest[] }).items ?? []));
      else objects.push(object);
    }
    if (!objects.length)
      throw new ConfigurationError(
        `input '${input}': ${path} holds no Kubernetes object (only comments or empty documents); name the files with the objects to deploy`
      );
    return objects;
  });
}

/**
 * Puts each image by digest into the containers it is for: by container name (`name=<image>`) or by repository
 * (a bare `<image>` replaces any tag or digest of the same `<registry>/<repository>`). Every rule must match.
 */
export function renderImages(objects: Manifest[], rules: ImageRule[]): RenderedImage[] {
  const rendered: RenderedImage[] = [];
  const used = new Set<ImageRule>();
  for (const object of objects) {
    for (const spec of podSpecs(object)) {
      for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
        const rule = rules.find(r =>
          r.container
            ? r.container === container.name
            : container.image && repositoryOf(container.image) === r.repository
        );
        if (!rule) continue;
        used.add(rule);
        rendered.push({
          object: describe(object),
          kind: object.kind,
          name: object.metadata?.name,
          container: container.name,
          from: container.image ?? '',
          to: rule.image
        });
        container.image = rule.image;
      }
    }
  }
  const unused = rules.filter(r => !used.has(r));
  if (unused.length) {
    throw new ConfigurationError(
      `input 'images': no container in the manifests matches ${unused.map(r => (r.container ? `container '${r.container}'` : `repository '${r.repository}'`)).join(', ')}; check the container names or image repositories of the manifests`
    );
  }
  return rendered;
}
