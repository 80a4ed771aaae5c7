/** Ids of the default sandbox world (sandbox/world.default.yaml), named for tests, the demo and benchmarks. */
export const tenantId = '6f1c2a7e-3b9d-4e52-8a61-2d4f7c9b0e13';
export const tenantDomain = 'musafirgo.onmicrosoft.com';
export const deployer = {
  appId: '8b2e4d61-5c3a-4f7e-9d18-0a6b3c5e7f92',
  objectId: '3d9a7c15-2e6b-4a88-b1f4-7c0e5d2a9b36'
};
/** Trusted by Entra for the main branch, but without any role assignment. */
export const noRoles = {
  appId: 'c4f81a2b-7d3e-4b95-a6c0-9e2d1f8b3a57',
  objectId: 'e7b35d92-1f4a-4c6e-8b27-5a0d9c3f6e41'
};
export const devSubscription = { id: '2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68', name: 'musafirgo-dev' };
export const prodSubscription = { id: '9e3b7c52-4a1d-4e86-a9f3-1b5c8d2e7a04', name: 'musafirgo-prod' };

export const loginInputs = {
  'client-id': deployer.appId,
  'tenant-id': tenantId,
  'subscription-id': devSubscription.id
};

/** The API Management service of the dev subscription (sandbox/apim). */
export const apim = {
  name: 'musafirgo-apim',
  resourceGroup: 'rg-musafirgo-dev',
  subscriptionId: devSubscription.id,
  /** A subscription whose keys open every API of the service. */
  smokeSubscription: 'smoke-tests'
};

/** The Container App of the default world (sandbox/containerapps), in Multiple mode, its first revision at 100 %. */
export const itineraryApp = {
  subscriptionId: devSubscription.id,
  resourceGroup: 'rg-musafirgo-dev',
  name: 'itinerary',
  environment: 'cae-musafirgo-dev',
  defaultDomain: 'kindsea-4f2a9c1e.westeurope.azurecontainerapps.io',
  initialRevision: 'itinerary--initial',
  container: 'itinerary',
  sidecar: 'otel-collector',
  registry: 'musafirgodev.azurecr.io'
};

/** Promotes images into prod (sandbox/acr): Reader on both subscriptions, importer and AcrPush on musafirgoprod. */
export const promoter = {
  appId: '1f6b9c3e-8a2d-4e57-b4c1-6d0e9a7f2b58',
  objectId: 'a93c5e17-4b8f-4d2a-9e61-3f7b0c8d5a24'
};
/** The container registries of the default world (sandbox/acr). */
export const devRegistry = {
  name: 'musafirgodev',
  loginServer: 'musafirgodev.azurecr.io',
  id: '/subscriptions/2a6d9e14-8c3b-4f71-b5e2-7d0a1c4f9b68/resourceGroups/rg-musafirgo-dev/providers/Microsoft.ContainerRegistry/registries/musafirgodev'
};
export const prodRegistry = {
  name: 'musafirgoprod',
  loginServer: 'musafirgoprod.azurecr.io',
  id: '/subscriptions/9e3b7c52-4a1d-4e86-a9f3-1b5c8d2e7a04/resourceGroups/rg-musafirgo-prod/providers/Microsoft.ContainerRegistry/registries/musafirgoprod'
};

/** Deploys to prod (sandbox/containerapps' prod itinerary app): Reader on prod, Contributor on rg-musafirgo-prod. */
export const prodDeployer = {
  appId: '5e0a7c93-2b6d-4f18-9c4e-8a1d3f7b2e60',
  objectId: '7b41d2e8-9c3a-4e65-b07f-1a2c8e5d9f34'
};
/** The prod Container App of the default world. */
export const prodItineraryApp = {
  subscriptionId: prodSubscription.id,
  resourceGroup: 'rg-musafirgo-prod',
  name: 'itinerary',
  environment: 'cae-musafirgo-prod',
  defaultDomain: 'brightdune-7c3e1a2b.westeurope.azurecontainerapps.io'
};

/** The AKS cluster of the default world (sandbox/aks): the deployer may write workloads, nobody else. */
export const aksCluster = {
  subscriptionId: devSubscription.id,
  resourceGroup: 'rg-musafirgo-dev',
  name: 'aks-musafirgo-dev'
};

/** The platform's identities (workflows/README.md's role table), one per environment for every service repository. */
export const platform = {
  devDeployer: {
    appId: '0b4f8e21-7c6a-4d93-b1e5-3a9d2c7f6e18',
    objectId: '6e2a9d47-1b8c-4f35-a7d0-5c3e8b1f9a62'
  },
  promoter: {
    appId: '9d3c6a18-4e7b-4a52-8f91-2b6e0d4c7a35',
    objectId: '4a7e1c93-8d2f-4b60-9e45-7c1b3a6d8f20'
  },
  prodDeployer: {
    appId: '3f8b2d65-9a1e-4c47-b6d3-8e0a5c2f7b91',
    objectId: 'b2d6f048-3c7a-4e19-a85b-1f9e4d7c3a60'
  },
  devResourceGroup: 'musafirgo-dev-rg',
  prodResourceGroup: 'musafirgo-prod-rg',
  devApim: 'musafirgo-dev-apim',
  prodApim: 'musafirgo-prod-apim',
  devCluster: 'musafirgo-dev-aks'
};
