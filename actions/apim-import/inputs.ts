import { ConfigurationError } from '../shared/errors.js';
import {
  getBooleanInput,
  getListInput,
  getOptionalInput,
  getRequiredInput,
  requireGuid,
  requireOneOf
} from '../shared/inputs.js';

export const versioningSchemes = ['Segment', 'Header', 'Query'] as const;
export type VersioningScheme = (typeof versioningSchemes)[number];

export interface Inputs {
  subscriptionId: string;
  resourceGroup: string;
  serviceName: string;
  /** A file path or an http(s) URL. */
  spec: string;
  apiId: string;
  /** The API URL suffix on the gateway, without slashes at either end. */
  path: string;
  serviceUrl?: string;
  displayName?: string;
  apiVersion?: string;
  versionSet?: { id: string; scheme: VersioningScheme; headerName?: string; queryName?: string };
  subscriptionRequired: boolean;
  products: string[];
  policyFile?: string;
  newRevision: boolean;
  release: boolean;
  releaseNotes?: string;
  /** Smoke checks run against a new revision before it is released. */
  revisionSmoke?: string;
  subscriptionKey?: string;
}

// API Management ids: letters, digits, '-', '_' and '.', at most 80 characters (its own rule is looser).
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
const servicePattern = /^[a-zA-Z](?:[a-zA-Z0-9-]{0,48}[a-zA-Z0-9])?$/;

function requireId(name: string, value: string, what: string): string {
  if (!idPattern.test(value)) {
    throw new ConfigurationError(
      `input '${name}' must be ${what}: letters, digits, '-', '_' or '.', at most 80 characters, not '${value}'`
    );
  }
  return value;
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const subscriptionId = getOptionalInput('subscription-id') ?? env['AZURE_SUBSCRIPTION_ID'];
  if (!subscriptionId) {
    throw new ConfigurationError(
      "input 'subscription-id' is required (or run musafirgo/actions/login with a subscription earlier in the job)"
    );
  }
  const serviceName = getRequiredInput('service-name', 'the API Management service, e.g. musafirgo-apim');
  if (!servicePattern.test(serviceName)) {
    throw new ConfigurationError(
      `input 'service-name' must be an API Management service name (letters, digits and '-', starting with a letter), not '${serviceName}'`
    );
  }
  const resourceGroup = getRequiredInput(
    'resource-group',
    'the resource group of the API Management service'
  );
  const spec = getRequiredInput('spec', 'the OpenAPI document: a file in the repository or an https URL');
  const path = getRequiredInput('path', "the API's URL suffix on the gateway, e.g. itinerary").replace(
    /^\/+|\/+$/g,
    ''
  );
  if (!/^[A-Za-z0-9._~\-/]*$/.test(path)) {
    throw new ConfigurationError(
      `input 'path' must be a URL path (letters, digits, '-', '.', '_', '~' and '/'), not '${path}'`
    );
  }
  const serviceUrl = getOptionalInput('service-url');
  if (serviceUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(serviceUrl);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) {
      throw new ConfigurationError(
        `input 'service-url' must be an http(s) URL of the backend (e.g. the 'url' output of deploy-aca), not '${serviceUrl}'`
      );
    }
  }
  const apiVersion = getOptionalInput('api-version');
  if (apiVersion !== undefined && !/^[A-Za-z0-9._-]{1,40}$/.test(apiVersion)) {
    throw new ConfigurationError(
      `input 'api-version' must be a version name such as v1, not '${apiVersion}'`
    );
  }
  const versionSetInput = getOptionalInput('version-set');
  if (versionSetInput && !apiVersion) {
    throw new ConfigurationError(
      "input 'version-set' needs 'api-version' (the version this document is, e.g. v1)"
    );
  }
  const scheme = requireOneOf(
    'versioning-scheme',
    getOptionalInput('versioning-scheme') ?? 'Segment',
    versioningSchemes
  );
  const apiId = requireId(
    'api-id',
    getOptionalInput('api-id') ?? [path.replace(/\//g, '-') || 'api', apiVersion].filter(Boolean).join('-'),
    'an API id'
  );
  const newRevision = getBooleanInput('new-revision', false);
  const revisionSmoke = getOptionalInput('revision-smoke');
  if (revisionSmoke && !newRevision) {
    throw new ConfigurationError(
      "input 'revision-smoke' tests a new revision before release: set 'new-revision: true' too"
    );
  }
  return {
    subscriptionId: requireGuid('subscription-id', subscriptionId, 'subscription ID'),
    resourceGroup,
    serviceName,
    spec,
    apiId,
    path,
    serviceUrl,
    displayName: getOptionalInput('display-name'),
    apiVersion,
    versionSet: apiVersion
      ? {
          id: requireId(
            'version-set',
            versionSetInput ?? (path.replace(/\//g, '-') || apiId),
            'a version set id'
          ),
          scheme,
          headerName:
            scheme === 'Header' ? (getOptionalInput('version-header-name') ?? 'Api-Version') : undefined,
          queryName:
            scheme === 'Query' ? (getOptionalInput('version-query-name') ?? 'api-version') : undefined
        }
      : undefined,
    subscriptionRequired: getBooleanInput('subscription-required', true),
    products: getListInput('products', { commas: true }).map(product =>
      requireId('products', product, 'a list of product ids')
    ),
    policyFile: getOptionalInput('policy'),
    newRevision,
    release: getBooleanInput('release', true),
    releaseNotes: getOptionalInput('release-notes'),
    revisionSmoke,
    subscriptionKey: getOptionalInput('subscription-key')
  };
}
