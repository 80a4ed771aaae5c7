import { describe, expect, it } from '@jest/globals';
import { sessionFromEnv } from '../../actions/shared/azure.js';

describe('sessionFromEnv', () => {
  it('picks up what login exported', () => {
    const session = sessionFromEnv('deploy-aca', {
      AZURE_CLIENT_ID: '8b2e4d61-5c3a-4f7e-9d18-0a6b3c5e7f92',
      AZURE_TENANT_ID: '6f1c2a7e-3b9d-4e52-8a61-2d4f7c9b0e13',
      AZURE_SUBSCRIPTION_ID: '2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68',
      AZURE_ENVIRONMENT: 'AzureUSGovernment',
      AZURE_FEDERATED_TOKEN_AUDIENCE: 'api://Custom',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://127.0.0.1:1/idtoken?api-version=2.0',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
    });
    expect(session.cloud.name).toBe('AzureUSGovernment');
    expect(session.subscriptionId).toBe('2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68');
    expect(session.credential.clientId).toBe('8b2e4d61-5c3a-4f7e-9d18-0a6b3c5e7f92');
    expect(session.credential.audience).toBe('api://Custom');
  });

  it('tells the user to log in first', () => {
    expect(() => sessionFromEnv('deploy-aca', {})).toThrow(
      'deploy-aca needs an Azure identity: run musafirgo/actions/login earlier in this job (AZURE_CLIENT_ID and AZURE_TENANT_ID are not set)'
    );
  });
});
