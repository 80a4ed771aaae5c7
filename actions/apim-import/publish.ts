// Publishing an API to API Management through the official client: version set, import (long-running),
// policy, products, and optionally a new revision that is smoke-tested before it is released.
import type {
  ApiCreateOrUpdateParameter,
  ApiManagementClient,
  OperationContract
} from '@azure/arm-apimanagement';
import { readFile } from 'node:fs/promises';
import { armCall } from '../shared/arm.js';
import type { Clock } from '../shared/clock.js';
import { ConfigurationError, RemoteError } from '../shared/errors.js';
import { logRetry } from '../shared/log.js';
import type { SmokeResult } from '../shared/smoke/index.js';
import type { Inputs } from './inputs.js';
import { canonicalJson, sha256, type LoadedSpec } from './spec.js';

/** Written into the revision's description: what a later run compares to skip an unchanged import. */
export const hashMarker = 'musafirgo-actions sha256:';

export interface OperationChange {
  method: string;
  urlTemplate: string;
  displayName: string;
}

export interface OperationDiff {
  added: OperationChange[];
  removed: OperationChange[];
  changed: OperationChange[];
  unchanged: number;
}

export interface PublishResult {
  apiId: string;
  gatewayUrl: string;
  /** The current revision after this run. */
  revision: string;
  changed: boolean;
  hash: string;
  created: boolean;
  diff: OperationDiff;
  /** The revision imported into, when it differs from the current one (new-revision without release). */
  importedRevision?: string;
  released?: { releaseId: string; revision: string };
  revisionSmoke?: SmokeResult;
  policyApplied: boolean;
  products: string[];
}

export interface PublishOptions {
  clock?: Clock;
  log?: (line: string) => void;
  /** Called with a subscription key fetched from API Management, so the runner masks it. */
  onSecret?: (value: string) => void;
  /** Runs the revision's smoke checks (the smoke engine); injected so the action loads it only when needed. */
  smoke?: (file: string, baseUrl: string, key?: string) => Promise<SmokeResult>;
}

const isNotFound = (error: unknown) =>
  error instanceof RemoteError && (error.status === 404 || error.code === 'ResourceNotFound');

function operationKey(o: { method?: string; urlTemplate?: string }): string {
  return `${(o.method ?? '').toUpperCase()} ${o.urlTemplate ?? ''}`;
}

/** Operations added, removed and changed between two definitions of an API (by method and URL template). */
export function diffOperations(before: OperationContract[], after: OperationContract[]): OperationDiff {
  const fingerprint = (o: OperationContract) =>
    canonicalJson({
      displayName: o.displayName,
      description: o.description,
      templateParameters: o.templateParameters,
      request: o.request,
      responses: o.responses
    });
  const change = (o: OperationContract): OperationChange => ({
    method: (o.method ?? '').toUpperCase(),
    urlTemplate: o.urlTemplate ?? '',
    displayName: o.displayName ?? o.name ?? ''
  });
  const old = new Map(before.map(o => [operationKey(o), o]));
  const now = new Map(after.map(o => [operationKey(o), o]));
  const diff: OperationDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [key, operation] of now) {
    const previous = old.get(key);
    if (!previous) diff.added.push(change(operation));
    else if (fingerprint(previous) !== fingerprint(operation)) diff.changed.push(change(operation));
    else diff.unchanged++;
  }
  for (const [key, operation] of old) if (!now.has(key)) diff.removed.push(change(operation));
  return diff;
}

/** What decides whether anything must be sent: the normalized document and every setting applied with it. */
export function importHash(inputs: Inputs, spec: LoadedSpec, policy: string | undefined): string {
  return sha256(
    canonicalJson({
      document: spec.document,
      path: inputs.path,
      serviceUrl: inputs.serviceUrl,
      displayName: inputs.displayName,
      apiVersion: inputs.apiVersion,
      versionSet: inputs.versionSet,
      subscriptionRequired: inputs.subscriptionRequired,
      products: [...inputs.products].sort(),
      policy: policy?.replace(/\s+/g, ' ').trim()
    })
  );
}

export async function publishApi(
  client: ApiManagementClient,
  inputs: Inputs,
  spec: LoadedSpec,
  options: PublishOptions = {}
): Promise<PublishResult> {
  const log = options.log ?? (() => undefined);
  const call = <T>(label: string, fn: () => Promise<T>) =>
    armCall(label, fn, { clock: options.clock, onRetry: logRetry });
  const { resourceGroup: rg, serviceName: svc, apiId } = inputs;

  const policy = inputs.policyFile ? await readPolicy(inputs.policyFile) : undefined;
  const service = await call('read the API Management service', () =>
    client.apiManagementService.get(rg, svc)
  ).catch((error: unknown) => {
    if (isNotFound(error)) {
      throw new ConfigurationError(
        `API Management service '${svc}' was not found in resource group '${rg}' of subscription ${inputs.subscriptionId}; check service-name and resource-group`
      );
    }
    throw error;
  });
  const versionSegment =
    inputs.apiVersion && inputs.versionSet?.scheme === 'Segment' ? `/${inputs.apiVersion}` : '';
  const gatewayBase = (service.gatewayUrl ?? `https://${svc}.azure-api.net`).replace(/\/+$/, '');
  const gatewayUrl = `${gatewayBase}${inputs.path ? `/${inputs.path}` : ''}${versionSegment}`;

  const current = await call('read the API', () => client.api.get(rg, svc, apiId)).catch((error: unknown) => {
    if (isNotFound(error)) return undefined;
    throw error;
  });
  const hash = importHash(inputs, spec, policy);
  const base = { apiId, gatewayUrl, hash, policyApplied: false, products: inputs.products };
  const listOperations = async (id: string) => {
    const operations: OperationContract[] = [];
    await call(`list the operations of ${id}`, async () => {
      operations.length = 0;
      for await (const operation of client.apiOperation.listByApi(rg, svc, id)) operations.push(operation);
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

  let versionSetId: string | undefined;
  if (inputs.versionSet && inputs.apiVersion) {
    const set = inputs.versionSet;
    const result = await call('create or update the version set', () =>
      client.apiVersionSet.createOrUpdate(rg, svc, set.id, {
        displayName: inputs.displayName ?? spec.title ?? inputs.path,
        versioningScheme: set.scheme,
        versionHeaderName: set.headerName,
        versionQueryName: set.queryName
      })
    );
    versionSetId = result.id ?? `/apiVersionSets/${set.id}`;
    log(`Version set '${set.id}' (${set.scheme}): this document is version ${inputs.apiVersion}`);
  }

  // Where the document goes: the API itself, or a new revision of it.
  let target = apiId;
  let newRevision: string | undefined;
  if (inputs.newRevision && current) {
    const revisions: string[] = [];
    await call('list revisions', async () => {
      revisions.length = 0;
      for await (const r of client.apiRevision.listByService(rg, svc, apiId))
        revisions.push(r.apiRevision ?? '0');
    });
    newRevision = String(Math.max(0, ...revisions.map(Number)) + 1);
    target = `${apiId};rev=${newRevision}`;
    await call(`create revision ${newRevision}`, () =>
      client.api.beginCreateOrUpdateAndWait(
        rg,
        svc,
        target,
        { sourceApiId: `/apis/${apiId}`, apiRevisionDescription: 'created by musafirgo-actions apim-import' },
        { updateIntervalInMs: pollInterval(options) }
      )
    );
    log(
      `Created revision ${newRevision} of '${apiId}' from the current revision ${current.apiRevision ?? ''}`
    );
  }

  const parameters: ApiCreateOrUpdateParameter = {
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
  let refusal: unknown;
  const imported = await call('import the OpenAPI document', () =>
    client.api
      .beginCreateOrUpdateAndWait(rg, svc, target, parameters, {
        ...(current ? { ifMatch: '*' } : {}),
        updateIntervalInMs: pollInterval(options)
      })
      .catch((error: unknown) => {
        refusal = error;
        throw error;
      })
  ).catch((error: unknown) => {
    throw explainImportError(error, refusal, inputs.spec);
  });
  log(
    `Imported ${spec.operations.length} operations into '${target}' (${spec.kind}, ${spec.json.length} bytes)`
  );

  if (policy !== undefined) {
    await call('apply the API policy', () =>
      client.apiPolicy.createOrUpdate(rg, svc, target, 'policy', { format: 'rawxml', value: policy })
    );
    log(`Applied the API policy from ${inputs.policyFile}`);
  }
  for (const product of inputs.products) {
    await call(`add the API to product '${product}'`, () =>
      client.productApi.createOrUpdate(rg, svc, product, apiId)
    ).catch((error: unknown) => {
      if (isNotFound(error)) {
        throw new ConfigurationError(
          `product '${product}' does not exist in API Management service '${svc}'; check the 'products' input`
        );
      }
      throw error;
    });
  }
  if (inputs.products.length > 0) log(`In products: ${inputs.products.join(', ')}`);

  const after = await listOperations(target);
  const diff = diffOperations(before, after);
  const result: PublishResult = {
    ...base,
    revision: imported.apiRevision ?? current?.apiRevision ?? '1',
    changed: true,
    created: !current,
    diff,
    policyApplied: policy !== undefined
  };
  if (!newRevision) return result;

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
      throw new ConfigurationError(
        `revision ${newRevision} of '${apiId}' failed its smoke checks (${failed.join('; ') || result.revisionSmoke.readiness.error}); it was not released and revision ${result.revision} still serves traffic`
      );
    }
  }
  if (inputs.release) {
    const releaseId = `rev-${newRevision}-${hash.slice(0, 8)}`;
    await call(`release revision ${newRevision}`, () =>
      client.apiRelease.createOrUpdate(rg, svc, apiId, releaseId, {
        apiId: `/apis/${apiId};rev=${newRevision}`,
        notes: inputs.releaseNotes ?? `Imported from ${inputs.spec} by musafirgo-actions`
      })
    );
    result.released = { releaseId, revision: newRevision };
    result.revision = newRevision;
    log(`Released revision ${newRevision}: it is now current`);
  }
  return result;
}

function pollInterval(options: PublishOptions): number | undefined {
  // A test clock means no real waiting between polls.
  return options.clock ? 0 : undefined;
}

async function readPolicy(file: string): Promise<string> {
  try {
    const text = await readFile(file, 'utf8');
    if (!/<policies[\s>]/.test(text)) {
      throw new ConfigurationError(
        `the policy file '${file}' has no <policies> element; see the policy reference of API Management`
      );
    }
    return text;
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`the policy file '${file}' cannot be read; check the 'policy' input`);
  }
}

async function subscriptionKey(
  client: ApiManagementClient,
  inputs: Inputs,
  options: PublishOptions
): Promise<string | undefined> {
  if (inputs.subscriptionKey) return inputs.subscriptionKey;
  // The service's built-in all-access subscription: the key never leaves Azure's answer and the runner's mask.
  const secrets = await armCall('read the subscription key of the built-in subscription', () =>
    client.subscription.listSecrets(inputs.resourceGroup, inputs.serviceName, 'master')
  );
  if (secrets.primaryKey) options.onSecret?.(secrets.primaryKey);
  return secrets.primaryKey;
}

interface ArmErrorBody {
  error?: { details?: { target?: string; message?: string }[] };
}

/** The `details` of ARM's error body, which the SDK keeps on the RestError. */
function armDetails(raw: unknown): string[] {
  const rest = raw as { details?: ArmErrorBody; response?: { bodyAsText?: string | null } } | undefined;
  let body = rest?.details;
  if (!body?.error?.details) {
    try {
      body = JSON.parse(rest?.response?.bodyAsText ?? '') as ArmErrorBody;
    } catch {
      body = undefined;
    }
  }
  return (body?.error?.details ?? []).map(d => `${d.target ? `${d.target}: ` : ''}${d.message ?? ''}`);
}

/** ARM's ValidationError for the document, with its details, as one sentence. */
function explainImportError(error: unknown, raw: unknown, location: string): unknown {
  if (!(error instanceof RemoteError) || error.status !== 400) return error;
  const details = armDetails(raw);
  return new ConfigurationError(
    `API Management refused the document '${location}' (${error.code}: ${error.message}${details.length ? ` ${details.join('; ')}` : ''}); fix it and run again`
  );
}
