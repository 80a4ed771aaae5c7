export const id = 449;
export const ids = [449];
export const modules = {

/***/ 9449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYamlInput: () => (/* binding */ parseYamlInput),
/* harmony export */   readInputFile: () => (/* binding */ readInputFile)
/* harmony export */ });
/* unused harmony exports workspace, inputPath, formatBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9223);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7073);





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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${input}' is not a usable path: ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(path)} is too long`);
    }
    if (path.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${input}' is not a usable path: it holds a NUL byte`);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path))
        return path;
    const root = workspace(env);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, full);
    if (inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${input}': ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(path)} leads outside the workspace (${root}); give a path inside the repository, or an absolute path`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${input}': there is no file ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(path)} (looked for ${full}); check the repository out first (actions/checkout) or fix the path`);
    }
    if (!stat.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${input}': ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(path)} is ${stat.isDirectory() ? 'a directory' : 'not a regular file'}; name ${options.what}`);
    }
    if (stat.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${input}': ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(path)} is empty; name ${options.what}`);
    if (stat.size > options.maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${input}': ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(path)} is ${formatBytes(stat.size)}, over the ${formatBytes(options.maxBytes)} limit for ${options.what}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${input}': ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(path)} is not a text file (${nul >= 0 ? `a NUL byte at offset ${nul}` : 'not UTF-8'}); name ${options.what}`);
    }
    return { path: full, text: text.replace(/^\uFEFF/, '') };
}
/** More aliases than this in one document is a YAML bomb, not configuration. */
const MAX_ALIASES = 100;
/**
 * YAML (or JSON) text of a file an input names, parsed; a mistake is reported with the input, the file and the
 * line, not in the parser's words alone.
 */
function parseYamlInput(input, file) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(file.text, { prettyErrors: true, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) {
        const at = error.linePos?.[0];
        const where = at ? ` line ${at.line}, column ${at.col}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${input}': ${file.path}${where} is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (error) {
        if (error instanceof ReferenceError && /alias/i.test(error.message)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${input}': ${file.path} expands more than ${MAX_ALIASES} YAML aliases, which no configuration needs (a YAML bomb?); write it out without them`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${input}': ${file.path} cannot be read: ${error.message}`);
    }
}


/***/ })

};
