import { afterEach, describe, expect, it } from '@jest/globals';
import { getInputs } from '../../actions/apim-import/inputs.js';
import { diffOperations, importHash } from '../../actions/apim-import/publish.js';
import type { LoadedSpec } from '../../actions/apim-import/spec.js';

const subscriptionId = '2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68';
const required = {
  'service-name': 'musafirgo-apim',
  'resource-group': 'rg-dev',
  spec: 'openapi.yaml',
  path: 'itinerary'
};

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}
function failure(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = { AZURE_SUBSCRIPTION_ID: subscriptionId }
): string {
  clearInputs();
  setInputs(inputs);
  try {
    getInputs(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('no error');
}

function clearInputs(): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
}
afterEach(clearInputs);

describe('apim-import inputs', () => {
  it('derives the API id and version set from the path and version', () => {
    setInputs({
      ...required,
      path: '/itinerary/',
      'api-version': 'v1',
      products: 'starter,\nunlimited',
      'service-url': 'https://itinerary.example'
    });
    expect(getInputs({ AZURE_SUBSCRIPTION_ID: subscriptionId.toUpperCase() })).toMatchObject({
      subscriptionId,
      apiId: 'itinerary-v1',
      path: 'itinerary',
      versionSet: { id: 'itinerary', scheme: 'Segment' },
      subscriptionRequired: true,
      products: ['starter', 'unlimited'],
      newRevision: false,
      release: true
    });
  });

  it('takes the link, warning and deadline inputs, and refuses them out of bounds', () => {
    setInputs({
      ...required,
      'spec-link': 'https://specs.example/openapi.json',
      'fail-on-warning': 'true',
      timeout: '90s'
    });
    expect(getInputs({ AZURE_SUBSCRIPTION_ID: subscriptionId })).toMatchObject({
      specLink: 'https://specs.example/openapi.json',
      failOnWarning: true,
      timeoutMs: 90_000
    });
    clearInputs();
    setInputs(required);
    expect(getInputs({ AZURE_SUBSCRIPTION_ID: subscriptionId })).toMatchObject({
      failOnWarning: false,
      timeoutMs: 600_000
    });
    expect(failure({ ...required, timeout: '0s' })).toBe(
      "input 'timeout' must be between 1s and 6h (a GitHub job stops after 6 hours), not '0s'"
    );
    expect(failure({ ...required, 'spec-link': 'ftp://specs.example/a.json' })).toBe(
      "input 'spec-link' must be an http(s) URL where API Management can download the same document, not 'ftp://specs.example/a.json'"
    );
    expect(
      failure({
        ...required,
        spec: 'https://specs.example/a.json',
        'spec-link': 'https://specs.example/b.json'
      })
    ).toBe(
      "input 'spec-link' is for a 'spec' file too large to send inline; 'spec' is a URL already, which API Management downloads itself"
    );
    expect(failure({ ...required, 'fail-on-warning': 'yes' })).toBe(
      "input 'fail-on-warning' must be true or false, not 'yes'"
    );
    expect(failure({ ...required, path: 'a'.repeat(78), 'api-version': 'v1' })).toBe(
      `input 'path' gives the API id '${'a'.repeat(78)}-v1', which is not an API Management id (letters, digits, '-', '_' or '.', at most 80 characters); set 'api-id'`
    );
    expect(failure({ ...required, 'resource-group': 'rg dev' })).toBe(
      "input 'resource-group' must be a resource group name (letters, digits, '_', '-', '.', '(' and ')', at most 90 characters, not ending with '.'), not 'rg dev'"
    );
  });

  it('names every mistake before any network call', () => {
    expect(failure(required, {})).toBe(
      "input 'subscription-id' is required (or run musafirgo/actions/login with subscription-id earlier in the job)"
    );
    expect(failure({ ...required, 'service-name': '9apim' })).toBe(
      "input 'service-name' must be an API Management service name (letters, digits and '-', starting with a letter), not '9apim'"
    );
    expect(failure({ ...required, spec: '' })).toBe(
      "input 'spec' is required: the OpenAPI document: a file in the repository or an https URL"
    );
    expect(failure({ ...required, path: 'a b' })).toBe(
      "input 'path' must be a URL path (letters, digits, '-', '.', '_', '~' and '/'), not 'a b'"
    );
    expect(failure({ ...required, 'service-url': 'itinerary:8080' })).toBe(
      "input 'service-url' must be an http(s) URL of the backend (e.g. the 'url' output of deploy-aca), not 'itinerary:8080'"
    );
    expect(failure({ ...required, 'version-set': 'itinerary' })).toBe(
      "input 'version-set' needs 'api-version' (the version this document is, e.g. v1)"
    );
    expect(failure({ ...required, 'api-version': 'v1', 'versioning-scheme': 'Path' })).toBe(
      "input 'versioning-scheme' must be one of Segment, Header, Query, not 'Path'"
    );
    expect(failure({ ...required, 'api-id': 'itinerary;rev=2' })).toBe(
      "input 'api-id' must be an API id: letters, digits, '-', '_' or '.', at most 80 characters, not 'itinerary;rev=2'"
    );
    expect(failure({ ...required, 'revision-smoke': 'smoke.yaml' })).toBe(
      "input 'revision-smoke' tests a new revision before release: set 'new-revision: true' too"
    );
    expect(failure({ ...required, 'new-revision': 'yes' })).toBe(
      "input 'new-revision' must be true or false, not 'yes'"
    );
  });
});

describe('import hash and operation diff', () => {
  const spec = { document: { openapi: '3.0.3', paths: { '/a': {} } } } as unknown as LoadedSpec;
  it('hashes the normalized document with the settings', () => {
    setInputs({ ...required, products: 'b,a' });
    const a = getInputs({ AZURE_SUBSCRIPTION_ID: subscriptionId });
    setInputs({ products: 'a, b' });
    const b = getInputs({ AZURE_SUBSCRIPTION_ID: subscriptionId });
    const reordered = { document: { paths: { '/a': {} }, openapi: '3.0.3' } } as unknown as LoadedSpec;
    expect(importHash(a, spec, '<policies> <inbound/></policies>')).toBe(
      importHash(b, reordered, '<policies>\n  <inbound/></policies>')
    );
    expect(importHash(a, spec, undefined)).not.toBe(
      importHash({ ...a, subscriptionRequired: false }, spec, undefined)
    );
  });

  it('compares operations by method and URL template', () => {
    const op = (method: string, urlTemplate: string, displayName: string) => ({
      method,
      urlTemplate,
      displayName
    });
    expect(
      diffOperations(
        [op('GET', '/a', 'A'), op('DELETE', '/a', 'Del'), op('GET', '/b', 'B')],
        [op('GET', '/a', 'A'), op('get', '/b', 'B2'), op('POST', '/a', 'New')]
      )
    ).toEqual({
      added: [op('POST', '/a', 'New')],
      removed: [op('DELETE', '/a', 'Del')],
      changed: [op('GET', '/b', 'B2')],
      unchanged: 1
    });
  });
});
