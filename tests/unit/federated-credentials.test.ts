import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  credentialsFor,
  defaultBranches,
  flexibleRegisterCommand,
  identityCredentials,
  repositoryPattern
} from '../../scripts/federated-credentials.js';

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

describe('an identity at the platform scale', () => {
  const services = [
    'bookings',
    'trust-safety',
    'itinerary',
    'discovery',
    'payments',
    'reviews',
    'notifications',
    'search',
    'pricing',
    'loyalty',
    'chat',
    'media',
    'identity',
    'partners',
    'reporting'
  ].map(name => `musafirgo/musafirgo-${name}-service`);
  const dev = { ...base, environments: ['dev'], branches: ['main'], flexible: false, workflows: '' };

  it('refuses exact credentials for 15 repositories, which need 30, and says how it fits', () => {
    expect(() => identityCredentials({ ...dev, repositories: services })).toThrow(
      'Entra allows 20 federated credentials per identity; 15 repositories need 30: add --flexible (one claims-matching credential per environment and branch), or give each service its own identity'
    );
  });

  it('gives them one flexible credential per environment and branch, on their names and our reusable workflows', () => {
    const credentials = identityCredentials({
      ...dev,
      repositories: services,
      flexible: true,
      workflows: 'musafirgo/actions/.github/workflows/*@refs/tags/v1'
    });
    expect(
      credentials.map(c => ('claimsMatchingExpression' in c ? c.claimsMatchingExpression.value : ''))
    ).toEqual([
      "claims['sub'] matches 'repo:musafirgo/musafirgo-*-service:environment:dev' and claims['job_workflow_ref'] matches 'musafirgo/actions/.github/workflows/*@refs/tags/v1'",
      "claims['sub'] matches 'repo:musafirgo/musafirgo-*-service:ref:refs/heads/main' and claims['job_workflow_ref'] matches 'musafirgo/actions/.github/workflows/*@refs/tags/v1'"
    ]);
    expect(credentials[0]).toMatchObject({
      name: 'musafirgo-musafirgo-service-environment-dev',
      audiences: ['api://AzureADTokenExchange']
    });
    // The command survives the shell: the body comes back as the credential.
    const command = flexibleRegisterCommand('<app-id>', credentials[0] as never);
    const body = execFileSync('bash', [
      '-c',
      `printf %s ${command.slice(command.indexOf('--body ') + 7)}`
    ]).toString();
    expect(JSON.parse(body)).toEqual(credentials[0]);
    expect(command).toMatch(
      /^az rest --method POST --uri "https:\/\/graph\.microsoft\.com\/beta\/applications\(appId='<app-id>'\)\/federatedIdentityCredentials" --body '\{"name":/
    );
  });

  it('trusts a prod identity for its environment only: no main-branch subject by default', () => {
    expect(defaultBranches(['prod'])).toEqual([]);
    expect(defaultBranches(['prod', 'prod-rollback'])).toEqual([]);
    expect(defaultBranches(['release'])).toEqual([]);
    expect(defaultBranches(['dev'])).toEqual(['main']);
    const prod = identityCredentials({
      ...dev,
      repositories: ['musafirgo/musafirgo-bookings-service'],
      environments: ['prod'],
      branches: defaultBranches(['prod'])
    });
    expect(prod.map(c => ('subject' in c ? c.subject : ''))).toEqual([
      'repo:musafirgo/musafirgo-bookings-service:environment:prod'
    ]);
  });

  it('names the common part of the repositories, or the one repository', () => {
    expect(repositoryPattern(['musafirgo/musafirgo-bookings-service'])).toBe(
      'musafirgo/musafirgo-bookings-service'
    );
    expect(repositoryPattern(['musafirgo/web', 'musafirgo/api'])).toBe('musafirgo/*');
    expect(() => repositoryPattern(['a/x', 'b/y'])).toThrow('give one owner');
  });
});
