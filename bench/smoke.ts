// Smoke: our engine against wrk on the same endpoint of the example itinerary service, straight at the service
// (HTTP) and through the sandbox's API Management gateway (HTTPS, subscription key; no rate-limit policy, which
// would turn wrk's load into 429s). Both run closed
// loops at concurrency 16 on loopback: wrk for a few seconds, ours for 500 checks (one request each).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { percentile, type SmokeResult } from '../actions/shared/smoke/index.js';
import { apimServiceOf } from '../sandbox/apim/index.js';
import { itineraryDir, startItineraryService } from '../sandbox/example-service.js';
import type { Sandbox } from '../sandbox/index.js';
import { runAction } from '../sandbox/runner.js';
import { apim, loginInputs } from '../tests/support/world.js';

const exec = promisify(execFile);
const CHECKS = 500;
const CONCURRENCY = 16;
const WRK_SECONDS = 3;
const bundle = fileURLToPath(new URL('../dist/smoke/index.js', import.meta.url));

// wrk prints 50/75/90/99 with --latency; this asks its histogram for exactly p50 and p95 (microseconds).
const wrkScript = `
done = function(summary, latency, requests)
  io.write(string.format("musafirgo p50=%d p95=%d requests=%d errors=%d\\n", latency:percentile(50), latency:percentile(95),
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
`;

export interface SmokeBenchRow {
  target: string;
  /** totalMs: the run (readiness probe and 500 checks); processMs: with Node's start and the bundle's load. */
  ours: { p50Ms: number; p95Ms: number; totalMs: number; processMs: number; failed: number };
  wrk: { p50Ms: number; p95Ms: number; requests: number; errors: number };
  /** One request at a time (200 checks): what a light smoke run sees, and the gateway's own latency. */
  sequential: { p50Ms: number; p95Ms: number };
}

async function wrk(url: string, headers: Record<string, string>, script: string) {
  const args = ['-t', '2', '-c', String(CONCURRENCY), '-d', `${WRK_SECONDS}s`, '-s', script];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  const { stdout } = await exec('wrk', [...args, url]);
  const match = /musafirgo p50=(\d+) p95=(\d+) requests=(\d+) errors=(\d+)/.exec(stdout);
  if (!match) throw new Error(`wrk printed no percentiles:\n${stdout}`);
  return {
    p50Ms: Number(match[1]) / 1000,
    p95Ms: Number(match[2]) / 1000,
    requests: Number(match[3]),
    errors: Number(match[4])
  };
}

/**
 * Ours as a person or a step runs it: the smoke bundle in its own process (the sandbox, and with it the
 * gateway, lives in this one), 500 one-request checks at concurrency 16, its JSON result read back.
 */
async function ours(
  dir: string,
  caCertPath: string,
  baseUrl: string,
  path: string,
  key: string | undefined,
  checks = CHECKS,
  concurrency = CONCURRENCY
) {
  const suite = join(dir, 'bench.yaml');
  await writeFile(
    suite,
    stringify({
      defaults: { samples: 1, retries: 0, headers: { 'Ocp-Apim-Subscription-Key': '${SUBSCRIPTION_KEY}' } },
      checks: Array.from({ length: checks }, () => ({ path, expect: { status: 200 } }))
    })
  );
  const json = join(dir, 'result.json');
  const started = performance.now();
  await exec(
    process.execPath,
    [bundle, suite, '--base-url', baseUrl, '--concurrency', String(concurrency), '--json', json],
    { env: { ...process.env, NODE_EXTRA_CA_CERTS: caCertPath, SUBSCRIPTION_KEY: key ?? '' } }
  );
  const processMs = performance.now() - started;
  const result = JSON.parse(await readFile(json, 'utf8')) as SmokeResult;
  const latencies = result.checks.map(check => check.p50Ms);
  return {
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    totalMs: result.durationMs,
    processMs,
    failed: result.failed
  };
}

/** Runs both targets and prints the table; returns the rows for callers that keep them. */
export async function benchSmoke(sandbox: Sandbox): Promise<SmokeBenchRow[]> {
  const backend = await startItineraryService();
  const dir = await mkdtemp(join(tmpdir(), 'bench-smoke-'));
  try {
    const script = join(dir, 'percentiles.lua');
    await writeFile(script, wrkScript);
    // The API is published as a job would: login, then apim-import, each its own process.
    const login = await runAction('login', loginInputs, sandbox.env());
    const published = await runAction(
      'apim-import',
      {
        'service-name': apim.name,
        'resource-group': apim.resourceGroup,
        spec: join(itineraryDir, 'openapi.yaml'),
        path: 'itinerary',
        'api-version': 'v1',
        'service-url': backend.url
      },
      { ...sandbox.env(), ...login.exported }
    );
    if (published.exitCode !== 0)
      throw new Error(`apim-import failed in the benchmark: ${published.errors.join('; ')}`);
    const gatewayUrl = published.outputs['gateway-url']!;
    const key = apimServiceOf(sandbox).key(apim.name, apim.smokeSubscription);
    const path = '/itineraries/it-fes-chefchaouen';
    const targets = [
      {
        target: 'itinerary service (HTTP, direct)',
        baseUrl: backend.url,
        headers: {} as Record<string, string>
      },
      {
        target: 'through the APIM gateway (HTTPS, key)',
        baseUrl: gatewayUrl,
        headers: { 'Ocp-Apim-Subscription-Key': key }
      }
    ];
    const rows: SmokeBenchRow[] = [];
    for (const { target, baseUrl, headers } of targets) {
      rows.push({
        target,
        ours: await ours(dir, sandbox.caCertPath, baseUrl, path, headers['Ocp-Apim-Subscription-Key']),
        wrk: await wrk(`${baseUrl}${path}`, headers, script),
        sequential: await ours(
          dir,
          sandbox.caCertPath,
          baseUrl,
          path,
          headers['Ocp-Apim-Subscription-Key'],
          200,
          1
        )
      });
    }
    console.log(
      `\nsmoke: GET ${path}, concurrency ${CONCURRENCY}; ours: ${CHECKS} checks, wrk: ${WRK_SECONDS} s`
    );
    const f = (n: number) => n.toFixed(2).padStart(7);
    console.log(
      `  ${'target'.padEnd(46)} ${'ours p50'.padStart(9)} ${'wrk p50'.padStart(9)} ${'ours p95'.padStart(9)} ${'wrk p95'.padStart(9)}  500 checks (process)   wrk requests`
    );
    for (const row of rows) {
      console.log(
        `  ${row.target.padEnd(46)} ${f(row.ours.p50Ms)} ms ${f(row.wrk.p50Ms)} ms ${f(row.ours.p95Ms)} ms ${f(row.wrk.p95Ms)} ms  ${row.ours.totalMs.toFixed(0).padStart(6)} ms (${row.ours.processMs.toFixed(0)} ms)  ${String(row.wrk.requests).padStart(8)}${row.ours.failed || row.wrk.errors ? `  (failures: ours ${row.ours.failed}, wrk ${row.wrk.errors})` : ''}`
      );
    }
    for (const row of rows) {
      console.log(
        `  ${row.target}: ours/wrk p50 ${(row.ours.p50Ms / row.wrk.p50Ms).toFixed(2)}x, p95 ${(row.ours.p95Ms / row.wrk.p95Ms).toFixed(2)}x`
      );
    }
    const [direct, gateway] = rows;
    if (direct && gateway) {
      console.log(
        `  one request at a time (ours, 200 checks): direct p50 ${direct.sequential.p50Ms} ms / p95 ${direct.sequential.p95Ms} ms, through the gateway p50 ${gateway.sequential.p50Ms} ms / p95 ${gateway.sequential.p95Ms} ms: the gateway adds ${(gateway.sequential.p50Ms - direct.sequential.p50Ms).toFixed(2)} ms at p50`
      );
    }
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
    await backend.stop();
  }
}
