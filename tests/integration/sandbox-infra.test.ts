import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClientAssertionCredential } from '@azure/identity';
import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import http from 'node:http';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import tls from 'node:tls';
import { ArmError, sandboxTrust, startSandbox, type Sandbox } from '../../sandbox/index.js';

const tenantId = '6f1c2a7e-3b9d-4e52-8a61-2d4f7c9b0e13';
const deployerAppId = '8b2e4d61-5c3a-4f7e-9d18-0a6b3c5e7f92';
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

async function idToken(): Promise<string> {
  const { requestUrl, requestToken } = sandbox.registerJob();
  const response = await fetch(`${requestUrl}&audience=api://AzureADTokenExchange`, {
    headers: { Authorization: `Bearer ${requestToken}` }
  });
  return ((await response.json()) as { value: string }).value;
}

const credential = (options: ConstructorParameters<typeof ClientAssertionCredential>[3] = {}) =>
  new ClientAssertionCredential(tenantId, deployerAppId, idToken, {
    authorityHost: sandbox.urls.entra,
    disableInstanceDiscovery: true,
    ...options
  });

async function armToken(): Promise<string> {
  return (await credential().getToken(armScope)).token;
}

/** Opens a CONNECT tunnel through the sandbox proxy; resolves the proxy's status and the socket. */
function connect(target: string): Promise<{ status: number; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const proxy = new URL(sandbox.urls.proxy);
    http
      .request({ host: proxy.hostname, port: proxy.port, method: 'CONNECT', path: target })
      .on('connect', (res, socket) => resolve({ status: res.statusCode ?? 0, socket }))
      .on('error', reject)
      .end();
  });
}

describe('faults', () => {
  it('answers a 429 with Retry-After in ARM format and records it', async () => {
    const token = await armToken();
    const since = sandbox.clock.now().getTime();
    sandbox.faults.add({
      service: 'arm',
      method: 'GET',
      path: '^/subscriptions\\?',
      status: 429,
      retryAfterSeconds: 7
    });
    const url = `${sandbox.urls.arm}/subscriptions?api-version=2022-12-01`;
    const throttled = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
    expect(await throttled.json()).toMatchObject({ error: { code: 'TooManyRequests' } });
    expect((await fetch(url, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    expect(sandbox.calls({ service: 'arm', since }).map(c => [c.path, c.status])).toEqual([
      ['/subscriptions', 429],
      ['/subscriptions', 200]
    ]);
  });

  it('answers a 503 in Entra format; the SDK retries it when Retry-After is 0', async () => {
    sandbox.faults.add({
      service: 'entra',
      path: '/oauth2/v2.0/token',
      status: 503,
      retryAfterSeconds: 0,
      times: 2
    });
    const raw = await fetch(`${sandbox.urls.entra}/${tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      body: ''
    });
    expect(raw.status).toBe(503);
    expect(raw.headers.get('retry-after')).toBe('0');
    expect(await raw.json()).toMatchObject({ error: 'temporarily_unavailable', error_codes: [90033] });
    const since = sandbox.clock.now().getTime();
    expect(await armToken()).toBeTruthy();
    const tokenCalls = sandbox.calls({ service: 'entra', since }).filter(c => c.path.endsWith('/token'));
    expect(tokenCalls.map(c => c.status)).toEqual([503, 200]);
    expect(tokenCalls[0]!.detail).toEqual({ fault: true });
  });

  it('faults every matching request while times is Infinity, until cleared', async () => {
    sandbox.faults.add({ service: 'github', path: 'idtoken', status: 500, times: Infinity });
    const { requestUrl, requestToken } = sandbox.registerJob();
    for (let i = 0; i < 3; i++) {
      const response = await fetch(requestUrl, { headers: { Authorization: `Bearer ${requestToken}` } });
      expect(response.status).toBe(500);
    }
    sandbox.faults.clear();
    expect((await fetch(requestUrl, { headers: { Authorization: `Bearer ${requestToken}` } })).status).toBe(
      200
    );
  });
});

describe('proxy', () => {
  it('tunnels login.microsoftonline.com to Entra under its real name', async () => {
    const { status, socket } = await connect('login.microsoftonline.com:443');
    expect(status).toBe(200);
    const body = await new Promise<string>((resolve, reject) => {
      https
        .get(
          {
            host: 'login.microsoftonline.com',
            port: 443,
            path: `/${tenantId}/v2.0/.well-known/openid-configuration`,
            createConnection: () => tls.connect({ socket, servername: 'login.microsoftonline.com' })
          },
          res => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve(text));
          }
        )
        .on('error', reject);
    });
    expect(JSON.parse(body)).toMatchObject({
      token_endpoint: `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/token`,
      issuer: `https://login.microsoftonline.com/${tenantId}/v2.0`
    });
  });

  it('lets the unmodified SDK reach the real host names through HTTPS proxy settings', async () => {
    const proxy = new URL(sandbox.urls.proxy);
    const proxyOptions = { host: `http://${proxy.hostname}`, port: Number(proxy.port) };
    const cred = credential({ authorityHost: 'https://login.microsoftonline.com', proxyOptions });
    const client = new SubscriptionClient(cred, { proxyOptions, credentials: { scopes: [armScope] } });
    expect((await client.subscriptions.get(dev)).displayName).toBe('musafirgo-dev');
  });

  it("tunnels to the emulators' own loopback ports and refuses every other destination with 403", async () => {
    const own = await connect(new URL(sandbox.urls.arm).host);
    expect(own.status).toBe(200);
    own.socket.destroy();
    for (const target of [
      'example.com:443',
      'login.microsoftonline.com:80',
      '127.0.0.1:22',
      'localhost:443'
    ]) {
      const { status, socket } = await connect(target);
      expect(status).toBe(403);
      socket.destroy();
    }
  });
});

describe('ARM router', () => {
  const path = `/subscriptions/${dev}/resourceGroups/rg-itinerary/providers/Microsoft.Sandbox/widgets/w1`;

  beforeAll(() => {
    const widgets = new Map<string, unknown>();
    sandbox.arm.route(
      'PUT',
      '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.Sandbox/widgets/:name',
      {
        action: 'Microsoft.Sandbox/widgets/write',
        handler: ctx =>
          sandbox.arm.longRunning(ctx, {
            namespace: 'Microsoft.Sandbox',
            status: 201,
            polls: 1,
            body: { name: ctx.params.name, properties: { provisioningState: 'InProgress' } },
            run: () => widgets.set(ctx.params.name!, ctx.body)
          })
      }
    );
    sandbox.arm.route(
      'POST',
      '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.Sandbox/widgets/:name/explode',
      {
        action: 'Microsoft.Sandbox/widgets/explode/action',
        handler: ctx =>
          sandbox.arm.longRunning(ctx, {
            namespace: 'Microsoft.Sandbox',
            run: () => {
              throw new ArmError(409, 'Conflict', 'The widget refused to explode.');
            }
          })
      }
    );
    sandbox.arm.route('PUT', '/subscriptions/:sub/providers/Microsoft.Authorization/roleAssignments/:id', {
      action: 'Microsoft.Authorization/roleAssignments/write',
      handler: () => ({ status: 201, body: {} })
    });
  });

  it('runs a long-running operation: 201, InProgress, then Succeeded', async () => {
    const headers = { Authorization: `Bearer ${await armToken()}`, 'Content-Type': 'application/json' };
    const put = await fetch(`${sandbox.urls.arm}${path}?api-version=2024-01-01`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ properties: { size: 3 } })
    });
    expect(put.status).toBe(201);
    expect(put.headers.get('retry-after')).toBe('0');
    const statusUrl = put.headers.get('azure-asyncoperation')!;
    expect(statusUrl).toMatch(
      /\/providers\/Microsoft\.Sandbox\/locations\/westeurope\/operationStatuses\/[\w-]+\?api-version=2024-01-01$/
    );
    const poll = async () =>
      ((await (await fetch(statusUrl, { headers })).json()) as { status: string }).status;
    expect(await poll()).toBe('InProgress');
    expect(await poll()).toBe('Succeeded');
  });

  it('reports a failed operation with its error', async () => {
    const headers = { Authorization: `Bearer ${await armToken()}` };
    const post = await fetch(`${sandbox.urls.arm}${path}/explode?api-version=2024-01-01`, {
      method: 'POST',
      headers
    });
    expect(post.status).toBe(202);
    expect(post.headers.get('location')).toContain('/operationResults/');
    const status = await (await fetch(post.headers.get('azure-asyncoperation')!, { headers })).json();
    expect(status).toMatchObject({
      status: 'Failed',
      error: { code: 'Conflict', message: 'The widget refused to explode.' }
    });
  });

  it("applies Contributor's notActions", async () => {
    const headers = { Authorization: `Bearer ${await armToken()}` };
    const url = `${sandbox.urls.arm}/subscriptions/${dev}/providers/Microsoft.Authorization/roleAssignments/abc?api-version=2022-04-01`;
    const denied = await fetch(url, { method: 'PUT', headers });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({
      error: {
        code: 'AuthorizationFailed',
        message: expect.stringContaining("'Microsoft.Authorization/roleAssignments/write'")
      }
    });
    expect(
      sandbox.arm.isAllowed(
        '3d9a7c15-2e6b-4a88-b1f4-7c0e5d2a9b36',
        'Microsoft.App/containerApps/write',
        `${path}`
      )
    ).toBe(true);
  });
});

describe('control API', () => {
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sandbox.urls.control}${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    return {
      status: response.status,
      json: response.status === 204 ? undefined : ((await response.json()) as Record<string, unknown>)
    };
  };

  it('mirrors the in-process methods', async () => {
    expect((await control('GET', '/world')).json).toMatchObject({
      github: { issuer: 'https://token.actions.githubusercontent.com' }
    });
    const job = await control('POST', '/jobs', { environment: 'prod' });
    expect(job.status).toBe(201);
    expect(job.json).toMatchObject({
      requestUrl: expect.stringContaining('/idtoken?api-version=2.0'),
      requestToken: expect.any(String)
    });
    const before = sandbox.clock.offsetSeconds;
    expect((await control('POST', '/clock', { advanceSeconds: 90 })).json).toMatchObject({
      offsetSeconds: before + 90
    });
    expect((await control('POST', '/faults', { service: 'github', status: 503, times: null })).status).toBe(
      204
    );
    expect((await fetch(`${sandbox.urls.github}/.well-known/jwks`)).status).toBe(503);
    expect((await control('DELETE', '/faults')).status).toBe(204);
    const calls = await fetch(`${sandbox.urls.control}/calls?service=github`);
    expect(((await calls.json()) as { status: number }[]).at(-1)).toMatchObject({ status: 503 });
    expect((await control('DELETE', '/calls')).status).toBe(204);
    expect(sandbox.calls()).toEqual([]);
    expect(readFileSync(sandbox.caCertPath, 'utf8')).toContain('BEGIN CERTIFICATE');
  });
});
