import { ConfigurationError } from '../shared/errors.js';
import { inputPath } from '../shared/files.js';
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
  const subscriptionKey = getOptionalInput('subscription-key');
  if (subscriptionKey !== undefined) checkHeaderValue('subscription-key', subscriptionKey);
  const junit = getOptionalInput('junit');
  const timeout = getOptionalInput('timeout');
  const budget = getOptionalInput('budget');
  const temp = env['RUNNER_TEMP'];
  return {
    checks,
    urls,
    baseUrl,
    subscriptionKey,
    concurrency,
    readinessTimeoutMs: timeout === undefined ? undefined : parseDuration(timeout, "input 'timeout'"),
    budgetMs: budget === undefined ? undefined : parseDuration(budget, "input 'budget'"),
    junitFile:
      junit !== undefined ? inputPath('junit', junit, env) : temp ? `${temp}/smoke/junit.xml` : undefined,
    resultFile: temp ? `${temp}/smoke/result.json` : undefined
  };
}

/**
 * A value sent as an HTTP header takes visible ASCII, spaces and tabs only (RFC 9110 field-value): a line break
 * or a non-ASCII character would fail every request, so it is refused at once, by the input's name. The value
 * is a secret: the message says where, never what.
 */
function checkHeaderValue(input: string, value: string): void {
  const at = [...value].findIndex(c => !/^[\t\x20-\x7e]$/.test(c));
  if (at < 0) return;
  const c = [...value][at]!;
  const what =
    c === '\n' || c === '\r'
      ? 'a line break'
      : c.charCodeAt(0) > 0x7e
        ? 'a non-ASCII character'
        : 'a control character';
  throw new ConfigurationError(
    `input '${input}' holds ${what} at position ${at + 1}; it is sent as an HTTP header, which takes printable ASCII only: check the secret's value (a copied key often ends in a newline)`
  );
}
