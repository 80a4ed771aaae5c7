import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { runStep } from '../shared/step.js';
import { appendSummary, markdownTable } from '../shared/summary.js';
import type { Clock } from '../shared/clock.js';
import {
  headline,
  junitXml,
  loadSuite,
  loadSuiteInput,
  parseSuite,
  runSmoke,
  summaryHeader,
  summaryRows,
  type SmokeResult,
  type SmokeSuite
} from '../shared/smoke/index.js';
import { getInputs, type Inputs } from './inputs.js';

export interface RunOptions {
  clock?: Clock;
}

/**
 * The suite the inputs name, with the default budget applied to checks that have none. The action reads the
 * checks file as an input (`loadSuiteInput`); the command line reads the file it is given (`loadSuite`).
 */
export async function suiteFromInputs(
  inputs: Inputs,
  load: (file: string) => Promise<SmokeSuite> = loadSuite
): Promise<SmokeSuite> {
  const suite = inputs.checks
    ? await load(inputs.checks)
    : parseSuite(JSON.stringify(inputs.urls), text => JSON.parse(text) as unknown, "input 'urls'");
  if (inputs.budgetMs !== undefined) {
    for (const check of suite.checks) check.budget ??= { p95Ms: inputs.budgetMs };
  }
  return suite;
}

/** The smoke step: wait for the service, run the checks, report; fail when a check or a budget fails. */
export async function run(options: RunOptions = {}): Promise<void> {
  await runStep('smoke', async () => {
    const inputs = getInputs();
    if (inputs.subscriptionKey) core.setSecret(inputs.subscriptionKey);
    const suite = await suiteFromInputs(inputs, file => loadSuiteInput('checks', file));
    core.info(
      `Running ${suite.checks.length} checks from ${suite.source} against ${inputs.baseUrl ?? 'absolute URLs'}`
    );
    const result = await runSmoke(suite, {
      baseUrl: inputs.baseUrl,
      variables: { SUBSCRIPTION_KEY: inputs.subscriptionKey ?? '' },
      concurrency: inputs.concurrency,
      readinessTimeoutMs: inputs.readinessTimeoutMs,
      clock: options.clock,
      onCheck: check =>
        core.info(
          `${check.ok ? 'pass' : 'FAIL'}  ${check.name}  ${check.method} ${check.path}  ${check.status}  p50 ${check.p50Ms} ms  p95 ${check.p95Ms} ms${check.ok ? '' : `  ${check.failures.join('; ')}`}`
        )
    });
    await report(inputs, result);
    if (!result.ok) {
      const failed = result.checks.filter(check => !check.ok);
      throw new Error(
        result.readiness.ok
          ? `${failed.length} of ${result.checks.length} checks failed (${failed
              .slice(0, 3)
              .map(check => `${check.name}: ${check.failures[0] ?? ''}`)
              .join('; ')}${failed.length > 3 ? '; ...' : ''}); see the job summary`
          : `the service at ${result.baseUrl || result.readiness.path} is ${result.readiness.error}; check that the deploy succeeded and base-url points at it`
      );
    }
    core.info(headline(result));
  });
}

async function report(inputs: Inputs, result: SmokeResult): Promise<void> {
  for (const check of result.checks.filter(c => !c.ok)) {
    core.error(`${check.method} ${check.path}: ${check.failures.join('; ')}`, {
      title: `smoke: ${check.name}`,
      file: inputs.checks
    });
  }
  const json = JSON.stringify(result);
  core.setOutput('passed', String(result.ok));
  core.setOutput('result', json);
  const worst = Math.max(0, ...result.checks.map(check => check.p95Ms));
  core.setOutput('p95-ms', String(worst));
  for (const [output, file, content] of [
    ['junit-file', inputs.junitFile, junitXml(result)],
    ['result-file', inputs.resultFile, json]
  ] as const) {
    if (!file) continue;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
    core.setOutput(output, file);
  }
  appendSummary(
    [
      `### Smoke checks: ${result.ok ? '✅' : '❌'} ${headline(result)}`,
      '',
      result.readiness.ok
        ? `Ready after ${result.readiness.attempts} probe(s) of \`${result.readiness.path ?? ''}\` (${result.readiness.waitedMs} ms).`
        : `Not ready: ${result.readiness.error ?? ''}`,
      '',
      markdownTable(summaryHeader, summaryRows(result)),
      ''
    ].join('\n')
  );
}
