import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs } from '../../actions/deploy-aks/inputs.js';
import { helmMessage } from '../../actions/deploy-aks/helm/cli.js';

const digest = `sha256:${'e'.repeat(64)}`;
const image = `musafirgodev.azurecr.io/itinerary@${digest}`;
const env = { AZURE_SUBSCRIPTION_ID: '2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68' };
const chart = 'examples/itinerary/chart';
const base = { method: 'helm', 'resource-group': 'rg', cluster: 'aks', chart, images: image };

function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('deploy-aks method helm inputs', () => {
  it("reads the chart, its name as the release, the values files in order and the image's repository and digest", () => {
    setInputs({ ...base, values: `${chart}/values.yaml\n# dev last: it wins\n${chart}/values-dev.yaml\n` });
    expect(getInputs(env)).toEqual({
      mode: 'deploy',
      method: 'helm',
      subscriptionId: env.AZURE_SUBSCRIPTION_ID,
      resourceGroup: 'rg',
      cluster: 'aks',
      chart,
      release: 'itinerary',
      values: [`${chart}/values.yaml`, `${chart}/values-dev.yaml`],
      image: { reference: image, repository: 'musafirgodev.azurecr.io/itinerary', digest },
      imageKey: 'image',
      namespace: 'default',
      timeoutMs: 600_000,
      strategy: { strategy: 'rolling', canarySteps: [100], bakeTimeMs: 0, errorBudget: 0 }
    });
  });

  it('takes the release name of a packaged chart from its file name', () => {
    const packaged = join(mkdtempSync(join(tmpdir(), 'chart-')), 'itinerary-1.2.3.tgz');
    writeFileSync(packaged, '');
    setInputs({ ...base, chart: packaged, 'image-key': 'itinerary.image' });
    expect(getInputs(env)).toMatchObject({ release: 'itinerary', imageKey: 'itinerary.image' });
  });

  it.each([
    [{ chart: '' }, "input 'chart' is required"],
    [{ chart: 'charts/nowhere' }, "input 'chart': no 'charts/nowhere' in the workspace"],
    [
      { chart: 'examples/itinerary' },
      "input 'chart': 'examples/itinerary' is a directory without Chart.yaml"
    ],
    [
      { chart: 'package.json' },
      "input 'chart': 'package.json' is neither a chart directory nor a packaged chart"
    ],
    [{ release: 'Itinerary_Dev' }, "input 'release': 'Itinerary_Dev' is not a Helm release name"],
    [{ values: 'values-staging.yaml' }, "input 'values': no file 'values-staging.yaml' in the workspace"],
    [
      { images: `itinerary=${image}` },
      "input 'images': method helm takes one image, by digest and without a container name"
    ],
    [
      { images: `${image}\n${image.replace('itinerary', 'other')}` },
      "input 'images': method helm takes one image"
    ],
    [
      { images: 'musafirgodev.azurecr.io/itinerary:1.0' },
      "input 'images': 'musafirgodev.azurecr.io/itinerary:1.0' must name the image by digest"
    ],
    [{ 'image-key': 'image[0]' }, "input 'image-key' must be a dotted path of values keys"],
    [
      { manifests: 'k8s/deployment.yaml' },
      "input 'manifests' does not apply to method helm: the chart renders the manifests"
    ],
    [{ strategy: 'canary' }, "input 'route' is required with strategy canary"],
    [
      { strategy: 'blue-green', route: 'itinerary', release: 'r'.repeat(48) },
      `input 'release': '${'r'.repeat(48)}' is not a Helm release name`
    ],
    [{ namespace: 'Trips' }, "input 'namespace' must be a namespace name, not 'Trips'"],
    [{ timeout: 'soon' }, "input 'timeout'"]
  ])('refuses %j before any network call', (inputs, message) => {
    setInputs({ ...base, ...inputs });
    expect(() => getInputs(env)).toThrow(message);
  });

  it('needs a subscription', () => {
    setInputs(base);
    expect(() => getInputs({})).toThrow("input 'subscription-id' is required");
  });
});

describe("Helm's error output in one sentence", () => {
  it.each([
    [
      'Error: UPGRADE FAILED: execution error at (itinerary/templates/deployment.yaml:33:20): image.digest must be sha256:<64 hex digits>, not "x"\n',
      'execution error at (itinerary/templates/deployment.yaml:33:20): image.digest must be sha256:<64 hex digits>, not "x"'
    ],
    [
      'history.go:56: [debug] getting history\nError: query: failed to query with labels: secrets is forbidden: User "x" cannot list resource "secrets"\n',
      'query: failed to query with labels: secrets is forbidden: User "x" cannot list resource "secrets"'
    ],
    ['panic: something\n', 'panic: something']
  ])('%j', (stderr, message) => {
    expect(helmMessage(stderr)).toBe(message);
  });
});
