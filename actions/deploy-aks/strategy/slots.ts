import type { V1Service } from '@kubernetes/client-node';
import { GateFailure, deliver } from '../../shared/delivery.js';
import { ConfigurationError } from '../../shared/errors.js';
import { formatMs } from '../../shared/log.js';
import type { SmokeGate } from '../../shared/smoke-gate.js';
import type { StrategyInputs } from '../inputs.js';
import {
  apply,
  deploy,
  describe,
  kube,
  readOrUndefined,
  servingRevision,
  type Manifest,
  type RolloutDeps
} from '../kube/rollout.js';
import {
  PREVIEW_HEADER,
  formatWeights,
  otherSlot,
  planSlots,
  routeRef,
  routeSpec,
  selecting,
  shift,
  slotName,
  slotted,
  weightsOf,
  type HTTPRoute,
  type HTTPRouteSpec,
  type Slot,
  type Weights
} from './route.js';

/** The traffic at one step of the delivery, and what the gate said. */
export interface SlotStep {
  step: string;
  weights: Weights;
  gate?: string;
  ok: boolean;
  /** Since the traffic phase began. */
  atMs: number;
}

export interface SlotResult {
  namespace: string;
  route: string;
  url: string;
  slot: Slot;
  /** The Deployment of the slot this step deployed, and its pod-template-hash once available. */
  deployment: string;
  revision: string;
  /** The Deployment that served before (a slot, or the plain Deployment of a rolling deploy); '' on a first deploy. */
  previousDeployment: string;
  previousRevision: string;
  initialWeights: Weights;
  finalWeights: Weights;
  steps: SlotStep[];
  applied: string[];
  failure?: string;
  hint?: string;
  /** From the failure detected to the route's weights restored (the previous Deployment serving all it served). */
  restoredMs?: number;
  /** What became of the new slot after a failure ('scaled to 0', 'rolled back to revision 3'). */
  retired?: string;
}

/** The inputs of blue-green and canary: the route is named. */
export type SlotInputs = StrategyInputs & { route: string };

/**
 * Blue-green or canary through an HTTPRoute: the manifests' Deployment and Service go into the idle slot, which is
 * smoke-tested through the preview rule before it takes traffic; blue-green then moves all traffic at once, canary
 * step by step with a bake time and the gate at each step. Any failure puts the route's weights back exactly as
 * they were and scales the idle slot to 0; the previous slot is never scaled down.
 */
export async function deploySlots(
  objects: Manifest[],
  inputs: SlotInputs,
  defaultNamespace: string,
  deps: RolloutDeps,
  gate?: SmokeGate
): Promise<SlotResult> {
  const plan = planSlots(objects, inputs, defaultNamespace);
  const base = plan.deployment.metadata!.name!;
  return runSlots(
    {
      namespace: plan.namespace,
      base,
      service: plan.service.metadata!.name!,
      port: (plan.service as V1Service).spec?.ports?.[0]?.port ?? 80,
      route: plan.route,
      deployInto: async slot => {
        const rollout = await deploy(
          [...plan.others, slotted(plan.deployment, slot), slotted(plan.service, slot)],
          defaultNamespace,
          {
            ...deps,
            rollback: false,
            // The slot's Deployment runs the digests rendered into the manifests' one.
            expected: deps.expected?.map(e =>
              e.kind === 'Deployment' && e.name === base ? { ...e, name: slotName(base, slot) } : e
            )
          }
        );
        return {
          revision: rollout.deployments.find(d => d.name === slotName(base, slot))?.revision ?? '',
          applied: rollout.applied,
          ...(rollout.failure ? { failure: rollout.failure, hint: rollout.hint } : {})
        };
      },
      retire: async slot => {
        await apply(deps, slotted(plan.deployment, slot, 0));
        return 'scaled to 0';
      },
      finish: async slot => {
        // In-cluster callers of the Service follow the traffic: it now selects the new slot's pods.
        await apply(deps, selecting(plan.service, slot));
        return [`${describe(plan.service)} (${plan.namespace}, selecting the ${slot} slot)`];
      }
    },
    inputs,
    deps,
    gate
  );
}

/** What the slots of one service are made of, and how a version goes into one (manifests or a Helm release). */
export interface SlotTarget {
  namespace: string;
  /** The Deployments of the slots are `<base>-blue` and `<base>-green`. */
  base: string;
  /** The route sends traffic to the Services `<service>-blue` and `<service>-green` (or `<service>` before slots). */
  service: string;
  port: number;
  /** The route as the manifests have it; otherwise the route must be in the cluster. */
  route?: Manifest;
  /** Puts the new version into the slot and waits until it is available (or fails). */
  deployInto(slot: Slot): Promise<{ revision: string; applied: string[]; failure?: string; hint?: string }>;
  /** Takes the slot's new version out again after a failure; says what it did. */
  retire(slot: Slot): Promise<string>;
  /** After the switch: what else follows the traffic; names what it applied. */
  finish?(slot: Slot): Promise<string[]>;
}

/**
 * The traffic part of blue-green and canary, whatever deploys into the slots: the live slot read from the route, the
 * new version into the other one, then the shared delivery loop with the route's weights (the gate through the
 * preview rule); any failure restores the route exactly and retires the new slot.
 */
export async function runSlots(
  slots: SlotTarget,
  inputs: SlotInputs,
  deps: RolloutDeps,
  gate?: SmokeGate
): Promise<SlotResult> {
  const { namespace, base, service, port } = slots;
  const ref = routeRef(inputs.route, namespace);
  const live = await deps.phases.time('Read route', () => readOrUndefined<HTTPRoute>(deps, ref));
  if (!live && !slots.route) {
    throw new ConfigurationError(
      `input 'route': no HTTPRoute '${inputs.route}' in namespace ${namespace}, and none of that name in the manifests; add it to the manifests (its rule's backendRefs naming Service ${service}) or create it first`
    );
  }
  const baseSpec: HTTPRouteSpec = structuredClone(
    ((slots.route as HTTPRoute | undefined) ?? live)?.spec ?? {}
  );
  const initial = live ? weightsOf(live.spec ?? {}, service) : {};
  if (live && Object.keys(initial).length === 0 && !slots.route) {
    throw new ConfigurationError(
      `input 'route': HTTPRoute '${inputs.route}' sends no traffic to Service ${service} or its slots; point a rule's backendRefs at ${service}, or name the right route`
    );
  }
  const slotServing = (['blue', 'green'] as const)
    .map(slot => ({ slot, weight: initial[slotName(service, slot)] ?? 0 }))
    .filter(s => s.weight > 0)
    .sort((a, b) => b.weight - a.weight)[0]?.slot;
  const slot: Slot = slotServing ? otherSlot(slotServing) : 'blue';
  const target = slotName(service, slot);
  const previousDeployment = slotServing
    ? slotName(base, slotServing)
    : (initial[service] ?? 0) > 0
      ? base
      : '';
  const metadata = {
    name: inputs.route,
    namespace,
    labels: slots.route?.metadata?.labels ?? live?.metadata?.labels,
    annotations: slots.route?.metadata?.annotations ?? live?.metadata?.annotations
  };
  const routeWith = (weights: Weights, preview?: Slot): HTTPRoute => ({
    apiVersion: ref.apiVersion,
    kind: ref.kind,
    metadata,
    spec: routeSpec(baseSpec, service, port, weights, preview)
  });
  const hostnames = baseSpec.hostnames ?? [];
  const url = hostnames[0] && !hostnames[0].startsWith('*') ? `https://${hostnames[0]}` : '';
  if (gate && !url) {
    throw new ConfigurationError(
      `input 'smoke': HTTPRoute '${inputs.route}' has no hostname to smoke-test through; give it spec.hostnames`
    );
  }
  deps.log(
    `HTTPRoute ${namespace}/${inputs.route}: ${live ? formatWeights(initial) : 'new'}; deploying into the ${slot} slot (${slotName(base, slot)})`
  );

  const result: SlotResult = {
    namespace,
    route: inputs.route,
    url,
    slot,
    deployment: slotName(base, slot),
    revision: '',
    previousDeployment,
    previousRevision: previousDeployment
      ? ((await servingRevision(deps, { namespace, name: previousDeployment })) ?? '')
      : '',
    initialWeights: initial,
    finalWeights: initial,
    steps: [],
    applied: []
  };

  const rollout = await slots.deployInto(slot);
  result.applied = rollout.applied;
  result.revision = rollout.revision;
  const scaleDown = () =>
    deps.phases.time(`Retire ${slot} slot`, async () => {
      result.retired = await slots.retire(slot);
      deps.log(
        `${slotName(base, slot)}: ${result.retired}; ${previousDeployment || 'nothing'} keeps serving`
      );
    });
  if (rollout.failure) {
    await scaleDown();
    return {
      ...result,
      revision: result.previousRevision,
      failure: rollout.failure,
      hint: rollout.hint,
      restoredMs: 0
    };
  }

  const weightsAt = (percent: number) => (percent === 0 ? initial : shift(initial, target, percent));
  const delivery = await deliver(
    {
      strategy: inputs.strategy,
      // A first canary has no traffic to shift from: the new slot takes all of it after the preview gate.
      canarySteps: previousDeployment ? inputs.canarySteps : [100],
      bakeTimeMs: inputs.bakeTimeMs,
      gateLastStep: true
    },
    {
      phases: {
        preview: 'Preview',
        step: percent => (inputs.strategy === 'canary' ? `Canary ${percent} %` : 'Switch')
      },
      preview: async () => {
        await apply(deps, routeWith(initial, slot));
        deps.log(`HTTPRoute ${inputs.route}: requests with '${PREVIEW_HEADER}: ${slot}' go to ${target}`);
      },
      gate: async percent => {
        if (!gate) return undefined;
        const when = percent === 0 ? 'before traffic' : `at ${percent} %`;
        const verdict = await gate(url, { [PREVIEW_HEADER]: slot });
        deps.log(`Gate ${when}: ${verdict.ok ? 'passed' : 'FAILED'}: ${verdict.detail}`);
        if (!verdict.ok) {
          throw new GateFailure(
            `the smoke gate failed ${when} on the ${slot} slot: ${verdict.detail}`,
            `fix what the smoke checks report and deploy again; reproduce with the header '${PREVIEW_HEADER}: ${slot}' on ${url}`
          );
        }
        return verdict.detail;
      },
      setWeights: async percent => {
        const weights = weightsAt(percent);
        await apply(deps, routeWith(weights, slot));
        result.finalWeights = weights;
        deps.log(`HTTPRoute ${inputs.route}: ${formatWeights(weights)}`);
      },
      restore: () =>
        deps.phases.time('Restore route', async () => {
          if (live) {
            await apply(deps, {
              apiVersion: ref.apiVersion,
              kind: ref.kind,
              metadata: {
                name: inputs.route,
                namespace,
                labels: live.metadata?.labels,
                annotations: live.metadata?.annotations
              },
              spec: live.spec
            });
          } else {
            // The route is new with this step: without it, nothing answered for its hostnames before either.
            await kube(deps, `delete HTTPRoute ${inputs.route}`, () => deps.api.delete(ref));
          }
        })
    },
    deps.clock,
    deps.phases
  );
  result.steps = delivery.steps.map(s => ({
    step: s.step,
    weights: weightsAt(s.percent),
    ok: s.ok,
    atMs: s.atMs,
    ...(s.gate ? { gate: s.gate } : {})
  }));

  const { failure } = delivery;
  if (failure) {
    if (failure.restoreError) throw failure.restoreError;
    result.restoredMs = failure.restoredMs;
    result.finalWeights = initial;
    deps.log(
      `HTTPRoute ${inputs.route}: restored to ${live ? formatWeights(initial) : 'nothing (removed)'} ${formatMs(result.restoredMs ?? 0)} after the failure`
    );
    await scaleDown();
    // A gate that said no is this step's outcome; any other error is reported as it is, the route put back first.
    if (!(failure.error instanceof GateFailure)) throw failure.error;
    return {
      ...result,
      revision: result.previousRevision,
      failure: failure.error.message,
      hint: failure.error.hint
    };
  }

  await deps.phases.time('Finish', async () => {
    await apply(deps, routeWith(result.finalWeights));
    result.applied.push(
      `${describe(slots.route ?? routeWith(result.finalWeights))} (${namespace})`,
      ...((await slots.finish?.(slot)) ?? [])
    );
  });
  return result;
}
