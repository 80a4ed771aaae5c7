import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2006:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1060);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1060:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
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
function runner_error(message, properties) {
    annotation('error', message, properties);
}
function startGroup(title) {
    command('group', title);
}
function endGroup() {
    process.stdout.write(`::endgroup::${EOL}`);
}
function setFailed(message) {
    process.exitCode = 1;
    runner_error(message);
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

// EXTERNAL MODULE: ./actions/shared/clock.ts
var shared_clock = __nccwpck_require__(3676);
;// CONCATENATED MODULE: ./actions/shared/retry.ts


/**
 * Runs `attempt` until it succeeds, fails with a non-transient error, or runs out of attempts or time.
 * Backoff is exponential with full jitter; a `Retry-After` from the service wins over it.
 */
async function retry(attempt, options) {
    const clock = options.clock ?? shared_clock/* systemClock */.m;
    const maxAttempts = options.maxAttempts ?? 6;
    const deadlineMs = options.deadlineMs ?? 120_000;
    const baseDelayMs = options.baseDelayMs ?? 500;
    const maxDelayMs = options.maxDelayMs ?? 20_000;
    const isRetryable = options.isRetryable ?? errors/* isTransient */.dg;
    const random = options.random ?? Math.random;
    const started = clock.now();
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            if (n >= maxAttempts || !isRetryable(error))
                throw error;
            const retryAfterMs = error instanceof errors/* RemoteError */.Hi && error.retryAfterSeconds !== undefined
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
    if (error.statusCode === undefined && (0,errors/* isNetworkError */.TX)(error))
        return error;
    const body = armErrorBody(error);
    return new errors/* RemoteError */.Hi(body.message ?? error.message, {
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
            if (armError instanceof errors/* RemoteError */.Hi || (0,errors/* isNetworkError */.TX)(armError))
                throw armError;
            // Neither ARM's answer nor a socket error: a proxy or TLS refusal, say where it happened.
            throw new errors/* RemoteError */.Hi(`${label} failed before ARM answered: ${(0,errors/* errorMessage */.gJ)(armError)}`, {
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
        Promise.all(/* import() */[__nccwpck_require__.e(878), __nccwpck_require__.e(70)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4070)),
        Promise.all(/* import() */[__nccwpck_require__.e(878), __nccwpck_require__.e(70), __nccwpck_require__.e(179)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2179))
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
        throw new errors/* ConfigurationError */.j1('GitHub gave this job no OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set). ' +
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
        throw new errors/* RemoteError */.Hi(`GitHub did not issue an ID token: ${reason}`, {
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
        throw new errors/* RemoteError */.Hi('GitHub answered the ID token request without a token', {
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
    info(`${label}: attempt ${attempt} failed (${(0,errors/* errorMessage */.gJ)(error)}); trying again in ${(delayMs / 1000).toFixed(1)} s`);
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

;// CONCATENATED MODULE: ./actions/shared/inputs.ts


/** An input, trimmed; empty means not given. */
function getOptionalInput(name) {
    const value = getInput(name).trim();
    return value === '' ? undefined : value;
}
function getRequiredInput(name, hint) {
    const value = getOptionalInput(name);
    if (value === undefined)
        throw new errors/* ConfigurationError */.j1(`input '${name}' is required: ${hint}`);
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
    throw new errors/* ConfigurationError */.j1(`input '${name}' must be true or false, not '${value}'`);
}
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isGuid(value) {
    return guidPattern.test(value);
}
function requireGuid(name, value, what) {
    if (!isGuid(value)) {
        throw new errors/* ConfigurationError */.j1(`input '${name}' must be a GUID (the ${what}), not '${value}'`);
    }
    return value.toLowerCase();
}
function requireOneOf(name, value, allowed) {
    const match = allowed.find(option => option.toLowerCase() === value.toLowerCase());
    if (!match)
        throw new errors/* ConfigurationError */.j1(`input '${name}' must be one of ${allowed.join(', ')}, not '${value}'`);
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

;// CONCATENATED MODULE: ./actions/apim-import/inputs.ts


const versioningSchemes = ['Segment', 'Header', 'Query'];
// API Management ids: letters, digits, '-', '_' and '.', at most 80 characters (its own rule is looser).
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
const servicePattern = /^[a-zA-Z](?:[a-zA-Z0-9-]{0,48}[a-zA-Z0-9])?$/;
function requireId(name, value, what) {
    if (!idPattern.test(value)) {
        throw new errors/* ConfigurationError */.j1(`input '${name}' must be ${what}: letters, digits, '-', '_' or '.', at most 80 characters, not '${value}'`);
    }
    return value;
}
/** A list input: comma- or newline-separated, blanks dropped. */
function listInput(name) {
    return (getOptionalInput(name) ?? '')
        .split(/[,\n]/)
        .map(item => item.trim())
        .filter(Boolean);
}
function getInputs(env = process.env) {
    const subscriptionId = getOptionalInput('subscription-id') ?? env['AZURE_SUBSCRIPTION_ID'];
    if (!subscriptionId) {
        throw new errors/* ConfigurationError */.j1("input 'subscription-id' is required (or run musafirgo/actions/login with a subscription earlier in the job)");
    }
    const serviceName = getRequiredInput('service-name', 'the API Management service, e.g. musafirgo-apim');
    if (!servicePattern.test(serviceName)) {
        throw new errors/* ConfigurationError */.j1(`input 'service-name' must be an API Management service name (letters, digits and '-', starting with a letter), not '${serviceName}'`);
    }
    const resourceGroup = getRequiredInput('resource-group', 'the resource group of the API Management service');
    const spec = getRequiredInput('spec', 'the OpenAPI document: a file in the repository or an https URL');
    const path = getRequiredInput('path', "the API's URL suffix on the gateway, e.g. itinerary").replace(/^\/+|\/+$/g, '');
    if (!/^[A-Za-z0-9._~\-/]*$/.test(path)) {
        throw new errors/* ConfigurationError */.j1(`input 'path' must be a URL path (letters, digits, '-', '.', '_', '~' and '/'), not '${path}'`);
    }
    const serviceUrl = getOptionalInput('service-url');
    if (serviceUrl !== undefined) {
        let url;
        try {
            url = new URL(serviceUrl);
        }
        catch {
            url = undefined;
        }
        if (!url || !['http:', 'https:'].includes(url.protocol)) {
            throw new errors/* ConfigurationError */.j1(`input 'service-url' must be an http(s) URL of the backend (e.g. the 'url' output of deploy-aca), not '${serviceUrl}'`);
        }
    }
    const apiVersion = getOptionalInput('api-version');
    if (apiVersion !== undefined && !/^[A-Za-z0-9._-]{1,40}$/.test(apiVersion)) {
        throw new errors/* ConfigurationError */.j1(`input 'api-version' must be a version name such as v1, not '${apiVersion}'`);
    }
    const versionSetInput = getOptionalInput('version-set');
    if (versionSetInput && !apiVersion) {
        throw new errors/* ConfigurationError */.j1("input 'version-set' needs 'api-version' (the version this document is, e.g. v1)");
    }
    const scheme = requireOneOf('versioning-scheme', getOptionalInput('versioning-scheme') ?? 'Segment', versioningSchemes);
    const apiId = requireId('api-id', getOptionalInput('api-id') ?? [path.replace(/\//g, '-') || 'api', apiVersion].filter(Boolean).join('-'), 'an API id');
    const newRevision = getBooleanInput('new-revision', false);
    const revisionSmoke = getOptionalInput('revision-smoke');
    if (revisionSmoke && !newRevision) {
        throw new errors/* ConfigurationError */.j1("input 'revision-smoke' tests a new revision before release: set 'new-revision: true' too");
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
                id: requireId('version-set', versionSetInput ?? (path.replace(/\//g, '-') || apiId), 'a version set id'),
                scheme,
                headerName: scheme === 'Header' ? (getOptionalInput('version-header-name') ?? 'Api-Version') : undefined,
                queryName: scheme === 'Query' ? (getOptionalInput('version-query-name') ?? 'api-version') : undefined
            }
            : undefined,
        subscriptionRequired: getBooleanInput('subscription-required', true),
        products: listInput('products').map(product => requireId('products', product, 'a list of product ids')),
        policyFile: getOptionalInput('policy'),
        newRevision,
        release: getBooleanInput('release', true),
        releaseNotes: getOptionalInput('release-notes'),
        revisionSmoke,
        subscriptionKey: getOptionalInput('subscription-key')
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./actions/apim-import/spec.ts
// The API's document, checked before anything is sent: parsed (YAML or JSON), external $refs bundled in, and
// validated against the OpenAPI 3.0 / 3.1 or Swagger 2.0 schema, each problem with its JSON pointer.




/** A document that cannot be imported: every problem found, with where it is. */
class SpecError extends errors/* ConfigurationError */.j1 {
    location;
    problems;
    constructor(location, problems) {
        super(`the OpenAPI document '${location}' is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}): ` +
            problems
                .slice(0, 5)
                .map(p => `${p.pointer || '/'}: ${p.message}`)
                .join('; ') +
            (problems.length > 5 ? `; and ${problems.length - 5} more` : '') +
            '; fix the document and run again');
        this.location = location;
        this.problems = problems;
    }
}
const isObject = (value) => !!value && typeof value === 'object' && !Array.isArray(value);
const escapePointer = (token) => token.replace(/~/g, '~0').replace(/\//g, '~1');
/** JSON with keys sorted at every level: the same document always hashes the same. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (isObject(value)) {
        return `{${Object.keys(value)
            .sort()
            .filter(key => value[key] !== undefined)
            .map(key => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
function kindOf(doc) {
    if (doc['swagger'] === '2.0')
        return 'swagger-2.0';
    const version = String(doc['openapi'] ?? '');
    if (/^3\.0\.\d+$/.test(version))
        return 'openapi-3.0';
    if (/^3\.1\.\d+$/.test(version))
        return 'openapi-3.1';
    return undefined;
}
/** Where each `$ref` with this target is, to point at a reference that does not resolve. */
function refPointers(doc, matches) {
    const found = [];
    const walk = (value, pointer) => {
        if (Array.isArray(value))
            value.forEach((item, i) => walk(item, `${pointer}/${i}`));
        else if (isObject(value)) {
            if (typeof value['$ref'] === 'string' && matches(value['$ref']))
                found.push(`${pointer}/$ref`);
            for (const [key, item] of Object.entries(value))
                walk(item, `${pointer}/${escapePointer(key)}`);
        }
    };
    walk(doc, '');
    return found;
}
/** Keeps the most specific error per location, as ajv reports every failed branch of a oneOf. */
function reduceErrors(errors) {
    const useful = errors.filter(e => ![
        "must have required property '$ref'",
        'must match exactly one schema in oneOf',
        'must match a schema in anyOf'
    ].includes(e.message ?? '') && e.keyword !== 'if');
    const kept = new Map();
    for (const error of useful) {
        if (kept.has(error.instancePath))
            continue;
        // A deeper error explains a shallower one.
        if (useful.some(other => other.instancePath.startsWith(`${error.instancePath}/`)))
            continue;
        kept.set(error.instancePath, error);
    }
    return [...kept.values()];
}
function describeAjv(error) {
    const params = error.params;
    if (error.keyword === 'required') {
        return { pointer: error.instancePath, message: `'${String(params['missingProperty'])}' is required` };
    }
    if (error.keyword === 'additionalProperties') {
        return {
            pointer: `${error.instancePath}/${escapePointer(String(params['additionalProperty']))}`,
            message: `'${String(params['additionalProperty'])}' is not allowed here`
        };
    }
    if (error.keyword === 'enum' && Array.isArray(params['allowedValues'])) {
        return {
            pointer: error.instancePath,
            message: `must be one of ${params['allowedValues'].map(v => JSON.stringify(v)).join(', ')}`
        };
    }
    return { pointer: error.instancePath, message: error.message ?? error.keyword };
}
async function schemaProblems(doc, kind) {
    const { openapi } = await __nccwpck_require__.e(/* import() */ 381).then(__nccwpck_require__.bind(__nccwpck_require__, 381));
    const options = { allErrors: true, strict: false, validateFormats: false };
    let validate;
    if (kind === 'openapi-3.1') {
        const { default: Ajv2020 } = await Promise.all(/* import() */[__nccwpck_require__.e(546), __nccwpck_require__.e(210)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2210, 23));
        const Ajv = Ajv2020;
        const schema = structuredClone(openapi.v31legacy);
        // As the parser does: validate schemas as plain objects instead of through $dynamicRef.
        const dynamic = schema.$defs['schema'];
        delete dynamic['$dynamicAnchor'];
        schema.$defs['components']['properties']['schemas']['additionalProperties'] =
            dynamic;
        schema.$defs['header']['dependentSchemas']['schema']['properties']['schema'] = dynamic;
        schema.$defs['media-type']['properties']['schema'] = dynamic;
        schema.$defs['parameter']['properties']['schema'] = dynamic;
        validate = new Ajv(options).compile(schema);
    }
    else {
        const { default: AjvDraft4 } = await Promise.all(/* import() */[__nccwpck_require__.e(546), __nccwpck_require__.e(905)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 905, 23));
        const Ajv = AjvDraft4;
        validate = new Ajv(options).compile(kind === 'swagger-2.0' ? openapi.v2 : openapi.v3);
    }
    if (validate(doc))
        return [];
    return reduceErrors(validate.errors ?? []).map(describeAjv);
}
function listOperations(doc) {
    const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
    const paths = isObject(doc['paths']) ? doc['paths'] : {};
    return Object.entries(paths).flatMap(([path, item]) => isObject(item)
        ? methods
            .filter(method => isObject(item[method]))
            .map(method => {
            const operation = item[method];
            return {
                method: method.toUpperCase(),
                path,
                ...(typeof operation['operationId'] === 'string'
                    ? { operationId: operation['operationId'] }
                    : {}),
                ...(typeof operation['summary'] === 'string' ? { summary: operation['summary'] } : {})
            };
        })
        : []);
}
/** Reads, bundles and validates an OpenAPI 3.0 / 3.1 or Swagger 2.0 document from a file or an http(s) URL. */
async function loadSpec(location, cwd = process.cwd()) {
    const isUrl = /^https?:\/\//i.test(location);
    const source = isUrl ? location : (0,external_node_path_.resolve)(cwd, location);
    let text;
    try {
        if (isUrl) {
            const response = await fetch(source);
            if (!response.ok)
                throw new Error(`HTTP ${response.status}`);
            text = await response.text();
        }
        else {
            text = await (0,promises_.readFile)(source, 'utf8');
        }
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`the OpenAPI document '${location}' cannot be read (${error.message}); check the 'spec' input`);
    }
    const { parseDocument } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const parsed = parseDocument(text, { prettyErrors: false });
    if (parsed.errors.length > 0) {
        throw new SpecError(location, parsed.errors.map(e => ({
            pointer: '',
            message: `line ${e.linePos?.[0].line ?? '?'}, column ${e.linePos?.[0].col ?? '?'}: ${e.message.split('\n')[0]}`
        })));
    }
    const raw = parsed.toJS();
    if (!isObject(raw))
        throw new SpecError(location, [{ pointer: '', message: 'the document is not a mapping' }]);
    const kind = kindOf(raw);
    if (!kind) {
        const field = 'openapi' in raw ? '/openapi' : 'swagger' in raw ? '/swagger' : '';
        throw new SpecError(location, [
            {
                pointer: field,
                message: `not an OpenAPI 3.0, 3.1 or Swagger 2.0 document (openapi: ${JSON.stringify(raw['openapi'] ?? raw['swagger'] ?? null)})`
            }
        ]);
    }
    const parser = await Promise.all(/* import() */[__nccwpck_require__.e(546), __nccwpck_require__.e(381), __nccwpck_require__.e(210), __nccwpck_require__.e(709), __nccwpck_require__.e(555)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6709));
    let bundled;
    try {
        // The parser resolves relative references from the document's own location.
        bundled = (await parser.bundle(isUrl ? source : source, {
            resolve: { external: true }
        }));
    }
    catch (error) {
        const message = error.message.split('\n')[0];
        // The message names the missing pointer ("#/components/...") or the file that cannot be opened.
        const target = /"([^"]+)"/.exec(message)?.[1] ?? /'([^']+)'/.exec(message)?.[1];
        const fileOf = (ref) => ref.split('#')[0].replace(/^.*[\\/]/, '');
        const pointers = target
            ? refPointers(raw, ref => ref === target || (fileOf(ref) !== '' && fileOf(ref) === fileOf(target)))
            : [];
        throw new SpecError(location, (pointers.length > 0 ? pointers : ['']).map(pointer => ({
            pointer,
            message: `cannot resolve the reference: ${message}`
        })));
    }
    // The parser checks the schema and its own rules (duplicate operationIds, undeclared path parameters...);
    // only when it finds something does our own schema pass run, to name each problem by its JSON pointer.
    const result = await parser.validate(structuredClone(bundled), {
        validate: { errors: { colorize: false } }
    });
    const problems = [];
    if (!result.valid) {
        problems.push(...(await schemaProblems(bundled, kind)));
        if (problems.length === 0) {
            for (const error of result.errors) {
                const first = error.message.split('\n')[0];
                const pointer = /`(\/paths\/[^`]+)`/.exec(first)?.[1] ?? '';
                problems.push({ pointer, message: first });
            }
        }
    }
    if (problems.length > 0)
        throw new SpecError(location, problems);
    const info = isObject(bundled['info']) ? bundled['info'] : {};
    return {
        location,
        kind,
        document: bundled,
        json: JSON.stringify(bundled),
        format: kind === 'swagger-2.0' ? 'swagger-json' : 'openapi+json',
        title: typeof info['title'] === 'string' ? info['title'] : undefined,
        version: typeof info['version'] === 'string' ? info['version'] : undefined,
        operations: listOperations(bundled)
    };
}

;// CONCATENATED MODULE: ./actions/apim-import/publish.ts





/** Written into the revision's description: what a later run compares to skip an unchanged import. */
const hashMarker = 'musafirgo-actions sha256:';
const isNotFound = (error) => error instanceof errors/* RemoteError */.Hi && (error.status === 404 || error.code === 'ResourceNotFound');
function operationKey(o) {
    return `${(o.method ?? '').toUpperCase()} ${o.urlTemplate ?? ''}`;
}
/** Operations added, removed and changed between two definitions of an API (by method and URL template). */
function diffOperations(before, after) {
    const fingerprint = (o) => canonicalJson({
        displayName: o.displayName,
        description: o.description,
        templateParameters: o.templateParameters,
        request: o.request,
        responses: o.responses
    });
    const change = (o) => ({
        method: (o.method ?? '').toUpperCase(),
        urlTemplate: o.urlTemplate ?? '',
        displayName: o.displayName ?? o.name ?? ''
    });
    const old = new Map(before.map(o => [operationKey(o), o]));
    const now = new Map(after.map(o => [operationKey(o), o]));
    const diff = { added: [], removed: [], changed: [], unchanged: 0 };
    for (const [key, operation] of now) {
        const previous = old.get(key);
        if (!previous)
            diff.added.push(change(operation));
        else if (fingerprint(previous) !== fingerprint(operation))
            diff.changed.push(change(operation));
        else
            diff.unchanged++;
    }
    for (const [key, operation] of old)
        if (!now.has(key))
            diff.removed.push(change(operation));
    return diff;
}
/** What decides whether anything must be sent: the normalized document and every setting applied with it. */
function importHash(inputs, spec, policy) {
    return sha256(canonicalJson({
        document: spec.document,
        path: inputs.path,
        serviceUrl: inputs.serviceUrl,
        displayName: inputs.displayName,
        apiVersion: inputs.apiVersion,
        versionSet: inputs.versionSet,
        subscriptionRequired: inputs.subscriptionRequired,
        products: [...inputs.products].sort(),
        policy: policy?.replace(/\s+/g, ' ').trim()
    }));
}
async function publishApi(client, inputs, spec, options = {}) {
    const log = options.log ?? (() => undefined);
    const call = (label, fn) => armCall(label, fn, { clock: options.clock, onRetry: logRetry });
    const { resourceGroup: rg, serviceName: svc, apiId } = inputs;
    const policy = inputs.policyFile ? await readPolicy(inputs.policyFile) : undefined;
    const service = await call('read the API Management service', () => client.apiManagementService.get(rg, svc)).catch((error) => {
        if (isNotFound(error)) {
            throw new errors/* ConfigurationError */.j1(`API Management service '${svc}' was not found in resource group '${rg}' of subscription ${inputs.subscriptionId}; check service-name and resource-group`);
        }
        throw error;
    });
    const versionSegment = inputs.apiVersion && inputs.versionSet?.scheme === 'Segment' ? `/${inputs.apiVersion}` : '';
    const gatewayBase = (service.gatewayUrl ?? `https://${svc}.azure-api.net`).replace(/\/+$/, '');
    const gatewayUrl = `${gatewayBase}${inputs.path ? `/${inputs.path}` : ''}${versionSegment}`;
    const current = await call('read the API', () => client.api.get(rg, svc, apiId)).catch((error) => {
        if (isNotFound(error))
            return undefined;
        throw error;
    });
    const hash = importHash(inputs, spec, policy);
    const base = { apiId, gatewayUrl, hash, policyApplied: false, products: inputs.products };
    const listOperations = async (id) => {
        const operations = [];
        await call(`list the operations of ${id}`, async () => {
            operations.length = 0;
            for await (const operation of client.apiOperation.listByApi(rg, svc, id))
                operations.push(operation);
        });
        return operations;
    };
    const before = current ? await listOperations(apiId) : [];
    if (current?.apiRevisionDescription?.includes(`${hashMarker}${hash}`)) {
        log(`Unchanged since the last import (sha256 ${hash.slice(0, 12)}): nothing was sent to API Management`);
        return {
            ...base,
            revision: current.apiRevision ?? '1',
            changed: false,
            created: false,
            diff: { added: [], removed: [], changed: [], unchanged: before.length }
        };
    }
    let versionSetId;
    if (inputs.versionSet && inputs.apiVersion) {
        const set = inputs.versionSet;
        const result = await call('create or update the version set', () => client.apiVersionSet.createOrUpdate(rg, svc, set.id, {
            displayName: inputs.displayName ?? spec.title ?? inputs.path,
            versioningScheme: set.scheme,
            versionHeaderName: set.headerName,
            versionQueryName: set.queryName
        }));
        versionSetId = result.id ?? `/apiVersionSets/${set.id}`;
        log(`Version set '${set.id}' (${set.scheme}): this document is version ${inputs.apiVersion}`);
    }
    // Where the document goes: the API itself, or a new revision of it.
    let target = apiId;
    let newRevision;
    if (inputs.newRevision && current) {
        const revisions = [];
        await call('list revisions', async () => {
            revisions.length = 0;
            for await (const r of client.apiRevision.listByService(rg, svc, apiId))
                revisions.push(r.apiRevision ?? '0');
        });
        newRevision = String(Math.max(0, ...revisions.map(Number)) + 1);
        target = `${apiId};rev=${newRevision}`;
        await call(`create revision ${newRevision}`, () => client.api.beginCreateOrUpdateAndWait(rg, svc, target, { sourceApiId: `/apis/${apiId}`, apiRevisionDescription: 'created by musafirgo-actions apim-import' }, { updateIntervalInMs: pollInterval(options) }));
        log(`Created revision ${newRevision} of '${apiId}' from the current revision ${current.apiRevision ?? ''}`);
    }
    const parameters = {
        format: spec.format,
        value: spec.json,
        path: inputs.path,
        displayName: inputs.displayName ?? spec.title ?? apiId,
        serviceUrl: inputs.serviceUrl,
        protocols: ['https'],
        subscriptionRequired: inputs.subscriptionRequired,
        apiRevisionDescription: `${hashMarker}${hash}`,
        ...(inputs.apiVersion && versionSetId
            ? { apiVersion: inputs.apiVersion, apiVersionSetId: versionSetId }
            : {})
    };
    let refusal;
    const imported = await call('import the OpenAPI document', () => client.api
        .beginCreateOrUpdateAndWait(rg, svc, target, parameters, {
        ...(current ? { ifMatch: '*' } : {}),
        updateIntervalInMs: pollInterval(options)
    })
        .catch((error) => {
        refusal = error;
        throw error;
    })).catch((error) => {
        throw explainImportError(error, refusal, inputs.spec);
    });
    log(`Imported ${spec.operations.length} operations into '${target}' (${spec.kind}, ${spec.json.length} bytes)`);
    if (policy !== undefined) {
        await call('apply the API policy', () => client.apiPolicy.createOrUpdate(rg, svc, target, 'policy', { format: 'rawxml', value: policy }));
        log(`Applied the API policy from ${inputs.policyFile}`);
    }
    for (const product of inputs.products) {
        await call(`add the API to product '${product}'`, () => client.productApi.createOrUpdate(rg, svc, product, apiId)).catch((error) => {
            if (isNotFound(error)) {
                throw new errors/* ConfigurationError */.j1(`product '${product}' does not exist in API Management service '${svc}'; check the 'products' input`);
            }
            throw error;
        });
    }
    if (inputs.products.length > 0)
        log(`In products: ${inputs.products.join(', ')}`);
    const after = await listOperations(target);
    const diff = diffOperations(before, after);
    const result = {
        ...base,
        revision: imported.apiRevision ?? current?.apiRevision ?? '1',
        changed: true,
        created: !current,
        diff,
        policyApplied: policy !== undefined
    };
    if (!newRevision)
        return result;
    result.importedRevision = newRevision;
    result.revision = current?.apiRevision ?? '1';
    if (inputs.revisionSmoke && options.smoke) {
        const key = inputs.subscriptionRequired ? await subscriptionKey(client, inputs, options) : undefined;
        const revisionUrl = `${gatewayBase}/${inputs.path};rev=${newRevision}${versionSegment}`;
        log(`Smoke-testing revision ${newRevision} at ${revisionUrl} before it is released`);
        result.revisionSmoke = await options.smoke(inputs.revisionSmoke, revisionUrl, key);
        if (!result.revisionSmoke.ok) {
            const failed = result.revisionSmoke.checks
                .filter(c => !c.ok)
                .map(c => `${c.name}: ${c.failures[0] ?? ''}`);
            throw new errors/* ConfigurationError */.j1(`revision ${newRevision} of '${apiId}' failed its smoke checks (${failed.join('; ') || result.revisionSmoke.readiness.error}); it was not released and revision ${result.revision} still serves traffic`);
        }
    }
    if (inputs.release) {
        const releaseId = `rev-${newRevision}-${hash.slice(0, 8)}`;
        await call(`release revision ${newRevision}`, () => client.apiRelease.createOrUpdate(rg, svc, apiId, releaseId, {
            apiId: `/apis/${apiId};rev=${newRevision}`,
            notes: inputs.releaseNotes ?? `Imported from ${inputs.spec} by musafirgo-actions`
        }));
        result.released = { releaseId, revision: newRevision };
        result.revision = newRevision;
        log(`Released revision ${newRevision}: it is now current`);
    }
    return result;
}
function pollInterval(options) {
    // A test clock means no real waiting between polls.
    return options.clock ? 0 : undefined;
}
async function readPolicy(file) {
    try {
        const text = await (0,promises_.readFile)(file, 'utf8');
        if (!/<policies[\s>]/.test(text)) {
            throw new errors/* ConfigurationError */.j1(`the policy file '${file}' has no <policies> element; see the policy reference of API Management`);
        }
        return text;
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw new errors/* ConfigurationError */.j1(`the policy file '${file}' cannot be read; check the 'policy' input`);
    }
}
async function subscriptionKey(client, inputs, options) {
    if (inputs.subscriptionKey)
        return inputs.subscriptionKey;
    // The service's built-in all-access subscription: the key never leaves Azure's answer and the runner's mask.
    const secrets = await armCall('read the subscription key of the built-in subscription', () => client.subscription.listSecrets(inputs.resourceGroup, inputs.serviceName, 'master'));
    if (secrets.primaryKey)
        options.onSecret?.(secrets.primaryKey);
    return secrets.primaryKey;
}
/** The `details` of ARM's error body, which the SDK keeps on the RestError. */
function armDetails(raw) {
    const rest = raw;
    let body = rest?.details;
    if (!body?.error?.details) {
        try {
            body = JSON.parse(rest?.response?.bodyAsText ?? '');
        }
        catch {
            body = undefined;
        }
    }
    return (body?.error?.details ?? []).map(d => `${d.target ? `${d.target}: ` : ''}${d.message ?? ''}`);
}
/** ARM's ValidationError for the document, with its details, as one sentence. */
function explainImportError(error, raw, location) {
    if (!(error instanceof errors/* RemoteError */.Hi) || error.status !== 400)
        return error;
    const details = armDetails(raw);
    return new errors/* ConfigurationError */.j1(`API Management refused the document '${location}' (${error.code}: ${error.message}${details.length ? ` ${details.join('; ')}` : ''}); fix it and run again`);
}

;// CONCATENATED MODULE: ./actions/apim-import/main.ts









/** The apim-import step: validate the OpenAPI document, publish it to API Management, report what changed. */
async function run(options = {}) {
    const clock = options.clock ?? shared_clock/* systemClock */.m;
    const phases = new Phases(clock.now);
    try {
        const inputs = getInputs();
        if (inputs.subscriptionKey)
            setSecret(inputs.subscriptionKey);
        const sdk = Promise.all(/* import() */[__nccwpck_require__.e(878), __nccwpck_require__.e(70), __nccwpck_require__.e(851)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8851));
        sdk.catch(() => undefined);
        const spec = await phases
            .time('Validate and bundle the document', () => loadSpec(inputs.spec))
            .catch((error) => {
            if (error instanceof SpecError) {
                for (const problem of error.problems) {
                    runner_error(`${problem.pointer || '/'}: ${problem.message}`, {
                        file: inputs.spec,
                        title: 'OpenAPI'
                    });
                }
            }
            throw error;
        });
        info(`${spec.title ?? inputs.spec} (${spec.kind}, ${spec.operations.length} operations) is valid; external references bundled`);
        const session = sessionFromEnv('apim-import', process.env, { clock });
        const { ApiManagementClient } = await sdk;
        const client = new ApiManagementClient(session.credential, inputs.subscriptionId, armClientOptions(session.cloud));
        const result = await phases.time('Publish to API Management', () => publishApi(client, inputs, spec, {
            clock: options.clock,
            log: info,
            onSecret: setSecret,
            smoke: async (file, baseUrl, key) => {
                const smoke = await Promise.all(/* import() */[__nccwpck_require__.e(878), __nccwpck_require__.e(9)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8009));
                const suite = await smoke.loadSuite(file);
                return smoke.runSmoke(suite, {
                    baseUrl,
                    variables: { SUBSCRIPTION_KEY: key ?? '' },
                    clock: options.clock
                });
            }
        }));
        setOutput('api-id', result.apiId);
        setOutput('gateway-url', result.gatewayUrl);
        setOutput('revision', result.revision);
        setOutput('changed', String(result.changed));
        info(result.changed
            ? `Published '${result.apiId}' (revision ${result.revision}) at ${result.gatewayUrl} in ${formatMs(phases.total())}`
            : `'${result.apiId}' is up to date at ${result.gatewayUrl} (revision ${result.revision})`);
        summarize(inputs, spec, result, phases);
    }
    catch (error) {
        if (isDebug() && error instanceof Error && error.stack)
            debug(error.stack);
        setFailed(`apim-import: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
function summarize(inputs, spec, result, phases) {
    const rows = [
        ['API', `\`${result.apiId}\` — ${spec.title ?? ''}`],
        ['Service', `${inputs.serviceName} (resource group ${inputs.resourceGroup})`],
        ['Gateway URL', result.gatewayUrl],
        ['Backend', inputs.serviceUrl ?? 'from the document'],
        [
            'Version',
            inputs.apiVersion
                ? `${inputs.apiVersion} in version set \`${inputs.versionSet?.id}\` (${inputs.versionSet?.scheme})`
                : 'not versioned'
        ],
        ['Current revision', result.revision],
        ['Document', `${inputs.spec} (${spec.kind}, ${spec.operations.length} operations)`],
        [
            'Changed',
            result.changed
                ? `yes (sha256 ${result.hash.slice(0, 12)})`
                : `no: same document and settings as the last import (sha256 ${result.hash.slice(0, 12)}), nothing sent`
        ],
        ['Subscription key', inputs.subscriptionRequired ? 'required' : 'not required'],
        ['Products', result.products.join(', ') || '—'],
        ['Policy', result.policyApplied ? (inputs.policyFile ?? '') : '—']
    ];
    if (result.importedRevision) {
        rows.push([
            'New revision',
            `${result.importedRevision}${result.released ? ` released (${result.released.releaseId})` : ' imported, not released'}`
        ]);
    }
    const { added, removed, changed, unchanged } = result.diff;
    const changes = [
        ...added.map(o => ['added', o.method, `\`${o.urlTemplate}\``, o.displayName]),
        ...removed.map(o => ['removed', o.method, `\`${o.urlTemplate}\``, o.displayName]),
        ...changed.map(o => ['changed', o.method, `\`${o.urlTemplate}\``, o.displayName])
    ];
    const lines = [
        '### API Management import',
        '',
        markdownTable(['What', 'Value'], rows),
        '',
        `#### Operations versus the previous definition: ${added.length} added, ${removed.length} removed, ${changed.length} changed, ${unchanged} unchanged`,
        ''
    ];
    if (changes.length > 0)
        lines.push(markdownTable(['Change', 'Method', 'URL template', 'Name'], changes), '');
    if (result.revisionSmoke) {
        lines.push(`#### Smoke checks of revision ${result.importedRevision}: ${result.revisionSmoke.passed}/${result.revisionSmoke.checks.length} passed`, '', markdownTable(['Check', 'Status', 'p50', 'p95'], result.revisionSmoke.checks.map(c => [
            `${c.ok ? '✅' : '❌'} ${c.name}`,
            String(c.status),
            `${c.p50Ms} ms`,
            `${c.p95Ms} ms`
        ])), '');
    }
    lines.push(phases.table(), '');
    appendSummary(lines.join('\n'));
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
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony export isTransientStatus */
/**
 * Error kinds every action reports. A ConfigurationError is the user's to fix and is never retried;
 * a RemoteError is a refusal by Azure or GitHub that carries the service's own code; a transient fault
 * (network, 429, 5xx) is a RemoteError with `transient` set, and only those are retried.
 */
class ConfigurationError extends Error {
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
    if (error instanceof ConfigurationError)
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


/***/ }),

/***/ 9866:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ bypassesProxy),
/* harmony export */   i: () => (/* binding */ proxyFor)
/* harmony export */ });
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

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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
/******/ var __webpack_exports__ = __nccwpck_require__(2006);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
