export const id = 9;
export const ids = [9];
export const modules = {

/***/ 8009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  headline: () => (/* reexport */ headline),
  junitXml: () => (/* reexport */ junitXml),
  loadSuite: () => (/* reexport */ loadSuite),
  loadSuiteInput: () => (/* reexport */ loadSuiteInput),
  parseDuration: () => (/* reexport */ parseDuration),
  parseSuite: () => (/* reexport */ parseSuite),
  percentile: () => (/* reexport */ percentile),
  runSmoke: () => (/* reexport */ runSmoke),
  substitute: () => (/* reexport */ substitute),
  summaryHeader: () => (/* reexport */ summaryHeader),
  summaryRows: () => (/* reexport */ summaryRows)
});

// EXTERNAL MODULE: ./actions/shared/clock.ts
var shared_clock = __webpack_require__(3676);
// EXTERNAL MODULE: ./actions/shared/http.ts + 1 modules
var http = __webpack_require__(5323);
// EXTERNAL MODULE: ./actions/shared/retry.ts
var retry = __webpack_require__(4280);
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
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/shared/args.ts
var args = __webpack_require__(4549);
// EXTERNAL MODULE: ./actions/shared/errors.ts
var errors = __webpack_require__(9223);
// EXTERNAL MODULE: ./actions/shared/files.ts
var files = __webpack_require__(9449);
// EXTERNAL MODULE: ./actions/shared/yaml-input.ts
var yaml_input = __webpack_require__(8382);
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
/** The keys a smoke file may hold, where: anything else is a typo that would silently weaken a check. */
const schema = {
    suite: ['checks', 'readiness', 'defaults', 'openapi'],
    check: [
        'name',
        'method',
        'path',
        'url',
        'headers',
        'body',
        'expect',
        'budget',
        'samples',
        'retries',
        'timeout'
    ],
    expect: ['status', 'headers', 'json', 'schema'],
    readiness: ['path', 'timeout', 'interval'],
    defaults: ['budget', 'samples', 'retries', 'timeout', 'headers'],
    budget: ['p50', 'p95'],
    assertion: ['equals', 'exists', 'gte', 'lte', 'gt', 'lt', 'matches', 'length']
};
/** The line of a key in YAML text, by its path: a function over the parsed document's ranges. */
function locator(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter });
    return path => {
        let node = doc.contents;
        let line;
        for (const part of path) {
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find(item => item.key?.value === part);
                const key = pair?.key;
                if (key?.range)
                    line = lineCounter.linePos(key.range[0]).line;
                node = pair?.value;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof part === 'number') {
                node = node.items[part];
                if (node?.range)
                    line = lineCounter.linePos(node.range[0]).line;
            }
            else
                return line;
        }
        return line;
    };
}
function checkKeys(value, known, where, path, source, locate) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return;
    for (const key of Object.keys(value)) {
        if (known.includes(key))
            continue;
        const line = locate([...path, key]);
        const near = (0,args/* closest */.kp)(key, known);
        throw new errors/* ConfigurationError */.j1(`${source}${line ? ` line ${line}` : ''}: unknown key '${key}' in ${where}${near ? `; did you mean '${near}'?` : `; it takes ${known.join(', ')}`}`);
    }
}
/** Every key of a suite against the schema, before anything else reads it. */
function validateSchema(raw, source, locate) {
    checkKeys(raw, schema.suite, 'the suite', [], source, locate);
    checkKeys(raw['readiness'], schema.readiness, 'readiness', ['readiness'], source, locate);
    const defaults = raw['defaults'];
    checkKeys(defaults, schema.defaults, 'defaults', ['defaults'], source, locate);
    const defaultBudget = defaults?.['budget'];
    checkKeys(defaultBudget, schema.budget, 'defaults.budget', ['defaults', 'budget'], source, locate);
    const checks = Array.isArray(raw['checks']) ? raw['checks'] : [];
    checks.forEach((check, i) => {
        const where = `checks[${i}]`;
        checkKeys(check, schema.check, where, ['checks', i], source, locate);
        if (!check || typeof check !== 'object')
            return;
        const { expect, budget } = check;
        checkKeys(budget, schema.budget, `${where}.budget`, ['checks', i, 'budget'], source, locate);
        checkKeys(expect, schema.expect, `${where}.expect`, ['checks', i, 'expect'], source, locate);
        const json = expect?.['json'];
        if (json && typeof json === 'object') {
            for (const [pointer, assertion] of Object.entries(json)) {
                const at = ['checks', i, 'expect', 'json', pointer];
                checkKeys(assertion, schema.assertion, `${where}.expect.json['${pointer}']`, at, source, locate);
            }
        }
    });
}
/** A text file read as a list must be one: every line a URL or a path, or it is some other file. */
function listOfUrls(text, source) {
    const lines = text.split(/\r?\n/);
    const urls = [];
    lines.forEach((line, i) => {
        const item = line.trim();
        if (!item || item.startsWith('#'))
            return;
        if (!/^(\/|https?:\/\/)\S*$/i.test(item)) {
            throw new errors/* ConfigurationError */.j1(`${source} line ${i + 1} is neither a URL nor a path (a smoke checks file is YAML with 'checks', or one URL or /path per line); is it the right file?`);
        }
        urls.push(item);
    });
    return urls;
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
function parseSuite(text, parseYaml, source = 'inline', locate) {
    let raw;
    try {
        raw = parseYaml(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${source} is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    if (typeof raw === 'string')
        raw = listOfUrls(text, source);
    const listed = Array.isArray(raw);
    if (listed)
        raw = { checks: raw };
    const suite = asRecord(raw, source);
    if (!listed)
        validateSchema(suite, source, locate ?? locator(text));
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
    const { parse } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
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
/**
 * A suite file an action's input names, checked as every file input is (shared/files.ts: inside the workspace
 * unless absolute, a regular text file under 1 MB) and parsed with the input's name in every message.
 */
async function loadSuiteInput(input, path) {
    const file = (0,files/* readInputFile */.jH)(input, path, { maxBytes: 1024 * 1024, what: 'a smoke checks file (YAML)' });
    const source = `input '${input}': ${path}`;
    const parsed = (0,yaml_input/* parseYamlInput */.P)(input, file);
    const suite = parseSuite(file.text, () => parsed, source);
    if (suite.openapiPath) {
        const specPath = (0,external_node_path_.isAbsolute)(suite.openapiPath)
            ? suite.openapiPath
            : (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file.path), suite.openapiPath);
        suite.openapi = await loadOpenApi(specPath);
        delete suite.openapiPath;
    }
    return suite;
}
async function loadOpenApi(path) {
    const { dereference } = await Promise.all(/* import() */[__webpack_require__.e(546), __webpack_require__.e(709), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 6709));
    try {
        return (await dereference(path, { dereference: { circular: 'ignore' } }));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`the OpenAPI document '${path}' named by the smoke checks cannot be read: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./actions/shared/smoke/engine.ts





const transientStatus = new Set([429, 502, 503, 504]);
/** The last answer of an attempt worth repeating (or the network error instead of one), for retry(). */
class TransientAnswer extends Error {
    response;
    cause;
    constructor(response, cause) {
        super(response ? `status ${response.status}` : describe(cause));
        this.response = response;
        this.cause = cause;
    }
}
/** Nearest-rank percentile of a sample set. */
function percentile(values, p) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const round = (ms) => Math.round(ms * 10) / 10;
/** A check's requests through the actions' transport, with connections kept alive up to the suite's concurrency. */
class HttpClient {
    transport;
    constructor(concurrency) {
        this.transport = new http/* HttpTransport */.G5({ maxSockets: concurrency });
    }
    async request(url, method, headers, body, timeoutMs) {
        const started = performance.now();
        const response = await this.transport.request({ method, url, headers, body, timeoutMs });
        return {
            status: response.status,
            headers: response.headers,
            body: response.text,
            ms: performance.now() - started
        };
    }
    close() {
        this.transport.close();
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
    const { default: Ajv } = await Promise.all(/* import() */[__webpack_require__.e(546), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23));
    const { default: addFormats } = await Promise.all(/* import() */[__webpack_require__.e(546), __webpack_require__.e(196)]).then(__webpack_require__.t.bind(__webpack_require__, 2815, 23));
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
async function runCheck(check, client, baseUrl, spec, validate, clock, random) {
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
        // A transient answer (429, 502-504, no answer) is tried again, unless the check expects that status.
        const outcome = await (0,retry/* retry */.L)(async () => {
            attempts++;
            let response;
            try {
                response = await client.request(url, check.method, headers, body, check.timeoutMs);
            }
            catch (error) {
                throw new TransientAnswer(undefined, error);
            }
            const expected = [check.expect.status].flat().includes(response.status);
            if (transientStatus.has(response.status) && !expected)
                throw new TransientAnswer(response);
            return { response };
        }, {
            label: `${check.method} ${check.path}`,
            maxAttempts: check.retries + 1,
            baseDelayMs: 100,
            maxDelayMs: 2000,
            deadlineMs: Infinity,
            clock,
            random,
            isRetryable: error => error instanceof TransientAnswer
        }).catch((error) => {
            if (!(error instanceof TransientAnswer))
                throw error;
            return { response: error.response, error: error.cause };
        });
        if (!outcome.response) {
            failures.push(`no response: ${describe('error' in outcome ? outcome.error : undefined)}`);
            break;
        }
        status = outcome.response.status;
        latencies.push(outcome.response.ms);
        failures.push(...judge(check, outcome.response, spec, validate));
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
    const clock = options.clock ?? shared_clock/* systemClock */.m;
    const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
    const variables = { ...options.variables, BASE_URL: baseUrl };
    const checks = suite.checks
        .map(check => substitute(check, variables))
        .map(check => ({ ...check, headers: { ...options.headers, ...check.headers } }));
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
                    results[index] = await runCheck(check, client, baseUrl, suite.openapi, validate, clock, options.random);
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





/***/ })

};
