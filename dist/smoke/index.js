#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5183:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.req = exports.json = exports.toBuffer = void 0;
const http = __importStar(__nccwpck_require__(8611));
const https = __importStar(__nccwpck_require__(5692));
async function toBuffer(stream) {
    let length = 0;
    const chunks = [];
    for await (const chunk of stream) {
        length += chunk.length;
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, length);
}
exports.toBuffer = toBuffer;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function json(stream) {
    const buf = await toBuffer(stream);
    const str = buf.toString('utf8');
    try {
        return JSON.parse(str);
    }
    catch (_err) {
        const err = _err;
        err.message += ` (input: ${str})`;
        throw err;
    }
}
exports.json = json;
function req(url, opts = {}) {
    const href = typeof url === 'string' ? url : url.href;
    const req = (href.startsWith('https:') ? https : http).request(url, opts);
    const promise = new Promise((resolve, reject) => {
        req
            .once('response', resolve)
            .once('error', reject)
            .end();
    });
    req.then = promise.then.bind(promise);
    return req;
}
exports.req = req;
//# sourceMappingURL=helpers.js.map

/***/ }),

/***/ 8894:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Agent = void 0;
const net = __importStar(__nccwpck_require__(9278));
const http = __importStar(__nccwpck_require__(8611));
const https_1 = __nccwpck_require__(5692);
__exportStar(__nccwpck_require__(5183), exports);
const INTERNAL = Symbol('AgentBaseInternalState');
class Agent extends http.Agent {
    constructor(opts) {
        super(opts);
        this[INTERNAL] = {};
    }
    /**
     * Determine whether this is an `http` or `https` request.
     */
    isSecureEndpoint(options) {
        if (options) {
            // First check the `secureEndpoint` property explicitly, since this
            // means that a parent `Agent` is "passing through" to this instance.
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            if (typeof options.secureEndpoint === 'boolean') {
                return options.secureEndpoint;
            }
            // If no explicit `secure` endpoint, check if `protocol` property is
            // set. This will usually be the case since using a full string URL
            // or `URL` instance should be the most common usage.
            if (typeof options.protocol === 'string') {
                return options.protocol === 'https:';
            }
        }
        // Finally, if no `protocol` property was set, then fall back to
        // checking the stack trace of the current call stack, and try to
        // detect the "https" module.
        const { stack } = new Error();
        if (typeof stack !== 'string')
            return false;
        return stack
            .split('\n')
            .some((l) => l.indexOf('(https.js:') !== -1 ||
            l.indexOf('node:https:') !== -1);
    }
    // In order to support async signatures in `connect()` and Node's native
    // connection pooling in `http.Agent`, the array of sockets for each origin
    // has to be updated synchronously. This is so the length of the array is
    // accurate when `addRequest()` is next called. We achieve this by creating a
    // fake socket and adding it to `sockets[origin]` and incrementing
    // `totalSocketCount`.
    incrementSockets(name) {
        // If `maxSockets` and `maxTotalSockets` are both Infinity then there is no
        // need to create a fake socket because Node.js native connection pooling
        // will never be invoked.
        if (this.maxSockets === Infinity && this.maxTotalSockets === Infinity) {
            return null;
        }
        // All instances of `sockets` are expected TypeScript errors. The
        // alternative is to add it as a private property of this class but that
        // will break TypeScript subclassing.
        if (!this.sockets[name]) {
            // @ts-expect-error `sockets` is readonly in `@types/node`
            this.sockets[name] = [];
        }
        const fakeSocket = new net.Socket({ writable: false });
        this.sockets[name].push(fakeSocket);
        // @ts-expect-error `totalSocketCount` isn't defined in `@types/node`
        this.totalSocketCount++;
        return fakeSocket;
    }
    decrementSockets(name, socket) {
        if (!this.sockets[name] || socket === null) {
            return;
        }
        const sockets = this.sockets[name];
        const index = sockets.indexOf(socket);
        if (index !== -1) {
            sockets.splice(index, 1);
            // @ts-expect-error  `totalSocketCount` isn't defined in `@types/node`
            this.totalSocketCount--;
            if (sockets.length === 0) {
                // @ts-expect-error `sockets` is readonly in `@types/node`
                delete this.sockets[name];
            }
        }
    }
    // In order to properly update the socket pool, we need to call `getName()` on
    // the core `https.Agent` if it is a secureEndpoint.
    getName(options) {
        const secureEndpoint = this.isSecureEndpoint(options);
        if (secureEndpoint) {
            // @ts-expect-error `getName()` isn't defined in `@types/node`
            return https_1.Agent.prototype.getName.call(this, options);
        }
        // @ts-expect-error `getName()` isn't defined in `@types/node`
        return super.getName(options);
    }
    createSocket(req, options, cb) {
        const connectOpts = {
            ...options,
            secureEndpoint: this.isSecureEndpoint(options),
        };
        const name = this.getName(connectOpts);
        const fakeSocket = this.incrementSockets(name);
        Promise.resolve()
            .then(() => this.connect(req, connectOpts))
            .then((socket) => {
            this.decrementSockets(name, fakeSocket);
            if (socket instanceof http.Agent) {
                try {
                    // @ts-expect-error `addRequest()` isn't defined in `@types/node`
                    return socket.addRequest(req, connectOpts);
                }
                catch (err) {
                    return cb(err);
                }
            }
            this[INTERNAL].currentSocket = socket;
            // @ts-expect-error `createSocket()` isn't defined in `@types/node`
            super.createSocket(req, options, cb);
        }, (err) => {
            this.decrementSockets(name, fakeSocket);
            cb(err);
        });
    }
    createConnection() {
        const socket = this[INTERNAL].currentSocket;
        this[INTERNAL].currentSocket = undefined;
        if (!socket) {
            throw new Error('No socket was returned in the `connect()` function');
        }
        return socket;
    }
    get defaultPort() {
        return (this[INTERNAL].defaultPort ??
            (this.protocol === 'https:' ? 443 : 80));
    }
    set defaultPort(v) {
        if (this[INTERNAL]) {
            this[INTERNAL].defaultPort = v;
        }
    }
    get protocol() {
        return (this[INTERNAL].protocol ??
            (this.isSecureEndpoint() ? 'https:' : 'http:'));
    }
    set protocol(v) {
        if (this[INTERNAL]) {
            this[INTERNAL].protocol = v;
        }
    }
}
exports.Agent = Agent;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6110:
/***/ ((module, exports, __nccwpck_require__) => {

/* eslint-env browser */

/**
 * This is the web browser implementation of `debug()`.
 */

exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.storage = localstorage();
exports.destroy = (() => {
	let warned = false;

	return () => {
		if (!warned) {
			warned = true;
			console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
		}
	};
})();

/**
 * Colors.
 */

exports.colors = [
	'#0000CC',
	'#0000FF',
	'#0033CC',
	'#0033FF',
	'#0066CC',
	'#0066FF',
	'#0099CC',
	'#0099FF',
	'#00CC00',
	'#00CC33',
	'#00CC66',
	'#00CC99',
	'#00CCCC',
	'#00CCFF',
	'#3300CC',
	'#3300FF',
	'#3333CC',
	'#3333FF',
	'#3366CC',
	'#3366FF',
	'#3399CC',
	'#3399FF',
	'#33CC00',
	'#33CC33',
	'#33CC66',
	'#33CC99',
	'#33CCCC',
	'#33CCFF',
	'#6600CC',
	'#6600FF',
	'#6633CC',
	'#6633FF',
	'#66CC00',
	'#66CC33',
	'#9900CC',
	'#9900FF',
	'#9933CC',
	'#9933FF',
	'#99CC00',
	'#99CC33',
	'#CC0000',
	'#CC0033',
	'#CC0066',
	'#CC0099',
	'#CC00CC',
	'#CC00FF',
	'#CC3300',
	'#CC3333',
	'#CC3366',
	'#CC3399',
	'#CC33CC',
	'#CC33FF',
	'#CC6600',
	'#CC6633',
	'#CC9900',
	'#CC9933',
	'#CCCC00',
	'#CCCC33',
	'#FF0000',
	'#FF0033',
	'#FF0066',
	'#FF0099',
	'#FF00CC',
	'#FF00FF',
	'#FF3300',
	'#FF3333',
	'#FF3366',
	'#FF3399',
	'#FF33CC',
	'#FF33FF',
	'#FF6600',
	'#FF6633',
	'#FF9900',
	'#FF9933',
	'#FFCC00',
	'#FFCC33'
];

/**
 * Currently only WebKit-based Web Inspectors, Firefox >= v31,
 * and the Firebug extension (any Firefox version) are known
 * to support "%c" CSS customizations.
 *
 * TODO: add a `localStorage` variable to explicitly enable/disable colors
 */

// eslint-disable-next-line complexity
function useColors() {
	// NB: In an Electron preload script, document will be defined but not fully
	// initialized. Since we know we're in Chrome, we'll just detect this case
	// explicitly
	if (typeof window !== 'undefined' && window.process && (window.process.type === 'renderer' || window.process.__nwjs)) {
		return true;
	}

	// Internet Explorer and Edge do not support colors.
	if (typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
		return false;
	}

	let m;

	// Is webkit? http://stackoverflow.com/a/16459606/376773
	// document is undefined in react-native: https://github.com/facebook/react-native/pull/1632
	// eslint-disable-next-line no-return-assign
	return (typeof document !== 'undefined' && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance) ||
		// Is firebug? http://stackoverflow.com/a/398120/376773
		(typeof window !== 'undefined' && window.console && (window.console.firebug || (window.console.exception && window.console.table))) ||
		// Is firefox >= v31?
		// https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
		(typeof navigator !== 'undefined' && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31) ||
		// Double check webkit in userAgent just in case we are in a worker
		(typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/));
}

/**
 * Colorize log arguments if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	args[0] = (this.useColors ? '%c' : '') +
		this.namespace +
		(this.useColors ? ' %c' : ' ') +
		args[0] +
		(this.useColors ? '%c ' : ' ') +
		'+' + module.exports.humanize(this.diff);

	if (!this.useColors) {
		return;
	}

	const c = 'color: ' + this.color;
	args.splice(1, 0, c, 'color: inherit');

	// The final "%c" is somewhat tricky, because there could be other
	// arguments passed either before or after the %c, so we need to
	// figure out the correct index to insert the CSS into
	let index = 0;
	let lastC = 0;
	args[0].replace(/%[a-zA-Z%]/g, match => {
		if (match === '%%') {
			return;
		}
		index++;
		if (match === '%c') {
			// We only are interested in the *last* %c
			// (the user may have provided their own)
			lastC = index;
		}
	});

	args.splice(lastC, 0, c);
}

/**
 * Invokes `console.debug()` when available.
 * No-op when `console.debug` is not a "function".
 * If `console.debug` is not available, falls back
 * to `console.log`.
 *
 * @api public
 */
exports.log = console.debug || console.log || (() => {});

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	try {
		if (namespaces) {
			exports.storage.setItem('debug', namespaces);
		} else {
			exports.storage.removeItem('debug');
		}
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */
function load() {
	let r;
	try {
		r = exports.storage.getItem('debug') || exports.storage.getItem('DEBUG') ;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}

	// If debug isn't set in LS, and we're in Electron, try to load $DEBUG
	if (!r && typeof process !== 'undefined' && 'env' in process) {
		r = process.env.DEBUG;
	}

	return r;
}

/**
 * Localstorage attempts to return the localstorage.
 *
 * This is necessary because safari throws
 * when a user disables cookies/localstorage
 * and you attempt to access it.
 *
 * @return {LocalStorage}
 * @api private
 */

function localstorage() {
	try {
		// TVMLKit (Apple TV JS Runtime) does not have a window object, just localStorage in the global context
		// The Browser also has localStorage in the global context.
		return localStorage;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %j to `JSON.stringify()`, since no Web Inspectors do that by default.
 */

formatters.j = function (v) {
	try {
		return JSON.stringify(v);
	} catch (error) {
		return '[UnexpectedJSONParseError]: ' + error.message;
	}
};


/***/ }),

/***/ 897:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/**
 * This is the common logic for both the Node.js and web browser
 * implementations of `debug()`.
 */

function setup(env) {
	createDebug.debug = createDebug;
	createDebug.default = createDebug;
	createDebug.coerce = coerce;
	createDebug.disable = disable;
	createDebug.enable = enable;
	createDebug.enabled = enabled;
	createDebug.humanize = __nccwpck_require__(744);
	createDebug.destroy = destroy;

	Object.keys(env).forEach(key => {
		createDebug[key] = env[key];
	});

	/**
	* The currently active debug mode names, and names to skip.
	*/

	createDebug.names = [];
	createDebug.skips = [];

	/**
	* Map of special "%n" handling functions, for the debug "format" argument.
	*
	* Valid key names are a single, lower or upper-case letter, i.e. "n" and "N".
	*/
	createDebug.formatters = {};

	/**
	* Selects a color for a debug namespace
	* @param {String} namespace The namespace string for the debug instance to be colored
	* @return {Number|String} An ANSI color code for the given namespace
	* @api private
	*/
	function selectColor(namespace) {
		let hash = 0;

		for (let i = 0; i < namespace.length; i++) {
			hash = ((hash << 5) - hash) + namespace.charCodeAt(i);
			hash |= 0; // Convert to 32bit integer
		}

		return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
	}
	createDebug.selectColor = selectColor;

	/**
	* Create a debugger with the given `namespace`.
	*
	* @param {String} namespace
	* @return {Function}
	* @api public
	*/
	function createDebug(namespace) {
		let prevTime;
		let enableOverride = null;
		let namespacesCache;
		let enabledCache;

		function debug(...args) {
			// Disabled?
			if (!debug.enabled) {
				return;
			}

			const self = debug;

			// Set `diff` timestamp
			const curr = Number(new Date());
			const ms = curr - (prevTime || curr);
			self.diff = ms;
			self.prev = prevTime;
			self.curr = curr;
			prevTime = curr;

			args[0] = createDebug.coerce(args[0]);

			if (typeof args[0] !== 'string') {
				// Anything else let's inspect with %O
				args.unshift('%O');
			}

			// Apply any `formatters` transformations
			let index = 0;
			args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
				// If we encounter an escaped % then don't increase the array index
				if (match === '%%') {
					return '%';
				}
				index++;
				const formatter = createDebug.formatters[format];
				if (typeof formatter === 'function') {
					const val = args[index];
					match = formatter.call(self, val);

					// Now we need to remove `args[index]` since it's inlined in the `format`
					args.splice(index, 1);
					index--;
				}
				return match;
			});

			// Apply env-specific formatting (colors, etc.)
			createDebug.formatArgs.call(self, args);

			const logFn = self.log || createDebug.log;
			logFn.apply(self, args);
		}

		debug.namespace = namespace;
		debug.useColors = createDebug.useColors();
		debug.color = createDebug.selectColor(namespace);
		debug.extend = extend;
		debug.destroy = createDebug.destroy; // XXX Temporary. Will be removed in the next major release.

		Object.defineProperty(debug, 'enabled', {
			enumerable: true,
			configurable: false,
			get: () => {
				if (enableOverride !== null) {
					return enableOverride;
				}
				if (namespacesCache !== createDebug.namespaces) {
					namespacesCache = createDebug.namespaces;
					enabledCache = createDebug.enabled(namespace);
				}

				return enabledCache;
			},
			set: v => {
				enableOverride = v;
			}
		});

		// Env-specific initialization logic for debug instances
		if (typeof createDebug.init === 'function') {
			createDebug.init(debug);
		}

		return debug;
	}

	function extend(namespace, delimiter) {
		const newDebug = createDebug(this.namespace + (typeof delimiter === 'undefined' ? ':' : delimiter) + namespace);
		newDebug.log = this.log;
		return newDebug;
	}

	/**
	* Enables a debug mode by namespaces. This can include modes
	* separated by a colon and wildcards.
	*
	* @param {String} namespaces
	* @api public
	*/
	function enable(namespaces) {
		createDebug.save(namespaces);
		createDebug.namespaces = namespaces;

		createDebug.names = [];
		createDebug.skips = [];

		const split = (typeof namespaces === 'string' ? namespaces : '')
			.trim()
			.replace(/\s+/g, ',')
			.split(',')
			.filter(Boolean);

		for (const ns of split) {
			if (ns[0] === '-') {
				createDebug.skips.push(ns.slice(1));
			} else {
				createDebug.names.push(ns);
			}
		}
	}

	/**
	 * Checks if the given string matches a namespace template, honoring
	 * asterisks as wildcards.
	 *
	 * @param {String} search
	 * @param {String} template
	 * @return {Boolean}
	 */
	function matchesTemplate(search, template) {
		let searchIndex = 0;
		let templateIndex = 0;
		let starIndex = -1;
		let matchIndex = 0;

		while (searchIndex < search.length) {
			if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === '*')) {
				// Match character or proceed with wildcard
				if (template[templateIndex] === '*') {
					starIndex = templateIndex;
					matchIndex = searchIndex;
					templateIndex++; // Skip the '*'
				} else {
					searchIndex++;
					templateIndex++;
				}
			} else if (starIndex !== -1) { // eslint-disable-line no-negated-condition
				// Backtrack to the last '*' and try to match more characters
				templateIndex = starIndex + 1;
				matchIndex++;
				searchIndex = matchIndex;
			} else {
				return false; // No match
			}
		}

		// Handle trailing '*' in template
		while (templateIndex < template.length && template[templateIndex] === '*') {
			templateIndex++;
		}

		return templateIndex === template.length;
	}

	/**
	* Disable debug output.
	*
	* @return {String} namespaces
	* @api public
	*/
	function disable() {
		const namespaces = [
			...createDebug.names,
			...createDebug.skips.map(namespace => '-' + namespace)
		].join(',');
		createDebug.enable('');
		return namespaces;
	}

	/**
	* Returns true if the given mode name is enabled, false otherwise.
	*
	* @param {String} name
	* @return {Boolean}
	* @api public
	*/
	function enabled(name) {
		for (const skip of createDebug.skips) {
			if (matchesTemplate(name, skip)) {
				return false;
			}
		}

		for (const ns of createDebug.names) {
			if (matchesTemplate(name, ns)) {
				return true;
			}
		}

		return false;
	}

	/**
	* Coerce `val`.
	*
	* @param {Mixed} val
	* @return {Mixed}
	* @api private
	*/
	function coerce(val) {
		if (val instanceof Error) {
			return val.stack || val.message;
		}
		return val;
	}

	/**
	* XXX DO NOT USE. This is a temporary stub function.
	* XXX It WILL be removed in the next major release.
	*/
	function destroy() {
		console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
	}

	createDebug.enable(createDebug.load());

	return createDebug;
}

module.exports = setup;


/***/ }),

/***/ 2830:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Detect Electron renderer / nwjs process, which is node, but we should
 * treat as a browser.
 */

if (typeof process === 'undefined' || process.type === 'renderer' || process.browser === true || process.__nwjs) {
	module.exports = __nccwpck_require__(6110);
} else {
	module.exports = __nccwpck_require__(5108);
}


/***/ }),

/***/ 5108:
/***/ ((module, exports, __nccwpck_require__) => {

/**
 * Module dependencies.
 */

const tty = __nccwpck_require__(2018);
const util = __nccwpck_require__(9023);

/**
 * This is the Node.js implementation of `debug()`.
 */

exports.init = init;
exports.log = log;
exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.destroy = util.deprecate(
	() => {},
	'Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.'
);

/**
 * Colors.
 */

exports.colors = [6, 2, 3, 4, 5, 1];

try {
	// Optional dependency (as in, doesn't need to be installed, NOT like optionalDependencies in package.json)
	// eslint-disable-next-line import/no-extraneous-dependencies
	const supportsColor = __nccwpck_require__(1450);

	if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
		exports.colors = [
			20,
			21,
			26,
			27,
			32,
			33,
			38,
			39,
			40,
			41,
			42,
			43,
			44,
			45,
			56,
			57,
			62,
			63,
			68,
			69,
			74,
			75,
			76,
			77,
			78,
			79,
			80,
			81,
			92,
			93,
			98,
			99,
			112,
			113,
			128,
			129,
			134,
			135,
			148,
			149,
			160,
			161,
			162,
			163,
			164,
			165,
			166,
			167,
			168,
			169,
			170,
			171,
			172,
			173,
			178,
			179,
			184,
			185,
			196,
			197,
			198,
			199,
			200,
			201,
			202,
			203,
			204,
			205,
			206,
			207,
			208,
			209,
			214,
			215,
			220,
			221
		];
	}
} catch (error) {
	// Swallow - we only care if `supports-color` is available; it doesn't have to be.
}

/**
 * Build up the default `inspectOpts` object from the environment variables.
 *
 *   $ DEBUG_COLORS=no DEBUG_DEPTH=10 DEBUG_SHOW_HIDDEN=enabled node script.js
 */

exports.inspectOpts = Object.keys(process.env).filter(key => {
	return /^debug_/i.test(key);
}).reduce((obj, key) => {
	// Camel-case
	const prop = key
		.substring(6)
		.toLowerCase()
		.replace(/_([a-z])/g, (_, k) => {
			return k.toUpperCase();
		});

	// Coerce string value into JS value
	let val = process.env[key];
	if (/^(yes|on|true|enabled)$/i.test(val)) {
		val = true;
	} else if (/^(no|off|false|disabled)$/i.test(val)) {
		val = false;
	} else if (val === 'null') {
		val = null;
	} else {
		val = Number(val);
	}

	obj[prop] = val;
	return obj;
}, {});

/**
 * Is stdout a TTY? Colored output is enabled when `true`.
 */

function useColors() {
	return 'colors' in exports.inspectOpts ?
		Boolean(exports.inspectOpts.colors) :
		tty.isatty(process.stderr.fd);
}

/**
 * Adds ANSI color escape codes if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	const {namespace: name, useColors} = this;

	if (useColors) {
		const c = this.color;
		const colorCode = '\u001B[3' + (c < 8 ? c : '8;5;' + c);
		const prefix = `  ${colorCode};1m${name} \u001B[0m`;

		args[0] = prefix + args[0].split('\n').join('\n' + prefix);
		args.push(colorCode + 'm+' + module.exports.humanize(this.diff) + '\u001B[0m');
	} else {
		args[0] = getDate() + name + ' ' + args[0];
	}
}

function getDate() {
	if (exports.inspectOpts.hideDate) {
		return '';
	}
	return new Date().toISOString() + ' ';
}

/**
 * Invokes `util.formatWithOptions()` with the specified arguments and writes to stderr.
 */

function log(...args) {
	return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + '\n');
}

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	if (namespaces) {
		process.env.DEBUG = namespaces;
	} else {
		// If you set a process.env field to null or undefined, it gets cast to the
		// string 'null' or 'undefined'. Just delete instead.
		delete process.env.DEBUG;
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */

function load() {
	return process.env.DEBUG;
}

/**
 * Init logic for `debug` instances.
 *
 * Create a new `inspectOpts` object in case `useColors` is set
 * differently for a particular `debug` instance.
 */

function init(debug) {
	debug.inspectOpts = {};

	const keys = Object.keys(exports.inspectOpts);
	for (let i = 0; i < keys.length; i++) {
		debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %o to `util.inspect()`, all on a single line.
 */

formatters.o = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts)
		.split('\n')
		.map(str => str.trim())
		.join(' ');
};

/**
 * Map %O to `util.inspect()`, allowing multiple lines if needed.
 */

formatters.O = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts);
};


/***/ }),

/***/ 3813:
/***/ ((module) => {



module.exports = (flag, argv = process.argv) => {
	const prefix = flag.startsWith('-') ? '' : (flag.length === 1 ? '-' : '--');
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf('--');
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
};


/***/ }),

/***/ 1970:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


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
const net = __importStar(__nccwpck_require__(9278));
const tls = __importStar(__nccwpck_require__(4756));
const debug_1 = __importDefault(__nccwpck_require__(2830));
const events_1 = __nccwpck_require__(4434);
const agent_base_1 = __nccwpck_require__(8894);
const url_1 = __nccwpck_require__(7016);
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
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


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
const net = __importStar(__nccwpck_require__(9278));
const tls = __importStar(__nccwpck_require__(4756));
const assert_1 = __importDefault(__nccwpck_require__(2613));
const debug_1 = __importDefault(__nccwpck_require__(2830));
const agent_base_1 = __nccwpck_require__(8894);
const url_1 = __nccwpck_require__(7016);
const parse_proxy_response_1 = __nccwpck_require__(7943);
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
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseProxyResponse = void 0;
const debug_1 = __importDefault(__nccwpck_require__(2830));
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

/***/ 744:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 1450:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const os = __nccwpck_require__(857);
const tty = __nccwpck_require__(2018);
const hasFlag = __nccwpck_require__(3813);

const {env} = process;

let forceColor;
if (hasFlag('no-color') ||
	hasFlag('no-colors') ||
	hasFlag('color=false') ||
	hasFlag('color=never')) {
	forceColor = 0;
} else if (hasFlag('color') ||
	hasFlag('colors') ||
	hasFlag('color=true') ||
	hasFlag('color=always')) {
	forceColor = 1;
}

if ('FORCE_COLOR' in env) {
	if (env.FORCE_COLOR === 'true') {
		forceColor = 1;
	} else if (env.FORCE_COLOR === 'false') {
		forceColor = 0;
	} else {
		forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
	}
}

function translateLevel(level) {
	if (level === 0) {
		return false;
	}

	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}

function supportsColor(haveStream, streamIsTTY) {
	if (forceColor === 0) {
		return 0;
	}

	if (hasFlag('color=16m') ||
		hasFlag('color=full') ||
		hasFlag('color=truecolor')) {
		return 3;
	}

	if (hasFlag('color=256')) {
		return 2;
	}

	if (haveStream && !streamIsTTY && forceColor === undefined) {
		return 0;
	}

	const min = forceColor || 0;

	if (env.TERM === 'dumb') {
		return min;
	}

	if (process.platform === 'win32') {
		// Windows 10 build 10586 is the first Windows release that supports 256 colors.
		// Windows 10 build 14931 is the first release that supports 16m/TrueColor.
		const osRelease = os.release().split('.');
		if (
			Number(osRelease[0]) >= 10 &&
			Number(osRelease[2]) >= 10586
		) {
			return Number(osRelease[2]) >= 14931 ? 3 : 2;
		}

		return 1;
	}

	if ('CI' in env) {
		if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'GITHUB_ACTIONS', 'BUILDKITE'].some(sign => sign in env) || env.CI_NAME === 'codeship') {
			return 1;
		}

		return min;
	}

	if ('TEAMCITY_VERSION' in env) {
		return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	}

	if (env.COLORTERM === 'truecolor') {
		return 3;
	}

	if ('TERM_PROGRAM' in env) {
		const version = parseInt((env.TERM_PROGRAM_VERSION || '').split('.')[0], 10);

		switch (env.TERM_PROGRAM) {
			case 'iTerm.app':
				return version >= 3 ? 3 : 2;
			case 'Apple_Terminal':
				return 2;
			// No default
		}
	}

	if (/-256(color)?$/i.test(env.TERM)) {
		return 2;
	}

	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
		return 1;
	}

	if ('COLORTERM' in env) {
		return 1;
	}

	return min;
}

function getSupportLevel(stream) {
	const level = supportsColor(stream, stream && stream.isTTY);
	return translateLevel(level);
}

module.exports = {
	supportsColor: getSupportLevel,
	stdout: translateLevel(supportsColor(true, tty.isatty(1))),
	stderr: translateLevel(supportsColor(true, tty.isatty(2)))
};


/***/ }),

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

/***/ 3754:
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

// EXTERNAL MODULE: ./node_modules/http-proxy-agent/dist/index.js
var dist = __nccwpck_require__(1970);
// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js
var https_proxy_agent_dist = __nccwpck_require__(3669);
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
    /** Through HTTPS_PROXY / HTTP_PROXY when the runner sets one, as every other request of ours goes. */
    proxied;
    noProxy;
    constructor(concurrency, env = process.env) {
        const options = { keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency };
        this.agents = { http: new (external_node_http_default()).Agent(options), https: new (external_node_https_default()).Agent(options) };
        const httpsProxy = env['HTTPS_PROXY'] || env['https_proxy'];
        const httpProxy = env['HTTP_PROXY'] || env['http_proxy'];
        this.proxied = {
            https: httpsProxy ? new https_proxy_agent_dist.HttpsProxyAgent(httpsProxy, options) : undefined,
            http: httpProxy ? new dist.HttpProxyAgent(httpProxy, options) : undefined
        };
        this.noProxy = env['NO_PROXY'] || env['no_proxy'];
    }
    agentFor(url) {
        const secure = url.protocol === 'https:';
        const proxied = secure ? this.proxied.https : this.proxied.http;
        if (proxied && !bypassesProxy(url.hostname, this.noProxy))
            return proxied;
        return secure ? this.agents.https : this.agents.http;
    }
    request(url, method, headers, body, timeoutMs) {
        const secure = url.protocol === 'https:';
        const send = secure ? (external_node_https_default()).request : (external_node_http_default()).request;
        return new Promise((resolve, reject) => {
            const started = performance.now();
            const req = send(url, {
                method,
                headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
                agent: this.agentFor(url),
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
        for (const agent of [this.agents.http, this.agents.https, this.proxied.http, this.proxied.https])
            agent?.destroy();
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

/***/ 7588:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ cli)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./scripts/args.ts
// The command lines of the scripts a person runs (npm run demo, sandbox, smoke, federated-credentials, bench):
// node:util parseArgs with strict: true, --help/-h printing the usage, and a mistake refused in one line that
// names the flag or argument, the closest known one, and where the usage is. A script declares its flags once;
// the help text, the defaults and the typed values all come from that declaration.


/** A command's declaration, with its flags' types kept for the values parsed from it. */
function defineCommand(command) {
    return command;
}
/** A mistake on the command line: the message is the one line to print before exiting 2. */
class UsageError extends Error {
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
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options, strict: true, allowPositionals: true });
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

// EXTERNAL MODULE: ./actions/shared/errors.ts
var errors = __nccwpck_require__(9223);
// EXTERNAL MODULE: ./actions/shared/smoke/index.ts + 8 modules
var smoke = __nccwpck_require__(3754);
// EXTERNAL MODULE: ./actions/smoke/main.ts + 5 modules
var main = __nccwpck_require__(1103);
;// CONCATENATED MODULE: ./actions/smoke/cli.ts
// The smoke checks on a laptop: `npm run smoke -- smoke.yaml --base-url http://localhost:8080 [--key KEY]`,
// or `npx musafirgo-smoke ...` with the bundle. Prints a table; exits 1 when a check or a budget fails.





const command = defineCommand({
    name: 'smoke',
    invocation: 'musafirgo-smoke',
    usage: [
        'musafirgo-smoke <checks.yaml> [--base-url URL] [--key SUBSCRIPTION_KEY] [--concurrency N]',
        '                [--timeout 60s] [--budget 200ms] [--junit FILE] [--json FILE]',
        'musafirgo-smoke --url URL [--url URL ...]',
        'npm run smoke -- <the same arguments>'
    ],
    summary: "Runs the smoke action's checks from this machine against any URL: waits for the service to be ready, " +
        'runs each check within its latency budget, prints a table, and exits 1 when a check or a budget fails ' +
        '(2 on a usage mistake).',
    flags: {
        'base-url': { type: 'string', value: 'url', description: 'base URL of the relative paths, ${BASE_URL}' },
        key: {
            type: 'string',
            value: 'subscription-key',
            description: '${SUBSCRIPTION_KEY} in the checks',
            defaultText: 'the SUBSCRIPTION_KEY variable'
        },
        concurrency: { type: 'string', value: 'n', default: '8', description: 'checks in flight at once' },
        timeout: {
            type: 'string',
            value: 'duration',
            description: 'how long to wait for readiness (60s, 2m)',
            defaultText: "the checks file's readiness.timeout"
        },
        budget: {
            type: 'string',
            value: 'duration',
            description: 'p95 latency budget of the checks that declare none (200ms)'
        },
        junit: { type: 'string', value: 'file', description: 'write a JUnit XML report there' },
        json: { type: 'string', value: 'file', description: 'write the result as JSON there' },
        url: {
            type: 'string',
            value: 'url',
            multiple: true,
            description: 'a URL to GET instead of a checks file; each must answer 2xx'
        }
    },
    positionals: { name: 'checks file', description: 'the smoke checks (YAML) to run', max: 1 },
    examples: [
        'npm run smoke -- examples/itinerary/smoke.yaml --base-url http://localhost:8080',
        'npx musafirgo-smoke --url https://itinerary.example.com/health --budget 300ms'
    ]
});
/**
 * Runs the command line `argv`; returns the exit code. The table and the help go to `print`, a usage
 * mistake or an error to `printError` (stderr by default, `print` when only `print` is given).
 */
async function cli(argv, print, printError) {
    const out = print ?? ((line) => console.log(line));
    const err = printError ?? print ?? ((line) => console.error(line));
    let values;
    let positionals;
    try {
        const parsed = parseCommandLine(command, argv);
        if (parsed === 'help') {
            out(helpText(command));
            return 0;
        }
        ({ values, positionals } = parsed);
        if (positionals.length === 0 && values.url.length === 0)
            throw usageError(command, 'give a checks file or at least one --url');
        if (!/^\d+$/.test(values.concurrency) || +values.concurrency < 1 || +values.concurrency > 256)
            throw usageError(command, `--concurrency must be an integer from 1 to 256, not '${cut(values.concurrency)}'`);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        err(error.message);
        return 2;
    }
    try {
        const suite = await (0,main/* suiteFromInputs */.y)({
            checks: positionals[0],
            urls: values.url,
            concurrency: Number(values.concurrency),
            budgetMs: values.budget ? (0,smoke/* parseDuration */.E9)(values.budget, '--budget') : undefined
        });
        const result = await (0,smoke/* runSmoke */.Lw)(suite, {
            baseUrl: values['base-url'],
            variables: { SUBSCRIPTION_KEY: values.key ?? process.env['SUBSCRIPTION_KEY'] ?? '' },
            concurrency: Number(values.concurrency),
            readinessTimeoutMs: values.timeout ? (0,smoke/* parseDuration */.E9)(values.timeout, '--timeout') : undefined
        });
        const width = Math.max(5, ...result.checks.map(check => check.name.length));
        out(`${'check'.padEnd(width)}  status  p50 ms  p95 ms  result`);
        for (const check of result.checks) {
            out(`${check.name.padEnd(width)}  ${String(check.status).padStart(6)}  ${String(check.p50Ms).padStart(6)}  ${String(check.p95Ms).padStart(6)}  ${check.ok ? 'pass' : `FAIL ${check.failures.join('; ')}`}`);
        }
        out((0,smoke/* headline */.Pl)(result));
        if (values.junit)
            await (0,promises_.writeFile)(values.junit, (0,smoke/* junitXml */.E5)(result));
        if (values.json)
            await (0,promises_.writeFile)(values.json, JSON.stringify(result, null, 2));
        return result.ok ? 0 : 1;
    }
    catch (error) {
        err(`smoke: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return 2;
    }
}


/***/ }),

/***/ 9812:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7588);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1103);
// One bundle, two doors: the runner starts it without arguments (the action); a person runs it with a
// checks file and flags (`npx musafirgo-smoke smoke.yaml --base-url http://localhost:8080`).


if (process.argv.length > 2)
    process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .cli */ .x)(process.argv.slice(2));
else
    await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1103:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
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
        (0,external_node_fs_.appendFileSync)(file, markdown.endsWith(external_node_os_namespaceObject.EOL) ? markdown : `${markdown}${external_node_os_namespaceObject.EOL}`, 'utf8');
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
// EXTERNAL MODULE: ./actions/shared/smoke/index.ts + 8 modules
var smoke = __nccwpck_require__(3754);
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

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ var __webpack_exports__ = __nccwpck_require__(9812);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
