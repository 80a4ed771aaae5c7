import { afterEach, describe, expect, it } from '@jest/globals';
import { getInputs, parseEnvVars, parseSecrets, revisionSuffixFor } from '../../actions/deploy-aca/inputs.js';
import { parseDuration } from '../../actions/shared/inputs.js';
import { formatTraffic, resolveTraffic, shiftTraffic } from '../../actions/shared/traffic.js';

const subscriptionId = '2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68';
const image = `musafirgodev.azurecr.io/itinerary@sha256:${'a'.repeat(64)}`;
const env = {
  AZURE_SUBSCRIPTION_ID: subscriptionId,
  GITHUB_SHA: '3f786850e387550fdab836ed7e6dc881de23001b',
  GITHUB_RUN_ATTEMPT: '2'
};

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('deploy-aca inputs', () => {
  it('reads a deployment with defaults, the suffix from the commit and run attempt', () => {
    setInputs({ 'resource-group': 'rg-musafirgo-dev', app: 'itinerary', image });
    expect(getInputs(env)).toEqual({
      mode: 'deploy',
      subscriptionId,
      resourceGroup: 'rg-musafirgo-dev',
      app: 'itinerary',
      image,
      container: undefined,
      strategy: undefined,
      canarySteps: [10, 50, 100],
      bakeTimeMs: 60_000,
      timeoutMs: 600_000,
      smoke: undefined,
      errorBudget: 0,
      envVars: [],
      secrets: [],
      registryIdentity: 'system',
      revisionSuffix: '3f78685-2'
    });
  });

  it('reads a rollback without an image', () => {
    setInputs({ mode: 'rollback', 'resource-group': 'rg', app: 'itinerary', 'to-revision': 'itinerary--v1' });
    expect(getInputs(env)).toEqual({
      mode: 'rollback',
      subscriptionId,
      resourceGroup: 'rg',
      app: 'itinerary',
      toRevision: 'itinerary--v1'
    });
  });

  it('names each mistake', () => {
    setInputs({ 'resource-group': 'rg', app: 'itinerary', image, strategy: 'single' });
    expect(() => getInputs(env)).toThrow(
      "input 'strategy' must be one of rolling, blue-green, canary, not 'single'"
    );
    setInputs({ strategy: 'blue-green', smoke: 'missing-smoke.yaml' });
    expect(() => getInputs(env)).toThrow(
      `input 'smoke': no file 'missing-smoke.yaml' in the workspace (${process.cwd()}); check it out first, or give paths / URLs one per line`
    );
    setInputs({ smoke: '/health' });
    expect(getInputs(env)).toMatchObject({ strategy: 'blue-green', smoke: '/health' });
    setInputs({ strategy: '', smoke: '', 'revision-suffix': 'Bad--Suffix' });
    expect(() => getInputs(env)).toThrow(
      "input 'revision-suffix' must be lower case letters, digits and single '-', at most 32 characters, not 'Bad--Suffix'"
    );
    setInputs({ 'revision-suffix': '', app: 'Itinerary' });
    expect(() => getInputs(env)).toThrow(
      "input 'app' must be a Container App name (lower case letters, digits, '-'), not 'Itinerary'"
    );
    setInputs({ app: 'itinerary' });
    expect(() => getInputs({})).toThrow(
      "input 'subscription-id' is required (or run musafirgo/actions/login with subscription-id earlier in the job)"
    );
    expect(() => revisionSuffixFor(undefined, undefined)).toThrow(
      "input 'revision-suffix' is required outside GitHub Actions (GITHUB_SHA is not a commit SHA)"
    );
    expect(() => parseDuration('bake-time', 'soon')).toThrow(
      "input 'bake-time' must be a duration such as 30s, 5m or 500ms, not 'soon'"
    );
  });

  it('parses env vars and Key Vault secret references, and refuses plain values', () => {
    expect(parseEnvVars('LOG_LEVEL=debug\nDB_PASSWORD=secretref:db-password\n# comment')).toEqual([
      { name: 'LOG_LEVEL', value: 'debug' },
      { name: 'DB_PASSWORD', secretRef: 'db-password' }
    ]);
    expect(() => parseEnvVars('=x')).toThrow(
      "input 'env-vars': '=x' is not NAME=value or NAME=secretref:<secret>"
    );
    expect(
      parseSecrets(
        'db-password=keyvaultref:https://kv.vault.azure.net/secrets/db-password,identityref:system',
        'system'
      )
    ).toEqual([
      {
        name: 'db-password',
        keyVaultUrl: 'https://kv.vault.azure.net/secrets/db-password',
        identity: 'system'
      }
    ]);
    expect(() => parseSecrets('db-password=keyvaultref:http://kv/secrets/x', 'system')).toThrow(
      "input 'secrets': secret 'db-password' needs an https Key Vault secret URL (…/secrets/<name>)"
    );
  });
});

describe('traffic', () => {
  it('resolves latestRevision and shifts weights, keeping labels unique', () => {
    const before = resolveTraffic([{ latestRevision: true, weight: 100 }], 'app--v1');
    expect(before).toEqual([{ revisionName: 'app--v1', weight: 100 }]);
    const canary = shiftTraffic(before, 'app--v2', 10, 'green');
    expect(canary).toEqual([
      { revisionName: 'app--v1', weight: 90 },
      { revisionName: 'app--v2', weight: 10, label: 'green' }
    ]);
    const split = shiftTraffic(
      [
        { revisionName: 'a', weight: 50, label: 'green' },
        { revisionName: 'b', weight: 50 },
        { revisionName: 'c', weight: 0, label: 'old' }
      ],
      'd',
      25,
      'green'
    );
    expect(split).toEqual([
      { revisionName: 'a', weight: 38 },
      { revisionName: 'b', weight: 37 },
      { revisionName: 'c', weight: 0, label: 'old' },
      { revisionName: 'd', weight: 25, label: 'green' }
    ]);
    expect(formatTraffic(split)).toBe('a 38 %, b 37 %, c 0 % (old), d 25 % (green)');
    expect(() => shiftTraffic([{ revisionName: 'a', weight: 100 }], 'a', 50)).toThrow(
      'no other revision serves traffic that could keep 50 %'
    );
  });
});
