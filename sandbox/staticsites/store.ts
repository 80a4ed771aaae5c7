// The sites of every subscription, keyed case-insensitively by subscription, resource group and name as ARM resolves
// resource ids, and found by host name for the content host.
import { randomBytes } from 'node:crypto';
import type { StaticSiteSpec } from '../world.js';
import type { Build, Site } from './model.js';

const key = (sub: string, rg: string, name: string) => `${sub}/${rg}/${name}`.toLowerCase();

export class SitesStore {
  readonly sites = new Map<string, Site>();

  constructor(private readonly now: () => string) {}

  add(spec: StaticSiteSpec): Site {
    const site: Site = {
      id: `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.Web/staticSites/${spec.name}`,
      name: spec.name,
      subscriptionId: spec.subscriptionId,
      resourceGroup: spec.resourceGroup,
      location: spec.location ?? 'westeurope',
      sku: spec.sku ?? 'Standard',
      defaultHostname: spec.defaultHostname!,
      stagingEnvironmentPolicy: spec.stagingEnvironmentPolicy ?? 'Enabled',
      builds: new Map(),
      apiKey: randomBytes(48).toString('hex')
    };
    // A new site has its production build waiting for a first deployment (Azure serves a placeholder page).
    site.builds.set('default', this.newBuild('default', site.defaultHostname));
    this.sites.set(key(spec.subscriptionId, spec.resourceGroup, spec.name), site);
    return site;
  }

  newBuild(name: string, hostname: string): Build {
    const now = this.now();
    return {
      name,
      hostname,
      createdTimeUtc: now,
      lastUpdatedOn: now,
      status: 'WaitingForDeployment',
      deployments: 0
    };
  }

  site(sub: string, rg: string, name: string): Site | undefined {
    return this.sites.get(key(sub, rg, name));
  }

  /** A site by its name alone, for the tests' views. */
  named(name: string): Site | undefined {
    return [...this.sites.values()].find(s => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The site and build a host name serves. */
  byHost(host: string): { site: Site; build: Build } | undefined {
    const h = host.toLowerCase().replace(/:\d+$/, '');
    for (const site of this.sites.values())
      for (const build of site.builds.values())
        if (build.hostname.toLowerCase() === h) return { site, build };
    return undefined;
  }
}
