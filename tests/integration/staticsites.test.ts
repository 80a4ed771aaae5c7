// The sandbox's Static Web Apps (sandbox/staticsites) driven by the official @azure/arm-appservice client:
// listSecrets only for a role with its action, and a zip deployment whose package cannot be read fails as an
// operation, with the storage service's answer.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createWebSiteManagement } from '@azure/arm-appservice/api';
import {
  createZipDeploymentForStaticSite,
  getStaticSite,
  listStaticSiteBuilds,
  listStaticSiteSecrets
} from '@azure/arm-appservice/api/staticSites';
import { armClientOptions } from '../../actions/shared/arm.js';
import { resolveCloud, type Cloud } from '../../actions/shared/cloud.js';
import { GitHubOidcCredential } from '../../actions/shared/credential.js';
import { fetchIdToken } from '../../actions/shared/github-oidc.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { staticSitesService, type StaticSitesService } from '../../sandbox/staticsites/index.js';
import { storageService } from '../../sandbox/storage/index.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { landingSite } from '../support/swa.js';
import { deployer, promoter, tenantId } from '../support/world.js';

let sandbox: Sandbox;
let swa: StaticSitesService;
let cloud: Cloud;
let untrust: () => void;

function client(appId: string) {
  const env = sandbox.env();
  const credential = new GitHubOidcCredential({
    tenantId,
    clientId: appId,
    cloud,
    getIdToken: audience =>
      fetchIdToken(
        { url: env['ACTIONS_ID_TOKEN_REQUEST_URL']!, token: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']! },
        audience
      )
  });
  return createWebSiteManagement(credential, landingSite.subscriptionId, armClientOptions(cloud));
}

beforeAll(async () => {
  swa = staticSitesService();
  sandbox = await startSandbox({ services: [storageService(), swa] });
  untrust = sandboxTrust(sandbox);
  cloud = resolveCloud('AzureCloud', {
    AZURE_AUTHORITY_HOST: sandbox.urls.entra,
    AZURE_RESOURCE_MANAGER_ENDPOINT: sandbox.urls.arm
  });
}, 60_000);
afterAll(async () => {
  untrust();
  await sandbox.stop();
});

describe('Static Web Apps in the sandbox', () => {
  it('answers the site and its builds in the shapes the SDK reads', async () => {
    const site = await getStaticSite(client(deployer.appId), landingSite.resourceGroup, landingSite.name);
    expect(site).toMatchObject({
      name: landingSite.name,
      defaultHostname: landingSite.hostname,
      sku: { name: 'Standard' },
      stagingEnvironmentPolicy: 'Enabled'
    });
    const builds = [];
    for await (const build of listStaticSiteBuilds(
      client(promoter.appId),
      landingSite.resourceGroup,
      landingSite.name
    ))
      builds.push(build);
    expect(builds).toEqual([expect.objectContaining({ buildId: 'default', status: 'WaitingForDeployment' })]);
  });

  it('hands the deployment token to a Contributor only: a Reader is refused listSecrets', async () => {
    const secrets = await listStaticSiteSecrets(
      client(deployer.appId),
      landingSite.resourceGroup,
      landingSite.name
    );
    expect(swa.secrets()).toContain(secrets.properties?.['apiKey']);
    await expect(
      listStaticSiteSecrets(client(promoter.appId), landingSite.resourceGroup, landingSite.name)
    ).rejects.toMatchObject({
      statusCode: 403,
      code: 'AuthorizationFailed',
      message: expect.stringContaining("'Microsoft.Web/staticSites/listSecrets/action'")
    });
  });

  it('fails the zip deployment operation when its package cannot be downloaded', async () => {
    const poller = createZipDeploymentForStaticSite(
      client(deployer.appId),
      landingSite.resourceGroup,
      landingSite.name,
      {
        appZipUrl:
          'https://stmusafirgodeploy.blob.core.windows.net/swa-deployments/nothing.zip?sv=2025-01-05&sig=forged'
      }
    );
    await expect(poller.pollUntilDone()).rejects.toThrow(
      /The long-running operation has failed\. BadRequest\. The package at appZipUrl could not be downloaded: the storage service answered 40\d/
    );
    expect(swa.builds(landingSite.name)['default']).toMatchObject({ deployments: 0 });
  });
});
