import type { Reply, Request } from '../core.js';
import { forward, type ForwardTarget } from '../forward.js';
import { podReady, type Obj } from './model.js';

/** What the gateway sees of the cluster: stored objects and what answers behind ready pods. */
export interface GatewayView {
  list(plural: string, namespace?: string): Obj[];
  /** Where a ready pod answers: its container's socket in the runtime, or its group's process; undefined when none. */
  target(pod: Obj): Promise<ForwardTarget | undefined>;
}

interface Candidate {
  route: Obj;
  rule: Obj;
  ruleIndex: number;
  exact: boolean;
  prefixLength: number;
  method: boolean;
  headers: number;
  queries: number;
}

const hostOf = (value: string) => value.replace(/:\d+$/, '').toLowerCase();

/** Gateway API hostname matching: exact, or `*.example.com` for any name with more labels under it. */
function hostMatches(hostnames: string[] | undefined, host: string): boolean {
  if (!hostnames?.length) return true;
  return hostnames.some(pattern => {
    const p = pattern.toLowerCase();
    return p.startsWith('*.') ? host.endsWith(p.slice(1)) && host.length > p.length - 1 : p === host;
  });
}

/** PathPrefix matches whole path elements: `/api` matches `/api` and `/api/x`, not `/apix`. */
function pathMatches(
  path: Obj | undefined,
  pathname: string
): { ok: boolean; exact: boolean; length: number } {
  const type = path?.type ?? 'PathPrefix';
  const value = String(path?.value ?? '/');
  if (type === 'Exact') return { ok: pathname === value, exact: true, length: value.length };
  if (type === 'RegularExpression')
    return { ok: new RegExp(`^(?:${value})$`).test(pathname), exact: false, length: 0 };
  const prefix = value.replace(/\/+$/, '');
  const ok = prefix === '' || pathname === prefix || pathname.startsWith(`${prefix}/`);
  return { ok, exact: false, length: prefix.length || 1 };
}

function valueMatches(match: Obj, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  return match.type === 'RegularExpression'
    ? new RegExp(String(match.value)).test(actual)
    : actual === String(match.value);
}

/**
 * The rule that takes a request, with Gateway API precedence across every route and rule: an Exact path, then the
 * longest PathPrefix, then a method match, then most header matches, then most query matches; ties go to the
 * oldest route, then by namespace/name, then rule order.
 */
function select(routes: Obj[], req: Request, host: string): Candidate | undefined {
  const candidates: Candidate[] = [];
  for (const route of routes) {
    if (!hostMatches(route.spec?.hostnames, host)) continue;
    (route.spec?.rules ?? []).forEach((rule: Obj, ruleIndex: number) => {
      const matches: Obj[] = rule.matches?.length ? rule.matches : [{}];
      for (const match of matches) {
        const path = pathMatches(match.path, req.url.pathname);
        if (!path.ok) continue;
        if (match.method && match.method !== req.method) continue;
        const headers: Obj[] = match.headers ?? [];
        if (!headers.every(h => valueMatches(h, headerValue(req, String(h.name))))) continue;
        const queries: Obj[] = match.queryParams ?? [];
        if (!queries.every(q => valueMatches(q, req.url.searchParams.get(String(q.name)) ?? undefined)))
          continue;
        candidates.push({
          route,
          rule,
          ruleIndex,
          exact: path.exact,
          prefixLength: path.length,
          method: Boolean(match.method),
          headers: headers.length,
          queries: queries.length
        });
      }
    });
  }
  const key = (c: Candidate) => `${c.route.metadata.namespace}/${c.route.metadata.name}`;
  candidates.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      b.prefixLength - a.prefixLength ||
      Number(b.method) - Number(a.method) ||
      b.headers - a.headers ||
      b.queries - a.queries ||
      String(a.route.metadata.creationTimestamp).localeCompare(String(b.route.metadata.creationTimestamp)) ||
      key(a).localeCompare(key(b)) ||
      a.ruleIndex - b.ruleIndex
  );
  return candidates[0];
}

function headerValue(req: Request, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * Smooth weighted round robin (as nginx balances upstreams): over any window of `sum of weights` requests each
 * backend gets exactly its weight, so a test can count what a 10/90 split sends where. State per rule and weights.
 */
class WeightedPicker {
  private readonly state = new Map<string, number[]>();

  pick(key: string, weights: number[]): number {
    const id = `${key}|${weights.join(',')}`;
    let current = this.state.get(id);
    if (!current) {
      current = weights.map(() => 0);
      this.state.set(id, current);
    }
    const total = weights.reduce((a, b) => a + b, 0);
    let best = 0;
    for (let i = 0; i < weights.length; i++) {
      current[i]! += weights[i]!;
      if (current[i]! > current[best]!) best = i;
    }
    current[best]! -= total;
    return best;
  }
}

function text(status: number, body: string, headers: Record<string, string> = {}): Reply {
  return { status, body, headers: { 'content-type': 'text/plain', ...headers } };
}

/**
 * The data plane of the cluster's Gateway: routes each request by its host (the Host header, or X-Forwarded-Host
 * for a caller on the loopback port) through the HTTPRoutes to a Service, then to a ready pod of it, as Envoy does:
 * `404` when no route matches, `500` when the rule's backends all weigh 0 or name no Service, `503 no healthy
 * upstream` when the chosen Service has no ready pod. The answer says where it went in `x-sandbox-*` headers.
 */
export function gatewayHandler(view: GatewayView): (req: Request) => Promise<Reply> {
  const picker = new WeightedPicker();
  let next = 0;
  return async req => {
    const forwarded = headerValue(req, 'x-forwarded-host');
    const host = hostOf(forwarded ?? req.host);
    const chosen = select(view.list('httproutes'), req, host);
    if (!chosen) return text(404, `no HTTPRoute matches ${host}${req.url.pathname}`);
    const { route, rule } = chosen;
    const routeName = `${route.metadata.namespace}/${route.metadata.name}`;
    const backends: Obj[] = (rule.backendRefs ?? []).filter((b: Obj) => (b.weight ?? 1) > 0);
    if (!backends.length)
      return text(500, `HTTPRoute ${routeName}: the matching rule has no backend with a weight above 0`);
    const backend =
      backends[
        picker.pick(
          `${routeName}#${chosen.ruleIndex}`,
          backends.map(b => Number(b.weight ?? 1))
        )
      ]!;
    const namespace = backend.namespace ?? route.metadata.namespace;
    const service =
      (backend.kind ?? 'Service') === 'Service' && namespace === route.metadata.namespace
        ? view.list('services', namespace).find(s => s.metadata.name === backend.name)
        : undefined;
    const where = { 'x-sandbox-route': routeName, 'x-sandbox-service': `${namespace}/${backend.name}` };
    if (!service)
      return text(
        500,
        `HTTPRoute ${routeName}: backend ${namespace}/${backend.name} is not a Service of the route's namespace`,
        where
      );
    const selector: Record<string, string> = service.spec?.selector ?? {};
    const ready = view
      .list('pods', namespace)
      .filter(
        p =>
          podReady(p) &&
          Object.keys(selector).length > 0 &&
          Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v)
      );
    const endpoints = (
      await Promise.all(ready.map(async pod => ({ pod, url: await view.target(pod) })))
    ).filter(e => e.url);
    if (!endpoints.length) return text(503, 'no healthy upstream', where);
    const { pod, url } = endpoints[next++ % endpoints.length]!;
    const image = String(pod.spec.containers?.[0]?.image ?? '');
    const reply = await forward(
      url!,
      req,
      host,
      text(503, 'upstream connect error or disconnect/reset before headers')
    );
    return {
      ...reply,
      headers: { ...reply.headers, ...where, 'x-sandbox-pod': pod.metadata.name, 'x-sandbox-image': image },
      detail: { route: routeName, service: backend.name, pod: pod.metadata.name, image }
    };
  };
}
