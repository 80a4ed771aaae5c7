export const id = 381;
export const ids = [381];
export const modules = {

/***/ 4381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  approveOrRejectPrivateEndpointConnection: () => (/* reexport */ approveOrRejectPrivateEndpointConnection),
  createOrUpdateBasicAuth: () => (/* reexport */ createOrUpdateBasicAuth),
  createOrUpdateBuildDatabaseConnection: () => (/* reexport */ createOrUpdateBuildDatabaseConnection),
  createOrUpdateDatabaseConnection: () => (/* reexport */ createOrUpdateDatabaseConnection),
  createOrUpdateStaticSite: () => (/* reexport */ createOrUpdateStaticSite),
  createOrUpdateStaticSiteAppSettings: () => (/* reexport */ createOrUpdateStaticSiteAppSettings),
  createOrUpdateStaticSiteBuildAppSettings: () => (/* reexport */ createOrUpdateStaticSiteBuildAppSettings),
  createOrUpdateStaticSiteBuildFunctionAppSettings: () => (/* reexport */ createOrUpdateStaticSiteBuildFunctionAppSettings),
  createOrUpdateStaticSiteCustomDomain: () => (/* reexport */ createOrUpdateStaticSiteCustomDomain),
  createOrUpdateStaticSiteFunctionAppSettings: () => (/* reexport */ createOrUpdateStaticSiteFunctionAppSettings),
  createUserRolesInvitationLink: () => (/* reexport */ createUserRolesInvitationLink),
  createZipDeploymentForStaticSite: () => (/* reexport */ createZipDeploymentForStaticSite),
  createZipDeploymentForStaticSiteBuild: () => (/* reexport */ createZipDeploymentForStaticSiteBuild),
  deleteBuildDatabaseConnection: () => (/* reexport */ deleteBuildDatabaseConnection),
  deleteDatabaseConnection: () => (/* reexport */ deleteDatabaseConnection),
  deletePrivateEndpointConnection: () => (/* reexport */ deletePrivateEndpointConnection),
  deleteStaticSite: () => (/* reexport */ deleteStaticSite),
  deleteStaticSiteBuild: () => (/* reexport */ deleteStaticSiteBuild),
  deleteStaticSiteCustomDomain: () => (/* reexport */ deleteStaticSiteCustomDomain),
  deleteStaticSiteUser: () => (/* reexport */ deleteStaticSiteUser),
  detachStaticSite: () => (/* reexport */ detachStaticSite),
  detachUserProvidedFunctionAppFromStaticSite: () => (/* reexport */ detachUserProvidedFunctionAppFromStaticSite),
  detachUserProvidedFunctionAppFromStaticSiteBuild: () => (/* reexport */ detachUserProvidedFunctionAppFromStaticSiteBuild),
  getBasicAuth: () => (/* reexport */ getBasicAuth),
  getBuildDatabaseConnection: () => (/* reexport */ getBuildDatabaseConnection),
  getBuildDatabaseConnectionWithDetails: () => (/* reexport */ getBuildDatabaseConnectionWithDetails),
  getDatabaseConnection: () => (/* reexport */ getDatabaseConnection),
  getDatabaseConnectionWithDetails: () => (/* reexport */ getDatabaseConnectionWithDetails),
  getLinkedBackend: () => (/* reexport */ getLinkedBackend),
  getLinkedBackendForBuild: () => (/* reexport */ getLinkedBackendForBuild),
  getPrivateEndpointConnection: () => (/* reexport */ getPrivateEndpointConnection),
  getPrivateLinkResources: () => (/* reexport */ getPrivateLinkResources),
  getStaticSite: () => (/* reexport */ getStaticSite),
  getStaticSiteBuild: () => (/* reexport */ getStaticSiteBuild),
  getStaticSiteCustomDomain: () => (/* reexport */ getStaticSiteCustomDomain),
  getUserProvidedFunctionAppForStaticSite: () => (/* reexport */ getUserProvidedFunctionAppForStaticSite),
  getUserProvidedFunctionAppForStaticSiteBuild: () => (/* reexport */ getUserProvidedFunctionAppForStaticSiteBuild),
  linkBackend: () => (/* reexport */ linkBackend),
  linkBackendToBuild: () => (/* reexport */ linkBackendToBuild),
  list: () => (/* reexport */ list),
  listBasicAuth: () => (/* reexport */ listBasicAuth),
  listBuildDatabaseConnections: () => (/* reexport */ listBuildDatabaseConnections),
  listBuildDatabaseConnectionsWithDetails: () => (/* reexport */ listBuildDatabaseConnectionsWithDetails),
  listDatabaseConnections: () => (/* reexport */ listDatabaseConnections),
  listDatabaseConnectionsWithDetails: () => (/* reexport */ listDatabaseConnectionsWithDetails),
  listLinkedBackends: () => (/* reexport */ listLinkedBackends),
  listLinkedBackendsForBuild: () => (/* reexport */ listLinkedBackendsForBuild),
  listPrivateEndpointConnectionList: () => (/* reexport */ listPrivateEndpointConnectionList),
  listStaticSiteAppSettings: () => (/* reexport */ listStaticSiteAppSettings),
  listStaticSiteBuildAppSettings: () => (/* reexport */ listStaticSiteBuildAppSettings),
  listStaticSiteBuildFunctionAppSettings: () => (/* reexport */ listStaticSiteBuildFunctionAppSettings),
  listStaticSiteBuildFunctions: () => (/* reexport */ listStaticSiteBuildFunctions),
  listStaticSiteBuilds: () => (/* reexport */ listStaticSiteBuilds),
  listStaticSiteConfiguredRoles: () => (/* reexport */ listStaticSiteConfiguredRoles),
  listStaticSiteCustomDomains: () => (/* reexport */ listStaticSiteCustomDomains),
  listStaticSiteFunctionAppSettings: () => (/* reexport */ listStaticSiteFunctionAppSettings),
  listStaticSiteFunctions: () => (/* reexport */ listStaticSiteFunctions),
  listStaticSiteSecrets: () => (/* reexport */ listStaticSiteSecrets),
  listStaticSiteUsers: () => (/* reexport */ listStaticSiteUsers),
  listStaticSitesByResourceGroup: () => (/* reexport */ listStaticSitesByResourceGroup),
  listUserProvidedFunctionAppsForStaticSite: () => (/* reexport */ listUserProvidedFunctionAppsForStaticSite),
  listUserProvidedFunctionAppsForStaticSiteBuild: () => (/* reexport */ listUserProvidedFunctionAppsForStaticSiteBuild),
  previewWorkflow: () => (/* reexport */ previewWorkflow),
  registerUserProvidedFunctionAppWithStaticSite: () => (/* reexport */ registerUserProvidedFunctionAppWithStaticSite),
  registerUserProvidedFunctionAppWithStaticSiteBuild: () => (/* reexport */ registerUserProvidedFunctionAppWithStaticSiteBuild),
  resetStaticSiteApiKey: () => (/* reexport */ resetStaticSiteApiKey),
  unlinkBackend: () => (/* reexport */ unlinkBackend),
  unlinkBackendFromBuild: () => (/* reexport */ unlinkBackendFromBuild),
  updateBuildDatabaseConnection: () => (/* reexport */ updateBuildDatabaseConnection),
  updateDatabaseConnection: () => (/* reexport */ updateDatabaseConnection),
  updateStaticSite: () => (/* reexport */ updateStaticSite),
  updateStaticSiteUser: () => (/* reexport */ updateStaticSiteUser),
  validateBackend: () => (/* reexport */ validateBackend),
  validateBackendForBuild: () => (/* reexport */ validateBackendForBuild),
  validateCustomDomainCanBeAddedToStaticSite: () => (/* reexport */ validateCustomDomainCanBeAddedToStaticSite)
});

// EXTERNAL MODULE: ./node_modules/@azure/arm-appservice/dist/esm/models/models.js + 1 modules
var models = __webpack_require__(1214);
// EXTERNAL MODULE: ./node_modules/@azure/arm-appservice/dist/esm/static-helpers/pagingHelpers.js
var pagingHelpers = __webpack_require__(6687);
// EXTERNAL MODULE: ./node_modules/@azure/logger/dist/esm/index.js + 1 modules
var esm = __webpack_require__(7567);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appservice/node_modules/@azure/core-lro/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The `@azure/logger` configuration for this package.
 * @internal
 */
const logger = (0,esm/* createClientLogger */.KV)("core-lro");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appservice/node_modules/@azure/core-lro/dist/esm/poller/constants.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The default time interval to wait before sending the next polling request.
 */
const POLL_INTERVAL_IN_MS = 2000;
/**
 * The maximum polling interval, in milliseconds, that can be safely passed to the
 * platform timer. Node.js clamps a `setTimeout` delay greater than `2147483647`
 * (the largest 32-bit signed integer) to `1`, which would turn an intended long
 * delay into a near-continuous polling loop. Server-provided polling intervals
 * are bounded to this value before being scheduled.
 */
const MAX_POLLING_INTERVAL_IN_MS = 2147483647;
/**
 * The closed set of terminal states.
 */
const terminalStates = ["succeeded", "canceled", "failed"];
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appservice/node_modules/@azure/core-lro/dist/esm/poller/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Deserializes the state
 */
function deserializeState(serializedState) {
    try {
        return JSON.parse(serializedState).state;
    }
    catch (e) {
        throw new Error(`Unable to deserialize input state: ${serializedState}`, { cause: e });
    }
}
function setStateError(inputs) {
    const { state, isOperationError } = inputs;
    return (error) => {
        if (isOperationError(error)) {
            state.error = error;
            state.status = "failed";
        }
        throw error;
    };
}
function appendReadableErrorMessage(currentMessage, innerMessage) {
    let message = currentMessage;
    if (message.slice(-1) !== ".") {
        message = message + ".";
    }
    return message + " " + innerMessage;
}
function simplifyError(err) {
    let message = err.message;
    let code = err.code;
    let curErr = err;
    while (curErr.innererror) {
        curErr = curErr.innererror;
        code = curErr.code;
        message = appendReadableErrorMessage(message, curErr.message);
    }
    return {
        code,
        message,
    };
}
async function processOperationStatus(result) {
    const { state, status, isDone, processResult, getError, response, setErrorAsResult } = result;
    switch (status) {
        case "succeeded": {
            state.status = "succeeded";
            break;
        }
        case "failed": {
            const err = getError?.(response);
            let postfix = "";
            if (err) {
                const { code, message } = simplifyError(err);
                postfix = `. ${code}. ${message}`;
            }
            const errStr = `The long-running operation has failed${postfix}`;
            state.error = new Error(errStr);
            state.status = "failed";
            logger.warning(errStr);
            break;
        }
        case "canceled": {
            state.status = "canceled";
            break;
        }
    }
    if (isDone?.(response, state) ||
        (isDone === undefined &&
            ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status))) {
        state.result = await buildResult({
            response,
            state,
            processResult,
        });
    }
}
async function buildResult(inputs) {
    const { processResult, response, state } = inputs;
    return processResult ? processResult(response, state) : response;
}
/**
 * Initiates the long-running operation.
 */
async function initOperation(inputs) {
    const { init, processResult, getOperationStatus, withOperationLocation, setErrorAsResult } = inputs;
    const { operationLocation, resourceLocation, initialRequestUrl, requestMethod, metadata, response, } = await init();
    if (operationLocation)
        withOperationLocation?.(operationLocation, false);
    const config = {
        metadata,
        operationLocation,
        resourceLocation,
        initialRequestUrl,
        requestMethod,
    };
    logger.verbose(`LRO: Operation description:`, config);
    const state = { status: "running", config };
    const status = getOperationStatus({ response, state, operationLocation });
    await processOperationStatus({
        state,
        status,
        response,
        setErrorAsResult,
        processResult,
    });
    return state;
}
async function pollOperationHelper(inputs) {
    const { poll, state, operationLocation, getOperationStatus, getResourceLocation, isOperationError, options, } = inputs;
    const response = await poll(operationLocation, options).catch(setStateError({
        state,
        isOperationError,
    }));
    const status = getOperationStatus(response, state);
    logger.verbose(`LRO: Status:\n\tPolling from: ${state.config.operationLocation}\n\tOperation status: ${status}\n\tPolling status: ${terminalStates.includes(status) ? "Stopped" : "Running"}`);
    if (status === "succeeded") {
        const resourceLocation = getResourceLocation(response, state);
        if (resourceLocation !== undefined) {
            return {
                response: await poll(resourceLocation).catch(setStateError({ state, isOperationError })),
                status,
            };
        }
    }
    return { response, status };
}
/** Polls the long-running operation. */
async function operation_pollOperation(inputs) {
    const { poll, state, options, getOperationStatus, getResourceLocation, getOperationLocation, isOperationError, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult, } = inputs;
    const { operationLocation } = state.config;
    if (operationLocation !== undefined) {
        const { response, status } = await pollOperationHelper({
            poll,
            getOperationStatus,
            state,
            operationLocation,
            getResourceLocation,
            isOperationError,
            options,
        });
        await processOperationStatus({
            status,
            response,
            state,
            isDone,
            processResult,
            getError,
            setErrorAsResult,
        });
        if (!terminalStates.includes(status)) {
            const intervalInMs = getPollingInterval?.(response);
            // `undefined` means the response carried no polling interval at all, in
            // which case the current delay is kept. Any other value — including one
            // that cannot be honored — is routed through `setDelay`, which bounds it
            // and falls back to the configured interval so a stale server delay is
            // never reused.
            if (intervalInMs !== undefined)
                setDelay(intervalInMs);
            const location = getOperationLocation?.(response, state);
            if (location !== undefined) {
                const isUpdated = operationLocation !== location;
                state.config.operationLocation = location;
                withOperationLocation?.(location, isUpdated);
            }
            else
                withOperationLocation?.(operationLocation, false);
        }
        updateState?.(state, response);
    }
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appservice/node_modules/@azure/core-lro/dist/esm/http/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function getOperationLocationPollingUrl(inputs) {
    const { azureAsyncOperation, operationLocation } = inputs;
    return operationLocation ?? azureAsyncOperation;
}
function getLocationHeader(rawResponse) {
    return rawResponse.headers["location"];
}
function getOperationLocationHeader(rawResponse) {
    return rawResponse.headers["operation-location"];
}
function getAzureAsyncOperationHeader(rawResponse) {
    return rawResponse.headers["azure-asyncoperation"];
}
function findResourceLocation(inputs) {
    const { location, requestMethod, requestPath, resourceLocationConfig, skipFinalGet } = inputs;
    // If skipFinalGet is true, return undefined to skip the final GET request
    if (skipFinalGet) {
        return undefined;
    }
    switch (requestMethod) {
        case "PUT": {
            return requestPath;
        }
        case "DELETE": {
            return undefined;
        }
        case "PATCH": {
            return getDefault() ?? requestPath;
        }
        default: {
            return getDefault();
        }
    }
    function getDefault() {
        switch (resourceLocationConfig) {
            case "operation-location":
            case "azure-async-operation": {
                return undefined;
            }
            case "original-uri": {
                return requestPath;
            }
            case "location":
            default: {
                return location;
            }
        }
    }
}
function inferLroMode(rawResponse, resourceLocationConfig, skipFinalGet) {
    const requestPath = rawResponse.request.url;
    const requestMethod = rawResponse.request.method;
    const operationLocation = getOperationLocationHeader(rawResponse);
    const azureAsyncOperation = getAzureAsyncOperationHeader(rawResponse);
    const pollingUrl = getOperationLocationPollingUrl({ operationLocation, azureAsyncOperation });
    const location = getLocationHeader(rawResponse);
    const normalizedRequestMethod = requestMethod?.toLocaleUpperCase();
    if (pollingUrl !== undefined) {
        return {
            mode: "OperationLocation",
            operationLocation: pollingUrl,
            resourceLocation: findResourceLocation({
                requestMethod: normalizedRequestMethod,
                location,
                requestPath,
                resourceLocationConfig,
                skipFinalGet,
            }),
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else if (location !== undefined) {
        return {
            mode: "ResourceLocation",
            operationLocation: location,
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else if (normalizedRequestMethod === "PUT" && requestPath) {
        return {
            mode: "Body",
            operationLocation: requestPath,
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else {
        return undefined;
    }
}
function transformStatus(inputs) {
    const { status, statusCode } = inputs;
    if (typeof status !== "string" && status !== undefined) {
        throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
    }
    logger.verbose(`LRO: Transforming status: ${status} with status code: ${statusCode}.`);
    const lowerCaseStatus = status?.toLocaleLowerCase();
    if (!lowerCaseStatus) {
        return toOperationStatus(statusCode);
    }
    if (lowerCaseStatus.includes("succeeded")) {
        return "succeeded";
    }
    if (lowerCaseStatus.includes("fail")) {
        return "failed";
    }
    if (["canceled", "cancelled"].includes(lowerCaseStatus)) {
        return "canceled";
    }
    return "running";
}
function getStatus(rawResponse) {
    const { status } = rawResponse.body ?? {};
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function getProvisioningState(rawResponse) {
    const { properties, provisioningState } = rawResponse.body ?? {};
    const status = properties?.provisioningState ?? provisioningState;
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function toOperationStatus(statusCode) {
    if (statusCode === 202) {
        return "running";
    }
    else if (statusCode < 300) {
        return "succeeded";
    }
    else {
        return "failed";
    }
}
/**
 * Converts `Retry-After` seconds or date values to milliseconds.
 *
 * An absent header returns `undefined`; an unparseable or non-future date
 * returns `NaN`. The poller handles unusable values and timer bounds.
 */
function parseRetryAfter({ rawResponse }) {
    const retryAfter = rawResponse.headers["retry-after"];
    if (retryAfter === undefined) {
        return undefined;
    }
    if (/^[0-9]+$/.test(retryAfter)) {
        return Number(retryAfter) * 1000;
    }
    // asctime HTTP dates omit the timezone but must be interpreted as GMT.
    const retryAfterDate = retryAfter.replace(/^(\w{3} \w{3} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} \d{4})$/, "$1 GMT");
    const intervalInMs = Date.parse(retryAfterDate) - Date.now();
    return intervalInMs > 0 ? intervalInMs : Number.NaN;
}
function getErrorFromResponse(response) {
    const error = accessBodyProperty(response, "error");
    if (!error) {
        logger.warning(`The long-running operation failed but there is no error property in the response's body`);
        return;
    }
    if (!error.code || !error.message) {
        logger.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
        return;
    }
    return error;
}
function getStatusFromInitialResponse(inputs) {
    const { response, state, operationLocation } = inputs;
    function helper() {
        const mode = state.config.metadata?.["mode"];
        switch (mode) {
            case undefined:
                return toOperationStatus(response.rawResponse.statusCode);
            case "Body":
                return getOperationStatus(response, state);
            default:
                return "running";
        }
    }
    const status = helper();
    return status === "running" && operationLocation === undefined ? "succeeded" : status;
}
function getOperationLocation({ rawResponse }, state) {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getOperationLocationPollingUrl({
                operationLocation: getOperationLocationHeader(rawResponse),
                azureAsyncOperation: getAzureAsyncOperationHeader(rawResponse),
            });
        }
        case "ResourceLocation": {
            return getLocationHeader(rawResponse);
        }
        case "Body":
        default: {
            return undefined;
        }
    }
}
function getOperationStatus({ rawResponse }, state) {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getStatus(rawResponse);
        }
        case "ResourceLocation": {
            return toOperationStatus(rawResponse.statusCode);
        }
        case "Body": {
            return getProvisioningState(rawResponse);
        }
        default:
            throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
    }
}
function accessBodyProperty({ flatResponse, rawResponse }, prop) {
    return flatResponse?.[prop] ?? rawResponse.body?.[prop];
}
function getResourceLocation(res, state) {
    const loc = accessBodyProperty(res, "resourceLocation");
    if (loc && typeof loc === "string") {
        state.config.resourceLocation = loc;
    }
    return state.config.resourceLocation;
}
function isOperationError(e) {
    return e.name === "RestError";
}
/** Polls the long-running operation. */
async function pollHttpOperation(inputs) {
    const { lro, options, processResult, updateState, setDelay, state, setErrorAsResult } = inputs;
    return pollOperation({
        state,
        setDelay,
        processResult: processResult
            ? ({ flatResponse }, inputState) => processResult(flatResponse, inputState)
            : ({ flatResponse }) => flatResponse,
        getError: getErrorFromResponse,
        updateState,
        getPollingInterval: parseRetryAfter,
        getOperationLocation,
        getOperationStatus,
        isOperationError,
        getResourceLocation,
        options,
        /**
         * The expansion here is intentional because `lro` could be an object that
         * references an inner this, so we need to preserve a reference to it.
         */
        poll: (location, inputOptions) => lro.sendPollRequest(location, inputOptions),
        setErrorAsResult,
    });
}
//# sourceMappingURL=operation.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-util/dist/esm/index.js + 4 modules
var dist_esm = __webpack_require__(9105);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appservice/node_modules/@azure/core-lro/dist/esm/poller/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Bounds a polling interval to the range supported by the platform timer.
 * Node.js clamps a `setTimeout` delay greater than {@link MAX_POLLING_INTERVAL_IN_MS}
 * to `1`, which would turn an intended long delay into a near-continuous polling
 * loop. This guard is applied to every source of the polling interval — the
 * caller-supplied `intervalInMs` and any server-provided `Retry-After` value —
 * so invalid or oversized values are never scheduled directly on the timer.
 */
function boundPollingInterval(intervalInMs, fallbackIntervalInMs = POLL_INTERVAL_IN_MS) {
    if (!Number.isFinite(intervalInMs) || intervalInMs < 0) {
        return fallbackIntervalInMs;
    }
    return Math.min(intervalInMs, MAX_POLLING_INTERVAL_IN_MS);
}
/**
 * Bounds a server-provided polling interval, such as one derived from a
 * `Retry-After` header, to the range supported by the platform timer.
 *
 * A value that cannot be honored — unparseable, not finite, or non-positive —
 * falls back to the caller's configured interval rather than leaving the delay
 * from an earlier response in effect.
 */
function boundServerPollingInterval(intervalInMs, configuredIntervalInMs) {
    if (!Number.isFinite(intervalInMs) || intervalInMs <= 0) {
        return configuredIntervalInMs;
    }
    return Math.min(intervalInMs, MAX_POLLING_INTERVAL_IN_MS);
}
/**
 * Returns a poller factory.
 */
function buildCreatePoller(inputs) {
    const { getOperationLocation, getStatusFromInitialResponse, getStatusFromPollResponse, isOperationError, getResourceLocation, getPollingInterval, getError, resolveOnUnsuccessful, } = inputs;
    return ({ init, poll }, options) => {
        const { processResult, updateState, withOperationLocation: withOperationLocationCallback, intervalInMs = POLL_INTERVAL_IN_MS, restoreFrom, } = options || {};
        const withOperationLocation = withOperationLocationCallback
            ? (() => {
                let called = false;
                return (operationLocation, isUpdated) => {
                    if (isUpdated)
                        withOperationLocationCallback(operationLocation);
                    else if (!called)
                        withOperationLocationCallback(operationLocation);
                    called = true;
                };
            })()
            : undefined;
        let statePromise;
        let state;
        if (restoreFrom) {
            state = deserializeState(restoreFrom);
            statePromise = Promise.resolve(state);
        }
        else {
            statePromise = initOperation({
                init,
                processResult,
                getOperationStatus: getStatusFromInitialResponse,
                withOperationLocation,
                setErrorAsResult: !resolveOnUnsuccessful,
            }).then((s) => (state = s));
        }
        let resultPromise;
        const abortController = new AbortController();
        const handlers = new Map();
        const handleProgressEvents = async () => handlers.forEach((h) => h(state));
        const cancelErrMsg = "Operation was canceled";
        const configuredPollIntervalInMs = boundPollingInterval(intervalInMs);
        let currentPollIntervalInMs = configuredPollIntervalInMs;
        const poller = {
            get operationState() {
                return state;
            },
            get result() {
                return state?.result;
            },
            get isDone() {
                return ["succeeded", "failed", "canceled"].includes(state?.status ?? "");
            },
            onProgress: (callback) => {
                const s = Symbol();
                handlers.set(s, callback);
                return () => handlers.delete(s);
            },
            serialize: async () => {
                await statePromise;
                return JSON.stringify({
                    state,
                });
            },
            submitted: async () => {
                await statePromise;
            },
            pollUntilDone: async (pollOptions) => {
                resultPromise ??= (async () => {
                    await statePromise;
                    if (!state) {
                        throw new Error("Poller should be initialized but it is not!");
                    }
                    const { abortSignal: inputAbortSignal } = pollOptions || {};
                    // In the future we can use AbortSignal.any() instead
                    function abortListener() {
                        abortController.abort();
                    }
                    const abortSignal = abortController.signal;
                    if (inputAbortSignal?.aborted) {
                        abortController.abort();
                    }
                    else if (!abortSignal.aborted) {
                        inputAbortSignal?.addEventListener("abort", abortListener, { once: true });
                    }
                    try {
                        if (!poller.isDone) {
                            await poller.poll({ abortSignal });
                            while (!poller.isDone) {
                                await (0,dist_esm/* delay */.cb)(currentPollIntervalInMs, { abortSignal });
                                await poller.poll({ abortSignal });
                            }
                        }
                    }
                    finally {
                        inputAbortSignal?.removeEventListener("abort", abortListener);
                    }
                    if (resolveOnUnsuccessful) {
                        return poller.result;
                    }
                    else {
                        switch (state.status) {
                            case "succeeded":
                                return poller.result;
                            case "canceled":
                                throw new Error(cancelErrMsg);
                            case "failed":
                                throw state.error;
                            case "notStarted":
                            case "running":
                                throw new Error(`Polling completed without succeeding or failing`);
                        }
                    }
                })().finally(() => {
                    resultPromise = undefined;
                });
                return resultPromise;
            },
            async poll(pollOptions) {
                await statePromise;
                if (!state) {
                    throw new Error("Poller should be initialized but it is not!");
                }
                if (resolveOnUnsuccessful) {
                    if (poller.isDone)
                        return state;
                }
                else {
                    switch (state.status) {
                        case "succeeded":
                            return state;
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                await operation_pollOperation({
                    poll,
                    state,
                    getOperationLocation,
                    isOperationError,
                    withOperationLocation,
                    getPollingInterval,
                    getOperationStatus: getStatusFromPollResponse,
                    getResourceLocation,
                    processResult,
                    getError,
                    updateState,
                    options: pollOptions,
                    setDelay: (pollIntervalInMs) => {
                        currentPollIntervalInMs = boundServerPollingInterval(pollIntervalInMs, configuredPollIntervalInMs);
                    },
                    setErrorAsResult: !resolveOnUnsuccessful,
                });
                await handleProgressEvents();
                if (!resolveOnUnsuccessful) {
                    switch (state.status) {
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                return state;
            },
            then(onfulfilled, onrejected) {
                return poller.pollUntilDone().then(onfulfilled, onrejected);
            },
            catch(onrejected) {
                return poller.pollUntilDone().catch(onrejected);
            },
            finally(onfinally) {
                return poller.pollUntilDone().finally(onfinally);
            },
            [Symbol.toStringTag]: "Poller",
        };
        return poller;
    };
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appservice/node_modules/@azure/core-lro/dist/esm/http/utils.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Rewrites a given URL to use the specified base URL.
 * It preserves the pathname, search parameters, and fragment.
 * Handles relative URLs and proper encoding.
 *
 * @param params - An object containing the url and baseUrl.
 *                    url - The original URL (absolute or relative).
 *                    baseUrl - The new base URL to use.
 * @returns The rewritten URL as a string.
 */
function rewriteUrl({ url, baseUrl, }) {
    if (!url) {
        return undefined;
    }
    if (!baseUrl) {
        return url;
    }
    let originalUrl;
    try {
        // Try to parse inputUrl as an absolute URL.
        originalUrl = new URL(url);
    }
    catch {
        // If inputUrl is relative, resolve using the provided baseUrl.
        try {
            originalUrl = new URL(url, baseUrl);
        }
        catch (e) {
            throw new Error(`Invalid input URL provided: ${url}`, { cause: e });
        }
    }
    let newBase;
    try {
        newBase = new URL(baseUrl);
    }
    catch (e) {
        throw new Error(`Invalid base URL provided: ${baseUrl}`, { cause: e });
    }
    const rewrittenUrl = new URL(`${originalUrl.pathname}${originalUrl.search}${originalUrl.hash}`, newBase);
    return rewrittenUrl.toString();
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appservice/node_modules/@azure/core-lro/dist/esm/http/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Creates a poller that can be used to poll a long-running operation.
 * @param lro - Description of the long-running operation
 * @param options - options to configure the poller
 * @returns an initialized poller
 */
function createHttpPoller(lro, options) {
    const { resourceLocationConfig, intervalInMs, processResult, restoreFrom, updateState, withOperationLocation, resolveOnUnsuccessful = false, baseUrl, skipFinalGet, } = options || {};
    return buildCreatePoller({
        getStatusFromInitialResponse: getStatusFromInitialResponse,
        getStatusFromPollResponse: getOperationStatus,
        isOperationError: isOperationError,
        getOperationLocation: getOperationLocation,
        getResourceLocation: getResourceLocation,
        getPollingInterval: parseRetryAfter,
        getError: getErrorFromResponse,
        resolveOnUnsuccessful,
    })({
        init: async () => {
            const response = await lro.sendInitialRequest();
            const config = inferLroMode(response.rawResponse, resourceLocationConfig, skipFinalGet);
            return {
                response,
                operationLocation: rewriteUrl({ url: config?.operationLocation, baseUrl }),
                resourceLocation: rewriteUrl({ url: config?.resourceLocation, baseUrl }),
                initialRequestUrl: config?.initialRequestUrl,
                requestMethod: config?.requestMethod,
                ...(config?.mode ? { metadata: { mode: config.mode } } : {}),
            };
        },
        poll: lro.sendPollRequest,
    }, {
        intervalInMs,
        withOperationLocation,
        restoreFrom,
        updateState,
        processResult: processResult
            ? ({ flatResponse }, state) => processResult(flatResponse, state)
            : ({ flatResponse }) => flatResponse,
    });
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appservice/node_modules/@azure/core-lro/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./node_modules/@azure-rest/core-client/dist/esm/index.js + 6 modules
var core_client_dist_esm = __webpack_require__(6255);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appservice/dist/esm/static-helpers/pollingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function getLongRunningPoller(client, processResponseBody, expectedStatuses, options) {
    const { restoreFrom, getInitialResponse, apiVersion } = options;
    if (!restoreFrom && !getInitialResponse) {
        throw new Error("Either restoreFrom or getInitialResponse must be specified");
    }
    let initialResponse = undefined;
    const pollAbortController = new AbortController();
    const poller = {
        sendInitialRequest: async () => {
            if (!getInitialResponse) {
                throw new Error("getInitialResponse is required when initializing a new poller");
            }
            initialResponse = await getInitialResponse();
            return getLroResponse(initialResponse, expectedStatuses);
        },
        sendPollRequest: async (path, pollOptions) => {
            // The poll request would both listen to the user provided abort signal and the poller's own abort signal
            function abortListener() {
                pollAbortController.abort();
            }
            const abortSignal = pollAbortController.signal;
            if (options.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (pollOptions?.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (!abortSignal.aborted) {
                options.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
                pollOptions?.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
            }
            let response;
            try {
                const pollingPath = apiVersion ? addApiVersionToUrl(path, apiVersion) : path;
                response = await client.pathUnchecked(pollingPath).get({ abortSignal });
            }
            finally {
                options.abortSignal?.removeEventListener("abort", abortListener);
                pollOptions?.abortSignal?.removeEventListener("abort", abortListener);
            }
            return getLroResponse(response, expectedStatuses);
        },
    };
    return createHttpPoller(poller, {
        intervalInMs: options?.updateIntervalInMs,
        resourceLocationConfig: options?.resourceLocationConfig,
        restoreFrom: options?.restoreFrom,
        processResult: (result) => {
            return processResponseBody(result);
        },
    });
}
/**
 * Converts a Rest Client response to a response that the LRO implementation understands
 * @param response - a rest client http response
 * @param deserializeFn - deserialize function to convert Rest response to modular output
 * @returns - An LRO response that the LRO implementation understands
 */
function getLroResponse(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw (0,core_client_dist_esm/* createRestError */.t$)(response);
    }
    return {
        flatResponse: response,
        rawResponse: {
            ...response,
            statusCode: Number.parseInt(response.status),
            body: response.body,
        },
    };
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
//# sourceMappingURL=pollingHelpers.js.map
// EXTERNAL MODULE: ./node_modules/@azure/arm-appservice/dist/esm/static-helpers/urlTemplate.js
var urlTemplate = __webpack_require__(7973);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appservice/dist/esm/api/staticSites/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _previewWorkflowSend(context, location, staticSitesWorkflowPreviewRequest, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/providers/Microsoft.Web/locations/{location}/previewStaticSiteWorkflowFile{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* staticSitesWorkflowPreviewRequestSerializer */.Xfv)(staticSitesWorkflowPreviewRequest),
    });
}
async function _previewWorkflowDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSitesWorkflowPreviewDeserializer */.Xor)(result.body);
}
/** Description for Generates a preview workflow file for the static site */
async function previewWorkflow(context, location, staticSitesWorkflowPreviewRequest, options = { requestOptions: {} }) {
    const result = await _previewWorkflowSend(context, location, staticSitesWorkflowPreviewRequest, options);
    return _previewWorkflowDeserialize(result);
}
function _validateBackendForBuildSend(context, resourceGroupName, name, environmentName, linkedBackendName, staticSiteLinkedBackendEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/linkedBackends/{linkedBackendName}/validate{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        linkedBackendName: linkedBackendName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        body: (0,models/* staticSiteLinkedBackendARMResourceSerializer */.PW3)(staticSiteLinkedBackendEnvelope),
    });
}
async function _validateBackendForBuildDeserialize(result) {
    const expectedStatuses = ["202", "204", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Validates that a backend can be linked to a static site build */
function validateBackendForBuild(context, resourceGroupName, name, environmentName, linkedBackendName, staticSiteLinkedBackendEnvelope, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _validateBackendForBuildDeserialize, ["202", "204", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _validateBackendForBuildSend(context, resourceGroupName, name, environmentName, linkedBackendName, staticSiteLinkedBackendEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _listLinkedBackendsForBuildSend(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/linkedBackends{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listLinkedBackendsForBuildDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _staticSiteLinkedBackendsCollectionDeserializer */._Mu)(result.body);
}
/** Returns details of all backends linked to a static site build */
function listLinkedBackendsForBuild(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listLinkedBackendsForBuildSend(context, resourceGroupName, name, environmentName, options), _listLinkedBackendsForBuildDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _unlinkBackendFromBuildSend(context, resourceGroupName, name, environmentName, linkedBackendName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/linkedBackends/{linkedBackendName}{?api%2Dversion,isCleaningAuthConfig}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        linkedBackendName: linkedBackendName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
        isCleaningAuthConfig: options?.isCleaningAuthConfig,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _unlinkBackendFromBuildDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Unlink a backend from a static site build */
async function unlinkBackendFromBuild(context, resourceGroupName, name, environmentName, linkedBackendName, options = { requestOptions: {} }) {
    const result = await _unlinkBackendFromBuildSend(context, resourceGroupName, name, environmentName, linkedBackendName, options);
    return _unlinkBackendFromBuildDeserialize(result);
}
function _linkBackendToBuildSend(context, resourceGroupName, name, environmentName, linkedBackendName, staticSiteLinkedBackendEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/linkedBackends/{linkedBackendName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        linkedBackendName: linkedBackendName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* staticSiteLinkedBackendARMResourceSerializer */.PW3)(staticSiteLinkedBackendEnvelope),
    });
}
async function _linkBackendToBuildDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteLinkedBackendARMResourceDeserializer */.OyL)(result.body);
}
/** Link backend to a static site build */
function linkBackendToBuild(context, resourceGroupName, name, environmentName, linkedBackendName, staticSiteLinkedBackendEnvelope, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _linkBackendToBuildDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _linkBackendToBuildSend(context, resourceGroupName, name, environmentName, linkedBackendName, staticSiteLinkedBackendEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _getLinkedBackendForBuildSend(context, resourceGroupName, name, environmentName, linkedBackendName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/linkedBackends/{linkedBackendName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        linkedBackendName: linkedBackendName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getLinkedBackendForBuildDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteLinkedBackendARMResourceDeserializer */.OyL)(result.body);
}
/** Returns the details of a linked backend linked to a static site build by name */
async function getLinkedBackendForBuild(context, resourceGroupName, name, environmentName, linkedBackendName, options = { requestOptions: {} }) {
    const result = await _getLinkedBackendForBuildSend(context, resourceGroupName, name, environmentName, linkedBackendName, options);
    return _getLinkedBackendForBuildDeserialize(result);
}
function _validateBackendSend(context, resourceGroupName, name, linkedBackendName, staticSiteLinkedBackendEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/linkedBackends/{linkedBackendName}/validate{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        linkedBackendName: linkedBackendName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        body: (0,models/* staticSiteLinkedBackendARMResourceSerializer */.PW3)(staticSiteLinkedBackendEnvelope),
    });
}
async function _validateBackendDeserialize(result) {
    const expectedStatuses = ["202", "204", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Validates that a backend can be linked to a static site */
function validateBackend(context, resourceGroupName, name, linkedBackendName, staticSiteLinkedBackendEnvelope, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _validateBackendDeserialize, ["202", "204", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _validateBackendSend(context, resourceGroupName, name, linkedBackendName, staticSiteLinkedBackendEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _listLinkedBackendsSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/linkedBackends{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listLinkedBackendsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _staticSiteLinkedBackendsCollectionDeserializer */._Mu)(result.body);
}
/** Returns details of all backends linked to a static site */
function listLinkedBackends(context, resourceGroupName, name, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listLinkedBackendsSend(context, resourceGroupName, name, options), _listLinkedBackendsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _unlinkBackendSend(context, resourceGroupName, name, linkedBackendName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/linkedBackends/{linkedBackendName}{?api%2Dversion,isCleaningAuthConfig}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        linkedBackendName: linkedBackendName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
        isCleaningAuthConfig: options?.isCleaningAuthConfig,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _unlinkBackendDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Unlink a backend from a static site */
async function unlinkBackend(context, resourceGroupName, name, linkedBackendName, options = { requestOptions: {} }) {
    const result = await _unlinkBackendSend(context, resourceGroupName, name, linkedBackendName, options);
    return _unlinkBackendDeserialize(result);
}
function _linkBackendSend(context, resourceGroupName, name, linkedBackendName, staticSiteLinkedBackendEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/linkedBackends/{linkedBackendName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        linkedBackendName: linkedBackendName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* staticSiteLinkedBackendARMResourceSerializer */.PW3)(staticSiteLinkedBackendEnvelope),
    });
}
async function _linkBackendDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteLinkedBackendARMResourceDeserializer */.OyL)(result.body);
}
/** Link backend to a static site */
function linkBackend(context, resourceGroupName, name, linkedBackendName, staticSiteLinkedBackendEnvelope, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _linkBackendDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _linkBackendSend(context, resourceGroupName, name, linkedBackendName, staticSiteLinkedBackendEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _getLinkedBackendSend(context, resourceGroupName, name, linkedBackendName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/linkedBackends/{linkedBackendName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        linkedBackendName: linkedBackendName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getLinkedBackendDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteLinkedBackendARMResourceDeserializer */.OyL)(result.body);
}
/** Returns the details of a linked backend linked to a static site by name */
async function getLinkedBackend(context, resourceGroupName, name, linkedBackendName, options = { requestOptions: {} }) {
    const result = await _getLinkedBackendSend(context, resourceGroupName, name, linkedBackendName, options);
    return _getLinkedBackendDeserialize(result);
}
function _validateCustomDomainCanBeAddedToStaticSiteSend(context, resourceGroupName, name, domainName, staticSiteCustomDomainRequestPropertiesEnvelope, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/customDomains/{domainName}/validate{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        domainName: domainName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        body: (0,models/* staticSiteCustomDomainRequestPropertiesARMResourceSerializer */.fHN)(staticSiteCustomDomainRequestPropertiesEnvelope),
    });
}
async function _validateCustomDomainCanBeAddedToStaticSiteDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Description for Validates a particular custom domain can be added to a static site. */
function validateCustomDomainCanBeAddedToStaticSite(context, resourceGroupName, name, domainName, staticSiteCustomDomainRequestPropertiesEnvelope, options = {
    requestOptions: {},
}) {
    return getLongRunningPoller(context, _validateCustomDomainCanBeAddedToStaticSiteDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _validateCustomDomainCanBeAddedToStaticSiteSend(context, resourceGroupName, name, domainName, staticSiteCustomDomainRequestPropertiesEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _listStaticSiteCustomDomainsSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/customDomains{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listStaticSiteCustomDomainsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _staticSiteCustomDomainOverviewCollectionDeserializer */.Wkm)(result.body);
}
/** Description for Gets all static site custom domains for a particular static site. */
function listStaticSiteCustomDomains(context, resourceGroupName, name, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listStaticSiteCustomDomainsSend(context, resourceGroupName, name, options), _listStaticSiteCustomDomainsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _deleteStaticSiteCustomDomainSend(context, resourceGroupName, name, domainName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/customDomains/{domainName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        domainName: domainName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteStaticSiteCustomDomainDeserialize(result) {
    const expectedStatuses = ["200", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Description for Deletes a custom domain. */
function deleteStaticSiteCustomDomain(context, resourceGroupName, name, domainName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _deleteStaticSiteCustomDomainDeserialize, ["200", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteStaticSiteCustomDomainSend(context, resourceGroupName, name, domainName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _createOrUpdateStaticSiteCustomDomainSend(context, resourceGroupName, name, domainName, staticSiteCustomDomainRequestPropertiesEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/customDomains/{domainName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        domainName: domainName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* staticSiteCustomDomainRequestPropertiesARMResourceSerializer */.fHN)(staticSiteCustomDomainRequestPropertiesEnvelope),
    });
}
async function _createOrUpdateStaticSiteCustomDomainDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteCustomDomainOverviewARMResourceDeserializer */.fLi)(result.body);
}
/** Description for Creates a new static site custom domain in an existing resource group and static site. */
function createOrUpdateStaticSiteCustomDomain(context, resourceGroupName, name, domainName, staticSiteCustomDomainRequestPropertiesEnvelope, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _createOrUpdateStaticSiteCustomDomainDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createOrUpdateStaticSiteCustomDomainSend(context, resourceGroupName, name, domainName, staticSiteCustomDomainRequestPropertiesEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _getStaticSiteCustomDomainSend(context, resourceGroupName, name, domainName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/customDomains/{domainName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        domainName: domainName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getStaticSiteCustomDomainDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteCustomDomainOverviewARMResourceDeserializer */.fLi)(result.body);
}
/** Description for Gets an existing custom domain for a particular static site. */
async function getStaticSiteCustomDomain(context, resourceGroupName, name, domainName, options = { requestOptions: {} }) {
    const result = await _getStaticSiteCustomDomainSend(context, resourceGroupName, name, domainName, options);
    return _getStaticSiteCustomDomainDeserialize(result);
}
function _listBasicAuthSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/basicAuth{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listBasicAuthDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _staticSiteBasicAuthPropertiesCollectionDeserializer */.VFs)(result.body);
}
/** Description for Gets the basic auth properties for a static site as a collection. */
function listBasicAuth(context, resourceGroupName, name, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listBasicAuthSend(context, resourceGroupName, name, options), _listBasicAuthDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _createOrUpdateBasicAuthSend(context, resourceGroupName, name, basicAuthName, basicAuthEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/basicAuth/{basicAuthName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        basicAuthName: basicAuthName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* staticSiteBasicAuthPropertiesARMResourceSerializer */.jTw)(basicAuthEnvelope),
    });
}
async function _createOrUpdateBasicAuthDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteBasicAuthPropertiesARMResourceDeserializer */.w0r)(result.body);
}
/** Description for Adds or updates basic auth for a static site. */
async function createOrUpdateBasicAuth(context, resourceGroupName, name, basicAuthName, basicAuthEnvelope, options = { requestOptions: {} }) {
    const result = await _createOrUpdateBasicAuthSend(context, resourceGroupName, name, basicAuthName, basicAuthEnvelope, options);
    return _createOrUpdateBasicAuthDeserialize(result);
}
function _getBasicAuthSend(context, resourceGroupName, name, basicAuthName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/basicAuth/{basicAuthName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        basicAuthName: basicAuthName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getBasicAuthDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteBasicAuthPropertiesARMResourceDeserializer */.w0r)(result.body);
}
/** Description for Gets the basic auth properties for a static site. */
async function getBasicAuth(context, resourceGroupName, name, basicAuthName, options = { requestOptions: {} }) {
    const result = await _getBasicAuthSend(context, resourceGroupName, name, basicAuthName, options);
    return _getBasicAuthDeserialize(result);
}
function _listUserProvidedFunctionAppsForStaticSiteSend(context, resourceGroupName, name, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/userProvidedFunctionApps{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listUserProvidedFunctionAppsForStaticSiteDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _staticSiteUserProvidedFunctionAppsCollectionDeserializer */.IhP)(result.body);
}
/** Description for Gets the details of the user provided function apps registered with a static site */
function listUserProvidedFunctionAppsForStaticSite(context, resourceGroupName, name, options = {
    requestOptions: {},
}) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listUserProvidedFunctionAppsForStaticSiteSend(context, resourceGroupName, name, options), _listUserProvidedFunctionAppsForStaticSiteDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _detachUserProvidedFunctionAppFromStaticSiteSend(context, resourceGroupName, name, functionAppName, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/userProvidedFunctionApps/{functionAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        functionAppName: functionAppName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _detachUserProvidedFunctionAppFromStaticSiteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Description for Detach the user provided function app from the static site */
async function detachUserProvidedFunctionAppFromStaticSite(context, resourceGroupName, name, functionAppName, options = {
    requestOptions: {},
}) {
    const result = await _detachUserProvidedFunctionAppFromStaticSiteSend(context, resourceGroupName, name, functionAppName, options);
    return _detachUserProvidedFunctionAppFromStaticSiteDeserialize(result);
}
function _registerUserProvidedFunctionAppWithStaticSiteSend(context, resourceGroupName, name, functionAppName, staticSiteUserProvidedFunctionEnvelope, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/userProvidedFunctionApps/{functionAppName}{?api%2Dversion,isForced}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        functionAppName: functionAppName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
        isForced: options?.isForced,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* staticSiteUserProvidedFunctionAppARMResourceSerializer */.j0g)(staticSiteUserProvidedFunctionEnvelope),
    });
}
async function _registerUserProvidedFunctionAppWithStaticSiteDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteUserProvidedFunctionAppARMResourceDeserializer */.Aru)(result.body);
}
/** Description for Register a user provided function app with a static site */
function registerUserProvidedFunctionAppWithStaticSite(context, resourceGroupName, name, functionAppName, staticSiteUserProvidedFunctionEnvelope, options = {
    requestOptions: {},
}) {
    return getLongRunningPoller(context, _registerUserProvidedFunctionAppWithStaticSiteDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _registerUserProvidedFunctionAppWithStaticSiteSend(context, resourceGroupName, name, functionAppName, staticSiteUserProvidedFunctionEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _getUserProvidedFunctionAppForStaticSiteSend(context, resourceGroupName, name, functionAppName, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/userProvidedFunctionApps/{functionAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        functionAppName: functionAppName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getUserProvidedFunctionAppForStaticSiteDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteUserProvidedFunctionAppARMResourceDeserializer */.Aru)(result.body);
}
/** Description for Gets the details of the user provided function app registered with a static site */
async function getUserProvidedFunctionAppForStaticSite(context, resourceGroupName, name, functionAppName, options = {
    requestOptions: {},
}) {
    const result = await _getUserProvidedFunctionAppForStaticSiteSend(context, resourceGroupName, name, functionAppName, options);
    return _getUserProvidedFunctionAppForStaticSiteDeserialize(result);
}
function _listUserProvidedFunctionAppsForStaticSiteBuildSend(context, resourceGroupName, name, environmentName, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/userProvidedFunctionApps{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listUserProvidedFunctionAppsForStaticSiteBuildDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _staticSiteUserProvidedFunctionAppsCollectionDeserializer */.IhP)(result.body);
}
/** Description for Gets the details of the user provided function apps registered with a static site build */
function listUserProvidedFunctionAppsForStaticSiteBuild(context, resourceGroupName, name, environmentName, options = {
    requestOptions: {},
}) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listUserProvidedFunctionAppsForStaticSiteBuildSend(context, resourceGroupName, name, environmentName, options), _listUserProvidedFunctionAppsForStaticSiteBuildDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _detachUserProvidedFunctionAppFromStaticSiteBuildSend(context, resourceGroupName, name, environmentName, functionAppName, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/userProvidedFunctionApps/{functionAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        functionAppName: functionAppName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _detachUserProvidedFunctionAppFromStaticSiteBuildDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Description for Detach the user provided function app from the static site build */
async function detachUserProvidedFunctionAppFromStaticSiteBuild(context, resourceGroupName, name, environmentName, functionAppName, options = {
    requestOptions: {},
}) {
    const result = await _detachUserProvidedFunctionAppFromStaticSiteBuildSend(context, resourceGroupName, name, environmentName, functionAppName, options);
    return _detachUserProvidedFunctionAppFromStaticSiteBuildDeserialize(result);
}
function _registerUserProvidedFunctionAppWithStaticSiteBuildSend(context, resourceGroupName, name, environmentName, functionAppName, staticSiteUserProvidedFunctionEnvelope, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/userProvidedFunctionApps/{functionAppName}{?api%2Dversion,isForced}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        functionAppName: functionAppName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
        isForced: options?.isForced,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* staticSiteUserProvidedFunctionAppARMResourceSerializer */.j0g)(staticSiteUserProvidedFunctionEnvelope),
    });
}
async function _registerUserProvidedFunctionAppWithStaticSiteBuildDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteUserProvidedFunctionAppARMResourceDeserializer */.Aru)(result.body);
}
/** Description for Register a user provided function app with a static site build */
function registerUserProvidedFunctionAppWithStaticSiteBuild(context, resourceGroupName, name, environmentName, functionAppName, staticSiteUserProvidedFunctionEnvelope, options = {
    requestOptions: {},
}) {
    return getLongRunningPoller(context, _registerUserProvidedFunctionAppWithStaticSiteBuildDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _registerUserProvidedFunctionAppWithStaticSiteBuildSend(context, resourceGroupName, name, environmentName, functionAppName, staticSiteUserProvidedFunctionEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _getUserProvidedFunctionAppForStaticSiteBuildSend(context, resourceGroupName, name, environmentName, functionAppName, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/userProvidedFunctionApps/{functionAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        functionAppName: functionAppName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getUserProvidedFunctionAppForStaticSiteBuildDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteUserProvidedFunctionAppARMResourceDeserializer */.Aru)(result.body);
}
/** Description for Gets the details of the user provided function app registered with a static site build */
async function getUserProvidedFunctionAppForStaticSiteBuild(context, resourceGroupName, name, environmentName, functionAppName, options = {
    requestOptions: {},
}) {
    const result = await _getUserProvidedFunctionAppForStaticSiteBuildSend(context, resourceGroupName, name, environmentName, functionAppName, options);
    return _getUserProvidedFunctionAppForStaticSiteBuildDeserialize(result);
}
function _getDatabaseConnectionWithDetailsSend(context, resourceGroupName, name, databaseConnectionName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/databaseConnections/{databaseConnectionName}/show{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        databaseConnectionName: databaseConnectionName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getDatabaseConnectionWithDetailsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* databaseConnectionDeserializer */.zM4)(result.body);
}
/** Returns details of a database connection for a static site by name */
async function getDatabaseConnectionWithDetails(context, resourceGroupName, name, databaseConnectionName, options = { requestOptions: {} }) {
    const result = await _getDatabaseConnectionWithDetailsSend(context, resourceGroupName, name, databaseConnectionName, options);
    return _getDatabaseConnectionWithDetailsDeserialize(result);
}
function _listDatabaseConnectionsSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/databaseConnections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listDatabaseConnectionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _databaseConnectionCollectionDeserializer */.q6d)(result.body);
}
/** Returns overviews of database connections for a static site */
function listDatabaseConnections(context, resourceGroupName, name, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listDatabaseConnectionsSend(context, resourceGroupName, name, options), _listDatabaseConnectionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _deleteDatabaseConnectionSend(context, resourceGroupName, name, databaseConnectionName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/databaseConnections/{databaseConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        databaseConnectionName: databaseConnectionName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteDatabaseConnectionDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Delete a database connection for a static site */
async function deleteDatabaseConnection(context, resourceGroupName, name, databaseConnectionName, options = { requestOptions: {} }) {
    const result = await _deleteDatabaseConnectionSend(context, resourceGroupName, name, databaseConnectionName, options);
    return _deleteDatabaseConnectionDeserialize(result);
}
function _updateDatabaseConnectionSend(context, resourceGroupName, name, databaseConnectionName, databaseConnectionRequestEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/databaseConnections/{databaseConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        databaseConnectionName: databaseConnectionName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* databaseConnectionPatchRequestSerializer */.h1G)(databaseConnectionRequestEnvelope),
    });
}
async function _updateDatabaseConnectionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* databaseConnectionDeserializer */.zM4)(result.body);
}
/** Description for Create or update a database connection for a static site */
async function updateDatabaseConnection(context, resourceGroupName, name, databaseConnectionName, databaseConnectionRequestEnvelope, options = { requestOptions: {} }) {
    const result = await _updateDatabaseConnectionSend(context, resourceGroupName, name, databaseConnectionName, databaseConnectionRequestEnvelope, options);
    return _updateDatabaseConnectionDeserialize(result);
}
function _createOrUpdateDatabaseConnectionSend(context, resourceGroupName, name, databaseConnectionName, databaseConnectionRequestEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/databaseConnections/{databaseConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        databaseConnectionName: databaseConnectionName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* databaseConnectionSerializer */.Mfz)(databaseConnectionRequestEnvelope),
    });
}
async function _createOrUpdateDatabaseConnectionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* databaseConnectionDeserializer */.zM4)(result.body);
}
/** Description for Create or update a database connection for a static site */
async function createOrUpdateDatabaseConnection(context, resourceGroupName, name, databaseConnectionName, databaseConnectionRequestEnvelope, options = { requestOptions: {} }) {
    const result = await _createOrUpdateDatabaseConnectionSend(context, resourceGroupName, name, databaseConnectionName, databaseConnectionRequestEnvelope, options);
    return _createOrUpdateDatabaseConnectionDeserialize(result);
}
function _getDatabaseConnectionSend(context, resourceGroupName, name, databaseConnectionName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/databaseConnections/{databaseConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        databaseConnectionName: databaseConnectionName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getDatabaseConnectionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* databaseConnectionDeserializer */.zM4)(result.body);
}
/** Returns overview of a database connection for a static site by name */
async function getDatabaseConnection(context, resourceGroupName, name, databaseConnectionName, options = { requestOptions: {} }) {
    const result = await _getDatabaseConnectionSend(context, resourceGroupName, name, databaseConnectionName, options);
    return _getDatabaseConnectionDeserialize(result);
}
function _getBuildDatabaseConnectionWithDetailsSend(context, resourceGroupName, name, environmentName, databaseConnectionName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/databaseConnections/{databaseConnectionName}/show{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        databaseConnectionName: databaseConnectionName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getBuildDatabaseConnectionWithDetailsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* databaseConnectionDeserializer */.zM4)(result.body);
}
/** Returns details of a database connection for a static site build by name */
async function getBuildDatabaseConnectionWithDetails(context, resourceGroupName, name, environmentName, databaseConnectionName, options = { requestOptions: {} }) {
    const result = await _getBuildDatabaseConnectionWithDetailsSend(context, resourceGroupName, name, environmentName, databaseConnectionName, options);
    return _getBuildDatabaseConnectionWithDetailsDeserialize(result);
}
function _listBuildDatabaseConnectionsSend(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/databaseConnections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listBuildDatabaseConnectionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _databaseConnectionCollectionDeserializer */.q6d)(result.body);
}
/** Returns overviews of database connections for a static site build */
function listBuildDatabaseConnections(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listBuildDatabaseConnectionsSend(context, resourceGroupName, name, environmentName, options), _listBuildDatabaseConnectionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _deleteBuildDatabaseConnectionSend(context, resourceGroupName, name, environmentName, databaseConnectionName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/databaseConnections/{databaseConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        databaseConnectionName: databaseConnectionName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteBuildDatabaseConnectionDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Delete a database connection for a static site build */
async function deleteBuildDatabaseConnection(context, resourceGroupName, name, environmentName, databaseConnectionName, options = { requestOptions: {} }) {
    const result = await _deleteBuildDatabaseConnectionSend(context, resourceGroupName, name, environmentName, databaseConnectionName, options);
    return _deleteBuildDatabaseConnectionDeserialize(result);
}
function _updateBuildDatabaseConnectionSend(context, resourceGroupName, name, environmentName, databaseConnectionName, databaseConnectionRequestEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/databaseConnections/{databaseConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        databaseConnectionName: databaseConnectionName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* databaseConnectionPatchRequestSerializer */.h1G)(databaseConnectionRequestEnvelope),
    });
}
async function _updateBuildDatabaseConnectionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* databaseConnectionDeserializer */.zM4)(result.body);
}
/** Description for Create or update a database connection for a static site build */
async function updateBuildDatabaseConnection(context, resourceGroupName, name, environmentName, databaseConnectionName, databaseConnectionRequestEnvelope, options = { requestOptions: {} }) {
    const result = await _updateBuildDatabaseConnectionSend(context, resourceGroupName, name, environmentName, databaseConnectionName, databaseConnectionRequestEnvelope, options);
    return _updateBuildDatabaseConnectionDeserialize(result);
}
function _createOrUpdateBuildDatabaseConnectionSend(context, resourceGroupName, name, environmentName, databaseConnectionName, databaseConnectionRequestEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/databaseConnections/{databaseConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        databaseConnectionName: databaseConnectionName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* databaseConnectionSerializer */.Mfz)(databaseConnectionRequestEnvelope),
    });
}
async function _createOrUpdateBuildDatabaseConnectionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* databaseConnectionDeserializer */.zM4)(result.body);
}
/** Description for Create or update a database connection for a static site build */
async function createOrUpdateBuildDatabaseConnection(context, resourceGroupName, name, environmentName, databaseConnectionName, databaseConnectionRequestEnvelope, options = { requestOptions: {} }) {
    const result = await _createOrUpdateBuildDatabaseConnectionSend(context, resourceGroupName, name, environmentName, databaseConnectionName, databaseConnectionRequestEnvelope, options);
    return _createOrUpdateBuildDatabaseConnectionDeserialize(result);
}
function _getBuildDatabaseConnectionSend(context, resourceGroupName, name, environmentName, databaseConnectionName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/databaseConnections/{databaseConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        databaseConnectionName: databaseConnectionName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getBuildDatabaseConnectionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* databaseConnectionDeserializer */.zM4)(result.body);
}
/** Returns overview of a database connection for a static site build by name */
async function getBuildDatabaseConnection(context, resourceGroupName, name, environmentName, databaseConnectionName, options = { requestOptions: {} }) {
    const result = await _getBuildDatabaseConnectionSend(context, resourceGroupName, name, environmentName, databaseConnectionName, options);
    return _getBuildDatabaseConnectionDeserialize(result);
}
function _createZipDeploymentForStaticSiteBuildSend(context, resourceGroupName, name, environmentName, staticSiteZipDeploymentEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/zipdeploy{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        body: (0,models/* staticSiteZipDeploymentARMResourceSerializer */.M2T)(staticSiteZipDeploymentEnvelope),
    });
}
async function _createZipDeploymentForStaticSiteBuildDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Description for Deploys zipped content to a specific environment of a static site. */
function createZipDeploymentForStaticSiteBuild(context, resourceGroupName, name, environmentName, staticSiteZipDeploymentEnvelope, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _createZipDeploymentForStaticSiteBuildDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createZipDeploymentForStaticSiteBuildSend(context, resourceGroupName, name, environmentName, staticSiteZipDeploymentEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _listBuildDatabaseConnectionsWithDetailsSend(context, resourceGroupName, name, environmentName, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/showDatabaseConnections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listBuildDatabaseConnectionsWithDetailsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _databaseConnectionCollectionDeserializer */.q6d)(result.body);
}
/** Returns details of database connections for a static site build */
function listBuildDatabaseConnectionsWithDetails(context, resourceGroupName, name, environmentName, options = {
    requestOptions: {},
}) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listBuildDatabaseConnectionsWithDetailsSend(context, resourceGroupName, name, environmentName, options), _listBuildDatabaseConnectionsWithDetailsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _listStaticSiteBuildFunctionAppSettingsSend(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/listFunctionAppSettings{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listStaticSiteBuildFunctionAppSettingsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* stringDictionaryDeserializer */.p3m)(result.body);
}
/** Description for Gets the application settings of a static site build. */
async function listStaticSiteBuildFunctionAppSettings(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    const result = await _listStaticSiteBuildFunctionAppSettingsSend(context, resourceGroupName, name, environmentName, options);
    return _listStaticSiteBuildFunctionAppSettingsDeserialize(result);
}
function _listStaticSiteBuildAppSettingsSend(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/listAppSettings{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listStaticSiteBuildAppSettingsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* stringDictionaryDeserializer */.p3m)(result.body);
}
/** Description for Gets the application settings of a static site build. */
async function listStaticSiteBuildAppSettings(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    const result = await _listStaticSiteBuildAppSettingsSend(context, resourceGroupName, name, environmentName, options);
    return _listStaticSiteBuildAppSettingsDeserialize(result);
}
function _listStaticSiteBuildFunctionsSend(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/functions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listStaticSiteBuildFunctionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _staticSiteFunctionOverviewCollectionDeserializer */.hl0)(result.body);
}
/** Description for Gets the functions of a particular static site build. */
function listStaticSiteBuildFunctions(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listStaticSiteBuildFunctionsSend(context, resourceGroupName, name, environmentName, options), _listStaticSiteBuildFunctionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _createOrUpdateStaticSiteBuildFunctionAppSettingsSend(context, resourceGroupName, name, environmentName, appSettings, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/config/functionappsettings{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* stringDictionarySerializer */.gNS)(appSettings),
    });
}
async function _createOrUpdateStaticSiteBuildFunctionAppSettingsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* stringDictionaryDeserializer */.p3m)(result.body);
}
/** Description for Creates or updates the function app settings of a static site build. */
async function createOrUpdateStaticSiteBuildFunctionAppSettings(context, resourceGroupName, name, environmentName, appSettings, options = {
    requestOptions: {},
}) {
    const result = await _createOrUpdateStaticSiteBuildFunctionAppSettingsSend(context, resourceGroupName, name, environmentName, appSettings, options);
    return _createOrUpdateStaticSiteBuildFunctionAppSettingsDeserialize(result);
}
function _createOrUpdateStaticSiteBuildAppSettingsSend(context, resourceGroupName, name, environmentName, appSettings, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}/config/appsettings{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* stringDictionarySerializer */.gNS)(appSettings),
    });
}
async function _createOrUpdateStaticSiteBuildAppSettingsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* stringDictionaryDeserializer */.p3m)(result.body);
}
/** Description for Creates or updates the app settings of a static site build. */
async function createOrUpdateStaticSiteBuildAppSettings(context, resourceGroupName, name, environmentName, appSettings, options = {
    requestOptions: {},
}) {
    const result = await _createOrUpdateStaticSiteBuildAppSettingsSend(context, resourceGroupName, name, environmentName, appSettings, options);
    return _createOrUpdateStaticSiteBuildAppSettingsDeserialize(result);
}
function _listStaticSiteBuildsSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listStaticSiteBuildsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _staticSiteBuildCollectionDeserializer */.Y_v)(result.body);
}
/** Description for Gets all static site builds for a particular static site. */
function listStaticSiteBuilds(context, resourceGroupName, name, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listStaticSiteBuildsSend(context, resourceGroupName, name, options), _listStaticSiteBuildsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _deleteStaticSiteBuildSend(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteStaticSiteBuildDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Description for Deletes a static site build. */
function deleteStaticSiteBuild(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _deleteStaticSiteBuildDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteStaticSiteBuildSend(context, resourceGroupName, name, environmentName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _getStaticSiteBuildSend(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/builds/{environmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getStaticSiteBuildDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteBuildARMResourceDeserializer */.nTV)(result.body);
}
/** Description for Gets the details of a static site build. */
async function getStaticSiteBuild(context, resourceGroupName, name, environmentName, options = { requestOptions: {} }) {
    const result = await _getStaticSiteBuildSend(context, resourceGroupName, name, environmentName, options);
    return _getStaticSiteBuildDeserialize(result);
}
function _createZipDeploymentForStaticSiteSend(context, resourceGroupName, name, staticSiteZipDeploymentEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/zipdeploy{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        body: (0,models/* staticSiteZipDeploymentARMResourceSerializer */.M2T)(staticSiteZipDeploymentEnvelope),
    });
}
async function _createZipDeploymentForStaticSiteDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Description for Deploys zipped content to a static site. */
function createZipDeploymentForStaticSite(context, resourceGroupName, name, staticSiteZipDeploymentEnvelope, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _createZipDeploymentForStaticSiteDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createZipDeploymentForStaticSiteSend(context, resourceGroupName, name, staticSiteZipDeploymentEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _listDatabaseConnectionsWithDetailsSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/showDatabaseConnections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listDatabaseConnectionsWithDetailsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _databaseConnectionCollectionDeserializer */.q6d)(result.body);
}
/** Returns details of database connections for a static site */
function listDatabaseConnectionsWithDetails(context, resourceGroupName, name, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listDatabaseConnectionsWithDetailsSend(context, resourceGroupName, name, options), _listDatabaseConnectionsWithDetailsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _resetStaticSiteApiKeySend(context, resourceGroupName, name, resetPropertiesEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/resetapikey{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        body: (0,models/* staticSiteResetPropertiesARMResourceSerializer */.K6b)(resetPropertiesEnvelope),
    });
}
async function _resetStaticSiteApiKeyDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Description for Resets the api key for an existing static site. */
async function resetStaticSiteApiKey(context, resourceGroupName, name, resetPropertiesEnvelope, options = { requestOptions: {} }) {
    const result = await _resetStaticSiteApiKeySend(context, resourceGroupName, name, resetPropertiesEnvelope, options);
    return _resetStaticSiteApiKeyDeserialize(result);
}
function _getPrivateLinkResourcesSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/privateLinkResources{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getPrivateLinkResourcesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* privateLinkResourcesWrapperDeserializer */.Jxp)(result.body);
}
/** Description for Gets the private link resources */
async function getPrivateLinkResources(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const result = await _getPrivateLinkResourcesSend(context, resourceGroupName, name, options);
    return _getPrivateLinkResourcesDeserialize(result);
}
function _listStaticSiteSecretsSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/listSecrets{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listStaticSiteSecretsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* stringDictionaryDeserializer */.p3m)(result.body);
}
/** Description for Lists the secrets for an existing static site. */
async function listStaticSiteSecrets(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const result = await _listStaticSiteSecretsSend(context, resourceGroupName, name, options);
    return _listStaticSiteSecretsDeserialize(result);
}
function _listStaticSiteFunctionAppSettingsSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/listFunctionAppSettings{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listStaticSiteFunctionAppSettingsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* stringDictionaryDeserializer */.p3m)(result.body);
}
/** Description for Gets the application settings of a static site. */
async function listStaticSiteFunctionAppSettings(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const result = await _listStaticSiteFunctionAppSettingsSend(context, resourceGroupName, name, options);
    return _listStaticSiteFunctionAppSettingsDeserialize(result);
}
function _listStaticSiteConfiguredRolesSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/listConfiguredRoles{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listStaticSiteConfiguredRolesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* stringListDeserializer */.fCq)(result.body);
}
/** Description for Lists the roles configured for the static site. */
async function listStaticSiteConfiguredRoles(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const result = await _listStaticSiteConfiguredRolesSend(context, resourceGroupName, name, options);
    return _listStaticSiteConfiguredRolesDeserialize(result);
}
function _listStaticSiteAppSettingsSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/listAppSettings{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listStaticSiteAppSettingsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* stringDictionaryDeserializer */.p3m)(result.body);
}
/** Description for Gets the application settings of a static site. */
async function listStaticSiteAppSettings(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const result = await _listStaticSiteAppSettingsSend(context, resourceGroupName, name, options);
    return _listStaticSiteAppSettingsDeserialize(result);
}
function _listStaticSiteFunctionsSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/functions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listStaticSiteFunctionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _staticSiteFunctionOverviewCollectionDeserializer */.hl0)(result.body);
}
/** Description for Gets the functions of a static site. */
function listStaticSiteFunctions(context, resourceGroupName, name, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listStaticSiteFunctionsSend(context, resourceGroupName, name, options), _listStaticSiteFunctionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _detachStaticSiteSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/detach{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _detachStaticSiteDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Description for Detaches a static site. */
function detachStaticSite(context, resourceGroupName, name, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _detachStaticSiteDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _detachStaticSiteSend(context, resourceGroupName, name, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _createUserRolesInvitationLinkSend(context, resourceGroupName, name, staticSiteUserRolesInvitationEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/createUserInvitation{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* staticSiteUserInvitationRequestResourceSerializer */.TrL)(staticSiteUserRolesInvitationEnvelope),
    });
}
async function _createUserRolesInvitationLinkDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteUserInvitationResponseResourceDeserializer */.Swo)(result.body);
}
/** Description for Creates an invitation link for a user with the role */
async function createUserRolesInvitationLink(context, resourceGroupName, name, staticSiteUserRolesInvitationEnvelope, options = { requestOptions: {} }) {
    const result = await _createUserRolesInvitationLinkSend(context, resourceGroupName, name, staticSiteUserRolesInvitationEnvelope, options);
    return _createUserRolesInvitationLinkDeserialize(result);
}
function _createOrUpdateStaticSiteFunctionAppSettingsSend(context, resourceGroupName, name, appSettings, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/config/functionappsettings{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* stringDictionarySerializer */.gNS)(appSettings),
    });
}
async function _createOrUpdateStaticSiteFunctionAppSettingsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* stringDictionaryDeserializer */.p3m)(result.body);
}
/** Description for Creates or updates the function app settings of a static site. */
async function createOrUpdateStaticSiteFunctionAppSettings(context, resourceGroupName, name, appSettings, options = {
    requestOptions: {},
}) {
    const result = await _createOrUpdateStaticSiteFunctionAppSettingsSend(context, resourceGroupName, name, appSettings, options);
    return _createOrUpdateStaticSiteFunctionAppSettingsDeserialize(result);
}
function _createOrUpdateStaticSiteAppSettingsSend(context, resourceGroupName, name, appSettings, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/config/appsettings{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* stringDictionarySerializer */.gNS)(appSettings),
    });
}
async function _createOrUpdateStaticSiteAppSettingsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* stringDictionaryDeserializer */.p3m)(result.body);
}
/** Description for Creates or updates the app settings of a static site. */
async function createOrUpdateStaticSiteAppSettings(context, resourceGroupName, name, appSettings, options = { requestOptions: {} }) {
    const result = await _createOrUpdateStaticSiteAppSettingsSend(context, resourceGroupName, name, appSettings, options);
    return _createOrUpdateStaticSiteAppSettingsDeserialize(result);
}
function _updateStaticSiteUserSend(context, resourceGroupName, name, authprovider, userid, staticSiteUserEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/microsoft.Web/staticSites/{name}/authproviders/{authprovider}/users/{userid}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        authprovider: authprovider,
        userid: userid,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* staticSiteUserARMResourceSerializer */.fIc)(staticSiteUserEnvelope),
    });
}
async function _updateStaticSiteUserDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteUserARMResourceDeserializer */.O07)(result.body);
}
/** Description for Updates a user entry with the listed roles */
async function updateStaticSiteUser(context, resourceGroupName, name, authprovider, userid, staticSiteUserEnvelope, options = { requestOptions: {} }) {
    const result = await _updateStaticSiteUserSend(context, resourceGroupName, name, authprovider, userid, staticSiteUserEnvelope, options);
    return _updateStaticSiteUserDeserialize(result);
}
function _deleteStaticSiteUserSend(context, resourceGroupName, name, authprovider, userid, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/authproviders/{authprovider}/users/{userid}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        authprovider: authprovider,
        userid: userid,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteStaticSiteUserDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Description for Deletes the user entry from the static site. */
async function deleteStaticSiteUser(context, resourceGroupName, name, authprovider, userid, options = { requestOptions: {} }) {
    const result = await _deleteStaticSiteUserSend(context, resourceGroupName, name, authprovider, userid, options);
    return _deleteStaticSiteUserDeserialize(result);
}
function _listStaticSiteUsersSend(context, resourceGroupName, name, authprovider, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/authproviders/{authprovider}/listUsers{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        authprovider: authprovider,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listStaticSiteUsersDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _staticSiteUserCollectionDeserializer */.ZJl)(result.body);
}
/** Description for Gets the list of users of a static site. */
function listStaticSiteUsers(context, resourceGroupName, name, authprovider, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listStaticSiteUsersSend(context, resourceGroupName, name, authprovider, options), _listStaticSiteUsersDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _listSend(context, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/providers/Microsoft.Web/staticSites{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _staticSiteCollectionDeserializer */.e_h)(result.body);
}
/** Description for Get all Static Sites for a subscription. */
function list(context, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listSend(context, options), _listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _listStaticSitesByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listStaticSitesByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _staticSiteCollectionDeserializer */.e_h)(result.body);
}
/** Description for Gets all static sites in the specified resource group. */
function listStaticSitesByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listStaticSitesByResourceGroupSend(context, resourceGroupName, options), _listStaticSitesByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _deleteStaticSiteSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteStaticSiteDeserialize(result) {
    const expectedStatuses = ["200", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return;
}
/** Description for Deletes a static site. */
function deleteStaticSite(context, resourceGroupName, name, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _deleteStaticSiteDeserialize, ["200", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteStaticSiteSend(context, resourceGroupName, name, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _updateStaticSiteSend(context, resourceGroupName, name, staticSiteEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* staticSitePatchResourceSerializer */.q5M)(staticSiteEnvelope),
    });
}
async function _updateStaticSiteDeserialize(result) {
    const expectedStatuses = ["200", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteARMResourceDeserializer */.fjA)(result.body);
}
/** Description for Creates a new static site in an existing resource group, or updates an existing static site. */
async function updateStaticSite(context, resourceGroupName, name, staticSiteEnvelope, options = { requestOptions: {} }) {
    const result = await _updateStaticSiteSend(context, resourceGroupName, name, staticSiteEnvelope, options);
    return _updateStaticSiteDeserialize(result);
}
function _createOrUpdateStaticSiteSend(context, resourceGroupName, name, staticSiteEnvelope, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* staticSiteARMResourceSerializer */.cWu)(staticSiteEnvelope),
    });
}
async function _createOrUpdateStaticSiteDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteARMResourceDeserializer */.fjA)(result.body);
}
/** Description for Creates a new static site in an existing resource group, or updates an existing static site. */
function createOrUpdateStaticSite(context, resourceGroupName, name, staticSiteEnvelope, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _createOrUpdateStaticSiteDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createOrUpdateStaticSiteSend(context, resourceGroupName, name, staticSiteEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _getStaticSiteSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getStaticSiteDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* staticSiteARMResourceDeserializer */.fjA)(result.body);
}
/** Description for Gets the details of a static site. */
async function getStaticSite(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const result = await _getStaticSiteSend(context, resourceGroupName, name, options);
    return _getStaticSiteDeserialize(result);
}
function _listPrivateEndpointConnectionListSend(context, resourceGroupName, name, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/privateEndpointConnections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listPrivateEndpointConnectionListDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* _privateEndpointConnectionCollectionDeserializer */.L42)(result.body);
}
/** Description for Gets the list of private endpoint connections associated with a static site */
function listPrivateEndpointConnectionList(context, resourceGroupName, name, options = { requestOptions: {} }) {
    return (0,pagingHelpers/* buildPagedAsyncIterator */.O)(context, () => _listPrivateEndpointConnectionListSend(context, resourceGroupName, name, options), _listPrivateEndpointConnectionListDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2025-05-01" });
}
function _deletePrivateEndpointConnectionSend(context, resourceGroupName, name, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _deletePrivateEndpointConnectionDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return result.body;
}
/** Description for Deletes a private endpoint connection */
function deletePrivateEndpointConnection(context, resourceGroupName, name, privateEndpointConnectionName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _deletePrivateEndpointConnectionDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deletePrivateEndpointConnectionSend(context, resourceGroupName, name, privateEndpointConnectionName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _approveOrRejectPrivateEndpointConnectionSend(context, resourceGroupName, name, privateEndpointConnectionName, privateEndpointWrapper, options = {
    requestOptions: {},
}) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: (0,models/* remotePrivateEndpointConnectionARMResourceSerializer */.Npv)(privateEndpointWrapper),
    });
}
async function _approveOrRejectPrivateEndpointConnectionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* remotePrivateEndpointConnectionARMResourceDeserializer */.APF)(result.body);
}
/** Description for Approves or rejects a private endpoint connection */
function approveOrRejectPrivateEndpointConnection(context, resourceGroupName, name, privateEndpointConnectionName, privateEndpointWrapper, options = {
    requestOptions: {},
}) {
    return getLongRunningPoller(context, _approveOrRejectPrivateEndpointConnectionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _approveOrRejectPrivateEndpointConnectionSend(context, resourceGroupName, name, privateEndpointConnectionName, privateEndpointWrapper, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2025-05-01",
    });
}
function _getPrivateEndpointConnectionSend(context, resourceGroupName, name, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const path = (0,urlTemplate/* expandUrlTemplate */.S)("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        name: name,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2025-05-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,core_client_dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getPrivateEndpointConnectionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,core_client_dist_esm/* createRestError */.t$)(result);
        error.details = (0,models/* defaultErrorResponseDeserializer */.Koi)(result.body);
        throw error;
    }
    return (0,models/* remotePrivateEndpointConnectionARMResourceDeserializer */.APF)(result.body);
}
/** Description for Gets a private endpoint connection */
async function getPrivateEndpointConnection(context, resourceGroupName, name, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const result = await _getPrivateEndpointConnectionSend(context, resourceGroupName, name, privateEndpointConnectionName, options);
    return _getPrivateEndpointConnectionDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appservice/dist/esm/api/staticSites/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map

/***/ })

};
