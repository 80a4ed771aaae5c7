import https from 'node:https';
import type { ContainerAppsService } from '../../sandbox/containerapps/index.js';
import { itineraryApp } from '../../tests/support/world.js';
import { bold, type DemoContext } from './context.js';

/** Which revision answers each of `count` requests to a host, as a client on the internet would see it. */
async function sample(
  demo: DemoContext,
  aca: ContainerAppsService,
  host: string,
  count: number
): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    const revision = await new Promise<string>((resolve, reject) => {
      https
        .get(
          new URL('/health', aca.ingressUrl),
          { headers: { 'x-forwarded-host': host }, ca: demo.sandbox.tls.ca },
          response => {
            response.resume();
            resolve(String(response.headers['x-sandbox-revision'] ?? `HTTP ${response.statusCode}`));
          }
        )
        .on('error', reject);
    });
    seen[revision] = (seen[revision] ?? 0) + 1;
  }
  return seen;
}

const show = (seen: Record<string, number>) =>
  Object.entries(seen)
    .map(([revision, n]) => `${revision} ×${n}`)
    .join(', ');

/**
 * Deploys the image build-push pushed to the itinerary Container App, blue-green behind the health and smoke
 * gate, then a release that crashes (rolled back by the gate) and a manual rollback, showing where requests land.
 */
export async function deployAca(demo: DemoContext, aca: ContainerAppsService): Promise<void> {
  const pushed = demo.outputs['build-push']?.['image'];
  let image: string;
  if (pushed) {
    image = pushed;
  } else {
    image = `${itineraryApp.registry}/itinerary@sha256:${'d'.repeat(64)}`;
    aca.declareImage(image);
    console.log(
      `\n(build-push did not run in this demo: deploying ${image}, declared to the sandbox registry)`
    );
  }
  const host = `${itineraryApp.name}.${itineraryApp.defaultDomain}`;
  console.log(
    `\n${bold('Before:')} 20 requests to https://${host}: ${show(await sample(demo, aca, host, 20))}`
  );
  await demo.step(
    'deploy',
    'deploy-aca (blue-green: green at 0 %, health and smoke gate, cutover)',
    'deploy-aca',
    {
      'resource-group': itineraryApp.resourceGroup,
      app: itineraryApp.name,
      image,
      strategy: 'blue-green',
      smoke: 'examples/itinerary/smoke.yaml'
    }
  );
  console.log(
    `${bold('After:')}  20 requests to https://${host}: ${show(await sample(demo, aca, host, 20))}`
  );

  const bad = `${itineraryApp.registry}/itinerary@sha256:${'b'.repeat(64)}`;
  aca.declareImage(bad);
  aca.markImage(bad, 'crash');
  const exitCode = process.exitCode;
  await demo.step(
    'deploy-bad',
    'deploy-aca with an image that crashes at start (rolled back)',
    'deploy-aca',
    {
      'resource-group': itineraryApp.resourceGroup,
      app: itineraryApp.name,
      image: bad,
      'revision-suffix': 'crashes-1'
    }
  );
  process.exitCode = exitCode; // that step failing is the point of it
  console.log(
    `${bold('Still:')}  20 requests to https://${host}: ${show(await sample(demo, aca, host, 20))}`
  );

  await demo.step('rollback', 'deploy-aca mode: rollback (as a workflow_dispatch would)', 'deploy-aca', {
    mode: 'rollback',
    'resource-group': itineraryApp.resourceGroup,
    app: itineraryApp.name
  });
  console.log(
    `${bold('Rolled back:')} 20 requests to https://${host}: ${show(await sample(demo, aca, host, 20))}`
  );
}
