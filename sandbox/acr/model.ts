// What the ACR emulator holds: the registries of the world (each a front and a registry process), the calls their
// fronts answered, and the ARM body a registry is read as.
import type { ContainerRegistry } from '../world.js';
import type { RegistryProcess } from './controller.js';

export interface SandboxRegistry {
  name: string;
  loginServer: string;
  /** ARM resource id. */
  id: string;
  /** https://127.0.0.1:<port>: the same front `https://<name>.azurecr.io` reaches through the sandbox proxy. */
  url: string;
  /** The registry process itself: stop it to take the registry down, start it to bring it back. */
  process: RegistryProcess;
}

export interface RegistryCall {
  registry: string;
  method: string;
  path: string;
  status: number;
  /** What the token service decided: the identity and the access it granted (never a token). */
  detail?: Record<string, unknown>;
}

export const registryId = (r: ContainerRegistry) =>
  `/subscriptions/${r.subscriptionId}/resourceGroups/${r.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/${r.name}`;

/** A registry as ARM answers it (api-version 2025-11-01): a Premium registry with ACR's defaults. */
export function registryBody(r: SandboxRegistry, entry: ContainerRegistry) {
  return {
    id: r.id,
    name: r.name,
    type: 'Microsoft.ContainerRegistry/registries',
    location: entry.location ?? 'westeurope',
    tags: {},
    sku: { name: 'Premium', tier: 'Premium' },
    properties: {
      loginServer: r.loginServer,
      creationDate: '2026-01-12T09:30:00.0000000Z',
      provisioningState: 'Succeeded',
      adminUserEnabled: false,
      networkRuleSet: { defaultAction: 'Allow', ipRules: [] },
      policies: {
        quarantinePolicy: { status: 'disabled' },
        trustPolicy: { type: 'Notary', status: 'disabled' },
        retentionPolicy: {
          days: 7,
          lastUpdatedTime: '2026-01-12T09:30:00.0000000+00:00',
          status: 'disabled'
        },
        exportPolicy: { status: 'enabled' },
        azureADAuthenticationAsArmPolicy: { status: 'enabled' }
      },
      encryption: { status: 'disabled' },
      dataEndpointEnabled: false,
      dataEndpointHostNames: [],
      privateEndpointConnections: [],
      publicNetworkAccess: 'Enabled',
      networkRuleBypassOptions: 'AzureServices',
      networkRuleBypassAllowedForTasks: false,
      zoneRedundancy: 'Disabled',
      anonymousPullEnabled: false,
      roleAssignmentMode: 'LegacyRegistryPermissions'
    }
  };
}
