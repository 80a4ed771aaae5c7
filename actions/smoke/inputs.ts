import { ConfigurationError } from '../shared/errors.js';
import { getListInput, getOptionalInput } from '../shared/inputs.js';
import { parseDuration } from '../shared/smoke/index.js';

export interface Inputs {
  /** A checks file (YAML suite, or a list of URLs). */
  checks?: string;
  /** Or URLs given inline, one per line. */
  urls: string[];
  baseUrl?: string;
  subscriptionKey?: string;
  concurrency: number;
  readinessTimeoutMs?: number;
  /** Budget for checks that declare none. */
  budgetMs?: number;
  junitFile?: string;
  resultFile?: string;
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const checks = getOptionalInput('checks');
  const urls = getListInput('urls');
  if ((checks ? 1 : 0) + (urls.length > 0 ? 1 : 0) !== 1) {
    throw new ConfigurationError(
      "give exactly one of the inputs 'checks' (a smoke checks file) and 'urls' (URLs, one per line)"
    );
  }
  const baseUrl = getOptionalInput('base-url');
  if (baseUrl !== undefined && !/^https?:\/\/[^\s]+$/i.test(baseUrl)) {
    throw new ConfigurationError(`input 'base-url' must be an http(s) URL, not '${baseUrl}'`);
  }
  const concurrency = Number(getOptionalInput('concurrency') ?? 8);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
    throw new ConfigurationError(
      `input 'concurrency' must be an integer from 1 to 256, not '${getOptionalInput('concurrency')}'`
    );
  }
  const timeout = getOptionalInput('timeout');
  const budget = getOptionalInput('budget');
  const temp = env['RUNNER_TEMP'];
  return {
    checks,
    urls,
    baseUrl,
    subscriptionKey: getOptionalInput('subscription-key'),
    concurrency,
    readinessTimeoutMs: timeout === undefined ? undefined : parseDuration(timeout, "input 'timeout'"),
    budgetMs: budget === undefined ? undefined : parseDuration(budget, "input 'budget'"),
    junitFile: getOptionalInput('junit') ?? (temp ? `${temp}/smoke/junit.xml` : undefined),
    resultFile: temp ? `${temp}/smoke/result.json` : undefined
  };
}
