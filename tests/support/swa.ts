/** The Static Web Apps and storage accounts of the default world (sandbox/staticsites, sandbox/storage). */
export const landingSite = {
  subscriptionId: '2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68',
  resourceGroup: 'rg-musafirgo-dev',
  name: 'swa-musafirgo-landing',
  hostname: 'gentle-dune-ea9342d6.westeurope.azurestaticapps.net'
};
export const webSite = {
  subscriptionId: '2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68',
  resourceGroup: 'rg-musafirgo-dev',
  name: 'swa-musafirgo-web',
  hostname: 'proud-island-1214a13f.westeurope.azurestaticapps.net'
};
/** The deployer has Storage Blob Data Contributor here. */
export const deployStorage = { account: 'stmusafirgodeploy', container: 'swa-deployments' };
/** And no data role here. */
export const sharedStorage = { account: 'stmusafirgoshared' };
