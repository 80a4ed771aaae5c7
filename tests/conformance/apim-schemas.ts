// Schema extracts, written for this test, of the API Management operations apim-import calls, from
// Azure/azure-rest-api-specs, specification/apimanagement/resource-manager/Microsoft.ApiManagement/ApiManagement/
// stable/2024-05-01/ (the api-version of @azure/arm-apimanagement 10):
//   apimapis.json            at cd1a17dc3f61db6c461fbe5f952f872d98556b39 (Api_*, ApiRevision_*, ApiRelease_*, ApiOperation_*)
//   apimapiversionsets.json  at 905445fcb066041505490b8f78f8437107af3ead (ApiVersionSet_*)
//   apimsubscriptions.json   at 7938bf754f4e1a7bca986e574977e7b4d354b554 (Subscription_ListSecrets)
//   definitions.json         at f276f900a0f931f142d4e86e99ece25a5c01076a (the contracts)
// and common-types/resource-management v2 (ProxyResource) and v5 (ErrorResponse). Types, enums, required and
// readOnly as the spec has them; each object is closed (additionalProperties: false) where the spec defines its
// properties, so a property the spec does not have (apiType on the wire, nextLink: null) is a divergence.
type Schema = Record<string, unknown>;

const string = { type: 'string' };
const boolean = { type: 'boolean' };
const readOnly = (schema: Schema): Schema => ({ ...schema, readOnly: true });
const closed = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
  additionalProperties: false
});
/** common-types v2 ProxyResource: id, name and type, read-only; then the contract's `properties`. */
const resource = (properties: Schema, extra: Record<string, Schema> = {}): Schema =>
  closed({ id: readOnly(string), name: readOnly(string), type: readOnly(string), properties, ...extra });
/** A paged collection: `value` (read-only), `count`, and `nextLink` (a string, read-only) when there is a next page. */
const collection = (item: Schema, withCount = true): Schema =>
  closed({
    value: readOnly({ type: 'array', items: item }),
    ...(withCount ? { count: { type: 'integer' } } : {}),
    nextLink: readOnly(string)
  });

const apiTypes = ['http', 'soap', 'websocket', 'graphql', 'odata', 'grpc'];
const protocols = { type: 'array', items: { type: 'string', enum: ['http', 'https', 'ws', 'wss'] } };
const subscriptionKeyParameterNames = closed({ header: string, query: string });
const oauth2 = closed({ authorizationServerId: string, scope: string });
const openid = closed({
  openidProviderId: string,
  bearerTokenSendingMethods: {
    type: 'array',
    items: { type: 'string', enum: ['authorizationHeader', 'query'] }
  }
});
const authenticationSettings = closed({
  oAuth2: oauth2,
  openid,
  oAuth2AuthenticationSettings: { type: 'array', items: oauth2 },
  openidAuthenticationSettings: { type: 'array', items: openid }
});
const apiVersionSetContractDetails = closed({
  id: string,
  name: string,
  description: string,
  versioningScheme: { type: 'string', enum: ['Segment', 'Query', 'Header'] },
  versionQueryName: string,
  versionHeaderName: string
});

/** ApiContractProperties (with ApiEntityBaseContract): `path` required. */
export const apiContract = resource(
  closed(
    {
      sourceApiId: string,
      displayName: { type: 'string', minLength: 1, maxLength: 300 },
      serviceUrl: { type: 'string', maxLength: 2000 },
      path: { type: 'string', maxLength: 400 },
      protocols,
      apiVersionSet: apiVersionSetContractDetails,
      provisioningState: readOnly(string),
      description: string,
      authenticationSettings,
      subscriptionKeyParameterNames,
      type: { type: 'string', enum: apiTypes },
      apiRevision: { type: 'string', minLength: 1, maxLength: 100 },
      apiVersion: { type: 'string', maxLength: 100 },
      isCurrent: boolean,
      isOnline: readOnly(boolean),
      apiRevisionDescription: { type: 'string', maxLength: 256 },
      apiVersionDescription: { type: 'string', maxLength: 256 },
      apiVersionSetId: string,
      subscriptionRequired: boolean,
      termsOfServiceUrl: string,
      contact: closed({ name: string, url: string, email: string }),
      license: closed({ name: string, url: string })
    },
    ['path']
  )
);

const parameterContract = closed(
  {
    name: string,
    description: string,
    type: string,
    defaultValue: string,
    required: boolean,
    values: { type: 'array', items: string },
    schemaId: string,
    typeName: string,
    examples: {
      type: 'object',
      additionalProperties: closed({ summary: string, description: string, value: {}, externalValue: string })
    }
  },
  ['name', 'type']
);
const representationContract = closed(
  {
    contentType: string,
    schemaId: string,
    typeName: string,
    formParameters: { type: 'array', items: parameterContract },
    examples: {
      type: 'object',
      additionalProperties: closed({ summary: string, description: string, value: {}, externalValue: string })
    }
  },
  ['contentType']
);

/** OperationContractProperties (with OperationEntityBaseContract): displayName, method and urlTemplate required. */
export const operationContract = resource(
  closed(
    {
      displayName: { type: 'string', minLength: 1, maxLength: 300 },
      method: string,
      urlTemplate: { type: 'string', minLength: 1, maxLength: 1000 },
      templateParameters: { type: 'array', items: parameterContract },
      description: { type: 'string', maxLength: 1000 },
      request: closed({
        description: string,
        queryParameters: { type: 'array', items: parameterContract },
        headers: { type: 'array', items: parameterContract },
        representations: { type: 'array', items: representationContract }
      }),
      responses: {
        type: 'array',
        items: closed(
          {
            statusCode: { type: 'integer' },
            description: string,
            representations: { type: 'array', items: representationContract },
            headers: { type: 'array', items: parameterContract }
          },
          ['statusCode']
        )
      },
      policies: string
    },
    ['displayName', 'method', 'urlTemplate']
  )
);

/** ApiVersionSetContractProperties: displayName and versioningScheme required. */
export const versionSetContract = resource(
  closed(
    {
      displayName: { type: 'string', minLength: 1, maxLength: 100 },
      versioningScheme: { type: 'string', enum: ['Segment', 'Query', 'Header'] },
      description: string,
      versionQueryName: { type: 'string', minLength: 1, maxLength: 100 },
      versionHeaderName: { type: 'string', minLength: 1, maxLength: 100 }
    },
    ['displayName', 'versioningScheme']
  )
);

/** ApiRevisionContract: every property read-only. */
export const revisionContract = closed({
  apiId: readOnly(string),
  apiRevision: readOnly({ type: 'string', minLength: 1, maxLength: 100 }),
  createdDateTime: readOnly({ type: 'string', format: 'date-time' }),
  updatedDateTime: readOnly({ type: 'string', format: 'date-time' }),
  description: readOnly({ type: 'string', maxLength: 256 }),
  privateUrl: readOnly(string),
  isOnline: readOnly(boolean),
  isCurrent: readOnly(boolean)
});

/** ApiReleaseContractProperties. */
export const releaseContract = resource(
  closed({
    apiId: string,
    createdDateTime: readOnly({ type: 'string', format: 'date-time' }),
    updatedDateTime: readOnly({ type: 'string', format: 'date-time' }),
    notes: string
  })
);

/** PolicyContractProperties: value required, format one of xml, xml-link, rawxml, rawxml-link. */
export const policyContract = resource(
  closed({ value: string, format: { type: 'string', enum: ['xml', 'xml-link', 'rawxml', 'rawxml-link'] } }, [
    'value'
  ])
);

/** SubscriptionKeysContract. */
export const subscriptionKeys = closed({
  primaryKey: { type: 'string', minLength: 1, maxLength: 256 },
  secondaryKey: { type: 'string', minLength: 1, maxLength: 256 }
});

/** ApiManagementServiceResource, trimmed to what the step reads and the sandbox answers (location, sku, properties). */
export const serviceResource = closed(
  {
    id: readOnly(string),
    name: readOnly(string),
    type: readOnly(string),
    location: string,
    etag: readOnly(string),
    tags: { type: 'object', additionalProperties: string },
    sku: closed(
      {
        name: {
          type: 'string',
          enum: [
            'Developer',
            'Standard',
            'Premium',
            'Basic',
            'Consumption',
            'Isolated',
            'BasicV2',
            'StandardV2',
            'PremiumV2'
          ]
        },
        capacity: { type: 'integer' }
      },
      ['name', 'capacity']
    ),
    properties: {
      type: 'object',
      required: ['publisherEmail', 'publisherName'],
      properties: {
        publisherEmail: { type: 'string', maxLength: 100 },
        publisherName: { type: 'string', maxLength: 100 },
        provisioningState: readOnly(string),
        targetProvisioningState: readOnly(string),
        createdAtUtc: readOnly({ type: 'string', format: 'date-time' }),
        gatewayUrl: readOnly(string),
        developerPortalUrl: readOnly(string),
        managementApiUrl: readOnly(string),
        publicIPAddresses: readOnly({ type: 'array', items: string }),
        virtualNetworkType: { type: 'string', enum: ['None', 'External', 'Internal'] },
        platformVersion: readOnly({
          type: 'string',
          enum: ['undetermined', 'stv1', 'stv2', 'mtv1', 'stv2.1']
        }),
        hostnameConfigurations: {
          type: 'array',
          items: {
            type: 'object',
            required: ['type', 'hostName'],
            properties: {
              type: {
                type: 'string',
                enum: ['Proxy', 'Portal', 'Management', 'Scm', 'DeveloperPortal', 'ConfigurationApi']
              },
              hostName: string,
              negotiateClientCertificate: boolean,
              defaultSslBinding: boolean,
              certificateSource: { type: 'string', enum: ['Managed', 'KeyVault', 'Custom', 'BuiltIn'] }
            }
          }
        }
      }
    }
  },
  ['location', 'sku', 'properties']
);

/** common-types v5 ErrorResponse (ErrorDetail: code, message, target, details, all read-only). */
const errorDetail: Schema = {
  type: 'object',
  properties: {
    code: readOnly(string),
    message: readOnly(string),
    target: readOnly(string),
    details: readOnly({ type: 'array', items: { $ref: '#/definitions/detail' } })
  },
  additionalProperties: false
};
export const errorResponse: Schema = {
  definitions: { detail: errorDetail },
  type: 'object',
  properties: { error: { $ref: '#/definitions/detail' } },
  additionalProperties: false
};

export interface DeclaredOperation {
  operationId: string;
  /** Each status the spec declares, with the headers it declares and the body's schema. */
  responses: Record<number, { headers?: string[]; body?: Schema }>;
}

const lroHeaders = ['ETag', 'Location', 'Azure-AsyncOperation'];
/** The operations apim-import calls, as the spec declares their answers. */
export const declared: Record<string, DeclaredOperation> = {
  serviceGet: { operationId: 'ApiManagementService_Get', responses: { 200: { body: serviceResource } } },
  apiGet: { operationId: 'Api_Get', responses: { 200: { headers: ['ETag'], body: apiContract } } },
  apiCreateOrUpdate: {
    operationId: 'Api_CreateOrUpdate',
    responses: {
      200: { headers: lroHeaders, body: apiContract },
      201: { headers: lroHeaders, body: apiContract }
    }
  },
  /** A create or update without an import answers at once: the spec's headers are the same, the LRO ones optional. */
  apiCreateOrUpdateSync: {
    operationId: 'Api_CreateOrUpdate',
    responses: {
      200: { headers: ['ETag'], body: apiContract },
      201: { headers: ['ETag'], body: apiContract }
    }
  },
  apiDelete: {
    operationId: 'Api_Delete',
    responses: { 202: { headers: ['Location', 'Azure-AsyncOperation'] }, 204: {} }
  },
  operationList: {
    operationId: 'ApiOperation_ListByApi',
    responses: { 200: { body: collection(operationContract) } }
  },
  versionSetCreateOrUpdate: {
    operationId: 'ApiVersionSet_CreateOrUpdate',
    responses: {
      200: { headers: ['ETag'], body: versionSetContract },
      201: { headers: ['ETag'], body: versionSetContract }
    }
  },
  revisionList: {
    operationId: 'ApiRevision_ListByService',
    responses: { 200: { body: collection(revisionContract) } }
  },
  policyCreateOrUpdate: {
    operationId: 'ApiPolicy_CreateOrUpdate',
    responses: {
      200: { headers: ['ETag'], body: policyContract },
      201: { headers: ['ETag'], body: policyContract }
    }
  },
  productApiCreateOrUpdate: {
    operationId: 'ProductApi_CreateOrUpdate',
    responses: { 200: { body: apiContract }, 201: { body: apiContract } }
  },
  subscriptionListSecrets: {
    operationId: 'Subscription_ListSecrets',
    responses: { 200: { headers: ['ETag'], body: subscriptionKeys } }
  },
  releaseCreateOrUpdate: {
    operationId: 'ApiRelease_CreateOrUpdate',
    responses: {
      200: { headers: ['ETag'], body: releaseContract },
      201: { headers: ['ETag'], body: releaseContract }
    }
  }
};
