export const id = 300;
export const ids = [300,669,970];
export const modules = {

/***/ 1970:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HttpProxyAgent = void 0;
const net = __importStar(__webpack_require__(9278));
const tls = __importStar(__webpack_require__(4756));
const debug_1 = __importDefault(__webpack_require__(2830));
const events_1 = __webpack_require__(4434);
const agent_base_1 = __webpack_require__(8894);
const url_1 = __webpack_require__(7016);
const debug = (0, debug_1.default)('http-proxy-agent');
/**
 * The `HttpProxyAgent` implements an HTTP Agent subclass that connects
 * to the specified "HTTP proxy server" in order to proxy HTTP requests.
 */
class HttpProxyAgent extends agent_base_1.Agent {
    constructor(proxy, opts) {
        super(opts);
        this.proxy = typeof proxy === 'string' ? new url_1.URL(proxy) : proxy;
        this.proxyHeaders = opts?.headers ?? {};
        debug('Creating new HttpProxyAgent instance: %o', this.proxy.href);
        // Trim off the brackets from IPv6 addresses
        const host = (this.proxy.hostname || this.proxy.host).replace(/^\[|\]$/g, '');
        const port = this.proxy.port
            ? parseInt(this.proxy.port, 10)
            : this.proxy.protocol === 'https:'
                ? 443
                : 80;
        this.connectOpts = {
            ...(opts ? omit(opts, 'headers') : null),
            host,
            port,
        };
    }
    addRequest(req, opts) {
        req._header = null;
        this.setRequestProps(req, opts);
        // @ts-expect-error `addRequest()` isn't defined in `@types/node`
        super.addRequest(req, opts);
    }
    setRequestProps(req, opts) {
        const { proxy } = this;
        const protocol = opts.secureEndpoint ? 'https:' : 'http:';
        const hostname = req.getHeader('host') || 'localhost';
        const base = `${protocol}//${hostname}`;
        const url = new url_1.URL(req.path, base);
        if (opts.port !== 80) {
            url.port = String(opts.port);
        }
        // Change the `http.ClientRequest` instance's "path" field
        // to the absolute path of the URL that will be requested.
        req.path = String(url);
        // Inject the `Proxy-Authorization` header if necessary.
        const headers = typeof this.proxyHeaders === 'function'
            ? this.proxyHeaders()
            : { ...this.proxyHeaders };
        if (proxy.username || proxy.password) {
            const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
            headers['Proxy-Authorization'] = `Basic ${Buffer.from(auth).toString('base64')}`;
        }
        if (!headers['Proxy-Connection']) {
            headers['Proxy-Connection'] = this.keepAlive
                ? 'Keep-Alive'
                : 'close';
        }
        for (const name of Object.keys(headers)) {
            const value = headers[name];
            if (value) {
                req.setHeader(name, value);
            }
        }
    }
    async connect(req, opts) {
        req._header = null;
        if (!req.path.includes('://')) {
            this.setRequestProps(req, opts);
        }
        // At this point, the http ClientRequest's internal `_header` field
        // might have already been set. If this is the case then we'll need
        // to re-generate the string since we just changed the `req.path`.
        let first;
        let endOfHeaders;
        debug('Regenerating stored HTTP header string for request');
        req._implicitHeader();
        if (req.outputData && req.outputData.length > 0) {
            debug('Patching connection write() output buffer with updated header');
            first = req.outputData[0].data;
            endOfHeaders = first.indexOf('\r\n\r\n') + 4;
            req.outputData[0].data =
                req._header + first.substring(endOfHeaders);
            debug('Output buffer: %o', req.outputData[0].data);
        }
        // Create a socket connection to the proxy server.
        let socket;
        if (this.proxy.protocol === 'https:') {
            debug('Creating `tls.Socket`: %o', this.connectOpts);
            socket = tls.connect(this.connectOpts);
        }
        else {
            debug('Creating `net.Socket`: %o', this.connectOpts);
            socket = net.connect(this.connectOpts);
        }
        // Wait for the socket's `connect` event, so that this `callback()`
        // function throws instead of the `http` request machinery. This is
        // important for i.e. `PacProxyAgent` which determines a failed proxy
        // connection via the `callback()` function throwing.
        await (0, events_1.once)(socket, 'connect');
        return socket;
    }
}
HttpProxyAgent.protocols = ['http', 'https'];
exports.HttpProxyAgent = HttpProxyAgent;
function omit(obj, ...keys) {
    const ret = {};
    let key;
    for (key in obj) {
        if (!keys.includes(key)) {
            ret[key] = obj[key];
        }
    }
    return ret;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3669:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HttpsProxyAgent = void 0;
const net = __importStar(__webpack_require__(9278));
const tls = __importStar(__webpack_require__(4756));
const assert_1 = __importDefault(__webpack_require__(2613));
const debug_1 = __importDefault(__webpack_require__(2830));
const agent_base_1 = __webpack_require__(8894);
const url_1 = __webpack_require__(7016);
const parse_proxy_response_1 = __webpack_require__(7943);
const debug = (0, debug_1.default)('https-proxy-agent');
const setServernameFromNonIpHost = (options) => {
    if (options.servername === undefined &&
        options.host &&
        !net.isIP(options.host)) {
        return {
            ...options,
            servername: options.host,
        };
    }
    return options;
};
/**
 * The `HttpsProxyAgent` implements an HTTP Agent subclass that connects to
 * the specified "HTTP(s) proxy server" in order to proxy HTTPS requests.
 *
 * Outgoing HTTP requests are first tunneled through the proxy server using the
 * `CONNECT` HTTP request method to establish a connection to the proxy server,
 * and then the proxy server connects to the destination target and issues the
 * HTTP request from the proxy server.
 *
 * `https:` requests have their socket connection upgraded to TLS once
 * the connection to the proxy server has been established.
 */
class HttpsProxyAgent extends agent_base_1.Agent {
    constructor(proxy, opts) {
        super(opts);
        this.options = { path: undefined };
        this.proxy = typeof proxy === 'string' ? new url_1.URL(proxy) : proxy;
        this.proxyHeaders = opts?.headers ?? {};
        debug('Creating new HttpsProxyAgent instance: %o', this.proxy.href);
        // Trim off the brackets from IPv6 addresses
        const host = (this.proxy.hostname || this.proxy.host).replace(/^\[|\]$/g, '');
        const port = this.proxy.port
            ? parseInt(this.proxy.port, 10)
            : this.proxy.protocol === 'https:'
                ? 443
                : 80;
        this.connectOpts = {
            // Attempt to negotiate http/1.1 for proxy servers that support http/2
            ALPNProtocols: ['http/1.1'],
            ...(opts ? omit(opts, 'headers') : null),
            host,
            port,
        };
    }
    /**
     * Called when the node-core HTTP client library is creating a
     * new HTTP request.
     */
    async connect(req, opts) {
        const { proxy } = this;
        if (!opts.host) {
            throw new TypeError('No "host" provided');
        }
        // Create a socket connection to the proxy server.
        let socket;
        if (proxy.protocol === 'https:') {
            debug('Creating `tls.Socket`: %o', this.connectOpts);
            socket = tls.connect(setServernameFromNonIpHost(this.connectOpts));
        }
        else {
            debug('Creating `net.Socket`: %o', this.connectOpts);
            socket = net.connect(this.connectOpts);
        }
        const headers = typeof this.proxyHeaders === 'function'
            ? this.proxyHeaders()
            : { ...this.proxyHeaders };
        const host = net.isIPv6(opts.host) ? `[${opts.host}]` : opts.host;
        let payload = `CONNECT ${host}:${opts.port} HTTP/1.1\r\n`;
        // Inject the `Proxy-Authorization` header if necessary.
        if (proxy.username || proxy.password) {
            const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
            headers['Proxy-Authorization'] = `Basic ${Buffer.from(auth).toString('base64')}`;
        }
        headers.Host = `${host}:${opts.port}`;
        if (!headers['Proxy-Connection']) {
            headers['Proxy-Connection'] = this.keepAlive
                ? 'Keep-Alive'
                : 'close';
        }
        for (const name of Object.keys(headers)) {
            payload += `${name}: ${headers[name]}\r\n`;
        }
        const proxyResponsePromise = (0, parse_proxy_response_1.parseProxyResponse)(socket);
        socket.write(`${payload}\r\n`);
        const { connect, buffered } = await proxyResponsePromise;
        req.emit('proxyConnect', connect);
        this.emit('proxyConnect', connect, req);
        if (connect.statusCode === 200) {
            req.once('socket', resume);
            if (opts.secureEndpoint) {
                // The proxy is connecting to a TLS server, so upgrade
                // this socket connection to a TLS connection.
                debug('Upgrading socket connection to TLS');
                return tls.connect({
                    ...omit(setServernameFromNonIpHost(opts), 'host', 'path', 'port'),
                    socket,
                });
            }
            return socket;
        }
        // Some other status code that's not 200... need to re-play the HTTP
        // header "data" events onto the socket once the HTTP machinery is
        // attached so that the node core `http` can parse and handle the
        // error status code.
        // Close the original socket, and a new "fake" socket is returned
        // instead, so that the proxy doesn't get the HTTP request
        // written to it (which may contain `Authorization` headers or other
        // sensitive data).
        //
        // See: https://hackerone.com/reports/541502
        socket.destroy();
        const fakeSocket = new net.Socket({ writable: false });
        fakeSocket.readable = true;
        // Need to wait for the "socket" event to re-play the "data" events.
        req.once('socket', (s) => {
            debug('Replaying proxy buffer for failed request');
            (0, assert_1.default)(s.listenerCount('data') > 0);
            // Replay the "buffered" Buffer onto the fake `socket`, since at
            // this point the HTTP module machinery has been hooked up for
            // the user.
            s.push(buffered);
            s.push(null);
        });
        return fakeSocket;
    }
}
HttpsProxyAgent.protocols = ['http', 'https'];
exports.HttpsProxyAgent = HttpsProxyAgent;
function resume(socket) {
    socket.resume();
}
function omit(obj, ...keys) {
    const ret = {};
    let key;
    for (key in obj) {
        if (!keys.includes(key)) {
            ret[key] = obj[key];
        }
    }
    return ret;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7943:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseProxyResponse = void 0;
const debug_1 = __importDefault(__webpack_require__(2830));
const debug = (0, debug_1.default)('https-proxy-agent:parse-proxy-response');
function parseProxyResponse(socket) {
    return new Promise((resolve, reject) => {
        // we need to buffer any HTTP traffic that happens with the proxy before we get
        // the CONNECT response, so that if the response is anything other than an "200"
        // response code, then we can re-play the "data" events on the socket once the
        // HTTP parser is hooked up...
        let buffersLength = 0;
        const buffers = [];
        function read() {
            const b = socket.read();
            if (b)
                ondata(b);
            else
                socket.once('readable', read);
        }
        function cleanup() {
            socket.removeListener('end', onend);
            socket.removeListener('error', onerror);
            socket.removeListener('readable', read);
        }
        function onend() {
            cleanup();
            debug('onend');
            reject(new Error('Proxy connection ended before receiving CONNECT response'));
        }
        function onerror(err) {
            cleanup();
            debug('onerror %o', err);
            reject(err);
        }
        function ondata(b) {
            buffers.push(b);
            buffersLength += b.length;
            const buffered = Buffer.concat(buffers, buffersLength);
            const endOfHeaders = buffered.indexOf('\r\n\r\n');
            if (endOfHeaders === -1) {
                // keep buffering
                debug('have not received end of HTTP headers yet...');
                read();
                return;
            }
            const headerParts = buffered
                .slice(0, endOfHeaders)
                .toString('ascii')
                .split('\r\n');
            const firstLine = headerParts.shift();
            if (!firstLine) {
                socket.destroy();
                return reject(new Error('No header received from proxy CONNECT response'));
            }
            const firstLineParts = firstLine.split(' ');
            const statusCode = +firstLineParts[1];
            const statusText = firstLineParts.slice(2).join(' ');
            const headers = {};
            for (const header of headerParts) {
                if (!header)
                    continue;
                const firstColon = header.indexOf(':');
                if (firstColon === -1) {
                    socket.destroy();
                    return reject(new Error(`Invalid header from proxy CONNECT response: "${header}"`));
                }
                const key = header.slice(0, firstColon).toLowerCase();
                const value = header.slice(firstColon + 1).trimStart();
                const current = headers[key];
                if (typeof current === 'string') {
                    headers[key] = [current, value];
                }
                else if (Array.isArray(current)) {
                    current.push(value);
                }
                else {
                    headers[key] = value;
                }
            }
            debug('got proxy server response: %o %o', firstLine, headers);
            cleanup();
            resolve({
                connect: {
                    statusCode,
                    statusText,
                    headers,
                },
                buffered,
            });
        }
        socket.on('error', onerror);
        socket.on('end', onend);
        read();
    });
}
exports.parseProxyResponse = parseProxyResponse;
//# sourceMappingURL=parse-proxy-response.js.map

/***/ }),

/***/ 8914:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
__webpack_unused_export__ = ({ value: true });
exports.w = void 0;
/**
 * @internal
 *
 * Holds the singleton instrumenter, to be shared across CJS and ESM imports.
 */
exports.w = {
    instrumenterImplementation: undefined,
};
//# sourceMappingURL=state-cjs.cjs.map

/***/ }),

/***/ 9300:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ContainerServiceClient: () => (/* reexport */ ContainerServiceClient)
});

// UNUSED EXPORTS: AzureClouds, KnownAccelerationMode, KnownAdoptionPolicy, KnownAdvancedNetworkPolicies, KnownAgentPoolMode, KnownAgentPoolSSHAccess, KnownAgentPoolType, KnownArtifactSource, KnownBackendPoolType, KnownCode, KnownConnectionStatus, KnownCreatedByType, KnownDeletePolicy, KnownExpander, KnownExtendedLocationTypes, KnownFormat, KnownGPUDriver, KnownGPUInstanceProfile, KnownGatewayAPIIstioEnabled, KnownIdentityBindingProvisioningState, KnownIpFamily, KnownIstioIngressGatewayMode, KnownKeyVaultNetworkAccessTypes, KnownKubeletDiskType, KnownKubernetesSupportPlan, KnownLicenseType, KnownLoadBalancerSku, KnownLocalDNSForwardDestination, KnownLocalDNSForwardPolicy, KnownLocalDNSMode, KnownLocalDNSProtocol, KnownLocalDNSQueryLogging, KnownLocalDNSServeStale, KnownLocalDNSState, KnownManagedClusterPodIdentityProvisioningState, KnownManagedClusterSKUName, KnownManagedClusterSKUTier, KnownManagedGatewayType, KnownNamespaceProvisioningState, KnownNetworkDataplane, KnownNetworkMode, KnownNetworkPlugin, KnownNetworkPluginMode, KnownNetworkPolicy, KnownNginxIngressControllerType, KnownNodeOSUpgradeChannel, KnownNodeProvisioningDefaultNodePools, KnownNodeProvisioningMode, KnownOSDiskType, KnownOSType, KnownOssku, KnownOutboundType, KnownPodIPAllocationMode, KnownPolicyRule, KnownPrivateEndpointConnectionProvisioningState, KnownProtocol, KnownProxyRedirectionMechanism, KnownPublicNetworkAccess, KnownResourceIdentityType, KnownRestrictionLevel, KnownScaleDownMode, KnownScaleSetEvictionPolicy, KnownScaleSetPriority, KnownServiceMeshMode, KnownSnapshotType, KnownTransitEncryptionType, KnownTrustedAccessRoleBindingProvisioningState, KnownType, KnownUndrainableNodeBehavior, KnownUpgradeChannel, KnownVersions, KnownWeekDay, KnownWorkloadRuntime, RestError, isRestError, restorePoller

;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/static-helpers/cloudSettingHelpers.js
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
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:process"
var external_node_process_ = __webpack_require__(1708);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/logger/log.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function log(message, ...args) {
    external_node_process_.stderr.write(`${external_node_util_.format(message, ...args)}${external_node_os_.EOL}`);
}
//# sourceMappingURL=log.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/env.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Returns the value of the specified environment variable.
 *
 * @internal
 */
function getEnvironmentVariable(name) {
    return external_node_process_.env[name];
}
/**
 * Emits a Node.js process warning.
 *
 * @internal
 */
function emitNodeWarning(warning) {
    external_node_process_.emitWarning(warning);
}
/**
 * A constant that indicates whether the environment the code is running is a Web Browser.
 */
const isBrowser = false;
/**
 * A constant that indicates whether the environment the code is running is a Web Worker.
 */
const isWebWorker = false;
/**
 * A constant that indicates whether the environment the code is running is Deno.
 */
const isDeno = typeof external_node_process_.versions.deno === "string" && external_node_process_.versions.deno.length > 0;
/**
 * A constant that indicates whether the environment the code is running is Bun.sh.
 */
const isBun = typeof external_node_process_.versions.bun === "string" && external_node_process_.versions.bun.length > 0;
/**
 * A constant that indicates whether the environment the code is running is a Node.js compatible environment.
 */
const isNodeLike = true;
/**
 * A constant that indicates whether the environment the code is running is Node.JS.
 */
const isNodeRuntime = !isBun && !isDeno;
/**
 * A constant that indicates whether the environment the code is running is in React-Native.
 */
const isReactNative = false;
//# sourceMappingURL=env.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/logger/debug.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


const debugEnvVariable = getEnvironmentVariable("DEBUG");
let enabledString;
let enabledNamespaces = [];
let skippedNamespaces = [];
const debuggers = [];
if (debugEnvVariable) {
    enable(debugEnvVariable);
}
const debugObj = Object.assign((namespace) => {
    return createDebugger(namespace);
}, {
    enable,
    enabled,
    disable,
    log: log,
});
function enable(namespaces) {
    enabledString = namespaces;
    enabledNamespaces = [];
    skippedNamespaces = [];
    const namespaceList = namespaces.split(",").map((ns) => ns.trim());
    for (const ns of namespaceList) {
        if (ns.startsWith("-")) {
            skippedNamespaces.push(ns.substring(1));
        }
        else {
            enabledNamespaces.push(ns);
        }
    }
    for (const instance of debuggers) {
        instance.enabled = enabled(instance.namespace);
    }
}
function enabled(namespace) {
    if (namespace.endsWith("*")) {
        return true;
    }
    for (const skipped of skippedNamespaces) {
        if (namespaceMatches(namespace, skipped)) {
            return false;
        }
    }
    for (const enabledNamespace of enabledNamespaces) {
        if (namespaceMatches(namespace, enabledNamespace)) {
            return true;
        }
    }
    return false;
}
/**
 * Given a namespace, check if it matches a pattern.
 * Patterns only have a single wildcard character which is *.
 * The behavior of * is that it matches zero or more other characters.
 */
function namespaceMatches(namespace, patternToMatch) {
    // simple case, no pattern matching required
    if (patternToMatch.indexOf("*") === -1) {
        return namespace === patternToMatch;
    }
    let pattern = patternToMatch;
    // normalize successive * if needed
    if (patternToMatch.indexOf("**") !== -1) {
        const patternParts = [];
        let lastCharacter = "";
        for (const character of patternToMatch) {
            if (character === "*" && lastCharacter === "*") {
                continue;
            }
            else {
                lastCharacter = character;
                patternParts.push(character);
            }
        }
        pattern = patternParts.join("");
    }
    let namespaceIndex = 0;
    let patternIndex = 0;
    const patternLength = pattern.length;
    const namespaceLength = namespace.length;
    let lastWildcard = -1;
    let lastWildcardNamespace = -1;
    while (namespaceIndex < namespaceLength && patternIndex < patternLength) {
        if (pattern[patternIndex] === "*") {
            lastWildcard = patternIndex;
            patternIndex++;
            if (patternIndex === patternLength) {
                // if wildcard is the last character, it will match the remaining namespace string
                return true;
            }
            // now we let the wildcard eat characters until we match the next literal in the pattern
            while (namespace[namespaceIndex] !== pattern[patternIndex]) {
                namespaceIndex++;
                // reached the end of the namespace without a match
                if (namespaceIndex === namespaceLength) {
                    return false;
                }
            }
            // now that we have a match, let's try to continue on
            // however, it's possible we could find a later match
            // so keep a reference in case we have to backtrack
            lastWildcardNamespace = namespaceIndex;
            namespaceIndex++;
            patternIndex++;
            continue;
        }
        else if (pattern[patternIndex] === namespace[namespaceIndex]) {
            // simple case: literal pattern matches so keep going
            patternIndex++;
            namespaceIndex++;
        }
        else if (lastWildcard >= 0) {
            // special case: we don't have a literal match, but there is a previous wildcard
            // which we can backtrack to and try having the wildcard eat the match instead
            patternIndex = lastWildcard + 1;
            namespaceIndex = lastWildcardNamespace + 1;
            // we've reached the end of the namespace without a match
            if (namespaceIndex === namespaceLength) {
                return false;
            }
            // similar to the previous logic, let's keep going until we find the next literal match
            while (namespace[namespaceIndex] !== pattern[patternIndex]) {
                namespaceIndex++;
                if (namespaceIndex === namespaceLength) {
                    return false;
                }
            }
            lastWildcardNamespace = namespaceIndex;
            namespaceIndex++;
            patternIndex++;
            continue;
        }
        else {
            return false;
        }
    }
    const namespaceDone = namespaceIndex === namespace.length;
    const patternDone = patternIndex === pattern.length;
    // this is to detect the case of an unneeded final wildcard
    // e.g. the pattern `ab*` should match the string `ab`
    const trailingWildCard = patternIndex === pattern.length - 1 && pattern[patternIndex] === "*";
    return namespaceDone && (patternDone || trailingWildCard);
}
function disable() {
    const result = enabledString || "";
    enable("");
    return result;
}
function createDebugger(namespace) {
    const newDebugger = Object.assign(debug, {
        enabled: enabled(namespace),
        destroy,
        log: debugObj.log,
        namespace,
        extend,
    });
    function debug(...args) {
        if (!newDebugger.enabled) {
            return;
        }
        if (args.length > 0) {
            args[0] = `${namespace} ${args[0]}`;
        }
        newDebugger.log(...args);
    }
    debuggers.push(newDebugger);
    return newDebugger;
}
function destroy() {
    const index = debuggers.indexOf(this);
    if (index >= 0) {
        debuggers.splice(index, 1);
        return true;
    }
    return false;
}
function extend(namespace) {
    const newDebugger = createDebugger(`${this.namespace}:${namespace}`);
    newDebugger.log = this.log;
    return newDebugger;
}
/* harmony default export */ const debug = (debugObj);
//# sourceMappingURL=debug.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/logger/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


const TYPESPEC_RUNTIME_LOG_LEVELS = ["verbose", "info", "warning", "error"];
const levelMap = {
    verbose: 400,
    info: 300,
    warning: 200,
    error: 100,
};
function patchLogMethod(parent, child) {
    child.log = (...args) => {
        parent.log(...args);
    };
}
function isTypeSpecRuntimeLogLevel(level) {
    return TYPESPEC_RUNTIME_LOG_LEVELS.includes(level);
}
/**
 * Creates a logger context base on the provided options.
 * @param options - The options for creating a logger context.
 * @returns The logger context.
 */
function createLoggerContext(options) {
    const registeredLoggers = new Set();
    const logLevelFromEnv = getEnvironmentVariable(options.logLevelEnvVarName);
    let logLevel;
    const clientLogger = debug(options.namespace);
    clientLogger.log = (...args) => {
        debug.log(...args);
    };
    function contextSetLogLevel(level) {
        if (level && !isTypeSpecRuntimeLogLevel(level)) {
            throw new Error(`Unknown log level '${level}'. Acceptable values: ${TYPESPEC_RUNTIME_LOG_LEVELS.join(",")}`);
        }
        logLevel = level;
        const enabledNamespaces = [];
        for (const logger of registeredLoggers) {
            if (shouldEnable(logger)) {
                enabledNamespaces.push(logger.namespace);
            }
        }
        debug.enable(enabledNamespaces.join(","));
    }
    if (logLevelFromEnv) {
        // avoid calling setLogLevel because we don't want a mis-set environment variable to crash
        if (isTypeSpecRuntimeLogLevel(logLevelFromEnv)) {
            contextSetLogLevel(logLevelFromEnv);
        }
        else {
            console.error(`${options.logLevelEnvVarName} set to unknown log level '${logLevelFromEnv}'; logging is not enabled. Acceptable values: ${TYPESPEC_RUNTIME_LOG_LEVELS.join(", ")}.`);
        }
    }
    function shouldEnable(logger) {
        return Boolean(logLevel && levelMap[logger.level] <= levelMap[logLevel]);
    }
    function createLogger(parent, level) {
        const logger = Object.assign(parent.extend(level), {
            level,
        });
        patchLogMethod(parent, logger);
        if (shouldEnable(logger)) {
            const enabledNamespaces = debug.disable();
            debug.enable(enabledNamespaces + "," + logger.namespace);
        }
        registeredLoggers.add(logger);
        return logger;
    }
    function contextGetLogLevel() {
        return logLevel;
    }
    function contextCreateClientLogger(namespace) {
        const clientRootLogger = clientLogger.extend(namespace);
        patchLogMethod(clientLogger, clientRootLogger);
        return {
            error: createLogger(clientRootLogger, "error"),
            warning: createLogger(clientRootLogger, "warning"),
            info: createLogger(clientRootLogger, "info"),
            verbose: createLogger(clientRootLogger, "verbose"),
        };
    }
    return {
        setLogLevel: contextSetLogLevel,
        getLogLevel: contextGetLogLevel,
        createClientLogger: contextCreateClientLogger,
        logger: clientLogger,
    };
}
const context = createLoggerContext({
    logLevelEnvVarName: "TYPESPEC_RUNTIME_LOG_LEVEL",
    namespace: "typeSpecRuntime",
});
/**
 * Immediately enables logging at the specified log level. If no level is specified, logging is disabled.
 * @param level - The log level to enable for logging.
 * Options from most verbose to least verbose are:
 * - verbose
 * - info
 * - warning
 * - error
 */
// eslint-disable-next-line @typescript-eslint/no-redeclare
const TypeSpecRuntimeLogger = context.logger;
/**
 * Retrieves the currently specified log level.
 */
function setLogLevel(logLevel) {
    context.setLogLevel(logLevel);
}
/**
 * Retrieves the currently specified log level.
 */
function getLogLevel() {
    return context.getLogLevel();
}
/**
 * Creates a logger for use by the SDKs that inherits from `TypeSpecRuntimeLogger`.
 * @param namespace - The name of the SDK package.
 * @hidden
 */
function createClientLogger(namespace) {
    return context.createClientLogger(namespace);
}
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/logger/internal.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=internal.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/logger/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const esm_context = createLoggerContext({
    logLevelEnvVarName: "AZURE_LOG_LEVEL",
    namespace: "azure",
});
/**
 * The AzureLogger provides a mechanism for overriding where logs are output to.
 * By default, logs are sent to stderr.
 * Override the `log` method to redirect logs to another location.
 */
const AzureLogger = esm_context.logger;
/**
 * Immediately enables logging at the specified log level. If no level is specified, logging is disabled.
 * @param level - The log level to enable for logging.
 * Options from most verbose to least verbose are:
 * - verbose
 * - info
 * - warning
 * - error
 */
function esm_setLogLevel(level) {
    esm_context.setLogLevel(level);
}
/**
 * Retrieves the currently specified log level.
 */
function esm_getLogLevel() {
    return esm_context.getLogLevel();
}
/**
 * Creates a logger for use by the Azure SDKs that inherits from `AzureLogger`.
 * @param namespace - The name of the SDK package.
 * @hidden
 */
function esm_createClientLogger(namespace) {
    return esm_context.createClientLogger(namespace);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const logger = esm_createClientLogger("arm-containerservice");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/abort-controller/AbortError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * This error is thrown when an asynchronous operation has been aborted.
 * Check for this error by testing the `name` that the name property of the
 * error matches `"AbortError"`.
 *
 * @example
 * ```ts snippet:ReadmeSampleAbortError
 * import { AbortError } from "@typespec/ts-http-runtime";
 *
 * async function doAsyncWork(options: { abortSignal: AbortSignal }): Promise<void> {
 *   if (options.abortSignal.aborted) {
 *     throw new AbortError();
 *   }
 *
 *   // do async work
 * }
 *
 * const controller = new AbortController();
 * controller.abort();
 *
 * try {
 *   doAsyncWork({ abortSignal: controller.signal });
 * } catch (e) {
 *   if (e instanceof Error && e.name === "AbortError") {
 *     // handle abort error here.
 *   }
 * }
 * ```
 */
class AbortError extends Error {
    constructor(message) {
        super(message);
        this.name = "AbortError";
    }
}
//# sourceMappingURL=AbortError.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/httpHeaders.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function normalizeName(name) {
    return name.toLowerCase();
}
/**
 * Removes CR and LF characters from a header value to prevent obs-fold
 * (line folding) sequences, as forbidden by RFC 7230 §3.2.4.
 * @param value - The header value to sanitize.
 */
function normalizeValue(value) {
    return String(value)
        .trim()
        .replace(/[\r\n]/g, "");
}
function* headerIterator(map) {
    for (const entry of map.values()) {
        yield [entry.name, entry.value];
    }
}
class HttpHeadersImpl {
    _headersMap;
    constructor(rawHeaders) {
        this._headersMap = new Map();
        if (rawHeaders) {
            for (const headerName of Object.keys(rawHeaders)) {
                this.set(headerName, rawHeaders[headerName]);
            }
        }
    }
    /**
     * Set a header in this collection with the provided name and value. The name is
     * case-insensitive.
     * @param name - The name of the header to set. This value is case-insensitive.
     * @param value - The value of the header to set.
     */
    set(name, value) {
        this._headersMap.set(normalizeName(name), { name, value: normalizeValue(value) });
    }
    /**
     * Get the header value for the provided header name, or undefined if no header exists in this
     * collection with the provided name.
     * @param name - The name of the header. This value is case-insensitive.
     */
    get(name) {
        return this._headersMap.get(normalizeName(name))?.value;
    }
    /**
     * Get whether or not this header collection contains a header entry for the provided header name.
     * @param name - The name of the header to set. This value is case-insensitive.
     */
    has(name) {
        return this._headersMap.has(normalizeName(name));
    }
    /**
     * Remove the header with the provided headerName.
     * @param name - The name of the header to remove.
     */
    delete(name) {
        this._headersMap.delete(normalizeName(name));
    }
    /**
     * Get the JSON object representation of this HTTP header collection.
     */
    toJSON(options = {}) {
        const result = {};
        if (options.preserveCase) {
            for (const entry of this._headersMap.values()) {
                result[entry.name] = entry.value;
            }
        }
        else {
            for (const [normalizedName, entry] of this._headersMap) {
                result[normalizedName] = entry.value;
            }
        }
        return result;
    }
    /**
     * Get the string representation of this HTTP header collection.
     */
    toString() {
        return JSON.stringify(this.toJSON({ preserveCase: true }));
    }
    /**
     * Iterate over tuples of header [name, value] pairs.
     */
    [Symbol.iterator]() {
        return headerIterator(this._headersMap);
    }
}
/**
 * Creates an object that satisfies the `HttpHeaders` interface.
 * @param rawHeaders - A simple object representing initial headers
 */
function createHttpHeaders(rawHeaders) {
    return new HttpHeadersImpl(rawHeaders);
}
//# sourceMappingURL=httpHeaders.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/uuidUtils.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Generated Universally Unique Identifier
 *
 * @returns RFC4122 v4 UUID.
 */
function randomUUID() {
    return crypto.randomUUID();
}
//# sourceMappingURL=uuidUtils.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/pipelineRequest.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


class PipelineRequestImpl {
    url;
    method;
    headers;
    timeout;
    withCredentials;
    body;
    multipartBody;
    formData;
    streamResponseStatusCodes;
    enableBrowserStreams;
    proxySettings;
    disableKeepAlive;
    abortSignal;
    requestId;
    allowInsecureConnection;
    onUploadProgress;
    onDownloadProgress;
    requestOverrides;
    authSchemes;
    constructor(options) {
        this.url = options.url;
        this.body = options.body;
        this.headers = options.headers ?? createHttpHeaders();
        this.method = options.method ?? "GET";
        this.timeout = options.timeout ?? 0;
        this.multipartBody = options.multipartBody;
        this.formData = options.formData;
        this.disableKeepAlive = options.disableKeepAlive ?? false;
        this.proxySettings = options.proxySettings;
        this.streamResponseStatusCodes = options.streamResponseStatusCodes;
        this.withCredentials = options.withCredentials ?? false;
        this.abortSignal = options.abortSignal;
        this.onUploadProgress = options.onUploadProgress;
        this.onDownloadProgress = options.onDownloadProgress;
        this.requestId = options.requestId || randomUUID();
        this.allowInsecureConnection = options.allowInsecureConnection ?? false;
        this.enableBrowserStreams = options.enableBrowserStreams ?? false;
        this.requestOverrides = options.requestOverrides;
        this.authSchemes = options.authSchemes;
    }
}
/**
 * Creates a new pipeline request with the given options.
 * This method is to allow for the easy setting of default values and not required.
 * @param options - The options to create the request with.
 */
function createPipelineRequest(options) {
    return new PipelineRequestImpl(options);
}
//# sourceMappingURL=pipelineRequest.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/pipeline.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const ValidPhaseNames = new Set(["Deserialize", "Serialize", "Retry", "Sign"]);
/**
 * A private implementation of Pipeline.
 * Do not export this class from the package.
 * @internal
 */
class HttpPipeline {
    _policies = [];
    _orderedPolicies;
    constructor(policies) {
        this._policies = policies?.slice(0) ?? [];
        this._orderedPolicies = undefined;
    }
    addPolicy(policy, options = {}) {
        if (options.phase && options.afterPhase) {
            throw new Error("Policies inside a phase cannot specify afterPhase.");
        }
        if (options.phase && !ValidPhaseNames.has(options.phase)) {
            throw new Error(`Invalid phase name: ${options.phase}`);
        }
        if (options.afterPhase && !ValidPhaseNames.has(options.afterPhase)) {
            throw new Error(`Invalid afterPhase name: ${options.afterPhase}`);
        }
        this._policies.push({
            policy,
            options,
        });
        this._orderedPolicies = undefined;
    }
    removePolicy(options) {
        const removedPolicies = [];
        this._policies = this._policies.filter((policyDescriptor) => {
            if ((options.name && policyDescriptor.policy.name === options.name) ||
                (options.phase && policyDescriptor.options.phase === options.phase)) {
                removedPolicies.push(policyDescriptor.policy);
                return false;
            }
            else {
                return true;
            }
        });
        this._orderedPolicies = undefined;
        return removedPolicies;
    }
    sendRequest(httpClient, request) {
        const policies = this.getOrderedPolicies();
        const pipeline = policies.reduceRight((next, policy) => {
            return (req) => {
                return policy.sendRequest(req, next);
            };
        }, (req) => httpClient.sendRequest(req));
        return pipeline(request);
    }
    getOrderedPolicies() {
        if (!this._orderedPolicies) {
            this._orderedPolicies = this.orderPolicies();
        }
        return this._orderedPolicies;
    }
    clone() {
        return new HttpPipeline(this._policies);
    }
    static create() {
        return new HttpPipeline();
    }
    orderPolicies() {
        /**
         * The goal of this method is to reliably order pipeline policies
         * based on their declared requirements when they were added.
         *
         * Order is first determined by phase:
         *
         * 1. Serialize Phase
         * 2. Policies not in a phase
         * 3. Deserialize Phase
         * 4. Retry Phase
         * 5. Sign Phase
         *
         * Within each phase, policies are executed in the order
         * they were added unless they were specified to execute
         * before/after other policies or after a particular phase.
         *
         * To determine the final order, we will walk the policy list
         * in phase order multiple times until all dependencies are
         * satisfied.
         *
         * `afterPolicies` are the set of policies that must be
         * executed before a given policy. This requirement is
         * considered satisfied when each of the listed policies
         * have been scheduled.
         *
         * `beforePolicies` are the set of policies that must be
         * executed after a given policy. Since this dependency
         * can be expressed by converting it into a equivalent
         * `afterPolicies` declarations, they are normalized
         * into that form for simplicity.
         *
         * An `afterPhase` dependency is considered satisfied when all
         * policies in that phase have scheduled.
         *
         */
        const result = [];
        // Track all policies we know about.
        const policyMap = new Map();
        function createPhase(name) {
            return {
                name,
                policies: new Set(),
                hasRun: false,
                hasAfterPolicies: false,
            };
        }
        // Track policies for each phase.
        const serializePhase = createPhase("Serialize");
        const noPhase = createPhase("None");
        const deserializePhase = createPhase("Deserialize");
        const retryPhase = createPhase("Retry");
        const signPhase = createPhase("Sign");
        // a list of phases in order
        const orderedPhases = [serializePhase, noPhase, deserializePhase, retryPhase, signPhase];
        // Small helper function to map phase name to each Phase
        function getPhase(phase) {
            if (phase === "Retry") {
                return retryPhase;
            }
            else if (phase === "Serialize") {
                return serializePhase;
            }
            else if (phase === "Deserialize") {
                return deserializePhase;
            }
            else if (phase === "Sign") {
                return signPhase;
            }
            else {
                return noPhase;
            }
        }
        // First walk each policy and create a node to track metadata.
        for (const descriptor of this._policies) {
            const policy = descriptor.policy;
            const options = descriptor.options;
            const policyName = policy.name;
            if (policyMap.has(policyName)) {
                throw new Error("Duplicate policy names not allowed in pipeline");
            }
            const node = {
                policy,
                dependsOn: new Set(),
                dependants: new Set(),
            };
            if (options.afterPhase) {
                node.afterPhase = getPhase(options.afterPhase);
                node.afterPhase.hasAfterPolicies = true;
            }
            policyMap.set(policyName, node);
            const phase = getPhase(options.phase);
            phase.policies.add(node);
        }
        // Now that each policy has a node, connect dependency references.
        for (const descriptor of this._policies) {
            const { policy, options } = descriptor;
            const policyName = policy.name;
            const node = policyMap.get(policyName);
            if (!node) {
                throw new Error(`Missing node for policy ${policyName}`);
            }
            if (options.afterPolicies) {
                for (const afterPolicyName of options.afterPolicies) {
                    const afterNode = policyMap.get(afterPolicyName);
                    if (afterNode) {
                        // Linking in both directions helps later
                        // when we want to notify dependants.
                        node.dependsOn.add(afterNode);
                        afterNode.dependants.add(node);
                    }
                }
            }
            if (options.beforePolicies) {
                for (const beforePolicyName of options.beforePolicies) {
                    const beforeNode = policyMap.get(beforePolicyName);
                    if (beforeNode) {
                        // To execute before another node, make it
                        // depend on the current node.
                        beforeNode.dependsOn.add(node);
                        node.dependants.add(beforeNode);
                    }
                }
            }
        }
        function walkPhase(phase) {
            phase.hasRun = true;
            // Sets iterate in insertion order
            for (const node of phase.policies) {
                if (node.afterPhase && (!node.afterPhase.hasRun || node.afterPhase.policies.size)) {
                    // If this node is waiting on a phase to complete,
                    // we need to skip it for now.
                    // Even if the phase is empty, we should wait for it
                    // to be walked to avoid re-ordering policies.
                    continue;
                }
                if (node.dependsOn.size === 0) {
                    // If there's nothing else we're waiting for, we can
                    // add this policy to the result list.
                    result.push(node.policy);
                    // Notify anything that depends on this policy that
                    // the policy has been scheduled.
                    for (const dependant of node.dependants) {
                        dependant.dependsOn.delete(node);
                    }
                    policyMap.delete(node.policy.name);
                    phase.policies.delete(node);
                }
            }
        }
        function walkPhases() {
            for (const phase of orderedPhases) {
                walkPhase(phase);
                // if the phase isn't complete
                if (phase.policies.size > 0 && phase !== noPhase) {
                    if (!noPhase.hasRun) {
                        // Try running noPhase to see if that unblocks this phase next tick.
                        // This can happen if a phase that happens before noPhase
                        // is waiting on a noPhase policy to complete.
                        walkPhase(noPhase);
                    }
                    // Don't proceed to the next phase until this phase finishes.
                    return;
                }
                if (phase.hasAfterPolicies) {
                    // Run any policies unblocked by this phase
                    walkPhase(noPhase);
                }
            }
        }
        // Iterate until we've put every node in the result list.
        let iteration = 0;
        while (policyMap.size > 0) {
            iteration++;
            const initialResultLength = result.length;
            // Keep walking each phase in order until we can order every node.
            walkPhases();
            // The result list *should* get at least one larger each time
            // after the first full pass.
            // Otherwise, we're going to loop forever.
            if (result.length <= initialResultLength && iteration > 1) {
                throw new Error("Cannot satisfy policy dependencies due to requirements cycle.");
            }
        }
        return result;
    }
}
/**
 * Creates a totally empty pipeline.
 * Useful for testing or creating a custom one.
 */
function createEmptyPipeline() {
    return HttpPipeline.create();
}
//# sourceMappingURL=pipeline.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/object.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Helper to determine when an input is a generic JS object.
 * @returns true when input is an object type that is not null, Array, RegExp, or Date.
 */
function isObject(input) {
    return (typeof input === "object" &&
        input !== null &&
        !Array.isArray(input) &&
        !(input instanceof RegExp) &&
        !(input instanceof Date));
}
//# sourceMappingURL=object.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/error.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Typeguard for an error object shape (has name and message)
 * @param e - Something caught by a catch clause.
 */
function isError(e) {
    if (isObject(e)) {
        const hasName = typeof e.name === "string";
        const hasMessage = typeof e.message === "string";
        return hasName && hasMessage;
    }
    return false;
}
//# sourceMappingURL=error.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/inspect.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const custom = external_node_util_.inspect.custom;
//# sourceMappingURL=inspect.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/sanitizer.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const RedactedString = "REDACTED";
// Make sure this list is up-to-date with the one under core/logger/Readme#Keyconcepts
const defaultAllowedHeaderNames = [
    "x-ms-client-request-id",
    "x-ms-return-client-request-id",
    "x-ms-useragent",
    "x-ms-correlation-request-id",
    "x-ms-request-id",
    "client-request-id",
    "ms-cv",
    "return-client-request-id",
    "traceparent",
    "Access-Control-Allow-Credentials",
    "Access-Control-Allow-Headers",
    "Access-Control-Allow-Methods",
    "Access-Control-Allow-Origin",
    "Access-Control-Expose-Headers",
    "Access-Control-Max-Age",
    "Access-Control-Request-Headers",
    "Access-Control-Request-Method",
    "Origin",
    "Accept",
    "Accept-Encoding",
    "Cache-Control",
    "Connection",
    "Content-Length",
    "Content-Type",
    "Date",
    "ETag",
    "Expires",
    "If-Match",
    "If-Modified-Since",
    "If-None-Match",
    "If-Unmodified-Since",
    "Last-Modified",
    "Pragma",
    "Request-Id",
    "Retry-After",
    "Server",
    "Transfer-Encoding",
    "User-Agent",
    "WWW-Authenticate",
];
const defaultAllowedQueryParameters = ["api-version"];
/**
 * A utility class to sanitize objects for logging.
 */
class Sanitizer {
    allowedHeaderNames;
    allowedQueryParameters;
    constructor({ additionalAllowedHeaderNames: allowedHeaderNames = [], additionalAllowedQueryParameters: allowedQueryParameters = [], } = {}) {
        allowedHeaderNames = defaultAllowedHeaderNames.concat(allowedHeaderNames);
        allowedQueryParameters = defaultAllowedQueryParameters.concat(allowedQueryParameters);
        this.allowedHeaderNames = new Set(allowedHeaderNames.map((n) => n.toLowerCase()));
        this.allowedQueryParameters = new Set(allowedQueryParameters.map((p) => p.toLowerCase()));
    }
    /**
     * Sanitizes an object for logging.
     * @param obj - The object to sanitize
     * @returns - The sanitized object as a string
     */
    sanitize(obj) {
        const seen = new Set();
        return JSON.stringify(obj, (key, value) => {
            // Ensure Errors include their interesting non-enumerable members
            if (value instanceof Error) {
                return {
                    ...value,
                    name: value.name,
                    message: value.message,
                };
            }
            if (key === "headers" && isObject(value)) {
                return this.sanitizeHeaders(value);
            }
            else if (key === "url" && typeof value === "string") {
                return this.sanitizeUrl(value);
            }
            else if (key === "query" && isObject(value)) {
                return this.sanitizeQuery(value);
            }
            else if (key === "body") {
                // Don't log the request body
                return undefined;
            }
            else if (key === "response") {
                // Don't log response again
                return undefined;
            }
            else if (key === "operationSpec") {
                // When using sendOperationRequest, the request carries a massive
                // field with the autorest spec. No need to log it.
                return undefined;
            }
            else if (Array.isArray(value) || isObject(value)) {
                if (seen.has(value)) {
                    return "[Circular]";
                }
                seen.add(value);
            }
            return value;
        }, 2);
    }
    /**
     * Sanitizes a URL for logging.
     * @param value - The URL to sanitize
     * @returns - The sanitized URL as a string
     */
    sanitizeUrl(value) {
        if (typeof value !== "string" || value === null || value === "") {
            return value;
        }
        const url = new URL(value);
        if (!url.search) {
            return value;
        }
        for (const [key] of url.searchParams) {
            if (!this.allowedQueryParameters.has(key.toLowerCase())) {
                url.searchParams.set(key, RedactedString);
            }
        }
        return url.toString();
    }
    sanitizeHeaders(obj) {
        const sanitized = {};
        for (const key of Object.keys(obj)) {
            if (this.allowedHeaderNames.has(key.toLowerCase())) {
                sanitized[key] = obj[key];
            }
            else {
                sanitized[key] = RedactedString;
            }
        }
        return sanitized;
    }
    sanitizeQuery(value) {
        if (typeof value !== "object" || value === null) {
            return value;
        }
        const sanitized = {};
        for (const k of Object.keys(value)) {
            if (this.allowedQueryParameters.has(k.toLowerCase())) {
                sanitized[k] = value[k];
            }
            else {
                sanitized[k] = RedactedString;
            }
        }
        return sanitized;
    }
}
//# sourceMappingURL=sanitizer.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/restError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



const errorSanitizer = new Sanitizer();
/**
 * A custom error type for failed pipeline requests.
 */
class RestError extends Error {
    /**
     * Something went wrong when making the request.
     * This means the actual request failed for some reason,
     * such as a DNS issue or the connection being lost.
     */
    static REQUEST_SEND_ERROR = "REQUEST_SEND_ERROR";
    /**
     * This means that parsing the response from the server failed.
     * It may have been malformed.
     */
    static PARSE_ERROR = "PARSE_ERROR";
    /**
     * The code of the error itself (use statics on RestError if possible.)
     */
    code;
    /**
     * The HTTP status code of the request (if applicable.)
     */
    statusCode;
    /**
     * The request that was made.
     * This property is non-enumerable.
     */
    request;
    /**
     * The response received (if any.)
     * This property is non-enumerable.
     */
    response;
    /**
     * Bonus property set by the throw site.
     */
    details;
    constructor(message, options = {}) {
        super(message);
        this.name = "RestError";
        this.code = options.code;
        this.statusCode = options.statusCode;
        // The request and response may contain sensitive information in the headers or body.
        // To help prevent this sensitive information being accidentally logged, the request and response
        // properties are marked as non-enumerable here. This prevents them showing up in the output of
        // JSON.stringify and console.log.
        Object.defineProperty(this, "request", { value: options.request, enumerable: false });
        Object.defineProperty(this, "response", { value: options.response, enumerable: false });
        // Only include useful agent information in the request for logging, as the full agent object
        // may contain large binary data.
        const agent = this.request?.agent
            ? {
                maxFreeSockets: this.request.agent.maxFreeSockets,
                maxSockets: this.request.agent.maxSockets,
            }
            : undefined;
        // Logging method for util.inspect in Node
        Object.defineProperty(this, custom, {
            value: () => {
                // Extract non-enumerable properties and add them back. This is OK since in this output the request and
                // response get sanitized.
                return `RestError: ${this.message} \n ${errorSanitizer.sanitize({
                    ...this,
                    request: { ...this.request, agent },
                    response: this.response,
                })}`;
            },
            enumerable: false,
        });
        Object.setPrototypeOf(this, RestError.prototype);
    }
}
/**
 * Typeguard for RestError
 * @param e - Something caught by a catch clause.
 */
function isRestError(e) {
    if (e instanceof RestError) {
        return true;
    }
    return isError(e) && e.name === "RestError";
}
//# sourceMappingURL=restError.js.map
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/log.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const log_logger = createClientLogger("ts-http-runtime");
//# sourceMappingURL=log.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/nodeHttpClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.









const DEFAULT_TLS_SETTINGS = {};
function isReadableStream(body) {
    return body && typeof body.pipe === "function";
}
function isStreamComplete(stream) {
    if (stream.readable === false) {
        return Promise.resolve();
    }
    return new Promise((resolve) => {
        const handler = () => {
            resolve();
            stream.removeListener("close", handler);
            stream.removeListener("end", handler);
            stream.removeListener("error", handler);
        };
        stream.on("close", handler);
        stream.on("end", handler);
        stream.on("error", handler);
    });
}
function isArrayBuffer(body) {
    return body && typeof body.byteLength === "number";
}
class ReportTransform extends external_node_stream_.Transform {
    loadedBytes = 0;
    progressCallback;
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    _transform(chunk, _encoding, callback) {
        this.push(chunk);
        this.loadedBytes += chunk.length;
        try {
            this.progressCallback({ loadedBytes: this.loadedBytes });
            callback();
        }
        catch (e) {
            callback(e);
        }
    }
    constructor(progressCallback) {
        super();
        this.progressCallback = progressCallback;
    }
}
/**
 * A HttpClient implementation that uses Node's "https" module to send HTTPS requests.
 * @internal
 */
class NodeHttpClient {
    cachedHttpAgent;
    cachedHttpsAgents = new WeakMap();
    /**
     * Makes a request over an underlying transport layer and returns the response.
     * @param request - The request to be made.
     */
    async sendRequest(request) {
        const abortController = new AbortController();
        let abortListener;
        if (request.abortSignal) {
            if (request.abortSignal.aborted) {
                throw new AbortError("The operation was aborted. Request has already been canceled.");
            }
            abortListener = (event) => {
                if (event.type === "abort") {
                    abortController.abort();
                }
            };
            request.abortSignal.addEventListener("abort", abortListener);
        }
        let timeoutId;
        if (request.timeout > 0) {
            timeoutId = setTimeout(() => {
                const sanitizer = new Sanitizer();
                log_logger.info(`request to '${sanitizer.sanitizeUrl(request.url)}' timed out. canceling...`);
                abortController.abort();
            }, request.timeout);
        }
        const acceptEncoding = request.headers.get("Accept-Encoding");
        const shouldDecompress = acceptEncoding?.includes("gzip") || acceptEncoding?.includes("deflate");
        let body = typeof request.body === "function" ? request.body() : request.body;
        if (body && !request.headers.has("Content-Length")) {
            const bodyLength = getBodyLength(body);
            if (bodyLength !== null) {
                request.headers.set("Content-Length", bodyLength);
            }
        }
        let responseStream;
        try {
            if (body && request.onUploadProgress) {
                const onUploadProgress = request.onUploadProgress;
                const uploadReportStream = new ReportTransform(onUploadProgress);
                uploadReportStream.on("error", (e) => {
                    log_logger.error("Error in upload progress", e);
                });
                if (isReadableStream(body)) {
                    body.pipe(uploadReportStream);
                }
                else {
                    uploadReportStream.end(body);
                }
                body = uploadReportStream;
            }
            const res = await this.makeRequest(request, abortController, body);
            if (timeoutId !== undefined) {
                clearTimeout(timeoutId);
            }
            const headers = getResponseHeaders(res);
            const status = res.statusCode ?? 0;
            const response = {
                status,
                headers,
                request,
            };
            // Responses to HEAD must not have a body.
            // If they do return a body, that body must be ignored.
            if (request.method === "HEAD") {
                // call resume() and not destroy() to avoid closing the socket
                // and losing keep alive
                res.resume();
                return response;
            }
            responseStream = shouldDecompress ? getDecodedResponseStream(res, headers) : res;
            const onDownloadProgress = request.onDownloadProgress;
            if (onDownloadProgress) {
                const downloadReportStream = new ReportTransform(onDownloadProgress);
                downloadReportStream.on("error", (e) => {
                    log_logger.error("Error in download progress", e);
                });
                responseStream.pipe(downloadReportStream);
                responseStream = downloadReportStream;
            }
            if (
            // Value of POSITIVE_INFINITY in streamResponseStatusCodes is considered as any status code
            request.streamResponseStatusCodes?.has(Number.POSITIVE_INFINITY) ||
                request.streamResponseStatusCodes?.has(response.status)) {
                response.readableStreamBody = responseStream;
            }
            else {
                response.bodyAsText = await streamToText(responseStream);
            }
            return response;
        }
        finally {
            // clean up event listener
            if (request.abortSignal && abortListener) {
                let uploadStreamDone = Promise.resolve();
                if (isReadableStream(body)) {
                    uploadStreamDone = isStreamComplete(body);
                }
                let downloadStreamDone = Promise.resolve();
                if (isReadableStream(responseStream)) {
                    downloadStreamDone = isStreamComplete(responseStream);
                }
                Promise.all([uploadStreamDone, downloadStreamDone])
                    .then(() => {
                    // eslint-disable-next-line promise/always-return
                    if (abortListener) {
                        request.abortSignal?.removeEventListener("abort", abortListener);
                    }
                })
                    .catch((e) => {
                    log_logger.warning("Error when cleaning up abortListener on httpRequest", e);
                });
            }
        }
    }
    makeRequest(request, abortController, body) {
        const url = new URL(request.url);
        const isInsecure = url.protocol !== "https:";
        if (isInsecure && !request.allowInsecureConnection) {
            throw new Error(`Cannot connect to ${request.url} while allowInsecureConnection is false.`);
        }
        const agent = request.agent ?? this.getOrCreateAgent(request, isInsecure);
        const options = {
            agent,
            hostname: url.hostname,
            path: `${url.pathname}${url.search}`,
            port: url.port,
            method: request.method,
            headers: request.headers.toJSON({ preserveCase: true }),
            ...request.requestOverrides,
        };
        return new Promise((resolve, reject) => {
            const req = isInsecure ? external_node_http_.request(options, resolve) : external_node_https_.request(options, resolve);
            req.once("error", (err) => {
                reject(new RestError(err.message, { code: err.code ?? RestError.REQUEST_SEND_ERROR, request }));
            });
            abortController.signal.addEventListener("abort", () => {
                const abortError = new AbortError("The operation was aborted. Rejecting from abort signal callback while making request.");
                req.destroy(abortError);
                reject(abortError);
            });
            if (body && isReadableStream(body)) {
                body.pipe(req);
            }
            else if (body) {
                if (typeof body === "string" || Buffer.isBuffer(body)) {
                    req.end(body);
                }
                else if (isArrayBuffer(body)) {
                    req.end(ArrayBuffer.isView(body)
                        ? Buffer.from(body.buffer, body.byteOffset, body.byteLength)
                        : Buffer.from(body));
                }
                else {
                    log_logger.error("Unrecognized body type", body);
                    reject(new RestError("Unrecognized body type"));
                }
            }
            else {
                // streams don't like "undefined" being passed as data
                req.end();
            }
        });
    }
    getOrCreateAgent(request, isInsecure) {
        const disableKeepAlive = request.disableKeepAlive;
        // Handle Insecure requests first
        if (isInsecure) {
            if (disableKeepAlive) {
                // keepAlive:false is the default so we don't need a custom Agent
                return external_node_http_.globalAgent;
            }
            if (!this.cachedHttpAgent) {
                // If there is no cached agent create a new one and cache it.
                this.cachedHttpAgent = new external_node_http_.Agent({ keepAlive: true });
            }
            return this.cachedHttpAgent;
        }
        else {
            if (disableKeepAlive && !request.tlsSettings) {
                // When there are no tlsSettings and keepAlive is false
                // we don't need a custom agent
                return external_node_https_.globalAgent;
            }
            // We use the tlsSettings to index cached clients
            const tlsSettings = request.tlsSettings ?? DEFAULT_TLS_SETTINGS;
            // Get the cached agent or create a new one with the
            // provided values for keepAlive and tlsSettings
            let agent = this.cachedHttpsAgents.get(tlsSettings);
            if (agent && agent.options.keepAlive === !disableKeepAlive) {
                return agent;
            }
            log_logger.info("No cached TLS Agent exist, creating a new Agent");
            agent = new external_node_https_.Agent({
                // keepAlive is true if disableKeepAlive is false.
                keepAlive: !disableKeepAlive,
                // Since we are spreading, if no tslSettings were provided, nothing is added to the agent options.
                ...tlsSettings,
            });
            this.cachedHttpsAgents.set(tlsSettings, agent);
            return agent;
        }
    }
}
function getResponseHeaders(res) {
    const headers = createHttpHeaders();
    for (const header of Object.keys(res.headers)) {
        const value = res.headers[header];
        if (Array.isArray(value)) {
            if (value.length > 0) {
                headers.set(header, value[0]);
            }
        }
        else if (value) {
            headers.set(header, value);
        }
    }
    return headers;
}
function getDecodedResponseStream(stream, headers) {
    const contentEncoding = headers.get("Content-Encoding");
    if (contentEncoding === "gzip") {
        const unzip = external_node_zlib_.createGunzip();
        stream.pipe(unzip);
        return unzip;
    }
    else if (contentEncoding === "deflate") {
        const inflate = external_node_zlib_.createInflate();
        stream.pipe(inflate);
        return inflate;
    }
    return stream;
}
function streamToText(stream) {
    return new Promise((resolve, reject) => {
        const buffer = [];
        stream.on("data", (chunk) => {
            if (Buffer.isBuffer(chunk)) {
                buffer.push(chunk);
            }
            else {
                buffer.push(Buffer.from(chunk));
            }
        });
        stream.on("end", () => {
            resolve(Buffer.concat(buffer).toString("utf8"));
        });
        stream.on("error", (e) => {
            if (e && e?.name === "AbortError") {
                reject(e);
            }
            else {
                reject(new RestError(`Error reading response as text: ${e.message}`, {
                    code: RestError.PARSE_ERROR,
                }));
            }
        });
    });
}
/** @internal */
function getBodyLength(body) {
    if (!body) {
        return 0;
    }
    else if (Buffer.isBuffer(body)) {
        return body.length;
    }
    else if (isReadableStream(body)) {
        return null;
    }
    else if (isArrayBuffer(body)) {
        return body.byteLength;
    }
    else if (typeof body === "string") {
        return Buffer.from(body).length;
    }
    else {
        return null;
    }
}
/**
 * Create a new HttpClient instance for the NodeJS environment.
 * @internal
 */
function createNodeHttpClient() {
    return new NodeHttpClient();
}
//# sourceMappingURL=nodeHttpClient.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/defaultHttpClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Create the correct HttpClient for the current environment.
 */
function createDefaultHttpClient() {
    return createNodeHttpClient();
}
//# sourceMappingURL=defaultHttpClient.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/logPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * The programmatic identifier of the logPolicy.
 */
const logPolicyName = "logPolicy";
/**
 * A policy that logs all requests and responses.
 * @param options - Options to configure logPolicy.
 */
function logPolicy(options = {}) {
    const logger = options.logger ?? log_logger.info;
    const sanitizer = new Sanitizer({
        additionalAllowedHeaderNames: options.additionalAllowedHeaderNames,
        additionalAllowedQueryParameters: options.additionalAllowedQueryParameters,
    });
    return {
        name: logPolicyName,
        async sendRequest(request, next) {
            if (!logger.enabled) {
                return next(request);
            }
            logger(`Request: ${sanitizer.sanitize(request)}`);
            const response = await next(request);
            logger(`Response status code: ${response.status}`);
            logger(`Headers: ${sanitizer.sanitize(response.headers)}`);
            return response;
        },
    };
}
//# sourceMappingURL=logPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/userAgentPlatform.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * @internal
 */
function getHeaderName() {
    return "User-Agent";
}
/**
 * @internal
 */
async function setPlatformSpecificData(map) {
    if (external_node_process_ && external_node_process_.versions) {
        const osInfo = `${external_node_os_.type()} ${external_node_os_.release()}; ${external_node_os_.arch()}`;
        if (external_node_process_.versions.bun) {
            map.set("Bun", `${external_node_process_.versions.bun} (${osInfo})`);
        }
        else if (external_node_process_.versions.deno) {
            map.set("Deno", `${external_node_process_.versions.deno} (${osInfo})`);
        }
        else if (external_node_process_.versions.node) {
            map.set("Node", `${external_node_process_.versions.node} (${osInfo})`);
        }
    }
}
//# sourceMappingURL=userAgentPlatform.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/constants.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const SDK_VERSION = "0.3.6";
const constants_DEFAULT_RETRY_POLICY_COUNT = 3;
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/userAgent.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function getUserAgentString(telemetryInfo) {
    const parts = [];
    for (const [key, value] of telemetryInfo) {
        const token = value ? `${key}/${value}` : key;
        parts.push(token);
    }
    return parts.join(" ");
}
/**
 * @internal
 */
function getUserAgentHeaderName() {
    return getHeaderName();
}
/**
 * @internal
 */
async function getUserAgentValue(prefix) {
    const runtimeInfo = new Map();
    runtimeInfo.set("ts-http-runtime", SDK_VERSION);
    await setPlatformSpecificData(runtimeInfo);
    const defaultAgent = getUserAgentString(runtimeInfo);
    const userAgentValue = prefix ? `${prefix} ${defaultAgent}` : defaultAgent;
    return userAgentValue;
}
//# sourceMappingURL=userAgent.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/userAgentPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const UserAgentHeaderName = getUserAgentHeaderName();
/**
 * The programmatic identifier of the userAgentPolicy.
 */
const userAgentPolicyName = "userAgentPolicy";
/**
 * A policy that sets the User-Agent header (or equivalent) to reflect
 * the library version.
 * @param options - Options to customize the user agent value.
 */
function userAgentPolicy(options = {}) {
    const userAgentValue = getUserAgentValue(options.userAgentPrefix);
    return {
        name: userAgentPolicyName,
        async sendRequest(request, next) {
            if (!request.headers.has(UserAgentHeaderName)) {
                request.headers.set(UserAgentHeaderName, await userAgentValue);
            }
            return next(request);
        },
    };
}
//# sourceMappingURL=userAgentPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/random.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Returns a random integer value between a lower and upper bound,
 * inclusive of both bounds.
 * Note that this uses Math.random and isn't secure. If you need to use
 * this for any kind of security purpose, find a better source of random.
 * @param min - The smallest integer value allowed.
 * @param max - The largest integer value allowed.
 */
function random_getRandomIntegerInclusive(min, max) {
    // Make sure inputs are integers.
    min = Math.ceil(min);
    max = Math.floor(max);
    // Pick a random offset from zero to the size of the range.
    // Since Math.random() can never return 1, we have to make the range one larger
    // in order to be inclusive of the maximum value after we take the floor.
    const offset = Math.floor(Math.random() * (max - min + 1));
    return offset + min;
}
//# sourceMappingURL=random.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/delay.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Calculates the delay interval for retry attempts using exponential delay with jitter.
 * @param retryAttempt - The current retry attempt number.
 * @param config - The exponential retry configuration.
 * @returns An object containing the calculated retry delay.
 */
function calculateRetryDelay(retryAttempt, config) {
    // Exponentially increase the delay each time
    const exponentialDelay = config.retryDelayInMs * Math.pow(2, retryAttempt);
    // Don't let the delay exceed the maximum
    const clampedDelay = Math.min(config.maxRetryDelayInMs, exponentialDelay);
    // Allow the final value to have some "jitter" (within 50% of the delay size) so
    // that retries across multiple clients don't occur simultaneously.
    const retryAfterInMs = clampedDelay / 2 + random_getRandomIntegerInclusive(0, clampedDelay / 2);
    return { retryAfterInMs };
}
//# sourceMappingURL=delay.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/helpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const StandardAbortMessage = "The operation was aborted.";
/**
 * A wrapper for setTimeout that resolves a promise after delayInMs milliseconds.
 * @param delayInMs - The number of milliseconds to be delayed.
 * @param value - The value to be resolved with after a timeout of t milliseconds.
 * @param options - The options for delay - currently abort options
 *                  - abortSignal - The abortSignal associated with containing operation.
 *                  - abortErrorMsg - The abort error message associated with containing operation.
 * @returns Resolved promise
 */
function delay(delayInMs, value, options) {
    return new Promise((resolve, reject) => {
        let timer = undefined;
        let onAborted = undefined;
        const rejectOnAbort = () => {
            return reject(new AbortError(options?.abortErrorMsg ? options?.abortErrorMsg : StandardAbortMessage));
        };
        const removeListeners = () => {
            if (options?.abortSignal && onAborted) {
                options.abortSignal.removeEventListener("abort", onAborted);
            }
        };
        onAborted = () => {
            if (timer) {
                clearTimeout(timer);
            }
            removeListeners();
            return rejectOnAbort();
        };
        if (options?.abortSignal && options.abortSignal.aborted) {
            return rejectOnAbort();
        }
        timer = setTimeout(() => {
            removeListeners();
            resolve(value);
        }, delayInMs);
        if (options?.abortSignal) {
            options.abortSignal.addEventListener("abort", onAborted);
        }
    });
}
/**
 * @internal
 * @returns the parsed value or undefined if the parsed value is invalid.
 */
function parseHeaderValueAsNumber(response, headerName) {
    const value = response.headers.get(headerName);
    if (!value)
        return;
    const valueAsNum = Number(value);
    if (Number.isNaN(valueAsNum))
        return;
    return valueAsNum;
}
//# sourceMappingURL=helpers.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/retryStrategies/throttlingRetryStrategy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The header that comes back from services representing
 * the amount of time (minimum) to wait to retry (in seconds or timestamp after which we can retry).
 */
const RetryAfterHeader = "Retry-After";
/**
 * The headers that come back from services representing
 * the amount of time (minimum) to wait to retry.
 *
 * "retry-after-ms", "x-ms-retry-after-ms" : milliseconds
 * "Retry-After" : seconds or timestamp
 */
const AllRetryAfterHeaders = ["retry-after-ms", "x-ms-retry-after-ms", RetryAfterHeader];
/**
 * A response is a throttling retry response if it has a throttling status code (429 or 503),
 * as long as one of the [ "Retry-After" or "retry-after-ms" or "x-ms-retry-after-ms" ] headers has a valid value.
 *
 * Returns the `retryAfterInMs` value if the response is a throttling retry response.
 * If not throttling retry response, returns `undefined`.
 *
 * @internal
 */
function getRetryAfterInMs(response) {
    if (!(response && [429, 503].includes(response.status)))
        return undefined;
    try {
        // Headers: "retry-after-ms", "x-ms-retry-after-ms", "Retry-After"
        for (const header of AllRetryAfterHeaders) {
            const retryAfterValue = parseHeaderValueAsNumber(response, header);
            if (retryAfterValue === 0 || retryAfterValue) {
                // "Retry-After" header ==> seconds
                // "retry-after-ms", "x-ms-retry-after-ms" headers ==> milli-seconds
                const multiplyingFactor = header === RetryAfterHeader ? 1000 : 1;
                return retryAfterValue * multiplyingFactor; // in milli-seconds
            }
        }
        // RetryAfterHeader ("Retry-After") has a special case where it might be formatted as a date instead of a number of seconds
        const retryAfterHeader = response.headers.get(RetryAfterHeader);
        if (!retryAfterHeader)
            return;
        const date = Date.parse(retryAfterHeader);
        const diff = date - Date.now();
        // negative diff would mean a date in the past, so retry asap with 0 milliseconds
        return Number.isFinite(diff) ? Math.max(0, diff) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A response is a retry response if it has a throttling status code (429 or 503),
 * as long as one of the [ "Retry-After" or "retry-after-ms" or "x-ms-retry-after-ms" ] headers has a valid value.
 */
function isThrottlingRetryResponse(response) {
    return Number.isFinite(getRetryAfterInMs(response));
}
function throttlingRetryStrategy_throttlingRetryStrategy() {
    return {
        name: "throttlingRetryStrategy",
        retry({ response }) {
            const retryAfterInMs = getRetryAfterInMs(response);
            if (!Number.isFinite(retryAfterInMs)) {
                return { skipStrategy: true };
            }
            return {
                retryAfterInMs,
            };
        },
    };
}
//# sourceMappingURL=throttlingRetryStrategy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/retryStrategies/exponentialRetryStrategy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


// intervals are in milliseconds
const DEFAULT_CLIENT_RETRY_INTERVAL = 1000;
const DEFAULT_CLIENT_MAX_RETRY_INTERVAL = 1000 * 64;
/**
 * A retry strategy that retries with an exponentially increasing delay in these two cases:
 * - When there are errors in the underlying transport layer (e.g. DNS lookup failures).
 * - Or otherwise if the outgoing request fails (408, greater or equal than 500, except for 501 and 505).
 */
function exponentialRetryStrategy_exponentialRetryStrategy(options = {}) {
    const retryInterval = options.retryDelayInMs ?? DEFAULT_CLIENT_RETRY_INTERVAL;
    const maxRetryInterval = options.maxRetryDelayInMs ?? DEFAULT_CLIENT_MAX_RETRY_INTERVAL;
    return {
        name: "exponentialRetryStrategy",
        retry({ retryCount, response, responseError }) {
            const matchedSystemError = isSystemError(responseError);
            const ignoreSystemErrors = matchedSystemError && options.ignoreSystemErrors;
            const isExponential = isExponentialRetryResponse(response);
            const ignoreExponentialResponse = isExponential && options.ignoreHttpStatusCodes;
            const unknownResponse = response && (isThrottlingRetryResponse(response) || !isExponential);
            if (unknownResponse || ignoreExponentialResponse || ignoreSystemErrors) {
                return { skipStrategy: true };
            }
            if (responseError && !matchedSystemError && !isExponential) {
                return { errorToThrow: responseError };
            }
            return calculateRetryDelay(retryCount, {
                retryDelayInMs: retryInterval,
                maxRetryDelayInMs: maxRetryInterval,
            });
        },
    };
}
/**
 * A response is a retry response if it has status codes:
 * - 408, or
 * - Greater or equal than 500, except for 501 and 505.
 */
function isExponentialRetryResponse(response) {
    return Boolean(response &&
        response.status !== undefined &&
        (response.status >= 500 || response.status === 408) &&
        response.status !== 501 &&
        response.status !== 505);
}
/**
 * Determines whether an error from a pipeline response was triggered in the network layer.
 */
function isSystemError(err) {
    if (!err) {
        return false;
    }
    return (err.code === "ETIMEDOUT" ||
        err.code === "ESOCKETTIMEDOUT" ||
        err.code === "ECONNREFUSED" ||
        err.code === "ECONNRESET" ||
        err.code === "ENOENT" ||
        err.code === "ENOTFOUND");
}
//# sourceMappingURL=exponentialRetryStrategy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/retryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





const retryPolicyLogger = createClientLogger("ts-http-runtime retryPolicy");
/**
 * The programmatic identifier of the retryPolicy.
 */
const retryPolicyName = "retryPolicy";
/**
 * retryPolicy is a generic policy to enable retrying requests when certain conditions are met
 */
function retryPolicy_retryPolicy(strategies, options = { maxRetries: constants_DEFAULT_RETRY_POLICY_COUNT }) {
    const logger = options.logger || retryPolicyLogger;
    return {
        name: retryPolicyName,
        async sendRequest(request, next) {
            let response;
            let responseError;
            let retryCount = -1;
            retryRequest: while (true) {
                retryCount += 1;
                response = undefined;
                responseError = undefined;
                try {
                    logger.info(`Retry ${retryCount}: Attempting to send request`, request.requestId);
                    response = await next(request);
                    logger.info(`Retry ${retryCount}: Received a response from request`, request.requestId);
                }
                catch (e) {
                    logger.error(`Retry ${retryCount}: Received an error from request`, request.requestId);
                    // RestErrors are valid targets for the retry strategies.
                    // If none of the retry strategies can work with them, they will be thrown later in this policy.
                    // If the received error is not a RestError, it is immediately thrown.
                    if (!isRestError(e)) {
                        throw e;
                    }
                    responseError = e;
                    response = e.response;
                }
                if (request.abortSignal?.aborted) {
                    logger.error(`Retry ${retryCount}: Request aborted.`);
                    const abortError = new AbortError();
                    throw abortError;
                }
                if (retryCount >= (options.maxRetries ?? constants_DEFAULT_RETRY_POLICY_COUNT)) {
                    logger.info(`Retry ${retryCount}: Maximum retries reached. Returning the last received response, or throwing the last received error.`);
                    if (responseError) {
                        throw responseError;
                    }
                    else if (response) {
                        return response;
                    }
                    else {
                        throw new Error("Maximum retries reached with no response or error to throw");
                    }
                }
                logger.info(`Retry ${retryCount}: Processing ${strategies.length} retry strategies.`);
                strategiesLoop: for (const strategy of strategies) {
                    const strategyLogger = strategy.logger || logger;
                    strategyLogger.info(`Retry ${retryCount}: Processing retry strategy ${strategy.name}.`);
                    const modifiers = strategy.retry({
                        retryCount,
                        response,
                        responseError,
                    });
                    if (modifiers.skipStrategy) {
                        strategyLogger.info(`Retry ${retryCount}: Skipped.`);
                        continue strategiesLoop;
                    }
                    const { errorToThrow, retryAfterInMs, redirectTo } = modifiers;
                    if (errorToThrow) {
                        strategyLogger.error(`Retry ${retryCount}: Retry strategy ${strategy.name} throws error:`, errorToThrow);
                        throw errorToThrow;
                    }
                    if (retryAfterInMs || retryAfterInMs === 0) {
                        strategyLogger.info(`Retry ${retryCount}: Retry strategy ${strategy.name} retries after ${retryAfterInMs}`);
                        await delay(retryAfterInMs, undefined, { abortSignal: request.abortSignal });
                        continue retryRequest;
                    }
                    if (redirectTo) {
                        strategyLogger.info(`Retry ${retryCount}: Retry strategy ${strategy.name} redirects to ${redirectTo}`);
                        request.url = redirectTo;
                        continue retryRequest;
                    }
                }
                if (responseError) {
                    logger.info(`None of the retry strategies could work with the received error. Throwing it.`);
                    throw responseError;
                }
                if (response) {
                    logger.info(`None of the retry strategies could work with the received response. Returning it.`);
                    return response;
                }
                // If all the retries skip and there's no response,
                // we're still in the retry loop, so a new request will be sent
                // until `maxRetries` is reached.
            }
        },
    };
}
//# sourceMappingURL=retryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/defaultRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/**
 * Name of the {@link defaultRetryPolicy}
 */
const defaultRetryPolicyName = "defaultRetryPolicy";
/**
 * A policy that retries according to three strategies:
 * - When the server sends a 429 response with a Retry-After header.
 * - When there are errors in the underlying transport layer (e.g. DNS lookup failures).
 * - Or otherwise if the outgoing request fails, it will retry with an exponentially increasing delay.
 */
function defaultRetryPolicy(options = {}) {
    return {
        name: defaultRetryPolicyName,
        sendRequest: retryPolicy_retryPolicy([throttlingRetryStrategy_throttlingRetryStrategy(), exponentialRetryStrategy_exponentialRetryStrategy(options)], {
            maxRetries: options.maxRetries ?? constants_DEFAULT_RETRY_POLICY_COUNT,
        }).sendRequest,
    };
}
//# sourceMappingURL=defaultRetryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/bytesEncoding.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The helper that transforms bytes with specific character encoding into string
 * @param bytes - the uint8array bytes
 * @param format - the format we use to encode the byte
 * @returns a string of the encoded string
 */
function uint8ArrayToString(bytes, format) {
    return Buffer.from(bytes).toString(format);
}
/**
 * The helper that transforms string to specific character encoded bytes array.
 * @param value - the string to be converted
 * @param format - the format we use to decode the value
 * @returns a uint8array
 */
function bytesEncoding_stringToUint8Array(value, format) {
    return Buffer.from(value, format);
}
//# sourceMappingURL=bytesEncoding.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/formData.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * If the request body is a native FormData, convert it to our FormDataMap
 * representation and clear the body. Node.js's HTTP stack doesn't handle
 * FormData natively, so the pipeline must serialize it later.
 *
 * @internal
 */
function convertBodyToFormDataMap(body) {
    if (typeof FormData !== "undefined" && body instanceof FormData) {
        const formDataMap = {};
        for (const [key, value] of body.entries()) {
            const existing = formDataMap[key];
            if (Array.isArray(existing)) {
                existing.push(value);
            }
            else {
                formDataMap[key] = existing !== undefined ? [existing, value] : [value];
            }
        }
        return formDataMap;
    }
    return undefined;
}
//# sourceMappingURL=formData.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/formDataPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * The programmatic identifier of the formDataPolicy.
 */
const formDataPolicyName = "formDataPolicy";
/**
 * A policy that encodes FormData on the request into the body.
 */
function formDataPolicy() {
    return {
        name: formDataPolicyName,
        async sendRequest(request, next) {
            const converted = convertBodyToFormDataMap(request.body);
            if (converted) {
                request.formData = converted;
                request.body = undefined;
            }
            if (request.formData) {
                const contentType = request.headers.get("Content-Type");
                if (contentType && contentType.indexOf("application/x-www-form-urlencoded") !== -1) {
                    request.body = wwwFormUrlEncode(request.formData);
                }
                else {
                    await prepareFormData(request.formData, request);
                }
                request.formData = undefined;
            }
            return next(request);
        },
    };
}
function wwwFormUrlEncode(formData) {
    const urlSearchParams = new URLSearchParams();
    for (const [key, value] of Object.entries(formData)) {
        if (Array.isArray(value)) {
            for (const subValue of value) {
                urlSearchParams.append(key, subValue.toString());
            }
        }
        else {
            urlSearchParams.append(key, value.toString());
        }
    }
    return urlSearchParams.toString();
}
async function prepareFormData(formData, request) {
    // validate content type (multipart/form-data)
    const contentType = request.headers.get("Content-Type");
    if (contentType && !contentType.startsWith("multipart/form-data")) {
        // content type is specified and is not multipart/form-data. Exit.
        return;
    }
    request.headers.set("Content-Type", contentType ?? "multipart/form-data");
    // set body to MultipartRequestBody using content from FormDataMap
    const parts = [];
    for (const [fieldName, values] of Object.entries(formData)) {
        for (const value of Array.isArray(values) ? values : [values]) {
            if (typeof value === "string") {
                parts.push({
                    headers: createHttpHeaders({
                        "Content-Disposition": `form-data; name="${fieldName}"`,
                    }),
                    body: bytesEncoding_stringToUint8Array(value, "utf-8"),
                });
            }
            else if (value === undefined || value === null || typeof value !== "object") {
                throw new Error(`Unexpected value for key ${fieldName}: ${value}. Value should be serialized to string first.`);
            }
            else {
                // using || instead of ?? here since if value.name is empty we should create a file name
                const fileName = value.name || "blob";
                const headers = createHttpHeaders();
                headers.set("Content-Disposition", `form-data; name="${fieldName}"; filename="${fileName}"`);
                // again, || is used since an empty value.type means the content type is unset
                headers.set("Content-Type", value.type || "application/octet-stream");
                parts.push({
                    headers,
                    body: value,
                });
            }
        }
    }
    request.multipartBody = { parts };
}
//# sourceMappingURL=formDataPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/agentPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Name of the Agent Policy
 */
const agentPolicyName = "agentPolicy";
/**
 * Gets a pipeline policy that sets http.agent
 */
function agentPolicy(agent) {
    return {
        name: agentPolicyName,
        sendRequest: async (req, next) => {
            // Users may define an agent on the request, honor it over the client level one
            if (!req.agent) {
                req.agent = agent;
            }
            return next(req);
        },
    };
}
//# sourceMappingURL=agentPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/tlsPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Name of the TLS Policy
 */
const tlsPolicyName = "tlsPolicy";
/**
 * Gets a pipeline policy that adds the client certificate to the HttpClient agent for authentication.
 */
function tlsPolicy(tlsSettings) {
    return {
        name: tlsPolicyName,
        sendRequest: async (req, next) => {
            // Users may define a request tlsSettings, honor those over the client level one
            if (!req.tlsSettings) {
                req.tlsSettings = tlsSettings;
            }
            return next(req);
        },
    };
}
//# sourceMappingURL=tlsPolicy.js.map
// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js
var dist = __webpack_require__(3669);
// EXTERNAL MODULE: ./node_modules/http-proxy-agent/dist/index.js
var http_proxy_agent_dist = __webpack_require__(1970);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/proxyPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



const HTTPS_PROXY = "HTTPS_PROXY";
const HTTP_PROXY = "HTTP_PROXY";
const ALL_PROXY = "ALL_PROXY";
const NO_PROXY = "NO_PROXY";
/**
 * The programmatic identifier of the proxyPolicy.
 */
const proxyPolicyName = "proxyPolicy";
/**
 * Stores the patterns specified in NO_PROXY environment variable.
 * @internal
 */
const globalNoProxyList = [];
let noProxyListLoaded = false;
/** A cache of whether a host should bypass the proxy. */
const globalBypassedMap = new Map();
function getEnvironmentValue(name) {
    if (process.env[name]) {
        return process.env[name];
    }
    else if (process.env[name.toLowerCase()]) {
        return process.env[name.toLowerCase()];
    }
    return undefined;
}
function loadEnvironmentProxyValue() {
    if (!process) {
        return undefined;
    }
    const httpsProxy = getEnvironmentValue(HTTPS_PROXY);
    const allProxy = getEnvironmentValue(ALL_PROXY);
    const httpProxy = getEnvironmentValue(HTTP_PROXY);
    return httpsProxy || allProxy || httpProxy;
}
/**
 * Check whether the host of a given `uri` matches any pattern in the no proxy list.
 * If there's a match, any request sent to the same host shouldn't have the proxy settings set.
 * This implementation is a port of https://github.com/Azure/azure-sdk-for-net/blob/8cca811371159e527159c7eb65602477898683e2/sdk/core/Azure.Core/src/Pipeline/Internal/HttpEnvironmentProxy.cs#L210
 */
function isBypassed(uri, noProxyList, bypassedMap) {
    if (noProxyList.length === 0) {
        return false;
    }
    const host = new URL(uri).hostname;
    if (bypassedMap?.has(host)) {
        return bypassedMap.get(host);
    }
    let isBypassedFlag = false;
    for (const pattern of noProxyList) {
        if (pattern[0] === ".") {
            // This should match either domain it self or any subdomain or host
            // .foo.com will match foo.com it self or *.foo.com
            if (host.endsWith(pattern)) {
                isBypassedFlag = true;
            }
            else {
                if (host.length === pattern.length - 1 && host === pattern.slice(1)) {
                    isBypassedFlag = true;
                }
            }
        }
        else {
            if (host === pattern) {
                isBypassedFlag = true;
            }
        }
    }
    bypassedMap?.set(host, isBypassedFlag);
    return isBypassedFlag;
}
function loadNoProxy() {
    const noProxy = getEnvironmentValue(NO_PROXY);
    noProxyListLoaded = true;
    if (noProxy) {
        return noProxy
            .split(",")
            .map((item) => item.trim())
            .filter((item) => item.length);
    }
    return [];
}
/**
 * This method converts a proxy url into `ProxySettings` for use with ProxyPolicy.
 * If no argument is given, it attempts to parse a proxy URL from the environment
 * variables `HTTPS_PROXY` or `HTTP_PROXY`.
 * @param proxyUrl - The url of the proxy to use. May contain authentication information.
 * @deprecated - Internally this method is no longer necessary when setting proxy information.
 */
function getDefaultProxySettings(proxyUrl) {
    if (!proxyUrl) {
        proxyUrl = loadEnvironmentProxyValue();
        if (!proxyUrl) {
            return undefined;
        }
    }
    const parsedUrl = new URL(proxyUrl);
    const schema = parsedUrl.protocol ? parsedUrl.protocol + "//" : "";
    return {
        host: schema + parsedUrl.hostname,
        port: Number.parseInt(parsedUrl.port || "80"),
        username: parsedUrl.username,
        password: parsedUrl.password,
    };
}
/**
 * This method attempts to parse a proxy URL from the environment
 * variables `HTTPS_PROXY` or `HTTP_PROXY`.
 */
function getDefaultProxySettingsInternal() {
    const envProxy = loadEnvironmentProxyValue();
    return envProxy ? new URL(envProxy) : undefined;
}
function getUrlFromProxySettings(settings) {
    let parsedProxyUrl;
    try {
        parsedProxyUrl = new URL(settings.host);
    }
    catch {
        throw new Error(`Expecting a valid host string in proxy settings, but found "${settings.host}".`);
    }
    parsedProxyUrl.port = String(settings.port);
    if (settings.username) {
        parsedProxyUrl.username = settings.username;
    }
    if (settings.password) {
        parsedProxyUrl.password = settings.password;
    }
    return parsedProxyUrl;
}
function setProxyAgentOnRequest(request, cachedAgents, proxyUrl) {
    // Custom Agent should take precedence so if one is present
    // we should skip to avoid overwriting it.
    if (request.agent) {
        return;
    }
    const url = new URL(request.url);
    const isInsecure = url.protocol !== "https:";
    if (request.tlsSettings) {
        log_logger.warning("TLS settings are not supported in combination with custom Proxy, certificates provided to the client will be ignored.");
    }
    if (isInsecure) {
        if (!cachedAgents.httpProxyAgent) {
            cachedAgents.httpProxyAgent = new http_proxy_agent_dist.HttpProxyAgent(proxyUrl);
        }
        request.agent = cachedAgents.httpProxyAgent;
    }
    else {
        if (!cachedAgents.httpsProxyAgent) {
            cachedAgents.httpsProxyAgent = new dist.HttpsProxyAgent(proxyUrl);
        }
        request.agent = cachedAgents.httpsProxyAgent;
    }
}
/**
 * A policy that allows one to apply proxy settings to all requests.
 * If not passed static settings, they will be retrieved from the HTTPS_PROXY
 * or HTTP_PROXY environment variables.
 * @param proxySettings - ProxySettings to use on each request.
 * @param options - additional settings, for example, custom NO_PROXY patterns
 */
function proxyPolicy(proxySettings, options) {
    if (!noProxyListLoaded) {
        globalNoProxyList.push(...loadNoProxy());
    }
    const defaultProxy = proxySettings
        ? getUrlFromProxySettings(proxySettings)
        : getDefaultProxySettingsInternal();
    const cachedAgents = {};
    return {
        name: proxyPolicyName,
        async sendRequest(request, next) {
            if (!request.proxySettings &&
                defaultProxy &&
                !isBypassed(request.url, options?.customNoProxyList ?? globalNoProxyList, options?.customNoProxyList ? undefined : globalBypassedMap)) {
                setProxyAgentOnRequest(request, cachedAgents, defaultProxy);
            }
            else if (request.proxySettings) {
                setProxyAgentOnRequest(request, cachedAgents, getUrlFromProxySettings(request.proxySettings));
            }
            return next(request);
        },
    };
}
//# sourceMappingURL=proxyPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/decompressResponsePolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The programmatic identifier of the decompressResponsePolicy.
 */
const decompressResponsePolicyName = "decompressResponsePolicy";
/**
 * A policy to enable response decompression according to Accept-Encoding header
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Accept-Encoding
 */
function decompressResponsePolicy() {
    return {
        name: decompressResponsePolicyName,
        async sendRequest(request, next) {
            // HEAD requests have no body
            if (request.method !== "HEAD") {
                request.headers.set("Accept-Encoding", "gzip,deflate");
            }
            return next(request);
        },
    };
}
//# sourceMappingURL=decompressResponsePolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/redirectPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The programmatic identifier of the redirectPolicy.
 */
const redirectPolicyName = "redirectPolicy";
/**
 * Methods that are allowed to follow redirects 301 and 302
 */
const allowedRedirect = ["GET", "HEAD"];
/**
 * A policy to follow Location headers from the server in order
 * to support server-side redirection.
 * In the browser, this policy is not used.
 * @param options - Options to control policy behavior.
 */
function redirectPolicy(options = {}) {
    const { maxRetries = 20, allowCrossOriginRedirects = false } = options;
    return {
        name: redirectPolicyName,
        async sendRequest(request, next) {
            const response = await next(request);
            return handleRedirect(next, response, maxRetries, allowCrossOriginRedirects);
        },
    };
}
async function handleRedirect(next, response, maxRetries, allowCrossOriginRedirects, currentRetries = 0) {
    const { request, status, headers } = response;
    const locationHeader = headers.get("location");
    if (locationHeader &&
        (status === 300 ||
            (status === 301 && allowedRedirect.includes(request.method)) ||
            (status === 302 && allowedRedirect.includes(request.method)) ||
            (status === 303 && request.method === "POST") ||
            status === 307) &&
        currentRetries < maxRetries) {
        const url = new URL(locationHeader, request.url);
        // Only follow redirects to the same origin by default.
        if (!allowCrossOriginRedirects) {
            const originalUrl = new URL(request.url);
            if (url.origin !== originalUrl.origin) {
                log_logger.verbose(`Skipping cross-origin redirect from ${originalUrl.origin} to ${url.origin}.`);
                return response;
            }
        }
        request.url = url.toString();
        // POST request with Status code 303 should be converted into a
        // redirected GET request if the redirect url is present in the location header
        if (status === 303) {
            request.method = "GET";
            request.headers.delete("Content-Length");
            delete request.body;
        }
        request.headers.delete("Authorization");
        const res = await next(request);
        return handleRedirect(next, res, maxRetries, allowCrossOriginRedirects, currentRetries + 1);
    }
    return response;
}
//# sourceMappingURL=redirectPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/platformPolicies.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





/**
 * Add platform-specific policies to the pipeline.
 *
 * On Node.js, this adds agent, TLS, proxy, decompression, and redirect
 * policies. On browser and React Native these concerns are handled
 * natively by the runtime, so this is a no-op.
 *
 * @internal
 */
function addPlatformPolicies(pipeline, options) {
    if (options.agent) {
        pipeline.addPolicy(agentPolicy(options.agent));
    }
    if (options.tlsOptions) {
        pipeline.addPolicy(tlsPolicy(options.tlsOptions));
    }
    pipeline.addPolicy(proxyPolicy(options.proxyOptions));
    pipeline.addPolicy(decompressResponsePolicy());
    // Both XHR and Fetch expect to handle redirects automatically,
    // so this only takes effect on Node.
    pipeline.addPolicy(redirectPolicy(options.redirectOptions), { afterPhase: "Retry" });
}
//# sourceMappingURL=platformPolicies.js.map
// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/typeGuards-node.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Checks if the given value is a Node.js readable stream.
 *
 * @internal
 */
function isNodeReadableStream(x) {
    return x instanceof external_stream_.Readable;
}
/**
 * Checks if the given value is a web ReadableStream.
 *
 * @internal
 */
function isWebReadableStream(x) {
    return x instanceof ReadableStream;
}
//# sourceMappingURL=typeGuards-node.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/typeGuards.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function isBinaryBody(body) {
    return (body !== undefined &&
        (body instanceof Uint8Array ||
            typeGuards_isReadableStream(body) ||
            typeof body === "function" ||
            body instanceof Blob));
}
function typeGuards_isReadableStream(x) {
    return isNodeReadableStream(x) || isWebReadableStream(x);
}
function isBlob(x) {
    return x instanceof Blob;
}
//# sourceMappingURL=typeGuards.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/concat.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


async function* streamAsyncIterator() {
    const reader = this.getReader();
    try {
        while (true) {
            const { done, value } = await reader.read();
            if (done) {
                return;
            }
            yield value;
        }
    }
    finally {
        reader.releaseLock();
    }
}
function makeAsyncIterable(webStream) {
    if (!webStream[Symbol.asyncIterator]) {
        webStream[Symbol.asyncIterator] = streamAsyncIterator.bind(webStream);
    }
    if (!webStream.values) {
        webStream.values = streamAsyncIterator.bind(webStream);
    }
}
function ensureNodeStream(stream) {
    if (stream instanceof ReadableStream) {
        makeAsyncIterable(stream);
        return external_stream_.Readable.fromWeb(stream);
    }
    else {
        return stream;
    }
}
function toStream(source) {
    if (source instanceof Uint8Array) {
        return external_stream_.Readable.from(Buffer.from(source));
    }
    else if (isBlob(source)) {
        return ensureNodeStream(source.stream());
    }
    else {
        return ensureNodeStream(source);
    }
}
/**
 * Utility function that concatenates a set of binary inputs into one combined output.
 *
 * @param sources - array of sources for the concatenation
 * @returns - in Node, a (() =\> NodeJS.ReadableStream) which, when read, produces a concatenation of all the inputs.
 *           In browser, returns a `Blob` representing all the concatenated inputs.
 *
 * @internal
 */
async function concat(sources) {
    return function () {
        const streams = sources.map((x) => (typeof x === "function" ? x() : x)).map(toStream);
        return external_stream_.Readable.from((async function* () {
            for (const stream of streams) {
                for await (const chunk of stream) {
                    yield chunk;
                }
            }
        })());
    };
}
//# sourceMappingURL=concat.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/multipartPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function generateBoundary() {
    return `----AzSDKFormBoundary${randomUUID()}`;
}
function encodeHeaders(headers) {
    let result = "";
    for (const [key, value] of headers) {
        result += `${key}: ${value}\r\n`;
    }
    return result;
}
function getLength(source) {
    if (source instanceof Uint8Array) {
        return source.byteLength;
    }
    else if (isBlob(source)) {
        // if was created using createFile then -1 means we have an unknown size
        return source.size === -1 ? undefined : source.size;
    }
    else {
        return undefined;
    }
}
function getTotalLength(sources) {
    let total = 0;
    for (const source of sources) {
        const partLength = getLength(source);
        if (partLength === undefined) {
            return undefined;
        }
        else {
            total += partLength;
        }
    }
    return total;
}
async function buildRequestBody(request, parts, boundary) {
    const sources = [
        bytesEncoding_stringToUint8Array(`--${boundary}`, "utf-8"),
        ...parts.flatMap((part) => [
            bytesEncoding_stringToUint8Array("\r\n", "utf-8"),
            bytesEncoding_stringToUint8Array(encodeHeaders(part.headers), "utf-8"),
            bytesEncoding_stringToUint8Array("\r\n", "utf-8"),
            part.body,
            bytesEncoding_stringToUint8Array(`\r\n--${boundary}`, "utf-8"),
        ]),
        bytesEncoding_stringToUint8Array("--\r\n\r\n", "utf-8"),
    ];
    const contentLength = getTotalLength(sources);
    if (contentLength) {
        request.headers.set("Content-Length", contentLength);
    }
    // The public BodyPart.body type uses Uint8Array (= Uint8Array<ArrayBufferLike>) for
    // backward compatibility. Internally, concat requires Uint8Array<ArrayBuffer> to ensure
    // SharedArrayBuffer-backed arrays don't flow into Blob construction. In practice, HTTP
    // request bodies are always ArrayBuffer-backed, so this narrowing is safe.
    request.body = await concat(sources);
}
/**
 * Name of multipart policy
 */
const multipartPolicyName = "multipartPolicy";
const maxBoundaryLength = 70;
const validBoundaryCharacters = new Set(`abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'()+,-./:=?`);
function assertValidBoundary(boundary) {
    if (boundary.length > maxBoundaryLength) {
        throw new Error(`Multipart boundary "${boundary}" exceeds maximum length of 70 characters`);
    }
    if (Array.from(boundary).some((x) => !validBoundaryCharacters.has(x))) {
        throw new Error(`Multipart boundary "${boundary}" contains invalid characters`);
    }
}
/**
 * Pipeline policy for multipart requests
 */
function multipartPolicy() {
    return {
        name: multipartPolicyName,
        async sendRequest(request, next) {
            if (!request.multipartBody) {
                return next(request);
            }
            if (request.body) {
                throw new Error("multipartBody and regular body cannot be set at the same time");
            }
            let boundary = request.multipartBody.boundary;
            const contentTypeHeader = request.headers.get("Content-Type") ?? "multipart/mixed";
            const parsedHeader = contentTypeHeader.match(/^(multipart\/[^ ;]+)(?:; *boundary=(.+))?$/);
            if (!parsedHeader) {
                throw new Error(`Got multipart request body, but content-type header was not multipart: ${contentTypeHeader}`);
            }
            const [, contentType, parsedBoundary] = parsedHeader;
            if (parsedBoundary && boundary && parsedBoundary !== boundary) {
                throw new Error(`Multipart boundary was specified as ${parsedBoundary} in the header, but got ${boundary} in the request body`);
            }
            boundary ??= parsedBoundary;
            if (boundary) {
                assertValidBoundary(boundary);
            }
            else {
                boundary = generateBoundary();
            }
            request.headers.set("Content-Type", `${contentType}; boundary=${boundary}`);
            await buildRequestBody(request, request.multipartBody.parts, boundary);
            request.multipartBody = undefined;
            return next(request);
        },
    };
}
//# sourceMappingURL=multipartPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/createPipelineFromOptions.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.







/**
 * Create a new pipeline with a default set of customizable policies.
 * @param options - Options to configure a custom pipeline.
 */
function createPipelineFromOptions(options) {
    const pipeline = createEmptyPipeline();
    addPlatformPolicies(pipeline, options);
    pipeline.addPolicy(formDataPolicy(), { beforePolicies: [multipartPolicyName] });
    pipeline.addPolicy(userAgentPolicy(options.userAgentOptions));
    // The multipart policy is added after policies with no phase, so that
    // policies can be added between it and formDataPolicy to modify
    // properties (e.g., making the boundary constant in recorded tests).
    pipeline.addPolicy(multipartPolicy(), { afterPhase: "Deserialize" });
    pipeline.addPolicy(defaultRetryPolicy(options.retryOptions), { phase: "Retry" });
    pipeline.addPolicy(logPolicy(options.loggingOptions), { afterPhase: "Sign" });
    return pipeline;
}
//# sourceMappingURL=createPipelineFromOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/apiVersionPolicy.js
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
                req.url = `${req.url}${Array.from(url.searchParams.keys()).length > 0 ? "&" : "?"}api-version=${options.apiVersion}`;
            }
            return next(req);
        },
    };
}
//# sourceMappingURL=apiVersionPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/auth/credentials.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Type guard to check if a credential is an OAuth2 token credential.
 */
function isOAuth2TokenCredential(credential) {
    return "getOAuth2Token" in credential;
}
/**
 * Type guard to check if a credential is a Bearer token credential.
 */
function isBearerTokenCredential(credential) {
    return "getBearerToken" in credential;
}
/**
 * Type guard to check if a credential is a Basic auth credential.
 */
function isBasicCredential(credential) {
    return "username" in credential && "password" in credential;
}
/**
 * Type guard to check if a credential is an API key credential.
 */
function isApiKeyCredential(credential) {
    return "key" in credential;
}
//# sourceMappingURL=credentials.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/checkInsecureConnection.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


// Ensure the warining is only emitted once
let insecureConnectionWarningEmmitted = false;
/**
 * Checks if the request is allowed to be sent over an insecure connection.
 *
 * A request is allowed to be sent over an insecure connection when:
 * - The `allowInsecureConnection` option is set to `true`.
 * - The request has the `allowInsecureConnection` property set to `true`.
 * - The request is being sent to `localhost` or `127.0.0.1`
 */
function allowInsecureConnection(request, options) {
    if (options.allowInsecureConnection && request.allowInsecureConnection) {
        const url = new URL(request.url);
        if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
            return true;
        }
    }
    return false;
}
/**
 * Logs a warning about sending a token over an insecure connection.
 *
 * This function will emit a node warning once, but log the warning every time.
 */
function emitInsecureConnectionWarning() {
    const warning = "Sending token over insecure transport. Assume any token issued is compromised.";
    log_logger.warning(warning);
    if (!insecureConnectionWarningEmmitted) {
        insecureConnectionWarningEmmitted = true;
        emitNodeWarning(warning);
    }
}
/**
 * Ensures that authentication is only allowed over HTTPS unless explicitly allowed.
 * Throws an error if the connection is not secure and not explicitly allowed.
 */
function ensureSecureConnection(request, options) {
    if (!request.url.toLowerCase().startsWith("https://")) {
        if (allowInsecureConnection(request, options)) {
            emitInsecureConnectionWarning();
        }
        else {
            throw new Error("Authentication is not permitted for non-TLS protected (non-https) URLs when allowInsecureConnection is false.");
        }
    }
}
//# sourceMappingURL=checkInsecureConnection.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/apiKeyAuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the API Key Authentication Policy
 */
const apiKeyAuthenticationPolicyName = "apiKeyAuthenticationPolicy";
/**
 * Gets a pipeline policy that adds API key authentication to requests
 */
function apiKeyAuthenticationPolicy(options) {
    return {
        name: apiKeyAuthenticationPolicyName,
        async sendRequest(request, next) {
            // Ensure allowInsecureConnection is explicitly set when sending request to non-https URLs
            ensureSecureConnection(request, options);
            const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "apiKey");
            // Skip adding authentication header if no API key authentication scheme is found
            if (!scheme) {
                return next(request);
            }
            if (scheme.apiKeyLocation !== "header") {
                throw new Error(`Unsupported API key location: ${scheme.apiKeyLocation}`);
            }
            request.headers.set(scheme.name, options.credential.key);
            return next(request);
        },
    };
}
//# sourceMappingURL=apiKeyAuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/basicAuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Name of the Basic Authentication Policy
 */
const basicAuthenticationPolicyName = "bearerAuthenticationPolicy";
/**
 * Gets a pipeline policy that adds basic authentication to requests
 */
function basicAuthenticationPolicy(options) {
    return {
        name: basicAuthenticationPolicyName,
        async sendRequest(request, next) {
            // Ensure allowInsecureConnection is explicitly set when sending request to non-https URLs
            ensureSecureConnection(request, options);
            const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "http" && x.scheme === "basic");
            // Skip adding authentication header if no basic authentication scheme is found
            if (!scheme) {
                return next(request);
            }
            const { username, password } = options.credential;
            const headerValue = uint8ArrayToString(bytesEncoding_stringToUint8Array(`${username}:${password}`, "utf-8"), "base64");
            request.headers.set("Authorization", `Basic ${headerValue}`);
            return next(request);
        },
    };
}
//# sourceMappingURL=basicAuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/bearerAuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the Bearer Authentication Policy
 */
const bearerAuthenticationPolicyName = "bearerAuthenticationPolicy";
/**
 * Gets a pipeline policy that adds bearer token authentication to requests
 */
function bearerAuthenticationPolicy(options) {
    return {
        name: bearerAuthenticationPolicyName,
        async sendRequest(request, next) {
            // Ensure allowInsecureConnection is explicitly set when sending request to non-https URLs
            ensureSecureConnection(request, options);
            const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "http" && x.scheme === "bearer");
            // Skip adding authentication header if no bearer authentication scheme is found
            if (!scheme) {
                return next(request);
            }
            const token = await options.credential.getBearerToken({
                abortSignal: request.abortSignal,
            });
            request.headers.set("Authorization", `Bearer ${token}`);
            return next(request);
        },
    };
}
//# sourceMappingURL=bearerAuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/oauth2AuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the OAuth2 Authentication Policy
 */
const oauth2AuthenticationPolicyName = "oauth2AuthenticationPolicy";
/**
 * Gets a pipeline policy that adds authorization header from OAuth2 schemes
 */
function oauth2AuthenticationPolicy(options) {
    return {
        name: oauth2AuthenticationPolicyName,
        async sendRequest(request, next) {
            // Ensure allowInsecureConnection is explicitly set when sending request to non-https URLs
            ensureSecureConnection(request, options);
            const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "oauth2");
            // Skip adding authentication header if no OAuth2 authentication scheme is found
            if (!scheme) {
                return next(request);
            }
            const token = await options.credential.getOAuth2Token(scheme.flows, {
                abortSignal: request.abortSignal,
            });
            request.headers.set("Authorization", `Bearer ${token}`);
            return next(request);
        },
    };
}
//# sourceMappingURL=oauth2AuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/clientHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.








let cachedHttpClient;
/**
 * Creates a default rest pipeline to re-use accross Rest Level Clients
 */
function createDefaultPipeline(options = {}) {
    const pipeline = createPipelineFromOptions(options);
    pipeline.addPolicy(apiVersionPolicy(options));
    const { credential, authSchemes, allowInsecureConnection } = options;
    if (credential) {
        if (isApiKeyCredential(credential)) {
            pipeline.addPolicy(apiKeyAuthenticationPolicy({ authSchemes, credential, allowInsecureConnection }));
        }
        else if (isBasicCredential(credential)) {
            pipeline.addPolicy(basicAuthenticationPolicy({ authSchemes, credential, allowInsecureConnection }));
        }
        else if (isBearerTokenCredential(credential)) {
            pipeline.addPolicy(bearerAuthenticationPolicy({ authSchemes, credential, allowInsecureConnection }));
        }
        else if (isOAuth2TokenCredential(credential)) {
            pipeline.addPolicy(oauth2AuthenticationPolicy({ authSchemes, credential, allowInsecureConnection }));
        }
    }
    return pipeline;
}
function getCachedDefaultHttpsClient() {
    if (!cachedHttpClient) {
        cachedHttpClient = createDefaultHttpClient();
    }
    return cachedHttpClient;
}
//# sourceMappingURL=clientHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/multipart.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/**
 * Get value of a header in the part descriptor ignoring case
 */
function getHeaderValue(descriptor, headerName) {
    if (descriptor.headers) {
        const actualHeaderName = Object.keys(descriptor.headers).find((x) => x.toLowerCase() === headerName.toLowerCase());
        if (actualHeaderName) {
            return descriptor.headers[actualHeaderName];
        }
    }
    return undefined;
}
function getPartContentType(descriptor) {
    const contentTypeHeader = getHeaderValue(descriptor, "content-type");
    if (contentTypeHeader) {
        return contentTypeHeader;
    }
    // Special value of null means content type is to be omitted
    if (descriptor.contentType === null) {
        return undefined;
    }
    if (descriptor.contentType) {
        return descriptor.contentType;
    }
    const { body } = descriptor;
    if (body === null || body === undefined) {
        return undefined;
    }
    if (typeof body === "string" || typeof body === "number" || typeof body === "boolean") {
        return "text/plain; charset=UTF-8";
    }
    if (body instanceof Blob) {
        return body.type || "application/octet-stream";
    }
    if (isBinaryBody(body)) {
        return "application/octet-stream";
    }
    // arbitrary non-text object -> generic JSON content type by default. We will try to JSON.stringify the body.
    return "application/json";
}
/**
 * Enclose value in quotes and escape special characters, for use in the Content-Disposition header
 */
function escapeDispositionField(value) {
    return JSON.stringify(value);
}
function getContentDisposition(descriptor) {
    const contentDispositionHeader = getHeaderValue(descriptor, "content-disposition");
    if (contentDispositionHeader) {
        return contentDispositionHeader;
    }
    if (descriptor.dispositionType === undefined &&
        descriptor.name === undefined &&
        descriptor.filename === undefined) {
        return undefined;
    }
    const dispositionType = descriptor.dispositionType ?? "form-data";
    let disposition = dispositionType;
    if (descriptor.name) {
        disposition += `; name=${escapeDispositionField(descriptor.name)}`;
    }
    let filename = undefined;
    if (descriptor.filename) {
        filename = descriptor.filename;
    }
    else if (typeof File !== "undefined" && descriptor.body instanceof File) {
        const filenameFromFile = descriptor.body.name;
        if (filenameFromFile !== "") {
            filename = filenameFromFile;
        }
    }
    if (filename) {
        disposition += `; filename=${escapeDispositionField(filename)}`;
    }
    return disposition;
}
function normalizeBody(body, contentType) {
    if (body === undefined) {
        // zero-length body
        return new Uint8Array([]);
    }
    // binary and primitives should go straight on the wire regardless of content type
    if (isBinaryBody(body)) {
        return body;
    }
    if (typeof body === "string" || typeof body === "number" || typeof body === "boolean") {
        return bytesEncoding_stringToUint8Array(String(body), "utf-8");
    }
    // stringify objects for JSON-ish content types e.g. application/json, application/merge-patch+json, application/vnd.oci.manifest.v1+json, application.json; charset=UTF-8
    if (contentType && /application\/(.+\+)?json(;.+)?/i.test(String(contentType))) {
        return bytesEncoding_stringToUint8Array(JSON.stringify(body), "utf-8");
    }
    throw new RestError(`Unsupported body/content-type combination: ${body}, ${contentType}`);
}
function buildBodyPart(descriptor) {
    const contentType = getPartContentType(descriptor);
    const contentDisposition = getContentDisposition(descriptor);
    const headers = createHttpHeaders(descriptor.headers ?? {});
    if (contentType) {
        headers.set("content-type", contentType);
    }
    if (contentDisposition) {
        headers.set("content-disposition", contentDisposition);
    }
    const body = normalizeBody(descriptor.body, contentType);
    return {
        headers,
        body,
    };
}
function buildMultipartBody(parts) {
    return { parts: parts.map(buildBodyPart) };
}
//# sourceMappingURL=multipart.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/sendRequest.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/**
 * Helper function to send request used by the client
 * @param method - method to use to send the request
 * @param url - url to send the request to
 * @param pipeline - pipeline with the policies to run when sending the request
 * @param options - request options
 * @param customHttpClient - a custom HttpClient to use when making the request
 * @returns returns and HttpResponse
 */
async function sendRequest(method, url, pipeline, options = {}, customHttpClient) {
    const httpClient = customHttpClient ?? getCachedDefaultHttpsClient();
    const request = buildPipelineRequest(method, url, options);
    try {
        const response = await pipeline.sendRequest(httpClient, request);
        const headers = response.headers.toJSON();
        const stream = response.readableStreamBody ?? response.browserStreamBody;
        const parsedBody = options.responseAsStream || stream !== undefined ? undefined : getResponseBody(response);
        const body = stream ?? parsedBody;
        if (options?.onResponse) {
            options.onResponse({ ...response, request, rawHeaders: headers, parsedBody });
        }
        return {
            request,
            headers,
            status: `${response.status}`,
            body,
        };
    }
    catch (e) {
        if (isRestError(e) && e.response && options.onResponse) {
            const { response } = e;
            const rawHeaders = response.headers.toJSON();
            // UNBRANDED DIFFERENCE: onResponse callback does not have a second __legacyError property
            options?.onResponse({ ...response, request, rawHeaders }, e);
        }
        throw e;
    }
}
/**
 * Function to determine the request content type
 * @param options - request options InternalRequestParameters
 * @returns returns the content-type
 */
function getRequestContentType(options = {}) {
    if (options.contentType) {
        return options.contentType;
    }
    const headerContentType = options.headers?.["content-type"];
    if (typeof headerContentType === "string") {
        return headerContentType;
    }
    return getContentType(options.body);
}
/**
 * Function to determine the content-type of a body
 * this is used if an explicit content-type is not provided
 * @param body - body in the request
 * @returns returns the content-type
 */
function getContentType(body) {
    if (body === undefined) {
        return undefined;
    }
    if (ArrayBuffer.isView(body)) {
        return "application/octet-stream";
    }
    if (isBlob(body) && body.type) {
        return body.type;
    }
    if (typeof body === "string") {
        try {
            JSON.parse(body);
            return "application/json";
        }
        catch (error) {
            // If we fail to parse the body, it is not json
            return undefined;
        }
    }
    // By default return json
    return "application/json";
}
function buildPipelineRequest(method, url, options = {}) {
    const requestContentType = getRequestContentType(options);
    const { body, multipartBody } = getRequestBody(options.body, requestContentType);
    const headers = createHttpHeaders({
        ...(options.headers ? options.headers : {}),
        accept: options.accept ?? options.headers?.accept ?? "application/json",
        ...(requestContentType && {
            "content-type": requestContentType,
        }),
    });
    const { allowInsecureConnection, abortSignal, onUploadProgress, onDownloadProgress, timeout, responseAsStream, url: _url, method: _method, body: _body, multipartBody: _multiBody, headers: _headers, ...rest } = options;
    const request = createPipelineRequest({
        url,
        method,
        body,
        multipartBody,
        headers,
        allowInsecureConnection,
        abortSignal,
        onUploadProgress,
        onDownloadProgress,
        timeout,
        enableBrowserStreams: true,
        streamResponseStatusCodes: responseAsStream ? new Set([Number.POSITIVE_INFINITY]) : undefined,
    });
    Object.assign(request, rest);
    return request;
}
/**
 * Prepares the body before sending the request
 */
function getRequestBody(body, contentType = "") {
    if (body === undefined) {
        return { body: undefined };
    }
    if (typeof FormData !== "undefined" && body instanceof FormData) {
        return { body };
    }
    if (isBlob(body)) {
        return { body };
    }
    if (typeGuards_isReadableStream(body)) {
        return { body };
    }
    if (typeof body === "function") {
        return { body: body };
    }
    if (ArrayBuffer.isView(body)) {
        return {
            body: body instanceof Uint8Array ? body : JSON.stringify(body),
        };
    }
    const firstType = contentType.split(";")[0];
    switch (firstType) {
        case "application/json":
            return { body: JSON.stringify(body) };
        case "multipart/form-data":
            if (Array.isArray(body)) {
                return { multipartBody: buildMultipartBody(body) };
            }
            return { body: JSON.stringify(body) };
        case "text/plain":
            return { body: String(body) };
        default:
            if (typeof body === "string") {
                return { body };
            }
            return { body: JSON.stringify(body) };
    }
}
/**
 * Prepares the response body
 */
function getResponseBody(response) {
    // Set the default response type
    const contentType = response.headers.get("content-type") ?? "";
    const firstType = contentType.split(";")[0];
    const bodyToParse = response.bodyAsText ?? "";
    if (firstType === "text/plain") {
        return String(bodyToParse);
    }
    // Default to "application/json" and fallback to string;
    try {
        return bodyToParse ? JSON.parse(bodyToParse) : undefined;
    }
    catch (error) {
        // If we were supposed to get a JSON object and failed to
        // parse, throw a parse error
        if (firstType === "application/json") {
            throw createParseError(response, error);
        }
        // We are not sure how to handle the response so we return it as
        // plain text.
        return String(bodyToParse);
    }
}
function createParseError(response, err) {
    const msg = `Error "${err}" occurred while parsing the response body - ${response.bodyAsText}.`;
    const errCode = err.code ?? RestError.PARSE_ERROR;
    return new RestError(msg, {
        code: errCode,
        statusCode: response.status,
        request: response.request,
        response: response,
    });
}
//# sourceMappingURL=sendRequest.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/urlHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function isQueryParameterWithOptions(x) {
    if (typeof x !== "object" || x === null || !Object.hasOwn(x, "value")) {
        return false;
    }
    const value = x.value;
    return typeof value?.toString === "function";
}
/**
 * Builds the request url, filling in query and path parameters
 * @param endpoint - base url which can be a template url
 * @param routePath - path to append to the endpoint
 * @param pathParameters - values of the path parameters
 * @param options - request parameters including query parameters
 * @returns a full url with path and query parameters
 */
function buildRequestUrl(endpoint, routePath, pathParameters, options = {}) {
    if (routePath.startsWith("https://") || routePath.startsWith("http://")) {
        return routePath;
    }
    endpoint = buildBaseUrl(endpoint, options);
    // the route could be
    //   1. a path: "container123/blob456"
    //   2. a component string from template which starts with "?" and may contain more "?" after template is expanded,
    //      e.g., "?restype=container&comp=blobs?where=key177196556777405927%3D%27val1177196556777407626%27"
    const updatedRoutePath = buildRoutePath(routePath, pathParameters, options);
    const requestUrl = appendQueryParams(appendPath(endpoint, updatedRoutePath), options);
    const url = new URL(requestUrl);
    return url.toString();
}
function appendPath(endpoint, pathToAppend) {
    const endpointSearchStart = endpoint.indexOf("?");
    const pathSearchStart = pathToAppend.indexOf("?");
    const endpointParts = endpointSearchStart !== -1
        ? [endpoint.substring(0, endpointSearchStart), endpoint.substring(endpointSearchStart + 1)]
        : [endpoint, ""];
    const pathParts = pathSearchStart !== -1
        ? [pathToAppend.substring(0, pathSearchStart), pathToAppend.substring(pathSearchStart + 1)]
        : [pathToAppend, ""];
    const combinedSearch = [endpointParts[1], pathParts[1].replaceAll("?", "&")]
        .filter(Boolean)
        .join("&");
    // Replace consecutive forward slashes with a single forward slash, but only for the part right after the host in the endpoint.
    // This is to maintain compatibility with old behavior for cases where the endpoint has been provided with extra forward slashes,
    // while still allowing for intentional consecutive forward slashes in the path to be preserved.
    const baseEndpoint = endpointParts[0].replace(/(^[^:]+:\/\/[^/]+)\/\/+/, "$1/");
    const basePathToAppend = pathParts[0];
    let combinedUrl = baseEndpoint;
    if (!baseEndpoint.endsWith("/") && !basePathToAppend.startsWith("/") && basePathToAppend !== "") {
        combinedUrl += `/${basePathToAppend}`;
    }
    else if (baseEndpoint.endsWith("/") && basePathToAppend.startsWith("/")) {
        combinedUrl += basePathToAppend.substring(1);
    }
    else {
        combinedUrl += basePathToAppend;
    }
    if (combinedSearch) {
        combinedUrl += `?${combinedSearch}`;
    }
    return combinedUrl;
}
function getQueryParamValue(key, allowReserved, style, param) {
    let separator;
    if (style === "pipeDelimited") {
        separator = "|";
    }
    else if (style === "spaceDelimited") {
        separator = "%20";
    }
    else {
        separator = ",";
    }
    let paramValues;
    if (Array.isArray(param)) {
        paramValues = param;
    }
    else if (typeof param === "object" && param.toString === Object.prototype.toString) {
        // If the parameter is an object without a custom toString implementation (e.g. a Date),
        // then we should deconstruct the object into an array [key1, value1, key2, value2, ...].
        paramValues = Object.entries(param).flat();
    }
    else {
        paramValues = [param];
    }
    const value = paramValues
        .map((p) => {
        if (p === null || p === undefined) {
            return "";
        }
        if (!p.toString || typeof p.toString !== "function") {
            throw new Error(`Query parameters must be able to be represented as string, ${key} can't`);
        }
        const rawValue = p.toISOString !== undefined ? p.toISOString() : p.toString();
        return allowReserved ? rawValue : encodeURIComponent(rawValue);
    })
        .join(separator);
    return `${allowReserved ? key : encodeURIComponent(key)}=${value}`;
}
/**
 * Parses a query string into a map of key/value pairs without decoding the values.
 * This avoids the issue where `URL.searchParams` would decode values, potentially
 * corrupting already-encoded values such as SAS signatures.
 */
function simpleParseQueryParams(queryString) {
    const result = new Map();
    if (!queryString || queryString[0] !== "?") {
        return result;
    }
    // remove the leading ?
    queryString = queryString.slice(1);
    const pairs = queryString.split("&");
    for (const pair of pairs) {
        const eqIndex = pair.indexOf("=");
        const name = eqIndex === -1 ? pair : pair.substring(0, eqIndex);
        const value = eqIndex === -1 ? "" : pair.substring(eqIndex + 1);
        const existingValue = result.get(name);
        if (existingValue !== undefined) {
            if (Array.isArray(existingValue)) {
                existingValue.push(value);
            }
            else {
                result.set(name, [existingValue, value]);
            }
        }
        else {
            result.set(name, value);
        }
    }
    return result;
}
/** @internal */
function appendQueryParams(url, options = {}) {
    if (!options.queryParameters) {
        return url;
    }
    const parsedUrl = new URL(url);
    const queryParams = options.queryParameters;
    // Parse existing query params from the URL manually to avoid re-encoding issues
    const existingParams = simpleParseQueryParams(parsedUrl.search);
    const newParamStrings = [];
    for (const key of Object.keys(queryParams)) {
        const param = queryParams[key];
        if (param === undefined || param === null) {
            continue;
        }
        const hasMetadata = isQueryParameterWithOptions(param);
        const rawValue = hasMetadata ? param.value : param;
        const explode = hasMetadata ? (param.explode ?? false) : false;
        const style = hasMetadata && param.style ? param.style : "form";
        if (explode) {
            if (Array.isArray(rawValue)) {
                for (const item of rawValue) {
                    newParamStrings.push(getQueryParamValue(key, options.skipUrlEncoding ?? false, style, item));
                }
            }
            else if (rawValue !== null && typeof rawValue === "object") {
                // For object explode, the name of the query parameter is ignored and we use the object key instead
                for (const [actualKey, value] of Object.entries(rawValue)) {
                    newParamStrings.push(getQueryParamValue(actualKey, options.skipUrlEncoding ?? false, style, value));
                }
            }
            else {
                // Explode doesn't really make sense for primitives
                throw new Error("explode can only be set to true for objects and arrays");
            }
        }
        else {
            newParamStrings.push(getQueryParamValue(key, options.skipUrlEncoding ?? false, style, rawValue));
        }
    }
    // Merge new params into existing params, deduplicating values for the same key
    for (const paramString of newParamStrings) {
        const eqIndex = paramString.indexOf("=");
        const name = paramString.substring(0, eqIndex);
        const value = paramString.substring(eqIndex + 1);
        const existingValue = existingParams.get(name);
        if (existingValue !== undefined) {
            if (Array.isArray(existingValue)) {
                if (!existingValue.includes(value)) {
                    existingValue.push(value);
                }
            }
            else if (existingValue !== value) {
                existingParams.set(name, [existingValue, value]);
            }
            // if existingValue === value (single string match), no change needed
        }
        else {
            existingParams.set(name, value);
        }
    }
    // Reconstruct the search string manually to avoid URL re-encoding
    const searchPieces = [];
    for (const [name, value] of existingParams) {
        if (Array.isArray(value)) {
            for (const subValue of value) {
                searchPieces.push(`${name}=${subValue}`);
            }
        }
        else {
            searchPieces.push(`${name}=${value}`);
        }
    }
    parsedUrl.search = searchPieces.length ? `?${searchPieces.join("&")}` : "";
    return parsedUrl.toString();
}
function buildBaseUrl(endpoint, options) {
    if (!options.pathParameters) {
        return endpoint;
    }
    const pathParams = options.pathParameters;
    for (const [key, param] of Object.entries(pathParams)) {
        if (param === undefined || param === null) {
            throw new Error(`Path parameters ${key} must not be undefined or null`);
        }
        if (!param.toString || typeof param.toString !== "function") {
            throw new Error(`Path parameters must be able to be represented as string, ${key} can't`);
        }
        let value = param.toISOString !== undefined ? param.toISOString() : String(param);
        if (!options.skipUrlEncoding) {
            value = encodeURIComponent(param);
        }
        endpoint = replaceAll(endpoint, `{${key}}`, value) ?? "";
    }
    return endpoint;
}
function buildRoutePath(routePath, pathParameters, options = {}) {
    for (const pathParam of pathParameters) {
        const allowReserved = typeof pathParam === "object" && (pathParam.allowReserved ?? false);
        let value = typeof pathParam === "object" ? pathParam.value : pathParam;
        if (!options.skipUrlEncoding && !allowReserved) {
            value = encodeURIComponent(value);
        }
        routePath = routePath.replace(/\{[\w-]+\}/, String(value));
    }
    return routePath;
}
/**
 * Replace all of the instances of searchValue in value with the provided replaceValue.
 * @param value - The value to search and replace in.
 * @param searchValue - The value to search for in the value argument.
 * @param replaceValue - The value to replace searchValue with in the value argument.
 * @returns The value where each instance of searchValue was replaced with replacedValue.
 */
function replaceAll(value, searchValue, replaceValue) {
    return !value || !searchValue ? value : value.split(searchValue).join(replaceValue || "");
}
//# sourceMappingURL=urlHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/getClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/**
 * Creates a client with a default pipeline
 * @param endpoint - Base endpoint for the client
 * @param credentials - Credentials to authenticate the requests
 * @param options - Client options
 */
function getClient(endpoint, clientOptions = {}) {
    const pipeline = clientOptions.pipeline ?? createDefaultPipeline(clientOptions);
    if (clientOptions.additionalPolicies?.length) {
        for (const { policy, position } of clientOptions.additionalPolicies) {
            // Sign happens after Retry and is commonly needed to occur
            // before policies that intercept post-retry.
            const afterPhase = position === "perRetry" ? "Sign" : undefined;
            pipeline.addPolicy(policy, {
                afterPhase,
            });
        }
    }
    const { allowInsecureConnection, httpClient } = clientOptions;
    const endpointUrl = clientOptions.endpoint ?? endpoint;
    const client = (path, ...args) => {
        const getUrl = (requestOptions) => buildRequestUrl(endpointUrl, path, args, { allowInsecureConnection, ...requestOptions });
        return {
            get: (requestOptions = {}) => {
                return buildOperation("GET", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
            },
            post: (requestOptions = {}) => {
                return buildOperation("POST", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
            },
            put: (requestOptions = {}) => {
                return buildOperation("PUT", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
            },
            patch: (requestOptions = {}) => {
                return buildOperation("PATCH", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
            },
            delete: (requestOptions = {}) => {
                return buildOperation("DELETE", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
            },
            head: (requestOptions = {}) => {
                return buildOperation("HEAD", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
            },
            options: (requestOptions = {}) => {
                return buildOperation("OPTIONS", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
            },
            trace: (requestOptions = {}) => {
                return buildOperation("TRACE", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
            },
        };
    };
    return {
        path: client,
        pathUnchecked: client,
        pipeline,
    };
}
function buildOperation(method, url, pipeline, options, allowInsecureConnection, httpClient) {
    allowInsecureConnection = options.allowInsecureConnection ?? allowInsecureConnection;
    return {
        then: function (onFulfilled, onrejected) {
            return sendRequest(method, url, pipeline, { ...options, allowInsecureConnection }, httpClient).then(onFulfilled, onrejected);
        },
        async asBrowserStream() {
            if (isNodeLike) {
                throw new Error("`asBrowserStream` is supported only in the browser environment. Use `asNodeStream` instead to obtain the response body stream. If you require a Web stream of the response in Node, consider using `Readable.toWeb` on the result of `asNodeStream`.");
            }
            else {
                return sendRequest(method, url, pipeline, { ...options, allowInsecureConnection, responseAsStream: true }, httpClient);
            }
        },
        async asNodeStream() {
            if (isNodeLike) {
                return sendRequest(method, url, pipeline, { ...options, allowInsecureConnection, responseAsStream: true }, httpClient);
            }
            else {
                throw new Error("`isNodeStream` is not supported in the browser environment. Use `asBrowserStream` to obtain the response body stream.");
            }
        },
    };
}
//# sourceMappingURL=getClient.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/operationOptionHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Helper function to convert OperationOptions to RequestParameters
 * @param options - the options that are used by Modular layer to send the request
 * @returns the result of the conversion in RequestParameters of RLC layer
 */
function operationOptionsToRequestParameters(options) {
    return {
        allowInsecureConnection: options.requestOptions?.allowInsecureConnection,
        timeout: options.requestOptions?.timeout,
        skipUrlEncoding: options.requestOptions?.skipUrlEncoding,
        abortSignal: options.abortSignal,
        onUploadProgress: options.requestOptions?.onUploadProgress,
        onDownloadProgress: options.requestOptions?.onDownloadProgress,
        headers: { ...options.requestOptions?.headers },
        onResponse: options.onResponse,
    };
}
//# sourceMappingURL=operationOptionHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/restError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function createRestError(messageOrResponse, response) {
    const resp = typeof messageOrResponse === "string" ? response : messageOrResponse;
    const internalError = resp.body?.error ?? resp.body;
    const message = typeof messageOrResponse === "string"
        ? messageOrResponse
        : (internalError?.message ?? `Unexpected status code: ${resp.status}`);
    return new RestError(message, {
        statusCode: statusCodeToNumber(resp.status),
        code: internalError?.code,
        request: resp.request,
        response: toPipelineResponse(resp),
    });
}
function toPipelineResponse(errorResponse) {
    return {
        headers: createHttpHeaders(errorResponse.headers),
        request: errorResponse.request,
        status: statusCodeToNumber(errorResponse.status) ?? -1,
        ...(typeof errorResponse.body === "string" ? { bodyAsText: errorResponse.body } : {}),
    };
}
function statusCodeToNumber(statusCode) {
    const status = Number.parseInt(statusCode);
    return Number.isNaN(status) ? undefined : status;
}
//# sourceMappingURL=restError.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.











//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/restError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function restError_createRestError(messageOrResponse, response) {
    if (typeof messageOrResponse === "string") {
        return createRestError(messageOrResponse, response);
    }
    else {
        return createRestError(messageOrResponse);
    }
}
//# sourceMappingURL=restError.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/pipeline.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Creates a totally empty pipeline.
 * Useful for testing or creating a custom one.
 */
function pipeline_createEmptyPipeline() {
    return createEmptyPipeline();
}
//# sourceMappingURL=pipeline.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/log.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const esm_log_logger = esm_createClientLogger("core-rest-pipeline");
//# sourceMappingURL=log.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/exponentialRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * The programmatic identifier of the exponentialRetryPolicy.
 */
const exponentialRetryPolicyName = "exponentialRetryPolicy";
/**
 * A policy that attempts to retry requests while introducing an exponentially increasing delay.
 * @param options - Options that configure retry logic.
 */
function exponentialRetryPolicy(options = {}) {
    return retryPolicy([
        exponentialRetryStrategy({
            ...options,
            ignoreSystemErrors: true,
        }),
    ], {
        maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY_COUNT,
    });
}
//# sourceMappingURL=exponentialRetryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/systemErrorRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Name of the {@link systemErrorRetryPolicy}
 */
const systemErrorRetryPolicyName = "systemErrorRetryPolicy";
/**
 * A retry policy that specifically seeks to handle errors in the
 * underlying transport layer (e.g. DNS lookup failures) rather than
 * retryable error codes from the server itself.
 * @param options - Options that customize the policy.
 */
function systemErrorRetryPolicy(options = {}) {
    return {
        name: systemErrorRetryPolicyName,
        sendRequest: retryPolicy([
            exponentialRetryStrategy({
                ...options,
                ignoreHttpStatusCodes: true,
            }),
        ], {
            maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY_COUNT,
        }).sendRequest,
    };
}
//# sourceMappingURL=systemErrorRetryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/throttlingRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Name of the {@link throttlingRetryPolicy}
 */
const throttlingRetryPolicyName = "throttlingRetryPolicy";
/**
 * A policy that retries when the server sends a 429 response with a Retry-After header.
 *
 * To learn more, please refer to
 * https://learn.microsoft.com/azure/azure-resource-manager/resource-manager-request-limits,
 * https://learn.microsoft.com/azure/azure-subscription-service-limits and
 * https://learn.microsoft.com/azure/virtual-machines/troubleshooting/troubleshooting-throttling-errors
 *
 * @param options - Options that configure retry logic.
 */
function throttlingRetryPolicy(options = {}) {
    return {
        name: throttlingRetryPolicyName,
        sendRequest: retryPolicy([throttlingRetryStrategy()], {
            maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY_COUNT,
        }).sendRequest,
    };
}
//# sourceMappingURL=throttlingRetryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/internal.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.














//# sourceMappingURL=internal.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/logPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * The programmatic identifier of the logPolicy.
 */
const logPolicy_logPolicyName = (/* unused pure expression or super */ null && (tspLogPolicyName));
/**
 * A policy that logs all requests and responses.
 * @param options - Options to configure logPolicy.
 */
function logPolicy_logPolicy(options = {}) {
    return logPolicy({
        logger: esm_log_logger.info,
        ...options,
    });
}
//# sourceMappingURL=logPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/redirectPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The programmatic identifier of the redirectPolicy.
 */
const redirectPolicy_redirectPolicyName = (/* unused pure expression or super */ null && (tspRedirectPolicyName));
/**
 * A policy to follow Location headers from the server in order
 * to support server-side redirection.
 * In the browser, this policy is not used.
 * @param options - Options to control policy behavior.
 */
function redirectPolicy_redirectPolicy(options = {}) {
    return redirectPolicy(options);
}
//# sourceMappingURL=redirectPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/util/userAgentPlatform.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * @internal
 */
function userAgentPlatform_getHeaderName() {
    return "User-Agent";
}
/**
 * @internal
 */
async function userAgentPlatform_setPlatformSpecificData(map) {
    if (external_node_process_ && external_node_process_.versions) {
        const osInfo = `${external_node_os_.type()} ${external_node_os_.release()}; ${external_node_os_.arch()}`;
        if (external_node_process_.versions.bun) {
            map.set("Bun", `${external_node_process_.versions.bun} (${osInfo})`);
        }
        else if (external_node_process_.versions.deno) {
            map.set("Deno", `${external_node_process_.versions.deno} (${osInfo})`);
        }
        else if (external_node_process_.versions.node) {
            map.set("Node", `${external_node_process_.versions.node} (${osInfo})`);
        }
    }
}
//# sourceMappingURL=userAgentPlatform.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/constants.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const constants_SDK_VERSION = "1.24.0";
const esm_constants_DEFAULT_RETRY_POLICY_COUNT = 3;
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/util/userAgent.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function userAgent_getUserAgentString(telemetryInfo) {
    const parts = [];
    for (const [key, value] of telemetryInfo) {
        const token = value ? `${key}/${value}` : key;
        parts.push(token);
    }
    return parts.join(" ");
}
/**
 * @internal
 */
function userAgent_getUserAgentHeaderName() {
    return userAgentPlatform_getHeaderName();
}
/**
 * @internal
 */
async function userAgent_getUserAgentValue(prefix) {
    const runtimeInfo = new Map();
    runtimeInfo.set("core-rest-pipeline", constants_SDK_VERSION);
    await userAgentPlatform_setPlatformSpecificData(runtimeInfo);
    const defaultAgent = userAgent_getUserAgentString(runtimeInfo);
    const userAgentValue = prefix ? `${prefix} ${defaultAgent}` : defaultAgent;
    return userAgentValue;
}
//# sourceMappingURL=userAgent.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/userAgentPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const userAgentPolicy_UserAgentHeaderName = userAgent_getUserAgentHeaderName();
/**
 * The programmatic identifier of the userAgentPolicy.
 */
const userAgentPolicy_userAgentPolicyName = "userAgentPolicy";
/**
 * A policy that sets the User-Agent header (or equivalent) to reflect
 * the library version.
 * @param options - Options to customize the user agent value.
 */
function userAgentPolicy_userAgentPolicy(options = {}) {
    const userAgentValue = userAgent_getUserAgentValue(options.userAgentPrefix);
    return {
        name: userAgentPolicy_userAgentPolicyName,
        async sendRequest(request, next) {
            if (!request.headers.has(userAgentPolicy_UserAgentHeaderName)) {
                request.headers.set(userAgentPolicy_UserAgentHeaderName, await userAgentValue);
            }
            return next(request);
        },
    };
}
//# sourceMappingURL=userAgentPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/util/createFile.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Create an object that implements the File interface. This object is intended to be
 * passed into RequestBodyType.formData, and is not guaranteed to work as expected in
 * other situations.
 *
 * Use this function to create a File object for use in RequestBodyType.formData in environments
 * where the global File object is unavailable.
 *
 * @param content - the content of the file as a Uint8Array in memory.
 * @param name - the name of the file.
 * @param options - optional metadata about the file, e.g. file name, file size, MIME type.
 */
function createFile(content, name, options = {}) {
    return createRawFile(content, name, options);
}
//# sourceMappingURL=createFile.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/util/file.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function file_isNodeReadableStream(x) {
    return typeof x === "object" && x !== null && "pipe" in x && typeof x.pipe === "function";
}
const unimplementedMethods = {
    arrayBuffer: () => {
        throw new Error("Not implemented");
    },
    bytes: () => {
        throw new Error("Not implemented");
    },
    slice: () => {
        throw new Error("Not implemented");
    },
    text: () => {
        throw new Error("Not implemented");
    },
};
/**
 * Private symbol used as key on objects created using createFile containing the
 * original source of the file object.
 *
 * This is used in Node to access the original Node stream without using Blob#stream, which
 * returns a web stream. This is done to avoid a couple of bugs to do with Blob#stream and
 * Readable#to/fromWeb in Node versions we support:
 * - https://github.com/nodejs/node/issues/42694 (fixed in Node 18.14)
 * - https://github.com/nodejs/node/issues/48916 (fixed in Node 20.6)
 *
 * Once these versions are no longer supported, we may be able to stop doing this.
 *
 * @internal
 */
const rawContent = Symbol("rawContent");
/**
 * Type guard to check if a given object is a blob-like object with a raw content property.
 */
function hasRawContent(x) {
    return typeof x[rawContent] === "function";
}
/**
 * Extract the raw content from a given blob-like object. If the input was created using createFile
 * or createFileFromStream, the exact content passed into createFile/createFileFromStream will be used.
 * For true instances of Blob and File, returns the actual blob.
 *
 * @internal
 */
function getRawContent(blob) {
    if (hasRawContent(blob)) {
        return blob[rawContent]();
    }
    else {
        return blob;
    }
}
/**
 * @internal
 *
 * Creates a File-like object tagged with rawContent for efficient streaming access.
 * Used by the Node createFile to avoid Blob#stream() bugs.
 */
function file_createRawFile(content, name, options = {}) {
    return {
        ...unimplementedMethods,
        type: options.type ?? "",
        lastModified: options.lastModified ?? new Date().getTime(),
        webkitRelativePath: options.webkitRelativePath ?? "",
        size: content.byteLength,
        name,
        arrayBuffer: async () => toArrayBuffer(content).buffer,
        stream: () => new Blob([toArrayBuffer(content)]).stream(),
        [rawContent]: () => content,
    };
}
/**
 * Create an object that implements the File interface. This object is intended to be
 * passed into RequestBodyType.formData, and is not guaranteed to work as expected in
 * other situations.
 *
 * Use this function to:
 * - Create a File object for use in RequestBodyType.formData in environments where the
 *   global File object is unavailable.
 * - Create a File-like object from a readable stream without reading the stream into memory.
 *
 * @param stream - the content of the file as a callback returning a stream. When a File object made using createFile is
 *                  passed in a request's form data map, the stream will not be read into memory
 *                  and instead will be streamed when the request is made. In the event of a retry, the
 *                  stream needs to be read again, so this callback SHOULD return a fresh stream if possible.
 * @param name - the name of the file.
 * @param options - optional metadata about the file, e.g. file name, file size, MIME type.
 */
function createFileFromStream(stream, name, options = {}) {
    return {
        ...unimplementedMethods,
        type: options.type ?? "",
        lastModified: options.lastModified ?? new Date().getTime(),
        webkitRelativePath: options.webkitRelativePath ?? "",
        size: options.size ?? -1,
        name,
        stream: () => {
            const s = stream();
            if (file_isNodeReadableStream(s)) {
                throw new Error("Not supported: a Node stream was provided as input to createFileFromStream.");
            }
            return s;
        },
        [rawContent]: stream,
    };
}

function hasArrayBuffer(source) {
    return "resize" in source.buffer;
}
function toArrayBuffer(source) {
    if (hasArrayBuffer(source)) {
        // ArrayBuffer — return a copy if the view is a subarray of a larger buffer
        if (source.byteOffset !== 0 || source.byteLength !== source.buffer.byteLength) {
            return new Uint8Array(source);
        }
        return source;
    }
    // SharedArrayBuffer
    return source.map((x) => x);
}
//# sourceMappingURL=file.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/multipartPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Name of multipart policy
 */
const multipartPolicy_multipartPolicyName = multipartPolicyName;
/**
 * Pipeline policy for multipart requests
 */
function multipartPolicy_multipartPolicy() {
    const tspPolicy = multipartPolicy();
    return {
        name: multipartPolicy_multipartPolicyName,
        sendRequest: async (request, next) => {
            if (request.multipartBody) {
                for (const part of request.multipartBody.parts) {
                    if (hasRawContent(part.body)) {
                        part.body = getRawContent(part.body);
                    }
                }
            }
            return tspPolicy.sendRequest(request, next);
        },
    };
}
//# sourceMappingURL=multipartPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/decompressResponsePolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The programmatic identifier of the decompressResponsePolicy.
 */
const decompressResponsePolicy_decompressResponsePolicyName = (/* unused pure expression or super */ null && (tspDecompressResponsePolicyName));
/**
 * A policy to enable response decompression according to Accept-Encoding header
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Accept-Encoding
 */
function decompressResponsePolicy_decompressResponsePolicy() {
    return decompressResponsePolicy();
}
//# sourceMappingURL=decompressResponsePolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/defaultRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the {@link defaultRetryPolicy}
 */
const defaultRetryPolicy_defaultRetryPolicyName = (/* unused pure expression or super */ null && (tspDefaultRetryPolicyName));
/**
 * A policy that retries according to three strategies:
 * - When the server sends a 429 response with a Retry-After header.
 * - When there are errors in the underlying transport layer (e.g. DNS lookup failures).
 * - Or otherwise if the outgoing request fails, it will retry with an exponentially increasing delay.
 */
function defaultRetryPolicy_defaultRetryPolicy(options = {}) {
    return defaultRetryPolicy(options);
}
//# sourceMappingURL=defaultRetryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/formDataPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The programmatic identifier of the formDataPolicy.
 */
const formDataPolicy_formDataPolicyName = (/* unused pure expression or super */ null && (tspFormDataPolicyName));
/**
 * A policy that encodes FormData on the request into the body.
 */
function formDataPolicy_formDataPolicy() {
    return formDataPolicy();
}
//# sourceMappingURL=formDataPolicy.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/sha256.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Generates a SHA-256 HMAC signature.
 * @param key - The HMAC key represented as a base64 string, used to generate the cryptographic HMAC hash.
 * @param stringToSign - The data to be signed.
 * @param encoding - The textual encoding to use for the returned HMAC digest.
 */
async function computeSha256Hmac(key, stringToSign, encoding) {
    const decodedKey = Buffer.from(key, "base64");
    return createHmac("sha256", decodedKey).update(stringToSign).digest(encoding);
}
/**
 * Generates a SHA-256 hash.
 * @param content - The data to be included in the hash.
 * @param encoding - The textual encoding to use for the returned hash.
 */
async function computeSha256Hash(content, encoding) {
    return createHash("sha256").update(content).digest(encoding);
}
//# sourceMappingURL=sha256.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/internal.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.









//# sourceMappingURL=internal.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/abort-controller/dist/esm/AbortError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.
/**
 * This error is thrown when an asynchronous operation has been aborted.
 * Check for this error by testing the `name` that the name property of the
 * error matches `"AbortError"`.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * controller.abort();
 * try {
 *   doAsyncWork(controller.signal)
 * } catch (e) {
 *   if (e.name === 'AbortError') {
 *     // handle abort error here.
 *   }
 * }
 * ```
 */
class AbortError_AbortError extends Error {
    constructor(message) {
        super(message);
        this.name = "AbortError";
    }
}
//# sourceMappingURL=AbortError.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/abort-controller/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-util/dist/esm/createAbortablePromise.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Creates an abortable promise.
 * @param buildPromise - A function that takes the resolve and reject functions as parameters.
 * @param options - The options for the abortable promise.
 * @returns A promise that can be aborted.
 */
function createAbortablePromise(buildPromise, options) {
    const { cleanupBeforeAbort, abortSignal, abortErrorMsg } = options ?? {};
    return new Promise((resolve, reject) => {
        function rejectOnAbort() {
            reject(new AbortError_AbortError(abortErrorMsg ?? "The operation was aborted."));
        }
        function removeListeners() {
            abortSignal?.removeEventListener("abort", onAbort);
        }
        function onAbort() {
            cleanupBeforeAbort?.();
            removeListeners();
            rejectOnAbort();
        }
        if (abortSignal?.aborted) {
            return rejectOnAbort();
        }
        try {
            buildPromise((x) => {
                removeListeners();
                resolve(x);
            }, (x) => {
                removeListeners();
                reject(x);
            });
        }
        catch (err) {
            reject(err);
        }
        abortSignal?.addEventListener("abort", onAbort);
    });
}
//# sourceMappingURL=createAbortablePromise.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-util/dist/esm/delay.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


const delay_StandardAbortMessage = "The delay was aborted.";
/**
 * A wrapper for setTimeout that resolves a promise after timeInMs milliseconds.
 * @param timeInMs - The number of milliseconds to be delayed.
 * @param options - The options for delay - currently abort options
 * @returns Promise that is resolved after timeInMs
 */
function delay_delay(timeInMs, options) {
    let token;
    const { abortSignal, abortErrorMsg } = options ?? {};
    return createAbortablePromise((resolve) => {
        token = setTimeout(resolve, timeInMs);
    }, {
        cleanupBeforeAbort: () => clearTimeout(token),
        abortSignal,
        abortErrorMsg: abortErrorMsg ?? delay_StandardAbortMessage,
    });
}
/**
 * Calculates the delay interval for retry attempts using exponential delay with jitter.
 * @param retryAttempt - The current retry attempt number.
 * @param config - The exponential retry configuration.
 * @returns An object containing the calculated retry delay.
 */
function delay_calculateRetryDelay(retryAttempt, config) {
    // Exponentially increase the delay each time
    const exponentialDelay = config.retryDelayInMs * Math.pow(2, retryAttempt);
    // Don't let the delay exceed the maximum
    const clampedDelay = Math.min(config.maxRetryDelayInMs, exponentialDelay);
    // Allow the final value to have some "jitter" (within 50% of the delay size) so
    // that retries across multiple clients don't occur simultaneously.
    const retryAfterInMs = clampedDelay / 2 + getRandomIntegerInclusive(0, clampedDelay / 2);
    return { retryAfterInMs };
}
//# sourceMappingURL=delay.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-util/dist/esm/error.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Given what is thought to be an error object, return the message if possible.
 * If the message is missing, returns a stringified version of the input.
 * @param e - Something thrown from a try block
 * @returns The error message or a string of the input
 */
function getErrorMessage(e) {
    if (isError(e)) {
        return e.message;
    }
    else {
        let stringified;
        try {
            if (typeof e === "object" && e) {
                stringified = JSON.stringify(e);
            }
            else {
                stringified = String(e);
            }
        }
        catch (err) {
            stringified = "[unable to stringify input]";
        }
        return `Unknown error ${stringified}`;
    }
}
//# sourceMappingURL=error.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-util/dist/esm/typeGuards.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Helper TypeGuard that checks if something is defined or not.
 * @param thing - Anything
 */
function isDefined(thing) {
    return typeof thing !== "undefined" && thing !== null;
}
/**
 * Helper TypeGuard that checks if the input is an object with the specified properties.
 * @param thing - Anything.
 * @param properties - The name of the properties that should appear in the object.
 */
function typeGuards_isObjectWithProperties(thing, properties) {
    if (!isDefined(thing) || typeof thing !== "object") {
        return false;
    }
    for (const property of properties) {
        if (!objectHasProperty(thing, property)) {
            return false;
        }
    }
    return true;
}
/**
 * Helper TypeGuard that checks if the input is an object with the specified property.
 * @param thing - Any object.
 * @param property - The name of the property that should appear in the object.
 */
function objectHasProperty(thing, property) {
    return (isDefined(thing) && typeof thing === "object" && property in thing);
}
//# sourceMappingURL=typeGuards.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-util/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/**
 * Calculates the delay interval for retry attempts using exponential delay with jitter.
 *
 * @param retryAttempt - The current retry attempt number.
 *
 * @param config - The exponential retry configuration.
 *
 * @returns An object containing the calculated retry delay.
 */
function esm_calculateRetryDelay(retryAttempt, config) {
    return tspRuntime.calculateRetryDelay(retryAttempt, config);
}
/**
 * Generates a SHA-256 hash.
 *
 * @param content - The data to be included in the hash.
 *
 * @param encoding - The textual encoding to use for the returned hash.
 */
function esm_computeSha256Hash(content, encoding) {
    return tspRuntime.computeSha256Hash(content, encoding);
}
/**
 * Generates a SHA-256 HMAC signature.
 *
 * @param key - The HMAC key represented as a base64 string, used to generate the cryptographic HMAC hash.
 *
 * @param stringToSign - The data to be signed.
 *
 * @param encoding - The textual encoding to use for the returned HMAC digest.
 */
function esm_computeSha256Hmac(key, stringToSign, encoding) {
    return tspRuntime.computeSha256Hmac(key, stringToSign, encoding);
}
/**
 * Returns a random integer value between a lower and upper bound, inclusive of both bounds. Note that this uses Math.random and isn't secure. If you need to use this for any kind of security purpose, find a better source of random.
 *
 * @param min - The smallest integer value allowed.
 *
 * @param max - The largest integer value allowed.
 */
function esm_getRandomIntegerInclusive(min, max) {
    return tspRuntime.getRandomIntegerInclusive(min, max);
}
/**
 * Typeguard for an error object shape (has name and message)
 *
 * @param e - Something caught by a catch clause.
 */
function esm_isError(e) {
    return isError(e);
}
/**
 * Helper to determine when an input is a generic JS object.
 *
 * @returns true when input is an object type that is not null, Array, RegExp, or Date.
 */
function esm_isObject(input) {
    return tspRuntime.isObject(input);
}
/**
 * Generated Universally Unique Identifier
 *
 * @returns RFC4122 v4 UUID.
 */
function esm_randomUUID() {
    return tspRuntime.randomUUID();
}
/**
 * A constant that indicates whether the environment the code is running is a Web Browser.
 */
const esm_isBrowser = isBrowser;
/**
 * A constant that indicates whether the environment the code is running is Bun.sh.
 */
const esm_isBun = isBun;
/**
 * A constant that indicates whether the environment the code is running is Deno.
 */
const esm_isDeno = isDeno;
/**
 * A constant that indicates whether the environment the code is running is a Node.js compatible environment.
 *
 * @deprecated
 *
 * Use `isNodeLike` instead.
 */
const isNode = isNodeLike;
/**
 * A constant that indicates whether the environment the code is running is a Node.js compatible environment.
 */
const esm_isNodeLike = isNodeLike;
/**
 * A constant that indicates whether the environment the code is running is Node.JS.
 */
const esm_isNodeRuntime = isNodeRuntime;
/**
 * A constant that indicates whether the environment the code is running is in React-Native.
 */
const esm_isReactNative = isReactNative;
/**
 * A constant that indicates whether the environment the code is running is a Web Worker.
 */
const esm_isWebWorker = isWebWorker;
/**
 * The helper that transforms bytes with specific character encoding into string
 * @param bytes - the uint8array bytes
 * @param format - the format we use to encode the byte
 * @returns a string of the encoded string
 */
function esm_uint8ArrayToString(bytes, format) {
    return uint8ArrayToString(bytes, format);
}
/**
 * The helper that transforms string to specific character encoded bytes array.
 * @param value - the string to be converted
 * @param format - the format we use to decode the value
 * @returns a uint8array
 */
function esm_stringToUint8Array(value, format) {
    return bytesEncoding_stringToUint8Array(value, format);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/proxyPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The programmatic identifier of the proxyPolicy.
 */
const proxyPolicy_proxyPolicyName = (/* unused pure expression or super */ null && (tspProxyPolicyName));
/**
 * This method converts a proxy url into `ProxySettings` for use with ProxyPolicy.
 * If no argument is given, it attempts to parse a proxy URL from the environment
 * variables `HTTPS_PROXY` or `HTTP_PROXY`.
 * @param proxyUrl - The url of the proxy to use. May contain authentication information.
 * @deprecated - Internally this method is no longer necessary when setting proxy information.
 */
function proxyPolicy_getDefaultProxySettings(proxyUrl) {
    return tspGetDefaultProxySettings(proxyUrl);
}
/**
 * A policy that allows one to apply proxy settings to all requests.
 * If not passed static settings, they will be retrieved from the HTTPS_PROXY
 * or HTTP_PROXY environment variables.
 * @param proxySettings - ProxySettings to use on each request.
 * @param options - additional settings, for example, custom NO_PROXY patterns
 */
function proxyPolicy_proxyPolicy(proxySettings, options) {
    return proxyPolicy(proxySettings, options);
}
//# sourceMappingURL=proxyPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/setClientRequestIdPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The programmatic identifier of the setClientRequestIdPolicy.
 */
const setClientRequestIdPolicyName = "setClientRequestIdPolicy";
/**
 * Each PipelineRequest gets a unique id upon creation.
 * This policy passes that unique id along via an HTTP header to enable better
 * telemetry and tracing.
 * @param requestIdHeaderName - The name of the header to pass the request ID to.
 */
function setClientRequestIdPolicy(requestIdHeaderName = "x-ms-client-request-id") {
    return {
        name: setClientRequestIdPolicyName,
        async sendRequest(request, next) {
            if (!request.headers.has(requestIdHeaderName)) {
                request.headers.set(requestIdHeaderName, request.requestId);
            }
            return next(request);
        },
    };
}
//# sourceMappingURL=setClientRequestIdPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/agentPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the Agent Policy
 */
const agentPolicy_agentPolicyName = (/* unused pure expression or super */ null && (tspAgentPolicyName));
/**
 * Gets a pipeline policy that sets http.agent
 */
function agentPolicy_agentPolicy(agent) {
    return agentPolicy(agent);
}
//# sourceMappingURL=agentPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/tlsPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the TLS Policy
 */
const tlsPolicy_tlsPolicyName = (/* unused pure expression or super */ null && (tspTlsPolicyName));
/**
 * Gets a pipeline policy that adds the client certificate to the HttpClient agent for authentication.
 */
function tlsPolicy_tlsPolicy(tlsSettings) {
    return tlsPolicy(tlsSettings);
}
//# sourceMappingURL=tlsPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-tracing/dist/esm/tracingContext.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/** @internal */
const knownContextKeys = {
    span: Symbol.for("@azure/core-tracing span"),
    namespace: Symbol.for("@azure/core-tracing namespace"),
};
/**
 * Creates a new {@link TracingContext} with the given options.
 * @param options - A set of known keys that may be set on the context.
 * @returns A new {@link TracingContext} with the given options.
 *
 * @internal
 */
function createTracingContext(options = {}) {
    let context = new TracingContextImpl(options.parentContext);
    if (options.span) {
        context = context.setValue(knownContextKeys.span, options.span);
    }
    if (options.namespace) {
        context = context.setValue(knownContextKeys.namespace, options.namespace);
    }
    return context;
}
/** @internal */
class TracingContextImpl {
    _contextMap;
    constructor(initialContext) {
        this._contextMap =
            initialContext instanceof TracingContextImpl
                ? new Map(initialContext._contextMap)
                : new Map();
    }
    setValue(key, value) {
        const newContext = new TracingContextImpl(this);
        newContext._contextMap.set(key, value);
        return newContext;
    }
    getValue(key) {
        return this._contextMap.get(key);
    }
    deleteValue(key) {
        const newContext = new TracingContextImpl(this);
        newContext._contextMap.delete(key);
        return newContext;
    }
}
//# sourceMappingURL=tracingContext.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-tracing/dist/commonjs/state.js
var commonjs_state = __webpack_require__(8914);
;// CONCATENATED MODULE: ./node_modules/@azure/core-tracing/dist/esm/state.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// @ts-expect-error The recommended approach to sharing module state between ESM and CJS.
// See https://github.com/isaacs/tshy/blob/main/README.md#module-local-state for additional information.

/**
 * Defines the shared state between CJS and ESM by re-exporting the CJS state.
 */
const state_state = commonjs_state/* state */.w;
//# sourceMappingURL=state.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-tracing/dist/esm/instrumenter.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function createDefaultTracingSpan() {
    return {
        end: () => {
            // noop
        },
        isRecording: () => false,
        recordException: () => {
            // noop
        },
        setAttribute: () => {
            // noop
        },
        setStatus: () => {
            // noop
        },
        addEvent: () => {
            // noop
        },
    };
}
function createDefaultInstrumenter() {
    return {
        createRequestHeaders: () => {
            return {};
        },
        parseTraceparentHeader: () => {
            return undefined;
        },
        startSpan: (_name, spanOptions) => {
            return {
                span: createDefaultTracingSpan(),
                tracingContext: createTracingContext({ parentContext: spanOptions.tracingContext }),
            };
        },
        withContext(_context, callback, ...callbackArgs) {
            return callback(...callbackArgs);
        },
    };
}
/**
 * Extends the Azure SDK with support for a given instrumenter implementation.
 *
 * @param instrumenter - The instrumenter implementation to use.
 */
function useInstrumenter(instrumenter) {
    state.instrumenterImplementation = instrumenter;
}
/**
 * Gets the currently set instrumenter, a No-Op instrumenter by default.
 *
 * @returns The currently set instrumenter
 */
function getInstrumenter() {
    if (!state_state.instrumenterImplementation) {
        state_state.instrumenterImplementation = createDefaultInstrumenter();
    }
    return state_state.instrumenterImplementation;
}
//# sourceMappingURL=instrumenter.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-tracing/dist/esm/tracingClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Creates a new tracing client.
 *
 * @param options - Options used to configure the tracing client.
 * @returns - An instance of {@link TracingClient}.
 */
function createTracingClient(options) {
    const { namespace, packageName, packageVersion } = options;
    function startSpan(name, operationOptions, spanOptions) {
        const startSpanResult = getInstrumenter().startSpan(name, {
            ...spanOptions,
            packageName: packageName,
            packageVersion: packageVersion,
            tracingContext: operationOptions?.tracingOptions?.tracingContext,
        });
        let tracingContext = startSpanResult.tracingContext;
        const span = startSpanResult.span;
        if (!tracingContext.getValue(knownContextKeys.namespace)) {
            tracingContext = tracingContext.setValue(knownContextKeys.namespace, namespace);
        }
        span.setAttribute("az.namespace", tracingContext.getValue(knownContextKeys.namespace));
        const updatedOptions = Object.assign({}, operationOptions, {
            tracingOptions: { ...operationOptions?.tracingOptions, tracingContext },
        });
        return {
            span,
            updatedOptions,
        };
    }
    async function withSpan(name, operationOptions, callback, spanOptions) {
        const { span, updatedOptions } = startSpan(name, operationOptions, spanOptions);
        try {
            const result = await withContext(updatedOptions.tracingOptions.tracingContext, () => Promise.resolve(callback(updatedOptions, span)));
            span.setStatus({ status: "success" });
            return result;
        }
        catch (err) {
            span.setStatus({ status: "error", error: err });
            throw err;
        }
        finally {
            span.end();
        }
    }
    function withContext(context, callback, ...callbackArgs) {
        return getInstrumenter().withContext(context, callback, ...callbackArgs);
    }
    /**
     * Parses a traceparent header value into a span identifier.
     *
     * @param traceparentHeader - The traceparent header to parse.
     * @returns An implementation-specific identifier for the span.
     */
    function parseTraceparentHeader(traceparentHeader) {
        return getInstrumenter().parseTraceparentHeader(traceparentHeader);
    }
    /**
     * Creates a set of request headers to propagate tracing information to a backend.
     *
     * @param tracingContext - The context containing the span to serialize.
     * @returns The set of headers to add to a request.
     */
    function createRequestHeaders(tracingContext) {
        return getInstrumenter().createRequestHeaders(tracingContext);
    }
    return {
        startSpan,
        withSpan,
        withContext,
        parseTraceparentHeader,
        createRequestHeaders,
    };
}
//# sourceMappingURL=tracingClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-tracing/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/restError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * A custom error type for failed pipeline requests.
 */
// eslint-disable-next-line @typescript-eslint/no-redeclare
const restError_RestError = RestError;
/**
 * Typeguard for RestError
 * @param e - Something caught by a catch clause.
 */
function restError_isRestError(e) {
    return isRestError(e);
}
//# sourceMappingURL=restError.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/tracingPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.







/**
 * The programmatic identifier of the tracingPolicy.
 */
const tracingPolicyName = "tracingPolicy";
/**
 * A simple policy to create OpenTelemetry Spans for each request made by the pipeline
 * that has SpanOptions with a parent.
 * Requests made without a parent Span will not be recorded.
 * @param options - Options to configure the telemetry logged by the tracing policy.
 */
function tracingPolicy(options = {}) {
    const userAgentPromise = userAgent_getUserAgentValue(options.userAgentPrefix);
    const sanitizer = new Sanitizer({
        additionalAllowedQueryParameters: options.additionalAllowedQueryParameters,
    });
    const tracingClient = tryCreateTracingClient();
    return {
        name: tracingPolicyName,
        async sendRequest(request, next) {
            if (!tracingClient) {
                return next(request);
            }
            const userAgent = await userAgentPromise;
            const spanAttributes = {
                "http.url": sanitizer.sanitizeUrl(request.url),
                "http.method": request.method,
                "http.user_agent": userAgent,
                requestId: request.requestId,
            };
            if (userAgent) {
                spanAttributes["http.user_agent"] = userAgent;
            }
            const { span, tracingContext } = tryCreateSpan(tracingClient, request, spanAttributes) ?? {};
            if (!span || !tracingContext) {
                return next(request);
            }
            try {
                const response = await tracingClient.withContext(tracingContext, next, request);
                tryProcessResponse(span, response);
                return response;
            }
            catch (err) {
                tryProcessError(span, err);
                throw err;
            }
        },
    };
}
function tryCreateTracingClient() {
    try {
        return createTracingClient({
            namespace: "",
            packageName: "@azure/core-rest-pipeline",
            packageVersion: constants_SDK_VERSION,
        });
    }
    catch (e) {
        esm_log_logger.warning(`Error when creating the TracingClient: ${getErrorMessage(e)}`);
        return undefined;
    }
}
function tryCreateSpan(tracingClient, request, spanAttributes) {
    try {
        // As per spec, we do not need to differentiate between HTTP and HTTPS in span name.
        const { span, updatedOptions } = tracingClient.startSpan(`HTTP ${request.method}`, { tracingOptions: request.tracingOptions }, {
            spanKind: "client",
            spanAttributes,
        });
        // If the span is not recording, don't do any more work.
        if (!span.isRecording()) {
            span.end();
            return undefined;
        }
        // set headers
        const headers = tracingClient.createRequestHeaders(updatedOptions.tracingOptions.tracingContext);
        for (const [key, value] of Object.entries(headers)) {
            request.headers.set(key, value);
        }
        return { span, tracingContext: updatedOptions.tracingOptions.tracingContext };
    }
    catch (e) {
        esm_log_logger.warning(`Skipping creating a tracing span due to an error: ${getErrorMessage(e)}`);
        return undefined;
    }
}
function tryProcessError(span, error) {
    try {
        span.setStatus({
            status: "error",
            error: esm_isError(error) ? error : undefined,
        });
        if (restError_isRestError(error) && error.statusCode) {
            span.setAttribute("http.status_code", error.statusCode);
        }
        span.end();
    }
    catch (e) {
        esm_log_logger.warning(`Skipping tracing span processing due to an error: ${getErrorMessage(e)}`);
    }
}
function tryProcessResponse(span, response) {
    try {
        span.setAttribute("http.status_code", response.status);
        const serviceRequestId = response.headers.get("x-ms-request-id");
        if (serviceRequestId) {
            span.setAttribute("serviceRequestId", serviceRequestId);
        }
        // Per semantic conventions, only set the status to error if the status code is 4xx or 5xx.
        // Otherwise, the status MUST remain unset.
        // https://opentelemetry.io/docs/specs/semconv/http/http-spans/#status
        if (response.status >= 400) {
            span.setStatus({
                status: "error",
            });
        }
        span.end();
    }
    catch (e) {
        esm_log_logger.warning(`Skipping tracing span processing due to an error: ${getErrorMessage(e)}`);
    }
}
//# sourceMappingURL=tracingPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/util/wrapAbortSignal.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Creates a native AbortSignal which reflects the state of the provided AbortSignalLike.
 * If the AbortSignalLike is already a native AbortSignal, it is returned as is.
 * @param abortSignalLike - The AbortSignalLike to wrap.
 * @returns - An object containing the native AbortSignal and an optional cleanup function. The cleanup function should be called when the AbortSignal is no longer needed.
 */
function wrapAbortSignal_wrapAbortSignalLike(abortSignalLike) {
    if (abortSignalLike instanceof AbortSignal) {
        return { abortSignal: abortSignalLike };
    }
    if (abortSignalLike.aborted) {
        return {
            abortSignal: AbortSignal.abort("reason" in abortSignalLike ? abortSignalLike.reason : undefined),
        };
    }
    const controller = new AbortController();
    let needsCleanup = true;
    function cleanup() {
        if (needsCleanup) {
            abortSignalLike.removeEventListener("abort", listener);
            needsCleanup = false;
        }
    }
    function listener() {
        controller.abort("reason" in abortSignalLike ? abortSignalLike.reason : undefined);
        cleanup();
    }
    abortSignalLike.addEventListener("abort", listener);
    return { abortSignal: controller.signal, cleanup };
}
//# sourceMappingURL=wrapAbortSignal.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/wrapAbortSignalLikePolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const wrapAbortSignalLikePolicyName = "wrapAbortSignalLikePolicy";
/**
 * Policy that ensure that any AbortSignalLike is wrapped in a native AbortSignal for processing by the pipeline.
 * Since the ts-http-runtime expects a native AbortSignal, this policy is used to ensure that any AbortSignalLike is wrapped in a native AbortSignal.
 *
 * @returns - created policy
 */
function wrapAbortSignalLikePolicy() {
    return {
        name: wrapAbortSignalLikePolicyName,
        sendRequest: async (request, next) => {
            if (!request.abortSignal) {
                return next(request);
            }
            const { abortSignal, cleanup } = wrapAbortSignal_wrapAbortSignalLike(request.abortSignal);
            request.abortSignal = abortSignal;
            try {
                return await next(request);
            }
            finally {
                cleanup?.();
            }
        },
    };
}
//# sourceMappingURL=wrapAbortSignalLikePolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/createPipelineFromOptions.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.















/**
 * Create a new pipeline with a default set of customizable policies.
 * @param options - Options to configure a custom pipeline.
 */
function createPipelineFromOptions_createPipelineFromOptions(options) {
    const pipeline = pipeline_createEmptyPipeline();
    if (esm_isNodeLike) {
        if (options.agent) {
            pipeline.addPolicy(agentPolicy_agentPolicy(options.agent));
        }
        if (options.tlsOptions) {
            pipeline.addPolicy(tlsPolicy_tlsPolicy(options.tlsOptions));
        }
        pipeline.addPolicy(proxyPolicy_proxyPolicy(options.proxyOptions));
        pipeline.addPolicy(decompressResponsePolicy_decompressResponsePolicy());
    }
    pipeline.addPolicy(wrapAbortSignalLikePolicy());
    pipeline.addPolicy(formDataPolicy_formDataPolicy(), { beforePolicies: [multipartPolicy_multipartPolicyName] });
    pipeline.addPolicy(userAgentPolicy_userAgentPolicy(options.userAgentOptions));
    pipeline.addPolicy(setClientRequestIdPolicy(options.telemetryOptions?.clientRequestIdHeaderName));
    // The multipart policy is added after policies with no phase, so that
    // policies can be added between it and formDataPolicy to modify
    // properties (e.g., making the boundary constant in recorded tests).
    pipeline.addPolicy(multipartPolicy_multipartPolicy(), { afterPhase: "Deserialize" });
    pipeline.addPolicy(defaultRetryPolicy_defaultRetryPolicy(options.retryOptions), { phase: "Retry" });
    pipeline.addPolicy(tracingPolicy({ ...options.userAgentOptions, ...options.loggingOptions }), {
        afterPhase: "Retry",
    });
    if (esm_isNodeLike) {
        // Both XHR and Fetch expect to handle redirects automatically,
        // so only include this policy when we're in Node.
        pipeline.addPolicy(redirectPolicy_redirectPolicy(options.redirectOptions), { afterPhase: "Retry" });
    }
    pipeline.addPolicy(logPolicy_logPolicy(options.loggingOptions), { afterPhase: "Sign" });
    return pipeline;
}
//# sourceMappingURL=createPipelineFromOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/defaultHttpClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Create the correct HttpClient for the current environment.
 */
function defaultHttpClient_createDefaultHttpClient() {
    const client = tspCreateDefaultHttpClient();
    return {
        async sendRequest(request) {
            // we wrap any AbortSignalLike here since the TypeSpec runtime expects a native AbortSignal.
            // 99% of the time, this should be a no-op since a native AbortSignal is passed in.
            const { abortSignal, cleanup } = request.abortSignal
                ? wrapAbortSignalLike(request.abortSignal)
                : {};
            try {
                request.abortSignal = abortSignal;
                return await client.sendRequest(request);
            }
            finally {
                cleanup?.();
            }
        },
    };
}
//# sourceMappingURL=defaultHttpClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/httpHeaders.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Creates an object that satisfies the `HttpHeaders` interface.
 * @param rawHeaders - A simple object representing initial headers
 */
function httpHeaders_createHttpHeaders(rawHeaders) {
    return tspCreateHttpHeaders(rawHeaders);
}
//# sourceMappingURL=httpHeaders.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/pipelineRequest.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Creates a new pipeline request with the given options.
 * This method is to allow for the easy setting of default values and not required.
 * @param options - The options to create the request with.
 */
function pipelineRequest_createPipelineRequest(options) {
    // Cast required due to difference between ts-http-runtime requiring AbortSignal while core-rest-pipeline allows
    // the more generic AbortSignalLike. The wrapAbortSignalLike pipeline policy will take care of ensuring that any AbortSignalLike in the request
    // is converted into a true AbortSignal.
    return tspCreatePipelineRequest(options);
}
//# sourceMappingURL=pipelineRequest.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/exponentialRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The programmatic identifier of the exponentialRetryPolicy.
 */
const exponentialRetryPolicy_exponentialRetryPolicyName = (/* unused pure expression or super */ null && (tspExponentialRetryPolicyName));
/**
 * A policy that attempts to retry requests while introducing an exponentially increasing delay.
 * @param options - Options that configure retry logic.
 */
function exponentialRetryPolicy_exponentialRetryPolicy(options = {}) {
    return tspExponentialRetryPolicy(options);
}
//# sourceMappingURL=exponentialRetryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/systemErrorRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the {@link systemErrorRetryPolicy}
 */
const systemErrorRetryPolicy_systemErrorRetryPolicyName = (/* unused pure expression or super */ null && (tspSystemErrorRetryPolicyName));
/**
 * A retry policy that specifically seeks to handle errors in the
 * underlying transport layer (e.g. DNS lookup failures) rather than
 * retryable error codes from the server itself.
 * @param options - Options that customize the policy.
 */
function systemErrorRetryPolicy_systemErrorRetryPolicy(options = {}) {
    return tspSystemErrorRetryPolicy(options);
}
//# sourceMappingURL=systemErrorRetryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/throttlingRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the {@link throttlingRetryPolicy}
 */
const throttlingRetryPolicy_throttlingRetryPolicyName = (/* unused pure expression or super */ null && (tspThrottlingRetryPolicyName));
/**
 * A policy that retries when the server sends a 429 response with a Retry-After header.
 *
 * To learn more, please refer to
 * https://learn.microsoft.com/azure/azure-resource-manager/resource-manager-request-limits,
 * https://learn.microsoft.com/azure/azure-subscription-service-limits and
 * https://learn.microsoft.com/azure/virtual-machines/troubleshooting/troubleshooting-throttling-errors
 *
 * @param options - Options that configure retry logic.
 */
function throttlingRetryPolicy_throttlingRetryPolicy(options = {}) {
    return tspThrottlingRetryPolicy(options);
}
//# sourceMappingURL=throttlingRetryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/retryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



const retryPolicy_retryPolicyLogger = esm_createClientLogger("core-rest-pipeline retryPolicy");
/**
 * retryPolicy is a generic policy to enable retrying requests when certain conditions are met
 */
function policies_retryPolicy_retryPolicy(strategies, options = { maxRetries: DEFAULT_RETRY_POLICY_COUNT }) {
    // Cast is required since the TSP runtime retry strategy type is slightly different
    // very deep down (using real AbortSignal vs. AbortSignalLike in RestError).
    // In practice the difference doesn't actually matter.
    return tspRetryPolicy(strategies, {
        logger: retryPolicy_retryPolicyLogger,
        ...options,
    });
}
//# sourceMappingURL=retryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/util/tokenCycler.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

// Default options for the cycler if none are provided
const DEFAULT_CYCLER_OPTIONS = {
    forcedRefreshWindowInMs: 1000, // Force waiting for a refresh 1s before the token expires
    retryIntervalInMs: 3000, // Allow refresh attempts every 3s
    refreshWindowInMs: 1000 * 60 * 2, // Start refreshing 2m before expiry
};
/**
 * Converts an an unreliable access token getter (which may resolve with null)
 * into an AccessTokenGetter by retrying the unreliable getter in a regular
 * interval.
 *
 * @param getAccessToken - A function that produces a promise of an access token that may fail by returning null.
 * @param retryIntervalInMs - The time (in milliseconds) to wait between retry attempts.
 * @param refreshTimeout - The timestamp after which the refresh attempt will fail, throwing an exception.
 * @returns - A promise that, if it resolves, will resolve with an access token.
 */
async function beginRefresh(getAccessToken, retryIntervalInMs, refreshTimeout) {
    // This wrapper handles exceptions gracefully as long as we haven't exceeded
    // the timeout.
    async function tryGetAccessToken() {
        if (Date.now() < refreshTimeout) {
            try {
                return await getAccessToken();
            }
            catch {
                return null;
            }
        }
        else {
            const finalToken = await getAccessToken();
            // Timeout is up, so throw if it's still null
            if (finalToken === null) {
                throw new Error("Failed to refresh access token.");
            }
            return finalToken;
        }
    }
    let token = await tryGetAccessToken();
    while (token === null) {
        await delay_delay(retryIntervalInMs);
        token = await tryGetAccessToken();
    }
    return token;
}
/**
 * Creates a token cycler from a credential, scopes, and optional settings.
 *
 * A token cycler represents a way to reliably retrieve a valid access token
 * from a TokenCredential. It will handle initializing the token, refreshing it
 * when it nears expiration, and synchronizes refresh attempts to avoid
 * concurrency hazards.
 *
 * @param credential - the underlying TokenCredential that provides the access
 * token
 * @param tokenCyclerOptions - optionally override default settings for the cycler
 *
 * @returns - a function that reliably produces a valid access token
 */
function tokenCycler_createTokenCycler(credential, tokenCyclerOptions) {
    let refreshWorker = null;
    let token = null;
    let tenantId;
    const options = {
        ...DEFAULT_CYCLER_OPTIONS,
        ...tokenCyclerOptions,
    };
    /**
     * This little holder defines several predicates that we use to construct
     * the rules of refreshing the token.
     */
    const cycler = {
        /**
         * Produces true if a refresh job is currently in progress.
         */
        get isRefreshing() {
            return refreshWorker !== null;
        },
        /**
         * Produces true if the cycler SHOULD refresh (we are within the refresh
         * window and not already refreshing)
         */
        get shouldRefresh() {
            if (token === null) {
                return true;
            }
            if (cycler.isRefreshing) {
                return false;
            }
            if (token.refreshAfterTimestamp && token.refreshAfterTimestamp < Date.now()) {
                return true;
            }
            return token.expiresOnTimestamp - options.refreshWindowInMs < Date.now();
        },
        /**
         * Produces true if the cycler MUST refresh (null or nearly-expired
         * token).
         */
        get mustRefresh() {
            return (token === null || token.expiresOnTimestamp - options.forcedRefreshWindowInMs < Date.now());
        },
    };
    /**
     * Starts a refresh job or returns the existing job if one is already
     * running.
     */
    function refresh(scopes, getTokenOptions) {
        if (!cycler.isRefreshing) {
            // We bind `scopes` here to avoid passing it around a lot
            const tryGetAccessToken = () => credential.getToken(scopes, getTokenOptions);
            // Take advantage of promise chaining to insert an assignment to `token`
            // before the refresh can be considered done.
            refreshWorker = beginRefresh(tryGetAccessToken, options.retryIntervalInMs, 
            // If we don't have a token, then we should timeout immediately
            token?.expiresOnTimestamp ?? Date.now())
                .then((_token) => {
                refreshWorker = null;
                token = _token;
                tenantId = getTokenOptions.tenantId;
                return token;
            })
                .catch((reason) => {
                // We also should reset the refresher if we enter a failed state.  All
                // existing awaiters will throw, but subsequent requests will start a
                // new retry chain.
                refreshWorker = null;
                token = null;
                tenantId = undefined;
                throw reason;
            });
        }
        return refreshWorker;
    }
    return async (scopes, tokenOptions) => {
        //
        // Simple rules:
        // - If we MUST refresh, then return the refresh task, blocking
        //   the pipeline until a token is available.
        // - If we SHOULD refresh, then run refresh but don't return it
        //   (we can still use the cached token).
        // - Return the token, since it's fine if we didn't return in
        //   step 1.
        //
        const hasClaimChallenge = Boolean(tokenOptions.claims);
        const tenantIdChanged = tenantId !== tokenOptions.tenantId;
        if (hasClaimChallenge) {
            // If we've received a claim, we know the existing token isn't valid
            // We want to clear it so that that refresh worker won't use the old expiration time as a timeout
            token = null;
        }
        // If the tenantId passed in token options is different to the one we have
        // Or if we are in claim challenge and the token was rejected and a new access token need to be issued, we need to
        // refresh the token with the new tenantId or token.
        const mustRefresh = tenantIdChanged || hasClaimChallenge || cycler.mustRefresh;
        if (mustRefresh) {
            return refresh(scopes, tokenOptions);
        }
        if (cycler.shouldRefresh) {
            refresh(scopes, tokenOptions);
        }
        return token;
    };
}
//# sourceMappingURL=tokenCycler.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/bearerTokenAuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * The programmatic identifier of the bearerTokenAuthenticationPolicy.
 */
const bearerTokenAuthenticationPolicyName = "bearerTokenAuthenticationPolicy";
/**
 * Try to send the given request.
 *
 * When a response is received, returns a tuple of the response received and, if the response was received
 * inside a thrown RestError, the RestError that was thrown.
 *
 * Otherwise, if an error was thrown while sending the request that did not provide an underlying response, it
 * will be rethrown.
 */
async function trySendRequest(request, next) {
    try {
        return [await next(request), undefined];
    }
    catch (e) {
        if (restError_isRestError(e) && e.response) {
            return [e.response, e];
        }
        else {
            throw e;
        }
    }
}
/**
 * Default authorize request handler
 */
async function defaultAuthorizeRequest(options) {
    const { scopes, getAccessToken, request } = options;
    // Enable CAE true by default
    const getTokenOptions = {
        abortSignal: request.abortSignal,
        tracingOptions: request.tracingOptions,
        enableCae: true,
    };
    const accessToken = await getAccessToken(scopes, getTokenOptions);
    if (accessToken) {
        options.request.headers.set("Authorization", `Bearer ${accessToken.token}`);
    }
}
/**
 * We will retrieve the challenge only if the response status code was 401,
 * and if the response contained the header "WWW-Authenticate" with a non-empty value.
 */
function isChallengeResponse(response) {
    return response.status === 401 && response.headers.has("WWW-Authenticate");
}
/**
 * Re-authorize the request for CAE challenge.
 * The response containing the challenge is `options.response`.
 * If this method returns true, the underlying request will be sent once again.
 */
async function authorizeRequestOnCaeChallenge(onChallengeOptions, caeClaims) {
    const { scopes } = onChallengeOptions;
    const accessToken = await onChallengeOptions.getAccessToken(scopes, {
        enableCae: true,
        claims: caeClaims,
    });
    if (!accessToken) {
        return false;
    }
    onChallengeOptions.request.headers.set("Authorization", `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`);
    return true;
}
/**
 * A policy that can request a token from a TokenCredential implementation and
 * then apply it to the Authorization header of a request as a Bearer token.
 */
function bearerTokenAuthenticationPolicy(options) {
    const { credential, scopes, challengeCallbacks } = options;
    const logger = options.logger || esm_log_logger;
    const callbacks = {
        authorizeRequest: challengeCallbacks?.authorizeRequest?.bind(challengeCallbacks) ?? defaultAuthorizeRequest,
        authorizeRequestOnChallenge: challengeCallbacks?.authorizeRequestOnChallenge?.bind(challengeCallbacks),
    };
    // This function encapsulates the entire process of reliably retrieving the token
    // The options are left out of the public API until there's demand to configure this.
    // Remember to extend `BearerTokenAuthenticationPolicyOptions` with `TokenCyclerOptions`
    // in order to pass through the `options` object.
    const getAccessToken = credential
        ? tokenCycler_createTokenCycler(credential /* , options */)
        : () => Promise.resolve(null);
    return {
        name: bearerTokenAuthenticationPolicyName,
        /**
         * If there's no challenge parameter:
         * - It will try to retrieve the token using the cache, or the credential's getToken.
         * - Then it will try the next policy with or without the retrieved token.
         *
         * It uses the challenge parameters to:
         * - Skip a first attempt to get the token from the credential if there's no cached token,
         *   since it expects the token to be retrievable only after the challenge.
         * - Prepare the outgoing request if the `prepareRequest` method has been provided.
         * - Send an initial request to receive the challenge if it fails.
         * - Process a challenge if the response contains it.
         * - Retrieve a token with the challenge information, then re-send the request.
         */
        async sendRequest(request, next) {
            if (!request.url.toLowerCase().startsWith("https://")) {
                throw new Error("Bearer token authentication is not permitted for non-TLS protected (non-https) URLs.");
            }
            await callbacks.authorizeRequest({
                scopes: Array.isArray(scopes) ? scopes : [scopes],
                request,
                getAccessToken,
                logger,
            });
            let response;
            let error;
            let shouldSendRequest;
            [response, error] = await trySendRequest(request, next);
            if (isChallengeResponse(response)) {
                let claims = getCaeChallengeClaims(response.headers.get("WWW-Authenticate"));
                // Handle CAE by default when receive CAE claim
                if (claims) {
                    let parsedClaim;
                    // Return the response immediately if claims is not a valid base64 encoded string
                    try {
                        parsedClaim = atob(claims);
                    }
                    catch (e) {
                        logger.warning(`The WWW-Authenticate header contains "claims" that cannot be parsed. Unable to perform the Continuous Access Evaluation authentication flow. Unparsable claims: ${claims}`);
                        return response;
                    }
                    shouldSendRequest = await authorizeRequestOnCaeChallenge({
                        scopes: Array.isArray(scopes) ? scopes : [scopes],
                        response,
                        request,
                        getAccessToken,
                        logger,
                    }, parsedClaim);
                    // Send updated request and handle response for RestError
                    if (shouldSendRequest) {
                        [response, error] = await trySendRequest(request, next);
                    }
                }
                else if (callbacks.authorizeRequestOnChallenge) {
                    // Handle custom challenges when client provides custom callback
                    shouldSendRequest = await callbacks.authorizeRequestOnChallenge({
                        scopes: Array.isArray(scopes) ? scopes : [scopes],
                        request,
                        response,
                        getAccessToken,
                        logger,
                    });
                    // Send updated request and handle response for RestError
                    if (shouldSendRequest) {
                        [response, error] = await trySendRequest(request, next);
                    }
                    // If we get another CAE Claim, we will handle it by default and return whatever value we receive for this
                    if (isChallengeResponse(response)) {
                        claims = getCaeChallengeClaims(response.headers.get("WWW-Authenticate") ?? "");
                        if (claims) {
                            let parsedClaim;
                            try {
                                parsedClaim = atob(claims);
                            }
                            catch (e) {
                                logger.warning(`The WWW-Authenticate header contains "claims" that cannot be parsed. Unable to perform the Continuous Access Evaluation authentication flow. Unparsable claims: ${claims}`);
                                return response;
                            }
                            shouldSendRequest = await authorizeRequestOnCaeChallenge({
                                scopes: Array.isArray(scopes) ? scopes : [scopes],
                                response,
                                request,
                                getAccessToken,
                                logger,
                            }, parsedClaim);
                            // Send updated request and handle response for RestError
                            if (shouldSendRequest) {
                                [response, error] = await trySendRequest(request, next);
                            }
                        }
                    }
                }
            }
            if (error) {
                throw error;
            }
            else {
                return response;
            }
        },
    };
}
/**
 * Converts: `Bearer a="b", c="d", Pop e="f", g="h"`.
 * Into: `[ { scheme: 'Bearer', params: { a: 'b', c: 'd' } }, { scheme: 'Pop', params: { e: 'f', g: 'h' } } ]`.
 *
 * @internal
 */
function parseChallenges(challenges) {
    // Challenge regex seperates the string to individual challenges with different schemes in the format `Scheme a="b", c=d`
    // The challenge regex captures parameteres with either quotes values or unquoted values
    const challengeRegex = /(\w+)\s+((?:\w+=(?:"[^"]*"|[^,]*),?\s*)+)/g;
    // Parameter regex captures the claims group removed from the scheme in the format `a="b"` and `c="d"`
    // CAE challenge always have quoted parameters. For more reference, https://learn.microsoft.com/entra/identity-platform/claims-challenge
    const paramRegex = /(\w+)="([^"]*)"/g;
    const parsedChallenges = [];
    let match;
    // Iterate over each challenge match
    while ((match = challengeRegex.exec(challenges)) !== null) {
        const scheme = match[1];
        const paramsString = match[2];
        const params = {};
        let paramMatch;
        // Iterate over each parameter match
        while ((paramMatch = paramRegex.exec(paramsString)) !== null) {
            params[paramMatch[1]] = paramMatch[2];
        }
        parsedChallenges.push({ scheme, params });
    }
    return parsedChallenges;
}
/**
 * Parse a pipeline response and look for a CAE challenge with "Bearer" scheme
 * Return the value in the header without parsing the challenge
 * @internal
 */
function getCaeChallengeClaims(challenges) {
    if (!challenges) {
        return;
    }
    // Find all challenges present in the header
    const parsedChallenges = parseChallenges(challenges);
    return parsedChallenges.find((x) => x.scheme === "Bearer" && x.params.claims && x.params.error === "insufficient_claims")?.params.claims;
}
//# sourceMappingURL=bearerTokenAuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/auxiliaryAuthenticationHeaderPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * The programmatic identifier of the auxiliaryAuthenticationHeaderPolicy.
 */
const auxiliaryAuthenticationHeaderPolicyName = "auxiliaryAuthenticationHeaderPolicy";
const AUTHORIZATION_AUXILIARY_HEADER = "x-ms-authorization-auxiliary";
async function sendAuthorizeRequest(options) {
    const { scopes, getAccessToken, request } = options;
    const getTokenOptions = {
        abortSignal: request.abortSignal,
        tracingOptions: request.tracingOptions,
    };
    return (await getAccessToken(scopes, getTokenOptions))?.token ?? "";
}
/**
 * A policy for external tokens to `x-ms-authorization-auxiliary` header.
 * This header will be used when creating a cross-tenant application we may need to handle authentication requests
 * for resources that are in different tenants.
 * You could see [ARM docs](https://learn.microsoft.com/azure/azure-resource-manager/management/authenticate-multi-tenant) for a rundown of how this feature works
 */
function auxiliaryAuthenticationHeaderPolicy(options) {
    const { credentials, scopes } = options;
    const logger = options.logger || coreLogger;
    const tokenCyclerMap = new WeakMap();
    return {
        name: auxiliaryAuthenticationHeaderPolicyName,
        async sendRequest(request, next) {
            if (!request.url.toLowerCase().startsWith("https://")) {
                throw new Error("Bearer token authentication for auxiliary header is not permitted for non-TLS protected (non-https) URLs.");
            }
            if (!credentials || credentials.length === 0) {
                logger.info(`${auxiliaryAuthenticationHeaderPolicyName} header will not be set due to empty credentials.`);
                return next(request);
            }
            const tokenPromises = [];
            for (const credential of credentials) {
                let getAccessToken = tokenCyclerMap.get(credential);
                if (!getAccessToken) {
                    getAccessToken = createTokenCycler(credential);
                    tokenCyclerMap.set(credential, getAccessToken);
                }
                tokenPromises.push(sendAuthorizeRequest({
                    scopes: Array.isArray(scopes) ? scopes : [scopes],
                    request,
                    getAccessToken,
                    logger,
                }));
            }
            const auxiliaryTokens = (await Promise.all(tokenPromises)).filter((token) => Boolean(token));
            if (auxiliaryTokens.length === 0) {
                logger.warning(`None of the auxiliary tokens are valid. ${AUTHORIZATION_AUXILIARY_HEADER} header will not be set.`);
                return next(request);
            }
            request.headers.set(AUTHORIZATION_AUXILIARY_HEADER, auxiliaryTokens.map((token) => `Bearer ${token}`).join(", "));
            return next(request);
        },
    };
}
//# sourceMappingURL=auxiliaryAuthenticationHeaderPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


























//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/keyCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Tests an object to determine whether it implements KeyCredential.
 *
 * @param credential - The assumed KeyCredential to be tested.
 */
function isKeyCredential(credential) {
    return typeGuards_isObjectWithProperties(credential, ["key"]) && typeof credential.key === "string";
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
const apiVersionPolicy_apiVersionPolicyName = "ApiVersionPolicy";
/**
 * Creates a policy that sets the apiVersion as a query parameter on every request
 * @param options - Client options
 * @returns Pipeline policy that sets the apiVersion as a query parameter on every request
 */
function apiVersionPolicy_apiVersionPolicy(options) {
    return {
        name: apiVersionPolicy_apiVersionPolicyName,
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
        const tokenPolicy = bearerTokenAuthenticationPolicy({
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
function clientHelpers_createDefaultPipeline(endpoint, credential, options = {}) {
    const pipeline = createPipelineFromOptions_createPipelineFromOptions(options);
    pipeline.addPolicy(apiVersionPolicy_apiVersionPolicy(options));
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
function operationOptionHelpers_operationOptionsToRequestParameters(options) {
    const tspRequestParameters = operationOptionsToRequestParameters(options);
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
function getClient_getClient(endpoint, credentialsOrPipelineOptions, clientOptions = {}) {
    let credentials;
    if (credentialsOrPipelineOptions) {
        if (isCredential(credentialsOrPipelineOptions)) {
            credentials = credentialsOrPipelineOptions;
        }
        else {
            clientOptions = credentialsOrPipelineOptions ?? {};
        }
    }
    const pipeline = clientOptions.pipeline ?? clientHelpers_createDefaultPipeline(endpoint, credentials, clientOptions);
    const tspClient = getClient(endpoint, {
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/containerServiceContext.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/** The Container Service Client. */
function createContainerService(credential, subscriptionId, options = {}) {
    const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
    const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
    const userAgentInfo = `azsdk-js-arm-containerservice/25.3.0`;
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
    const clientContext = getClient_getClient(endpointUrl, credential, updatedOptions);
    const apiVersion = options.apiVersion;
    return { ...clientContext, apiVersion, subscriptionId };
}
//# sourceMappingURL=containerServiceContext.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/static-helpers/serialization/check-prop-undefined.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Returns true if all specified properties of the item are undefined.
 * @param item The object to check.
 * @param properties The list of property names to check on the item.
 * @returns True if all specified properties are undefined, otherwise false.
 */
function areAllPropsUndefined(item, properties) {
    for (const property of properties) {
        if (item[property] !== undefined) {
            return false;
        }
    }
    return true;
}
//# sourceMappingURL=check-prop-undefined.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/models/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function agentPoolSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "count",
            "vmSize",
            "osDiskSizeGB",
            "osDiskType",
            "kubeletDiskType",
            "workloadRuntime",
            "messageOfTheDay",
            "vnetSubnetID",
            "podSubnetID",
            "podIPAllocationMode",
            "maxPods",
            "osType",
            "osSKU",
            "maxCount",
            "minCount",
            "enableAutoScaling",
            "scaleDownMode",
            "type",
            "mode",
            "orchestratorVersion",
            "nodeImageVersion",
            "upgradeSettings",
            "powerState",
            "availabilityZones",
            "enableNodePublicIP",
            "nodePublicIPPrefixID",
            "scaleSetPriority",
            "scaleSetEvictionPolicy",
            "spotMaxPrice",
            "tags",
            "nodeLabels",
            "nodeTaints",
            "proximityPlacementGroupID",
            "kubeletConfig",
            "linuxOSConfig",
            "enableEncryptionAtHost",
            "enableUltraSSD",
            "enableFIPS",
            "gpuInstanceProfile",
            "creationData",
            "capacityReservationGroupID",
            "hostGroupID",
            "networkProfile",
            "windowsProfile",
            "securityProfile",
            "gpuProfile",
            "gatewayProfile",
            "artifactStreamingProfile",
            "virtualMachinesProfile",
            "virtualMachineNodesStatus",
            "status",
            "localDNSProfile",
        ])
            ? undefined
            : _agentPoolPropertiesSerializer(item),
    };
}
function agentPoolDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _agentPoolPropertiesDeserializer(item["properties"])),
    };
}
function managedClusterAgentPoolProfilePropertiesSerializer(item) {
    return {
        count: item["count"],
        vmSize: item["vmSize"],
        osDiskSizeGB: item["osDiskSizeGB"],
        osDiskType: item["osDiskType"],
        kubeletDiskType: item["kubeletDiskType"],
        workloadRuntime: item["workloadRuntime"],
        messageOfTheDay: item["messageOfTheDay"],
        vnetSubnetID: item["vnetSubnetID"],
        podSubnetID: item["podSubnetID"],
        podIPAllocationMode: item["podIPAllocationMode"],
        maxPods: item["maxPods"],
        osType: item["osType"],
        osSKU: item["osSKU"],
        maxCount: item["maxCount"],
        minCount: item["minCount"],
        enableAutoScaling: item["enableAutoScaling"],
        scaleDownMode: item["scaleDownMode"],
        type: item["type"],
        mode: item["mode"],
        orchestratorVersion: item["orchestratorVersion"],
        nodeImageVersion: item["nodeImageVersion"],
        upgradeSettings: !item["upgradeSettings"]
            ? item["upgradeSettings"]
            : agentPoolUpgradeSettingsSerializer(item["upgradeSettings"]),
        powerState: !item["powerState"] ? item["powerState"] : powerStateSerializer(item["powerState"]),
        availabilityZones: !item["availabilityZones"]
            ? item["availabilityZones"]
            : item["availabilityZones"].map((p) => {
                return p;
            }),
        enableNodePublicIP: item["enableNodePublicIP"],
        nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
        scaleSetPriority: item["scaleSetPriority"],
        scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
        spotMaxPrice: item["spotMaxPrice"],
        tags: item["tags"],
        nodeLabels: item["nodeLabels"],
        nodeTaints: !item["nodeTaints"]
            ? item["nodeTaints"]
            : item["nodeTaints"].map((p) => {
                return p;
            }),
        proximityPlacementGroupID: item["proximityPlacementGroupID"],
        kubeletConfig: !item["kubeletConfig"]
            ? item["kubeletConfig"]
            : kubeletConfigSerializer(item["kubeletConfig"]),
        linuxOSConfig: !item["linuxOSConfig"]
            ? item["linuxOSConfig"]
            : linuxOSConfigSerializer(item["linuxOSConfig"]),
        enableEncryptionAtHost: item["enableEncryptionAtHost"],
        enableUltraSSD: item["enableUltraSSD"],
        enableFIPS: item["enableFips"],
        gpuInstanceProfile: item["gpuInstanceProfile"],
        creationData: !item["creationData"]
            ? item["creationData"]
            : creationDataSerializer(item["creationData"]),
        capacityReservationGroupID: item["capacityReservationGroupID"],
        hostGroupID: item["hostGroupID"],
        networkProfile: !item["networkProfile"]
            ? item["networkProfile"]
            : agentPoolNetworkProfileSerializer(item["networkProfile"]),
        windowsProfile: !item["windowsProfile"]
            ? item["windowsProfile"]
            : agentPoolWindowsProfileSerializer(item["windowsProfile"]),
        securityProfile: !item["securityProfile"]
            ? item["securityProfile"]
            : agentPoolSecurityProfileSerializer(item["securityProfile"]),
        gpuProfile: !item["gpuProfile"] ? item["gpuProfile"] : gpuProfileSerializer(item["gpuProfile"]),
        gatewayProfile: !item["gatewayProfile"]
            ? item["gatewayProfile"]
            : agentPoolGatewayProfileSerializer(item["gatewayProfile"]),
        artifactStreamingProfile: !item["artifactStreamingProfile"]
            ? item["artifactStreamingProfile"]
            : agentPoolArtifactStreamingProfileSerializer(item["artifactStreamingProfile"]),
        virtualMachinesProfile: !item["virtualMachinesProfile"]
            ? item["virtualMachinesProfile"]
            : virtualMachinesProfileSerializer(item["virtualMachinesProfile"]),
        virtualMachineNodesStatus: !item["virtualMachineNodesStatus"]
            ? item["virtualMachineNodesStatus"]
            : virtualMachineNodesArraySerializer(item["virtualMachineNodesStatus"]),
        status: !item["status"] ? item["status"] : agentPoolStatusSerializer(item["status"]),
        localDNSProfile: !item["localDNSProfile"]
            ? item["localDNSProfile"]
            : localDNSProfileSerializer(item["localDNSProfile"]),
    };
}
function managedClusterAgentPoolProfilePropertiesDeserializer(item) {
    return {
        eTag: item["eTag"],
        count: item["count"],
        vmSize: item["vmSize"],
        osDiskSizeGB: item["osDiskSizeGB"],
        osDiskType: item["osDiskType"],
        kubeletDiskType: item["kubeletDiskType"],
        workloadRuntime: item["workloadRuntime"],
        messageOfTheDay: item["messageOfTheDay"],
        vnetSubnetID: item["vnetSubnetID"],
        podSubnetID: item["podSubnetID"],
        podIPAllocationMode: item["podIPAllocationMode"],
        maxPods: item["maxPods"],
        osType: item["osType"],
        osSKU: item["osSKU"],
        maxCount: item["maxCount"],
        minCount: item["minCount"],
        enableAutoScaling: item["enableAutoScaling"],
        scaleDownMode: item["scaleDownMode"],
        type: item["type"],
        mode: item["mode"],
        orchestratorVersion: item["orchestratorVersion"],
        currentOrchestratorVersion: item["currentOrchestratorVersion"],
        nodeImageVersion: item["nodeImageVersion"],
        upgradeSettings: !item["upgradeSettings"]
            ? item["upgradeSettings"]
            : agentPoolUpgradeSettingsDeserializer(item["upgradeSettings"]),
        provisioningState: item["provisioningState"],
        powerState: !item["powerState"]
            ? item["powerState"]
            : powerStateDeserializer(item["powerState"]),
        availabilityZones: !item["availabilityZones"]
            ? item["availabilityZones"]
            : item["availabilityZones"].map((p) => {
                return p;
            }),
        enableNodePublicIP: item["enableNodePublicIP"],
        nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
        scaleSetPriority: item["scaleSetPriority"],
        scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
        spotMaxPrice: item["spotMaxPrice"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        nodeLabels: !item["nodeLabels"]
            ? item["nodeLabels"]
            : Object.fromEntries(Object.entries(item["nodeLabels"]).map(([k, p]) => [k, p])),
        nodeTaints: !item["nodeTaints"]
            ? item["nodeTaints"]
            : item["nodeTaints"].map((p) => {
                return p;
            }),
        proximityPlacementGroupID: item["proximityPlacementGroupID"],
        kubeletConfig: !item["kubeletConfig"]
            ? item["kubeletConfig"]
            : kubeletConfigDeserializer(item["kubeletConfig"]),
        linuxOSConfig: !item["linuxOSConfig"]
            ? item["linuxOSConfig"]
            : linuxOSConfigDeserializer(item["linuxOSConfig"]),
        enableEncryptionAtHost: item["enableEncryptionAtHost"],
        enableUltraSSD: item["enableUltraSSD"],
        enableFips: item["enableFIPS"],
        gpuInstanceProfile: item["gpuInstanceProfile"],
        creationData: !item["creationData"]
            ? item["creationData"]
            : creationDataDeserializer(item["creationData"]),
        capacityReservationGroupID: item["capacityReservationGroupID"],
        hostGroupID: item["hostGroupID"],
        networkProfile: !item["networkProfile"]
            ? item["networkProfile"]
            : agentPoolNetworkProfileDeserializer(item["networkProfile"]),
        windowsProfile: !item["windowsProfile"]
            ? item["windowsProfile"]
            : agentPoolWindowsProfileDeserializer(item["windowsProfile"]),
        securityProfile: !item["securityProfile"]
            ? item["securityProfile"]
            : agentPoolSecurityProfileDeserializer(item["securityProfile"]),
        gpuProfile: !item["gpuProfile"]
            ? item["gpuProfile"]
            : gpuProfileDeserializer(item["gpuProfile"]),
        gatewayProfile: !item["gatewayProfile"]
            ? item["gatewayProfile"]
            : agentPoolGatewayProfileDeserializer(item["gatewayProfile"]),
        artifactStreamingProfile: !item["artifactStreamingProfile"]
            ? item["artifactStreamingProfile"]
            : agentPoolArtifactStreamingProfileDeserializer(item["artifactStreamingProfile"]),
        virtualMachinesProfile: !item["virtualMachinesProfile"]
            ? item["virtualMachinesProfile"]
            : virtualMachinesProfileDeserializer(item["virtualMachinesProfile"]),
        virtualMachineNodesStatus: !item["virtualMachineNodesStatus"]
            ? item["virtualMachineNodesStatus"]
            : virtualMachineNodesArrayDeserializer(item["virtualMachineNodesStatus"]),
        status: !item["status"] ? item["status"] : agentPoolStatusDeserializer(item["status"]),
        localDNSProfile: !item["localDNSProfile"]
            ? item["localDNSProfile"]
            : localDNSProfileDeserializer(item["localDNSProfile"]),
    };
}
/** The OS disk type to be used for machines in the agent pool. The default is 'Ephemeral' if the VM supports it and has a cache disk larger than the requested OSDiskSizeGB. Otherwise, defaults to 'Managed'. May not be changed after creation. For more information see [Ephemeral OS](https://docs.microsoft.com/azure/aks/cluster-configuration#ephemeral-os). */
var KnownOSDiskType;
(function (KnownOSDiskType) {
    /** Azure replicates the operating system disk for a virtual machine to Azure storage to avoid data loss should the VM need to be relocated to another host. Since containers aren't designed to have local state persisted, this behavior offers limited value while providing some drawbacks, including slower node provisioning and higher read/write latency. */
    KnownOSDiskType["Managed"] = "Managed";
    /** Ephemeral OS disks are stored only on the host machine, just like a temporary disk. This provides lower read/write latency, along with faster node scaling and cluster upgrades. */
    KnownOSDiskType["Ephemeral"] = "Ephemeral";
})(KnownOSDiskType || (KnownOSDiskType = {}));
/** Determines the placement of emptyDir volumes, container runtime data root, and Kubelet ephemeral storage. */
var KnownKubeletDiskType;
(function (KnownKubeletDiskType) {
    /** Kubelet will use the OS disk for its data. */
    KnownKubeletDiskType["OS"] = "OS";
    /** Kubelet will use the temporary disk for its data. */
    KnownKubeletDiskType["Temporary"] = "Temporary";
})(KnownKubeletDiskType || (KnownKubeletDiskType = {}));
/** Determines the type of workload a node can run. */
var KnownWorkloadRuntime;
(function (KnownWorkloadRuntime) {
    /** Nodes will use Kubelet to run standard OCI container workloads. */
    KnownWorkloadRuntime["OCIContainer"] = "OCIContainer";
    /** Nodes will use Krustlet to run WASM workloads using the WASI provider (Preview). */
    KnownWorkloadRuntime["WasmWasi"] = "WasmWasi";
    /** Nodes can use (Kata + Cloud Hypervisor + Hyper-V) to enable Nested VM-based pods. Due to the use Hyper-V, AKS node OS itself is a nested VM (the root OS) of Hyper-V. Thus it can only be used with VM series that support Nested Virtualization such as Dv3 series. */
    KnownWorkloadRuntime["KataVmIsolation"] = "KataVmIsolation";
})(KnownWorkloadRuntime || (KnownWorkloadRuntime = {}));
/** Pod IP Allocation Mode. The IP allocation mode for pods in the agent pool. Must be used with podSubnetId. The default is 'DynamicIndividual'. */
var KnownPodIPAllocationMode;
(function (KnownPodIPAllocationMode) {
    /** Each node gets allocated with a non-contiguous list of IP addresses assignable to pods. This is better for maximizing a small to medium subnet of size /16 or smaller. The Azure CNI cluster with dynamic IP allocation defaults to this mode if the customer does not explicitly specify a podIPAllocationMode */
    KnownPodIPAllocationMode["DynamicIndividual"] = "DynamicIndividual";
    /** Each node is statically allocated CIDR block(s) of size /28 = 16 IPs per block to satisfy the maxPods per node. Number of CIDR blocks >= (maxPods / 16). The block, rather than a single IP, counts against the Azure Vnet Private IP limit of 65K. Therefore block mode is suitable for running larger workloads with more than the current limit of 65K pods in a cluster. This mode is better suited to scale with larger subnets of /15 or bigger */
    KnownPodIPAllocationMode["StaticBlock"] = "StaticBlock";
})(KnownPodIPAllocationMode || (KnownPodIPAllocationMode = {}));
/** The operating system type. The default is Linux. */
var KnownOSType;
(function (KnownOSType) {
    /** Use Linux. */
    KnownOSType["Linux"] = "Linux";
    /** Use Windows. */
    KnownOSType["Windows"] = "Windows";
})(KnownOSType || (KnownOSType = {}));
/** Specifies the OS SKU used by the agent pool. The default is Ubuntu if OSType is Linux. The default is Windows2019 when Kubernetes <= 1.24 or Windows2022 when Kubernetes >= 1.25 if OSType is Windows. */
var KnownOssku;
(function (KnownOssku) {
    /** Use Ubuntu as the OS for node images. */
    KnownOssku["Ubuntu"] = "Ubuntu";
    /** Use AzureLinux as the OS for node images. Azure Linux is a container-optimized Linux distro built by Microsoft, visit https://aka.ms/azurelinux for more information. */
    KnownOssku["AzureLinux"] = "AzureLinux";
    /** Use AzureLinux3 as the OS for node images. Azure Linux is a container-optimized Linux distro built by Microsoft, visit https://aka.ms/azurelinux for more information. For limitations, visit https://aka.ms/aks/node-images. For OS migration guidance, see https://aka.ms/aks/upgrade-os-version. */
    KnownOssku["AzureLinux3"] = "AzureLinux3";
    /** Deprecated OSSKU. Microsoft recommends that new deployments choose 'AzureLinux' instead. */
    KnownOssku["CBLMariner"] = "CBLMariner";
    /** Use Windows2019 as the OS for node images. Unsupported for system node pools. Windows2019 only supports Windows2019 containers; it cannot run Windows2022 containers and vice versa. */
    KnownOssku["Windows2019"] = "Windows2019";
    /** Use Windows2022 as the OS for node images. Unsupported for system node pools. Windows2022 only supports Windows2022 containers; it cannot run Windows2019 containers and vice versa. */
    KnownOssku["Windows2022"] = "Windows2022";
    /** Use Ubuntu2204 as the OS for node images, however, Ubuntu 22.04 may not be supported for all nodepools. For limitations and supported kubernetes versions, see https://aka.ms/aks/supported-ubuntu-versions */
    KnownOssku["Ubuntu2204"] = "Ubuntu2204";
    /** Use Windows2025 as the OS for node images. Unsupported for system node pools. Windows2025 supports Windows2022 and Windows 2025 containers; it cannot run Windows2019 containers and vice versa. */
    KnownOssku["Windows2025"] = "Windows2025";
    /** Use Ubuntu2404 as the OS for node images, however, Ubuntu 24.04 may not be supported for all nodepools. For limitations and supported kubernetes versions, see see https://aka.ms/aks/supported-ubuntu-versions */
    KnownOssku["Ubuntu2404"] = "Ubuntu2404";
    /** Use Azure Container Linux as the OS for node images. Azure Container Linux is a container-optimized, security-focused Linux OS built on Azure Linux, with an immutable filesystem. ACL is derived from the Flatcar Container Linux project, building on Flatcar's proven container-first, immutable design, while adding Azure Linux packages, servicing, and deep integration with the Azure and AKS lifecycle. For more information, see https://aka.ms/azurecontainerlinux */
    KnownOssku["AzureContainerLinux"] = "AzureContainerLinux";
})(KnownOssku || (KnownOssku = {}));
/** Describes how VMs are added to or removed from Agent Pools. See [billing states](https://docs.microsoft.com/azure/virtual-machines/states-billing). */
var KnownScaleDownMode;
(function (KnownScaleDownMode) {
    /** Create new instances during scale up and remove instances during scale down. */
    KnownScaleDownMode["Delete"] = "Delete";
    /** Attempt to start deallocated instances (if they exist) during scale up and deallocate instances during scale down. */
    KnownScaleDownMode["Deallocate"] = "Deallocate";
})(KnownScaleDownMode || (KnownScaleDownMode = {}));
/** The type of Agent Pool. */
var KnownAgentPoolType;
(function (KnownAgentPoolType) {
    /** Create an Agent Pool backed by a Virtual Machine Scale Set. */
    KnownAgentPoolType["VirtualMachineScaleSets"] = "VirtualMachineScaleSets";
    /** Use of this is strongly discouraged. */
    KnownAgentPoolType["AvailabilitySet"] = "AvailabilitySet";
    /** Create an Agent Pool backed by a Single Instance VM orchestration mode. */
    KnownAgentPoolType["VirtualMachines"] = "VirtualMachines";
})(KnownAgentPoolType || (KnownAgentPoolType = {}));
/** The mode of an agent pool. A cluster must have at least one 'System' Agent Pool at all times. For additional information on agent pool restrictions and best practices, see: https://docs.microsoft.com/azure/aks/use-system-pools */
var KnownAgentPoolMode;
(function (KnownAgentPoolMode) {
    /** System agent pools are primarily for hosting critical system pods such as CoreDNS and metrics-server. System agent pools osType must be Linux. System agent pools VM SKU must have at least 2vCPUs and 4GB of memory. */
    KnownAgentPoolMode["System"] = "System";
    /** User agent pools are primarily for hosting your application pods. */
    KnownAgentPoolMode["User"] = "User";
    /** Gateway agent pools are dedicated to providing static egress IPs to pods. For more details, see https://aka.ms/aks/static-egress-gateway. */
    KnownAgentPoolMode["Gateway"] = "Gateway";
})(KnownAgentPoolMode || (KnownAgentPoolMode = {}));
function agentPoolUpgradeSettingsSerializer(item) {
    return {
        maxSurge: item["maxSurge"],
        maxUnavailable: item["maxUnavailable"],
        drainTimeoutInMinutes: item["drainTimeoutInMinutes"],
        nodeSoakDurationInMinutes: item["nodeSoakDurationInMinutes"],
        undrainableNodeBehavior: item["undrainableNodeBehavior"],
    };
}
function agentPoolUpgradeSettingsDeserializer(item) {
    return {
        maxSurge: item["maxSurge"],
        maxUnavailable: item["maxUnavailable"],
        drainTimeoutInMinutes: item["drainTimeoutInMinutes"],
        nodeSoakDurationInMinutes: item["nodeSoakDurationInMinutes"],
        undrainableNodeBehavior: item["undrainableNodeBehavior"],
    };
}
/** Defines the behavior for undrainable nodes during upgrade. The most common cause of undrainable nodes is Pod Disruption Budgets (PDBs), but other issues, such as pod termination grace period is exceeding the remaining per-node drain timeout or pod is still being in a running state, can also cause undrainable nodes. */
var KnownUndrainableNodeBehavior;
(function (KnownUndrainableNodeBehavior) {
    /** AKS will cordon the blocked nodes and replace them with surge nodes during upgrade. The blocked nodes will be cordoned and replaced by surge nodes. The blocked nodes will have label 'kubernetes.azure.com/upgrade-status:Quarantined'. A surge node will be retained for each blocked node. A best-effort attempt will be made to delete all other surge nodes. If there are enough surge nodes to replace blocked nodes, then the upgrade operation and the managed cluster will be in failed state. Otherwise, the upgrade operation and the managed cluster will be in canceled state. */
    KnownUndrainableNodeBehavior["Cordon"] = "Cordon";
    /** AKS will mark the blocked nodes schedulable, but the blocked nodes are not upgraded. A best-effort attempt will be made to delete all surge nodes. The upgrade operation and the managed cluster will be in failed state if there are any blocked nodes. */
    KnownUndrainableNodeBehavior["Schedule"] = "Schedule";
})(KnownUndrainableNodeBehavior || (KnownUndrainableNodeBehavior = {}));
function powerStateSerializer(item) {
    return { code: item["code"] };
}
function powerStateDeserializer(item) {
    return {
        code: item["code"],
    };
}
/** Tells whether the cluster is Running or Stopped */
var KnownCode;
(function (KnownCode) {
    /** The cluster is running. */
    KnownCode["Running"] = "Running";
    /** The cluster is stopped. */
    KnownCode["Stopped"] = "Stopped";
})(KnownCode || (KnownCode = {}));
/** The Virtual Machine Scale Set priority. */
var KnownScaleSetPriority;
(function (KnownScaleSetPriority) {
    /** Spot priority VMs will be used. There is no SLA for spot nodes. See [spot on AKS](https://docs.microsoft.com/azure/aks/spot-node-pool) for more information. */
    KnownScaleSetPriority["Spot"] = "Spot";
    /** Regular VMs will be used. */
    KnownScaleSetPriority["Regular"] = "Regular";
})(KnownScaleSetPriority || (KnownScaleSetPriority = {}));
/** The Virtual Machine Scale Set eviction policy. The eviction policy specifies what to do with the VM when it is evicted. The default is Delete. For more information about eviction see [spot VMs](https://docs.microsoft.com/azure/virtual-machines/spot-vms) */
var KnownScaleSetEvictionPolicy;
(function (KnownScaleSetEvictionPolicy) {
    /** Nodes in the underlying Scale Set of the node pool are deleted when they're evicted. */
    KnownScaleSetEvictionPolicy["Delete"] = "Delete";
    /** Nodes in the underlying Scale Set of the node pool are set to the stopped-deallocated state upon eviction. Nodes in the stopped-deallocated state count against your compute quota and can cause issues with cluster scaling or upgrading. */
    KnownScaleSetEvictionPolicy["Deallocate"] = "Deallocate";
})(KnownScaleSetEvictionPolicy || (KnownScaleSetEvictionPolicy = {}));
function kubeletConfigSerializer(item) {
    return {
        cpuManagerPolicy: item["cpuManagerPolicy"],
        cpuCfsQuota: item["cpuCfsQuota"],
        cpuCfsQuotaPeriod: item["cpuCfsQuotaPeriod"],
        imageGcHighThreshold: item["imageGcHighThreshold"],
        imageGcLowThreshold: item["imageGcLowThreshold"],
        topologyManagerPolicy: item["topologyManagerPolicy"],
        allowedUnsafeSysctls: !item["allowedUnsafeSysctls"]
            ? item["allowedUnsafeSysctls"]
            : item["allowedUnsafeSysctls"].map((p) => {
                return p;
            }),
        failSwapOn: item["failSwapOn"],
        containerLogMaxSizeMB: item["containerLogMaxSizeMB"],
        containerLogMaxFiles: item["containerLogMaxFiles"],
        podMaxPids: item["podMaxPids"],
    };
}
function kubeletConfigDeserializer(item) {
    return {
        cpuManagerPolicy: item["cpuManagerPolicy"],
        cpuCfsQuota: item["cpuCfsQuota"],
        cpuCfsQuotaPeriod: item["cpuCfsQuotaPeriod"],
        imageGcHighThreshold: item["imageGcHighThreshold"],
        imageGcLowThreshold: item["imageGcLowThreshold"],
        topologyManagerPolicy: item["topologyManagerPolicy"],
        allowedUnsafeSysctls: !item["allowedUnsafeSysctls"]
            ? item["allowedUnsafeSysctls"]
            : item["allowedUnsafeSysctls"].map((p) => {
                return p;
            }),
        failSwapOn: item["failSwapOn"],
        containerLogMaxSizeMB: item["containerLogMaxSizeMB"],
        containerLogMaxFiles: item["containerLogMaxFiles"],
        podMaxPids: item["podMaxPids"],
    };
}
function linuxOSConfigSerializer(item) {
    return {
        sysctls: !item["sysctls"] ? item["sysctls"] : sysctlConfigSerializer(item["sysctls"]),
        transparentHugePageEnabled: item["transparentHugePageEnabled"],
        transparentHugePageDefrag: item["transparentHugePageDefrag"],
        swapFileSizeMB: item["swapFileSizeMB"],
    };
}
function linuxOSConfigDeserializer(item) {
    return {
        sysctls: !item["sysctls"] ? item["sysctls"] : sysctlConfigDeserializer(item["sysctls"]),
        transparentHugePageEnabled: item["transparentHugePageEnabled"],
        transparentHugePageDefrag: item["transparentHugePageDefrag"],
        swapFileSizeMB: item["swapFileSizeMB"],
    };
}
function sysctlConfigSerializer(item) {
    return {
        netCoreSomaxconn: item["netCoreSomaxconn"],
        netCoreNetdevMaxBacklog: item["netCoreNetdevMaxBacklog"],
        netCoreRmemDefault: item["netCoreRmemDefault"],
        netCoreRmemMax: item["netCoreRmemMax"],
        netCoreWmemDefault: item["netCoreWmemDefault"],
        netCoreWmemMax: item["netCoreWmemMax"],
        netCoreOptmemMax: item["netCoreOptmemMax"],
        netIpv4TcpMaxSynBacklog: item["netIpv4TcpMaxSynBacklog"],
        netIpv4TcpMaxTwBuckets: item["netIpv4TcpMaxTwBuckets"],
        netIpv4TcpFinTimeout: item["netIpv4TcpFinTimeout"],
        netIpv4TcpKeepaliveTime: item["netIpv4TcpKeepaliveTime"],
        netIpv4TcpKeepaliveProbes: item["netIpv4TcpKeepaliveProbes"],
        netIpv4TcpkeepaliveIntvl: item["netIpv4TcpkeepaliveIntvl"],
        netIpv4TcpTwReuse: item["netIpv4TcpTwReuse"],
        netIpv4IpLocalPortRange: item["netIpv4IpLocalPortRange"],
        netIpv4NeighDefaultGcThresh1: item["netIpv4NeighDefaultGcThresh1"],
        netIpv4NeighDefaultGcThresh2: item["netIpv4NeighDefaultGcThresh2"],
        netIpv4NeighDefaultGcThresh3: item["netIpv4NeighDefaultGcThresh3"],
        netNetfilterNfConntrackMax: item["netNetfilterNfConntrackMax"],
        netNetfilterNfConntrackBuckets: item["netNetfilterNfConntrackBuckets"],
        fsInotifyMaxUserWatches: item["fsInotifyMaxUserWatches"],
        fsFileMax: item["fsFileMax"],
        fsAioMaxNr: item["fsAioMaxNr"],
        fsNrOpen: item["fsNrOpen"],
        kernelThreadsMax: item["kernelThreadsMax"],
        vmMaxMapCount: item["vmMaxMapCount"],
        vmSwappiness: item["vmSwappiness"],
        vmVfsCachePressure: item["vmVfsCachePressure"],
    };
}
function sysctlConfigDeserializer(item) {
    return {
        netCoreSomaxconn: item["netCoreSomaxconn"],
        netCoreNetdevMaxBacklog: item["netCoreNetdevMaxBacklog"],
        netCoreRmemDefault: item["netCoreRmemDefault"],
        netCoreRmemMax: item["netCoreRmemMax"],
        netCoreWmemDefault: item["netCoreWmemDefault"],
        netCoreWmemMax: item["netCoreWmemMax"],
        netCoreOptmemMax: item["netCoreOptmemMax"],
        netIpv4TcpMaxSynBacklog: item["netIpv4TcpMaxSynBacklog"],
        netIpv4TcpMaxTwBuckets: item["netIpv4TcpMaxTwBuckets"],
        netIpv4TcpFinTimeout: item["netIpv4TcpFinTimeout"],
        netIpv4TcpKeepaliveTime: item["netIpv4TcpKeepaliveTime"],
        netIpv4TcpKeepaliveProbes: item["netIpv4TcpKeepaliveProbes"],
        netIpv4TcpkeepaliveIntvl: item["netIpv4TcpkeepaliveIntvl"],
        netIpv4TcpTwReuse: item["netIpv4TcpTwReuse"],
        netIpv4IpLocalPortRange: item["netIpv4IpLocalPortRange"],
        netIpv4NeighDefaultGcThresh1: item["netIpv4NeighDefaultGcThresh1"],
        netIpv4NeighDefaultGcThresh2: item["netIpv4NeighDefaultGcThresh2"],
        netIpv4NeighDefaultGcThresh3: item["netIpv4NeighDefaultGcThresh3"],
        netNetfilterNfConntrackMax: item["netNetfilterNfConntrackMax"],
        netNetfilterNfConntrackBuckets: item["netNetfilterNfConntrackBuckets"],
        fsInotifyMaxUserWatches: item["fsInotifyMaxUserWatches"],
        fsFileMax: item["fsFileMax"],
        fsAioMaxNr: item["fsAioMaxNr"],
        fsNrOpen: item["fsNrOpen"],
        kernelThreadsMax: item["kernelThreadsMax"],
        vmMaxMapCount: item["vmMaxMapCount"],
        vmSwappiness: item["vmSwappiness"],
        vmVfsCachePressure: item["vmVfsCachePressure"],
    };
}
/** GPUInstanceProfile to be used to specify GPU MIG instance profile for supported GPU VM SKU. */
var KnownGPUInstanceProfile;
(function (KnownGPUInstanceProfile) {
    /** MIG 1g GPU instance profile. */
    KnownGPUInstanceProfile["MIG1G"] = "MIG1g";
    /** MIG 2g GPU instance profile. */
    KnownGPUInstanceProfile["MIG2G"] = "MIG2g";
    /** MIG 3g GPU instance profile. */
    KnownGPUInstanceProfile["MIG3G"] = "MIG3g";
    /** MIG 4g GPU instance profile. */
    KnownGPUInstanceProfile["MIG4G"] = "MIG4g";
    /** MIG 7g GPU instance profile. */
    KnownGPUInstanceProfile["MIG7G"] = "MIG7g";
})(KnownGPUInstanceProfile || (KnownGPUInstanceProfile = {}));
function creationDataSerializer(item) {
    return { sourceResourceId: item["sourceResourceId"] };
}
function creationDataDeserializer(item) {
    return {
        sourceResourceId: item["sourceResourceId"],
    };
}
function agentPoolNetworkProfileSerializer(item) {
    return {
        nodePublicIPTags: !item["nodePublicIPTags"]
            ? item["nodePublicIPTags"]
            : ipTagArraySerializer(item["nodePublicIPTags"]),
        allowedHostPorts: !item["allowedHostPorts"]
            ? item["allowedHostPorts"]
            : portRangeArraySerializer(item["allowedHostPorts"]),
        applicationSecurityGroups: !item["applicationSecurityGroups"]
            ? item["applicationSecurityGroups"]
            : item["applicationSecurityGroups"].map((p) => {
                return p;
            }),
    };
}
function agentPoolNetworkProfileDeserializer(item) {
    return {
        nodePublicIPTags: !item["nodePublicIPTags"]
            ? item["nodePublicIPTags"]
            : ipTagArrayDeserializer(item["nodePublicIPTags"]),
        allowedHostPorts: !item["allowedHostPorts"]
            ? item["allowedHostPorts"]
            : portRangeArrayDeserializer(item["allowedHostPorts"]),
        applicationSecurityGroups: !item["applicationSecurityGroups"]
            ? item["applicationSecurityGroups"]
            : item["applicationSecurityGroups"].map((p) => {
                return p;
            }),
    };
}
function ipTagArraySerializer(result) {
    return result.map((item) => {
        return ipTagSerializer(item);
    });
}
function ipTagArrayDeserializer(result) {
    return result.map((item) => {
        return ipTagDeserializer(item);
    });
}
function ipTagSerializer(item) {
    return { ipTagType: item["ipTagType"], tag: item["tag"] };
}
function ipTagDeserializer(item) {
    return {
        ipTagType: item["ipTagType"],
        tag: item["tag"],
    };
}
function portRangeArraySerializer(result) {
    return result.map((item) => {
        return portRangeSerializer(item);
    });
}
function portRangeArrayDeserializer(result) {
    return result.map((item) => {
        return portRangeDeserializer(item);
    });
}
function portRangeSerializer(item) {
    return { portStart: item["portStart"], portEnd: item["portEnd"], protocol: item["protocol"] };
}
function portRangeDeserializer(item) {
    return {
        portStart: item["portStart"],
        portEnd: item["portEnd"],
        protocol: item["protocol"],
    };
}
/** The network protocol of the port. */
var KnownProtocol;
(function (KnownProtocol) {
    /** TCP protocol. */
    KnownProtocol["TCP"] = "TCP";
    /** UDP protocol. */
    KnownProtocol["UDP"] = "UDP";
})(KnownProtocol || (KnownProtocol = {}));
function agentPoolWindowsProfileSerializer(item) {
    return { disableOutboundNat: item["disableOutboundNat"] };
}
function agentPoolWindowsProfileDeserializer(item) {
    return {
        disableOutboundNat: item["disableOutboundNat"],
    };
}
function agentPoolSecurityProfileSerializer(item) {
    return {
        enableVTPM: item["enableVtpm"],
        enableSecureBoot: item["enableSecureBoot"],
        sshAccess: item["sshAccess"],
    };
}
function agentPoolSecurityProfileDeserializer(item) {
    return {
        enableVtpm: item["enableVTPM"],
        enableSecureBoot: item["enableSecureBoot"],
        sshAccess: item["sshAccess"],
    };
}
/** SSH access method of an agent pool. */
var KnownAgentPoolSSHAccess;
(function (KnownAgentPoolSSHAccess) {
    /** Can SSH onto the node as a local user using private key. */
    KnownAgentPoolSSHAccess["LocalUser"] = "LocalUser";
    /** SSH service will be turned off on the node. */
    KnownAgentPoolSSHAccess["Disabled"] = "Disabled";
})(KnownAgentPoolSSHAccess || (KnownAgentPoolSSHAccess = {}));
function gpuProfileSerializer(item) {
    return { driver: item["driver"] };
}
function gpuProfileDeserializer(item) {
    return {
        driver: item["driver"],
    };
}
/** Whether to install GPU drivers. When it's not specified, default is Install. */
var KnownGPUDriver;
(function (KnownGPUDriver) {
    /** Install driver. */
    KnownGPUDriver["Install"] = "Install";
    /** Skip driver install. */
    KnownGPUDriver["None"] = "None";
})(KnownGPUDriver || (KnownGPUDriver = {}));
function agentPoolGatewayProfileSerializer(item) {
    return { publicIPPrefixSize: item["publicIPPrefixSize"] };
}
function agentPoolGatewayProfileDeserializer(item) {
    return {
        publicIPPrefixSize: item["publicIPPrefixSize"],
    };
}
function agentPoolArtifactStreamingProfileSerializer(item) {
    return { enabled: item["enabled"] };
}
function agentPoolArtifactStreamingProfileDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function virtualMachinesProfileSerializer(item) {
    return { scale: !item["scale"] ? item["scale"] : scaleProfileSerializer(item["scale"]) };
}
function virtualMachinesProfileDeserializer(item) {
    return {
        scale: !item["scale"] ? item["scale"] : scaleProfileDeserializer(item["scale"]),
    };
}
function scaleProfileSerializer(item) {
    return {
        manual: !item["manual"] ? item["manual"] : manualScaleProfileArraySerializer(item["manual"]),
    };
}
function scaleProfileDeserializer(item) {
    return {
        manual: !item["manual"] ? item["manual"] : manualScaleProfileArrayDeserializer(item["manual"]),
    };
}
function manualScaleProfileArraySerializer(result) {
    return result.map((item) => {
        return manualScaleProfileSerializer(item);
    });
}
function manualScaleProfileArrayDeserializer(result) {
    return result.map((item) => {
        return manualScaleProfileDeserializer(item);
    });
}
function manualScaleProfileSerializer(item) {
    return { size: item["size"], count: item["count"] };
}
function manualScaleProfileDeserializer(item) {
    return {
        size: item["size"],
        count: item["count"],
    };
}
function virtualMachineNodesArraySerializer(result) {
    return result.map((item) => {
        return virtualMachineNodesSerializer(item);
    });
}
function virtualMachineNodesArrayDeserializer(result) {
    return result.map((item) => {
        return virtualMachineNodesDeserializer(item);
    });
}
function virtualMachineNodesSerializer(item) {
    return { size: item["size"], count: item["count"] };
}
function virtualMachineNodesDeserializer(item) {
    return {
        size: item["size"],
        count: item["count"],
    };
}
function agentPoolStatusSerializer(_item) {
    return {};
}
function agentPoolStatusDeserializer(item) {
    return {
        provisioningError: !item["provisioningError"]
            ? item["provisioningError"]
            : errorDetailDeserializer(item["provisioningError"]),
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
function localDNSProfileSerializer(item) {
    return {
        mode: item["mode"],
        vnetDNSOverrides: !item["vnetDNSOverrides"]
            ? item["vnetDNSOverrides"]
            : localDNSOverrideRecordSerializer(item["vnetDNSOverrides"]),
        kubeDNSOverrides: !item["kubeDNSOverrides"]
            ? item["kubeDNSOverrides"]
            : localDNSOverrideRecordSerializer(item["kubeDNSOverrides"]),
    };
}
function localDNSProfileDeserializer(item) {
    return {
        mode: item["mode"],
        state: item["state"],
        vnetDNSOverrides: !item["vnetDNSOverrides"]
            ? item["vnetDNSOverrides"]
            : localDNSOverrideRecordDeserializer(item["vnetDNSOverrides"]),
        kubeDNSOverrides: !item["kubeDNSOverrides"]
            ? item["kubeDNSOverrides"]
            : localDNSOverrideRecordDeserializer(item["kubeDNSOverrides"]),
    };
}
/** Mode of enablement for localDNS. */
var KnownLocalDNSMode;
(function (KnownLocalDNSMode) {
    /** If the current orchestrator version supports this feature, prefer enabling localDNS. */
    KnownLocalDNSMode["Preferred"] = "Preferred";
    /** Enable localDNS. */
    KnownLocalDNSMode["Required"] = "Required";
    /** Disable localDNS. */
    KnownLocalDNSMode["Disabled"] = "Disabled";
})(KnownLocalDNSMode || (KnownLocalDNSMode = {}));
/** System-generated state of localDNS. */
var KnownLocalDNSState;
(function (KnownLocalDNSState) {
    /** localDNS is enabled. */
    KnownLocalDNSState["Enabled"] = "Enabled";
    /** localDNS is disabled. */
    KnownLocalDNSState["Disabled"] = "Disabled";
})(KnownLocalDNSState || (KnownLocalDNSState = {}));
function localDNSOverrideRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : localDNSOverrideSerializer(item[key]);
    });
    return result;
}
function localDNSOverrideRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : localDNSOverrideDeserializer(item[key]);
    });
    return result;
}
function localDNSOverrideSerializer(item) {
    return {
        queryLogging: item["queryLogging"],
        protocol: item["protocol"],
        forwardDestination: item["forwardDestination"],
        forwardPolicy: item["forwardPolicy"],
        maxConcurrent: item["maxConcurrent"],
        cacheDurationInSeconds: item["cacheDurationInSeconds"],
        serveStaleDurationInSeconds: item["serveStaleDurationInSeconds"],
        serveStale: item["serveStale"],
    };
}
function localDNSOverrideDeserializer(item) {
    return {
        queryLogging: item["queryLogging"],
        protocol: item["protocol"],
        forwardDestination: item["forwardDestination"],
        forwardPolicy: item["forwardPolicy"],
        maxConcurrent: item["maxConcurrent"],
        cacheDurationInSeconds: item["cacheDurationInSeconds"],
        serveStaleDurationInSeconds: item["serveStaleDurationInSeconds"],
        serveStale: item["serveStale"],
    };
}
/** Log level for DNS queries in localDNS. */
var KnownLocalDNSQueryLogging;
(function (KnownLocalDNSQueryLogging) {
    /** Enables error logging in localDNS. See [errors plugin](https://coredns.io/plugins/errors) for more information. */
    KnownLocalDNSQueryLogging["Error"] = "Error";
    /** Enables query logging in localDNS. See [log plugin](https://coredns.io/plugins/log) for more information. */
    KnownLocalDNSQueryLogging["Log"] = "Log";
})(KnownLocalDNSQueryLogging || (KnownLocalDNSQueryLogging = {}));
/** Enforce TCP or prefer UDP protocol for connections from localDNS to upstream DNS server. */
var KnownLocalDNSProtocol;
(function (KnownLocalDNSProtocol) {
    /** Prefer UDP protocol for connections from localDNS to upstream DNS server. */
    KnownLocalDNSProtocol["PreferUDP"] = "PreferUDP";
    /** Enforce TCP protocol for connections from localDNS to upstream DNS server. */
    KnownLocalDNSProtocol["ForceTCP"] = "ForceTCP";
})(KnownLocalDNSProtocol || (KnownLocalDNSProtocol = {}));
/** Destination server for DNS queries to be forwarded from localDNS. */
var KnownLocalDNSForwardDestination;
(function (KnownLocalDNSForwardDestination) {
    /** Forward DNS queries from localDNS to cluster CoreDNS. */
    KnownLocalDNSForwardDestination["ClusterCoreDNS"] = "ClusterCoreDNS";
    /** Forward DNS queries from localDNS to DNS server configured in the VNET. A VNET can have multiple DNS servers configured. */
    KnownLocalDNSForwardDestination["VnetDNS"] = "VnetDNS";
})(KnownLocalDNSForwardDestination || (KnownLocalDNSForwardDestination = {}));
/** Forward policy for selecting upstream DNS server. See [forward plugin](https://coredns.io/plugins/forward) for more information. */
var KnownLocalDNSForwardPolicy;
(function (KnownLocalDNSForwardPolicy) {
    /** Implements sequential upstream DNS server selection. See [forward plugin](https://coredns.io/plugins/forward) for more information. */
    KnownLocalDNSForwardPolicy["Sequential"] = "Sequential";
    /** Implements round robin upstream DNS server selection. See [forward plugin](https://coredns.io/plugins/forward) for more information. */
    KnownLocalDNSForwardPolicy["RoundRobin"] = "RoundRobin";
    /** Implements random upstream DNS server selection. See [forward plugin](https://coredns.io/plugins/forward) for more information. */
    KnownLocalDNSForwardPolicy["Random"] = "Random";
})(KnownLocalDNSForwardPolicy || (KnownLocalDNSForwardPolicy = {}));
/** Policy for serving stale data. See [cache plugin](https://coredns.io/plugins/cache) for more information. */
var KnownLocalDNSServeStale;
(function (KnownLocalDNSServeStale) {
    /** Serve stale data with verification. First verify that an entry is still unavailable from the source before sending the expired entry to the client. See [cache plugin](https://coredns.io/plugins/cache) for more information. */
    KnownLocalDNSServeStale["Verify"] = "Verify";
    /** Serve stale data immediately. Send the expired entry to the client before checking to see if the entry is available from the source. See [cache plugin](https://coredns.io/plugins/cache) for more information. */
    KnownLocalDNSServeStale["Immediate"] = "Immediate";
    /** Disable serving stale data. */
    KnownLocalDNSServeStale["Disable"] = "Disable";
})(KnownLocalDNSServeStale || (KnownLocalDNSServeStale = {}));
function proxyResourceSerializer(_item) {
    return {};
}
function proxyResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function resourceSerializer(_item) {
    return {};
}
function resourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function systemDataDeserializer(item) {
    return {
        createdBy: item["createdBy"],
        createdByType: item["createdByType"],
        createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
        lastModifiedBy: item["lastModifiedBy"],
        lastModifiedByType: item["lastModifiedByType"],
        lastModifiedAt: !item["lastModifiedAt"]
            ? item["lastModifiedAt"]
            : new Date(item["lastModifiedAt"]),
    };
}
/** The kind of entity that created the resource. */
var KnownCreatedByType;
(function (KnownCreatedByType) {
    /** The entity was created by a user. */
    KnownCreatedByType["User"] = "User";
    /** The entity was created by an application. */
    KnownCreatedByType["Application"] = "Application";
    /** The entity was created by a managed identity. */
    KnownCreatedByType["ManagedIdentity"] = "ManagedIdentity";
    /** The entity was created by a key. */
    KnownCreatedByType["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));
function errorResponseDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : errorDetailDeserializer(item["error"]),
    };
}
function _agentPoolListResultDeserializer(item) {
    return {
        value: agentPoolArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function agentPoolArraySerializer(result) {
    return result.map((item) => {
        return agentPoolSerializer(item);
    });
}
function agentPoolArrayDeserializer(result) {
    return result.map((item) => {
        return agentPoolDeserializer(item);
    });
}
function agentPoolDeleteMachinesParameterSerializer(item) {
    return {
        machineNames: item["machineNames"].map((p) => {
            return p;
        }),
    };
}
function agentPoolAvailableVersionsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        ..._agentPoolAvailableVersionsPropertiesDeserializer(item["properties"]),
    };
}
function agentPoolAvailableVersionsPropertiesDeserializer(item) {
    return {
        agentPoolVersions: !item["agentPoolVersions"]
            ? item["agentPoolVersions"]
            : agentPoolAvailableVersionsPropertiesAgentPoolVersionsItemArrayDeserializer(item["agentPoolVersions"]),
    };
}
function agentPoolAvailableVersionsPropertiesAgentPoolVersionsItemArrayDeserializer(result) {
    return result.map((item) => {
        return agentPoolAvailableVersionsPropertiesAgentPoolVersionsItemDeserializer(item);
    });
}
function agentPoolAvailableVersionsPropertiesAgentPoolVersionsItemDeserializer(item) {
    return {
        default: item["default"],
        kubernetesVersion: item["kubernetesVersion"],
        isPreview: item["isPreview"],
    };
}
function agentPoolUpgradeProfileDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ..._agentPoolUpgradeProfilePropertiesDeserializer(item["properties"]),
    };
}
function agentPoolUpgradeProfilePropertiesDeserializer(item) {
    return {
        kubernetesVersion: item["kubernetesVersion"],
        osType: item["osType"],
        upgrades: !item["upgrades"]
            ? item["upgrades"]
            : agentPoolUpgradeProfilePropertiesUpgradesItemArrayDeserializer(item["upgrades"]),
        recentlyUsedVersions: !item["recentlyUsedVersions"]
            ? item["recentlyUsedVersions"]
            : agentPoolRecentlyUsedVersionArrayDeserializer(item["recentlyUsedVersions"]),
        latestNodeImageVersion: item["latestNodeImageVersion"],
    };
}
function agentPoolUpgradeProfilePropertiesUpgradesItemArrayDeserializer(result) {
    return result.map((item) => {
        return agentPoolUpgradeProfilePropertiesUpgradesItemDeserializer(item);
    });
}
function agentPoolUpgradeProfilePropertiesUpgradesItemDeserializer(item) {
    return {
        kubernetesVersion: item["kubernetesVersion"],
        isPreview: item["isPreview"],
    };
}
function agentPoolRecentlyUsedVersionArrayDeserializer(result) {
    return result.map((item) => {
        return agentPoolRecentlyUsedVersionDeserializer(item);
    });
}
function agentPoolRecentlyUsedVersionDeserializer(item) {
    return {
        orchestratorVersion: item["orchestratorVersion"],
        nodeImageVersion: item["nodeImageVersion"],
        timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
    };
}
function managedClusterSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "kubernetesVersion",
            "dnsPrefix",
            "fqdnSubdomain",
            "agentPoolProfiles",
            "linuxProfile",
            "windowsProfile",
            "servicePrincipalProfile",
            "addonProfiles",
            "podIdentityProfile",
            "oidcIssuerProfile",
            "nodeResourceGroup",
            "nodeResourceGroupProfile",
            "enableRBAC",
            "supportPlan",
            "networkProfile",
            "aadProfile",
            "autoUpgradeProfile",
            "upgradeSettings",
            "autoScalerProfile",
            "apiServerAccessProfile",
            "diskEncryptionSetID",
            "identityProfile",
            "privateLinkResources",
            "disableLocalAccounts",
            "httpProxyConfig",
            "securityProfile",
            "storageProfile",
            "ingressProfile",
            "publicNetworkAccess",
            "workloadAutoScalerProfile",
            "azureMonitorProfile",
            "serviceMeshProfile",
            "metricsProfile",
            "nodeProvisioningProfile",
            "bootstrapProfile",
            "aiToolchainOperatorProfile",
            "hostedSystemProfile",
            "status",
        ])
            ? undefined
            : _managedClusterPropertiesSerializer(item),
        sku: !item["sku"] ? item["sku"] : managedClusterSKUSerializer(item["sku"]),
        extendedLocation: !item["extendedLocation"]
            ? item["extendedLocation"]
            : extendedLocationSerializer(item["extendedLocation"]),
        identity: !item["identity"]
            ? item["identity"]
            : managedClusterIdentitySerializer(item["identity"]),
        kind: item["kind"],
    };
}
function managedClusterDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _managedClusterPropertiesDeserializer(item["properties"])),
        eTag: item["eTag"],
        sku: !item["sku"] ? item["sku"] : managedClusterSKUDeserializer(item["sku"]),
        extendedLocation: !item["extendedLocation"]
            ? item["extendedLocation"]
            : extendedLocationDeserializer(item["extendedLocation"]),
        identity: !item["identity"]
            ? item["identity"]
            : managedClusterIdentityDeserializer(item["identity"]),
        kind: item["kind"],
    };
}
function managedClusterPropertiesSerializer(item) {
    return {
        kubernetesVersion: item["kubernetesVersion"],
        dnsPrefix: item["dnsPrefix"],
        fqdnSubdomain: item["fqdnSubdomain"],
        agentPoolProfiles: !item["agentPoolProfiles"]
            ? item["agentPoolProfiles"]
            : managedClusterAgentPoolProfileArraySerializer(item["agentPoolProfiles"]),
        linuxProfile: !item["linuxProfile"]
            ? item["linuxProfile"]
            : containerServiceLinuxProfileSerializer(item["linuxProfile"]),
        windowsProfile: !item["windowsProfile"]
            ? item["windowsProfile"]
            : managedClusterWindowsProfileSerializer(item["windowsProfile"]),
        servicePrincipalProfile: !item["servicePrincipalProfile"]
            ? item["servicePrincipalProfile"]
            : managedClusterServicePrincipalProfileSerializer(item["servicePrincipalProfile"]),
        addonProfiles: !item["addonProfiles"]
            ? item["addonProfiles"]
            : managedClusterAddonProfileRecordSerializer(item["addonProfiles"]),
        podIdentityProfile: !item["podIdentityProfile"]
            ? item["podIdentityProfile"]
            : managedClusterPodIdentityProfileSerializer(item["podIdentityProfile"]),
        oidcIssuerProfile: !item["oidcIssuerProfile"]
            ? item["oidcIssuerProfile"]
            : managedClusterOidcIssuerProfileSerializer(item["oidcIssuerProfile"]),
        nodeResourceGroup: item["nodeResourceGroup"],
        nodeResourceGroupProfile: !item["nodeResourceGroupProfile"]
            ? item["nodeResourceGroupProfile"]
            : managedClusterNodeResourceGroupProfileSerializer(item["nodeResourceGroupProfile"]),
        enableRBAC: item["enableRbac"],
        supportPlan: item["supportPlan"],
        networkProfile: !item["networkProfile"]
            ? item["networkProfile"]
            : containerServiceNetworkProfileSerializer(item["networkProfile"]),
        aadProfile: !item["aadProfile"]
            ? item["aadProfile"]
            : managedClusterAADProfileSerializer(item["aadProfile"]),
        autoUpgradeProfile: !item["autoUpgradeProfile"]
            ? item["autoUpgradeProfile"]
            : managedClusterAutoUpgradeProfileSerializer(item["autoUpgradeProfile"]),
        upgradeSettings: !item["upgradeSettings"]
            ? item["upgradeSettings"]
            : clusterUpgradeSettingsSerializer(item["upgradeSettings"]),
        autoScalerProfile: !item["autoScalerProfile"]
            ? item["autoScalerProfile"]
            : managedClusterPropertiesAutoScalerProfileSerializer(item["autoScalerProfile"]),
        apiServerAccessProfile: !item["apiServerAccessProfile"]
            ? item["apiServerAccessProfile"]
            : managedClusterAPIServerAccessProfileSerializer(item["apiServerAccessProfile"]),
        diskEncryptionSetID: item["diskEncryptionSetID"],
        identityProfile: !item["identityProfile"]
            ? item["identityProfile"]
            : userAssignedIdentityRecordSerializer(item["identityProfile"]),
        privateLinkResources: !item["privateLinkResources"]
            ? item["privateLinkResources"]
            : privateLinkResourceArraySerializer(item["privateLinkResources"]),
        disableLocalAccounts: item["disableLocalAccounts"],
        httpProxyConfig: !item["httpProxyConfig"]
            ? item["httpProxyConfig"]
            : managedClusterHttpProxyConfigSerializer(item["httpProxyConfig"]),
        securityProfile: !item["securityProfile"]
            ? item["securityProfile"]
            : managedClusterSecurityProfileSerializer(item["securityProfile"]),
        storageProfile: !item["storageProfile"]
            ? item["storageProfile"]
            : managedClusterStorageProfileSerializer(item["storageProfile"]),
        ingressProfile: !item["ingressProfile"]
            ? item["ingressProfile"]
            : managedClusterIngressProfileSerializer(item["ingressProfile"]),
        publicNetworkAccess: item["publicNetworkAccess"],
        workloadAutoScalerProfile: !item["workloadAutoScalerProfile"]
            ? item["workloadAutoScalerProfile"]
            : managedClusterWorkloadAutoScalerProfileSerializer(item["workloadAutoScalerProfile"]),
        azureMonitorProfile: !item["azureMonitorProfile"]
            ? item["azureMonitorProfile"]
            : managedClusterAzureMonitorProfileSerializer(item["azureMonitorProfile"]),
        serviceMeshProfile: !item["serviceMeshProfile"]
            ? item["serviceMeshProfile"]
            : serviceMeshProfileSerializer(item["serviceMeshProfile"]),
        metricsProfile: !item["metricsProfile"]
            ? item["metricsProfile"]
            : managedClusterMetricsProfileSerializer(item["metricsProfile"]),
        nodeProvisioningProfile: !item["nodeProvisioningProfile"]
            ? item["nodeProvisioningProfile"]
            : managedClusterNodeProvisioningProfileSerializer(item["nodeProvisioningProfile"]),
        bootstrapProfile: !item["bootstrapProfile"]
            ? item["bootstrapProfile"]
            : managedClusterBootstrapProfileSerializer(item["bootstrapProfile"]),
        aiToolchainOperatorProfile: !item["aiToolchainOperatorProfile"]
            ? item["aiToolchainOperatorProfile"]
            : managedClusterAIToolchainOperatorProfileSerializer(item["aiToolchainOperatorProfile"]),
        hostedSystemProfile: !item["hostedSystemProfile"]
            ? item["hostedSystemProfile"]
            : managedClusterHostedSystemProfileSerializer(item["hostedSystemProfile"]),
        status: !item["status"] ? item["status"] : managedClusterStatusSerializer(item["status"]),
    };
}
function managedClusterPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        powerState: !item["powerState"]
            ? item["powerState"]
            : powerStateDeserializer(item["powerState"]),
        maxAgentPools: item["maxAgentPools"],
        kubernetesVersion: item["kubernetesVersion"],
        currentKubernetesVersion: item["currentKubernetesVersion"],
        dnsPrefix: item["dnsPrefix"],
        fqdnSubdomain: item["fqdnSubdomain"],
        fqdn: item["fqdn"],
        privateFqdn: item["privateFQDN"],
        azurePortalFqdn: item["azurePortalFQDN"],
        agentPoolProfiles: !item["agentPoolProfiles"]
            ? item["agentPoolProfiles"]
            : managedClusterAgentPoolProfileArrayDeserializer(item["agentPoolProfiles"]),
        linuxProfile: !item["linuxProfile"]
            ? item["linuxProfile"]
            : containerServiceLinuxProfileDeserializer(item["linuxProfile"]),
        windowsProfile: !item["windowsProfile"]
            ? item["windowsProfile"]
            : managedClusterWindowsProfileDeserializer(item["windowsProfile"]),
        servicePrincipalProfile: !item["servicePrincipalProfile"]
            ? item["servicePrincipalProfile"]
            : managedClusterServicePrincipalProfileDeserializer(item["servicePrincipalProfile"]),
        addonProfiles: !item["addonProfiles"]
            ? item["addonProfiles"]
            : managedClusterAddonProfileRecordDeserializer(item["addonProfiles"]),
        podIdentityProfile: !item["podIdentityProfile"]
            ? item["podIdentityProfile"]
            : managedClusterPodIdentityProfileDeserializer(item["podIdentityProfile"]),
        oidcIssuerProfile: !item["oidcIssuerProfile"]
            ? item["oidcIssuerProfile"]
            : managedClusterOidcIssuerProfileDeserializer(item["oidcIssuerProfile"]),
        nodeResourceGroup: item["nodeResourceGroup"],
        nodeResourceGroupProfile: !item["nodeResourceGroupProfile"]
            ? item["nodeResourceGroupProfile"]
            : managedClusterNodeResourceGroupProfileDeserializer(item["nodeResourceGroupProfile"]),
        enableRbac: item["enableRBAC"],
        supportPlan: item["supportPlan"],
        networkProfile: !item["networkProfile"]
            ? item["networkProfile"]
            : containerServiceNetworkProfileDeserializer(item["networkProfile"]),
        aadProfile: !item["aadProfile"]
            ? item["aadProfile"]
            : managedClusterAADProfileDeserializer(item["aadProfile"]),
        autoUpgradeProfile: !item["autoUpgradeProfile"]
            ? item["autoUpgradeProfile"]
            : managedClusterAutoUpgradeProfileDeserializer(item["autoUpgradeProfile"]),
        upgradeSettings: !item["upgradeSettings"]
            ? item["upgradeSettings"]
            : clusterUpgradeSettingsDeserializer(item["upgradeSettings"]),
        autoScalerProfile: !item["autoScalerProfile"]
            ? item["autoScalerProfile"]
            : managedClusterPropertiesAutoScalerProfileDeserializer(item["autoScalerProfile"]),
        apiServerAccessProfile: !item["apiServerAccessProfile"]
            ? item["apiServerAccessProfile"]
            : managedClusterAPIServerAccessProfileDeserializer(item["apiServerAccessProfile"]),
        diskEncryptionSetID: item["diskEncryptionSetID"],
        identityProfile: !item["identityProfile"]
            ? item["identityProfile"]
            : userAssignedIdentityRecordDeserializer(item["identityProfile"]),
        privateLinkResources: !item["privateLinkResources"]
            ? item["privateLinkResources"]
            : privateLinkResourceArrayDeserializer(item["privateLinkResources"]),
        disableLocalAccounts: item["disableLocalAccounts"],
        httpProxyConfig: !item["httpProxyConfig"]
            ? item["httpProxyConfig"]
            : managedClusterHttpProxyConfigDeserializer(item["httpProxyConfig"]),
        securityProfile: !item["securityProfile"]
            ? item["securityProfile"]
            : managedClusterSecurityProfileDeserializer(item["securityProfile"]),
        storageProfile: !item["storageProfile"]
            ? item["storageProfile"]
            : managedClusterStorageProfileDeserializer(item["storageProfile"]),
        ingressProfile: !item["ingressProfile"]
            ? item["ingressProfile"]
            : managedClusterIngressProfileDeserializer(item["ingressProfile"]),
        publicNetworkAccess: item["publicNetworkAccess"],
        workloadAutoScalerProfile: !item["workloadAutoScalerProfile"]
            ? item["workloadAutoScalerProfile"]
            : managedClusterWorkloadAutoScalerProfileDeserializer(item["workloadAutoScalerProfile"]),
        azureMonitorProfile: !item["azureMonitorProfile"]
            ? item["azureMonitorProfile"]
            : managedClusterAzureMonitorProfileDeserializer(item["azureMonitorProfile"]),
        serviceMeshProfile: !item["serviceMeshProfile"]
            ? item["serviceMeshProfile"]
            : serviceMeshProfileDeserializer(item["serviceMeshProfile"]),
        resourceUID: item["resourceUID"],
        metricsProfile: !item["metricsProfile"]
            ? item["metricsProfile"]
            : managedClusterMetricsProfileDeserializer(item["metricsProfile"]),
        nodeProvisioningProfile: !item["nodeProvisioningProfile"]
            ? item["nodeProvisioningProfile"]
            : managedClusterNodeProvisioningProfileDeserializer(item["nodeProvisioningProfile"]),
        bootstrapProfile: !item["bootstrapProfile"]
            ? item["bootstrapProfile"]
            : managedClusterBootstrapProfileDeserializer(item["bootstrapProfile"]),
        aiToolchainOperatorProfile: !item["aiToolchainOperatorProfile"]
            ? item["aiToolchainOperatorProfile"]
            : managedClusterAIToolchainOperatorProfileDeserializer(item["aiToolchainOperatorProfile"]),
        hostedSystemProfile: !item["hostedSystemProfile"]
            ? item["hostedSystemProfile"]
            : managedClusterHostedSystemProfileDeserializer(item["hostedSystemProfile"]),
        status: !item["status"] ? item["status"] : managedClusterStatusDeserializer(item["status"]),
    };
}
function managedClusterAgentPoolProfileArraySerializer(result) {
    return result.map((item) => {
        return managedClusterAgentPoolProfileSerializer(item);
    });
}
function managedClusterAgentPoolProfileArrayDeserializer(result) {
    return result.map((item) => {
        return managedClusterAgentPoolProfileDeserializer(item);
    });
}
function managedClusterAgentPoolProfileSerializer(item) {
    return {
        count: item["count"],
        vmSize: item["vmSize"],
        osDiskSizeGB: item["osDiskSizeGB"],
        osDiskType: item["osDiskType"],
        kubeletDiskType: item["kubeletDiskType"],
        workloadRuntime: item["workloadRuntime"],
        messageOfTheDay: item["messageOfTheDay"],
        vnetSubnetID: item["vnetSubnetID"],
        podSubnetID: item["podSubnetID"],
        podIPAllocationMode: item["podIPAllocationMode"],
        maxPods: item["maxPods"],
        osType: item["osType"],
        osSKU: item["osSKU"],
        maxCount: item["maxCount"],
        minCount: item["minCount"],
        enableAutoScaling: item["enableAutoScaling"],
        scaleDownMode: item["scaleDownMode"],
        type: item["type"],
        mode: item["mode"],
        orchestratorVersion: item["orchestratorVersion"],
        nodeImageVersion: item["nodeImageVersion"],
        upgradeSettings: !item["upgradeSettings"]
            ? item["upgradeSettings"]
            : agentPoolUpgradeSettingsSerializer(item["upgradeSettings"]),
        powerState: !item["powerState"] ? item["powerState"] : powerStateSerializer(item["powerState"]),
        availabilityZones: !item["availabilityZones"]
            ? item["availabilityZones"]
            : item["availabilityZones"].map((p) => {
                return p;
            }),
        enableNodePublicIP: item["enableNodePublicIP"],
        nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
        scaleSetPriority: item["scaleSetPriority"],
        scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
        spotMaxPrice: item["spotMaxPrice"],
        tags: item["tags"],
        nodeLabels: item["nodeLabels"],
        nodeTaints: !item["nodeTaints"]
            ? item["nodeTaints"]
            : item["nodeTaints"].map((p) => {
                return p;
            }),
        proximityPlacementGroupID: item["proximityPlacementGroupID"],
        kubeletConfig: !item["kubeletConfig"]
            ? item["kubeletConfig"]
            : kubeletConfigSerializer(item["kubeletConfig"]),
        linuxOSConfig: !item["linuxOSConfig"]
            ? item["linuxOSConfig"]
            : linuxOSConfigSerializer(item["linuxOSConfig"]),
        enableEncryptionAtHost: item["enableEncryptionAtHost"],
        enableUltraSSD: item["enableUltraSSD"],
        enableFIPS: item["enableFips"],
        gpuInstanceProfile: item["gpuInstanceProfile"],
        creationData: !item["creationData"]
            ? item["creationData"]
            : creationDataSerializer(item["creationData"]),
        capacityReservationGroupID: item["capacityReservationGroupID"],
        hostGroupID: item["hostGroupID"],
        networkProfile: !item["networkProfile"]
            ? item["networkProfile"]
            : agentPoolNetworkProfileSerializer(item["networkProfile"]),
        windowsProfile: !item["windowsProfile"]
            ? item["windowsProfile"]
            : agentPoolWindowsProfileSerializer(item["windowsProfile"]),
        securityProfile: !item["securityProfile"]
            ? item["securityProfile"]
            : agentPoolSecurityProfileSerializer(item["securityProfile"]),
        gpuProfile: !item["gpuProfile"] ? item["gpuProfile"] : gpuProfileSerializer(item["gpuProfile"]),
        gatewayProfile: !item["gatewayProfile"]
            ? item["gatewayProfile"]
            : agentPoolGatewayProfileSerializer(item["gatewayProfile"]),
        artifactStreamingProfile: !item["artifactStreamingProfile"]
            ? item["artifactStreamingProfile"]
            : agentPoolArtifactStreamingProfileSerializer(item["artifactStreamingProfile"]),
        virtualMachinesProfile: !item["virtualMachinesProfile"]
            ? item["virtualMachinesProfile"]
            : virtualMachinesProfileSerializer(item["virtualMachinesProfile"]),
        virtualMachineNodesStatus: !item["virtualMachineNodesStatus"]
            ? item["virtualMachineNodesStatus"]
            : virtualMachineNodesArraySerializer(item["virtualMachineNodesStatus"]),
        status: !item["status"] ? item["status"] : agentPoolStatusSerializer(item["status"]),
        localDNSProfile: !item["localDNSProfile"]
            ? item["localDNSProfile"]
            : localDNSProfileSerializer(item["localDNSProfile"]),
        name: item["name"],
    };
}
function managedClusterAgentPoolProfileDeserializer(item) {
    return {
        eTag: item["eTag"],
        count: item["count"],
        vmSize: item["vmSize"],
        osDiskSizeGB: item["osDiskSizeGB"],
        osDiskType: item["osDiskType"],
        kubeletDiskType: item["kubeletDiskType"],
        workloadRuntime: item["workloadRuntime"],
        messageOfTheDay: item["messageOfTheDay"],
        vnetSubnetID: item["vnetSubnetID"],
        podSubnetID: item["podSubnetID"],
        podIPAllocationMode: item["podIPAllocationMode"],
        maxPods: item["maxPods"],
        osType: item["osType"],
        osSKU: item["osSKU"],
        maxCount: item["maxCount"],
        minCount: item["minCount"],
        enableAutoScaling: item["enableAutoScaling"],
        scaleDownMode: item["scaleDownMode"],
        type: item["type"],
        mode: item["mode"],
        orchestratorVersion: item["orchestratorVersion"],
        currentOrchestratorVersion: item["currentOrchestratorVersion"],
        nodeImageVersion: item["nodeImageVersion"],
        upgradeSettings: !item["upgradeSettings"]
            ? item["upgradeSettings"]
            : agentPoolUpgradeSettingsDeserializer(item["upgradeSettings"]),
        provisioningState: item["provisioningState"],
        powerState: !item["powerState"]
            ? item["powerState"]
            : powerStateDeserializer(item["powerState"]),
        availabilityZones: !item["availabilityZones"]
            ? item["availabilityZones"]
            : item["availabilityZones"].map((p) => {
                return p;
            }),
        enableNodePublicIP: item["enableNodePublicIP"],
        nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
        scaleSetPriority: item["scaleSetPriority"],
        scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
        spotMaxPrice: item["spotMaxPrice"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        nodeLabels: !item["nodeLabels"]
            ? item["nodeLabels"]
            : Object.fromEntries(Object.entries(item["nodeLabels"]).map(([k, p]) => [k, p])),
        nodeTaints: !item["nodeTaints"]
            ? item["nodeTaints"]
            : item["nodeTaints"].map((p) => {
                return p;
            }),
        proximityPlacementGroupID: item["proximityPlacementGroupID"],
        kubeletConfig: !item["kubeletConfig"]
            ? item["kubeletConfig"]
            : kubeletConfigDeserializer(item["kubeletConfig"]),
        linuxOSConfig: !item["linuxOSConfig"]
            ? item["linuxOSConfig"]
            : linuxOSConfigDeserializer(item["linuxOSConfig"]),
        enableEncryptionAtHost: item["enableEncryptionAtHost"],
        enableUltraSSD: item["enableUltraSSD"],
        enableFips: item["enableFIPS"],
        gpuInstanceProfile: item["gpuInstanceProfile"],
        creationData: !item["creationData"]
            ? item["creationData"]
            : creationDataDeserializer(item["creationData"]),
        capacityReservationGroupID: item["capacityReservationGroupID"],
        hostGroupID: item["hostGroupID"],
        networkProfile: !item["networkProfile"]
            ? item["networkProfile"]
            : agentPoolNetworkProfileDeserializer(item["networkProfile"]),
        windowsProfile: !item["windowsProfile"]
            ? item["windowsProfile"]
            : agentPoolWindowsProfileDeserializer(item["windowsProfile"]),
        securityProfile: !item["securityProfile"]
            ? item["securityProfile"]
            : agentPoolSecurityProfileDeserializer(item["securityProfile"]),
        gpuProfile: !item["gpuProfile"]
            ? item["gpuProfile"]
            : gpuProfileDeserializer(item["gpuProfile"]),
        gatewayProfile: !item["gatewayProfile"]
            ? item["gatewayProfile"]
            : agentPoolGatewayProfileDeserializer(item["gatewayProfile"]),
        artifactStreamingProfile: !item["artifactStreamingProfile"]
            ? item["artifactStreamingProfile"]
            : agentPoolArtifactStreamingProfileDeserializer(item["artifactStreamingProfile"]),
        virtualMachinesProfile: !item["virtualMachinesProfile"]
            ? item["virtualMachinesProfile"]
            : virtualMachinesProfileDeserializer(item["virtualMachinesProfile"]),
        virtualMachineNodesStatus: !item["virtualMachineNodesStatus"]
            ? item["virtualMachineNodesStatus"]
            : virtualMachineNodesArrayDeserializer(item["virtualMachineNodesStatus"]),
        status: !item["status"] ? item["status"] : agentPoolStatusDeserializer(item["status"]),
        localDNSProfile: !item["localDNSProfile"]
            ? item["localDNSProfile"]
            : localDNSProfileDeserializer(item["localDNSProfile"]),
        name: item["name"],
    };
}
function containerServiceLinuxProfileSerializer(item) {
    return {
        adminUsername: item["adminUsername"],
        ssh: containerServiceSshConfigurationSerializer(item["ssh"]),
    };
}
function containerServiceLinuxProfileDeserializer(item) {
    return {
        adminUsername: item["adminUsername"],
        ssh: containerServiceSshConfigurationDeserializer(item["ssh"]),
    };
}
function containerServiceSshConfigurationSerializer(item) {
    return { publicKeys: containerServiceSshPublicKeyArraySerializer(item["publicKeys"]) };
}
function containerServiceSshConfigurationDeserializer(item) {
    return {
        publicKeys: containerServiceSshPublicKeyArrayDeserializer(item["publicKeys"]),
    };
}
function containerServiceSshPublicKeyArraySerializer(result) {
    return result.map((item) => {
        return containerServiceSshPublicKeySerializer(item);
    });
}
function containerServiceSshPublicKeyArrayDeserializer(result) {
    return result.map((item) => {
        return containerServiceSshPublicKeyDeserializer(item);
    });
}
function containerServiceSshPublicKeySerializer(item) {
    return { keyData: item["keyData"] };
}
function containerServiceSshPublicKeyDeserializer(item) {
    return {
        keyData: item["keyData"],
    };
}
function managedClusterWindowsProfileSerializer(item) {
    return {
        adminUsername: item["adminUsername"],
        adminPassword: item["adminPassword"],
        licenseType: item["licenseType"],
        enableCSIProxy: item["enableCSIProxy"],
        gmsaProfile: !item["gmsaProfile"]
            ? item["gmsaProfile"]
            : windowsGmsaProfileSerializer(item["gmsaProfile"]),
    };
}
function managedClusterWindowsProfileDeserializer(item) {
    return {
        adminUsername: item["adminUsername"],
        adminPassword: item["adminPassword"],
        licenseType: item["licenseType"],
        enableCSIProxy: item["enableCSIProxy"],
        gmsaProfile: !item["gmsaProfile"]
            ? item["gmsaProfile"]
            : windowsGmsaProfileDeserializer(item["gmsaProfile"]),
    };
}
/** The license type to use for Windows VMs. See [Azure Hybrid User Benefits](https://azure.microsoft.com/pricing/hybrid-benefit/faq/) for more details. */
var KnownLicenseType;
(function (KnownLicenseType) {
    /** No additional licensing is applied. */
    KnownLicenseType["None"] = "None";
    /** Enables Azure Hybrid User Benefits for Windows VMs. */
    KnownLicenseType["WindowsServer"] = "Windows_Server";
})(KnownLicenseType || (KnownLicenseType = {}));
function windowsGmsaProfileSerializer(item) {
    return {
        enabled: item["enabled"],
        dnsServer: item["dnsServer"],
        rootDomainName: item["rootDomainName"],
    };
}
function windowsGmsaProfileDeserializer(item) {
    return {
        enabled: item["enabled"],
        dnsServer: item["dnsServer"],
        rootDomainName: item["rootDomainName"],
    };
}
function managedClusterServicePrincipalProfileSerializer(item) {
    return { clientId: item["clientId"], secret: item["secret"] };
}
function managedClusterServicePrincipalProfileDeserializer(item) {
    return {
        clientId: item["clientId"],
        secret: item["secret"],
    };
}
function managedClusterAddonProfileRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : managedClusterAddonProfileSerializer(item[key]);
    });
    return result;
}
function managedClusterAddonProfileRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : managedClusterAddonProfileDeserializer(item[key]);
    });
    return result;
}
function managedClusterAddonProfileSerializer(item) {
    return { enabled: item["enabled"], config: item["config"] };
}
function managedClusterAddonProfileDeserializer(item) {
    return {
        enabled: item["enabled"],
        config: !item["config"]
            ? item["config"]
            : Object.fromEntries(Object.entries(item["config"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedClusterAddonProfileIdentityDeserializer(item["identity"]),
    };
}
function managedClusterAddonProfileIdentityDeserializer(item) {
    return {
        resourceId: item["resourceId"],
        clientId: item["clientId"],
        objectId: item["objectId"],
    };
}
function managedClusterPodIdentityProfileSerializer(item) {
    return {
        enabled: item["enabled"],
        allowNetworkPluginKubenet: item["allowNetworkPluginKubenet"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : managedClusterPodIdentityArraySerializer(item["userAssignedIdentities"]),
        userAssignedIdentityExceptions: !item["userAssignedIdentityExceptions"]
            ? item["userAssignedIdentityExceptions"]
            : managedClusterPodIdentityExceptionArraySerializer(item["userAssignedIdentityExceptions"]),
    };
}
function managedClusterPodIdentityProfileDeserializer(item) {
    return {
        enabled: item["enabled"],
        allowNetworkPluginKubenet: item["allowNetworkPluginKubenet"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : managedClusterPodIdentityArrayDeserializer(item["userAssignedIdentities"]),
        userAssignedIdentityExceptions: !item["userAssignedIdentityExceptions"]
            ? item["userAssignedIdentityExceptions"]
            : managedClusterPodIdentityExceptionArrayDeserializer(item["userAssignedIdentityExceptions"]),
    };
}
function managedClusterPodIdentityArraySerializer(result) {
    return result.map((item) => {
        return managedClusterPodIdentitySerializer(item);
    });
}
function managedClusterPodIdentityArrayDeserializer(result) {
    return result.map((item) => {
        return managedClusterPodIdentityDeserializer(item);
    });
}
function managedClusterPodIdentitySerializer(item) {
    return {
        name: item["name"],
        namespace: item["namespace"],
        bindingSelector: item["bindingSelector"],
        identity: userAssignedIdentitySerializer(item["identity"]),
    };
}
function managedClusterPodIdentityDeserializer(item) {
    return {
        name: item["name"],
        namespace: item["namespace"],
        bindingSelector: item["bindingSelector"],
        identity: userAssignedIdentityDeserializer(item["identity"]),
        provisioningState: item["provisioningState"],
        provisioningInfo: !item["provisioningInfo"]
            ? item["provisioningInfo"]
            : managedClusterPodIdentityProvisioningInfoDeserializer(item["provisioningInfo"]),
    };
}
function userAssignedIdentitySerializer(item) {
    return { resourceId: item["resourceId"], clientId: item["clientId"], objectId: item["objectId"] };
}
function userAssignedIdentityDeserializer(item) {
    return {
        resourceId: item["resourceId"],
        clientId: item["clientId"],
        objectId: item["objectId"],
    };
}
/** The current provisioning state of the pod identity. */
var KnownManagedClusterPodIdentityProvisioningState;
(function (KnownManagedClusterPodIdentityProvisioningState) {
    /** Pod identity is assigned. */
    KnownManagedClusterPodIdentityProvisioningState["Assigned"] = "Assigned";
    /** Pod identity assignment was canceled. */
    KnownManagedClusterPodIdentityProvisioningState["Canceled"] = "Canceled";
    /** Pod identity is being deleted. */
    KnownManagedClusterPodIdentityProvisioningState["Deleting"] = "Deleting";
    /** Pod identity assignment failed. */
    KnownManagedClusterPodIdentityProvisioningState["Failed"] = "Failed";
    /** Pod identity assignment succeeded. */
    KnownManagedClusterPodIdentityProvisioningState["Succeeded"] = "Succeeded";
    /** Pod identity is being updated. */
    KnownManagedClusterPodIdentityProvisioningState["Updating"] = "Updating";
})(KnownManagedClusterPodIdentityProvisioningState || (KnownManagedClusterPodIdentityProvisioningState = {}));
function managedClusterPodIdentityProvisioningInfoDeserializer(item) {
    return {
        error: !item["error"]
            ? item["error"]
            : managedClusterPodIdentityProvisioningErrorDeserializer(item["error"]),
    };
}
function managedClusterPodIdentityProvisioningErrorDeserializer(item) {
    return {
        error: !item["error"]
            ? item["error"]
            : managedClusterPodIdentityProvisioningErrorBodyDeserializer(item["error"]),
    };
}
function managedClusterPodIdentityProvisioningErrorBodyDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"]
            ? item["details"]
            : managedClusterPodIdentityProvisioningErrorBodyArrayDeserializer(item["details"]),
    };
}
function managedClusterPodIdentityProvisioningErrorBodyArrayDeserializer(result) {
    return result.map((item) => {
        return managedClusterPodIdentityProvisioningErrorBodyDeserializer(item);
    });
}
function managedClusterPodIdentityExceptionArraySerializer(result) {
    return result.map((item) => {
        return managedClusterPodIdentityExceptionSerializer(item);
    });
}
function managedClusterPodIdentityExceptionArrayDeserializer(result) {
    return result.map((item) => {
        return managedClusterPodIdentityExceptionDeserializer(item);
    });
}
function managedClusterPodIdentityExceptionSerializer(item) {
    return { name: item["name"], namespace: item["namespace"], podLabels: item["podLabels"] };
}
function managedClusterPodIdentityExceptionDeserializer(item) {
    return {
        name: item["name"],
        namespace: item["namespace"],
        podLabels: Object.fromEntries(Object.entries(item["podLabels"]).map(([k, p]) => [k, p])),
    };
}
function managedClusterOidcIssuerProfileSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterOidcIssuerProfileDeserializer(item) {
    return {
        issuerURL: item["issuerURL"],
        enabled: item["enabled"],
    };
}
function managedClusterNodeResourceGroupProfileSerializer(item) {
    return { restrictionLevel: item["restrictionLevel"] };
}
function managedClusterNodeResourceGroupProfileDeserializer(item) {
    return {
        restrictionLevel: item["restrictionLevel"],
    };
}
/** The restriction level applied to the cluster's node resource group. If not specified, the default is 'Unrestricted' */
var KnownRestrictionLevel;
(function (KnownRestrictionLevel) {
    /** All RBAC permissions are allowed on the managed node resource group */
    KnownRestrictionLevel["Unrestricted"] = "Unrestricted";
    /** Only \*\/read RBAC permissions allowed on the managed node resource group */
    KnownRestrictionLevel["ReadOnly"] = "ReadOnly";
})(KnownRestrictionLevel || (KnownRestrictionLevel = {}));
/** Different support tiers for AKS managed clusters */
var KnownKubernetesSupportPlan;
(function (KnownKubernetesSupportPlan) {
    /** Support for the version is the same as for the open source Kubernetes offering. Official Kubernetes open source community support versions for 1 year after release. */
    KnownKubernetesSupportPlan["KubernetesOfficial"] = "KubernetesOfficial";
    /** Support for the version extended past the KubernetesOfficial support of 1 year. AKS continues to patch CVEs for another 1 year, for a total of 2 years of support. */
    KnownKubernetesSupportPlan["AKSLongTermSupport"] = "AKSLongTermSupport";
})(KnownKubernetesSupportPlan || (KnownKubernetesSupportPlan = {}));
function containerServiceNetworkProfileSerializer(item) {
    return {
        networkPlugin: item["networkPlugin"],
        networkPluginMode: item["networkPluginMode"],
        networkPolicy: item["networkPolicy"],
        networkMode: item["networkMode"],
        networkDataplane: item["networkDataplane"],
        advancedNetworking: !item["advancedNetworking"]
            ? item["advancedNetworking"]
            : advancedNetworkingSerializer(item["advancedNetworking"]),
        podCidr: item["podCidr"],
        serviceCidr: item["serviceCidr"],
        dnsServiceIP: item["dnsServiceIP"],
        outboundType: item["outboundType"],
        loadBalancerSku: item["loadBalancerSku"],
        loadBalancerProfile: !item["loadBalancerProfile"]
            ? item["loadBalancerProfile"]
            : managedClusterLoadBalancerProfileSerializer(item["loadBalancerProfile"]),
        natGatewayProfile: !item["natGatewayProfile"]
            ? item["natGatewayProfile"]
            : managedClusterNATGatewayProfileSerializer(item["natGatewayProfile"]),
        staticEgressGatewayProfile: !item["staticEgressGatewayProfile"]
            ? item["staticEgressGatewayProfile"]
            : managedClusterStaticEgressGatewayProfileSerializer(item["staticEgressGatewayProfile"]),
        podCidrs: !item["podCidrs"]
            ? item["podCidrs"]
            : item["podCidrs"].map((p) => {
                return p;
            }),
        serviceCidrs: !item["serviceCidrs"]
            ? item["serviceCidrs"]
            : item["serviceCidrs"].map((p) => {
                return p;
            }),
        ipFamilies: !item["ipFamilies"]
            ? item["ipFamilies"]
            : item["ipFamilies"].map((p) => {
                return p;
            }),
    };
}
function containerServiceNetworkProfileDeserializer(item) {
    return {
        networkPlugin: item["networkPlugin"],
        networkPluginMode: item["networkPluginMode"],
        networkPolicy: item["networkPolicy"],
        networkMode: item["networkMode"],
        networkDataplane: item["networkDataplane"],
        advancedNetworking: !item["advancedNetworking"]
            ? item["advancedNetworking"]
            : advancedNetworkingDeserializer(item["advancedNetworking"]),
        podCidr: item["podCidr"],
        serviceCidr: item["serviceCidr"],
        dnsServiceIP: item["dnsServiceIP"],
        outboundType: item["outboundType"],
        loadBalancerSku: item["loadBalancerSku"],
        loadBalancerProfile: !item["loadBalancerProfile"]
            ? item["loadBalancerProfile"]
            : managedClusterLoadBalancerProfileDeserializer(item["loadBalancerProfile"]),
        natGatewayProfile: !item["natGatewayProfile"]
            ? item["natGatewayProfile"]
            : managedClusterNATGatewayProfileDeserializer(item["natGatewayProfile"]),
        staticEgressGatewayProfile: !item["staticEgressGatewayProfile"]
            ? item["staticEgressGatewayProfile"]
            : managedClusterStaticEgressGatewayProfileDeserializer(item["staticEgressGatewayProfile"]),
        podCidrs: !item["podCidrs"]
            ? item["podCidrs"]
            : item["podCidrs"].map((p) => {
                return p;
            }),
        serviceCidrs: !item["serviceCidrs"]
            ? item["serviceCidrs"]
            : item["serviceCidrs"].map((p) => {
                return p;
            }),
        ipFamilies: !item["ipFamilies"]
            ? item["ipFamilies"]
            : item["ipFamilies"].map((p) => {
                return p;
            }),
    };
}
/** Network plugin used for building the Kubernetes network. */
var KnownNetworkPlugin;
(function (KnownNetworkPlugin) {
    /** Use the Azure CNI network plugin. See [Azure CNI (advanced) networking](https://docs.microsoft.com/azure/aks/concepts-network#azure-cni-advanced-networking) for more information. */
    KnownNetworkPlugin["Azure"] = "azure";
    /** Use the Kubenet network plugin. See [Kubenet (basic) networking](https://docs.microsoft.com/azure/aks/concepts-network#kubenet-basic-networking) for more information. */
    KnownNetworkPlugin["Kubenet"] = "kubenet";
    /** No CNI plugin is pre-installed. See [BYO CNI](https://docs.microsoft.com/en-us/azure/aks/use-byo-cni) for more information. */
    KnownNetworkPlugin["None"] = "none";
})(KnownNetworkPlugin || (KnownNetworkPlugin = {}));
/** The mode the network plugin should use. */
var KnownNetworkPluginMode;
(function (KnownNetworkPluginMode) {
    /** Used with networkPlugin=azure, pods are given IPs from the PodCIDR address space but use Azure Routing Domains rather than Kubenet's method of route tables. For more information visit https://aka.ms/aks/azure-cni-overlay. */
    KnownNetworkPluginMode["Overlay"] = "overlay";
})(KnownNetworkPluginMode || (KnownNetworkPluginMode = {}));
/** Network policy used for building the Kubernetes network. */
var KnownNetworkPolicy;
(function (KnownNetworkPolicy) {
    /** Network policies will not be enforced. This is the default value when NetworkPolicy is not specified. */
    KnownNetworkPolicy["None"] = "none";
    /** Use Calico network policies. See [differences between Azure and Calico policies](https://docs.microsoft.com/azure/aks/use-network-policies#differences-between-azure-and-calico-policies-and-their-capabilities) for more information. */
    KnownNetworkPolicy["Calico"] = "calico";
    /** Use Azure network policies. See [differences between Azure and Calico policies](https://docs.microsoft.com/azure/aks/use-network-policies#differences-between-azure-and-calico-policies-and-their-capabilities) for more information. */
    KnownNetworkPolicy["Azure"] = "azure";
    /** Use Cilium to enforce network policies. This requires networkDataplane to be 'cilium'. */
    KnownNetworkPolicy["Cilium"] = "cilium";
})(KnownNetworkPolicy || (KnownNetworkPolicy = {}));
/** The network mode Azure CNI is configured with. This cannot be specified if networkPlugin is anything other than 'azure'. */
var KnownNetworkMode;
(function (KnownNetworkMode) {
    /** No bridge is created. Intra-VM Pod to Pod communication is through IP routes created by Azure CNI. See [Transparent Mode](https://docs.microsoft.com/azure/aks/faq#transparent-mode) for more information. */
    KnownNetworkMode["Transparent"] = "transparent";
    /** This is no longer supported */
    KnownNetworkMode["Bridge"] = "bridge";
})(KnownNetworkMode || (KnownNetworkMode = {}));
/** Network dataplane used in the Kubernetes cluster. */
var KnownNetworkDataplane;
(function (KnownNetworkDataplane) {
    /** Use Azure network dataplane. */
    KnownNetworkDataplane["Azure"] = "azure";
    /** Use Cilium network dataplane. See [Azure CNI Powered by Cilium](https://learn.microsoft.com/azure/aks/azure-cni-powered-by-cilium) for more information. */
    KnownNetworkDataplane["Cilium"] = "cilium";
})(KnownNetworkDataplane || (KnownNetworkDataplane = {}));
function advancedNetworkingSerializer(item) {
    return {
        enabled: item["enabled"],
        observability: !item["observability"]
            ? item["observability"]
            : advancedNetworkingObservabilitySerializer(item["observability"]),
        security: !item["security"]
            ? item["security"]
            : advancedNetworkingSecuritySerializer(item["security"]),
        performance: !item["performance"]
            ? item["performance"]
            : advancedNetworkingPerformanceSerializer(item["performance"]),
    };
}
function advancedNetworkingDeserializer(item) {
    return {
        enabled: item["enabled"],
        observability: !item["observability"]
            ? item["observability"]
            : advancedNetworkingObservabilityDeserializer(item["observability"]),
        security: !item["security"]
            ? item["security"]
            : advancedNetworkingSecurityDeserializer(item["security"]),
        performance: !item["performance"]
            ? item["performance"]
            : advancedNetworkingPerformanceDeserializer(item["performance"]),
    };
}
function advancedNetworkingObservabilitySerializer(item) {
    return { enabled: item["enabled"] };
}
function advancedNetworkingObservabilityDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function advancedNetworkingSecuritySerializer(item) {
    return {
        enabled: item["enabled"],
        advancedNetworkPolicies: item["advancedNetworkPolicies"],
        transitEncryption: !item["transitEncryption"]
            ? item["transitEncryption"]
            : advancedNetworkingSecurityTransitEncryptionSerializer(item["transitEncryption"]),
    };
}
function advancedNetworkingSecurityDeserializer(item) {
    return {
        enabled: item["enabled"],
        advancedNetworkPolicies: item["advancedNetworkPolicies"],
        transitEncryption: !item["transitEncryption"]
            ? item["transitEncryption"]
            : advancedNetworkingSecurityTransitEncryptionDeserializer(item["transitEncryption"]),
    };
}
/** Enable advanced network policies. This allows users to configure Layer 7 network policies (FQDN, HTTP, Kafka). Policies themselves must be configured via the Cilium Network Policy resources, see https://docs.cilium.io/en/latest/security/policy/index.html. This can be enabled only on cilium-based clusters. If not specified, the default value is FQDN if security.enabled is set to true. */
var KnownAdvancedNetworkPolicies;
(function (KnownAdvancedNetworkPolicies) {
    /** Enable Layer7 network policies (FQDN, HTTP/S, Kafka). This option is a superset of the FQDN option. */
    KnownAdvancedNetworkPolicies["L7"] = "L7";
    /** Enable FQDN based network policies */
    KnownAdvancedNetworkPolicies["Fqdn"] = "FQDN";
    /** Disable Layer 7 network policies (FQDN, HTTP/S, Kafka) */
    KnownAdvancedNetworkPolicies["None"] = "None";
})(KnownAdvancedNetworkPolicies || (KnownAdvancedNetworkPolicies = {}));
function advancedNetworkingSecurityTransitEncryptionSerializer(item) {
    return { type: item["type"] };
}
function advancedNetworkingSecurityTransitEncryptionDeserializer(item) {
    return {
        type: item["type"],
    };
}
/** Configures pod-to-pod encryption. This can be enabled only on Cilium-based clusters. If not specified, the default value is None. */
var KnownTransitEncryptionType;
(function (KnownTransitEncryptionType) {
    /** Enable WireGuard encryption. Refer to https://docs.cilium.io/en/latest/security/network/encryption-wireguard/ on use cases and implementation details */
    KnownTransitEncryptionType["WireGuard"] = "WireGuard";
    /** Disable Transit encryption */
    KnownTransitEncryptionType["None"] = "None";
})(KnownTransitEncryptionType || (KnownTransitEncryptionType = {}));
function advancedNetworkingPerformanceSerializer(item) {
    return { accelerationMode: item["accelerationMode"] };
}
function advancedNetworkingPerformanceDeserializer(item) {
    return {
        accelerationMode: item["accelerationMode"],
    };
}
/** Enable advanced network acceleration options. This allows users to configure acceleration using BPF host routing. This can be enabled only with Cilium dataplane. If not specified, the default value is None (no acceleration). The acceleration mode can be changed on a pre-existing cluster. See https://aka.ms/acnsperformance for a detailed explanation */
var KnownAccelerationMode;
(function (KnownAccelerationMode) {
    /** Enable eBPF host routing with veth device mode. */
    KnownAccelerationMode["BpfVeth"] = "BpfVeth";
    /** Disable acceleration options. */
    KnownAccelerationMode["None"] = "None";
})(KnownAccelerationMode || (KnownAccelerationMode = {}));
/** The outbound (egress) routing method. This can only be set at cluster creation time and cannot be changed later. For more information see [egress outbound type](https://docs.microsoft.com/azure/aks/egress-outboundtype). */
var KnownOutboundType;
(function (KnownOutboundType) {
    /** The load balancer is used for egress through an AKS assigned public IP. This supports Kubernetes services of type 'loadBalancer'. For more information see [outbound type loadbalancer](https://docs.microsoft.com/azure/aks/egress-outboundtype#outbound-type-of-loadbalancer). */
    KnownOutboundType["LoadBalancer"] = "loadBalancer";
    /** Egress paths must be defined by the user. This is an advanced scenario and requires proper network configuration. For more information see [outbound type userDefinedRouting](https://docs.microsoft.com/azure/aks/egress-outboundtype#outbound-type-of-userdefinedrouting). */
    KnownOutboundType["UserDefinedRouting"] = "userDefinedRouting";
    /** The AKS-managed NAT gateway is used for egress. */
    KnownOutboundType["ManagedNATGateway"] = "managedNATGateway";
    /** The user-assigned NAT gateway associated to the cluster subnet is used for egress. This is an advanced scenario and requires proper network configuration. */
    KnownOutboundType["UserAssignedNATGateway"] = "userAssignedNATGateway";
    /** The AKS cluster is not set with any outbound-type. All AKS nodes follows Azure VM default outbound behavior. Please refer to https://azure.microsoft.com/en-us/updates/default-outbound-access-for-vms-in-azure-will-be-retired-transition-to-a-new-method-of-internet-access/ */
    KnownOutboundType["None"] = "none";
})(KnownOutboundType || (KnownOutboundType = {}));
/** The load balancer sku for the managed cluster. The default is 'standard'. See [Azure Load Balancer SKUs](https://docs.microsoft.com/azure/load-balancer/skus) for more information about the differences between load balancer SKUs. */
var KnownLoadBalancerSku;
(function (KnownLoadBalancerSku) {
    /** Use a a standard Load Balancer. This is the recommended Load Balancer SKU. For more information about on working with the load balancer in the managed cluster, see the [standard Load Balancer](https://docs.microsoft.com/azure/aks/load-balancer-standard) article. */
    KnownLoadBalancerSku["Standard"] = "standard";
    /** Use a basic Load Balancer with limited functionality. */
    KnownLoadBalancerSku["Basic"] = "basic";
})(KnownLoadBalancerSku || (KnownLoadBalancerSku = {}));
function managedClusterLoadBalancerProfileSerializer(item) {
    return {
        managedOutboundIPs: !item["managedOutboundIPs"]
            ? item["managedOutboundIPs"]
            : managedClusterLoadBalancerProfileManagedOutboundIPsSerializer(item["managedOutboundIPs"]),
        outboundIPPrefixes: !item["outboundIPPrefixes"]
            ? item["outboundIPPrefixes"]
            : managedClusterLoadBalancerProfileOutboundIPPrefixesSerializer(item["outboundIPPrefixes"]),
        outboundIPs: !item["outboundIPs"]
            ? item["outboundIPs"]
            : managedClusterLoadBalancerProfileOutboundIPsSerializer(item["outboundIPs"]),
        allocatedOutboundPorts: item["allocatedOutboundPorts"],
        idleTimeoutInMinutes: item["idleTimeoutInMinutes"],
        enableMultipleStandardLoadBalancers: item["enableMultipleStandardLoadBalancers"],
        backendPoolType: item["backendPoolType"],
    };
}
function managedClusterLoadBalancerProfileDeserializer(item) {
    return {
        managedOutboundIPs: !item["managedOutboundIPs"]
            ? item["managedOutboundIPs"]
            : managedClusterLoadBalancerProfileManagedOutboundIPsDeserializer(item["managedOutboundIPs"]),
        outboundIPPrefixes: !item["outboundIPPrefixes"]
            ? item["outboundIPPrefixes"]
            : managedClusterLoadBalancerProfileOutboundIPPrefixesDeserializer(item["outboundIPPrefixes"]),
        outboundIPs: !item["outboundIPs"]
            ? item["outboundIPs"]
            : managedClusterLoadBalancerProfileOutboundIPsDeserializer(item["outboundIPs"]),
        effectiveOutboundIPs: !item["effectiveOutboundIPs"]
            ? item["effectiveOutboundIPs"]
            : resourceReferenceArrayDeserializer(item["effectiveOutboundIPs"]),
        allocatedOutboundPorts: item["allocatedOutboundPorts"],
        idleTimeoutInMinutes: item["idleTimeoutInMinutes"],
        enableMultipleStandardLoadBalancers: item["enableMultipleStandardLoadBalancers"],
        backendPoolType: item["backendPoolType"],
    };
}
function managedClusterLoadBalancerProfileManagedOutboundIPsSerializer(item) {
    return { count: item["count"], countIPv6: item["countIPv6"] };
}
function managedClusterLoadBalancerProfileManagedOutboundIPsDeserializer(item) {
    return {
        count: item["count"],
        countIPv6: item["countIPv6"],
    };
}
function managedClusterLoadBalancerProfileOutboundIPPrefixesSerializer(item) {
    return {
        publicIPPrefixes: !item["publicIPPrefixes"]
            ? item["publicIPPrefixes"]
            : resourceReferenceArraySerializer(item["publicIPPrefixes"]),
    };
}
function managedClusterLoadBalancerProfileOutboundIPPrefixesDeserializer(item) {
    return {
        publicIPPrefixes: !item["publicIPPrefixes"]
            ? item["publicIPPrefixes"]
            : resourceReferenceArrayDeserializer(item["publicIPPrefixes"]),
    };
}
function resourceReferenceArraySerializer(result) {
    return result.map((item) => {
        return resourceReferenceSerializer(item);
    });
}
function resourceReferenceArrayDeserializer(result) {
    return result.map((item) => {
        return resourceReferenceDeserializer(item);
    });
}
function resourceReferenceSerializer(item) {
    return { id: item["id"] };
}
function resourceReferenceDeserializer(item) {
    return {
        id: item["id"],
    };
}
function managedClusterLoadBalancerProfileOutboundIPsSerializer(item) {
    return {
        publicIPs: !item["publicIPs"]
            ? item["publicIPs"]
            : resourceReferenceArraySerializer(item["publicIPs"]),
    };
}
function managedClusterLoadBalancerProfileOutboundIPsDeserializer(item) {
    return {
        publicIPs: !item["publicIPs"]
            ? item["publicIPs"]
            : resourceReferenceArrayDeserializer(item["publicIPs"]),
    };
}
/** The type of the managed inbound Load Balancer BackendPool. */
var KnownBackendPoolType;
(function (KnownBackendPoolType) {
    /** The type of the managed inbound Load Balancer BackendPool. https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#configure-load-balancer-backend. */
    KnownBackendPoolType["NodeIPConfiguration"] = "NodeIPConfiguration";
    /** The type of the managed inbound Load Balancer BackendPool. https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#configure-load-balancer-backend. */
    KnownBackendPoolType["NodeIP"] = "NodeIP";
})(KnownBackendPoolType || (KnownBackendPoolType = {}));
function managedClusterNATGatewayProfileSerializer(item) {
    return {
        managedOutboundIPProfile: !item["managedOutboundIPProfile"]
            ? item["managedOutboundIPProfile"]
            : managedClusterManagedOutboundIPProfileSerializer(item["managedOutboundIPProfile"]),
        idleTimeoutInMinutes: item["idleTimeoutInMinutes"],
    };
}
function managedClusterNATGatewayProfileDeserializer(item) {
    return {
        managedOutboundIPProfile: !item["managedOutboundIPProfile"]
            ? item["managedOutboundIPProfile"]
            : managedClusterManagedOutboundIPProfileDeserializer(item["managedOutboundIPProfile"]),
        effectiveOutboundIPs: !item["effectiveOutboundIPs"]
            ? item["effectiveOutboundIPs"]
            : resourceReferenceArrayDeserializer(item["effectiveOutboundIPs"]),
        idleTimeoutInMinutes: item["idleTimeoutInMinutes"],
    };
}
function managedClusterManagedOutboundIPProfileSerializer(item) {
    return { count: item["count"] };
}
function managedClusterManagedOutboundIPProfileDeserializer(item) {
    return {
        count: item["count"],
    };
}
function managedClusterStaticEgressGatewayProfileSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterStaticEgressGatewayProfileDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
/** To determine if address belongs IPv4 or IPv6 family */
var KnownIpFamily;
(function (KnownIpFamily) {
    /** IPv4 family */
    KnownIpFamily["IPv4"] = "IPv4";
    /** IPv6 family */
    KnownIpFamily["IPv6"] = "IPv6";
})(KnownIpFamily || (KnownIpFamily = {}));
function managedClusterAADProfileSerializer(item) {
    return {
        managed: item["managed"],
        enableAzureRBAC: item["enableAzureRbac"],
        adminGroupObjectIDs: !item["adminGroupObjectIDs"]
            ? item["adminGroupObjectIDs"]
            : item["adminGroupObjectIDs"].map((p) => {
                return p;
            }),
        clientAppID: item["clientAppID"],
        serverAppID: item["serverAppID"],
        serverAppSecret: item["serverAppSecret"],
        tenantID: item["tenantID"],
    };
}
function managedClusterAADProfileDeserializer(item) {
    return {
        managed: item["managed"],
        enableAzureRbac: item["enableAzureRBAC"],
        adminGroupObjectIDs: !item["adminGroupObjectIDs"]
            ? item["adminGroupObjectIDs"]
            : item["adminGroupObjectIDs"].map((p) => {
                return p;
            }),
        clientAppID: item["clientAppID"],
        serverAppID: item["serverAppID"],
        serverAppSecret: item["serverAppSecret"],
        tenantID: item["tenantID"],
    };
}
function managedClusterAutoUpgradeProfileSerializer(item) {
    return {
        upgradeChannel: item["upgradeChannel"],
        nodeOSUpgradeChannel: item["nodeOSUpgradeChannel"],
    };
}
function managedClusterAutoUpgradeProfileDeserializer(item) {
    return {
        upgradeChannel: item["upgradeChannel"],
        nodeOSUpgradeChannel: item["nodeOSUpgradeChannel"],
    };
}
/** The upgrade channel for auto upgrade. The default is 'none'. For more information see [setting the AKS cluster auto-upgrade channel](https://docs.microsoft.com/azure/aks/upgrade-cluster#set-auto-upgrade-channel). */
var KnownUpgradeChannel;
(function (KnownUpgradeChannel) {
    /** Automatically upgrade the cluster to the latest supported patch release on the latest supported minor version. In cases where the cluster is at a version of Kubernetes that is at an N-2 minor version where N is the latest supported minor version, the cluster first upgrades to the latest supported patch version on N-1 minor version. For example, if a cluster is running version 1.17.7 and versions 1.17.9, 1.18.4, 1.18.6, and 1.19.1 are available, your cluster first is upgraded to 1.18.6, then is upgraded to 1.19.1. */
    KnownUpgradeChannel["Rapid"] = "rapid";
    /** Automatically upgrade the cluster to the latest supported patch release on minor version N-1, where N is the latest supported minor version. For example, if a cluster is running version 1.17.7 and versions 1.17.9, 1.18.4, 1.18.6, and 1.19.1 are available, your cluster is upgraded to 1.18.6. */
    KnownUpgradeChannel["Stable"] = "stable";
    /** Automatically upgrade the cluster to the latest supported patch version when it becomes available while keeping the minor version the same. For example, if a cluster is running version 1.17.7 and versions 1.17.9, 1.18.4, 1.18.6, and 1.19.1 are available, your cluster is upgraded to 1.17.9. */
    KnownUpgradeChannel["Patch"] = "patch";
    /** Automatically upgrade the node image to the latest version available. Consider using nodeOSUpgradeChannel instead as that allows you to configure node OS patching separate from Kubernetes version patching */
    KnownUpgradeChannel["NodeImage"] = "node-image";
    /** Disables auto-upgrades and keeps the cluster at its current version of Kubernetes. */
    KnownUpgradeChannel["None"] = "none";
})(KnownUpgradeChannel || (KnownUpgradeChannel = {}));
/** Node OS Upgrade Channel. Manner in which the OS on your nodes is updated. The default is NodeImage. */
var KnownNodeOSUpgradeChannel;
(function (KnownNodeOSUpgradeChannel) {
    /** No attempt to update your machines OS will be made either by OS or by rolling VHDs. This means you are responsible for your security updates */
    KnownNodeOSUpgradeChannel["None"] = "None";
    /** OS updates will be applied automatically through the OS built-in patching infrastructure. Newly scaled in machines will be unpatched initially and will be patched at some point by the OS's infrastructure. Behavior of this option depends on the OS in question. Ubuntu and Mariner apply security patches through unattended upgrade roughly once a day around 06:00 UTC. Windows does not apply security patches automatically and so for them this option is equivalent to None till further notice */
    KnownNodeOSUpgradeChannel["Unmanaged"] = "Unmanaged";
    /** AKS will update the nodes with a newly patched VHD containing security fixes and bugfixes on a weekly cadence. With the VHD update machines will be rolling reimaged to that VHD following maintenance windows and surge settings. No extra VHD cost is incurred when choosing this option as AKS hosts the images. */
    KnownNodeOSUpgradeChannel["NodeImage"] = "NodeImage";
    /** AKS downloads and updates the nodes with tested security updates. These updates honor the maintenance window settings and produce a new VHD that is used on new nodes. On some occasions it's not possible to apply the updates in place, in such cases the existing nodes will also be re-imaged to the newly produced VHD in order to apply the changes. This option incurs an extra cost of hosting the new Security Patch VHDs in your resource group for just in time consumption. */
    KnownNodeOSUpgradeChannel["SecurityPatch"] = "SecurityPatch";
})(KnownNodeOSUpgradeChannel || (KnownNodeOSUpgradeChannel = {}));
function clusterUpgradeSettingsSerializer(item) {
    return {
        overrideSettings: !item["overrideSettings"]
            ? item["overrideSettings"]
            : upgradeOverrideSettingsSerializer(item["overrideSettings"]),
    };
}
function clusterUpgradeSettingsDeserializer(item) {
    return {
        overrideSettings: !item["overrideSettings"]
            ? item["overrideSettings"]
            : upgradeOverrideSettingsDeserializer(item["overrideSettings"]),
    };
}
function upgradeOverrideSettingsSerializer(item) {
    return {
        forceUpgrade: item["forceUpgrade"],
        until: !item["until"] ? item["until"] : item["until"].toISOString(),
    };
}
function upgradeOverrideSettingsDeserializer(item) {
    return {
        forceUpgrade: item["forceUpgrade"],
        until: !item["until"] ? item["until"] : new Date(item["until"]),
    };
}
function managedClusterPropertiesAutoScalerProfileSerializer(item) {
    return {
        "balance-similar-node-groups": item["balanceSimilarNodeGroups"],
        "daemonset-eviction-for-empty-nodes": item["daemonsetEvictionForEmptyNodes"],
        "daemonset-eviction-for-occupied-nodes": item["daemonsetEvictionForOccupiedNodes"],
        "ignore-daemonsets-utilization": item["ignoreDaemonsetsUtilization"],
        expander: item["expander"],
        "max-empty-bulk-delete": item["maxEmptyBulkDelete"],
        "max-graceful-termination-sec": item["maxGracefulTerminationSec"],
        "max-node-provision-time": item["maxNodeProvisionTime"],
        "max-total-unready-percentage": item["maxTotalUnreadyPercentage"],
        "new-pod-scale-up-delay": item["newPodScaleUpDelay"],
        "ok-total-unready-count": item["okTotalUnreadyCount"],
        "scan-interval": item["scanInterval"],
        "scale-down-delay-after-add": item["scaleDownDelayAfterAdd"],
        "scale-down-delay-after-delete": item["scaleDownDelayAfterDelete"],
        "scale-down-delay-after-failure": item["scaleDownDelayAfterFailure"],
        "scale-down-unneeded-time": item["scaleDownUnneededTime"],
        "scale-down-unready-time": item["scaleDownUnreadyTime"],
        "scale-down-utilization-threshold": item["scaleDownUtilizationThreshold"],
        "skip-nodes-with-local-storage": item["skipNodesWithLocalStorage"],
        "skip-nodes-with-system-pods": item["skipNodesWithSystemPods"],
    };
}
function managedClusterPropertiesAutoScalerProfileDeserializer(item) {
    return {
        balanceSimilarNodeGroups: item["balance-similar-node-groups"],
        daemonsetEvictionForEmptyNodes: item["daemonset-eviction-for-empty-nodes"],
        daemonsetEvictionForOccupiedNodes: item["daemonset-eviction-for-occupied-nodes"],
        ignoreDaemonsetsUtilization: item["ignore-daemonsets-utilization"],
        expander: item["expander"],
        maxEmptyBulkDelete: item["max-empty-bulk-delete"],
        maxGracefulTerminationSec: item["max-graceful-termination-sec"],
        maxNodeProvisionTime: item["max-node-provision-time"],
        maxTotalUnreadyPercentage: item["max-total-unready-percentage"],
        newPodScaleUpDelay: item["new-pod-scale-up-delay"],
        okTotalUnreadyCount: item["ok-total-unready-count"],
        scanInterval: item["scan-interval"],
        scaleDownDelayAfterAdd: item["scale-down-delay-after-add"],
        scaleDownDelayAfterDelete: item["scale-down-delay-after-delete"],
        scaleDownDelayAfterFailure: item["scale-down-delay-after-failure"],
        scaleDownUnneededTime: item["scale-down-unneeded-time"],
        scaleDownUnreadyTime: item["scale-down-unready-time"],
        scaleDownUtilizationThreshold: item["scale-down-utilization-threshold"],
        skipNodesWithLocalStorage: item["skip-nodes-with-local-storage"],
        skipNodesWithSystemPods: item["skip-nodes-with-system-pods"],
    };
}
/** The expander to use when scaling up. If not specified, the default is 'random'. See [expanders](https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/FAQ.md#what-are-expanders) for more information. */
var KnownExpander;
(function (KnownExpander) {
    /** Selects the node group that will have the least idle CPU (if tied, unused memory) after scale-up. This is useful when you have different classes of nodes, for example, high CPU or high memory nodes, and only want to expand those when there are pending pods that need a lot of those resources. */
    KnownExpander["LeastWaste"] = "least-waste";
    /** Selects the node group that would be able to schedule the most pods when scaling up. This is useful when you are using nodeSelector to make sure certain pods land on certain nodes. Note that this won't cause the autoscaler to select bigger nodes vs. smaller, as it can add multiple smaller nodes at once. */
    KnownExpander["MostPods"] = "most-pods";
    /** Selects the node group that has the highest priority assigned by the user. It's configuration is described in more details [here](https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/expander/priority/readme.md). */
    KnownExpander["Priority"] = "priority";
    /** Used when you don't have a particular need for the node groups to scale differently. */
    KnownExpander["Random"] = "random";
})(KnownExpander || (KnownExpander = {}));
function managedClusterAPIServerAccessProfileSerializer(item) {
    return {
        authorizedIPRanges: !item["authorizedIPRanges"]
            ? item["authorizedIPRanges"]
            : item["authorizedIPRanges"].map((p) => {
                return p;
            }),
        enablePrivateCluster: item["enablePrivateCluster"],
        privateDNSZone: item["privateDNSZone"],
        enablePrivateClusterPublicFQDN: item["enablePrivateClusterPublicFqdn"],
        disableRunCommand: item["disableRunCommand"],
        enableVnetIntegration: item["enableVnetIntegration"],
        subnetId: item["subnetId"],
    };
}
function managedClusterAPIServerAccessProfileDeserializer(item) {
    return {
        authorizedIPRanges: !item["authorizedIPRanges"]
            ? item["authorizedIPRanges"]
            : item["authorizedIPRanges"].map((p) => {
                return p;
            }),
        enablePrivateCluster: item["enablePrivateCluster"],
        privateDNSZone: item["privateDNSZone"],
        enablePrivateClusterPublicFqdn: item["enablePrivateClusterPublicFQDN"],
        disableRunCommand: item["disableRunCommand"],
        enableVnetIntegration: item["enableVnetIntegration"],
        subnetId: item["subnetId"],
    };
}
function userAssignedIdentityRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : userAssignedIdentitySerializer(item[key]);
    });
    return result;
}
function userAssignedIdentityRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : userAssignedIdentityDeserializer(item[key]);
    });
    return result;
}
function privateLinkResourceArraySerializer(result) {
    return result.map((item) => {
        return privateLinkResourceSerializer(item);
    });
}
function privateLinkResourceArrayDeserializer(result) {
    return result.map((item) => {
        return privateLinkResourceDeserializer(item);
    });
}
function privateLinkResourceSerializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        groupId: item["groupId"],
        requiredMembers: !item["requiredMembers"]
            ? item["requiredMembers"]
            : item["requiredMembers"].map((p) => {
                return p;
            }),
    };
}
function privateLinkResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        groupId: item["groupId"],
        requiredMembers: !item["requiredMembers"]
            ? item["requiredMembers"]
            : item["requiredMembers"].map((p) => {
                return p;
            }),
        privateLinkServiceID: item["privateLinkServiceID"],
    };
}
function managedClusterHttpProxyConfigSerializer(item) {
    return {
        httpProxy: item["httpProxy"],
        httpsProxy: item["httpsProxy"],
        noProxy: !item["noProxy"]
            ? item["noProxy"]
            : item["noProxy"].map((p) => {
                return p;
            }),
        trustedCa: item["trustedCa"],
        enabled: item["enabled"],
    };
}
function managedClusterHttpProxyConfigDeserializer(item) {
    return {
        httpProxy: item["httpProxy"],
        httpsProxy: item["httpsProxy"],
        noProxy: !item["noProxy"]
            ? item["noProxy"]
            : item["noProxy"].map((p) => {
                return p;
            }),
        trustedCa: item["trustedCa"],
        enabled: item["enabled"],
    };
}
function managedClusterSecurityProfileSerializer(item) {
    return {
        defender: !item["defender"]
            ? item["defender"]
            : managedClusterSecurityProfileDefenderSerializer(item["defender"]),
        azureKeyVaultKms: !item["azureKeyVaultKms"]
            ? item["azureKeyVaultKms"]
            : azureKeyVaultKmsSerializer(item["azureKeyVaultKms"]),
        workloadIdentity: !item["workloadIdentity"]
            ? item["workloadIdentity"]
            : managedClusterSecurityProfileWorkloadIdentitySerializer(item["workloadIdentity"]),
        imageCleaner: !item["imageCleaner"]
            ? item["imageCleaner"]
            : managedClusterSecurityProfileImageCleanerSerializer(item["imageCleaner"]),
        customCATrustCertificates: !item["customCATrustCertificates"]
            ? item["customCATrustCertificates"]
            : item["customCATrustCertificates"].map((p) => {
                return esm_uint8ArrayToString(p, "base64");
            }),
    };
}
function managedClusterSecurityProfileDeserializer(item) {
    return {
        defender: !item["defender"]
            ? item["defender"]
            : managedClusterSecurityProfileDefenderDeserializer(item["defender"]),
        azureKeyVaultKms: !item["azureKeyVaultKms"]
            ? item["azureKeyVaultKms"]
            : azureKeyVaultKmsDeserializer(item["azureKeyVaultKms"]),
        workloadIdentity: !item["workloadIdentity"]
            ? item["workloadIdentity"]
            : managedClusterSecurityProfileWorkloadIdentityDeserializer(item["workloadIdentity"]),
        imageCleaner: !item["imageCleaner"]
            ? item["imageCleaner"]
            : managedClusterSecurityProfileImageCleanerDeserializer(item["imageCleaner"]),
        customCATrustCertificates: !item["customCATrustCertificates"]
            ? item["customCATrustCertificates"]
            : item["customCATrustCertificates"].map((p) => {
                return typeof p === "string" ? esm_stringToUint8Array(p, "base64") : p;
            }),
    };
}
function managedClusterSecurityProfileDefenderSerializer(item) {
    return {
        logAnalyticsWorkspaceResourceId: item["logAnalyticsWorkspaceResourceId"],
        securityMonitoring: !item["securityMonitoring"]
            ? item["securityMonitoring"]
            : managedClusterSecurityProfileDefenderSecurityMonitoringSerializer(item["securityMonitoring"]),
    };
}
function managedClusterSecurityProfileDefenderDeserializer(item) {
    return {
        logAnalyticsWorkspaceResourceId: item["logAnalyticsWorkspaceResourceId"],
        securityMonitoring: !item["securityMonitoring"]
            ? item["securityMonitoring"]
            : managedClusterSecurityProfileDefenderSecurityMonitoringDeserializer(item["securityMonitoring"]),
    };
}
function managedClusterSecurityProfileDefenderSecurityMonitoringSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterSecurityProfileDefenderSecurityMonitoringDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function azureKeyVaultKmsSerializer(item) {
    return {
        enabled: item["enabled"],
        keyId: item["keyId"],
        keyVaultNetworkAccess: item["keyVaultNetworkAccess"],
        keyVaultResourceId: item["keyVaultResourceId"],
    };
}
function azureKeyVaultKmsDeserializer(item) {
    return {
        enabled: item["enabled"],
        keyId: item["keyId"],
        keyVaultNetworkAccess: item["keyVaultNetworkAccess"],
        keyVaultResourceId: item["keyVaultResourceId"],
    };
}
/** Network access of the key vault. Network access of key vault. The possible values are `Public` and `Private`. `Public` means the key vault allows public access from all networks. `Private` means the key vault disables public access and enables private link. The default value is `Public`. */
var KnownKeyVaultNetworkAccessTypes;
(function (KnownKeyVaultNetworkAccessTypes) {
    /** Key vault allows public access from all networks. */
    KnownKeyVaultNetworkAccessTypes["Public"] = "Public";
    /** Key vault disables public access and enables private link. */
    KnownKeyVaultNetworkAccessTypes["Private"] = "Private";
})(KnownKeyVaultNetworkAccessTypes || (KnownKeyVaultNetworkAccessTypes = {}));
function managedClusterSecurityProfileWorkloadIdentitySerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterSecurityProfileWorkloadIdentityDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function managedClusterSecurityProfileImageCleanerSerializer(item) {
    return { enabled: item["enabled"], intervalHours: item["intervalHours"] };
}
function managedClusterSecurityProfileImageCleanerDeserializer(item) {
    return {
        enabled: item["enabled"],
        intervalHours: item["intervalHours"],
    };
}
function managedClusterStorageProfileSerializer(item) {
    return {
        diskCSIDriver: !item["diskCSIDriver"]
            ? item["diskCSIDriver"]
            : managedClusterStorageProfileDiskCSIDriverSerializer(item["diskCSIDriver"]),
        fileCSIDriver: !item["fileCSIDriver"]
            ? item["fileCSIDriver"]
            : managedClusterStorageProfileFileCSIDriverSerializer(item["fileCSIDriver"]),
        snapshotController: !item["snapshotController"]
            ? item["snapshotController"]
            : managedClusterStorageProfileSnapshotControllerSerializer(item["snapshotController"]),
        blobCSIDriver: !item["blobCSIDriver"]
            ? item["blobCSIDriver"]
            : managedClusterStorageProfileBlobCSIDriverSerializer(item["blobCSIDriver"]),
    };
}
function managedClusterStorageProfileDeserializer(item) {
    return {
        diskCSIDriver: !item["diskCSIDriver"]
            ? item["diskCSIDriver"]
            : managedClusterStorageProfileDiskCSIDriverDeserializer(item["diskCSIDriver"]),
        fileCSIDriver: !item["fileCSIDriver"]
            ? item["fileCSIDriver"]
            : managedClusterStorageProfileFileCSIDriverDeserializer(item["fileCSIDriver"]),
        snapshotController: !item["snapshotController"]
            ? item["snapshotController"]
            : managedClusterStorageProfileSnapshotControllerDeserializer(item["snapshotController"]),
        blobCSIDriver: !item["blobCSIDriver"]
            ? item["blobCSIDriver"]
            : managedClusterStorageProfileBlobCSIDriverDeserializer(item["blobCSIDriver"]),
    };
}
function managedClusterStorageProfileDiskCSIDriverSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterStorageProfileDiskCSIDriverDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function managedClusterStorageProfileFileCSIDriverSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterStorageProfileFileCSIDriverDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function managedClusterStorageProfileSnapshotControllerSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterStorageProfileSnapshotControllerDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function managedClusterStorageProfileBlobCSIDriverSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterStorageProfileBlobCSIDriverDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function managedClusterIngressProfileSerializer(item) {
    return {
        webAppRouting: !item["webAppRouting"]
            ? item["webAppRouting"]
            : managedClusterIngressProfileWebAppRoutingSerializer(item["webAppRouting"]),
        gatewayAPI: !item["gatewayAPI"]
            ? item["gatewayAPI"]
            : managedClusterIngressProfileGatewayConfigurationSerializer(item["gatewayAPI"]),
    };
}
function managedClusterIngressProfileDeserializer(item) {
    return {
        webAppRouting: !item["webAppRouting"]
            ? item["webAppRouting"]
            : managedClusterIngressProfileWebAppRoutingDeserializer(item["webAppRouting"]),
        gatewayAPI: !item["gatewayAPI"]
            ? item["gatewayAPI"]
            : managedClusterIngressProfileGatewayConfigurationDeserializer(item["gatewayAPI"]),
    };
}
function managedClusterIngressProfileWebAppRoutingSerializer(item) {
    return {
        enabled: item["enabled"],
        gatewayAPIImplementations: !item["gatewayAPIImplementations"]
            ? item["gatewayAPIImplementations"]
            : managedClusterWebAppRoutingGatewayAPIImplementationsSerializer(item["gatewayAPIImplementations"]),
        dnsZoneResourceIds: !item["dnsZoneResourceIds"]
            ? item["dnsZoneResourceIds"]
            : item["dnsZoneResourceIds"].map((p) => {
                return p;
            }),
        nginx: !item["nginx"]
            ? item["nginx"]
            : managedClusterIngressProfileNginxSerializer(item["nginx"]),
    };
}
function managedClusterIngressProfileWebAppRoutingDeserializer(item) {
    return {
        enabled: item["enabled"],
        gatewayAPIImplementations: !item["gatewayAPIImplementations"]
            ? item["gatewayAPIImplementations"]
            : managedClusterWebAppRoutingGatewayAPIImplementationsDeserializer(item["gatewayAPIImplementations"]),
        dnsZoneResourceIds: !item["dnsZoneResourceIds"]
            ? item["dnsZoneResourceIds"]
            : item["dnsZoneResourceIds"].map((p) => {
                return p;
            }),
        nginx: !item["nginx"]
            ? item["nginx"]
            : managedClusterIngressProfileNginxDeserializer(item["nginx"]),
        identity: !item["identity"]
            ? item["identity"]
            : userAssignedIdentityDeserializer(item["identity"]),
    };
}
function managedClusterWebAppRoutingGatewayAPIImplementationsSerializer(item) {
    return {
        appRoutingIstio: !item["appRoutingIstio"]
            ? item["appRoutingIstio"]
            : managedClusterAppRoutingIstioSerializer(item["appRoutingIstio"]),
    };
}
function managedClusterWebAppRoutingGatewayAPIImplementationsDeserializer(item) {
    return {
        appRoutingIstio: !item["appRoutingIstio"]
            ? item["appRoutingIstio"]
            : managedClusterAppRoutingIstioDeserializer(item["appRoutingIstio"]),
    };
}
function managedClusterAppRoutingIstioSerializer(item) {
    return { mode: item["mode"] };
}
function managedClusterAppRoutingIstioDeserializer(item) {
    return {
        mode: item["mode"],
    };
}
/** Whether to enable Istio as a Gateway API implementation for managed ingress with App Routing. */
var KnownGatewayAPIIstioEnabled;
(function (KnownGatewayAPIIstioEnabled) {
    /** Enables managed ingress via the Gateway API using a sidecar-less Istio controlplane. */
    KnownGatewayAPIIstioEnabled["Enabled"] = "Enabled";
    /** Disables the sidecar-less istio control plane for managed ingress via the Gateway API. */
    KnownGatewayAPIIstioEnabled["Disabled"] = "Disabled";
})(KnownGatewayAPIIstioEnabled || (KnownGatewayAPIIstioEnabled = {}));
function managedClusterIngressProfileNginxSerializer(item) {
    return { defaultIngressControllerType: item["defaultIngressControllerType"] };
}
function managedClusterIngressProfileNginxDeserializer(item) {
    return {
        defaultIngressControllerType: item["defaultIngressControllerType"],
    };
}
/** Ingress type for the default NginxIngressController custom resource */
var KnownNginxIngressControllerType;
(function (KnownNginxIngressControllerType) {
    /** The default NginxIngressController will be created. Users can edit the default NginxIngressController Custom Resource to configure load balancer annotations. */
    KnownNginxIngressControllerType["AnnotationControlled"] = "AnnotationControlled";
    /** The default NginxIngressController will be created and the operator will provision an external loadbalancer with it. Any annotation to make the default loadbalancer internal will be overwritten. */
    KnownNginxIngressControllerType["External"] = "External";
    /** The default NginxIngressController will be created and the operator will provision an internal loadbalancer with it. Any annotation to make the default loadbalancer external will be overwritten. */
    KnownNginxIngressControllerType["Internal"] = "Internal";
    /** The default Ingress Controller will not be created. It will not be deleted by the system if it exists. Users should delete the default NginxIngressController Custom Resource manually if desired. */
    KnownNginxIngressControllerType["None"] = "None";
})(KnownNginxIngressControllerType || (KnownNginxIngressControllerType = {}));
function managedClusterIngressProfileGatewayConfigurationSerializer(item) {
    return { installation: item["installation"] };
}
function managedClusterIngressProfileGatewayConfigurationDeserializer(item) {
    return {
        installation: item["installation"],
    };
}
/** Configuration for the managed Gateway API installation. If not specified, the default is 'Disabled'. See https://aka.ms/k8s-gateway-api for more details. */
var KnownManagedGatewayType;
(function (KnownManagedGatewayType) {
    /** Gateway API CRDs will not be reconciled on your cluster. */
    KnownManagedGatewayType["Disabled"] = "Disabled";
    /** Gateway API CRDs from the standard release channel will be reconciled onto your cluster. See https://aka.ms/gateway-api-versions to see which bundle will be installed for your Kubernetes version. */
    KnownManagedGatewayType["Standard"] = "Standard";
})(KnownManagedGatewayType || (KnownManagedGatewayType = {}));
/** PublicNetworkAccess of the managedCluster. Allow or deny public network access for AKS */
var KnownPublicNetworkAccess;
(function (KnownPublicNetworkAccess) {
    /** Inbound/Outbound to the managedCluster is allowed. */
    KnownPublicNetworkAccess["Enabled"] = "Enabled";
    /** Inbound traffic to managedCluster is disabled, traffic from managedCluster is allowed. */
    KnownPublicNetworkAccess["Disabled"] = "Disabled";
})(KnownPublicNetworkAccess || (KnownPublicNetworkAccess = {}));
function managedClusterWorkloadAutoScalerProfileSerializer(item) {
    return {
        keda: !item["keda"]
            ? item["keda"]
            : managedClusterWorkloadAutoScalerProfileKedaSerializer(item["keda"]),
        verticalPodAutoscaler: !item["verticalPodAutoscaler"]
            ? item["verticalPodAutoscaler"]
            : managedClusterWorkloadAutoScalerProfileVerticalPodAutoscalerSerializer(item["verticalPodAutoscaler"]),
    };
}
function managedClusterWorkloadAutoScalerProfileDeserializer(item) {
    return {
        keda: !item["keda"]
            ? item["keda"]
            : managedClusterWorkloadAutoScalerProfileKedaDeserializer(item["keda"]),
        verticalPodAutoscaler: !item["verticalPodAutoscaler"]
            ? item["verticalPodAutoscaler"]
            : managedClusterWorkloadAutoScalerProfileVerticalPodAutoscalerDeserializer(item["verticalPodAutoscaler"]),
    };
}
function managedClusterWorkloadAutoScalerProfileKedaSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterWorkloadAutoScalerProfileKedaDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function managedClusterWorkloadAutoScalerProfileVerticalPodAutoscalerSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterWorkloadAutoScalerProfileVerticalPodAutoscalerDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function managedClusterAzureMonitorProfileSerializer(item) {
    return {
        metrics: !item["metrics"]
            ? item["metrics"]
            : managedClusterAzureMonitorProfileMetricsSerializer(item["metrics"]),
        appMonitoring: !item["appMonitoring"]
            ? item["appMonitoring"]
            : managedClusterAzureMonitorProfileAppMonitoringSerializer(item["appMonitoring"]),
    };
}
function managedClusterAzureMonitorProfileDeserializer(item) {
    return {
        metrics: !item["metrics"]
            ? item["metrics"]
            : managedClusterAzureMonitorProfileMetricsDeserializer(item["metrics"]),
        appMonitoring: !item["appMonitoring"]
            ? item["appMonitoring"]
            : managedClusterAzureMonitorProfileAppMonitoringDeserializer(item["appMonitoring"]),
    };
}
function managedClusterAzureMonitorProfileMetricsSerializer(item) {
    return {
        enabled: item["enabled"],
        kubeStateMetrics: !item["kubeStateMetrics"]
            ? item["kubeStateMetrics"]
            : managedClusterAzureMonitorProfileKubeStateMetricsSerializer(item["kubeStateMetrics"]),
        controlPlane: !item["controlPlane"]
            ? item["controlPlane"]
            : managedClusterAzureMonitorProfileMetricsControlPlaneSerializer(item["controlPlane"]),
    };
}
function managedClusterAzureMonitorProfileMetricsDeserializer(item) {
    return {
        enabled: item["enabled"],
        kubeStateMetrics: !item["kubeStateMetrics"]
            ? item["kubeStateMetrics"]
            : managedClusterAzureMonitorProfileKubeStateMetricsDeserializer(item["kubeStateMetrics"]),
        controlPlane: !item["controlPlane"]
            ? item["controlPlane"]
            : managedClusterAzureMonitorProfileMetricsControlPlaneDeserializer(item["controlPlane"]),
    };
}
function managedClusterAzureMonitorProfileKubeStateMetricsSerializer(item) {
    return {
        metricLabelsAllowlist: item["metricLabelsAllowlist"],
        metricAnnotationsAllowList: item["metricAnnotationsAllowList"],
    };
}
function managedClusterAzureMonitorProfileKubeStateMetricsDeserializer(item) {
    return {
        metricLabelsAllowlist: item["metricLabelsAllowlist"],
        metricAnnotationsAllowList: item["metricAnnotationsAllowList"],
    };
}
function managedClusterAzureMonitorProfileMetricsControlPlaneSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterAzureMonitorProfileMetricsControlPlaneDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function managedClusterAzureMonitorProfileAppMonitoringSerializer(item) {
    return {
        autoInstrumentation: !item["autoInstrumentation"]
            ? item["autoInstrumentation"]
            : managedClusterAzureMonitorProfileAppMonitoringAutoInstrumentationSerializer(item["autoInstrumentation"]),
    };
}
function managedClusterAzureMonitorProfileAppMonitoringDeserializer(item) {
    return {
        autoInstrumentation: !item["autoInstrumentation"]
            ? item["autoInstrumentation"]
            : managedClusterAzureMonitorProfileAppMonitoringAutoInstrumentationDeserializer(item["autoInstrumentation"]),
    };
}
function managedClusterAzureMonitorProfileAppMonitoringAutoInstrumentationSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterAzureMonitorProfileAppMonitoringAutoInstrumentationDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function serviceMeshProfileSerializer(item) {
    return {
        mode: item["mode"],
        istio: !item["istio"] ? item["istio"] : istioServiceMeshSerializer(item["istio"]),
    };
}
function serviceMeshProfileDeserializer(item) {
    return {
        mode: item["mode"],
        istio: !item["istio"] ? item["istio"] : istioServiceMeshDeserializer(item["istio"]),
    };
}
/** Mode of the service mesh. */
var KnownServiceMeshMode;
(function (KnownServiceMeshMode) {
    /** Istio deployed as an AKS addon. */
    KnownServiceMeshMode["Istio"] = "Istio";
    /** Mesh is disabled. */
    KnownServiceMeshMode["Disabled"] = "Disabled";
})(KnownServiceMeshMode || (KnownServiceMeshMode = {}));
function istioServiceMeshSerializer(item) {
    return {
        components: !item["components"]
            ? item["components"]
            : istioComponentsSerializer(item["components"]),
        certificateAuthority: !item["certificateAuthority"]
            ? item["certificateAuthority"]
            : istioCertificateAuthoritySerializer(item["certificateAuthority"]),
        revisions: !item["revisions"]
            ? item["revisions"]
            : item["revisions"].map((p) => {
                return p;
            }),
    };
}
function istioServiceMeshDeserializer(item) {
    return {
        components: !item["components"]
            ? item["components"]
            : istioComponentsDeserializer(item["components"]),
        certificateAuthority: !item["certificateAuthority"]
            ? item["certificateAuthority"]
            : istioCertificateAuthorityDeserializer(item["certificateAuthority"]),
        revisions: !item["revisions"]
            ? item["revisions"]
            : item["revisions"].map((p) => {
                return p;
            }),
    };
}
function istioComponentsSerializer(item) {
    return {
        ingressGateways: !item["ingressGateways"]
            ? item["ingressGateways"]
            : istioIngressGatewayArraySerializer(item["ingressGateways"]),
        egressGateways: !item["egressGateways"]
            ? item["egressGateways"]
            : istioEgressGatewayArraySerializer(item["egressGateways"]),
        proxyRedirectionMechanism: item["proxyRedirectionMechanism"],
    };
}
function istioComponentsDeserializer(item) {
    return {
        ingressGateways: !item["ingressGateways"]
            ? item["ingressGateways"]
            : istioIngressGatewayArrayDeserializer(item["ingressGateways"]),
        egressGateways: !item["egressGateways"]
            ? item["egressGateways"]
            : istioEgressGatewayArrayDeserializer(item["egressGateways"]),
        proxyRedirectionMechanism: item["proxyRedirectionMechanism"],
    };
}
function istioIngressGatewayArraySerializer(result) {
    return result.map((item) => {
        return istioIngressGatewaySerializer(item);
    });
}
function istioIngressGatewayArrayDeserializer(result) {
    return result.map((item) => {
        return istioIngressGatewayDeserializer(item);
    });
}
function istioIngressGatewaySerializer(item) {
    return { mode: item["mode"], enabled: item["enabled"] };
}
function istioIngressGatewayDeserializer(item) {
    return {
        mode: item["mode"],
        enabled: item["enabled"],
    };
}
/** Mode of an ingress gateway. */
var KnownIstioIngressGatewayMode;
(function (KnownIstioIngressGatewayMode) {
    /** The ingress gateway is assigned a public IP address and is publicly accessible. */
    KnownIstioIngressGatewayMode["External"] = "External";
    /** The ingress gateway is assigned an internal IP address and cannot is accessed publicly. */
    KnownIstioIngressGatewayMode["Internal"] = "Internal";
})(KnownIstioIngressGatewayMode || (KnownIstioIngressGatewayMode = {}));
function istioEgressGatewayArraySerializer(result) {
    return result.map((item) => {
        return istioEgressGatewaySerializer(item);
    });
}
function istioEgressGatewayArrayDeserializer(result) {
    return result.map((item) => {
        return istioEgressGatewayDeserializer(item);
    });
}
function istioEgressGatewaySerializer(item) {
    return {
        enabled: item["enabled"],
        name: item["name"],
        namespace: item["namespace"],
        gatewayConfigurationName: item["gatewayConfigurationName"],
    };
}
function istioEgressGatewayDeserializer(item) {
    return {
        enabled: item["enabled"],
        name: item["name"],
        namespace: item["namespace"],
        gatewayConfigurationName: item["gatewayConfigurationName"],
    };
}
/** Mode of traffic redirection. */
var KnownProxyRedirectionMechanism;
(function (KnownProxyRedirectionMechanism) {
    /** Istio will inject an init container into each pod to redirect traffic (requires NET_ADMIN and NET_RAW). */
    KnownProxyRedirectionMechanism["InitContainers"] = "InitContainers";
    /** Istio will install a chained CNI plugin to redirect traffic (recommended). */
    KnownProxyRedirectionMechanism["CNIChaining"] = "CNIChaining";
})(KnownProxyRedirectionMechanism || (KnownProxyRedirectionMechanism = {}));
function istioCertificateAuthoritySerializer(item) {
    return {
        plugin: !item["plugin"]
            ? item["plugin"]
            : istioPluginCertificateAuthoritySerializer(item["plugin"]),
    };
}
function istioCertificateAuthorityDeserializer(item) {
    return {
        plugin: !item["plugin"]
            ? item["plugin"]
            : istioPluginCertificateAuthorityDeserializer(item["plugin"]),
    };
}
function istioPluginCertificateAuthoritySerializer(item) {
    return {
        keyVaultId: item["keyVaultId"],
        certObjectName: item["certObjectName"],
        keyObjectName: item["keyObjectName"],
        rootCertObjectName: item["rootCertObjectName"],
        certChainObjectName: item["certChainObjectName"],
    };
}
function istioPluginCertificateAuthorityDeserializer(item) {
    return {
        keyVaultId: item["keyVaultId"],
        certObjectName: item["certObjectName"],
        keyObjectName: item["keyObjectName"],
        rootCertObjectName: item["rootCertObjectName"],
        certChainObjectName: item["certChainObjectName"],
    };
}
function managedClusterMetricsProfileSerializer(item) {
    return {
        costAnalysis: !item["costAnalysis"]
            ? item["costAnalysis"]
            : managedClusterCostAnalysisSerializer(item["costAnalysis"]),
    };
}
function managedClusterMetricsProfileDeserializer(item) {
    return {
        costAnalysis: !item["costAnalysis"]
            ? item["costAnalysis"]
            : managedClusterCostAnalysisDeserializer(item["costAnalysis"]),
    };
}
function managedClusterCostAnalysisSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterCostAnalysisDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function managedClusterNodeProvisioningProfileSerializer(item) {
    return { mode: item["mode"], defaultNodePools: item["defaultNodePools"] };
}
function managedClusterNodeProvisioningProfileDeserializer(item) {
    return {
        mode: item["mode"],
        defaultNodePools: item["defaultNodePools"],
    };
}
/** The node provisioning mode. If not specified, the default is Manual. */
var KnownNodeProvisioningMode;
(function (KnownNodeProvisioningMode) {
    /** Nodes are provisioned manually by the user */
    KnownNodeProvisioningMode["Manual"] = "Manual";
    /** Nodes are provisioned automatically by AKS using Karpenter (See aka.ms/aks/nap for more details). Fixed size Node Pools can still be created, but autoscaling Node Pools cannot be. (See aka.ms/aks/nap for more details). */
    KnownNodeProvisioningMode["Auto"] = "Auto";
})(KnownNodeProvisioningMode || (KnownNodeProvisioningMode = {}));
/** The set of default Karpenter NodePools (CRDs) configured for node provisioning. This field has no effect unless mode is 'Auto'. Warning: Changing this from Auto to None on an existing cluster will cause the default Karpenter NodePools to be deleted, which will drain and delete the nodes associated with those pools. It is strongly recommended to not do this unless there are idle nodes ready to take the pods evicted by that action. If not specified, the default is Auto. For more information see aka.ms/aks/nap#node-pools. */
var KnownNodeProvisioningDefaultNodePools;
(function (KnownNodeProvisioningDefaultNodePools) {
    /** No Karpenter NodePools are provisioned automatically. Automatic scaling will not happen unless the user creates one or more NodePool CRD instances. */
    KnownNodeProvisioningDefaultNodePools["None"] = "None";
    /** A standard set of Karpenter NodePools are provisioned */
    KnownNodeProvisioningDefaultNodePools["Auto"] = "Auto";
})(KnownNodeProvisioningDefaultNodePools || (KnownNodeProvisioningDefaultNodePools = {}));
function managedClusterBootstrapProfileSerializer(item) {
    return {
        artifactSource: item["artifactSource"],
        containerRegistryId: item["containerRegistryId"],
    };
}
function managedClusterBootstrapProfileDeserializer(item) {
    return {
        artifactSource: item["artifactSource"],
        containerRegistryId: item["containerRegistryId"],
    };
}
/** The artifact source. The source where the artifacts are downloaded from. */
var KnownArtifactSource;
(function (KnownArtifactSource) {
    /** pull images from Azure Container Registry with cache */
    KnownArtifactSource["Cache"] = "Cache";
    /** pull images from Microsoft Artifact Registry */
    KnownArtifactSource["Direct"] = "Direct";
})(KnownArtifactSource || (KnownArtifactSource = {}));
function managedClusterAIToolchainOperatorProfileSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedClusterAIToolchainOperatorProfileDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function managedClusterHostedSystemProfileSerializer(item) {
    return {
        enabled: item["enabled"],
        systemNodeSubnetID: item["systemNodeSubnetID"],
        nodeSubnetID: item["nodeSubnetID"],
    };
}
function managedClusterHostedSystemProfileDeserializer(item) {
    return {
        enabled: item["enabled"],
        systemNodeSubnetID: item["systemNodeSubnetID"],
        nodeSubnetID: item["nodeSubnetID"],
    };
}
function managedClusterStatusSerializer(_item) {
    return {};
}
function managedClusterStatusDeserializer(item) {
    return {
        provisioningError: !item["provisioningError"]
            ? item["provisioningError"]
            : errorDetailDeserializer(item["provisioningError"]),
    };
}
function managedClusterSKUSerializer(item) {
    return { name: item["name"], tier: item["tier"] };
}
function managedClusterSKUDeserializer(item) {
    return {
        name: item["name"],
        tier: item["tier"],
    };
}
/** The name of a managed cluster SKU. */
var KnownManagedClusterSKUName;
(function (KnownManagedClusterSKUName) {
    /** Base option for the AKS control plane. */
    KnownManagedClusterSKUName["Base"] = "Base";
    /** Automatic clusters are optimized to run most production workloads with configuration that follows AKS best practices and recommendations for cluster and workload setup, scalability, and security. For more details about Automatic clusters see aka.ms/aks/automatic. */
    KnownManagedClusterSKUName["Automatic"] = "Automatic";
})(KnownManagedClusterSKUName || (KnownManagedClusterSKUName = {}));
/** The tier of a managed cluster SKU. If not specified, the default is 'Free'. See [AKS Pricing Tier](https://learn.microsoft.com/azure/aks/free-standard-pricing-tiers) for more details. */
var KnownManagedClusterSKUTier;
(function (KnownManagedClusterSKUTier) {
    /** Cluster has premium capabilities in addition to all of the capabilities included in 'Standard'. Premium enables selection of LongTermSupport (aka.ms/aks/lts) for certain Kubernetes versions. */
    KnownManagedClusterSKUTier["Premium"] = "Premium";
    /** Recommended for mission-critical and production workloads. Includes Kubernetes control plane autoscaling, workload-intensive testing, and up to 5,000 nodes per cluster. Guarantees 99.95% availability of the Kubernetes API server endpoint for clusters that use Availability Zones and 99.9% of availability for clusters that don't use Availability Zones. */
    KnownManagedClusterSKUTier["Standard"] = "Standard";
    /** The cluster management is free, but charged for VM, storage, and networking usage. Best for experimenting, learning, simple testing, or workloads with fewer than 10 nodes. Not recommended for production use cases. */
    KnownManagedClusterSKUTier["Free"] = "Free";
})(KnownManagedClusterSKUTier || (KnownManagedClusterSKUTier = {}));
function extendedLocationSerializer(item) {
    return { name: item["name"], type: item["type"] };
}
function extendedLocationDeserializer(item) {
    return {
        name: item["name"],
        type: item["type"],
    };
}
/** The type of extendedLocation. */
var KnownExtendedLocationTypes;
(function (KnownExtendedLocationTypes) {
    /** Azure Edge Zone extended location type. */
    KnownExtendedLocationTypes["EdgeZone"] = "EdgeZone";
})(KnownExtendedLocationTypes || (KnownExtendedLocationTypes = {}));
function managedClusterIdentitySerializer(item) {
    return {
        type: item["type"],
        delegatedResources: !item["delegatedResources"]
            ? item["delegatedResources"]
            : delegatedResourceRecordSerializer(item["delegatedResources"]),
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : managedServiceIdentityUserAssignedIdentitiesValueRecordSerializer(item["userAssignedIdentities"]),
    };
}
function managedClusterIdentityDeserializer(item) {
    return {
        principalId: item["principalId"],
        tenantId: item["tenantId"],
        type: item["type"],
        delegatedResources: !item["delegatedResources"]
            ? item["delegatedResources"]
            : delegatedResourceRecordDeserializer(item["delegatedResources"]),
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : managedServiceIdentityUserAssignedIdentitiesValueRecordDeserializer(item["userAssignedIdentities"]),
    };
}
/** The type of identity used for the managed cluster. For more information see [use managed identities in AKS](https://docs.microsoft.com/azure/aks/use-managed-identity). */
var KnownResourceIdentityType;
(function (KnownResourceIdentityType) {
    /** Use an implicitly created system assigned managed identity to manage cluster resources. Master components in the control plane such as kube-controller-manager will use the system assigned managed identity to manipulate Azure resources. */
    KnownResourceIdentityType["SystemAssigned"] = "SystemAssigned";
    /** Use a user-specified identity to manage cluster resources. Master components in the control plane such as kube-controller-manager will use the specified user assigned managed identity to manipulate Azure resources. */
    KnownResourceIdentityType["UserAssigned"] = "UserAssigned";
    /** Do not use a managed identity for the Managed Cluster, service principal will be used instead. */
    KnownResourceIdentityType["None"] = "None";
})(KnownResourceIdentityType || (KnownResourceIdentityType = {}));
function delegatedResourceRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : delegatedResourceSerializer(item[key]);
    });
    return result;
}
function delegatedResourceRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : delegatedResourceDeserializer(item[key]);
    });
    return result;
}
function delegatedResourceSerializer(item) {
    return {
        resourceId: item["resourceId"],
        tenantId: item["tenantId"],
        referralResource: item["referralResource"],
        location: item["location"],
    };
}
function delegatedResourceDeserializer(item) {
    return {
        resourceId: item["resourceId"],
        tenantId: item["tenantId"],
        referralResource: item["referralResource"],
        location: item["location"],
    };
}
function managedServiceIdentityUserAssignedIdentitiesValueRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key]
            ? item[key]
            : managedServiceIdentityUserAssignedIdentitiesValueSerializer(item[key]);
    });
    return result;
}
function managedServiceIdentityUserAssignedIdentitiesValueRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key]
            ? item[key]
            : managedServiceIdentityUserAssignedIdentitiesValueDeserializer(item[key]);
    });
    return result;
}
function managedServiceIdentityUserAssignedIdentitiesValueSerializer(_item) {
    return {};
}
function managedServiceIdentityUserAssignedIdentitiesValueDeserializer(item) {
    return {
        principalId: item["principalId"],
        clientId: item["clientId"],
    };
}
function trackedResourceSerializer(item) {
    return { tags: item["tags"], location: item["location"] };
}
function trackedResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
    };
}
function tagsObjectSerializer(item) {
    return { tags: item["tags"] };
}
function _managedClusterListResultDeserializer(item) {
    return {
        value: managedClusterArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function managedClusterArraySerializer(result) {
    return result.map((item) => {
        return managedClusterSerializer(item);
    });
}
function managedClusterArrayDeserializer(result) {
    return result.map((item) => {
        return managedClusterDeserializer(item);
    });
}
function managedClusterAccessProfileDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _managedClusterAccessProfilePropertiesDeserializer(item["properties"])),
    };
}
function accessProfileDeserializer(item) {
    return {
        kubeConfig: !item["kubeConfig"]
            ? item["kubeConfig"]
            : typeof item["kubeConfig"] === "string"
                ? stringToUint8Array(item["kubeConfig"], "base64")
                : item["kubeConfig"],
    };
}
function credentialResultsDeserializer(item) {
    return {
        kubeconfigs: !item["kubeconfigs"]
            ? item["kubeconfigs"]
            : credentialResultArrayDeserializer(item["kubeconfigs"]),
    };
}
function credentialResultArrayDeserializer(result) {
    return result.map((item) => {
        return credentialResultDeserializer(item);
    });
}
function credentialResultDeserializer(item) {
    return {
        name: item["name"],
        value: !item["value"]
            ? item["value"]
            : typeof item["value"] === "string"
                ? esm_stringToUint8Array(item["value"], "base64")
                : item["value"],
    };
}
function runCommandRequestSerializer(item) {
    return { command: item["command"], context: item["context"], clusterToken: item["clusterToken"] };
}
function runCommandResultDeserializer(item) {
    return {
        id: item["id"],
        ...(!item["properties"]
            ? item["properties"]
            : _runCommandResultPropertiesDeserializer(item["properties"])),
    };
}
function commandResultPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        exitCode: item["exitCode"],
        startedAt: !item["startedAt"] ? item["startedAt"] : new Date(item["startedAt"]),
        finishedAt: !item["finishedAt"] ? item["finishedAt"] : new Date(item["finishedAt"]),
        logs: item["logs"],
        reason: item["reason"],
    };
}
function _outboundEnvironmentEndpointCollectionDeserializer(item) {
    return {
        value: outboundEnvironmentEndpointArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function outboundEnvironmentEndpointArrayDeserializer(result) {
    return result.map((item) => {
        return outboundEnvironmentEndpointDeserializer(item);
    });
}
function outboundEnvironmentEndpointDeserializer(item) {
    return {
        category: item["category"],
        endpoints: !item["endpoints"]
            ? item["endpoints"]
            : endpointDependencyArrayDeserializer(item["endpoints"]),
    };
}
function endpointDependencyArrayDeserializer(result) {
    return result.map((item) => {
        return endpointDependencyDeserializer(item);
    });
}
function endpointDependencyDeserializer(item) {
    return {
        domainName: item["domainName"],
        endpointDetails: !item["endpointDetails"]
            ? item["endpointDetails"]
            : endpointDetailArrayDeserializer(item["endpointDetails"]),
    };
}
function endpointDetailArrayDeserializer(result) {
    return result.map((item) => {
        return endpointDetailDeserializer(item);
    });
}
function endpointDetailDeserializer(item) {
    return {
        ipAddress: item["ipAddress"],
        port: item["port"],
        protocol: item["protocol"],
        description: item["description"],
    };
}
function managedClusterUpgradeProfileDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ..._managedClusterUpgradeProfilePropertiesDeserializer(item["properties"]),
    };
}
function managedClusterUpgradeProfilePropertiesDeserializer(item) {
    return {
        controlPlaneProfile: managedClusterPoolUpgradeProfileDeserializer(item["controlPlaneProfile"]),
        agentPoolProfiles: managedClusterPoolUpgradeProfileArrayDeserializer(item["agentPoolProfiles"]),
    };
}
function managedClusterPoolUpgradeProfileDeserializer(item) {
    return {
        kubernetesVersion: item["kubernetesVersion"],
        name: item["name"],
        osType: item["osType"],
        upgrades: !item["upgrades"]
            ? item["upgrades"]
            : managedClusterPoolUpgradeProfileUpgradesItemArrayDeserializer(item["upgrades"]),
    };
}
function managedClusterPoolUpgradeProfileUpgradesItemArrayDeserializer(result) {
    return result.map((item) => {
        return managedClusterPoolUpgradeProfileUpgradesItemDeserializer(item);
    });
}
function managedClusterPoolUpgradeProfileUpgradesItemDeserializer(item) {
    return {
        kubernetesVersion: item["kubernetesVersion"],
        isPreview: item["isPreview"],
    };
}
function managedClusterPoolUpgradeProfileArrayDeserializer(result) {
    return result.map((item) => {
        return managedClusterPoolUpgradeProfileDeserializer(item);
    });
}
function meshRevisionProfileDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : meshRevisionProfilePropertiesDeserializer(item["properties"]),
    };
}
function meshRevisionProfilePropertiesDeserializer(item) {
    return {
        meshRevisions: !item["meshRevisions"]
            ? item["meshRevisions"]
            : meshRevisionArrayDeserializer(item["meshRevisions"]),
    };
}
function meshRevisionArrayDeserializer(result) {
    return result.map((item) => {
        return meshRevisionDeserializer(item);
    });
}
function meshRevisionDeserializer(item) {
    return {
        revision: item["revision"],
        upgrades: !item["upgrades"]
            ? item["upgrades"]
            : item["upgrades"].map((p) => {
                return p;
            }),
        compatibleWith: !item["compatibleWith"]
            ? item["compatibleWith"]
            : compatibleVersionsArrayDeserializer(item["compatibleWith"]),
    };
}
function compatibleVersionsArrayDeserializer(result) {
    return result.map((item) => {
        return compatibleVersionsDeserializer(item);
    });
}
function compatibleVersionsDeserializer(item) {
    return {
        name: item["name"],
        versions: !item["versions"]
            ? item["versions"]
            : item["versions"].map((p) => {
                return p;
            }),
    };
}
function _meshRevisionProfileListDeserializer(item) {
    return {
        value: meshRevisionProfileArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function meshRevisionProfileArrayDeserializer(result) {
    return result.map((item) => {
        return meshRevisionProfileDeserializer(item);
    });
}
function meshUpgradeProfileDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : meshUpgradeProfilePropertiesDeserializer(item["properties"]),
    };
}
function meshUpgradeProfilePropertiesDeserializer(item) {
    return {
        revision: item["revision"],
        upgrades: !item["upgrades"]
            ? item["upgrades"]
            : item["upgrades"].map((p) => {
                return p;
            }),
        compatibleWith: !item["compatibleWith"]
            ? item["compatibleWith"]
            : compatibleVersionsArrayDeserializer(item["compatibleWith"]),
    };
}
function _meshUpgradeProfileListDeserializer(item) {
    return {
        value: meshUpgradeProfileArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function meshUpgradeProfileArrayDeserializer(result) {
    return result.map((item) => {
        return meshUpgradeProfileDeserializer(item);
    });
}
function kubernetesVersionListResultDeserializer(item) {
    return {
        values: !item["values"] ? item["values"] : kubernetesVersionArrayDeserializer(item["values"]),
    };
}
function kubernetesVersionArrayDeserializer(result) {
    return result.map((item) => {
        return kubernetesVersionDeserializer(item);
    });
}
function kubernetesVersionDeserializer(item) {
    return {
        version: item["version"],
        capabilities: !item["capabilities"]
            ? item["capabilities"]
            : kubernetesVersionCapabilitiesDeserializer(item["capabilities"]),
        isDefault: item["isDefault"],
        isPreview: item["isPreview"],
        patchVersions: !item["patchVersions"]
            ? item["patchVersions"]
            : kubernetesPatchVersionRecordDeserializer(item["patchVersions"]),
    };
}
function kubernetesVersionCapabilitiesDeserializer(item) {
    return {
        supportPlan: !item["supportPlan"]
            ? item["supportPlan"]
            : item["supportPlan"].map((p) => {
                return p;
            }),
    };
}
function kubernetesPatchVersionRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : kubernetesPatchVersionDeserializer(item[key]);
    });
    return result;
}
function kubernetesPatchVersionDeserializer(item) {
    return {
        upgrades: !item["upgrades"]
            ? item["upgrades"]
            : item["upgrades"].map((p) => {
                return p;
            }),
    };
}
function maintenanceConfigurationSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["timeInWeek", "notAllowedTime", "maintenanceWindow"])
            ? undefined
            : _maintenanceConfigurationPropertiesSerializer(item),
    };
}
function maintenanceConfigurationDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _maintenanceConfigurationPropertiesDeserializer(item["properties"])),
    };
}
function maintenanceConfigurationPropertiesSerializer(item) {
    return {
        timeInWeek: !item["timeInWeek"]
            ? item["timeInWeek"]
            : timeInWeekArraySerializer(item["timeInWeek"]),
        notAllowedTime: !item["notAllowedTime"]
            ? item["notAllowedTime"]
            : timeSpanArraySerializer(item["notAllowedTime"]),
        maintenanceWindow: !item["maintenanceWindow"]
            ? item["maintenanceWindow"]
            : maintenanceWindowSerializer(item["maintenanceWindow"]),
    };
}
function maintenanceConfigurationPropertiesDeserializer(item) {
    return {
        timeInWeek: !item["timeInWeek"]
            ? item["timeInWeek"]
            : timeInWeekArrayDeserializer(item["timeInWeek"]),
        notAllowedTime: !item["notAllowedTime"]
            ? item["notAllowedTime"]
            : timeSpanArrayDeserializer(item["notAllowedTime"]),
        maintenanceWindow: !item["maintenanceWindow"]
            ? item["maintenanceWindow"]
            : maintenanceWindowDeserializer(item["maintenanceWindow"]),
    };
}
function timeInWeekArraySerializer(result) {
    return result.map((item) => {
        return timeInWeekSerializer(item);
    });
}
function timeInWeekArrayDeserializer(result) {
    return result.map((item) => {
        return timeInWeekDeserializer(item);
    });
}
function timeInWeekSerializer(item) {
    return {
        day: item["day"],
        hourSlots: !item["hourSlots"]
            ? item["hourSlots"]
            : item["hourSlots"].map((p) => {
                return p;
            }),
    };
}
function timeInWeekDeserializer(item) {
    return {
        day: item["day"],
        hourSlots: !item["hourSlots"]
            ? item["hourSlots"]
            : item["hourSlots"].map((p) => {
                return p;
            }),
    };
}
/** The weekday enum. */
var KnownWeekDay;
(function (KnownWeekDay) {
    /** Represents Sunday. */
    KnownWeekDay["Sunday"] = "Sunday";
    /** Represents Monday. */
    KnownWeekDay["Monday"] = "Monday";
    /** Represents Tuesday. */
    KnownWeekDay["Tuesday"] = "Tuesday";
    /** Represents Wednesday. */
    KnownWeekDay["Wednesday"] = "Wednesday";
    /** Represents Thursday. */
    KnownWeekDay["Thursday"] = "Thursday";
    /** Represents Friday. */
    KnownWeekDay["Friday"] = "Friday";
    /** Represents Saturday. */
    KnownWeekDay["Saturday"] = "Saturday";
})(KnownWeekDay || (KnownWeekDay = {}));
function timeSpanArraySerializer(result) {
    return result.map((item) => {
        return timeSpanSerializer(item);
    });
}
function timeSpanArrayDeserializer(result) {
    return result.map((item) => {
        return timeSpanDeserializer(item);
    });
}
function timeSpanSerializer(item) {
    return {
        start: !item["start"] ? item["start"] : item["start"].toISOString(),
        end: !item["end"] ? item["end"] : item["end"].toISOString(),
    };
}
function timeSpanDeserializer(item) {
    return {
        start: !item["start"] ? item["start"] : new Date(item["start"]),
        end: !item["end"] ? item["end"] : new Date(item["end"]),
    };
}
function maintenanceWindowSerializer(item) {
    return {
        schedule: scheduleSerializer(item["schedule"]),
        durationHours: item["durationHours"],
        utcOffset: item["utcOffset"],
        startDate: !item["startDate"]
            ? item["startDate"]
            : item["startDate"].toISOString().split("T")[0],
        startTime: item["startTime"],
        notAllowedDates: !item["notAllowedDates"]
            ? item["notAllowedDates"]
            : dateSpanArraySerializer(item["notAllowedDates"]),
    };
}
function maintenanceWindowDeserializer(item) {
    return {
        schedule: scheduleDeserializer(item["schedule"]),
        durationHours: item["durationHours"],
        utcOffset: item["utcOffset"],
        startDate: !item["startDate"] ? item["startDate"] : new Date(item["startDate"]),
        startTime: item["startTime"],
        notAllowedDates: !item["notAllowedDates"]
            ? item["notAllowedDates"]
            : dateSpanArrayDeserializer(item["notAllowedDates"]),
    };
}
function scheduleSerializer(item) {
    return {
        daily: !item["daily"] ? item["daily"] : dailyScheduleSerializer(item["daily"]),
        weekly: !item["weekly"] ? item["weekly"] : weeklyScheduleSerializer(item["weekly"]),
        absoluteMonthly: !item["absoluteMonthly"]
            ? item["absoluteMonthly"]
            : absoluteMonthlyScheduleSerializer(item["absoluteMonthly"]),
        relativeMonthly: !item["relativeMonthly"]
            ? item["relativeMonthly"]
            : relativeMonthlyScheduleSerializer(item["relativeMonthly"]),
    };
}
function scheduleDeserializer(item) {
    return {
        daily: !item["daily"] ? item["daily"] : dailyScheduleDeserializer(item["daily"]),
        weekly: !item["weekly"] ? item["weekly"] : weeklyScheduleDeserializer(item["weekly"]),
        absoluteMonthly: !item["absoluteMonthly"]
            ? item["absoluteMonthly"]
            : absoluteMonthlyScheduleDeserializer(item["absoluteMonthly"]),
        relativeMonthly: !item["relativeMonthly"]
            ? item["relativeMonthly"]
            : relativeMonthlyScheduleDeserializer(item["relativeMonthly"]),
    };
}
function dailyScheduleSerializer(item) {
    return { intervalDays: item["intervalDays"] };
}
function dailyScheduleDeserializer(item) {
    return {
        intervalDays: item["intervalDays"],
    };
}
function weeklyScheduleSerializer(item) {
    return { intervalWeeks: item["intervalWeeks"], dayOfWeek: item["dayOfWeek"] };
}
function weeklyScheduleDeserializer(item) {
    return {
        intervalWeeks: item["intervalWeeks"],
        dayOfWeek: item["dayOfWeek"],
    };
}
function absoluteMonthlyScheduleSerializer(item) {
    return { intervalMonths: item["intervalMonths"], dayOfMonth: item["dayOfMonth"] };
}
function absoluteMonthlyScheduleDeserializer(item) {
    return {
        intervalMonths: item["intervalMonths"],
        dayOfMonth: item["dayOfMonth"],
    };
}
function relativeMonthlyScheduleSerializer(item) {
    return {
        intervalMonths: item["intervalMonths"],
        weekIndex: item["weekIndex"],
        dayOfWeek: item["dayOfWeek"],
    };
}
function relativeMonthlyScheduleDeserializer(item) {
    return {
        intervalMonths: item["intervalMonths"],
        weekIndex: item["weekIndex"],
        dayOfWeek: item["dayOfWeek"],
    };
}
/** The week index. Specifies on which week of the month the dayOfWeek applies. */
var KnownType;
(function (KnownType) {
    /** First week of the month. */
    KnownType["First"] = "First";
    /** Second week of the month. */
    KnownType["Second"] = "Second";
    /** Third week of the month. */
    KnownType["Third"] = "Third";
    /** Fourth week of the month. */
    KnownType["Fourth"] = "Fourth";
    /** Last week of the month. */
    KnownType["Last"] = "Last";
})(KnownType || (KnownType = {}));
function dateSpanArraySerializer(result) {
    return result.map((item) => {
        return dateSpanSerializer(item);
    });
}
function dateSpanArrayDeserializer(result) {
    return result.map((item) => {
        return dateSpanDeserializer(item);
    });
}
function dateSpanSerializer(item) {
    return {
        start: item["start"].toISOString().split("T")[0],
        end: item["end"].toISOString().split("T")[0],
    };
}
function dateSpanDeserializer(item) {
    return {
        start: new Date(item["start"]),
        end: new Date(item["end"]),
    };
}
function _maintenanceConfigurationListResultDeserializer(item) {
    return {
        value: maintenanceConfigurationArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function maintenanceConfigurationArraySerializer(result) {
    return result.map((item) => {
        return maintenanceConfigurationSerializer(item);
    });
}
function maintenanceConfigurationArrayDeserializer(result) {
    return result.map((item) => {
        return maintenanceConfigurationDeserializer(item);
    });
}
function managedNamespaceSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: !item["properties"]
            ? item["properties"]
            : namespacePropertiesSerializer(item["properties"]),
    };
}
function managedNamespaceDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : namespacePropertiesDeserializer(item["properties"]),
        eTag: item["eTag"],
    };
}
function namespacePropertiesSerializer(item) {
    return {
        labels: item["labels"],
        annotations: item["annotations"],
        defaultResourceQuota: !item["defaultResourceQuota"]
            ? item["defaultResourceQuota"]
            : resourceQuotaSerializer(item["defaultResourceQuota"]),
        defaultNetworkPolicy: !item["defaultNetworkPolicy"]
            ? item["defaultNetworkPolicy"]
            : networkPoliciesSerializer(item["defaultNetworkPolicy"]),
        adoptionPolicy: item["adoptionPolicy"],
        deletePolicy: item["deletePolicy"],
    };
}
function namespacePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        labels: !item["labels"]
            ? item["labels"]
            : Object.fromEntries(Object.entries(item["labels"]).map(([k, p]) => [k, p])),
        annotations: !item["annotations"]
            ? item["annotations"]
            : Object.fromEntries(Object.entries(item["annotations"]).map(([k, p]) => [k, p])),
        portalFqdn: item["portalFqdn"],
        defaultResourceQuota: !item["defaultResourceQuota"]
            ? item["defaultResourceQuota"]
            : resourceQuotaDeserializer(item["defaultResourceQuota"]),
        defaultNetworkPolicy: !item["defaultNetworkPolicy"]
            ? item["defaultNetworkPolicy"]
            : networkPoliciesDeserializer(item["defaultNetworkPolicy"]),
        adoptionPolicy: item["adoptionPolicy"],
        deletePolicy: item["deletePolicy"],
    };
}
/** The current provisioning state of the namespace. */
var KnownNamespaceProvisioningState;
(function (KnownNamespaceProvisioningState) {
    /** The namespace is being updated. */
    KnownNamespaceProvisioningState["Updating"] = "Updating";
    /** The namespace is being deleted. */
    KnownNamespaceProvisioningState["Deleting"] = "Deleting";
    /** The namespace is being created. */
    KnownNamespaceProvisioningState["Creating"] = "Creating";
    /** The namespace provisioning succeeded. */
    KnownNamespaceProvisioningState["Succeeded"] = "Succeeded";
    /** The namespace provisioning failed. */
    KnownNamespaceProvisioningState["Failed"] = "Failed";
    /** The namespace provisioning was canceled. */
    KnownNamespaceProvisioningState["Canceled"] = "Canceled";
})(KnownNamespaceProvisioningState || (KnownNamespaceProvisioningState = {}));
function resourceQuotaSerializer(item) {
    return {
        cpuRequest: item["cpuRequest"],
        cpuLimit: item["cpuLimit"],
        memoryRequest: item["memoryRequest"],
        memoryLimit: item["memoryLimit"],
    };
}
function resourceQuotaDeserializer(item) {
    return {
        cpuRequest: item["cpuRequest"],
        cpuLimit: item["cpuLimit"],
        memoryRequest: item["memoryRequest"],
        memoryLimit: item["memoryLimit"],
    };
}
function networkPoliciesSerializer(item) {
    return { ingress: item["ingress"], egress: item["egress"] };
}
function networkPoliciesDeserializer(item) {
    return {
        ingress: item["ingress"],
        egress: item["egress"],
    };
}
/** Enum representing different network policy rules. */
var KnownPolicyRule;
(function (KnownPolicyRule) {
    /** Deny all network traffic. */
    KnownPolicyRule["DenyAll"] = "DenyAll";
    /** Allow all network traffic. */
    KnownPolicyRule["AllowAll"] = "AllowAll";
    /** Allow traffic within the same namespace. */
    KnownPolicyRule["AllowSameNamespace"] = "AllowSameNamespace";
})(KnownPolicyRule || (KnownPolicyRule = {}));
/** Action if Kubernetes namespace with same name already exists. */
var KnownAdoptionPolicy;
(function (KnownAdoptionPolicy) {
    /** If the namespace already exists in Kubernetes, attempts to create that same namespace in ARM will fail. */
    KnownAdoptionPolicy["Never"] = "Never";
    /** Take over the existing namespace to be managed by ARM, if there is no difference. */
    KnownAdoptionPolicy["IfIdentical"] = "IfIdentical";
    /** Always take over the existing namespace to be managed by ARM, some fields might be overwritten. */
    KnownAdoptionPolicy["Always"] = "Always";
})(KnownAdoptionPolicy || (KnownAdoptionPolicy = {}));
/** Delete options of a namespace. */
var KnownDeletePolicy;
(function (KnownDeletePolicy) {
    /** Only delete the ARM resource, keep the Kubernetes namespace. Also delete the ManagedByARM label. */
    KnownDeletePolicy["Keep"] = "Keep";
    /** Delete both the ARM resource and the Kubernetes namespace together. */
    KnownDeletePolicy["Delete"] = "Delete";
})(KnownDeletePolicy || (KnownDeletePolicy = {}));
function _managedNamespaceListResultDeserializer(item) {
    return {
        value: managedNamespaceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function managedNamespaceArraySerializer(result) {
    return result.map((item) => {
        return managedNamespaceSerializer(item);
    });
}
function managedNamespaceArrayDeserializer(result) {
    return result.map((item) => {
        return managedNamespaceDeserializer(item);
    });
}
function machineDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : machinePropertiesDeserializer(item["properties"]),
        zones: !item["zones"]
            ? item["zones"]
            : item["zones"].map((p) => {
                return p;
            }),
    };
}
function machinePropertiesDeserializer(item) {
    return {
        network: !item["network"]
            ? item["network"]
            : machineNetworkPropertiesDeserializer(item["network"]),
        resourceId: item["resourceId"],
    };
}
function machineNetworkPropertiesDeserializer(item) {
    return {
        ipAddresses: !item["ipAddresses"]
            ? item["ipAddresses"]
            : machineIpAddressArrayDeserializer(item["ipAddresses"]),
    };
}
function machineIpAddressArrayDeserializer(result) {
    return result.map((item) => {
        return machineIpAddressDeserializer(item);
    });
}
function machineIpAddressDeserializer(item) {
    return {
        family: item["family"],
        ip: item["ip"],
    };
}
function _machineListResultDeserializer(item) {
    return {
        value: machineArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function machineArrayDeserializer(result) {
    return result.map((item) => {
        return machineDeserializer(item);
    });
}
function privateEndpointConnectionSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["privateEndpoint", "privateLinkServiceConnectionState"])
            ? undefined
            : _privateEndpointConnectionPropertiesSerializer(item),
    };
}
function privateEndpointConnectionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _privateEndpointConnectionPropertiesDeserializer(item["properties"])),
    };
}
function privateEndpointConnectionPropertiesSerializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointSerializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"]),
    };
}
function privateEndpointConnectionPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointDeserializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"]),
    };
}
/** The current provisioning state. */
var KnownPrivateEndpointConnectionProvisioningState;
(function (KnownPrivateEndpointConnectionProvisioningState) {
    /** Private endpoint connection provisioning was canceled. */
    KnownPrivateEndpointConnectionProvisioningState["Canceled"] = "Canceled";
    /** Private endpoint connection is being created. */
    KnownPrivateEndpointConnectionProvisioningState["Creating"] = "Creating";
    /** Private endpoint connection is being deleted. */
    KnownPrivateEndpointConnectionProvisioningState["Deleting"] = "Deleting";
    /** Private endpoint connection provisioning failed. */
    KnownPrivateEndpointConnectionProvisioningState["Failed"] = "Failed";
    /** Private endpoint connection provisioning succeeded. */
    KnownPrivateEndpointConnectionProvisioningState["Succeeded"] = "Succeeded";
})(KnownPrivateEndpointConnectionProvisioningState || (KnownPrivateEndpointConnectionProvisioningState = {}));
function privateEndpointSerializer(item) {
    return { id: item["id"] };
}
function privateEndpointDeserializer(item) {
    return {
        id: item["id"],
    };
}
function privateLinkServiceConnectionStateSerializer(item) {
    return { status: item["status"], description: item["description"] };
}
function privateLinkServiceConnectionStateDeserializer(item) {
    return {
        status: item["status"],
        description: item["description"],
    };
}
/** The private link service connection status. */
var KnownConnectionStatus;
(function (KnownConnectionStatus) {
    /** Connection is pending approval. */
    KnownConnectionStatus["Pending"] = "Pending";
    /** Connection is approved. */
    KnownConnectionStatus["Approved"] = "Approved";
    /** Connection is rejected. */
    KnownConnectionStatus["Rejected"] = "Rejected";
    /** Connection is disconnected. */
    KnownConnectionStatus["Disconnected"] = "Disconnected";
})(KnownConnectionStatus || (KnownConnectionStatus = {}));
function privateEndpointConnectionListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : privateEndpointConnectionArrayDeserializer(item["value"]),
    };
}
function privateEndpointConnectionArraySerializer(result) {
    return result.map((item) => {
        return privateEndpointConnectionSerializer(item);
    });
}
function privateEndpointConnectionArrayDeserializer(result) {
    return result.map((item) => {
        return privateEndpointConnectionDeserializer(item);
    });
}
function snapshotSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, ["creationData", "snapshotType"])
            ? undefined
            : _snapshotPropertiesSerializer(item),
    };
}
function snapshotDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _snapshotPropertiesDeserializer(item["properties"])),
    };
}
function snapshotPropertiesSerializer(item) {
    return {
        creationData: !item["creationData"]
            ? item["creationData"]
            : creationDataSerializer(item["creationData"]),
        snapshotType: item["snapshotType"],
    };
}
function snapshotPropertiesDeserializer(item) {
    return {
        creationData: !item["creationData"]
            ? item["creationData"]
            : creationDataDeserializer(item["creationData"]),
        snapshotType: item["snapshotType"],
        kubernetesVersion: item["kubernetesVersion"],
        nodeImageVersion: item["nodeImageVersion"],
        osType: item["osType"],
        osSku: item["osSku"],
        vmSize: item["vmSize"],
        enableFips: item["enableFIPS"],
    };
}
/** The type of a snapshot. The default is NodePool. */
var KnownSnapshotType;
(function (KnownSnapshotType) {
    /** The snapshot is a snapshot of a node pool. */
    KnownSnapshotType["NodePool"] = "NodePool";
})(KnownSnapshotType || (KnownSnapshotType = {}));
function _snapshotListResultDeserializer(item) {
    return {
        value: snapshotArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function snapshotArraySerializer(result) {
    return result.map((item) => {
        return snapshotSerializer(item);
    });
}
function snapshotArrayDeserializer(result) {
    return result.map((item) => {
        return snapshotDeserializer(item);
    });
}
function trustedAccessRoleBindingSerializer(item) {
    return { properties: _trustedAccessRoleBindingPropertiesSerializer(item) };
}
function trustedAccessRoleBindingDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ..._trustedAccessRoleBindingPropertiesDeserializer(item["properties"]),
    };
}
function trustedAccessRoleBindingPropertiesSerializer(item) {
    return {
        sourceResourceId: item["sourceResourceId"],
        roles: item["roles"].map((p) => {
            return p;
        }),
    };
}
function trustedAccessRoleBindingPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        sourceResourceId: item["sourceResourceId"],
        roles: item["roles"].map((p) => {
            return p;
        }),
    };
}
/** The current provisioning state of trusted access role binding. */
var KnownTrustedAccessRoleBindingProvisioningState;
(function (KnownTrustedAccessRoleBindingProvisioningState) {
    /** Trusted access role binding provisioning was canceled. */
    KnownTrustedAccessRoleBindingProvisioningState["Canceled"] = "Canceled";
    /** Trusted access role binding is being deleted. */
    KnownTrustedAccessRoleBindingProvisioningState["Deleting"] = "Deleting";
    /** Trusted access role binding provisioning failed. */
    KnownTrustedAccessRoleBindingProvisioningState["Failed"] = "Failed";
    /** Trusted access role binding provisioning succeeded. */
    KnownTrustedAccessRoleBindingProvisioningState["Succeeded"] = "Succeeded";
    /** Trusted access role binding is being updated. */
    KnownTrustedAccessRoleBindingProvisioningState["Updating"] = "Updating";
})(KnownTrustedAccessRoleBindingProvisioningState || (KnownTrustedAccessRoleBindingProvisioningState = {}));
function _trustedAccessRoleBindingListResultDeserializer(item) {
    return {
        value: trustedAccessRoleBindingArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function trustedAccessRoleBindingArraySerializer(result) {
    return result.map((item) => {
        return trustedAccessRoleBindingSerializer(item);
    });
}
function trustedAccessRoleBindingArrayDeserializer(result) {
    return result.map((item) => {
        return trustedAccessRoleBindingDeserializer(item);
    });
}
function identityBindingSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : identityBindingPropertiesSerializer(item["properties"]),
    };
}
function identityBindingDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : identityBindingPropertiesDeserializer(item["properties"]),
        eTag: item["eTag"],
    };
}
function identityBindingPropertiesSerializer(item) {
    return {
        managedIdentity: identityBindingManagedIdentityProfileSerializer(item["managedIdentity"]),
    };
}
function identityBindingPropertiesDeserializer(item) {
    return {
        managedIdentity: identityBindingManagedIdentityProfileDeserializer(item["managedIdentity"]),
        oidcIssuer: !item["oidcIssuer"]
            ? item["oidcIssuer"]
            : identityBindingOidcIssuerProfileDeserializer(item["oidcIssuer"]),
        provisioningState: item["provisioningState"],
    };
}
function identityBindingManagedIdentityProfileSerializer(item) {
    return { resourceId: item["resourceId"] };
}
function identityBindingManagedIdentityProfileDeserializer(item) {
    return {
        resourceId: item["resourceId"],
        objectId: item["objectId"],
        clientId: item["clientId"],
        tenantId: item["tenantId"],
    };
}
function identityBindingOidcIssuerProfileDeserializer(item) {
    return {
        oidcIssuerUrl: item["oidcIssuerUrl"],
    };
}
/** The provisioning state of the last accepted operation. */
var KnownIdentityBindingProvisioningState;
(function (KnownIdentityBindingProvisioningState) {
    /** Resource has been created. */
    KnownIdentityBindingProvisioningState["Succeeded"] = "Succeeded";
    /** Resource creation failed. */
    KnownIdentityBindingProvisioningState["Failed"] = "Failed";
    /** Resource creation was canceled. */
    KnownIdentityBindingProvisioningState["Canceled"] = "Canceled";
    /** The identity binding is being created. */
    KnownIdentityBindingProvisioningState["Creating"] = "Creating";
    /** The identity binding is being updated. */
    KnownIdentityBindingProvisioningState["Updating"] = "Updating";
    /** The identity binding is being deleted. */
    KnownIdentityBindingProvisioningState["Deleting"] = "Deleting";
})(KnownIdentityBindingProvisioningState || (KnownIdentityBindingProvisioningState = {}));
function _identityBindingListResultDeserializer(item) {
    return {
        value: identityBindingArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function identityBindingArraySerializer(result) {
    return result.map((item) => {
        return identityBindingSerializer(item);
    });
}
function identityBindingArrayDeserializer(result) {
    return result.map((item) => {
        return identityBindingDeserializer(item);
    });
}
function _operationListResultDeserializer(item) {
    return {
        value: operationValueArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function operationValueArrayDeserializer(result) {
    return result.map((item) => {
        return operationValueDeserializer(item);
    });
}
function operationValueDeserializer(item) {
    return {
        origin: item["origin"],
        name: item["name"],
        ...(!item["display"] ? item["display"] : _operationValueDisplayDeserializer(item["display"])),
    };
}
function operationValueDisplayDeserializer(item) {
    return {
        operation: item["operation"],
        resource: item["resource"],
        description: item["description"],
        provider: item["provider"],
    };
}
function privateLinkResourcesListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : privateLinkResourceArrayDeserializer(item["value"]),
    };
}
function _trustedAccessRoleListResultDeserializer(item) {
    return {
        value: trustedAccessRoleArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function trustedAccessRoleArrayDeserializer(result) {
    return result.map((item) => {
        return trustedAccessRoleDeserializer(item);
    });
}
function trustedAccessRoleDeserializer(item) {
    return {
        sourceResourceType: item["sourceResourceType"],
        name: item["name"],
        rules: !item["rules"] ? item["rules"] : trustedAccessRoleRuleArrayDeserializer(item["rules"]),
    };
}
function trustedAccessRoleRuleArrayDeserializer(result) {
    return result.map((item) => {
        return trustedAccessRoleRuleDeserializer(item);
    });
}
function trustedAccessRoleRuleDeserializer(item) {
    return {
        verbs: !item["verbs"]
            ? item["verbs"]
            : item["verbs"].map((p) => {
                return p;
            }),
        apiGroups: !item["apiGroups"]
            ? item["apiGroups"]
            : item["apiGroups"].map((p) => {
                return p;
            }),
        resources: !item["resources"]
            ? item["resources"]
            : item["resources"].map((p) => {
                return p;
            }),
        resourceNames: !item["resourceNames"]
            ? item["resourceNames"]
            : item["resourceNames"].map((p) => {
                return p;
            }),
        nonResourceURLs: !item["nonResourceURLs"]
            ? item["nonResourceURLs"]
            : item["nonResourceURLs"].map((p) => {
                return p;
            }),
    };
}
/** The format of the kubeconfig credential. */
var KnownFormat;
(function (KnownFormat) {
    /** Return azure auth-provider kubeconfig. This format is deprecated in v1.22 and will be fully removed in v1.26. See: https://aka.ms/k8s/changes-1-26. */
    KnownFormat["Azure"] = "azure";
    /** Return exec format kubeconfig. This format requires kubelogin binary in the path. */
    KnownFormat["Exec"] = "exec";
})(KnownFormat || (KnownFormat = {}));
/** The available API versions. */
var KnownVersions;
(function (KnownVersions) {
    /** The 2025-10-01 API version. */
    KnownVersions["V20251001"] = "2025-10-01";
    /** The 2026-01-01 API version. */
    KnownVersions["V20260101"] = "2026-01-01";
    /** The 2026-02-01 API version. */
    KnownVersions["V20260201"] = "2026-02-01";
    /** The 2026-03-01 API version. */
    KnownVersions["V20260301"] = "2026-03-01";
    /** The 2026-04-01 API version. */
    KnownVersions["V20260401"] = "2026-04-01";
})(KnownVersions || (KnownVersions = {}));
function _agentPoolPropertiesSerializer(item) {
    return {
        count: item["count"],
        vmSize: item["vmSize"],
        osDiskSizeGB: item["osDiskSizeGB"],
        osDiskType: item["osDiskType"],
        kubeletDiskType: item["kubeletDiskType"],
        workloadRuntime: item["workloadRuntime"],
        messageOfTheDay: item["messageOfTheDay"],
        vnetSubnetID: item["vnetSubnetID"],
        podSubnetID: item["podSubnetID"],
        podIPAllocationMode: item["podIPAllocationMode"],
        maxPods: item["maxPods"],
        osType: item["osType"],
        osSKU: item["osSKU"],
        maxCount: item["maxCount"],
        minCount: item["minCount"],
        enableAutoScaling: item["enableAutoScaling"],
        scaleDownMode: item["scaleDownMode"],
        type: item["typePropertiesType"],
        mode: item["mode"],
        orchestratorVersion: item["orchestratorVersion"],
        nodeImageVersion: item["nodeImageVersion"],
        upgradeSettings: !item["upgradeSettings"]
            ? item["upgradeSettings"]
            : agentPoolUpgradeSettingsSerializer(item["upgradeSettings"]),
        powerState: !item["powerState"] ? item["powerState"] : powerStateSerializer(item["powerState"]),
        availabilityZones: !item["availabilityZones"]
            ? item["availabilityZones"]
            : item["availabilityZones"].map((p) => {
                return p;
            }),
        enableNodePublicIP: item["enableNodePublicIP"],
        nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
        scaleSetPriority: item["scaleSetPriority"],
        scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
        spotMaxPrice: item["spotMaxPrice"],
        tags: item["tags"],
        nodeLabels: item["nodeLabels"],
        nodeTaints: !item["nodeTaints"]
            ? item["nodeTaints"]
            : item["nodeTaints"].map((p) => {
                return p;
            }),
        proximityPlacementGroupID: item["proximityPlacementGroupID"],
        kubeletConfig: !item["kubeletConfig"]
            ? item["kubeletConfig"]
            : kubeletConfigSerializer(item["kubeletConfig"]),
        linuxOSConfig: !item["linuxOSConfig"]
            ? item["linuxOSConfig"]
            : linuxOSConfigSerializer(item["linuxOSConfig"]),
        enableEncryptionAtHost: item["enableEncryptionAtHost"],
        enableUltraSSD: item["enableUltraSSD"],
        enableFIPS: item["enableFips"],
        gpuInstanceProfile: item["gpuInstanceProfile"],
        creationData: !item["creationData"]
            ? item["creationData"]
            : creationDataSerializer(item["creationData"]),
        capacityReservationGroupID: item["capacityReservationGroupID"],
        hostGroupID: item["hostGroupID"],
        networkProfile: !item["networkProfile"]
            ? item["networkProfile"]
            : agentPoolNetworkProfileSerializer(item["networkProfile"]),
        windowsProfile: !item["windowsProfile"]
            ? item["windowsProfile"]
            : agentPoolWindowsProfileSerializer(item["windowsProfile"]),
        securityProfile: !item["securityProfile"]
            ? item["securityProfile"]
            : agentPoolSecurityProfileSerializer(item["securityProfile"]),
        gpuProfile: !item["gpuProfile"] ? item["gpuProfile"] : gpuProfileSerializer(item["gpuProfile"]),
        gatewayProfile: !item["gatewayProfile"]
            ? item["gatewayProfile"]
            : agentPoolGatewayProfileSerializer(item["gatewayProfile"]),
        artifactStreamingProfile: !item["artifactStreamingProfile"]
            ? item["artifactStreamingProfile"]
            : agentPoolArtifactStreamingProfileSerializer(item["artifactStreamingProfile"]),
        virtualMachinesProfile: !item["virtualMachinesProfile"]
            ? item["virtualMachinesProfile"]
            : virtualMachinesProfileSerializer(item["virtualMachinesProfile"]),
        virtualMachineNodesStatus: !item["virtualMachineNodesStatus"]
            ? item["virtualMachineNodesStatus"]
            : virtualMachineNodesArraySerializer(item["virtualMachineNodesStatus"]),
        status: !item["status"] ? item["status"] : agentPoolStatusSerializer(item["status"]),
        localDNSProfile: !item["localDNSProfile"]
            ? item["localDNSProfile"]
            : localDNSProfileSerializer(item["localDNSProfile"]),
    };
}
function _agentPoolPropertiesDeserializer(item) {
    return {
        eTag: item["eTag"],
        count: item["count"],
        vmSize: item["vmSize"],
        osDiskSizeGB: item["osDiskSizeGB"],
        osDiskType: item["osDiskType"],
        kubeletDiskType: item["kubeletDiskType"],
        workloadRuntime: item["workloadRuntime"],
        messageOfTheDay: item["messageOfTheDay"],
        vnetSubnetID: item["vnetSubnetID"],
        podSubnetID: item["podSubnetID"],
        podIPAllocationMode: item["podIPAllocationMode"],
        maxPods: item["maxPods"],
        osType: item["osType"],
        osSKU: item["osSKU"],
        maxCount: item["maxCount"],
        minCount: item["minCount"],
        enableAutoScaling: item["enableAutoScaling"],
        scaleDownMode: item["scaleDownMode"],
        typePropertiesType: item["type"],
        mode: item["mode"],
        orchestratorVersion: item["orchestratorVersion"],
        currentOrchestratorVersion: item["currentOrchestratorVersion"],
        nodeImageVersion: item["nodeImageVersion"],
        upgradeSettings: !item["upgradeSettings"]
            ? item["upgradeSettings"]
            : agentPoolUpgradeSettingsDeserializer(item["upgradeSettings"]),
        provisioningState: item["provisioningState"],
        powerState: !item["powerState"]
            ? item["powerState"]
            : powerStateDeserializer(item["powerState"]),
        availabilityZones: !item["availabilityZones"]
            ? item["availabilityZones"]
            : item["availabilityZones"].map((p) => {
                return p;
            }),
        enableNodePublicIP: item["enableNodePublicIP"],
        nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
        scaleSetPriority: item["scaleSetPriority"],
        scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
        spotMaxPrice: item["spotMaxPrice"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        nodeLabels: !item["nodeLabels"]
            ? item["nodeLabels"]
            : Object.fromEntries(Object.entries(item["nodeLabels"]).map(([k, p]) => [k, p])),
        nodeTaints: !item["nodeTaints"]
            ? item["nodeTaints"]
            : item["nodeTaints"].map((p) => {
                return p;
            }),
        proximityPlacementGroupID: item["proximityPlacementGroupID"],
        kubeletConfig: !item["kubeletConfig"]
            ? item["kubeletConfig"]
            : kubeletConfigDeserializer(item["kubeletConfig"]),
        linuxOSConfig: !item["linuxOSConfig"]
            ? item["linuxOSConfig"]
            : linuxOSConfigDeserializer(item["linuxOSConfig"]),
        enableEncryptionAtHost: item["enableEncryptionAtHost"],
        enableUltraSSD: item["enableUltraSSD"],
        enableFips: item["enableFIPS"],
        gpuInstanceProfile: item["gpuInstanceProfile"],
        creationData: !item["creationData"]
            ? item["creationData"]
            : creationDataDeserializer(item["creationData"]),
        capacityReservationGroupID: item["capacityReservationGroupID"],
        hostGroupID: item["hostGroupID"],
        networkProfile: !item["networkProfile"]
            ? item["networkProfile"]
            : agentPoolNetworkProfileDeserializer(item["networkProfile"]),
        windowsProfile: !item["windowsProfile"]
            ? item["windowsProfile"]
            : agentPoolWindowsProfileDeserializer(item["windowsProfile"]),
        securityProfile: !item["securityProfile"]
            ? item["securityProfile"]
            : agentPoolSecurityProfileDeserializer(item["securityProfile"]),
        gpuProfile: !item["gpuProfile"]
            ? item["gpuProfile"]
            : gpuProfileDeserializer(item["gpuProfile"]),
        gatewayProfile: !item["gatewayProfile"]
            ? item["gatewayProfile"]
            : agentPoolGatewayProfileDeserializer(item["gatewayProfile"]),
        artifactStreamingProfile: !item["artifactStreamingProfile"]
            ? item["artifactStreamingProfile"]
            : agentPoolArtifactStreamingProfileDeserializer(item["artifactStreamingProfile"]),
        virtualMachinesProfile: !item["virtualMachinesProfile"]
            ? item["virtualMachinesProfile"]
            : virtualMachinesProfileDeserializer(item["virtualMachinesProfile"]),
        virtualMachineNodesStatus: !item["virtualMachineNodesStatus"]
            ? item["virtualMachineNodesStatus"]
            : virtualMachineNodesArrayDeserializer(item["virtualMachineNodesStatus"]),
        status: !item["status"] ? item["status"] : agentPoolStatusDeserializer(item["status"]),
        localDNSProfile: !item["localDNSProfile"]
            ? item["localDNSProfile"]
            : localDNSProfileDeserializer(item["localDNSProfile"]),
    };
}
function _agentPoolAvailableVersionsPropertiesDeserializer(item) {
    return {
        agentPoolVersions: !item["agentPoolVersions"]
            ? item["agentPoolVersions"]
            : agentPoolAvailableVersionsPropertiesAgentPoolVersionsItemArrayDeserializer(item["agentPoolVersions"]),
    };
}
function _agentPoolUpgradeProfilePropertiesDeserializer(item) {
    return {
        kubernetesVersion: item["kubernetesVersion"],
        osType: item["osType"],
        upgrades: !item["upgrades"]
            ? item["upgrades"]
            : agentPoolUpgradeProfilePropertiesUpgradesItemArrayDeserializer(item["upgrades"]),
        recentlyUsedVersions: !item["recentlyUsedVersions"]
            ? item["recentlyUsedVersions"]
            : agentPoolRecentlyUsedVersionArrayDeserializer(item["recentlyUsedVersions"]),
        latestNodeImageVersion: item["latestNodeImageVersion"],
    };
}
function _managedClusterPropertiesSerializer(item) {
    return {
        kubernetesVersion: item["kubernetesVersion"],
        dnsPrefix: item["dnsPrefix"],
        fqdnSubdomain: item["fqdnSubdomain"],
        agentPoolProfiles: !item["agentPoolProfiles"]
            ? item["agentPoolProfiles"]
            : managedClusterAgentPoolProfileArraySerializer(item["agentPoolProfiles"]),
        linuxProfile: !item["linuxProfile"]
            ? item["linuxProfile"]
            : containerServiceLinuxProfileSerializer(item["linuxProfile"]),
        windowsProfile: !item["windowsProfile"]
            ? item["windowsProfile"]
            : managedClusterWindowsProfileSerializer(item["windowsProfile"]),
        servicePrincipalProfile: !item["servicePrincipalProfile"]
            ? item["servicePrincipalProfile"]
            : managedClusterServicePrincipalProfileSerializer(item["servicePrincipalProfile"]),
        addonProfiles: !item["addonProfiles"]
            ? item["addonProfiles"]
            : managedClusterAddonProfileRecordSerializer(item["addonProfiles"]),
        podIdentityProfile: !item["podIdentityProfile"]
            ? item["podIdentityProfile"]
            : managedClusterPodIdentityProfileSerializer(item["podIdentityProfile"]),
        oidcIssuerProfile: !item["oidcIssuerProfile"]
            ? item["oidcIssuerProfile"]
            : managedClusterOidcIssuerProfileSerializer(item["oidcIssuerProfile"]),
        nodeResourceGroup: item["nodeResourceGroup"],
        nodeResourceGroupProfile: !item["nodeResourceGroupProfile"]
            ? item["nodeResourceGroupProfile"]
            : managedClusterNodeResourceGroupProfileSerializer(item["nodeResourceGroupProfile"]),
        enableRBAC: item["enableRbac"],
        supportPlan: item["supportPlan"],
        networkProfile: !item["networkProfile"]
            ? item["networkProfile"]
            : containerServiceNetworkProfileSerializer(item["networkProfile"]),
        aadProfile: !item["aadProfile"]
            ? item["aadProfile"]
            : managedClusterAADProfileSerializer(item["aadProfile"]),
        autoUpgradeProfile: !item["autoUpgradeProfile"]
            ? item["autoUpgradeProfile"]
            : managedClusterAutoUpgradeProfileSerializer(item["autoUpgradeProfile"]),
        upgradeSettings: !item["upgradeSettings"]
            ? item["upgradeSettings"]
            : clusterUpgradeSettingsSerializer(item["upgradeSettings"]),
        autoScalerProfile: !item["autoScalerProfile"]
            ? item["autoScalerProfile"]
            : managedClusterPropertiesAutoScalerProfileSerializer(item["autoScalerProfile"]),
        apiServerAccessProfile: !item["apiServerAccessProfile"]
            ? item["apiServerAccessProfile"]
            : managedClusterAPIServerAccessProfileSerializer(item["apiServerAccessProfile"]),
        diskEncryptionSetID: item["diskEncryptionSetID"],
        identityProfile: !item["identityProfile"]
            ? item["identityProfile"]
            : userAssignedIdentityRecordSerializer(item["identityProfile"]),
        privateLinkResources: !item["privateLinkResources"]
            ? item["privateLinkResources"]
            : privateLinkResourceArraySerializer(item["privateLinkResources"]),
        disableLocalAccounts: item["disableLocalAccounts"],
        httpProxyConfig: !item["httpProxyConfig"]
            ? item["httpProxyConfig"]
            : managedClusterHttpProxyConfigSerializer(item["httpProxyConfig"]),
        securityProfile: !item["securityProfile"]
            ? item["securityProfile"]
            : managedClusterSecurityProfileSerializer(item["securityProfile"]),
        storageProfile: !item["storageProfile"]
            ? item["storageProfile"]
            : managedClusterStorageProfileSerializer(item["storageProfile"]),
        ingressProfile: !item["ingressProfile"]
            ? item["ingressProfile"]
            : managedClusterIngressProfileSerializer(item["ingressProfile"]),
        publicNetworkAccess: item["publicNetworkAccess"],
        workloadAutoScalerProfile: !item["workloadAutoScalerProfile"]
            ? item["workloadAutoScalerProfile"]
            : managedClusterWorkloadAutoScalerProfileSerializer(item["workloadAutoScalerProfile"]),
        azureMonitorProfile: !item["azureMonitorProfile"]
            ? item["azureMonitorProfile"]
            : managedClusterAzureMonitorProfileSerializer(item["azureMonitorProfile"]),
        serviceMeshProfile: !item["serviceMeshProfile"]
            ? item["serviceMeshProfile"]
            : serviceMeshProfileSerializer(item["serviceMeshProfile"]),
        metricsProfile: !item["metricsProfile"]
            ? item["metricsProfile"]
            : managedClusterMetricsProfileSerializer(item["metricsProfile"]),
        nodeProvisioningProfile: !item["nodeProvisioningProfile"]
            ? item["nodeProvisioningProfile"]
            : managedClusterNodeProvisioningProfileSerializer(item["nodeProvisioningProfile"]),
        bootstrapProfile: !item["bootstrapProfile"]
            ? item["bootstrapProfile"]
            : managedClusterBootstrapProfileSerializer(item["bootstrapProfile"]),
        aiToolchainOperatorProfile: !item["aiToolchainOperatorProfile"]
            ? item["aiToolchainOperatorProfile"]
            : managedClusterAIToolchainOperatorProfileSerializer(item["aiToolchainOperatorProfile"]),
        hostedSystemProfile: !item["hostedSystemProfile"]
            ? item["hostedSystemProfile"]
            : managedClusterHostedSystemProfileSerializer(item["hostedSystemProfile"]),
        status: !item["status"] ? item["status"] : managedClusterStatusSerializer(item["status"]),
    };
}
function _managedClusterPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        powerState: !item["powerState"]
            ? item["powerState"]
            : powerStateDeserializer(item["powerState"]),
        maxAgentPools: item["maxAgentPools"],
        kubernetesVersion: item["kubernetesVersion"],
        currentKubernetesVersion: item["currentKubernetesVersion"],
        dnsPrefix: item["dnsPrefix"],
        fqdnSubdomain: item["fqdnSubdomain"],
        fqdn: item["fqdn"],
        privateFqdn: item["privateFQDN"],
        azurePortalFqdn: item["azurePortalFQDN"],
        agentPoolProfiles: !item["agentPoolProfiles"]
            ? item["agentPoolProfiles"]
            : managedClusterAgentPoolProfileArrayDeserializer(item["agentPoolProfiles"]),
        linuxProfile: !item["linuxProfile"]
            ? item["linuxProfile"]
            : containerServiceLinuxProfileDeserializer(item["linuxProfile"]),
        windowsProfile: !item["windowsProfile"]
            ? item["windowsProfile"]
            : managedClusterWindowsProfileDeserializer(item["windowsProfile"]),
        servicePrincipalProfile: !item["servicePrincipalProfile"]
            ? item["servicePrincipalProfile"]
            : managedClusterServicePrincipalProfileDeserializer(item["servicePrincipalProfile"]),
        addonProfiles: !item["addonProfiles"]
            ? item["addonProfiles"]
            : managedClusterAddonProfileRecordDeserializer(item["addonProfiles"]),
        podIdentityProfile: !item["podIdentityProfile"]
            ? item["podIdentityProfile"]
            : managedClusterPodIdentityProfileDeserializer(item["podIdentityProfile"]),
        oidcIssuerProfile: !item["oidcIssuerProfile"]
            ? item["oidcIssuerProfile"]
            : managedClusterOidcIssuerProfileDeserializer(item["oidcIssuerProfile"]),
        nodeResourceGroup: item["nodeResourceGroup"],
        nodeResourceGroupProfile: !item["nodeResourceGroupProfile"]
            ? item["nodeResourceGroupProfile"]
            : managedClusterNodeResourceGroupProfileDeserializer(item["nodeResourceGroupProfile"]),
        enableRbac: item["enableRBAC"],
        supportPlan: item["supportPlan"],
        networkProfile: !item["networkProfile"]
            ? item["networkProfile"]
            : containerServiceNetworkProfileDeserializer(item["networkProfile"]),
        aadProfile: !item["aadProfile"]
            ? item["aadProfile"]
            : managedClusterAADProfileDeserializer(item["aadProfile"]),
        autoUpgradeProfile: !item["autoUpgradeProfile"]
            ? item["autoUpgradeProfile"]
            : managedClusterAutoUpgradeProfileDeserializer(item["autoUpgradeProfile"]),
        upgradeSettings: !item["upgradeSettings"]
            ? item["upgradeSettings"]
            : clusterUpgradeSettingsDeserializer(item["upgradeSettings"]),
        autoScalerProfile: !item["autoScalerProfile"]
            ? item["autoScalerProfile"]
            : managedClusterPropertiesAutoScalerProfileDeserializer(item["autoScalerProfile"]),
        apiServerAccessProfile: !item["apiServerAccessProfile"]
            ? item["apiServerAccessProfile"]
            : managedClusterAPIServerAccessProfileDeserializer(item["apiServerAccessProfile"]),
        diskEncryptionSetID: item["diskEncryptionSetID"],
        identityProfile: !item["identityProfile"]
            ? item["identityProfile"]
            : userAssignedIdentityRecordDeserializer(item["identityProfile"]),
        privateLinkResources: !item["privateLinkResources"]
            ? item["privateLinkResources"]
            : privateLinkResourceArrayDeserializer(item["privateLinkResources"]),
        disableLocalAccounts: item["disableLocalAccounts"],
        httpProxyConfig: !item["httpProxyConfig"]
            ? item["httpProxyConfig"]
            : managedClusterHttpProxyConfigDeserializer(item["httpProxyConfig"]),
        securityProfile: !item["securityProfile"]
            ? item["securityProfile"]
            : managedClusterSecurityProfileDeserializer(item["securityProfile"]),
        storageProfile: !item["storageProfile"]
            ? item["storageProfile"]
            : managedClusterStorageProfileDeserializer(item["storageProfile"]),
        ingressProfile: !item["ingressProfile"]
            ? item["ingressProfile"]
            : managedClusterIngressProfileDeserializer(item["ingressProfile"]),
        publicNetworkAccess: item["publicNetworkAccess"],
        workloadAutoScalerProfile: !item["workloadAutoScalerProfile"]
            ? item["workloadAutoScalerProfile"]
            : managedClusterWorkloadAutoScalerProfileDeserializer(item["workloadAutoScalerProfile"]),
        azureMonitorProfile: !item["azureMonitorProfile"]
            ? item["azureMonitorProfile"]
            : managedClusterAzureMonitorProfileDeserializer(item["azureMonitorProfile"]),
        serviceMeshProfile: !item["serviceMeshProfile"]
            ? item["serviceMeshProfile"]
            : serviceMeshProfileDeserializer(item["serviceMeshProfile"]),
        resourceUID: item["resourceUID"],
        metricsProfile: !item["metricsProfile"]
            ? item["metricsProfile"]
            : managedClusterMetricsProfileDeserializer(item["metricsProfile"]),
        nodeProvisioningProfile: !item["nodeProvisioningProfile"]
            ? item["nodeProvisioningProfile"]
            : managedClusterNodeProvisioningProfileDeserializer(item["nodeProvisioningProfile"]),
        bootstrapProfile: !item["bootstrapProfile"]
            ? item["bootstrapProfile"]
            : managedClusterBootstrapProfileDeserializer(item["bootstrapProfile"]),
        aiToolchainOperatorProfile: !item["aiToolchainOperatorProfile"]
            ? item["aiToolchainOperatorProfile"]
            : managedClusterAIToolchainOperatorProfileDeserializer(item["aiToolchainOperatorProfile"]),
        hostedSystemProfile: !item["hostedSystemProfile"]
            ? item["hostedSystemProfile"]
            : managedClusterHostedSystemProfileDeserializer(item["hostedSystemProfile"]),
        status: !item["status"] ? item["status"] : managedClusterStatusDeserializer(item["status"]),
    };
}
function _managedClusterAccessProfilePropertiesDeserializer(item) {
    return {
        kubeConfig: !item["kubeConfig"]
            ? item["kubeConfig"]
            : typeof item["kubeConfig"] === "string"
                ? esm_stringToUint8Array(item["kubeConfig"], "base64")
                : item["kubeConfig"],
    };
}
function _runCommandResultPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        exitCode: item["exitCode"],
        startedAt: !item["startedAt"] ? item["startedAt"] : new Date(item["startedAt"]),
        finishedAt: !item["finishedAt"] ? item["finishedAt"] : new Date(item["finishedAt"]),
        logs: item["logs"],
        reason: item["reason"],
    };
}
function _managedClusterUpgradeProfilePropertiesDeserializer(item) {
    return {
        controlPlaneProfile: managedClusterPoolUpgradeProfileDeserializer(item["controlPlaneProfile"]),
        agentPoolProfiles: managedClusterPoolUpgradeProfileArrayDeserializer(item["agentPoolProfiles"]),
    };
}
function _maintenanceConfigurationPropertiesSerializer(item) {
    return {
        timeInWeek: !item["timeInWeek"]
            ? item["timeInWeek"]
            : timeInWeekArraySerializer(item["timeInWeek"]),
        notAllowedTime: !item["notAllowedTime"]
            ? item["notAllowedTime"]
            : timeSpanArraySerializer(item["notAllowedTime"]),
        maintenanceWindow: !item["maintenanceWindow"]
            ? item["maintenanceWindow"]
            : maintenanceWindowSerializer(item["maintenanceWindow"]),
    };
}
function _maintenanceConfigurationPropertiesDeserializer(item) {
    return {
        timeInWeek: !item["timeInWeek"]
            ? item["timeInWeek"]
            : timeInWeekArrayDeserializer(item["timeInWeek"]),
        notAllowedTime: !item["notAllowedTime"]
            ? item["notAllowedTime"]
            : timeSpanArrayDeserializer(item["notAllowedTime"]),
        maintenanceWindow: !item["maintenanceWindow"]
            ? item["maintenanceWindow"]
            : maintenanceWindowDeserializer(item["maintenanceWindow"]),
    };
}
function _privateEndpointConnectionPropertiesSerializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointSerializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"]),
    };
}
function _privateEndpointConnectionPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointDeserializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"]),
    };
}
function _snapshotPropertiesSerializer(item) {
    return {
        creationData: !item["creationData"]
            ? item["creationData"]
            : creationDataSerializer(item["creationData"]),
        snapshotType: item["snapshotType"],
    };
}
function _snapshotPropertiesDeserializer(item) {
    return {
        creationData: !item["creationData"]
            ? item["creationData"]
            : creationDataDeserializer(item["creationData"]),
        snapshotType: item["snapshotType"],
        kubernetesVersion: item["kubernetesVersion"],
        nodeImageVersion: item["nodeImageVersion"],
        osType: item["osType"],
        osSku: item["osSku"],
        vmSize: item["vmSize"],
        enableFips: item["enableFIPS"],
    };
}
function _trustedAccessRoleBindingPropertiesSerializer(item) {
    return {
        sourceResourceId: item["sourceResourceId"],
        roles: item["roles"].map((p) => {
            return p;
        }),
    };
}
function _trustedAccessRoleBindingPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        sourceResourceId: item["sourceResourceId"],
        roles: item["roles"].map((p) => {
            return p;
        }),
    };
}
function _operationValueDisplayDeserializer(item) {
    return {
        operation: item["operation"],
        resource: item["resource"],
        description: item["description"],
        provider: item["provider"],
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/static-helpers/pagingHelpers.js
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
        throw new restError_RestError(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
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
        throw new restError_RestError(`Couldn't paginate response\n Body doesn't contain an array property with name: ${itemName}`);
    }
    return value ?? [];
}
/**
 * Checks if a request failed
 */
function checkPagingRequest(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw restError_createRestError(`Pagination failed with unexpected statusCode ${response.status}`, response);
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/node_modules/@azure/core-lro/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The `@azure/logger` configuration for this package.
 * @internal
 */
const logger_logger = esm_createClientLogger("core-lro");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/node_modules/@azure/core-lro/dist/esm/poller/constants.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The default time interval to wait before sending the next polling request.
 */
const POLL_INTERVAL_IN_MS = 2000;
/**
 * The closed set of terminal states.
 */
const terminalStates = ["succeeded", "canceled", "failed"];
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/node_modules/@azure/core-lro/dist/esm/poller/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Deserializes the state
 */
function operation_deserializeState(serializedState) {
    try {
        return JSON.parse(serializedState).state;
    }
    catch (e) {
        throw new Error(`Unable to deserialize input state: ${serializedState}`);
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
            logger_logger.warning(errStr);
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
    logger_logger.verbose(`LRO: Operation description:`, config);
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
    logger_logger.verbose(`LRO: Status:\n\tPolling from: ${state.config.operationLocation}\n\tOperation status: ${status}\n\tPolling status: ${terminalStates.includes(status) ? "Stopped" : "Running"}`);
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
            if (intervalInMs)
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/node_modules/@azure/core-lro/dist/esm/http/operation.js
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
    logger_logger.verbose(`LRO: Transforming status: ${status} with status code: ${statusCode}.`);
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
function parseRetryAfter({ rawResponse }) {
    const retryAfter = rawResponse.headers["retry-after"];
    if (retryAfter !== undefined) {
        // Retry-After header value is either in HTTP date format, or in seconds
        const retryAfterInSeconds = parseInt(retryAfter);
        return isNaN(retryAfterInSeconds)
            ? calculatePollingIntervalFromDate(new Date(retryAfter))
            : retryAfterInSeconds * 1000;
    }
    return undefined;
}
function getErrorFromResponse(response) {
    const error = accessBodyProperty(response, "error");
    if (!error) {
        logger_logger.warning(`The long-running operation failed but there is no error property in the response's body`);
        return;
    }
    if (!error.code || !error.message) {
        logger_logger.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
        return;
    }
    return error;
}
function calculatePollingIntervalFromDate(retryAfterDate) {
    const timeNow = Math.floor(new Date().getTime());
    const retryAfterTime = retryAfterDate.getTime();
    if (timeNow < retryAfterTime) {
        return retryAfterTime - timeNow;
    }
    return undefined;
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
        poll: async (location, inputOptions) => lro.sendPollRequest(location, inputOptions),
        setErrorAsResult,
    });
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/node_modules/@azure/core-lro/dist/esm/poller/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



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
            state = operation_deserializeState(restoreFrom);
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
        let currentPollIntervalInMs = intervalInMs;
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
                                await delay_delay(currentPollIntervalInMs, { abortSignal });
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
                        currentPollIntervalInMs = pollIntervalInMs;
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/node_modules/@azure/core-lro/dist/esm/http/utils.js
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
            throw new Error(`Invalid input URL provided: ${url}`);
        }
    }
    let newBase;
    try {
        newBase = new URL(baseUrl);
    }
    catch (e) {
        throw new Error(`Invalid base URL provided: ${baseUrl}`);
    }
    const rewrittenUrl = new URL(`${originalUrl.pathname}${originalUrl.search}${originalUrl.hash}`, newBase);
    return rewrittenUrl.toString();
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/node_modules/@azure/core-lro/dist/esm/http/poller.js
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/node_modules/@azure/core-lro/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/static-helpers/pollingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function pollingHelpers_getLongRunningPoller(client, processResponseBody, expectedStatuses, options) {
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
                const pollingPath = apiVersion ? pollingHelpers_addApiVersionToUrl(path, apiVersion) : path;
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
        throw restError_createRestError(response);
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
function pollingHelpers_addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pollingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/static-helpers/urlTemplate.js
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
function urlTemplate_isDefined(val) {
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
        for (const val of value.filter(urlTemplate_isDefined)) {
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
            if (!urlTemplate_isDefined(val)) {
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
        for (const val of value.filter(urlTemplate_isDefined)) {
            items.push(encodeComponent(val, reserved, op));
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            if (!urlTemplate_isDefined(value[key])) {
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
    if (!urlTemplate_isDefined(value)) {
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
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/agentPools/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _getUpgradeProfileSend(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/upgradeProfiles/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        agentPoolName: agentPoolName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getUpgradeProfileDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return agentPoolUpgradeProfileDeserializer(result.body);
}
/** Gets the upgrade profile for an agent pool. */
async function getUpgradeProfile(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
    const result = await _getUpgradeProfileSend(context, resourceGroupName, resourceName, agentPoolName, options);
    return _getUpgradeProfileDeserialize(result);
}
function _getAvailableAgentPoolVersionsSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/availableAgentPoolVersions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getAvailableAgentPoolVersionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return agentPoolAvailableVersionsDeserializer(result.body);
}
/** See [supported Kubernetes versions](https://docs.microsoft.com/azure/aks/supported-kubernetes-versions) for more details about the version lifecycle. */
async function getAvailableAgentPoolVersions(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const result = await _getAvailableAgentPoolVersionsSend(context, resourceGroupName, resourceName, options);
    return _getAvailableAgentPoolVersionsDeserialize(result);
}
function _upgradeNodeImageVersionSend(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/upgradeNodeImageVersion{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        agentPoolName: agentPoolName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _upgradeNodeImageVersionDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Upgrading the node image version of an agent pool applies the newest OS and runtime updates to the nodes. AKS provides one new image per week with the latest updates. For more details on node image versions, see: https://docs.microsoft.com/azure/aks/node-image-upgrade */
function upgradeNodeImageVersion(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _upgradeNodeImageVersionDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _upgradeNodeImageVersionSend(context, resourceGroupName, resourceName, agentPoolName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _deleteMachinesSend(context, resourceGroupName, resourceName, agentPoolName, machines, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/deleteMachines{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        agentPoolName: agentPoolName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        body: agentPoolDeleteMachinesParameterSerializer(machines),
    });
}
async function _deleteMachinesDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes specific machines in an agent pool. */
function deleteMachines(context, resourceGroupName, resourceName, agentPoolName, machines, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteMachinesDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteMachinesSend(context, resourceGroupName, resourceName, agentPoolName, machines, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _abortLatestOperationSend(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/abort{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        agentPoolName: agentPoolName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...operationOptionHelpers_operationOptionsToRequestParameters(options) });
}
async function _abortLatestOperationDeserialize(result) {
    const expectedStatuses = ["202", "204", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Aborts the currently running operation on the agent pool. The Agent Pool will be moved to a Canceling state and eventually to a Canceled state when cancellation finishes. If the operation completes before cancellation can take place, a 409 error code is returned. */
function abortLatestOperation(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _abortLatestOperationDeserialize, ["202", "204", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _abortLatestOperationSend(context, resourceGroupName, resourceName, agentPoolName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _listSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _agentPoolListResultDeserializer(result.body);
}
/** Gets a list of agent pools in the specified managed cluster. */
function list(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSend(context, resourceGroupName, resourceName, options), _listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
function _$deleteSend(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}{?api%2Dversion,ignore%2Dpod%2Ddisruption%2Dbudget}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        agentPoolName: agentPoolName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
        "ignore%2Dpod%2Ddisruption%2Dbudget": options?.ignorePodDisruptionBudget,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: {
            ...(options?.ifMatch !== undefined ? { "if-match": options?.ifMatch } : {}),
            ...options.requestOptions?.headers,
        },
    });
}
async function _$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an agent pool in the specified managed cluster. */
function $delete(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _$deleteSend(context, resourceGroupName, resourceName, agentPoolName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _createOrUpdateSend(context, resourceGroupName, resourceName, agentPoolName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        agentPoolName: agentPoolName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: {
            ...(options?.ifMatch !== undefined ? { "if-match": options?.ifMatch } : {}),
            ...(options?.ifNoneMatch !== undefined ? { "if-none-match": options?.ifNoneMatch } : {}),
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
        body: agentPoolSerializer(parameters),
    });
}
async function _createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return agentPoolDeserializer(result.body);
}
/** Creates or updates an agent pool in the specified managed cluster. */
function createOrUpdate(context, resourceGroupName, resourceName, agentPoolName, parameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createOrUpdateSend(context, resourceGroupName, resourceName, agentPoolName, parameters, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _getSend(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        agentPoolName: agentPoolName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return agentPoolDeserializer(result.body);
}
/** Gets the specified managed cluster agent pool. */
async function get(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
    const result = await _getSend(context, resourceGroupName, resourceName, agentPoolName, options);
    return _getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/static-helpers/simplePollerHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Create the deprecated SimplePollerLike from PollerLike
 * @param poller PollerLike to convert
 * @returns SimplePollerLike
 */
function getSimplePoller(poller) {
    const simplePoller = {
        isDone() {
            return poller.isDone;
        },
        isStopped() {
            throw new Error("isStopped is deprecated. Use abortSignal status to track this instead.");
        },
        getOperationState() {
            if (!poller.operationState) {
                throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
            }
            return poller.operationState;
        },
        getResult() {
            return poller.result;
        },
        toString() {
            if (!poller.operationState) {
                throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
            }
            return JSON.stringify({
                state: poller.operationState,
            });
        },
        stopPolling() {
            throw new Error("stopPolling is deprecated. Use abortSignal to stop polling instead.");
        },
        onProgress: poller.onProgress,
        poll: poller.poll,
        pollUntilDone: poller.pollUntilDone,
        serialize: poller.serialize,
        submitted: poller.submitted,
    };
    return simplePoller;
}
//# sourceMappingURL=simplePollerHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/classic/agentPools/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getAgentPools(context) {
    return {
        getUpgradeProfile: (resourceGroupName, resourceName, agentPoolName, options) => getUpgradeProfile(context, resourceGroupName, resourceName, agentPoolName, options),
        getAvailableAgentPoolVersions: (resourceGroupName, resourceName, options) => getAvailableAgentPoolVersions(context, resourceGroupName, resourceName, options),
        upgradeNodeImageVersion: (resourceGroupName, resourceName, agentPoolName, options) => upgradeNodeImageVersion(context, resourceGroupName, resourceName, agentPoolName, options),
        beginUpgradeNodeImageVersion: async (resourceGroupName, resourceName, agentPoolName, options) => {
            const poller = upgradeNodeImageVersion(context, resourceGroupName, resourceName, agentPoolName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpgradeNodeImageVersionAndWait: async (resourceGroupName, resourceName, agentPoolName, options) => {
            return await upgradeNodeImageVersion(context, resourceGroupName, resourceName, agentPoolName, options);
        },
        deleteMachines: (resourceGroupName, resourceName, agentPoolName, machines, options) => deleteMachines(context, resourceGroupName, resourceName, agentPoolName, machines, options),
        beginDeleteMachines: async (resourceGroupName, resourceName, agentPoolName, machines, options) => {
            const poller = deleteMachines(context, resourceGroupName, resourceName, agentPoolName, machines, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteMachinesAndWait: async (resourceGroupName, resourceName, agentPoolName, machines, options) => {
            return await deleteMachines(context, resourceGroupName, resourceName, agentPoolName, machines, options);
        },
        abortLatestOperation: (resourceGroupName, resourceName, agentPoolName, options) => abortLatestOperation(context, resourceGroupName, resourceName, agentPoolName, options),
        beginAbortLatestOperation: async (resourceGroupName, resourceName, agentPoolName, options) => {
            const poller = abortLatestOperation(context, resourceGroupName, resourceName, agentPoolName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginAbortLatestOperationAndWait: async (resourceGroupName, resourceName, agentPoolName, options) => {
            return await abortLatestOperation(context, resourceGroupName, resourceName, agentPoolName, options);
        },
        list: (resourceGroupName, resourceName, options) => list(context, resourceGroupName, resourceName, options),
        delete: (resourceGroupName, resourceName, agentPoolName, options) => $delete(context, resourceGroupName, resourceName, agentPoolName, options),
        beginDelete: async (resourceGroupName, resourceName, agentPoolName, options) => {
            const poller = $delete(context, resourceGroupName, resourceName, agentPoolName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, resourceName, agentPoolName, options) => {
            return await $delete(context, resourceGroupName, resourceName, agentPoolName, options);
        },
        createOrUpdate: (resourceGroupName, resourceName, agentPoolName, parameters, options) => createOrUpdate(context, resourceGroupName, resourceName, agentPoolName, parameters, options),
        beginCreateOrUpdate: async (resourceGroupName, resourceName, agentPoolName, parameters, options) => {
            const poller = createOrUpdate(context, resourceGroupName, resourceName, agentPoolName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, agentPoolName, parameters, options) => {
            return await createOrUpdate(context, resourceGroupName, resourceName, agentPoolName, parameters, options);
        },
        get: (resourceGroupName, resourceName, agentPoolName, options) => get(context, resourceGroupName, resourceName, agentPoolName, options),
    };
}
function _getAgentPoolsOperations(context) {
    return {
        ..._getAgentPools(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/identityBindings/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listByManagedClusterSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByManagedClusterDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _identityBindingListResultDeserializer(result.body);
}
/** Gets a list of identity bindings in the specified managed cluster. */
function listByManagedCluster(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByManagedClusterSend(context, resourceGroupName, resourceName, options), _listByManagedClusterDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
function operations_$deleteSend(context, resourceGroupName, resourceName, identityBindingName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings/{identityBindingName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        identityBindingName: identityBindingName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...operationOptionHelpers_operationOptionsToRequestParameters(options) });
}
async function operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an identity binding in the specified managed cluster. */
function operations_$delete(context, resourceGroupName, resourceName, identityBindingName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_$deleteSend(context, resourceGroupName, resourceName, identityBindingName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function operations_createOrUpdateSend(context, resourceGroupName, resourceName, identityBindingName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings/{identityBindingName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        identityBindingName: identityBindingName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: identityBindingSerializer(parameters),
    });
}
async function operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return identityBindingDeserializer(result.body);
}
/** Creates or updates an identity binding in the specified managed cluster. */
function operations_createOrUpdate(context, resourceGroupName, resourceName, identityBindingName, parameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_createOrUpdateSend(context, resourceGroupName, resourceName, identityBindingName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function operations_getSend(context, resourceGroupName, resourceName, identityBindingName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings/{identityBindingName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        identityBindingName: identityBindingName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return identityBindingDeserializer(result.body);
}
/** Gets the specified Identity Binding. */
async function operations_get(context, resourceGroupName, resourceName, identityBindingName, options = { requestOptions: {} }) {
    const result = await operations_getSend(context, resourceGroupName, resourceName, identityBindingName, options);
    return operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/classic/identityBindings/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getIdentityBindings(context) {
    return {
        listByManagedCluster: (resourceGroupName, resourceName, options) => listByManagedCluster(context, resourceGroupName, resourceName, options),
        delete: (resourceGroupName, resourceName, identityBindingName, options) => operations_$delete(context, resourceGroupName, resourceName, identityBindingName, options),
        beginDelete: async (resourceGroupName, resourceName, identityBindingName, options) => {
            const poller = operations_$delete(context, resourceGroupName, resourceName, identityBindingName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, resourceName, identityBindingName, options) => {
            return await operations_$delete(context, resourceGroupName, resourceName, identityBindingName, options);
        },
        createOrUpdate: (resourceGroupName, resourceName, identityBindingName, parameters, options) => operations_createOrUpdate(context, resourceGroupName, resourceName, identityBindingName, parameters, options),
        beginCreateOrUpdate: async (resourceGroupName, resourceName, identityBindingName, parameters, options) => {
            const poller = operations_createOrUpdate(context, resourceGroupName, resourceName, identityBindingName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, identityBindingName, parameters, options) => {
            return await operations_createOrUpdate(context, resourceGroupName, resourceName, identityBindingName, parameters, options);
        },
        get: (resourceGroupName, resourceName, identityBindingName, options) => operations_get(context, resourceGroupName, resourceName, identityBindingName, options),
    };
}
function _getIdentityBindingsOperations(context) {
    return {
        ..._getIdentityBindings(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/machines/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function operations_listSend(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/machines{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        agentPoolName: agentPoolName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _machineListResultDeserializer(result.body);
}
/** Gets a list of machines in the specified agent pool. */
function operations_list(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listSend(context, resourceGroupName, resourceName, agentPoolName, options), operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
function machines_operations_getSend(context, resourceGroupName, resourceName, agentPoolName, machineName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/machines/{machineName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        agentPoolName: agentPoolName,
        machineName: machineName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function machines_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return machineDeserializer(result.body);
}
/** Get a specific machine in the specified agent pool. */
async function machines_operations_get(context, resourceGroupName, resourceName, agentPoolName, machineName, options = { requestOptions: {} }) {
    const result = await machines_operations_getSend(context, resourceGroupName, resourceName, agentPoolName, machineName, options);
    return machines_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/classic/machines/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getMachines(context) {
    return {
        list: (resourceGroupName, resourceName, agentPoolName, options) => operations_list(context, resourceGroupName, resourceName, agentPoolName, options),
        get: (resourceGroupName, resourceName, agentPoolName, machineName, options) => machines_operations_get(context, resourceGroupName, resourceName, agentPoolName, machineName, options),
    };
}
function _getMachinesOperations(context) {
    return {
        ..._getMachines(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/maintenanceConfigurations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function operations_listByManagedClusterSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/maintenanceConfigurations{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listByManagedClusterDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _maintenanceConfigurationListResultDeserializer(result.body);
}
/** Gets a list of maintenance configurations in the specified managed cluster. */
function operations_listByManagedCluster(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listByManagedClusterSend(context, resourceGroupName, resourceName, options), operations_listByManagedClusterDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
function maintenanceConfigurations_operations_$deleteSend(context, resourceGroupName, resourceName, configName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/maintenanceConfigurations/{configName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        configName: configName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...operationOptionHelpers_operationOptionsToRequestParameters(options) });
}
async function maintenanceConfigurations_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a maintenance configuration. */
async function maintenanceConfigurations_operations_$delete(context, resourceGroupName, resourceName, configName, options = { requestOptions: {} }) {
    const result = await maintenanceConfigurations_operations_$deleteSend(context, resourceGroupName, resourceName, configName, options);
    return maintenanceConfigurations_operations_$deleteDeserialize(result);
}
function maintenanceConfigurations_operations_createOrUpdateSend(context, resourceGroupName, resourceName, configName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/maintenanceConfigurations/{configName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        configName: configName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: maintenanceConfigurationSerializer(parameters),
    });
}
async function maintenanceConfigurations_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return maintenanceConfigurationDeserializer(result.body);
}
/** Creates or updates a maintenance configuration in the specified managed cluster. */
async function maintenanceConfigurations_operations_createOrUpdate(context, resourceGroupName, resourceName, configName, parameters, options = { requestOptions: {} }) {
    const result = await maintenanceConfigurations_operations_createOrUpdateSend(context, resourceGroupName, resourceName, configName, parameters, options);
    return maintenanceConfigurations_operations_createOrUpdateDeserialize(result);
}
function maintenanceConfigurations_operations_getSend(context, resourceGroupName, resourceName, configName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/maintenanceConfigurations/{configName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        configName: configName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function maintenanceConfigurations_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return maintenanceConfigurationDeserializer(result.body);
}
/** Gets the specified maintenance configuration of a managed cluster. */
async function maintenanceConfigurations_operations_get(context, resourceGroupName, resourceName, configName, options = { requestOptions: {} }) {
    const result = await maintenanceConfigurations_operations_getSend(context, resourceGroupName, resourceName, configName, options);
    return maintenanceConfigurations_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/classic/maintenanceConfigurations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getMaintenanceConfigurations(context) {
    return {
        listByManagedCluster: (resourceGroupName, resourceName, options) => operations_listByManagedCluster(context, resourceGroupName, resourceName, options),
        delete: (resourceGroupName, resourceName, configName, options) => maintenanceConfigurations_operations_$delete(context, resourceGroupName, resourceName, configName, options),
        createOrUpdate: (resourceGroupName, resourceName, configName, parameters, options) => maintenanceConfigurations_operations_createOrUpdate(context, resourceGroupName, resourceName, configName, parameters, options),
        get: (resourceGroupName, resourceName, configName, options) => maintenanceConfigurations_operations_get(context, resourceGroupName, resourceName, configName, options),
    };
}
function _getMaintenanceConfigurationsOperations(context) {
    return {
        ..._getMaintenanceConfigurations(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/managedClusters/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listKubernetesVersionsSend(context, location, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/{location}/kubernetesVersions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listKubernetesVersionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return kubernetesVersionListResultDeserializer(result.body);
}
/** Contains extra metadata on the version, including supported patch versions, capabilities, available upgrades, and details on preview status of the version */
async function listKubernetesVersions(context, location, options = { requestOptions: {} }) {
    const result = await _listKubernetesVersionsSend(context, location, options);
    return _listKubernetesVersionsDeserialize(result);
}
function _listMeshUpgradeProfilesSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/meshUpgradeProfiles{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listMeshUpgradeProfilesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _meshUpgradeProfileListDeserializer(result.body);
}
/** Lists available upgrades for all service meshes in a specific cluster. */
function listMeshUpgradeProfiles(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listMeshUpgradeProfilesSend(context, resourceGroupName, resourceName, options), _listMeshUpgradeProfilesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
function _getMeshUpgradeProfileSend(context, resourceGroupName, resourceName, mode, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/meshUpgradeProfiles/{mode}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        mode: mode,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getMeshUpgradeProfileDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return meshUpgradeProfileDeserializer(result.body);
}
/** Gets available upgrades for a service mesh in a cluster. */
async function getMeshUpgradeProfile(context, resourceGroupName, resourceName, mode, options = { requestOptions: {} }) {
    const result = await _getMeshUpgradeProfileSend(context, resourceGroupName, resourceName, mode, options);
    return _getMeshUpgradeProfileDeserialize(result);
}
function _listMeshRevisionProfilesSend(context, location, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/{location}/meshRevisionProfiles{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listMeshRevisionProfilesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _meshRevisionProfileListDeserializer(result.body);
}
/** Contains extra metadata on each revision, including supported revisions, cluster compatibility and available upgrades */
function listMeshRevisionProfiles(context, location, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listMeshRevisionProfilesSend(context, location, options), _listMeshRevisionProfilesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
function _getMeshRevisionProfileSend(context, location, mode, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/{location}/meshRevisionProfiles/{mode}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        mode: mode,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getMeshRevisionProfileDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return meshRevisionProfileDeserializer(result.body);
}
/** Contains extra metadata on the revision, including supported revisions, cluster compatibility and available upgrades */
async function getMeshRevisionProfile(context, location, mode, options = { requestOptions: {} }) {
    const result = await _getMeshRevisionProfileSend(context, location, mode, options);
    return _getMeshRevisionProfileDeserialize(result);
}
function operations_getUpgradeProfileSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/upgradeProfiles/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_getUpgradeProfileDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedClusterUpgradeProfileDeserializer(result.body);
}
/** Gets the upgrade profile of a managed cluster. */
async function operations_getUpgradeProfile(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const result = await operations_getUpgradeProfileSend(context, resourceGroupName, resourceName, options);
    return operations_getUpgradeProfileDeserialize(result);
}
function _listOutboundNetworkDependenciesEndpointsSend(context, resourceGroupName, resourceName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/outboundNetworkDependenciesEndpoints{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listOutboundNetworkDependenciesEndpointsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _outboundEnvironmentEndpointCollectionDeserializer(result.body);
}
/** Gets a list of egress endpoints (network endpoints of all outbound dependencies) in the specified managed cluster. The operation returns properties of each egress endpoint. */
function listOutboundNetworkDependenciesEndpoints(context, resourceGroupName, resourceName, options = {
    requestOptions: {},
}) {
    return buildPagedAsyncIterator(context, () => _listOutboundNetworkDependenciesEndpointsSend(context, resourceGroupName, resourceName, options), _listOutboundNetworkDependenciesEndpointsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
function _getCommandResultSend(context, resourceGroupName, resourceName, commandId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/commandResults/{commandId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        commandId: commandId,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getCommandResultDeserialize(result) {
    const expectedStatuses = ["200", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return result.body ? runCommandResultDeserializer(result.body) : undefined;
}
/** Gets the results of a command which has been run on the Managed Cluster. */
async function getCommandResult(context, resourceGroupName, resourceName, commandId, options = { requestOptions: {} }) {
    const result = await _getCommandResultSend(context, resourceGroupName, resourceName, commandId, options);
    return _getCommandResultDeserialize(result);
}
function _runCommandSend(context, resourceGroupName, resourceName, requestPayload, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/runCommand{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: runCommandRequestSerializer(requestPayload),
    });
}
async function _runCommandDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return runCommandResultDeserializer(result.body);
}
/** AKS will create a pod to run the command. This is primarily useful for private clusters. For more information see [AKS Run Command](https://docs.microsoft.com/azure/aks/private-clusters#aks-run-command-preview). */
function runCommand(context, resourceGroupName, resourceName, requestPayload, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _runCommandDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _runCommandSend(context, resourceGroupName, resourceName, requestPayload, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _startSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/start{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...operationOptionHelpers_operationOptionsToRequestParameters(options) });
}
async function _startDeserialize(result) {
    const expectedStatuses = ["202", "204", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** See [starting a cluster](https://docs.microsoft.com/azure/aks/start-stop-cluster) for more details about starting a cluster. */
function start(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _startDeserialize, ["202", "204", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _startSend(context, resourceGroupName, resourceName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _stopSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/stop{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...operationOptionHelpers_operationOptionsToRequestParameters(options) });
}
async function _stopDeserialize(result) {
    const expectedStatuses = ["202", "204", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** This can only be performed on Azure Virtual Machine Scale set backed clusters. Stopping a cluster stops the control plane and agent nodes entirely, while maintaining all object and cluster state. A cluster does not accrue charges while it is stopped. See [stopping a cluster](https://docs.microsoft.com/azure/aks/start-stop-cluster) for more details about stopping a cluster. */
function stop(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _stopDeserialize, ["202", "204", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _stopSend(context, resourceGroupName, resourceName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _rotateServiceAccountSigningKeysSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/rotateServiceAccountSigningKeys{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...operationOptionHelpers_operationOptionsToRequestParameters(options) });
}
async function _rotateServiceAccountSigningKeysDeserialize(result) {
    const expectedStatuses = ["202", "204", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Rotates the service account signing keys of a managed cluster. */
function rotateServiceAccountSigningKeys(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _rotateServiceAccountSigningKeysDeserialize, ["202", "204", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _rotateServiceAccountSigningKeysSend(context, resourceGroupName, resourceName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function operations_abortLatestOperationSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/abort{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...operationOptionHelpers_operationOptionsToRequestParameters(options) });
}
async function operations_abortLatestOperationDeserialize(result) {
    const expectedStatuses = ["202", "204", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Aborts the currently running operation on the managed cluster. The Managed Cluster will be moved to a Canceling state and eventually to a Canceled state when cancellation finishes. If the operation completes before cancellation can take place, a 409 error code is returned. */
function operations_abortLatestOperation(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, operations_abortLatestOperationDeserialize, ["202", "204", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_abortLatestOperationSend(context, resourceGroupName, resourceName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _rotateClusterCertificatesSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/rotateClusterCertificates{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...operationOptionHelpers_operationOptionsToRequestParameters(options) });
}
async function _rotateClusterCertificatesDeserialize(result) {
    const expectedStatuses = ["202", "204", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** See [Certificate rotation](https://docs.microsoft.com/azure/aks/certificate-rotation) for more details about rotating managed cluster certificates. */
function rotateClusterCertificates(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _rotateClusterCertificatesDeserialize, ["202", "204", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _rotateClusterCertificatesSend(context, resourceGroupName, resourceName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _resetAADProfileSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/resetAADProfile{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        body: managedClusterAADProfileSerializer(parameters),
    });
}
async function _resetAADProfileDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** **WARNING**: This API will be deprecated. Please see [AKS-managed Azure Active Directory integration](https://aka.ms/aks-managed-aad) to update your cluster with AKS-managed Azure AD. */
function resetAADProfile(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _resetAADProfileDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _resetAADProfileSend(context, resourceGroupName, resourceName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _resetServicePrincipalProfileSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/resetServicePrincipalProfile{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        body: managedClusterServicePrincipalProfileSerializer(parameters),
    });
}
async function _resetServicePrincipalProfileDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** This action cannot be performed on a cluster that is not using a service principal */
function resetServicePrincipalProfile(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _resetServicePrincipalProfileDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _resetServicePrincipalProfileSend(context, resourceGroupName, resourceName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _listClusterMonitoringUserCredentialsSend(context, resourceGroupName, resourceName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/listClusterMonitoringUserCredential{?api%2Dversion,server%2Dfqdn}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
        "server%2Dfqdn": options?.serverFqdn,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listClusterMonitoringUserCredentialsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return credentialResultsDeserializer(result.body);
}
/** Lists the cluster monitoring user credentials of a managed cluster. */
async function listClusterMonitoringUserCredentials(context, resourceGroupName, resourceName, options = {
    requestOptions: {},
}) {
    const result = await _listClusterMonitoringUserCredentialsSend(context, resourceGroupName, resourceName, options);
    return _listClusterMonitoringUserCredentialsDeserialize(result);
}
function _listClusterUserCredentialsSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/listClusterUserCredential{?api%2Dversion,server%2Dfqdn,format}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
        "server%2Dfqdn": options?.serverFqdn,
        format: options?.format,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listClusterUserCredentialsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return credentialResultsDeserializer(result.body);
}
/** Lists the user credentials of a managed cluster. */
async function listClusterUserCredentials(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const result = await _listClusterUserCredentialsSend(context, resourceGroupName, resourceName, options);
    return _listClusterUserCredentialsDeserialize(result);
}
function _listClusterAdminCredentialsSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/listClusterAdminCredential{?api%2Dversion,server%2Dfqdn}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
        "server%2Dfqdn": options?.serverFqdn,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listClusterAdminCredentialsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return credentialResultsDeserializer(result.body);
}
/** Lists the admin credentials of a managed cluster. */
async function listClusterAdminCredentials(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const result = await _listClusterAdminCredentialsSend(context, resourceGroupName, resourceName, options);
    return _listClusterAdminCredentialsDeserialize(result);
}
function _getAccessProfileSend(context, resourceGroupName, resourceName, roleName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/accessProfiles/{roleName}/listCredential{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        roleName: roleName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getAccessProfileDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedClusterAccessProfileDeserializer(result.body);
}
/** **WARNING**: This API will be deprecated. Instead use [ListClusterUserCredentials](https://docs.microsoft.com/rest/api/aks/managedclusters/listclusterusercredentials) or [ListClusterAdminCredentials](https://docs.microsoft.com/rest/api/aks/managedclusters/listclusteradmincredentials) . */
async function getAccessProfile(context, resourceGroupName, resourceName, roleName, options = { requestOptions: {} }) {
    const result = await _getAccessProfileSend(context, resourceGroupName, resourceName, roleName, options);
    return _getAccessProfileDeserialize(result);
}
function managedClusters_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/managedClusters{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedClusters_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _managedClusterListResultDeserializer(result.body);
}
/** Gets a list of managed clusters in the specified subscription. */
function managedClusters_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => managedClusters_operations_listSend(context, options), managedClusters_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
function _listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _managedClusterListResultDeserializer(result.body);
}
/** Lists managed clusters in the specified subscription and resource group. */
function listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByResourceGroupSend(context, resourceGroupName, options), _listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
function managedClusters_operations_$deleteSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: {
            ...(options?.ifMatch !== undefined ? { "if-match": options?.ifMatch } : {}),
            ...options.requestOptions?.headers,
        },
    });
}
async function managedClusters_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a managed cluster. */
function managedClusters_operations_$delete(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, managedClusters_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => managedClusters_operations_$deleteSend(context, resourceGroupName, resourceName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _updateTagsSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: {
            ...(options?.ifMatch !== undefined ? { "if-match": options?.ifMatch } : {}),
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
        body: tagsObjectSerializer(parameters),
    });
}
async function _updateTagsDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedClusterDeserializer(result.body);
}
/** Updates tags on a managed cluster. */
function updateTags(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _updateTagsDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateTagsSend(context, resourceGroupName, resourceName, parameters, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function managedClusters_operations_createOrUpdateSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: {
            ...(options?.ifMatch !== undefined ? { "if-match": options?.ifMatch } : {}),
            ...(options?.ifNoneMatch !== undefined ? { "if-none-match": options?.ifNoneMatch } : {}),
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
        body: managedClusterSerializer(parameters),
    });
}
async function managedClusters_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedClusterDeserializer(result.body);
}
/** Creates or updates a managed cluster. */
function managedClusters_operations_createOrUpdate(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, managedClusters_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => managedClusters_operations_createOrUpdateSend(context, resourceGroupName, resourceName, parameters, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function managedClusters_operations_getSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedClusters_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedClusterDeserializer(result.body);
}
/** Gets a managed cluster. */
async function managedClusters_operations_get(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const result = await managedClusters_operations_getSend(context, resourceGroupName, resourceName, options);
    return managedClusters_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/classic/managedClusters/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getManagedClusters(context) {
    return {
        listKubernetesVersions: (location, options) => listKubernetesVersions(context, location, options),
        listMeshUpgradeProfiles: (resourceGroupName, resourceName, options) => listMeshUpgradeProfiles(context, resourceGroupName, resourceName, options),
        getMeshUpgradeProfile: (resourceGroupName, resourceName, mode, options) => getMeshUpgradeProfile(context, resourceGroupName, resourceName, mode, options),
        listMeshRevisionProfiles: (location, options) => listMeshRevisionProfiles(context, location, options),
        getMeshRevisionProfile: (location, mode, options) => getMeshRevisionProfile(context, location, mode, options),
        getUpgradeProfile: (resourceGroupName, resourceName, options) => operations_getUpgradeProfile(context, resourceGroupName, resourceName, options),
        listOutboundNetworkDependenciesEndpoints: (resourceGroupName, resourceName, options) => listOutboundNetworkDependenciesEndpoints(context, resourceGroupName, resourceName, options),
        getCommandResult: (resourceGroupName, resourceName, commandId, options) => getCommandResult(context, resourceGroupName, resourceName, commandId, options),
        runCommand: (resourceGroupName, resourceName, requestPayload, options) => runCommand(context, resourceGroupName, resourceName, requestPayload, options),
        beginRunCommand: async (resourceGroupName, resourceName, requestPayload, options) => {
            const poller = runCommand(context, resourceGroupName, resourceName, requestPayload, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginRunCommandAndWait: async (resourceGroupName, resourceName, requestPayload, options) => {
            return await runCommand(context, resourceGroupName, resourceName, requestPayload, options);
        },
        start: (resourceGroupName, resourceName, options) => start(context, resourceGroupName, resourceName, options),
        beginStart: async (resourceGroupName, resourceName, options) => {
            const poller = start(context, resourceGroupName, resourceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginStartAndWait: async (resourceGroupName, resourceName, options) => {
            return await start(context, resourceGroupName, resourceName, options);
        },
        stop: (resourceGroupName, resourceName, options) => stop(context, resourceGroupName, resourceName, options),
        beginStop: async (resourceGroupName, resourceName, options) => {
            const poller = stop(context, resourceGroupName, resourceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginStopAndWait: async (resourceGroupName, resourceName, options) => {
            return await stop(context, resourceGroupName, resourceName, options);
        },
        rotateServiceAccountSigningKeys: (resourceGroupName, resourceName, options) => rotateServiceAccountSigningKeys(context, resourceGroupName, resourceName, options),
        beginRotateServiceAccountSigningKeys: async (resourceGroupName, resourceName, options) => {
            const poller = rotateServiceAccountSigningKeys(context, resourceGroupName, resourceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginRotateServiceAccountSigningKeysAndWait: async (resourceGroupName, resourceName, options) => {
            return await rotateServiceAccountSigningKeys(context, resourceGroupName, resourceName, options);
        },
        abortLatestOperation: (resourceGroupName, resourceName, options) => operations_abortLatestOperation(context, resourceGroupName, resourceName, options),
        beginAbortLatestOperation: async (resourceGroupName, resourceName, options) => {
            const poller = operations_abortLatestOperation(context, resourceGroupName, resourceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginAbortLatestOperationAndWait: async (resourceGroupName, resourceName, options) => {
            return await operations_abortLatestOperation(context, resourceGroupName, resourceName, options);
        },
        rotateClusterCertificates: (resourceGroupName, resourceName, options) => rotateClusterCertificates(context, resourceGroupName, resourceName, options),
        beginRotateClusterCertificates: async (resourceGroupName, resourceName, options) => {
            const poller = rotateClusterCertificates(context, resourceGroupName, resourceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginRotateClusterCertificatesAndWait: async (resourceGroupName, resourceName, options) => {
            return await rotateClusterCertificates(context, resourceGroupName, resourceName, options);
        },
        resetAADProfile: (resourceGroupName, resourceName, parameters, options) => resetAADProfile(context, resourceGroupName, resourceName, parameters, options),
        beginResetAADProfile: async (resourceGroupName, resourceName, parameters, options) => {
            const poller = resetAADProfile(context, resourceGroupName, resourceName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginResetAADProfileAndWait: async (resourceGroupName, resourceName, parameters, options) => {
            return await resetAADProfile(context, resourceGroupName, resourceName, parameters, options);
        },
        resetServicePrincipalProfile: (resourceGroupName, resourceName, parameters, options) => resetServicePrincipalProfile(context, resourceGroupName, resourceName, parameters, options),
        beginResetServicePrincipalProfile: async (resourceGroupName, resourceName, parameters, options) => {
            const poller = resetServicePrincipalProfile(context, resourceGroupName, resourceName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginResetServicePrincipalProfileAndWait: async (resourceGroupName, resourceName, parameters, options) => {
            return await resetServicePrincipalProfile(context, resourceGroupName, resourceName, parameters, options);
        },
        listClusterMonitoringUserCredentials: (resourceGroupName, resourceName, options) => listClusterMonitoringUserCredentials(context, resourceGroupName, resourceName, options),
        listClusterUserCredentials: (resourceGroupName, resourceName, options) => listClusterUserCredentials(context, resourceGroupName, resourceName, options),
        listClusterAdminCredentials: (resourceGroupName, resourceName, options) => listClusterAdminCredentials(context, resourceGroupName, resourceName, options),
        getAccessProfile: (resourceGroupName, resourceName, roleName, options) => getAccessProfile(context, resourceGroupName, resourceName, roleName, options),
        list: (options) => managedClusters_operations_list(context, options),
        listByResourceGroup: (resourceGroupName, options) => listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, resourceName, options) => managedClusters_operations_$delete(context, resourceGroupName, resourceName, options),
        beginDelete: async (resourceGroupName, resourceName, options) => {
            const poller = managedClusters_operations_$delete(context, resourceGroupName, resourceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, resourceName, options) => {
            return await managedClusters_operations_$delete(context, resourceGroupName, resourceName, options);
        },
        updateTags: (resourceGroupName, resourceName, parameters, options) => updateTags(context, resourceGroupName, resourceName, parameters, options),
        beginUpdateTags: async (resourceGroupName, resourceName, parameters, options) => {
            const poller = updateTags(context, resourceGroupName, resourceName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateTagsAndWait: async (resourceGroupName, resourceName, parameters, options) => {
            return await updateTags(context, resourceGroupName, resourceName, parameters, options);
        },
        createOrUpdate: (resourceGroupName, resourceName, parameters, options) => managedClusters_operations_createOrUpdate(context, resourceGroupName, resourceName, parameters, options),
        beginCreateOrUpdate: async (resourceGroupName, resourceName, parameters, options) => {
            const poller = managedClusters_operations_createOrUpdate(context, resourceGroupName, resourceName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, parameters, options) => {
            return await managedClusters_operations_createOrUpdate(context, resourceGroupName, resourceName, parameters, options);
        },
        get: (resourceGroupName, resourceName, options) => managedClusters_operations_get(context, resourceGroupName, resourceName, options),
    };
}
function _getManagedClustersOperations(context) {
    return {
        ..._getManagedClusters(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/managedNamespaces/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listCredentialSend(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}/listCredential{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        managedNamespaceName: managedNamespaceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listCredentialDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return credentialResultsDeserializer(result.body);
}
/** Lists the credentials of a namespace. */
async function listCredential(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
    const result = await _listCredentialSend(context, resourceGroupName, resourceName, managedNamespaceName, options);
    return _listCredentialDeserialize(result);
}
function managedNamespaces_operations_listByManagedClusterSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedNamespaces_operations_listByManagedClusterDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _managedNamespaceListResultDeserializer(result.body);
}
/** Gets a list of managed namespaces in the specified managed cluster. */
function managedNamespaces_operations_listByManagedCluster(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => managedNamespaces_operations_listByManagedClusterSend(context, resourceGroupName, resourceName, options), managedNamespaces_operations_listByManagedClusterDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
function managedNamespaces_operations_$deleteSend(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        managedNamespaceName: managedNamespaceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...operationOptionHelpers_operationOptionsToRequestParameters(options) });
}
async function managedNamespaces_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a namespace. */
function managedNamespaces_operations_$delete(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, managedNamespaces_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => managedNamespaces_operations_$deleteSend(context, resourceGroupName, resourceName, managedNamespaceName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function _updateSend(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        managedNamespaceName: managedNamespaceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: tagsObjectSerializer(parameters),
    });
}
async function _updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedNamespaceDeserializer(result.body);
}
/** Updates tags on a managed namespace. */
async function update(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options = { requestOptions: {} }) {
    const result = await _updateSend(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options);
    return _updateDeserialize(result);
}
function managedNamespaces_operations_createOrUpdateSend(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        managedNamespaceName: managedNamespaceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: managedNamespaceSerializer(parameters),
    });
}
async function managedNamespaces_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedNamespaceDeserializer(result.body);
}
/** Creates or updates a namespace managed by ARM for the specified managed cluster. Users can configure aspects like resource quotas, network ingress/egress policies, and more. See aka.ms/aks/managed-namespaces for more details. */
function managedNamespaces_operations_createOrUpdate(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, managedNamespaces_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => managedNamespaces_operations_createOrUpdateSend(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function managedNamespaces_operations_getSend(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        managedNamespaceName: managedNamespaceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedNamespaces_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedNamespaceDeserializer(result.body);
}
/** Gets the specified namespace of a managed cluster. */
async function managedNamespaces_operations_get(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
    const result = await managedNamespaces_operations_getSend(context, resourceGroupName, resourceName, managedNamespaceName, options);
    return managedNamespaces_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/classic/managedNamespaces/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getManagedNamespaces(context) {
    return {
        listCredential: (resourceGroupName, resourceName, managedNamespaceName, options) => listCredential(context, resourceGroupName, resourceName, managedNamespaceName, options),
        listByManagedCluster: (resourceGroupName, resourceName, options) => managedNamespaces_operations_listByManagedCluster(context, resourceGroupName, resourceName, options),
        delete: (resourceGroupName, resourceName, managedNamespaceName, options) => managedNamespaces_operations_$delete(context, resourceGroupName, resourceName, managedNamespaceName, options),
        beginDelete: async (resourceGroupName, resourceName, managedNamespaceName, options) => {
            const poller = managedNamespaces_operations_$delete(context, resourceGroupName, resourceName, managedNamespaceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, resourceName, managedNamespaceName, options) => {
            return await managedNamespaces_operations_$delete(context, resourceGroupName, resourceName, managedNamespaceName, options);
        },
        update: (resourceGroupName, resourceName, managedNamespaceName, parameters, options) => update(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options),
        createOrUpdate: (resourceGroupName, resourceName, managedNamespaceName, parameters, options) => managedNamespaces_operations_createOrUpdate(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options),
        beginCreateOrUpdate: async (resourceGroupName, resourceName, managedNamespaceName, parameters, options) => {
            const poller = managedNamespaces_operations_createOrUpdate(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, managedNamespaceName, parameters, options) => {
            return await managedNamespaces_operations_createOrUpdate(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options);
        },
        get: (resourceGroupName, resourceName, managedNamespaceName, options) => managedNamespaces_operations_get(context, resourceGroupName, resourceName, managedNamespaceName, options),
    };
}
function _getManagedNamespacesOperations(context) {
    return {
        ..._getManagedNamespaces(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/operations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function operations_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.ContainerService/operations{?api%2Dversion}", {
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _operationListResultDeserializer(result.body);
}
/** Gets a list of operations. */
function operations_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_operations_listSend(context, options), operations_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/classic/operations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getOperations(context) {
    return {
        list: (options) => operations_operations_list(context, options),
    };
}
function _getOperationsOperations(context) {
    return {
        ..._getOperations(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/privateEndpointConnections/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function privateEndpointConnections_operations_listSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateEndpointConnections_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionListResultDeserializer(result.body);
}
/** To learn more about private clusters, see: https://docs.microsoft.com/azure/aks/private-clusters */
async function privateEndpointConnections_operations_list(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const result = await privateEndpointConnections_operations_listSend(context, resourceGroupName, resourceName, options);
    return privateEndpointConnections_operations_listDeserialize(result);
}
function privateEndpointConnections_operations_$deleteSend(context, resourceGroupName, resourceName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...operationOptionHelpers_operationOptionsToRequestParameters(options) });
}
async function privateEndpointConnections_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a private endpoint connection. */
function privateEndpointConnections_operations_$delete(context, resourceGroupName, resourceName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, privateEndpointConnections_operations_$deleteDeserialize, ["200", "204", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => privateEndpointConnections_operations_$deleteSend(context, resourceGroupName, resourceName, privateEndpointConnectionName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function operations_updateSend(context, resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: privateEndpointConnectionSerializer(parameters),
    });
}
async function operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionDeserializer(result.body);
}
/** Updates a private endpoint connection. */
async function operations_update(context, resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options = { requestOptions: {} }) {
    const result = await operations_updateSend(context, resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options);
    return operations_updateDeserialize(result);
}
function privateEndpointConnections_operations_getSend(context, resourceGroupName, resourceName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateEndpointConnections_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionDeserializer(result.body);
}
/** To learn more about private clusters, see: https://docs.microsoft.com/azure/aks/private-clusters */
async function privateEndpointConnections_operations_get(context, resourceGroupName, resourceName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const result = await privateEndpointConnections_operations_getSend(context, resourceGroupName, resourceName, privateEndpointConnectionName, options);
    return privateEndpointConnections_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/classic/privateEndpointConnections/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getPrivateEndpointConnections(context) {
    return {
        list: (resourceGroupName, resourceName, options) => privateEndpointConnections_operations_list(context, resourceGroupName, resourceName, options),
        delete: (resourceGroupName, resourceName, privateEndpointConnectionName, options) => privateEndpointConnections_operations_$delete(context, resourceGroupName, resourceName, privateEndpointConnectionName, options),
        beginDelete: async (resourceGroupName, resourceName, privateEndpointConnectionName, options) => {
            const poller = privateEndpointConnections_operations_$delete(context, resourceGroupName, resourceName, privateEndpointConnectionName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, resourceName, privateEndpointConnectionName, options) => {
            return await privateEndpointConnections_operations_$delete(context, resourceGroupName, resourceName, privateEndpointConnectionName, options);
        },
        update: (resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options) => operations_update(context, resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options),
        get: (resourceGroupName, resourceName, privateEndpointConnectionName, options) => privateEndpointConnections_operations_get(context, resourceGroupName, resourceName, privateEndpointConnectionName, options),
    };
}
function _getPrivateEndpointConnectionsOperations(context) {
    return {
        ..._getPrivateEndpointConnections(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/privateLinkResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function privateLinkResources_operations_listSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateLinkResources{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateLinkResources_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateLinkResourcesListResultDeserializer(result.body);
}
/** To learn more about private clusters, see: https://docs.microsoft.com/azure/aks/private-clusters */
async function privateLinkResources_operations_list(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const result = await privateLinkResources_operations_listSend(context, resourceGroupName, resourceName, options);
    return privateLinkResources_operations_listDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/classic/privateLinkResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getPrivateLinkResources(context) {
    return {
        list: (resourceGroupName, resourceName, options) => privateLinkResources_operations_list(context, resourceGroupName, resourceName, options),
    };
}
function _getPrivateLinkResourcesOperations(context) {
    return {
        ..._getPrivateLinkResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/resolvePrivateLinkServiceId/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function _postSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/resolvePrivateLinkServiceId{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: privateLinkResourceSerializer(parameters),
    });
}
async function _postDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateLinkResourceDeserializer(result.body);
}
/** Gets the private link service ID for the specified managed cluster. */
async function post(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    const result = await _postSend(context, resourceGroupName, resourceName, parameters, options);
    return _postDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/classic/resolvePrivateLinkServiceId/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getResolvePrivateLinkServiceId(context) {
    return {
        post: (resourceGroupName, resourceName, parameters, options) => post(context, resourceGroupName, resourceName, parameters, options),
    };
}
function _getResolvePrivateLinkServiceIdOperations(context) {
    return {
        ..._getResolvePrivateLinkServiceId(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/snapshots/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function snapshots_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/snapshots{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function snapshots_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _snapshotListResultDeserializer(result.body);
}
/** Gets a list of snapshots in the specified subscription. */
function snapshots_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => snapshots_operations_listSend(context, options), snapshots_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
function operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _snapshotListResultDeserializer(result.body);
}
/** Lists snapshots in the specified subscription and resource group. */
function operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listByResourceGroupSend(context, resourceGroupName, options), operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
function snapshots_operations_$deleteSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots/{resourceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...operationOptionHelpers_operationOptionsToRequestParameters(options) });
}
async function snapshots_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a snapshot. */
async function snapshots_operations_$delete(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const result = await snapshots_operations_$deleteSend(context, resourceGroupName, resourceName, options);
    return snapshots_operations_$deleteDeserialize(result);
}
function operations_updateTagsSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots/{resourceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: tagsObjectSerializer(parameters),
    });
}
async function operations_updateTagsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return snapshotDeserializer(result.body);
}
/** Updates tags on a snapshot. */
async function operations_updateTags(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    const result = await operations_updateTagsSend(context, resourceGroupName, resourceName, parameters, options);
    return operations_updateTagsDeserialize(result);
}
function snapshots_operations_createOrUpdateSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots/{resourceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: snapshotSerializer(parameters),
    });
}
async function snapshots_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return snapshotDeserializer(result.body);
}
/** Creates or updates a snapshot. */
async function snapshots_operations_createOrUpdate(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
    const result = await snapshots_operations_createOrUpdateSend(context, resourceGroupName, resourceName, parameters, options);
    return snapshots_operations_createOrUpdateDeserialize(result);
}
function snapshots_operations_getSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots/{resourceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function snapshots_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return snapshotDeserializer(result.body);
}
/** Gets a snapshot. */
async function snapshots_operations_get(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const result = await snapshots_operations_getSend(context, resourceGroupName, resourceName, options);
    return snapshots_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/classic/snapshots/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getSnapshots(context) {
    return {
        list: (options) => snapshots_operations_list(context, options),
        listByResourceGroup: (resourceGroupName, options) => operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, resourceName, options) => snapshots_operations_$delete(context, resourceGroupName, resourceName, options),
        updateTags: (resourceGroupName, resourceName, parameters, options) => operations_updateTags(context, resourceGroupName, resourceName, parameters, options),
        createOrUpdate: (resourceGroupName, resourceName, parameters, options) => snapshots_operations_createOrUpdate(context, resourceGroupName, resourceName, parameters, options),
        get: (resourceGroupName, resourceName, options) => snapshots_operations_get(context, resourceGroupName, resourceName, options),
    };
}
function _getSnapshotsOperations(context) {
    return {
        ..._getSnapshots(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/trustedAccessRoleBindings/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function trustedAccessRoleBindings_operations_listSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function trustedAccessRoleBindings_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _trustedAccessRoleBindingListResultDeserializer(result.body);
}
/** List trusted access role bindings. */
function trustedAccessRoleBindings_operations_list(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => trustedAccessRoleBindings_operations_listSend(context, resourceGroupName, resourceName, options), trustedAccessRoleBindings_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
function trustedAccessRoleBindings_operations_$deleteSend(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings/{trustedAccessRoleBindingName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        trustedAccessRoleBindingName: trustedAccessRoleBindingName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...operationOptionHelpers_operationOptionsToRequestParameters(options) });
}
async function trustedAccessRoleBindings_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a trusted access role binding. */
function trustedAccessRoleBindings_operations_$delete(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, trustedAccessRoleBindings_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => trustedAccessRoleBindings_operations_$deleteSend(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function trustedAccessRoleBindings_operations_createOrUpdateSend(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings/{trustedAccessRoleBindingName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        trustedAccessRoleBindingName: trustedAccessRoleBindingName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: trustedAccessRoleBindingSerializer(trustedAccessRoleBinding),
    });
}
async function trustedAccessRoleBindings_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return trustedAccessRoleBindingDeserializer(result.body);
}
/** Create or update a trusted access role binding */
function trustedAccessRoleBindings_operations_createOrUpdate(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, trustedAccessRoleBindings_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => trustedAccessRoleBindings_operations_createOrUpdateSend(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-04-01",
    });
}
function trustedAccessRoleBindings_operations_getSend(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings/{trustedAccessRoleBindingName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        resourceName: resourceName,
        trustedAccessRoleBindingName: trustedAccessRoleBindingName,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function trustedAccessRoleBindings_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return trustedAccessRoleBindingDeserializer(result.body);
}
/** Get a trusted access role binding. */
async function trustedAccessRoleBindings_operations_get(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options = { requestOptions: {} }) {
    const result = await trustedAccessRoleBindings_operations_getSend(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options);
    return trustedAccessRoleBindings_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/classic/trustedAccessRoleBindings/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getTrustedAccessRoleBindings(context) {
    return {
        list: (resourceGroupName, resourceName, options) => trustedAccessRoleBindings_operations_list(context, resourceGroupName, resourceName, options),
        delete: (resourceGroupName, resourceName, trustedAccessRoleBindingName, options) => trustedAccessRoleBindings_operations_$delete(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options),
        beginDelete: async (resourceGroupName, resourceName, trustedAccessRoleBindingName, options) => {
            const poller = trustedAccessRoleBindings_operations_$delete(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, resourceName, trustedAccessRoleBindingName, options) => {
            return await trustedAccessRoleBindings_operations_$delete(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options);
        },
        createOrUpdate: (resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options) => trustedAccessRoleBindings_operations_createOrUpdate(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options),
        beginCreateOrUpdate: async (resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options) => {
            const poller = trustedAccessRoleBindings_operations_createOrUpdate(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options) => {
            return await trustedAccessRoleBindings_operations_createOrUpdate(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options);
        },
        get: (resourceGroupName, resourceName, trustedAccessRoleBindingName, options) => trustedAccessRoleBindings_operations_get(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options),
    };
}
function _getTrustedAccessRoleBindingsOperations(context) {
    return {
        ..._getTrustedAccessRoleBindings(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/api/trustedAccessRoles/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function trustedAccessRoles_operations_listSend(context, location, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/{location}/trustedAccessRoles{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        "api%2Dversion": context.apiVersion ?? "2026-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function trustedAccessRoles_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _trustedAccessRoleListResultDeserializer(result.body);
}
/** List supported trusted access roles. */
function trustedAccessRoles_operations_list(context, location, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => trustedAccessRoles_operations_listSend(context, location, options), trustedAccessRoles_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-04-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/classic/trustedAccessRoles/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getTrustedAccessRoles(context) {
    return {
        list: (location, options) => trustedAccessRoles_operations_list(context, location, options),
    };
}
function _getTrustedAccessRolesOperations(context) {
    return {
        ..._getTrustedAccessRoles(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/containerServiceClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.














class ContainerServiceClient {
    _client;
    /** The pipeline used by this client to make requests */
    pipeline;
    /** The Container Service Client. */
    constructor(credential, subscriptionIdOrOptions, options) {
        let subscriptionId;
        if (typeof subscriptionIdOrOptions === "string") {
            subscriptionId = subscriptionIdOrOptions;
        }
        else if (typeof subscriptionIdOrOptions === "object") {
            options = subscriptionIdOrOptions;
        }
        options = options ?? {};
        const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
        const userAgentPrefix = prefixFromOptions
            ? `${prefixFromOptions} azsdk-js-client`
            : `azsdk-js-client`;
        this._client = createContainerService(credential, subscriptionId ?? "", {
            ...options,
            userAgentOptions: { userAgentPrefix },
        });
        this.pipeline = this._client.pipeline;
        this.trustedAccessRoles = _getTrustedAccessRolesOperations(this._client);
        this.resolvePrivateLinkServiceId = _getResolvePrivateLinkServiceIdOperations(this._client);
        this.privateLinkResources = _getPrivateLinkResourcesOperations(this._client);
        this.operations = _getOperationsOperations(this._client);
        this.identityBindings = _getIdentityBindingsOperations(this._client);
        this.trustedAccessRoleBindings = _getTrustedAccessRoleBindingsOperations(this._client);
        this.snapshots = _getSnapshotsOperations(this._client);
        this.privateEndpointConnections = _getPrivateEndpointConnectionsOperations(this._client);
        this.machines = _getMachinesOperations(this._client);
        this.managedNamespaces = _getManagedNamespacesOperations(this._client);
        this.maintenanceConfigurations = _getMaintenanceConfigurationsOperations(this._client);
        this.managedClusters = _getManagedClustersOperations(this._client);
        this.agentPools = _getAgentPoolsOperations(this._client);
    }
    /** The operation groups for trustedAccessRoles */
    trustedAccessRoles;
    /** The operation groups for resolvePrivateLinkServiceId */
    resolvePrivateLinkServiceId;
    /** The operation groups for privateLinkResources */
    privateLinkResources;
    /** The operation groups for operations */
    operations;
    /** The operation groups for identityBindings */
    identityBindings;
    /** The operation groups for trustedAccessRoleBindings */
    trustedAccessRoleBindings;
    /** The operation groups for snapshots */
    snapshots;
    /** The operation groups for privateEndpointConnections */
    privateEndpointConnections;
    /** The operation groups for machines */
    machines;
    /** The operation groups for managedNamespaces */
    managedNamespaces;
    /** The operation groups for maintenanceConfigurations */
    maintenanceConfigurations;
    /** The operation groups for managedClusters */
    managedClusters;
    /** The operation groups for agentPools */
    agentPools;
}
//# sourceMappingURL=containerServiceClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/restorePollerHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.








/**
 * Creates a poller from the serialized state of another poller. This can be
 * useful when you want to create pollers on a different host or a poller
 * needs to be constructed after the original one is not in scope.
 */
function restorePoller(client, serializedState, sourceOperation, options) {
    const pollerConfig = deserializeState(serializedState).config;
    const { initialRequestUrl, requestMethod, metadata } = pollerConfig;
    if (!initialRequestUrl || !requestMethod) {
        throw new Error(`Invalid serialized state: ${serializedState} for sourceOperation ${sourceOperation?.name}`);
    }
    const resourceLocationConfig = metadata?.["resourceLocationConfig"];
    const { deserializer, expectedStatuses = [] } = getDeserializationHelper(initialRequestUrl, requestMethod) ?? {};
    const deserializeHelper = options?.processResponseBody ?? deserializer;
    if (!deserializeHelper) {
        throw new Error(`Please ensure the operation is in this client! We can't find its deserializeHelper for ${sourceOperation?.name}.`);
    }
    const apiVersion = getApiVersionFromUrl(initialRequestUrl);
    return getLongRunningPoller(client["_client"] ?? client, deserializeHelper, expectedStatuses, {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        resourceLocationConfig,
        restoreFrom: serializedState,
        initialRequestUrl,
        apiVersion,
    });
}
const deserializeMap = {
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings/{identityBindingName}": { deserializer: operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings/{identityBindingName}": { deserializer: operations_createOrUpdateDeserialize, expectedStatuses: ["200", "201", "202"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings/{trustedAccessRoleBindingName}": {
        deserializer: trustedAccessRoleBindings_operations_$deleteDeserialize,
        expectedStatuses: ["202", "204", "200"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings/{trustedAccessRoleBindingName}": {
        deserializer: trustedAccessRoleBindings_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections/{privateEndpointConnectionName}": {
        deserializer: privateEndpointConnections_operations_$deleteDeserialize,
        expectedStatuses: ["200", "204", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}": { deserializer: managedNamespaces_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}": {
        deserializer: managedNamespaces_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/runCommand": { deserializer: _runCommandDeserialize, expectedStatuses: ["200", "202", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/start": { deserializer: _startDeserialize, expectedStatuses: ["202", "204", "200", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/stop": { deserializer: _stopDeserialize, expectedStatuses: ["202", "204", "200", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/rotateServiceAccountSigningKeys": {
        deserializer: _rotateServiceAccountSigningKeysDeserialize,
        expectedStatuses: ["202", "204", "200", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/abort": {
        deserializer: operations_abortLatestOperationDeserialize,
        expectedStatuses: ["202", "204", "200", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/rotateClusterCertificates": {
        deserializer: _rotateClusterCertificatesDeserialize,
        expectedStatuses: ["202", "204", "200", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/resetAADProfile": { deserializer: _resetAADProfileDeserialize, expectedStatuses: ["202", "200", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/resetServicePrincipalProfile": {
        deserializer: _resetServicePrincipalProfileDeserialize,
        expectedStatuses: ["202", "200", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}": { deserializer: managedClusters_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}": { deserializer: _updateTagsDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}": {
        deserializer: managedClusters_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/upgradeNodeImageVersion": { deserializer: _upgradeNodeImageVersionDeserialize, expectedStatuses: ["202", "200", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/deleteMachines": { deserializer: _deleteMachinesDeserialize, expectedStatuses: ["202", "200", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/abort": {
        deserializer: _abortLatestOperationDeserialize,
        expectedStatuses: ["202", "204", "200", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}": { deserializer: _$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}": { deserializer: _createOrUpdateDeserialize, expectedStatuses: ["200", "201", "202"] },
};
function getDeserializationHelper(urlStr, method) {
    const path = new URL(urlStr).pathname;
    const pathParts = path.split("/");
    // Traverse list to match the longest candidate
    // matchedLen: the length of candidate path
    // matchedValue: the matched status code array
    let matchedLen = -1, matchedValue;
    // Iterate the responseMap to find a match
    for (const [key, value] of Object.entries(deserializeMap)) {
        // Extracting the path from the map key which is in format
        // GET /path/foo
        if (!key.startsWith(method)) {
            continue;
        }
        const candidatePath = getPathFromMapKey(key);
        // Get each part of the url path
        const candidateParts = candidatePath.split("/");
        // track if we have found a match to return the values found.
        let found = true;
        for (let i = candidateParts.length - 1, j = pathParts.length - 1; i >= 1 && j >= 1; i--, j--) {
            if (candidateParts[i]?.startsWith("{") && candidateParts[i]?.indexOf("}") !== -1) {
                const start = candidateParts[i].indexOf("}") + 1, end = candidateParts[i]?.length;
                // If the current part of the candidate is a "template" part
                // Try to use the suffix of pattern to match the path
                // {guid} ==> $
                // {guid}:export ==> :export$
                const isMatched = new RegExp(`${candidateParts[i]?.slice(start, end)}`).test(pathParts[j] || "");
                if (!isMatched) {
                    found = false;
                    break;
                }
                continue;
            }
            // If the candidate part is not a template and
            // the parts don't match mark the candidate as not found
            // to move on with the next candidate path.
            if (candidateParts[i] !== pathParts[j]) {
                found = false;
                break;
            }
        }
        // We finished evaluating the current candidate parts
        // Update the matched value if and only if we found the longer pattern
        if (found && candidatePath.length > matchedLen) {
            matchedLen = candidatePath.length;
            matchedValue = value;
        }
    }
    return matchedValue;
}
function getPathFromMapKey(mapKey) {
    const pathStart = mapKey.indexOf("/");
    return mapKey.slice(pathStart);
}
function getApiVersionFromUrl(urlStr) {
    const url = new URL(urlStr);
    return url.searchParams.get("api-version") ?? undefined;
}
//# sourceMappingURL=restorePollerHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/models/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerservice/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






//# sourceMappingURL=index.js.map

/***/ })

};
