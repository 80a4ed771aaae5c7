// Static Web Apps' ARM side (Microsoft.Web/staticSites): the site, its builds (list, get, delete as a long-running
// operation), zip deployments to production and to named preview environments (long-running operations that
// download the package when they complete), and listSecrets, which only a role with that action may call.
import type { ArmContext, Sandbox } from '../index.js';
import { ArmError, resourceNotFound } from '../index.js';
import type { DeploymentController, ZipDeployment } from './controller.js';
import { buildBody, previewHostname, previewLimit, siteBody, type Site } from './model.js';
import type { SitesStore } from './store.js';

export interface ArmState {
  sandbox: Sandbox;
  store: SitesStore;
  controller: DeploymentController;
  /** Status polls that answer InProgress before a deployment or deletion completes. */
  polls?: number;
  retryAfterSeconds?: number;
  secrets: Set<string>;
}

const base = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.Web/staticSites/:name';
const environmentName = /^[a-z0-9][a-z0-9-]{0,38}$/i;

function findSite(state: ArmState, ctx: ArmContext): Site {
  const site = state.store.site(ctx.params.sub!, ctx.params.rg!, ctx.params.name!);
  if (!site) throw resourceNotFound('Microsoft.Web/staticSites', ctx.params.name!, ctx.params.rg!);
  return site;
}

function findBuild(site: Site, name: string) {
  const build = site.builds.get(name.toLowerCase());
  if (!build) throw new ArmError(404, 'NotFound', `Cannot find Static Site Build with name ${name}.`);
  return build;
}

function zipDeployment(ctx: ArmContext): ZipDeployment {
  const properties = (ctx.body as { properties?: Record<string, unknown> } | undefined)?.properties;
  const appZipUrl = properties?.['appZipUrl'];
  if (typeof appZipUrl !== 'string' || !appZipUrl) {
    throw new ArmError(400, 'BadRequest', "The parameter 'properties.appZipUrl' is required.");
  }
  const apiZipUrl = properties?.['apiZipUrl'];
  const title = properties?.['deploymentTitle'];
  return {
    appZipUrl,
    ...(typeof apiZipUrl === 'string' && apiZipUrl ? { apiZipUrl } : {}),
    ...(typeof title === 'string' ? { deploymentTitle: title } : {})
  };
}

/** A finished zip deployment's result is 200 with an empty body (the SDK accepts 200, 201 or 202 there, not 204). */
const deployed = async (deployment: Promise<void>) => {
  await deployment;
  return {};
};

export function armRoutes(state: ArmState): void {
  const { sandbox, store, controller } = state;
  const arm = sandbox.arm;
  const operation = (ctx: ArmContext, site: Site, run: () => unknown) =>
    arm.longRunning(ctx, {
      namespace: 'Microsoft.Web',
      location: site.location,
      status: 202,
      ...(state.polls !== undefined ? { polls: state.polls } : {}),
      ...(state.retryAfterSeconds !== undefined ? { retryAfterSeconds: state.retryAfterSeconds } : {}),
      run
    });

  arm.route('GET', base, {
    action: 'Microsoft.Web/staticSites/read',
    handler: ctx => ({ status: 200, body: siteBody(findSite(state, ctx)) })
  });
  arm.route('GET', `${base}/builds`, {
    action: 'Microsoft.Web/staticSites/builds/read',
    handler: ctx => {
      const site = findSite(state, ctx);
      return {
        status: 200,
        body: { value: [...site.builds.values()].map(b => buildBody(site, b)), nextLink: null }
      };
    }
  });
  arm.route('GET', `${base}/builds/:environment`, {
    action: 'Microsoft.Web/staticSites/builds/read',
    handler: ctx => {
      const site = findSite(state, ctx);
      return { status: 200, body: buildBody(site, findBuild(site, ctx.params.environment!)) };
    }
  });
  arm.route('DELETE', `${base}/builds/:environment`, {
    action: 'Microsoft.Web/staticSites/builds/delete',
    handler: ctx => {
      const site = findSite(state, ctx);
      const name = ctx.params.environment!.toLowerCase();
      if (name === 'default')
        throw new ArmError(400, 'BadRequest', 'The default build of a static site cannot be deleted.');
      const build = findBuild(site, name);
      build.status = 'Deleting';
      return operation(ctx, site, () => {
        site.builds.delete(name);
      });
    }
  });
  arm.route('POST', `${base}/zipdeploy`, {
    action: 'Microsoft.Web/staticSites/zipdeploy/action',
    handler: ctx => {
      const site = findSite(state, ctx);
      const request = zipDeployment(ctx);
      const build = site.builds.get('default')!;
      return operation(ctx, site, () => deployed(controller.deploy(site, build, request)));
    }
  });
  arm.route('POST', `${base}/builds/:environment/zipdeploy`, {
    action: 'Microsoft.Web/staticSites/builds/zipdeploy/action',
    handler: ctx => {
      const site = findSite(state, ctx);
      const name = ctx.params.environment!.toLowerCase();
      const request = zipDeployment(ctx);
      if (name === 'default') {
        return operation(ctx, site, () =>
          deployed(controller.deploy(site, site.builds.get('default')!, request))
        );
      }
      if (!environmentName.test(name)) {
        throw new ArmError(400, 'BadRequest', `'${name.slice(0, 60)}' is not a valid environment name.`);
      }
      if (site.stagingEnvironmentPolicy === 'Disabled') {
        throw new ArmError(
          400,
          'BadRequest',
          `Staging environments are disabled for static site ${site.name}.`
        );
      }
      let build = site.builds.get(name);
      if (!build) {
        const previews = [...site.builds.keys()].filter(b => b !== 'default').length;
        if (previews >= previewLimit[site.sku]) {
          throw new ArmError(
            400,
            'BadRequest',
            `The static site ${site.name} already has ${previews} staging environments, the most its ${site.sku} plan allows. Delete one before creating another.`
          );
        }
        build = store.newBuild(name, previewHostname(site, name));
        build.status = 'Uploading';
        site.builds.set(name, build);
      }
      const target = build;
      return operation(ctx, site, () => deployed(controller.deploy(site, target, request)));
    }
  });
  arm.route('POST', `${base}/listSecrets`, {
    action: 'Microsoft.Web/staticSites/listSecrets/action',
    handler: ctx => {
      const site = findSite(state, ctx);
      state.secrets.add(site.apiKey);
      return {
        status: 200,
        body: {
          id: `${site.id}/secrets`,
          name: 'secrets',
          type: 'Microsoft.Web/staticSites/secrets',
          properties: { apiKey: site.apiKey }
        }
      };
    }
  });
}
