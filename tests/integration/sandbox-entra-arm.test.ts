import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClientAssertionCredential } from '@azure/identity';
import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import { decodeJwt } from 'jose';
import { sandboxTrust, startSandbox, type JobContext, type Sandbox } from '../../sandbox/index.js';

const tenantId = '6f1c2a7e-3b9d-4e52-8a61-2d4f7c9b0e13';
const deployer = {
  appId: '8b2e4d61-5c3a-4f7e-9d18-0a6b3c5e7f92',
  objectId: '3d9a7c15-2e6b-4a88-b1f4-7c0e5d2a9b36'
};
const noRoles = {
  appId: 'c4f81a2b-7d3e-4b95-a6c0-9e2d1f8b3a57',
  objectId: 'e7b35d92-1f4a-4c6e-8b27-5a0d9c3f6e41'
};
const dev = '2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68';
const armScope = 'https://management.azure.com/.default';

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

async function idToken(job?: Partial<JobContext>, audience = 'api://AzureADTokenExchange'): Promise<string> {
  const { requestUrl, requestToken } = sandbox.registerJob(job);
  const response = await fetch(`${requestUrl}&audience=${encodeURIComponent(audience)}`, {
    headers: { Authorization: `Bearer ${requestToken}` }
  });
  return ((await response.json()) as { value: string }).value;
}

function credential(appId: string, assertion: () => Promise<string> = () => idToken(), tenant = tenantId) {
  return new ClientAssertionCredential(tenant, appId, assertion, {
    authorityHost: sandbox.urls.entra,
    disableInstanceDiscovery: true
  });
}

const subscriptions = (cred: ClientAssertionCredential) =>
  new SubscriptionClient(cred, { endpoint: sandbox.urls.arm, credentials: { scopes: [armScope] } });

describe('Entra ID and ARM with the official clients', () => {
  it('exchanges a GitHub ID token for an ARM token and reads the dev subscription', async () => {
    const client = subscriptions(credential(deployer.appId));
    const subscription = await client.subscriptions.get(dev);
    expect(subscription).toMatchObject({
      id: `/subscriptions/${dev}`,
      subscriptionId: dev,
      tenantId,
      displayName: 'musafirgo-dev',
      state: 'Enabled',
      authorizationSource: 'RoleBased'
    });
    const listed: string[] = [];
    for await (const s of client.subscriptions.list()) listed.push(s.displayName ?? '');
    expect(listed).toEqual(['musafirgo-dev']);
    const token = await credential(deployer.appId).getToken(armScope);
    expect(decodeJwt(token.token)).toMatchObject({
      aud: 'https://management.azure.com',
      iss: `https://sts.windows.net/${tenantId}/`,
      tid: tenantId,
      oid: deployer.objectId,
      sub: deployer.objectId,
      appid: deployer.appId,
      idtyp: 'app'
    });
    const exchange = sandbox.calls({ service: 'entra' }).find(c => c.path.endsWith('/oauth2/v2.0/token'))!;
    expect(exchange.detail).toMatchObject({
      grant_type: 'client_credentials',
      client_id: deployer.appId,
      scope: expect.stringContaining(armScope),
      assertion_sub: 'repo:musafirgo/itinerary:ref:refs/heads/main',
      assertion_aud: 'api://AzureADTokenExchange'
    });
    // Entra fetched GitHub's keys over HTTPS, as it does from token.actions.githubusercontent.com.
    expect(sandbox.calls({ service: 'github' }).map(c => c.path)).toContain('/.well-known/jwks');
    const recorded = JSON.stringify(sandbox.calls());
    for (const secret of sandbox.issuedSecrets()) expect(recorded).not.toContain(secret);
  });

  it('accepts the tenant domain in the authority', async () => {
    const cred = credential(deployer.appId, () => idToken(), 'musafirgo.onmicrosoft.com');
    expect((await cred.getToken(armScope)).token).toBeTruthy();
  });

  it('answers 403 AuthorizationFailed to an app without a role assignment', async () => {
    const client = subscriptions(credential(noRoles.appId));
    await expect(client.subscriptions.get(dev)).rejects.toMatchObject({
      statusCode: 403,
      code: 'AuthorizationFailed',
      message: `The client '${noRoles.objectId}' with object id '${noRoles.objectId}' does not have authorization to perform action 'Microsoft.Resources/subscriptions/read' over scope '/subscriptions/${dev}' or the scope is invalid. If access was recently granted, please refresh your credentials.`
    });
  });

  it('answers 404 SubscriptionNotFound for an unknown subscription', async () => {
    const unknown = '0b0b0b0b-1111-4222-8333-444455556666';
    await expect(subscriptions(credential(deployer.appId)).subscriptions.get(unknown)).rejects.toMatchObject({
      statusCode: 404,
      code: 'SubscriptionNotFound',
      message: `The subscription '${unknown}' could not be found.`
    });
  });

  it('refuses a subject that differs, even only in case, with AADSTS70021', async () => {
    for (const job of [{ ref: 'refs/heads/feature' }, { repository: 'MusafirGO/itinerary' }]) {
      const token = await idToken(job);
      const sub = decodeJwt(token).sub;
      await expect(credential(deployer.appId, async () => token).getToken(armScope)).rejects.toThrow(
        `AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: 'https://token.actions.githubusercontent.com'. Assertion Subject: '${sub}'. Assertion Audience: 'api://AzureADTokenExchange'.`
      );
    }
  });

  it('answers in Entra error JSON with its HTTP status', async () => {
    const post = (tenant: string, form: Record<string, string>) =>
      fetch(`${sandbox.urls.entra}/${tenant}/oauth2/v2.0/token`, {
        method: 'POST',
        body: new URLSearchParams(form)
      });
    const base = {
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      scope: armScope
    };
    const mismatch = await post(tenantId, {
      ...base,
      client_id: deployer.appId,
      client_assertion: await idToken({ environment: 'staging' })
    });
    expect(mismatch.status).toBe(400);
    const body = (await mismatch.json()) as Record<string, unknown>;
    expect(body).toEqual({
      error: 'invalid_request',
      error_description: expect.stringMatching(
        /^AADSTS70021: .*Assertion Subject: 'repo:musafirgo\/itinerary:environment:staging'.*\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: [0-9a-f-]{36}\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/s
      ),
      error_codes: [70021],
      timestamp: expect.any(String),
      trace_id: expect.any(String),
      correlation_id: expect.any(String),
      error_uri: 'https://login.microsoftonline.com/error?code=70021'
    });
    const scope = await post(tenantId, {
      ...base,
      scope: 'https://management.azure.com/user_impersonation',
      client_id: deployer.appId,
      client_assertion: 'x'
    });
    expect(scope.status).toBe(400);
    expect(await scope.json()).toMatchObject({ error: 'invalid_scope', error_codes: [1002012] });
    const resource = await post(tenantId, {
      ...base,
      scope: 'https://unknown.example/.default',
      client_id: deployer.appId,
      client_assertion: 'x'
    });
    expect(await resource.json()).toMatchObject({ error: 'invalid_resource', error_codes: [500011] });
  });

  it('refuses an assertion that expired on the sandbox clock with AADSTS700024', async () => {
    const stale = await idToken();
    sandbox.clock.advance(600);
    await expect(credential(deployer.appId, async () => stale).getToken(armScope)).rejects.toThrow(
      /AADSTS700024: Client assertion is not within its valid time range\. Current time: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z, assertion valid from .*\d{7}Z, expiry time of assertion .*\d{7}Z\./
    );
    // A fresh assertion works at the new time.
    expect((await credential(deployer.appId).getToken(armScope)).token).toBeTruthy();
  });

  it('refuses an unknown app with AADSTS700016 and an unknown tenant with AADSTS90002', async () => {
    const unknownApp = '11111111-2222-4333-8444-555555555555';
    await expect(credential(unknownApp).getToken(armScope)).rejects.toThrow(
      `AADSTS700016: Application with identifier '${unknownApp}' was not found in the directory 'MusafirGO'.`
    );
    // MSAL reads tenant discovery first and reports its 400 as an endpoints resolution error, as against Entra.
    const unknownTenant = '99999999-8888-4777-8666-555555555555';
    await expect(
      credential(deployer.appId, () => idToken(), unknownTenant).getToken(armScope)
    ).rejects.toThrow(/endpoints_resolution_error/);
    const discovery = await fetch(
      `${sandbox.urls.entra}/${unknownTenant}/v2.0/.well-known/openid-configuration`
    );
    expect(discovery.status).toBe(400);
    expect(await discovery.json()).toMatchObject({
      error: 'invalid_tenant',
      error_codes: [90002],
      error_description: expect.stringMatching(
        new RegExp(`^AADSTS90002: Tenant '${unknownTenant}' not found\\.`)
      )
    });
  });

  it('authenticates ARM requests like ARM', async () => {
    const url = `${sandbox.urls.arm}/subscriptions/${dev}?api-version=2022-12-01`;
    const missing = await fetch(url);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(
      /^Bearer authorization_uri="https:\/\/login\.windows\.net\/", error="invalid_token"/
    );
    expect(await missing.json()).toMatchObject({ error: { code: 'AuthenticationFailed' } });
    const graph = await credential(deployer.appId).getToken('https://graph.microsoft.com/.default');
    const wrongAudience = await fetch(url, { headers: { Authorization: `Bearer ${graph.token}` } });
    expect(await wrongAudience.json()).toMatchObject({
      error: { code: 'InvalidAuthenticationTokenAudience' }
    });
    const forged = await fetch(url, { headers: { Authorization: `Bearer ${graph.token.slice(0, -4)}AAAA` } });
    expect(await forged.json()).toMatchObject({
      error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' }
    });
    const arm = await credential(deployer.appId).getToken(armScope);
    const noVersion = await fetch(`${sandbox.urls.arm}/subscriptions/${dev}`, {
      headers: { Authorization: `Bearer ${arm.token}` }
    });
    expect(noVersion.status).toBe(400);
    expect(await noVersion.json()).toEqual({
      error: {
        code: 'MissingApiVersionParameter',
        message: 'The api-version query parameter (?api-version=) is required for all requests.'
      }
    });
    sandbox.clock.advance(3600);
    const expired = await fetch(url, { headers: { Authorization: `Bearer ${arm.token}` } });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({
      error: {
        code: 'ExpiredAuthenticationToken',
        message: expect.stringMatching(
          /^The access token expiry UTC time '\d+\/\d+\/\d{4} \d+:\d\d:\d\d [AP]M' is earlier than current UTC time/
        )
      }
    });
  });
});
