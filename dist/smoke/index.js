#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9223:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony exports RemoteError, isTransientStatus, isNetworkError, isTransient */
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

/***/ 1293:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Pl: () => (/* reexport */ headline),
  E5: () => (/* reexport */ junitXml),
  bu: () => (/* reexport */ loadSuite),
  E9: () => (/* reexport */ parseDuration),
  El: () => (/* reexport */ parseSuite),
  Lw: () => (/* reexport */ runSmoke),
  Ov: () => (/* reexport */ summaryHeader),
  QW: () => (/* reexport */ summaryRows)
});

// UNUSED EXPORTS: percentile, substitute

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: ./actions/shared/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
};

;// CONCATENATED MODULE: ./actions/shared/smoke/assert.ts
/** RFC 6901: `/items/0/id`; `~1` is `/`, `~0` is `~`. Undefined when a token is missing. */
function resolvePointer(document, pointer) {
    if (pointer === '' || pointer === '/')
        return { found: true, value: document };
    if (!pointer.startsWith('/'))
        return { found: false };
    let current = document;
    for (const raw of pointer.slice(1).split('/')) {
        const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(current) && /^\d+$/.test(token) && Number(token) < current.length) {
            current = current[Number(token)];
        }
        else if (current &&
            typeof current === 'object' &&
            !Array.isArray(current) &&
            Object.prototype.hasOwnProperty.call(current, token)) {
            current = current[token];
        }
        else {
            return { found: false };
        }
    }
    return { found: true, value: current };
}
const show = (value) => JSON.stringify(value) ?? 'undefined';
/** The failures of one JSON assertion at a pointer; empty when it holds. */
function checkJson(body, pointer, assertion) {
    const { found, value } = resolvePointer(body, pointer);
    if (assertion === null || typeof assertion !== 'object') {
        if (!found)
            return [`${pointer}: missing, expected ${show(assertion)}`];
        return value === assertion ? [] : [`${pointer}: expected ${show(assertion)}, got ${show(value)}`];
    }
    const failures = [];
    if (assertion.exists === false)
        return found ? [`${pointer}: expected to be absent`] : [];
    if (!found)
        return [`${pointer}: missing`];
    if ('equals' in assertion && JSON.stringify(value) !== JSON.stringify(assertion.equals)) {
        failures.push(`${pointer}: expected ${show(assertion.equals)}, got ${show(value)}`);
    }
    const compare = (name, limit, ok) => {
        if (limit === undefined)
            return;
        if (typeof value !== 'number' || !ok(value)) {
            failures.push(`${pointer}: expected ${name} ${limit}, got ${show(value)}`);
        }
    };
    compare('>=', assertion.gte, n => n >= assertion.gte);
    compare('<=', assertion.lte, n => n <= assertion.lte);
    compare('>', assertion.gt, n => n > assertion.gt);
    compare('<', assertion.lt, n => n < assertion.lt);
    if (assertion.matches !== undefined && !new RegExp(assertion.matches).test(String(value))) {
        failures.push(`${pointer}: ${show(value)} does not match /${assertion.matches}/`);
    }
    if (assertion.length !== undefined) {
        const length = Array.isArray(value) || typeof value === 'string' ? value.length : undefined;
        if (length !== assertion.length) {
            failures.push(`${pointer}: expected length ${assertion.length}, got ${length ?? show(value)}`);
        }
    }
    return failures;
}
/** A header expectation: an exact value, or `/regex/flags`. */
function checkHeader(name, expected, actual) {
    const regex = /^\/(.*)\/([a-z]*)$/.exec(expected);
    if (actual === undefined)
        return [`header ${name}: missing, expected ${expected}`];
    const ok = regex ? new RegExp(regex[1], regex[2]).test(actual) : actual === expected;
    return ok ? [] : [`header ${name}: '${actual}' does not match ${expected}`];
}
/** Whether a concrete path (`/itineraries/it-1`) fits an OpenAPI path template (`/itineraries/{id}`). */
function fits(template, path) {
    const t = template.split('/').filter(Boolean);
    const p = path.split('/').filter(Boolean);
    return t.length === p.length && t.every((segment, i) => /^\{.+\}$/.test(segment) || segment === p[i]);
}
/**
 * The response schema the OpenAPI document declares for a request and status: the operation whose path
 * template fits the end of the request path (the base URL may add a prefix such as `/itinerary/v1`).
 */
function responseSchema(spec, method, path, status, contentType) {
    const paths = (spec['paths'] ?? {});
    const segments = path.split('?')[0].split('/').filter(Boolean);
    // The longest template that fits a suffix of the path wins, so `/itineraries/{id}` beats `/{anything}`.
    const candidates = Object.keys(paths)
        .filter(template => {
        const length = template.split('/').filter(Boolean).length;
        return (length <= segments.length && fits(template, `/${segments.slice(segments.length - length).join('/')}`));
    })
        .sort((a, b) => b.length - a.length);
    for (const template of candidates) {
        const operation = paths[template]?.[method.toLowerCase()];
        if (!operation)
            continue;
        const responses = operation.responses ?? {};
        const response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses['default'];
        const where = `${method} ${template} ${status}`;
        if (!response)
            return { where };
        if (response.schema !== undefined)
            return { schema: response.schema, where }; // Swagger 2.0
        const media = response.content ?? {};
        const type = (contentType ?? '').split(';')[0].trim();
        const entry = media[type] ?? media['application/json'] ?? Object.values(media)[0];
        return { schema: entry?.schema, where };
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./actions/shared/errors.ts
var errors = __nccwpck_require__(9223);
;// CONCATENATED MODULE: ./actions/shared/smoke/suite.ts



const durationPattern = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/;
/** `200ms`, `1.5s`, `2m` or a number of milliseconds. */
function parseDuration(value, where) {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
        return value;
    const match = typeof value === 'string' ? durationPattern.exec(value.trim()) : null;
    if (!match) {
        throw new errors/* ConfigurationError */.j1(`${where}: '${String(value)}' is not a duration (200ms, 1.5s, 2m)`);
    }
    const unit = match[2] ?? 'ms';
    return Number(match[1]) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000);
}
function parseBudget(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'object' && !Array.isArray(value)) {
        const budget = value;
        return {
            p50Ms: budget.p50 === undefined ? undefined : parseDuration(budget.p50, `${where}.p50`),
            p95Ms: budget.p95 === undefined ? undefined : parseDuration(budget.p95, `${where}.p95`)
        };
    }
    return { p95Ms: parseDuration(value, where) };
}
/** Replaces `${NAME}` (and `${env.NAME}`) in every string of a value; unknown names become ''. */
function substitute(value, variables) {
    const replace = (text) => text.replace(/\$\{\s*(env\.)?([A-Za-z_][A-Za-z0-9_]*)\s*\}/g, (_, env, name) => env ? (process.env[name] ?? '') : (variables[name] ?? ''));
    const walk = (item) => {
        if (typeof item === 'string')
            return replace(item);
        if (Array.isArray(item))
            return item.map(walk);
        if (item && typeof item === 'object') {
            return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, walk(v)]));
        }
        return item;
    };
    return walk(value);
}
const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
function asRecord(value, where) {
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j1(`${where} must be a mapping`);
    }
    return value;
}
function stringRecord(value, where) {
    return Object.fromEntries(Object.entries(asRecord(value, where)).map(([k, v]) => [k, v === null ? '' : String(v)]));
}
function parseCheck(raw, index, defaults) {
    const where = `checks[${index}]`;
    if (typeof raw === 'string')
        raw = { path: raw };
    const check = asRecord(raw, where);
    const path = check['path'] ?? check['url'];
    if (typeof path !== 'string' || path === '') {
        throw new errors/* ConfigurationError */.j1(`${where}: 'path' (or 'url') is required`);
    }
    const method = String(check['method'] ?? 'GET').toUpperCase();
    if (!methods.includes(method)) {
        throw new errors/* ConfigurationError */.j1(`${where}: method '${method}' is not one of ${methods.join(', ')}`);
    }
    const expect = asRecord(check['expect'], `${where}.expect`);
    if (expect.schema !== undefined && expect.schema !== 'openapi' && typeof expect.schema !== 'object') {
        throw new errors/* ConfigurationError */.j1(`${where}.expect.schema must be 'openapi' or a JSON schema`);
    }
    const count = (value, name, min) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < min) {
            throw new errors/* ConfigurationError */.j1(`${where}.${name} must be an integer >= ${min}, not '${String(value)}'`);
        }
        return n;
    };
    return {
        name: String(check['name'] ?? `${method} ${path}`),
        method,
        path,
        headers: {
            ...stringRecord(defaults.headers, 'defaults.headers'),
            ...stringRecord(check['headers'], `${where}.headers`)
        },
        body: check['body'],
        expect,
        budget: parseBudget(check['budget'] ?? defaults.budget, `${where}.budget`),
        samples: count(check['samples'] ?? defaults.samples ?? 1, 'samples', 1),
        retries: count(check['retries'] ?? defaults.retries ?? 2, 'retries', 0),
        timeoutMs: parseDuration(check['timeout'] ?? defaults.timeout ?? '10s', `${where}.timeout`)
    };
}
/**
 * A suite from YAML text: a mapping with `checks` (and optional `readiness`, `defaults`, `openapi`), or a plain
 * list of URLs / paths (each must answer 2xx). A text file of one URL per line is a list too.
 */
function parseSuite(text, parseYaml, source = 'inline') {
    let raw;
    try {
        raw = parseYaml(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${source} is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    if (typeof raw === 'string')
        raw = text.split(/\r?\n/).filter(line => line.trim() && !line.startsWith('#'));
    if (Array.isArray(raw))
        raw = { checks: raw };
    const suite = asRecord(raw, source);
    const checks = suite['checks'];
    if (!Array.isArray(checks) || checks.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${source} has no checks: give a 'checks' list or a list of URLs`);
    }
    const defaults = asRecord(suite['defaults'], 'defaults');
    const readiness = suite['readiness'] === undefined ? undefined : asRecord(suite['readiness'], 'readiness');
    return {
        source,
        checks: checks.map((check, i) => parseCheck(check, i, defaults)),
        readiness: readiness && {
            path: String(readiness['path'] ?? '/'),
            timeoutMs: parseDuration(readiness['timeout'] ?? '60s', 'readiness.timeout'),
            intervalMs: parseDuration(readiness['interval'] ?? '1s', 'readiness.interval')
        },
        ...(typeof suite['openapi'] === 'string' ? { openapiPath: suite['openapi'] } : {})
    };
}
/** Reads a suite file, and the OpenAPI document it names (relative to the file), dereferenced. */
async function loadSuite(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`smoke checks file '${file}' cannot be read`);
    }
    const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const suite = parseSuite(text, parse, file);
    if (suite.openapiPath) {
        const specPath = (0,external_node_path_.isAbsolute)(suite.openapiPath)
            ? suite.openapiPath
            : (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), suite.openapiPath);
        suite.openapi = await loadOpenApi(specPath);
        delete suite.openapiPath;
    }
    return suite;
}
async function loadOpenApi(path) {
    const { dereference } = await Promise.all(/* import() */[__nccwpck_require__.e(546), __nccwpck_require__.e(709), __nccwpck_require__.e(555)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6709));
    try {
        return (await dereference(path, { dereference: { circular: 'ignore' } }));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`the OpenAPI document '${path}' named by the smoke checks cannot be read: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./actions/shared/smoke/engine.ts





const transientStatus = new Set([429, 502, 503, 504]);
/** Nearest-rank percentile of a sample set. */
function percentile(values, p) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const round = (ms) => Math.round(ms * 10) / 10;
class HttpClient {
    agents;
    constructor(concurrency) {
        const options = { keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency };
        this.agents = { http: new (external_node_http_default()).Agent(options), https: new (external_node_https_default()).Agent(options) };
    }
    request(url, method, headers, body, timeoutMs) {
        const secure = url.protocol === 'https:';
        const send = secure ? (external_node_https_default()).request : (external_node_http_default()).request;
        return new Promise((resolve, reject) => {
            const started = performance.now();
            const req = send(url, {
                method,
                headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
                agent: secure ? this.agents.https : this.agents.http,
                timeout: timeoutMs
            }, res => {
                const chunks = [];
                res.on('data', (chunk) => chunks.push(chunk));
                res.on('end', () => resolve({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks).toString('utf8'),
                    ms: performance.now() - started
                }));
                res.on('error', reject);
            });
            req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
            req.on('error', reject);
            req.end(body);
        });
    }
    close() {
        this.agents.http.destroy();
        this.agents.https.destroy();
    }
}
function resolveUrl(baseUrl, path) {
    if (/^https?:\/\//i.test(path))
        return new URL(path);
    if (!baseUrl)
        throw new Error(`'${path}' is relative and no base URL was given`);
    return new URL(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
}
const describe = (error) => {
    const code = error.code;
    // Not `instanceof Error`: errors from another realm (a test VM) are errors too.
    const message = typeof error?.message === 'string' ? error.message : String(error);
    return code && !message.includes(code) ? `${code}: ${message}` : message;
};
async function schemaValidator() {
    const { default: Ajv } = await Promise.all(/* import() */[__nccwpck_require__.e(546), __nccwpck_require__.e(463)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 23));
    const { default: addFormats } = await Promise.all(/* import() */[__nccwpck_require__.e(546), __nccwpck_require__.e(196)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2815, 23));
    const AjvClass = Ajv;
    // Not strict: OpenAPI's own keywords (example, xml, discriminator) are annotations here.
    const ajv = new AjvClass({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    const cache = new Map();
    const compiled = (schema) => {
        let validate = cache.get(schema);
        if (!validate) {
            validate = ajv.compile(schema);
            cache.set(schema, validate);
        }
        return validate;
    };
    const check = (schema, data) => {
        const validate = compiled(schema);
        if (validate(data))
            return [];
        return (validate.errors ?? [])
            .slice(0, 5)
            .map(error => `schema: ${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
    };
    return Object.assign(check, { prepare: (schema) => void compiled(schema) });
}
/**
 * Compiles the schemas the checks will use before any request: compiling takes milliseconds of CPU, which
 * would otherwise land in the latency of requests in flight.
 */
function prepareSchemas(checks, spec, validate) {
    for (const check of checks) {
        const schema = check.expect.schema;
        if (schema && schema !== 'openapi')
            validate.prepare(schema);
        if (schema !== 'openapi' || !spec)
            continue;
        const statuses = [check.expect.status ?? 200].flat().map(Number);
        for (const status of statuses) {
            const found = responseSchema(spec, check.method, new URL(check.path, 'http://x').pathname, status, 'application/json');
            if (found?.schema !== undefined)
                validate.prepare(found.schema);
        }
    }
}
/** Checks one response against a check's expectations. */
function judge(check, response, spec, validate) {
    const failures = [];
    const expected = check.expect.status;
    const statusOk = expected === undefined
        ? response.status >= 200 && response.status < 300
        : (Array.isArray(expected) ? expected : [expected]).map(Number).includes(response.status);
    if (!statusOk) {
        const wanted = expected === undefined ? '2xx' : Array.isArray(expected) ? expected.join(' or ') : expected;
        const detail = response.body ? `: ${response.body.slice(0, 160).replace(/\s+/g, ' ')}` : '';
        return [`status ${response.status}, expected ${wanted}${detail}`];
    }
    for (const [name, value] of Object.entries(check.expect.headers ?? {})) {
        const actual = response.headers[name.toLowerCase()];
        failures.push(...checkHeader(name, value, Array.isArray(actual) ? actual.join(', ') : actual));
    }
    const needsBody = check.expect.json || check.expect.schema;
    if (!needsBody)
        return failures;
    let body;
    try {
        body = response.body === '' ? undefined : JSON.parse(response.body);
    }
    catch {
        return [...failures, 'the body is not JSON'];
    }
    for (const [pointer, assertion] of Object.entries(check.expect.json ?? {})) {
        failures.push(...checkJson(body, pointer, assertion));
    }
    if (check.expect.schema && validate) {
        let schema = check.expect.schema;
        if (schema === 'openapi') {
            const found = spec
                ? responseSchema(spec, check.method, new URL(check.path, 'http://x').pathname, response.status, String(response.headers['content-type'] ?? ''))
                : undefined;
            if (!spec)
                return [...failures, "schema: 'openapi' needs the suite's 'openapi' document"];
            if (!found)
                return [
                    ...failures,
                    `schema: the OpenAPI document has no operation for ${check.method} ${check.path}`
                ];
            if (found.schema === undefined)
                return failures;
            schema = found.schema;
        }
        failures.push(...validate(schema, body));
    }
    return failures;
}
/** Runs a check's samples one after another; a transient failure is retried, with backoff on the clock. */
async function runCheck(check, client, baseUrl, spec, validate, clock) {
    const latencies = [];
    const failures = [];
    let attempts = 0;
    let status = 0;
    const headers = Object.fromEntries(Object.entries(check.headers).filter(([, value]) => value !== ''));
    let body;
    if (check.body !== undefined) {
        body = typeof check.body === 'string' ? check.body : JSON.stringify(check.body);
        if (typeof check.body !== 'string' &&
            !Object.keys(headers).some(h => h.toLowerCase() === 'content-type')) {
            headers['content-type'] = 'application/json';
        }
    }
    let url;
    try {
        url = resolveUrl(baseUrl, check.path);
    }
    catch (error) {
        return result(check, false, 0, 0, [], [describe(error)]);
    }
    for (let sample = 0; sample < check.samples && failures.length === 0; sample++) {
        for (let attempt = 0;; attempt++) {
            attempts++;
            let response;
            let error;
            try {
                response = await client.request(url, check.method, headers, body, check.timeoutMs);
            }
            catch (e) {
                error = e;
            }
            const transient = response ? transientStatus.has(response.status) : true;
            const expectedTransient = response && [check.expect.status].flat().includes(response.status);
            if (transient && !expectedTransient && attempt < check.retries) {
                await clock.sleep(Math.min(2000, 100 * 2 ** attempt));
                continue;
            }
            if (!response) {
                failures.push(`no response: ${describe(error)}`);
                break;
            }
            status = response.status;
            latencies.push(response.ms);
            failures.push(...judge(check, response, spec, validate));
            break;
        }
    }
    return result(check, failures.length === 0, status, attempts, latencies, failures);
}
function result(check, ok, status, attempts, latencies, failures) {
    const p50Ms = round(percentile(latencies, 50));
    const p95Ms = round(percentile(latencies, 95));
    const over = [];
    if (ok && check.budget?.p50Ms !== undefined && p50Ms > check.budget.p50Ms) {
        over.push(`p50 ${p50Ms} ms is over the ${check.budget.p50Ms} ms budget`);
    }
    if (ok && check.budget?.p95Ms !== undefined && p95Ms > check.budget.p95Ms) {
        over.push(`p95 ${p95Ms} ms is over the ${check.budget.p95Ms} ms budget`);
    }
    return {
        name: check.name,
        method: check.method,
        path: check.path,
        ok: ok && over.length === 0,
        status,
        samples: latencies.length,
        attempts,
        p50Ms,
        p95Ms,
        ...(check.budget ? { budget: check.budget } : {}),
        overBudget: over.length > 0,
        failures: [...failures, ...over]
    };
}
function isCertificateError(error) {
    const code = String(error?.code ?? '');
    return /^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID)/.test(code);
}
/** Polls the readiness path until it answers without a 5xx or 429, or the deadline passes. */
async function waitForReadiness(suite, client, baseUrl, headers, options, clock) {
    const path = suite.readiness?.path ?? suite.checks[0].path;
    const deadline = options.readinessTimeoutMs ?? suite.readiness?.timeoutMs ?? 60_000;
    const interval = suite.readiness?.intervalMs ?? 1000;
    const started = clock.now();
    let attempts = 0;
    let last = '';
    let url;
    try {
        url = resolveUrl(baseUrl, path);
    }
    catch (error) {
        return { ok: false, attempts, waitedMs: 0, path, error: describe(error) };
    }
    for (;;) {
        attempts++;
        try {
            const response = await client.request(url, 'GET', headers, undefined, 10_000);
            if (!transientStatus.has(response.status) && response.status < 500) {
                return { ok: true, attempts, waitedMs: clock.now() - started, path };
            }
            last = `status ${response.status}`;
        }
        catch (error) {
            last = describe(error);
            // A certificate the client does not trust will not start being trusted: no point waiting.
            if (isCertificateError(error)) {
                return {
                    ok: false,
                    attempts,
                    waitedMs: clock.now() - started,
                    path,
                    error: `unreachable over TLS: ${last}`
                };
            }
        }
        if (clock.now() - started + interval > deadline) {
            return {
                ok: false,
                attempts,
                waitedMs: clock.now() - started,
                path,
                error: `not ready after ${Math.round((clock.now() - started) / 1000)} s (${attempts} attempt${attempts === 1 ? '' : 's'}): ${last}`
            };
        }
        await clock.sleep(interval);
    }
}
/**
 * Waits for the service to be ready, then runs the suite's checks concurrently. The result is plain JSON:
 * deploy actions use it as a gate, the smoke action reports it (summary, annotations, JUnit).
 */
async function runSmoke(suite, options = {}) {
    const clock = options.clock ?? systemClock;
    const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
    const variables = { ...options.variables, BASE_URL: baseUrl };
    const checks = suite.checks.map(check => substitute(check, variables));
    const concurrency = Math.max(1, options.concurrency ?? 8);
    const client = new HttpClient(concurrency);
    const startedAt = new Date(clock.now()).toISOString();
    const started = performance.now();
    try {
        const probeHeaders = Object.fromEntries(Object.entries(checks[0]?.headers ?? {}).filter(([, value]) => value !== ''));
        const readiness = options.skipReadiness
            ? { ok: true, attempts: 0, waitedMs: 0 }
            : await waitForReadiness(suite, client, baseUrl, probeHeaders, options, clock);
        const results = new Array(checks.length);
        if (readiness.ok) {
            const validate = checks.some(check => check.expect.schema) ? await schemaValidator() : undefined;
            if (validate)
                prepareSchemas(checks, suite.openapi, validate);
            let next = 0;
            const worker = async () => {
                while (next < checks.length) {
                    const index = next++;
                    const check = checks[index];
                    results[index] = await runCheck(check, client, baseUrl, suite.openapi, validate, clock);
                    options.onCheck?.(results[index]);
                }
            };
            await Promise.all(Array.from({ length: Math.min(concurrency, checks.length) }, worker));
        }
        const done = results.filter(Boolean);
        const passed = done.filter(check => check.ok).length;
        return {
            ok: readiness.ok && passed === checks.length,
            source: suite.source,
            baseUrl,
            startedAt,
            durationMs: Math.round(performance.now() - started),
            readiness,
            passed,
            failed: checks.length - passed,
            checks: done
        };
    }
    finally {
        client.close();
    }
}

;// CONCATENATED MODULE: ./actions/shared/smoke/report.ts
const xml = (text) => text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage return).
    .replace(/./gsu, c => (c.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(c) ? '' : c));
const budgetText = (check) => {
    const parts = [];
    if (check.budget?.p50Ms !== undefined)
        parts.push(`p50 ≤ ${check.budget.p50Ms} ms`);
    if (check.budget?.p95Ms !== undefined)
        parts.push(`p95 ≤ ${check.budget.p95Ms} ms`);
    return parts.join(', ');
};
/** JUnit XML, as test reporters in CI read it: one test case per check, its failures as the message. */
function junitXml(result) {
    const seconds = (ms) => (ms / 1000).toFixed(3);
    const cases = result.checks.map(check => {
        const open = `    <testcase classname="smoke" name="${xml(`${check.method} ${check.path} — ${check.name}`)}" time="${seconds(check.p50Ms * check.samples)}">`;
        const properties = `      <system-out>${xml(`status ${check.status}, ${check.samples} samples, ${check.attempts} requests, p50 ${check.p50Ms} ms, p95 ${check.p95Ms} ms${check.budget ? ` (budget ${budgetText(check)})` : ''}`)}</system-out>`;
        const failure = check.ok
            ? ''
            : `\n      <failure message="${xml(check.failures[0] ?? 'failed')}" type="${check.overBudget ? 'budget' : 'assertion'}">${xml(check.failures.join('\n'))}</failure>`;
        return `${open}${failure}\n${properties}\n    </testcase>`;
    });
    if (!result.readiness.ok) {
        cases.unshift(`    <testcase classname="smoke" name="readiness ${xml(result.readiness.path ?? '')}" time="${seconds(result.readiness.waitedMs)}">\n      <failure message="${xml(result.readiness.error ?? 'not ready')}" type="readiness"/>\n    </testcase>`);
    }
    const tests = cases.length;
    const failures = cases.filter(text => text.includes('<failure')).length;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="smoke" tests="${tests}" failures="${failures}" time="${seconds(result.durationMs)}">`,
        `  <testsuite name="${xml(result.source)}" tests="${tests}" failures="${failures}" errors="0" skipped="0" timestamp="${result.startedAt}" time="${seconds(result.durationMs)}">`,
        `    <properties><property name="baseUrl" value="${xml(result.baseUrl)}"/></properties>`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        ''
    ].join('\n');
}
/** Rows of the summary table: check, status, p50, p95, budget, result. */
function summaryRows(result) {
    return result.checks.map(check => [
        `${check.ok ? '✅' : '❌'} ${check.name}`,
        `\`${check.method} ${check.path}\``,
        String(check.status || '—'),
        `${check.p50Ms} ms`,
        `${check.p95Ms} ms`,
        budgetText(check) || '—',
        check.attempts > check.samples
            ? `${check.attempts} (${check.attempts - check.samples} retried)`
            : String(check.attempts),
        check.ok ? '' : check.failures.join('; ')
    ]);
}
const summaryHeader = ['Check', 'Request', 'Status', 'p50', 'p95', 'Budget', 'Requests', 'Failure'];
/** One line a person reads first. */
function headline(result) {
    if (!result.readiness.ok)
        return `not ready: ${result.readiness.error ?? ''}`;
    return `${result.passed}/${result.checks.length} checks passed in ${result.durationMs} ms against ${result.baseUrl || 'absolute URLs'}`;
}

;// CONCATENATED MODULE: ./actions/shared/smoke/index.ts
// The smoke engine other actions use as a gate (deploy-aca, deploy-aks, apim-import's revision test):
// load a suite, run it, read the JSON result.





/***/ }),

/***/ 6655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ cli)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./actions/shared/errors.ts
var errors = __nccwpck_require__(9223);
// EXTERNAL MODULE: ./actions/shared/smoke/index.ts + 7 modules
var smoke = __nccwpck_require__(1293);
// EXTERNAL MODULE: ./actions/smoke/main.ts + 6 modules
var main = __nccwpck_require__(4718);
;// CONCATENATED MODULE: ./actions/smoke/cli.ts
// The smoke checks on a laptop: `npm run smoke -- smoke.yaml --base-url http://localhost:8080 [--key KEY]`,
// or `npx musafirgo-smoke ...` with the bundle. Prints a table; exits 1 when a check or a budget fails.





const usage = `usage: musafirgo-smoke <checks.yaml> [--base-url URL] [--key SUBSCRIPTION_KEY] [--concurrency N]
                       [--timeout 60s] [--budget 200ms] [--junit FILE] [--json FILE]
       musafirgo-smoke --url URL [--url URL ...]`;
async function cli(argv, print = line => console.log(line)) {
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                'base-url': { type: 'string' },
                key: { type: 'string' },
                concurrency: { type: 'string' },
                timeout: { type: 'string' },
                budget: { type: 'string' },
                junit: { type: 'string' },
                json: { type: 'string' },
                url: { type: 'string', multiple: true },
                help: { type: 'boolean', short: 'h' }
            }
        }));
    }
    catch (error) {
        print(`${(0,errors/* errorMessage */.gJ)(error)}\n${usage}`);
        return 2;
    }
    const urls = values['url'] ?? [];
    if (values['help'] || (positionals.length !== 1 && urls.length === 0)) {
        print(usage);
        return values['help'] ? 0 : 2;
    }
    try {
        const suite = await (0,main/* suiteFromInputs */.y)({
            checks: positionals[0],
            urls,
            concurrency: 8,
            budgetMs: values['budget'] ? (0,smoke/* parseDuration */.E9)(values['budget'], '--budget') : undefined
        });
        const result = await (0,smoke/* runSmoke */.Lw)(suite, {
            baseUrl: values['base-url'],
            variables: {
                SUBSCRIPTION_KEY: values['key'] ?? process.env['SUBSCRIPTION_KEY'] ?? ''
            },
            concurrency: values['concurrency'] ? Number(values['concurrency']) : 8,
            readinessTimeoutMs: values['timeout'] ? (0,smoke/* parseDuration */.E9)(values['timeout'], '--timeout') : undefined
        });
        const width = Math.max(5, ...result.checks.map(check => check.name.length));
        print(`${'check'.padEnd(width)}  status  p50 ms  p95 ms  result`);
        for (const check of result.checks) {
            print(`${check.name.padEnd(width)}  ${String(check.status).padStart(6)}  ${String(check.p50Ms).padStart(6)}  ${String(check.p95Ms).padStart(6)}  ${check.ok ? 'pass' : `FAIL ${check.failures.join('; ')}`}`);
        }
        print((0,smoke/* headline */.Pl)(result));
        if (values['junit'])
            await (0,promises_.writeFile)(values['junit'], (0,smoke/* junitXml */.E5)(result));
        if (values['json'])
            await (0,promises_.writeFile)(values['json'], JSON.stringify(result, null, 2));
        return result.ok ? 0 : 1;
    }
    catch (error) {
        print(`smoke: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return 2;
    }
}


/***/ }),

/***/ 9812:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6655);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4718);
// One bundle, two doors: the runner starts it without arguments (the action); a person runs it with a
// checks file and flags (`npx musafirgo-smoke smoke.yaml --base-url http://localhost:8080`).


if (process.argv.length > 2)
    process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .cli */ .x)(process.argv.slice(2));
else
    await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4718:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run),
  y: () => (/* binding */ suiteFromInputs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
    process.stdout.write(`::${name}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** Appends `name<<delimiter` blocks to a file command; the random delimiter makes any value safe. */
function fileCommand(variable, name, value) {
    const file = process.env[variable];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('unexpected delimiter in value');
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
    return true;
}
function setOutput(name, value) {
    if (!fileCommand('GITHUB_OUTPUT', name, value)) {
        process.stdout.write(`${external_node_os_namespaceObject.EOL}::set-output name=${name}::${escapeData(value)}${external_node_os_namespaceObject.EOL}`);
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
    process.stdout.write(`${message}${external_node_os_namespaceObject.EOL}`);
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
    process.stdout.write(`::${name}${fields.length ? ` ${fields.join(',')}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
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
    process.stdout.write(`::endgroup::${EOL}`);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Appends Markdown to the job summary, when the runner gave the step a summary file. */
function appendSummary(markdown) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (file)
        (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown.endsWith(external_node_os_namespaceObject.EOL) ? markdown : `${markdown}${external_node_os_namespaceObject.EOL}`, 'utf8');
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

// EXTERNAL MODULE: ./actions/shared/errors.ts
var errors = __nccwpck_require__(9223);
// EXTERNAL MODULE: ./actions/shared/smoke/index.ts + 7 modules
var smoke = __nccwpck_require__(1293);
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
    throw new ConfigurationError(`input '${name}' must be true or false, not '${value}'`);
}
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isGuid(value) {
    return guidPattern.test(value);
}
function requireGuid(name, value, what) {
    if (!isGuid(value)) {
        throw new ConfigurationError(`input '${name}' must be a GUID (the ${what}), not '${value}'`);
    }
    return value.toLowerCase();
}
function requireOneOf(name, value, allowed) {
    const match = allowed.find(option => option.toLowerCase() === value.toLowerCase());
    if (!match)
        throw new ConfigurationError(`input '${name}' must be one of ${allowed.join(', ')}, not '${value}'`);
    return match;
}

;// CONCATENATED MODULE: ./actions/smoke/inputs.ts



function getInputs(env = process.env) {
    const checks = getOptionalInput('checks');
    const urls = (getOptionalInput('urls') ?? '')
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean);
    if ((checks ? 1 : 0) + (urls.length > 0 ? 1 : 0) !== 1) {
        throw new errors/* ConfigurationError */.j1("give exactly one of the inputs 'checks' (a smoke checks file) and 'urls' (URLs, one per line)");
    }
    const baseUrl = getOptionalInput('base-url');
    if (baseUrl !== undefined && !/^https?:\/\/[^\s]+$/i.test(baseUrl)) {
        throw new errors/* ConfigurationError */.j1(`input 'base-url' must be an http(s) URL, not '${baseUrl}'`);
    }
    const concurrency = Number(getOptionalInput('concurrency') ?? 8);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
        throw new errors/* ConfigurationError */.j1(`input 'concurrency' must be an integer from 1 to 256, not '${getOptionalInput('concurrency')}'`);
    }
    const timeout = getOptionalInput('timeout');
    const budget = getOptionalInput('budget');
    const temp = env['RUNNER_TEMP'];
    return {
        checks,
        urls,
        baseUrl,
        subscriptionKey: getOptionalInput('subscription-key'),
        concurrency,
        readinessTimeoutMs: timeout === undefined ? undefined : (0,smoke/* parseDuration */.E9)(timeout, "input 'timeout'"),
        budgetMs: budget === undefined ? undefined : (0,smoke/* parseDuration */.E9)(budget, "input 'budget'"),
        junitFile: getOptionalInput('junit') ?? (temp ? `${temp}/smoke/junit.xml` : undefined),
        resultFile: temp ? `${temp}/smoke/result.json` : undefined
    };
}

;// CONCATENATED MODULE: ./actions/smoke/main.ts






/** The suite the inputs name, with the default budget applied to checks that have none. */
async function suiteFromInputs(inputs) {
    const suite = inputs.checks
        ? await (0,smoke/* loadSuite */.bu)(inputs.checks)
        : (0,smoke/* parseSuite */.El)(JSON.stringify(inputs.urls), text => JSON.parse(text), "input 'urls'");
    if (inputs.budgetMs !== undefined) {
        for (const check of suite.checks)
            check.budget ??= { p95Ms: inputs.budgetMs };
    }
    return suite;
}
/** The smoke step: wait for the service, run the checks, report; fail when a check or a budget fails. */
async function run(options = {}) {
    try {
        const inputs = getInputs();
        if (inputs.subscriptionKey)
            setSecret(inputs.subscriptionKey);
        const suite = await suiteFromInputs(inputs);
        info(`Running ${suite.checks.length} checks from ${suite.source} against ${inputs.baseUrl ?? 'absolute URLs'}`);
        const result = await (0,smoke/* runSmoke */.Lw)(suite, {
            baseUrl: inputs.baseUrl,
            variables: { SUBSCRIPTION_KEY: inputs.subscriptionKey ?? '' },
            concurrency: inputs.concurrency,
            readinessTimeoutMs: inputs.readinessTimeoutMs,
            clock: options.clock,
            onCheck: check => info(`${check.ok ? 'pass' : 'FAIL'}  ${check.name}  ${check.method} ${check.path}  ${check.status}  p50 ${check.p50Ms} ms  p95 ${check.p95Ms} ms${check.ok ? '' : `  ${check.failures.join('; ')}`}`)
        });
        await report(inputs, result);
        if (!result.ok) {
            const failed = result.checks.filter(check => !check.ok);
            throw new Error(result.readiness.ok
                ? `${failed.length} of ${result.checks.length} checks failed (${failed
                    .slice(0, 3)
                    .map(check => `${check.name}: ${check.failures[0] ?? ''}`)
                    .join('; ')}${failed.length > 3 ? '; ...' : ''}); see the job summary`
                : `the service at ${result.baseUrl || result.readiness.path} is ${result.readiness.error}; check that the deploy succeeded and base-url points at it`);
        }
        info((0,smoke/* headline */.Pl)(result));
    }
    catch (error) {
        if (isDebug() && error instanceof Error && error.stack)
            debug(error.stack);
        setFailed(`smoke: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
async function report(inputs, result) {
    for (const check of result.checks.filter(c => !c.ok)) {
        error(`${check.method} ${check.path}: ${check.failures.join('; ')}`, {
            title: `smoke: ${check.name}`,
            file: inputs.checks
        });
    }
    const json = JSON.stringify(result);
    setOutput('passed', String(result.ok));
    setOutput('result', json);
    const worst = Math.max(0, ...result.checks.map(check => check.p95Ms));
    setOutput('p95-ms', String(worst));
    for (const [output, file, content] of [
        ['junit-file', inputs.junitFile, (0,smoke/* junitXml */.E5)(result)],
        ['result-file', inputs.resultFile, json]
    ]) {
        if (!file)
            continue;
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        await (0,promises_.writeFile)(file, content);
        setOutput(output, file);
    }
    appendSummary([
        `### Smoke checks: ${result.ok ? '✅' : '❌'} ${(0,smoke/* headline */.Pl)(result)}`,
        '',
        result.readiness.ok
            ? `Ready after ${result.readiness.attempts} probe(s) of \`${result.readiness.path ?? ''}\` (${result.readiness.waitedMs} ms).`
            : `Not ready: ${result.readiness.error ?? ''}`,
        '',
        markdownTable(smoke/* summaryHeader */.Ov, (0,smoke/* summaryRows */.QW)(result)),
        ''
    ].join('\n'));
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(9812);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
