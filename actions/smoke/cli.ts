// The smoke checks on a laptop: `npm run smoke -- smoke.yaml --base-url http://localhost:8080 [--key KEY]`,
// or `npx musafirgo-smoke ...` with the bundle. Prints a table; exits 1 when a check or a budget fails.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { errorMessage } from '../shared/errors.js';
import { headline, junitXml, parseDuration, runSmoke } from '../shared/smoke/index.js';
import { suiteFromInputs } from './main.js';

const usage = `usage: musafirgo-smoke <checks.yaml> [--base-url URL] [--key SUBSCRIPTION_KEY] [--concurrency N]
                       [--timeout 60s] [--budget 200ms] [--junit FILE] [--json FILE]
       musafirgo-smoke --url URL [--url URL ...]`;

export async function cli(
  argv: string[],
  print: (line: string) => void = line => console.log(line)
): Promise<number> {
  let values: Record<string, string | string[] | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'base-url': { type: 'string' },
        key: { type: 'string' },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        budget: { type: 'string' },
        junit: { type: 'string' },
        json: { type: 'string' },
        url: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' }
      }
    }));
  } catch (error) {
    print(`${errorMessage(error)}\n${usage}`);
    return 2;
  }
  const urls = (values['url'] as string[] | undefined) ?? [];
  if (values['help'] || (positionals.length !== 1 && urls.length === 0)) {
    print(usage);
    return values['help'] ? 0 : 2;
  }
  try {
    const suite = await suiteFromInputs({
      checks: positionals[0],
      urls,
      concurrency: 8,
      budgetMs: values['budget'] ? parseDuration(values['budget'], '--budget') : undefined
    });
    const result = await runSmoke(suite, {
      baseUrl: values['base-url'] as string | undefined,
      variables: {
        SUBSCRIPTION_KEY: (values['key'] as string | undefined) ?? process.env['SUBSCRIPTION_KEY'] ?? ''
      },
      concurrency: values['concurrency'] ? Number(values['concurrency']) : 8,
      readinessTimeoutMs: values['timeout'] ? parseDuration(values['timeout'], '--timeout') : undefined
    });
    const width = Math.max(5, ...result.checks.map(check => check.name.length));
    print(`${'check'.padEnd(width)}  status  p50 ms  p95 ms  result`);
    for (const check of result.checks) {
      print(
        `${check.name.padEnd(width)}  ${String(check.status).padStart(6)}  ${String(check.p50Ms).padStart(6)}  ${String(check.p95Ms).padStart(6)}  ${check.ok ? 'pass' : `FAIL ${check.failures.join('; ')}`}`
      );
    }
    print(headline(result));
    if (values['junit']) await writeFile(values['junit'] as string, junitXml(result));
    if (values['json']) await writeFile(values['json'] as string, JSON.stringify(result, null, 2));
    return result.ok ? 0 : 1;
  } catch (error) {
    print(`smoke: ${errorMessage(error)}`);
    return 2;
  }
}
