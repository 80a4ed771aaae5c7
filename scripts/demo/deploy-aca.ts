import https from 'node:https';
import type { ContainerAppsService } from '../../sandbox/containerapps/index.js';
import type { ActionRun } from '../../sandbox/runner.js';
import { federatedIdentity } from '../../sandbox/runtime/identity.js';
import { pushExampleImage } from '../../sandbox/runtime/images.js';
import { deployer, itineraryApp, tenantId } from '../../tests/support/world.js';
import { why, type DemoContext } from './context.js';
import * as inputs from './inputs.js';
import { detail, summaryValue, tally } from './story.js';

const host = `${itineraryApp.name}.${itineraryApp.defaultDomain}`;
const samples = 20;

/** What GET /health answers through the app's URL: the code the revision runs. */
function health(demo: DemoContext, aca: ContainerAppsService): Promise<string> {
  return new Promise((resolve, reject) => {
    https
      .get(
        new URL('/health', aca.ingressUrl),
        { headers: { 'x-forwarded-host': host }, ca: demo.sandbox.tls.ca },
        response => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve(`GET /health → ${response.statusCode} ${body}`));
        }
      )
      .on('error', reject);
  });
}

/** Which revision answers each of 20 requests to the app, as a client on the internet would see it. */
async function sample(demo: DemoContext, aca: ContainerAppsService): Promise<string> {
  const seen: Record<string, number> = {};
  for (let i = 0; i < samples; i++) {
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
  return `${samples} requests: ${tally(seen)}`;
}

/** `itinerary--3f78685-1 100 % (green)`: the revisions that take traffic, from the traffic output. */
function serving(run: ActionRun): string {
  const traffic = JSON.parse(run.outputs['traffic'] ?? '[]') as {
    revisionName: string;
    weight: number;
    label?: string;
  }[];
  return traffic
    .filter(target => target.weight > 0)
    .map(target => `${target.revisionName} ${target.weight} %${target.label ? ` (${target.label})` : ''}`)
    .join(', ');
}

/**
 * Deploys the image build-push pushed to the itinerary Container App, blue-green behind the health and smoke
 * gate, then a release that crashes (rolled back by the gate) and a manual rollback, sampling where requests
 * land before and after each.
 */
export async function deployAca(demo: DemoContext, aca: ContainerAppsService, image: string): Promise<void> {
  const before = await sample(demo, aca);
  await demo.step({
    id: 'deploy',
    action: 'deploy-aca',
    inputs: inputs.deployAca.blueGreen(image),
    tell: async run => ({
      outcome: `moved the traffic to ${serving(run)} once it passed its health and smoke gate at 0 %`,
      details: [
        ...detail('gate', (summaryValue(run.summary, 'Gates passed') ?? '?').replace(/ against \S+$/, '')),
        ...detail('before', before),
        ...detail('after', await sample(demo, aca)),
        ...detail('answers', await health(demo, aca)),
        ...detail('url', run.outputs['url'] ?? '?')
      ]
    })
  });

  // A release whose process exits at start (examples/images/crashing), built and pushed as the service was.
  const { image: bad } = await pushExampleImage('crashing', {
    sandbox: demo.sandbox,
    loginServer: itineraryApp.registry,
    credential: federatedIdentity(demo.sandbox, { clientId: deployer.appId, tenantId })
  });
  await demo.step({
    id: 'deploy-bad',
    action: 'deploy-aca',
    inputs: inputs.deployAca.crashing(bad),
    expect: 'failure',
    tell: async run => ({
      outcome: `refused ${run.outputs['revision']}, which crashes at start, and put the traffic back as it was`,
      details: [...why(run, 'deploy-aca'), ...detail('still', await sample(demo, aca))]
    })
  });

  await demo.step({
    id: 'rollback',
    action: 'deploy-aca',
    inputs: inputs.deployAca.rollback,
    tell: async run => ({
      outcome: `moved the traffic back to ${serving(run)} by hand (mode: rollback)`,
      details: detail('after', await sample(demo, aca))
    })
  });
}
