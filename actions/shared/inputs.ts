import * as core from './runner.js';
import { ConfigurationError } from './errors.js';

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
  throw new ConfigurationError(`input '${name}' must be true or false, not '${value}'`);
}

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return guidPattern.test(value);
}

export function requireGuid(name: string, value: string, what: string): string {
  if (!isGuid(value)) {
    throw new ConfigurationError(`input '${name}' must be a GUID (the ${what}), not '${value}'`);
  }
  return value.toLowerCase();
}

export function requireOneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find(option => option.toLowerCase() === value.toLowerCase());
  if (!match)
    throw new ConfigurationError(`input '${name}' must be one of ${allowed.join(', ')}, not '${value}'`);
  return match;
}
