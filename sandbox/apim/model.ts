// The API Management resource model: what a service holds (APIs and their revisions and releases, version sets,
// products, subscriptions, policies) and the ARM contracts (Microsoft.ApiManagement shapes) it answers with.
import { createHash } from 'node:crypto';
import type { OperationContract } from './openapi.js';
import type { PolicyDocument } from './policy.js';
import type { ServiceState } from './store.js';

export const NS = 'Microsoft.ApiManagement';

export interface ApiProperties {
  displayName?: string;
  description?: string;
  path?: string;
  serviceUrl?: string;
  protocols?: string[];
  subscriptionRequired?: boolean;
  apiVersion?: string;
  apiVersionSetId?: string;
  apiVersionDescription?: string;
  apiRevision?: string;
  apiRevisionDescription?: string;
  /** The API's type on the wire (`http`, `soap`, ...); requests may give it as `apiType`. */
  type?: string;
  subscriptionKeyParameterNames?: { header?: string; query?: string };
  [other: string]: unknown;
}

export interface Policy {
  xml: string;
  doc: PolicyDocument;
}

export interface ApiRevision {
  props: ApiProperties;
  operations: OperationContract[];
  policy?: Policy;
  operationPolicies: Map<string, Policy>;
  createdDateTime: string;
  updatedDateTime: string;
  etag: string;
}

export interface ApiEntry {
  /** The API id without `;rev=`. */
  id: string;
  revisions: Map<string, ApiRevision>;
  /** The revision the gateway serves without `;rev=`. */
  current: string;
  releases: Map<
    string,
    {
      /** The revision released. */
      apiId: string;
      /** The `apiId` as the release's PUT gave it (a resource id, with or without `;rev=`). */
      apiIdGiven?: string;
      notes?: string;
      createdDateTime: string;
      updatedDateTime: string;
    }
  >;
}

export interface VersionSet {
  displayName: string;
  versioningScheme: 'Segment' | 'Header' | 'Query';
  versionHeaderName?: string;
  versionQueryName?: string;
  description?: string;
}

export interface ApimSubscription {
  displayName: string;
  scope: string;
  state: string;
  primaryKey: string;
  secondaryKey: string;
  createdDate: string;
}

/** `itinerary-v1;rev=2` → base and revision. */
export function splitApiId(apiId: string): { base: string; rev?: string } {
  const match = /^(.*?);rev=(\d+)$/i.exec(apiId);
  return match ? { base: match[1]!, rev: match[2]! } : { base: apiId };
}

/** ARM's collection body: one page, so no `nextLink` (the spec types it a string, never null). */
export const list = (value: unknown[]) => ({ value, count: value.length });

/** What the ARM contract of an API holds (ApiContractProperties and ApiEntityBaseContract, 2024-05-01). */
export const apiContractFields = [
  'sourceApiId',
  'displayName',
  'serviceUrl',
  'path',
  'protocols',
  'description',
  'authenticationSettings',
  'subscriptionKeyParameterNames',
  'type',
  'apiRevision',
  'apiVersion',
  'isCurrent',
  'apiRevisionDescription',
  'apiVersionDescription',
  'apiVersionSetId',
  'subscriptionRequired',
  'termsOfServiceUrl',
  'contact',
  'license'
];

/** An entity's ETag for those that keep no counter: a digest of its contract, so it changes when it does. */
export function etagOf(body: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(body)).digest('base64').slice(0, 16)}"`;
}

/** The operations per service each tier allows, counting every API, version and revision (service limits, 2026). */
export const operationLimits: Record<string, number> = {
  consumption: 3000,
  developer: 3000,
  basic: 10_000,
  basicv2: 10_000,
  standard: 50_000,
  standardv2: 50_000,
  premium: 75_000,
  premiumv2: 75_000
};

export function serviceContract(s: ServiceState) {
  const d = s.definition;
  return {
    id: s.resourceId,
    name: d.name,
    type: `${NS}/service`,
    location: d.location ?? 'westeurope',
    sku: { name: d.sku ?? 'Developer', capacity: 1 },
    etag: '"AAAAAAAAAAA="',
    properties: {
      publisherEmail: 'platform@musafirgo.example',
      publisherName: 'MusafirGO',
      provisioningState: 'Succeeded',
      targetProvisioningState: '',
      createdAtUtc: '2026-01-05T09:12:44.000Z',
      // The sandbox serves the gateway on loopback; `<name>.azure-api.net` reaches it through the sandbox proxy.
      gatewayUrl: s.gatewayUrl,
      developerPortalUrl: `https://${d.name}.developer.azure-api.net`,
      managementApiUrl: `https://${d.name}.management.azure-api.net`,
      hostnameConfigurations: [
        {
          type: 'Proxy',
          hostName: `${d.name}.azure-api.net`,
          negotiateClientCertificate: false,
          defaultSslBinding: true,
          certificateSource: 'BuiltIn'
        }
      ],
      publicIPAddresses: ['127.0.0.1'],
      virtualNetworkType: 'None',
      platformVersion: 'stv2'
    }
  };
}

/** An API's version set, as its contract shows it: the full id, and the set's details (ApiVersionSetContractDetails). */
export function versionSetDetails(s: ServiceState, props: ApiProperties) {
  if (!props.apiVersionSetId) return {};
  const versionSet = s.versionSetOf(props.apiVersionSetId);
  const id = `${s.resourceId}/apiVersionSets/${props.apiVersionSetId.split('/').pop()}`;
  return {
    apiVersionSetId: id,
    apiVersionSet: {
      id,
      name: versionSet?.displayName,
      versioningScheme: versionSet?.versioningScheme,
      ...(versionSet?.description ? { description: versionSet.description } : {}),
      ...(versionSet?.versionHeaderName ? { versionHeaderName: versionSet.versionHeaderName } : {}),
      ...(versionSet?.versionQueryName ? { versionQueryName: versionSet.versionQueryName } : {})
    }
  };
}

export function apiContract(s: ServiceState, entry: ApiEntry, rev: string, provisioningState = 'Succeeded') {
  const revision = entry.revisions.get(rev)!;
  const name = rev === entry.current ? entry.id : `${entry.id};rev=${rev}`;
  const props = revision.props;
  return {
    id: `${s.resourceId}/apis/${name}`,
    type: `${NS}/service/apis`,
    name,
    properties: {
      ...props,
      ...versionSetDetails(s, props),
      apiRevision: rev,
      isCurrent: rev === entry.current,
      isOnline: true,
      provisioningState
    }
  };
}

export function operationContract(s: ServiceState, entry: ApiEntry, rev: string, o: OperationContract) {
  const name = rev === entry.current ? entry.id : `${entry.id};rev=${rev}`;
  const { name: operationName, ...properties } = o;
  // The document's operationId is the emulator's own bookkeeping, not part of the contract.
  delete properties.operationId;
  return {
    id: `${s.resourceId}/apis/${name}/operations/${operationName}`,
    type: `${NS}/service/apis/operations`,
    name: operationName,
    properties
  };
}

export function releaseContract(s: ServiceState, entry: ApiEntry, releaseId: string) {
  const release = entry.releases.get(releaseId)!;
  return {
    id: `${s.resourceId}/apis/${entry.id}/releases/${releaseId}`,
    type: `${NS}/service/apis/releases`,
    name: releaseId,
    properties: {
      apiId: release.apiIdGiven ?? `${s.resourceId}/apis/${entry.id};rev=${release.apiId}`,
      createdDateTime: release.createdDateTime,
      updatedDateTime: release.updatedDateTime,
      notes: release.notes
    }
  };
}

export function policyContract(id: string, xml: string) {
  return {
    id,
    type: `${NS}/service/apis/policies`,
    name: 'policy',
    properties: { format: 'xml', value: xml }
  };
}

export function versionSetContract(s: ServiceState, id: string, v: VersionSet) {
  return {
    id: `${s.resourceId}/apiVersionSets/${id}`,
    type: `${NS}/service/apiVersionSets`,
    name: id,
    properties: v
  };
}

export function productContract(s: ServiceState, id: string) {
  const p = s.products.get(id)!;
  return {
    id: `${s.resourceId}/products/${id}`,
    type: `${NS}/service/products`,
    name: id,
    properties: {
      displayName: p.displayName,
      subscriptionRequired: p.subscriptionRequired,
      approvalRequired: false,
      state: p.state
    }
  };
}

export function subscriptionContract(s: ServiceState, id: string) {
  const sub = s.subscriptions.get(id)!;
  return {
    id: `${s.resourceId}/subscriptions/${id}`,
    type: `${NS}/service/subscriptions`,
    name: id,
    // Keys only come from listSecrets, as in Azure.
    properties: {
      displayName: sub.displayName,
      scope: sub.scope.startsWith('/subscriptions/') ? sub.scope : `${s.resourceId}${sub.scope}`,
      state: sub.state,
      createdDate: sub.createdDate,
      allowTracing: false
    }
  };
}
