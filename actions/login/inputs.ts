import { cloudNames, type CloudName } from '../shared/cloud.js';
import { ConfigurationError } from '../shared/errors.js';
import { getBooleanInput, getOptionalInput, isGuid, requireGuid, requireOneOf } from '../shared/inputs.js';

export interface Inputs {
  clientId: string;
  tenantId: string;
  subscriptionId?: string;
  allowNoSubscriptions: boolean;
  environment: CloudName;
  /** Undefined means the cloud's token-exchange audience. */
  audience?: string;
  azCli: boolean;
}

const tenantDomain = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/**
 * The inputs, validated before any network call. Each falls back to the variable later steps read
 * (AZURE_CLIENT_ID, ...), so a job can set them once as `env:`.
 */
export function getInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const clientId = getOptionalInput('client-id') ?? env['AZURE_CLIENT_ID'];
  const tenantId = getOptionalInput('tenant-id') ?? env['AZURE_TENANT_ID'];
  const subscriptionId = getOptionalInput('subscription-id') ?? env['AZURE_SUBSCRIPTION_ID'];
  const allowNoSubscriptions = getBooleanInput('allow-no-subscriptions', false);

  if (!clientId) {
    throw new ConfigurationError(
      "input 'client-id' is required: the Application (client) ID of the app registration or managed identity that trusts this repository"
    );
  }
  if (!tenantId) {
    throw new ConfigurationError(
      "input 'tenant-id' is required: the Directory (tenant) ID the identity lives in"
    );
  }
  if (!isGuid(tenantId) && !tenantDomain.test(tenantId)) {
    throw new ConfigurationError(
      `input 'tenant-id' must be a tenant GUID or domain (contoso.onmicrosoft.com), not '${tenantId}'`
    );
  }
  if (!subscriptionId && !allowNoSubscriptions) {
    throw new ConfigurationError(
      "input 'subscription-id' is required unless 'allow-no-subscriptions' is true (tenant-level access only)"
    );
  }
  const environment = requireOneOf(
    'environment',
    getOptionalInput('environment') ?? 'AzureCloud',
    cloudNames
  );
  const audience = getOptionalInput('audience');
  if (audience !== undefined && /\s/.test(audience)) {
    throw new ConfigurationError(`input 'audience' must be a single value without spaces, not '${audience}'`);
  }

  return {
    clientId: requireGuid('client-id', clientId, 'Application (client) ID'),
    tenantId: isGuid(tenantId) ? tenantId.toLowerCase() : tenantId,
    subscriptionId: subscriptionId
      ? requireGuid('subscription-id', subscriptionId, 'subscription ID')
      : undefined,
    allowNoSubscriptions,
    environment,
    audience,
    azCli: getBooleanInput('az-cli', false)
  };
}
