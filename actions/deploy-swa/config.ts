// staticwebapp.config.json checked against what Microsoft documents for it ("Configure Azure Static Web Apps"):
// every property known, each of the documented type and values, with a JSON pointer to each mistake, before
// anything is uploaded. The service itself only says a deployment failed.
import { closest } from '../shared/args.js';
import { ConfigurationError } from '../shared/errors.js';
import { quoted } from '../shared/inputs.js';

export interface ConfigProblem {
  /** RFC 6901 JSON pointer to the value at fault ('' for the document). */
  pointer: string;
  message: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const topLevel = [
  '$schema',
  'routes',
  'navigationFallback',
  'responseOverrides',
  'globalHeaders',
  'mimeTypes',
  'networking',
  'auth',
  'forwardingGateway',
  'platform',
  'trailingSlash'
];
const routeProperties = ['route', 'methods', 'rewrite', 'redirect', 'statusCode', 'headers', 'allowedRoles'];
const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'];
const overridable = ['400', '401', '403', '404'];
const redirectCodes = [301, 302, 307, 308];
const role = /^[A-Za-z0-9_]+$/;
const MAX_ROLES = 50;

/** `/a/b~1c` for ['a', 'b/c']. */
const pointer = (path: (string | number)[]) =>
  path.map(p => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const typeOf = (value: Json | undefined) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;

/** Route and exclude patterns: wildcards only at the end of a path, optionally filtered by extension. */
function patternProblem(value: string): string | undefined {
  const star = value.indexOf('*');
  if (star >= 0 && value.slice(star + 1).includes('/'))
    return 'a wildcard is only allowed at the end of a path';
  if (star >= 0 && !/^(\*|\*\.[\w-]+|\*\.\{[\w-]+(,[\w-]+)*\})$/.test(value.slice(star)))
    return 'after a wildcard only an extension filter may follow (*.html, *.{png,jpg})';
  return undefined;
}

export function validateConfig(config: Json): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const problem = (path: (string | number)[], message: string) =>
    problems.push({ pointer: pointer(path), message });
  const unknown = (value: JsonObject, known: string[], path: (string | number)[], what: string) => {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const near = closest(key, known);
      problem([...path, key], `not a property of ${what}${near ? ` (did you mean '${near}'?)` : ''}`);
    }
  };
  const string = (value: Json | undefined, path: (string | number)[], required = false): value is string => {
    if (value === undefined) {
      if (required) problem(path, 'is required');
      return false;
    }
    if (typeof value !== 'string') {
      problem(path, `must be a string, not ${typeOf(value)}`);
      return false;
    }
    return true;
  };
  const stringMap = (value: Json | undefined, path: (string | number)[]) => {
    if (value === undefined) return;
    if (!isObject(value)) return problem(path, `must be an object of names to strings, not ${typeOf(value)}`);
    for (const [key, v] of Object.entries(value)) string(v, [...path, key]);
  };
  // A rewrite serves a file or path of the app itself: relative to its root, never another site.
  const sitePath = (value: Json | undefined, path: (string | number)[], required = false) => {
    if (string(value, path, required) && /^[a-z][a-z0-9+.-]*:/i.test(value))
      problem(path, `must be a path relative to the root of the app, not the URL ${quoted(value)}`);
  };

  if (!isObject(config)) {
    problem([], `the document must be a JSON object, not ${typeOf(config)}`);
    return problems;
  }
  unknown(config, topLevel, [], 'staticwebapp.config.json');

  const roles = new Set<string>();
  if (config['routes'] !== undefined) {
    const routes = config['routes'];
    if (!Array.isArray(routes)) problem(['routes'], `must be an array of route rules, not ${typeOf(routes)}`);
    else
      routes.forEach((rule, i) => {
        const at = ['routes', i];
        if (!isObject(rule)) return problem(at, `a route rule must be an object, not ${typeOf(rule)}`);
        unknown(rule, routeProperties, at, 'a route rule');
        if (string(rule['route'], [...at, 'route'], true)) {
          if (!rule['route'].startsWith('/') && !rule['route'].startsWith('*'))
            problem([...at, 'route'], `must start with /, not ${quoted(rule['route'])}`);
          const wrong = patternProblem(rule['route']);
          if (wrong) problem([...at, 'route'], wrong);
        }
        if (rule['methods'] !== undefined) {
          const list = rule['methods'];
          if (!Array.isArray(list) || list.length === 0)
            problem([...at, 'methods'], 'must be a non-empty array of HTTP methods');
          else
            list.forEach((m, j) => {
              if (typeof m !== 'string' || !methods.includes(m.toUpperCase()))
                problem(
                  [...at, 'methods', j],
                  `must be one of ${methods.join(', ')}, not ${quoted(String(JSON.stringify(m)))}`
                );
            });
        }
        if (rule['rewrite'] !== undefined && rule['redirect'] !== undefined)
          problem([...at, 'redirect'], "'rewrite' and 'redirect' cannot both be set on one route");
        if (rule['rewrite'] !== undefined) sitePath(rule['rewrite'], [...at, 'rewrite']);
        if (rule['redirect'] !== undefined) string(rule['redirect'], [...at, 'redirect']);
        const status = rule['statusCode'];
        if (status !== undefined) {
          if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)
            problem(
              [...at, 'statusCode'],
              `must be an HTTP status code (100 to 599), not ${quoted(JSON.stringify(status))}`
            );
          else if (rule['redirect'] !== undefined && !redirectCodes.includes(status))
            problem([...at, 'statusCode'], `a redirect answers ${redirectCodes.join(', ')}, not ${status}`);
        }
        stringMap(rule['headers'], [...at, 'headers']);
        if (rule['allowedRoles'] !== undefined) {
          const list = rule['allowedRoles'];
          if (!Array.isArray(list))
            problem([...at, 'allowedRoles'], `must be an array of role names, not ${typeOf(list)}`);
          else
            list.forEach((r, j) => {
              if (typeof r !== 'string' || !role.test(r))
                problem(
                  [...at, 'allowedRoles', j],
                  `a role name has only letters, digits and _, not ${quoted(String(JSON.stringify(r)))}`
                );
              else roles.add(r);
            });
        }
      });
  }
  if (roles.size > MAX_ROLES)
    problem(['routes'], `names ${roles.size} distinct roles; at most ${MAX_ROLES} are allowed`);

  const fallback = config['navigationFallback'];
  if (fallback !== undefined) {
    if (!isObject(fallback)) problem(['navigationFallback'], `must be an object, not ${typeOf(fallback)}`);
    else {
      unknown(fallback, ['rewrite', 'exclude'], ['navigationFallback'], 'navigationFallback');
      sitePath(fallback['rewrite'], ['navigationFallback', 'rewrite'], true);
      const exclude = fallback['exclude'];
      if (exclude !== undefined) {
        if (!Array.isArray(exclude))
          problem(
            ['navigationFallback', 'exclude'],
            `must be an array of path patterns, not ${typeOf(exclude)}`
          );
        else
          exclude.forEach((p, j) => {
            if (string(p, ['navigationFallback', 'exclude', j])) {
              const wrong = patternProblem(p);
              if (wrong) problem(['navigationFallback', 'exclude', j], wrong);
            }
          });
      }
    }
  }

  const overrides = config['responseOverrides'];
  if (overrides !== undefined) {
    if (!isObject(overrides))
      problem(['responseOverrides'], `must be an object keyed by status code, not ${typeOf(overrides)}`);
    else
      for (const [code, rule] of Object.entries(overrides)) {
        const at = ['responseOverrides', code];
        if (!overridable.includes(code)) {
          problem(at, `only ${overridable.join(', ')} can be overridden`);
          continue;
        }
        if (!isObject(rule)) {
          problem(at, `must be an object, not ${typeOf(rule)}`);
          continue;
        }
        unknown(rule, ['rewrite', 'redirect', 'statusCode'], at, `a response override`);
        if (rule['rewrite'] !== undefined && rule['redirect'] !== undefined)
          problem([...at, 'redirect'], "'rewrite' and 'redirect' cannot both be set");
        if (rule['rewrite'] !== undefined) sitePath(rule['rewrite'], [...at, 'rewrite']);
        if (rule['redirect'] !== undefined) string(rule['redirect'], [...at, 'redirect']);
        const status = rule['statusCode'];
        if (
          status !== undefined &&
          (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)
        )
          problem(
            [...at, 'statusCode'],
            `must be an HTTP status code (100 to 599), not ${quoted(JSON.stringify(status))}`
          );
      }
  }

  stringMap(config['globalHeaders'], ['globalHeaders']);
  const mimeTypes = config['mimeTypes'];
  if (mimeTypes !== undefined) {
    if (!isObject(mimeTypes))
      problem(['mimeTypes'], `must be an object of extensions to MIME types, not ${typeOf(mimeTypes)}`);
    else
      for (const [ext, type] of Object.entries(mimeTypes)) {
        if (!/^\.[\w.-]+$/.test(ext))
          problem(['mimeTypes', ext], 'a key is a file extension starting with a dot, such as .json');
        if (string(type, ['mimeTypes', ext]) && !/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/.test(type))
          problem(['mimeTypes', ext], `must be a MIME type such as text/json, not ${quoted(type)}`);
      }
  }

  const networking = config['networking'];
  if (networking !== undefined) {
    if (!isObject(networking)) problem(['networking'], `must be an object, not ${typeOf(networking)}`);
    else {
      unknown(networking, ['allowedIpRanges'], ['networking'], 'networking');
      const ranges = networking['allowedIpRanges'];
      if (ranges !== undefined && !Array.isArray(ranges))
        problem(
          ['networking', 'allowedIpRanges'],
          `must be an array of CIDR blocks or service tags, not ${typeOf(ranges)}`
        );
      else
        (ranges ?? []).forEach((r, j) => {
          if (
            string(r, ['networking', 'allowedIpRanges', j]) &&
            /^\d/.test(r) &&
            !/^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/.test(r)
          )
            problem(
              ['networking', 'allowedIpRanges', j],
              `must be an IPv4 block in CIDR notation (10.0.0.0/24), not ${quoted(r)}`
            );
        });
    }
  }
  for (const section of ['auth', 'forwardingGateway', 'platform'] as const) {
    const value = config[section];
    if (value !== undefined && !isObject(value))
      problem([section], `must be an object, not ${typeOf(value)}`);
  }
  const platform = config['platform'];
  if (isObject(platform)) {
    unknown(platform, ['apiRuntime'], ['platform'], 'platform');
    string(platform['apiRuntime'], ['platform', 'apiRuntime']);
  }
  const gateway = config['forwardingGateway'];
  if (isObject(gateway)) {
    unknown(
      gateway,
      ['allowedForwardedHosts', 'requiredHeaders'],
      ['forwardingGateway'],
      'forwardingGateway'
    );
    stringMap(gateway['requiredHeaders'], ['forwardingGateway', 'requiredHeaders']);
  }
  const slash = config['trailingSlash'];
  if (slash !== undefined && !['always', 'never', 'auto'].includes(String(slash)))
    problem(['trailingSlash'], `must be always, never or auto, not ${quoted(JSON.stringify(slash))}`);
  return problems;
}

/** Line and column (1-based) of a character offset. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/**
 * The text of a staticwebapp.config.json, parsed and checked; a mistake is refused with the input, the file, and
 * the JSON pointer (or the line, for text that is not JSON) of each problem.
 */
export function parseConfig(input: string, file: string, text: string): JsonObject {
  let config: Json;
  try {
    config = JSON.parse(text) as Json;
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)$/, '')
      .replace(/ in JSON at position \d+.*$/, '');
    throw new ConfigurationError(
      `input '${input}': ${file}${at ? ` ${position(text, Number(at[1]))}` : ''} is not valid JSON: ${reason}; staticwebapp.config.json is plain JSON (no comments, no trailing commas)`
    );
  }
  const problems = validateConfig(config);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map(p => `${p.pointer || '/'}: ${p.message}`);
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    throw new ConfigurationError(
      `input '${input}': ${file} is not a valid staticwebapp.config.json: ${shown.join('; ')}${more}. Its properties are documented at https://learn.microsoft.com/azure/static-web-apps/configuration`
    );
  }
  return config as JsonObject;
}
