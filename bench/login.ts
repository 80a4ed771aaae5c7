// Login: process start to a verified ARM token, ours (dist/login/index.js as the runner starts it) against
// the sequence Azure/login runs with the az CLI (az version, az cloud set, az login --service-principal
// --federated-token, az account set), both against the same sandbox, in one run.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import type { Sandbox } from '../sandbox/index.js';
import { runAction } from '../sandbox/runner.js';
import { devSubscription, loginInputs, tenantId, deployer } from '../tests/support/world.js';
import { type Stats, stats } from './stats.js';

const exec = promisify(execFile);

export function getJson(
  url: string,
  headers: Record<string, string>,
  ca: string
): Promise<{ value: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers, ca }, response => {
      let body = '';
      response.on('data', chunk => (body += chunk));
      response.on('end', () => resolve(JSON.parse(body) as { value: string }));
    })
      .on('error', reject)
      .end();
  });
}

async function ours(sandbox: Sandbox): Promise<number> {
  const run = await runAction('login', loginInputs, sandbox.env());
  if (run.exitCode !== 0) throw new Error(`login failed in the benchmark: ${run.errors.join('; ')}`);
  return run.durationMs;
}

async function azCli(sandbox: Sandbox): Promise<number> {
  const env = sandbox.env();
  const ca = readFileSync(sandbox.caCertPath, 'utf8');
  const configDir = await mkdtemp(join(tmpdir(), 'bench-az-'));
  const azEnv = {
    ...process.env,
    AZURE_CONFIG_DIR: configDir,
    AZURE_CORE_COLLECT_TELEMETRY: 'false',
    HTTPS_PROXY: sandbox.urls.proxy,
    REQUESTS_CA_BUNDLE: sandbox.caCertPath
  };
  const az = (...args: string[]) => exec('az', args, { env: azEnv });
  const started = performance.now();
  // Azure/login asks GitHub for the ID token itself (core.getIDToken) before handing it to az.
  const { value: idToken } = await getJson(
    `${env['ACTIONS_ID_TOKEN_REQUEST_URL']}&audience=api://AzureADTokenExchange`,
    { authorization: `Bearer ${env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']}` },
    ca
  );
  await az('version', '--output', 'none');
  await az('cloud', 'set', '--name', 'AzureCloud');
  await az(
    'login',
    '--service-principal',
    '--username',
    deployer.appId,
    '--tenant',
    tenantId,
    '--federated-token',
    idToken,
    '--output',
    'none'
  );
  await az('account', 'set', '--subscription', devSubscription.id);
  const elapsed = performance.now() - started;
  await rm(configDir, { recursive: true, force: true });
  return elapsed;
}

export async function benchLogin(sandbox: Sandbox, rounds: number): Promise<{ ours: Stats; peer: Stats }> {
  await ours(sandbox); // warm the file cache for both sides before measuring
  await azCli(sandbox);
  const ourTimes: number[] = [];
  const peerTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    ourTimes.push(await ours(sandbox));
    peerTimes.push(await azCli(sandbox));
  }
  return { ours: stats(ourTimes), peer: stats(peerTimes) };
}
