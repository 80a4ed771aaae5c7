import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { containerAppsService, type ContainerAppsService } from '../../sandbox/containerapps/index.js';
import { expectTrafficServesHealthy } from '../support/traffic.js';
import { deployer, devRegistry, itineraryApp, loginInputs } from '../support/world.js';
import { startRegistryWorld, type RegistryWorld } from './registry-support.js';

// The pipeline every service runs: login, build-push (buildah, into the sandbox ACR), deploy-aca of the digest
// build-push outputs. The Container Apps emulator pulls what the registry really holds: the ACR service answers
// its image lookups from the registry process, as Azure's control plane would.
let world: RegistryWorld;
let aca: ContainerAppsService;
let stopAca: (() => Promise<void>) | void;

beforeAll(async () => {
  world = await startRegistryWorld(deployer.appId);
  aca = containerAppsService();
  stopAca = await aca.start(world.sandbox);
}, 120_000);
// Production traffic reaches only healthy revisions after every deploy, failed ones included.
afterEach(() => expectTrafficServesHealthy(aca));
afterAll(async () => {
  if (stopAca) await stopAca();
  await world?.stop();
});

describe('login, build-push, deploy-aca', () => {
  it('deploys the digest build-push pushed, and a digest the registry does not hold fails with its reason', async () => {
    const login = await world.step('login', loginInputs);
    expect(login.errors).toEqual([]);
    const { dir, busybox } = await world.workspace();
    const build = await world.step(
      'build-push',
      { image: `${devRegistry.loginServer}/itinerary`, context: dir, 'build-contexts': `busybox=${busybox}` },
      { env: login.exported }
    );
    expect(build.errors).toEqual([]);
    const image = build.outputs['image']!;
    expect(image).toMatch(/^musafirgodev\.azurecr\.io\/itinerary@sha256:[a-f0-9]{64}$/);

    const deploy = await world.step(
      'deploy-aca',
      { 'resource-group': itineraryApp.resourceGroup, app: itineraryApp.name, image },
      { env: login.exported }
    );
    expect(deploy.errors).toEqual([]);
    expect(deploy.outputs['revision']).toBe('itinerary--3f78685-1');
    expect(aca.traffic('itinerary')).toEqual({
      [itineraryApp.initialRevision]: 0,
      'itinerary--3f78685-1': 100
    });
    expect(aca.revision('itinerary', 'itinerary--3f78685-1')).toMatchObject({
      provisioningState: 'Provisioned',
      runningState: 'Running',
      healthState: 'Healthy'
    });

    const missing = image.replace(/@sha256:[a-f0-9]{64}$/, `@sha256:${'0'.repeat(64)}`);
    const failed = await world.step(
      'deploy-aca',
      {
        'resource-group': itineraryApp.resourceGroup,
        app: itineraryApp.name,
        image: missing,
        'revision-suffix': 'missing-1'
      },
      { env: login.exported }
    );
    expect(failed.exitCode).toBe(1);
    expect(failed.errors[0]?.replace(/%25/g, '%')).toBe(
      `deploy-aca: revision itinerary--missing-1 failed to provision: Failed to pull image "${missing}": itinerary@sha256:${'0'.repeat(64)}: manifest unknown; traffic is back on itinerary--3f78685-1 100 % (green) and itinerary--missing-1 is deactivated. Read the revision's logs (az containerapp logs show --name itinerary --resource-group rg-musafirgo-dev --revision itinerary--missing-1), fix, and deploy again`
    );
    expect(aca.traffic('itinerary')).toEqual({
      [itineraryApp.initialRevision]: 0,
      'itinerary--3f78685-1': 100
    });
    for (const run of world.runs)
      for (const secret of world.secrets()) expect(run.visible).not.toContain(secret);
  }, 180_000);
});
