// Azure Static Web Apps (ARM Microsoft.Web/staticSites, api-version 2025-05-01 shapes, the one @azure/arm-appservice 19
// sends): the sites declared under `staticSites:` in the world, their builds (production `default` and named preview
// environments), zip deployments as long-running operations that download their package from appZipUrl (a blob
// with a SAS, from sandbox/storage), and a content host serving each build at its host name through the proxy,
// honouring its staticwebapp.config.json. The layers: model (sites, builds, ARM bodies), store, handlers (ARM),
// controller (a deployment: download, unzip, config, swap), routing (how a request is answered), content (the
// content host), zip (the package reader).
import https from 'node:https';
import { Faults, type FaultRule } from '../core.js';
import type { Sandbox, SandboxService } from '../index.js';
import { closeServers, listen } from '../servers.js';
import { contentHost, type ContentCall } from './content.js';
import { DeploymentController } from './controller.js';
import { armRoutes } from './handlers.js';
import type { Build } from './model.js';
import { SitesStore } from './store.js';

export type { ContentCall } from './content.js';

export interface StaticSitesOptions {
  /** Status polls that answer InProgress before a deployment or a deletion completes; default the world's (0). */
  deploymentPolls?: number;
  retryAfterSeconds?: number;
}

export interface BuildView {
  name: string;
  hostname: string;
  status: Build['status'];
  deployments: number;
  files: string[];
  functions?: string[];
}

export interface StaticSitesService extends SandboxService {
  /** A site's builds by name (`default` is production), for assertions. */
  builds(site: string): Record<string, BuildView>;
  /**
   * From now on, deployments of this build succeed but what it serves stays as it is: an edge that keeps serving
   * the previous content, for the test of a deploy whose content is not served afterwards.
   */
  holdContent(site: string, environment?: string): void;
  /** Scripted failures of the content host (service `staticsites`; `registry` names the host). */
  faults: { add(rule: Omit<FaultRule, 'service'>): void; clear(): void };
  calls(): ContentCall[];
  /** Deployment tokens listSecrets handed out and SAS signatures seen in appZipUrl, to scan logs for leaks. */
  secrets(): string[];
  readonly contentUrl: string;
}

/** The Static Web Apps emulator; start it with storageService(), which serves the blobs its packages come from. */
export function staticSitesService(options: StaticSitesOptions = {}): StaticSitesService {
  let sandbox: Sandbox | undefined;
  let contentUrl = '';
  const now = () => sandbox!.clock.now().toISOString();
  const store = new SitesStore(now);
  const secrets = new Set<string>();
  const faults = new Faults();
  const calls: ContentCall[] = [];
  const controller = new DeploymentController(() => sandbox!, now, secrets);
  const site = (name: string) => {
    const found = store.named(name);
    if (!found) throw new Error(`the sandbox has no static site '${name}'`);
    return found;
  };

  return {
    name: 'staticsites',
    get contentUrl() {
      return contentUrl;
    },
    builds: name =>
      Object.fromEntries(
        [...site(name).builds.values()].map(b => [
          b.name,
          {
            name: b.name,
            hostname: b.hostname,
            status: b.status,
            deployments: b.deployments,
            files: [...(b.content?.files.keys() ?? [])].sort(),
            ...(b.content?.functions ? { functions: b.content.functions } : {})
          }
        ])
      ),
    holdContent: (name, environment = 'default') => {
      controller.held.add(`${site(name).id}/builds/${environment}`.toLowerCase());
    },
    faults: { add: rule => faults.add({ ...rule, service: 'staticsites' }), clear: () => faults.clear() },
    calls: () => [...calls],
    secrets: () => [...secrets],
    async start(s) {
      sandbox = s;
      for (const spec of s.world.staticSites ?? []) store.add(spec);
      armRoutes({
        sandbox: s,
        store,
        controller,
        secrets,
        ...(options.deploymentPolls !== undefined ? { polls: options.deploymentPolls } : {}),
        ...(options.retryAfterSeconds !== undefined ? { retryAfterSeconds: options.retryAfterSeconds } : {})
      });
      const server = https.createServer(
        { key: s.tls.key, cert: s.tls.cert },
        contentHost(store, { faults, calls })
      );
      const port = await listen(server);
      contentUrl = `https://127.0.0.1:${port}`;
      // The proxy's wildcards cover one label: each location's domain gets its own.
      for (const spec of s.world.staticSites ?? [])
        s.routeHost(`*.${spec.defaultHostname!.split('.').slice(1).join('.')}`, port);
      s.addEnv({ HTTPS_PROXY: s.urls.proxy, NO_PROXY: '127.0.0.1,localhost' });
      return () => closeServers([server]);
    }
  };
}
