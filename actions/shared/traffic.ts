/** One line of a Container App's `ingress.traffic`, as ARM returns and takes it. */
export interface TrafficEntry {
  revisionName?: string;
  weight?: number;
  latestRevision?: boolean;
  label?: string;
}

/** A traffic entry naming its revision: what is serving, whatever `latestRevision` pointed at. */
export interface RevisionWeight {
  revisionName: string;
  weight: number;
  label?: string;
}

/**
 * The traffic with `latestRevision: true` resolved to the revision it names now. Restoring this (not the raw
 * entries) puts traffic back exactly where it was: a `latestRevision` entry would follow a new revision.
 */
export function resolveTraffic(
  traffic: TrafficEntry[] | undefined,
  latestRevisionName: string
): RevisionWeight[] {
  if (!traffic || traffic.length === 0) return [{ revisionName: latestRevisionName, weight: 100 }];
  return traffic.map(entry => ({
    revisionName: entry.latestRevision || !entry.revisionName ? latestRevisionName : entry.revisionName,
    weight: entry.weight ?? 0,
    ...(entry.label ? { label: entry.label } : {})
  }));
}

/** The revision serving the most production traffic. */
export function productionRevision(traffic: RevisionWeight[]): string | undefined {
  return [...traffic].sort((a, b) => b.weight - a.weight)[0]?.revisionName;
}

/** `itinerary--a1b2c3d 90 %, itinerary--e4f5a6b 10 % (green)`: entries at 0 % only when labelled. */
export function formatTraffic(traffic: RevisionWeight[]): string {
  const shown = traffic.filter(t => t.weight > 0 || t.label);
  return (
    shown.map(t => `${t.revisionName} ${t.weight} %${t.label ? ` (${t.label})` : ''}`).join(', ') || 'none'
  );
}

/** Sums the weights per revision: two traffic lists route the same way when these are equal. */
export function weightsByRevision(traffic: RevisionWeight[]): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const t of traffic)
    if (t.weight > 0) weights[t.revisionName] = (weights[t.revisionName] ?? 0) + t.weight;
  return weights;
}

/**
 * Moves `weight` percent to `revision` (labelled `label`), taking it from the other revisions in proportion
 * to what they serve; entries that carry `label` elsewhere lose it, since labels are unique.
 */
export function shiftTraffic(
  traffic: RevisionWeight[],
  revision: string,
  weight: number,
  label?: string
): RevisionWeight[] {
  const others = traffic.filter(t => t.revisionName !== revision);
  const serving = others.filter(t => t.weight > 0);
  const servingTotal = serving.reduce((sum, t) => sum + t.weight, 0);
  const remaining = 100 - weight;
  if (servingTotal === 0 && remaining > 0) {
    throw new Error(`no other revision serves traffic that could keep ${remaining} %`);
  }
  const last = serving.at(-1);
  let given = 0;
  const shifted = others.map(t => {
    let share = 0;
    if (t === last) share = remaining - given;
    else if (t.weight > 0) share = Math.round((t.weight / servingTotal) * remaining);
    given += share;
    const keepLabel = t.label && t.label !== label;
    return { revisionName: t.revisionName, weight: share, ...(keepLabel ? { label: t.label } : {}) };
  });
  return [...shifted, { revisionName: revision, weight, ...(label ? { label } : {}) }];
}
