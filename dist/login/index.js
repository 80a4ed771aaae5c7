import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8680:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3180);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3180:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./actions/shared/runner.ts
/**
 * The GitHub runner's step protocol: inputs from INPUT_* variables, outputs and exported variables through
 * the GITHUB_OUTPUT / GITHUB_ENV file commands, log commands (`::add-mask::`, `::error::`, groups) on
 * stdout, and the job summary file.
 *
 * Why not @actions/core: it loads its OIDC client, and with it undici (0.9 MiB of a 1.4 MiB bundle),
 * on every start, for a feature we do not use; that cost is paid by every step of every job. The
 * protocol is small and documented, and this file is all of it that the actions use.
 */



/** An input as the runner passes it: INPUT_<NAME>, upper case, spaces as underscores, hyphens kept. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function command(name, message) {
    process.stdout.write(`::${name}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Appends `name<<delimiter` blocks to a file command; the random delimiter makes any value safe. */
function fileCommand(variable, name, value) {
    const file = process.env[variable];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('unexpected delimiter in value');
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
    return true;
}
function setOutput(name, value) {
    if (!fileCommand('GITHUB_OUTPUT', name, value)) {
        process.stdout.write(`${external_node_os_.EOL}::set-output name=${name}::${escapeData(value)}${external_node_os_.EOL}`);
    }
}
/** Sets a variable for this step and, through GITHUB_ENV, for every later step of the job. */
function exportVariable(name, value) {
    process.env[name] = value;
    fileCommand('GITHUB_ENV', name, value);
}
/** Asks the runner to replace this value with *** wherever it would appear in the log. */
function setSecret(value) {
    if (value)
        command('add-mask', value);
}
function info(message) {
    process.stdout.write(`${message}${external_node_os_.EOL}`);
}
function debug(message) {
    command('debug', message);
}
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
function annotation(name, message, properties) {
    const escapeProperty = (value) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
    const fields = Object.entries(properties ?? {})
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    process.stdout.write(`::${name}${fields.length ? ` ${fields.join(',')}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
function warning(message, properties) {
    annotation('warning', message, properties);
}
function error(message, properties) {
    annotation('error', message, properties);
}
function startGroup(title) {
    command('group', title);
}
function endGroup() {
    process.stdout.write(`::endgroup::${external_node_os_.EOL}`);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Appends Markdown to the job summary, when the runner gave the step a summary file. */
function appendSummary(markdown) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (file)
        (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown.endsWith(external_node_os_.EOL) ? markdown : `${markdown}${external_node_os_.EOL}`, 'utf8');
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

;// CONCATENATED MODULE: ./actions/shared/errors.ts
/**
 * Error kinds every action reports. A ConfigurationError is the user's to fix and is never retried;
 * a RemoteError is a refusal by Azure or GitHub that carries the service's own code; a transient fault
 * (network, 429, 5xx) is a RemoteError with `transient` set, and only those are retried.
 */
class errors_ConfigurationError extends Error {
    name = 'ConfigurationError';
}
class RemoteError extends Error {
    name = 'RemoteError';
    service;
    code;
    status;
    retryAfterSeconds;
    transient;
    constructor(message, details) {
        super(message);
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
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
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
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            if (n >= maxAttempts || !isRetryable(error))
                throw error;
            const retryAfterMs = error instanceof RemoteError && error.retryAfterSeconds !== undefined
                ? error.retryAfterSeconds * 1000
                : undefined;
            const backoffMs = Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1)) * (0.5 + random() / 2);
            const delayMs = Math.round(retryAfterMs ?? backoffMs);
            if (clock.now() + delayMs - started > deadlineMs)
                throw error;
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
    if (error.statusCode === undefined && isNetworkError(error))
        return error;
    const body = armErrorBody(error);
    return new RemoteError(body.message ?? error.message, {
        service: 'arm',
        code: body.code ?? error.code ?? `HTTP${error.statusCode ?? ''}`,
        status: error.statusCode,
        retryAfterSeconds: parseRetryAfter(error.response?.headers.get('retry-after')),
        transient: error.statusCode === undefined ? true : undefined
    });
}
/** One ARM call, retried on transient faults only. */
function armCall(label, call, options = {}) {
    return retry(async () => {
        try {
            return await call();
        }
        catch (error) {
            const armError = toArmError(error);
            if (armError instanceof RemoteError || isNetworkError(armError))
                throw armError;
            // Neither ARM's answer nor a socket error: a proxy or TLS refusal, say where it happened.
            throw new RemoteError(`${label} failed before ARM answered: ${errorMessage(armError)}`, {
                service: 'arm',
                code: 'RequestFailed'
            });
        }
    }, { label, ...options });
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
// EXTERNAL MODULE: ./actions/shared/proxy.ts
var proxy = __nccwpck_require__(9866);
;// CONCATENATED MODULE: ./actions/shared/http.ts



/**
 * One request to GitHub's token service or Entra. No retry here: callers retry through retry.ts.
 *
 * Direct requests use node:https, which loads in a few milliseconds; a request a proxy must carry
 * (HTTPS_PROXY, unless NO_PROXY exempts the host) goes through the Azure SDK's transport, the one every ARM
 * client uses, loaded only then. Global fetch is not used: it ignores HTTPS_PROXY, and loading it costs
 * about 20 ms of every step's start.
 */
async function httpRequest(request) {
    const url = new URL(request.url);
    return (0,proxy/* proxyFor */.i)(url) ? throughSdk(request) : direct(url, request);
}
function direct(url, request) {
    return new Promise((resolve, reject) => {
        const req = (0,external_node_https_.request)(url, {
            method: request.method,
            headers: {
                'user-agent': version/* userAgent */.N,
                ...request.headers,
                ...(request.body === undefined ? {} : { 'content-length': Buffer.byteLength(request.body) })
            },
            timeout: 30_000
        }, res => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                header: name => {
                    const value = res.headers[name.toLowerCase()];
                    return Array.isArray(value) ? value.join(', ') : value;
                },
                text: Buffer.concat(chunks).toString('utf8')
            }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer from ${url.host} within 30 s`), { code: 'ETIMEDOUT' })));
        req.on('error', reject);
        req.end(request.body);
    });
}
async function throughSdk(request) {
    const [{ createHttpHeaders, createPipelineRequest }, { transport }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 882).then(__nccwpck_require__.bind(__nccwpck_require__, 1882)),
        Promise.all(/* import() */[__nccwpck_require__.e(882), __nccwpck_require__.e(179)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2179))
    ]);
    const { pipeline, client } = transport();
    const response = await pipeline.sendRequest(client, createPipelineRequest({
        method: request.method,
        url: request.url,
        headers: createHttpHeaders(request.headers),
        body: request.body,
        timeout: 30_000
    }));
    return {
        status: response.status,
        header: name => response.headers.get(name),
        text: response.bodyAsText ?? ''
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
    setSecret(body.value);
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
            label: `token for ${scope}`,
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
        setSecret(body['access_token']);
        return {
            token: body['access_token'],
            tokenType: 'Bearer',
            expiresOnTimestamp: this.clock.now() + expiresIn * 1000
        };
    }
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./actions/login/az-cli.ts









const run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
/**
 * Logs the az CLI in for later `run:` steps that still need it, in a config directory of this job's own
 * (self-hosted runners otherwise share ~/.azure between jobs). The ID token goes to az through a 0600 file
 * (`@file`), never on its command line, and the file is deleted at once.
 */
async function loginAzCli(options) {
    const { inputs, cloud, request } = options;
    const base = process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)();
    const configDir = (0,external_node_path_namespaceObject.join)(base, `musafirgo-az-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    await (0,promises_namespaceObject.mkdir)(configDir, { recursive: true, mode: 0o700 });
    const env = { ...process.env, AZURE_CONFIG_DIR: configDir, AZURE_CORE_COLLECT_TELEMETRY: 'false' };
    const az = (args) => run('az', args, { env, maxBuffer: 16 * 1024 * 1024 });
    const tokenFile = (0,external_node_path_namespaceObject.join)(configDir, 'federated-token');
    try {
        await az(['cloud', 'set', '--name', cloud.name]);
        await (0,promises_namespaceObject.writeFile)(tokenFile, await fetchIdToken(request, inputs.audience ?? cloud.tokenExchangeAudience), {
            mode: 0o600
        });
        const login = [
            'login',
            '--service-principal',
            '--username',
            inputs.clientId,
            '--tenant',
            inputs.tenantId
        ];
        login.push('--federated-token', `@${tokenFile}`, '--output', 'none');
        if (!options.subscriptionId)
            login.push('--allow-no-subscriptions');
        await az(login);
        if (options.subscriptionId)
            await az(['account', 'set', '--subscription', options.subscriptionId]);
    }
    catch (error) {
        const stderr = String(error.stderr ?? '').trim();
        if (error.code === 'ENOENT') {
            throw new errors_ConfigurationError("'az-cli: true' needs the az CLI on the runner, and it is not on PATH");
        }
        throw new errors_ConfigurationError(`the az CLI could not log in: ${stderr.split('\n').pop() || String(error)}`);
    }
    finally {
        await (0,promises_namespaceObject.rm)(tokenFile, { force: true });
    }
    exportVariable('AZURE_CONFIG_DIR', configDir);
    info('az CLI sessions from a federated token last about an hour for ARM and five minutes for other resources (azure-cli#28708); the musafirgo actions do not need it.');
}

;// CONCATENATED MODULE: ./actions/login/diagnostics.ts
/** The codes Entra answers when no federated credential on the app matches the assertion. */
const noMatchingCredentialCodes = new Set([
    'AADSTS70021',
    'AADSTS700211',
    'AADSTS700212',
    'AADSTS700213'
]);
/** A credential name Entra accepts (3-120 chars of letters, digits, '-' and '_'), derived from the subject. */
function credentialName(subject) {
    const name = subject
        .replace(/^repo:/, '')
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .toLowerCase();
    return name.slice(0, 120).padEnd(3, '-');
}
/** The federated credential that would let exactly this job in. */
function federatedCredentialFor(claims) {
    const audience = Array.isArray(claims.aud) ? (claims.aud[0] ?? '') : claims.aud;
    return {
        name: credentialName(claims.sub),
        issuer: claims.iss,
        subject: claims.sub,
        audiences: [audience],
        description: `GitHub Actions: ${claims.sub}`
    };
}
/** Lines that explain why a job's subject may not be the one that was registered. */
function subjectHints(claims, cloud) {
    const hints = [];
    if (claims.sub !== claims.sub.toLowerCase()) {
        hints.push(`The subject has upper-case letters. Entra compares subjects case-sensitively, so a credential registered as '${claims.sub.toLowerCase()}' does not match '${claims.sub}': register it with exactly this case.`);
    }
    if (claims.environment) {
        hints.push(`This job runs in the environment '${claims.environment}', so GitHub's subject names the environment, not the branch or tag.`);
    }
    else if (claims.event_name === 'pull_request' || claims.event_name === 'pull_request_target') {
        hints.push("Pull-request jobs get the subject 'repo:<owner>/<repo>:pull_request', whatever the branch.");
    }
    if (/^repo:[^/:]+@\d+\//.test(claims.sub)) {
        hints.push('This repository uses immutable subjects (owner@id/repo@id): a credential registered with plain names no longer matches.');
    }
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.includes(cloud.tokenExchangeAudience)) {
        hints.push(`The token's audience is '${aud.join(', ')}', not ${cloud.name}'s default '${cloud.tokenExchangeAudience}': the credential must list it.`);
    }
    if (claims.job_workflow_ref && claims.workflow_ref && claims.job_workflow_ref !== claims.workflow_ref) {
        hints.push(`This job runs the reusable workflow ${claims.job_workflow_ref}; the default subject describes the caller, not that workflow.`);
    }
    return hints;
}
/** The `az` command a person with rights on the app registration runs to add the credential. */
function registerCommand(clientId, credential) {
    return `az ad app federated-credential create --id ${clientId} --parameters '${JSON.stringify(credential)}'`;
}

;// CONCATENATED MODULE: ./actions/shared/inputs.ts


/** An input, trimmed; empty means not given. */
function getOptionalInput(name) {
    const value = getInput(name).trim();
    return value === '' ? undefined : value;
}
function getRequiredInput(name, hint) {
    const value = getOptionalInput(name);
    if (value === undefined)
        throw new ConfigurationError(`input '${name}' is required: ${hint}`);
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
    throw new errors_ConfigurationError(`input '${name}' must be true or false, not '${value}'`);
}
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isGuid(value) {
    return guidPattern.test(value);
}
function requireGuid(name, value, what) {
    if (!isGuid(value)) {
        throw new errors_ConfigurationError(`input '${name}' must be a GUID (the ${what}), not '${value}'`);
    }
    return value.toLowerCase();
}
function requireOneOf(name, value, allowed) {
    const match = allowed.find(option => option.toLowerCase() === value.toLowerCase());
    if (!match)
        throw new errors_ConfigurationError(`input '${name}' must be one of ${allowed.join(', ')}, not '${value}'`);
    return match;
}
/** `90s`, `2m`, `500ms`, or seconds as a plain number. */
function parseDuration(name, value) {
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
    if (!match)
        throw new ConfigurationError(`input '${name}' must be a duration such as 30s, 5m or 500ms, not '${value}'`);
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
        throw new ConfigurationError(`input 'canary-steps' must be increasing percentages ending at 100, such as 10,50,100, not '${value}'`);
    }
    return steps;
}

;// CONCATENATED MODULE: ./actions/login/inputs.ts



const tenantDomain = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
/**
 * The inputs, validated before any network call. Each falls back to the variable later steps read
 * (AZURE_CLIENT_ID, ...), so a job can set them once as `env:`.
 */
function getInputs(env = process.env) {
    const clientId = getOptionalInput('client-id') ?? env['AZURE_CLIENT_ID'];
    const tenantId = getOptionalInput('tenant-id') ?? env['AZURE_TENANT_ID'];
    const subscriptionId = getOptionalInput('subscription-id') ?? env['AZURE_SUBSCRIPTION_ID'];
    const allowNoSubscriptions = getBooleanInput('allow-no-subscriptions', false);
    if (!clientId) {
        throw new errors_ConfigurationError("input 'client-id' is required: the Application (client) ID of the app registration or managed identity that trusts this repository");
    }
    if (!tenantId) {
        throw new errors_ConfigurationError("input 'tenant-id' is required: the Directory (tenant) ID the identity lives in");
    }
    if (!isGuid(tenantId) && !tenantDomain.test(tenantId)) {
        throw new errors_ConfigurationError(`input 'tenant-id' must be a tenant GUID or domain (contoso.onmicrosoft.com), not '${tenantId}'`);
    }
    if (!subscriptionId && !allowNoSubscriptions) {
        throw new errors_ConfigurationError("input 'subscription-id' is required unless 'allow-no-subscriptions' is true (tenant-level access only)");
    }
    const environment = requireOneOf('environment', getOptionalInput('environment') ?? 'AzureCloud', cloudNames);
    const audience = getOptionalInput('audience');
    if (audience !== undefined && /\s/.test(audience)) {
        throw new errors_ConfigurationError(`input 'audience' must be a single value without spaces, not '${audience}'`);
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

;// CONCATENATED MODULE: ./actions/login/main.ts











/** The login step: GitHub OIDC to Entra, verified against ARM, handed to later steps. */
async function main_run(options = {}) {
    const clock = options.clock ?? systemClock;
    const phases = new Phases(clock.now);
    try {
        const inputs = getInputs();
        const cloud = resolveCloud(inputs.environment);
        const request = oidcRequestFromEnv();
        // The ARM client loads while GitHub and Entra answer: it is only needed once a token is in hand.
        const sdk = Promise.all(/* import() */[__nccwpck_require__.e(882), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3605));
        sdk.catch(() => undefined);
        let claims;
        const credential = new GitHubOidcCredential({
            tenantId: inputs.tenantId,
            clientId: inputs.clientId,
            cloud,
            audience: inputs.audience,
            clock,
            getIdToken: audience => fetchIdToken(request, audience),
            onAssertion: assertionClaims => {
                if (!claims)
                    printClaims(assertionClaims);
                claims = assertionClaims;
            },
            onRetry: logRetry
        });
        const token = await phases.time('Entra token exchange (with GitHub ID token)', () => credential.getToken(armScope(cloud)).catch((error) => {
            throw explainEntraError(error, inputs, cloud);
        }));
        const tokenClaims = decodeJwtClaims(token.token);
        const identity = {
            tenantId: tokenClaims.tid ?? inputs.tenantId,
            objectId: tokenClaims.oid ?? ''
        };
        const arm = withoutFormData(new (await sdk).SubscriptionClient(credential, armClientOptions(cloud)));
        const subscription = await phases.time('ARM verification', () => verifySubscription(arm, inputs, identity, clock));
        exportForLaterSteps(inputs, cloud, identity, subscription);
        if (inputs.azCli) {
            await phases.time('az CLI login', () => loginAzCli({ inputs, cloud, subscriptionId: subscription?.subscriptionId, request }));
        }
        info(`Logged in as ${inputs.clientId} (object id ${identity.objectId}) to tenant ${identity.tenantId}` +
            (subscription
                ? `, subscription '${subscription.displayName}' (${subscription.subscriptionId})`
                : '') +
            ` in ${formatMs(phases.total())}`);
        summarize(inputs, cloud, identity, subscription, claims, phases);
    }
    catch (error) {
        if (isDebug() && error instanceof Error && error.stack)
            debug(error.stack);
        setFailed(`login: ${errorMessage(error)}`);
    }
}
function printClaims(claims) {
    info(`GitHub ID token: sub=${claims.sub}`);
    info(`  aud=${Array.isArray(claims.aud) ? claims.aud.join(',') : claims.aud}  iss=${claims.iss}`);
    if (claims.job_workflow_ref)
        info(`  job_workflow_ref=${claims.job_workflow_ref}`);
}
/** Turns Entra's refusal into one sentence, after printing what a person needs to fix it. */
function explainEntraError(error, inputs, cloud) {
    if (!(error instanceof EntraError))
        return error;
    const code = error.code;
    if (noMatchingCredentialCodes.has(code) && error.claims) {
        const credential = federatedCredentialFor(error.claims);
        startGroup('The federated credential this job needs');
        info(JSON.stringify(credential, null, 2));
        info(`Register it with:\n  ${registerCommand(inputs.clientId, credential)}`);
        endGroup();
        for (const hint of subjectHints(error.claims, cloud))
            warning(hint);
        return new errors_ConfigurationError(`no federated credential on app ${inputs.clientId} matches subject '${error.claims.sub}' (${code}); register the credential printed above`);
    }
    switch (code) {
        case 'AADSTS700016':
            return new errors_ConfigurationError(`Entra has no application ${inputs.clientId} in tenant ${inputs.tenantId} (${code}); check client-id and tenant-id against the app registration's overview page`);
        case 'AADSTS90002':
        case 'AADSTS900023':
            return new errors_ConfigurationError(`tenant '${inputs.tenantId}' does not exist in ${cloud.name} (${code}); check tenant-id and environment`);
        case 'AADSTS700024':
            return new errors_ConfigurationError(`Entra says the GitHub ID token is outside its valid time range (${code}); the runner's clock is probably wrong`);
    }
    const attempts = error.transient ? ' after retrying until the deadline' : '';
    return new RemoteError(`Entra refused the token exchange${attempts}: ${code}: ${error.message}`, {
        service: 'entra',
        code,
        status: error.status,
        transient: error.transient
    });
}
async function verifySubscription(arm, inputs, identity, clock) {
    const who = `${inputs.clientId} (object id ${identity.objectId})`;
    if (!inputs.subscriptionId) {
        const visible = [];
        await armCall('list subscriptions', async () => {
            visible.length = 0;
            for await (const subscription of arm.subscriptions.list())
                visible.push(subscription);
        }, { clock, onRetry: logRetry });
        info(`No subscription requested; ${who} can see ${visible.length} subscription(s)`);
        return undefined;
    }
    const subscriptionId = inputs.subscriptionId;
    try {
        const subscription = await armCall('read subscription', () => arm.subscriptions.get(subscriptionId), {
            clock,
            onRetry: logRetry
        });
        if (subscription.state === 'Disabled' || subscription.state === 'Deleted') {
            throw new errors_ConfigurationError(`subscription ${subscriptionId} is ${subscription.state}; nothing can be deployed to it`);
        }
        return subscription;
    }
    catch (error) {
        if (error instanceof RemoteError && error.code === 'AuthorizationFailed') {
            throw new errors_ConfigurationError(`${who} has no role on subscription ${subscriptionId} (AuthorizationFailed); assign it one, e.g. 'az role assignment create --assignee ${inputs.clientId} --role Reader --scope /subscriptions/${subscriptionId}', or set allow-no-subscriptions: true`);
        }
        if (error instanceof RemoteError && (error.code === 'SubscriptionNotFound' || error.status === 404)) {
            throw new errors_ConfigurationError(`subscription ${subscriptionId} was not found in tenant ${identity.tenantId} (${error.code}); check subscription-id`);
        }
        throw error;
    }
}
/** What later steps and tools (our actions, the Azure SDKs, Terraform) read to log in on their own. */
function exportForLaterSteps(inputs, cloud, identity, subscription) {
    const subscriptionId = subscription?.subscriptionId ?? '';
    const variables = {
        AZURE_CLIENT_ID: inputs.clientId,
        AZURE_TENANT_ID: identity.tenantId,
        AZURE_SUBSCRIPTION_ID: subscriptionId,
        AZURE_AUTHORITY_HOST: cloud.authorityHost,
        AZURE_RESOURCE_MANAGER_ENDPOINT: cloud.armEndpoint,
        AZURE_ENVIRONMENT: cloud.name,
        ARM_CLIENT_ID: inputs.clientId,
        ARM_TENANT_ID: identity.tenantId,
        ARM_SUBSCRIPTION_ID: subscriptionId,
        ARM_USE_OIDC: 'true'
    };
    if (inputs.audience) {
        variables['AZURE_FEDERATED_TOKEN_AUDIENCE'] = inputs.audience;
        variables['ARM_OIDC_REQUEST_AUDIENCE'] = inputs.audience;
    }
    for (const [name, value] of Object.entries(variables))
        exportVariable(name, value);
    setOutput('client-id', inputs.clientId);
    setOutput('tenant-id', identity.tenantId);
    setOutput('subscription-id', subscriptionId);
    setOutput('subscription-name', subscription?.displayName ?? '');
    setOutput('object-id', identity.objectId);
    setOutput('environment', cloud.name);
}
function summarize(inputs, cloud, identity, subscription, claims, phases) {
    const rows = [
        ['Identity', `${inputs.clientId} (object id ${identity.objectId})`],
        ['Tenant', identity.tenantId],
        [
            'Subscription',
            subscription ? `${subscription.displayName} (${subscription.subscriptionId})` : 'none (tenant-level)'
        ],
        ['Cloud', `${cloud.name}${cloud.custom ? ` at ${cloud.armEndpoint}` : ''}`],
        ['GitHub subject', claims ? `\`${claims.sub}\`` : ''],
        ['az CLI', inputs.azCli ? 'logged in (isolated AZURE_CONFIG_DIR)' : 'not used']
    ];
    if (claims?.job_workflow_ref)
        rows.push(['Workflow', `\`${claims.job_workflow_ref}\``]);
    appendSummary(['### Azure login', '', markdownTable(['What', 'Value'], rows), '', phases.table(), ''].join('\n'));
}


/***/ }),

/***/ 9866:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxyFor)
/* harmony export */ });
/* unused harmony export bypassesProxy */
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

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

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

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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
/******/ var __webpack_exports__ = __nccwpck_require__(8680);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
