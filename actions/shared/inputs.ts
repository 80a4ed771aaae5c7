import * as core from '@actions/core';
import { ConfigurationError } from './errors.js';

/** At most this much of a value is echoed in a message: a 10 KB input must not make a 10 KB annotation. */
export const MAX_ECHO = 200;

/** A value as a message shows it: in quotes, cut to MAX_ECHO characters with its length said, on one line. */
export function quoted(value: string): string {
  const line = value.replace(/\r?\n/g, '\\n');
  return line.length <= MAX_ECHO ? `'${line}'` : `'${line.slice(0, MAX_ECHO)}…' (${value.length} characters)`;
}

/**
 * The items of a list input: one per line (and, with `commas`, also comma-separated on a line), trimmed,
 * without empty lines and `#` comments.
 */
export function parseList(value: string | undefined, options: { commas?: boolean } = {}): string[] {
  return (value ?? '')
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#'))
    .flatMap(line => (options.commas ? line.split(',') : [line]))
    .map(item => item.trim())
    .filter(Boolean);
}

export function getListInput(name: string, options: { commas?: boolean } = {}): string[] {
  return parseList(getOptionalInput(name), options);
}

/** An input, trimmed; empty means not given. */
export function getOptionalInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function getRequiredInput(name: string, hint: string): string {
  const value = getOptionalInput(name);
  if (value === undefined) throw new ConfigurationError(`input '${name}' is required: ${hint}`);
  return value;
}

/** YAML 1.2 core booleans only, as the runner documents them; anything else is a mistake worth naming. */
export function getBooleanInput(name: string, defaultValue: boolean): boolean {
  const value = getOptionalInput(name);
  if (value === undefined) return defaultValue;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigurationError(`input '${name}' must be true or false, not ${quoted(value)}`);
}

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return guidPattern.test(value);
}

export function requireGuid(name: string, value: string, what: string): string {
  if (!isGuid(value)) {
    throw new ConfigurationError(`input '${name}' must be a GUID (the ${what}), not ${quoted(value)}`);
  }
  return value.toLowerCase();
}

export function requireOneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find(option => option.toLowerCase() === value.toLowerCase());
  if (!match)
    throw new ConfigurationError(
      `input '${name}' must be one of ${allowed.join(', ')}, not ${quoted(value)}`
    );
  return match;
}

/** `90s`, `2m`, `500ms`, or seconds as a plain number. */
export function parseDuration(name: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  if (!match)
    throw new ConfigurationError(
      `input '${name}' must be a duration such as 30s, 5m or 500ms, not ${quoted(value)}`
    );
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 's'] ?? 1000;
  return Math.round(Number(match[1]) * factor);
}

/** `canary-steps`: increasing traffic percentages ending at 100 (deploy-aca and deploy-aks). */
export function parseCanarySteps(value: string): number[] {
  const steps = value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  const valid =
    steps.length > 0 &&
    steps.every(
      (step, i) => Number.isInteger(step) && step > 0 && step <= 100 && (i === 0 || step > steps[i - 1]!)
    ) &&
    steps.at(-1) === 100;
  if (!valid) {
    throw new ConfigurationError(
      `input 'canary-steps' must be increasing percentages ending at 100, such as 10,50,100, not ${quoted(value)}`
    );
  }
  return steps;
}

/** A GitHub-hosted job stops after 6 hours: no wait of a step may be longer (nor overflow Node's timers). */
export const maxJobMs = 6 * 3_600_000;

/** A duration input within bounds a timer can hold and a job can wait: no overflow, no 7-hour wait. */
export function boundedDuration(name: string, value: string, minMs: number, maxMs = maxJobMs): number {
  const ms = parseDuration(name, value);
  if (ms < minMs || ms > maxMs) {
    const show = (v: number) =>
      v > 0 && v % 3_600_000 === 0 ? `${v / 3_600_000}h` : v % 1000 === 0 ? `${v / 1000}s` : `${v}ms`;
    const why = maxMs === maxJobMs ? ' (a GitHub job stops after 6 hours)' : '';
    throw new ConfigurationError(
      `input '${name}' must be between ${show(minMs)} and ${show(maxMs)}${why}, not ${quoted(value)}`
    );
  }
  return ms;
}

/** A whole number input within bounds. */
export function boundedInteger(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new ConfigurationError(
      `input '${name}' must be a whole number from ${min} to ${max}, not ${quoted(value)}`
    );
  }
  return n;
}

/**
 * `subscription-id`, or the subscription an earlier `login` step exported (AZURE_SUBSCRIPTION_ID): one of them is
 * required by every action that calls ARM.
 */
export function subscriptionInput(
  env: NodeJS.ProcessEnv = process.env,
  given: string | undefined = getOptionalInput('subscription-id')
): string {
  const subscription = given ?? env['AZURE_SUBSCRIPTION_ID'];
  if (!subscription) {
    throw new ConfigurationError(
      "input 'subscription-id' is required (or run musafirgo/actions/login with subscription-id earlier in the job)"
    );
  }
  return subscription;
}
