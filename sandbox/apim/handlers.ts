// API Management's ARM side (Microsoft.ApiManagement, the official REST specification's shapes): the service, APIs
// imported from OpenAPI or Swagger, version sets, revisions and releases, policies, products, subscriptions.
import type { ArmContext, ArmReply, Sandbox } from '../index.js';
import { ArmError, resourceNotFound } from '../arm.js';
import { isJsonObject } from '../json.js';
import { ImportValidationError, validationReply } from './errors.js';
import type { DocumentDownloader } from './links.js';
import {
  dedupe,
  importDocument,
  normalizeName,
  type ImportedDocument,
  type OperationContract
} from './openapi.js';
import { parsePolicy } from './policy.js';
import {
  apiContract,
  apiContractFields,
  etagOf,
  list,
  operationLimits,
  NS,
  operationContract,
  policyContract,
  productContract,
  releaseContract,
  serviceContract,
  splitApiId,
  subscriptionContract,
  versionSetContract,
  versionSetDetails,
  type ApiEntry,
  type ApiProperties,
  type ApiRevision,
  type VersionSet
} from './model.js';
import type { ServiceState } from './store.js';

const SERVICE = `/subscriptions/:sub/resourceGroups/:rg/providers/${NS}/service/:svc`;

function serviceOf(services: Map<string, ServiceState>, ctx: ArmContext): ServiceState {
  const state = services.get(ctx.params.svc!.toLowerCase());
  const d = state?.definition;
  if (
    !state ||
    d!.subscriptionId.toLowerCase() !== ctx.params.sub!.toLowerCase() ||
    d!.resourceGroup.toLowerCase() !== ctx.params.rg!.toLowerCase()
  ) {
    throw resourceNotFound(`${NS}/service`, ctx.params.svc!, ctx.params.rg!);
  }
  return state;
}

/** The ARM routes of Microsoft.ApiManagement under a service, each given the service it names. */
export function armRoutes(
  sandbox: Sandbox,
  services: Map<string, ServiceState>,
  downloads: DocumentDownloader
): void {
  const route = (
    method: string,
    path: string,
    action: string,
    handler: (ctx: ArmContext, state: ServiceState) => ArmReply | Promise<ArmReply>
  ) =>
    sandbox.arm.route(method, `${SERVICE}${path}`, {
      action: `${NS}/service${action}`,
      handler: async ctx => {
        try {
          return await handler(ctx, serviceOf(services, ctx));
        } catch (error) {
          // ARM's validation errors carry details; the router's ArmError handling would drop them.
          if (error instanceof ImportValidationError) return validationReply(error);
          throw error;
        }
      }
    });

  route('GET', '', '/read', (_, s) => ({ status: 200, body: serviceContract(s) }));
  route('GET', '/apis', '/apis/read', (_, s) => ({
    status: 200,
    body: list([...s.apis.values()].map(e => apiContract(s, e, e.current)))
  }));
  route('GET', '/apis/:apiId', '/apis/read', (ctx, s) => {
    const { entry, rev } = findApi(s, ctx.params.apiId!);
    return {
      status: 200,
      body: apiContract(s, entry, rev),
      headers: { ETag: entry.revisions.get(rev)!.etag }
    };
  });
  route('PUT', '/apis/:apiId', '/apis/write', (ctx, s) => putApi(sandbox, ctx, s, downloads));
  route('DELETE', '/apis/:apiId', '/apis/delete', (ctx, s) => {
    const { base, rev } = splitApiId(ctx.params.apiId!);
    const entry = s.apis.get(base.toLowerCase());
    // Api_Delete declares 202 (scheduled) and 204 (deleted); the sandbox deletes at once.
    if (!entry) return { status: 204 };
    const revision = entry.revisions.get(rev ?? entry.current);
    const ifMatch = ctx.headers['if-match'];
    if (revision && ifMatch && ifMatch !== '*' && ifMatch !== revision.etag) {
      throw new ArmError(
        412,
        'PreconditionFailed',
        'The entity has been modified since it was retrieved (If-Match does not match the ETag).'
      );
    }
    if (rev && rev !== entry.current) entry.revisions.delete(rev);
    else s.apis.delete(base.toLowerCase());
    return { status: 204 };
  });
  route('GET', '/apis/:apiId/operations', '/apis/operations/read', (ctx, s) => {
    const { entry, rev } = findApi(s, ctx.params.apiId!);
    const revision = entry.revisions.get(rev)!;
    return {
      status: 200,
      body: list(revision.operations.map(o => operationContract(s, entry, rev, o)))
    };
  });
  route('GET', '/apis/:apiId/revisions', '/apis/revisions/read', (ctx, s) => {
    const { entry } = findApi(s, ctx.params.apiId!);
    const revisions = [...entry.revisions.entries()].map(([rev, r]) => ({
      apiId: `${s.resourceId}/apis/${entry.id};rev=${rev}`,
      apiRevision: rev,
      createdDateTime: r.createdDateTime,
      updatedDateTime: r.updatedDateTime,
      description: r.props.apiRevisionDescription,
      privateUrl: `/${r.props.path};rev=${rev}`,
      isOnline: true,
      isCurrent: rev === entry.current
    }));
    return { status: 200, body: list(revisions) };
  });
  route('GET', '/apis/:apiId/releases', '/apis/releases/read', (ctx, s) => {
    const { entry } = findApi(s, ctx.params.apiId!);
    return {
      status: 200,
      body: list([...entry.releases.keys()].map(id => releaseContract(s, entry, id)))
    };
  });
  route('GET', '/apis/:apiId/releases/:releaseId', '/apis/releases/read', (ctx, s) => {
    const { entry } = findApi(s, ctx.params.apiId!);
    if (!entry.releases.has(ctx.params.releaseId!))
      throw new ArmError(404, 'ResourceNotFound', 'Release not found.');
    const release = releaseContract(s, entry, ctx.params.releaseId!);
    return { status: 200, body: release, headers: { ETag: etagOf(release) } };
  });
  route('PUT', '/apis/:apiId/releases/:releaseId', '/apis/releases/write', (ctx, s) => {
    const { entry } = findApi(s, splitApiId(ctx.params.apiId!).base);
    const props =
      isJsonObject(ctx.body) && isJsonObject(ctx.body['properties']) ? ctx.body['properties'] : {};
    const target = String(props['apiId'] ?? '');
    // A revision (`/apis/<id>;rev=<n>`), or the API itself (its current revision), as Microsoft's example has it.
    const named = /\/apis\/([^/;]+)(?:;rev=(\d+))?$/i.exec(target);
    const rev =
      named && named[1]!.toLowerCase() === entry.id.toLowerCase() ? (named[2] ?? entry.current) : undefined;
    if (!rev || !entry.revisions.has(rev)) {
      throw new ArmError(
        400,
        'ValidationError',
        `'apiId' must name API '${entry.id}' or an existing revision of it ('/apis/${entry.id};rev=<n>'), not '${target}'.`
      );
    }
    const now = sandbox.clock.now().toISOString();
    const existed = entry.releases.has(ctx.params.releaseId!);
    entry.current = rev;
    entry.releases.set(ctx.params.releaseId!, {
      apiId: rev,
      apiIdGiven: target.startsWith('/subscriptions/')
        ? target
        : `${s.resourceId}${target.startsWith('/') ? '' : '/'}${target}`,
      notes: typeof props['notes'] === 'string' ? props['notes'] : undefined,
      createdDateTime: entry.releases.get(ctx.params.releaseId!)?.createdDateTime ?? now,
      updatedDateTime: now
    });
    const release = releaseContract(s, entry, ctx.params.releaseId!);
    return { status: existed ? 200 : 201, body: release, headers: { ETag: etagOf(release) } };
  });

  // Policies: the API's and each operation's; `rawxml` or `xml`, with APIM's validation.
  const policyRoutes = (
    path: string,
    pick: (
      ctx: ArmContext,
      s: ServiceState
    ) => {
      revision: ApiRevision;
      get(): ApiRevision['policy'];
      set(p?: ApiRevision['policy']): void;
      id: string;
    }
  ) => {
    route('GET', path, '/apis/policies/read', (ctx, s) => {
      const target = pick(ctx, s);
      const policy = target.get();
      if (!policy) throw new ArmError(404, 'ResourceNotFound', 'Policy not found.');
      const contract = policyContract(target.id, policy.xml);
      return { status: 200, body: contract, headers: { ETag: etagOf(contract) } };
    });
    route('PUT', path, '/apis/policies/write', (ctx, s) => {
      if (ctx.params.policyId !== 'policy')
        throw new ArmError(400, 'ValidationError', `Policy id must be 'policy'.`);
      const props =
        isJsonObject(ctx.body) && isJsonObject(ctx.body['properties']) ? ctx.body['properties'] : {};
      const format = String(props['format'] ?? 'xml');
      if (!['xml', 'rawxml'].includes(format))
        throw new ArmError(
          400,
          'ValidationError',
          `Policy format '${format}' is not supported here; use rawxml or xml.`
        );
      const xml = String(props['value'] ?? '');
      const target = pick(ctx, s);
      const existed = !!target.get();
      target.set({ xml, doc: parsePolicy(xml) });
      const contract = policyContract(target.id, xml);
      return { status: existed ? 200 : 201, body: contract, headers: { ETag: etagOf(contract) } };
    });
    route('DELETE', path, '/apis/policies/delete', (ctx, s) => {
      pick(ctx, s).set(undefined);
      return { status: 200 };
    });
  };
  policyRoutes('/apis/:apiId/policies/:policyId', (ctx, s) => {
    const { entry, rev } = findApi(s, ctx.params.apiId!);
    const revision = entry.revisions.get(rev)!;
    return {
      revision,
      id: `${s.resourceId}/apis/${ctx.params.apiId}/policies/policy`,
      get: () => revision.policy,
      set: p => (revision.policy = p)
    };
  });
  policyRoutes('/apis/:apiId/operations/:operationId/policies/:policyId', (ctx, s) => {
    const { entry, rev } = findApi(s, ctx.params.apiId!);
    const revision = entry.revisions.get(rev)!;
    const operation = ctx.params.operationId!.toLowerCase();
    if (!revision.operations.some(o => o.name.toLowerCase() === operation)) {
      throw new ArmError(404, 'ResourceNotFound', `Operation '${ctx.params.operationId}' not found.`);
    }
    return {
      revision,
      id: `${s.resourceId}/apis/${ctx.params.apiId}/operations/${ctx.params.operationId}/policies/policy`,
      get: () => revision.operationPolicies.get(operation),
      set: p =>
        p ? revision.operationPolicies.set(operation, p) : revision.operationPolicies.delete(operation)
    };
  });

  route('GET', '/apiVersionSets', '/apiVersionSets/read', (_, s) => ({
    status: 200,
    body: list([...s.versionSets.entries()].map(([id, v]) => versionSetContract(s, id, v)))
  }));
  route('GET', '/apiVersionSets/:versionSetId', '/apiVersionSets/read', (ctx, s) => {
    const id = ctx.params.versionSetId!.toLowerCase();
    const set = s.versionSets.get(id);
    if (!set) throw new ArmError(404, 'ResourceNotFound', 'Version set not found.');
    const contract = versionSetContract(s, id, set);
    return { status: 200, body: contract, headers: { ETag: etagOf(contract) } };
  });
  route('PUT', '/apiVersionSets/:versionSetId', '/apiVersionSets/write', (ctx, s) => {
    const props =
      isJsonObject(ctx.body) && isJsonObject(ctx.body['properties']) ? ctx.body['properties'] : {};
    const scheme = String(props['versioningScheme'] ?? '');
    if (!['Segment', 'Header', 'Query'].includes(scheme)) {
      throw new ArmError(
        400,
        'ValidationError',
        `'versioningScheme' must be Segment, Header or Query, not '${scheme}'.`
      );
    }
    if (!props['displayName']) throw new ArmError(400, 'ValidationError', `'displayName' is required.`);
    if (scheme === 'Header' && !props['versionHeaderName'])
      throw new ArmError(400, 'ValidationError', `'versionHeaderName' is required for the Header scheme.`);
    if (scheme === 'Query' && !props['versionQueryName'])
      throw new ArmError(400, 'ValidationError', `'versionQueryName' is required for the Query scheme.`);
    const id = ctx.params.versionSetId!.toLowerCase();
    const existed = s.versionSets.has(id);
    const set: VersionSet = {
      displayName: String(props['displayName']),
      versioningScheme: scheme as VersionSet['versioningScheme'],
      ...(props['versionHeaderName'] ? { versionHeaderName: String(props['versionHeaderName']) } : {}),
      ...(props['versionQueryName'] ? { versionQueryName: String(props['versionQueryName']) } : {}),
      ...(props['description'] ? { description: String(props['description']) } : {})
    };
    s.versionSets.set(id, set);
    const contract = versionSetContract(s, id, set);
    return { status: existed ? 200 : 201, body: contract, headers: { ETag: etagOf(contract) } };
  });

  route('GET', '/products', '/products/read', (_, s) => ({
    status: 200,
    body: list([...s.products.keys()].map(id => productContract(s, id)))
  }));
  route('GET', '/products/:productId', '/products/read', (ctx, s) => ({
    status: 200,
    body: productContract(s, findProduct(s, ctx).id)
  }));
  route('PUT', '/products/:productId', '/products/write', (ctx, s) => {
    const props =
      isJsonObject(ctx.body) && isJsonObject(ctx.body['properties']) ? ctx.body['properties'] : {};
    if (!props['displayName']) throw new ArmError(400, 'ValidationError', `'displayName' is required.`);
    const id = ctx.params.productId!.toLowerCase();
    const existed = s.products.get(id);
    s.products.set(id, {
      displayName: String(props['displayName']),
      subscriptionRequired: props['subscriptionRequired'] !== false,
      state: String(props['state'] ?? 'notPublished'),
      apis: existed?.apis ?? new Set()
    });
    return { status: existed ? 200 : 201, body: productContract(s, id) };
  });
  route('GET', '/products/:productId/apis', '/products/apis/read', (ctx, s) => {
    const { product } = findProduct(s, ctx);
    const apis = [...product.apis].map(id => s.apis.get(id)).filter((e): e is ApiEntry => !!e);
    return { status: 200, body: list(apis.map(e => apiContract(s, e, e.current))) };
  });
  route('PUT', '/products/:productId/apis/:apiId', '/products/apis/write', (ctx, s) => {
    const { product } = findProduct(s, ctx);
    const { entry } = findApi(s, splitApiId(ctx.params.apiId!).base);
    const existed = product.apis.has(entry.id.toLowerCase());
    product.apis.add(entry.id.toLowerCase());
    return { status: existed ? 200 : 201, body: apiContract(s, entry, entry.current) };
  });
  route('DELETE', '/products/:productId/apis/:apiId', '/products/apis/delete', (ctx, s) => {
    findProduct(s, ctx).product.apis.delete(splitApiId(ctx.params.apiId!).base.toLowerCase());
    return { status: 200 };
  });
  route('GET', '/apis/:apiId/products', '/apis/products/read', (ctx, s) => {
    const { entry } = findApi(s, ctx.params.apiId!);
    const ids = [...s.products.entries()]
      .filter(([, p]) => p.apis.has(entry.id.toLowerCase()))
      .map(([id]) => id);
    return { status: 200, body: list(ids.map(id => productContract(s, id))) };
  });

  route('GET', '/subscriptions', '/subscriptions/read', (_, s) => ({
    status: 200,
    body: list([...s.subscriptions.keys()].map(id => subscriptionContract(s, id)))
  }));
  route('GET', '/subscriptions/:sid', '/subscriptions/read', (ctx, s) => ({
    status: 200,
    body: subscriptionContract(s, findSubscription(s, ctx.params.sid!))
  }));
  route('PUT', '/subscriptions/:sid', '/subscriptions/write', (ctx, s) => {
    const props =
      isJsonObject(ctx.body) && isJsonObject(ctx.body['properties']) ? ctx.body['properties'] : {};
    if (!props['scope'] || !props['displayName'])
      throw new ArmError(400, 'ValidationError', `'scope' and 'displayName' are required.`);
    const id = ctx.params.sid!.toLowerCase();
    const existed = s.subscriptions.has(id);
    const created = s.addSubscription(
      id,
      String(props['displayName']),
      String(props['scope']),
      String(props['state'] ?? 'active')
    );
    if (typeof props['primaryKey'] === 'string') created.primaryKey = props['primaryKey'];
    if (typeof props['secondaryKey'] === 'string') created.secondaryKey = props['secondaryKey'];
    return { status: existed ? 200 : 201, body: subscriptionContract(s, id) };
  });
  route('POST', '/subscriptions/:sid/listSecrets', '/subscriptions/listSecrets/action', (ctx, s) => {
    const id = findSubscription(s, ctx.params.sid!);
    const found = s.subscriptions.get(id)!;
    return {
      status: 200,
      body: { primaryKey: found.primaryKey, secondaryKey: found.secondaryKey },
      headers: { ETag: etagOf(subscriptionContract(s, id)) }
    };
  });
}

function findApi(s: ServiceState, apiId: string): { entry: ApiEntry; rev: string } {
  const { base, rev } = splitApiId(apiId);
  const entry = s.apis.get(base.toLowerCase());
  if (!entry || (rev && !entry.revisions.has(rev))) {
    throw new ArmError(404, 'ResourceNotFound', 'Api not found.');
  }
  return { entry, rev: rev ?? entry.current };
}

function findProduct(s: ServiceState, ctx: ArmContext) {
  const id = ctx.params.productId!.toLowerCase();
  const product = s.products.get(id);
  if (!product) throw new ArmError(404, 'ResourceNotFound', 'Product not found.');
  return { id, product };
}

function findSubscription(s: ServiceState, sid: string): string {
  if (!s.subscriptions.has(sid.toLowerCase()))
    throw new ArmError(404, 'ResourceNotFound', 'Subscription not found.');
  return sid.toLowerCase();
}

/** API Management's limit on a document sent inline in the request ("up to 4 MB"; read here as MiB). */
export const INLINE_LIMIT_BYTES = 4 * 1024 * 1024;

const importFormats = [
  'openapi',
  'openapi+json',
  'openapi-link',
  'openapi+json-link',
  'swagger-json',
  'swagger-link-json'
];

/** Every operation the service holds (each API, version and revision), but the revision about to be replaced. */
function operationCount(s: ServiceState, except?: { api: string; rev: string }): number {
  let count = 0;
  for (const entry of s.apis.values()) {
    for (const [rev, revision] of entry.revisions) {
      if (except && entry.id.toLowerCase() === except.api.toLowerCase() && rev === except.rev) continue;
      count += revision.operations.length;
    }
  }
  return count;
}

/** The per-tier operation limit, refused as API Management words its per-API one. */
function checkOperationLimit(s: ServiceState, target: { api: string; rev: string }, adding: number): void {
  const sku = (s.definition.sku ?? 'Developer').toLowerCase();
  const limit = operationLimits[sku];
  if (limit === undefined) return;
  const total = operationCount(s, target) + adding;
  if (total > limit) {
    throw new ImportValidationError([
      {
        code: 'ValidationError',
        target: 'operations',
        message: `You've reached the maximum number of Operations (${limit}) in service. This import would bring it to ${total}. Please delete one or more Operation(s) to continue, or consider upgrading your plan to increase the limit.`
      }
    ]);
  }
}

/**
 * An import into an existing revision, as documented: an operation whose name matches an existing one is updated
 * in place (and keeps its policy); any other gets a name from its method and URL template, and the policy of an
 * existing operation with the same method and template; existing operations left unmatched are deleted.
 */
function mergeOperations(
  existing: ApiRevision | undefined,
  imported: OperationContract[]
): { operations: OperationContract[]; policies: ApiRevision['operationPolicies'] } {
  const policies: ApiRevision['operationPolicies'] = new Map();
  if (!existing) return { operations: imported, policies };
  const before = new Map(existing.operations.map(o => [o.name.toLowerCase(), o]));
  const kept = new Set(imported.filter(o => before.has(o.name.toLowerCase())).map(o => o.name.toLowerCase()));
  const taken = new Set(kept);
  const operations = imported.map(o => {
    if (kept.has(o.name.toLowerCase())) {
      const policy = existing.operationPolicies.get(o.name.toLowerCase());
      if (policy) policies.set(o.name.toLowerCase(), policy);
      return o;
    }
    const name = dedupe(normalizeName(`${o.method}-${o.urlTemplate}`), taken);
    const twin = existing.operations.find(e => e.method === o.method && e.urlTemplate === o.urlTemplate);
    const policy = twin ? existing.operationPolicies.get(twin.name.toLowerCase()) : undefined;
    if (policy) policies.set(name.toLowerCase(), policy);
    return { ...o, name };
  });
  return { operations, policies };
}

/** PUT an API: create, update, import a document (long-running), or create a revision (`;rev=N` + sourceApiId). */
async function putApi(
  sandbox: Sandbox,
  ctx: ArmContext,
  s: ServiceState,
  downloads: DocumentDownloader
): Promise<ArmReply> {
  const { base, rev } = splitApiId(ctx.params.apiId!);
  const body = isJsonObject(ctx.body) ? ctx.body : {};
  const props = (isJsonObject(body['properties']) ? body['properties'] : {}) as ApiProperties & {
    format?: string;
    value?: unknown;
    sourceApiId?: string;
    apiType?: string;
    translateRequiredQueryParameters?: 'template' | 'query';
  };
  let entry = s.apis.get(base.toLowerCase());
  const now = sandbox.clock.now().toISOString();

  // Which revision is written, and what it starts from.
  let target: string;
  let start: ApiRevision | undefined;
  if (rev) {
    if (!entry) throw new ArmError(404, 'ResourceNotFound', 'Api not found.');
    target = rev;
    if (!entry.revisions.has(rev)) {
      if (!props.sourceApiId) {
        throw new ArmError(
          400,
          'ValidationError',
          `A new revision needs 'sourceApiId', the API it is copied from ('/apis/${base}').`
        );
      }
      const source = findApi(s, String(props.sourceApiId).split('/apis/').pop()!);
      const from = source.entry.revisions.get(source.rev)!;
      start = {
        ...structuredClone({ props: from.props, operations: from.operations }),
        policy: from.policy,
        operationPolicies: new Map(from.operationPolicies),
        createdDateTime: now,
        updatedDateTime: now,
        etag: ''
      };
    }
  } else {
    target = entry?.current ?? '1';
  }
  const existing = start ?? entry?.revisions.get(target);
  const ifMatch = ctx.headers['if-match'];
  if (existing && ifMatch && ifMatch !== '*' && ifMatch !== existing.etag) {
    throw new ArmError(
      412,
      'PreconditionFailed',
      'The entity has been modified since it was retrieved (If-Match does not match the ETag).'
    );
  }

  const isImport = props.format !== undefined || props.value !== undefined;
  const format = String(props.format ?? '');
  const link = format.endsWith('-link') || format.endsWith('-link-json');
  let imported: ImportedDocument | undefined;
  const importOptions = { translateRequiredQueryParameters: props.translateRequiredQueryParameters };
  if (isImport) {
    if (!importFormats.includes(format)) {
      throw new ImportValidationError([
        {
          code: 'ValidationError',
          target: 'format',
          message: `Format '${format}' is not supported by the sandbox; use one of ${importFormats.join(', ')}.`
        }
      ]);
    }
    if (typeof props.value !== 'string' || props.value === '') {
      throw new ImportValidationError([
        { code: 'ValidationError', target: 'value', message: "'value' is required with 'format'." }
      ]);
    }
    if (!link && Buffer.byteLength(props.value) > INLINE_LIMIT_BYTES) {
      throw new ImportValidationError([
        {
          code: 'ValidationError',
          target: 'value',
          message: `The document is ${Buffer.byteLength(props.value)} bytes; a document imported inline can be up to 4 MB. Import it by link (${format.startsWith('swagger') ? 'swagger-link-json' : 'openapi-link, openapi+json-link'}) from a location API Management can reach.`
        }
      ]);
    }
    if (link) downloads.check(props.value);
    else {
      imported = importDocument(format, props.value, importOptions);
      checkOperationLimit(s, { api: base, rev: target }, imported.operations.length);
    }
  }

  const merged: ApiProperties = {};
  for (const [name, value] of Object.entries({ ...existing?.props, ...props })) {
    if (apiContractFields.includes(name) && value !== undefined && value !== null) merged[name] = value;
  }
  if (typeof props.apiType === 'string') merged.type = props.apiType;
  merged.apiRevision = target;
  delete merged.isCurrent;
  if (!merged.path && merged.path !== '') {
    throw new ImportValidationError([
      { code: 'ValidationError', target: 'path', message: "'path' is required to create an API." }
    ]);
  }
  merged.path = String(merged.path).replace(/^\/+|\/+$/g, '');
  if (merged.apiVersionSetId && !s.versionSetOf(merged.apiVersionSetId)) {
    throw new ImportValidationError([
      {
        code: 'ValidationError',
        target: 'apiVersionSetId',
        message: `Version set '${merged.apiVersionSetId}' not found.`
      }
    ]);
  }
  if (merged.apiVersionSetId && !merged.apiVersion) {
    throw new ImportValidationError([
      {
        code: 'ValidationError',
        target: 'apiVersion',
        message: "'apiVersion' is required for an API in a version set."
      }
    ]);
  }
  for (const other of s.apis.values()) {
    if (other.id.toLowerCase() === base.toLowerCase()) continue;
    const o = other.revisions.get(other.current)!.props;
    const sameSet =
      o.apiVersionSetId &&
      merged.apiVersionSetId &&
      s.versionSetOf(o.apiVersionSetId) === s.versionSetOf(merged.apiVersionSetId);
    if (o.path === merged.path && !(sameSet && o.apiVersion !== merged.apiVersion)) {
      throw new ImportValidationError([
        {
          code: 'ValidationError',
          target: 'path',
          message: `Path '${merged.path}' is already used by API '${other.id}'.`
        }
      ]);
    }
  }
  merged.displayName ??= imported?.title?.slice(0, 300);
  merged.description ??= imported?.description;
  merged.serviceUrl ??= imported?.serviceUrl;
  merged.protocols ??= ['https'];
  merged.subscriptionRequired ??= true;
  merged.subscriptionKeyParameterNames ??= {
    header: 'Ocp-Apim-Subscription-Key',
    query: 'subscription-key'
  };
  merged.type ??= 'http';
  const etag = s.nextEtag();

  const apply = async () => {
    let document = imported;
    if (!document && link) {
      document = importDocument(
        format.startsWith('swagger')
          ? 'swagger-json'
          : format === 'openapi+json-link'
            ? 'openapi+json'
            : 'openapi',
        await downloads.fetch(String(props.value)),
        importOptions
      );
      checkOperationLimit(s, { api: base, rev: target }, document.operations.length);
      merged.displayName ??= document.title?.slice(0, 300);
      merged.description ??= document.description;
      merged.serviceUrl ??= document.serviceUrl;
    }
    merged.displayName ??= base;
    const { operations, policies } = document
      ? mergeOperations(existing, document.operations)
      : { operations: existing?.operations ?? [], policies: existing?.operationPolicies ?? new Map() };
    if (!entry) {
      entry = { id: base, revisions: new Map(), current: target, releases: new Map() };
      s.apis.set(base.toLowerCase(), entry);
    }
    entry.revisions.set(target, {
      props: merged,
      operations,
      policy: existing?.policy,
      operationPolicies: policies,
      createdDateTime: existing?.createdDateTime ?? now,
      updatedDateTime: now,
      etag
    });
    return apiContract(s, entry, target);
  };

  const status = existing && !start ? 200 : 201;
  if (!isImport && !props.sourceApiId) {
    return { status, body: await apply(), headers: { ETag: etag } };
  }
  // Imports and copies (a revision or a version from `sourceApiId`) are long-running, as Microsoft's examples
  // answer them: 201 (or 200) with the API as it will be, InProgress, Azure-AsyncOperation to poll, and a Location
  // that is the API's own URL with the operation's id, read once the operation is done (final-state-via: location).
  const name = rev && rev !== entry?.current ? `${base};rev=${target}` : base;
  const preview = {
    id: `${s.resourceId}/apis/${name}`,
    type: `${NS}/service/apis`,
    name,
    properties: {
      ...merged,
      ...versionSetDetails(s, merged),
      displayName: merged.displayName ?? base,
      apiRevision: target,
      isCurrent: !entry || target === entry.current,
      provisioningState: 'InProgress'
    }
  };
  const reply = sandbox.arm.longRunning(ctx, { namespace: NS, status: 201, run: apply, body: preview });
  const operationId =
    /\/operationStatuses\/([^?]+)/.exec(reply.headers?.['Azure-AsyncOperation'] ?? '')?.[1] ?? '';
  const version = encodeURIComponent(ctx.query.get('api-version') ?? '');
  return {
    status,
    body: preview,
    headers: {
      ...reply.headers,
      Location: `${ctx.baseUrl}${ctx.path}?api-version=${version}&asyncId=${operationId}`,
      ETag: etag
    }
  };
}
