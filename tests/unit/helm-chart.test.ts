import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { helmBinary } from '../../sandbox/helm.js';

// The example service's chart, linted and rendered by real Helm (v3.17.2) as deploy-aks method helm uses it.
const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const chart = `${root}examples/itinerary/chart`;
const digest = `sha256:${'d'.repeat(64)}`;

async function helm(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(helmBinary(), args, { env: { ...process.env, HELM_CACHE_HOME: '/tmp/helm-chart-test/cache' } });
}

async function render(...args: string[]) {
  const { stdout } = await helm('template', 'itinerary', chart, ...args);
  return parseAllDocuments(stdout).map(d => d.toJS() as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('examples/itinerary/chart', () => {
  it.each([['values-dev.yaml'], ['values-prod.yaml']])(
    'passes helm lint --strict with values.yaml then %s and an image digest',
    async environment => {
      const { stdout } = await helm(
        'lint',
        '--strict',
        chart,
        '--values',
        `${chart}/values.yaml`,
        '--values',
        `${chart}/${environment}`,
        '--set-string',
        `image.digest=${digest}`
      );
      expect(stdout).toContain('1 chart(s) linted, 0 chart(s) failed');
    }
  );

  it('renders the image by digest, the values of the environment, and the HTTPRoute', async () => {
    const objects = await render(
      '--values',
      `${chart}/values-prod.yaml`,
      '--set-string',
      `image.repository=musafirgoprod.azurecr.io/itinerary,image.digest=${digest}`
    );
    expect(objects.map(o => `${o.kind}/${o.metadata.name}`).sort()).toEqual([
      'Deployment/itinerary',
      'HTTPRoute/itinerary',
      'Service/itinerary'
    ]);
    const deployment = objects.find(o => o.kind === 'Deployment')!;
    expect(deployment.spec.replicas).toBe(3);
    expect(deployment.spec.template.spec.containers[0].image).toBe(
      `musafirgoprod.azurecr.io/itinerary@${digest}`
    );
    expect(deployment.spec.template.spec.containers[0].resources.requests).toEqual({
      cpu: '250m',
      memory: '256Mi'
    });
    const route = objects.find(o => o.kind === 'HTTPRoute')!;
    expect(route.spec.hostnames).toEqual(['itinerary.musafirgo.test']);
  });

  it('renders no HTTPRoute with the defaults, and the tag when no digest is set (local tries only)', async () => {
    const objects = await render();
    expect(objects.map(o => o.kind).sort()).toEqual(['Deployment', 'Service']);
    expect(objects.find(o => o.kind === 'Deployment')!.spec.template.spec.containers[0].image).toBe(
      'musafirgodev.azurecr.io/itinerary:latest'
    );
  });

  it("fails a digest that is not sha256:<64 hex> with the chart's message", async () => {
    const error = (await render('--set-string', 'image.digest=sha256:abc').catch((e: unknown) => e)) as {
      stderr: string;
    };
    expect(error.stderr).toContain('image.digest must be sha256:<64 hex digits>, not "sha256:abc"');
  });
});
