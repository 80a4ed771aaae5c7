// What deploy-aca holds an app to between its read and its writes, since the 2025-07-01 API declares no ETag: the
// latest revision, a digest of the template's containers, the traffic and the revisions. Before each write the app
// is read again and compared; after it, what was written must be what is there, and no revision but ours new.
import { createHash } from 'node:crypto';
import type { ContainerApp } from '@azure/arm-appcontainers';
import { formatTraffic, resolveTraffic, type RevisionWeight } from '../shared/traffic.js';

export interface AppState {
  latestRevisionName: string;
  /** What the template runs: each container's name, image and env, and the revision suffix. */
  template: string;
  /** Production traffic with `latestRevision` resolved. */
  traffic: RevisionWeight[];
}

/** Another writer changed the app while this step ran; the step writes nothing more to it. */
export class ConcurrentChange extends Error {
  override name = 'ConcurrentChange';
  constructor(
    message: string,
    readonly hint: string
  ) {
    super(message);
  }
}

const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object)
      .filter(k => object[k] !== undefined)
      .sort()
      .map(k => `${JSON.stringify(k)}:${canonical(object[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
};

/** A digest of what the template runs, blind to what the platform fills in (resources, probes' defaults). */
export function templateDigest(template: ContainerApp['template']): string {
  const containers = (template?.containers ?? []).map(c => ({
    name: c.name,
    image: c.image,
    env: [...(c.env ?? [])]
      .map(e => ({ name: e.name, value: e.value, secretRef: e.secretRef }))
      .sort((a, b) => String(a.name).localeCompare(String(b.name)))
  }));
  return createHash('sha256')
    .update(canonical({ revisionSuffix: template?.revisionSuffix, containers }))
    .digest('hex')
    .slice(0, 12);
}

export function stateOf(app: ContainerApp): AppState {
  const latest = app.latestRevisionName ?? '';
  return {
    latestRevisionName: latest,
    template: templateDigest(app.template),
    traffic: resolveTraffic(app.configuration?.ingress?.traffic, latest)
  };
}

const trafficKey = (traffic: RevisionWeight[]) =>
  canonical(
    [...traffic]
      .filter(t => t.weight > 0 || t.label)
      .map(t => ({ revisionName: t.revisionName, weight: t.weight, label: t.label }))
      .sort((a, b) => a.revisionName.localeCompare(b.revisionName))
  );

/** The same routing and the same labels. */
export const sameTraffic = (a: RevisionWeight[], b: RevisionWeight[]) => trafficKey(a) === trafficKey(b);

/**
 * What differs between the state this step expected and the one it found, in words; `traffic` is compared only
 * where the step controls it (Multiple revision mode: in Single mode the platform moves it).
 */
export function changes(expected: AppState, found: AppState, options: { traffic: boolean }): string[] {
  const found_: string[] = [];
  if (expected.latestRevisionName !== found.latestRevisionName) {
    found_.push(
      `its latest revision is ${found.latestRevisionName || 'none'}, not ${expected.latestRevisionName || 'none'}`
    );
  }
  if (expected.template !== found.template)
    found_.push('its template (images, env vars) is not the one this step wrote or read');
  if (options.traffic && !sameTraffic(expected.traffic, found.traffic)) {
    found_.push(`its traffic is ${formatTraffic(found.traffic)}, not ${formatTraffic(expected.traffic)}`);
  }
  return found_;
}
