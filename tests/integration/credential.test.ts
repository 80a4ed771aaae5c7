import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClientAssertionCredential } from '@azure/identity';
import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import { armCall, armClientOptions } from '../../actions/shared/arm.js';
import { resolveCloud, type Cloud } from '../../actions/shared/cloud.js';
import { EntraError, GitHubOidcCredential } from '../../actions/shared/credential.js';
import { RemoteError } from '../../actions/shared/errors.js';
import { decodeJwtClaims, fetchIdToken } from '../../actions/shared/github-oidc.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { deployer, devSubscription, tenantId } from '../support/world.js';
import { sandboxClock as sandboxClockOf } from '../support/sandbox-clock.js';

let sandbox: Sandbox;
let cloud: Cloud;
let untrust: () => void;

const sandboxClock = () => sandboxClockOf(sandbox);

function credential(options: Partial<ConstructorParameters<typeof GitHubOidcCredential>[0]> = {}) {
  const env = sandbox.env();
  const request = {
    url: env['ACTIONS_ID_TOKEN_REQUEST_URL']!,
    token: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']!
  };
  return new GitHubOidcCredential({
    tenantId,
    clientId: deployer.appId,
    cloud,
    clock: sandboxClock(),
    getIdToken: audience => fetchIdToken(request, audience),
    ...options
  });
}

const entraTokenCalls = () =>
  sandbox.calls({ service: 'entra' }).filter(call => call.path.endsWith('/oauth2/v2.0/token'));

beforeAll(async () => {
  sandbox = await startSandbox();
  untrust = sandboxTrust(sandbox);
  cloud = resolveCloud('AzureCloud', {
    AZURE_AUTHORITY_HOST: sandbox.urls.entra,
    AZURE_RESOURCE_MANAGER_ENDPOINT: sandbox.urls.arm
  });
});
afterAll(async () => {
  untrust();
  await sandbox.stop();
});

describe('GitHubOidcCredential against the sandbox', () => {
  it('serves an official ARM SDK client', async () => {
    const client = new SubscriptionClient(credential(), armClientOptions(cloud));
    const subscription = await client.subscriptions.get(devSubscription.id);
    expect(subscription).toMatchObject({
      subscriptionId: devSubscription.id,
      displayName: devSubscription.name,
      state: 'Enabled'
    });
  });

  it('keeps getting tokens through a 30-minute job, with a fresh GitHub ID token for every exchange', async () => {
    const clock = sandboxClock();
    const assertions: number[] = [];
    const fresh = credential({ clock, onAssertion: claims => assertions.push(claims.iat) });
    const scopes = [
      'https://management.azure.com/.default',
      'https://containerregistry.azure.net/.default',
      '6dae42f8-4368-4678-94ff-3960e28e3630/.default',
      'https://vault.azure.net/.default',
      'https://storage.azure.com/.default',
      'https://graph.microsoft.com/.default',
      'https://management.azure.com/.default'
    ];
    // The sandbox clock is wall time plus the advances, so each ID token must have been issued between the
    // sandbox seconds just before and just after its exchange (real time passes too, more on a busy machine).
    const windows: Array<[number, number]> = [];
    for (const [minute, scope] of scopes.entries()) {
      if (minute > 0) await clock.sleep(5 * 60_000);
      const before = Math.floor(clock.now() / 1000);
      const token = await fresh.getToken(scope);
      windows.push([before, Math.floor(clock.now() / 1000)]);
      expect(token.expiresOnTimestamp).toBeGreaterThan(clock.now());
    }
    // The ARM token from minute 0 is still valid at minute 30, so six exchanges, each with its own ID token
    // issued at that exchange, five minutes of the job apart.
    expect(assertions).toHaveLength(6);
    assertions.forEach((iat, i) => {
      expect(iat).toBeGreaterThanOrEqual(windows[i]![0]);
      expect(iat).toBeLessThanOrEqual(windows[i]![1]);
      if (i > 0) expect(iat - assertions[i - 1]!).toBeGreaterThanOrEqual(5 * 60);
    });

    // An hour later the ARM token has expired and is renewed, again with a new ID token.
    await clock.sleep(65 * 60_000);
    const arm = new SubscriptionClient(fresh, armClientOptions(cloud));
    await expect(arm.subscriptions.get(devSubscription.id)).resolves.toMatchObject({
      displayName: devSubscription.name
    });
    expect(assertions).toHaveLength(7);
  });

  it('shows why: an assertion reused after five minutes is refused with AADSTS700024', async () => {
    const clock = sandboxClock();
    let first: Promise<string> | undefined;
    const env = sandbox.env();
    const request = {
      url: env['ACTIONS_ID_TOKEN_REQUEST_URL']!,
      token: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']!
    };
    // What a login that keeps the one token it was given (the az CLI's way) does.
    const reusing = credential({
      clock,
      getIdToken: audience => (first ??= fetchIdToken(request, audience))
    });
    await reusing.getToken('https://management.azure.com/.default');
    await clock.sleep(6 * 60_000);
    const failure = await reusing
      .getToken('https://containerregistry.azure.net/.default')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EntraError);
    expect(failure).toMatchObject({ code: 'AADSTS700024', status: 401, transient: false });
  });

  it('retries 429 with the Retry-After Entra sends and 503 bursts with backoff, then succeeds', async () => {
    const clock = sandboxClock();
    sandbox.faults.add({ service: 'entra', path: 'oauth2/v2.0/token', status: 429, retryAfterSeconds: 7 });
    sandbox.faults.add({ service: 'entra', path: 'oauth2/v2.0/token', status: 503, times: 2 });
    const before = entraTokenCalls().length;
    const retries: number[] = [];
    const token = await credential({ clock, onRetry: ({ attempt }) => retries.push(attempt) }).getToken(
      'https://management.azure.com/.default'
    );
    expect(token.token).toBeTruthy();
    expect(
      entraTokenCalls()
        .slice(before)
        .map(call => call.status)
    ).toEqual([429, 503, 503, 200]);
    expect(retries).toEqual([1, 2, 3]);
    expect(clock.sleeps[0]).toBe(7000);
    expect(clock.sleeps[2]!).toBeGreaterThan(clock.sleeps[1]! / 2);
  });

  it('gives up at the deadline when Entra keeps failing, with the status and code', async () => {
    const clock = sandboxClock();
    sandbox.faults.add({ service: 'entra', path: 'oauth2/v2.0/token', status: 503, times: Infinity });
    try {
      const failure = await credential({ clock, deadlineMs: 10_000 })
        .getToken('https://management.azure.com/.default')
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(EntraError);
      expect(failure).toMatchObject({ status: 503, transient: true });
      expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10_000);
    } finally {
      sandbox.faults.clear();
    }
  });

  it('surfaces ARM refusals with their code and retries ARM throttling', async () => {
    const clock = sandboxClock();
    const client = new SubscriptionClient(credential({ clock }), armClientOptions(cloud));
    sandbox.faults.add({ service: 'arm', path: '^/subscriptions/', status: 429, retryAfterSeconds: 3 });
    await expect(
      armCall('read subscription', () => client.subscriptions.get(devSubscription.id), { clock })
    ).resolves.toMatchObject({ displayName: devSubscription.name });
    expect(clock.sleeps).toEqual([3000]);

    const missing = '00000000-1111-4222-8333-444455556666';
    const failure = await armCall('read subscription', () => client.subscriptions.get(missing), {
      clock
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RemoteError);
    expect(failure).toMatchObject({
      service: 'arm',
      code: 'SubscriptionNotFound',
      status: 404,
      transient: false
    });
  });
});

describe('the official @azure/identity client against the sandbox', () => {
  const assertion = async () => {
    const env = sandbox.env();
    return fetchIdToken(
      { url: env['ACTIONS_ID_TOKEN_REQUEST_URL']!, token: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']! },
      'api://AzureADTokenExchange'
    );
  };

  it('ClientAssertionCredential and an ARM SDK client work unchanged apart from endpoints', async () => {
    const official = new ClientAssertionCredential(tenantId, deployer.appId, assertion, {
      authorityHost: sandbox.urls.entra,
      disableInstanceDiscovery: true
    });
    const client = new SubscriptionClient(official, { endpoint: sandbox.urls.arm });
    const subscription = await client.subscriptions.get(devSubscription.id);
    expect(subscription.displayName).toBe(devSubscription.name);
    const token = await official.getToken('https://management.azure.com/.default');
    expect(decodeJwtClaims<{ oid: string }>(token.token).oid).toBe(deployer.objectId);
  });

  it('is why we do not build on it: with its retries handed to ours, one 503 locks MSAL out for a minute', async () => {
    // With the SDK's own retry on, it sleeps on the wall clock (no deadline we control); with it off, MSAL
    // caches the 503 as a throttle and answers every identical request itself for 60 s.
    const official = new ClientAssertionCredential(tenantId, deployer.appId, assertion, {
      authorityHost: sandbox.urls.entra,
      disableInstanceDiscovery: true,
      retryOptions: { maxRetries: 0 }
    });
    sandbox.faults.add({ service: 'entra', path: 'oauth2/v2.0/token', status: 503 });
    const before = entraTokenCalls().length;
    await expect(official.getToken('https://containerregistry.azure.net/.default')).rejects.toThrow();
    // Entra is healthy again, but MSAL's throttling cache answers for it without a request.
    await expect(official.getToken('https://containerregistry.azure.net/.default')).rejects.toThrow();
    expect(entraTokenCalls().length - before).toBe(1);
  });
});
