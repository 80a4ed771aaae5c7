// What Static Web Apps holds: sites and their builds (the production build is `default`, the others are preview
// environments), each build's deployed content, and their ARM bodies (api-version 2025-05-01 shapes, as in the
// spec's GetStaticSite and GetStaticSiteBuilds examples).
import type { SiteConfig } from './routing.js';

export interface Content {
  files: Map<string, Buffer>;
  config: SiteConfig;
  /** The API package's function folders, when one was deployed (the sandbox stores it; it does not run it). */
  functions?: string[];
}

export interface Build {
  /** `default` for production, else the environment's name. */
  name: string;
  hostname: string;
  createdTimeUtc: string;
  lastUpdatedOn: string;
  status: 'WaitingForDeployment' | 'Uploading' | 'Deploying' | 'Ready' | 'Failed' | 'Deleting';
  content?: Content;
  deploymentTitle?: string;
  /** Deployments done, for the tests' views. */
  deployments: number;
}

export interface Site {
  id: string;
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  sku: 'Free' | 'Standard';
  defaultHostname: string;
  stagingEnvironmentPolicy: 'Enabled' | 'Disabled';
  builds: Map<string, Build>;
  /** The deployment token listSecrets answers with (never used by our action). */
  apiKey: string;
}

/** Preview environments a site may have at once, by plan (Microsoft's Static Web Apps quotas). */
export const previewLimit = { Free: 3, Standard: 10 } as const;

/** `<label>-<environment>.<location>.azurestaticapps.net` for `<label>.<location>.azurestaticapps.net`. */
export function previewHostname(site: Site, environment: string): string {
  const [label, ...rest] = site.defaultHostname.split('.');
  return [`${label}-${environment}`, ...rest].join('.');
}

const displayLocation = (location: string) =>
  ({
    westeurope: 'West Europe',
    westus2: 'West US 2',
    eastus2: 'East US 2',
    centralus: 'Central US',
    eastasia: 'East Asia'
  })[location] ?? location;

export function siteBody(site: Site) {
  return {
    id: site.id,
    name: site.name,
    type: 'Microsoft.Web/staticSites',
    location: displayLocation(site.location),
    tags: {},
    properties: {
      defaultHostname: site.defaultHostname,
      customDomains: [],
      privateEndpointConnections: [],
      contentDistributionEndpoint: '',
      keyVaultReferenceIdentity: 'SystemAssigned',
      userProvidedFunctionApps: null,
      linkedBackends: [],
      stagingEnvironmentPolicy: site.stagingEnvironmentPolicy,
      allowConfigFileUpdates: true,
      provider: 'None',
      publicNetworkAccess: 'Enabled'
    },
    sku: { name: site.sku, tier: site.sku }
  };
}

export function buildBody(site: Site, build: Build) {
  return {
    id: `${site.id}/builds/${build.name}`,
    name: build.name,
    type: 'Microsoft.Web/staticSites/builds',
    properties: {
      buildId: build.name,
      sourceBranch: null,
      pullRequestTitle: build.deploymentTitle ?? null,
      hostname: build.hostname,
      createdTimeUtc: build.createdTimeUtc,
      lastUpdatedOn: build.lastUpdatedOn,
      status: build.status,
      userProvidedFunctionApps: null,
      linkedBackends: []
    }
  };
}
