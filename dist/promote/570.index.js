export const id = 570;
export const ids = [570];
export const modules = {

/***/ 3049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t$: () => (/* reexport */ createRestError),
  KU: () => (/* reexport */ getClient),
  Iq: () => (/* reexport */ operationOptionsToRequestParameters)
});

// UNUSED EXPORTS: addCredentialPipelinePolicy, getBinaryStreamResponse

// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/index.js + 20 modules
var esm = __webpack_require__(5752);
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/restError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function createRestError(messageOrResponse, response) {
    if (typeof messageOrResponse === "string") {
        return (0,esm/* createRestError */.t$)(messageOrResponse, response);
    }
    else {
        return (0,esm/* createRestError */.t$)(messageOrResponse);
    }
}
//# sourceMappingURL=restError.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 42 modules
var dist_esm = __webpack_require__(8641);
// EXTERNAL MODULE: ./node_modules/@azure/core-util/dist/esm/index.js + 6 modules
var core_util_dist_esm = __webpack_require__(9112);
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/keyCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Tests an object to determine whether it implements KeyCredential.
 *
 * @param credential - The assumed KeyCredential to be tested.
 */
function isKeyCredential(credential) {
    return (0,core_util_dist_esm/* isObjectWithProperties */.TA)(credential, ["key"]) && typeof credential.key === "string";
}
//# sourceMappingURL=keyCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/azureNamedKeyCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * A static name/key-based credential that supports updating
 * the underlying name and key values.
 */
class AzureNamedKeyCredential {
    _key;
    _name;
    /**
     * The value of the key to be used in authentication.
     */
    get key() {
        return this._key;
    }
    /**
     * The value of the name to be used in authentication.
     */
    get name() {
        return this._name;
    }
    /**
     * Create an instance of an AzureNamedKeyCredential for use
     * with a service client.
     *
     * @param name - The initial value of the name to use in authentication.
     * @param key - The initial value of the key to use in authentication.
     */
    constructor(name, key) {
        if (!name || !key) {
            throw new TypeError("name and key must be non-empty strings");
        }
        this._name = name;
        this._key = key;
    }
    /**
     * Change the value of the key.
     *
     * Updates will take effect upon the next request after
     * updating the key value.
     *
     * @param newName - The new name value to be used.
     * @param newKey - The new key value to be used.
     */
    update(newName, newKey) {
        if (!newName || !newKey) {
            throw new TypeError("newName and newKey must be non-empty strings");
        }
        this._name = newName;
        this._key = newKey;
    }
}
/**
 * Tests an object to determine whether it implements NamedKeyCredential.
 *
 * @param credential - The assumed NamedKeyCredential to be tested.
 */
function isNamedKeyCredential(credential) {
    return (isObjectWithProperties(credential, ["name", "key"]) &&
        typeof credential.key === "string" &&
        typeof credential.name === "string");
}
//# sourceMappingURL=azureNamedKeyCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/azureSASCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * A static-signature-based credential that supports updating
 * the underlying signature value.
 */
class AzureSASCredential {
    _signature;
    /**
     * The value of the shared access signature to be used in authentication
     */
    get signature() {
        return this._signature;
    }
    /**
     * Create an instance of an AzureSASCredential for use
     * with a service client.
     *
     * @param signature - The initial value of the shared access signature to use in authentication
     */
    constructor(signature) {
        if (!signature) {
            throw new Error("shared access signature must be a non-empty string");
        }
        this._signature = signature;
    }
    /**
     * Change the value of the signature.
     *
     * Updates will take effect upon the next request after
     * updating the signature value.
     *
     * @param newSignature - The new shared access signature value to be used
     */
    update(newSignature) {
        if (!newSignature) {
            throw new Error("shared access signature must be a non-empty string");
        }
        this._signature = newSignature;
    }
}
/**
 * Tests an object to determine whether it implements SASCredential.
 *
 * @param credential - The assumed SASCredential to be tested.
 */
function isSASCredential(credential) {
    return (isObjectWithProperties(credential, ["signature"]) && typeof credential.signature === "string");
}
//# sourceMappingURL=azureSASCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/tokenCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * @internal
 * @param accessToken - Access token
 * @returns Whether a token is bearer type or not
 */
function isBearerToken(accessToken) {
    return !accessToken.tokenType || accessToken.tokenType === "Bearer";
}
/**
 * @internal
 * @param accessToken - Access token
 * @returns Whether a token is Pop token or not
 */
function isPopToken(accessToken) {
    return accessToken.tokenType === "pop";
}
/**
 * Tests an object to determine whether it implements TokenCredential.
 *
 * @param credential - The assumed TokenCredential to be tested.
 */
function isTokenCredential(credential) {
    // Check for an object with a 'getToken' function and possibly with
    // a 'signRequest' function.  We do this check to make sure that
    // a ServiceClientCredentials implementor (like TokenClientCredentials
    // in ms-rest-nodeauth) doesn't get mistaken for a TokenCredential if
    // it doesn't actually implement TokenCredential also.
    const castCredential = credential;
    return (castCredential &&
        typeof castCredential.getToken === "function" &&
        (castCredential.signRequest === undefined || castCredential.getToken.length > 0));
}
//# sourceMappingURL=tokenCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/index.js





//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/apiVersionPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const apiVersionPolicyName = "ApiVersionPolicy";
/**
 * Creates a policy that sets the apiVersion as a query parameter on every request
 * @param options - Client options
 * @returns Pipeline policy that sets the apiVersion as a query parameter on every request
 */
function apiVersionPolicy(options) {
    return {
        name: apiVersionPolicyName,
        sendRequest: (req, next) => {
            // Use the apiVesion defined in request url directly
            // Append one if there is no apiVesion and we have one at client options
            const url = new URL(req.url);
            if (!url.searchParams.get("api-version") && options.apiVersion) {
                req.url = `${req.url}${url.searchParams.size > 0 ? "&" : "?"}api-version=${options.apiVersion}`;
            }
            return next(req);
        },
    };
}
//# sourceMappingURL=apiVersionPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/keyCredentialAuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The programmatic identifier of the bearerTokenAuthenticationPolicy.
 */
const keyCredentialAuthenticationPolicyName = "keyCredentialAuthenticationPolicy";
function keyCredentialAuthenticationPolicy(credential, apiKeyHeaderName) {
    return {
        name: keyCredentialAuthenticationPolicyName,
        sendRequest(request, next) {
            request.headers.set(apiKeyHeaderName, credential.key);
            return next(request);
        },
    };
}
//# sourceMappingURL=keyCredentialAuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/clientHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/**
 * Adds a credential policy to the pipeline if a credential is provided. If none is provided, no policy is added.
 */
function addCredentialPipelinePolicy(pipeline, endpoint, options = {}) {
    const { credential, clientOptions } = options;
    if (!credential) {
        return;
    }
    if (isTokenCredential(credential)) {
        const tokenPolicy = (0,dist_esm/* bearerTokenAuthenticationPolicy */.N$)({
            credential,
            scopes: clientOptions?.credentials?.scopes ?? `${endpoint}/.default`,
        });
        pipeline.addPolicy(tokenPolicy);
    }
    else if (clientHelpers_isKeyCredential(credential)) {
        if (!clientOptions?.credentials?.apiKeyHeaderName) {
            throw new Error(`Missing API Key Header Name`);
        }
        const keyPolicy = keyCredentialAuthenticationPolicy(credential, clientOptions?.credentials?.apiKeyHeaderName);
        pipeline.addPolicy(keyPolicy);
    }
}
/**
 * Creates a default rest pipeline to re-use accross Rest Level Clients
 */
function createDefaultPipeline(endpoint, credential, options = {}) {
    const pipeline = (0,dist_esm/* createPipelineFromOptions */.Fp)(options);
    pipeline.addPolicy(apiVersionPolicy(options));
    addCredentialPipelinePolicy(pipeline, endpoint, { credential, clientOptions: options });
    return pipeline;
}
function clientHelpers_isKeyCredential(credential) {
    return (typeof credential === "object" &&
        credential !== null &&
        "key" in credential &&
        typeof credential.key === "string");
}
//# sourceMappingURL=clientHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/operationOptionHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Helper function to convert OperationOptions to RequestParameters
 * @param options - the options that are used by Modular layer to send the request
 * @returns the result of the conversion in RequestParameters of RLC layer
 */
function operationOptionsToRequestParameters(options) {
    const tspRequestParameters = (0,esm/* operationOptionsToRequestParameters */.Iq)(options);
    return {
        ...tspRequestParameters,
        tracingOptions: options.tracingOptions,
    };
}
//# sourceMappingURL=operationOptionHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/getClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Function to wrap RequestParameters so that we get the legacy onResponse behavior in core-client-rest
 */
function wrapRequestParameters(parameters) {
    if (parameters.onResponse) {
        return {
            ...parameters,
            onResponse(rawResponse, error) {
                parameters.onResponse?.(rawResponse, error, error);
            },
        };
    }
    return parameters;
}
function getClient(endpoint, credentialsOrPipelineOptions, clientOptions = {}) {
    let credentials;
    if (credentialsOrPipelineOptions) {
        if (isCredential(credentialsOrPipelineOptions)) {
            credentials = credentialsOrPipelineOptions;
        }
        else {
            clientOptions = credentialsOrPipelineOptions ?? {};
        }
    }
    const pipeline = clientOptions.pipeline ?? createDefaultPipeline(endpoint, credentials, clientOptions);
    const tspClient = (0,esm/* getClient */.KU)(endpoint, {
        ...clientOptions,
        pipeline,
    });
    const client = (path, ...args) => {
        return {
            get: (requestOptions = {}) => {
                return tspClient.path(path, ...args).get(wrapRequestParameters(requestOptions));
            },
            post: (requestOptions = {}) => {
                return tspClient.path(path, ...args).post(wrapRequestParameters(requestOptions));
            },
            put: (requestOptions = {}) => {
                return tspClient.path(path, ...args).put(wrapRequestParameters(requestOptions));
            },
            patch: (requestOptions = {}) => {
                return tspClient.path(path, ...args).patch(wrapRequestParameters(requestOptions));
            },
            delete: (requestOptions = {}) => {
                return tspClient.path(path, ...args).delete(wrapRequestParameters(requestOptions));
            },
            head: (requestOptions = {}) => {
                return tspClient.path(path, ...args).head(wrapRequestParameters(requestOptions));
            },
            options: (requestOptions = {}) => {
                return tspClient.path(path, ...args).options(wrapRequestParameters(requestOptions));
            },
            trace: (requestOptions = {}) => {
                return tspClient.path(path, ...args).trace(wrapRequestParameters(requestOptions));
            },
        };
    };
    return {
        path: client,
        pathUnchecked: client,
        pipeline: tspClient.pipeline,
    };
}
function isCredential(param) {
    return isKeyCredential(param) || isTokenCredential(param);
}
//# sourceMappingURL=getClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Azure Rest Core Client library for JavaScript
 * @packageDocumentation
 */





//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SubscriptionClient: () => (/* reexport */ SubscriptionClient)
});

// UNUSED EXPORTS: AzureClouds, KnownActionType, KnownOrigin, KnownRegionCategory, KnownRegionType, KnownResourceNameStatus, KnownVersions, RestError, isRestError

;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/static-helpers/cloudSettingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * An enum to describe Azure Cloud environments.
 * @enum {string}
 */
var AzureClouds;
(function (AzureClouds) {
    /** Azure public cloud, which is the default cloud for Azure SDKs. */
    AzureClouds["AZURE_PUBLIC_CLOUD"] = "AZURE_PUBLIC_CLOUD";
    /** Azure China cloud */
    AzureClouds["AZURE_CHINA_CLOUD"] = "AZURE_CHINA_CLOUD";
    /** Azure US government cloud */
    AzureClouds["AZURE_US_GOVERNMENT"] = "AZURE_US_GOVERNMENT";
})(AzureClouds || (AzureClouds = {}));
/**
 * Gets the Azure Resource Manager endpoint URL for the specified cloud setting.
 * @param cloudSetting - The Azure cloud environment setting. Use one of the AzureClouds enum values.
 * @returns The ARM endpoint URL for the specified cloud, or undefined if cloudSetting is undefined.
 * @throws {Error} Throws an error if an unknown cloud setting is provided.
 */
function getArmEndpoint(cloudSetting) {
    if (cloudSetting === undefined) {
        return undefined;
    }
    const cloudEndpoints = {
        AZURE_CHINA_CLOUD: "https://management.chinacloudapi.cn/",
        AZURE_US_GOVERNMENT: "https://management.usgovcloudapi.net/",
        AZURE_PUBLIC_CLOUD: "https://management.azure.com/",
    };
    if (cloudSetting in cloudEndpoints) {
        return cloudEndpoints[cloudSetting];
    }
    else {
        throw new Error(`Unknown cloud setting: ${cloudSetting}. Please refer to the enum AzureClouds for possible values.`);
    }
}
//# sourceMappingURL=cloudSettingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/models/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function resourceNameSerializer(item) {
    return { name: item["name"], type: item["type"] };
}
function checkResourceNameResultDeserializer(item) {
    return {
        name: item["name"],
        type: item["type"],
        status: item["status"],
    };
}
/** Is the resource name Allowed or Reserved */
var KnownResourceNameStatus;
(function (KnownResourceNameStatus) {
    /** Allowed */
    KnownResourceNameStatus["Allowed"] = "Allowed";
    /** Reserved */
    KnownResourceNameStatus["Reserved"] = "Reserved";
})(KnownResourceNameStatus || (KnownResourceNameStatus = {}));
function cloudErrorDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : errorResponseDeserializer(item["error"]),
    };
}
function errorResponseDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : errorDetailDeserializer(item["error"]),
    };
}
function errorDetailDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"] ? item["details"] : errorDetailArrayDeserializer(item["details"]),
        additionalInfo: !item["additionalInfo"]
            ? item["additionalInfo"]
            : errorAdditionalInfoArrayDeserializer(item["additionalInfo"]),
    };
}
function errorDetailArrayDeserializer(result) {
    return result.map((item) => {
        return errorDetailDeserializer(item);
    });
}
function errorAdditionalInfoArrayDeserializer(result) {
    return result.map((item) => {
        return errorAdditionalInfoDeserializer(item);
    });
}
function errorAdditionalInfoDeserializer(item) {
    return {
        type: item["type"],
        info: item["info"],
    };
}
function _operationListResultDeserializer(item) {
    return {
        value: operationArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function operationArrayDeserializer(result) {
    return result.map((item) => {
        return operationDeserializer(item);
    });
}
function operationDeserializer(item) {
    return {
        name: item["name"],
        isDataAction: item["isDataAction"],
        display: !item["display"] ? item["display"] : operationDisplayDeserializer(item["display"]),
        origin: item["origin"],
        actionType: item["actionType"],
    };
}
function operationDisplayDeserializer(item) {
    return {
        provider: item["provider"],
        resource: item["resource"],
        operation: item["operation"],
        description: item["description"],
    };
}
/** The intended executor of the operation; as in Resource Based Access Control (RBAC) and audit logs UX. Default value is "user,system" */
var KnownOrigin;
(function (KnownOrigin) {
    /** Indicates the operation is initiated by a user. */
    KnownOrigin["User"] = "user";
    /** Indicates the operation is initiated by a system. */
    KnownOrigin["System"] = "system";
    /** Indicates the operation is initiated by a user or system. */
    KnownOrigin["UserSystem"] = "user,system";
})(KnownOrigin || (KnownOrigin = {}));
/** Extensible enum. Indicates the action type. "Internal" refers to actions that are for internal only APIs. */
var KnownActionType;
(function (KnownActionType) {
    /** Actions are for internal-only APIs. */
    KnownActionType["Internal"] = "Internal";
})(KnownActionType || (KnownActionType = {}));
function _locationListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : locationArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function locationArrayDeserializer(result) {
    return result.map((item) => {
        return locationDeserializer(item);
    });
}
function locationDeserializer(item) {
    return {
        id: item["id"],
        subscriptionId: item["subscriptionId"],
        name: item["name"],
        type: item["type"],
        displayName: item["displayName"],
        regionalDisplayName: item["regionalDisplayName"],
        metadata: !item["metadata"] ? item["metadata"] : locationMetadataDeserializer(item["metadata"]),
        availabilityZoneMappings: !item["availabilityZoneMappings"]
            ? item["availabilityZoneMappings"]
            : availabilityZoneMappingsArrayDeserializer(item["availabilityZoneMappings"]),
    };
}
function locationMetadataDeserializer(item) {
    return {
        regionType: item["regionType"],
        regionCategory: item["regionCategory"],
        geography: item["geography"],
        geographyGroup: item["geographyGroup"],
        longitude: item["longitude"],
        latitude: item["latitude"],
        physicalLocation: item["physicalLocation"],
        pairedRegion: !item["pairedRegion"]
            ? item["pairedRegion"]
            : pairedRegionArrayDeserializer(item["pairedRegion"]),
        homeLocation: item["homeLocation"],
    };
}
/** The type of the region. */
var KnownRegionType;
(function (KnownRegionType) {
    /** Physical */
    KnownRegionType["Physical"] = "Physical";
    /** Logical */
    KnownRegionType["Logical"] = "Logical";
})(KnownRegionType || (KnownRegionType = {}));
/** The category of the region. */
var KnownRegionCategory;
(function (KnownRegionCategory) {
    /** Recommended */
    KnownRegionCategory["Recommended"] = "Recommended";
    /** Extended */
    KnownRegionCategory["Extended"] = "Extended";
    /** Other */
    KnownRegionCategory["Other"] = "Other";
})(KnownRegionCategory || (KnownRegionCategory = {}));
function pairedRegionArrayDeserializer(result) {
    return result.map((item) => {
        return pairedRegionDeserializer(item);
    });
}
function pairedRegionDeserializer(item) {
    return {
        name: item["name"],
        id: item["id"],
        subscriptionId: item["subscriptionId"],
    };
}
function availabilityZoneMappingsArrayDeserializer(result) {
    return result.map((item) => {
        return availabilityZoneMappingsDeserializer(item);
    });
}
function availabilityZoneMappingsDeserializer(item) {
    return {
        logicalZone: item["logicalZone"],
        physicalZone: item["physicalZone"],
    };
}
function subscriptionDeserializer(item) {
    return {
        id: item["id"],
        subscriptionId: item["subscriptionId"],
        displayName: item["displayName"],
        tenantId: item["tenantId"],
        state: item["state"],
        subscriptionPolicies: !item["subscriptionPolicies"]
            ? item["subscriptionPolicies"]
            : subscriptionPoliciesDeserializer(item["subscriptionPolicies"]),
        authorizationSource: item["authorizationSource"],
        managedByTenants: !item["managedByTenants"]
            ? item["managedByTenants"]
            : managedByTenantArrayDeserializer(item["managedByTenants"]),
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    };
}
function subscriptionPoliciesDeserializer(item) {
    return {
        locationPlacementId: item["locationPlacementId"],
        quotaId: item["quotaId"],
        spendingLimit: item["spendingLimit"],
    };
}
function managedByTenantArrayDeserializer(result) {
    return result.map((item) => {
        return managedByTenantDeserializer(item);
    });
}
function managedByTenantDeserializer(item) {
    return {
        tenantId: item["tenantId"],
    };
}
function _subscriptionListResultDeserializer(item) {
    return {
        value: subscriptionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function subscriptionArrayDeserializer(result) {
    return result.map((item) => {
        return subscriptionDeserializer(item);
    });
}
function checkZonePeersRequestSerializer(item) {
    return {
        location: item["location"],
        subscriptionIds: !item["subscriptionIds"]
            ? item["subscriptionIds"]
            : item["subscriptionIds"].map((p) => {
                return p;
            }),
    };
}
function checkZonePeersResultDeserializer(item) {
    return {
        subscriptionId: item["subscriptionId"],
        location: item["location"],
        availabilityZonePeers: !item["availabilityZonePeers"]
            ? item["availabilityZonePeers"]
            : availabilityZonePeersArrayDeserializer(item["availabilityZonePeers"]),
    };
}
function availabilityZonePeersArrayDeserializer(result) {
    return result.map((item) => {
        return availabilityZonePeersDeserializer(item);
    });
}
function availabilityZonePeersDeserializer(item) {
    return {
        availabilityZone: item["availabilityZone"],
        peers: !item["peers"] ? item["peers"] : peersArrayDeserializer(item["peers"]),
    };
}
function peersArrayDeserializer(result) {
    return result.map((item) => {
        return peersDeserializer(item);
    });
}
function peersDeserializer(item) {
    return {
        subscriptionId: item["subscriptionId"],
        availabilityZone: item["availabilityZone"],
    };
}
function _tenantListResultDeserializer(item) {
    return {
        value: tenantIdDescriptionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function tenantIdDescriptionArrayDeserializer(result) {
    return result.map((item) => {
        return tenantIdDescriptionDeserializer(item);
    });
}
function tenantIdDescriptionDeserializer(item) {
    return {
        id: item["id"],
        tenantId: item["tenantId"],
        tenantCategory: item["tenantCategory"],
        country: item["country"],
        countryCode: item["countryCode"],
        displayName: item["displayName"],
        domains: !item["domains"]
            ? item["domains"]
            : item["domains"].map((p) => {
                return p;
            }),
        defaultDomain: item["defaultDomain"],
        tenantType: item["tenantType"],
        tenantBrandingLogoUrl: item["tenantBrandingLogoUrl"],
    };
}
/** The available API versions. */
var KnownVersions;
(function (KnownVersions) {
    /** The 2022-12-01 API version. */
    KnownVersions["V20221201"] = "2022-12-01";
})(KnownVersions || (KnownVersions = {}));
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/static-helpers/urlTemplate.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// ---------------------
// helpers
// ---------------------
function encodeComponent(val, reserved, op) {
    return (reserved ?? op === "+") || op === "#"
        ? encodeReservedComponent(val)
        : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
    return str
        .split(/(%[0-9A-Fa-f]{2})/g)
        .map((part) => (!/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part))
        .join("");
}
function encodeRFC3986URIComponent(str) {
    return encodeURIComponent(str).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isDefined(val) {
    return val !== undefined && val !== null;
}
function getNamedAndIfEmpty(op) {
    return [!!op && [";", "?", "&"].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
    if (isFirst) {
        return !op || op === "+" ? "" : op;
    }
    else if (!op || op === "+" || op === "#") {
        return ",";
    }
    else if (op === "?") {
        return "&";
    }
    else {
        return op;
    }
}
function getExpandedValue(option) {
    let isFirst = option.isFirst;
    const { op, varName, varValue: value, reserved } = option;
    const vals = [];
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            // prepare the following parts: separator, varName, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (named && varName) {
                vals.push(`${encodeURIComponent(varName)}`);
                if (val === "") {
                    vals.push(ifEmpty);
                }
                else {
                    vals.push("=");
                }
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            const val = value[key];
            if (!isDefined(val)) {
                continue;
            }
            // prepare the following parts: separator, key, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (key) {
                vals.push(`${encodeURIComponent(key)}`);
                if (named && val === "") {
                    vals.push(ifEmpty);
                }
                else {
                    vals.push("=");
                }
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    return vals.join("");
}
function getNonExpandedValue(option) {
    const { op, varName, varValue: value, isFirst, reserved } = option;
    const vals = [];
    const first = getFirstOrSep(op, isFirst);
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (named && varName) {
        vals.push(encodeComponent(varName, reserved, op));
        if (value === "") {
            if (!ifEmpty) {
                vals.push(ifEmpty);
            }
            return !vals.join("") ? undefined : `${first}${vals.join("")}`;
        }
        vals.push("=");
    }
    const items = [];
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            items.push(encodeComponent(val, reserved, op));
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            if (!isDefined(value[key])) {
                continue;
            }
            items.push(encodeRFC3986URIComponent(key));
            items.push(encodeComponent(value[key], reserved, op));
        }
    }
    vals.push(items.join(","));
    return !vals.join(",") ? undefined : `${first}${vals.join("")}`;
}
function getVarValue(option) {
    const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
    if (!isDefined(value)) {
        return undefined;
    }
    else if (["string", "number", "boolean"].includes(typeof value)) {
        let val = value.toString();
        const [named, ifEmpty] = getNamedAndIfEmpty(op);
        const vals = [getFirstOrSep(op, isFirst)];
        if (named && varName) {
            // No need to encode varName considering it is already encoded
            vals.push(varName);
            if (val === "") {
                vals.push(ifEmpty);
            }
            else {
                vals.push("=");
            }
        }
        if (modifier && modifier !== "*") {
            val = val.substring(0, parseInt(modifier, 10));
        }
        vals.push(encodeComponent(val, reserved, op));
        return vals.join("");
    }
    else if (modifier === "*") {
        return getExpandedValue(option);
    }
    else {
        return getNonExpandedValue(option);
    }
}
// ---------------------------------------------------------------------------------------------------
// This is an implementation of RFC 6570 URI Template: https://datatracker.ietf.org/doc/html/rfc6570.
// ---------------------------------------------------------------------------------------------------
function expandUrlTemplate(template, context, option) {
    const result = template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expr, text) => {
        if (!expr) {
            return encodeReservedComponent(text);
        }
        let op;
        if (["+", "#", ".", "/", ";", "?", "&"].includes(expr[0])) {
            op = expr[0];
            expr = expr.slice(1);
        }
        const varList = expr.split(/,/g);
        const innerResult = [];
        for (const varSpec of varList) {
            const varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
            if (!varMatch || !varMatch[1]) {
                continue;
            }
            const varValue = getVarValue({
                isFirst: innerResult.length === 0,
                op,
                varValue: context[varMatch[1]],
                varName: varMatch[1],
                modifier: varMatch[2] || varMatch[3],
                reserved: option?.allowReserved,
            });
            if (varValue) {
                innerResult.push(varValue);
            }
        }
        return innerResult.join("");
    });
    return normalizeUnreserved(result);
}
/**
 * Normalize an expanded URI by decoding percent-encoded unreserved characters.
 * RFC 3986 unreserved: "-" / "." / "~"
 */
function normalizeUnreserved(uri) {
    return uri.replace(/%([0-9A-Fa-f]{2})/g, (match, hex) => {
        const char = String.fromCharCode(parseInt(hex, 16));
        // Decode only if it's unreserved
        if (/[.~-]/.test(char)) {
            return char;
        }
        return match; // leave other encodings intact
    });
}
//# sourceMappingURL=urlTemplate.js.map
// EXTERNAL MODULE: ./node_modules/@azure-rest/core-client/dist/esm/index.js + 11 modules
var esm = __webpack_require__(3049);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/api/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function _checkResourceNameSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Resources/checkResourceName{?api%2Dversion}", {
        "api%2Dversion": context.apiVersion ?? "2022-12-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.resourceNameDefinition
            ? options?.resourceNameDefinition
            : resourceNameSerializer(options?.resourceNameDefinition),
    });
}
async function _checkResourceNameDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        error.details = cloudErrorDeserializer(result.body);
        throw error;
    }
    return checkResourceNameResultDeserializer(result.body);
}
/** A resource name is valid if it is not a reserved word, does not contains a reserved word and does not start with a reserved word */
async function checkResourceName(context, options = { requestOptions: {} }) {
    const result = await _checkResourceNameSend(context, options);
    return _checkResourceNameDeserialize(result);
}
//# sourceMappingURL=operations.js.map
// EXTERNAL MODULE: ./node_modules/@azure/logger/dist/esm/index.js + 1 modules
var dist_esm = __webpack_require__(7567);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const logger = (0,dist_esm/* createClientLogger */.KV)("arm-resources-subscriptions");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/api/subscriptionContext.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function createSubscription(credential, options = {}) {
    const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
    const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
    const userAgentInfo = `azsdk-js-arm-resources-subscriptions/3.0.0`;
    const userAgentPrefix = prefixFromOptions
        ? `${prefixFromOptions} azsdk-js-api ${userAgentInfo}`
        : `azsdk-js-api ${userAgentInfo}`;
    const { apiVersion: _, ...updatedOptions } = {
        ...options,
        userAgentOptions: { userAgentPrefix },
        loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info },
        credentials: {
            scopes: options.credentials?.scopes ?? ["https://management.azure.com/.default"],
        },
    };
    const clientContext = (0,esm/* getClient */.KU)(endpointUrl, credential, updatedOptions);
    const apiVersion = options.apiVersion;
    return { ...clientContext, apiVersion };
}
//# sourceMappingURL=subscriptionContext.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/api/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 42 modules
var core_rest_pipeline_dist_esm = __webpack_require__(8641);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/static-helpers/pagingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Helper to paginate results in a generic way and return a PagedAsyncIterableIterator
 */
function buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
    const itemName = options.itemName ?? "value";
    const nextLinkName = options.nextLinkName ?? "nextLink";
    const nextLinkMethod = options.nextLinkMethod ?? "GET";
    const apiVersion = options.apiVersion;
    const pagedResult = {
        getPage: async (pageLink) => {
            let result;
            if (pageLink === undefined) {
                result = await getInitialResponse();
            }
            else {
                const resolvedPageLink = apiVersion ? addApiVersionToUrl(pageLink, apiVersion) : pageLink;
                result =
                    nextLinkMethod === "POST"
                        ? await client.pathUnchecked(resolvedPageLink).post()
                        : await client.pathUnchecked(resolvedPageLink).get();
            }
            checkPagingRequest(result, expectedStatuses);
            const results = await processResponseBody(result);
            const nextLink = getNextLink(results, nextLinkName);
            const values = getElements(results, itemName);
            return {
                page: values,
                nextPageLink: nextLink,
            };
        },
        byPage: (settings) => {
            const { continuationToken } = settings ?? {};
            return getPageAsyncIterator(pagedResult, {
                pageLink: continuationToken,
            });
        },
    };
    return getPagedAsyncIterator(pagedResult);
}
/**
 * returns an async iterator that iterates over results. It also has a `byPage`
 * method that returns pages of items at once.
 *
 * @param pagedResult - an object that specifies how to get pages.
 * @returns a paged async iterator that iterates over results.
 */
function getPagedAsyncIterator(pagedResult) {
    const iter = getItemAsyncIterator(pagedResult);
    return {
        next() {
            return iter.next();
        },
        [Symbol.asyncIterator]() {
            return this;
        },
        byPage: pagedResult?.byPage ??
            ((settings) => {
                const { continuationToken } = settings ?? {};
                return getPageAsyncIterator(pagedResult, {
                    pageLink: continuationToken,
                });
            }),
    };
}
async function* getItemAsyncIterator(pagedResult) {
    const pages = getPageAsyncIterator(pagedResult);
    for await (const page of pages) {
        yield* page;
    }
}
async function* getPageAsyncIterator(pagedResult, options = {}) {
    const { pageLink } = options;
    let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
    if (!response) {
        return;
    }
    let result = response.page;
    result.continuationToken = response.nextPageLink;
    yield result;
    while (response.nextPageLink) {
        response = await pagedResult.getPage(response.nextPageLink);
        if (!response) {
            return;
        }
        result = response.page;
        result.continuationToken = response.nextPageLink;
        yield result;
    }
}
/**
 * Gets for the value of nextLink in the body
 */
function getNextLink(body, nextLinkName) {
    if (!nextLinkName) {
        return undefined;
    }
    const nextLink = body[nextLinkName];
    if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
        throw new core_rest_pipeline_dist_esm/* RestError */.pj(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
    }
    if (nextLink === null) {
        return undefined;
    }
    return nextLink;
}
/**
 * Gets the elements of the current request in the body.
 */
function getElements(body, itemName) {
    const value = body[itemName];
    if (!Array.isArray(value)) {
        throw new core_rest_pipeline_dist_esm/* RestError */.pj(`Couldn't paginate response\n Body doesn't contain an array property with name: ${itemName}`);
    }
    return value ?? [];
}
/**
 * Checks if a request failed
 */
function checkPagingRequest(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw (0,esm/* createRestError */.t$)(`Pagination failed with unexpected statusCode ${response.status}`, response);
    }
}
/**
 * Adds the api-version query parameter on a URL if it's not present.
 * @param url - the URL to modify
 * @param apiVersion - the API version to set
 * @returns - the URL with the api-version query parameter set
 */
function addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pagingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/api/operations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Resources/operations{?api%2Dversion}", {
        "api%2Dversion": context.apiVersion ?? "2022-12-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        error.details = cloudErrorDeserializer(result.body);
        throw error;
    }
    return _operationListResultDeserializer(result.body);
}
/** List the operations for the provider */
function list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSend(context, options), _listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2022-12-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/classic/operations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getOperations(context) {
    return {
        list: (options) => list(context, options),
    };
}
function _getOperationsOperations(context) {
    return {
        ..._getOperations(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/api/subscriptions/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _checkZonePeersSend(context, subscriptionId, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Resources/checkZonePeers/{?api%2Dversion}", {
        subscriptionId: subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2022-12-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: checkZonePeersRequestSerializer(parameters),
    });
}
async function _checkZonePeersDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        error.details = errorResponseDeserializer(result.body);
        throw error;
    }
    return checkZonePeersResultDeserializer(result.body);
}
/** Compares a subscriptions logical zone mapping */
async function checkZonePeers(context, subscriptionId, parameters, options = { requestOptions: {} }) {
    const result = await _checkZonePeersSend(context, subscriptionId, parameters, options);
    return _checkZonePeersDeserialize(result);
}
function operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions{?api%2Dversion}", {
        "api%2Dversion": context.apiVersion ?? "2022-12-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        error.details = cloudErrorDeserializer(result.body);
        throw error;
    }
    return _subscriptionListResultDeserializer(result.body);
}
/** Gets all subscriptions for a tenant. */
function operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listSend(context, options), operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2022-12-01" });
}
function _getSend(context, subscriptionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}{?api%2Dversion}", {
        subscriptionId: subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2022-12-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        error.details = cloudErrorDeserializer(result.body);
        throw error;
    }
    return subscriptionDeserializer(result.body);
}
/** Gets details about a specified subscription. */
async function get(context, subscriptionId, options = { requestOptions: {} }) {
    const result = await _getSend(context, subscriptionId, options);
    return _getDeserialize(result);
}
function _listLocationsSend(context, subscriptionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/locations{?api%2Dversion,includeExtendedLocations}", {
        subscriptionId: subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2022-12-01",
        includeExtendedLocations: options?.includeExtendedLocations,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listLocationsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        error.details = cloudErrorDeserializer(result.body);
        throw error;
    }
    return _locationListResultDeserializer(result.body);
}
/** This operation provides all the locations that are available for resource providers; however, each resource provider may support a subset of this list. */
function listLocations(context, subscriptionId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listLocationsSend(context, subscriptionId, options), _listLocationsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2022-12-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/classic/subscriptions/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getSubscriptions(context) {
    return {
        checkZonePeers: (subscriptionId, parameters, options) => checkZonePeers(context, subscriptionId, parameters, options),
        list: (options) => operations_list(context, options),
        get: (subscriptionId, options) => get(context, subscriptionId, options),
        listLocations: (subscriptionId, options) => listLocations(context, subscriptionId, options),
    };
}
function _getSubscriptionsOperations(context) {
    return {
        ..._getSubscriptions(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/api/tenants/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function tenants_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/tenants{?api%2Dversion}", {
        "api%2Dversion": context.apiVersion ?? "2022-12-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function tenants_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        error.details = cloudErrorDeserializer(result.body);
        throw error;
    }
    return _tenantListResultDeserializer(result.body);
}
/** Gets the tenants for your account. */
function tenants_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => tenants_operations_listSend(context, options), tenants_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2022-12-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/classic/tenants/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getTenants(context) {
    return {
        list: (options) => tenants_operations_list(context, options),
    };
}
function _getTenantsOperations(context) {
    return {
        ..._getTenants(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/subscriptionClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





class SubscriptionClient {
    _client;
    /** The pipeline used by this client to make requests */
    pipeline;
    constructor(credential, options = {}) {
        const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
        const userAgentPrefix = prefixFromOptions
            ? `${prefixFromOptions} azsdk-js-client`
            : `azsdk-js-client`;
        this._client = createSubscription(credential, {
            ...options,
            userAgentOptions: { userAgentPrefix },
        });
        this.pipeline = this._client.pipeline;
        this.tenants = _getTenantsOperations(this._client);
        this.subscriptions = _getSubscriptionsOperations(this._client);
        this.operations = _getOperationsOperations(this._client);
    }
    /** A resource name is valid if it is not a reserved word, does not contains a reserved word and does not start with a reserved word */
    checkResourceName(options = { requestOptions: {} }) {
        return checkResourceName(this._client, options);
    }
    /** The operation groups for tenants */
    tenants;
    /** The operation groups for subscriptions */
    subscriptions;
    /** The operation groups for operations */
    operations;
}
//# sourceMappingURL=subscriptionClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/models/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resources-subscriptions/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





//# sourceMappingURL=index.js.map

/***/ })

};
