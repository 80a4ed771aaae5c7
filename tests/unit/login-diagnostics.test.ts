import { describe, expect, it } from '@jest/globals';
import { federatedCredentialFor, registerCommand, subjectHints } from '../../actions/login/diagnostics.js';
import { resolveCloud } from '../../actions/shared/cloud.js';
import type { IdTokenClaims } from '../../actions/shared/github-oidc.js';

const cloud = resolveCloud('AzureCloud', {});
const base: IdTokenClaims = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:musafirgo/itinerary:ref:refs/heads/main',
  aud: 'api://AzureADTokenExchange',
  iat: 0,
  exp: 300,
  event_name: 'push',
  workflow_ref: 'musafirgo/itinerary/.github/workflows/ci.yml@refs/heads/main',
  job_workflow_ref: 'musafirgo/itinerary/.github/workflows/ci.yml@refs/heads/main'
};

describe('federated credential advice', () => {
  it('prints the credential that matches exactly this token', () => {
    const credential = federatedCredentialFor(base);
    expect(credential).toEqual({
      name: 'musafirgo-itinerary-ref-refs-heads-main',
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'repo:musafirgo/itinerary:ref:refs/heads/main',
      audiences: ['api://AzureADTokenExchange'],
      description: 'GitHub Actions: repo:musafirgo/itinerary:ref:refs/heads/main'
    });
    expect(registerCommand('3f2504e0-4f89-41d3-9a0c-0305e82c3301', credential)).toBe(
      `az ad app federated-credential create --id 3f2504e0-4f89-41d3-9a0c-0305e82c3301 --parameters '${JSON.stringify(credential)}'`
    );
    expect(subjectHints(base, cloud)).toEqual([]);
  });

  it('explains letter case, environments, reusable workflows and audiences', () => {
    const hints = subjectHints(
      {
        ...base,
        sub: 'repo:MusafirGO/itinerary:environment:prod',
        environment: 'prod',
        aud: 'api://Custom',
        job_workflow_ref: 'musafirgo/actions/.github/workflows/deploy-aca.yml@refs/tags/v1'
      },
      cloud
    );
    expect(hints).toHaveLength(4);
    expect(hints[0]).toContain(
      "a credential registered as 'repo:musafirgo/itinerary:environment:prod' does not match"
    );
    expect(hints[1]).toContain("environment 'prod'");
    expect(hints[2]).toContain("not AzureCloud's default 'api://AzureADTokenExchange'");
    expect(hints[3]).toContain(
      'reusable workflow musafirgo/actions/.github/workflows/deploy-aca.yml@refs/tags/v1'
    );
  });

  it('recognizes pull-request and immutable subjects', () => {
    expect(
      subjectHints(
        { ...base, sub: 'repo:musafirgo/itinerary:pull_request', event_name: 'pull_request' },
        cloud
      )
    ).toEqual(["Pull-request jobs get the subject 'repo:<owner>/<repo>:pull_request', whatever the branch."]);
    expect(
      subjectHints({ ...base, sub: 'repo:musafirgo@101/itinerary@202:ref:refs/heads/main' }, cloud)[0]
    ).toContain('immutable subjects');
  });
});
