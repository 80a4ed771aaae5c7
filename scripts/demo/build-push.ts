import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { itineraryDir } from '../../sandbox/example-service.js';
import type { ActionRun } from '../../sandbox/runner.js';
import { federatedIdentity } from '../../sandbox/runtime/identity.js';
import { pushNodeBase } from '../../sandbox/runtime/images.js';
import { deployer, devRegistry, tenantId } from '../../tests/support/world.js';
import type { DemoContext } from './context.js';
import * as inputs from './inputs.js';
import { login } from './login.js';
import { detail, summaryValue } from './story.js';

/** `main, latest, sha-3f78685` from the tags output (full references, one a line). */
const tagsOf = (run: ActionRun) =>
  (run.outputs['tags'] ?? '')
    .split('\n')
    .filter(Boolean)
    .map(reference => reference.slice(reference.lastIndexOf(':') + 1))
    .join(', ');

/** The version the demo's change to server.js puts in GET /health: what the deployed revision must answer. */
export const demoVersion = '2.1.0-demo';

/**
 * Builds the example service with buildah and pushes it to the dev registry (and again, to show the skip),
 * then logs in as the prod promoter and promotes the same digest into the prod registry. The service is a copy
 * of examples/itinerary whose /health says `demoVersion`, a change the revision's answer then shows. Returns the
 * image pushed, by digest.
 */
export async function buildPush(demo: DemoContext): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'demo-itinerary-'));
  try {
    await cp(itineraryDir, workspace, { recursive: true });
    const server = join(workspace, 'server.js');
    const source = await readFile(server, 'utf8');
    await writeFile(
      server,
      source.replace("{ status: 'ok' }", `{ status: 'ok', version: '${demoVersion}' }`)
    );
    // The Node.js base image the Containerfile builds FROM, in the registry as a platform team would publish it.
    const nodeImage = await pushNodeBase({
      sandbox: demo.sandbox,
      loginServer: devRegistry.loginServer,
      credential: federatedIdentity(demo.sandbox, { clientId: deployer.appId, tenantId })
    });
    const built = await demo.step({
      id: 'build-push',
      action: 'build-push',
      inputs: inputs.buildPush(workspace, nodeImage),
      tell: run => {
        const size = summaryValue(run.summary, 'Size (compressed)');
        return {
          outcome: `${run.outputs['built'] === 'true' ? 'built and pushed' : 'reused'} ${run.outputs['image']}${size ? ` (${size})` : ''}`,
          details: [
            ...detail('tags', tagsOf(run)),
            ...detail('builder', summaryValue(run.summary, 'Build') ?? '?')
          ]
        };
      }
    });
    await demo.step({
      id: 'build-push-again',
      action: 'build-push',
      inputs: inputs.buildPush(workspace, nodeImage),
      tell: run => ({
        outcome:
          run.outputs['built'] === 'false'
            ? `reused ${run.outputs['image']} (same source, no build)`
            : `built again ${run.outputs['image']}`
      })
    });

    // The promotion is a job of its own (the prod identity); later demo steps go on as the dev deployer.
    const devEnv = { ...demo.env };
    await login(demo, 'prod');
    await demo.step({
      id: 'promote',
      action: 'promote',
      inputs: inputs.promote(built.outputs['image']!),
      tell: run => ({
        outcome: `copied the same digest to ${run.outputs['image']} by ${summaryValue(run.summary, 'Method') ?? run.outputs['method']}`,
        details: detail('tags', tagsOf(run))
      })
    });
    for (const name of Object.keys(demo.env)) delete demo.env[name];
    Object.assign(demo.env, devEnv);
    return built.outputs['image']!;
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}
