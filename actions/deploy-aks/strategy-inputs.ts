import { existsSync } from 'node:fs';
import { ConfigurationError } from '../shared/errors.js';
import { getOptionalInput, parseCanarySteps, parseDuration, requireOneOf } from '../shared/inputs.js';

export const strategies = ['rolling', 'blue-green', 'canary'] as const;
export type Strategy = (typeof strategies)[number];

export interface StrategyInputs {
  /** rolling: the Deployments of the manifests, updated in place; blue-green / canary: two slots behind an HTTPRoute. */
  strategy: Strategy;
  /** The HTTPRoute whose weights move traffic between the slots. */
  route?: string;
  canarySteps: number[];
  bakeTimeMs: number;
  /** A smoke suite file, or paths / URLs one per line, run against the idle slot before and while it takes traffic. */
  smoke?: string;
  /** Share of the gate's requests (retries included) that may fail, in percent. */
  errorBudget: number;
  /** The slowest check's p95 at a gate may not exceed this. */
  latencyBudgetMs?: number;
}

const dns1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** The inputs of blue-green and canary; each one given with the rolling strategy is a mistake worth naming. */
export function getStrategyInputs(): StrategyInputs {
  const strategy = requireOneOf('strategy', getOptionalInput('strategy') ?? 'rolling', strategies);
  const route = getOptionalInput('route');
  const stepsInput = getOptionalInput('canary-steps');
  const smoke = getOptionalInput('smoke');
  if (strategy === 'rolling') {
    const stray = (
      ['route', 'canary-steps', 'bake-time', 'smoke', 'error-budget', 'latency-budget'] as const
    ).filter(name => getOptionalInput(name) !== undefined);
    if (stray.length) {
      throw new ConfigurationError(
        `input${stray.length > 1 ? 's' : ''} ${stray.map(s => `'${s}'`).join(', ')} only apply with strategy blue-green or canary; set strategy, or remove them`
      );
    }
    return { strategy, canarySteps: [100], bakeTimeMs: 0, errorBudget: 0 };
  }
  if (!route) {
    throw new ConfigurationError(
      `input 'route' is required with strategy ${strategy}: the name of the Gateway API HTTPRoute that sends traffic to the service (in the namespace of the manifests)`
    );
  }
  if (!dns1123.test(route) || route.length > 253)
    throw new ConfigurationError(`input 'route' must be an HTTPRoute name, not '${route}'`);
  if (stepsInput && strategy !== 'canary')
    throw new ConfigurationError(`input 'canary-steps' only applies with strategy canary, not ${strategy}`);
  if (smoke && !/^(\/|https?:\/\/)/.test(smoke) && !smoke.includes('\n') && !existsSync(smoke)) {
    throw new ConfigurationError(
      `input 'smoke': no file '${smoke}' in the workspace (${process.cwd()}); check it out first, or give paths / URLs one per line`
    );
  }
  const budget = getOptionalInput('error-budget') ?? '0';
  const errorBudget = Number(budget.replace(/\s*%$/, ''));
  if (!/^\d+(\.\d+)?\s*%?$/.test(budget) || errorBudget > 100) {
    throw new ConfigurationError(
      `input 'error-budget' must be a percentage from 0 to 100 (e.g. 1 or 0.5%), not '${budget}'`
    );
  }
  const latency = getOptionalInput('latency-budget');
  return {
    strategy,
    route,
    canarySteps: strategy === 'canary' ? parseCanarySteps(stepsInput ?? '10,50,100') : [100],
    bakeTimeMs: parseDuration('bake-time', getOptionalInput('bake-time') ?? '60s'),
    smoke,
    errorBudget,
    ...(latency ? { latencyBudgetMs: parseDuration('latency-budget', latency) } : {})
  };
}
