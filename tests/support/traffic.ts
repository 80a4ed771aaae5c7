import { expect } from '@jest/globals';
import type { ContainerAppsService } from '../../sandbox/containerapps/index.js';

/**
 * The traffic invariant every deploy-aca test ends on, failure paths included: each revision that production
 * traffic reaches is active, Running and Healthy. An app a failed step created, which never served anything, is
 * named in `newApps`: it has no healthy revision to serve.
 */
export function expectTrafficServesHealthy(aca: ContainerAppsService, newApps: string[] = []): void {
  const serving = aca.production().filter(p => p.weight > 0 && !newApps.includes(p.app));
  const unhealthy = serving.filter(
    p => !(p.active && p.runningState === 'Running' && p.healthState === 'Healthy')
  );
  expect(
    unhealthy.map(
      p =>
        `${p.resourceGroup}/${p.app}: ${p.revision} has ${p.weight} % and is ${p.active ? 'active' : 'inactive'}, ${p.runningState}/${p.healthState}`
    )
  ).toEqual([]);
}
