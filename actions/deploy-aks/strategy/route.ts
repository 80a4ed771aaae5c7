import type { V1Deployment, V1Service } from '@kubernetes/client-node';
import { ConfigurationError } from '../../shared/errors.js';
import type { KubernetesObject, ObjectRef } from '../kube/client.js';
import type { Manifest } from '../kube/rollout.js';

/** The label that tells the two slots' pods apart; the slot Services select on it. */
export const SLOT_LABEL = 'musafirgo.io/slot';
/** The header of the preview rule: requests carrying `x-musafirgo-slot: <slot>` reach that slot whatever the weights. */
export const PREVIEW_HEADER = 'x-musafirgo-slot';
export type Slot = 'blue' | 'green';
export const ROUTE_API = 'gateway.networking.k8s.io/v1';

// The Gateway API's HTTPRoute (a CRD, not in client-node's models): the fields the slots read and write.
export interface HTTPRouteMatch {
  path?: { type?: string; value?: string };
  headers?: { type?: string; name: string; value: string }[];
  [field: string]: unknown;
}
export interface HTTPBackendRef {
  name: string;
  port?: number;
  weight?: number;
  [field: string]: unknown;
}
export interface HTTPRouteRule {
  matches?: HTTPRouteMatch[];
  backendRefs?: HTTPBackendRef[];
  [field: string]: unknown;
}
export interface HTTPRouteSpec {
  hostnames?: string[];
  rules?: HTTPRouteRule[];
  [field: string]: unknown;
}
export interface HTTPRoute extends KubernetesObject {
  spec?: HTTPRouteSpec;
}

/** Backend Service name → weight of the route's main rule. */
export type Weights = Record<string, number>;

export const slotName = (base: string, slot: Slot) => `${base}-${slot}`;
export const otherSlot = (slot: Slot): Slot => (slot === 'blue' ? 'green' : 'blue');
export const routeRef = (name: string, namespace: string): ObjectRef => ({
  apiVersion: ROUTE_API,
  kind: 'HTTPRoute',
  name,
  namespace
});

const nameOf = (o: KubernetesObject) => o.metadata!.name!;

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
  const podLabels = (deployment as V1Deployment).spec?.template?.metadata?.labels ?? {};
  const services = objects.filter(o => {
    const selector = (o as V1Service).spec?.selector ?? {};
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
  const spec = (service as V1Service).spec;
  return { ...service, spec: { ...spec, selector: { ...spec?.selector, [SLOT_LABEL]: slot } } };
}

/** The Deployment or Service of a slot: named `<name>-<slot>`, with the slot label on its selector and pods. */
export function slotted(object: Manifest, slot: Slot, replicas?: number): Manifest {
  const copy = structuredClone(object);
  copy.metadata = {
    ...copy.metadata,
    name: slotName(nameOf(object), slot),
    labels: { ...copy.metadata?.labels, [SLOT_LABEL]: slot }
  };
  if (copy.kind === 'Service') {
    const spec = (copy as V1Service).spec;
    return { ...copy, spec: { ...spec, selector: { ...spec?.selector, [SLOT_LABEL]: slot } } };
  }
  const spec = (copy as V1Deployment).spec!;
  return {
    ...copy,
    spec: {
      ...spec,
      selector: { ...spec.selector, matchLabels: { ...spec.selector?.matchLabels, [SLOT_LABEL]: slot } },
      template: {
        ...spec.template,
        metadata: {
          ...spec.template?.metadata,
          labels: { ...spec.template?.metadata?.labels, [SLOT_LABEL]: slot }
        }
      },
      ...(replicas === undefined ? {} : { replicas })
    }
  };
}

const isPreviewRule = (rule: HTTPRouteRule) =>
  (rule.matches ?? []).some(m =>
    (m.headers ?? []).some(h => String(h.name).toLowerCase() === PREVIEW_HEADER)
  );

/** The rules that carry the service's traffic: they name the Service or one of its slots, and are not the preview. */
function mainRules(spec: HTTPRouteSpec, service: string): HTTPRouteRule[] {
  const ours = [service, slotName(service, 'blue'), slotName(service, 'green')];
  return (spec.rules ?? []).filter(
    rule => !isPreviewRule(rule) && (rule.backendRefs ?? []).some(b => ours.includes(String(b.name)))
  );
}

/** The weights of the route's main rule as percentages (Gateway API weights are relative, 1 by default). */
export function weightsOf(spec: HTTPRouteSpec, service: string): Weights {
  const raw: Weights = {};
  for (const b of mainRules(spec, service)[0]?.backendRefs ?? [])
    raw[String(b.name)] = (raw[String(b.name)] ?? 0) + Number(b.weight ?? 1);
  const total = Object.values(raw).reduce((sum, w) => sum + w, 0);
  return Object.fromEntries(
    Object.entries(raw).map(([name, w]) => [name, total ? Math.round((100 * w) / total) : 0])
  );
}

/** The port of the first backend of a route that names one (a chart's route, read from the cluster). */
export function backendPort(spec: HTTPRouteSpec | undefined): number | undefined {
  return (spec?.rules ?? []).flatMap(rule => rule.backendRefs ?? []).find(b => b.port)?.port;
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
export function routeSpec(
  base: HTTPRouteSpec,
  service: string,
  port: number | undefined,
  weights: Weights,
  preview?: Slot
): HTTPRouteSpec {
  const main = mainRules(base, service);
  if (main.length === 0 && (base.rules ?? []).length > 0) {
    throw new ConfigurationError(
      `no rule of the HTTPRoute sends traffic to Service ${service} or its slots; point a rule's backendRefs at ${service}`
    );
  }
  const portOf = (name: string) =>
    main.flatMap(r => r.backendRefs ?? []).find(b => b.name === name)?.port ?? port;
  const refs = Object.entries({ [slotName(service, 'blue')]: 0, [slotName(service, 'green')]: 0, ...weights })
    .filter(([name, weight]) => weight > 0 || name.startsWith(`${service}-`))
    .map(([name, weight]) => ({ name, port: portOf(name), weight }));
  const rules: HTTPRouteRule[] = main.length
    ? (base.rules ?? [])
        .filter(rule => !isPreviewRule(rule))
        .map(rule => (main.includes(rule) ? { ...rule, backendRefs: refs } : rule))
    : [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: refs }];
  if (preview) {
    const matches: HTTPRouteMatch[] = main[0]?.matches?.length
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
