// API Management in the sandbox: ARM Microsoft.ApiManagement (services, APIs imported from OpenAPI or Swagger,
// version sets, revisions and releases, policies, products, subscriptions) as the official REST specification
// shapes them, and a working gateway per service at `<service>.azure-api.net` (and on a loopback port). The layers:
// model (resources and their ARM contracts), store (what a service holds), handlers (ARM), errors (validation
// details), gateway (the data plane), with openapi (imports) and policy (policy documents).
import type { Sandbox, SandboxService } from '../index.js';
import { Backends, gatewayHandler } from './gateway.js';
import { armRoutes } from './handlers.js';
import { documentDownloader } from './links.js';
import { ServiceState } from './store.js';

export { ServiceState } from './store.js';

export interface ApimService extends SandboxService {
  /** Each service of the world, by its lower-case name. */
  readonly services: Map<string, ServiceState>;
  /** A subscription's primary key, for tests and the demo (it is a secret: never print it). */
  key(service: string, subscription: string): string;
  /** Every key of every subscription, to scan logs for leaks. */
  keys(): string[];
  /** The gateway's loopback URL (`https://127.0.0.1:<port>`), as the service's `gatewayUrl` reports it. */
  gatewayUrl(service: string): string;
}

const running = new WeakMap<Sandbox, ApimService>();

/** The API Management emulator a sandbox runs (for the demo and benchmarks, which hold only the sandbox). */
export function apimServiceOf(sandbox: Sandbox): ApimService {
  const service = running.get(sandbox);
  if (!service)
    throw new Error('sandbox apim: this sandbox was started without apimService() in its services');
  return service;
}

/** The API Management emulator; pass it to `startSandbox({ services: [apimService()] })`. */
export function apimService(): ApimService {
  const services = new Map<string, ServiceState>();
  const service: ApimService = {
    name: 'apim',
    services,
    key(name, subscription) {
      const found = services.get(name.toLowerCase())?.subscriptions.get(subscription.toLowerCase());
      if (!found) throw new Error(`sandbox apim: no subscription '${subscription}' in service '${name}'`);
      return found.primaryKey;
    },
    keys: () =>
      [...services.values()].flatMap(s =>
        [...s.subscriptions.values()].flatMap(sub => [sub.primaryKey, sub.secondaryKey])
      ),
    gatewayUrl(name) {
      const state = services.get(name.toLowerCase());
      if (!state) throw new Error(`sandbox apim: no service '${name}'`);
      return state.gatewayUrl;
    },
    async start(sandbox) {
      running.set(sandbox, service);
      const backends = new Backends({
        proxyUrl: sandbox.urls.proxy,
        ca: sandbox.tls.ca,
        cert: sandbox.tls.cert
      });
      for (const definition of sandbox.world.apiManagement ?? []) {
        const state = new ServiceState(definition, sandbox.clock);
        state.gatewayUrl = await sandbox.serve('apim-gateway', gatewayHandler(state, backends), {
          hosts: [`${definition.name}.azure-api.net`]
        });
        services.set(definition.name.toLowerCase(), state);
      }
      armRoutes(sandbox, services, documentDownloader(backends));
      return async () => backends.close();
    }
  };
  return service;
}
