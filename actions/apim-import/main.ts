import * as core from '@actions/core';
import { runStep } from '../shared/step.js';
import { appendSummary, markdownTable } from '../shared/summary.js';
import { armClientOptions } from '../shared/arm.js';
import { sessionFromEnv } from '../shared/azure.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { ConfigurationError } from '../shared/errors.js';
import { readInputFile } from '../shared/files.js';
import { parseYamlInput } from '../shared/yaml-input.js';
import { Phases, formatMs } from '../shared/log.js';
import { trackRetryAfter } from '../shared/lro.js';
import { getInputs, type Inputs } from './inputs.js';
import { planImport, requireReachable, type ImportPlan } from './plan.js';
import { publishApi, readPolicy, type PublishResult } from './publish.js';
import { checkDocument, type Finding } from './rules.js';
import { SpecError, describeProblem, loadSpec, type LoadedSpec } from './spec.js';

/** At most this many annotations per rule: GitHub shows ten a step, and the summary lists every finding. */
const ANNOTATIONS_PER_RULE = 5;

export interface RunOptions {
  clock?: Clock;
}

/** The apim-import step: validate the OpenAPI document, publish it to API Management, report what changed. */
export async function run(options: RunOptions = {}): Promise<void> {
  const clock = options.clock ?? systemClock;
  const phases = new Phases(clock.now);
  await runStep('apim-import', async () => {
    const inputs = getInputs();
    if (inputs.subscriptionKey) core.setSecret(inputs.subscriptionKey);
    const sdk = import('@azure/arm-apimanagement');
    sdk.catch(() => undefined);
    const file = /^https?:\/\//i.test(inputs.spec) ? undefined : inputs.spec;
    // Every file is read, and every rule applied, before anything is written.
    const { spec, findings, operations, plan, policy } = await phases
      .time('Validate the document', async () => {
        if (!file) requireReachable('spec', inputs.spec);
        const spec = await loadSpec(inputs.spec);
        const { findings, operations } = checkDocument(spec, { serviceUrl: inputs.serviceUrl });
        annotate(findings, file);
        const errors = findings.filter(f => f.severity === 'error');
        if (errors.length > 0) throw new SpecError(inputs.spec, errors);
        const warnings = findings.filter(f => f.severity === 'warning');
        if (warnings.length > 0 && inputs.failOnWarning) {
          throw new ConfigurationError(
            `${warnings.length} warning${warnings.length === 1 ? ' says' : 's say'} API Management would import ${inputs.spec} differently from what it says (${[...new Set(warnings.map(w => w.rule))].join(', ')}; first: ${describeProblem(warnings[0]!)}), and 'fail-on-warning' is true; fix the document, or set 'fail-on-warning: false'`
          );
        }
        const plan: ImportPlan = await planImport(spec, inputs, core.info);
        const policy = inputs.policyFile ? readPolicy(inputs.policyFile) : undefined;
        if (inputs.revisionSmoke) await checkSmokeFile(inputs.revisionSmoke);
        return { spec, findings, operations, plan, policy };
      })
      .catch((error: unknown) => {
        if (error instanceof SpecError && !error.problems.some(p => p.rule)) {
          for (const problem of error.problems) {
            core.error(describeProblem(problem), { ...(file ? { file } : {}), title: 'OpenAPI' });
          }
        } else if (error instanceof SpecError) {
          annotate(error.problems.filter(p => !findingsOf(p)) as Finding[], file);
        }
        throw error;
      });
    const warnings = findings.filter(f => f.severity === 'warning').length;
    core.info(
      `${spec.title ?? inputs.spec} (${spec.kind}, ${operations.length} operations) is valid; external references bundled`
    );
    core.info(
      `API Management will create ${operations.length} operation${operations.length === 1 ? '' : 's'}${warnings ? ` and import ${warnings === 1 ? 'one thing' : `${warnings} things`} differently from the document (see the warnings)` : ''}; the document is sent ${plan.mode === 'link' ? `by link (${plan.format})` : `inline (${plan.format}, ${plan.bytes} bytes)`}`
    );
    const session = sessionFromEnv('apim-import', process.env, { clock });
    const { ApiManagementClient } = await sdk;
    const client = new ApiManagementClient(
      session.credential,
      inputs.subscriptionId,
      armClientOptions(session.cloud)
    );
    const retryAfter = trackRetryAfter();
    client.pipeline.addPolicy(retryAfter.policy);
    const result = await phases.time('Publish to API Management', () =>
      publishApi(client, inputs, spec, {
        clock: options.clock,
        log: core.info,
        onSecret: core.setSecret,
        policy,
        plan,
        operations,
        retryAfter,
        smoke: async (file, baseUrl, key) => {
          const smoke = await import('../shared/smoke/index.js');
          const suite = await smoke.loadSuite(file);
          return smoke.runSmoke(suite, {
            baseUrl,
            variables: { SUBSCRIPTION_KEY: key ?? '' },
            clock: options.clock
          });
        }
      })
    );

    core.setOutput('api-id', result.apiId);
    core.setOutput('gateway-url', result.gatewayUrl);
    core.setOutput('revision', result.revision);
    core.setOutput('changed', String(result.changed));
    core.info(
      result.changed
        ? `Published '${result.apiId}' (revision ${result.revision}) at ${result.gatewayUrl} in ${formatMs(phases.total())}`
        : `'${result.apiId}' is up to date at ${result.gatewayUrl} (revision ${result.revision})`
    );
    summarize(inputs, spec, result, phases, findings, plan);
  });
}

/** Marks the rule findings a SpecError carries that were already annotated (a finding has a severity). */
const findingsOf = (problem: object) => 'severity' in problem;

/** One annotation per finding, at most a few per rule: a warning for what API Management changes, an error for what it refuses. */
function annotate(findings: Finding[], file: string | undefined): void {
  const shown = new Map<string, number>();
  for (const finding of findings) {
    const count = (shown.get(finding.rule) ?? 0) + 1;
    shown.set(finding.rule, count);
    if (count > ANNOTATIONS_PER_RULE) continue;
    const properties = { ...(file ? { file } : {}), title: `API Management rule ${finding.rule}` };
    if ((finding.severity ?? 'error') === 'warning') core.warning(describeProblem(finding), properties);
    else core.error(describeProblem(finding), properties);
  }
  for (const [rule, count] of shown) {
    if (count > ANNOTATIONS_PER_RULE)
      core.info(`${rule}: ${count - ANNOTATIONS_PER_RULE} more like these (the job summary lists them all)`);
  }
}

/** `revision-smoke` read and parsed as the smoke action would, before any revision is created. */
async function checkSmokeFile(path: string): Promise<void> {
  const file = readInputFile('revision-smoke', path, { maxBytes: 1024 * 1024, what: 'a smoke checks file' });
  const parsed = parseYamlInput('revision-smoke', file);
  const { parseSuite } = await import('../shared/smoke/suite.js');
  try {
    parseSuite(file.text, () => parsed, file.path);
  } catch (error) {
    throw new ConfigurationError(`input 'revision-smoke': ${(error as Error).message}`);
  }
}

function summarize(
  inputs: Inputs,
  spec: LoadedSpec,
  result: PublishResult,
  phases: Phases,
  findings: Finding[],
  plan: ImportPlan
): void {
  const rows = [
    ['API', `\`${result.apiId}\` — ${spec.title ?? ''}`],
    ['Service', `${inputs.serviceName} (resource group ${inputs.resourceGroup})`],
    ['Gateway URL', result.gatewayUrl],
    ['Backend', inputs.serviceUrl ?? 'from the document'],
    [
      'Version',
      inputs.apiVersion
        ? `${inputs.apiVersion} in version set \`${inputs.versionSet?.id}\` (${inputs.versionSet?.scheme})`
        : 'not versioned'
    ],
    ['Current revision', result.revision],
    [
      'Document',
      `${inputs.spec} (${spec.kind}, sent ${plan.mode === 'link' ? `by link from ${plan.value}` : 'inline'}); ${result.operationCount} operation${result.operationCount === 1 ? '' : 's'} in API Management`
    ],
    [
      'Changed',
      result.changed
        ? `yes (sha256 ${result.hash.slice(0, 12)})`
        : `no: same document and settings as the last import (sha256 ${result.hash.slice(0, 12)}), nothing sent`
    ],
    ['Subscription key', inputs.subscriptionRequired ? 'required' : 'not required'],
    ['Products', result.products.join(', ') || '—'],
    ['Policy', result.policyApplied ? (inputs.policyFile ?? '') : '—']
  ];
  if (result.importedRevision) {
    rows.push([
      'New revision',
      `${result.importedRevision}${result.released ? ` released (${result.released.releaseId})` : ' imported, not released'}`
    ]);
  }
  const { added, removed, changed, unchanged } = result.diff;
  const changes = [
    ...added.map(o => ['added', o.method, `\`${o.urlTemplate}\``, o.displayName]),
    ...removed.map(o => ['removed', o.method, `\`${o.urlTemplate}\``, o.displayName]),
    ...changed.map(o => ['changed', o.method, `\`${o.urlTemplate}\``, o.displayName])
  ];
  const lines = [
    '### API Management import',
    '',
    markdownTable(['What', 'Value'], rows),
    '',
    `#### Operations versus the previous definition: ${added.length} added, ${removed.length} removed, ${changed.length} changed, ${unchanged} unchanged`,
    ''
  ];
  if (changes.length > 0)
    lines.push(markdownTable(['Change', 'Method', 'URL template', 'Name'], changes), '');
  if (result.revisionSmoke) {
    lines.push(
      `#### Smoke checks of revision ${result.importedRevision}: ${result.revisionSmoke.passed}/${result.revisionSmoke.checks.length} passed`,
      '',
      markdownTable(
        ['Check', 'Status', 'p50', 'p95'],
        result.revisionSmoke.checks.map(c => [
          `${c.ok ? '✅' : '❌'} ${c.name}`,
          String(c.status),
          `${c.p50Ms} ms`,
          `${c.p95Ms} ms`
        ])
      ),
      ''
    );
  }
  if (findings.length > 0) {
    lines.push(
      `#### What API Management does differently: ${findings.length} warning${findings.length === 1 ? '' : 's'}`,
      '',
      markdownTable(
        ['Rule', 'Where', 'What'],
        findings.slice(0, 50).map(f => [f.rule, `\`${f.pointer || '/'}\``, f.message])
      ),
      ...(findings.length > 50 ? ['', `and ${findings.length - 50} more (the log has them)`] : []),
      ''
    );
  }
  lines.push(phases.table(), '');
  appendSummary(lines.join('\n'));
}
