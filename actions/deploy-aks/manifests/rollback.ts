import { ConfigurationError } from '../../shared/errors.js';
import {
  undoDeployment,
  watchDeployments,
  type Manifest,
  type RolloutDeps,
  type RollbackResult
} from '../kube/rollout.js';
import { loadManifests } from './render.js';

/** The manifests naming what a rollback undoes, read before any request: they must hold a Deployment. */
export function rollbackManifests(files: string[]): Manifest[] {
  const manifests = loadManifests(files);
  if (!manifests.some(o => o.kind === 'Deployment'))
    throw new ConfigurationError(`input 'manifests': ${files.join(', ')} hold no Deployment to roll back`);
  return manifests;
}

/** Each Deployment of the manifests back to its previous ReplicaSet (kubectl rollout undo), then watched. */
export async function rollbackDeployments(
  manifests: Manifest[],
  target: { namespace: string; toRevision?: string },
  deps: RolloutDeps
): Promise<RollbackResult> {
  const targets = manifests
    .filter(o => o.kind === 'Deployment')
    .map(o => ({ namespace: o.metadata?.namespace ?? target.namespace, name: o.metadata!.name! }));
  const undone = await deps.phases.time('Roll back', () =>
    Promise.all(targets.map(async t => ({ ...t, ...(await undoDeployment(deps, t, target.toRevision)) })))
  );
  for (const u of undone)
    deps.log(`Deployment/${u.name} in ${u.namespace}: pod template ${u.from} → ${u.to}`);
  const watched = await deps.phases.time('Rollout', () =>
    watchDeployments(
      undone.map(u => ({ namespace: u.namespace, name: u.name, previousRevision: u.from })),
      deps
    )
  );
  return {
    what: undone.map(u => `Deployment/${u.name} (${u.namespace}): ${u.from} → ${u.to}`).join(', '),
    revision: JSON.stringify(Object.fromEntries(undone.map(u => [u.name, u.to]))),
    previousRevision: JSON.stringify(Object.fromEntries(undone.map(u => [u.name, u.from]))),
    deployments: watched.deployments,
    notes: [],
    ...(watched.failure ? { failure: watched.failure, hint: watched.hint } : {})
  };
}
