// Publishing an API to API Management through the official client: version set, import (long-running),
// policy, products, and optionally a new revision that is smoke-tested before it is released.
import type {
  ApiCreateOrUpdateParameter,
  ApiManagementClient,
  OperationContract
} from '@azure/arm-apimanagement';
import { armCall } from '../shared/arm.js';
import type { Clock } from '../shared/clock.js';
import { ConfigurationError, RemoteError, errorMessage, remoteFailure } from '../shared/errors.js';
import { readInputFile } from '../shared/files.js';
import { quoted } from '../shared/inputs.js';
import { logRetry } from '../shared/log.js';
import { completeOperation, type BeginOptions, type RetryAfterTracker } from '../shared/lro.js';
import type { SmokeResult } from '../shared/smoke/index.js';
import { StepFailure } from '../shared/step.js';
import type { Inputs } from './inputs.js';
import { planImport, type ImportPlan } from './plan.js';
import { checkDocument, type PlannedOperation } from './rules.js';
import { SpecError, canonicalJson, sha256, type LoadedSpec } from './spec.js';

/** The operations per service each tier allows, counting every API, version and revision (service limits, 2026). */
export const operationLimits: Record<string, number> = {
  consumption: 3000,
  developer: 3000,
  basic: 10_000,
  basicv2: 10_000,
  standard: 50_000,
  standardv2: 50_000,
  premium: 75_000,
  premiumv2: 75_000
};

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
  /** The operations API Management holds for the API after this run (its own count, listed back). */
  operationCount: number;
}

export interface PublishOptions {
  clock?: Clock;
  log?: (line: string) => void;
  /** Called with a subscription key fetched from API Management, so the runner masks it. */
  onSecret?: (value: string) => void;
  /** Runs the revision's smoke checks (the smoke engine); injected so the action loads it only when needed. */
  smoke?: (file: string, baseUrl: string, key?: string) => Promise<SmokeResult>;
  /** The policy document, when the step has already read it (before any write). */
  policy?: string;
  /** How the document is sent, when the step has already decided (before any write). */
  plan?: ImportPlan;
  /** The operations API Management will create (rules.ts), for the tier's limit. */
  operations?: PlannedOperation[];
  /** The Retry-After ARM sends with each status poll, to pace the polls by it. */
  retryAfter?: RetryAfterTracker;
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

/** What the step wrote so far, and what it undid: said with any failure after the first write. */
export class WriteLog {
  readonly written: string[] = [];
  readonly undone: string[] = [];

  /** `Already written: a, b; nothing was undone`, for a failure after a write. */
  describe(): string {
    if (this.written.length === 0) return '';
    return `already written: ${this.written.join(', ')}; ${this.undone.length > 0 ? `undone: ${this.undone.join(', ')}` : 'nothing was undone'}`;
  }
}

/**
 * A failure after a write: its own sentence (in the named remote form for a service that kept failing), then what
 * was written and undone, then what to do.
 */
function afterWrites(error: unknown, writes: WriteLog): unknown {
  const state = writes.describe();
  if (!state || error instanceof StepFailure) return error;
  const remote = remoteFailure(error);
  const hint = remote?.hint ?? (error instanceof Error ? (error as { hint?: string }).hint : undefined);
  return new StepFailure(
    remote?.message ?? errorMessage(error),
    `${state[0]!.toUpperCase()}${state.slice(1)}. ${hint ?? 'Fix the cause and run the step again: it imports over what is there'}`
  );
}

export async function publishApi(
  client: ApiManagementClient,
  inputs: Inputs,
  spec: LoadedSpec,
  options: PublishOptions = {}
): Promise<PublishResult> {
  const writes = new WriteLog();
  try {
    return await publish(client, inputs, spec, options, writes);
  } catch (error) {
    throw afterWrites(error, writes);
  }
}

async function publish(
  client: ApiManagementClient,
  inputs: Inputs,
  spec: LoadedSpec,
  options: PublishOptions,
  writes: WriteLog
): Promise<PublishResult> {
  const log = options.log ?? (() => undefined);
  const call = <T>(label: string, fn: () => Promise<T>) =>
    armCall(label, fn, { clock: options.clock, onRetry: logRetry });
  const { resourceGroup: rg, serviceName: svc, apiId } = inputs;
  const deadlineMs = inputs.timeoutMs ?? 600_000;
  const operation = <T>(label: string, begin: (o: BeginOptions) => Promise<SdkPoller<T>>) =>
    awaitOperation(label, begin, client, options, deadlineMs);

  const policy = options.policy ?? (inputs.policyFile ? readPolicy(inputs.policyFile) : undefined);
  const plan = options.plan ?? (await planImport(spec, inputs, log));
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
  const planned = options.operations ?? checkDocument(spec, { serviceUrl: inputs.serviceUrl }).operations;
  const tier = service.sku?.name ?? 'Developer';
  const limit = operationLimits[tier.toLowerCase()];
  if (limit !== undefined && planned.length > limit) {
    throw new SpecError(inputs.spec, [
      {
        pointer: '/paths',
        rule: 'operation-limit',
        message: `the document has ${planned.length} operations; the ${tier} tier of '${svc}' holds at most ${limit} in all (every API, version and revision counts); split the API, or move the service to a tier that holds more`
      }
    ]);
  }
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
      diff: { added: [], removed: [], changed: [], unchanged: before.length },
      operationCount: before.length
    };
  }

  let versionSetId: string | undefined;
  if (inputs.versionSet && inputs.apiVersion) {
    const set = inputs.versionSet;
    const result = await call('create or update the version set', () =>
      client.apiVersionSet.createOrUpdate(rg, svc, set.id, {
        displayName: (inputs.displayName ?? spec.title ?? inputs.path).slice(0, 100),
        versioningScheme: set.scheme,
        versionHeaderName: set.headerName,
        versionQueryName: set.queryName
      })
    );
    writes.written.push(`version set '${set.id}'`);
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
    const revisionId = target;
    await operation(`create revision ${newRevision} of '${apiId}'`, ({ onResponse }) =>
      client.api.beginCreateOrUpdate(
        rg,
        svc,
        revisionId,
        { sourceApiId: `/apis/${apiId}`, apiRevisionDescription: 'created by musafirgo-actions apim-import' },
        { onResponse, updateIntervalInMs: pollInterval(options) }
      )
    );
    writes.written.push(`revision ${newRevision} of '${apiId}' (not current: it serves no traffic)`);
    log(
      `Created revision ${newRevision} of '${apiId}' from the current revision ${current.apiRevision ?? ''}`
    );
  }

  const parameters: ApiCreateOrUpdateParameter = {
    format: plan.format,
    value: plan.value,
    path: inputs.path,
    displayName: (inputs.displayName ?? spec.title ?? apiId).slice(0, 300),
    serviceUrl: inputs.serviceUrl,
    protocols: ['https'],
    subscriptionRequired: inputs.subscriptionRequired,
    apiRevisionDescription: `${hashMarker}${hash}`,
    ...(inputs.apiVersion && versionSetId
      ? { apiVersion: inputs.apiVersion, apiVersionSetId: versionSetId }
      : {})
  };
  let refusal: unknown;
  const importTarget = target;
  const imported = await operation(`import the OpenAPI document into '${importTarget}'`, ({ onResponse }) =>
    client.api
      .beginCreateOrUpdate(rg, svc, importTarget, parameters, {
        ...(current ? { ifMatch: '*' } : {}),
        onResponse,
        updateIntervalInMs: pollInterval(options)
      })
      .catch((error: unknown) => {
        refusal = error;
        throw error;
      })
  ).catch(async (error: unknown) => {
    const explained = explainImportError(error, refusal, inputs.spec, plan);
    // A new revision holds nothing of this run but a copy of the current one: take it away again, unless the
    // import may still be running in it.
    if (newRevision && !(error instanceof StepFailure)) {
      await call(`delete revision ${newRevision} of '${apiId}'`, () =>
        client.api.beginDeleteAndWait(rg, svc, importTarget, '*', {
          updateIntervalInMs: pollInterval(options)
        })
      ).then(
        () => {
          writes.written.pop();
          writes.undone.push(`revision ${newRevision} of '${apiId}' deleted again`);
        },
        () => undefined
      );
    }
    throw explained;
  });
  writes.written.push(
    newRevision
      ? `the document in revision ${newRevision}`
      : `the document in '${apiId}' (its current revision, serving traffic)`
  );

  if (policy !== undefined) {
    await call('apply the API policy', () =>
      client.apiPolicy.createOrUpdate(rg, svc, target, 'policy', { format: 'rawxml', value: policy })
    );
    writes.written.push('the API policy');
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
    writes.written.push(`product '${product}'`);
  }
  if (inputs.products.length > 0) log(`In products: ${inputs.products.join(', ')}`);

  const after = await listOperations(target);
  log(
    `Imported into '${target}' (${spec.kind}, ${plan.mode === 'link' ? `by link from ${plan.value}` : `${plan.bytes} bytes inline`}): API Management holds ${after.length} operations`
  );
  const diff = diffOperations(before, after);
  const result: PublishResult = {
    ...base,
    revision: imported?.apiRevision ?? current?.apiRevision ?? '1',
    changed: true,
    created: !current,
    diff,
    policyApplied: policy !== undefined,
    operationCount: after.length
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
      throw new StepFailure(
        `revision ${newRevision} of '${apiId}' failed its smoke checks (${failed.join('; ') || result.revisionSmoke.readiness.error}); it was not released and revision ${result.revision} still serves traffic`,
        `Revision ${newRevision} is kept for inspection at ${revisionUrl}; fix the service or the document and run again`
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
    writes.written.push(`release ${releaseId} (revision ${newRevision} is current)`);
    result.released = { releaseId, revision: newRevision };
    result.revision = newRevision;
    log(`Released revision ${newRevision}: it is now current`);
  }
  return result;
}

/** What an SDK `begin…` method returns, as far as the step reads it. */
interface SdkPoller<T> {
  poll(): Promise<unknown>;
  isDone(): boolean;
  getResult(): T | undefined;
  getOperationState(): { status: string };
}

/**
 * An ARM long-running operation waited for on our clock up to the step's deadline (`timeout`); a wait that runs
 * out names what was awaited and the state API Management last reported.
 */
async function awaitOperation<T>(
  label: string,
  begin: (options: BeginOptions) => Promise<SdkPoller<T>>,
  client: ApiManagementClient,
  options: PublishOptions,
  deadlineMs: number
): Promise<T | undefined> {
  let last = 'not started';
  try {
    return await completeOperation<T>(
      label,
      async beginOptions => {
        const poller = await begin(beginOptions);
        last = poller.getOperationState().status;
        return {
          poll: async () => {
            await poller.poll();
            last = poller.getOperationState().status;
          },
          isDone: () => poller.isDone(),
          getResult: () => poller.getResult()
        };
      },
      {
        clock: options.clock,
        onRetry: logRetry,
        retryAfter: options.retryAfter,
        deadlineMs,
        getStatus: async url => {
          // The SDK's pipeline is loaded with the client already; only a failed first poll needs this.
          const { createPipelineRequest } = await import('@azure/core-rest-pipeline');
          return client.sendRequest(createPipelineRequest({ url, method: 'GET' }));
        }
      }
    );
  } catch (error) {
    if (
      error instanceof Error &&
      !(error instanceof RemoteError) &&
      /did not finish within/.test(error.message)
    ) {
      const state = ['running', 'notStarted', 'not started'].includes(last) ? 'InProgress' : last;
      throw new StepFailure(
        `${label} did not finish within ${Math.round(deadlineMs / 1000)} s ('timeout'): API Management last reported it ${state}`,
        "it may still complete in API Management: look at the API there before running again, or raise 'timeout'"
      );
    }
    throw error;
  }
}

function pollInterval(options: PublishOptions): number | undefined {
  // A test clock means no real waiting between polls.
  return options.clock ? 0 : undefined;
}

/** The policy file, read and checked as a file input before anything is written. */
export function readPolicy(file: string): string {
  const { text } = readInputFile('policy', file, { maxBytes: 256 * 1024, what: 'a policy document' });
  if (!/<policies[\s>]/.test(text)) {
    throw new ConfigurationError(
      `input 'policy': ${quoted(file)} has no <policies> element; see the policy reference of API Management`
    );
  }
  return text;
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

/**
 * ARM's ValidationError for the document, with its details, as one sentence: refused at once (400) or when the
 * long-running import failed (a link API Management could not download, a document it could not read).
 */
function explainImportError(error: unknown, raw: unknown, location: string, plan: ImportPlan): unknown {
  if (!(error instanceof RemoteError) || error.transient) return error;
  if (error.status !== 400 && error.code !== 'ValidationError') return error;
  const details = armDetails(raw);
  const download = /download|reachable/i.test(`${error.message} ${details.join(' ')}`);
  return new ConfigurationError(
    `API Management refused the document ${quoted(location)} (${error.code}: ${error.message}${details.length ? ` ${details.join('; ')}` : ''}); ${
      download && plan.mode === 'link'
        ? `API Management downloads ${plan.value} itself, from Azure's network: it must be a public URL that needs no credentials`
        : 'fix it and run again'
    }`
  );
}
