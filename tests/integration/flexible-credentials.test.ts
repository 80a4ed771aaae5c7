// The sandbox's Entra with the credentials `npm run federated-credentials` prints: one identity for the
// platform's service repositories through flexible credentials, and Entra's limit of 20 per application.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { defaultBranches, identityCredentials } from '../../scripts/federated-credentials.js';
import { loadWorld, startSandbox, type Sandbox, type World } from '../../sandbox/index.js';
import { runAction } from '../../sandbox/runner.js';
import { devSubscription, tenantId } from '../support/world.js';

const appId = '2c7e9a41-6b3d-4f85-a0e2-9d1c4b7f3e68';
const objectId = 'd5a81f3c-2e9b-4c76-b4d0-8f3a6e1c9b27';
const services = ['bookings', 'trust-safety', 'itinerary'].map(s => `musafirgo/musafirgo-${s}-service`);
const workflows = 'musafirgo/actions/.github/workflows/*@refs/tags/v1';
let sandbox: Sandbox;

function worldWith(credentials: unknown[]): World {
  const world = loadWorld();
  world.tenants[0]!.apps.push({
    name: 'platform-dev',
    appId,
    objectId,
    federatedCredentials: credentials as never
  });
  world.roleAssignments.push({
    principalId: objectId,
    roleDefinitionName: 'Reader',
    scope: `/subscriptions/${devSubscription.id}`
  });
  return world;
}

beforeAll(async () => {
  const credentials = identityCredentials({
    repositories: services,
    environments: ['dev'],
    branches: defaultBranches(['dev']),
    pullRequests: false,
    audience: 'api://AzureADTokenExchange',
    issuer: 'https://token.actions.githubusercontent.com',
    flexible: true,
    workflows
  });
  sandbox = await startSandbox({ world: worldWith(credentials) });
}, 60_000);
afterAll(async () => {
  await sandbox?.stop();
});

const login = (job: Record<string, string>) =>
  runAction(
    'login',
    { 'client-id': appId, 'tenant-id': tenantId, 'subscription-id': devSubscription.id },
    sandbox.env(job)
  );

describe('flexible federated credentials in the sandbox Entra', () => {
  it('let every service repository log in from our reusable workflows, in dev or on main', async () => {
    for (const repository of services) {
      const run = await login({
        repository,
        environment: 'dev',
        jobWorkflowRef: 'musafirgo/actions/.github/workflows/deploy-aca.yml@refs/tags/v1'
      });
      expect(run.errors).toEqual([]);
    }
    const build = await login({
      repository: services[0]!,
      ref: 'refs/heads/main',
      jobWorkflowRef: 'musafirgo/actions/.github/workflows/service-ci.yml@refs/tags/v1'
    });
    expect(build.errors).toEqual([]);
    const call = sandbox.calls({ service: 'entra' }).at(-1)!;
    expect(call.detail).toMatchObject({
      federated_credential: 'musafirgo-musafirgo-service-ref-refs-heads-main'
    });
  });

  it("refuse a repository the pattern does not cover, another environment, and a workflow of the repository's own", async () => {
    const refused = [
      {
        repository: 'musafirgo/infrastructure',
        environment: 'dev',
        jobWorkflowRef: 'musafirgo/actions/.github/workflows/deploy-aca.yml@refs/tags/v1'
      },
      {
        repository: services[0]!,
        environment: 'prod',
        jobWorkflowRef: 'musafirgo/actions/.github/workflows/deploy-aca.yml@refs/tags/v1'
      },
      {
        repository: services[0]!,
        environment: 'dev',
        jobWorkflowRef: `${services[0]!}/.github/workflows/pipeline.yml@refs/heads/main`
      }
    ];
    for (const job of refused) {
      const run = await login(job);
      expect(run.exitCode).toBe(1);
      expect(sandbox.calls({ service: 'entra' }).at(-1)!.detail).toMatchObject({ error: 'AADSTS70021' });
    }
  });

  it('refuses a 21st credential on one application, and an expression outside the language', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({
      name: `c${i}`,
      issuer: 'https://token.actions.githubusercontent.com',
      subject: `repo:musafirgo/s${i}:environment:dev`,
      audiences: ['api://AzureADTokenExchange']
    }));
    expect(() => loadWorld(worldWith(many))).toThrow(
      'app platform-dev: Entra allows at most 20 federated identity credentials per application, not 21'
    );
    const bad = [
      {
        ...many[0],
        subject: undefined,
        claimsMatchingExpression: { value: "claims['sub'] startswith 'repo:'", languageVersion: 1 }
      }
    ];
    expect(() => loadWorld(worldWith(bad))).toThrow('is not a claims-matching expression');
    const claim = [
      {
        ...many[0],
        subject: undefined,
        claimsMatchingExpression: {
          value: "claims['sub'] matches 'repo:*' and claims['actor'] eq 'amina'",
          languageVersion: 1
        }
      }
    ];
    expect(() => loadWorld(worldWith(claim))).toThrow(
      "the claim 'actor' cannot be matched for this issuer (sub, job_workflow_ref)"
    );
  });
});
