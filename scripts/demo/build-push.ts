import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  devRegistry,
  prodRegistry,
  prodSubscription,
  promoter,
  tenantId
} from '../../tests/support/world.js';
import type { DemoContext } from './context.js';

const examples = new URL('../../examples/itinerary', import.meta.url).pathname;

/**
 * Builds the example service with buildah and pushes it to the dev registry (and again, to show the skip),
 * then logs in as the prod promoter and promotes the same digest into the prod registry.
 */
export async function buildPush(demo: DemoContext): Promise<void> {
  // The image is built FROM scratch: its busybox comes from this named build context.
  const busybox = await mkdtemp(join(tmpdir(), 'demo-busybox-'));
  try {
    await copyFile('/bin/busybox', join(busybox, 'busybox'));
    const inputs = {
      image: `${devRegistry.loginServer}/itinerary`,
      context: examples,
      'build-contexts': `busybox=${busybox}`
    };
    const built = await demo.step(
      'build-push',
      'build-push (musafirgo/actions/build-push)',
      'build-push',
      inputs
    );
    if (built.exitCode !== 0) return;
    await demo.step('build-push-again', 'build-push again, same source (skipped)', 'build-push', inputs);

    // The promotion is a job of its own (the prod identity); later demo steps go on as the dev deployer.
    const devEnv = { ...demo.env };
    await demo.step('login-prod', 'login as the prod promoter (musafirgo/actions/login)', 'login', {
      'client-id': promoter.appId,
      'tenant-id': tenantId,
      'subscription-id': prodSubscription.id
    });
    await demo.step('promote', 'promote to prod (musafirgo/actions/promote)', 'promote', {
      source: built.outputs['image']!,
      target: `${prodRegistry.loginServer}/itinerary`,
      tags: 'main, latest'
    });
    for (const name of Object.keys(demo.env)) delete demo.env[name];
    Object.assign(demo.env, devEnv);
  } finally {
    await rm(busybox, { recursive: true, force: true });
  }
}
