import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


__webpack_unused_export__ = httpOverHttp;
__webpack_unused_export__ = httpsOverHttp;
__webpack_unused_export__ = httpOverHttps;
__webpack_unused_export__ = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 608:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(85);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 85:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: formatBytes

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var node_modules_tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = (/* unused pure expression or super */ null && (['OPTIONS', 'GET', 'DELETE', 'HEAD']));
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./actions/shared/args.ts
// The command lines of the scripts a person runs (npm run demo, sandbox, smoke, federated-credentials, bench,
// and the musafirgo-smoke bin of the smoke bundle):
// node:util parseArgs with strict: true, --help/-h printing the usage, and a mistake refused in one line that
// names the flag or argument, the closest known one, and where the usage is. A script declares its flags once;
// the help text, the defaults and the typed values all come from that declaration.


/** A command's declaration, with its flags' types kept for the values parsed from it. */
function defineCommand(command) {
    return command;
}
/** A mistake on the command line: the message is the one line to print before exiting 2. */
class UsageError extends (/* unused pure expression or super */ null && (Error)) {
}
/** Parses `argv`: 'help' when --help or -h is there (before any `--`), the values otherwise. */
function parseCommandLine(command, argv) {
    const end = argv.indexOf('--');
    if ((end < 0 ? argv : argv.slice(0, end)).some(arg => arg === '--help' || arg === '-h'))
        return 'help';
    const options = {};
    for (const [name, flag] of Object.entries(command.flags)) {
        options[name] = { type: flag.type, ...(flag.short && { short: flag.short }), multiple: !!flag.multiple };
    }
    let parsed;
    try {
        parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
    }
    catch (error) {
        throw new UsageError(refusal(command, error));
    }
    const values = {};
    for (const [name, flag] of Object.entries(command.flags)) {
        const given = parsed.values[name];
        if (given === undefined && flag.required)
            throw usageError(command, `'--${name}' is required: --${name} ${placeholder(flag)}`);
        values[name] = given ?? (flag.type === 'boolean' ? false : flag.multiple ? [] : flag.default);
    }
    checkPositionals(command, parsed.positionals);
    return { values: values, positionals: parsed.positionals };
}
/**
 * For a script's top level: the parsed command line, or the help on stdout and exit 0, or the mistake on
 * stderr and exit 2. Written synchronously so that a pipe gets all of it before the process exits.
 */
function readCommandLine(command, argv = process.argv.slice(2)) {
    let parsed;
    try {
        parsed = parseCommandLine(command, argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        writeSync(2, `${error.message}\n`);
        process.exit(2);
    }
    if (parsed === 'help') {
        writeSync(1, `${helpText(command)}\n`);
        process.exit(0);
    }
    return parsed;
}
/** For a script's own checks of its values (`--rounds` a number): the refusal on stderr, and exit 2. */
function refuse(command, what) {
    writeSync(2, `${usageError(command, what).message}\n`);
    process.exit(2);
}
/** A refusal of the command line in the script's words, with where to read the usage. */
function usageError(command, what) {
    return new UsageError(`${command.name}: ${what}. See '${command.invocation} --help'.`);
}
function refusal(command, error) {
    const { code, message } = error;
    // Node quotes the option as typed (`'--bogus'`) or as declared (`'-v, --verbose'`, `'--rounds <value>'`).
    const quoted = /'([^']+)'/.exec(message ?? '')?.[1] ?? '';
    const named = /--[^\s,<]+/.exec(quoted)?.[0] ?? quoted.split(' ')[0];
    const flag = named.replace(/^--?/, '');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        // The wording is node's own (what `parseArgs` users and our tests know), with the closest known flag.
        const known = [...Object.keys(command.flags), 'help'];
        const near = closest(flag, known);
        return usageError(command, `Unknown option '${named}'${near ? ` (did you mean '--${near}'?)` : ''}`)
            .message;
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        const spec = command.flags[flag];
        if (spec?.type === 'boolean')
            return usageError(command, `'${named}' takes no value`).message;
        if (spec)
            return usageError(command, `'${named}' needs a value: ${named} ${placeholder(spec)}`).message;
    }
    return usageError(command, String(message ?? error).replace(/\.$/, '')).message;
}
function checkPositionals(command, positionals) {
    const spec = command.positionals;
    if (!spec) {
        if (positionals.length > 0)
            throw usageError(command, `unexpected argument '${cut(positionals[0])}': it takes none`);
        return;
    }
    if (spec.max !== undefined && positionals.length > spec.max) {
        throw usageError(command, `${spec.max === 1 ? `one ${spec.name}` : `at most ${spec.max} ${spec.name}s`}, not ${positionals.length} (${positionals.map(p => `'${cut(p)}'`).join(', ')})`);
    }
    if (spec.choices) {
        for (const given of positionals) {
            if (spec.choices.includes(given))
                continue;
            const near = closest(given, spec.choices);
            throw usageError(command, `unknown ${spec.name} '${cut(given)}'${near ? ` (did you mean '${near}'?)` : ''}; the ${spec.name}s are ${spec.choices.join(', ')}`);
        }
    }
}
/** A value echoed in a refusal, cut short. */
const cut = (value, max = 40) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);
/**
 * The known name nearest to a mistyped one: a prefix of it (`verb` for `verbose`), or within a few edits
 * (a third of its length, at least one). Undefined when nothing is that close.
 */
function closest(given, known) {
    if (!given)
        return undefined;
    const prefixed = given.length >= 2 ? known.find(name => name.startsWith(given)) : undefined;
    if (prefixed)
        return prefixed;
    let best;
    for (const name of known) {
        const distance = editDistance(given, name);
        if (!best || distance < best.distance)
            best = { name, distance };
    }
    return best && best.distance <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}
/** Levenshtein distance, with a swap of two neighbours counting as one edit (`--verobse`). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const row = d[i];
            const above = d[i - 1];
            row[j] = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
function placeholder(flag) {
    return `<${flag.value ?? 'value'}>`;
}
/** The text --help prints: usage, what it does, each flag with its default, the arguments, examples. */
function helpText(command) {
    const flags = Object.entries(command.flags);
    const synopsis = command.usage ??
        // Wrapped where a flag ends: a flag and its value stay on one line.
        wrap([
            ...flags.map(([name, flag]) => {
                const spelled = `--${name}${flag.type === 'string' ? ` ${placeholder(flag)}` : ''}`;
                return flag.required ? spelled : `[${spelled}]`;
            }),
            ...(command.positionals ? [`[<${command.positionals.name}> ...]`] : [])
        ].join(' '), 100 - 8 - command.invocation.length, / (?=\[|--)/).map((line, i) => `${i === 0 ? command.invocation : ' '.repeat(command.invocation.length)} ${line}`);
    const rows = flags.map(([name, flag]) => {
        const spelled = `${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.type === 'string' ? ` ${placeholder(flag)}` : ''}`;
        const fallback = flag.defaultText ??
            (flag.type === 'boolean' ? 'off' : flag.multiple ? 'none' : (flag.default ?? 'none'));
        const repeatable = flag.multiple ? ', repeatable' : '';
        return [
            spelled,
            `${flag.description}${repeatable} (${flag.required ? 'required' : `default: ${fallback}`})`
        ];
    });
    rows.push(['-h, --help', 'print this help and exit']);
    const width = Math.min(28, Math.max(...rows.map(([left]) => left.length)) + 2);
    const table = (entries) => entries.flatMap(([left, right]) => {
        const lines = wrap(right, 100 - width - 2);
        return left.length + 2 > width
            ? [`  ${left}`, ...lines.map(line => `  ${' '.repeat(width)}${line}`)]
            : lines.map((line, i) => `  ${(i === 0 ? left : '').padEnd(width)}${line}`);
    });
    const positionals = command.positionals;
    return [
        ...synopsis.map((line, i) => `${i === 0 ? 'usage: ' : '       '}${line}`),
        '',
        ...wrap(command.summary, 100),
        '',
        'Options:',
        ...table(rows),
        ...(positionals
            ? [
                '',
                'Arguments:',
                ...table([
                    [
                        `<${positionals.name}>`,
                        `${positionals.description}${positionals.choices ? `: ${positionals.choices.join(', ')}` : ''}${positionals.defaultText ? ` (default: ${positionals.defaultText})` : ''}`
                    ]
                ])
            ]
            : []),
        '',
        command.examples.length > 1 ? 'Examples:' : 'Example:',
        ...command.examples.map(example => `  ${example}`)
    ].join('\n');
}
/** Words wrapped at `width` columns (a longer word stays whole on its own line). */
function wrap(text, width, space = /\s+/) {
    const lines = [];
    let line = '';
    for (const word of text.split(space).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line || lines.length === 0)
        lines.push(line);
    return lines;
}

;// CONCATENATED MODULE: ./actions/shared/errors.ts
/**
 * Error kinds every action reports. A ConfigurationError is the user's to fix and is never retried;
 * a RemoteError is a refusal by Azure or GitHub that carries the service's own code; a transient fault
 * (network, 429, 5xx) is a RemoteError with `transient` set, and only those are retried.
 */
class errors_ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** The services as a failure message names them. */
const serviceNames = {
    github: 'GitHub',
    entra: 'Microsoft Entra ID',
    arm: 'Azure Resource Manager',
    registry: 'the container registry',
    kubernetes: 'the Kubernetes API server',
    apim: 'the API Management gateway',
    argocd: 'Argo CD',
    storage: 'Azure Storage',
    site: 'the site'
};
class RemoteError extends Error {
    name = 'RemoteError';
    service;
    code;
    status;
    retryAfterSeconds;
    transient;
    hint;
    call;
    attempts;
    elapsedMs;
    constructor(message, details) {
        super(message);
        this.hint = details.hint;
        this.service = details.service;
        this.code = details.code;
        this.status = details.status;
        this.retryAfterSeconds = details.retryAfterSeconds;
        this.transient = details.transient ?? isTransientStatus(details.status);
    }
}
function isTransientStatus(status) {
    return status === 408 || status === 429 || (status !== undefined && status >= 500 && status <= 599);
}
const networkCodes = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'ENOTFOUND',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'REQUEST_SEND_ERROR'
]);
/** A fetch or socket failure before any HTTP answer: always worth another try. */
function isNetworkError(error) {
    let current = error;
    for (let depth = 0; current && depth < 4; depth++) {
        const code = current.code;
        if (typeof code === 'string' && networkCodes.has(code))
            return true;
        if (current instanceof TypeError && current.message === 'fetch failed')
            return true;
        current = current.cause;
    }
    return false;
}
function isTransient(error) {
    if (error instanceof errors_ConfigurationError)
        return false;
    if (error instanceof RemoteError)
        return error.transient;
    return isNetworkError(error);
}
/** `after 6 attempts over 12.3 s`, when more than one attempt was made. */
function attemptsText(record) {
    if (!record.attempts || record.attempts < 2)
        return '';
    return ` (after ${record.attempts} attempts over ${((record.elapsedMs ?? 0) / 1000).toFixed(1)} s)`;
}
/** The general advice for a service that kept failing or never answered. */
function remoteHint(error) {
    const service = error.service;
    const name = service ? serviceNames[service] : 'the service';
    if (error instanceof RemoteError && error.status === 429) {
        return `${name} kept throttling the step: run it again later, or spread out the jobs that call it at once`;
    }
    const health = service === 'github' ? 'https://www.githubstatus.com' : 'https://azure.status.microsoft';
    return `${name} kept failing: run the job again later, and if it persists check ${health}`;
}
/**
 * A failure of a call to another service, in one form:
 * `<call> to <service> failed: <status> <code>: <service's message> (after N attempts over T s). <what to do>`.
 * Undefined for an error no retry gave up on after transient faults (a refusal, or an action's own, already
 * worded failure).
 */
function remoteFailure(error) {
    if (!(error instanceof Error))
        return undefined;
    const record = error;
    if (!record.call)
        return undefined;
    // A refusal (4xx) is the thrower's to explain, in its own words; what nobody can explain is a service that
    // kept failing, or never answered.
    if (error instanceof RemoteError && !error.transient)
        return undefined;
    if (error instanceof RemoteError) {
        const answer = error.status === undefined ? error.code : `${error.status} ${error.code}`;
        return {
            message: `${record.call} to ${serviceNames[error.service]} failed: ${answer}: ${error.message}${attemptsText(record)}`,
            hint: error.hint ?? remoteHint(error)
        };
    }
    if (!isNetworkError(error))
        return undefined;
    const code = error.code;
    const target = record.service ? ` to ${serviceNames[record.service]}` : '';
    const text = code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
    return {
        message: `${record.call}${target} failed: ${text}${attemptsText(record)}`,
        hint: remoteHint(record)
    };
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./actions/shared/summary.ts



/**
 * Adds Markdown to the job summary. core.summary buffers it; runStep writes the buffer once when the step
 * ends, failed or not, so a summary is never lost and never written twice.
 */
function appendSummary(markdown) {
    summary.addRaw(markdown.endsWith(external_node_os_namespaceObject.EOL) ? markdown : `${markdown}${external_node_os_namespaceObject.EOL}`);
}
/**
 * Appends what appendSummary buffered to the step's summary file, when the runner gave it one. Not
 * core.summary.write(): it remembers the first file it wrote for the life of the process.
 */
async function writeSummary() {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (file && !summary.isEmptyBuffer())
        await (0,promises_namespaceObject.appendFile)(file, summary.stringify(), 'utf8');
    summary.emptyBuffer();
}
/** A Markdown table; cells are escaped so a value never breaks the layout. */
function markdownTable(header, rows) {
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    return [
        `| ${header.map(cell).join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map(row => `| ${row.map(cell).join(' | ')} |`)
    ].join(external_node_os_namespaceObject.EOL);
}

;// CONCATENATED MODULE: ./actions/shared/step.ts






/**
 * A step that ended in a known bad state the action has already dealt with (a rollout that failed and was
 * rolled back, a gate that failed and restored the traffic): its message is the whole sentence, and its hint
 * what the user can do. Anything else thrown is an error the action did not expect to handle.
 */
class StepFailure extends Error {
    hint;
    name = 'StepFailure';
    constructor(message, hint) {
        super(message);
        this.hint = hint;
    }
}
/** An annotation longer than this is cut: GitHub shows the first lines only, and a wall of text helps nobody. */
const MAX_FAILURE_LENGTH = 1000;
/** `<action>: <what happened>. <what to do>`, at most MAX_FAILURE_LENGTH characters. */
function failureMessage(action, error) {
    const remote = remoteFailure(error);
    const hint = remote ? remote.hint : error instanceof Error ? error.hint : undefined;
    const happened = `${action}: ${remote ? remote.message : errorMessage(error)}`;
    const message = typeof hint === 'string' && hint ? `${happened.replace(/[.;:,\s]+$/, '')}. ${hint}` : happened;
    if (message.length <= MAX_FAILURE_LENGTH)
        return message;
    const tail = ` … (${message.length} characters in all; the step's log has the rest)`;
    return `${message.slice(0, MAX_FAILURE_LENGTH - tail.length)}${tail}`;
}
/**
 * Runs an action's main: the one place that catches, reports the failure as one annotation in the form
 * `<action>: <what happened>. <what to do>` (stack traces only in debug), and writes the job summary, which
 * every action builds up with core.summary as it goes, so a failed step still leaves what it did.
 */
async function runStep(action, main) {
    try {
        warnUndeclaredInputs(action, declaredInputs(action));
        await main();
    }
    catch (error) {
        if (isDebug() && error instanceof Error && error.stack)
            core_debug(error.stack);
        const message = failureMessage(action, error);
        // The annotation is cut; the log keeps the whole text for whoever needs it.
        if (message.length < `${action}: ${errorMessage(error)}`.length)
            info(errorMessage(error));
        setFailed(message);
    }
    finally {
        await writeSummary().catch((error) => warning(`the job summary could not be written: ${errorMessage(error)}`));
    }
}
/**
 * The inputs the action's action.yml declares, read beside the bundle the runner started
 * (`<repository>/dist/<action>/index.js` → `<repository>/<action>/action.yml`); undefined when there is none
 * (the action run in-process by a test).
 */
function declaredInputs(action, bundle = process.argv[1]) {
    if (!bundle)
        return undefined;
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(bundle), '..', '..', action, 'action.yml'), 'utf8');
    }
    catch {
        return undefined;
    }
    const section = /^inputs:\s*\n((?:(?: {2}.*|\s*)\n)*)/m.exec(text)?.[1] ?? '';
    return [...section.matchAll(/^ {2}([A-Za-z0-9_-]+):/gm)].map(match => match[1]);
}
/**
 * A `with:` key the action does not declare (a typo such as `health-timout`) is ignored by the runner; say so,
 * with the input it was probably meant to be.
 */
function warnUndeclaredInputs(action, declared, env = process.env) {
    if (!declared)
        return;
    const variable = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    const known = new Set(declared.map(variable));
    for (const key of Object.keys(env)) {
        if (!key.startsWith('INPUT_') || known.has(key))
            continue;
        const given = key.slice('INPUT_'.length).toLowerCase();
        const near = closest(given, declared);
        warning(`input '${given}' is not an input of ${action}${near ? ` (did you mean '${near}'?)` : ''}; it is ignored`);
    }
}

;// CONCATENATED MODULE: ./actions/shared/cloud.ts

const cloudNames = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];
const clouds = {
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
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
function httpsUrl(variable, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors_ConfigurationError(`${variable} must be an https URL, not '${value}'`);
    }
    if (url.protocol !== 'https:')
        throw new errors_ConfigurationError(`${variable} must be an https URL, not '${value}'`);
    return trimSlash(url.origin + url.pathname);
}
/**
 * The cloud named by `environment` (Azure/login's names, any letter case), with endpoints moved by
 * AZURE_AUTHORITY_HOST and AZURE_RESOURCE_MANAGER_ENDPOINT when set. The ARM audience never moves:
 * tokens are for ARM wherever it is served from.
 */
function resolveCloud(environment, env = process.env) {
    const requested = environment ?? env['AZURE_ENVIRONMENT'] ?? 'AzureCloud';
    const name = cloudNames.find(n => n.toLowerCase() === requested.toLowerCase());
    if (!name) {
        throw new errors_ConfigurationError(`input 'environment' must be one of ${cloudNames.join(', ')}, not '${requested}' (for another cloud set AZURE_AUTHORITY_HOST and AZURE_RESOURCE_MANAGER_ENDPOINT)`);
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
function armScope(cloud) {
    return `${cloud.armAudience}/.default`;
}

;// CONCATENATED MODULE: ./actions/shared/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
};

;// CONCATENATED MODULE: ./actions/shared/retry.ts


/**
 * Runs `attempt` until it succeeds, fails with a non-transient error, or runs out of attempts or time.
 * Backoff is exponential with full jitter; a `Retry-After` from the service wins over it.
 */
async function retry(attempt, options) {
    const clock = options.clock ?? systemClock;
    const maxAttempts = options.maxAttempts ?? 6;
    const deadlineMs = options.deadlineMs ?? 120_000;
    const baseDelayMs = options.baseDelayMs ?? 500;
    const maxDelayMs = options.maxDelayMs ?? 20_000;
    const isRetryable = options.isRetryable ?? isTransient;
    const random = options.random ?? Math.random;
    const started = clock.now();
    // The error given up with carries the call, the attempts and the time spent (errors.ts remoteFailure).
    const giveUp = (error, attempts) => {
        if (error instanceof Error && !error.call) {
            Object.assign(error, {
                call: options.label,
                attempts,
                elapsedMs: clock.now() - started,
                ...(options.service && !(error instanceof RemoteError) ? { service: options.service } : {})
            });
        }
        return error;
    };
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            if (n >= maxAttempts || !isRetryable(error))
                throw giveUp(error, n);
            const retryAfterMs = error instanceof RemoteError && error.retryAfterSeconds !== undefined
                ? error.retryAfterSeconds * 1000
                : undefined;
            const backoffMs = Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1)) * (0.5 + random() / 2);
            const delayMs = Math.round(retryAfterMs ?? backoffMs);
            if (clock.now() + delayMs - started > deadlineMs)
                throw giveUp(error, n);
            options.onRetry?.({ label: options.label, attempt: n, delayMs, error });
            await clock.sleep(delayMs);
        }
    }
}
/** Reads a `Retry-After` header given in seconds or as an HTTP date. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: ./actions/shared/proxy.ts
/** Whether NO_PROXY (host names, `.suffix` or `*`, comma-separated, as curl and the Azure SDK read it) exempts a host. */
function bypassesProxy(hostname, noProxy) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return ((noProxy ?? '')
        .split(',')
        .map(entry => entry.trim().toLowerCase())
        // host:port loses its port; an IPv6 literal (several colons, maybe bracketed) is kept whole.
        .map(entry => entry.split(':').length === 2 ? entry.replace(/:\d+$/, '') : entry.replace(/^\[|\]$/g, ''))
        .filter(Boolean)
        .some(entry => entry === '*' ||
        host === entry.replace(/^\./, '') ||
        host.endsWith(entry.startsWith('.') ? entry : `.${entry}`)));
}
/** The proxy a runner configured for this URL (HTTPS_PROXY / HTTP_PROXY, either case), unless NO_PROXY exempts it. */
function proxyFor(url, env = process.env) {
    const proxy = url.protocol === 'https:'
        ? env['HTTPS_PROXY'] || env['https_proxy']
        : env['HTTP_PROXY'] || env['http_proxy'];
    if (!proxy || bypassesProxy(url.hostname, env['NO_PROXY'] || env['no_proxy']))
        return undefined;
    return proxy;
}

;// CONCATENATED MODULE: ./actions/shared/version.ts
/** Sent as the user agent on every request, so Azure's logs and the sandbox show who called. */
const version = '0.1.0';
const userAgent = `musafirgo-actions/${version}`;

;// CONCATENATED MODULE: ./actions/shared/http.ts





class HttpTransport {
    options;
    agents = new Map();
    constructor(options = {}) {
        this.options = options;
    }
    agentFor(url, ca, certificate) {
        const proxy = proxyFor(url, this.options.env ?? process.env);
        const hash = (value) => value ? (0,external_node_crypto_namespaceObject.createHash)('sha256').update(value).digest('hex') : '';
        // A connection that presented one certificate is never reused for a request that would present another.
        const key = `${url.protocol} ${proxy ?? ''} ${hash(ca)} ${hash(certificate?.cert)}`;
        let agent = this.agents.get(key);
        if (!agent) {
            const options = {
                keepAlive: true,
                ...(this.options.maxSockets
                    ? { maxSockets: this.options.maxSockets, maxFreeSockets: this.options.maxSockets }
                    : {}),
                ...(ca ? { ca } : {}),
                ...(certificate ? { cert: certificate.cert, key: certificate.key } : {})
            };
            agent = proxy ? proxyAgent(url.protocol, proxy, options) : Promise.resolve(directAgent(url, options));
            this.agents.set(key, agent);
        }
        return agent;
    }
    async request(request) {
        const url = typeof request.url === 'string' ? new URL(request.url) : request.url;
        const agent = await this.agentFor(url, request.ca, request.clientCertificate);
        const body = typeof request.body === 'function' ? request.body() : request.body;
        const timeoutMs = request.timeoutMs ?? 30_000;
        return new Promise((resolve, reject) => {
            const req = (url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default())).request(url, {
                method: request.method,
                agent,
                headers: {
                    'user-agent': userAgent,
                    ...request.headers,
                    ...(body === undefined || typeof body === 'object'
                        ? {}
                        : { 'content-length': String(Buffer.byteLength(body)) }),
                    ...(Buffer.isBuffer(body) ? { 'content-length': String(body.length) } : {})
                },
                ...(request.ca ? { ca: request.ca } : {}),
                // Given to the request too: a proxy's tunnel (https-proxy-agent) opens the TLS session with these options.
                ...(request.clientCertificate
                    ? { cert: request.clientCertificate.cert, key: request.clientCertificate.key }
                    : {}),
                ...(timeoutMs ? { timeout: timeoutMs } : {}),
                ...(request.signal ? { signal: request.signal } : {})
            }, res => {
                const status = res.statusCode ?? 0;
                const header = (name) => {
                    const value = res.headers[name.toLowerCase()];
                    return Array.isArray(value) ? value.join(', ') : value;
                };
                if (request.streamStatuses?.includes(status)) {
                    resolve({ status, headers: res.headers, header, body: Buffer.alloc(0), text: '', stream: res });
                    return;
                }
                const chunks = [];
                res.on('data', (chunk) => chunks.push(chunk));
                res.on('end', () => {
                    const bytes = Buffer.concat(chunks);
                    resolve({ status, headers: res.headers, header, body: bytes, text: bytes.toString('utf8') });
                });
                res.on('error', reject);
            });
            req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer from ${url.host} within ${Math.round(timeoutMs / 1000)} s`), {
                code: 'ETIMEDOUT'
            })));
            req.on('error', reject);
            if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body))
                req.end(body);
            else {
                body.on('error', (error) => req.destroy(error));
                body.pipe(req);
            }
        });
    }
    /** Closes every kept-alive connection (a smoke run's own transport, when it ends). */
    close() {
        for (const agent of this.agents.values())
            void agent.then(a => a.destroy());
        this.agents.clear();
    }
}
function directAgent(url, options) {
    return url.protocol === 'https:' ? new (external_node_https_default()).Agent(options) : new (external_node_http_default()).Agent(options);
}
async function proxyAgent(protocol, proxy, options) {
    if (protocol === 'https:') {
        const { HttpsProxyAgent } = await Promise.all(/* import() */[__nccwpck_require__.e(171), __nccwpck_require__.e(669)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 669, 23));
        return new HttpsProxyAgent(proxy, options);
    }
    const { HttpProxyAgent } = await Promise.all(/* import() */[__nccwpck_require__.e(171), __nccwpck_require__.e(970)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 970, 23));
    return new HttpProxyAgent(proxy, options);
}
/** The transport of the step: every module sends through it, so connections are shared across them. */
const transport = new HttpTransport();
function httpRequest(request) {
    return transport.request(request);
}
/**
 * `fetch` for Octokit (`request: { fetch }`), over the transport: @actions/github's own goes through undici,
 * which is not bundled. Only what @octokit/request reads of a Response is there.
 */
async function transportFetch(input, init = {}) {
    const response = await transport.request({
        method: init.method ?? 'GET',
        url: input,
        headers: init.headers,
        body: init.body,
        signal: init.signal
    });
    const entries = Object.entries(response.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value ?? '')]);
    return {
        status: response.status,
        statusText: http.STATUS_CODES[response.status] ?? '',
        url: String(input),
        headers: {
            get: name => response.header(name) ?? null,
            [Symbol.iterator]: () => entries[Symbol.iterator]()
        },
        text: async () => response.text,
        json: async () => JSON.parse(response.text),
        arrayBuffer: async () => new Uint8Array(response.body).buffer
    };
}

;// CONCATENATED MODULE: ./actions/shared/github-oidc.ts




/**
 * The runner's ID-token endpoint for this job. Its absence has one cause a user can fix (the
 * `id-token: write` permission) and a few they should know about (forks, Dependabot, old runners).
 */
function oidcRequestFromEnv(env = process.env) {
    const url = env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    const token = env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    if (!url || !token) {
        throw new errors_ConfigurationError('GitHub gave this job no OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set). ' +
            "Grant it with 'permissions: id-token: write' on the job or workflow; pull requests from forks " +
            'and Dependabot runs never receive one');
    }
    return { url, token };
}
/** Asks GitHub for a new ID token for `audience`. One attempt: callers retry around it. */
async function fetchIdToken(request, audience) {
    const url = `${request.url}${request.url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
    const response = await httpRequest({
        method: 'GET',
        url,
        headers: { authorization: `Bearer ${request.token}`, accept: 'application/json' }
    });
    if (response.status < 200 || response.status > 299) {
        const status = response.status;
        const reason = status === 401 || status === 403
            ? "the job's request token was refused: ID tokens can only be requested from inside the job that was granted id-token: write"
            : `HTTP ${status}`;
        throw new RemoteError(`GitHub did not issue an ID token: ${reason}`, {
            service: 'github',
            code: `HTTP${status}`,
            status,
            retryAfterSeconds: parseRetryAfter(response.header('retry-after'))
        });
    }
    let body = {};
    try {
        body = JSON.parse(response.text);
    }
    catch {
        // Answered below as a response without a token.
    }
    if (typeof body.value !== 'string' || body.value.split('.').length !== 3) {
        throw new RemoteError('GitHub answered the ID token request without a token', {
            service: 'github',
            code: 'NoToken',
            status: response.status,
            transient: true
        });
    }
    core_setSecret(body.value);
    return body.value;
}
/** Reads a JWT's payload without verifying it: for diagnostics only. */
function decodeJwtClaims(jwt) {
    const payload = jwt.split('.')[1];
    if (!payload)
        throw new Error('not a JWT');
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

;// CONCATENATED MODULE: ./actions/shared/log.ts



/** One line per retry, so a slow step explains itself in the log. */
const logRetry = ({ label, attempt, delayMs, error }) => {
    info(`${label}: attempt ${attempt} failed (${errorMessage(error)}); trying again in ${(delayMs / 1000).toFixed(1)} s`);
};
/** Milliseconds of each named phase, in the order they ran. */
class Phases {
    now;
    durations = [];
    constructor(now = Date.now) {
        this.now = now;
    }
    async time(name, work) {
        const start = this.now();
        try {
            return await work();
        }
        finally {
            this.durations.push([name, this.now() - start]);
        }
    }
    total() {
        return this.durations.reduce((sum, [, ms]) => sum + ms, 0);
    }
    /** The job summary's table: each phase and its time, then the total. */
    table() {
        return markdownTable(['Phase', 'Time'], [...this.durations.map(([name, ms]) => [name, formatMs(ms)]), ['Total', formatMs(this.total())]]);
    }
}
function formatMs(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

;// CONCATENATED MODULE: ./actions/shared/registry.ts
// A small OCI distribution client: what build-push and promote need and nothing else. Token auth that follows
// the registry's challenge with a per-scope token cache, manifests by exact bytes, blob HEAD, cross-repository
// mount, and streamed blob copy; every request retried on 429/5xx/network errors through shared/retry.ts.
// Built on the actions' one transport (shared/http.ts): keep-alive connections, HTTPS_PROXY/NO_PROXY.




const registryPattern = /^(?:[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+|localhost|\d+\.\d+\.\d+\.\d+)(?::\d+)?$/;
const repositoryPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^sha256:[a-f0-9]{64}$/;
/** Parses and validates an image reference given in input `input`; the registry part is required. */
function parseImageReference(text, input) {
    const value = text.trim();
    const at = value.indexOf('@');
    const digest = at >= 0 ? value.slice(at + 1) : undefined;
    const name = at >= 0 ? value.slice(0, at) : value;
    const slash = name.indexOf('/');
    const colon = name.lastIndexOf(':');
    const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
    const path = tag !== undefined ? name.slice(0, colon) : name;
    const registry = slash > 0 ? path.slice(0, slash) : '';
    const repository = slash > 0 ? path.slice(slash + 1) : path;
    const problem = !registryPattern.test(registry)
        ? `it must start with the registry's login server (myregistry.azurecr.io/${repository || 'name'})`
        : repository !== repository.toLowerCase()
            ? `repository names must be lowercase ('${repository.toLowerCase()}')`
            : !repositoryPattern.test(repository)
                ? `'${repository}' is not a valid repository name`
                : tag !== undefined && !tagPattern.test(tag)
                    ? `'${tag}' is not a valid tag`
                    : digest !== undefined && !digestPattern.test(digest)
                        ? `'${digest}' is not a sha256 digest`
                        : undefined;
    if (problem)
        throw new errors_ConfigurationError(`input '${input}' is not an image reference ('${value}'): ${problem}`);
    return {
        registry: registry.toLowerCase(),
        repository,
        ...(tag ? { tag } : {}),
        ...(digest ? { digest } : {})
    };
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
const manifestMediaTypes = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json'
];
const sha256 = (bytes) => `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex')}`;
/** The registry's error JSON (`{"errors":[{"code","message"}]}`) as one line. */
function registryError(what, response) {
    let code = `HTTP${response.status}`;
    let message = response.text.slice(0, 300);
    try {
        const body = JSON.parse(response.text);
        const first = body.errors?.[0];
        if (first?.code)
            code = first.code;
        if (first?.message)
            message = first.message;
    }
    catch {
        // Not JSON (a proxy's HTML page): the status and the start of the text say enough.
    }
    return new RemoteError(`${what}: ${response.status} ${code}${message ? `: ${message}` : ''}`, {
        service: 'registry',
        code,
        status: response.status,
        retryAfterSeconds: parseRetryAfter(response.header('retry-after'))
    });
}
class RegistryClient {
    registry;
    options;
    challenge;
    tokens = new Map();
    constructor(options) {
        this.options = options;
        this.registry = options.registry;
    }
    get baseUrl() {
        return `https://${this.registry}`;
    }
    /** The realm and service of the registry's `Bearer` challenge on `GET /v2/`, asked once. */
    authChallenge() {
        this.challenge ??= this.send('read the registry challenge', 'GET', '/v2/', [], {
            anonymous: true,
            ok: [200, 401]
        }).then(response => {
            const header = response.header('www-authenticate') ?? '';
            const realm = /realm="([^"]+)"/i.exec(header)?.[1];
            const service = /service="([^"]+)"/i.exec(header)?.[1] ?? this.registry;
            if (!realm) {
                throw new RemoteError(`${this.registry} did not ask for a bearer token (WWW-Authenticate: '${header}')`, {
                    service: 'registry',
                    code: 'NO_CHALLENGE',
                    status: response.status
                });
            }
            return { realm, service };
        });
        this.challenge.catch(() => (this.challenge = undefined));
        return this.challenge;
    }
    /** A bearer token for exactly these scopes, cached per scope set. */
    async token(scopes) {
        const key = [...scopes].sort().join(' ');
        let token = this.tokens.get(key);
        if (!token) {
            token = this.authChallenge().then(c => this.options.tokens({ ...c, scopes }));
            this.tokens.set(key, token);
            token.catch(() => this.tokens.delete(key));
        }
        return token;
    }
    async send(label, method, path, scopes, options = {}) {
        let renewed = false;
        const attempt = async () => {
            const headers = { ...options.headers };
            if (!options.anonymous)
                headers['authorization'] = `Bearer ${await this.token(scopes)}`;
            const url = /^https?:/.test(path) ? path : `${this.baseUrl}${path}`;
            const result = await httpRequest({
                method,
                url,
                headers,
                body: options.body,
                timeoutMs: 0,
                streamStatuses: options.stream ? [200] : undefined
            });
            const response = result;
            // An access token that expired during a long job: buy a fresh one for these scopes, once.
            if (response.status === 401 && !options.anonymous && !renewed && options.replayable !== false) {
                renewed = true;
                this.tokens.delete([...scopes].sort().join(' '));
                return attempt();
            }
            if (!(options.ok ?? [200]).includes(response.status))
                throw registryError(`${label} (${method} ${new URL(url).pathname})`, result);
            return result;
        };
        if (options.replayable === false)
            return attempt();
        return retry(attempt, {
            label,
            service: 'registry',
            clock: this.options.clock,
            onRetry: this.options.onRetry,
            baseDelayMs: this.options.retryBaseDelayMs
        });
    }
    /** The digest, media type and size a tag or digest resolves to, or undefined when the registry has none. */
    async headManifest(repository, reference) {
        const response = await this.send(`look up ${repository}:${reference}`, 'HEAD', `/v2/${repository}/manifests/${reference}`, [`repository:${repository}:pull`], { headers: { accept: manifestMediaTypes.join(', ') }, ok: [200, 404] });
        if (response.status === 404)
            return undefined;
        return {
            digest: response.header('docker-content-digest') ?? '',
            mediaType: response.header('content-type'),
            size: Number(response.header('content-length') ?? 0)
        };
    }
    async getManifest(repository, reference) {
        const response = await this.send(`read manifest ${repository}:${reference}`, 'GET', `/v2/${repository}/manifests/${reference}`, [`repository:${repository}:pull`], { headers: { accept: manifestMediaTypes.join(', ') }, stream: true });
        const bytes = await readAll(response);
        const digest = sha256(bytes);
        if (reference.startsWith('sha256:') && digest !== reference) {
            throw new RemoteError(`${this.registry}/${repository}@${reference} arrived with digest ${digest}`, {
                service: 'registry',
                code: 'DIGEST_INVALID'
            });
        }
        const json = JSON.parse(bytes.toString('utf8'));
        return { bytes, digest, json, mediaType: json.mediaType ?? response.header('content-type') ?? '' };
    }
    /** Puts the exact bytes under a tag or digest; returns the digest the registry computed. */
    async putManifest(repository, reference, manifest) {
        const response = await this.send(`write manifest ${repository}:${reference}`, 'PUT', `/v2/${repository}/manifests/${reference}`, [`repository:${repository}:pull,push`], { headers: { 'content-type': manifest.mediaType }, body: manifest.bytes, ok: [201] });
        return response.header('docker-content-digest') ?? sha256(manifest.bytes);
    }
    async hasBlob(repository, digest) {
        const response = await this.send(`look up blob ${digest.slice(0, 19)}`, 'HEAD', `/v2/${repository}/blobs/${digest}`, [`repository:${repository}:pull`], { ok: [200, 404] });
        return response.status === 200;
    }
    async getBlob(repository, digest) {
        const response = await this.send(`read blob ${digest.slice(0, 19)}`, 'GET', `/v2/${repository}/blobs/${digest}`, [`repository:${repository}:pull`], { stream: true });
        const bytes = await readAll(response);
        if (sha256(bytes) !== digest) {
            throw new RemoteError(`blob ${digest} of ${repository} arrived with digest ${sha256(bytes)}`, {
                service: 'registry',
                code: 'DIGEST_INVALID'
            });
        }
        return bytes;
    }
    /**
     * Cross-repository mount (`POST …/blobs/uploads/?mount=&from=`): 201 when the registry linked the blob (no
     * bytes move), otherwise the upload URL it opened instead.
     */
    async mountBlob(repository, digest, from) {
        const response = await this.send(`mount ${digest.slice(0, 19)} from ${from}`, 'POST', `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`, [`repository:${repository}:pull,push`, `repository:${from}:pull`], { headers: { 'content-length': '0' }, ok: [201, 202] });
        if (response.status === 201)
            return { mounted: true };
        return {
            mounted: false,
            upload: new URL(response.header('location') ?? '', `${this.baseUrl}/v2/${repository}/blobs/uploads/`).toString()
        };
    }
    /** Uploads a blob in one streamed PUT (`open` is called again on a retry), unless the registry has it. */
    async uploadBlob(repository, blob, open) {
        if (await this.hasBlob(repository, blob.digest))
            return;
        await retry(async () => this.putBlob(repository, blob, await this.startUpload(repository, blob), open), {
            label: `upload blob ${blob.digest.slice(0, 19)}`,
            service: 'registry',
            clock: this.options.clock,
            onRetry: this.options.onRetry,
            baseDelayMs: this.options.retryBaseDelayMs
        });
    }
    /** Streams a blob from another registry (or repository) into this one: one GET piped into one PUT. */
    async copyBlobFrom(source, sourceRepository, repository, blob) {
        await retry(async () => {
            const upload = await this.startUpload(repository, blob);
            const download = await source.send(`read blob ${blob.digest.slice(0, 19)}`, 'GET', `/v2/${sourceRepository}/blobs/${blob.digest}`, [`repository:${sourceRepository}:pull`], { stream: true, replayable: false });
            if (!download.stream)
                throw new Error(`no body for blob ${blob.digest}`);
            const body = download.stream;
            await this.putBlob(repository, blob, upload, () => body);
        }, {
            label: `copy blob ${blob.digest.slice(0, 19)}`,
            service: 'registry',
            clock: this.options.clock,
            onRetry: this.options.onRetry,
            baseDelayMs: this.options.retryBaseDelayMs
        });
    }
    /** Opens an upload session (POST); the URL it answers, with the digest the PUT will be checked against. */
    async startUpload(repository, blob) {
        const started = await this.send(`start upload of ${blob.digest.slice(0, 19)}`, 'POST', `/v2/${repository}/blobs/uploads/`, [`repository:${repository}:pull,push`], { headers: { 'content-length': '0' }, ok: [202], replayable: false });
        const upload = new URL(started.header('location') ?? '', `${this.baseUrl}/v2/${repository}/blobs/uploads/`);
        upload.searchParams.set('digest', blob.digest);
        return upload;
    }
    /** The whole blob in one streamed PUT to an upload session; a stream cannot be replayed, so no retry here. */
    async putBlob(repository, blob, upload, body) {
        await this.send(`upload blob ${blob.digest.slice(0, 19)}`, 'PUT', upload.toString(), [`repository:${repository}:pull,push`], {
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
            body,
            ok: [201],
            replayable: false
        });
    }
}
async function readAll(response) {
    if (!response.stream)
        return response.body;
    const chunks = [];
    for await (const chunk of response.stream)
        chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
}
/** Config, layers and child manifests of a manifest or index, each once. */
function blobsOf(manifest) {
    return [...(manifest.config ? [manifest.config] : []), ...(manifest.layers ?? [])];
}
function isIndex(manifest) {
    return Array.isArray(manifest.json.manifests);
}

;// CONCATENATED MODULE: ./actions/shared/acr.ts
// Azure Container Registry sign-in without az CLI or admin credentials (Azure/acr docs/AAD-OAuth.md): the
// step's Entra token is exchanged at /oauth2/exchange for an ACR refresh token, which buys per-scope access
// tokens at /oauth2/token and is what docker, buildx and buildah log in with (user name: the null GUID).











/** The user name that tells ACR the password is a refresh token. */
const acrRefreshTokenUser = '00000000-0000-0000-0000-000000000000';
async function postForm(url, form) {
    const response = await httpRequest({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
        timeoutMs: 60_000
    });
    const text = response.text;
    let body = {};
    try {
        body = JSON.parse(text);
    }
    catch {
        // A gateway's HTML error page: the status tells enough.
    }
    return {
        status: response.status,
        body,
        text,
        retryAfter: parseRetryAfter(response.header('retry-after'))
    };
}
function acrError(what, registry, response) {
    const first = response.body['errors']?.[0];
    const code = first?.code ?? `HTTP${response.status}`;
    return new RemoteError(`${registry} refused ${what}: ${code}${first?.message ? `: ${first.message}` : ''}`, {
        service: 'registry',
        code,
        status: response.status,
        retryAfterSeconds: response.retryAfter
    });
}
/**
 * Signs in to one registry: reads its challenge, exchanges the step's Entra token for an ACR refresh token
 * (masked at once), and returns a registry client that buys access tokens with it.
 */
async function acrSignIn(options) {
    const { loginServer, clock } = options;
    const retryOptions = {
        clock,
        onRetry: logRetry,
        baseDelayMs: options.retryBaseDelayMs,
        service: 'registry'
    };
    let refreshToken = '';
    const client = new RegistryClient({
        registry: loginServer,
        clock,
        onRetry: logRetry,
        retryBaseDelayMs: options.retryBaseDelayMs,
        tokens: ({ realm, service, scopes }) => retry(async () => {
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                service,
                refresh_token: refreshToken
            });
            for (const scope of scopes)
                form.append('scope', scope);
            const response = await postForm(realm, form);
            const token = response.body['access_token'];
            if (response.status !== 200 || typeof token !== 'string') {
                throw acrError(`an access token for ${scopes.join(' ')}`, loginServer, response);
            }
            core_setSecret(token);
            return token;
        }, { label: `ACR access token for ${scopes.join(' ')}`, ...retryOptions })
    });
    const { realm, service } = await client.authChallenge();
    const entraToken = await options.credential.getToken(armScope(options.cloud));
    if (!entraToken)
        throw new RemoteError('Entra returned no token for ARM', { service: 'entra', code: 'NoToken' });
    const exchangeUrl = realm.replace(/\/oauth2\/token$/, '/oauth2/exchange');
    refreshToken = await retry(async () => {
        const form = new URLSearchParams({
            grant_type: 'access_token',
            service,
            access_token: entraToken.token
        });
        if (options.credential.tenantId)
            form.set('tenant', options.credential.tenantId);
        const response = await postForm(exchangeUrl, form);
        const token = response.body['refresh_token'];
        if (response.status !== 200 || typeof token !== 'string')
            throw acrError('the token exchange', loginServer, response);
        core_setSecret(token);
        return token;
    }, { label: `ACR token exchange at ${loginServer}`, ...retryOptions });
    return { loginServer, refreshToken, client };
}
/**
 * What ACR granted for `repository` (ACR's access tokens are JWTs with the distribution `access` claim):
 * a token without `push` means the identity has no push role, which the registry would only report later
 * as a bare 401 in the middle of the push.
 */
async function grantedActions(session, repository, actions) {
    const token = await session.client.token([`repository:${repository}:${actions.join(',')}`]);
    try {
        const claims = decodeJwtClaims(token);
        return claims.access?.find(a => a.name === repository)?.actions ?? [];
    }
    catch {
        return actions;
    }
}
/** Explains a refused exchange or a missing push right in the words of the fix. */
function explainAccess(error, context) {
    if (error instanceof RemoteError && error.service === 'registry' && error.status === 401) {
        return new errors_ConfigurationError(`${context.loginServer} refused identity ${context.clientId ?? '(unknown)'} (${error.code}): it has no data role on the registry; assign one, e.g. 'az role assignment create --assignee ${context.clientId ?? '<client-id>'} --role ${context.role} --scope <registry resource id>'`);
    }
    return error;
}
/**
 * A registry auth file for docker (`DOCKER_CONFIG/config.json`) and buildah/skopeo (`REGISTRY_AUTH_FILE`),
 * mode 0600 in a private directory: the refresh token reaches the tools without ever being on a command line.
 */
async function writeAuthFile(sessions, parent = process.env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)()) {
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(parent, 'registry-auth-'));
    await (0,promises_namespaceObject.chmod)(dir, 0o700);
    const file = (0,external_node_path_namespaceObject.join)(dir, 'config.json');
    const auths = {};
    for (const s of sessions)
        auths[s.loginServer] = {
            auth: Buffer.from(`${acrRefreshTokenUser}:${s.refreshToken}`).toString('base64')
        };
    await (0,promises_namespaceObject.writeFile)(file, JSON.stringify({ auths }, null, 2), { mode: 0o600 });
    return { dir, file, remove: () => (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./actions/shared/credential.ts






/** An Entra refusal, with the AADSTS code and the parts of Entra's answer a person needs. */
class EntraError extends RemoteError {
    name = 'EntraError';
    error;
    description;
    traceId;
    correlationId;
    /** The claims of the assertion Entra refused. */
    claims;
    constructor(status, body, claims, retryAfterSeconds) {
        const description = (body.error_description ?? '').split(/\r?\n/)[0] ?? '';
        const code = body.error_codes?.[0] !== undefined ? `AADSTS${body.error_codes[0]}` : (body.error ?? `HTTP${status}`);
        super(description || `Entra answered HTTP ${status} (${body.error ?? 'no error code'})`, {
            service: 'entra',
            code,
            status,
            retryAfterSeconds
        });
        this.error = body.error ?? '';
        this.description = description;
        this.traceId = body.trace_id;
        this.correlationId = body.correlation_id;
        this.claims = claims;
    }
}
const refreshMarginMs = 5 * 60_000;
/**
 * A TokenCredential for every official Azure SDK client, backed by GitHub OIDC: each request to Entra
 * carries a GitHub ID token fetched for that request, so no job is cut off when the five-minute ID
 * token expires (AADSTS700024), however long it runs. Access tokens are cached per scope until five
 * minutes before they expire.
 *
 * Why not @azure/identity's ClientAssertionCredential: MSAL caches a throttle after any 429 or 5xx and
 * refuses the same request for Retry-After seconds (60 s when none is sent), by the wall clock, so our
 * bounded retry cannot recover from a short 503 burst; and it folds Entra's status and AADSTS code into
 * message text. The exchange is one form POST; this class keeps both.
 */
class GitHubOidcCredential {
    tenantId;
    clientId;
    audience;
    cloud;
    clock;
    getIdToken;
    options;
    cache = new Map();
    constructor(options) {
        this.options = options;
        this.tenantId = options.tenantId;
        this.clientId = options.clientId;
        this.cloud = options.cloud;
        this.audience = options.audience ?? options.cloud.tokenExchangeAudience;
        this.clock = options.clock ?? systemClock;
        this.getIdToken = options.getIdToken ?? (audience => fetchIdToken(oidcRequestFromEnv(), audience));
    }
    async getToken(scopes, _options) {
        const scope = (Array.isArray(scopes) ? scopes : [scopes]).join(' ');
        const cached = this.cache.get(scope);
        if (cached && cached.expiresOnTimestamp - refreshMarginMs > this.clock.now())
            return cached;
        const token = await retry(() => this.exchange(scope), {
            label: `exchange the GitHub ID token for an access token to ${scope}`,
            service: 'entra',
            clock: this.clock,
            deadlineMs: this.options.deadlineMs ?? 60_000,
            onRetry: this.options.onRetry
        });
        this.cache.set(scope, token);
        return token;
    }
    async exchange(scope) {
        const assertion = await this.getIdToken(this.audience);
        const claims = decodeJwtClaims(assertion);
        this.options.onAssertion?.(claims);
        const response = await httpRequest({
            method: 'POST',
            url: `${this.cloud.authorityHost}/${this.tenantId}/oauth2/v2.0/token`,
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: new URLSearchParams({
                grant_type: 'client_credentials',
                client_id: this.clientId,
                scope,
                client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
                client_assertion: assertion
            }).toString()
        });
        const text = response.text;
        let body = {};
        try {
            body = JSON.parse(text);
        }
        catch {
            // Gateways in front of Entra answer 5xx with HTML; the status says enough.
        }
        if (response.status !== 200 || typeof body['access_token'] !== 'string') {
            throw new EntraError(response.status, body, claims, parseRetryAfter(response.header('retry-after'), this.clock.now()));
        }
        const expiresIn = Number(body['expires_in'] ?? 3599);
        core_setSecret(body['access_token']);
        return {
            token: body['access_token'],
            tokenType: 'Bearer',
            expiresOnTimestamp: this.clock.now() + expiresIn * 1000
        };
    }
}

;// CONCATENATED MODULE: ./actions/shared/azure.ts





/**
 * The Azure session a later step inherits from `login`: the identity it exported (AZURE_CLIENT_ID,
 * AZURE_TENANT_ID, the cloud and audience) and a credential that mints its own fresh tokens from GitHub.
 */
function sessionFromEnv(action, env = process.env, options = {}) {
    const clientId = env['AZURE_CLIENT_ID'];
    const tenantId = env['AZURE_TENANT_ID'];
    if (!clientId || !tenantId) {
        throw new errors_ConfigurationError(`${action} needs an Azure identity: run musafirgo/actions/login earlier in this job (AZURE_CLIENT_ID and AZURE_TENANT_ID are not set)`);
    }
    const cloud = resolveCloud(env['AZURE_ENVIRONMENT'], env);
    return {
        cloud,
        subscriptionId: env['AZURE_SUBSCRIPTION_ID'] || undefined,
        credential: new GitHubOidcCredential({
            tenantId,
            clientId,
            cloud,
            audience: env['AZURE_FEDERATED_TOKEN_AUDIENCE'] || undefined,
            getIdToken: audience => fetchIdToken(oidcRequestFromEnv(env), audience),
            clock: options.clock,
            onRetry: logRetry
        })
    };
}

;// CONCATENATED MODULE: ./actions/shared/exec.ts


/**
 * Every child process of the actions (buildah, docker, helm, az) through @actions/exec: arguments passed as an
 * array (no shell), output collected, the exit code returned rather than thrown so each caller words its own
 * failure. Credentials never go on a command line: a file named in the environment, or `input`.
 */
async function execTool(command, args, options = {}) {
    const tail = [];
    const keep = (line) => {
        if (options.stream)
            info(line);
        tail.push(line);
        if (tail.length > 40)
            tail.shift();
    };
    const env = Object.fromEntries(Object.entries(options.env ?? process.env).filter((entry) => entry[1] !== undefined));
    try {
        const output = await getExecOutput(command, args, {
            env,
            cwd: options.cwd,
            silent: true,
            ignoreReturnCode: true,
            ...(options.input === undefined ? {} : { input: Buffer.from(options.input) }),
            listeners: { stdline: keep, errline: keep }
        });
        return { code: output.exitCode, stdout: output.stdout, stderr: output.stderr, tail };
    }
    catch (error) {
        // @actions/exec looks the tool up on PATH first and throws when it is not there.
        const message = error instanceof Error ? error.message : String(error);
        return { code: 127, stdout: '', stderr: message, tail: [message] };
    }
}

;// CONCATENATED MODULE: ./actions/build-push/builder.ts
// The two builders: `docker buildx` (GitHub-hosted runners) and buildah (runners without a Docker daemon,
// e.g. runner pods on AKS). Arguments are pure functions of the build; credentials reach the tools only
// through an auth file named in the environment, never on a command line.


/** Runs a tool with its output streamed to the log, keeping the tail for error messages. */
function execute(command, args, env) {
    return execTool(command, args, { env, stream: true });
}
/** buildx when a Docker daemon answers, buildah otherwise; `builder` forces one. */
async function chooseBuilder(choice, env) {
    if (choice !== 'auto')
        return { builder: choice, reason: `input builder: ${choice}` };
    const quiet = async (command, args) => (await execTool(command, args, { env })).code === 0;
    if ((await quiet('docker', ['buildx', 'version'])) &&
        (await quiet('docker', ['info', '--format', '{{.ID}}']))) {
        return { builder: 'buildx', reason: 'a Docker daemon with buildx answers' };
    }
    if (await quiet('buildah', ['--version']))
        return { builder: 'buildah', reason: 'no Docker daemon here; buildah is installed' };
    return { builder: 'buildx', reason: 'neither a Docker daemon nor buildah was found' };
}
function common(plan) {
    const args = ['--file', plan.file, '--tag', plan.reference];
    for (const [name, value] of Object.entries(plan.labels))
        args.push('--label', `${name}=${value}`);
    for (const [name, value] of Object.entries(plan.buildArgs))
        args.push('--build-arg', `${name}=${value}`);
    for (const [name, dir] of Object.entries(plan.buildContexts))
        args.push('--build-context', `${name}=${dir}`);
    for (const [id, file] of Object.entries(plan.secretFiles))
        args.push('--secret', `id=${id},src=${file}`);
    if (plan.target)
        args.push('--target', plan.target);
    if (plan.platforms.length > 0)
        args.push('--platform', plan.platforms.join(','));
    return args;
}
/** `docker buildx build --push`: one command builds, pushes and writes the digest to the metadata file. */
function buildxArgs(plan) {
    const args = ['buildx', 'build', ...common(plan), '--push', '--metadata-file', plan.metadataFile];
    // Attestations change what is pushed (an index with unknown/unknown entries); off unless asked for.
    args.push('--provenance=false', '--sbom=false');
    if (plan.cacheRef) {
        args.push('--cache-from', `type=registry,ref=${plan.cacheRef}`);
        args.push('--cache-to', `type=registry,ref=${plan.cacheRef},mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`);
    }
    args.push(plan.context);
    return args;
}
/** Where buildah keeps this step's images: a private store under the step's temp directory. */
function buildahStore(temp) {
    return ['--root', (0,external_node_path_namespaceObject.join)(temp, 'buildah', 'storage'), '--runroot', (0,external_node_path_namespaceObject.join)(temp, 'buildah', 'run')];
}
function buildahBuildArgs(plan, store) {
    return [
        ...store,
        'build',
        '--isolation',
        process.env['BUILDAH_ISOLATION'] ?? 'chroot',
        ...common(plan),
        plan.context
    ];
}
function buildahPushArgs(plan, store) {
    // Retries are ours (one retry helper, logged); buildah's own would wait 2 s per attempt unseen.
    return [
        ...store,
        'push',
        '--retry',
        '0',
        '--digestfile',
        plan.digestFile,
        plan.reference,
        `docker://${plan.reference}`
    ];
}
/** Lines of a failed tool run worth quoting: its error lines, else its last lines. */
function errorLines(tail) {
    const errors = tail.filter(line => /error|failed|unknown instruction|not found|denied|unauthorized/i.test(line));
    return (errors.length > 0 ? errors : tail.filter(Boolean)).slice(-6).map(line => line.trim());
}

;// CONCATENATED MODULE: ./actions/shared/inputs.ts


/** At most this much of a value is echoed in a message: a 10 KB input must not make a 10 KB annotation. */
const MAX_ECHO = 200;
/** A value as a message shows it: in quotes, cut to MAX_ECHO characters with its length said, on one line. */
function quoted(value) {
    const line = value.replace(/\r?\n/g, '\\n');
    return line.length <= MAX_ECHO ? `'${line}'` : `'${line.slice(0, MAX_ECHO)}…' (${value.length} characters)`;
}
/**
 * The items of a list input: one per line (and, with `commas`, also comma-separated on a line), trimmed,
 * without empty lines and `#` comments.
 */
function parseList(value, options = {}) {
    return (value ?? '')
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line && !line.startsWith('#'))
        .flatMap(line => (options.commas ? line.split(',') : [line]))
        .map(item => item.trim())
        .filter(Boolean);
}
function getListInput(name, options = {}) {
    return parseList(getOptionalInput(name), options);
}
/** An input, trimmed; empty means not given. */
function getOptionalInput(name) {
    const value = getInput(name).trim();
    return value === '' ? undefined : value;
}
function getRequiredInput(name, hint) {
    const value = getOptionalInput(name);
    if (value === undefined)
        throw new errors_ConfigurationError(`input '${name}' is required: ${hint}`);
    return value;
}
/** YAML 1.2 core booleans only, as the runner documents them; anything else is a mistake worth naming. */
function inputs_getBooleanInput(name, defaultValue) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return defaultValue;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new errors_ConfigurationError(`input '${name}' must be true or false, not ${quoted(value)}`);
}
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isGuid(value) {
    return guidPattern.test(value);
}
function requireGuid(name, value, what) {
    if (!isGuid(value)) {
        throw new ConfigurationError(`input '${name}' must be a GUID (the ${what}), not ${quoted(value)}`);
    }
    return value.toLowerCase();
}
function requireOneOf(name, value, allowed) {
    const match = allowed.find(option => option.toLowerCase() === value.toLowerCase());
    if (!match)
        throw new errors_ConfigurationError(`input '${name}' must be one of ${allowed.join(', ')}, not ${quoted(value)}`);
    return match;
}
/** `90s`, `2m`, `500ms`, or seconds as a plain number. */
function parseDuration(name, value) {
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
    if (!match)
        throw new ConfigurationError(`input '${name}' must be a duration such as 30s, 5m or 500ms, not ${quoted(value)}`);
    const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 's'] ?? 1000;
    return Math.round(Number(match[1]) * factor);
}
/** `canary-steps`: increasing traffic percentages ending at 100 (deploy-aca and deploy-aks). */
function parseCanarySteps(value) {
    const steps = value
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
    const valid = steps.length > 0 &&
        steps.every((step, i) => Number.isInteger(step) && step > 0 && step <= 100 && (i === 0 || step > steps[i - 1])) &&
        steps.at(-1) === 100;
    if (!valid) {
        throw new ConfigurationError(`input 'canary-steps' must be increasing percentages ending at 100, such as 10,50,100, not ${quoted(value)}`);
    }
    return steps;
}
/** A GitHub-hosted job stops after 6 hours: no wait of a step may be longer (nor overflow Node's timers). */
const maxJobMs = (/* unused pure expression or super */ null && (6 * 3_600_000));
/** A duration input within bounds a timer can hold and a job can wait: no overflow, no 7-hour wait. */
function boundedDuration(name, value, minMs, maxMs = maxJobMs) {
    const ms = parseDuration(name, value);
    if (ms < minMs || ms > maxMs) {
        const show = (v) => v > 0 && v % 3_600_000 === 0 ? `${v / 3_600_000}h` : v % 1000 === 0 ? `${v / 1000}s` : `${v}ms`;
        const why = maxMs === maxJobMs ? ' (a GitHub job stops after 6 hours)' : '';
        throw new ConfigurationError(`input '${name}' must be between ${show(minMs)} and ${show(maxMs)}${why}, not ${quoted(value)}`);
    }
    return ms;
}
/** A whole number input within bounds. */
function boundedInteger(name, value, min, max) {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
        throw new ConfigurationError(`input '${name}' must be a whole number from ${min} to ${max}, not ${quoted(value)}`);
    }
    return n;
}
/**
 * `subscription-id`, or the subscription an earlier `login` step exported (AZURE_SUBSCRIPTION_ID): one of them is
 * required by every action that calls ARM.
 */
function subscriptionInput(env = process.env, given = getOptionalInput('subscription-id')) {
    const subscription = given ?? env['AZURE_SUBSCRIPTION_ID'];
    if (!subscription) {
        throw new ConfigurationError("input 'subscription-id' is required (or run musafirgo/actions/login with subscription-id earlier in the job)");
    }
    return subscription;
}

;// CONCATENATED MODULE: ./actions/build-push/context.ts
// The digest of everything a build reads: the context's files (minus .dockerignore), the Dockerfile, named
// contexts, build args, target and platforms. Two builds with the same digest produce the same image but for
// the `created` label, so the second one can be skipped.





/** One .dockerignore rule as a regular expression over slash-separated paths, `!` rules re-including. */
function compile(pattern) {
    const negate = pattern.startsWith('!');
    const body = (negate ? pattern.slice(1) : pattern).trim().replace(/^\/+|\/+$/g, '');
    let source = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '*' && body[i + 1] === '*') {
            source += '.*';
            i++;
            if (body[i + 1] === '/')
                i++;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // A matching directory excludes everything below it.
    return { regex: new RegExp(`^${source}(?:/.*)?$`), negate };
}
function dockerignore(context) {
    const file = (0,external_node_path_namespaceObject.join)(context, '.dockerignore');
    const rules = (0,external_node_fs_namespaceObject.existsSync)(file) ? parseList((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8')).map(compile) : [];
    return path => {
        let ignored = false;
        for (const rule of rules)
            if (rule.regex.test(path))
                ignored = !rule.negate;
        return ignored;
    };
}
async function hashTree(hash, root, ignored) {
    let files = 0;
    const walk = async (dir) => {
        const entries = (await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const entry of entries) {
            const full = (0,external_node_path_namespaceObject.join)(dir, entry.name);
            const path = (0,external_node_path_namespaceObject.relative)(root, full).split(external_node_path_namespaceObject.sep).join('/');
            if (ignored(path))
                continue;
            if (entry.isDirectory()) {
                await walk(full);
            }
            else if (entry.isFile() || entry.isSymbolicLink()) {
                const info = await (0,promises_namespaceObject.stat)(full);
                hash.update(`${path}\0${info.mode & 0o111 ? 'x' : '-'}\0`);
                hash.update(await (0,promises_namespaceObject.readFile)(full));
                hash.update('\0');
                files++;
            }
        }
    };
    await walk(root);
    return files;
}
async function contextDigest(build) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let files = await hashTree(hash, build.context, dockerignore(build.context));
    hash.update(`Dockerfile\0${await (0,promises_namespaceObject.readFile)(build.file, 'utf8')}\0`);
    for (const [name, dir] of Object.entries(build.buildContexts).sort()) {
        hash.update(`context ${name}\0`);
        files += await hashTree(hash, dir, () => false);
    }
    const settings = {
        args: Object.entries(build.buildArgs).sort(),
        target: build.target ?? '',
        platforms: [...build.platforms].sort()
    };
    hash.update(JSON.stringify(settings));
    return { digest: `sha256:${hash.digest('hex')}`, files };
}

;// CONCATENATED MODULE: ./actions/shared/files.ts




/** The repository checkout the step runs in (GITHUB_WORKSPACE), or the working directory outside a runner. */
function workspace(env = process.env) {
    return (0,external_node_path_namespaceObject.resolve)(env['GITHUB_WORKSPACE'] || process.cwd());
}
/**
 * A path an input names, resolved: a relative path must stay inside the workspace (`../../etc/passwd` is
 * refused), an absolute one is taken as the user gave it.
 */
function inputPath(input, path, env = process.env) {
    if (path.length > 4096 || path.split(/[\\/]/).some(part => part.length > 255)) {
        throw new errors_ConfigurationError(`input '${input}' is not a usable path: ${quoted(path)} is too long`);
    }
    if (path.includes('\0'))
        throw new errors_ConfigurationError(`input '${input}' is not a usable path: it holds a NUL byte`);
    if ((0,external_node_path_namespaceObject.isAbsolute)(path))
        return path;
    const root = workspace(env);
    const full = (0,external_node_path_namespaceObject.resolve)(root, path);
    const inside = (0,external_node_path_namespaceObject.relative)(root, full);
    if (inside.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(inside)) {
        throw new errors_ConfigurationError(`input '${input}': ${quoted(path)} leads outside the workspace (${root}); give a path inside the repository, or an absolute path`);
    }
    return full;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
/**
 * A text file an input names, checked before anything reads it as what it should be: it exists, it is a
 * regular file, it is not empty, it is within the size limit for its kind, and it is text (UTF-8, no NUL).
 */
function readInputFile(input, path, options) {
    const full = inputPath(input, path, options.env);
    let stat;
    try {
        stat = (0,external_node_fs_namespaceObject.statSync)(full);
    }
    catch {
        throw new errors_ConfigurationError(`input '${input}': there is no file ${quoted(path)} (looked for ${full}); check the repository out first (actions/checkout) or fix the path`);
    }
    if (!stat.isFile()) {
        throw new errors_ConfigurationError(`input '${input}': ${quoted(path)} is ${stat.isDirectory() ? 'a directory' : 'not a regular file'}; name ${options.what}`);
    }
    if (stat.size === 0)
        throw new errors_ConfigurationError(`input '${input}': ${quoted(path)} is empty; name ${options.what}`);
    if (stat.size > options.maxBytes) {
        throw new errors_ConfigurationError(`input '${input}': ${quoted(path)} is ${formatBytes(stat.size)}, over the ${formatBytes(options.maxBytes)} limit for ${options.what}`);
    }
    const bytes = Buffer.alloc(stat.size);
    const fd = (0,external_node_fs_namespaceObject.openSync)(full, 'r');
    try {
        (0,external_node_fs_namespaceObject.readSync)(fd, bytes, 0, stat.size, 0);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
    const nul = bytes.indexOf(0);
    let text;
    try {
        if (nul >= 0)
            throw new Error('NUL');
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors_ConfigurationError(`input '${input}': ${quoted(path)} is not a text file (${nul >= 0 ? `a NUL byte at offset ${nul}` : 'not UTF-8'}); name ${options.what}`);
    }
    return { path: full, text: text.replace(/^\uFEFF/, '') };
}

;// CONCATENATED MODULE: ./actions/build-push/inputs.ts






const builders = ['auto', 'buildx', 'buildah'];
/** `KEY=value` lines (or comma-separated when on one line), as build-push-action reads build-args. */
function parsePairs(name, text, separator = '=') {
    const pairs = {};
    if (!text)
        return pairs;
    for (const [index, line] of text.split(/\r?\n/).entries()) {
        const trimmed = line.trim();
        if (!trimmed || trimmed.startsWith('#'))
            continue;
        const at = trimmed.indexOf(separator);
        if (at <= 0) {
            // A malformed secrets line may be the secret itself: name its line, never its text.
            const shown = name === 'secrets' ? `line ${index + 1}` : `'${trimmed}'`;
            throw new errors_ConfigurationError(`input '${name}' has no '${separator}' in ${shown}; write one KEY${separator}value per line`);
        }
        pairs[trimmed.slice(0, at).trim()] = trimmed.slice(at + 1);
    }
    return pairs;
}
/** A directory an input names, inside the workspace unless absolute. */
function directoryInput(input, path, env, what = `input '${input}'`) {
    const full = inputPath(input, path, env);
    if (!(0,external_node_fs_namespaceObject.existsSync)(full) || !(0,external_node_fs_namespaceObject.statSync)(full).isDirectory()) {
        throw new errors_ConfigurationError(`${what} is not a directory: ${quoted(full)}`);
    }
    return full;
}
function getInputs(env = process.env) {
    const imageText = getRequiredInput('image', 'the repository to push to, e.g. myregistry.azurecr.io/itinerary');
    const image = parseImageReference(imageText, 'image');
    if (image.tag || image.digest) {
        throw new errors_ConfigurationError(`input 'image' must name a repository without tag or digest ('${image.registry}/${image.repository}'); tags are computed, add more with 'tags'`);
    }
    const context = directoryInput('context', getOptionalInput('context') ?? '.', env);
    const fileInput = getOptionalInput('file');
    if (!fileInput && !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(context, 'Dockerfile'))) {
        throw new errors_ConfigurationError(`the Dockerfile ${(0,external_node_path_namespaceObject.join)(context, 'Dockerfile')} does not exist; set input 'file'`);
    }
    // Read before anything is built or signed in to: there, not a binary, not a 50 MB accident.
    const file = readInputFile('file', fileInput ?? (0,external_node_path_namespaceObject.join)(context, 'Dockerfile'), {
        maxBytes: 1024 * 1024,
        what: 'a Dockerfile (at most 1 MB)',
        env
    }).path;
    const buildContexts = parsePairs('build-contexts', getOptionalInput('build-contexts'));
    for (const [name, path] of Object.entries(buildContexts)) {
        buildContexts[name] = directoryInput('build-contexts', path, env, `build context '${name}'`);
    }
    const extraTags = getListInput('tags', { commas: true });
    for (const tag of extraTags) {
        if (!/^[\w][\w.-]{0,127}$/.test(tag))
            throw new errors_ConfigurationError(`input 'tags' has an invalid tag ${quoted(tag)} (letters, digits, _ . -, at most 128)`);
    }
    const platforms = getListInput('platforms', { commas: true });
    for (const platform of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(platform))
            throw new errors_ConfigurationError(`input 'platforms' has an invalid platform ${quoted(platform)} (os/arch[/variant], e.g. linux/amd64)`);
    }
    return {
        image,
        context,
        file,
        builder: requireOneOf('builder', getOptionalInput('builder') ?? 'auto', builders),
        buildArgs: parsePairs('build-args', getOptionalInput('build-args')),
        buildContexts,
        secrets: parsePairs('secrets', getOptionalInput('secrets')),
        target: getOptionalInput('target'),
        platforms,
        extraTags,
        labels: parsePairs('labels', getOptionalInput('labels')),
        cache: inputs_getBooleanInput('cache', true),
        skipUnchanged: inputs_getBooleanInput('skip-unchanged', true),
        defaultBranch: getOptionalInput('default-branch')
    };
}

;// CONCATENATED MODULE: ./actions/build-push/meta.ts
// Tags and OCI labels with docker/metadata-action's rules: the branch, the git tag (semver: version,
// major.minor, major), pr-<n> for pull requests, sha-<short>, and `latest` only on the default branch.

/** The label build-push puts on every image: the digest of the build's inputs, used to skip identical rebuilds. */
const contextLabel = 'org.musafirgo.build.context-digest';
/** What the runner tells a step about the commit and event, with the event payload for pull requests. */
function gitContextFromEnv(env, defaultBranch) {
    let event = {};
    const eventPath = env['GITHUB_EVENT_PATH'];
    if (eventPath) {
        try {
            event = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(eventPath, 'utf8'));
        }
        catch {
            // No payload (a local run): the GITHUB_* variables are enough.
        }
    }
    const ref = env['GITHUB_REF'] ?? '';
    const prFromRef = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
    return {
        eventName: env['GITHUB_EVENT_NAME'] ?? 'push',
        ref,
        sha: env['GITHUB_SHA'] ?? '',
        repository: env['GITHUB_REPOSITORY'] ?? '',
        serverUrl: env['GITHUB_SERVER_URL'] ?? 'https://github.com',
        defaultBranch: defaultBranch ?? event.repository?.default_branch ?? 'main',
        prHeadSha: event.pull_request?.head?.sha,
        prNumber: event.pull_request?.number ?? event.number ?? (prFromRef ? Number(prFromRef) : undefined)
    };
}
/** A git ref name as a valid tag: other characters become '-', as metadata-action does. */
function sanitizeTag(name) {
    return name
        .replace(/[^a-zA-Z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
const semverPattern = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function computeMeta(git, now, extraTags = []) {
    const tags = [];
    const pullRequest = git.eventName === 'pull_request' || git.eventName === 'pull_request_target';
    const revision = (pullRequest && git.prHeadSha) || git.sha;
    let version = '';
    if (pullRequest) {
        version = `pr-${git.prNumber ?? 0}`;
        tags.push(version);
    }
    else if (git.ref.startsWith('refs/tags/')) {
        const name = git.ref.slice('refs/tags/'.length);
        const semver = semverPattern.exec(name);
        if (semver) {
            const [, major, minor, patch, prerelease] = semver;
            version = `${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ''}`;
            tags.push(sanitizeTag(version));
            // Pre-releases move often: only their full version is tagged; 0.x gets no bare major tag.
            if (!prerelease) {
                tags.push(`${major}.${minor}`);
                if (major !== '0')
                    tags.push(major);
            }
        }
        else {
            version = sanitizeTag(name);
            tags.push(version);
        }
    }
    else if (git.ref.startsWith('refs/heads/')) {
        const branch = git.ref.slice('refs/heads/'.length);
        version = sanitizeTag(branch);
        tags.push(version);
        if (branch === git.defaultBranch)
            tags.push('latest');
    }
    if (revision)
        tags.push(`sha-${revision.slice(0, 7)}`);
    if (!version)
        version = `sha-${revision.slice(0, 7)}`;
    for (const tag of extraTags)
        tags.push(tag);
    const source = `${git.serverUrl}/${git.repository}`;
    return {
        tags: [...new Set(tags)],
        version,
        revision,
        labels: {
            'org.opencontainers.image.title': git.repository.split('/')[1] ?? git.repository,
            'org.opencontainers.image.source': source,
            'org.opencontainers.image.url': source,
            'org.opencontainers.image.revision': revision,
            'org.opencontainers.image.version': version,
            'org.opencontainers.image.created': now.toISOString()
        }
    };
}

;// CONCATENATED MODULE: ./actions/build-push/main.ts

















/** The build-push step: tags and labels, ACR sign-in, skip when unchanged, build, push, tag, verify. */
async function run(options = {}) {
    const clock = options.clock ?? systemClock;
    const env = options.env ?? process.env;
    const phases = new Phases(clock.now);
    const cleanups = [];
    await runStep('build-push', async () => {
        try {
            const inputs = getInputs(env);
            for (const value of Object.values(inputs.secrets))
                core_setSecret(value);
            const session = sessionFromEnv('build-push', env, { clock });
            const git = gitContextFromEnv(env, inputs.defaultBranch);
            const meta = computeMeta(git, new Date(clock.now()), inputs.extraTags);
            const repo = inputs.image.repository;
            const loginServer = inputs.image.registry;
            const ref = (tag) => formatReference({ registry: loginServer, repository: repo, tag });
            info(`Event ${git.eventName} on ${git.ref}: tags ${meta.tags.join(', ')}`);
            const acr = await phases.time('Registry sign-in (ACR token exchange)', () => signIn(loginServer, repo, session, clock));
            const { digest: buildDigest, files } = await phases.time('Context digest', () => contextDigest(inputs));
            info(`Build inputs digest ${buildDigest} (${files} files)`);
            const labels = { ...meta.labels, ...inputs.labels, [contextLabel]: buildDigest };
            let result;
            if (inputs.skipUnchanged) {
                result = await phases.time('Look for an image of the same source', () => findSameSource(acr.client, repo, meta.tags, buildDigest));
                if (result) {
                    info(`${ref(result.reusedTag)} (${result.digest}) was built from the same source (${contextLabel}=${buildDigest}); skipping the build`);
                }
            }
            if (!result) {
                const temp = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)(), 'build-push-'));
                cleanups.push(() => (0,promises_namespaceObject.rm)(temp, { recursive: true, force: true }));
                const { builder, reason } = await chooseBuilder(inputs.builder, env);
                info(`Builder: ${builder} (${reason})`);
                const auth = await writeAuthFile([acr], temp);
                const secretFiles = {};
                for (const [id, value] of Object.entries(inputs.secrets)) {
                    const file = (0,external_node_path_namespaceObject.join)(auth.dir, `secret-${id}`);
                    await (0,promises_namespaceObject.writeFile)(file, value, { mode: 0o600 });
                    await (0,promises_namespaceObject.chmod)(file, 0o600);
                    secretFiles[id] = file;
                }
                const plan = {
                    context: inputs.context,
                    file: inputs.file,
                    reference: ref(meta.tags[0]),
                    cacheRef: inputs.cache ? ref('buildcache') : undefined,
                    buildArgs: inputs.buildArgs,
                    buildContexts: inputs.buildContexts,
                    secretFiles,
                    labels,
                    target: inputs.target,
                    platforms: inputs.platforms,
                    digestFile: (0,external_node_path_namespaceObject.join)(temp, 'digest'),
                    metadataFile: (0,external_node_path_namespaceObject.join)(temp, 'metadata.json')
                };
                const toolEnv = { ...env, REGISTRY_AUTH_FILE: auth.file, DOCKER_CONFIG: auth.dir };
                const digest = builder === 'buildx'
                    ? await phases.time('Build and push (buildx)', () => buildx(plan, toolEnv))
                    : await buildah(plan, inputs, toolEnv, temp, phases, clock);
                result = { digest, size: 0, built: true, builder, builderReason: reason };
            }
            await phases.time('Tag and verify', async () => {
                const manifest = await acr.client.getManifest(repo, result.digest);
                for (const tag of meta.tags) {
                    const current = await acr.client.headManifest(repo, tag);
                    if (current?.digest !== result.digest)
                        await acr.client.putManifest(repo, tag, manifest);
                }
                const pushed = await acr.client.headManifest(repo, meta.tags[0]);
                if (pushed?.digest !== result.digest) {
                    throw new RemoteError(`${ref(meta.tags[0])} resolves to ${pushed?.digest ?? 'nothing'} after the push, not ${result.digest}`, {
                        service: 'registry',
                        code: 'DIGEST_MISMATCH'
                    });
                }
                result.size = await imageSize(acr.client, repo, manifest);
            });
            const image = formatReference({ registry: loginServer, repository: repo, digest: result.digest });
            const tags = meta.tags.map(ref);
            setOutput('image', image);
            setOutput('digest', result.digest);
            setOutput('tags', tags.join('\n'));
            setOutput('built', String(result.built));
            info(`${result.built ? 'Pushed' : 'Reused'} ${image} (${main_formatBytes(result.size)}) as ${meta.tags.join(', ')} in ${formatMs(phases.total())}`);
            summarize(image, result, tags, buildDigest, phases, meta.version);
        }
        finally {
            for (const cleanup of cleanups)
                await cleanup().catch(() => undefined);
        }
    });
}
async function signIn(loginServer, repository, session, clock) {
    const clientId = session.credential.clientId;
    try {
        const acr = await acrSignIn({ loginServer, credential: session.credential, cloud: session.cloud, clock });
        const granted = await grantedActions(acr, repository, ['pull', 'push']);
        if (!granted.includes('push')) {
            throw new errors_ConfigurationError(`identity ${clientId} may ${granted.length > 0 ? granted.join(' and ') : 'not even pull'} but not push to ${loginServer}/${repository}; assign it AcrPush on the registry: 'az role assignment create --assignee ${clientId} --role AcrPush --scope $(az acr show --name ${loginServer.split('.')[0]} --query id --output tsv)'`);
        }
        return acr;
    }
    catch (error) {
        throw explainAccess(error, { action: 'build-push', loginServer, clientId, role: 'AcrPush' });
    }
}
/** The first computed tag whose image carries our build-inputs digest: the same source was built before. */
async function findSameSource(client, repository, tags, buildDigest) {
    for (const tag of tags) {
        const found = await client.headManifest(repository, tag);
        if (!found)
            continue;
        const manifest = await client.getManifest(repository, found.digest);
        const single = isIndex(manifest)
            ? await client.getManifest(repository, manifest.json.manifests[0].digest)
            : manifest;
        if (!single.json.config)
            continue;
        const config = JSON.parse((await client.getBlob(repository, single.json.config.digest)).toString('utf8'));
        if (config.config?.Labels?.[contextLabel] === buildDigest) {
            return { digest: manifest.digest, size: 0, built: false, reusedTag: tag };
        }
    }
    return undefined;
}
function transientPushFailure(tail) {
    return /\b(429|500|502|503|504)\b|TOOMANYREQUESTS|UNAVAILABLE|connection reset|connection refused|closed network connection|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout/i.test(tail.join('\n'));
}
async function buildah(plan, inputs, env, temp, phases, clock) {
    if (plan.platforms.length > 1) {
        throw new errors_ConfigurationError(`buildah builds one platform per step here, not ${plan.platforms.join(', ')}; use builder: buildx for multi-platform images`);
    }
    const store = ['--storage-driver', env['STORAGE_DRIVER'] || 'vfs', ...buildahStore(temp)];
    const built = await phases.time('Build (buildah)', () => execute('buildah', buildahBuildArgs(plan, store), env));
    if (built.code !== 0) {
        throw new errors_ConfigurationError(`buildah could not build ${inputs.file} (exit ${built.code}):\n${errorLines(built.tail).join('\n')}\nFix the Dockerfile or the build inputs; the full output is above`);
    }
    await phases.time('Push (buildah)', () => retry(async () => {
        const pushed = await execute('buildah', buildahPushArgs(plan, store), env);
        if (pushed.code === 0)
            return;
        const lines = errorLines(pushed.tail).join('\n');
        throw new RemoteError(`buildah push to ${plan.reference} failed (exit ${pushed.code}):\n${lines}`, {
            service: 'registry',
            code: 'PUSH_FAILED',
            transient: transientPushFailure(pushed.tail)
        });
    }, { label: `push ${plan.reference}`, clock, onRetry: logRetry }));
    return (await (0,promises_namespaceObject.readFile)(plan.digestFile, 'utf8')).trim();
}
async function buildx(plan, env) {
    const built = await execute('docker', buildxArgs(plan), env);
    if (built.code !== 0) {
        throw new errors_ConfigurationError(`docker buildx could not build and push ${plan.file} (exit ${built.code}):\n${errorLines(built.tail).join('\n')}`);
    }
    const metadata = JSON.parse(await (0,promises_namespaceObject.readFile)(plan.metadataFile, 'utf8'));
    const digest = metadata['containerimage.digest'];
    if (!digest)
        throw new RemoteError('buildx pushed no image digest (containerimage.digest is empty)', {
            service: 'registry',
            code: 'NO_DIGEST'
        });
    return digest;
}
async function imageSize(client, repository, manifest) {
    const single = (m) => m.bytes.length + (m.json.config?.size ?? 0) + (m.json.layers ?? []).reduce((sum, l) => sum + l.size, 0);
    if (!isIndex(manifest))
        return single(manifest);
    let total = manifest.bytes.length;
    for (const child of manifest.json.manifests ?? [])
        total += single(await client.getManifest(repository, child.digest));
    return total;
}
function main_formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 ** 2)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    if (bytes < 1024 ** 3)
        return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
    return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
function summarize(image, result, tags, buildDigest, phases, version) {
    const rows = [
        ['Image', `\`${image}\``],
        ['Digest', `\`${result.digest}\``],
        ['Size (compressed)', main_formatBytes(result.size)],
        ['Tags', tags.map(t => `\`${t}\``).join('<br>')],
        ['Version', version],
        [
            'Build',
            result.built
                ? `built with ${result.builder} (${result.builderReason})`
                : `skipped: \`${result.reusedTag}\` was built from the same source`
        ],
        ['Source digest', `\`${buildDigest}\``]
    ];
    appendSummary(['### Image build and push', '', markdownTable(['What', 'Value'], rows), '', phases.table(), ''].join('\n'));
}


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 18:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 16:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(608);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
