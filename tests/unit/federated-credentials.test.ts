import { describe, expect, it } from '@jest/globals';
import { credentialsFor } from '../../scripts/federated-credentials.js';

const base = {
  repository: 'musafirgo/itinerary',
  environments: ['dev', 'prod'],
  branches: ['main'],
  pullRequests: false,
  audience: 'api://AzureADTokenExchange',
  issuer: 'https://token.actions.githubusercontent.com'
};

describe('federated credentials for a service repository', () => {
  it('lists one credential per environment and branch, with the subjects GitHub issues', () => {
    const credentials = credentialsFor({ ...base, pullRequests: true });
    expect(credentials.map(c => c.subject)).toEqual([
      'repo:musafirgo/itinerary:environment:dev',
      'repo:musafirgo/itinerary:environment:prod',
      'repo:musafirgo/itinerary:ref:refs/heads/main',
      'repo:musafirgo/itinerary:pull_request'
    ]);
    expect(credentials[1]).toEqual({
      name: 'musafirgo-itinerary-environment-prod',
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'repo:musafirgo/itinerary:environment:prod',
      audiences: ['api://AzureADTokenExchange'],
      description: 'GitHub Actions: repo:musafirgo/itinerary:environment:prod'
    });
  });

  it('refuses what Entra or GitHub would not accept', () => {
    expect(() => credentialsFor({ ...base, repository: 'itinerary' })).toThrow(
      "--repo must be <owner>/<repository>, not 'itinerary'"
    );
    expect(() => credentialsFor({ ...base, environments: [], branches: [] })).toThrow('name at least one of');
    const many = Array.from({ length: 21 }, (_, i) => `env${i}`);
    expect(() => credentialsFor({ ...base, environments: many, branches: [] })).toThrow(
      'Entra allows 20 federated credentials per app; this asks for 21'
    );
  });
});
