// Start-up: process start to the first request the sandbox receives, for each bundled action, now and at a
// baseline commit (by default the last one before the actions used @actions/core), both bundles run by this
// Node against one sandbox. The first request is the step's first work on the network (an ID token from
// GitHub for most actions), so what is measured is loading the bundle and reading the inputs.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Sandbox } from '../sandbox/index.js';
import {
  apim,
  devRegistry,
  devSubscription,
  itineraryApp,
  loginInputs,
  prodRegistry
} from '../tests/support/world.js';
import { deployStorage, landingSite } from '../tests/support/swa.js';
import { stats, type Stats } from './stats.js';

const root = new URL('..', import.meta.url).pathname;
const digest = `sha256:${'ab'.repeat(32)}`;

/** Inputs each action accepts both now and at the baseline, enough to reach its first request. */
function inputsFor(sandbox: Sandbox): Record<string, Record<string, string>> {
  return {
    login: loginInputs,
    'build-push': {
      image: `${devRegistry.loginServer}/itinerary`,
      context: join(root, 'examples/itinerary')
    },
    promote: {
      source: `${devRegistry.loginServer}/itinerary@${digest}`,
      target: `${prodRegistry.loginServer}/itinerary`
    },
    'deploy-aca': {
      'subscription-id': devSubscription.id,
      'resource-group': itineraryApp.resourceGroup,
      app: itineraryApp.name,
      image: `${devRegistry.loginServer}/itinerary@${digest}`,
      'revision-suffix': 'startup-1'
    },
    'deploy-aks': {
      'subscription-id': devSubscription.id,
      'resource-group': 'rg-musafirgo-dev',
      cluster: 'aks-musafirgo-dev',
      manifests: join(root, 'examples/itinerary/k8s/deployment.yaml'),
      images: `itinerary=${devRegistry.loginServer}/itinerary@${digest}`
    },
    'apim-import': {
      'subscription-id': apim.subscriptionId,
      'resource-group': apim.resourceGroup,
      'service-name': apim.name,
      spec: join(root, 'examples/itinerary/openapi.yaml'),
      path: 'itinerary'
    },
    smoke: { urls: `${sandbox.urls.github}/.well-known/openid-configuration` },
    // New since the baseline: its figure stands alone.
    'deploy-swa': {
      'subscription-id': landingSite.subscriptionId,
      'resource-group': landingSite.resourceGroup,
      app: landingSite.name,
      output: join(root, 'examples/landing/site'),
      'storage-account': deployStorage.account
    }
  };
}

/** Milliseconds from spawning the bundle to the arrival of the first request it makes. */
async function firstRequest(
  sandbox: Sandbox,
  bundle: string,
  inputs: Record<string, string>,
  workdir: string
): Promise<number | undefined> {
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: workdir,
    RUNNER_TEMP: workdir,
    GITHUB_SHA: '3f78685e1c2a4b5d6e7f8091a2b3c4d5e6f70819',
    GITHUB_REPOSITORY: 'musafirgo/itinerary',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    ...sandbox.env(),
    // What login exports for the steps after it.
    AZURE_CLIENT_ID: loginInputs['client-id'],
    AZURE_TENANT_ID: loginInputs['tenant-id'],
    AZURE_SUBSCRIPTION_ID: devSubscription.id
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const since = sandbox.calls().length;
  const spawned = Date.now();
  const child = spawn(process.execPath, [bundle], { env, cwd: workdir, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', chunk => (log += chunk));
  child.stderr.on('data', chunk => (log += chunk));
  await new Promise(resolve => child.on('close', resolve));
  const arrivals = sandbox
    .calls()
    .slice(since)
    .map(call => call.at - call.durationMs);
  if (arrivals.length === 0 && process.env['BENCH_DEBUG']) console.error(log);
  return arrivals.length ? Math.max(0, Math.min(...arrivals) - spawned) : undefined;
}

export interface StartupRow {
  action: string;
  now: Stats;
  baseline?: Stats;
}

export async function benchStartup(
  sandbox: Sandbox,
  rounds: number,
  baseline: string
): Promise<StartupRow[]> {
  const work = await mkdtemp(join(tmpdir(), 'bench-startup-'));
  const old = join(work, 'baseline');
  let haveBaseline = true;
  try {
    execFileSync('mkdir', ['-p', old]);
    // The baseline's bundles, from git: self-contained files, so they run from anywhere.
    execFileSync('sh', ['-c', `git -C "${root}" archive "${baseline}" dist | tar -x -C "${old}"`], {
      stdio: 'ignore'
    });
  } catch {
    haveBaseline = false;
  }
  try {
    const rows: StartupRow[] = [];
    for (const [action, inputs] of Object.entries(inputsFor(sandbox))) {
      const times: { now: number[]; baseline: number[] } = { now: [], baseline: [] };
      for (let round = 0; round <= rounds; round++) {
        // Round 0 warms the file cache for both and is not counted.
        const now = await firstRequest(sandbox, join(root, 'dist', action, 'index.js'), inputs, work);
        const before =
          haveBaseline && existsSync(join(old, 'dist', action, 'index.js'))
            ? await firstRequest(sandbox, join(old, 'dist', action, 'index.js'), inputs, work)
            : undefined;
        if (round === 0) continue;
        if (now !== undefined) times.now.push(now);
        if (before !== undefined) times.baseline.push(before);
      }
      rows.push({
        action,
        now: stats(times.now),
        ...(times.baseline.length ? { baseline: stats(times.baseline) } : {})
      });
    }
    return rows;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
