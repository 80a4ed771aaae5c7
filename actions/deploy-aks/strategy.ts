import * as core from '@actions/core';
import { appendSummary, markdownTable } from '../shared/summary.js';
import { existsSync } from 'node:fs';
import { ConfigurationError } from '../shared/errors.js';
import { formatMs } from '../shared/log.js';
import { describe, type Manifest, type RenderedImage } from './manifests.js';
import { apply, deploy, kube, readOrUndefined, servingRevision, type RolloutDeps } from './rollout.js';
import type { StrategyInputs } from './strategy-inputs.js';

/** The label that tells the two slots' pods apart; the slot Services select on it. */
export const SLOT_LABEL = 'musafirgo.io/slot';
/** The header of the preview rule: requests carrying `x-musafirgo-slot: <slot>` reach that slot whatever the weights. */
export const PREVIEW_HEADER = 'x-musafirgo-slot';
export type Slot = 'blue' | 'green';
export const ROUTE_API = 'gateway.networking.k8s.io/v1';

// HTTPRoutes and the manifests' specs are free-form JSON; the few fields used are read where they are used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;
/** Backend Service name → weight of the route's main rule. */
export type Weights = Record<string, number>;

export interface SlotPlan {
  namespace: string;
  /** The Deployment of the manifests; its slots are `<name>-blue` and `<name>-green`. */
  deployment: Manifest;
  /** The Service selecting its pods; its slots are `<name>-blue` and `<name>-green`. */
  service: Manifest;
  /** The HTTPRoute named by the route input, when the manifests carry it. */
  route?: Manifest;
  others: Manifest[];
}

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

export type Gate = (url: string, headers: Record<string, string>) => Promise<{ ok: boolean; detail: string }>;

const nameOf = (o: Manifest) => o.metadata!.name!;
const slotName = (base: string, slot: Slot) => `${base}-${slot}`;
const other = (slot: Slot): Slot => (slot === 'blue' ? 'green' : 'blue');

/** The one Deployment, the Service selecting it and the route among the manifests; refuses what slots cannot hold. */
export function planSlots(
  objects: Manifest[],
  inputs: { strategy: string; route: string },
  defaultNamespace: string
): SlotPlan {
  const deployments = objects.filter(o => o.kind === 'Deployment' && o.apiVersion === 'apps/v1');
  if (deployments.length !== 1) {
    throw new ConfigurationError(
      `strategy ${inputs.strategy} deploys one Deployment per step (two slots of it behind the HTTPRoute), and the manifests have ${deployments.length ? deployments.map(nameOf).join(', ') : 'none'}; deploy each service in its own step`
    );
  }
  const deployment = deployments[0]!;
  const podLabels: Record<string, string> =
    (deployment.spec as Obj | undefined)?.template?.metadata?.labels ?? {};
  const services = objects.filter(o => {
    const selector: Record<string, string> = (o.spec as Obj | undefined)?.selector ?? {};
    return (
      o.kind === 'Service' &&
      Object.keys(selector).length > 0 &&
      Object.entries(selector).every(([k, v]) => podLabels[k] === v)
    );
  });
  if (services.length !== 1) {
    throw new ConfigurationError(
      `strategy ${inputs.strategy} needs exactly one Service selecting the pods of Deployment ${nameOf(deployment)} (the route sends traffic to Services), and the manifests have ${services.length ? services.map(nameOf).join(', ') : 'none'}`
    );
  }
  const namespace = deployment.metadata?.namespace ?? defaultNamespace;
  const route = objects.find(o => o.kind === 'HTTPRoute' && nameOf(o) === inputs.route);
  for (const o of [deployment, services[0]!, ...(route ? [route] : [])])
    o.metadata = { ...o.metadata, namespace: o.metadata?.namespace ?? namespace };
  return {
    namespace,
    deployment,
    service: services[0]!,
    route,
    others: objects.filter(o => o !== deployment && o !== services[0] && o !== route)
  };
}

/** The manifests' plain Service, selecting the pods of one slot: in-cluster callers follow the route's traffic. */
export function selecting(service: Manifest, slot: Slot): Manifest {
  const spec = service.spec as Obj;
  return { ...service, spec: { ...spec, selector: { ...spec.selector, [SLOT_LABEL]: slot } } } as Manifest;
}

/** The Deployment or Service of a slot: named `<name>-<slot>`, with the slot label on its selector and pods. */
export function slotted(object: Manifest, slot: Slot, replicas?: number): Manifest {
  const copy = structuredClone(object) as Manifest & { spec: Obj };
  copy.metadata = {
    ...copy.metadata,
    name: slotName(nameOf(object), slot),
    labels: { ...copy.metadata?.labels, [SLOT_LABEL]: slot }
  };
  if (copy.kind === 'Service') copy.spec.selector = { ...copy.spec.selector, [SLOT_LABEL]: slot };
  else {
    copy.spec.selector = {
      ...copy.spec.selector,
      matchLabels: { ...copy.spec.selector?.matchLabels, [SLOT_LABEL]: slot }
    };
    copy.spec.template = {
      ...copy.spec.template,
      metadata: {
        ...copy.spec.template?.metadata,
        labels: { ...copy.spec.template?.metadata?.labels, [SLOT_LABEL]: slot }
      }
    };
    if (replicas !== undefined) copy.spec.replicas = replicas;
  }
  return copy;
}

const isPreviewRule = (rule: Obj) =>
  (rule.matches ?? []).some((m: Obj) =>
    (m.headers ?? []).some((h: Obj) => String(h.name).toLowerCase() === PREVIEW_HEADER)
  );

/** The rules that carry the service's traffic: they name the Service or one of its slots, and are not the preview. */
function mainRules(spec: Obj, service: string): Obj[] {
  const ours = [service, slotName(service, 'blue'), slotName(service, 'green')];
  return (spec.rules ?? []).filter(
    (rule: Obj) =>
      !isPreviewRule(rule) && (rule.backendRefs ?? []).some((b: Obj) => ours.includes(String(b.name)))
  );
}

/** The weights of the route's main rule as percentages (Gateway API weights are relative, 1 by default). */
export function weightsOf(spec: Obj, service: string): Weights {
  const raw: Weights = {};
  for (const b of mainRules(spec, service)[0]?.backendRefs ?? [])
    raw[String(b.name)] = (raw[String(b.name)] ?? 0) + Number(b.weight ?? 1);
  const total = Object.values(raw).reduce((sum, w) => sum + w, 0);
  return Object.fromEntries(
    Object.entries(raw).map(([name, w]) => [name, total ? Math.round((100 * w) / total) : 0])
  );
}

/**
 * `percent` to the new slot; the rest shared by the other backends in proportion to what they serve now (all of it
 * to the new slot when nothing else serves).
 */
export function shift(initial: Weights, target: string, percent: number): Weights {
  const others = Object.entries(initial).filter(([name, w]) => name !== target && w > 0);
  const total = others.reduce((sum, [, w]) => sum + w, 0);
  if (total === 0) return { [target]: 100 };
  const weights: Weights = { [target]: percent };
  let left = 100 - percent;
  others.forEach(([name, w], i) => {
    const share = i === others.length - 1 ? left : Math.round(((100 - percent) * w) / total);
    weights[name] = share;
    left -= share;
  });
  return weights;
}

/** `itinerary-blue 90 %, itinerary-green 10 %`. */
export function formatWeights(weights: Weights): string {
  return (
    Object.entries(weights)
      .map(([name, w]) => `${name} ${w} %`)
      .join(', ') || 'no backend'
  );
}

/**
 * The route's spec with these weights on its main rules (both slots listed, 0 % included, so the route shows the
 * idle one) and, while a slot is being previewed, a rule that sends requests carrying the preview header to it.
 */
export function routeSpec(base: Obj, service: string, port: unknown, weights: Weights, preview?: Slot): Obj {
  const main = mainRules(base, service);
  if (main.length === 0 && (base.rules ?? []).length > 0) {
    throw new ConfigurationError(
      `no rule of the HTTPRoute sends traffic to Service ${service} or its slots; point a rule's backendRefs at ${service}`
    );
  }
  const portOf = (name: string) =>
    main.flatMap(r => r.backendRefs ?? []).find((b: Obj) => b.name === name)?.port ?? port;
  const refs = Object.entries({ [slotName(service, 'blue')]: 0, [slotName(service, 'green')]: 0, ...weights })
    .filter(([name, weight]) => weight > 0 || name.startsWith(`${service}-`))
    .map(([name, weight]) => ({ name, port: portOf(name), weight }));
  const rules: Obj[] = main.length
    ? (base.rules as Obj[])
        .filter(rule => !isPreviewRule(rule))
        .map(rule => (main.includes(rule) ? { ...rule, backendRefs: refs } : rule))
    : [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: refs }];
  if (preview) {
    const matches: Obj[] = main[0]?.matches?.length
      ? main[0].matches
      : [{ path: { type: 'PathPrefix', value: '/' } }];
    rules.unshift({
      matches: matches.map(m => ({
        ...m,
        headers: [...(m.headers ?? []), { type: 'Exact', name: PREVIEW_HEADER, value: preview }]
      })),
      backendRefs: [{ name: slotName(service, preview), port: portOf(slotName(service, preview)), weight: 1 }]
    });
  }
  return { ...base, rules };
}

class GateFailure extends Error {
  constructor(
    message: string,
    readonly hint: string
  ) {
    super(message);
  }
}

/**
 * Blue-green or canary through an HTTPRoute: the manifests' Deployment and Service go into the idle slot, which is
 * smoke-tested through the preview rule before it takes traffic; blue-green then moves all traffic at once, canary
 * step by step with a bake time and the gate at each step. Any failure puts the route's weights back exactly as
 * they were and scales the idle slot to 0; the previous slot is never scaled down.
 */
export async function deploySlots(
  objects: Manifest[],
  inputs: StrategyInputs & { route: string },
  defaultNamespace: string,
  deps: RolloutDeps,
  gate?: Gate
): Promise<SlotResult> {
  const plan = planSlots(objects, inputs, defaultNamespace);
  const base = nameOf(plan.deployment);
  return runSlots(
    {
      namespace: plan.namespace,
      base,
      service: nameOf(plan.service),
      port: (plan.service.spec as Obj | undefined)?.ports?.[0]?.port ?? 80,
      route: plan.route,
      deployInto: async slot => {
        const rollout = await deploy(
          [...plan.others, slotted(plan.deployment, slot), slotted(plan.service, slot)],
          defaultNamespace,
          { ...deps, rollback: false }
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
 * new version into the other one, the gate through the preview rule, then the weights moved; any failure restores
 * the route exactly and retires the new slot.
 */
export async function runSlots(
  slots: SlotTarget,
  inputs: StrategyInputs & { route: string },
  deps: RolloutDeps,
  gate?: Gate
): Promise<SlotResult> {
  const { namespace, base, service, port } = slots;
  const plan = { route: slots.route };
  const routeRef = {
    apiVersion: ROUTE_API,
    kind: 'HTTPRoute',
    metadata: { name: inputs.route, namespace }
  };
  const live = await deps.phases.time('Read route', () => readOrUndefined<Obj & Manifest>(deps, routeRef));
  if (!live && !plan.route) {
    throw new ConfigurationError(
      `input 'route': no HTTPRoute '${inputs.route}' in namespace ${namespace}, and none of that name in the manifests; add it to the manifests (its rule's backendRefs naming Service ${service}) or create it first`
    );
  }
  const baseSpec: Obj = structuredClone((plan.route?.spec as Obj | undefined) ?? live!.spec ?? {});
  const initial = live ? weightsOf(live.spec ?? {}, service) : {};
  if (live && Object.keys(initial).length === 0 && !plan.route) {
    throw new ConfigurationError(
      `input 'route': HTTPRoute '${inputs.route}' sends no traffic to Service ${service} or its slots; point a rule's backendRefs at ${service}, or name the right route`
    );
  }
  const slotServing = (['blue', 'green'] as const)
    .map(slot => ({ slot, weight: initial[slotName(service, slot)] ?? 0 }))
    .filter(s => s.weight > 0)
    .sort((a, b) => b.weight - a.weight)[0]?.slot;
  const slot: Slot = slotServing ? other(slotServing) : 'blue';
  const target = slotName(service, slot);
  const previousDeployment = slotServing
    ? slotName(base, slotServing)
    : (initial[service] ?? 0) > 0
      ? base
      : '';
  const metadata = {
    name: inputs.route,
    namespace,
    labels: plan.route?.metadata?.labels ?? live?.metadata?.labels,
    annotations: plan.route?.metadata?.annotations ?? live?.metadata?.annotations
  };
  const routeWith = (weights: Weights, preview?: Slot): Manifest =>
    ({
      ...routeRef,
      metadata,
      spec: routeSpec(baseSpec, service, port, weights, preview)
    }) as Manifest;
  const hostnames: string[] = baseSpec.hostnames ?? [];
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

  const started = deps.clock.now();
  const step = (name: string, weights: Weights, ok: boolean, detail?: string) => {
    result.steps.push({
      step: name,
      weights,
      ok,
      atMs: deps.clock.now() - started,
      ...(detail ? { gate: detail } : {})
    });
  };
  const check = async (when: string) => {
    if (!gate) return undefined;
    const verdict = await gate(url, { [PREVIEW_HEADER]: slot });
    deps.log(`Gate ${when}: ${verdict.ok ? 'passed' : 'FAILED'}: ${verdict.detail}`);
    if (!verdict.ok) {
      throw new GateFailure(
        `the smoke gate failed ${when} on the ${slot} slot: ${verdict.detail}`,
        `fix what the smoke checks report and deploy again; reproduce with the header '${PREVIEW_HEADER}: ${slot}' on ${url}`
      );
    }
    return verdict.detail;
  };
  try {
    await deps.phases.time('Preview', async () => {
      await apply(deps, routeWith(initial, slot));
      deps.log(`HTTPRoute ${inputs.route}: requests with '${PREVIEW_HEADER}: ${slot}' go to ${target}`);
      const detail = await check('before traffic');
      step('preview', initial, true, detail);
    });
    const percents = previousDeployment ? inputs.canarySteps : [100];
    for (const percent of inputs.strategy === 'canary' ? percents : [100]) {
      const weights = shift(initial, target, percent);
      await deps.phases.time(inputs.strategy === 'canary' ? `Canary ${percent} %` : 'Switch', async () => {
        await apply(deps, routeWith(weights, slot));
        result.finalWeights = weights;
        deps.log(`HTTPRoute ${inputs.route}: ${formatWeights(weights)}`);
        if (inputs.strategy !== 'canary') return step('switch', weights, true);
        if (inputs.bakeTimeMs > 0) await deps.clock.sleep(inputs.bakeTimeMs);
        const detail = await check(`at ${percent} %`);
        step(`${percent} %`, weights, true, detail);
      });
    }
  } catch (error) {
    if (!(error instanceof GateFailure)) throw error;
    const detectedAt = deps.clock.now();
    step('failed', result.finalWeights, false, error.message);
    await deps.phases.time('Restore route', async () => {
      if (live) {
        await apply(deps, {
          ...routeRef,
          metadata: {
            name: inputs.route,
            namespace,
            labels: live.metadata?.labels,
            annotations: live.metadata?.annotations
          },
          spec: live.spec
        } as Manifest);
      } else {
        // The route is new with this step: without it, nothing answered for its hostnames before either.
        await kube(deps, `delete HTTPRoute ${inputs.route}`, () => deps.api.delete(routeRef));
      }
    });
    result.restoredMs = deps.clock.now() - detectedAt;
    result.finalWeights = initial;
    step('restored', initial, true);
    deps.log(
      `HTTPRoute ${inputs.route}: restored to ${live ? formatWeights(initial) : 'nothing (removed)'} ${formatMs(result.restoredMs)} after the failure`
    );
    await scaleDown();
    return { ...result, revision: result.previousRevision, failure: error.message, hint: error.hint };
  }

  await deps.phases.time('Finish', async () => {
    await apply(deps, routeWith(result.finalWeights));
    result.applied.push(
      `${describe(plan.route ?? (routeRef as Manifest))} (${namespace})`,
      ...((await slots.finish?.(slot)) ?? [])
    );
  });
  return result;
}

/** The smoke suite as the gate: checks pass, errors (retries included) within the budget, p95 within its budget. */
export function smokeGate(inputs: StrategyInputs, clock: RolloutDeps['clock']): Gate | undefined {
  const smoke = inputs.smoke;
  if (!smoke) return undefined;
  return async (url, headers) => {
    const engine = await import('../shared/smoke/index.js');
    const suite = existsSync(smoke)
      ? await engine.loadSuite(smoke)
      : engine.parseSuite(smoke, text => text.split(/\r?\n/).filter(line => line.trim()), 'input smoke');
    const result = await engine.runSmoke(suite, { baseUrl: url, clock, headers });
    for (const c of result.checks) {
      core.info(
        `  smoke ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.failures.length ? `: ${c.failures.join('; ')}` : ''}`
      );
    }
    const requests = result.checks.reduce((n, c) => n + c.attempts, 0);
    const errors = result.checks.reduce(
      (n, c) => n + (c.attempts - c.samples) + (c.ok || c.overBudget ? 0 : 1),
      0
    );
    const errorRate = requests ? (100 * errors) / requests : result.readiness.ok ? 0 : 100;
    const p95 = Math.max(0, ...result.checks.map(c => c.p95Ms));
    const problems = [
      ...(result.readiness.ok ? [] : [`not ready: ${result.readiness.error ?? 'no answer'}`]),
      ...result.checks.filter(c => !c.ok && c.overBudget).map(c => `${c.name}: ${c.failures.join('; ')}`),
      ...(errorRate > inputs.errorBudget
        ? [
            `${errorRate.toFixed(1)} % of ${requests} requests failed (budget ${inputs.errorBudget} %): ${result.checks
              .filter(c => !c.ok && !c.overBudget)
              .map(c => `${c.name}: ${c.failures.join('; ')}`)
              .join('; ')}`
          ]
        : []),
      ...(inputs.latencyBudgetMs !== undefined && p95 > inputs.latencyBudgetMs
        ? [`p95 ${p95} ms is over the latency budget of ${inputs.latencyBudgetMs} ms`]
        : [])
    ];
    return {
      ok: problems.length === 0,
      detail: problems.length
        ? problems.join('; ')
        : `${result.passed}/${result.checks.length} checks passed, ${errorRate.toFixed(1)} % errors, p95 ${p95} ms`
    };
  };
}

/** Outputs, job summary (traffic at each step, times per phase) and, on failure, the step's failure. */
export function reportSlots(
  inputs: { cluster: string; strategy: StrategyInputs },
  rendered: RenderedImage[],
  result: SlotResult,
  phases: RolloutDeps['phases']
): void {
  core.setOutput(
    'revision',
    JSON.stringify({
      [result.failure ? result.previousDeployment || result.deployment : result.deployment]: result.revision
    })
  );
  core.setOutput(
    'previous-revision',
    JSON.stringify(result.previousDeployment ? { [result.previousDeployment]: result.previousRevision } : {})
  );
  core.setOutput('url', result.url);
  const backends = [
    ...new Set([...Object.keys(result.initialWeights), ...result.steps.flatMap(s => Object.keys(s.weights))])
  ];
  const title = result.failure
    ? `FAILED, traffic restored to ${result.previousDeployment || 'nothing'}`
    : `${inputs.strategy.strategy} to the ${result.slot} slot`;
  appendSummary(
    [
      `### AKS ${inputs.cluster}: ${title}`,
      '',
      ...(result.failure ? [`**${result.failure}**`, ''] : []),
      `HTTPRoute \`${result.namespace}/${result.route}\`${result.url ? ` at ${result.url}` : ''}: deployed \`${result.deployment}\`${result.revision ? ` (revision ${result.revision})` : ''}, previously serving: ${result.previousDeployment ? `\`${result.previousDeployment}\` (revision ${result.previousRevision || '–'})` : 'nothing (first deploy)'}.`,
      ...(result.restoredMs === undefined || !result.failure
        ? []
        : [
            '',
            `Traffic back to where it was ${formatMs(result.restoredMs)} after the failure was detected; ${result.deployment} ${result.retired ?? 'scaled to 0'}.`
          ]),
      '',
      markdownTable(
        ['Step', ...backends.map(b => `${b} %`), 'Gate', 'At'],
        [
          ['before', ...backends.map(b => String(result.initialWeights[b] ?? 0)), '', '0 s'],
          ...result.steps.map(s => [
            s.step,
            ...backends.map(b => String(s.weights[b] ?? 0)),
            s.gate ? `${s.ok ? 'passed' : 'FAILED'}: ${s.gate}` : '',
            formatMs(s.atMs)
          ])
        ]
      ),
      '',
      markdownTable(
        ['Object', 'Container', 'Image'],
        rendered.map(r => [r.object, r.container, `\`${r.to}\``])
      ),
      '',
      `Applied: ${result.applied.join(', ')}`,
      '',
      phases.table(),
      ''
    ].join('\n')
  );
  if (result.failure) {
    const moved = result.steps.some(s => s.step === 'restored');
    core.setFailed(
      `deploy-aks: ${result.failure}; traffic restored to ${result.previousDeployment ? formatWeights(result.initialWeights) : 'nothing (the route was new)'}${moved ? ` ${formatMs(result.restoredMs ?? 0)} after the failure was detected` : ' (it never moved)'} and ${result.deployment} ${result.retired ?? 'scaled to 0'}. To fix: ${result.hint ?? 'see the log above'}`
    );
  }
}
