import * as core from '@actions/core';
import { errorMessage } from '../shared/errors.js';
import { StepFailure, runStep } from '../shared/step.js';
import { appendSummary, markdownTable } from '../shared/summary.js';
import { armClientOptions, withoutFormData } from '../shared/arm.js';
import { sessionFromEnv } from '../shared/azure.js';
import { armScope } from '../shared/cloud.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { trackRetryAfter } from '../shared/lro.js';
import { Phases, formatMs, logRetry } from '../shared/log.js';
import { loadSmokeSuite, smokeGate } from '../shared/smoke-gate.js';
import { formatTraffic } from '../shared/traffic.js';
import { getInputs, type Inputs } from './inputs.js';
import type { LeftBehind } from './app.js';
import { deploy, rollback, type RolloutResult } from './rollout.js';

/** A smoke checks file is at most this big: a suite is a few dozen checks, not a data set. */

export interface RunOptions {
  clock?: Clock;
}

/** The deploy-aca step: a new revision by digest, moved into production behind a health gate, or a rollback. */
export async function run(options: RunOptions = {}): Promise<void> {
  const clock = options.clock ?? systemClock;
  const phases = new Phases(clock.now);
  let inputs: Inputs | undefined;
  await runStep('deploy-aca', async () => {
    inputs = getInputs();
    // Read and parsed before anything is written: a smoke file that cannot be used fails with production untouched.
    const suite = inputs.mode === 'deploy' ? await loadSmokeSuite(inputs.smoke) : undefined;
    const session = sessionFromEnv('this step', process.env, { clock });
    // The Container Apps client is large; it loads while the credential asks GitHub and Entra for a token.
    const sdk = import('@azure/arm-appcontainers');
    sdk.catch(() => undefined);
    const tokenReady = session.credential.getToken(armScope(session.cloud));
    tokenReady.catch(() => undefined);
    const retryAfter = trackRetryAfter();
    const client = withoutFormData(
      new (await sdk).ContainerAppsAPIClient(
        session.credential,
        inputs.subscriptionId,
        armClientOptions(session.cloud)
      )
    );
    client.pipeline.addPolicy(retryAfter.policy);
    await tokenReady;
    const deps = {
      client,
      clock,
      phases,
      retryAfter,
      identity: session.credential.clientId,
      log: core.info,
      onRetry: logRetry,
      smoke: inputs.mode === 'deploy' ? smokeGate(inputs, clock, suite) : undefined
    };
    let result: RolloutResult;
    try {
      result = inputs.mode === 'rollback' ? await rollback(inputs, deps) : await deploy(inputs, deps);
    } catch (error) {
      reportFailure(inputs, error, phases);
      throw error;
    }
    report(inputs, result, phases);
    if (result.failure)
      throw new StepFailure(
        result.failure,
        `Read the revision's logs (az containerapp logs show --name ${inputs.app} --resource-group ${inputs.resourceGroup} --revision ${result.revision}), fix, and deploy again`
      );
  });
}

/** A failure after a write: what it left, in the job summary as in the error. */
function reportFailure(inputs: Inputs, error: unknown, phases: Phases): void {
  const left = (error as LeftBehind).left;
  if (!left) return;
  appendSummary(
    [
      `### Container App ${inputs.app}: FAILED`,
      '',
      markdownTable(
        ['What', 'Value'],
        [
          ['App', `${inputs.app} (resource group ${inputs.resourceGroup})`],
          ['Failure', errorMessage(error)],
          ...left.map(l => ['Left as', l])
        ]
      ),
      '',
      phases.table(),
      ''
    ].join('\n')
  );
}

function report(inputs: Inputs, result: RolloutResult, phases: Phases): void {
  core.setOutput('revision', result.revision);
  core.setOutput('previous-revision', result.previousRevision);
  core.setOutput('url', result.url);
  core.setOutput('label-url', result.labelUrl);
  core.setOutput('traffic', JSON.stringify(result.trafficAfter));
  const title =
    inputs.mode === 'rollback'
      ? 'rolled back'
      : result.outcome === 'unchanged'
        ? 'already deployed'
        : result.outcome === 'rolled-back'
          ? 'FAILED, rolled back'
          : result.outcome === 'created'
            ? result.failure
              ? 'created, FAILED its gate'
              : 'created'
            : 'deployed';
  const rows = [
    ['App', `${inputs.app} (resource group ${inputs.resourceGroup})`],
    ['Revision', result.revision],
    ['Previous revision', result.previousRevision],
    ...(result.image ? [['Image', `\`${result.image}\``]] : []),
    ...(result.strategy ? [['Strategy', result.strategy]] : []),
    ['Traffic before', formatTraffic(result.trafficBefore)],
    ['Traffic after', formatTraffic(result.trafficAfter)],
    ['URL', result.url],
    ...(result.labelUrl ? [['Label URL', result.labelUrl]] : [])
  ];
  if (result.gates?.length) rows.push(['Gates passed', result.gates.join('; ')]);
  if (result.rollback) {
    rows.push(['Rollback', `${result.rollback.reason}: ${result.rollback.steps.join('; ')}`]);
    if (inputs.mode === 'deploy' && !result.leftAs)
      rows.push(['Traffic restored in', formatMs(result.rollback.restoredMs)]);
  }
  // What a failed restore left, and the command that finishes each part.
  for (const left of result.leftAs ?? []) rows.push(['Left as', left]);
  appendSummary(
    [
      `### Container App ${inputs.app}: ${title}`,
      '',
      markdownTable(['What', 'Value'], rows),
      '',
      phases.table(),
      ''
    ].join('\n')
  );
}
