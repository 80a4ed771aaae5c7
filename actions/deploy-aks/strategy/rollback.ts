import type { V1Deployment } from '@kubernetes/client-node';
import { ConfigurationError } from '../../shared/errors.js';
import {
  RolloutFailure,
  apply,
  describe,
  readOrUndefined,
  servingRevision,
  type Manifest,
  type RolloutDeps,
  type RollbackResult
} from '../kube/rollout.js';
import {
  formatWeights,
  otherSlot,
  planSlots,
  routeRef,
  routeSpec,
  selecting,
  slotName,
  weightsOf,
  type HTTPRoute,
  type Slot,
  type Weights
} from './route.js';

/**
 * Blue-green or canary: all traffic back to the other slot, which a deploy leaves running for exactly this. It must
 * be available (every replica ready) before the route moves; the Service then selects it again. Manifests: the
 * Deployment and Service they name. Helm: the slot releases' objects are named after the release, and the plain
 * Service is the chart's rolling release's (it keeps its own selector).
 */
export async function rollbackRoute(
  target: { route: string; namespace: string } & ({ manifests: Manifest[] } | { release: string }),
  deps: RolloutDeps
): Promise<RollbackResult> {
  const plan =
    'manifests' in target
      ? planSlots(target.manifests, { strategy: 'blue-green', route: target.route }, target.namespace)
      : undefined;
  const namespace = plan?.namespace ?? target.namespace;
  const base = plan ? plan.deployment.metadata!.name! : (target as { release: string }).release;
  const service = plan ? plan.service.metadata!.name! : base;
  const ref = routeRef(target.route, namespace);
  const route = await readOrUndefined<HTTPRoute>(deps, ref);
  if (!route)
    throw new ConfigurationError(`input 'route': no HTTPRoute '${target.route}' in namespace ${namespace}`);
  const before: Weights = weightsOf(route.spec ?? {}, service);
  const live = Object.entries(before).sort((a, b) => b[1] - a[1])[0]?.[0];
  const liveSlot = /-(blue|green)$/.exec(live ?? '')?.[1] as Slot | undefined;
  if (!live || !liveSlot || !(before[live]! > 0))
    throw new RolloutFailure(
      `HTTPRoute ${target.route} does not send traffic to a slot of ${service} (${formatWeights(before)})`,
      'roll back with the strategy the service was deployed with, or deploy the previous image'
    );
  const slot = otherSlot(liveSlot);
  const back = slotName(base, slot);
  const deployment = await readOrUndefined<V1Deployment>(deps, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    name: back,
    namespace
  });
  const ready = deployment?.status?.availableReplicas ?? 0;
  const desired = deployment?.spec?.replicas ?? 0;
  if (!deployment || desired === 0 || ready < desired) {
    throw new RolloutFailure(
      `the ${slot} slot (Deployment ${back}) is ${deployment ? `at ${ready}/${desired} available replicas` : 'not in the cluster'}, so traffic cannot go back to it`,
      `roll back by deploying the previous image (previous-revision) instead`
    );
  }
  const weights: Weights = { [slotName(service, slot)]: 100, [live]: 0 };
  await deps.phases.time('Switch route', async () => {
    await apply(deps, {
      apiVersion: ref.apiVersion,
      kind: ref.kind,
      metadata: {
        name: ref.name,
        namespace,
        labels: route.metadata?.labels,
        annotations: route.metadata?.annotations
      },
      spec: routeSpec(route.spec ?? {}, service, undefined, weights)
    });
    if (plan) await apply(deps, selecting(plan.service, slot));
  });
  deps.log(`HTTPRoute ${target.route}: ${formatWeights(before)} → ${formatWeights(weights)}`);
  return {
    what: `HTTPRoute ${target.route} (${namespace}): all traffic back to ${back}`,
    revision: JSON.stringify({ [back]: (await servingRevision(deps, { namespace, name: back })) ?? '' }),
    previousRevision: JSON.stringify({
      [slotName(base, liveSlot)]:
        (await servingRevision(deps, { namespace, name: slotName(base, liveSlot) })) ?? ''
    }),
    deployments: [],
    notes: [
      `${formatWeights(before)} → ${formatWeights(weights)}${plan ? `; ${describe(plan.service)} selects the ${slot} slot` : ''}`
    ]
  };
}
