import * as core from '@actions/core';
import { runStep } from '../shared/step.js';
import { appendSummary, markdownTable } from '../shared/summary.js';
import { armClientOptions } from '../shared/arm.js';
import { sessionFromEnv } from '../shared/azure.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { Phases, formatMs } from '../shared/log.js';
import { getInputs, type Inputs } from './inputs.js';
import { publishApi, type PublishResult } from './publish.js';
import { SpecError, loadSpec, type LoadedSpec } from './spec.js';

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
    const spec = await phases
      .time('Validate and bundle the document', () => loadSpec(inputs.spec))
      .catch((error: unknown) => {
        if (error instanceof SpecError) {
          for (const problem of error.problems) {
            core.error(`${problem.pointer || '/'}: ${problem.message}`, {
              file: inputs.spec,
              title: 'OpenAPI'
            });
          }
        }
        throw error;
      });
    core.info(
      `${spec.title ?? inputs.spec} (${spec.kind}, ${spec.operations.length} operations) is valid; external references bundled`
    );
    const session = sessionFromEnv('apim-import', process.env, { clock });
    const { ApiManagementClient } = await sdk;
    const client = new ApiManagementClient(
      session.credential,
      inputs.subscriptionId,
      armClientOptions(session.cloud)
    );
    const result = await phases.time('Publish to API Management', () =>
      publishApi(client, inputs, spec, {
        clock: options.clock,
        log: core.info,
        onSecret: core.setSecret,
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
    summarize(inputs, spec, result, phases);
  });
}

function summarize(inputs: Inputs, spec: LoadedSpec, result: PublishResult, phases: Phases): void {
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
    ['Document', `${inputs.spec} (${spec.kind}, ${spec.operations.length} operations)`],
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
  lines.push(phases.table(), '');
  appendSummary(lines.join('\n'));
}
