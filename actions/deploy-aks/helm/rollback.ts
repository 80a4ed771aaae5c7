import { ConfigurationError } from '../../shared/errors.js';
import { watchDeployments, type RollbackResult } from '../kube/rollout.js';
import { deploymentsIn, type HelmDeps } from './release.js';

/** helm rollback to the revision before (or the one named), then our watch of the release's Deployments. */
export async function rollbackRelease(
  target: { release: string; namespace: string; toRevision?: string },
  deps: Required<HelmDeps>
): Promise<RollbackResult> {
  const { release, namespace } = target;
  const { helm, releases, rollout } = deps;
  const entries = await rollout.phases.time('Release state', () => releases.history(release));
  const current = entries.at(-1);
  if (!current)
    throw new ConfigurationError(`input 'release': no Helm release ${release} in namespace ${namespace}`);
  const revision = target.toRevision
    ? Number(target.toRevision)
    : [...entries].reverse().find(e => e.revision < current.revision && e.status === 'superseded')?.revision;
  if (revision === undefined || !entries.some(e => e.revision === revision)) {
    throw new ConfigurationError(
      target.toRevision
        ? `input 'to-revision': release ${release} has no revision ${target.toRevision} (it has ${entries.map(e => e.revision).join(', ')})`
        : `release ${release} has no earlier deployed revision to go back to (revision ${current.revision} is its first)`
    );
  }
  await rollout.phases.time('Helm rollback', () =>
    helm(['rollback', release, String(revision), '--history-max', '10'])
  );
  const after = (await releases.history(release)).at(-1)!;
  rollout.log(`helm rollback ${release} ${revision}: revision ${after.revision} (${after.status})`);
  const targets = deploymentsIn(await releases.manifest(release, after.revision), namespace).map(d => ({
    ...d,
    previousRevision: ''
  }));
  const watched = await rollout.phases.time('Rollout', () => watchDeployments(targets, rollout));
  return {
    what: `Helm release ${release}: revision ${current.revision} → ${after.revision} (the chart and values of revision ${revision})`,
    revision: String(after.revision),
    previousRevision: String(current.revision),
    deployments: watched.deployments,
    notes: [],
    ...(watched.failure ? { failure: watched.failure, hint: watched.hint } : {})
  };
}
