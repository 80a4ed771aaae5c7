import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs, parseImages, repositoryOf } from '../../actions/deploy-aks/inputs.js';
import { loadManifests, renderImages } from '../../actions/deploy-aks/manifests/render.js';

const digest = `sha256:${'a'.repeat(64)}`;
const subscriptionId = '2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68';

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

function manifest(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'deploy-aks-')), 'app.yaml');
  writeFileSync(path, text);
  return path;
}

const twoDocuments = manifest(`apiVersion: apps/v1
kind: Deployment
metadata: { name: itinerary }
spec:
  selector: { matchLabels: { app: itinerary } }
  template:
    metadata: { labels: { app: itinerary } }
    spec:
      initContainers:
        - { name: migrate, image: 'localhost:5000/itinerary-migrate:1.2' }
      containers:
        - { name: itinerary, image: 'localhost:5000/itinerary:latest' }
        - { name: otel-collector, image: 'musafirgodev.azurecr.io/otel-collector:0.99' }
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: cleanup }
spec:
  schedule: '0 3 * * *'
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - { name: cleanup, image: 'localhost:5000/itinerary:latest' }
`);

describe('deploy-aks inputs', () => {
  it('keeps a registry port in the repository and drops a tag or digest', () => {
    expect(repositoryOf('localhost:5000/team/itinerary:1.0')).toBe('localhost:5000/team/itinerary');
    expect(repositoryOf(`localhost:5000/itinerary@${digest}`)).toBe('localhost:5000/itinerary');
    expect(repositoryOf('localhost:5000/itinerary')).toBe('localhost:5000/itinerary');
  });

  it('reads container=image and bare image lines, by digest only', () => {
    expect(
      parseImages(
        `itinerary=localhost:5000/itinerary@${digest}\n# comment\nmusafirgodev.azurecr.io/otel-collector@${digest}`
      )
    ).toEqual([
      {
        container: 'itinerary',
        repository: 'localhost:5000/itinerary',
        image: `localhost:5000/itinerary@${digest}`
      },
      {
        repository: 'musafirgodev.azurecr.io/otel-collector',
        image: `musafirgodev.azurecr.io/otel-collector@${digest}`
      }
    ]);
    expect(() => parseImages('itinerary=musafirgodev.azurecr.io/itinerary:latest')).toThrow(
      "input 'images': 'musafirgodev.azurecr.io/itinerary:latest' must name the image by digest"
    );
  });

  it('names missing inputs, unknown methods and absent manifest files', () => {
    setInputs({
      'resource-group': 'rg',
      cluster: 'aks',
      manifests: 'nowhere.yaml',
      images: `localhost:5000/a@${digest}`
    });
    expect(() => getInputs({ AZURE_SUBSCRIPTION_ID: subscriptionId })).toThrow(
      "input 'manifests': no file 'nowhere.yaml'"
    );
    setInputs({ manifests: twoDocuments, method: 'kubectl' });
    expect(() => getInputs({ AZURE_SUBSCRIPTION_ID: subscriptionId })).toThrow(
      "input 'method' must be manifests, helm or gitops, not 'kubectl'"
    );
    setInputs({ method: 'manifests', chart: 'examples/itinerary/chart', values: 'values-dev.yaml' });
    expect(() => getInputs({ AZURE_SUBSCRIPTION_ID: subscriptionId })).toThrow(
      "inputs 'chart', 'values' only apply to method helm; set method: helm, or remove them (method is manifests)"
    );
    delete process.env['INPUT_CHART'];
    delete process.env['INPUT_VALUES'];
    expect(getInputs({ AZURE_SUBSCRIPTION_ID: subscriptionId })).toMatchObject({
      namespace: 'default',
      timeoutMs: 600_000,
      manifests: [twoDocuments]
    });
    expect(() => getInputs({})).toThrow("input 'subscription-id' is required");
  });
});

describe('rendering images into manifests', () => {
  it('sets containers by name or repository in every pod template, init containers and cron jobs included', () => {
    const objects = loadManifests([twoDocuments]);
    const rendered = renderImages(
      objects,
      parseImages(
        `localhost:5000/itinerary@${digest}\notel-collector=musafirgodev.azurecr.io/otel-collector@${digest}`
      )
    );
    expect(rendered.map(r => `${r.object} ${r.container} ${r.from} -> ${r.to}`)).toEqual([
      `Deployment/itinerary itinerary localhost:5000/itinerary:latest -> localhost:5000/itinerary@${digest}`,
      `Deployment/itinerary otel-collector musafirgodev.azurecr.io/otel-collector:0.99 -> musafirgodev.azurecr.io/otel-collector@${digest}`,
      `CronJob/cleanup cleanup localhost:5000/itinerary:latest -> localhost:5000/itinerary@${digest}`
    ]);
    // The migrate image is another repository: untouched.
    expect(JSON.stringify(objects[0])).toContain('localhost:5000/itinerary-migrate:1.2');
  });

  it('refuses an image line that matches nothing', () => {
    expect(() =>
      renderImages(loadManifests([twoDocuments]), parseImages(`localhost:5000/other@${digest}`))
    ).toThrow("input 'images': no container in the manifests matches repository 'localhost:5000/other'");
  });

  it('refuses YAML that is not a Kubernetes object', () => {
    expect(() => loadManifests([manifest('kind: Deployment\n')])).toThrow(
      'every object needs apiVersion, kind and metadata.name'
    );
  });
});
