import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ContainerAppsAPIClient } from '@azure/arm-appcontainers';
import { createPipelineRequest } from '@azure/core-rest-pipeline';
import { armClientOptions, withoutFormData } from '../../actions/shared/arm.js';
import { resolveCloud } from '../../actions/shared/cloud.js';
import { GitHubOidcCredential } from '../../actions/shared/credential.js';
import { RemoteError } from '../../actions/shared/errors.js';
import { fetchIdToken } from '../../actions/shared/github-oidc.js';
import { completeOperation, OperationTimeout, trackRetryAfter } from '../../actions/shared/lro.js';
import { failureMessage } from '../../actions/shared/step.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { deployer, devSubscription, tenantId } from '../support/world.js';
import { sandboxClock } from '../support/sandbox-clock.js';

// The poller against operations that bend ARM's async contract, served by ARM routes of this test (no
// emulator behind them): what each status URL answers is scripted here, the client is the official one.
let sandbox: Sandbox;
let untrust: () => void;
let client: ContainerAppsAPIClient;
const rg = 'rg-musafirgo-dev';
/** What the scripted status URL answers next. */
let statusAnswer: { status: number; body?: unknown } = { status: 200, body: {} };

beforeAll(async () => {
  sandbox = await startSandbox();
  untrust = sandboxTrust(sandbox);
  const base = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.App/containerApps/:app';
  const status = (ctx: { baseUrl: string; params: Record<string, string> }, kind: string) =>
    `${ctx.baseUrl}/subscriptions/${ctx.params.sub}/providers/Microsoft.App/locations/westeurope/${kind}/op1?api-version=2025-07-01`;
  sandbox.arm.route('PUT', base, {
    action: 'Microsoft.App/containerApps/write',
    handler: ctx => ({
      status: 201,
      body: { name: ctx.params.app, location: 'westeurope', properties: { provisioningState: 'InProgress' } },
      headers: { 'Azure-AsyncOperation': status(ctx, 'scriptedStatuses'), 'Retry-After': '10' }
    })
  });
  sandbox.arm.route('POST', `${base}/start`, {
    action: 'Microsoft.App/containerApps/start/action',
    handler: ctx => ({
      status: 202,
      headers: { Location: status(ctx, 'scriptedResults'), 'Retry-After': '10' }
    })
  });
  for (const kind of ['scriptedStatuses', 'scriptedResults']) {
    sandbox.arm.route('GET', `/subscriptions/:sub/providers/Microsoft.App/locations/:location/${kind}/:id`, {
      action: 'Microsoft.App/locations/operationStatuses/read',
      handler: () => statusAnswer
    });
  }
  const cloud = resolveCloud('AzureCloud', {
    AZURE_AUTHORITY_HOST: sandbox.urls.entra,
    AZURE_RESOURCE_MANAGER_ENDPOINT: sandbox.urls.arm
  });
  const env = sandbox.env();
  const credential = new GitHubOidcCredential({
    tenantId,
    clientId: deployer.appId,
    cloud,
    getIdToken: audience =>
      fetchIdToken(
        { url: env['ACTIONS_ID_TOKEN_REQUEST_URL']!, token: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']! },
        audience
      )
  });
  client = withoutFormData(
    new ContainerAppsAPIClient(credential, devSubscription.id, armClientOptions(cloud))
  );
});
afterAll(async () => {
  untrust();
  await sandbox.stop();
});

const retryAfter = trackRetryAfter();
const options = (clock = sandboxClock(sandbox)) => {
  return {
    clock,
    retryAfter,
    deadlineMs: 60_000,
    getStatus: (url: string) => client.sendRequest(createPipelineRequest({ url, method: 'GET' }))
  };
};

describe('completeOperation holds ARM to its async contract', () => {
  it('does not take a 200 without a status on an Azure-AsyncOperation URL for success', async () => {
    statusAnswer = { status: 200, body: {} };
    const clock = sandboxClock(sandbox);
    const attempt = completeOperation(
      'create Container App strict-app',
      ({ onResponse }) =>
        client.containerApps.beginCreateOrUpdate(
          rg,
          'strict-app',
          { location: 'westeurope', configuration: {}, template: { containers: [] } },
          { onResponse }
        ),
      options(clock)
    );
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationTimeout);
    expect((error as Error).message).toMatch(
      /^create Container App strict-app did not finish within 60\.00 s: its operation \(https:\/\/127\.0\.0\.1:\d+\/subscriptions\/[\w-]+\/providers\/Microsoft\.App\/locations\/westeurope\/scriptedStatuses\/op1\) was still answering 200 without a status after \d+ status polls$/
    );
    // It waited as the operation asked, and never past its deadline.
    expect(clock.sleeps.every(ms => ms <= 10_000)).toBe(true);
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000);
  });

  it('takes Succeeded, and nothing else, as the end of an Azure-AsyncOperation', async () => {
    statusAnswer = { status: 200, body: { status: 'Succeeded' } };
    await expect(
      completeOperation(
        'create Container App strict-app',
        ({ onResponse }) =>
          client.containerApps.beginCreateOrUpdate(
            rg,
            'strict-app',
            { location: 'westeurope', configuration: {}, template: { containers: [] } },
            { onResponse }
          ),
        options()
      )
    ).resolves.not.toThrow();
    statusAnswer = {
      status: 200,
      body: { status: 'Failed', error: { code: 'ContainerAppQuotaExceeded', message: 'No room.' } }
    };
    await expect(
      completeOperation(
        'create Container App strict-app',
        ({ onResponse }) =>
          client.containerApps.beginCreateOrUpdate(
            rg,
            'strict-app',
            { location: 'westeurope', configuration: {}, template: { containers: [] } },
            { onResponse }
          ),
        options()
      )
    ).rejects.toMatchObject({ code: 'ContainerAppQuotaExceeded', message: 'No room.', transient: false });
  });

  it("reads a finished Location poll as the resource or the operation's error, with its status", async () => {
    statusAnswer = { status: 200, body: { name: 'strict-app' } };
    await expect(
      completeOperation(
        'start Container App strict-app',
        ({ onResponse }) => client.containerApps.beginStart(rg, 'strict-app', { onResponse }),
        options()
      )
    ).resolves.not.toThrow();
    statusAnswer = {
      status: 409,
      body: { error: { code: 'ContainerAppOperationConflict', message: 'Another operation is in progress.' } }
    };
    const failed = await completeOperation(
      'start Container App strict-app',
      ({ onResponse }) => client.containerApps.beginStart(rg, 'strict-app', { onResponse }),
      options()
    ).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(RemoteError);
    expect(failed).toMatchObject({
      status: 409,
      code: 'ContainerAppOperationConflict',
      message: 'Another operation is in progress.'
    });
  });

  it('ends status polls that answer 503 for good in the named form, within its deadline', async () => {
    statusAnswer = { status: 503, body: { error: { code: 'ServiceUnavailable', message: 'Try later.' } } };
    const clock = sandboxClock(sandbox);
    const started = clock.now();
    const failed = await completeOperation(
      'start Container App strict-app',
      ({ onResponse }) => client.containerApps.beginStart(rg, 'strict-app', { onResponse }),
      options(clock)
    ).catch((e: unknown) => e);
    expect(clock.now() - started).toBeLessThanOrEqual(60_000);
    expect(failureMessage('deploy-aca', failed)).toMatch(
      /^deploy-aca: start Container App strict-app \(status\) to Azure Resource Manager failed: 503 ServiceUnavailable: Try later\. \(after \d+ attempts over [\d.]+ s\)\. Azure Resource Manager kept failing/
    );
  });
});
