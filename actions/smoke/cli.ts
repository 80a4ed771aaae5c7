// The smoke checks on a laptop: `npm run smoke -- smoke.yaml --base-url http://localhost:8080 [--key KEY]`,
// or `npx musafirgo-smoke ...` with the bundle. Prints a table; exits 1 when a check or a budget fails.
import { writeFile } from 'node:fs/promises';
import { cut, defineCommand, helpText, parseCommandLine, usageError, UsageError } from '../shared/args.js';
import { errorMessage } from '../shared/errors.js';
import { headline, junitXml, parseDuration, runSmoke } from '../shared/smoke/index.js';
import { suiteFromInputs } from './main.js';

const command = defineCommand({
  name: 'smoke',
  invocation: 'musafirgo-smoke',
  usage: [
    'musafirgo-smoke <checks.yaml> [--base-url URL] [--key SUBSCRIPTION_KEY] [--concurrency N]',
    '                [--timeout 60s] [--budget 200ms] [--junit FILE] [--json FILE]',
    'musafirgo-smoke --url URL [--url URL ...]',
    'npm run smoke -- <the same arguments>'
  ],
  summary:
    "Runs the smoke action's checks from this machine against any URL: waits for the service to be ready, " +
    'runs each check within its latency budget, prints a table, and exits 1 when a check or a budget fails ' +
    '(2 on a usage mistake).',
  flags: {
    'base-url': { type: 'string', value: 'url', description: 'base URL of the relative paths, ${BASE_URL}' },
    key: {
      type: 'string',
      value: 'subscription-key',
      description: '${SUBSCRIPTION_KEY} in the checks',
      defaultText: 'the SUBSCRIPTION_KEY variable'
    },
    concurrency: { type: 'string', value: 'n', default: '8', description: 'checks in flight at once' },
    timeout: {
      type: 'string',
      value: 'duration',
      description: 'how long to wait for readiness (60s, 2m)',
      defaultText: "the checks file's readiness.timeout"
    },
    budget: {
      type: 'string',
      value: 'duration',
      description: 'p95 latency budget of the checks that declare none (200ms)'
    },
    junit: { type: 'string', value: 'file', description: 'write a JUnit XML report there' },
    json: { type: 'string', value: 'file', description: 'write the result as JSON there' },
    url: {
      type: 'string',
      value: 'url',
      multiple: true,
      description: 'a URL to GET instead of a checks file; each must answer 2xx'
    }
  },
  positionals: { name: 'checks file', description: 'the smoke checks (YAML) to run', max: 1 },
  examples: [
    'npm run smoke -- examples/itinerary/smoke.yaml --base-url http://localhost:8080',
    'npx musafirgo-smoke --url https://itinerary.example.com/health --budget 300ms'
  ]
});

/**
 * Runs the command line `argv`; returns the exit code. The table and the help go to `print`, a usage
 * mistake or an error to `printError` (stderr by default, `print` when only `print` is given).
 */
export async function cli(
  argv: string[],
  print?: (line: string) => void,
  printError?: (line: string) => void
): Promise<number> {
  const out = print ?? ((line: string) => console.log(line));
  const err = printError ?? print ?? ((line: string) => console.error(line));
  let values;
  let positionals: string[];
  try {
    const parsed = parseCommandLine(command, argv);
    if (parsed === 'help') {
      out(helpText(command));
      return 0;
    }
    ({ values, positionals } = parsed);
    if (positionals.length === 0 && values.url.length === 0)
      throw usageError(command, 'give a checks file or at least one --url');
    if (!/^\d+$/.test(values.concurrency) || +values.concurrency < 1 || +values.concurrency > 256)
      throw usageError(
        command,
        `--concurrency must be an integer from 1 to 256, not '${cut(values.concurrency)}'`
      );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(error.message);
    return 2;
  }
  try {
    const suite = await suiteFromInputs({
      checks: positionals[0],
      urls: values.url,
      concurrency: Number(values.concurrency),
      budgetMs: values.budget ? parseDuration(values.budget, '--budget') : undefined
    });
    const result = await runSmoke(suite, {
      baseUrl: values['base-url'],
      variables: { SUBSCRIPTION_KEY: values.key ?? process.env['SUBSCRIPTION_KEY'] ?? '' },
      concurrency: Number(values.concurrency),
      readinessTimeoutMs: values.timeout ? parseDuration(values.timeout, '--timeout') : undefined
    });
    const width = Math.max(5, ...result.checks.map(check => check.name.length));
    out(`${'check'.padEnd(width)}  status  p50 ms  p95 ms  result`);
    for (const check of result.checks) {
      out(
        `${check.name.padEnd(width)}  ${String(check.status).padStart(6)}  ${String(check.p50Ms).padStart(6)}  ${String(check.p95Ms).padStart(6)}  ${check.ok ? 'pass' : `FAIL ${check.failures.join('; ')}`}`
      );
    }
    out(headline(result));
    if (values.junit) await writeFile(values.junit, junitXml(result));
    if (values.json) await writeFile(values.json, JSON.stringify(result, null, 2));
    return result.ok ? 0 : 1;
  } catch (error) {
    err(`smoke: ${errorMessage(error)}`);
    return 2;
  }
}
