export const id = 180;
export const ids = [180];
export const modules = {

/***/ 3180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   V2: () => (/* binding */ substitute),
/* harmony export */   XJ: () => (/* binding */ loadSuiteInput),
/* harmony export */   bu: () => (/* binding */ loadSuite),
/* harmony export */   parseSuite: () => (/* binding */ parseSuite)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4549);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9223);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9449);
/* harmony import */ var _yaml_input_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8382);







const durationPattern = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/;
/** `200ms`, `1.5s`, `2m` or a number of milliseconds. */
function parseDuration(value, where) {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
        return value;
    const match = typeof value === 'string' ? durationPattern.exec(value.trim()) : null;
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: '${String(value)}' is not a duration (200ms, 1.5s, 2m)`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where} must be a mapping`);
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
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter });
    return path => {
        let node = doc.contents;
        let line;
        for (const part of path) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node)) {
                const pair = node.items.find(item => item.key?.value === part);
                const key = pair?.key;
                if (key?.range)
                    line = lineCounter.linePos(key.range[0]).line;
                node = pair?.value;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node) && typeof part === 'number') {
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
        const near = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .kp)(key, known);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${source}${line ? ` line ${line}` : ''}: unknown key '${key}' in ${where}${near ? `; did you mean '${near}'?` : `; it takes ${known.join(', ')}`}`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${source} line ${i + 1} is neither a URL nor a path (a smoke checks file is YAML with 'checks', or one URL or /path per line); is it the right file?`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: 'path' (or 'url') is required`);
    }
    const method = String(check['method'] ?? 'GET').toUpperCase();
    if (!methods.includes(method)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: method '${method}' is not one of ${methods.join(', ')}`);
    }
    const expect = asRecord(check['expect'], `${where}.expect`);
    if (expect.schema !== undefined && expect.schema !== 'openapi' && typeof expect.schema !== 'object') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}.expect.schema must be 'openapi' or a JSON schema`);
    }
    const count = (value, name, min) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < min) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}.${name} must be an integer >= ${min}, not '${String(value)}'`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${source} is not valid YAML: ${error.message.split('\n')[0]}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${source} has no checks: give a 'checks' list or a list of URLs`);
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
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`smoke checks file '${file}' cannot be read`);
    }
    const { parse } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const suite = parseSuite(text, parse, file);
    if (suite.openapiPath) {
        const specPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(suite.openapiPath)
            ? suite.openapiPath
            : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), suite.openapiPath);
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
    const file = (0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readInputFile */ .jH)(input, path, { maxBytes: 1024 * 1024, what: 'a smoke checks file (YAML)' });
    const source = `input '${input}': ${path}`;
    const parsed = (0,_yaml_input_js__WEBPACK_IMPORTED_MODULE_6__/* .parseYamlInput */ .P)(input, file);
    const suite = parseSuite(file.text, () => parsed, source);
    if (suite.openapiPath) {
        const specPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(suite.openapiPath)
            ? suite.openapiPath
            : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file.path), suite.openapiPath);
        suite.openapi = await loadOpenApi(specPath);
        delete suite.openapiPath;
    }
    return suite;
}
async function loadOpenApi(path) {
    const { dereference } = await Promise.all(/* import() */[__webpack_require__.e(546), __webpack_require__.e(381), __webpack_require__.e(210), __webpack_require__.e(709), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 6709));
    try {
        return (await dereference(path, { dereference: { circular: 'ignore' } }));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`the OpenAPI document '${path}' named by the smoke checks cannot be read: ${error.message}`);
    }
}


/***/ })

};
