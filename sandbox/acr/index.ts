// Azure Container Registry in the sandbox: for each registry of the world, a real distribution registry
// process behind a Node HTTPS front that answers ACR's token service (/oauth2/exchange, /oauth2/token) itself
// and streams /v2/* to the registry unbuffered; ARM routes for Microsoft.ContainerRegistry/registries,
// importImage included (a real server-side copy between the registry processes). The layers: model (registries,
// calls, ARM body), auth (the token service and its tokens), front (each registry's HTTPS front), handlers (ARM),
// controller (the registry processes), copy (importImage's copy), errors (the distribution error format).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Faults, type FaultRule } from '../core.js';
import type { SandboxService } from '../index.js';
import { closeServers, listen } from '../servers.js';
import { AcrTokens, TokenService } from './auth.js';
import { manifestDigest, RegistryProcess } from './controller.js';
import { registryFront } from './front.js';
import { armRoutes } from './handlers.js';
import { registryId, type RegistryCall, type SandboxRegistry } from './model.js';

export { nullGuid } from './auth.js';
export type { RegistryCall, SandboxRegistry } from './model.js';

export interface AcrService extends SandboxService {
  registries: Map<string, SandboxRegistry>;
  registry(name: string): SandboxRegistry;
  /**
   * Scripted registry failures, in the sandbox's one fault shape (service `acr`): an ACR error status (503 when
   * neither a status nor a reset is given), `reset` to drop the connection, `registry` to fault one registry only.
   */
  faults: { add(rule: Omit<FaultRule, 'service'>): void; clear(): void };
  calls(): RegistryCall[];
  /** Every refresh and access token handed out, to scan logs for leaks. */
  issuedSecrets(): string[];
  /**
   * importImage operations started from now on answer InProgress for `polls` status polls before they copy
   * (Infinity: they never finish, as a stuck import does); undefined goes back to the world's pacing.
   */
  holdImports(polls: number | undefined): void;
}

/** The ACR emulator; pass it to `startSandbox({ services: [acrService()] })`. */
export function acrService(): AcrService {
  const registries = new Map<string, SandboxRegistry>();
  const faults = new Faults();
  const calls: RegistryCall[] = [];
  const secrets = new Set<string>();
  let importPolls: number | undefined;

  return {
    name: 'acr',
    holdImports: polls => {
      importPolls = polls;
    },
    registries,
    registry(name) {
      const found = registries.get(name);
      if (!found) throw new Error(`the sandbox has no registry '${name}'`);
      return found;
    },
    faults: {
      add: rule => faults.add({ ...rule, service: 'acr' }),
      clear: () => faults.clear()
    },
    calls: () => [...calls],
    issuedSecrets: () => [...secrets],
    async start(sandbox) {
      const dir = mkdtempSync(join(tmpdir(), 'musafirgo-acr-'));
      const bundle = join(dir, 'token-certs.pem');
      writeFileSync(bundle, sandbox.tls.cert + sandbox.tls.ca);
      const tokenService = new TokenService(sandbox, await AcrTokens.create(sandbox.tls), secrets);
      const fronts: https.Server[] = [];

      for (const entry of sandbox.world.containerRegistries ?? []) {
        const loginServer = `${entry.name.toLowerCase()}.azurecr.io`;
        const registry: SandboxRegistry = {
          name: entry.name,
          loginServer,
          id: registryId(entry),
          url: '',
          process: new RegistryProcess(loginServer, mkdtempSync(join(dir, `${entry.name}-`)), bundle)
        };
        registries.set(entry.name, registry);
        await registry.process.start();
        const server = https.createServer(
          { key: sandbox.tls.key, cert: sandbox.tls.cert },
          registryFront(registry, { faults, calls, tokenService })
        );
        const port = await listen(server);
        fronts.push(server);
        registry.url = `https://127.0.0.1:${port}`;
        sandbox.routeHost(loginServer, port);
      }
      // Tools (buildah, skopeo, docker) reach <name>.azurecr.io through the proxy, and trust the sandbox CA
      // through SSL_CERT_FILE (Go); loopback URLs stay direct.
      sandbox.addEnv({
        HTTPS_PROXY: sandbox.urls.proxy,
        NO_PROXY: '127.0.0.1,localhost',
        SSL_CERT_FILE: sandbox.caCertPath,
        MUSAFIRGO_SANDBOX_REGISTRIES: [...registries.values()].map(r => `${r.loginServer}=${r.url}`).join(',')
      });

      armRoutes(sandbox, registries, tokenService, () => importPolls);
      sandbox.arm.resourceSource('Microsoft.ContainerRegistry/registries', () =>
        (sandbox.world.containerRegistries ?? []).flatMap(e => {
          const r = registries.get(e.name);
          return r
            ? [
                {
                  id: r.id,
                  name: r.name,
                  type: 'Microsoft.ContainerRegistry/registries',
                  location: e.location ?? 'westeurope',
                  tags: {},
                  sku: { name: 'Premium', tier: 'Premium' }
                }
              ]
            : [];
        })
      );

      // What a pull from Azure's side finds (Container Apps, AKS): asked of the registry process itself, with a
      // pull token the service mints for its own control plane.
      for (const registry of registries.values()) {
        sandbox.images.register(registry.loginServer, async (repository, reference) => {
          const token = await tokenService.internal(registry, 'control-plane', [
            { type: 'repository', name: repository, actions: ['pull'] }
          ]);
          const found = await manifestDigest(registry.process.port, repository, reference, token);
          return found && { ...found, pullable: true };
        });
      }

      return async () => {
        await Promise.all([...registries.values()].map(r => r.process.stop()));
        await closeServers(fronts);
        rmSync(dir, { recursive: true, force: true });
      };
    }
  };
}
