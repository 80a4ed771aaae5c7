import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


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

/***/ 1820:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3269);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3269:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __nccwpck_require__(4952);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./actions/shared/errors.ts
var errors = __nccwpck_require__(9223);
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
        throw new errors/* ConfigurationError */.j1(`${variable} must be an https URL, not '${value}'`);
    }
    if (url.protocol !== 'https:')
        throw new errors/* ConfigurationError */.j1(`${variable} must be an https URL, not '${value}'`);
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
        throw new errors/* ConfigurationError */.j1(`input 'environment' must be one of ${cloudNames.join(', ')}, not '${requested}' (for another cloud set AZURE_AUTHORITY_HOST and AZURE_RESOURCE_MANAGER_ENDPOINT)`);
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

// EXTERNAL MODULE: ./actions/shared/retry.ts
var retry = __nccwpck_require__(4280);
// EXTERNAL MODULE: ./actions/shared/version.ts
var version = __nccwpck_require__(5110);
;// CONCATENATED MODULE: ./actions/shared/arm.ts




/**
 * Options for any `@azure/arm-*` client: classic ones read `credentialScopes`, the newer generated ones
 * `credentials.scopes`. The SDK's own retry is off: every call goes through our one retry helper, which
 * honours Retry-After, has a deadline and sleeps on an injectable clock.
 */
function armClientOptions(cloud) {
    return {
        endpoint: cloud.armEndpoint,
        credentialScopes: [armScope(cloud)],
        credentials: { scopes: [armScope(cloud)] },
        retryOptions: { maxRetries: 0 },
        userAgentOptions: { userAgentPrefix: version/* userAgent */.N }
    };
}
function isRestError(error) {
    return error instanceof Error && error.name === 'RestError';
}
/** ARM's `{ error: { code, message } }`, wherever the SDK left it. */
function armErrorBody(error) {
    const details = error.details;
    if (details?.error?.code)
        return details.error;
    try {
        const parsed = JSON.parse(error.response?.bodyAsText ?? '');
        return parsed.error ?? {};
    }
    catch {
        return {};
    }
}
/**
 * Drops the form-data policy from an ARM client's pipeline: ARM takes JSON only, and the policy's
 * `typeof FormData` check makes Node load undici (about 9 ms) on the first request of every step.
 */
function withoutFormData(client) {
    client.pipeline.removePolicy({ name: 'formDataPolicy' });
    return client;
}
/** Turns an SDK RestError into a RemoteError carrying ARM's code, message and Retry-After. */
function toArmError(error) {
    if (!isRestError(error))
        return error;
    if (error.statusCode === undefined && (0,errors/* isNetworkError */.TX)(error))
        return error;
    const body = armErrorBody(error);
    return new errors/* RemoteError */.Hi(body.message ?? error.message, {
        service: 'arm',
        code: body.code ?? error.code ?? `HTTP${error.statusCode ?? ''}`,
        status: error.statusCode,
        retryAfterSeconds: (0,retry/* parseRetryAfter */.m)(error.response?.headers.get('retry-after')),
        transient: error.statusCode === undefined ? true : undefined
    });
}
/** One ARM call, retried on transient faults only. */
function armCall(label, call, options = {}) {
    return (0,retry/* retry */.L)(async () => {
        try {
            return await call();
        }
        catch (error) {
            const armError = toArmError(error);
            if (armError instanceof errors/* RemoteError */.Hi || (0,errors/* isNetworkError */.TX)(armError))
                throw armError;
            // Neither ARM's answer nor a socket error: a proxy or TLS refusal, say where it happened.
            throw new errors/* RemoteError */.Hi(`${label} failed before ARM answered: ${(0,errors/* errorMessage */.gJ)(armError)}`, {
                service: 'arm',
                code: 'RequestFailed'
            });
        }
    }, { label, service: 'arm', ...options });
}

// EXTERNAL MODULE: ./actions/shared/clock.ts
var shared_clock = __nccwpck_require__(3676);
// EXTERNAL MODULE: ./actions/shared/http.ts + 1 modules
var http = __nccwpck_require__(5323);
;// CONCATENATED MODULE: ./actions/shared/github-oidc.ts




/**
 * The runner's ID-token endpoint for this job. Its absence has one cause a user can fix (the
 * `id-token: write` permission) and a few they should know about (forks, Dependabot, old runners).
 */
function oidcRequestFromEnv(env = process.env) {
    const url = env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    const token = env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    if (!url || !token) {
        throw new errors/* ConfigurationError */.j1('GitHub gave this job no OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set). ' +
            "Grant it with 'permissions: id-token: write' on the job or workflow; pull requests from forks " +
            'and Dependabot runs never receive one');
    }
    return { url, token };
}
/** Asks GitHub for a new ID token for `audience`. One attempt: callers retry around it. */
async function fetchIdToken(request, audience) {
    const url = `${request.url}${request.url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
    const response = await (0,http/* httpRequest */.aj)({
        method: 'GET',
        url,
        headers: { authorization: `Bearer ${request.token}`, accept: 'application/json' }
    });
    if (response.status < 200 || response.status > 299) {
        const status = response.status;
        const reason = status === 401 || status === 403
            ? "the job's request token was refused: ID tokens can only be requested from inside the job that was granted id-token: write"
            : `HTTP ${status}`;
        throw new errors/* RemoteError */.Hi(`GitHub did not issue an ID token: ${reason}`, {
            service: 'github',
            code: `HTTP${status}`,
            status,
            retryAfterSeconds: (0,retry/* parseRetryAfter */.m)(response.header('retry-after'))
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
        throw new errors/* RemoteError */.Hi('GitHub answered the ID token request without a token', {
            service: 'github',
            code: 'NoToken',
            status: response.status,
            transient: true
        });
    }
    core/* setSecret */.Pq(body.value);
    return body.value;
}
/** Reads a JWT's payload without verifying it: for diagnostics only. */
function decodeJwtClaims(jwt) {
    const payload = jwt.split('.')[1];
    if (!payload)
        throw new Error('not a JWT');
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

;// CONCATENATED MODULE: ./actions/shared/credential.ts






/** An Entra refusal, with the AADSTS code and the parts of Entra's answer a person needs. */
class EntraError extends errors/* RemoteError */.Hi {
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
        this.clock = options.clock ?? shared_clock/* systemClock */.m;
        this.getIdToken = options.getIdToken ?? (audience => fetchIdToken(oidcRequestFromEnv(), audience));
    }
    async getToken(scopes, _options) {
        const scope = (Array.isArray(scopes) ? scopes : [scopes]).join(' ');
        const cached = this.cache.get(scope);
        if (cached && cached.expiresOnTimestamp - refreshMarginMs > this.clock.now())
            return cached;
        const token = await (0,retry/* retry */.L)(() => this.exchange(scope), {
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
        const response = await (0,http/* httpRequest */.aj)({
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
            throw new EntraError(response.status, body, claims, (0,retry/* parseRetryAfter */.m)(response.header('retry-after'), this.clock.now()));
        }
        const expiresIn = Number(body['expires_in'] ?? 3599);
        core/* setSecret */.Pq(body['access_token']);
        return {
            token: body['access_token'],
            tokenType: 'Bearer',
            expiresOnTimestamp: this.clock.now() + expiresIn * 1000
        };
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./actions/shared/summary.ts



/**
 * Adds Markdown to the job summary. core.summary buffers it; runStep writes the buffer once when the step
 * ends, failed or not, so a summary is never lost and never written twice.
 */
function appendSummary(markdown) {
    core/* summary */.z.addRaw(markdown.endsWith(external_node_os_.EOL) ? markdown : `${markdown}${external_node_os_.EOL}`);
}
/**
 * Appends what appendSummary buffered to the step's summary file, when the runner gave it one. Not
 * core.summary.write(): it remembers the first file it wrote for the life of the process.
 */
async function writeSummary() {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (file && !core/* summary */.z.isEmptyBuffer())
        await (0,promises_.appendFile)(file, core/* summary */.z.stringify(), 'utf8');
    core/* summary */.z.emptyBuffer();
}
/** A Markdown table; cells are escaped so a value never breaks the layout. */
function markdownTable(header, rows) {
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    return [
        `| ${header.map(cell).join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map(row => `| ${row.map(cell).join(' | ')} |`)
    ].join(external_node_os_.EOL);
}

;// CONCATENATED MODULE: ./actions/shared/log.ts



/** One line per retry, so a slow step explains itself in the log. */
const logRetry = ({ label, attempt, delayMs, error }) => {
    core/* info */.pq(`${label}: attempt ${attempt} failed (${(0,errors/* errorMessage */.gJ)(error)}); trying again in ${(delayMs / 1000).toFixed(1)} s`);
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

;// CONCATENATED MODULE: ./actions/shared/azure.ts





/**
 * The Azure session a later step inherits from `login`: the identity it exported (AZURE_CLIENT_ID,
 * AZURE_TENANT_ID, the cloud and audience) and a credential that mints its own fresh tokens from GitHub.
 */
function sessionFromEnv(action, env = process.env, options = {}) {
    const clientId = env['AZURE_CLIENT_ID'];
    const tenantId = env['AZURE_TENANT_ID'];
    if (!clientId || !tenantId) {
        throw new errors/* ConfigurationError */.j1(`${action} needs an Azure identity: run musafirgo/actions/login earlier in this job (AZURE_CLIENT_ID and AZURE_TENANT_ID are not set)`);
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

// EXTERNAL MODULE: ./actions/shared/files.ts
var shared_files = __nccwpck_require__(9449);
;// CONCATENATED MODULE: ./actions/shared/lro.ts





function trackRetryAfter() {
    let last;
    return {
        policy: {
            name: 'musafirgoRetryAfterTracker',
            sendRequest: async (request, next) => {
                const response = await next(request);
                const seconds = (0,retry/* parseRetryAfter */.m)(response.headers.get('retry-after'));
                last = seconds === undefined ? undefined : seconds * 1000;
                return response;
            }
        },
        lastMs: () => last
    };
}
/** A long-running operation still running at its deadline: what was awaited, and how it last stood. */
class OperationTimeout extends Error {
    hint;
    statusUrl;
    name = 'OperationTimeout';
    constructor(message, hint, 
    /** Where the operation can be followed. */
    statusUrl) {
        super(message);
        this.hint = hint;
        this.statusUrl = statusUrl;
    }
}
/** What the answers said about the operation: its status URL, and how it stood at the last poll. */
class OperationWatch {
    url;
    kind;
    polls = 0;
    lastState = 'accepted';
    /** The last status answer was a success the async contract does not call one (a 200 without a status). */
    untrusted = false;
    observe(answer) {
        if (!this.url) {
            if (answer.status !== 201 && answer.status !== 202)
                return;
            const asyncUrl = answer.headers.get('azure-asyncoperation');
            this.url = asyncUrl ?? answer.headers.get('location') ?? undefined;
            this.kind = asyncUrl ? 'async' : 'location';
            return;
        }
        if (answer.request?.url !== this.url)
            return;
        this.polls++;
        this.record(answer.status, bodyOf(answer));
    }
    record(status, body) {
        if (this.kind === 'async') {
            const state = typeof body?.status === 'string' ? body.status : undefined;
            this.untrusted = status < 300 && !state;
            this.lastState = state ?? `answering ${status} without a status`;
        }
        else {
            this.untrusted = false;
            this.lastState = status === 202 ? 'Accepted (202)' : `answering ${status}`;
        }
    }
}
function bodyOf(answer) {
    if (answer.parsedBody && typeof answer.parsedBody === 'object')
        return answer.parsedBody;
    try {
        return JSON.parse(answer.bodyAsText || 'null') ?? undefined;
    }
    catch {
        return undefined;
    }
}
/** ARM's `{ error: { code, message } }` of a status answer, as a RemoteError (transient for 429 and 5xx). */
function answerError(label, answer) {
    const error = bodyOf(answer)?.error;
    return new errors/* RemoteError */.Hi(error?.message ?? `${label}: the operation's status URL answered ${answer.status}`, {
        service: 'arm',
        code: error?.code ?? `HTTP${answer.status}`,
        status: answer.status,
        retryAfterSeconds: (0,retry/* parseRetryAfter */.m)(answer.headers.get('retry-after'))
    });
}
/**
 * Starts an ARM long-running operation and polls it to the end on our clock (the SDK's own poller sleeps on
 * real timers), within `deadlineMs`: each poll honours the Retry-After ARM sent, a 429 or 5xx on the start or on a
 * poll is retried like any ARM call without losing the operation or sending the write twice, and the async
 * contract is held to: on an Azure-AsyncOperation URL only `Succeeded` is success (a 200 without a status is not),
 * and a finished Location poll is the resource (200, 201, 204) or the operation's error with its status.
 */
async function completeOperation(label, begin, options = {}) {
    const clock = options.clock ?? shared_clock/* systemClock */.m;
    const deadlineMs = options.deadlineMs ?? 600_000;
    const started = clock.now();
    const remaining = () => deadlineMs - (clock.now() - started);
    const watch = new OperationWatch();
    const calls = () => ({
        clock,
        onRetry: options.onRetry,
        deadlineMs: Math.max(0, Math.min(remaining(), 120_000))
    });
    const timeout = () => {
        const where = watch.url ? ` (${watch.url.replace(/\?.*$/, '')})` : '';
        return new OperationTimeout(`${label} did not finish within ${formatMs(deadlineMs)}: its operation${where} was still ${watch.lastState} after ${watch.polls} status poll${watch.polls === 1 ? '' : 's'}`, watch.url
            ? `It may still finish on its own: follow it with az rest --method get --url '${watch.url}', and give the step a longer timeout if Azure is slow`
            : 'Give the step a longer timeout if Azure is slow, and run it again', watch.url);
    };
    const wait = async (advertisedMs) => {
        if (remaining() <= 0)
            throw timeout();
        const interval = Math.min(advertisedMs ?? options.intervalMs ?? 2000, options.maxIntervalMs ?? 30_000);
        await clock.sleep(Math.max(0, Math.min(interval, remaining())));
    };
    // Follows the operation by its URL, holding it to the contract; the SDK's typed result is not available then.
    const follow = async () => {
        const url = watch.url;
        const getStatus = options.getStatus;
        for (;;) {
            const answer = await armCall(`${label} (status)`, async () => {
                const response = await getStatus(url);
                if (response.status >= 400)
                    throw answerError(label, response);
                return response;
            }, calls());
            watch.polls++;
            const body = bodyOf(answer);
            watch.record(answer.status, body);
            if (watch.kind === 'location') {
                if (answer.status !== 202)
                    return undefined;
            }
            else if (!watch.untrusted) {
                const status = String(body?.status);
                if (status === 'Succeeded')
                    return undefined;
                if (status === 'Failed' || status === 'Canceled') {
                    throw new errors/* RemoteError */.Hi(body?.error?.message ?? `${label}: the operation ended ${status}`, {
                        service: 'arm',
                        code: body?.error?.code ?? status,
                        transient: false
                    });
                }
            }
            if (remaining() <= 0)
                throw timeout();
            const advertised = (0,retry/* parseRetryAfter */.m)(answer.headers.get('retry-after'));
            await wait(advertised === undefined ? undefined : advertised * 1000);
        }
    };
    let poller;
    try {
        poller = await armCall(label, () => {
            if (watch.url)
                throw new AcceptedError();
            return begin({ onResponse: answer => watch.observe(answer) });
        }, calls());
    }
    catch (error) {
        if (!watch.url || !options.getStatus)
            throw error;
        // ARM accepted the write; only the SDK's first status poll failed (or was not to be trusted).
        return follow();
    }
    // Clients that do not hand their polls to onResponse (the newer generated ones) are seen through this count,
    // and one look at the status URL before giving up.
    let sdkPolls = 0;
    const lastLook = async () => {
        if (!watch.url || !options.getStatus)
            return;
        const answer = await options.getStatus(watch.url).catch(() => undefined);
        if (answer && answer.status < 400)
            watch.record(answer.status, bodyOf(answer));
    };
    try {
        while (!poller.isDone()) {
            if (remaining() <= 0) {
                if (watch.polls < sdkPolls) {
                    await lastLook();
                    watch.polls = sdkPolls;
                }
                throw timeout();
            }
            await wait(options.retryAfter?.lastMs());
            // No retry here: a poll that throws leaves the SDK's poller failed for good; the URL is followed instead.
            sdkPolls++;
            await poller.poll();
        }
    }
    catch (error) {
        if (error instanceof OperationTimeout || !watch.url || !options.getStatus)
            throw error;
        return follow();
    }
    if (watch.untrusted) {
        if (!options.getStatus) {
            throw new errors/* RemoteError */.Hi(`${label}: the operation's status answered 200 without a status`, {
                service: 'arm',
                code: 'InvalidOperationStatus',
                transient: false
            });
        }
        return follow();
    }
    return poller.getResult();
}
/** Refuses to start an operation again once ARM has accepted it (armCall reports it as not transient). */
class AcceptedError extends Error {
    constructor() {
        super('the operation was already accepted');
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./actions/shared/inputs.ts
var inputs = __nccwpck_require__(7073);
;// CONCATENATED MODULE: ./actions/shared/smoke-gate.ts




/** `smoke`, `error-budget` and `latency-budget` as both deploy actions take them, checked before any request. */
function parseGateInputs(values) {
    const { smoke } = values;
    if (smoke && !/^(\/|https?:\/\/)/.test(smoke) && !smoke.includes('\n') && !(0,external_node_fs_.existsSync)(smoke)) {
        throw new errors/* ConfigurationError */.j1(`input 'smoke': no file '${smoke}' in the workspace (${process.cwd()}); check it out first, or give paths / URLs one per line`);
    }
    const budget = values.errorBudget ?? '0';
    const errorBudget = Number(budget.replace(/\s*%$/, ''));
    if (!/^\d+(\.\d+)?\s*%?$/.test(budget) || errorBudget > 100) {
        throw new errors/* ConfigurationError */.j1(`input 'error-budget' must be a percentage from 0 to 100 (e.g. 1 or 0.5%), not ${(0,inputs/* quoted */.TL)(budget)}`);
    }
    return {
        smoke,
        errorBudget,
        ...(values.latencyBudget
            ? { latencyBudgetMs: (0,inputs/* parseDuration */.E9)('latency-budget', values.latencyBudget) }
            : {})
    };
}
/**
 * The suite `smoke` names, read and parsed now, before anything is written: a file that cannot be a suite (not
 * there, too big, binary, a YAML bomb, an unknown key) fails the step while production is untouched. Inline
 * paths / URLs one per line are a suite too. Undefined without `smoke`.
 */
async function loadSmokeSuite(smoke) {
    if (!smoke)
        return undefined;
    // The engine (and its YAML parser) loads only when there is a suite.
    const engine = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(992)]).then(__nccwpck_require__.bind(__nccwpck_require__, 992));
    // One line naming a file is a suite file (an absolute path too); anything else is paths / URLs, one per line.
    const inline = smoke.includes('\n') || /^https?:\/\//.test(smoke) || (smoke.startsWith('/') && !(0,external_node_fs_.existsSync)(smoke));
    return inline
        ? engine.parseSuite(smoke, text => (0,inputs/* parseList */.E1)(text), "input 'smoke'")
        : engine.loadSuiteInput('smoke', smoke);
}
function smokeGate(inputs, clock, loaded) {
    const { smoke } = inputs;
    if (!smoke)
        return undefined;
    const errorBudget = inputs.errorBudget ?? 0;
    return async (url, headers = {}) => {
        const engine = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(992)]).then(__nccwpck_require__.bind(__nccwpck_require__, 992));
        // Loaded before the first write by the caller (loadSmokeSuite); read here only by one that did not.
        const suite = loaded ?? (await loadSmokeSuite(smoke));
        const result = await engine.runSmoke(suite, { baseUrl: url, clock, headers });
        for (const c of result.checks) {
            core/* info */.pq(`  smoke ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.failures.length ? `: ${c.failures.join('; ')}` : ''}`);
        }
        const requests = result.checks.reduce((n, c) => n + c.attempts, 0);
        const errors = result.checks.reduce((n, c) => n + (c.attempts - c.samples) + (c.ok || c.overBudget ? 0 : 1), 0);
        const errorRate = requests ? (100 * errors) / requests : result.readiness.ok ? 0 : 100;
        const p95 = Math.max(0, ...result.checks.map(c => c.p95Ms));
        const failing = result.checks
            .filter(c => !c.ok && !c.overBudget)
            .map(c => `${c.name}: ${c.failures.join('; ')}`);
        const errorLine = `${errorRate.toFixed(1)} % of ${requests} requests failed (error budget ${errorBudget} %)`;
        const problems = [
            ...(result.readiness.ok ? [] : [`not ready: ${result.readiness.error ?? 'no answer'}`]),
            ...result.checks.filter(c => !c.ok && c.overBudget).map(c => `${c.name}: ${c.failures.join('; ')}`),
            ...(result.readiness.ok && errorRate > errorBudget
                ? [
                    `${result.passed}/${result.checks.length} checks passed, ${errorLine}${failing.length ? `: ${failing.join('; ')}` : ''}`
                ]
                : []),
            ...(inputs.latencyBudgetMs !== undefined && p95 > inputs.latencyBudgetMs
                ? [`p95 ${p95} ms is over the latency budget of ${inputs.latencyBudgetMs} ms`]
                : [])
        ];
        if (problems.length)
            return { ok: false, detail: problems.join('; ') };
        // What passed, and the measures a budget was set for (or that came close: a failed request within budget).
        return {
            ok: true,
            detail: [
                engine.headline(result),
                ...(errors > 0 ? [errorLine] : []),
                ...(inputs.latencyBudgetMs !== undefined
                    ? [`p95 ${p95} ms (latency budget ${inputs.latencyBudgetMs} ms)`]
                    : [])
            ].join('; ')
        };
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./actions/shared/args.ts
var args = __nccwpck_require__(4549);
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
    const remote = (0,errors/* remoteFailure */.vU)(error);
    const hint = remote ? remote.hint : error instanceof Error ? error.hint : undefined;
    const happened = `${action}: ${remote ? remote.message : (0,errors/* errorMessage */.gJ)(error)}`;
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
        if (core/* isDebug */._o() && error instanceof Error && error.stack)
            core/* debug */.Yz(error.stack);
        const message = failureMessage(action, error);
        // The annotation is cut; the log keeps the whole text for whoever needs it.
        if (message.length < `${action}: ${(0,errors/* errorMessage */.gJ)(error)}`.length)
            core/* info */.pq((0,errors/* errorMessage */.gJ)(error));
        core/* setFailed */.C1(message);
    }
    finally {
        await writeSummary().catch((error) => core/* warning */.$e(`the job summary could not be written: ${(0,errors/* errorMessage */.gJ)(error)}`));
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
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(bundle), '..', '..', action, 'action.yml'), 'utf8');
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
        const near = (0,args/* closest */.kp)(given, declared);
        core/* warning */.$e(`input '${given}' is not an input of ${action}${near ? ` (did you mean '${near}'?)` : ''}; it is ignored`);
    }
}

;// CONCATENATED MODULE: ./actions/deploy-swa/content.ts
// The folders a step deploys (the build's output, the API), listed and checked before anything is read into a
// package: inside the workspace (or an absolute path the user gave), a directory, not empty, under the size quota,
// and no symbolic link that leads out of the folder (which would publish whatever it points at).





/** The Standard plan's quota for one app; the Free plan's is half of it. */
const MAX_APP_BYTES = 500 * 1024 * 1024;
const MAX_FILES = 50_000;
function readFolder(input, given, env = process.env) {
    const root = (0,shared_files/* inputPath */.Mv)(input, given, env);
    let stat;
    try {
        stat = (0,external_node_fs_.statSync)(root);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`input '${input}': there is no folder ${(0,inputs/* quoted */.TL)(given)} (looked for ${root}); build the site first, or download the build's artifact into it`);
    }
    if (!stat.isDirectory())
        throw new errors/* ConfigurationError */.j1(`input '${input}': ${(0,inputs/* quoted */.TL)(given)} is not a folder`);
    const real = (0,external_node_fs_.realpathSync)(root);
    const files = [];
    let bytes = 0;
    const walk = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const full = (0,external_node_path_.join)(dir, entry.name);
            const path = (0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/');
            let target = (0,external_node_fs_.lstatSync)(full);
            if (target.isSymbolicLink()) {
                const resolved = (0,external_node_fs_.realpathSync)(full);
                if (resolved !== real && !resolved.startsWith(`${real}${external_node_path_.sep}`)) {
                    throw new errors/* ConfigurationError */.j1(`input '${input}': ${(0,inputs/* quoted */.TL)(path)} in ${(0,inputs/* quoted */.TL)(given)} is a symbolic link to ${(0,inputs/* quoted */.TL)(resolved)}, outside the folder; the step does not publish what a link points at outside the build`);
                }
                target = (0,external_node_fs_.statSync)(full);
            }
            if (target.isDirectory())
                walk(full);
            else if (target.isFile()) {
                bytes += target.size;
                files.push({ path, full, size: target.size });
                if (files.length > MAX_FILES)
                    throw new errors/* ConfigurationError */.j1(`input '${input}': ${(0,inputs/* quoted */.TL)(given)} holds more than ${MAX_FILES} files`);
            }
        }
    };
    walk(root);
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1(`input '${input}': the folder ${(0,inputs/* quoted */.TL)(given)} is empty; did the build write elsewhere?`);
    }
    if (bytes > MAX_APP_BYTES) {
        throw new errors/* ConfigurationError */.j1(`input '${input}': ${(0,inputs/* quoted */.TL)(given)} holds ${(0,shared_files/* formatBytes */.z3)(bytes)}, over the ${(0,shared_files/* formatBytes */.z3)(MAX_APP_BYTES)} a Static Web App may hold`);
    }
    return { input, given, root, files, bytes };
}
/** The folder's files as zip entries, staticwebapp.config.json (from wherever it was read) at the root. */
function entries(folder, extra = [], configPath) {
    const list = folder.files
        .filter(f => !(configPath && f.path === 'staticwebapp.config.json'))
        .map(f => ({ path: f.path, data: (0,external_node_fs_.readFileSync)(f.full) }));
    if (configPath)
        list.push({ path: 'staticwebapp.config.json', data: (0,external_node_fs_.readFileSync)(configPath) });
    return [...list, ...extra];
}

;// CONCATENATED MODULE: ./actions/deploy-swa/config.ts
// staticwebapp.config.json checked against what Microsoft documents for it ("Configure Azure Static Web Apps"):
// every property known, each of the documented type and values, with a JSON pointer to each mistake, before
// anything is uploaded. The service itself only says a deployment failed.



const topLevel = [
    '$schema',
    'routes',
    'navigationFallback',
    'responseOverrides',
    'globalHeaders',
    'mimeTypes',
    'networking',
    'auth',
    'forwardingGateway',
    'platform',
    'trailingSlash'
];
const routeProperties = ['route', 'methods', 'rewrite', 'redirect', 'statusCode', 'headers', 'allowedRoles'];
const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'];
const overridable = ['400', '401', '403', '404'];
const redirectCodes = [301, 302, 307, 308];
const role = /^[A-Za-z0-9_]+$/;
const MAX_ROLES = 50;
/** `/a/b~1c` for ['a', 'b/c']. */
const pointer = (path) => path.map(p => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const typeOf = (value) => value === null
    ? 'null'
    : Array.isArray(value)
        ? 'an array'
        : typeof value === 'object'
            ? 'an object'
            : `a ${typeof value}`;
/** Route and exclude patterns: wildcards only at the end of a path, optionally filtered by extension. */
function patternProblem(value) {
    const star = value.indexOf('*');
    if (star >= 0 && value.slice(star + 1).includes('/'))
        return 'a wildcard is only allowed at the end of a path';
    if (star >= 0 && !/^(\*|\*\.[\w-]+|\*\.\{[\w-]+(,[\w-]+)*\})$/.test(value.slice(star)))
        return 'after a wildcard only an extension filter may follow (*.html, *.{png,jpg})';
    return undefined;
}
function validateConfig(config) {
    const problems = [];
    const problem = (path, message) => problems.push({ pointer: pointer(path), message });
    const unknown = (value, known, path, what) => {
        for (const key of Object.keys(value)) {
            if (known.includes(key))
                continue;
            const near = (0,args/* closest */.kp)(key, known);
            problem([...path, key], `not a property of ${what}${near ? ` (did you mean '${near}'?)` : ''}`);
        }
    };
    const string = (value, path, required = false) => {
        if (value === undefined) {
            if (required)
                problem(path, 'is required');
            return false;
        }
        if (typeof value !== 'string') {
            problem(path, `must be a string, not ${typeOf(value)}`);
            return false;
        }
        return true;
    };
    const stringMap = (value, path) => {
        if (value === undefined)
            return;
        if (!isObject(value))
            return problem(path, `must be an object of names to strings, not ${typeOf(value)}`);
        for (const [key, v] of Object.entries(value))
            string(v, [...path, key]);
    };
    // A rewrite serves a file or path of the app itself: relative to its root, never another site.
    const sitePath = (value, path, required = false) => {
        if (string(value, path, required) && /^[a-z][a-z0-9+.-]*:/i.test(value))
            problem(path, `must be a path relative to the root of the app, not the URL ${(0,inputs/* quoted */.TL)(value)}`);
    };
    if (!isObject(config)) {
        problem([], `the document must be a JSON object, not ${typeOf(config)}`);
        return problems;
    }
    unknown(config, topLevel, [], 'staticwebapp.config.json');
    const roles = new Set();
    if (config['routes'] !== undefined) {
        const routes = config['routes'];
        if (!Array.isArray(routes))
            problem(['routes'], `must be an array of route rules, not ${typeOf(routes)}`);
        else
            routes.forEach((rule, i) => {
                const at = ['routes', i];
                if (!isObject(rule))
                    return problem(at, `a route rule must be an object, not ${typeOf(rule)}`);
                unknown(rule, routeProperties, at, 'a route rule');
                if (string(rule['route'], [...at, 'route'], true)) {
                    if (!rule['route'].startsWith('/') && !rule['route'].startsWith('*'))
                        problem([...at, 'route'], `must start with /, not ${(0,inputs/* quoted */.TL)(rule['route'])}`);
                    const wrong = patternProblem(rule['route']);
                    if (wrong)
                        problem([...at, 'route'], wrong);
                }
                if (rule['methods'] !== undefined) {
                    const list = rule['methods'];
                    if (!Array.isArray(list) || list.length === 0)
                        problem([...at, 'methods'], 'must be a non-empty array of HTTP methods');
                    else
                        list.forEach((m, j) => {
                            if (typeof m !== 'string' || !methods.includes(m.toUpperCase()))
                                problem([...at, 'methods', j], `must be one of ${methods.join(', ')}, not ${(0,inputs/* quoted */.TL)(String(JSON.stringify(m)))}`);
                        });
                }
                if (rule['rewrite'] !== undefined && rule['redirect'] !== undefined)
                    problem([...at, 'redirect'], "'rewrite' and 'redirect' cannot both be set on one route");
                if (rule['rewrite'] !== undefined)
                    sitePath(rule['rewrite'], [...at, 'rewrite']);
                if (rule['redirect'] !== undefined)
                    string(rule['redirect'], [...at, 'redirect']);
                const status = rule['statusCode'];
                if (status !== undefined) {
                    if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)
                        problem([...at, 'statusCode'], `must be an HTTP status code (100 to 599), not ${(0,inputs/* quoted */.TL)(JSON.stringify(status))}`);
                    else if (rule['redirect'] !== undefined && !redirectCodes.includes(status))
                        problem([...at, 'statusCode'], `a redirect answers ${redirectCodes.join(', ')}, not ${status}`);
                }
                stringMap(rule['headers'], [...at, 'headers']);
                if (rule['allowedRoles'] !== undefined) {
                    const list = rule['allowedRoles'];
                    if (!Array.isArray(list))
                        problem([...at, 'allowedRoles'], `must be an array of role names, not ${typeOf(list)}`);
                    else
                        list.forEach((r, j) => {
                            if (typeof r !== 'string' || !role.test(r))
                                problem([...at, 'allowedRoles', j], `a role name has only letters, digits and _, not ${(0,inputs/* quoted */.TL)(String(JSON.stringify(r)))}`);
                            else
                                roles.add(r);
                        });
                }
            });
    }
    if (roles.size > MAX_ROLES)
        problem(['routes'], `names ${roles.size} distinct roles; at most ${MAX_ROLES} are allowed`);
    const fallback = config['navigationFallback'];
    if (fallback !== undefined) {
        if (!isObject(fallback))
            problem(['navigationFallback'], `must be an object, not ${typeOf(fallback)}`);
        else {
            unknown(fallback, ['rewrite', 'exclude'], ['navigationFallback'], 'navigationFallback');
            sitePath(fallback['rewrite'], ['navigationFallback', 'rewrite'], true);
            const exclude = fallback['exclude'];
            if (exclude !== undefined) {
                if (!Array.isArray(exclude))
                    problem(['navigationFallback', 'exclude'], `must be an array of path patterns, not ${typeOf(exclude)}`);
                else
                    exclude.forEach((p, j) => {
                        if (string(p, ['navigationFallback', 'exclude', j])) {
                            const wrong = patternProblem(p);
                            if (wrong)
                                problem(['navigationFallback', 'exclude', j], wrong);
                        }
                    });
            }
        }
    }
    const overrides = config['responseOverrides'];
    if (overrides !== undefined) {
        if (!isObject(overrides))
            problem(['responseOverrides'], `must be an object keyed by status code, not ${typeOf(overrides)}`);
        else
            for (const [code, rule] of Object.entries(overrides)) {
                const at = ['responseOverrides', code];
                if (!overridable.includes(code)) {
                    problem(at, `only ${overridable.join(', ')} can be overridden`);
                    continue;
                }
                if (!isObject(rule)) {
                    problem(at, `must be an object, not ${typeOf(rule)}`);
                    continue;
                }
                unknown(rule, ['rewrite', 'redirect', 'statusCode'], at, `a response override`);
                if (rule['rewrite'] !== undefined && rule['redirect'] !== undefined)
                    problem([...at, 'redirect'], "'rewrite' and 'redirect' cannot both be set");
                if (rule['rewrite'] !== undefined)
                    sitePath(rule['rewrite'], [...at, 'rewrite']);
                if (rule['redirect'] !== undefined)
                    string(rule['redirect'], [...at, 'redirect']);
                const status = rule['statusCode'];
                if (status !== undefined &&
                    (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599))
                    problem([...at, 'statusCode'], `must be an HTTP status code (100 to 599), not ${(0,inputs/* quoted */.TL)(JSON.stringify(status))}`);
            }
    }
    stringMap(config['globalHeaders'], ['globalHeaders']);
    const mimeTypes = config['mimeTypes'];
    if (mimeTypes !== undefined) {
        if (!isObject(mimeTypes))
            problem(['mimeTypes'], `must be an object of extensions to MIME types, not ${typeOf(mimeTypes)}`);
        else
            for (const [ext, type] of Object.entries(mimeTypes)) {
                if (!/^\.[\w.-]+$/.test(ext))
                    problem(['mimeTypes', ext], 'a key is a file extension starting with a dot, such as .json');
                if (string(type, ['mimeTypes', ext]) && !/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/.test(type))
                    problem(['mimeTypes', ext], `must be a MIME type such as text/json, not ${(0,inputs/* quoted */.TL)(type)}`);
            }
    }
    const networking = config['networking'];
    if (networking !== undefined) {
        if (!isObject(networking))
            problem(['networking'], `must be an object, not ${typeOf(networking)}`);
        else {
            unknown(networking, ['allowedIpRanges'], ['networking'], 'networking');
            const ranges = networking['allowedIpRanges'];
            if (ranges !== undefined && !Array.isArray(ranges))
                problem(['networking', 'allowedIpRanges'], `must be an array of CIDR blocks or service tags, not ${typeOf(ranges)}`);
            else
                (ranges ?? []).forEach((r, j) => {
                    if (string(r, ['networking', 'allowedIpRanges', j]) &&
                        /^\d/.test(r) &&
                        !/^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/.test(r))
                        problem(['networking', 'allowedIpRanges', j], `must be an IPv4 block in CIDR notation (10.0.0.0/24), not ${(0,inputs/* quoted */.TL)(r)}`);
                });
        }
    }
    for (const section of ['auth', 'forwardingGateway', 'platform']) {
        const value = config[section];
        if (value !== undefined && !isObject(value))
            problem([section], `must be an object, not ${typeOf(value)}`);
    }
    const platform = config['platform'];
    if (isObject(platform)) {
        unknown(platform, ['apiRuntime'], ['platform'], 'platform');
        string(platform['apiRuntime'], ['platform', 'apiRuntime']);
    }
    const gateway = config['forwardingGateway'];
    if (isObject(gateway)) {
        unknown(gateway, ['allowedForwardedHosts', 'requiredHeaders'], ['forwardingGateway'], 'forwardingGateway');
        stringMap(gateway['requiredHeaders'], ['forwardingGateway', 'requiredHeaders']);
    }
    const slash = config['trailingSlash'];
    if (slash !== undefined && !['always', 'never', 'auto'].includes(String(slash)))
        problem(['trailingSlash'], `must be always, never or auto, not ${(0,inputs/* quoted */.TL)(JSON.stringify(slash))}`);
    return problems;
}
/** Line and column (1-based) of a character offset. */
function position(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return `line ${before.length}, column ${before.at(-1).length + 1}`;
}
/**
 * The text of a staticwebapp.config.json, parsed and checked; a mistake is refused with the input, the file, and
 * the JSON pointer (or the line, for text that is not JSON) of each problem.
 */
function parseConfig(input, file, text) {
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const at = /position (\d+)/.exec(message);
        const reason = message
            .replace(/\s*\(line \d+ column \d+\)$/, '')
            .replace(/ in JSON at position \d+.*$/, '');
        throw new errors/* ConfigurationError */.j1(`input '${input}': ${file}${at ? ` ${position(text, Number(at[1]))}` : ''} is not valid JSON: ${reason}; staticwebapp.config.json is plain JSON (no comments, no trailing commas)`);
    }
    const problems = validateConfig(config);
    if (problems.length > 0) {
        const shown = problems.slice(0, 5).map(p => `${p.pointer || '/'}: ${p.message}`);
        const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
        throw new errors/* ConfigurationError */.j1(`input '${input}': ${file} is not a valid staticwebapp.config.json: ${shown.join('; ')}${more}. Its properties are documented at https://learn.microsoft.com/azure/static-web-apps/configuration`);
    }
    return config;
}

;// CONCATENATED MODULE: ./actions/deploy-swa/inputs.ts







/** The build Static Web Apps calls production (its builds API names it `default`). */
const PRODUCTION = 'production';
const appName = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}[A-Za-z0-9]$|^[A-Za-z0-9]$/;
const resourceGroup = /^[-\w._()]{1,90}$/;
const storageAccount = /^[a-z0-9]{3,24}$/;
const container = /^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const environment = /^[a-z0-9](?:[a-z0-9-]{0,18}[a-z0-9])?$/;
/** The marker the step adds to the package and fetches from the site to prove it serves this deployment. */
const MARKER_PATH = '.musafirgo-build.json';
const MAX_CONFIG_BYTES = 20 * 1024;
const deployDefaults = { 'storage-container': 'swa-deployments', verify: 'marker' };
const deployOnly = [
    'output',
    'api',
    'config',
    'storage-account',
    'storage-container',
    'verify',
    'smoke',
    'error-budget',
    'latency-budget',
    'deployment-title'
];
/** The environment a step deploys to when none is given: the pull request's preview, else production. */
function defaultEnvironment(env) {
    const event = env['GITHUB_EVENT_NAME'] ?? '';
    if (event !== 'pull_request' && event !== 'pull_request_target')
        return PRODUCTION;
    const number = /^refs\/pull\/(\d+)\//.exec(env['GITHUB_REF'] ?? '')?.[1];
    if (!number) {
        throw new errors/* ConfigurationError */.j1(`input 'environment' is required: this ${event} run's GITHUB_REF (${(0,inputs/* quoted */.TL)(env['GITHUB_REF'] ?? '')}) names no pull request number`);
    }
    return number;
}
function target(env) {
    const subscription = (0,inputs/* subscriptionInput */.KU)(env);
    const group = (0,inputs/* getRequiredInput */.K1)('resource-group', 'the resource group of the Static Web App');
    if (!resourceGroup.test(group)) {
        throw new errors/* ConfigurationError */.j1(`input 'resource-group' must be a resource group name (letters, digits, ._-() at most 90), not ${(0,inputs/* quoted */.TL)(group)}`);
    }
    const app = (0,inputs/* getRequiredInput */.K1)('app', 'the name of the Static Web App resource');
    if (!appName.test(app)) {
        throw new errors/* ConfigurationError */.j1(`input 'app' must be a Static Web App name (letters, digits and '-', at most 40), not ${(0,inputs/* quoted */.TL)(app)}`);
    }
    const given = (0,inputs/* getOptionalInput */.lI)('environment')?.toLowerCase();
    const name = given ?? defaultEnvironment(env);
    if (name === 'default') {
        throw new errors/* ConfigurationError */.j1("input 'environment': 'default' is what the builds API calls production; say production");
    }
    if (name !== PRODUCTION && !environment.test(name)) {
        throw new errors/* ConfigurationError */.j1(`input 'environment' must be production or a preview environment name (lower case letters, digits and '-', at most 20, as it becomes part of a host name), not ${(0,inputs/* quoted */.TL)(name)}`);
    }
    return {
        subscriptionId: (0,inputs/* requireGuid */.DT)('subscription-id', subscription, 'subscription ID'),
        resourceGroup: group,
        app,
        environment: name
    };
}
function timeout() {
    const value = (0,inputs/* getOptionalInput */.lI)('timeout') ?? '10m';
    return (0,inputs/* boundedDuration */.O$)('timeout', value, 1000);
}
/**
 * Every input, checked, and every file read (the output and API folders, staticwebapp.config.json, the smoke
 * suite), before the first request: a mistake costs nothing and changes nothing.
 */
function getInputs(env = process.env) {
    const mode = (0,inputs/* requireOneOf */.h_)('mode', (0,inputs/* getOptionalInput */.lI)('mode') ?? 'deploy', ['deploy', 'delete']);
    const base = target(env);
    if (mode === 'delete') {
        // The runner passes an input's default from action.yml as if it were given: only another value is a mistake.
        const given = deployOnly.filter(name => {
            const value = (0,inputs/* getOptionalInput */.lI)(name);
            return value !== undefined && value !== deployDefaults[name];
        });
        if (given.length > 0) {
            throw new errors/* ConfigurationError */.j1(`input${given.length > 1 ? 's' : ''} ${given.map(n => `'${n}'`).join(', ')} only appl${given.length > 1 ? 'y' : 'ies'} to mode deploy; mode delete only removes a preview environment`);
        }
        if (base.environment === PRODUCTION) {
            throw new errors/* ConfigurationError */.j1("mode delete removes a preview environment; 'production' is the site itself (delete the Static Web App resource to remove it). Name the environment, or run on the pull_request event whose preview it is");
        }
        return { mode, ...base, timeoutMs: timeout() };
    }
    const output = readFolder('output', (0,inputs/* getRequiredInput */.K1)('output', "the built site's folder, e.g. dist/web/browser after ng build"), env);
    if (!output.files.some(f => f.path === 'index.html')) {
        throw new errors/* ConfigurationError */.j1(`input 'output': ${(0,inputs/* quoted */.TL)(output.given)} has no index.html at its root; name the folder the build wrote the site to (for ng build, dist/<project>/browser)`);
    }
    if (output.files.some(f => f.path === MARKER_PATH)) {
        throw new errors/* ConfigurationError */.j1(`input 'output': ${(0,inputs/* quoted */.TL)(output.given)} already holds ${MARKER_PATH}, the file this step writes to prove which build the site serves; remove it from the build`);
    }
    const apiInput = (0,inputs/* getOptionalInput */.lI)('api');
    const api = apiInput ? readFolder('api', apiInput, env) : undefined;
    const configInput = (0,inputs/* getOptionalInput */.lI)('config');
    const found = output.files.find(f => f.path === 'staticwebapp.config.json');
    let configPath;
    let config;
    if (configInput || found) {
        const file = (0,shared_files/* readInputFile */.jH)(configInput ? 'config' : 'output', configInput ?? found.full, {
            maxBytes: MAX_CONFIG_BYTES,
            what: 'a staticwebapp.config.json (at most 20 KB)',
            env
        });
        configPath = file.path;
        config = parseConfig(configInput ? 'config' : 'output', file.path, file.text);
        const fallback = config['navigationFallback']?.rewrite;
        if (fallback &&
            !/^\/?api\//.test(fallback) &&
            !output.files.some(f => f.path === fallback.replace(/^\//, ''))) {
            throw new errors/* ConfigurationError */.j1(`input '${configInput ? 'config' : 'output'}': ${file.path}: /navigationFallback/rewrite names ${(0,inputs/* quoted */.TL)(fallback)}, which is not in ${(0,inputs/* quoted */.TL)(output.given)}; every deep link would answer 404`);
        }
    }
    const account = (0,inputs/* getRequiredInput */.K1)('storage-account', 'the storage account the package is uploaded to, with Storage Blob Data Contributor for this identity');
    if (!storageAccount.test(account)) {
        throw new errors/* ConfigurationError */.j1(`input 'storage-account' must be a storage account name (3 to 24 lower case letters and digits), not ${(0,inputs/* quoted */.TL)(account)}`);
    }
    const containerName = (0,inputs/* getOptionalInput */.lI)('storage-container') ?? 'swa-deployments';
    if (!container.test(containerName)) {
        throw new errors/* ConfigurationError */.j1(`input 'storage-container' must be a container name (3 to 63 lower case letters, digits and single '-'), not ${(0,inputs/* quoted */.TL)(containerName)}`);
    }
    const smoke = (0,inputs/* getOptionalInput */.lI)('smoke');
    const errorBudget = (0,inputs/* getOptionalInput */.lI)('error-budget');
    const latencyBudget = (0,inputs/* getOptionalInput */.lI)('latency-budget');
    if (!smoke && (errorBudget !== undefined || latencyBudget !== undefined)) {
        throw new errors/* ConfigurationError */.j1(`input '${errorBudget !== undefined ? 'error-budget' : 'latency-budget'}' applies to the smoke suite: give 'smoke' too, or leave it out`);
    }
    if (smoke && !/^(\/|https?:\/\/)/m.test(smoke) && !smoke.includes('\n')) {
        // A smoke file is read now, not after the site changed.
        (0,shared_files/* readInputFile */.jH)('smoke', smoke, { maxBytes: 1024 * 1024, what: 'a smoke checks file (at most 1 MB)', env });
    }
    const gate = parseGateInputs({ smoke, errorBudget, latencyBudget });
    const commit = env['GITHUB_SHA'] ?? '';
    const title = (0,inputs/* getOptionalInput */.lI)('deployment-title') ??
        `${commit.slice(0, 7) || 'local'} ${env['GITHUB_WORKFLOW'] ?? ''} run ${env['GITHUB_RUN_NUMBER'] ?? ''}`
            .replace(/\s+/g, ' ')
            .trim();
    if (title.length > 200 || /[\r\n]/.test(title)) {
        throw new errors/* ConfigurationError */.j1(`input 'deployment-title' must be one line of at most 200 characters, not ${(0,inputs/* quoted */.TL)(title)}`);
    }
    return {
        mode,
        ...base,
        output,
        ...(api ? { api } : {}),
        ...(configPath ? { configPath, config } : {}),
        storageAccount: account,
        storageContainer: containerName,
        verify: (0,inputs/* requireOneOf */.h_)('verify', (0,inputs/* getOptionalInput */.lI)('verify') ?? 'marker', ['marker', 'index']),
        timeoutMs: timeout(),
        ...gate,
        deploymentId: (0,external_node_crypto_.randomUUID)(),
        deploymentTitle: title,
        commit
    };
}

;// CONCATENATED MODULE: ./actions/deploy-swa/site.ts




const scopeOf = (t) => `/subscriptions/${t.subscriptionId}/resourceGroups/${t.resourceGroup}/providers/Microsoft.Web/staticSites/${t.app}`;
/** ARM's refusals in words a person can act on: the role to grant, the name to check. */
function explain(error, deps, target, what) {
    if (!(error instanceof errors/* RemoteError */.Hi) || error.transient)
        return error;
    if (error.code === 'AuthorizationFailed') {
        return new errors/* ConfigurationError */.j1(`${deps.identity} may not ${what} Static Web App '${target.app}' (AuthorizationFailed); give it the Contributor role on the Static Web App (or a role with Microsoft.Web/staticSites/read, zipdeploy/action, builds/read, builds/delete and builds/zipdeploy/action), e.g. az role assignment create --assignee ${deps.identity} --role Contributor --scope ${scopeOf(target)}`);
    }
    if (error.code === 'ResourceNotFound' ||
        error.code === 'ResourceGroupNotFound' ||
        (error.status === 404 && what === 'read')) {
        return new errors/* ConfigurationError */.j1(`Static Web App '${target.app}' was not found in resource group '${target.resourceGroup}' of subscription ${target.subscriptionId} (${error.code}); check app, resource-group and subscription-id`);
    }
    return error;
}
async function readSite(deps, target) {
    try {
        const site = await armCall(`read Static Web App ${target.app}`, () => deps.ops.getStaticSite(deps.client, target.resourceGroup, target.app), { clock: deps.clock, onRetry: deps.onRetry });
        return {
            defaultHostname: site.defaultHostname ?? '',
            location: site.location ?? '',
            sku: site.sku?.name ?? '',
            stagingEnvironmentPolicy: site.stagingEnvironmentPolicy ?? 'Enabled'
        };
    }
    catch (error) {
        throw explain(error, deps, target, 'read');
    }
}
/** A preview environment's host name, or undefined when it does not exist (yet, or any more). */
async function readBuild(deps, target) {
    try {
        const build = await armCall(`read environment ${target.environment} of ${target.app}`, () => deps.ops.getStaticSiteBuild(deps.client, target.resourceGroup, target.app, target.environment), { clock: deps.clock, onRetry: deps.onRetry });
        return { hostname: build.hostname ?? '', status: build.status ?? '' };
    }
    catch (error) {
        if (error instanceof errors/* RemoteError */.Hi && error.status === 404)
            return undefined;
        throw explain(error, deps, target, 'read');
    }
}
/** The SDK's poller, as completeOperation drives it; a failed operation as ARM's code and message. */
function adapt(poller) {
    return poller.submitted().then(() => ({
        poll: async () => {
            try {
                await poller.poll();
            }
            catch (error) {
                const failed = /^The long-running operation has failed\.(?: ([^.]+)\. ([\s\S]*))?$/.exec(error.message);
                if (!failed)
                    throw error;
                throw new errors/* RemoteError */.Hi(failed[2] ?? 'the operation failed', {
                    service: 'arm',
                    code: failed[1] ?? 'Failed',
                    status: 200,
                    transient: false
                });
            }
        },
        isDone: () => poller.isDone,
        getResult: () => undefined
    }));
}
async function zipDeploy(deps, target, body, deadlineMs) {
    const envelope = { ...body, provider: 'musafirgo/actions' };
    const production = target.environment === PRODUCTION;
    try {
        await completeOperation(`zip deployment to ${production ? 'production' : `environment ${target.environment}`} of ${target.app}`, ({ onResponse }) => adapt(production
            ? deps.ops.createZipDeploymentForStaticSite(deps.client, target.resourceGroup, target.app, envelope, { onResponse })
            : deps.ops.createZipDeploymentForStaticSiteBuild(deps.client, target.resourceGroup, target.app, target.environment, envelope, { onResponse })), { clock: deps.clock, onRetry: deps.onRetry, retryAfter: deps.retryAfter, deadlineMs });
    }
    catch (error) {
        throw explain(error, deps, target, 'deploy to');
    }
}
/** Deletes a preview environment; false when it was already gone. */
async function deleteBuild(deps, target, deadlineMs) {
    if (!(await readBuild(deps, target)))
        return false;
    try {
        await completeOperation(`delete environment ${target.environment} of ${target.app}`, ({ onResponse }) => adapt(deps.ops.deleteStaticSiteBuild(deps.client, target.resourceGroup, target.app, target.environment, {
            onResponse
        })), { clock: deps.clock, onRetry: deps.onRetry, retryAfter: deps.retryAfter, deadlineMs });
    }
    catch (error) {
        if (error instanceof errors/* RemoteError */.Hi && error.status === 404)
            return false;
        throw explain(error, deps, target, 'delete an environment of');
    }
    return true;
}

;// CONCATENATED MODULE: ./actions/deploy-swa/upload.ts
// The package's way to Azure without any key: uploaded with the step's Entra token (Storage Blob Data Contributor on
// the account), read by the zip deployment through a read-only, https-only user delegation SAS that lives only as
// long as the deployment may take, and deleted afterwards.




/** The blob endpoint's suffix in each cloud. */
const suffixes = {
    AzureCloud: 'core.windows.net',
    AzureUSGovernment: 'core.usgovcloudapi.net',
    AzureChinaCloud: 'core.chinacloudapi.cn'
};
function blobEndpoint(account, cloud) {
    return `https://${account}.blob.${suffixes[cloud] ?? suffixes['AzureCloud']}`;
}
/** The storage SDK's RestError as a RemoteError with the service's code (x-ms-error-code). */
function toStorageError(error) {
    if (!(error instanceof Error) || error.name !== 'RestError')
        return error;
    const rest = error;
    if (rest.statusCode === undefined)
        return (0,errors/* isNetworkError */.TX)(error)
            ? error
            : new errors/* RemoteError */.Hi(rest.message, {
                service: 'storage',
                code: rest.code ?? 'RequestFailed',
                transient: true
            });
    return new errors/* RemoteError */.Hi(rest.message.split('\n')[0], {
        service: 'storage',
        code: rest.code ?? `HTTP${rest.statusCode}`,
        status: rest.statusCode,
        retryAfterSeconds: (0,retry/* parseRetryAfter */.m)(rest.response?.headers.get('retry-after'))
    });
}
async function uploadPackages(deps, target, packages) {
    const { sdk, clock } = deps;
    const endpoint = blobEndpoint(target.account, target.cloud);
    const service = new sdk.BlobServiceClient(endpoint, deps.credential, {
        retryOptions: { maxTries: 1 },
        userAgentOptions: { userAgentPrefix: version/* userAgent */.N }
    });
    const container = service.getContainerClient(target.container);
    const call = (label, work) => (0,retry/* retry */.L)(async () => {
        const left = target.deadline - clock.now();
        try {
            return await work(AbortSignal.timeout(Math.max(1000, left)));
        }
        catch (error) {
            if (error.name === 'AbortError') {
                throw new errors/* RemoteError */.Hi(`no answer within the step's timeout (${Math.round(left / 1000)} s left)`, {
                    service: 'storage',
                    code: 'Timeout',
                    transient: false
                });
            }
            throw upload_explain(toStorageError(error), deps, target);
        }
    }, {
        label,
        service: 'storage',
        clock,
        onRetry: deps.onRetry,
        deadlineMs: Math.max(1000, target.deadline - clock.now())
    });
    const names = Object.keys(packages).map(name => `${target.prefix}/${name}`);
    const remove = async () => {
        const left = [];
        for (const name of names) {
            // Cleaning up has a minute of its own, even when the deployment used up the step's time.
            await (0,retry/* retry */.L)(() => container.getBlobClient(name).deleteIfExists({ abortSignal: AbortSignal.timeout(30_000) }), { label: `delete blob ${name}`, service: 'storage', clock, deadlineMs: 60_000, onRetry: deps.onRetry }).catch(() => left.push(name));
        }
        return left.length
            ? `${left.join(', ')} could not be deleted from ${target.account}/${target.container}`
            : undefined;
    };
    await call(`create container ${target.container} in ${target.account}`, abortSignal => container.createIfNotExists({ abortSignal }));
    try {
        for (const [name, data] of Object.entries(packages)) {
            const blob = `${target.prefix}/${name}`;
            await call(`upload ${name} to ${target.account}`, abortSignal => container
                .getBlockBlobClient(blob)
                .uploadData(data, { abortSignal, blobHTTPHeaders: { blobContentType: 'application/zip' } }));
        }
        // Signed a little in the past for clock skew; no longer than the deployment may take.
        const startsOn = new Date(clock.now() - 5 * 60_000);
        const expiresOn = new Date(clock.now() + target.validForMs + 5 * 60_000);
        const key = await call(`get a user delegation key from ${target.account}`, abortSignal => service.getUserDelegationKey(startsOn, expiresOn, { abortSignal }));
        core/* setSecret */.Pq(key.value);
        const urls = {};
        for (const blob of names) {
            const sas = sdk
                .generateBlobSASQueryParameters({
                containerName: target.container,
                blobName: blob,
                permissions: sdk.BlobSASPermissions.parse('r'),
                startsOn,
                expiresOn,
                protocol: sdk.SASProtocol.Https
            }, key, target.account)
                .toString();
            const signature = new URLSearchParams(sas).get('sig');
            if (signature)
                core/* setSecret */.Pq(signature);
            core/* setSecret */.Pq(sas);
            urls[blob.slice(target.prefix.length + 1)] = `${container.getBlobClient(blob).url}?${sas}`;
        }
        return { urls, remove };
    }
    catch (error) {
        await remove();
        throw error;
    }
}
function upload_explain(error, deps, target) {
    if (!(error instanceof errors/* RemoteError */.Hi) || error.transient)
        return error;
    if (error.code === 'AuthorizationPermissionMismatch' || error.code === 'AuthorizationFailure') {
        return new errors/* ConfigurationError */.j1(`${deps.identity} may not write blobs of storage account '${target.account}' (${error.code}); give it the Storage Blob Data Contributor role on the account or its container '${target.container}' (it uploads the package and signs a user delegation SAS for it; no account key is used), e.g. az role assignment create --assignee ${deps.identity} --role "Storage Blob Data Contributor" --scope <the storage account's resource id>`);
    }
    if (error.code === 'InvalidAuthenticationInfo' || error.status === 401) {
        return new errors/* ConfigurationError */.j1(`storage account '${target.account}' refused the step's Entra token (${error.code}: ${error.message}); check that the account is in the tenant login used`);
    }
    return error;
}

;// CONCATENATED MODULE: ./actions/deploy-swa/verify.ts
// Proof that the site serves the build just deployed, fetched from its public URL as a visitor would: the build
// marker the step added (it carries the deployment id), or index.html's SHA-256 against the file deployed. The
// edge may take a moment to pick a deployment up, so the check is repeated until the step's deadline.




async function waitServed(url, expected, options) {
    const { clock } = options;
    const started = clock.now();
    const path = expected.kind === 'marker' ? `/${MARKER_PATH}` : '/';
    let seen = 'no answer';
    let last = '';
    for (let attempts = 1;; attempts++) {
        try {
            const response = await (0,http/* httpRequest */.aj)({
                method: 'GET',
                url: `${url}${path}`,
                headers: {
                    accept: expected.kind === 'marker' ? 'application/json' : 'text/html',
                    'cache-control': 'no-cache'
                },
                timeoutMs: Math.max(1000, Math.min(10_000, options.deadline - clock.now()))
            });
            if (response.status !== 200)
                seen = `HTTP ${response.status}`;
            else if (expected.kind === 'index') {
                const sha = (0,external_node_crypto_.createHash)('sha256').update(response.body).digest('hex');
                if (sha === expected.indexSha256)
                    return {
                        ok: true,
                        seen: `index.html sha256:${sha.slice(0, 12)}`,
                        attempts,
                        elapsedMs: clock.now() - started
                    };
                seen = `an index.html with another hash (sha256:${sha.slice(0, 12)})`;
            }
            else {
                let marker = {};
                try {
                    marker = JSON.parse(response.text);
                }
                catch {
                    // An HTML page where the marker should be: a fallback or a placeholder.
                }
                if (marker.deployment === expected.deploymentId)
                    return {
                        ok: true,
                        seen: `deployment ${expected.deploymentId}`,
                        attempts,
                        elapsedMs: clock.now() - started
                    };
                seen =
                    typeof marker.deployment === 'string'
                        ? `deployment ${marker.deployment.slice(0, 36)}${typeof marker.commit === 'string' && marker.commit ? ` (commit ${marker.commit.slice(0, 7)})` : ''}`
                        : `no build marker (${(response.header('content-type') ?? 'no content type').split(';')[0]})`;
            }
        }
        catch (error) {
            seen = (0,errors/* errorMessage */.gJ)(error).slice(0, 200);
        }
        if (seen !== last)
            options.log?.(`  ${url}${path}: ${seen}`);
        last = seen;
        const wait = options.intervalMs ?? 2000;
        if (clock.now() + wait > options.deadline)
            return { ok: false, seen, attempts, elapsedMs: clock.now() - started };
        await clock.sleep(wait);
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./actions/deploy-swa/zip.ts
// The package Static Web Apps' zip deployment takes: a plain zip archive (deflated entries, UTF-8 names), written
// with node:zlib. Zip64 is not needed: an app is at most 500 MB (the Standard plan's quota).


const deflate = (0,external_node_util_.promisify)(external_node_zlib_.deflateRaw);
/** DOS date and time of a fixed moment, so the same files always give the same archive. */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
async function writeZip(entries) {
    const compressed = await Promise.all(entries.map(async (entry) => {
        const deflated = await deflate(entry.data, { level: 6 });
        // Stored when deflating does not help (images, fonts, already-compressed files).
        return deflated.length < entry.data.length
            ? { method: 8, body: deflated }
            : { method: 0, body: entry.data };
    }));
    const parts = [];
    const central = [];
    let offset = 0;
    entries.forEach((entry, i) => {
        const name = Buffer.from(entry.path, 'utf8');
        const { method, body } = compressed[i];
        const crc = (0,external_node_zlib_.crc32)(entry.data);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4); // version needed: 2.0
        local.writeUInt16LE(0x800, 6); // UTF-8 names
        local.writeUInt16LE(method, 8);
        local.writeUInt16LE(DOS_TIME, 10);
        local.writeUInt16LE(DOS_DATE, 12);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(body.length, 18);
        local.writeUInt32LE(entry.data.length, 22);
        local.writeUInt16LE(name.length, 26);
        local.writeUInt16LE(0, 28);
        const header = Buffer.alloc(46);
        header.writeUInt32LE(0x02014b50, 0);
        header.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
        header.writeUInt16LE(20, 6);
        header.writeUInt16LE(0x800, 8);
        header.writeUInt16LE(method, 10);
        header.writeUInt16LE(DOS_TIME, 12);
        header.writeUInt16LE(DOS_DATE, 14);
        header.writeUInt32LE(crc, 16);
        header.writeUInt32LE(body.length, 20);
        header.writeUInt32LE(entry.data.length, 24);
        header.writeUInt16LE(name.length, 28);
        header.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
        header.writeUInt32LE(offset, 42);
        parts.push(local, name, body);
        central.push(header, name);
        offset += local.length + name.length + body.length;
    });
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...parts, directory, end]);
}

;// CONCATENATED MODULE: ./actions/deploy-swa/main.ts



















const STORAGE_SCOPE = 'https://storage.azure.com/.default';
/** The deploy-swa step: a built site (and its API) to a Static Web App's production or preview environment. */
async function run(options = {}) {
    const clock = options.clock ?? shared_clock/* systemClock */.m;
    const phases = new Phases(clock.now);
    await runStep('deploy-swa', async () => {
        const inputs = getInputs();
        const session = sessionFromEnv('deploy-swa', process.env, { clock });
        const deadline = clock.now() + inputs.timeoutMs;
        // The SDKs load while the credential asks GitHub and Entra for tokens, and while the package is zipped.
        const arm = Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(171), __nccwpck_require__.e(94), __nccwpck_require__.e(84), __nccwpck_require__.e(711)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1711)),
            Promise.all(/* import() */[__nccwpck_require__.e(171), __nccwpck_require__.e(94), __nccwpck_require__.e(84), __nccwpck_require__.e(381)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4381))
        ]);
        const storage = inputs.mode === 'deploy' ? Promise.all(/* import() */[__nccwpck_require__.e(171), __nccwpck_require__.e(94), __nccwpck_require__.e(276)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8276)) : undefined;
        const tokens = Promise.all([
            session.credential.getToken(armScope(session.cloud)),
            ...(inputs.mode === 'deploy' ? [session.credential.getToken(STORAGE_SCOPE)] : [])
        ]);
        for (const pending of [arm, storage, tokens])
            pending?.catch(() => undefined);
        const packages = inputs.mode === 'deploy' ? await phases.time('Package', () => buildPackages(inputs)) : undefined;
        const [api, ops] = await arm;
        const retryAfter = trackRetryAfter();
        const client = withoutFormData(api.createWebSiteManagement(session.credential, inputs.subscriptionId, armClientOptions(session.cloud)));
        client.pipeline.addPolicy(retryAfter.policy);
        await tokens;
        const deps = {
            client,
            ops,
            clock,
            identity: session.credential.clientId,
            retryAfter,
            onRetry: logRetry
        };
        if (inputs.mode === 'delete')
            return remove(inputs, deps, phases, deadline);
        const site = await phases.time('Read site', () => readSite(deps, inputs));
        const preview = inputs.environment !== PRODUCTION;
        if (preview && site.stagingEnvironmentPolicy === 'Disabled') {
            throw new errors/* ConfigurationError */.j1(`Static Web App '${inputs.app}' has preview environments disabled (stagingEnvironmentPolicy: Disabled); enable them, or deploy to production`);
        }
        if (site.sku === 'Free' && inputs.output.bytes > MAX_APP_BYTES / 2) {
            throw new errors/* ConfigurationError */.j1(`input 'output': ${(0,shared_files/* formatBytes */.z3)(inputs.output.bytes)} is over the 250 MB a Free plan Static Web App may hold; move '${inputs.app}' to the Standard plan`);
        }
        const existed = preview ? (await readBuild(deps, inputs)) !== undefined : true;
        core/* info */.pq(`Deploying ${inputs.output.files.length} files (${(0,shared_files/* formatBytes */.z3)(inputs.output.bytes)}) to ${preview ? `preview environment ${inputs.environment}` : 'production'} of Static Web App ${inputs.app} as deployment ${inputs.deploymentId}`);
        const upload = await phases.time('Upload', async () => uploadPackages({
            sdk: await storage,
            credential: session.credential,
            clock,
            identity: session.credential.clientId,
            onRetry: logRetry
        }, {
            account: inputs.storageAccount,
            container: inputs.storageContainer,
            cloud: session.cloud.name,
            prefix: `${inputs.app}/${inputs.deploymentId}`,
            validForMs: inputs.timeoutMs,
            deadline
        }, packages.zips));
        let cleanup;
        try {
            await phases.time('Zip deployment', () => zipDeploy(deps, inputs, {
                appZipUrl: upload.urls['app.zip'],
                ...(upload.urls['api.zip'] ? { apiZipUrl: upload.urls['api.zip'] } : {}),
                deploymentTitle: `${inputs.deploymentTitle} (deployment ${inputs.deploymentId})`
            }, Math.max(1000, deadline - clock.now())));
        }
        finally {
            cleanup = await phases.time('Delete package blobs', () => upload.remove());
            if (cleanup)
                core/* warning */.$e(`${cleanup}; delete them by hand, they hold the site's files`);
        }
        const hostname = preview ? (await readBuild(deps, inputs))?.hostname : site.defaultHostname;
        if (!hostname) {
            throw new StepFailure(`the zip deployment to environment ${inputs.environment} completed, but ARM has no such environment of '${inputs.app}' afterwards`, 'Run the job again; if it persists, look at the environments of the Static Web App in the portal');
        }
        const url = `https://${hostname}`;
        core/* setOutput */.uH('url', url);
        core/* setOutput */.uH('environment', inputs.environment);
        core/* setOutput */.uH('deployment-id', inputs.deploymentId);
        const served = await phases.time('Served', () => waitServed(url, { kind: inputs.verify, deploymentId: inputs.deploymentId, indexSha256: packages.indexSha256 }, { clock, deadline, log: core/* info */.pq }));
        const where = preview ? `preview environment ${inputs.environment}` : 'production';
        const report = { inputs, packages: packages, url, where, existed, served, cleanup };
        if (!served.ok) {
            summarize({ ...report, title: 'deployed, NOT serving the new build' }, phases);
            throw new StepFailure(`the zip deployment to ${where} of '${inputs.app}' completed, but ${url} does not serve it: ${formatMs(served.elapsedMs)} and ${plural(served.attempts, 'request')} later it answers ${served.seen} where ${inputs.verify === 'marker' ? `/${MARKER_PATH} should name deployment ${inputs.deploymentId}` : "index.html's hash should match the deployed file"}`, `Nothing was rolled back. Check that no route in staticwebapp.config.json hides ${inputs.verify === 'marker' ? `/${MARKER_PATH}` : '/'}, then run the job again (with a longer timeout if the edge is slow)`);
        }
        let smoke;
        const gate = smokeGate(inputs, clock);
        if (gate) {
            const result = await phases.time('Smoke', () => gate(url));
            smoke = result.detail;
            if (!result.ok) {
                summarize({ ...report, smoke: `FAILED: ${smoke}`, title: 'deployed, smoke suite FAILED' }, phases);
                throw new StepFailure(`the smoke suite failed against ${url}: ${smoke}; the new build is live in ${where} (Static Web Apps keeps no previous build to return to, nothing was rolled back)`, preview
                    ? 'Fix the site and push again: the preview follows the pull request'
                    : 'Fix and deploy again, or re-run the deploy job of the last good commit');
            }
        }
        summarize({
            ...report,
            smoke,
            title: preview
                ? `deployed to ${where} (${existed ? 'updated' : 'created'})`
                : 'deployed to production'
        }, phases);
    });
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The app's zip (its files, staticwebapp.config.json at the root, the build marker) and the API's, built in memory. */
async function buildPackages(inputs) {
    const marker = Buffer.from(`${JSON.stringify({
        deployment: inputs.deploymentId,
        commit: inputs.commit,
        run: process.env['GITHUB_RUN_ID']
            ? `${process.env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${process.env['GITHUB_REPOSITORY']}/actions/runs/${process.env['GITHUB_RUN_ID']}`
            : undefined
    })}\n`);
    const app = entries(inputs.output, inputs.verify === 'marker' ? [{ path: MARKER_PATH, data: marker }] : [], inputs.configPath);
    const index = app.find(e => e.path === 'index.html');
    const zips = { 'app.zip': await writeZip(app) };
    if (inputs.api)
        zips['api.zip'] = await writeZip(entries(inputs.api));
    return {
        zips,
        indexSha256: (0,external_node_crypto_.createHash)('sha256').update(index.data).digest('hex'),
        ...(inputs.api ? { apiFiles: inputs.api.files.length } : {})
    };
}
async function remove(inputs, deps, phases, deadline) {
    const deleted = await phases.time('Delete environment', () => deleteBuild(deps, inputs, Math.max(1000, deadline - deps.clock.now())));
    core/* setOutput */.uH('environment', inputs.environment);
    core/* setOutput */.uH('url', '');
    core/* setOutput */.uH('deployment-id', '');
    core/* info */.pq(deleted
        ? `Deleted preview environment ${inputs.environment} of ${inputs.app}`
        : `Preview environment ${inputs.environment} of ${inputs.app} was already gone`);
    appendSummary([
        `### Static Web App ${inputs.app}: preview environment ${inputs.environment} ${deleted ? 'deleted' : 'already gone'}`,
        '',
        phases.table(),
        ''
    ].join('\n'));
}
function summarize(report, phases) {
    const { inputs, packages, served } = report;
    const config = inputs.config;
    const configText = config
        ? [
            `${config.routes?.length ?? 0} routes`,
            ...(config.navigationFallback?.rewrite ? [`fallback ${config.navigationFallback.rewrite}`] : []),
            ...(config.responseOverrides
                ? [`overrides ${Object.keys(config.responseOverrides).join(', ')}`]
                : []),
            ...(config.globalHeaders ? [`${Object.keys(config.globalHeaders).length} global headers`] : [])
        ].join(', ')
        : 'none';
    const rows = [
        [
            'Environment',
            `${inputs.environment}${inputs.environment === PRODUCTION ? '' : ` (preview, ${report.existed ? 'updated' : 'created'})`}`
        ],
        ['URL', report.url],
        ['Deployment', `${inputs.deploymentId} (${inputs.deploymentTitle})`],
        [
            'Files',
            `${inputs.output.files.length} (${(0,shared_files/* formatBytes */.z3)(inputs.output.bytes)}; package ${(0,shared_files/* formatBytes */.z3)(packages.zips['app.zip'].length)})`
        ],
        ...(inputs.api
            ? [['API', `${packages.apiFiles} files (package ${(0,shared_files/* formatBytes */.z3)(packages.zips['api.zip'].length)})`]]
            : []),
        ['staticwebapp.config.json', configText],
        [
            'Served',
            served.ok
                ? `${served.seen}, after ${formatMs(served.elapsedMs)} (${plural(served.attempts, 'request')})`
                : `NO: ${served.seen}`
        ],
        ...(report.smoke ? [['Smoke', report.smoke]] : []),
        ['Package blobs', report.cleanup ?? `deleted from ${inputs.storageAccount}/${inputs.storageContainer}`]
    ];
    appendSummary([
        `### Static Web App ${inputs.app}: ${report.title}`,
        '',
        markdownTable(['What', 'Value'], rows),
        '',
        phases.table(),
        ''
    ].join('\n'));
}


/***/ }),

/***/ 4549:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony exports defineCommand, UsageError, parseCommandLine, readCommandLine, refuse, usageError, cut, editDistance, helpText, wrap */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
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


/***/ }),

/***/ 3676:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
};


/***/ }),

/***/ 9223:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ RemoteError),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   vU: () => (/* binding */ remoteFailure)
/* harmony export */ });
/* unused harmony exports serviceNames, isTransientStatus */
/**
 * Error kinds every action reports. A ConfigurationError is the user's to fix and is never retried;
 * a RemoteError is a refusal by Azure or GitHub that carries the service's own code; a transient fault
 * (network, 429, 5xx) is a RemoteError with `transient` set, and only those are retried.
 */
class ConfigurationError extends Error {
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
    if (error instanceof ConfigurationError)
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


/***/ }),

/***/ 9449:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ inputPath),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export workspace */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9223);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7073);




/** The repository checkout the step runs in (GITHUB_WORKSPACE), or the working directory outside a runner. */
function workspace(env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env['GITHUB_WORKSPACE'] || process.cwd());
}
/**
 * A path an input names, resolved: a relative path must stay inside the workspace (`../../etc/passwd` is
 * refused), an absolute one is taken as the user gave it.
 */
function inputPath(input, path, env = process.env) {
    if (path.length > 4096 || path.split(/[\\/]/).some(part => part.length > 255)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input '${input}' is not a usable path: ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(path)} is too long`);
    }
    if (path.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input '${input}' is not a usable path: it holds a NUL byte`);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path))
        return path;
    const root = workspace(env);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, full);
    if (inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input '${input}': ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(path)} leads outside the workspace (${root}); give a path inside the repository, or an absolute path`);
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
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input '${input}': there is no file ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(path)} (looked for ${full}); check the repository out first (actions/checkout) or fix the path`);
    }
    if (!stat.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input '${input}': ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(path)} is ${stat.isDirectory() ? 'a directory' : 'not a regular file'}; name ${options.what}`);
    }
    if (stat.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input '${input}': ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(path)} is empty; name ${options.what}`);
    if (stat.size > options.maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input '${input}': ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(path)} is ${formatBytes(stat.size)}, over the ${formatBytes(options.maxBytes)} limit for ${options.what}`);
    }
    const bytes = Buffer.alloc(stat.size);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(full, 'r');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, 0, stat.size, 0);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    const nul = bytes.indexOf(0);
    let text;
    try {
        if (nul >= 0)
            throw new Error('NUL');
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input '${input}': ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(path)} is not a text file (${nul >= 0 ? `a NUL byte at offset ${nul}` : 'not UTF-8'}); name ${options.what}`);
    }
    return { path: full, text: text.replace(/^\uFEFF/, '') };
}


/***/ }),

/***/ 5323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G5: () => (/* binding */ HttpTransport),
  aj: () => (/* binding */ httpRequest)
});

// UNUSED EXPORTS: transport, transportFetch

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
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

// EXTERNAL MODULE: ./actions/shared/version.ts
var version = __nccwpck_require__(5110);
;// CONCATENATED MODULE: ./actions/shared/http.ts





class HttpTransport {
    options;
    agents = new Map();
    constructor(options = {}) {
        this.options = options;
    }
    agentFor(url, ca, certificate) {
        const proxy = proxyFor(url, this.options.env ?? process.env);
        const hash = (value) => value ? (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex') : '';
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
                    'user-agent': version/* userAgent */.N,
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
        const { HttpsProxyAgent } = await Promise.all(/* import() */[__nccwpck_require__.e(171), __nccwpck_require__.e(669)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3669, 23));
        return new HttpsProxyAgent(proxy, options);
    }
    const { HttpProxyAgent } = await Promise.all(/* import() */[__nccwpck_require__.e(171), __nccwpck_require__.e(970)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1970, 23));
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


/***/ }),

/***/ 7073:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ requireGuid),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   K1: () => (/* binding */ getRequiredInput),
/* harmony export */   KU: () => (/* binding */ subscriptionInput),
/* harmony export */   O$: () => (/* binding */ boundedDuration),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   h_: () => (/* binding */ requireOneOf),
/* harmony export */   lI: () => (/* binding */ getOptionalInput)
/* harmony export */ });
/* unused harmony exports MAX_ECHO, getListInput, getBooleanInput, isGuid, parseCanarySteps, maxJobMs, boundedInteger */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4952);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9223);


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
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    return value === '' ? undefined : value;
}
function getRequiredInput(name, hint) {
    const value = getOptionalInput(name);
    if (value === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input '${name}' is required: ${hint}`);
    return value;
}
/** YAML 1.2 core booleans only, as the runner documents them; anything else is a mistake worth naming. */
function getBooleanInput(name, defaultValue) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return defaultValue;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new ConfigurationError(`input '${name}' must be true or false, not ${quoted(value)}`);
}
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isGuid(value) {
    return guidPattern.test(value);
}
function requireGuid(name, value, what) {
    if (!isGuid(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input '${name}' must be a GUID (the ${what}), not ${quoted(value)}`);
    }
    return value.toLowerCase();
}
function requireOneOf(name, value, allowed) {
    const match = allowed.find(option => option.toLowerCase() === value.toLowerCase());
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input '${name}' must be one of ${allowed.join(', ')}, not ${quoted(value)}`);
    return match;
}
/** `90s`, `2m`, `500ms`, or seconds as a plain number. */
function parseDuration(name, value) {
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input '${name}' must be a duration such as 30s, 5m or 500ms, not ${quoted(value)}`);
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
const maxJobMs = 6 * 3_600_000;
/** A duration input within bounds a timer can hold and a job can wait: no overflow, no 7-hour wait. */
function boundedDuration(name, value, minMs, maxMs = maxJobMs) {
    const ms = parseDuration(name, value);
    if (ms < minMs || ms > maxMs) {
        const show = (v) => v > 0 && v % 3_600_000 === 0 ? `${v / 3_600_000}h` : v % 1000 === 0 ? `${v / 1000}s` : `${v}ms`;
        const why = maxMs === maxJobMs ? ' (a GitHub job stops after 6 hours)' : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input '${name}' must be between ${show(minMs)} and ${show(maxMs)}${why}, not ${quoted(value)}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("input 'subscription-id' is required (or run musafirgo/actions/login with subscription-id earlier in the job)");
    }
    return subscription;
}


/***/ }),

/***/ 4280:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry),
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3676);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9223);


/**
 * Runs `attempt` until it succeeds, fails with a non-transient error, or runs out of attempts or time.
 * Backoff is exponential with full jitter; a `Retry-After` from the service wins over it.
 */
async function retry(attempt, options) {
    const clock = options.clock ?? _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m;
    const maxAttempts = options.maxAttempts ?? 6;
    const deadlineMs = options.deadlineMs ?? 120_000;
    const baseDelayMs = options.baseDelayMs ?? 500;
    const maxDelayMs = options.maxDelayMs ?? 20_000;
    const isRetryable = options.isRetryable ?? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg;
    const random = options.random ?? Math.random;
    const started = clock.now();
    // The error given up with carries the call, the attempts and the time spent (errors.ts remoteFailure).
    const giveUp = (error, attempts) => {
        if (error instanceof Error && !error.call) {
            Object.assign(error, {
                call: options.label,
                attempts,
                elapsedMs: clock.now() - started,
                ...(options.service && !(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi) ? { service: options.service } : {})
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
            const retryAfterMs = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi && error.retryAfterSeconds !== undefined
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


/***/ }),

/***/ 5110:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ userAgent)
/* harmony export */ });
/* unused harmony export version */
/** Sent as the user agent on every request, so Azure's logs and the sandbox show who called. */
const version = '0.1.0';
const userAgent = `musafirgo-actions/${version}`;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 4952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, error, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, markdownSummary, notice, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

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
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
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
var external_http_ = __nccwpck_require__(8611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
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


const { access, appendFile, writeFile } = external_fs_.promises;
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
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
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
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
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


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
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
const READONLY = external_fs_.constants.O_RDONLY;
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
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
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
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
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
/******/ var __webpack_exports__ = __nccwpck_require__(1820);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
