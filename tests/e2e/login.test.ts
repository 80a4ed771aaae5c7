import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { deployer, devSubscription, loginInputs, noRoles, tenantId } from '../support/world.js';

const exec = promisify(execFile);
let sandbox: Sandbox;
const runs: ActionRun[] = [];

async function login(
  inputs: Record<string, string>,
  job?: Parameters<Sandbox['env']>[0],
  env: Record<string, string> = {}
): Promise<ActionRun> {
  const run = await runAction('login', inputs, { ...sandbox.env(job), ...env });
  runs.push(run);
  return run;
}

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.stop();
});

describe('dist/login/index.js run as the runner runs it', () => {
  it('logs in, verifies the subscription through ARM, and hands the identity to later steps', async () => {
    const run = await login(loginInputs);
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      'client-id': deployer.appId,
      'tenant-id': tenantId,
      'subscription-id': devSubscription.id,
      'subscription-name': devSubscription.name,
      'object-id': deployer.objectId,
      environment: 'AzureCloud'
    });
    expect(run.exported).toMatchObject({
      AZURE_CLIENT_ID: deployer.appId,
      AZURE_TENANT_ID: tenantId,
      AZURE_SUBSCRIPTION_ID: devSubscription.id,
      AZURE_AUTHORITY_HOST: sandbox.urls.entra,
      AZURE_RESOURCE_MANAGER_ENDPOINT: sandbox.urls.arm,
      ARM_USE_OIDC: 'true'
    });
    expect(run.stdout).toContain('GitHub ID token: sub=repo:musafirgo/itinerary:ref:refs/heads/main');
    expect(run.stdout).toContain('job_workflow_ref=musafirgo/itinerary/.github/workflows/');
    expect(run.summary).toContain('Azure login');
    expect(run.summary).toContain(`${devSubscription.name} (${devSubscription.id})`);
    expect(run.summary).toContain('ARM verification');
    const arm = sandbox
      .calls({ service: 'arm' })
      .filter(call => call.path.startsWith(`/subscriptions/${devSubscription.id}`));
    expect(arm.at(-1)?.status).toBe(200);
  });

  it('accepts a tenant domain and tenant-level logins without a subscription', async () => {
    const run = await login({
      'client-id': deployer.appId,
      'tenant-id': 'musafirgo.onmicrosoft.com',
      'allow-no-subscriptions': 'true'
    });
    expect(run.errors).toEqual([]);
    expect(run.outputs['tenant-id']).toBe(tenantId);
    expect(run.outputs['subscription-id']).toBe('');
    expect(run.stdout).toMatch(/can see 1 subscription\(s\)/);
  });

  it('prints the federated credential to register when the subject does not match', async () => {
    const run = await login(loginInputs, { ref: 'refs/heads/feature/cheaper-flights' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `login: no federated credential on app ${deployer.appId} matches subject 'repo:musafirgo/itinerary:ref:refs/heads/feature/cheaper-flights' (AADSTS70021); register the credential printed above`
    ]);
    expect(run.stdout).toContain(
      '"subject": "repo:musafirgo/itinerary:ref:refs/heads/feature/cheaper-flights"'
    );
    expect(run.stdout).toContain('"issuer": "https://token.actions.githubusercontent.com"');
    expect(run.stdout).toContain('"audiences": [\n    "api://AzureADTokenExchange"\n  ]');
    expect(run.stdout).toContain(
      `az ad app federated-credential create --id ${deployer.appId} --parameters '{`
    );
    expect(run.exported).toEqual({});
  });

  it('explains a subject that differs only in letter case', async () => {
    const run = await login(loginInputs, { repository: 'MusafirGO/itinerary' });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain(
      "matches subject 'repo:MusafirGO/itinerary:ref:refs/heads/main' (AADSTS70021)"
    );
    expect(run.warnings.join('\n')).toContain(
      "a credential registered as 'repo:musafirgo/itinerary:ref:refs/heads/main' does not match 'repo:MusafirGO/itinerary:ref:refs/heads/main'"
    );
  });

  it('explains a job that was not granted id-token: write', async () => {
    const run = await login(loginInputs, undefined, {
      ACTIONS_ID_TOKEN_REQUEST_URL: '',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: ''
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      "login: GitHub gave this job no OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set). Grant it with 'permissions: id-token: write' on the job or workflow; pull requests from forks and Dependabot runs never receive one"
    ]);
  });

  it('names an unknown application', async () => {
    const stranger = '0b0e7d3c-1111-4a2b-9c3d-4e5f60718293';
    const run = await login({ ...loginInputs, 'client-id': stranger });
    expect(run.errors).toEqual([
      `login: Entra has no application ${stranger} in tenant ${tenantId} (AADSTS700016); check client-id and tenant-id against the app registration's overview page`
    ]);
  });

  it('explains a 403 on the subscription', async () => {
    const run = await login({ ...loginInputs, 'client-id': noRoles.appId });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `login: ${noRoles.appId} (object id ${noRoles.objectId}) has no role on subscription ${devSubscription.id} (AuthorizationFailed); assign it one, e.g. 'az role assignment create --assignee ${noRoles.appId} --role Reader --scope /subscriptions/${devSubscription.id}', or set allow-no-subscriptions: true`
    ]);
    expect(run.exported).toEqual({});
  });

  it('rides out 429 and 503 answers from GitHub, Entra and ARM', async () => {
    sandbox.faults.add({ service: 'github', path: 'idtoken', status: 503, retryAfterSeconds: 0 });
    sandbox.faults.add({ service: 'entra', path: '/oauth2/v2.0/token', status: 429, retryAfterSeconds: 0 });
    sandbox.faults.add({
      service: 'arm',
      path: '^/subscriptions/',
      status: 503,
      retryAfterSeconds: 0,
      times: 2
    });
    const before = sandbox.calls().length;
    const run = await login(loginInputs);
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const statuses = (service: 'github' | 'entra' | 'arm', path: RegExp) =>
      sandbox
        .calls()
        .slice(before)
        .filter(call => call.service === service && path.test(call.path))
        .map(call => call.status);
    expect(statuses('github', /idtoken/)).toEqual([503, 200, 200]);
    expect(statuses('entra', /oauth2\/v2.0\/token/)).toEqual([429, 200]);
    expect(statuses('arm', /^\/subscriptions\//)).toEqual([503, 503, 200]);
    expect(run.stdout).toMatch(/attempt 1 failed .*trying again/);
  });

  it('ends a persistent 500 from ARM within its deadline, naming the call, the attempts and what to do', async () => {
    sandbox.faults.add({
      service: 'arm',
      path: '^/subscriptions/',
      status: 500,
      retryAfterSeconds: 0,
      times: Infinity
    });
    try {
      const run = await login(loginInputs);
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([
        expect.stringMatching(
          new RegExp(
            `^login: read subscription ${devSubscription.id} to Azure Resource Manager failed: 500 InternalServerError: .+ \\(after 6 attempts over \\d+\\.\\d s\\)\\. Azure Resource Manager kept failing: run the job again later, and if it persists check https://azure\\.status\\.microsoft$`
          )
        )
      ]);
    } finally {
      sandbox.faults.clear();
    }
  });

  it('logs the az CLI in, in an isolated config directory, when asked', async () => {
    // The az CLI reaches the sandbox under Azure's real host names through its proxy; loopback stays direct.
    const proxy = {
      HTTPS_PROXY: sandbox.urls.proxy,
      NO_PROXY: '127.0.0.1,localhost',
      REQUESTS_CA_BUNDLE: sandbox.caCertPath
    };
    const run = await login({ ...loginInputs, 'az-cli': 'true' }, undefined, proxy);
    expect(run.errors).toEqual([]);
    const configDir = run.exported['AZURE_CONFIG_DIR'];
    expect(configDir).toMatch(/musafirgo-az-/);
    const { stdout } = await exec('az', ['account', 'show', '--output', 'json'], {
      env: { ...process.env, ...proxy, AZURE_CONFIG_DIR: configDir }
    });
    expect(JSON.parse(stdout)).toMatchObject({
      id: devSubscription.id,
      tenantId,
      user: { name: deployer.appId }
    });
    expect(run.stdout).not.toContain('federated-token ey');
  });

  it('sends every request through HTTPS_PROXY when a self-hosted runner sets one', async () => {
    const before = sandbox.calls().length;
    const run = await login(loginInputs, undefined, { HTTPS_PROXY: sandbox.urls.proxy });
    expect(run.errors).toEqual([]);
    const tunnels = sandbox
      .calls()
      .slice(before)
      .filter(call => call.service === 'proxy')
      .map(call => `${call.path} ${call.status}`);
    const port = (url: string) => new URL(url).port;
    expect(tunnels).toEqual(
      expect.arrayContaining([
        `127.0.0.1:${port(sandbox.urls.github)} 200`,
        `127.0.0.1:${port(sandbox.urls.entra)} 200`,
        `127.0.0.1:${port(sandbox.urls.arm)} 200`
      ])
    );
  });

  it('never shows a request token, ID token or access token in any output of these runs', () => {
    const secrets = sandbox.issuedSecrets();
    expect(secrets.length).toBeGreaterThan(10);
    expect(runs.length).toBeGreaterThan(8);
    for (const run of runs) {
      for (const secret of secrets) expect(run.visible.includes(secret)).toBe(false);
      expect(run.visible).not.toMatch(/eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}/);
    }
  });
});
