import type { V1PodSpec } from '@kubernetes/client-node';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { ConfigurationError } from '../../shared/errors.js';
import { repositoryOf, type ImageRule } from '../inputs.js';
import { describe, type Manifest } from '../kube/rollout.js';

export type { Manifest } from '../kube/rollout.js';

export interface RenderedImage {
  object: string;
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

/** Reads every document of every file; empty documents are skipped, each object must have a kind, apiVersion and name. */
export function loadManifests(paths: string[]): Manifest[] {
  return paths.flatMap(path => {
    let documents: unknown[];
    try {
      documents = parseAllDocuments(readFileSync(path, 'utf8')).map(document => {
        if (document.errors.length) throw document.errors[0]!;
        return document.toJS() as unknown;
      });
    } catch (error) {
      throw new ConfigurationError(
        `manifest ${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`
      );
    }
    return documents
      .filter(d => d !== null && d !== undefined)
      .map(d => {
        const object = d as Manifest;
        if (!object.kind || !object.apiVersion || !object.metadata?.name) {
          throw new ConfigurationError(
            `manifest ${path}: every object needs apiVersion, kind and metadata.name`
          );
        }
        return object;
      });
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
