export const id = 179;
export const ids = [179];
export const modules = {

/***/ 2179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   transport: () => (/* binding */ transport)
/* harmony export */ });
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9751);
/* harmony import */ var http_proxy_agent__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1970);
/* harmony import */ var http_proxy_agent__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(http_proxy_agent__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3669);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(https_proxy_agent__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9866);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5110);





/**
 * Connections through a proxy that stay open between requests. The SDK's own proxy policy makes its proxy
 * agents without keep-alive, so every request through HTTPS_PROXY pays a new CONNECT and TLS handshake; a
 * registry conversation is dozens of small requests. An agent set on the request takes precedence.
 */
function keepAliveProxyPolicy() {
    const agents = new Map();
    return {
        name: 'keepAliveProxyPolicy',
        sendRequest(request, next) {
            const url = new URL(request.url);
            const proxy = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyFor */ .i)(url);
            if (proxy && !request.agent) {
                const key = `${url.protocol} ${proxy}`;
                let agent = agents.get(key);
                if (!agent) {
                    agent =
                        url.protocol === 'https:'
                            ? new https_proxy_agent__WEBPACK_IMPORTED_MODULE_2__.HttpsProxyAgent(proxy, { keepAlive: true })
                            : new http_proxy_agent__WEBPACK_IMPORTED_MODULE_1__.HttpProxyAgent(proxy, { keepAlive: true });
                    agents.set(key, agent);
                }
                request.agent = agent;
            }
            return next(request);
        }
    };
}
let shared;
/**
 * The one HTTP transport for the requests we make ourselves (registries, ACR's token service, GitHub and Entra
 * behind a proxy): the Azure SDK's client with the proxy and user-agent policies, and no retry or form-data
 * policy (callers retry through retry.ts; the form-data check loads undici).
 */
function transport() {
    if (!shared) {
        const pipeline = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__.createEmptyPipeline)();
        pipeline.addPolicy(keepAliveProxyPolicy());
        pipeline.addPolicy((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__.proxyPolicy)());
        pipeline.addPolicy((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__.userAgentPolicy)({ userAgentPrefix: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .userAgent */ .N }));
        shared = { pipeline, client: (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__.createDefaultHttpClient)() };
    }
    return shared;
}


/***/ })

};
