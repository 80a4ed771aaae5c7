import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import type { Clock } from './clock.js';
import { ConfigurationError } from './errors.js';
import { parseDuration, parseList, quoted } from './inputs.js';

/** What the gate holds a new version to, beyond each check passing: deploy-aca and deploy-aks alike. */
export interface SmokeBudgets {
  /** Share of the gate's requests (retries included) that may fail, in percent; default 0. */
  errorBudget?: number;
  /** The slowest check's p95 at a gate may not exceed this. */
  latencyBudgetMs?: number;
}

export interface SmokeGateInputs extends SmokeBudgets {
  /** A smoke suite file, or paths / URLs one per line. */
  smoke?: string;
  errorBudget: number;
}

/** The smoke suite against a URL (with extra headers, e.g. the one that reaches a preview slot): passed or not, and why. */
export type SmokeGate = (
  url: string,
  headers?: Record<string, string>
) => Promise<{ ok: boolean; detail: string }>;

/** `smoke`, `error-budget` and `latency-budget` as both deploy actions take them, checked before any request. */
export function parseGateInputs(values: {
  smoke?: string;
  errorBudget?: string;
  latencyBudget?: string;
}): SmokeGateInputs {
  const { smoke } = values;
  if (smoke && !/^(\/|https?:\/\/)/.test(smoke) && !smoke.includes('\n') && !existsSync(smoke)) {
    throw new ConfigurationError(
      `input 'smoke': no file '${smoke}' in the workspace (${process.cwd()}); check it out first, or give paths / URLs one per line`
    );
  }
  const budget = values.errorBudget ?? '0';
  const errorBudget = Number(budget.replace(/\s*%$/, ''));
  if (!/^\d+(\.\d+)?\s*%?$/.test(budget) || errorBudget > 100) {
    throw new ConfigurationError(
      `input 'error-budget' must be a percentage from 0 to 100 (e.g. 1 or 0.5%), not ${quoted(budget)}`
    );
  }
  return {
    smoke,
    errorBudget,
    ...(values.latencyBudget
      ? { latencyBudgetMs: parseDuration('latency-budget', values.latencyBudget) }
      : {})
  };
}

type Suite = Awaited<ReturnType<typeof import('./smoke/index.js').loadSuiteInput>>;

/**
 * The suite `smoke` names, read and parsed now, before anything is written: a file that cannot be a suite (not
 * there, too big, binary, a YAML bomb, an unknown key) fails the step while production is untouched. Inline
 * paths / URLs one per line are a suite too. Undefined without `smoke`.
 */
export async function loadSmokeSuite(smoke: string | undefined): Promise<Suite | undefined> {
  if (!smoke) return undefined;
  // The engine (and its YAML parser) loads only when there is a suite.
  const engine = await import('./smoke/index.js');
  // One line naming a file is a suite file (an absolute path too); anything else is paths / URLs, one per line.
  const inline =
    smoke.includes('\n') || /^https?:\/\//.test(smoke) || (smoke.startsWith('/') && !existsSync(smoke));
  return inline
    ? engine.parseSuite(smoke, text => parseList(text), "input 'smoke'")
    : engine.loadSuiteInput('smoke', smoke);
}

/**
 * The smoke suite as a gate: every check passes (or fails within the error budget, retries counted as failed
 * requests), the suite's own per-check budgets hold, and the slowest p95 stays within the latency budget. Each
 * check is logged. Without a suite there is no gate.
 */
export function smokeGate(inputs: SmokeBudgets & { smoke: string }, clock: Clock, loaded?: Suite): SmokeGate;
export function smokeGate(
  inputs: SmokeBudgets & { smoke?: string },
  clock: Clock,
  loaded?: Suite
): SmokeGate | undefined;
export function smokeGate(
  inputs: SmokeBudgets & { smoke?: string },
  clock: Clock,
  loaded?: Suite
): SmokeGate | undefined {
  const { smoke } = inputs;
  if (!smoke) return undefined;
  const errorBudget = inputs.errorBudget ?? 0;
  return async (url, headers = {}) => {
    const engine = await import('./smoke/index.js');
    // Loaded before the first write by the caller (loadSmokeSuite); read here only by one that did not.
    const suite = loaded ?? (await loadSmokeSuite(smoke))!;
    const result = await engine.runSmoke(suite, { baseUrl: url, clock, headers });
    for (const c of result.checks) {
      core.info(
        `  smoke ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.failures.length ? `: ${c.failures.join('; ')}` : ''}`
      );
    }
    const requests = result.checks.reduce((n, c) => n + c.attempts, 0);
    const errors = result.checks.reduce(
      (n, c) => n + (c.attempts - c.samples) + (c.ok || c.overBudget ? 0 : 1),
      0
    );
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
    if (problems.length) return { ok: false, detail: problems.join('; ') };
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
