import { ConfigurationError } from '../shared/errors.js';
import {
  boundedDuration,
  getBooleanInput,
  getListInput,
  getOptionalInput,
  getRequiredInput,
  quoted,
  requireGuid,
  requireOneOf,
  subscriptionInput
} from '../shared/inputs.js';

export const versioningSchemes = ['Segment', 'Header', 'Query'] as const;
export type VersioningScheme = (typeof versioningSchemes)[number];

export interface Inputs {
  subscriptionId: string;
  resourceGroup: string;
  serviceName: string;
  /** A file path or an http(s) URL. */
  spec: string;
  /** Where API Management can download the same document, for a file over the inline limit. */
  specLink?: string;
  /** Fail before anything is written when a rule warns (API Management would import the document differently). */
  failOnWarning?: boolean;
  /** How long the import (and a revision's creation) may take in API Management; default 10 minutes. */
  timeoutMs?: number;
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
/** "API URL length must be less than 128 characters" (API import restrictions: URL template requirements). */
export const MAX_PATH_LENGTH = 127;

function requireId(name: string, value: string, what: string): string {
  if (!idPattern.test(value)) {
    throw new ConfigurationError(
      `input '${name}' must be ${what}: letters, digits, '-', '_' or '.', at most 80 characters, not ${quoted(value)}`
    );
  }
  return value;
}

/** A header or query parameter name: an HTTP token of at most 100 characters (the version set's limit). */
function requireToken(name: string, value: string): string {
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/.test(value)) {
    throw new ConfigurationError(
      `input '${name}' must be a header or query parameter name (letters, digits and -._~ and the like, at most 100 characters), not ${quoted(value)}`
    );
  }
  return value;
}

/** A value sent in a header: visible ASCII only, so a newline or a non-ASCII character is named here, not by Node. */
function requireHeaderValue(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !/^[\x21-\x7e]{1,256}$/.test(value)) {
    throw new ConfigurationError(
      `input '${name}' must be an API Management subscription key (at most 256 visible ASCII characters, no spaces or newlines); check the secret it comes from`
    );
  }
  return value;
}

function requireUrl(name: string, value: string, what: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw new ConfigurationError(`input '${name}' must be an http(s) URL ${what}, not ${quoted(value)}`);
  }
  return url;
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const subscriptionId = subscriptionInput(env);
  const serviceName = getRequiredInput('service-name', 'the API Management service, e.g. musafirgo-apim');
  if (!servicePattern.test(serviceName)) {
    throw new ConfigurationError(
      `input 'service-name' must be an API Management service name (letters, digits and '-', starting with a letter), not ${quoted(serviceName)}`
    );
  }
  const resourceGroup = getRequiredInput(
    'resource-group',
    'the resource group of the API Management service'
  );
  if (!/^[-\w.()]{1,90}$/.test(resourceGroup) || resourceGroup.endsWith('.')) {
    throw new ConfigurationError(
      `input 'resource-group' must be a resource group name (letters, digits, '_', '-', '.', '(' and ')', at most 90 characters, not ending with '.'), not ${quoted(resourceGroup)}`
    );
  }
  const spec = getRequiredInput('spec', 'the OpenAPI document: a file in the repository or an https URL');
  const path = getRequiredInput('path', "the API's URL suffix on the gateway, e.g. itinerary").replace(
    /^\/+|\/+$/g,
    ''
  );
  if (path.length > MAX_PATH_LENGTH) {
    throw new ConfigurationError(
      `input 'path' is ${path.length} characters; API Management takes an API URL under 128 characters, so at most ${MAX_PATH_LENGTH}: ${quoted(path)}`
    );
  }
  if (!/^[A-Za-z0-9._~\-/]*$/.test(path)) {
    throw new ConfigurationError(
      `input 'path' must be a URL path (letters, digits, '-', '.', '_', '~' and '/'), not ${quoted(path)}`
    );
  }
  const serviceUrl = getOptionalInput('service-url');
  if (serviceUrl !== undefined) {
    requireUrl('service-url', serviceUrl, "of the backend (e.g. the 'url' output of deploy-aca)");
    if (serviceUrl.length > 2000) {
      throw new ConfigurationError(
        `input 'service-url' is ${serviceUrl.length} characters; API Management takes a service URL of at most 2000`
      );
    }
  }
  if (/^https?:\/\//i.test(spec)) requireUrl('spec', spec, 'of the OpenAPI document');
  const specLink = getOptionalInput('spec-link');
  if (specLink !== undefined) {
    if (/^https?:\/\//i.test(spec)) {
      throw new ConfigurationError(
        "input 'spec-link' is for a 'spec' file too large to send inline; 'spec' is a URL already, which API Management downloads itself"
      );
    }
    requireUrl('spec-link', specLink, 'where API Management can download the same document');
  }
  const timeout = getOptionalInput('timeout') ?? '10m';
  const timeoutMs = boundedDuration('timeout', timeout, 1000);
  const apiVersion = getOptionalInput('api-version');
  if (apiVersion !== undefined && !/^[A-Za-z0-9._-]{1,40}$/.test(apiVersion)) {
    throw new ConfigurationError(
      `input 'api-version' must be a version name such as v1 (letters, digits, '.', '_' or '-', at most 40 characters), not ${quoted(apiVersion)}`
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
  const apiIdInput = getOptionalInput('api-id');
  const derivedId = [path.replace(/\//g, '-') || 'api', apiVersion].filter(Boolean).join('-');
  if (apiIdInput === undefined && !idPattern.test(derivedId)) {
    throw new ConfigurationError(
      `input 'path' gives the API id ${quoted(derivedId)}, which is not an API Management id (letters, digits, '-', '_' or '.', at most 80 characters); set 'api-id'`
    );
  }
  const apiId = requireId('api-id', apiIdInput ?? derivedId, 'an API id');
  const newRevision = getBooleanInput('new-revision', false);
  const revisionSmoke = getOptionalInput('revision-smoke');
  if (revisionSmoke && !newRevision) {
    throw new ConfigurationError(
      "input 'revision-smoke' tests a new revision before release: set 'new-revision: true' too"
    );
  }
  const releaseNotes = getOptionalInput('release-notes');
  const displayName = getOptionalInput('display-name');
  if (displayName && displayName.length > 300) {
    throw new ConfigurationError(
      `input 'display-name' is ${displayName.length} characters; API Management takes a display name of 1 to 300`
    );
  }
  return {
    subscriptionId: requireGuid('subscription-id', subscriptionId, 'subscription ID'),
    resourceGroup,
    serviceName,
    spec,
    specLink,
    failOnWarning: getBooleanInput('fail-on-warning', false),
    timeoutMs,
    apiId,
    path,
    serviceUrl,
    displayName,
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
            scheme === 'Header'
              ? requireToken('version-header-name', getOptionalInput('version-header-name') ?? 'Api-Version')
              : undefined,
          queryName:
            scheme === 'Query'
              ? requireToken('version-query-name', getOptionalInput('version-query-name') ?? 'api-version')
              : undefined
        }
      : undefined,
    subscriptionRequired: getBooleanInput('subscription-required', true),
    products: getListInput('products', { commas: true }).map(product =>
      requireId('products', product, 'a list of product ids')
    ),
    policyFile: getOptionalInput('policy'),
    newRevision,
    release: getBooleanInput('release', true),
    releaseNotes,
    revisionSmoke,
    subscriptionKey: requireHeaderValue('subscription-key', getOptionalInput('subscription-key'))
  };
}
