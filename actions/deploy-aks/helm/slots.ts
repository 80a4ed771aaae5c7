import type { SmokeGate } from '../../shared/smoke-gate.js';
import type { HelmInputs } from '../inputs.js';
import { readOrUndefined } from '../kube/rollout.js';
import { backendPort, routeRef, type HTTPRoute, type Slot } from '../strategy/route.js';
import { runSlots, type SlotResult } from '../strategy/slots.js';
import { cliReleases, deployHelm, type HelmDeps } from './release.js';

/**
 * Blue-green or canary with a chart: each slot is a release of its own, `<release>-blue` and `<release>-green`,
 * installed with the value `slot=<slot>` (so the chart renders no route of its own for it; the example chart's
 * Deployment and Service are named after the release, which gives the slot names). The HTTPRoute named by `route`
 * must be in the cluster (a first rolling release of the chart creates it); its weights move the traffic, with the
 * same preview gate as method manifests. A failed slot release is rolled back by deployHelm; after a failed gate the
 * slot's release goes back to its previous revision (or is uninstalled when this was its first).
 */
export async function deployHelmSlots(
  inputs: HelmInputs,
  deps: HelmDeps,
  gate?: SmokeGate
): Promise<SlotResult> {
  const { release, namespace } = inputs;
  const route = inputs.strategy.route!;
  const live = await readOrUndefined<HTTPRoute>(deps.rollout, routeRef(route, namespace));
  const port = backendPort(live?.spec) ?? 80;
  const rolledBack = new Set<Slot>();
  return runSlots(
    {
      namespace,
      base: release,
      service: release,
      port,
      deployInto: async slot => {
        const result = await deployHelm(
          { ...inputs, release: `${release}-${slot}`, set: [`slot=${slot}`] },
          deps
        );
        if (result.failure) rolledBack.add(slot);
        return {
          revision: result.revision === undefined ? '' : String(result.revision),
          applied: [`Helm release ${release}-${slot} revision ${result.revision ?? '–'} (${result.chart})`],
          ...(result.failure ? { failure: result.failure, hint: result.hint } : {})
        };
      },
      retire: async slot => {
        const name = `${release}-${slot}`;
        if (rolledBack.has(slot)) return 'rolled back by helm';
        const entries = await (deps.releases ?? cliReleases(deps.helm)).history(name);
        const before = [...entries].reverse().find(e => e.status === 'superseded')?.revision;
        if (before === undefined) {
          await deps.helm(['uninstall', name]);
          return 'uninstalled (its first release)';
        }
        await deps.helm(['rollback', name, String(before), '--history-max', '10']);
        return `rolled back to revision ${before}`;
      }
    },
    { ...inputs.strategy, route },
    deps.rollout,
    gate
  );
}
