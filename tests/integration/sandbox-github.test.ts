import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { sandboxTrust, startSandbox, type JobContext, type Sandbox } from '../../sandbox/index.js';

let sandbox: Sandbox;
let untrust: () => void;

beforeAll(async () => {
  sandbox = await startSandbox();
  untrust = sandboxTrust(sandbox);
});

afterAll(async () => {
  untrust();
  await sandbox.stop();
});

/** What @actions/core's getIDToken(audience) sends. */
async function requestIdToken(job?: Partial<JobContext>, audience?: string): Promise<string> {
  const { requestUrl, requestToken } = sandbox.registerJob(job);
  const url = audience ? `${requestUrl}&audience=${encodeURIComponent(audience)}` : requestUrl;
  const response = await fetch(url, { headers: { Authorization: `Bearer ${requestToken}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: string }).value;
}

const subOf = async (job?: Partial<JobContext>) =>
  decodeJwt(await requestIdToken(job, 'api://AzureADTokenExchange')).sub;

describe('GitHub OIDC token service', () => {
  it('publishes discovery and keys that verify its ID tokens', async () => {
    const config = (await (
      await fetch(`${sandbox.urls.github}/.well-known/openid-configuration`)
    ).json()) as {
      issuer: string;
      jwks_uri: string;
    };
    expect(config.issuer).toBe('https://token.actions.githubusercontent.com');
    expect(config.jwks_uri).toBe(`${sandbox.urls.github}/.well-known/jwks`);
    const token = await requestIdToken({}, 'api://AzureADTokenExchange');
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: expect.any(String) });
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(config.jwks_uri)), {
      issuer: config.issuer,
      audience: 'api://AzureADTokenExchange',
      currentDate: sandbox.clock.now()
    });
    expect(payload).toMatchObject({
      sub: 'repo:musafirgo/itinerary:ref:refs/heads/main',
      ref: 'refs/heads/main',
      ref_type: 'branch',
      ref_protected: 'true',
      repository: 'musafirgo/itinerary',
      repository_id: '874512369',
      repository_owner: 'musafirgo',
      repository_owner_id: '152839467',
      repository_visibility: 'private',
      event_name: 'push',
      workflow_ref: 'musafirgo/itinerary/.github/workflows/deploy.yml@refs/heads/main',
      job_workflow_ref: 'musafirgo/itinerary/.github/workflows/deploy.yml@refs/heads/main',
      runner_environment: 'github-hosted',
      run_attempt: '1'
    });
    expect(payload).not.toHaveProperty('environment');
    expect(payload.exp! - payload.iat!).toBe(300);
    expect(payload.nbf!).toBeLessThan(payload.iat!);
    expect(sandbox.issuedSecrets()).toContain(token);
  });

  it('defaults the audience to the owner URL and times tokens by the sandbox clock', async () => {
    sandbox.clock.advance(3600);
    const claims = decodeJwt(await requestIdToken());
    expect(claims.aud).toBe('https://github.com/musafirgo');
    expect(Math.abs(claims.iat! * 1000 - sandbox.clock.now().getTime())).toBeLessThan(2000);
    expect(claims.iat! * 1000).toBeGreaterThan(Date.now() + 3500_000);
  });

  it('formats the subject as GitHub does', async () => {
    expect(await subOf({ environment: 'prod' })).toBe('repo:musafirgo/itinerary:environment:prod');
    expect(await subOf({ eventName: 'pull_request' })).toBe('repo:musafirgo/itinerary:pull_request');
    expect(await subOf({ ref: 'refs/tags/v1.2.0' })).toBe('repo:musafirgo/itinerary:ref:refs/tags/v1.2.0');
    expect(await subOf({ ref: 'refs/heads/release/2' })).toBe(
      'repo:musafirgo/itinerary:ref:refs/heads/release/2'
    );
    expect(await subOf({ subjectFormat: 'immutable' })).toBe(
      'repo:musafirgo@152839467/itinerary@874512369:ref:refs/heads/main'
    );
    const reusable = 'musafirgo/actions/.github/workflows/deploy-aca.yml@refs/tags/v1';
    expect(
      await subOf({
        environment: 'prod',
        jobWorkflowRef: reusable,
        includeClaimKeys: ['repo', 'context', 'job_workflow_ref']
      })
    ).toBe(`repo:musafirgo/itinerary:environment:prod:job_workflow_ref:${reusable}`);
  });

  it('carries the job context into the claims', async () => {
    const pr = decodeJwt(await requestIdToken({ eventName: 'pull_request' }));
    expect(pr).toMatchObject({
      ref: 'refs/pull/1/merge',
      head_ref: 'feature',
      base_ref: 'main',
      event_name: 'pull_request'
    });
    const env = decodeJwt(
      await requestIdToken({ environment: 'prod', jobWorkflowRef: 'o/r/.github/workflows/x.yml@v1' })
    );
    expect(env).toMatchObject({ environment: 'prod', job_workflow_ref: 'o/r/.github/workflows/x.yml@v1' });
    expect(env.workflow_ref).toBe('musafirgo/itinerary/.github/workflows/deploy.yml@refs/heads/main');
  });

  it('refuses a missing or wrong request token with 401 and records the audience only', async () => {
    const { requestUrl } = sandbox.registerJob();
    const other = sandbox.registerJob();
    expect((await fetch(requestUrl)).status).toBe(401);
    const wrong = await fetch(`${requestUrl}&audience=x`, {
      headers: { Authorization: `Bearer ${other.requestToken}` }
    });
    expect(wrong.status).toBe(401);
    await requestIdToken({}, 'api://AzureADTokenExchange');
    const calls = sandbox.calls({ service: 'github' }).filter(c => c.path.endsWith('/idtoken'));
    expect(calls.map(c => c.status)).toEqual(expect.arrayContaining([200, 401]));
    expect(calls.at(-1)!.detail).toEqual({
      audience: 'api://AzureADTokenExchange',
      sub: 'repo:musafirgo/itinerary:ref:refs/heads/main'
    });
    const recorded = JSON.stringify(sandbox.calls());
    for (const secret of sandbox.issuedSecrets()) expect(recorded).not.toContain(secret);
  });

  it('gives a step the environment a runner sets', () => {
    const env = sandbox.env({ eventName: 'pull_request', environment: 'prod' });
    expect(env).toMatchObject({
      ACTIONS_ID_TOKEN_REQUEST_URL: expect.stringMatching(
        /^https:\/\/127\.0\.0\.1:\d+\/_apis\/distributedtask\/hubs\/Actions\/plans\/[\w-]+\/jobs\/[\w-]+\/idtoken\?api-version=2\.0$/
      ),
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: expect.any(String),
      NODE_EXTRA_CA_CERTS: sandbox.caCertPath,
      AZURE_AUTHORITY_HOST: sandbox.urls.entra,
      AZURE_RESOURCE_MANAGER_ENDPOINT: sandbox.urls.arm,
      MUSAFIRGO_SANDBOX_CONTROL: sandbox.urls.control,
      GITHUB_REPOSITORY: 'musafirgo/itinerary',
      GITHUB_REPOSITORY_OWNER: 'musafirgo',
      GITHUB_REF: 'refs/pull/1/merge',
      GITHUB_REF_NAME: '1/merge',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_HEAD_REF: 'feature',
      GITHUB_BASE_REF: 'main',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKFLOW_REF: 'musafirgo/itinerary/.github/workflows/deploy.yml@refs/pull/1/merge',
      GITHUB_JOB: 'deploy'
    });
    for (const name of [
      'GITHUB_SHA',
      'GITHUB_WORKFLOW',
      'GITHUB_RUN_ID',
      'GITHUB_RUN_NUMBER',
      'GITHUB_RUN_ATTEMPT',
      'GITHUB_ACTOR'
    ]) {
      expect(env[name]).toBeTruthy();
    }
    expect(env).not.toHaveProperty('RUNNER_TEMP');
  });
});
