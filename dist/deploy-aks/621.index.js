export const id = 621;
export const ids = [621];
export const modules = {

/***/ 9621:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch)
/* harmony export */ });
// What ncc bundles in place of undici (tsconfig.json paths). @actions/http-client and @actions/github import it
// at start-up for a proxy agent and a fetch that our actions never use: every request they make goes through
// actions/shared/http.ts. The real undici is 0.9 MiB and about 40 ms of CPU at the start of every step
// (actions/toolkit#1621, #1697). If anything does reach it, it says so at once.
const unused = what => {
  throw new Error(
    `undici.${what} is not bundled: musafirgo actions send every request through actions/shared/http.ts`
  );
};

class ProxyAgent {
  // @actions/github builds its default proxy dispatcher when HTTPS_PROXY is set, before any request: allowed.
  constructor() {}
  dispatch() {
    unused('ProxyAgent.dispatch');
  }
}

function fetch() {
  return unused('fetch');
}


/***/ })

};
