import * as core from '@actions/core';
import { runStep } from '../shared/step.js';
import { appendSummary, markdownTable } from '../shared/summary.js';
import type { Subscription, SubscriptionClient } from '@azure/arm-resources-subscriptions';
import { armCall, armClientOptions, withoutFormData } from '../shared/arm.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { armScope, resolveCloud, type Cloud } from '../shared/cloud.js';
import { EntraError, GitHubOidcCredential } from '../shared/credential.js';
import { ConfigurationError, RemoteError } from '../shared/errors.js';
import {
  decodeJwtClaims,
  fetchIdToken,
  oidcRequestFromEnv,
  type IdTokenClaims
} from '../shared/github-oidc.js';
import { Phases, formatMs, logRetry } from '../shared/log.js';
import { loginAzCli } from './az-cli.js';
import {
  federatedCredentialFor,
  noMatchingCredentialCodes,
  registerCommand,
  subjectHints
} from './diagnostics.js';
import { getInputs, type Inputs } from './inputs.js';

export interface RunOptions {
  clock?: Clock;
}

interface Identity {
  tenantId: string;
  objectId: string;
}

/** The login step: GitHub OIDC to Entra, verified against ARM, handed to later steps. */
export async function run(options: RunOptions = {}): Promise<void> {
  const clock = options.clock ?? systemClock;
  const phases = new Phases(clock.now);
  await runStep('login', async () => {
    const inputs = getInputs();
    const cloud = resolveCloud(inputs.environment);
    const request = oidcRequestFromEnv();
    // The ARM client loads while GitHub and Entra answer: it is only needed once a token is in hand.
    const sdk = import('@azure/arm-resources-subscriptions');
    sdk.catch(() => undefined);

    let claims: IdTokenClaims | undefined;
    const credential = new GitHubOidcCredential({
      tenantId: inputs.tenantId,
      clientId: inputs.clientId,
      cloud,
      audience: inputs.audience,
      clock,
      getIdToken: audience => fetchIdToken(request, audience),
      onAssertion: assertionClaims => {
        if (!claims) printClaims(assertionClaims);
        claims = assertionClaims;
      },
      onRetry: logRetry
    });

    const token = await phases.time('Entra token exchange (with GitHub ID token)', () =>
      credential.getToken(armScope(cloud)).catch((error: unknown) => {
        throw explainEntraError(error, inputs, cloud);
      })
    );
    const tokenClaims = decodeJwtClaims<{ tid?: string; oid?: string }>(token.token);
    const identity: Identity = {
      tenantId: tokenClaims.tid ?? inputs.tenantId,
      objectId: tokenClaims.oid ?? ''
    };

    const arm = withoutFormData(new (await sdk).SubscriptionClient(credential, armClientOptions(cloud)));
    const subscription = await phases.time('ARM verification', () =>
      verifySubscription(arm, inputs, identity, clock)
    );

    exportForLaterSteps(inputs, cloud, identity, subscription);
    if (inputs.azCli) {
      await phases.time('az CLI login', () =>
        loginAzCli({ inputs, cloud, subscriptionId: subscription?.subscriptionId, request })
      );
    }
    core.info(
      `Logged in as ${inputs.clientId} (object id ${identity.objectId}) to tenant ${identity.tenantId}` +
        (subscription
          ? `, subscription '${subscription.displayName}' (${subscription.subscriptionId})`
          : '') +
        ` in ${formatMs(phases.total())}`
    );
    summarize(inputs, cloud, identity, subscription, claims, phases);
  });
}

function printClaims(claims: IdTokenClaims): void {
  core.info(`GitHub ID token: sub=${claims.sub}`);
  core.info(`  aud=${Array.isArray(claims.aud) ? claims.aud.join(',') : claims.aud}  iss=${claims.iss}`);
  if (claims.job_workflow_ref) core.info(`  job_workflow_ref=${claims.job_workflow_ref}`);
}

/** Turns Entra's refusal into one sentence, after printing what a person needs to fix it. */
function explainEntraError(error: unknown, inputs: Inputs, cloud: Cloud): unknown {
  if (!(error instanceof EntraError)) return error;
  const code = error.code;
  if (noMatchingCredentialCodes.has(code) && error.claims) {
    const credential = federatedCredentialFor(error.claims);
    core.startGroup('The federated credential this job needs');
    core.info(JSON.stringify(credential, null, 2));
    core.info(`Register it with:\n  ${registerCommand(inputs.clientId, credential)}`);
    core.endGroup();
    for (const hint of subjectHints(error.claims, cloud)) core.warning(hint);
    return new ConfigurationError(
      `no federated credential on app ${inputs.clientId} matches subject '${error.claims.sub}' (${code}); register the credential printed above`
    );
  }
  switch (code) {
    case 'AADSTS700016':
      return new ConfigurationError(
        `Entra has no application ${inputs.clientId} in tenant ${inputs.tenantId} (${code}); check client-id and tenant-id against the app registration's overview page`
      );
    case 'AADSTS90002':
    case 'AADSTS900023':
      return new ConfigurationError(
        `tenant '${inputs.tenantId}' does not exist in ${cloud.name} (${code}); check tenant-id and environment`
      );
    case 'AADSTS700024':
      return new ConfigurationError(
        `Entra says the GitHub ID token is outside its valid time range (${code}); the runner's clock is probably wrong`
      );
  }
  const attempts = error.transient ? ' after retrying until the deadline' : '';
  return new RemoteError(`Entra refused the token exchange${attempts}: ${code}: ${error.message}`, {
    service: 'entra',
    code,
    status: error.status,
    transient: error.transient
  });
}

async function verifySubscription(
  arm: SubscriptionClient,
  inputs: Inputs,
  identity: Identity,
  clock: Clock
): Promise<Subscription | undefined> {
  const who = `${inputs.clientId} (object id ${identity.objectId})`;
  if (!inputs.subscriptionId) {
    const visible: Subscription[] = [];
    await armCall(
      'list subscriptions',
      async () => {
        visible.length = 0;
        for await (const subscription of arm.subscriptions.list()) visible.push(subscription);
      },
      { clock, onRetry: logRetry }
    );
    core.info(`No subscription requested; ${who} can see ${visible.length} subscription(s)`);
    return undefined;
  }
  const subscriptionId = inputs.subscriptionId;
  try {
    const subscription = await armCall(
      `read subscription ${subscriptionId}`,
      () => arm.subscriptions.get(subscriptionId),
      {
        clock,
        onRetry: logRetry
      }
    );
    if (subscription.state === 'Disabled' || subscription.state === 'Deleted') {
      throw new ConfigurationError(
        `subscription ${subscriptionId} is ${subscription.state}; nothing can be deployed to it`
      );
    }
    return subscription;
  } catch (error) {
    if (error instanceof RemoteError && error.code === 'AuthorizationFailed') {
      throw new ConfigurationError(
        `${who} has no role on subscription ${subscriptionId} (AuthorizationFailed); assign it one, e.g. 'az role assignment create --assignee ${inputs.clientId} --role Reader --scope /subscriptions/${subscriptionId}', or set allow-no-subscriptions: true`
      );
    }
    if (error instanceof RemoteError && (error.code === 'SubscriptionNotFound' || error.status === 404)) {
      throw new ConfigurationError(
        `subscription ${subscriptionId} was not found in tenant ${identity.tenantId} (${error.code}); check subscription-id`
      );
    }
    throw error;
  }
}

/** What later steps and tools (our actions, the Azure SDKs, Terraform) read to log in on their own. */
function exportForLaterSteps(
  inputs: Inputs,
  cloud: Cloud,
  identity: Identity,
  subscription?: Subscription
): void {
  const subscriptionId = subscription?.subscriptionId ?? '';
  const variables: Record<string, string> = {
    AZURE_CLIENT_ID: inputs.clientId,
    AZURE_TENANT_ID: identity.tenantId,
    AZURE_SUBSCRIPTION_ID: subscriptionId,
    AZURE_AUTHORITY_HOST: cloud.authorityHost,
    AZURE_RESOURCE_MANAGER_ENDPOINT: cloud.armEndpoint,
    AZURE_ENVIRONMENT: cloud.name,
    ARM_CLIENT_ID: inputs.clientId,
    ARM_TENANT_ID: identity.tenantId,
    ARM_SUBSCRIPTION_ID: subscriptionId,
    ARM_USE_OIDC: 'true'
  };
  if (inputs.audience) {
    variables['AZURE_FEDERATED_TOKEN_AUDIENCE'] = inputs.audience;
    variables['ARM_OIDC_REQUEST_AUDIENCE'] = inputs.audience;
  }
  for (const [name, value] of Object.entries(variables)) core.exportVariable(name, value);

  core.setOutput('client-id', inputs.clientId);
  core.setOutput('tenant-id', identity.tenantId);
  core.setOutput('subscription-id', subscriptionId);
  core.setOutput('subscription-name', subscription?.displayName ?? '');
  core.setOutput('object-id', identity.objectId);
  core.setOutput('environment', cloud.name);
}

function summarize(
  inputs: Inputs,
  cloud: Cloud,
  identity: Identity,
  subscription: Subscription | undefined,
  claims: IdTokenClaims | undefined,
  phases: Phases
): void {
  const rows = [
    ['Identity', `${inputs.clientId} (object id ${identity.objectId})`],
    ['Tenant', identity.tenantId],
    [
      'Subscription',
      subscription ? `${subscription.displayName} (${subscription.subscriptionId})` : 'none (tenant-level)'
    ],
    ['Cloud', `${cloud.name}${cloud.custom ? ` at ${cloud.armEndpoint}` : ''}`],
    ['GitHub subject', claims ? `\`${claims.sub}\`` : ''],
    ['az CLI', inputs.azCli ? 'logged in (isolated AZURE_CONFIG_DIR)' : 'not used']
  ];
  if (claims?.job_workflow_ref) rows.push(['Workflow', `\`${claims.job_workflow_ref}\``]);
  appendSummary(
    ['### Azure login', '', markdownTable(['What', 'Value'], rows), '', phases.table(), ''].join('\n')
  );
}
