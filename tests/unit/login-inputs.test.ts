import { afterEach, describe, expect, it } from '@jest/globals';
import { getInputs } from '../../actions/login/inputs.js';

const clientId = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const tenantId = '8f3b2a71-5c3e-4d7a-9b1f-2c6d8e4a0b11';
const subscriptionId = 'a1c2e3f4-1111-4222-8333-944455556666';

/** Inputs reach an action as INPUT_<NAME> variables, hyphens kept, exactly as the runner sets them. */
function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('login inputs', () => {
  it('reads and normalizes valid inputs', () => {
    setInputs({
      'client-id': clientId.toUpperCase(),
      'tenant-id': tenantId,
      'subscription-id': subscriptionId,
      environment: 'azurechinacloud'
    });
    expect(getInputs({})).toEqual({
      clientId,
      tenantId,
      subscriptionId,
      allowNoSubscriptions: false,
      environment: 'AzureChinaCloud',
      audience: undefined,
      azCli: false
    });
  });

  it('falls back to the AZURE_* variables a job can set once', () => {
    expect(
      getInputs({
        AZURE_CLIENT_ID: clientId,
        AZURE_TENANT_ID: 'musafirgo.onmicrosoft.com',
        AZURE_SUBSCRIPTION_ID: subscriptionId
      })
    ).toMatchObject({ clientId, tenantId: 'musafirgo.onmicrosoft.com', subscriptionId });
  });

  it.each([
    [{}, "input 'client-id' is required"],
    [{ 'client-id': clientId }, "input 'tenant-id' is required"],
    [
      { 'client-id': clientId, 'tenant-id': tenantId },
      "input 'subscription-id' is required unless 'allow-no-subscriptions' is true"
    ],
    [
      { 'client-id': 'my-app', 'tenant-id': tenantId, 'subscription-id': subscriptionId },
      "input 'client-id' must be a GUID (the Application (client) ID), not 'my-app'"
    ],
    [
      { 'client-id': clientId, 'tenant-id': 'not a tenant', 'subscription-id': subscriptionId },
      "input 'tenant-id' must be a tenant GUID or domain"
    ],
    [
      { 'client-id': clientId, 'tenant-id': tenantId, 'subscription-id': 'dev' },
      "input 'subscription-id' must be a GUID (the subscription ID), not 'dev'"
    ],
    [
      { 'client-id': clientId, 'tenant-id': tenantId, 'allow-no-subscriptions': 'yes' },
      "input 'allow-no-subscriptions' must be true or false, not 'yes'"
    ],
    [
      {
        'client-id': clientId,
        'tenant-id': tenantId,
        'subscription-id': subscriptionId,
        environment: 'AzureStack'
      },
      "input 'environment' must be one of AzureCloud, AzureUSGovernment, AzureChinaCloud, not 'AzureStack'"
    ],
    [
      { 'client-id': clientId, 'tenant-id': tenantId, 'subscription-id': subscriptionId, audience: 'a b' },
      "input 'audience' must be a single value"
    ]
  ])('refuses %j with one message naming the input', (inputs, message) => {
    setInputs(inputs);
    expect(() => getInputs({})).toThrow(message);
  });

  it('accepts tenant-level logins', () => {
    setInputs({
      'client-id': clientId,
      'tenant-id': tenantId,
      'allow-no-subscriptions': 'true',
      'az-cli': 'True'
    });
    expect(getInputs({})).toMatchObject({
      subscriptionId: undefined,
      allowNoSubscriptions: true,
      azCli: true
    });
  });
});
