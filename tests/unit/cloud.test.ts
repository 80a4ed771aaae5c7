import { describe, expect, it } from '@jest/globals';
import { armScope, resolveCloud } from '../../actions/shared/cloud.js';

describe('resolveCloud', () => {
  it('knows the sovereign clouds and their token-exchange audiences', () => {
    expect(resolveCloud('azureusgovernment', {})).toMatchObject({
      name: 'AzureUSGovernment',
      authorityHost: 'https://login.microsoftonline.us',
      tokenExchangeAudience: 'api://AzureADTokenExchangeUSGov',
      custom: false
    });
    expect(resolveCloud('AzureChinaCloud', {}).tokenExchangeAudience).toBe('api://AzureADTokenExchangeChina');
    expect(armScope(resolveCloud(undefined, {}))).toBe('https://management.azure.com/.default');
  });

  it('moves endpoints but not the ARM audience when the environment says so', () => {
    const cloud = resolveCloud('AzureCloud', {
      AZURE_AUTHORITY_HOST: 'https://127.0.0.1:8443/',
      AZURE_RESOURCE_MANAGER_ENDPOINT: 'https://127.0.0.1:8444'
    });
    expect(cloud).toMatchObject({
      authorityHost: 'https://127.0.0.1:8443',
      armEndpoint: 'https://127.0.0.1:8444',
      armAudience: 'https://management.azure.com',
      custom: true
    });
  });

  it('names the input and the choices for an unknown cloud, and refuses plain http endpoints', () => {
    expect(() => resolveCloud('AzureGermanCloud', {})).toThrow(
      "input 'environment' must be one of AzureCloud, AzureUSGovernment, AzureChinaCloud, not 'AzureGermanCloud'"
    );
    expect(() => resolveCloud(undefined, { AZURE_AUTHORITY_HOST: 'http://127.0.0.1:1' })).toThrow(
      "AZURE_AUTHORITY_HOST must be an https URL, not 'http://127.0.0.1:1'"
    );
  });
});
