import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionRun } from '../../sandbox/runner.js';
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

/**
 * Builds the example service with buildah and pushes it to the dev registry (and again, to show the skip),
 * then logs in as the prod promoter and promotes the same digest into the prod registry. Returns the image
 * pushed, by digest.
 */
export async function buildPush(demo: DemoContext): Promise<string> {
  const busybox = await mkdtemp(join(tmpdir(), 'demo-busybox-'));
  try {
    await copyFile('/bin/busybox', join(busybox, 'busybox'));
    const built = await demo.step({
      id: 'build-push',
      action: 'build-push',
      inputs: inputs.buildPush(busybox),
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
      inputs: inputs.buildPush(busybox),
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
    await rm(busybox, { recursive: true, force: true });
  }
}
