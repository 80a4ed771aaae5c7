import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { armClientOptions, withoutFormData } from '../shared/arm.js';
import { sessionFromEnv } from '../shared/azure.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { armScope } from '../shared/cloud.js';
import { ConfigurationError } from '../shared/errors.js';
import { formatBytes } from '../shared/files.js';
import { Phases, formatMs, logRetry } from '../shared/log.js';
import { trackRetryAfter } from '../shared/lro.js';
import { smokeGate } from '../shared/smoke-gate.js';
import { StepFailure, runStep } from '../shared/step.js';
import { appendSummary, markdownTable } from '../shared/summary.js';
import { MAX_APP_BYTES, entries } from './content.js';
import { MARKER_PATH, PRODUCTION, getInputs, type DeleteInputs, type DeployInputs } from './inputs.js';
import { deleteBuild, readBuild, readSite, zipDeploy, type SiteDeps } from './site.js';
import { uploadPackages } from './upload.js';
import { waitServed } from './verify.js';
import { writeZip } from './zip.js';

export interface RunOptions {
  clock?: Clock;
}

const STORAGE_SCOPE = 'https://storage.azure.com/.default';

/** The deploy-swa step: a built site (and its API) to a Static Web App's production or preview environment. */
export async function run(options: RunOptions = {}): Promise<void> {
  const clock = options.clock ?? systemClock;
  const phases = new Phases(clock.now);
  await runStep('deploy-swa', async () => {
    const inputs = getInputs();
    const session = sessionFromEnv('deploy-swa', process.env, { clock });
    const deadline = clock.now() + inputs.timeoutMs;
    // The SDKs load while the credential asks GitHub and Entra for tokens, and while the package is zipped.
    const arm = Promise.all([
      import('@azure/arm-appservice/api'),
      import('@azure/arm-appservice/api/staticSites')
    ]);
    const storage = inputs.mode === 'deploy' ? import('@azure/storage-blob') : undefined;
    const tokens = Promise.all([
      session.credential.getToken(armScope(session.cloud)),
      ...(inputs.mode === 'deploy' ? [session.credential.getToken(STORAGE_SCOPE)] : [])
    ]);
    for (const pending of [arm, storage, tokens]) pending?.catch(() => undefined);

    const packages =
      inputs.mode === 'deploy' ? await phases.time('Package', () => buildPackages(inputs)) : undefined;
    const [api, ops] = await arm;
    const retryAfter = trackRetryAfter();
    const client = withoutFormData(
      api.createWebSiteManagement(session.credential, inputs.subscriptionId, armClientOptions(session.cloud))
    );
    client.pipeline.addPolicy(retryAfter.policy);
    await tokens;
    const deps: SiteDeps = {
      client,
      ops,
      clock,
      identity: session.credential.clientId,
      retryAfter,
      onRetry: logRetry
    };
    if (inputs.mode === 'delete') return remove(inputs, deps, phases, deadline);

    const site = await phases.time('Read site', () => readSite(deps, inputs));
    const preview = inputs.environment !== PRODUCTION;
    if (preview && site.stagingEnvironmentPolicy === 'Disabled') {
      throw new ConfigurationError(
        `Static Web App '${inputs.app}' has preview environments disabled (stagingEnvironmentPolicy: Disabled); enable them, or deploy to production`
      );
    }
    if (site.sku === 'Free' && inputs.output.bytes > MAX_APP_BYTES / 2) {
      throw new ConfigurationError(
        `input 'output': ${formatBytes(inputs.output.bytes)} is over the 250 MB a Free plan Static Web App may hold; move '${inputs.app}' to the Standard plan`
      );
    }
    const existed = preview ? (await readBuild(deps, inputs)) !== undefined : true;
    core.info(
      `Deploying ${inputs.output.files.length} files (${formatBytes(inputs.output.bytes)}) to ${preview ? `preview environment ${inputs.environment}` : 'production'} of Static Web App ${inputs.app} as deployment ${inputs.deploymentId}`
    );

    const upload = await phases.time('Upload', async () =>
      uploadPackages(
        {
          sdk: await storage!,
          credential: session.credential,
          clock,
          identity: session.credential.clientId,
          onRetry: logRetry
        },
        {
          account: inputs.storageAccount,
          container: inputs.storageContainer,
          cloud: session.cloud.name,
          prefix: `${inputs.app}/${inputs.deploymentId}`,
          validForMs: inputs.timeoutMs,
          deadline
        },
        packages!.zips
      )
    );
    let cleanup: string | undefined;
    try {
      await phases.time('Zip deployment', () =>
        zipDeploy(
          deps,
          inputs,
          {
            appZipUrl: upload.urls['app.zip']!,
            ...(upload.urls['api.zip'] ? { apiZipUrl: upload.urls['api.zip'] } : {}),
            deploymentTitle: `${inputs.deploymentTitle} (deployment ${inputs.deploymentId})`
          },
          Math.max(1000, deadline - clock.now())
        )
      );
    } finally {
      cleanup = await phases.time('Delete package blobs', () => upload.remove());
      if (cleanup) core.warning(`${cleanup}; delete them by hand, they hold the site's files`);
    }
    const hostname = preview ? (await readBuild(deps, inputs))?.hostname : site.defaultHostname;
    if (!hostname) {
      throw new StepFailure(
        `the zip deployment to environment ${inputs.environment} completed, but ARM has no such environment of '${inputs.app}' afterwards`,
        'Run the job again; if it persists, look at the environments of the Static Web App in the portal'
      );
    }
    const url = `https://${hostname}`;
    core.setOutput('url', url);
    core.setOutput('environment', inputs.environment);
    core.setOutput('deployment-id', inputs.deploymentId);

    const served = await phases.time('Served', () =>
      waitServed(
        url,
        { kind: inputs.verify, deploymentId: inputs.deploymentId, indexSha256: packages!.indexSha256 },
        { clock, deadline, log: core.info }
      )
    );
    const where = preview ? `preview environment ${inputs.environment}` : 'production';
    const report = { inputs, packages: packages!, url, where, existed, served, cleanup };
    if (!served.ok) {
      summarize({ ...report, title: 'deployed, NOT serving the new build' }, phases);
      throw new StepFailure(
        `the zip deployment to ${where} of '${inputs.app}' completed, but ${url} does not serve it: ${formatMs(served.elapsedMs)} and ${plural(served.attempts, 'request')} later it answers ${served.seen} where ${inputs.verify === 'marker' ? `/${MARKER_PATH} should name deployment ${inputs.deploymentId}` : "index.html's hash should match the deployed file"}`,
        `Nothing was rolled back. Check that no route in staticwebapp.config.json hides ${inputs.verify === 'marker' ? `/${MARKER_PATH}` : '/'}, then run the job again (with a longer timeout if the edge is slow)`
      );
    }
    let smoke: string | undefined;
    const gate = smokeGate(inputs, clock);
    if (gate) {
      const result = await phases.time('Smoke', () => gate(url));
      smoke = result.detail;
      if (!result.ok) {
        summarize({ ...report, smoke: `FAILED: ${smoke}`, title: 'deployed, smoke suite FAILED' }, phases);
        throw new StepFailure(
          `the smoke suite failed against ${url}: ${smoke}; the new build is live in ${where} (Static Web Apps keeps no previous build to return to, nothing was rolled back)`,
          preview
            ? 'Fix the site and push again: the preview follows the pull request'
            : 'Fix and deploy again, or re-run the deploy job of the last good commit'
        );
      }
    }
    summarize(
      {
        ...report,
        smoke,
        title: preview
          ? `deployed to ${where} (${existed ? 'updated' : 'created'})`
          : 'deployed to production'
      },
      phases
    );
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

interface Packages {
  zips: Record<string, Buffer>;
  indexSha256: string;
  apiFiles?: number;
}

/** The app's zip (its files, staticwebapp.config.json at the root, the build marker) and the API's, built in memory. */
async function buildPackages(inputs: DeployInputs): Promise<Packages> {
  const marker = Buffer.from(
    `${JSON.stringify({
      deployment: inputs.deploymentId,
      commit: inputs.commit,
      run: process.env['GITHUB_RUN_ID']
        ? `${process.env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${process.env['GITHUB_REPOSITORY']}/actions/runs/${process.env['GITHUB_RUN_ID']}`
        : undefined
    })}\n`
  );
  const app = entries(
    inputs.output,
    inputs.verify === 'marker' ? [{ path: MARKER_PATH, data: marker }] : [],
    inputs.configPath
  );
  const index = app.find(e => e.path === 'index.html')!;
  const zips: Record<string, Buffer> = { 'app.zip': await writeZip(app) };
  if (inputs.api) zips['api.zip'] = await writeZip(entries(inputs.api));
  return {
    zips,
    indexSha256: createHash('sha256').update(index.data).digest('hex'),
    ...(inputs.api ? { apiFiles: inputs.api.files.length } : {})
  };
}

async function remove(inputs: DeleteInputs, deps: SiteDeps, phases: Phases, deadline: number): Promise<void> {
  const deleted = await phases.time('Delete environment', () =>
    deleteBuild(deps, inputs, Math.max(1000, deadline - deps.clock.now()))
  );
  core.setOutput('environment', inputs.environment);
  core.setOutput('url', '');
  core.setOutput('deployment-id', '');
  core.info(
    deleted
      ? `Deleted preview environment ${inputs.environment} of ${inputs.app}`
      : `Preview environment ${inputs.environment} of ${inputs.app} was already gone`
  );
  appendSummary(
    [
      `### Static Web App ${inputs.app}: preview environment ${inputs.environment} ${deleted ? 'deleted' : 'already gone'}`,
      '',
      phases.table(),
      ''
    ].join('\n')
  );
}

function summarize(
  report: {
    inputs: DeployInputs;
    packages: Packages;
    url: string;
    where: string;
    existed: boolean;
    served: { ok: boolean; seen: string; attempts: number; elapsedMs: number };
    cleanup?: string;
    smoke?: string;
    title: string;
  },
  phases: Phases
): void {
  const { inputs, packages, served } = report;
  const config = inputs.config as
    | {
        routes?: unknown[];
        navigationFallback?: { rewrite?: string };
        responseOverrides?: object;
        globalHeaders?: object;
      }
    | undefined;
  const configText = config
    ? [
        `${config.routes?.length ?? 0} routes`,
        ...(config.navigationFallback?.rewrite ? [`fallback ${config.navigationFallback.rewrite}`] : []),
        ...(config.responseOverrides
          ? [`overrides ${Object.keys(config.responseOverrides).join(', ')}`]
          : []),
        ...(config.globalHeaders ? [`${Object.keys(config.globalHeaders).length} global headers`] : [])
      ].join(', ')
    : 'none';
  const rows = [
    [
      'Environment',
      `${inputs.environment}${inputs.environment === PRODUCTION ? '' : ` (preview, ${report.existed ? 'updated' : 'created'})`}`
    ],
    ['URL', report.url],
    ['Deployment', `${inputs.deploymentId} (${inputs.deploymentTitle})`],
    [
      'Files',
      `${inputs.output.files.length} (${formatBytes(inputs.output.bytes)}; package ${formatBytes(packages.zips['app.zip']!.length)})`
    ],
    ...(inputs.api
      ? [['API', `${packages.apiFiles} files (package ${formatBytes(packages.zips['api.zip']!.length)})`]]
      : []),
    ['staticwebapp.config.json', configText],
    [
      'Served',
      served.ok
        ? `${served.seen}, after ${formatMs(served.elapsedMs)} (${plural(served.attempts, 'request')})`
        : `NO: ${served.seen}`
    ],
    ...(report.smoke ? [['Smoke', report.smoke]] : []),
    ['Package blobs', report.cleanup ?? `deleted from ${inputs.storageAccount}/${inputs.storageContainer}`]
  ];
  appendSummary(
    [
      `### Static Web App ${inputs.app}: ${report.title}`,
      '',
      markdownTable(['What', 'Value'], rows),
      '',
      phases.table(),
      ''
    ].join('\n')
  );
}
