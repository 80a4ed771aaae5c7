// The Static Web App through ARM (@azure/arm-appservice's staticSites operations, each call retried on transient
// faults only): the site, a preview environment's build, a zip deployment and a build's deletion as long-running
// operations polled on our clock within the step's timeout.
import type { WebSiteManagementContext } from '@azure/arm-appservice/api';
import { armCall } from '../shared/arm.js';
import type { Clock } from '../shared/clock.js';
import { ConfigurationError, RemoteError } from '../shared/errors.js';
import { completeOperation, type OperationPoller, type RetryAfterTracker } from '../shared/lro.js';
import type { RetryOptions } from '../shared/retry.js';
import { PRODUCTION } from './inputs.js';

type StaticSites = typeof import('@azure/arm-appservice/api/staticSites');

export interface SiteDeps {
  client: WebSiteManagementContext;
  ops: StaticSites;
  clock: Clock;
  /** Who deploys (client id), for messages about missing roles. */
  identity: string;
  retryAfter?: RetryAfterTracker;
  onRetry?: RetryOptions['onRetry'];
}

export interface SiteTarget {
  subscriptionId: string;
  resourceGroup: string;
  app: string;
  environment: string;
}

export interface SiteInfo {
  defaultHostname: string;
  location: string;
  sku: string;
  stagingEnvironmentPolicy: string;
}

const scopeOf = (t: SiteTarget) =>
  `/subscriptions/${t.subscriptionId}/resourceGroups/${t.resourceGroup}/providers/Microsoft.Web/staticSites/${t.app}`;

/** ARM's refusals in words a person can act on: the role to grant, the name to check. */
function explain(error: unknown, deps: SiteDeps, target: SiteTarget, what: string): unknown {
  if (!(error instanceof RemoteError) || error.transient) return error;
  if (error.code === 'AuthorizationFailed') {
    return new ConfigurationError(
      `${deps.identity} may not ${what} Static Web App '${target.app}' (AuthorizationFailed); give it the Contributor role on the Static Web App (or a role with Microsoft.Web/staticSites/read, zipdeploy/action, builds/read, builds/delete and builds/zipdeploy/action), e.g. az role assignment create --assignee ${deps.identity} --role Contributor --scope ${scopeOf(target)}`
    );
  }
  if (
    error.code === 'ResourceNotFound' ||
    error.code === 'ResourceGroupNotFound' ||
    (error.status === 404 && what === 'read')
  ) {
    return new ConfigurationError(
      `Static Web App '${target.app}' was not found in resource group '${target.resourceGroup}' of subscription ${target.subscriptionId} (${error.code}); check app, resource-group and subscription-id`
    );
  }
  return error;
}

export async function readSite(deps: SiteDeps, target: SiteTarget): Promise<SiteInfo> {
  try {
    const site = await armCall(
      `read Static Web App ${target.app}`,
      () => deps.ops.getStaticSite(deps.client, target.resourceGroup, target.app),
      { clock: deps.clock, onRetry: deps.onRetry }
    );
    return {
      defaultHostname: site.defaultHostname ?? '',
      location: site.location ?? '',
      sku: site.sku?.name ?? '',
      stagingEnvironmentPolicy: site.stagingEnvironmentPolicy ?? 'Enabled'
    };
  } catch (error) {
    throw explain(error, deps, target, 'read');
  }
}

/** A preview environment's host name, or undefined when it does not exist (yet, or any more). */
export async function readBuild(
  deps: SiteDeps,
  target: SiteTarget
): Promise<{ hostname: string; status: string } | undefined> {
  try {
    const build = await armCall(
      `read environment ${target.environment} of ${target.app}`,
      () => deps.ops.getStaticSiteBuild(deps.client, target.resourceGroup, target.app, target.environment),
      { clock: deps.clock, onRetry: deps.onRetry }
    );
    return { hostname: build.hostname ?? '', status: build.status ?? '' };
  } catch (error) {
    if (error instanceof RemoteError && error.status === 404) return undefined;
    throw explain(error, deps, target, 'read');
  }
}

/** The SDK's poller, as completeOperation drives it; a failed operation as ARM's code and message. */
function adapt(poller: {
  submitted(): Promise<void>;
  poll(): Promise<unknown>;
  readonly isDone: boolean;
}): Promise<OperationPoller<void>> {
  return poller.submitted().then(() => ({
    poll: async () => {
      try {
        await poller.poll();
      } catch (error) {
        const failed = /^The long-running operation has failed\.(?: ([^.]+)\. ([\s\S]*))?$/.exec(
          (error as Error).message
        );
        if (!failed) throw error;
        throw new RemoteError(failed[2] ?? 'the operation failed', {
          service: 'arm',
          code: failed[1] ?? 'Failed',
          status: 200,
          transient: false
        });
      }
    },
    isDone: () => poller.isDone,
    getResult: () => undefined
  }));
}

export async function zipDeploy(
  deps: SiteDeps,
  target: SiteTarget,
  body: { appZipUrl: string; apiZipUrl?: string; deploymentTitle: string },
  deadlineMs: number
): Promise<void> {
  const envelope = { ...body, provider: 'musafirgo/actions' };
  const production = target.environment === PRODUCTION;
  try {
    await completeOperation(
      `zip deployment to ${production ? 'production' : `environment ${target.environment}`} of ${target.app}`,
      ({ onResponse }) =>
        adapt(
          production
            ? deps.ops.createZipDeploymentForStaticSite(
                deps.client,
                target.resourceGroup,
                target.app,
                envelope,
                { onResponse }
              )
            : deps.ops.createZipDeploymentForStaticSiteBuild(
                deps.client,
                target.resourceGroup,
                target.app,
                target.environment,
                envelope,
                { onResponse }
              )
        ),
      { clock: deps.clock, onRetry: deps.onRetry, retryAfter: deps.retryAfter, deadlineMs }
    );
  } catch (error) {
    throw explain(error, deps, target, 'deploy to');
  }
}

/** Deletes a preview environment; false when it was already gone. */
export async function deleteBuild(deps: SiteDeps, target: SiteTarget, deadlineMs: number): Promise<boolean> {
  if (!(await readBuild(deps, target))) return false;
  try {
    await completeOperation(
      `delete environment ${target.environment} of ${target.app}`,
      ({ onResponse }) =>
        adapt(
          deps.ops.deleteStaticSiteBuild(deps.client, target.resourceGroup, target.app, target.environment, {
            onResponse
          })
        ),
      { clock: deps.clock, onRetry: deps.onRetry, retryAfter: deps.retryAfter, deadlineMs }
    );
  } catch (error) {
    if (error instanceof RemoteError && error.status === 404) return false;
    throw explain(error, deps, target, 'delete an environment of');
  }
  return true;
}
