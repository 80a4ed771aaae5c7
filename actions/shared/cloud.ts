import { ConfigurationError } from './errors.js';

/** Where an Azure cloud's identity and management endpoints are, and which OIDC audience it trusts. */
export interface Cloud {
  name: CloudName;
  authorityHost: string;
  armEndpoint: string;
  /** The resource ARM tokens are issued for: its `/.default` scope is what ARM clients request. */
  armAudience: string;
  /** The audience Entra expects in a GitHub ID token used as a federated credential. */
  tokenExchangeAudience: string;
  /** True when AZURE_AUTHORITY_HOST or AZURE_RESOURCE_MANAGER_ENDPOINT moved an endpoint (the sandbox, Azure Stack). */
  custom: boolean;
}

export const cloudNames = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'] as const;
export type CloudName = (typeof cloudNames)[number];

const clouds: Record<CloudName, Omit<Cloud, 'custom'>> = {
  AzureCloud: {
    name: 'AzureCloud',
    authorityHost: 'https://login.microsoftonline.com',
    armEndpoint: 'https://management.azure.com',
    armAudience: 'https://management.azure.com',
    tokenExchangeAudience: 'api://AzureADTokenExchange'
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    authorityHost: 'https://login.microsoftonline.us',
    armEndpoint: 'https://management.usgovcloudapi.net',
    armAudience: 'https://management.usgovcloudapi.net',
    tokenExchangeAudience: 'api://AzureADTokenExchangeUSGov'
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    authorityHost: 'https://login.chinacloudapi.cn',
    armEndpoint: 'https://management.chinacloudapi.cn',
    armAudience: 'https://management.chinacloudapi.cn',
    tokenExchangeAudience: 'api://AzureADTokenExchangeChina'
  }
};

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function httpsUrl(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${variable} must be an https URL, not '${value}'`);
  }
  if (url.protocol !== 'https:')
    throw new ConfigurationError(`${variable} must be an https URL, not '${value}'`);
  return trimSlash(url.origin + url.pathname);
}

/**
 * The cloud named by `environment` (Azure/login's names, any letter case), with endpoints moved by
 * AZURE_AUTHORITY_HOST and AZURE_RESOURCE_MANAGER_ENDPOINT when set. The ARM audience never moves:
 * tokens are for ARM wherever it is served from.
 */
export function resolveCloud(environment: string | undefined, env: NodeJS.ProcessEnv = process.env): Cloud {
  const requested = environment ?? env['AZURE_ENVIRONMENT'] ?? 'AzureCloud';
  const name = cloudNames.find(n => n.toLowerCase() === requested.toLowerCase());
  if (!name) {
    throw new ConfigurationError(
      `input 'environment' must be one of ${cloudNames.join(', ')}, not '${requested}' (for another cloud set AZURE_AUTHORITY_HOST and AZURE_RESOURCE_MANAGER_ENDPOINT)`
    );
  }
  const base = clouds[name];
  const authorityHost = env['AZURE_AUTHORITY_HOST']
    ? httpsUrl('AZURE_AUTHORITY_HOST', env['AZURE_AUTHORITY_HOST'])
    : base.authorityHost;
  const armEndpoint = env['AZURE_RESOURCE_MANAGER_ENDPOINT']
    ? httpsUrl('AZURE_RESOURCE_MANAGER_ENDPOINT', env['AZURE_RESOURCE_MANAGER_ENDPOINT'])
    : base.armEndpoint;
  return {
    ...base,
    authorityHost,
    armEndpoint,
    custom: authorityHost !== base.authorityHost || armEndpoint !== base.armEndpoint
  };
}

export function armScope(cloud: Cloud): string {
  return `${cloud.armAudience}/.default`;
}
