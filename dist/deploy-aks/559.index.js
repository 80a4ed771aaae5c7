export const id = 559;
export const ids = [559];
export const modules = {

/***/ 1559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(3360);
// EXTERNAL MODULE: ./actions/shared/clock.ts
var shared_clock = __webpack_require__(3676);
// EXTERNAL MODULE: ./actions/shared/log.ts
var log = __webpack_require__(8880);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./actions/shared/errors.ts
var errors = __webpack_require__(9223);
// EXTERNAL MODULE: ./actions/shared/inputs.ts
var inputs = __webpack_require__(7073);
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
    const engine = await __webpack_require__.e(/* import() */ 9).then(__webpack_require__.bind(__webpack_require__, 8009));
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
        const engine = await __webpack_require__.e(/* import() */ 9).then(__webpack_require__.bind(__webpack_require__, 8009));
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
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/shared/args.ts
var args = __webpack_require__(4549);
// EXTERNAL MODULE: ./actions/shared/summary.ts
var summary = __webpack_require__(6834);
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
        await (0,summary/* writeSummary */.Sy)().catch((error) => core/* warning */.$e(`the job summary could not be written: ${(0,errors/* errorMessage */.gJ)(error)}`));
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

// EXTERNAL MODULE: ./actions/shared/retry.ts
var retry = __webpack_require__(4280);
// EXTERNAL MODULE: ./actions/shared/http.ts + 1 modules
var http = __webpack_require__(5323);
;// CONCATENATED MODULE: ./actions/deploy-aks/gitops/clients.ts



async function call(service, request, describe) {
    const response = await (0,http/* httpRequest */.aj)(request);
    let body;
    try {
        body = response.text ? JSON.parse(response.text) : undefined;
    }
    catch {
        body = undefined;
    }
    if (response.status >= 200 && response.status < 300)
        return body;
    const message = String(body?.message ??
        response.text.slice(0, 200) ??
        `HTTP ${response.status}`).trim();
    throw new errors/* RemoteError */.Hi(describe(response.status, message), {
        service,
        code: String(body?.code ?? `HTTP${response.status}`),
        status: response.status,
        retryAfterSeconds: (0,retry/* parseRetryAfter */.m)(response.header('retry-after')),
        transient: (0,errors/* isTransientStatus */.Dm)(response.status)
    });
}
/**
 * GitHub's REST API through Octokit (@actions/github), the part a values-file bump needs: read a file, write it
 * with its blob sha, read a branch. Octokit sends through the actions' transport (HTTPS_PROXY, keep-alive); it is
 * loaded only in method gitops.
 */
class GitHubContents {
    apiUrl;
    token;
    repository;
    owner;
    repo;
    octokit;
    constructor(apiUrl, token, repository) {
        this.apiUrl = apiUrl;
        this.token = token;
        this.repository = repository;
        [this.owner, this.repo] = repository.split('/');
    }
    client() {
        this.octokit ??= Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(621)]).then(__webpack_require__.bind(__webpack_require__, 2413)).then(({ getOctokit }) => getOctokit(this.token, { baseUrl: this.apiUrl, request: { fetch: http/* transportFetch */.Eo } }));
        return this.octokit;
    }
    explain(action, what) {
        return (status, message) => {
            if (status === 401)
                return `GitHub refused the github-token (${message}): it is not a valid token; give a GitHub App installation token or a fine-grained token`;
            if (status === 403)
                return `GitHub does not let the github-token ${action} ${this.repository} (${message}): give it contents: write on ${this.repository} (the job's GITHUB_TOKEN cannot write another repository)`;
            if (status === 404)
                return `GitHub finds no ${what} (${message}): check the infra-repository, infra-branch and values-file inputs, and that the github-token may read ${this.repository}`;
            return `GitHub answered ${status} to ${action} ${what}: ${message}`;
        };
    }
    /** Octokit's RequestError as our RemoteError, with GitHub's message, status and Retry-After. */
    async call(request, describe) {
        try {
            return (await request(await this.client())).data;
        }
        catch (error) {
            const status = error.status;
            if (typeof status !== 'number' || (status === 500 && !error.response))
                throw error;
            const response = error
                .response;
            const data = response?.data;
            const message = (typeof data === 'string' ? data : (data?.message ?? error.message)).trim();
            throw new errors/* RemoteError */.Hi(describe(status, message), {
                service: 'github',
                code: `HTTP${status}`,
                status,
                retryAfterSeconds: (0,retry/* parseRetryAfter */.m)(response?.headers?.['retry-after']),
                transient: (0,errors/* isTransientStatus */.Dm)(status)
            });
        }
    }
    async read(path, ref) {
        const body = (await this.call(octokit => octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref }), this.explain('read', `${path} on ${ref} of ${this.repository}`)));
        if (body.type !== 'file' || body.encoding !== 'base64' || body.content === undefined) {
            throw new errors/* RemoteError */.Hi(`${path} in ${this.repository} is not a file GitHub can return (type ${body.type})`, {
                service: 'github',
                code: 'NotAFile'
            });
        }
        return { text: Buffer.from(body.content, 'base64').toString('utf8'), sha: body.sha };
    }
    /** Commits the file on the branch; a stale sha answers 409, which the caller retries after reading again. */
    async write(path, change) {
        const body = await this.call(octokit => octokit.rest.repos.createOrUpdateFileContents({
            owner: this.owner,
            repo: this.repo,
            path,
            message: change.message,
            content: Buffer.from(change.text, 'utf8').toString('base64'),
            sha: change.sha,
            branch: change.branch
        }), this.explain('write', `${path} on ${change.branch} of ${this.repository}`));
        return { commit: body.commit.sha ?? '', url: body.commit.html_url ?? '' };
    }
    async head(branch) {
        const body = await this.call(octokit => octokit.rest.git.getRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` }), this.explain('read', `branch ${branch} of ${this.repository}`));
        return body.object.sha;
    }
}
class ArgoCd {
    server;
    token;
    constructor(server, token) {
        this.server = server;
        this.token = token;
    }
    explain(action, application) {
        return (status, message) => {
            if (status === 401)
                return `Argo CD refused the argocd-token (${message}): generate an API token for the CI account (argocd account generate-token --account <account>)`;
            if (status === 403)
                return `Argo CD does not let the argocd-token ${action} ${application} (${message}): add an RBAC policy such as 'p, role:ci, applications, ${action}, <project>/${application}, allow' for its account`;
            if (status === 404)
                return `Argo CD has no application ${application} (${message}): check the argocd-application input`;
            return `Argo CD answered ${status} to ${action} ${application}: ${message}`;
        };
    }
    request(method, path, body) {
        return {
            method,
            url: `${this.server}/api/v1/applications/${encodeURIComponent(path)}`,
            headers: {
                authorization: `Bearer ${this.token}`,
                accept: 'application/json',
                ...(body === undefined ? {} : { 'content-type': 'application/json' })
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) })
        };
    }
    async get(application) {
        return (await call('argocd', this.request('GET', application), this.explain('get', application)));
    }
    /** Whether the token may `action` the application (GET /api/v1/account/can-i), asked before anything changes. */
    async canI(action, project, application) {
        const request = this.request('GET', application);
        request.url = `${this.server}/api/v1/account/can-i/applications/${action}/${encodeURIComponent(project)}/${encodeURIComponent(application)}`;
        const body = (await call('argocd', request, this.explain(action, application)));
        return body.value === 'yes';
    }
    /** The application's resource tree: its objects and what their controllers made (ReplicaSets, pods). */
    async resourceTree(application) {
        const request = this.request('GET', application);
        request.url += '/resource-tree';
        return (await call('argocd', request, this.explain('get', application)));
    }
    /** The live manifest of one object of the application (Argo CD answers it as a JSON string). */
    async liveObject(application, node) {
        const request = this.request('GET', application);
        const query = new URLSearchParams({
            namespace: node.namespace ?? '',
            resourceName: node.name,
            version: node.version,
            kind: node.kind,
            group: node.group ?? ''
        });
        request.url += `/resource?${query}`;
        const body = (await call('argocd', request, this.explain('get', application)));
        return JSON.parse(body.manifest ?? '{}');
    }
    /** ApplicationSyncRequest: the revision to sync to (omitted: the application's target revision). */
    async sync(application, revision) {
        const request = this.request('POST', application, {
            name: application,
            ...(revision ? { revision } : {}),
            prune: false,
            strategy: { apply: { force: false } }
        });
        request.url += '/sync';
        return (await call('argocd', request, this.explain('sync', application)));
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./actions/deploy-aks/gitops/values.ts


function parse(text, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { keepSourceTokens: true });
    if (doc.errors.length) {
        throw new errors/* ConfigurationError */.j1(`${file} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    }
    if (doc.contents !== null && !(0,dist/* isMap */.jh)(doc.contents)) {
        throw new errors/* ConfigurationError */.j1(`${file} must hold a YAML mapping (Helm values), not a list or a scalar`);
    }
    return doc;
}
function scalarAt(doc, path, file) {
    const node = doc.getIn(path, true);
    if (node === undefined || node === null)
        return undefined;
    if (!(0,dist/* isScalar */.jn)(node))
        throw new errors/* ConfigurationError */.j1(`${file}: ${path.join('.')} must be a string, not a mapping or a list`);
    return node.value === null || node.value === undefined ? undefined : String(node.value);
}
/** The image the values file holds now. */
function readImage(text, key, file) {
    const doc = parse(text, file);
    const parent = doc.getIn(key, true);
    if (parent !== undefined && parent !== null && !(0,dist/* isMap */.jh)(parent))
        throw new errors/* ConfigurationError */.j1(`${file}: ${key.join('.')} must be a mapping with repository and digest`);
    return {
        repository: scalarAt(doc, [...key, 'repository'], file),
        digest: scalarAt(doc, [...key, 'digest'], file)
    };
}
/**
 * Sets `<key>.repository` and `<key>.digest`, keeping every comment, the order of keys and the formatting of
 * the rest of the file; returns the new text and what the file held before.
 */
function setImage(text, key, image, file) {
    const previous = readImage(text, key, file);
    if (previous.repository === image.repository && previous.digest === image.digest)
        return { text, previous, changed: false };
    const doc = parse(text, file);
    const nodes = ['repository', 'digest'].map(field => ({
        field,
        value: image[field],
        node: doc.getIn([...key, field], true)
    }));
    if (nodes.every(({ node }) => (0,dist/* isScalar */.jn)(node) && node.range)) {
        // Replace only the characters of each value, so comments, spacing and quoting of the file stay as they were.
        let edited = text;
        for (const { node, value } of [...nodes].sort((a, b) => rangeOf(b.node)[0] - rangeOf(a.node)[0])) {
            const [start, end] = rangeOf(node);
            const type = (0,dist/* isScalar */.jn)(node) ? node.type : undefined;
            const quote = type === 'QUOTE_SINGLE' ? "'" : type === 'QUOTE_DOUBLE' ? '"' : '';
            edited = `${edited.slice(0, start)}${quote}${value}${quote}${edited.slice(end)}`;
        }
        return { text: edited, previous, changed: true };
    }
    // A key the file lacks: added through the document, which keeps comments but may respace the file.
    for (const { field, node, value } of nodes) {
        if ((0,dist/* isScalar */.jn)(node))
            node.value = value;
        else
            doc.setIn([...key, field], value);
    }
    return { text: doc.toString({ lineWidth: 0 }), previous, changed: true };
}
function rangeOf(node) {
    const range = node.range;
    return range ? [range[0], range[1]] : [0, 0];
}

;// CONCATENATED MODULE: ./actions/deploy-aks/gitops/deploy.ts







const deploy_short = (sha) => (sha ? sha.slice(0, 7) : '–');
const terminal = ['Succeeded', 'Failed', 'Error'];
/** The `<owner>/<name>` of a GitHub repoURL (https or ssh, with or without .git), lower case. */
function repositoryOf(repoURL) {
    const m = /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/i.exec(repoURL ?? '');
    return m?.[1]?.toLowerCase();
}
/**
 * Before anything is committed: the application exists, the token may read it, it follows the infrastructure
 * repository's branch and reads the values file this step changes (otherwise the commit would deploy nothing).
 */
function checkApplication(app, inputs) {
    const sources = app.spec?.sources ?? (app.spec?.source ? [app.spec.source] : []);
    const ours = sources.filter(s => repositoryOf(s.repoURL) === inputs.repository.toLowerCase());
    const name = inputs.application;
    if (!ours.length) {
        throw new errors/* ConfigurationError */.j1(`Argo CD application ${name} follows ${sources.map(s => s.repoURL).join(', ') || 'no repository'}, not ${inputs.repository}: check the infra-repository and argocd-application inputs`);
    }
    const refs = new Map(sources.filter(s => s.ref).map(s => [`$${s.ref}`, s]));
    const valueFiles = ours.flatMap(s => (s.helm?.valueFiles ?? []).map(file => {
        const ref = refs.get(file.split('/')[0]);
        // Multi-source applications name another source's files as $<ref>/<path>.
        return ref ? file.slice(file.indexOf('/') + 1) : external_node_path_.posix.normalize(external_node_path_.posix.join(s.path ?? '.', file));
    }));
    const sourcesOfFile = [...ours, ...[...refs.values()].filter(s => repositoryOf(s.repoURL))];
    const branches = new Set(sourcesOfFile.map(s => s.targetRevision || 'HEAD'));
    if (![...branches].some(b => b === inputs.branch || b === `refs/heads/${inputs.branch}` || b === 'HEAD')) {
        throw new errors/* ConfigurationError */.j1(`Argo CD application ${name} follows ${[...branches].join(', ')} of ${inputs.repository}, not ${inputs.branch}: set infra-branch to the branch it follows`);
    }
    if (!valueFiles.includes(inputs.valuesFile)) {
        throw new errors/* ConfigurationError */.j1(`Argo CD application ${name} reads ${valueFiles.join(', ') || 'no values file'}, not ${inputs.valuesFile}: a commit there would change nothing it deploys; check values-file`);
    }
}
function commitMessage(inputs) {
    const source = process.env['GITHUB_REPOSITORY'];
    const sha = process.env['GITHUB_SHA'];
    const run = process.env['GITHUB_RUN_ID'];
    const server = process.env['GITHUB_SERVER_URL'] ?? 'https://github.com';
    return [
        `deploy ${inputs.application}: ${inputs.image.reference}`,
        '',
        `Sets ${inputs.imageKey.join('.')}.repository and .digest in ${inputs.valuesFile}.`,
        ...(source && sha ? [`Built from ${source}@${sha}.`] : []),
        ...(source && run ? [`Run: ${server}/${source}/actions/runs/${run}`] : [])
    ].join('\n');
}
/** Read, edit, write with the blob sha; on 409 read again and re-apply (bounded, through the retry helper). */
async function commitImage(github, inputs, image, message, clock, only) {
    let conflicts = 0;
    return (0,retry/* retry */.L)(async () => {
        const file = await github.read(inputs.valuesFile, inputs.branch);
        const skipped = only?.(readImage(file.text, inputs.imageKey, inputs.valuesFile));
        if (skipped)
            return { skipped };
        const edit = setImage(file.text, inputs.imageKey, image, inputs.valuesFile);
        if (!edit.changed) {
            return {
                revision: await github.head(inputs.branch),
                changed: false,
                previous: edit.previous,
                conflicts
            };
        }
        const written = await github.write(inputs.valuesFile, {
            text: edit.text,
            sha: file.sha,
            branch: inputs.branch,
            message
        });
        return {
            revision: written.commit,
            url: written.url,
            changed: true,
            previous: edit.previous,
            conflicts
        };
    }, {
        label: `commit to ${inputs.valuesFile} of ${inputs.repository}`,
        maxAttempts: 6,
        baseDelayMs: 250,
        clock,
        isRetryable: error => (0,errors/* isTransient */.dg)(error) || (error instanceof errors/* RemoteError */.Hi && error.status === 409),
        onRetry: info => {
            if (info.error instanceof errors/* RemoteError */.Hi && info.error.status === 409)
                conflicts++;
            (0,log/* logRetry */.zD)(info);
        }
    });
}
function healthDetails(app) {
    return (app.status?.resources ?? [])
        .filter(r => r.health?.message || (r.health?.status && r.health.status !== 'Healthy'))
        .map(r => `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}: ${r.health?.message ?? r.health?.status}`)
        .join('; ');
}
/**
 * Asks Argo CD to sync `revision` and polls the application until the sync that holds our image succeeded and the
 * application is Synced and Healthy; fails fast on a failed sync or Degraded health, with Argo CD's message.
 */
async function syncAndWait(argo, github, inputs, revision, deps) {
    const { clock } = deps;
    const transientGet = () => (0,retry/* retry */.L)(() => argo.get(inputs.application), {
        label: `read ${inputs.application}`,
        clock,
        onRetry: log/* logRetry */.zD
    });
    await (0,retry/* retry */.L)(() => argo.sync(inputs.application, deps.automated ? undefined : revision), {
        label: `sync ${inputs.application}`,
        clock,
        // Argo CD refuses a sync while another operation runs (an auto-sync, another pipeline): wait for it.
        isRetryable: e => (0,errors/* isTransient */.dg)(e) ||
            (e instanceof errors/* RemoteError */.Hi && /another operation is already in progress/.test(e.message)),
        onRetry: log/* logRetry */.zD
    });
    core/* info */.pq(`Argo CD: sync of ${inputs.application} to ${deps.automated ? `${inputs.branch} (auto-sync)` : deploy_short(revision)} requested`);
    const deadline = clock.now() + inputs.timeoutMs;
    const holdsOurs = new Map([[revision, true]]);
    let last = '';
    for (;;) {
        const app = await transientGet();
        const op = app.status?.operationState;
        const health = app.status?.health?.status ?? 'Unknown';
        const sync = app.status?.sync?.status ?? 'Unknown';
        const details = healthDetails(app);
        const line = `sync ${sync} (${deploy_short(app.status?.sync?.revision)}), operation ${op?.phase ?? 'none'}, health ${health}${details ? ` (${details})` : ''}`;
        if (line !== last) {
            core/* info */.pq(`Argo CD ${inputs.application}: ${line}`);
            deps.progress.push([
                (0,log/* formatMs */._V)(clock.now() - deps.started),
                `${sync} ${deploy_short(app.status?.sync?.revision)}`,
                op ? `${op.phase} ${deploy_short(op.syncResult?.revision)}` : '–',
                health,
                details || (op?.phase !== 'Succeeded' ? (op?.message ?? '') : '')
            ]);
            last = line;
        }
        if (!app.operation && op && terminal.includes(op.phase)) {
            if (op.phase !== 'Succeeded')
                return {
                    ok: false,
                    revision: op.syncResult?.revision,
                    failure: `the sync ${op.phase === 'Error' ? 'errored' : 'failed'}: ${op.message}`
                };
            const synced = op.syncResult?.revision;
            if (synced && !holdsOurs.has(synced)) {
                // Another writer's later commit was synced: it deploys our image if the values file still names it.
                const file = await github.read(inputs.valuesFile, synced);
                const image = readImage(file.text, inputs.imageKey, inputs.valuesFile);
                holdsOurs.set(synced, image.repository === inputs.image.repository && image.digest === inputs.image.digest);
            }
            if (synced && holdsOurs.get(synced)) {
                if (health === 'Degraded')
                    return {
                        ok: false,
                        revision: synced,
                        failure: `${inputs.application} is Degraded at ${deploy_short(synced)}: ${details}`
                    };
                if (sync === 'Synced' && health === 'Healthy')
                    return { ok: true, revision: synced };
            }
            else if (synced) {
                return {
                    ok: false,
                    revision: synced,
                    failure: `${inputs.application} was synced to ${deploy_short(synced)}, which no longer names ${inputs.image.reference} (a newer bump replaced it)`
                };
            }
        }
        if (clock.now() + deps.pollMs > deadline) {
            return {
                ok: false,
                revision: op?.syncResult?.revision,
                failure: `${inputs.application} is not Synced and Healthy within ${(0,log/* formatMs */._V)(inputs.timeoutMs)}: ${line}`
            };
        }
        await clock.sleep(deps.pollMs);
    }
}
/**
 * What the application's pods run, through Argo CD (the step has no cluster credentials): every pod of the resource
 * tree whose container names the image's repository runs the digest deployed, by its live status' imageID.
 */
async function verifyPods(argo, inputs, clock) {
    const tree = await (0,retry/* retry */.L)(() => argo.resourceTree(inputs.application), {
        label: `read the resource tree of ${inputs.application}`,
        clock,
        onRetry: log/* logRetry */.zD
    });
    const ours = (image) => (image ?? '').startsWith(inputs.image.repository);
    const pods = (tree.nodes ?? []).filter(n => n.kind === 'Pod' && (n.images ?? []).some(ours));
    for (const node of pods.slice(0, 20)) {
        const pod = await (0,retry/* retry */.L)(() => argo.liveObject(inputs.application, node), {
            label: `read pod ${node.name} of ${inputs.application}`,
            clock,
            onRetry: log/* logRetry */.zD
        });
        if (pod.metadata?.deletionTimestamp)
            continue;
        for (const container of pod.spec?.containers ?? []) {
            if (!ours(container.image))
                continue;
            const status = pod.status?.containerStatuses?.find(c => c.name === container.name);
            if (!status?.imageID?.endsWith(`@${inputs.image.digest}`))
                return {
                    ok: false,
                    failure: `${inputs.application} is Synced and Healthy, but pod ${node.name}, container ${container.name} runs ${status?.imageID || container.image}, not the image deployed (${inputs.image.reference}): the chart does not put ${inputs.imageKey.join('.')}.digest into the pod spec`
                };
        }
    }
    core/* info */.pq(`Argo CD ${inputs.application}: ${pods.length} pod${pods.length === 1 ? '' : 's'} run ${inputs.image.reference}`);
    return { ok: true };
}
/**
 * Method gitops: commit the image into the values file, sync the Argo CD application to the commit and watch it;
 * on failure commit a revert (never over a newer bump) and sync that. Nothing is committed when the application
 * does not follow the file or the token may not sync it.
 */
async function deployGitops(inputs, options) {
    const { clock, phases } = options;
    const pollMs = options.pollMs ?? 2000;
    const progress = [];
    const started = clock.now();
    const github = new GitHubContents(inputs.githubApiUrl, inputs.githubToken, inputs.repository);
    const argo = new ArgoCd(inputs.argocdServer, inputs.argocdToken);
    const before = await phases.time('Check application', () => (0,retry/* retry */.L)(() => argo.get(inputs.application), {
        label: `read ${inputs.application}`,
        clock,
        onRetry: log/* logRetry */.zD
    }));
    checkApplication(before, inputs);
    const project = before.spec?.project ?? 'default';
    if (!(await argo.canI('sync', project, inputs.application))) {
        throw new errors/* ConfigurationError */.j1(`Argo CD lets the argocd-token read ${inputs.application} but not sync it: add the RBAC policy 'p, role:ci, applications, sync, ${project}/${inputs.application}, allow' for its account (nothing was committed)`);
    }
    const automated = !!before.spec?.syncPolicy?.automated;
    const previousRevision = before.status?.operationState?.syncResult?.revision ?? '';
    const image = { repository: inputs.image.repository, digest: inputs.image.digest };
    const bump = (await phases.time('Commit', () => commitImage(github, inputs, image, commitMessage(inputs), clock)));
    core/* info */.pq(bump.changed
        ? `Committed ${inputs.image.reference} to ${inputs.valuesFile} of ${inputs.repository}: ${bump.url}${bump.conflicts ? ` (after ${bump.conflicts} concurrent push${bump.conflicts > 1 ? 'es' : ''})` : ''}`
        : `${inputs.valuesFile} already names ${inputs.image.reference}: nothing to commit; syncing ${deploy_short(bump.revision)}`);
    const watching = { clock, pollMs, progress, started, automated };
    const synced = await phases.time('Sync and rollout', () => syncAndWait(argo, github, inputs, bump.revision, watching));
    const watch = synced.ok
        ? { ...(await phases.time('Verify', () => verifyPods(argo, inputs, clock))), revision: synced.revision }
        : synced;
    if (watch.ok || !bump.changed)
        return { bump, watch, progress, previousRevision };
    const revert = await phases.time('Revert', async () => {
        const { repository, digest } = bump.previous;
        if (!repository || !digest)
            return {
                skipped: `${inputs.valuesFile} named no image before (${inputs.imageKey.join('.')}), nothing to put back`
            };
        const result = await commitImage(github, inputs, { repository, digest }, `Revert "deploy ${inputs.application}: ${inputs.image.reference}"\n\n${watch.failure}\nThis reverts the image of ${bump.revision}.`, clock, 
        // Never clobber a newer bump: put the previous image back only while the file still names ours.
        current => current.repository === image.repository && current.digest === image.digest
            ? undefined
            : `${inputs.valuesFile} names ${current.repository}@${current.digest} since a newer commit; left as it is`);
        if ('skipped' in result)
            return { skipped: result.skipped };
        core/* info */.pq(`Reverted ${inputs.valuesFile} to ${repository}@${digest}: ${result.url ?? deploy_short(result.revision)}`);
        const again = await syncAndWait(argo, github, { ...inputs, image: { ...inputs.image, repository, digest, reference: `${repository}@${digest}` } }, result.revision, watching);
        return { commit: result, watch: again };
    });
    return { bump, watch, revert, progress, previousRevision };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./actions/deploy-aks/kube/token.ts
var kube_token = __webpack_require__(8925);
;// CONCATENATED MODULE: ./actions/deploy-aks/helm/cli.ts







/** Helm failed: the subcommand and Helm's own message (its `Error: ...` line). */
class HelmError extends Error {
    command;
    helmMessage;
    stage;
    name = 'HelmError';
    constructor(command, helmMessage, 
    /** 'render': the upgrade's templates failed to render (helm template fails the same way), nothing applied. */
    stage) {
        super(`helm ${command} failed: ${helmMessage}`);
        this.command = command;
        this.helmMessage = helmMessage;
        this.stage = stage;
    }
}
/**
 * Helm's whole reason: everything from its last `Error: ` line on (a chart's `fail` message spans several lines,
 * NOTES.txt validation lists every problem), without the prefixes that repeat what failed; else its last line.
 */
function helmMessage(stderr) {
    const lines = stderr.split(/\r?\n/).map(l => l.trimEnd());
    const at = lines.map(l => l.startsWith('Error: ')).lastIndexOf(true);
    const reason = (at >= 0 ? lines.slice(at) : lines.filter(l => l.trim()).slice(-1))
        .filter(l => !/^WARNING: |^Use --debug flag to render out invalid YAML$/.test(l))
        .join('\n')
        .trim();
    // Helm repeats what failed (`UPGRADE FAILED: `); the command is already named.
    return (reason || 'no message').replace(/^Error: /, '').replace(/^[A-Z ]+FAILED: /, '');
}
/**
 * A kubeconfig for the cluster (server and CA from listClusterUserCredential) whose user is a client-go `exec`
 * credential plugin: our own bundle in token mode. No token in the file or on a command line; the file is 0600
 * in RUNNER_TEMP and `dispose` deletes it.
 */
function writeKubeconfig(cluster, credential, directory = process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)()) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(directory, 'deploy-aks-helm-'));
    const path = (0,external_node_path_.join)(dir, 'kubeconfig');
    const user = 'github-oidc';
    (0,external_node_fs_.writeFileSync)(path, (0,dist/* stringify */.As)({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [
            {
                name: cluster.name,
                cluster: { server: cluster.server, 'certificate-authority-data': cluster.caData }
            }
        ],
        users: [
            {
                name: user,
                user: {
                    exec: {
                        apiVersion: 'client.authentication.k8s.io/v1',
                        command: credential.command,
                        args: credential.args,
                        env: [{ name: kube_token/* TOKEN_MODE_VARIABLE */.D3, value: 'exec-credential' }],
                        interactiveMode: 'Never',
                        provideClusterInfo: false
                    }
                }
            }
        ],
        contexts: [{ name: cluster.name, context: { cluster: cluster.name, user } }],
        'current-context': cluster.name
    }), { mode: 0o600 });
    return { path, dispose: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }) };
}
/** The `helm` executable on PATH, found before any network call; a missing helm is a configuration error. */
function findHelm(env = process.env) {
    for (const dir of (env['PATH'] ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_.join)(dir, 'helm');
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            if ((0,external_node_fs_.statSync)(candidate).isFile())
                return candidate;
        }
        catch {
            // not in this directory
        }
    }
    throw new errors/* ConfigurationError */.j1('helm is not on PATH; GitHub-hosted runners have it, on a self-hosted runner install it first (azure/setup-helm)');
}
/**
 * Runs Helm against the kubeconfig, in the namespace; its stdout is returned, a failure becomes a HelmError with
 * Helm's own message.
 */
function helmCli(kubeconfig, namespace, env = process.env, log = () => undefined, helm = findHelm(env), timeoutMs = 600_000) {
    return args => new Promise((resolve, reject) => {
        log(`helm ${args.join(' ')}`);
        // The step's timeout bounds every Helm command: its own waits (hooks) by --timeout where it takes one, and
        // the process itself, which is stopped a little after (a hung API server must not hang the job).
        const bounded = ['upgrade', 'rollback', 'uninstall', 'test'].includes(args[0])
            ? [...args, '--timeout', `${Math.max(1, Math.round(timeoutMs / 1000))}s`]
            : args;
        (0,external_node_child_process_.execFile)(helm, [...bounded, '--kubeconfig', kubeconfig, '--namespace', namespace], { env, maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs + 30_000, killSignal: 'SIGTERM' }, (error, stdout, stderr) => {
            if (!error)
                return resolve({ stdout, stderr });
            if (error.killed)
                return reject(new HelmError(args[0], `it did not finish within the timeout (${Math.round(timeoutMs / 1000)} s) and was stopped`));
            reject(new HelmError(args[0], helmMessage(stderr)));
        });
    });
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./actions/deploy-aks/kube/client.ts


/** The reference of an object as the manifests or the server have it. */
function refOf(object) {
    return {
        apiVersion: object.apiVersion ?? '',
        kind: object.kind ?? '',
        name: object.metadata?.name ?? '',
        ...(object.metadata?.namespace ? { namespace: object.metadata.namespace } : {})
    };
}
/** The server's refusal, shaped as @kubernetes/client-node's ApiException: the HTTP status and the Status body. */
class KubeApiError extends Error {
    code;
    body;
    constructor(code, body) {
        super(`HTTP ${code}`);
        this.code = code;
        this.body = body;
    }
}
/** The API server and its CA from a kubeconfig (the current context's cluster); its users are not used. */
function clusterOf(kubeconfig) {
    const config = (0,dist.parse)(kubeconfig);
    const context = config?.contexts?.find(c => c.name === config['current-context']) ?? config?.contexts?.[0];
    const cluster = config?.clusters?.find(c => c.name === context?.context?.cluster) ?? config?.clusters?.[0] ?? undefined;
    if (!cluster?.cluster?.server)
        throw new Error('the kubeconfig names no cluster server');
    return {
        name: cluster.name,
        server: cluster.cluster.server,
        ...(cluster.cluster['certificate-authority-data']
            ? { caData: cluster.cluster['certificate-authority-data'] }
            : {})
    };
}
class KubeClient {
    server;
    ca;
    credential;
    transport;
    discovered = new Map();
    constructor(server, ca, credential, env = process.env) {
        this.server = server;
        this.ca = ca;
        this.credential = credential;
        // The step's one transport: keep-alive, HTTPS_PROXY/NO_PROXY, the cluster's CA checked through a tunnel too.
        this.transport = env === process.env ? http/* transport */.et : new http/* HttpTransport */.G5({ env });
    }
    async read(ref) {
        return this.call('GET', await this.path(ref, true));
    }
    async list(options) {
        const query = new URLSearchParams();
        if (options.fieldSelector)
            query.set('fieldSelector', options.fieldSelector);
        if (options.labelSelector)
            query.set('labelSelector', options.labelSelector);
        const path = await this.path({ ...options, name: '' }, false);
        return this.call('GET', `${path}${query.size ? `?${query}` : ''}`);
    }
    /** Server-side apply (the only PATCH deploy-aks sends): the object as this field manager's intent. */
    async apply(object, options) {
        const query = new URLSearchParams({ fieldManager: options.fieldManager });
        if (options.force)
            query.set('force', 'true');
        if (options.dryRun)
            query.set('dryRun', options.dryRun);
        return this.call('PATCH', `${await this.path(refOf(object), true)}?${query}`, JSON.stringify(object), 'application/apply-patch+yaml');
    }
    /** PUT of the whole object; its resourceVersion makes a concurrent change fail with 409 instead of being lost. */
    async replace(object) {
        return this.call('PUT', await this.path(refOf(object), true), JSON.stringify(object), 'application/json');
    }
    async delete(ref) {
        return this.call('DELETE', await this.path(ref, true));
    }
    /** A container's last log lines (`pods/log`), as text. */
    async log(options) {
        const query = new URLSearchParams({ container: options.container });
        if (options.tailLines !== undefined)
            query.set('tailLines', String(options.tailLines));
        if (options.previous)
            query.set('previous', 'true');
        const path = `/api/v1/namespaces/${encodeURIComponent(options.namespace)}/pods/${encodeURIComponent(options.name)}/log?${query}`;
        const { status, text } = await this.send('GET', path);
        if (status < 200 || status >= 300)
            throw new KubeApiError(status, text);
        return text;
    }
    /** `/api/v1/namespaces/<ns>/<resource>/<name>` or `/apis/<group>/<version>/...`, the resource from discovery. */
    async path(ref, named) {
        const { apiVersion } = ref;
        const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
        let resources = this.discovered.get(apiVersion);
        if (!resources) {
            resources = this.call('GET', base).then(list => new Map((list.resources ?? [])
                .filter(r => !r.name.includes('/'))
                .map(r => [r.kind, { name: r.name, namespaced: r.namespaced }])));
            resources.catch(() => this.discovered.delete(apiVersion));
            this.discovered.set(apiVersion, resources);
        }
        const resource = (await resources).get(ref.kind);
        if (!resource) {
            throw new KubeApiError(404, JSON.stringify({
                kind: 'Status',
                reason: 'NotFound',
                message: `the server has no resource for ${apiVersion} ${ref.kind} (is its CustomResourceDefinition installed?)`
            }));
        }
        const scope = resource.namespaced && ref.namespace ? `/namespaces/${encodeURIComponent(ref.namespace)}` : '';
        const name = named ? `/${encodeURIComponent(ref.name)}` : '';
        return `${base}${scope}/${resource.name}${name}`;
    }
    async send(method, path, body, contentType) {
        const { credential } = this;
        const headers = {
            accept: 'application/json',
            ...('token' in credential ? { authorization: `Bearer ${await credential.token()}` } : {}),
            ...(body === undefined ? {} : { 'content-type': contentType })
        };
        return this.transport.request({
            url: new URL(path, this.server),
            method,
            headers,
            body,
            ca: this.ca,
            ...('certificate' in credential ? { clientCertificate: credential.certificate } : {})
        });
    }
    async call(method, path, body, contentType) {
        const { status, text } = await this.send(method, path, body, contentType);
        if (status < 200 || status >= 300)
            throw new KubeApiError(status, text);
        try {
            return (text ? JSON.parse(text) : {});
        }
        catch {
            throw new KubeApiError(status, text);
        }
    }
}

;// CONCATENATED MODULE: ./actions/deploy-aks/kube/rollout.ts




const FIELD_MANAGER = 'musafirgo-deploy-aks';
const HASH_LABEL = 'pod-template-hash';
const REVISION = 'deployment.kubernetes.io/revision';
/** A pod in one of these states will not recover without a new image or configuration: fail at once. */
const FATAL_WAITING = [
    'ImagePullBackOff',
    'ErrImagePull',
    'CrashLoopBackOff',
    'InvalidImageName',
    'CreateContainerConfigError'
];
const CLUSTER_SCOPED = [
    'Namespace',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'PersistentVolume',
    'StorageClass',
    'PriorityClass',
    'IngressClass',
    'ValidatingWebhookConfiguration',
    'MutatingWebhookConfiguration'
];
/** The workload kinds a rollout waits for: what they run is watched until it serves (or, for a Job, completes). */
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'];
const WORKLOAD_API = {
    Deployment: 'apps/v1',
    StatefulSet: 'apps/v1',
    DaemonSet: 'apps/v1',
    Job: 'batch/v1'
};
const isWorkload = (o) => WORKLOAD_KINDS.includes(o.kind ?? '') &&
    o.apiVersion === WORKLOAD_API[o.kind];
const describe = (o) => `${o.kind}/${o.metadata?.name ?? '?'}`;
class RolloutFailure extends Error {
    hint;
    pods;
    constructor(message, hint, pods = []) {
        super(message);
        this.hint = hint;
        this.pods = pods;
    }
}
/** Kubernetes' Status message and reason, from the client's refusal, as a RemoteError. */
function kubeError(label, error) {
    const apiError = error;
    if (!(error instanceof Error) || typeof apiError.code !== 'number')
        return error;
    let body = {};
    try {
        body = (typeof apiError.body === 'string' ? JSON.parse(apiError.body) : apiError.body);
    }
    catch {
        body = {};
    }
    const message = body?.message ?? body?.error?.message ?? `HTTP ${apiError.code}`;
    const transient = (0,errors/* isTransientStatus */.Dm)(apiError.code);
    // A refusal names what was attempted itself; a transient fault is named by retry (the call, the attempts).
    return new errors/* RemoteError */.Hi(transient ? message : `${label}: ${message}`, {
        service: 'kubernetes',
        // An answer without a Status (a proxy, a load balancer in front of the API server): the HTTP status's name.
        code: body?.reason ??
            body?.error?.code ??
            (external_node_http_.STATUS_CODES[apiError.code] ?? `HTTP${apiError.code}`).replace(/[^A-Za-z]/g, ''),
        status: apiError.code
    });
}
/**
 * A call to the API server, retried when transient within the step's timeout (never past it), its refusal as a
 * RemoteError naming what was attempted.
 */
function kube(deps, label, call, options = {}) {
    return (0,retry/* retry */.L)(async () => {
        try {
            return await call();
        }
        catch (error) {
            throw kubeError(label, error);
        }
    }, {
        label,
        service: 'kubernetes',
        clock: deps.clock,
        onRetry: deps.onRetry,
        deadlineMs: Math.min(120_000, deps.timeoutMs),
        maxAttempts: options.maxAttempts ?? deps.attempts ?? 6
    });
}
/** The object, or undefined when the server has none of that name. */
async function readOrUndefined(deps, ref, options = {}) {
    try {
        return await kube(deps, `read ${ref.kind}/${ref.name}`, () => deps.api.read(ref), options);
    }
    catch (error) {
        if (error instanceof errors/* RemoteError */.Hi && error.status === 404)
            return undefined;
        throw error;
    }
}
const deploymentRef = (d) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    name: d.name,
    namespace: d.namespace
});
const selectorOf = (o) => Object.entries(o.spec?.selector?.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
/** The ReplicaSets a Deployment owns, newest revision first. */
async function replicaSets(deps, deployment) {
    const list = await kube(deps, `list ReplicaSets of ${describe(deployment)}`, () => deps.api.list({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        namespace: deployment.metadata?.namespace,
        labelSelector: selectorOf(deployment)
    }));
    const revision = (rs) => Number(rs.metadata?.annotations?.[REVISION] ?? 0);
    return list.items
        .filter(rs => rs.metadata?.ownerReferences?.some(o => o.uid === deployment.metadata?.uid))
        .sort((a, b) => revision(b) - revision(a));
}
function currentReplicaSet(deployment, sets) {
    const revision = deployment.metadata?.annotations?.[REVISION];
    return sets.find(rs => rs.metadata?.annotations?.[REVISION] === revision);
}
const hashOf = (rs) => rs?.metadata?.labels?.[HASH_LABEL];
/** The pod-template-hash of the ReplicaSet serving a Deployment now; undefined when there is none. */
async function servingRevision(deps, deployment) {
    const live = await readOrUndefined(deps, deploymentRef(deployment));
    return live && hashOf(currentReplicaSet(live, await replicaSets(deps, live)));
}
/** A ReplicaSet's pod template as its Deployment had it: without the hash label the controller added. */
function deploymentTemplate(rs) {
    const template = structuredClone(rs.spec.template);
    const labels = { ...template.metadata?.labels };
    delete labels[HASH_LABEL];
    return { ...template, metadata: { ...template.metadata, labels } };
}
/**
 * `kubectl rollout undo`: the Deployment's pod template put back to the one of its newest other ReplicaSet (or of the
 * ReplicaSet with that pod-template-hash), by a replace that fails on a concurrent change instead of overwriting it.
 * Returns the hash that served before and the one the Deployment goes back to.
 */
async function undoDeployment(deps, deployment, toRevision) {
    const label = `Deployment/${deployment.name} in ${deployment.namespace}`;
    const live = await readOrUndefined(deps, deploymentRef(deployment));
    if (!live)
        throw new RolloutFailure(`${label} does not exist`, 'check the namespace and the manifests input');
    const sets = await replicaSets(deps, live);
    const from = hashOf(currentReplicaSet(live, sets)) ?? '';
    const target = toRevision
        ? sets.find(rs => hashOf(rs) === toRevision)
        : sets.find(rs => hashOf(rs) !== from);
    if (!target) {
        throw new RolloutFailure(toRevision
            ? `${label} has no ReplicaSet with pod-template-hash ${toRevision} (it has ${sets.map(hashOf).join(', ') || 'none'})`
            : `${label} has no earlier ReplicaSet to go back to`, 'deploy the image you want instead (revisionHistoryLimit keeps the older ReplicaSets)');
    }
    const to = hashOf(target);
    await kube(deps, `roll back ${label}`, () => deps.api.replace({ ...live, spec: { ...live.spec, template: deploymentTemplate(target) } }));
    return { from, to };
}
/** Server-side apply as this step's field manager, taking over fields another manager set. */
async function apply(deps, object) {
    await kube(deps, `apply ${describe(object)}`, () => deps.api.apply(object, { fieldManager: FIELD_MANAGER, force: true }));
}
/** The pods a workload runs now (a Deployment's: those of its current ReplicaSet). */
async function podsOf(deps, owner) {
    const pods = await kube(deps, `list pods of ${describe(owner)}`, () => deps.api.list({
        apiVersion: 'v1',
        kind: 'Pod',
        namespace: owner.metadata?.namespace,
        labelSelector: selectorOf(owner)
    }));
    const uid = owner.metadata?.uid;
    return pods.items.filter(p => !uid || p.metadata?.ownerReferences?.some(o => o.uid === uid));
}
/** A fatal pod state among `pods`: `pod <name>, container <c>: <reason> (<message>)`. */
function fatalPod(pods) {
    for (const pod of pods) {
        for (const status of [
            ...(pod.status?.initContainerStatuses ?? []),
            ...(pod.status?.containerStatuses ?? [])
        ]) {
            const waiting = status.state?.waiting;
            if (waiting?.reason && FATAL_WAITING.includes(waiting.reason)) {
                return {
                    reason: waiting.reason,
                    pod: pod.metadata?.name ?? '',
                    text: `pod ${pod.metadata?.name}, container ${status.name}: ${waiting.reason}${waiting.message ? ` (${waiting.message})` : ''}`
                };
            }
        }
    }
    return undefined;
}
function hintFor(reason, namespace, pod) {
    if (reason === 'CrashLoopBackOff')
        return `read the container's logs (kubectl logs --namespace ${namespace} ${pod} --previous showed them; the job summary keeps their last lines and the pod's events, read before the rollback removed the pod), fix the image and deploy again`;
    if (reason === 'ImagePullBackOff' || reason === 'ErrImagePull' || reason === 'InvalidImageName')
        return "check that the image was pushed by that digest and that the cluster's kubelet identity has AcrPull on the registry, then deploy again";
    return 'fix the pod configuration and deploy again';
}
/** One look at a workload of any watched kind. */
async function look(deps, t) {
    const ref = { apiVersion: WORKLOAD_API[t.kind], kind: t.kind, name: t.name, namespace: t.namespace };
    const live = await readOrUndefined(deps, ref);
    if (!live)
        return undefined;
    const generation = live.metadata?.generation ?? 0;
    if (t.kind === 'Deployment') {
        const d = live;
        const desired = d.spec?.replicas ?? 1;
        const s = d.status ?? {};
        const observed = (s.observedGeneration ?? 0) >= generation;
        const sets = observed ? await replicaSets(deps, d) : [];
        const current = currentReplicaSet(d, sets);
        const progress = `${s.availableReplicas ?? 0}/${desired} available, ${s.updatedReplicas ?? 0} updated`;
        const pods = current ? await podsOf(deps, current) : [];
        if (observed &&
            current &&
            s.updatedReplicas === desired &&
            s.availableReplicas === desired &&
            (s.replicas ?? 0) === desired)
            return { done: { revision: hashOf(current) ?? '', pods }, progress };
        const stalled = s.conditions?.find(c => c.type === 'Progressing' && c.status === 'False');
        return {
            fatal: fatalPod(pods),
            ...(stalled ? { stalled: `${stalled.reason ?? 'not progressing'} (${stalled.message ?? ''})` } : {}),
            notReady: pods
                .filter(p => !(p.status?.containerStatuses ?? []).every(c => c.ready))
                .map(p => p.metadata?.name ?? ''),
            progress
        };
    }
    if (t.kind === 'StatefulSet') {
        const set = live;
        const desired = set.spec?.replicas ?? 1;
        const s = set.status ?? { replicas: 0 };
        const observed = (s.observedGeneration ?? 0) >= generation;
        const pods = (await podsOf(deps, set)).filter(p => !s.updateRevision || p.metadata?.labels?.['controller-revision-hash'] === s.updateRevision);
        const progress = `${s.readyReplicas ?? 0}/${desired} ready, ${s.updatedReplicas ?? 0} updated`;
        if (observed &&
            s.updatedReplicas === desired &&
            s.readyReplicas === desired &&
            s.currentRevision === s.updateRevision)
            return { done: { revision: s.updateRevision ?? '', pods }, progress };
        return { fatal: fatalPod(pods), progress };
    }
    if (t.kind === 'DaemonSet') {
        const set = live;
        const s = set.status ?? {
            currentNumberScheduled: 0,
            desiredNumberScheduled: 0,
            numberMisscheduled: 0,
            numberReady: 0
        };
        const observed = (s.observedGeneration ?? 0) >= generation;
        const pods = await podsOf(deps, set);
        const desired = s.desiredNumberScheduled ?? 0;
        const progress = `${s.numberAvailable ?? 0}/${desired} available, ${s.updatedNumberScheduled ?? 0} updated`;
        if (observed && desired > 0 && s.updatedNumberScheduled === desired && s.numberAvailable === desired)
            return { done: { revision: `generation ${generation}`, pods }, progress };
        return { fatal: fatalPod(pods), progress };
    }
    const job = live;
    const s = job.status ?? {};
    const pods = await podsOf(deps, job);
    const progress = `${s.succeeded ?? 0}/${job.spec?.completions ?? 1} succeeded, ${s.failed ?? 0} failed`;
    const complete = s.conditions?.find(c => c.type === 'Complete' && c.status === 'True');
    if (complete)
        return { done: { revision: 'complete', pods }, progress };
    const failed = s.conditions?.find(c => c.type === 'Failed' && c.status === 'True');
    if (failed) {
        const pod = pods.find(p => p.status?.phase === 'Failed');
        return {
            fatal: {
                reason: failed.reason ?? 'Failed',
                pod: pod?.metadata?.name ?? '',
                text: `${failed.reason ?? 'Failed'} (${failed.message ?? 'the Job failed'})${pod ? `; pod ${pod.metadata?.name} exited ${pod.status?.containerStatuses?.[0]?.state?.terminated?.exitCode ?? '?'}` : ''}`
            },
            progress
        };
    }
    return { fatal: fatalPod(pods), progress };
}
/** The running pods' imageIDs against the images set: every container runs its digest, or the step says what runs. */
function verify(deps, t, pods) {
    const expected = (deps.expected ?? []).filter(e => e.kind === t.kind && e.name === t.name && (e.namespace ?? t.namespace) === t.namespace);
    for (const e of expected) {
        const digest = e.image.slice(e.image.indexOf('@') + 1);
        for (const pod of pods) {
            const status = pod.status?.containerStatuses?.find(c => c.name === e.container);
            const running = status?.imageID ?? '';
            if (!running.endsWith(`@${digest}`)) {
                throw new RolloutFailure(`${t.kind}/${t.name} in ${t.namespace}: pod ${pod.metadata?.name}, container ${e.container} runs ${running.replace(/^docker-pullable:\/\//, '') || status?.image || 'nothing'}, not the image deployed (${e.image})`, 'the pod spec names the image, but what runs is another one: check for a mutating admission webhook or a policy rewriting images, and that the chart sets the digest', [pod.metadata?.name ?? '']);
            }
        }
    }
}
/**
 * Polls one workload until it is available (a Deployment's new ReplicaSet, a StatefulSet's update revision, a
 * DaemonSet's pods, a Job complete) and its pods run the digests deployed, a pod of it is in a back-off, the
 * progress deadline passes, the timeout runs out, or another rollout fails.
 */
async function waitFor(deps, t, deadline, stop) {
    let delay = deps.pollMs ?? 2000;
    for (;;) {
        if (stop.failed)
            return undefined;
        const state = await look(deps, t);
        if (!state)
            throw new RolloutFailure(`${describe(t.manifest)} disappeared during the rollout`, 'check who deleted it and deploy again');
        t.result.replicas = state.progress;
        if (state.done) {
            verify(deps, t, state.done.pods);
            t.result.revision = state.done.revision;
            return state.done.revision;
        }
        if (state.fatal) {
            throw new RolloutFailure(`${describe(t.manifest)} in ${t.namespace}: ${state.fatal.text}`, hintFor(state.fatal.reason, t.namespace, state.fatal.pod), [state.fatal.pod]);
        }
        if (state.stalled) {
            throw new RolloutFailure(`${describe(t.manifest)} in ${t.namespace}: ${state.stalled}`, 'describe the pods of its new ReplicaSet to see what keeps them from becoming ready', state.notReady ?? []);
        }
        if (deps.clock.now() + delay > deadline) {
            throw new RolloutFailure(`${describe(t.manifest)} in ${t.namespace}: not available within the timeout (${t.result.replicas})`, 'check readiness probes and resources of the new pods, or raise the timeout input', state.notReady ?? []);
        }
        await deps.clock.sleep(delay);
        delay = Math.min(delay * 1.5, 5000);
    }
}
/** Waits for every tracked workload at once; the first failure stops the others. */
async function waitAll(deps, tracked) {
    const stop = { failed: false };
    let failure;
    let failedAt = 0;
    let namespace;
    await Promise.all(tracked.map(async (t) => {
        try {
            const revision = await waitFor(deps, t, deps.clock.now() + deps.timeoutMs, stop);
            if (revision === undefined)
                t.result.outcome = 'cancelled';
            else {
                t.result.outcome = t.result.revision === t.result.previousRevision ? 'unchanged' : 'deployed';
                deps.log(`${describe(t.manifest)} in ${t.namespace}: revision ${t.result.revision} available (${t.result.replicas})${deps.expected?.some(e => e.name === t.name && e.kind === t.kind) ? ', its pods run the digests deployed' : ''}`);
            }
        }
        catch (error) {
            if (!(error instanceof RolloutFailure))
                throw error;
            stop.failed = true;
            if (!failure)
                namespace = t.namespace;
            failure ??= error;
            failedAt ||= deps.clock.now();
            t.result.outcome = 'failed';
            t.result.failure = error.message;
            deps.log(`Rollout failed: ${error.message}`);
        }
    }));
    return {
        failure,
        failedAt,
        failedPods: failure?.pods.filter(Boolean) ?? [],
        ...(namespace ? { namespace } : {})
    };
}
/**
 * The last log lines and the events of the pods that failed, read before anything is rolled back (which removes
 * them); what cannot be read is said so, never fails the step.
 */
async function diagnose(deps, namespace, pods) {
    const found = [];
    for (const name of pods.slice(0, 3)) {
        const pod = await readOrUndefined(deps, { apiVersion: 'v1', kind: 'Pod', name, namespace }, { maxAttempts: 2 }).catch(() => undefined);
        const events = await kube(deps, `list events of pod ${name}`, () => deps.api.list({
            apiVersion: 'v1',
            kind: 'Event',
            namespace,
            fieldSelector: `involvedObject.name=${name}`
        }), { maxAttempts: 2 })
            .then(list => list.items
            .slice(-10)
            .map(e => `${e.type} ${e.reason}: ${e.message}${(e.count ?? 1) > 1 ? ` (×${e.count})` : ''}`))
            .catch((error) => [`events could not be read: ${(0,errors/* errorMessage */.gJ)(error)}`]);
        for (const container of pod?.spec?.containers ?? []) {
            const status = pod?.status?.containerStatuses?.find(c => c.name === container.name);
            if (status?.ready)
                continue;
            const logs = await kube(deps, `read the log of pod ${name}`, () => deps.api.log({
                namespace,
                name,
                container: container.name,
                tailLines: 20,
                previous: Boolean(status?.lastState?.terminated)
            }), { maxAttempts: 2 })
                .then(text => text.split('\n').filter(Boolean))
                .catch((error) => [`the log could not be read: ${(0,errors/* errorMessage */.gJ)(error)}`]);
            found.push({ pod: name, container: container.name, logs, events });
        }
    }
    return found;
}
const trackedOf = ({ namespace, name, previousRevision, kind = 'Deployment' }) => ({
    manifest: { apiVersion: WORKLOAD_API[kind], kind, metadata: { name, namespace } },
    kind,
    namespace,
    name,
    result: { kind, namespace, name, revision: '', previousRevision, outcome: 'deployed', replicas: '' }
});
/**
 * Watches workloads another tool changed exactly as `deploy` watches the ones it applies: all at once, failing
 * fast on a pod back-off or the progress deadline, each checked to run the digests deployed. Nothing is rolled
 * back here; the failed pods' logs and events are read before the caller rolls anything back.
 */
async function watchDeployments(targets, deps) {
    const tracked = targets.map(trackedOf);
    const { failure, failedAt, failedPods, namespace } = await waitAll(deps, tracked);
    const diagnoses = failure && failedPods.length ? await diagnose(deps, namespace, failedPods) : undefined;
    return {
        deployments: tracked.map(t => t.result),
        ...(failure ? { failure: failure.message, hint: failure.hint, failedAt } : {}),
        ...(diagnoses?.length ? { diagnoses } : {})
    };
}
/** An object as it was before the step wrote it, fit to be written back: server fields dropped. */
function restorable(live) {
    const copy = structuredClone(live);
    delete copy['status'];
    if (copy.metadata) {
        delete copy.metadata.managedFields;
        delete copy.metadata.resourceVersion;
        delete copy.metadata.generation;
        delete copy.metadata.creationTimestamp;
        if (copy.metadata.annotations)
            delete copy.metadata.annotations[REVISION];
    }
    return copy;
}
const where = (o) => `${describe(o)}${o.metadata?.namespace ? ` (${o.metadata.namespace})` : ''}`;
const plural = (o) => `${String(o.kind).toLowerCase()}/${o.metadata?.name}`;
/** What completes the rollback of an object by hand, when the step's own restore failed too. */
function commandFor(record) {
    const ns = record.object.metadata?.namespace ? ` --namespace ${record.object.metadata.namespace}` : '';
    if (!record.before)
        return `kubectl delete ${plural(record.object)}${ns}`;
    const revision = record.before.metadata?.annotations?.[REVISION];
    if (record.object.kind === 'Deployment' && revision)
        return `kubectl rollout undo ${plural(record.object)}${ns} --to-revision=${revision}`;
    if (record.object.kind === 'StatefulSet' || record.object.kind === 'DaemonSet')
        return `kubectl rollout undo ${plural(record.object)}${ns}`;
    return `kubectl apply --server-side --force-conflicts --field-manager=${FIELD_MANAGER} -f <the manifest of ${describe(record.object)} as deployed before>${ns}`;
}
/**
 * Every object written by this step put back as it was (replaced with its previous content) or deleted when the
 * step created it, newest first; each that cannot be restored is left and named with the command that finishes
 * the job.
 */
async function restoreWrites(deps, written) {
    const records = [];
    for (const w of [...written].reverse()) {
        const record = {
            object: where(w.object),
            was: w.before ? 'changed' : 'created',
            now: 'applied'
        };
        try {
            if (!w.before) {
                await kube(deps, `delete ${describe(w.object)}`, () => deps.api.delete(refOf(w.object)), {
                    maxAttempts: 3
                });
                record.now = 'deleted';
            }
            else {
                const current = await kube(deps, `read ${describe(w.object)}`, () => deps.api.read(refOf(w.object)), {
                    maxAttempts: 3
                });
                const back = restorable(w.before);
                back.metadata = { ...back.metadata, resourceVersion: current.metadata?.resourceVersion };
                await kube(deps, `restore ${describe(w.object)}`, () => deps.api.replace(back), { maxAttempts: 3 });
                record.now = 'restored';
            }
            deps.log(`${record.object}: ${record.now}`);
        }
        catch (error) {
            if (error instanceof errors/* RemoteError */.Hi && error.status === 404 && !w.before)
                record.now = 'deleted';
            else {
                record.now = 'left';
                record.command = commandFor(w);
                record.error = (0,errors/* errorMessage */.gJ)(error);
                deps.log(`${record.object}: could not be restored (${record.error}); ${record.command}`);
            }
        }
        records.unshift(record);
    }
    return records;
}
/** Manifests whose namespace or kind the same manifests create: a dry run cannot judge them before those exist. */
function dependsOnManifests(o, objects, missingNamespaces) {
    if (o.metadata?.namespace && missingNamespaces.has(o.metadata.namespace))
        return true;
    return objects.some(crd => crd.kind === 'CustomResourceDefinition' &&
        String(crd.spec?.group) === String(o.apiVersion).split('/')[0] &&
        crd.spec?.names?.kind === o.kind);
}
/** The HorizontalPodAutoscalers' targets: their replicas are the autoscaler's, not the manifests'. */
async function autoscaled(deps, objects, namespaces) {
    const targets = new Set();
    const add = (hpa, ns) => {
        const ref = hpa.spec?.scaleTargetRef;
        if (ref?.kind && ref.name)
            targets.add(`${ns}/${ref.kind}/${ref.name}`);
    };
    for (const o of objects)
        if (o.kind === 'HorizontalPodAutoscaler')
            add(o, o.metadata.namespace);
    for (const ns of namespaces) {
        const live = await kube(deps, `list HorizontalPodAutoscalers in ${ns}`, () => deps.api.list({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', namespace: ns })).catch(() => ({ items: [] }));
        for (const hpa of live.items)
            add(hpa, ns);
    }
    return targets;
}
/** The cluster's refusal of an object in the dry run, or of a write: the step's failure. */
class RefusedObject extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
    }
}
/**
 * Applies the manifests with server-side apply and waits for every workload at once. Before the first write, every
 * object goes through the server's dry run, so an object the cluster refuses leaves it untouched. After a write,
 * any failure (a refused write, the API server failing, a rollout that fails or runs another image) puts every
 * object written back as it was, or deletes it when the step created it, and says what was left where that failed.
 * The failed pods' logs and events are read before anything is put back.
 */
async function deploy(objects, defaultNamespace, deps) {
    for (const o of objects) {
        if (!CLUSTER_SCOPED.includes(o.kind))
            o.metadata = { ...o.metadata, namespace: o.metadata?.namespace ?? defaultNamespace };
    }
    const namespaces = [
        ...new Set(objects.map(o => o.metadata?.namespace).filter((n) => Boolean(n)))
    ];
    const before = new Map();
    const tracked = await deps.phases.time('Read current revisions', async () => {
        // In the manifests' order, so that a refusal names the first object the identity may not read.
        for (const o of objects)
            before.set(o, await readOrUndefined(deps, refOf(o)).catch(error => {
                // A kind the cluster does not serve yet (its CRD comes with these manifests) has no live object.
                if (error instanceof errors/* RemoteError */.Hi && error.status === 404)
                    return undefined;
                throw error;
            }));
        return Promise.all(objects.filter(isWorkload).map(async (manifest) => {
            const kind = manifest.kind;
            const namespace = manifest.metadata.namespace;
            const name = manifest.metadata.name;
            const live = before.get(manifest);
            let previous;
            let previousRevision = '';
            if (live && kind === 'Deployment') {
                const current = currentReplicaSet(live, await replicaSets(deps, live));
                const hash = hashOf(current);
                if (current && hash)
                    previous = { hash, template: deploymentTemplate(current) };
                previousRevision = hash ?? '';
            }
            else if (live && kind === 'StatefulSet')
                previousRevision = live.status?.currentRevision ?? '';
            else if (live && kind === 'DaemonSet')
                previousRevision = `generation ${live.metadata?.generation ?? 0}`;
            return {
                manifest,
                kind,
                namespace,
                name,
                previous,
                result: {
                    ...(kind === 'Deployment' ? {} : { kind }),
                    namespace,
                    name,
                    revision: '',
                    previousRevision,
                    outcome: 'deployed',
                    replicas: ''
                }
            };
        }));
    });
    // A Deployment an autoscaler scales keeps the replicas it has: applying the manifests' count would undo its work.
    const scaled = await autoscaled(deps, objects, namespaces);
    for (const o of objects) {
        if (scaled.has(`${o.metadata?.namespace}/${o.kind}/${o.metadata?.name}`) &&
            o.spec &&
            'replicas' in o.spec) {
            delete o.spec['replicas'];
            deps.log(`${describe(o)}: replicas left to its HorizontalPodAutoscaler`);
        }
    }
    const ordered = [
        ...objects.filter(o => o.kind === 'Namespace'),
        ...objects.filter(o => o.kind === 'CustomResourceDefinition'),
        ...objects.filter(o => o.kind !== 'Namespace' && o.kind !== 'CustomResourceDefinition')
    ];
    const missingNamespaces = new Set(objects.filter(o => o.kind === 'Namespace' && !before.get(o)).map(o => o.metadata.name));
    await deps.phases.time('Dry run', async () => {
        for (const object of ordered) {
            if (dependsOnManifests(object, objects, missingNamespaces))
                continue;
            try {
                await kube(deps, `dry-run apply ${describe(object)}`, () => deps.api.apply(object, { fieldManager: FIELD_MANAGER, force: true, dryRun: 'All' }));
            }
            catch (error) {
                if (!(error instanceof errors/* RemoteError */.Hi) || error.transient)
                    throw error;
                throw new RefusedObject(`the cluster refuses ${where(object)}: ${error.message.replace(/^dry-run apply [^:]+: /, '')}; nothing was applied (every object went through the server's dry run first)`, 'fix the manifest and deploy again');
            }
        }
    });
    const applied = ordered.map(where);
    const written = [];
    /**
     * After a write: the failed pods' logs and events read, everything written put back, the restored workloads
     * watched until they serve again, and the failure said with what became of each object.
     */
    const undo = async (failure, rollout) => {
        const failedAt = rollout?.failedAt || deps.clock.now();
        const diagnoses = rollout?.failedPods.length
            ? await diagnose(deps, rollout.namespace, rollout.failedPods)
            : [];
        const servingNow = await servingState(deps, tracked);
        const writes = await deps.phases.time('Rollback', () => restoreWrites(deps, written));
        await deps.phases.time('Restored', () => Promise.all(tracked.map(async (t) => {
            const record = writes.find(w => w.object === where(t.manifest));
            if (record?.now === 'deleted') {
                t.result.outcome = t.result.outcome === 'failed' ? 'failed' : 'removed';
                t.result.failure ??= 'a new workload: removed, nothing of it is left';
                t.result.revision = '';
                return;
            }
            if (record?.now !== 'restored')
                return;
            try {
                // What served before runs what it ran: the digests of this deploy are not expected of it.
                const revision = await waitFor({ ...deps, expected: [] }, t, deps.clock.now() + deps.timeoutMs, {
                    failed: false
                });
                t.result.outcome = 'rolled-back';
                t.result.revision = revision ?? t.previous?.hash ?? '';
                t.result.restoredMs = deps.clock.now() - failedAt;
            }
            catch (error) {
                t.result.outcome = 'failed';
                t.result.failure = `rollback to ${t.previous?.hash ?? t.result.previousRevision} failed too: ${(0,errors/* errorMessage */.gJ)(error)}`;
            }
        })));
        return {
            applied,
            deployments: tracked.map(t => t.result),
            failure: failure.message,
            hint: failure.hint,
            writes,
            serving: servingNow,
            ...(diagnoses.length ? { diagnoses } : {})
        };
    };
    try {
        await deps.phases.time('Apply', async () => {
            for (const object of ordered) {
                const live = before.get(object);
                written.push({ object, ...(live ? { before: live } : {}) });
                await apply(deps, object);
                deps.log(`Applied ${describe(object)}${object.metadata?.namespace ? ` in ${object.metadata.namespace}` : ''} (server-side apply, field manager ${FIELD_MANAGER})`);
            }
        });
    }
    catch (error) {
        if (deps.rollback === false)
            throw error;
        return undo({
            message: failureOf(error),
            hint: 'see what was written and restored in the job summary, then deploy again'
        });
    }
    let waited;
    try {
        waited = await deps.phases.time('Rollout', () => waitAll(deps, tracked));
    }
    catch (error) {
        if (deps.rollback === false)
            throw error;
        return undo({
            message: failureOf(error),
            hint: 'the Kubernetes API failed while the rollout was watched; see what was written and restored in the job summary, then deploy again'
        });
    }
    const { failure } = waited;
    if (!failure)
        return { applied, deployments: tracked.map(t => t.result) };
    if (deps.rollback === false) {
        const diagnoses = waited.failedPods.length
            ? await diagnose(deps, waited.namespace, waited.failedPods)
            : [];
        return {
            applied,
            deployments: tracked.map(t => t.result),
            failure: failure.message,
            hint: failure.hint,
            ...(diagnoses.length ? { diagnoses } : {})
        };
    }
    return undo(failure, waited);
}
/** An error after a write, in the named form of a remote failure where retries gave up (call, service, attempts). */
const failureOf = (error) => (0,errors/* remoteFailure */.vU)(error)?.message ?? (0,errors/* errorMessage */.gJ)(error);
/** Whether the new version of each workload serves after a failure: what the summary says before the restore. */
async function servingState(deps, tracked) {
    const states = [];
    for (const t of tracked) {
        try {
            const state = await look({ ...deps, expected: [], attempts: 2 }, t);
            states.push(`${describe(t.manifest)}: ${state?.done ? `the new revision ${state.done.revision} serves (unverified)` : `the new revision does not serve (${state?.progress ?? 'gone'})`}`);
        }
        catch (error) {
            states.push(`${describe(t.manifest)}: unknown, the API server did not answer (${(0,errors/* errorMessage */.gJ)(error)})`);
        }
    }
    return states.join('; ');
}

// EXTERNAL MODULE: ./actions/shared/files.ts
var shared_files = __webpack_require__(9449);
;// CONCATENATED MODULE: ./actions/deploy-aks/helm/image.ts




function imageParts(reference, tag) {
    const at = reference.indexOf('@');
    const named = reference.slice(0, at);
    const slash = named.indexOf('/');
    const colon = named.lastIndexOf(':');
    const image = colon > named.lastIndexOf('/') ? named.slice(0, colon) : named;
    return {
        registry: image.slice(0, slash),
        repository: image.slice(slash + 1),
        image,
        tag: colon > named.lastIndexOf('/') ? named.slice(colon + 1) : tag,
        digest: reference.slice(at + 1),
        reference
    };
}
const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Helm's merge of values files: maps merge, anything else is replaced by the later file. */
function merge(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over))
        out[k] = isMap(v) && isMap(out[k]) ? merge(out[k], v) : v;
    return out;
}
const at = (values, path) => path.split('.').reduce((v, part) => (isMap(v) ? v[part] : undefined), values);
/**
 * The ways the image may go into the chart, the one its values suggest first: `image-values` as given; else, by the
 * keys of the mapping at image-key: `registry` + `repository` + `digest`, `repository` + `digest`, `registry` +
 * `repository` + `tag: <tag>@sha256:...`, `repository` + `tag: <tag>@sha256:...`, the repository with the digest, or
 * image-key as the whole reference.
 */
function placements(inputs, values, parts) {
    const fill = (template) => template.replace(/\{(\w+)\}/g, (_, name) => String(parts[name] ?? ''));
    if (inputs.imageValues)
        return [
            {
                keys: inputs.imageValues.map(v => v.key).join(' + '),
                values: Object.fromEntries(inputs.imageValues.map(v => [v.key, fill(v.template)]))
            }
        ];
    const key = inputs.imageKey;
    const mapping = at(values, key);
    const has = (field) => isMap(mapping) && field in mapping;
    const tagged = `${parts.tag}@${parts.digest}`;
    const all = [
        {
            keys: `${key}.registry + ${key}.repository + ${key}.digest`,
            values: {
                [`${key}.registry`]: parts.registry,
                [`${key}.repository`]: parts.repository,
                [`${key}.digest`]: parts.digest
            },
            fits: has('registry') && has('digest')
        },
        {
            keys: `${key}.repository + ${key}.digest`,
            values: { [`${key}.repository`]: parts.image, [`${key}.digest`]: parts.digest },
            fits: has('digest') && !has('registry')
        },
        {
            keys: `${key}.registry + ${key}.repository + ${key}.tag`,
            values: {
                [`${key}.registry`]: parts.registry,
                [`${key}.repository`]: parts.repository,
                [`${key}.tag`]: tagged
            },
            fits: has('registry') && has('tag')
        },
        {
            keys: `${key}.repository + ${key}.tag`,
            values: { [`${key}.repository`]: parts.image, [`${key}.tag`]: tagged },
            fits: has('tag') && !has('registry')
        },
        {
            keys: `${key}.repository (with the digest)`,
            values: { [`${key}.repository`]: parts.reference },
            fits: has('repository') && !has('tag') && !has('digest')
        },
        { keys: key, values: { [key]: parts.reference }, fits: typeof mapping === 'string' }
    ];
    // What the values suggest first, then the others: a chart may read keys its values.yaml does not list.
    return [...all.filter(p => p.fits), ...all.filter(p => !p.fits)].map(({ keys, values: v }) => ({
        keys,
        values: v
    }));
}
/** `--set-string a=1,b=2`, commas in values escaped as Helm reads them. */
const setString = (values) => Object.entries(values)
    .map(([k, v]) => `${k}=${v.replace(/,/g, '\\,')}`)
    .join(',');
const POD_SPEC_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicaSet', 'Pod', 'CronJob'];
/** The containers of the rendered manifests (hooks of `helm test` aside), with the image each runs. */
function renderedContainers(manifest, namespace) {
    const found = [];
    for (const document of (0,dist/* parseAllDocuments */.hR)(manifest)) {
        const o = document.toJS();
        if (!o?.kind || !POD_SPEC_KINDS.includes(o.kind))
            continue;
        if (/test/.test(o.metadata?.annotations?.['helm.sh/hook'] ?? ''))
            continue;
        const spec = o.spec;
        const pod = o.kind === 'Pod'
            ? spec
            : o.kind === 'CronJob'
                ? spec?.jobTemplate?.spec?.template?.spec
                : spec?.template?.spec;
        for (const c of [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])])
            found.push({
                kind: o.kind,
                name: o.metadata?.name ?? '',
                namespace: o.metadata?.namespace ?? namespace,
                container: c.name,
                image: String(c.image ?? '')
            });
    }
    return found;
}
/** The chart's own values (values.yaml, of a directory or a packaged chart) under the values files, merged as Helm does. */
async function chartValues(helm, inputs) {
    const own = ((0,dist.parse)((await helm(['show', 'values', inputs.chart])).stdout) ?? {});
    return inputs.values.reduce((merged, file) => {
        const text = (0,shared_files/* readInputFile */.jH)('values', file, {
            maxBytes: 10 * 1024 * 1024,
            what: 'a Helm values file'
        }).text;
        const parsed = (0,dist.parse)(text);
        return isMap(parsed) ? merge(merged, parsed) : merged;
    }, isMap(own) ? own : {});
}
/**
 * Finds, before anything is installed, how this chart takes the image: each placement is rendered with
 * `helm template` (the values files and sets of the real upgrade) until one carries the digest into a pod spec.
 * A chart where none does is refused, naming the keys tried and what each rendered.
 */
async function placeImage(helm, inputs, renderArgs) {
    const values = await chartValues(helm, inputs);
    const chartTag = String(at(values, `${inputs.imageKey}.tag`) ?? '') || (await appVersion(helm, inputs.chart)) || 'latest';
    const parts = imageParts(inputs.image.reference, chartTag);
    const tried = [];
    let rendered = false;
    let renderError;
    for (const placement of placements(inputs, values, parts)) {
        let manifest;
        try {
            manifest = (await helm([
                'template',
                inputs.release,
                inputs.chart,
                ...renderArgs,
                '--set-string',
                setString(placement.values)
            ])).stdout;
        }
        catch (error) {
            // A placement the chart's templates cannot take (a string where they read a map): the next one.
            if (!(error instanceof HelmError))
                throw error;
            renderError ??= error;
            tried.push(`${placement.keys} (does not render: ${error.helmMessage.split('\n')[0]})`);
            continue;
        }
        rendered = true;
        const containers = renderedContainers(manifest, inputs.namespace);
        const expected = containers.filter(c => c.image.endsWith(`@${parts.digest}`));
        if (expected.length)
            return { ...placement, expected };
        const ours = containers.filter(c => c.image.includes(parts.repository));
        const shown = (ours.length ? ours : containers).map(c => c.image).filter(Boolean);
        tried.push(`${placement.keys} (renders ${shown.length ? [...new Set(shown)].join(', ') : 'no container'})`);
    }
    // The chart renders with none of them: its own error, as the upgrade would have it.
    if (!rendered && renderError)
        throw renderError;
    throw new errors/* ConfigurationError */.j1(`chart ${inputs.chart}: no values key carries the digest ${parts.digest.slice(0, 19)}… into a pod spec; tried ${tried.join('; ')}. The chart runs a tag instead of the digest deployed: set image-key to the values path of the chart's image, or image-values to each key it reads (e.g. image.tag={tag}@{digest}), or make the chart use the digest`);
}
async function appVersion(helm, chart) {
    const meta = (0,dist.parse)((await helm(['show', 'chart', chart])).stdout);
    return meta?.appVersion === undefined ? undefined : String(meta.appVersion);
}

;// CONCATENATED MODULE: ./actions/deploy-aks/helm/release.ts






const PENDING = ['pending-install', 'pending-upgrade', 'pending-rollback'];
async function release_history(helm, release) {
    try {
        const { stdout } = await helm(['history', release, '--max', '256', '--output', 'json']);
        return JSON.parse(stdout).sort((a, b) => a.revision - b.revision);
    }
    catch (error) {
        if (error instanceof HelmError && /release: not found/.test(error.helmMessage))
            return [];
        throw error;
    }
}
/** The release history through the helm CLI (each call a helm process, and a credential plugin run). */
function cliReleases(helm) {
    return { history: release => release_history(helm, release), manifest: (r, v) => manifestOf(helm, r, v) };
}
/**
 * The release history read where Helm's default storage driver keeps it: Secrets `sh.helm.release.v1.<name>.v<n>`
 * labelled owner=helm, whose `release` holds base64 of the gzipped release JSON. One API request instead of a helm
 * process; only for HELM_DRIVER secret (the default).
 */
function secretReleases(deps, namespace) {
    const read = async (release) => {
        const list = await kube(deps, `list the revisions of Helm release ${release}`, () => deps.api.list({
            apiVersion: 'v1',
            kind: 'Secret',
            namespace,
            labelSelector: `owner=helm,name=${release}`
        }));
        return list.items
            .map(secret => {
            const encoded = Buffer.from(Buffer.from(secret.data?.['release'] ?? '', 'base64').toString(), 'base64');
            const json = encoded[0] === 0x1f && encoded[1] === 0x8b ? (0,external_node_zlib_.gunzipSync)(encoded) : encoded;
            return JSON.parse(json.toString());
        })
            .sort((a, b) => a.version - b.version);
    };
    return {
        history: async (release) => (await read(release)).map(r => ({
            revision: r.version,
            status: r.info?.status ?? 'unknown',
            chart: `${r.chart?.metadata?.name ?? ''}-${r.chart?.metadata?.version ?? ''}`,
            description: r.info?.description ?? ''
        })),
        manifest: async (release, revision) => {
            const found = (await read(release)).find(r => r.version === revision);
            if (!found)
                throw new HelmError('get', `release: not found (${release} revision ${revision})`);
            return found.manifest ?? '';
        }
    };
}
/** Secrets when Helm keeps its releases there (HELM_DRIVER unset or secret), else the helm CLI. */
function releaseStore(helm, deps, namespace, env = process.env) {
    const driver = (env['HELM_DRIVER'] ?? '').toLowerCase();
    return driver === '' || driver === 'secret' || driver === 'secrets'
        ? secretReleases(deps, namespace)
        : cliReleases(helm);
}
const lastDeployed = (entries) => [...entries].reverse().find(e => e.status === 'deployed')?.revision;
/** The workloads a release's manifest holds (Deployments, StatefulSets, DaemonSets), each in its namespace or the release's. */
function deploymentsIn(manifest, namespace) {
    return (0,dist/* parseAllDocuments */.hR)(manifest)
        .map(d => d.toJS())
        .filter(o => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(o?.kind ?? '') &&
        o.apiVersion === 'apps/v1' &&
        o.metadata?.name)
        .map(o => ({
        namespace: o.metadata.namespace ?? namespace,
        name: o.metadata.name,
        ...(o.kind === 'Deployment' ? {} : { kind: o.kind })
    }));
}
/** Whether the namespace exists; a refusal to read it counts as existing (someone made it and guards it). */
async function namespaceVisible(deps, namespace) {
    try {
        return ((await readOrUndefined(deps, { apiVersion: 'v1', kind: 'Namespace', name: namespace })) !== undefined);
    }
    catch (error) {
        if (error instanceof errors/* RemoteError */.Hi && error.status === 403)
            return true;
        throw error;
    }
}
async function manifestOf(helm, release, revision) {
    return (await helm(['get', 'manifest', release, '--revision', String(revision)])).stdout;
}
/**
 * A release a killed job left pending-install/-upgrade/-rollback blocks every later upgrade ("another operation
 * is in progress"). Roll it back to its last deployed revision, or uninstall a release that never deployed.
 */
async function recover(helm, release, entries) {
    const stuck = entries.at(-1);
    const deployed = lastDeployed(entries);
    const found = `release ${release} was left ${stuck.status} at revision ${stuck.revision} (a job stopped during a Helm operation)`;
    if (deployed !== undefined) {
        await helm(['rollback', release, String(deployed), '--history-max', '10']);
        return `${found}; rolled it back to revision ${deployed}, the last deployed, before upgrading`;
    }
    await helm(['uninstall', release]);
    return `${found}; it never deployed, so it was uninstalled before installing again`;
}
/**
 * Helm mode: unstick a pending release, `helm upgrade --install` with the values files in order and the image by
 * digest (no --atomic, no --wait), then our own fast-fail watch of every Deployment of the release; on a failed
 * rollout, `helm rollback` to the revision deployed before and watch it serve again, or uninstall a first install.
 */
async function deployHelm(inputs, deps) {
    const { helm } = deps;
    const releases = deps.releases ?? cliReleases(helm);
    const { phases, log, clock } = deps.rollout;
    const { release, namespace } = inputs;
    let entries = await phases.time('Release state', () => releases.history(release));
    let recovered;
    if (entries.length && PENDING.includes(entries.at(-1).status)) {
        recovered = await phases.time('Recover stuck release', () => recover(helm, release, entries));
        deps.warn(`deploy-aks: ${recovered}.`);
        entries = await releases.history(release);
    }
    const previousRevision = lastDeployed(entries);
    const before = previousRevision === undefined
        ? []
        : await phases.time('Read current revisions', async () => Promise.all(deploymentsIn(await releases.manifest(release, previousRevision), namespace).map(async (d) => ({
            ...d,
            previousRevision: (await servingRevision(deps.rollout, d)) ?? ''
        }))));
    const result = {
        release,
        namespace,
        chart: '',
        previousRevision,
        outcome: 'deployed',
        deployments: [],
        ...(recovered ? { recovered } : {})
    };
    // A first install into a namespace that is not there yet creates it. Only then: Helm's --create-namespace
    // creates without looking first, which an identity allowed into its namespace only is refused.
    const createNamespace = previousRevision === undefined && !(await namespaceVisible(deps.rollout, namespace));
    const renderArgs = [
        ...inputs.values.flatMap(file => ['--values', file]),
        ...(inputs.set ?? []).flatMap(value => ['--set-string', value])
    ];
    // Before anything is installed: how this chart takes the image, rendered with helm template. A render error is
    // the upgrade's own (it renders the same templates first), with nothing applied.
    const placement = await phases
        .time('Render', () => placeImage(helm, inputs, renderArgs))
        .catch((error) => {
        if (error instanceof HelmError && error.command === 'template')
            throw new HelmError('upgrade', error.helmMessage, 'render');
        throw error;
    });
    result.placement = placement.keys;
    log(`The chart takes the image through ${placement.keys}: ${placement.expected.map(e => `${e.kind}/${e.name} container ${e.container}`).join(', ')}`);
    const rollout = { ...deps.rollout, expected: placement.expected };
    let failure;
    try {
        const upgraded = await phases.time('Helm upgrade', () => helm([
            'upgrade',
            '--install',
            release,
            inputs.chart,
            ...inputs.values.flatMap(file => ['--values', file]),
            '--set-string',
            setString(placement.values),
            ...(inputs.set ?? []).flatMap(value => ['--set-string', value]),
            ...(createNamespace ? ['--create-namespace'] : []),
            '--history-max',
            '10',
            '--output',
            'json'
        ]));
        const rel = JSON.parse(upgraded.stdout);
        result.revision = rel.version;
        result.chart = `${rel.chart?.metadata?.name ?? ''}-${rel.chart?.metadata?.version ?? ''}`;
        log(`Helm release ${release} revision ${rel.version} (${result.chart}) applied; watching its workloads`);
        const previous = new Map(before.map(b => [`${b.namespace}/${b.name}`, b.previousRevision]));
        const targets = deploymentsIn(rel.manifest ?? '', namespace).map(d => ({
            ...d,
            previousRevision: previous.get(`${d.namespace}/${d.name}`) ?? ''
        }));
        const watched = await phases.time('Rollout', () => watchDeployments(targets, rollout));
        result.deployments = watched.deployments;
        if (watched.diagnoses)
            result.diagnoses = watched.diagnoses;
        if (!watched.failure)
            return result;
        failure = { message: watched.failure, hint: watched.hint ?? '', at: watched.failedAt ?? clock.now() };
    }
    catch (error) {
        if (!(error instanceof HelmError) && !(error instanceof errors/* RemoteError */.Hi))
            throw error;
        // A render error leaves no new revision; anything later may have applied part of the release.
        const after = await releases.history(release).catch((readError) => readError);
        if (!Array.isArray(after)) {
            result.outcome = 'failed';
            result.failure = `${error.message}; the release's state could not be read (${(0,errors/* errorMessage */.gJ)(after)})`;
            result.hint = `once the API server answers, look at 'helm history ${release} --namespace ${namespace}' and roll back with 'helm rollback ${release}${previousRevision === undefined ? '' : ` ${previousRevision}`} --namespace ${namespace}' if the last revision is not deployed`;
            result.left = {
                state: 'unknown (the API server did not answer)',
                command: previousRevision === undefined
                    ? `helm uninstall ${release} --namespace ${namespace}`
                    : `helm rollback ${release} ${previousRevision} --namespace ${namespace}`
            };
            return result;
        }
        if ((after.at(-1)?.revision ?? 0) <= (entries.at(-1)?.revision ?? 0))
            throw error;
        result.revision = after.at(-1)?.revision;
        failure = {
            message: `${error.message}; release ${release} was left ${after.at(-1)?.status} at revision ${after.at(-1)?.revision}`,
            hint: 'fix the chart or its values and deploy again',
            at: clock.now()
        };
    }
    result.failure = failure.message;
    result.hint = failure.hint;
    result.outcome = 'failed';
    const found = failure;
    await phases.time('Rollback', async () => {
        const command = previousRevision === undefined
            ? `helm uninstall ${release} --namespace ${namespace}`
            : `helm rollback ${release} ${previousRevision} --namespace ${namespace}`;
        try {
            if (previousRevision === undefined) {
                await helm(['uninstall', release]);
                log(`Uninstalled ${release}: its first install failed, nothing of it is left running`);
                result.outcome = 'uninstalled';
                result.revision = undefined;
                return;
            }
            await helm(['rollback', release, String(previousRevision), '--history-max', '10']);
        }
        catch (error) {
            if (!(error instanceof HelmError))
                throw error;
            const state = await releases
                .history(release)
                .then(h => `${h.at(-1)?.status ?? 'gone'} at revision ${h.at(-1)?.revision ?? '–'}`)
                .catch(() => 'in an unknown state (its history could not be read)');
            result.left = { state, command };
            result.failure = `${found.message}; putting it back failed too (${error.message}): release ${release} is left ${state}`;
            result.hint = `run '${command}' (with the cluster's kubeconfig) once the API server answers`;
            return;
        }
        const now = await releases.history(release);
        result.revision = now.at(-1)?.revision;
        log(`helm rollback ${release} ${previousRevision}: revision ${result.revision}; watching it serve again`);
        const back = await watchDeployments(before, deps.rollout);
        const failed = new Map(result.deployments.map(d => [`${d.namespace}/${d.name}`, d.failure]));
        result.deployments = back.deployments.map(d => ({
            ...d,
            outcome: back.failure ? d.outcome : 'rolled-back',
            ...(failed.get(`${d.namespace}/${d.name}`) ? { failure: failed.get(`${d.namespace}/${d.name}`) } : {})
        }));
        if (back.failure) {
            result.failure = `${found.message}; the rollback to revision ${previousRevision} failed too: ${back.failure}`;
            return;
        }
        result.outcome = 'rolled-back';
        result.restoredMs = clock.now() - found.at;
    });
    return result;
}

;// CONCATENATED MODULE: ./actions/deploy-aks/helm/rollback.ts



/** helm rollback to the revision before (or the one named), then our watch of the release's Deployments. */
async function rollbackRelease(target, deps) {
    const { release, namespace } = target;
    const { helm, releases, rollout } = deps;
    const entries = await rollout.phases.time('Release state', () => releases.history(release));
    const current = entries.at(-1);
    if (!current)
        throw new errors/* ConfigurationError */.j1(`input 'release': no Helm release ${release} in namespace ${namespace}`);
    const revision = target.toRevision
        ? Number(target.toRevision)
        : [...entries].reverse().find(e => e.revision < current.revision && e.status === 'superseded')?.revision;
    if (revision === undefined || !entries.some(e => e.revision === revision)) {
        throw new errors/* ConfigurationError */.j1(target.toRevision
            ? `input 'to-revision': release ${release} has no revision ${target.toRevision} (it has ${entries.map(e => e.revision).join(', ')})`
            : `release ${release} has no earlier deployed revision to go back to (revision ${current.revision} is its first)`);
    }
    await rollout.phases.time('Helm rollback', () => helm(['rollback', release, String(revision), '--history-max', '10']));
    const after = (await releases.history(release)).at(-1);
    rollout.log(`helm rollback ${release} ${revision}: revision ${after.revision} (${after.status})`);
    const targets = deploymentsIn(await releases.manifest(release, after.revision), namespace).map(d => ({
        ...d,
        previousRevision: ''
    }));
    const watched = await rollout.phases.time('Rollout', () => watchDeployments(targets, rollout));
    return {
        what: `Helm release ${release}: revision ${current.revision} → ${after.revision} (the chart and values of revision ${revision})`,
        revision: String(after.revision),
        previousRevision: String(current.revision),
        deployments: watched.deployments,
        notes: [],
        ...(watched.failure ? { failure: watched.failure, hint: watched.hint } : {})
    };
}

;// CONCATENATED MODULE: ./actions/deploy-aks/helm/session.ts



/**
 * Helm against the cluster: a kubeconfig whose user is this bundle as a credential plugin (node and the bundle by
 * default), the CLI in the release's namespace, the release history from its Secrets. `dispose` deletes the
 * kubeconfig.
 */
function openHelm(cluster, rollout, namespace, helmPath, credential = { command: process.execPath, args: [process.argv[1]] }) {
    // A cluster outside Azure: Helm reads the user's own kubeconfig, as kubectl would.
    const kubeconfig = cluster.kubeconfigPath
        ? { path: cluster.kubeconfigPath, dispose: () => undefined }
        : writeKubeconfig(cluster, credential);
    const helm = helmCli(kubeconfig.path, namespace, process.env, core/* info */.pq, helmPath, rollout.timeoutMs);
    return {
        deps: {
            helm,
            rollout,
            releases: releaseStore(helm, rollout, namespace),
            warn: line => core/* warning */.$e(line)
        },
        dispose: kubeconfig.dispose
    };
}

;// CONCATENATED MODULE: ./actions/deploy-aks/strategy/route.ts

/** The label that tells the two slots' pods apart; the slot Services select on it. */
const SLOT_LABEL = 'musafirgo.io/slot';
/** The header of the preview rule: requests carrying `x-musafirgo-slot: <slot>` reach that slot whatever the weights. */
const PREVIEW_HEADER = 'x-musafirgo-slot';
const ROUTE_API = 'gateway.networking.k8s.io/v1';
const slotName = (base, slot) => `${base}-${slot}`;
const otherSlot = (slot) => (slot === 'blue' ? 'green' : 'blue');
const routeRef = (name, namespace) => ({
    apiVersion: ROUTE_API,
    kind: 'HTTPRoute',
    name,
    namespace
});
const nameOf = (o) => o.metadata.name;
/** The one Deployment, the Service selecting it and the route among the manifests; refuses what slots cannot hold. */
function planSlots(objects, inputs, defaultNamespace) {
    const deployments = objects.filter(o => o.kind === 'Deployment' && o.apiVersion === 'apps/v1');
    if (deployments.length !== 1) {
        throw new errors/* ConfigurationError */.j1(`strategy ${inputs.strategy} deploys one Deployment per step (two slots of it behind the HTTPRoute), and the manifests have ${deployments.length ? deployments.map(nameOf).join(', ') : 'none'}; deploy each service in its own step`);
    }
    const deployment = deployments[0];
    const podLabels = deployment.spec?.template?.metadata?.labels ?? {};
    const services = objects.filter(o => {
        const selector = o.spec?.selector ?? {};
        return (o.kind === 'Service' &&
            Object.keys(selector).length > 0 &&
            Object.entries(selector).every(([k, v]) => podLabels[k] === v));
    });
    if (services.length !== 1) {
        throw new errors/* ConfigurationError */.j1(`strategy ${inputs.strategy} needs exactly one Service selecting the pods of Deployment ${nameOf(deployment)} (the route sends traffic to Services), and the manifests have ${services.length ? services.map(nameOf).join(', ') : 'none'}`);
    }
    const namespace = deployment.metadata?.namespace ?? defaultNamespace;
    const route = objects.find(o => o.kind === 'HTTPRoute' && nameOf(o) === inputs.route);
    for (const o of [deployment, services[0], ...(route ? [route] : [])])
        o.metadata = { ...o.metadata, namespace: o.metadata?.namespace ?? namespace };
    return {
        namespace,
        deployment,
        service: services[0],
        route,
        others: objects.filter(o => o !== deployment && o !== services[0] && o !== route)
    };
}
/** The manifests' plain Service, selecting the pods of one slot: in-cluster callers follow the route's traffic. */
function selecting(service, slot) {
    const spec = service.spec;
    return { ...service, spec: { ...spec, selector: { ...spec?.selector, [SLOT_LABEL]: slot } } };
}
/** The Deployment or Service of a slot: named `<name>-<slot>`, with the slot label on its selector and pods. */
function slotted(object, slot, replicas) {
    const copy = structuredClone(object);
    copy.metadata = {
        ...copy.metadata,
        name: slotName(nameOf(object), slot),
        labels: { ...copy.metadata?.labels, [SLOT_LABEL]: slot }
    };
    if (copy.kind === 'Service') {
        const spec = copy.spec;
        return { ...copy, spec: { ...spec, selector: { ...spec?.selector, [SLOT_LABEL]: slot } } };
    }
    const spec = copy.spec;
    return {
        ...copy,
        spec: {
            ...spec,
            selector: { ...spec.selector, matchLabels: { ...spec.selector?.matchLabels, [SLOT_LABEL]: slot } },
            template: {
                ...spec.template,
                metadata: {
                    ...spec.template?.metadata,
                    labels: { ...spec.template?.metadata?.labels, [SLOT_LABEL]: slot }
                }
            },
            ...(replicas === undefined ? {} : { replicas })
        }
    };
}
const isPreviewRule = (rule) => (rule.matches ?? []).some(m => (m.headers ?? []).some(h => String(h.name).toLowerCase() === PREVIEW_HEADER));
/** The rules that carry the service's traffic: they name the Service or one of its slots, and are not the preview. */
function mainRules(spec, service) {
    const ours = [service, slotName(service, 'blue'), slotName(service, 'green')];
    return (spec.rules ?? []).filter(rule => !isPreviewRule(rule) && (rule.backendRefs ?? []).some(b => ours.includes(String(b.name))));
}
/** The weights of the route's main rule as percentages (Gateway API weights are relative, 1 by default). */
function weightsOf(spec, service) {
    const raw = {};
    for (const b of mainRules(spec, service)[0]?.backendRefs ?? [])
        raw[String(b.name)] = (raw[String(b.name)] ?? 0) + Number(b.weight ?? 1);
    const total = Object.values(raw).reduce((sum, w) => sum + w, 0);
    return Object.fromEntries(Object.entries(raw).map(([name, w]) => [name, total ? Math.round((100 * w) / total) : 0]));
}
/** The port of the first backend of a route that names one (a chart's route, read from the cluster). */
function backendPort(spec) {
    return (spec?.rules ?? []).flatMap(rule => rule.backendRefs ?? []).find(b => b.port)?.port;
}
/**
 * `percent` to the new slot; the rest shared by the other backends in proportion to what they serve now (all of it
 * to the new slot when nothing else serves).
 */
function shift(initial, target, percent) {
    const others = Object.entries(initial).filter(([name, w]) => name !== target && w > 0);
    const total = others.reduce((sum, [, w]) => sum + w, 0);
    if (total === 0)
        return { [target]: 100 };
    const weights = { [target]: percent };
    let left = 100 - percent;
    others.forEach(([name, w], i) => {
        const share = i === others.length - 1 ? left : Math.round(((100 - percent) * w) / total);
        weights[name] = share;
        left -= share;
    });
    return weights;
}
/** `itinerary-blue 90 %, itinerary-green 10 %`. */
function formatWeights(weights) {
    return (Object.entries(weights)
        .map(([name, w]) => `${name} ${w} %`)
        .join(', ') || 'no backend');
}
/**
 * The route's spec with these weights on its main rules (both slots listed, 0 % included, so the route shows the
 * idle one) and, while a slot is being previewed, a rule that sends requests carrying the preview header to it.
 */
function routeSpec(base, service, port, weights, preview) {
    const main = mainRules(base, service);
    if (main.length === 0 && (base.rules ?? []).length > 0) {
        throw new errors/* ConfigurationError */.j1(`no rule of the HTTPRoute sends traffic to Service ${service} or its slots; point a rule's backendRefs at ${service}`);
    }
    const portOf = (name) => main.flatMap(r => r.backendRefs ?? []).find(b => b.name === name)?.port ?? port;
    const refs = Object.entries({ [slotName(service, 'blue')]: 0, [slotName(service, 'green')]: 0, ...weights })
        .filter(([name, weight]) => weight > 0 || name.startsWith(`${service}-`))
        .map(([name, weight]) => ({ name, port: portOf(name), weight }));
    const rules = main.length
        ? (base.rules ?? [])
            .filter(rule => !isPreviewRule(rule))
            .map(rule => (main.includes(rule) ? { ...rule, backendRefs: refs } : rule))
        : [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: refs }];
    if (preview) {
        const matches = main[0]?.matches?.length
            ? main[0].matches
            : [{ path: { type: 'PathPrefix', value: '/' } }];
        rules.unshift({
            matches: matches.map(m => ({
                ...m,
                headers: [...(m.headers ?? []), { type: 'Exact', name: PREVIEW_HEADER, value: preview }]
            })),
            backendRefs: [{ name: slotName(service, preview), port: portOf(slotName(service, preview)), weight: 1 }]
        });
    }
    return { ...base, rules };
}

;// CONCATENATED MODULE: ./actions/shared/delivery.ts

/** How a new version takes production traffic, in deploy-aca and deploy-aks alike. */
const strategies = ['rolling', 'blue-green', 'canary'];
/** A gate said no (health, smoke checks, the traffic it should serve): the traffic goes back. */
class GateFailure extends Error {
    hint;
    name = 'GateFailure';
    constructor(message, hint) {
        super(message);
        this.hint = hint;
    }
}
/**
 * Progressive delivery: the gate before any traffic (through the preview), then blue-green's cutover or canary's
 * steps (weights, bake, gate); any failure, in a gate or in a write, puts the traffic back exactly as it was.
 */
async function deliver(plan, target, clock, phases) {
    const started = clock.now();
    const steps = [];
    let percent = 0;
    const record = (step, ok, gate) => steps.push({ step, percent, ok, atMs: clock.now() - started, ...(gate ? { gate } : {}) });
    try {
        await phases.time(target.phases.preview, async () => {
            await target.preview?.();
            record('preview', true, await target.gate(0));
        });
        const percents = { rolling: [], 'blue-green': [100], canary: plan.canarySteps }[plan.strategy];
        for (const [i, step] of percents.entries()) {
            const gated = plan.strategy === 'canary' && (i < percents.length - 1 || plan.gateLastStep === true);
            const name = plan.strategy === 'canary' ? `${step} %` : 'switch';
            const bakeAndGate = async () => {
                if (plan.bakeTimeMs > 0)
                    await clock.sleep(plan.bakeTimeMs);
                record(name, true, await target.gate(step));
            };
            await phases.time(target.phases.step(step), async () => {
                await target.setWeights(step);
                percent = step;
                if (!gated)
                    record(name, true);
                else if (!target.phases.bake)
                    await bakeAndGate();
            });
            if (gated && target.phases.bake)
                await phases.time(target.phases.bake(step), bakeAndGate);
        }
        await target.verify?.();
        return { steps };
    }
    catch (error) {
        record('failed', false, (0,errors/* errorMessage */.gJ)(error));
        const detectedAt = clock.now();
        try {
            await target.restore();
        }
        catch (restoreError) {
            return { steps, failure: { error, restoreError } };
        }
        const restoredMs = clock.now() - detectedAt;
        percent = 0;
        record('restored', true);
        return { steps, failure: { error, restoredMs } };
    }
}

;// CONCATENATED MODULE: ./actions/deploy-aks/strategy/slots.ts





/**
 * Blue-green or canary through an HTTPRoute: the manifests' Deployment and Service go into the idle slot, which is
 * smoke-tested through the preview rule before it takes traffic; blue-green then moves all traffic at once, canary
 * step by step with a bake time and the gate at each step. Any failure puts the route's weights back exactly as
 * they were and scales the idle slot to 0; the previous slot is never scaled down.
 */
async function deploySlots(objects, inputs, defaultNamespace, deps, gate) {
    const plan = planSlots(objects, inputs, defaultNamespace);
    const base = plan.deployment.metadata.name;
    return runSlots({
        namespace: plan.namespace,
        base,
        service: plan.service.metadata.name,
        port: plan.service.spec?.ports?.[0]?.port ?? 80,
        route: plan.route,
        deployInto: async (slot) => {
            const rollout = await deploy([...plan.others, slotted(plan.deployment, slot), slotted(plan.service, slot)], defaultNamespace, {
                ...deps,
                rollback: false,
                // The slot's Deployment runs the digests rendered into the manifests' one.
                expected: deps.expected?.map(e => e.kind === 'Deployment' && e.name === base ? { ...e, name: slotName(base, slot) } : e)
            });
            return {
                revision: rollout.deployments.find(d => d.name === slotName(base, slot))?.revision ?? '',
                applied: rollout.applied,
                ...(rollout.failure ? { failure: rollout.failure, hint: rollout.hint } : {})
            };
        },
        retire: async (slot) => {
            await apply(deps, slotted(plan.deployment, slot, 0));
            return 'scaled to 0';
        },
        finish: async (slot) => {
            // In-cluster callers of the Service follow the traffic: it now selects the new slot's pods.
            await apply(deps, selecting(plan.service, slot));
            return [`${describe(plan.service)} (${plan.namespace}, selecting the ${slot} slot)`];
        }
    }, inputs, deps, gate);
}
/**
 * The traffic part of blue-green and canary, whatever deploys into the slots: the live slot read from the route, the
 * new version into the other one, then the shared delivery loop with the route's weights (the gate through the
 * preview rule); any failure restores the route exactly and retires the new slot.
 */
async function runSlots(slots, inputs, deps, gate) {
    const { namespace, base, service, port } = slots;
    const ref = routeRef(inputs.route, namespace);
    const live = await deps.phases.time('Read route', () => readOrUndefined(deps, ref));
    if (!live && !slots.route) {
        throw new errors/* ConfigurationError */.j1(`input 'route': no HTTPRoute '${inputs.route}' in namespace ${namespace}, and none of that name in the manifests; add it to the manifests (its rule's backendRefs naming Service ${service}) or create it first`);
    }
    const baseSpec = structuredClone((slots.route ?? live)?.spec ?? {});
    const initial = live ? weightsOf(live.spec ?? {}, service) : {};
    if (live && Object.keys(initial).length === 0 && !slots.route) {
        throw new errors/* ConfigurationError */.j1(`input 'route': HTTPRoute '${inputs.route}' sends no traffic to Service ${service} or its slots; point a rule's backendRefs at ${service}, or name the right route`);
    }
    const slotServing = ['blue', 'green']
        .map(slot => ({ slot, weight: initial[slotName(service, slot)] ?? 0 }))
        .filter(s => s.weight > 0)
        .sort((a, b) => b.weight - a.weight)[0]?.slot;
    const slot = slotServing ? otherSlot(slotServing) : 'blue';
    const target = slotName(service, slot);
    const previousDeployment = slotServing
        ? slotName(base, slotServing)
        : (initial[service] ?? 0) > 0
            ? base
            : '';
    const metadata = {
        name: inputs.route,
        namespace,
        labels: slots.route?.metadata?.labels ?? live?.metadata?.labels,
        annotations: slots.route?.metadata?.annotations ?? live?.metadata?.annotations
    };
    const routeWith = (weights, preview) => ({
        apiVersion: ref.apiVersion,
        kind: ref.kind,
        metadata,
        spec: routeSpec(baseSpec, service, port, weights, preview)
    });
    const hostnames = baseSpec.hostnames ?? [];
    const url = hostnames[0] && !hostnames[0].startsWith('*') ? `https://${hostnames[0]}` : '';
    if (gate && !url) {
        throw new errors/* ConfigurationError */.j1(`input 'smoke': HTTPRoute '${inputs.route}' has no hostname to smoke-test through; give it spec.hostnames`);
    }
    deps.log(`HTTPRoute ${namespace}/${inputs.route}: ${live ? formatWeights(initial) : 'new'}; deploying into the ${slot} slot (${slotName(base, slot)})`);
    const result = {
        namespace,
        route: inputs.route,
        url,
        slot,
        deployment: slotName(base, slot),
        revision: '',
        previousDeployment,
        previousRevision: previousDeployment
            ? ((await servingRevision(deps, { namespace, name: previousDeployment })) ?? '')
            : '',
        initialWeights: initial,
        finalWeights: initial,
        steps: [],
        applied: []
    };
    const rollout = await slots.deployInto(slot);
    result.applied = rollout.applied;
    result.revision = rollout.revision;
    const scaleDown = () => deps.phases.time(`Retire ${slot} slot`, async () => {
        result.retired = await slots.retire(slot);
        deps.log(`${slotName(base, slot)}: ${result.retired}; ${previousDeployment || 'nothing'} keeps serving`);
    });
    if (rollout.failure) {
        await scaleDown();
        return {
            ...result,
            revision: result.previousRevision,
            failure: rollout.failure,
            hint: rollout.hint,
            restoredMs: 0
        };
    }
    const weightsAt = (percent) => (percent === 0 ? initial : shift(initial, target, percent));
    const delivery = await deliver({
        strategy: inputs.strategy,
        // A first canary has no traffic to shift from: the new slot takes all of it after the preview gate.
        canarySteps: previousDeployment ? inputs.canarySteps : [100],
        bakeTimeMs: inputs.bakeTimeMs,
        gateLastStep: true
    }, {
        phases: {
            preview: 'Preview',
            step: percent => (inputs.strategy === 'canary' ? `Canary ${percent} %` : 'Switch')
        },
        preview: async () => {
            await apply(deps, routeWith(initial, slot));
            deps.log(`HTTPRoute ${inputs.route}: requests with '${PREVIEW_HEADER}: ${slot}' go to ${target}`);
        },
        gate: async (percent) => {
            if (!gate)
                return undefined;
            const when = percent === 0 ? 'before traffic' : `at ${percent} %`;
            const verdict = await gate(url, { [PREVIEW_HEADER]: slot });
            deps.log(`Gate ${when}: ${verdict.ok ? 'passed' : 'FAILED'}: ${verdict.detail}`);
            if (!verdict.ok) {
                throw new GateFailure(`the smoke gate failed ${when} on the ${slot} slot: ${verdict.detail}`, `fix what the smoke checks report and deploy again; reproduce with the header '${PREVIEW_HEADER}: ${slot}' on ${url}`);
            }
            return verdict.detail;
        },
        setWeights: async (percent) => {
            const weights = weightsAt(percent);
            await apply(deps, routeWith(weights, slot));
            result.finalWeights = weights;
            deps.log(`HTTPRoute ${inputs.route}: ${formatWeights(weights)}`);
        },
        restore: () => deps.phases.time('Restore route', async () => {
            if (live) {
                await apply(deps, {
                    apiVersion: ref.apiVersion,
                    kind: ref.kind,
                    metadata: {
                        name: inputs.route,
                        namespace,
                        labels: live.metadata?.labels,
                        annotations: live.metadata?.annotations
                    },
                    spec: live.spec
                });
            }
            else {
                // The route is new with this step: without it, nothing answered for its hostnames before either.
                await kube(deps, `delete HTTPRoute ${inputs.route}`, () => deps.api.delete(ref));
            }
        })
    }, deps.clock, deps.phases);
    result.steps = delivery.steps.map(s => ({
        step: s.step,
        weights: weightsAt(s.percent),
        ok: s.ok,
        atMs: s.atMs,
        ...(s.gate ? { gate: s.gate } : {})
    }));
    const { failure } = delivery;
    if (failure) {
        if (failure.restoreError)
            throw failure.restoreError;
        result.restoredMs = failure.restoredMs;
        result.finalWeights = initial;
        deps.log(`HTTPRoute ${inputs.route}: restored to ${live ? formatWeights(initial) : 'nothing (removed)'} ${(0,log/* formatMs */._V)(result.restoredMs ?? 0)} after the failure`);
        await scaleDown();
        // A gate that said no is this step's outcome; any other error is reported as it is, the route put back first.
        if (!(failure.error instanceof GateFailure))
            throw failure.error;
        return {
            ...result,
            revision: result.previousRevision,
            failure: failure.error.message,
            hint: failure.error.hint
        };
    }
    await deps.phases.time('Finish', async () => {
        await apply(deps, routeWith(result.finalWeights));
        result.applied.push(`${describe(slots.route ?? routeWith(result.finalWeights))} (${namespace})`, ...((await slots.finish?.(slot)) ?? []));
    });
    return result;
}

;// CONCATENATED MODULE: ./actions/deploy-aks/helm/slots.ts




/**
 * Blue-green or canary with a chart: each slot is a release of its own, `<release>-blue` and `<release>-green`,
 * installed with the value `slot=<slot>` (so the chart renders no route of its own for it; the example chart's
 * Deployment and Service are named after the release, which gives the slot names). The HTTPRoute named by `route`
 * must be in the cluster (a first rolling release of the chart creates it); its weights move the traffic, with the
 * same preview gate as method manifests. A failed slot release is rolled back by deployHelm; after a failed gate the
 * slot's release goes back to its previous revision (or is uninstalled when this was its first).
 */
async function deployHelmSlots(inputs, deps, gate) {
    const { release, namespace } = inputs;
    const route = inputs.strategy.route;
    const live = await readOrUndefined(deps.rollout, routeRef(route, namespace));
    const port = backendPort(live?.spec) ?? 80;
    const rolledBack = new Set();
    return runSlots({
        namespace,
        base: release,
        service: release,
        port,
        deployInto: async (slot) => {
            const result = await deployHelm({ ...inputs, release: `${release}-${slot}`, set: [`slot=${slot}`] }, deps);
            if (result.failure)
                rolledBack.add(slot);
            return {
                revision: result.revision === undefined ? '' : String(result.revision),
                applied: [`Helm release ${release}-${slot} revision ${result.revision ?? '–'} (${result.chart})`],
                ...(result.failure ? { failure: result.failure, hint: result.hint } : {})
            };
        },
        retire: async (slot) => {
            const name = `${release}-${slot}`;
            if (rolledBack.has(slot))
                return 'rolled back by helm';
            const entries = await (deps.releases ?? cliReleases(deps.helm)).history(name);
            const before = [...entries].reverse().find(e => e.status === 'superseded')?.revision;
            if (before === undefined) {
                await deps.helm(['uninstall', name]);
                return 'uninstalled (its first release)';
            }
            await deps.helm(['rollback', name, String(before), '--history-max', '10']);
            return `rolled back to revision ${before}`;
        }
    }, { ...inputs.strategy, route }, deps.rollout, gate);
}

// EXTERNAL MODULE: ./actions/shared/yaml-input.ts
var yaml_input = __webpack_require__(8382);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 6 modules
var exec = __webpack_require__(9529);
;// CONCATENATED MODULE: ./actions/shared/exec.ts


/**
 * Every child process of the actions (buildah, docker, helm, az) through @actions/exec: arguments passed as an
 * array (no shell), output collected, the exit code returned rather than thrown so each caller words its own
 * failure. Credentials never go on a command line: a file named in the environment, or `input`.
 */
async function execTool(command, args, options = {}) {
    const tail = [];
    const keep = (line) => {
        if (options.stream)
            core/* info */.pq(line);
        tail.push(line);
        if (tail.length > 40)
            tail.shift();
    };
    const env = Object.fromEntries(Object.entries(options.env ?? process.env).filter((entry) => entry[1] !== undefined));
    try {
        const output = await (0,exec/* getExecOutput */.H)(command, args, {
            env,
            cwd: options.cwd,
            silent: true,
            ignoreReturnCode: true,
            ...(options.input === undefined ? {} : { input: Buffer.from(options.input) }),
            listeners: { stdline: keep, errline: keep }
        });
        return { code: output.exitCode, stdout: output.stdout, stderr: output.stderr, tail };
    }
    catch (error) {
        // @actions/exec looks the tool up on PATH first and throws when it is not there.
        const message = error instanceof Error ? error.message : String(error);
        return { code: 127, stdout: '', stderr: message, tail: [message] };
    }
}

;// CONCATENATED MODULE: ./actions/deploy-aks/kube/kubeconfig.ts





/**
 * The current context of a kubeconfig (input `kubeconfig`), checked before any request: the cluster's server and CA
 * (inline or a file beside the kubeconfig), and a user that brings a token (inline, a file, an exec credential
 * plugin) or a client certificate and its key (inline or files, as kind and kubeadm write them).
 */
function parseKubeconfig(path, parsed) {
    const config = (parsed ?? {});
    const fail = (what) => new errors/* ConfigurationError */.j1(`input 'kubeconfig': ${path} ${what}`);
    if (typeof config !== 'object' || !Array.isArray(config.clusters))
        throw fail('is not a kubeconfig (no clusters:)');
    const contextName = config['current-context'] ?? config.contexts?.[0]?.name;
    const context = config.contexts?.find(c => c.name === contextName);
    if (!context?.context)
        throw fail(`has no context ${(0,inputs/* quoted */.TL)(String(contextName ?? ''))} (current-context)`);
    const cluster = config.clusters.find(c => c.name === context.context.cluster);
    const server = cluster?.cluster?.server;
    if (!cluster?.cluster || !server)
        throw fail(`names no server for the cluster of context ${(0,inputs/* quoted */.TL)(contextName)}`);
    let url;
    try {
        url = new URL(server);
    }
    catch {
        throw fail(`names a server that is not a URL: ${(0,inputs/* quoted */.TL)(server)}`);
    }
    if (url.protocol !== 'https:')
        throw fail(`names a server that is not https: ${(0,inputs/* quoted */.TL)(server)} (the token would travel in the clear)`);
    if (cluster.cluster['insecure-skip-tls-verify'])
        throw fail("skips the server's certificate check (insecure-skip-tls-verify); give its certificate-authority-data instead");
    const relative = (file) => ((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), file));
    let caData = cluster.cluster['certificate-authority-data'];
    const caFile = cluster.cluster['certificate-authority'];
    if (!caData && caFile) {
        try {
            caData = (0,external_node_fs_.readFileSync)(relative(caFile)).toString('base64');
        }
        catch {
            throw fail(`names a certificate-authority file that cannot be read: ${(0,inputs/* quoted */.TL)(caFile)}`);
        }
    }
    const user = config.users?.find(u => u.name === context.context.user)?.user;
    if (!user)
        throw fail(`has no user ${(0,inputs/* quoted */.TL)(String(context.context.user ?? ''))} for context ${(0,inputs/* quoted */.TL)(contextName)}`);
    let kubeUser;
    if (user.token)
        kubeUser = { kind: 'token', token: user.token };
    else if (user.tokenFile)
        kubeUser = { kind: 'tokenFile', path: relative(user.tokenFile) };
    else if (user.exec?.command)
        kubeUser = {
            kind: 'exec',
            command: user.exec.command,
            args: user.exec.args ?? [],
            env: Object.fromEntries((user.exec.env ?? []).map(e => [e.name, e.value]))
        };
    else if (user['client-certificate'] || user['client-certificate-data']) {
        const pemOf = (data, file, what, label) => {
            let text;
            if (data)
                text = Buffer.from(data, 'base64').toString('utf8');
            else if (file) {
                try {
                    text = (0,external_node_fs_.readFileSync)(relative(file), 'utf8');
                }
                catch {
                    throw fail(`names a ${what} file that cannot be read: ${(0,inputs/* quoted */.TL)(file)}`);
                }
            }
            else
                throw fail(`gives user ${(0,inputs/* quoted */.TL)(String(context.context.user))} a client certificate but no ${what}`);
            if (!label.test(text))
                throw fail(`gives user ${(0,inputs/* quoted */.TL)(String(context.context.user))} a ${what} that is not PEM`);
            return text;
        };
        kubeUser = {
            kind: 'certificate',
            cert: pemOf(user['client-certificate-data'], user['client-certificate'], 'client-certificate', /-----BEGIN CERTIFICATE-----/),
            key: pemOf(user['client-key-data'], user['client-key'], 'client-key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/)
        };
    }
    else
        throw fail(`gives user ${(0,inputs/* quoted */.TL)(String(context.context.user))} no token, tokenFile or exec credential plugin`);
    return {
        path,
        context: contextName,
        cluster: cluster.name ?? contextName,
        server,
        ...(caData ? { caData } : {}),
        user: kubeUser
    };
}
/**
 * How the kubeconfig's user proves who it is: its client certificate, or a token provider (the token, the file read
 * again each time, or the plugin's answer).
 */
function kubeconfigCredential(config) {
    const user = config.user;
    if (user.kind === 'certificate')
        return { certificate: { cert: user.cert, key: user.key } };
    return { token: kubeconfigToken(user) };
}
function kubeconfigToken(user) {
    if (user.kind === 'token')
        return () => Promise.resolve(user.token);
    if (user.kind === 'tokenFile')
        return () => Promise.resolve((0,external_node_fs_.readFileSync)(user.path, 'utf8').trim());
    let cached;
    return async () => {
        if (cached && cached.until > Date.now() + 30_000)
            return cached.token;
        const result = await execTool(user.command, user.args, { env: { ...process.env, ...user.env } });
        if (result.code !== 0)
            throw new errors/* ConfigurationError */.j1(`the kubeconfig's credential plugin ${(0,inputs/* quoted */.TL)(user.command)} failed (exit code ${result.code}): ${result.tail.slice(-3).join(' ')}`);
        const credential = JSON.parse(result.stdout);
        const token = credential.status?.token;
        if (!token)
            throw new errors/* ConfigurationError */.j1(`the kubeconfig's credential plugin ${(0,inputs/* quoted */.TL)(user.command)} printed no status.token`);
        const expiry = Date.parse(credential.status?.expirationTimestamp ?? '');
        cached = { token, until: Number.isNaN(expiry) ? Date.now() + 300_000 : expiry };
        return token;
    };
}

;// CONCATENATED MODULE: ./actions/deploy-aks/inputs.ts











/** Every input of action.yml: read once, trimmed, '' as not given. */
const NAMES = [
    'mode',
    'method',
    'subscription-id',
    'resource-group',
    'cluster',
    'kubeconfig',
    'namespace',
    'timeout',
    'manifests',
    'images',
    'chart',
    'release',
    'values',
    'image-key',
    'image-values',
    'strategy',
    'route',
    'canary-steps',
    'bake-time',
    'smoke',
    'error-budget',
    'latency-budget',
    'infra-repository',
    'infra-branch',
    'values-file',
    'github-token',
    'argocd-server',
    'argocd-token',
    'argocd-application',
    'to-revision'
];
const methods = ['manifests', 'helm', 'gitops'];
const imagePattern = /^([a-z0-9.-]+(?::\d+)?)\/([a-z0-9._/-]+)(?::[\w.-]+)?@sha256:[a-f0-9]{64}$/;
const dns1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Helm's own rule for release names (a DNS-1123 subdomain of at most 53 characters). */
const releasePattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const repositoryPattern = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const applicationPattern = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
/** Inputs only method helm uses; any of them with another method is a mistake worth naming. */
const HELM_ONLY = ['chart', 'release', 'values', 'image-values'];
/** Inputs only method gitops uses: refused by name with the cluster methods, as the helm-only ones are. */
const GITOPS_ONLY = [
    'infra-repository',
    'infra-branch',
    'values-file',
    'github-token',
    'argocd-server',
    'argocd-token',
    'argocd-application'
];
/** Where a cluster outside Azure is reached with `kubeconfig`, these name an AKS cluster instead. */
const AKS_ONLY = ['cluster', 'resource-group', 'subscription-id'];
/** A manifests or values file: 10 MB is well over any real one. */
const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
/** The inputs of blue-green and canary; each one given with the rolling strategy is a mistake worth naming. */
const TRAFFIC_ONLY = [
    'route',
    'canary-steps',
    'bake-time',
    'smoke',
    'error-budget',
    'latency-budget'
];
/** Inputs of the cluster methods: naming one with method gitops is a mistake worth stopping for. */
const CLUSTER_ONLY = ['manifests', 'cluster', 'resource-group', 'subscription-id', 'kubeconfig'];
/** Inputs of a deploy that a rollback does not take. */
const DEPLOY_ONLY = [
    'images',
    'chart',
    'values',
    'image-values',
    'smoke',
    'canary-steps',
    'bake-time',
    'strategy'
];
/** Reads every input once; the tokens are masked before anything else can print them. */
function readInputs() {
    const given = {};
    for (const name of NAMES) {
        const value = (0,inputs/* getOptionalInput */.lI)(name);
        if (value === undefined)
            continue;
        if (name === 'github-token' || name === 'argocd-token')
            core/* setSecret */.Pq(value);
        given[name] = value;
    }
    return given;
}
const present = (given, names) => names.filter(name => given[name] !== undefined);
const listed = (names) => `input${names.length > 1 ? 's' : ''} ${names.map(s => `'${s}'`).join(', ')}`;
function required(given, name, hint) {
    const value = given[name];
    if (value === undefined)
        throw new errors/* ConfigurationError */.j1(`input '${name}' is required: ${hint}`);
    return value;
}
/** `<registry>/<repository>` of an image reference: a registry port is kept, a tag or digest dropped. */
function inputs_repositoryOf(image) {
    const withoutDigest = image.split('@')[0];
    const lastSlash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    return colon > lastSlash ? withoutDigest.slice(0, colon) : withoutDigest;
}
/** `container=<image>` or `<image>` lines; every image by digest so the cluster runs exactly what was tested. */
function parseImages(value) {
    return (0,inputs/* parseList */.E1)(value).map(line => {
        const at = line.indexOf('=');
        const container = at > 0 ? line.slice(0, at).trim() : undefined;
        const image = (at > 0 ? line.slice(at + 1) : line).trim();
        if (container !== undefined && !dns1123.test(container)) {
            throw new errors/* ConfigurationError */.j1(`input 'images': '${container}' in '${line}' is not a container name`);
        }
        if (!imagePattern.test(image)) {
            throw new errors/* ConfigurationError */.j1(`input 'images': '${image}' must name the image by digest (<registry>/<repository>@sha256:<64 hex digits>); deploy the digest build-push outputs`);
        }
        return { ...(container ? { container } : {}), repository: inputs_repositoryOf(image), image };
    });
}
/** `timeout`, within a second and a GitHub job's 6 hours (a larger one would overflow Node's timers). */
function timeoutOf(given) {
    const value = given.timeout ?? '10m';
    return (0,inputs/* boundedDuration */.O$)('timeout', value, 1000);
}
/** The gitops-only inputs given to a cluster method, refused by name. */
function refuseGitopsInputs(given, method) {
    const stray = present(given, GITOPS_ONLY);
    if (stray.length)
        throw new errors/* ConfigurationError */.j1(`${listed(stray)} only appl${stray.length > 1 ? 'y' : 'ies'} to method gitops; remove ${stray.length > 1 ? 'them' : 'it'} (method is ${method})`);
}
/** Where the step works: an AKS cluster by subscription, group and name, or a cluster outside Azure by kubeconfig. */
function clusterInputs(given, env) {
    const namespace = given.namespace ?? 'default';
    if (!dns1123.test(namespace) || namespace.length > 63)
        throw new errors/* ConfigurationError */.j1(`input 'namespace' must be a namespace name, not ${(0,inputs/* quoted */.TL)(namespace)}`);
    const timeoutMs = timeoutOf(given);
    if (given.kubeconfig !== undefined) {
        const stray = present(given, AKS_ONLY);
        if (stray.length)
            throw new errors/* ConfigurationError */.j1(`${listed(stray)} name${stray.length > 1 ? '' : 's'} an AKS cluster, and input 'kubeconfig' names another; give one or the other`);
        const file = (0,shared_files/* readInputFile */.jH)('kubeconfig', given.kubeconfig, {
            maxBytes: 1024 * 1024,
            what: 'a kubeconfig file',
            env
        });
        const kubeconfig = parseKubeconfig(file.path, (0,yaml_input/* parseYamlInput */.P)('kubeconfig', file));
        return {
            subscriptionId: '',
            resourceGroup: '',
            cluster: kubeconfig.cluster,
            kubeconfig,
            namespace,
            timeoutMs
        };
    }
    const subscription = (0,inputs/* subscriptionInput */.KU)(env, given['subscription-id']);
    return {
        subscriptionId: (0,inputs/* requireGuid */.DT)('subscription-id', subscription, 'subscription ID'),
        resourceGroup: required(given, 'resource-group', 'the resource group of the AKS cluster (or kubeconfig, for a cluster outside Azure)'),
        cluster: required(given, 'cluster', 'the name of the AKS cluster (or kubeconfig, for a cluster outside Azure)'),
        namespace,
        timeoutMs
    };
}
/** Manifest files, one per line or comma-separated, each a text file of the workspace (read in render.ts). */
function manifestFiles(given, hint) {
    const files = (0,inputs/* parseList */.E1)(required(given, 'manifests', hint), { commas: true });
    for (const path of files) {
        if (!(0,external_node_fs_.existsSync)(path)) {
            throw new errors/* ConfigurationError */.j1(`input 'manifests': no file '${path}' in the workspace (${process.cwd()}); check the repository out first`);
        }
        (0,shared_files/* readInputFile */.jH)('manifests', path, { maxBytes: MAX_MANIFEST_BYTES, what: 'Kubernetes manifests' });
    }
    return files;
}
/** The one bare image by digest of methods helm and gitops. */
function oneImage(images, mistake) {
    if (images.length !== 1 || images[0].container)
        throw new errors/* ConfigurationError */.j1(mistake);
    const reference = images[0].image;
    return {
        reference,
        repository: inputs_repositoryOf(reference),
        digest: reference.slice(reference.indexOf('@') + 1)
    };
}
/** The inputs of blue-green and canary, checked against the strategy. */
function getStrategyInputs(given = readInputs()) {
    const strategy = (0,inputs/* requireOneOf */.h_)('strategy', given.strategy ?? 'rolling', strategies);
    const { route } = given;
    if (strategy === 'rolling') {
        const stray = present(given, TRAFFIC_ONLY);
        if (stray.length) {
            throw new errors/* ConfigurationError */.j1(`${listed(stray)} only apply with strategy blue-green or canary; set strategy, or remove them`);
        }
        return { strategy, canarySteps: [100], bakeTimeMs: 0, errorBudget: 0 };
    }
    if (!route) {
        throw new errors/* ConfigurationError */.j1(`input 'route' is required with strategy ${strategy}: the name of the Gateway API HTTPRoute that sends traffic to the service (in the namespace of the manifests)`);
    }
    if (!dns1123.test(route) || route.length > 253)
        throw new errors/* ConfigurationError */.j1(`input 'route' must be an HTTPRoute name, not ${(0,inputs/* quoted */.TL)(route)}`);
    if (given['canary-steps'] && strategy !== 'canary')
        throw new errors/* ConfigurationError */.j1(`input 'canary-steps' only applies with strategy canary, not ${strategy}`);
    const gate = parseGateInputs({
        smoke: given.smoke,
        errorBudget: given['error-budget'],
        latencyBudget: given['latency-budget']
    });
    return {
        strategy,
        route,
        canarySteps: strategy === 'canary' ? (0,inputs/* parseCanarySteps */.NT)(given['canary-steps'] ?? '10,50,100') : [100],
        bakeTimeMs: (0,inputs/* parseDuration */.E9)('bake-time', given['bake-time'] ?? '60s'),
        ...gate
    };
}
function manifestsInputs(given, env) {
    refuseGitopsInputs(given, 'manifests');
    const stray = present(given, HELM_ONLY);
    if (stray.length) {
        throw new errors/* ConfigurationError */.j1(`${listed(stray)} only apply to method helm; set method: helm, or remove ${stray.length > 1 ? 'them' : 'it'} (method is manifests)`);
    }
    const manifests = manifestFiles(given, 'the Kubernetes manifest files to apply, one path per line');
    const images = parseImages(required(given, 'images', 'the images to deploy, by digest, one per line: <container>=<registry>/<repository>@sha256:<digest>'));
    return { ...clusterInputs(given, env), manifests, images, strategy: getStrategyInputs(given) };
}
/** The chart's name: Chart.yaml's `name` for a directory, `<name>-<version>.tgz` for a packaged chart. */
function chartName(chart) {
    if ((0,external_node_fs_.statSync)(chart).isDirectory()) {
        const file = (0,external_node_path_.join)(chart, 'Chart.yaml');
        if (!(0,external_node_fs_.existsSync)(file))
            throw new errors/* ConfigurationError */.j1(`input 'chart': '${chart}' is a directory without Chart.yaml; name the chart's directory`);
        const name = (0,dist.parse)((0,external_node_fs_.readFileSync)(file, 'utf8'))?.name;
        if (typeof name !== 'string' || !name)
            throw new errors/* ConfigurationError */.j1(`input 'chart': ${file} names no chart (name:)`);
        return name;
    }
    const packaged = /^(.+)-\d+\.\d+\.\d+[^/]*\.tgz$/.exec((0,external_node_path_.basename)(chart));
    if (!packaged)
        throw new errors/* ConfigurationError */.j1(`input 'chart': '${chart}' is neither a chart directory nor a packaged chart (<name>-<version>.tgz)`);
    return packaged[1];
}
function helmInputs(given, env) {
    refuseGitopsInputs(given, 'helm');
    if (given.manifests !== undefined)
        throw new errors/* ConfigurationError */.j1("input 'manifests' does not apply to method helm: the chart renders the manifests; remove it, or use method manifests");
    const strategy = getStrategyInputs(given);
    const chart = required(given, 'chart', 'the chart to deploy: a chart directory or a packaged chart (.tgz)');
    if (!(0,external_node_fs_.existsSync)(chart))
        throw new errors/* ConfigurationError */.j1(`input 'chart': no '${chart}' in the workspace (${process.cwd()}); check the repository out first`);
    const release = given.release ?? chartName(chart);
    // With a strategy the releases are <release>-blue and <release>-green: six characters more.
    if (!releasePattern.test(release) || release.length > (strategy.strategy === 'rolling' ? 53 : 47))
        throw new errors/* ConfigurationError */.j1(`input 'release': '${release}' is not a Helm release name (lower-case letters, digits, - and ., at most 53 characters)`);
    const values = (0,inputs/* parseList */.E1)(given.values);
    for (const file of values) {
        if (!(0,external_node_fs_.existsSync)(file))
            throw new errors/* ConfigurationError */.j1(`input 'values': no file '${file}' in the workspace (${process.cwd()}); values files are applied in the order given`);
        (0,yaml_input/* parseYamlInput */.P)('values', (0,shared_files/* readInputFile */.jH)('values', file, { maxBytes: MAX_MANIFEST_BYTES, what: 'a Helm values file' }));
    }
    const image = oneImage(parseImages(required(given, 'images', 'the image to deploy, by digest: <registry>/<repository>@sha256:<digest>')), "input 'images': method helm takes one image, by digest and without a container name (<registry>/<repository>@sha256:<digest>); the chart's values place it (image-key)");
    const imageKey = given['image-key'] ?? 'image';
    if (!valuesPath.test(imageKey))
        throw new errors/* ConfigurationError */.j1(`input 'image-key' must be a dotted path of values keys such as image or itinerary.image, not ${(0,inputs/* quoted */.TL)(imageKey)}`);
    const imageValues = given['image-values'] === undefined ? undefined : parseImageValues(given['image-values']);
    if (imageValues && given['image-key'] !== undefined)
        throw new errors/* ConfigurationError */.j1("inputs 'image-key' and 'image-values' both say where the image goes; give image-key (the convention is read from the chart) or image-values (each key set explicitly)");
    return {
        ...clusterInputs(given, env),
        chart,
        release,
        values,
        image,
        imageKey,
        ...(imageValues ? { imageValues } : {}),
        strategy
    };
}
const valuesPath = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
/** What an `image-values` line may put in a value: the image's parts. */
const IMAGE_PLACEHOLDERS = ['registry', 'repository', 'image', 'tag', 'digest', 'reference'];
/** `image-values`: `<values path>=<template>` lines, the template made of {registry}, {repository}, {tag}, {digest}, ... */
function parseImageValues(value) {
    const lines = (0,inputs/* parseList */.E1)(value);
    if (!lines.length)
        throw new errors/* ConfigurationError */.j1("input 'image-values' holds no <values path>=<template> line");
    return lines.map(line => {
        const at = line.indexOf('=');
        const key = line.slice(0, Math.max(at, 0)).trim();
        const template = line.slice(at + 1).trim();
        if (at <= 0 || !valuesPath.test(key))
            throw new errors/* ConfigurationError */.j1(`input 'image-values': ${(0,inputs/* quoted */.TL)(line)} is not <values path>=<template>, e.g. api.image.tag={tag}@{digest}`);
        const unknown = [...template.matchAll(/\{([^}]*)\}/g)]
            .map(m => m[1])
            .filter(name => !IMAGE_PLACEHOLDERS.includes(name));
        if (unknown.length || !/\{/.test(template))
            throw new errors/* ConfigurationError */.j1(`input 'image-values': ${(0,inputs/* quoted */.TL)(line)} ${unknown.length ? `uses {${unknown[0]}}` : 'names no part of the image'}; the template may use ${IMAGE_PLACEHOLDERS.map(n => `{${n}}`).join(', ')}`);
        return { key, template };
    });
}
function gitopsInputs(given, env) {
    for (const name of present(given, CLUSTER_ONLY)) {
        throw new errors/* ConfigurationError */.j1(`input '${name}' does not apply to method gitops: Argo CD applies the chart of the infrastructure repository to its own cluster; remove it, or use method manifests`);
    }
    const repository = required(given, 'infra-repository', 'the infrastructure repository as owner/name');
    if (!repositoryPattern.test(repository))
        throw new errors/* ConfigurationError */.j1(`input 'infra-repository' must be owner/name, not ${(0,inputs/* quoted */.TL)(repository)}`);
    const branch = given['infra-branch'] ?? 'main';
    if (!/^[\w.-]+(\/[\w.-]+)*$/.test(branch) || branch.includes('..'))
        throw new errors/* ConfigurationError */.j1(`input 'infra-branch' must be a branch name, not ${(0,inputs/* quoted */.TL)(branch)}`);
    const valuesFile = required(given, 'values-file', 'the path of the values file in the infrastructure repository, e.g. environments/dev/itinerary.yaml').replace(/^\.\//, '');
    if (!/\.ya?ml$/.test(valuesFile) || valuesFile.startsWith('/') || valuesFile.split('/').includes('..'))
        throw new errors/* ConfigurationError */.j1(`input 'values-file' must be a YAML file's path inside the repository (no leading /, no ..), not ${(0,inputs/* quoted */.TL)(valuesFile)}`);
    const imageKey = (given['image-key'] ?? 'image').split('.');
    if (!imageKey.every(part => /^[A-Za-z0-9_-]+$/.test(part)))
        throw new errors/* ConfigurationError */.j1(`input 'image-key' must be a dotted path of values keys such as image or itinerary.image`);
    const images = parseImages(required(given, 'images', 'the image to deploy, by digest: <registry>/<repository>@sha256:<digest>'));
    const image = oneImage(images, `input 'images' must hold exactly one bare <registry>/<repository>@sha256:<digest> with method gitops (the image of image-key), not ${images.length} line(s)${images[0]?.container ? ' naming a container' : ''}`);
    const githubToken = given['github-token'];
    if (!githubToken) {
        throw new errors/* ConfigurationError */.j1(`input 'github-token' is required with method gitops: a token that may write the contents of ${repository} (a GitHub App installation token or a fine-grained token with contents: write; the job's GITHUB_TOKEN cannot write another repository)`);
    }
    const argocdServer = required(given, 'argocd-server', 'the URL of the Argo CD API server, https://...').replace(/\/+$/, '');
    let server;
    try {
        server = new URL(argocdServer.includes('://') ? argocdServer : `https://${argocdServer}`);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`input 'argocd-server' must be the Argo CD server's URL, not ${(0,inputs/* quoted */.TL)(argocdServer)}`);
    }
    if (server.protocol !== 'https:')
        throw new errors/* ConfigurationError */.j1(`input 'argocd-server' must use https (the token is a bearer credential)`);
    const argocdToken = given['argocd-token'];
    if (!argocdToken) {
        throw new errors/* ConfigurationError */.j1(`input 'argocd-token' is required with method gitops: an API token of an Argo CD account allowed to get and sync the application (argocd account generate-token)`);
    }
    const application = required(given, 'argocd-application', 'the name of the Argo CD application to sync');
    if (!applicationPattern.test(application))
        throw new errors/* ConfigurationError */.j1(`input 'argocd-application' must be an application name, not ${(0,inputs/* quoted */.TL)(application)}`);
    return {
        repository,
        branch,
        valuesFile,
        imageKey,
        image,
        githubToken,
        githubApiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
        argocdServer: server.origin + server.pathname.replace(/\/+$/, ''),
        argocdToken,
        application,
        timeoutMs: timeoutOf(given)
    };
}
function rollbackInputs(given, method, env) {
    if (method === 'gitops') {
        throw new errors/* ConfigurationError */.j1("input 'mode': rollback applies to methods manifests and helm; with method gitops deploy the previous image again (the previous-revision of the failed run is its commit) so the infrastructure repository says what runs");
    }
    const stray = present(given, DEPLOY_ONLY);
    if (stray.length) {
        throw new errors/* ConfigurationError */.j1(`${listed(stray)} do${stray.length > 1 ? '' : 'es'} not apply with mode rollback (a rollback deploys nothing new); remove ${stray.length > 1 ? 'them' : 'it'}`);
    }
    refuseGitopsInputs(given, method);
    const toRevision = given['to-revision'];
    const common = clusterInputs(given, env);
    const { route } = given;
    if (method === 'helm' && toRevision !== undefined && !/^[1-9]\d*$/.test(toRevision))
        throw new errors/* ConfigurationError */.j1(`input 'to-revision' must be a Helm release revision number, not ${(0,inputs/* quoted */.TL)(toRevision)}`);
    if (toRevision !== undefined && route)
        throw new errors/* ConfigurationError */.j1("input 'to-revision' does not apply with a route: a rollback through the route sends the traffic back to the other slot");
    return {
        method,
        ...common,
        ...(method === 'helm'
            ? { release: required(given, 'release', 'the Helm release to roll back'), manifests: [] }
            : { manifests: manifestFiles(given, 'the manifest files naming the Deployments to roll back') }),
        ...(toRevision ? { toRevision } : {}),
        ...(route ? { route } : {})
    };
}
/** Reads and checks every input before any network call: one method of deploying, or a rollback. */
function getInputs(env = process.env) {
    const given = readInputs();
    const mode = (0,inputs/* requireOneOf */.h_)('mode', given.mode ?? 'deploy', ['deploy', 'rollback']);
    const method = given.method ?? 'manifests';
    if (!methods.includes(method))
        throw new errors/* ConfigurationError */.j1(`input 'method' must be manifests, helm or gitops, not ${(0,inputs/* quoted */.TL)(method)}`);
    const chosen = method;
    if (mode === 'rollback')
        return { mode, ...rollbackInputs(given, chosen, env) };
    if (given['to-revision'] !== undefined)
        throw new errors/* ConfigurationError */.j1("input 'to-revision' only applies with mode: rollback (a deploy goes to the images given); set mode: rollback, or remove it");
    switch (chosen) {
        case 'manifests':
            return { mode, method: chosen, ...manifestsInputs(given, env) };
        case 'helm':
            return { mode, method: chosen, ...helmInputs(given, env) };
        case 'gitops':
            return { mode, method: chosen, ...gitopsInputs(given, env) };
    }
}

// EXTERNAL MODULE: ./actions/shared/cloud.ts
var shared_cloud = __webpack_require__(3023);
// EXTERNAL MODULE: ./actions/shared/version.ts
var version = __webpack_require__(5110);
;// CONCATENATED MODULE: ./actions/shared/arm.ts




/**
 * Options for any `@azure/arm-*` client: classic ones read `credentialScopes`, the newer generated ones
 * `credentials.scopes`. The SDK's own retry is off: every call goes through our one retry helper, which
 * honours Retry-After, has a deadline and sleeps on an injectable clock.
 */
function armClientOptions(cloud) {
    return {
        endpoint: cloud.armEndpoint,
        credentialScopes: [(0,shared_cloud/* armScope */.Rz)(cloud)],
        credentials: { scopes: [(0,shared_cloud/* armScope */.Rz)(cloud)] },
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

// EXTERNAL MODULE: ./actions/shared/azure.ts + 2 modules
var azure = __webpack_require__(9906);
;// CONCATENATED MODULE: ./actions/deploy-aks/kube/cluster.ts









/** A cluster outside Azure, from the kubeconfig input: its server and CA, and its user's token for every request. */
function kubeconfigCluster(config) {
    const caData = config.caData ?? '';
    return {
        name: config.cluster,
        server: config.server,
        caData,
        api: new KubeClient(config.server, caData ? Buffer.from(caData, 'base64').toString('utf8') : undefined, kubeconfigCredential(config)),
        kubeconfigPath: config.path
    };
}
/** The cluster's API server and CA from listClusterUserCredential (the kubeconfig kubelogin would complete). */
async function connect(session, target, clock) {
    const { ContainerServiceClient } = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 9300));
    const client = withoutFormData(new ContainerServiceClient(session.credential, target.subscriptionId, armClientOptions(session.cloud)));
    const credentials = await armCall(`listClusterUserCredential of ${target.cluster}`, () => client.managedClusters.listClusterUserCredentials(target.resourceGroup, target.cluster, {
        format: 'exec'
    }), { clock, onRetry: log/* logRetry */.zD });
    const value = credentials.kubeconfigs?.[0]?.value;
    if (!value) {
        throw new errors/* RemoteError */.Hi(`AKS returned no kubeconfig for ${target.cluster}`, {
            service: 'arm',
            code: 'NoKubeconfig'
        });
    }
    let cluster;
    try {
        cluster = clusterOf(Buffer.from(value).toString('utf8'));
    }
    catch {
        throw new errors/* RemoteError */.Hi(`the kubeconfig of ${target.cluster} names no cluster`, {
            service: 'arm',
            code: 'NoKubeconfig'
        });
    }
    const caData = cluster.caData ?? '';
    // The credential caches the token and asks GitHub for a new assertion when it runs out: no expiry in long jobs.
    const token = async () => (await session.credential.getToken(kube_token/* AKS_SERVER_SCOPE */.vW)).token;
    return {
        name: cluster.name,
        server: cluster.server,
        caData,
        api: new KubeClient(cluster.server, caData ? Buffer.from(caData, 'base64').toString('utf8') : undefined, {
            token
        })
    };
}
/** The step's session: the identity login exported, and the credential every later token comes from. */
function stepSession(clock) {
    return (0,azure/* sessionFromEnv */.Q)('deploy-aks', process.env, { clock });
}
/**
 * The cluster, timed as the phase 'Cluster credentials': the Entra token for the API server is fetched while ARM
 * answers (the credential caches it for the requests that follow).
 */
async function openCluster(session, target, clock, phases) {
    const kubeToken = session.credential.getToken(kube_token/* AKS_SERVER_SCOPE */.vW);
    kubeToken.catch(() => undefined);
    return phases.time('Cluster credentials', async () => {
        const access = await connect(session, target, clock);
        await kubeToken;
        return access;
    });
}
/** What the step's rollouts use: the cluster, the runner's log, retries logged, the step's timeout. */
function stepRollout(cluster, clock, phases, timeoutMs, pollMs) {
    return { api: cluster.api, clock, phases, log: core/* info */.pq, onRetry: log/* logRetry */.zD, timeoutMs, pollMs };
}

;// CONCATENATED MODULE: ./actions/deploy-aks/manifests/render.ts





/** Where each workload kind keeps its pod spec. */
function podSpecs(object) {
    const spec = object.spec;
    if (!spec)
        return [];
    if (object.kind === 'Pod')
        return [spec];
    if (object.kind === 'CronJob')
        return spec.jobTemplate?.spec?.template?.spec ? [spec.jobTemplate.spec.template.spec] : [];
    return spec.template?.spec ? [spec.template.spec] : [];
}
/** More aliases than this in one manifest document is a YAML bomb, not configuration. */
const MAX_ALIASES = 100;
/**
 * Reads every document of every file (each checked first: a text file of the workspace, not empty, under 10 MB);
 * empty documents are skipped, each object must have a kind, apiVersion and name, and a file must hold at least one.
 * Mistakes name the input, the file and the line.
 */
function loadManifests(paths, input = 'manifests') {
    return paths.flatMap(path => {
        const file = (0,shared_files/* readInputFile */.jH)(input, path, { maxBytes: 10 * 1024 * 1024, what: 'Kubernetes manifests' });
        const documents = (0,dist/* parseAllDocuments */.hR)(file.text, { prettyErrors: true });
        const list = Array.isArray(documents) ? documents : [documents];
        const objects = [];
        for (const document of list) {
            const error = document.errors[0];
            if (error) {
                const at = error.linePos?.[0];
                throw new errors/* ConfigurationError */.j1(`input '${input}': ${path}${at ? ` line ${at.line}, column ${at.col}` : ''} is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
            }
            let value;
            try {
                value = document.toJS({ maxAliasCount: MAX_ALIASES });
            }
            catch {
                throw new errors/* ConfigurationError */.j1(`input '${input}': ${path} expands more than ${MAX_ALIASES} YAML aliases in one document, which no manifest needs (a YAML bomb?); write it out without them`);
            }
            if (value === null || value === undefined)
                continue;
            const object = value;
            const line = document.contents?.range
                ? file.text.slice(0, document.contents.range[0]).split('\n').length
                : 1;
            if (typeof object !== 'object' ||
                Array.isArray(object) ||
                !object.kind ||
                !object.apiVersion ||
                !object.metadata?.name)
                throw new errors/* ConfigurationError */.j1(`input '${input}': ${path} line ${line}: every object needs apiVersion, kind and metadata.name`);
            if (object.kind === 'List')
                objects.push(...(object.items ?? []));
            else
                objects.push(object);
        }
        if (!objects.length)
            throw new errors/* ConfigurationError */.j1(`input '${input}': ${path} holds no Kubernetes object (only comments or empty documents); name the files with the objects to deploy`);
        return objects;
    });
}
/**
 * Puts each image by digest into the containers it is for: by container name (`name=<image>`) or by repository
 * (a bare `<image>` replaces any tag or digest of the same `<registry>/<repository>`). Every rule must match.
 */
function renderImages(objects, rules) {
    const rendered = [];
    const used = new Set();
    for (const object of objects) {
        for (const spec of podSpecs(object)) {
            for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
                const rule = rules.find(r => r.container
                    ? r.container === container.name
                    : container.image && inputs_repositoryOf(container.image) === r.repository);
                if (!rule)
                    continue;
                used.add(rule);
                rendered.push({
                    object: describe(object),
                    kind: object.kind,
                    name: object.metadata?.name,
                    container: container.name,
                    from: container.image ?? '',
                    to: rule.image
                });
                container.image = rule.image;
            }
        }
    }
    const unused = rules.filter(r => !used.has(r));
    if (unused.length) {
        throw new errors/* ConfigurationError */.j1(`input 'images': no container in the manifests matches ${unused.map(r => (r.container ? `container '${r.container}'` : `repository '${r.repository}'`)).join(', ')}; check the container names or image repositories of the manifests`);
    }
    return rendered;
}

;// CONCATENATED MODULE: ./actions/deploy-aks/manifests/rollback.ts



/** The manifests naming what a rollback undoes, read before any request: they must hold a Deployment. */
function rollbackManifests(files) {
    const manifests = loadManifests(files);
    if (!manifests.some(o => o.kind === 'Deployment'))
        throw new errors/* ConfigurationError */.j1(`input 'manifests': ${files.join(', ')} hold no Deployment to roll back`);
    return manifests;
}
/** Each Deployment of the manifests back to its previous ReplicaSet (kubectl rollout undo), then watched. */
async function rollbackDeployments(manifests, target, deps) {
    const targets = manifests
        .filter(o => o.kind === 'Deployment')
        .map(o => ({ namespace: o.metadata?.namespace ?? target.namespace, name: o.metadata.name }));
    const undone = await deps.phases.time('Roll back', () => Promise.all(targets.map(async (t) => ({ ...t, ...(await undoDeployment(deps, t, target.toRevision)) }))));
    for (const u of undone)
        deps.log(`Deployment/${u.name} in ${u.namespace}: pod template ${u.from} → ${u.to}`);
    const watched = await deps.phases.time('Rollout', () => watchDeployments(undone.map(u => ({ namespace: u.namespace, name: u.name, previousRevision: u.from })), deps));
    return {
        what: undone.map(u => `Deployment/${u.name} (${u.namespace}): ${u.from} → ${u.to}`).join(', '),
        revision: JSON.stringify(Object.fromEntries(undone.map(u => [u.name, u.to]))),
        previousRevision: JSON.stringify(Object.fromEntries(undone.map(u => [u.name, u.from]))),
        deployments: watched.deployments,
        notes: [],
        ...(watched.failure ? { failure: watched.failure, hint: watched.hint } : {})
    };
}

;// CONCATENATED MODULE: ./actions/deploy-aks/report.ts









// Every job summary and failure sentence of the step. A failed step throws a StepFailure: runStep joins its message
// and hint as `deploy-aks: <what happened>. <what to do>`.
function imagesTable(rendered) {
    return (0,summary/* markdownTable */.Qj)(['Object', 'Container', 'Image'], rendered.map(r => [r.object, r.container, `\`${r.to}\``]));
}
/** The failed pods' last log lines and events, read before the rollback removed them. */
function diagnosesSection(diagnoses) {
    if (!diagnoses?.length)
        return [];
    return [
        '#### What the failed pods said',
        '',
        ...diagnoses.flatMap(d => [
            `Pod \`${d.pod}\`, container \`${d.container}\`: last ${d.logs.length} log line${d.logs.length === 1 ? '' : 's'}`,
            '',
            '```text',
            ...(d.logs.length ? d.logs.map(l => l.slice(0, 500)) : ['(no output)']),
            '```',
            '',
            ...(d.events.length ? ['Events:', '', ...d.events.map(e => `- ${e}`), ''] : [])
        ])
    ];
}
/** What a failure after the first write left: each object, what became of it, and the command that finishes. */
function writesSection(result) {
    if (!result.writes?.length)
        return [];
    return [
        '#### What was written, and what was undone',
        '',
        ...(result.serving ? [`Before the rollback: ${result.serving}.`, ''] : []),
        (0,summary/* markdownTable */.Qj)(['Object', 'Was', 'Now', 'To finish by hand'], result.writes.map(w => [w.object, w.was, w.now, w.command ? `\`${w.command}\`` : ''])),
        ''
    ];
}
/** `restored Service/x (default); deleted Job/y (default), which this step created`: the sentence of a failure. */
function undoneSentence(result) {
    const writes = result.writes ?? [];
    const of = (now) => writes.filter(w => w.now === now).map(w => w.object);
    const parts = [
        ...(of('restored').length ? [`restored ${of('restored').join(', ')} as they were`] : []),
        ...(of('deleted').length ? [`deleted ${of('deleted').join(', ')}, which this step created`] : [])
    ];
    const left = writes.filter(w => w.now === 'left');
    if (left.length)
        parts.push(`could NOT restore ${left.map(w => `${w.object} (${w.was}: ${w.error ?? 'failed'})`).join(', ')}; to finish the rollback run ${left.map(w => `'${w.command}'`).join(' and ')}`);
    return parts.join('; ');
}
/** Method manifests, rolling: outputs, summary, and the failure after the Deployments were rolled back. */
function reportRollout(inputs, rendered, result, phases) {
    core/* setOutput */.uH('revision', JSON.stringify(Object.fromEntries(result.deployments.map(d => [d.name, d.revision]))));
    core/* setOutput */.uH('previous-revision', JSON.stringify(Object.fromEntries(result.deployments.map(d => [d.name, d.previousRevision]))));
    const title = result.failure ? 'FAILED, rolled back' : 'deployed';
    const rows = result.deployments.map(d => [
        `${d.namespace}/${d.name}`,
        d.outcome,
        d.revision || '–',
        d.previousRevision || '–',
        d.replicas,
        [
            d.failure,
            d.restoredMs === undefined
                ? undefined
                : `previous revision serving again ${(0,log/* formatMs */._V)(d.restoredMs)} after the failure was detected`
        ]
            .filter(Boolean)
            .join('; ')
    ]);
    (0,summary/* appendSummary */.fe)([
        `### AKS ${inputs.cluster}: ${title}`,
        '',
        ...(result.failure ? [`**${result.failure}**`, ''] : []),
        (0,summary/* markdownTable */.Qj)(['Deployment', 'Outcome', 'Revision', 'Previous revision', 'Replicas', 'Notes'], rows),
        '',
        imagesTable(rendered),
        '',
        `Applied: ${result.applied.join(', ')}`,
        '',
        ...writesSection(result),
        ...diagnosesSection(result.diagnoses),
        phases.table(),
        ''
    ].join('\n'));
    if (result.failure) {
        const restored = result.deployments
            .filter(d => d.outcome === 'rolled-back')
            .map(d => `${d.name} to ${d.revision}`);
        const undone = undoneSentence(result);
        const serving = result.writes?.length && result.serving ? `; before the rollback: ${result.serving}` : '';
        throw new StepFailure([
            `${result.failure}${serving}`,
            restored.length
                ? `rolled back ${restored.join(', ')}`
                : result.writes?.length
                    ? ''
                    : 'nothing to roll back to',
            undone
        ]
            .filter(Boolean)
            .join('; '), `To fix: ${result.hint}`);
    }
}
/** Blue-green and canary (manifests or helm): outputs, the traffic at each step, and the failure after the restore. */
function reportSlots(inputs, rendered, result, phases) {
    core/* setOutput */.uH('revision', JSON.stringify({
        [result.failure ? result.previousDeployment || result.deployment : result.deployment]: result.revision
    }));
    core/* setOutput */.uH('previous-revision', JSON.stringify(result.previousDeployment ? { [result.previousDeployment]: result.previousRevision } : {}));
    core/* setOutput */.uH('url', result.url);
    const backends = [
        ...new Set([...Object.keys(result.initialWeights), ...result.steps.flatMap(s => Object.keys(s.weights))])
    ];
    const title = result.failure
        ? `FAILED, traffic restored to ${result.previousDeployment || 'nothing'}`
        : `${inputs.strategy.strategy} to the ${result.slot} slot`;
    (0,summary/* appendSummary */.fe)([
        `### AKS ${inputs.cluster}: ${title}`,
        '',
        ...(result.failure ? [`**${result.failure}**`, ''] : []),
        `HTTPRoute \`${result.namespace}/${result.route}\`${result.url ? ` at ${result.url}` : ''}: deployed \`${result.deployment}\`${result.revision ? ` (revision ${result.revision})` : ''}, previously serving: ${result.previousDeployment ? `\`${result.previousDeployment}\` (revision ${result.previousRevision || '–'})` : 'nothing (first deploy)'}.`,
        ...(result.restoredMs === undefined || !result.failure
            ? []
            : [
                '',
                `Traffic back to where it was ${(0,log/* formatMs */._V)(result.restoredMs)} after the failure was detected; ${result.deployment} ${result.retired ?? 'scaled to 0'}.`
            ]),
        '',
        (0,summary/* markdownTable */.Qj)(['Step', ...backends.map(b => `${b} %`), 'Gate', 'At'], [
            ['before', ...backends.map(b => String(result.initialWeights[b] ?? 0)), '', '0 s'],
            ...result.steps.map(s => [
                s.step,
                ...backends.map(b => String(s.weights[b] ?? 0)),
                s.gate ? `${s.ok ? 'passed' : 'FAILED'}: ${s.gate}` : '',
                (0,log/* formatMs */._V)(s.atMs)
            ])
        ]),
        '',
        imagesTable(rendered),
        '',
        `Applied: ${result.applied.join(', ')}`,
        '',
        phases.table(),
        ''
    ].join('\n'));
    if (result.failure) {
        const moved = result.steps.some(s => s.step === 'restored');
        throw new StepFailure(`${result.failure}; traffic restored to ${result.previousDeployment ? formatWeights(result.initialWeights) : 'nothing (the route was new)'}${moved ? ` ${(0,log/* formatMs */._V)(result.restoredMs ?? 0)} after the failure was detected` : ' (it never moved)'} and ${result.deployment} ${result.retired ?? 'scaled to 0'}`, `To fix: ${result.hint ?? 'see the log above'}`);
    }
}
/** Method helm, rolling: outputs, the release and its Deployments, and the failure after helm rollback. */
function reportHelm(inputs, result, phases) {
    core/* setOutput */.uH('revision', result.revision === undefined ? '' : String(result.revision));
    core/* setOutput */.uH('previous-revision', result.previousRevision === undefined ? '' : String(result.previousRevision));
    const title = result.failure
        ? `FAILED, ${result.outcome === 'rolled-back' ? 'rolled back' : result.outcome === 'uninstalled' ? 'uninstalled' : 'not rolled back'}`
        : 'deployed';
    const rows = result.deployments.map(d => [
        `${d.namespace}/${d.name}`,
        d.outcome,
        d.revision || '–',
        d.previousRevision || '–',
        d.replicas,
        [
            d.failure,
            d.restoredMs === undefined && result.restoredMs === undefined
                ? undefined
                : `previous revision serving again ${(0,log/* formatMs */._V)(result.restoredMs ?? d.restoredMs ?? 0)} after the failure was detected`
        ]
            .filter(Boolean)
            .join('; ')
    ]);
    (0,summary/* appendSummary */.fe)([
        `### AKS ${inputs.cluster}: Helm release ${result.release} ${title}`,
        '',
        ...(result.failure ? [`**${result.failure}**`, ''] : []),
        ...(result.recovered ? [`> ${result.recovered}.`, ''] : []),
        (0,summary/* markdownTable */.Qj)(['Release', 'Chart', 'Namespace', 'Revision', 'Previous revision', 'Image'], [
            [
                result.release,
                result.chart || inputs.chart,
                result.namespace,
                result.revision === undefined ? '–' : String(result.revision),
                result.previousRevision === undefined ? '–' : String(result.previousRevision),
                `\`${inputs.image.reference}\``
            ]
        ]),
        '',
        ...(rows.length
            ? [
                (0,summary/* markdownTable */.Qj)(['Deployment', 'Outcome', 'Pod template', 'Previous pod template', 'Replicas', 'Notes'], rows),
                ''
            ]
            : []),
        `Values files: ${inputs.values.length ? inputs.values.join(', ') : 'the chart defaults only'}${result.placement ? `; the image set through ${result.placement}` : ''}`,
        '',
        ...(result.left
            ? [
                `**Left:** release ${result.release} is ${result.left.state}. To finish the rollback: \`${result.left.command}\``,
                ''
            ]
            : []),
        ...diagnosesSection(result.diagnoses),
        phases.table(),
        ''
    ].join('\n'));
    if (result.failure) {
        const done = result.outcome === 'rolled-back'
            ? `rolled back release ${result.release} to revision ${result.previousRevision} (now revision ${result.revision})`
            : result.outcome === 'uninstalled'
                ? `uninstalled release ${result.release}, whose first install this was`
                : result.left
                    ? ''
                    : `release ${result.release} is left at revision ${result.revision ?? 'none'}`;
        throw new StepFailure(`${result.failure}${done ? `; ${done}` : ''}`, `To fix: ${result.hint}`);
    }
}
/** Mode rollback: outputs, what went back where, and the failure when it did not become available. */
function reportRollback(inputs, result, phases) {
    core/* setOutput */.uH('revision', result.revision);
    core/* setOutput */.uH('previous-revision', result.previousRevision);
    (0,summary/* appendSummary */.fe)([
        `### AKS ${inputs.cluster}: ${result.failure ? 'rollback FAILED' : 'rolled back'}`,
        '',
        result.what,
        '',
        ...(result.failure ? [`**${result.failure}**`, ''] : []),
        ...result.notes.flatMap(n => [n, '']),
        ...(result.deployments.length
            ? [
                (0,summary/* markdownTable */.Qj)(['Deployment', 'Outcome', 'Pod template', 'Replicas', 'Notes'], result.deployments.map(d => [
                    `${d.namespace}/${d.name}`,
                    d.outcome,
                    d.revision || '–',
                    d.replicas,
                    d.failure ?? ''
                ])),
                ''
            ]
            : []),
        phases.table(),
        ''
    ].join('\n'));
    if (result.failure)
        throw new StepFailure(`the rollback did not become available: ${result.failure}`, `To fix: ${result.hint}`);
}
/** Method gitops: outputs, the commit and Argo CD's progress, and the failure after the revert. */
function reportGitops(inputs, result, phases) {
    const { bump, watch, revert, progress } = result;
    core/* setOutput */.uH('commit', bump.changed ? bump.revision : '');
    core/* setOutput */.uH('revision', revert?.watch?.revision ?? watch.revision ?? '');
    core/* setOutput */.uH('previous-revision', result.previousRevision);
    const title = watch.ok ? 'deployed' : revert?.watch?.ok ? 'FAILED, reverted' : 'FAILED';
    const link = (c) => (c?.url ? `[${deploy_short(c.revision)}](${c.url})` : deploy_short(c?.revision));
    (0,summary/* appendSummary */.fe)([
        `### Argo CD ${inputs.application}: ${title}`,
        '',
        ...(watch.failure ? [`**${watch.failure}**`, ''] : []),
        bump.changed
            ? `Commit ${link(bump)} in ${inputs.repository} (${inputs.branch}): \`${inputs.valuesFile}\` ${inputs.imageKey.join('.')} → \`${inputs.image.reference}\` (was \`${bump.previous.repository ?? '–'}@${bump.previous.digest ?? '–'}\`)${bump.conflicts ? `, after ${bump.conflicts} concurrent push${bump.conflicts > 1 ? 'es' : ''}` : ''}`
            : `\`${inputs.valuesFile}\` already named \`${inputs.image.reference}\`: no commit; synced ${deploy_short(bump.revision)}`,
        ...(revert?.commit
            ? [
                '',
                `Revert ${link(revert.commit)}: ${inputs.imageKey.join('.')} back to \`${bump.previous.repository}@${bump.previous.digest}\``
            ]
            : []),
        ...(revert?.skipped ? ['', `Not reverted: ${revert.skipped}`] : []),
        '',
        (0,summary/* markdownTable */.Qj)(['Time', 'Sync', 'Operation', 'Health', 'Details'], progress),
        '',
        phases.table(),
        ''
    ].join('\n'));
    if (watch.ok)
        return;
    const after = revert?.skipped
        ? `not reverted: ${revert.skipped}`
        : revert?.watch?.ok
            ? `reverted in ${deploy_short(revert.commit?.revision)}; ${inputs.application} is Synced and Healthy again on ${bump.previous.repository}@${bump.previous.digest}`
            : revert?.watch
                ? `reverted in ${deploy_short(revert.commit?.revision)}, but ${revert.watch.failure}`
                : bump.changed
                    ? 'not reverted'
                    : 'nothing was committed, nothing to revert';
    throw new StepFailure(`${watch.failure}; ${after}`, 'To fix: look at the application in Argo CD (its events and the pods of the new ReplicaSet), fix the image and deploy again');
}
/** What to do about a refusal by ARM, the cluster or Helm: the role the identity lacks, or where to look. */
function advice(error, inputs, identity) {
    const scope = `/subscriptions/${inputs.subscriptionId}/resourceGroups/${inputs.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${inputs.cluster}`;
    // A cluster outside Azure authorizes with Kubernetes RBAC alone, and authenticates what its kubeconfig presents.
    const outside = inputs.kubeconfig;
    const writer = outside
        ? `Bind ${identity} to a Role that may write there (kubectl create rolebinding --clusterrole=edit --namespace ${inputs.namespace}), or use a kubeconfig user that has one`
        : `Give ${identity} the 'Azure Kubernetes Service RBAC Writer' role on ${scope}/namespaces/${inputs.namespace}`;
    if (inputs.method === 'helm') {
        const helmWriter = `${writer} (Helm keeps its releases as Secrets there)`;
        if (error instanceof HelmError) {
            if (/forbidden/i.test(error.helmMessage))
                return helmWriter;
            if (error.command === 'upgrade' && error.stage === 'render' && inputs.chart)
                return `Nothing was applied: check the chart ${inputs.chart} and the values files (helm template shows the same error)`;
            if (error.command === 'upgrade' && inputs.chart)
                return `Nothing was applied: the chart ${inputs.chart} renders (helm template passes), the cluster refused the upgrade; fix what Helm names and deploy again`;
        }
        if (error instanceof errors/* RemoteError */.Hi && error.service === 'kubernetes' && error.status === 403)
            return helmWriter;
    }
    if (!(error instanceof errors/* RemoteError */.Hi))
        return undefined;
    if (error.service === 'arm' && error.code === 'AuthorizationFailed')
        return `Give ${identity} the 'Azure Kubernetes Service Cluster User Role' on ${scope}`;
    if (error.service === 'arm' && error.code === 'ResourceNotFound')
        return 'Check the cluster and resource-group inputs';
    if (error.service === 'kubernetes' && error.status === 403)
        return outside ? writer : `${writer} (or a Kubernetes RoleBinding for it)`;
    if (error.service === 'kubernetes' && error.status === 401)
        return outside
            ? `The API server did not accept the credentials of context ${outside.context} in ${outside.path}: a token it does not know, or a client certificate its CA did not sign (or one past its expiry)`
            : 'The API server did not accept the Entra token: check that the cluster uses Microsoft Entra ID integration';
    return undefined;
}
/**
 * An error as the step reports it: a cluster method's with the advice for a refusal, and, in a rollback, said to
 * have happened during it (a mistake in the inputs speaks for itself). Report failures, and gitops's errors, which
 * name what to do themselves, pass through as they are.
 */
function stepFailure(error, inputs, identity) {
    if (error instanceof StepFailure || inputs.method === 'gitops')
        return error;
    if (error instanceof RefusedObject)
        return new StepFailure(error.message, `To fix: ${error.hint}`);
    const rollback = inputs.mode === 'rollback' && !(error instanceof errors/* ConfigurationError */.j1) ? 'rollback: ' : '';
    if (rollback && error instanceof RolloutFailure)
        return new StepFailure(`${rollback}${error.message}`, `To fix: ${error.hint}`);
    const chart = inputs.mode === 'deploy' && inputs.method === 'helm' ? inputs.chart : undefined;
    const hint = advice(error, { ...inputs, ...(chart ? { chart } : {}) }, identity);
    if (!hint && !rollback)
        return error;
    return new StepFailure(`${rollback}${(0,errors/* errorMessage */.gJ)(error)}`, hint);
}

;// CONCATENATED MODULE: ./actions/deploy-aks/strategy/rollback.ts



/**
 * Blue-green or canary: all traffic back to the other slot, which a deploy leaves running for exactly this. It must
 * be available (every replica ready) before the route moves; the Service then selects it again. Manifests: the
 * Deployment and Service they name. Helm: the slot releases' objects are named after the release, and the plain
 * Service is the chart's rolling release's (it keeps its own selector).
 */
async function rollbackRoute(target, deps) {
    const plan = 'manifests' in target
        ? planSlots(target.manifests, { strategy: 'blue-green', route: target.route }, target.namespace)
        : undefined;
    const namespace = plan?.namespace ?? target.namespace;
    const base = plan ? plan.deployment.metadata.name : target.release;
    const service = plan ? plan.service.metadata.name : base;
    const ref = routeRef(target.route, namespace);
    const route = await readOrUndefined(deps, ref);
    if (!route)
        throw new errors/* ConfigurationError */.j1(`input 'route': no HTTPRoute '${target.route}' in namespace ${namespace}`);
    const before = weightsOf(route.spec ?? {}, service);
    const live = Object.entries(before).sort((a, b) => b[1] - a[1])[0]?.[0];
    const liveSlot = /-(blue|green)$/.exec(live ?? '')?.[1];
    if (!live || !liveSlot || !(before[live] > 0))
        throw new RolloutFailure(`HTTPRoute ${target.route} does not send traffic to a slot of ${service} (${formatWeights(before)})`, 'roll back with the strategy the service was deployed with, or deploy the previous image');
    const slot = otherSlot(liveSlot);
    const back = slotName(base, slot);
    const deployment = await readOrUndefined(deps, {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: back,
        namespace
    });
    const ready = deployment?.status?.availableReplicas ?? 0;
    const desired = deployment?.spec?.replicas ?? 0;
    if (!deployment || desired === 0 || ready < desired) {
        throw new RolloutFailure(`the ${slot} slot (Deployment ${back}) is ${deployment ? `at ${ready}/${desired} available replicas` : 'not in the cluster'}, so traffic cannot go back to it`, `roll back by deploying the previous image (previous-revision) instead`);
    }
    const weights = { [slotName(service, slot)]: 100, [live]: 0 };
    await deps.phases.time('Switch route', async () => {
        await apply(deps, {
            apiVersion: ref.apiVersion,
            kind: ref.kind,
            metadata: {
                name: ref.name,
                namespace,
                labels: route.metadata?.labels,
                annotations: route.metadata?.annotations
            },
            spec: routeSpec(route.spec ?? {}, service, undefined, weights)
        });
        if (plan)
            await apply(deps, selecting(plan.service, slot));
    });
    deps.log(`HTTPRoute ${target.route}: ${formatWeights(before)} → ${formatWeights(weights)}`);
    return {
        what: `HTTPRoute ${target.route} (${namespace}): all traffic back to ${back}`,
        revision: JSON.stringify({ [back]: (await servingRevision(deps, { namespace, name: back })) ?? '' }),
        previousRevision: JSON.stringify({
            [slotName(base, liveSlot)]: (await servingRevision(deps, { namespace, name: slotName(base, liveSlot) })) ?? ''
        }),
        deployments: [],
        notes: [
            `${formatWeights(before)} → ${formatWeights(weights)}${plan ? `; ${describe(plan.service)} selects the ${slot} slot` : ''}`
        ]
    };
}

;// CONCATENATED MODULE: ./actions/deploy-aks/main.ts



















/**
 * The deploy-aks step: every input read and checked first (before any network call), then one method of deploying
 * (manifests, helm, gitops) or a rollback; report.ts writes what happened and the failure sentence.
 */
async function run(options = {}) {
    await runStep('deploy-aks', async () => {
        const inputs = getInputs();
        const clock = options.clock ?? shared_clock/* systemClock */.m;
        // The smoke suite read and parsed before anything is written: one that cannot be used fails the step while
        // production is untouched (a YAML bomb, a 50 MB file, a suite without checks).
        const suite = inputs.mode === 'deploy' && inputs.method !== 'gitops'
            ? await loadSmokeSuite(inputs.strategy.smoke)
            : undefined;
        const step = { options, clock, phases: new log/* Phases */.Vw(clock.now), identity: '', suite };
        try {
            if (inputs.mode === 'rollback')
                return await rollback(inputs, step);
            switch (inputs.method) {
                case 'manifests':
                    return await manifests(inputs, step);
                case 'helm':
                    return await helm(inputs, step);
                case 'gitops':
                    return await gitops(inputs, step);
            }
        }
        catch (error) {
            throw stepFailure(error, inputs, step.identity);
        }
    });
}
/**
 * The session, the cluster (phase 'Cluster credentials') and the rollout's dependencies; says where it works. A
 * cluster outside Azure comes from the kubeconfig input: no Azure session then.
 */
async function openStep(inputs, step, doing) {
    const { clock, phases, options } = step;
    if (inputs.kubeconfig) {
        const cluster = kubeconfigCluster(inputs.kubeconfig);
        step.identity = `the user of context ${inputs.kubeconfig.context}`;
        core/* info */.pq(doing(`cluster ${inputs.cluster} (${cluster.server}) from ${inputs.kubeconfig.path}, context ${inputs.kubeconfig.context}`));
        return { cluster, deps: stepRollout(cluster, clock, phases, inputs.timeoutMs, options.pollMs) };
    }
    const session = stepSession(clock);
    step.identity = session.credential.clientId;
    const cluster = await openCluster(session, inputs, clock, phases);
    core/* info */.pq(doing(`AKS cluster ${inputs.cluster} (${cluster.server}) as ${step.identity}`));
    return { cluster, deps: stepRollout(cluster, clock, phases, inputs.timeoutMs, options.pollMs) };
}
/** Method manifests: rendered with the digests and applied, rolling or into a slot behind the route. */
async function manifests(inputs, step) {
    const objects = loadManifests(inputs.manifests);
    const rendered = renderImages(objects, inputs.images);
    const opened = await openStep(inputs, step, where => `Deploying to ${where}`);
    // What each container must run once its workload is available: the digests rendered into it.
    const deps = {
        ...opened.deps,
        expected: rendered.map(r => ({
            kind: r.kind ?? '',
            name: r.name ?? '',
            container: r.container,
            image: r.to
        }))
    };
    for (const r of rendered)
        core/* info */.pq(`${r.object}, container ${r.container}: ${r.to}`);
    const { strategy, namespace } = inputs;
    if (!strategy.route)
        return reportRollout(inputs, rendered, await deploy(objects, namespace, deps), step.phases);
    const gate = smokeGate(strategy, step.clock, step.suite);
    const slots = await deploySlots(objects, { ...strategy, route: strategy.route }, namespace, deps, gate);
    reportSlots(inputs, rendered, slots, step.phases);
}
/** Method helm: the release upgraded and watched, or a slot release behind the route. */
async function helm(inputs, step) {
    const helmPath = findHelm();
    const { cluster, deps } = await openStep(inputs, step, where => `Deploying chart ${inputs.chart} as release ${inputs.release} to ${where}; image ${inputs.image.reference}`);
    const session = openHelm(cluster, deps, inputs.namespace, helmPath, step.options.credentialCommand);
    try {
        if (!inputs.strategy.route)
            return reportHelm(inputs, await deployHelm(inputs, session.deps), step.phases);
        const slots = await deployHelmSlots(inputs, session.deps, smokeGate(inputs.strategy, step.clock, step.suite));
        const release = { object: `Helm release ${inputs.release}-${slots.slot}`, container: inputs.imageKey };
        reportSlots(inputs, [{ ...release, from: '', to: inputs.image.reference }], slots, step.phases);
    }
    finally {
        session.dispose();
    }
}
/** Method gitops: GitHub and Argo CD only, no Azure login, no cluster credentials. */
async function gitops(inputs, step) {
    const { clock, phases, options } = step;
    reportGitops(inputs, await deployGitops(inputs, { clock, phases, pollMs: options.pollMs }), phases);
}
/** Mode rollback: the route's traffic to the other slot, a helm rollback, or the Deployments' rollout undone. */
async function rollback(inputs, step) {
    const files = inputs.method === 'manifests' ? rollbackManifests(inputs.manifests) : [];
    const helmPath = inputs.method === 'helm' ? findHelm() : undefined;
    const { cluster, deps } = await openStep(inputs, step, where => `Rolling back on ${where}`);
    const { namespace, route, release } = inputs;
    if (route) {
        const target = release ? { route, namespace, release } : { route, namespace, manifests: files };
        return reportRollback(inputs, await rollbackRoute(target, deps), step.phases);
    }
    if (!helmPath || !release)
        return reportRollback(inputs, await rollbackDeployments(files, inputs, deps), step.phases);
    const session = openHelm(cluster, deps, namespace, helmPath, step.options.credentialCommand);
    try {
        reportRollback(inputs, await rollbackRelease({ ...inputs, release }, session.deps), step.phases);
    }
    finally {
        session.dispose();
    }
}


/***/ }),

/***/ 4549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony exports defineCommand, UsageError, parseCommandLine, readCommandLine, refuse, usageError, cut, editDistance, helpText, wrap */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
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

/***/ 9449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jH: () => (/* binding */ readInputFile)
/* harmony export */ });
/* unused harmony exports workspace, inputPath, formatBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9223);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7073);




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

/***/ 7073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ requireGuid),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   KU: () => (/* binding */ subscriptionInput),
/* harmony export */   NT: () => (/* binding */ parseCanarySteps),
/* harmony export */   O$: () => (/* binding */ boundedDuration),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   h_: () => (/* binding */ requireOneOf),
/* harmony export */   lI: () => (/* binding */ getOptionalInput)
/* harmony export */ });
/* unused harmony exports MAX_ECHO, getListInput, getRequiredInput, getBooleanInput, isGuid, maxJobMs, boundedInteger */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3360);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9223);


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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'canary-steps' must be increasing percentages ending at 100, such as 10,50,100, not ${quoted(value)}`);
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

/***/ 8382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseYamlInput)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9223);


// Apart from files.ts so that an action that only checks a file (build-push's Dockerfile) does not load a YAML
// parser at start-up.
/** More aliases than this in one document is a YAML bomb, not configuration. */
const MAX_ALIASES = 100;
/**
 * YAML (or JSON) text of a file an input names, parsed; a mistake is reported with the input, the file and the
 * line, not in the parser's words alone.
 */
function parseYamlInput(input, file) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(file.text, { prettyErrors: true, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) {
        const at = error.linePos?.[0];
        const where = at ? ` line ${at.line}, column ${at.col}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input '${input}': ${file.path}${where} is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (error) {
        if (error instanceof ReferenceError && /alias/i.test(error.message)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input '${input}': ${file.path} expands more than ${MAX_ALIASES} YAML aliases, which no configuration needs (a YAML bomb?); write it out without them`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input '${input}': ${file.path} cannot be read: ${error.message}`);
    }
}


/***/ })

};
