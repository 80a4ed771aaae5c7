import { basename } from 'node:path';
import { apimServiceOf } from '../../sandbox/apim/index.js';
import { apim as world } from '../../tests/support/world.js';
import type { DemoContext } from './context.js';
import * as inputs from './inputs.js';
import { detail, summaryValue } from './story.js';

interface SmokeResult {
  passed: number;
  failed: number;
  checks: { name: string; method: string; path: string; status: number; p95Ms: number; ok: boolean }[];
}

/**
 * Publishes the example itinerary service's OpenAPI document to the sandbox's API Management in front of
 * `backendUrl`, smoke-tests it through the gateway, then imports it again to show the skip.
 */
export async function apim(demo: DemoContext, backendUrl: string): Promise<void> {
  const imported = await demo.step({
    id: 'apim',
    action: 'apim-import',
    inputs: inputs.apimImport(backendUrl),
    tell: run => ({
      outcome: `published API ${run.outputs['api-id']} (revision ${run.outputs['revision']}) at ${run.outputs['gateway-url']}`,
      details: [
        ...detail('backend', backendUrl),
        ...detail(
          'access',
          `products ${summaryValue(run.summary, 'Products')}, subscription key ${summaryValue(run.summary, 'Subscription key')}, policy ${basename(summaryValue(run.summary, 'Policy') ?? '?')}`
        )
      ]
    })
  });
  // In a workflow the key is a repository secret; here the sandbox hands out its smoke-tests subscription's.
  const key = apimServiceOf(demo.sandbox).key(world.name, world.smokeSubscription);
  await demo.step({
    id: 'smoke',
    action: 'smoke',
    inputs: inputs.smoke(imported.outputs['gateway-url']!, key),
    tell: run => {
      const result = JSON.parse(run.outputs['result'] ?? '{}') as SmokeResult;
      return {
        outcome: `${result.passed}/${result.passed + result.failed} checks passed through the gateway (p95 at most ${run.outputs['p95-ms']} ms)`,
        details: result.checks.flatMap(check =>
          detail(
            check.ok ? 'pass' : 'FAIL',
            `${check.method} ${check.path} ${check.status}, p95 ${check.p95Ms} ms (${check.name})`
          )
        )
      };
    }
  });
  await demo.step({
    id: 'apim-again',
    action: 'apim-import',
    inputs: inputs.apimImport(backendUrl),
    tell: run => ({
      outcome:
        run.outputs['changed'] === 'false'
          ? `skipped: ${run.outputs['api-id']} is unchanged since the last import, nothing sent`
          : `imported again as revision ${run.outputs['revision']}`
    })
  });
}
