import { join } from 'node:path';
import { apimServiceOf } from '../../sandbox/apim/index.js';
import { itineraryDir, startItineraryService } from '../../sandbox/example-service.js';
import { apim as world } from '../../tests/support/world.js';
import { bold, type DemoContext } from './context.js';

/**
 * Publishes the example itinerary service's OpenAPI document to the sandbox's API Management, smoke-tests it
 * through the gateway, then imports it again to show the skip. Starts the service when no backend is given.
 */
export async function apim(demo: DemoContext, backendUrl?: string): Promise<void> {
  const local = backendUrl ? undefined : await startItineraryService();
  try {
    const serviceUrl = backendUrl ?? local!.url;
    if (local)
      console.log(`\n${bold('Example itinerary service')} on ${serviceUrl} (examples/itinerary/server.js)`);
    const inputs = {
      'service-name': world.name,
      'resource-group': world.resourceGroup,
      spec: join(itineraryDir, 'openapi.yaml'),
      path: 'itinerary',
      'api-version': 'v1',
      'service-url': serviceUrl,
      products: 'starter',
      policy: join(itineraryDir, 'policy.xml')
    };
    await demo.step('apim', 'apim-import (musafirgo/actions/apim-import)', 'apim-import', inputs);
    // In a workflow the key is a repository secret; here the sandbox hands out its smoke-tests subscription's.
    const key = apimServiceOf(demo.sandbox).key(world.name, world.smokeSubscription);
    await demo.step('smoke', 'smoke through the API Management gateway (musafirgo/actions/smoke)', 'smoke', {
      checks: join(itineraryDir, 'smoke.yaml'),
      'base-url': demo.outputs['apim']?.['gateway-url'] ?? '',
      'subscription-key': key
    });
    await demo.step('apim-again', 'apim-import again, nothing changed', 'apim-import', inputs);
  } finally {
    await local?.stop();
  }
}
