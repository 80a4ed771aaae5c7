import { expect } from '@jest/globals';
import type { AksService } from '../../sandbox/aks/index.js';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ready = (pod: Obj) =>
  ((pod.status?.conditions ?? []) as Obj[]).some(c => c.type === 'Ready' && c.status === 'True');

/**
 * The traffic invariant, checked after every deploy-aks test, failure paths included: whatever a step did or
 * failed to do, production never serves nothing. Every HTTPRoute rule sends its traffic (weights above 0) only to
 * Services with a ready pod, and has such a backend; every Deployment that should run (replicas above 0) has an
 * available ReplicaSet. Returns the violations as sentences, which the test expects to be none.
 */
export async function trafficViolations(cluster: AksService, only?: string[]): Promise<string[]> {
  const violations: string[] = [];
  const namespaces = only ?? cluster.list('namespaces').map(n => String(n.metadata.name));
  for (const namespace of namespaces) {
    for (const d of cluster.list('deployments', namespace)) {
      const live = (await cluster.observe('deployments', namespace, d.metadata.name)) ?? d;
      if ((live.spec?.replicas ?? 1) > 0 && !((live.status?.availableReplicas ?? 0) > 0))
        violations.push(
          `Deployment ${namespace}/${d.metadata.name} should run ${live.spec?.replicas ?? 1} replicas and has none available`
        );
    }
    const pods = cluster.list('pods', namespace);
    const services = new Map(cluster.list('services', namespace).map(s => [String(s.metadata.name), s]));
    for (const route of cluster.list('httproutes', namespace)) {
      ((route.spec?.rules ?? []) as Obj[]).forEach((rule, i) => {
        const refs = (rule.backendRefs ?? []) as Obj[];
        const weighted = refs.filter(b => (b.weight ?? 1) > 0);
        const where = `HTTPRoute ${namespace}/${route.metadata.name} rule ${i}`;
        if (refs.length && !weighted.length)
          violations.push(
            `${where} serves nothing: ${JSON.stringify(Object.fromEntries(refs.map(b => [b.name, b.weight ?? 1])))}`
          );
        for (const b of weighted) {
          const service = services.get(String(b.name));
          const selector = (service?.spec?.selector ?? {}) as Record<string, string>;
          const healthy =
            service &&
            Object.keys(selector).length > 0 &&
            pods.some(
              p => ready(p) && Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v)
            );
          if (!healthy)
            violations.push(`${where} sends ${b.weight ?? 1} to ${b.name}, which has no ready pod`);
        }
      });
    }
  }
  return violations;
}

/** The traffic invariant as an assertion, for an afterEach of every deploy-aks test (in the namespaces it deploys to). */
export async function expectTrafficServes(cluster: AksService, namespaces?: string[]): Promise<void> {
  expect(await trafficViolations(cluster, namespaces)).toEqual([]);
}
