import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { staticSitesService, type StaticSitesService } from '../../sandbox/staticsites/index.js';
import { storageService, type StorageService } from '../../sandbox/storage/index.js';
import { deployStorage, landingSite, sharedStorage } from '../support/swa.js';
import { loginInputs, noRoles, tenantId } from '../support/world.js';

const root = new URL('../..', import.meta.url).pathname;
let sandbox: Sandbox;
let swa: StaticSitesService;
let storage: StorageService;
let stepEnv: Record<string, string>;
let workspace: string;
const runs: ActionRun[] = [];

const base = {
  'resource-group': landingSite.resourceGroup,
  app: landingSite.name,
  'storage-account': deployStorage.account
};

async function deploySwa(
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  const run = await runAction('deploy-swa', inputs, { ...stepEnv, ...env }, { workspace });
  runs.push(run);
  return run;
}

/** GET through the sandbox's proxy, as a visitor's browser would reach the site. */
function fetchSite(
  url: string
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { agent: new HttpsProxyAgent(sandbox.urls.proxy), ca: sandbox.tls.ca }, res => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

/** A pull request's job: GITHUB_REF names its number, as on GitHub. */
const pullRequest = (n: number) => ({
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REF: `refs/pull/${n}/merge`
});

beforeAll(async () => {
  storage = storageService();
  swa = staticSitesService();
  sandbox = await startSandbox({ services: [storage, swa] });
  workspace = await mkdtemp(join(tmpdir(), 'landing-repo-'));
  await cp(join(root, 'examples/landing'), workspace, { recursive: true });
  const jobEnv = sandbox.env();
  const login = await runAction('login', loginInputs, jobEnv);
  expect(login.exitCode).toBe(0);
  stepEnv = { ...jobEnv, ...login.exported };
}, 60_000);
afterAll(async () => {
  await sandbox.stop();
  // No token, key or SAS appears anywhere a person could see it.
  const secrets = [...sandbox.issuedSecrets(), ...storage.secrets(), ...swa.secrets()];
  expect(storage.secrets().length).toBeGreaterThan(0);
  for (const run of runs) for (const secret of secrets) expect(run.visible).not.toContain(secret);
});

describe('dist/deploy-swa/index.js run as the runner runs it', () => {
  it('deploys the landing page to production: served, smoke-tested, the package blob deleted', async () => {
    const before = await fetchSite(`https://${landingSite.hostname}/`);
    expect(before.body).toContain('Congratulations on your new site');
    const run = await deploySwa({ ...base, output: 'site', smoke: 'smoke.yaml' });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      url: `https://${landingSite.hostname}`,
      environment: 'production',
      'deployment-id': expect.stringMatching(/^[0-9a-f-]{36}$/)
    });
    const page = await fetchSite(`https://${landingSite.hostname}/`);
    expect(page.body).toContain('utm_source=landing&amp;utm_medium=cta&amp;utm_campaign=poc-launch');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const marker = JSON.parse(
      (await fetchSite(`https://${landingSite.hostname}/.musafirgo-build.json`)).body
    ) as Record<string, string>;
    expect(marker).toMatchObject({ deployment: run.outputs['deployment-id'], commit: stepEnv['GITHUB_SHA'] });
    expect(swa.builds(landingSite.name)['default']).toMatchObject({ status: 'Ready', deployments: 1 });
    expect(await storage.blobs(deployStorage.account, deployStorage.container)).toEqual([]);
    expect(run.summary).toContain(`### Static Web App ${landingSite.name}: deployed to production`);
    expect(run.summary).toContain('| Files | 4 (');
    expect(run.summary).toContain(
      '| staticwebapp.config.json | 2 routes, fallback /index.html, overrides 404, 2 global headers |'
    );
    expect(run.summary).toMatch(/\| Smoke \| 4\/4 checks passed/);
    for (const phase of [
      'Package',
      'Read site',
      'Upload',
      'Zip deployment',
      'Delete package blobs',
      'Served',
      'Smoke',
      'Total'
    ])
      expect(run.summary).toContain(`| ${phase} |`);
    // The package went through a blob: written with the step's token, read by the deployment through a SAS.
    const operations = storage.calls().map(c => `${c.operation} ${c.auth} ${c.status}`);
    expect(operations).toEqual(
      expect.arrayContaining([
        'PutBlob bearer 201',
        'GetUserDelegationKey bearer 200',
        'GetBlob sas 200',
        'DeleteBlob bearer 202'
      ])
    );
  });

  it('creates a preview environment for a pull request, updates it on the next push, deletes it when the pull request closes', async () => {
    const previewHost = landingSite.hostname.replace(/^([^.]+)/, '$1-7');
    const created = await deploySwa({ ...base, output: 'site' }, pullRequest(7));
    expect(created.errors).toEqual([]);
    expect(created.outputs['environment']).toBe('7');
    expect(created.outputs['url']).toBe(`https://${previewHost}`);
    expect(created.summary).toContain('deployed to preview environment 7 (created)');
    expect((await fetchSite(`https://${previewHost}/`)).body).toContain('Plan my trip');

    await writeFile(
      join(workspace, 'site/index.html'),
      (await fetchSite(`https://${previewHost}/`)).body.replace('Plan my trip', 'Plan my trip now')
    );
    const updated = await deploySwa({ ...base, output: 'site' }, pullRequest(7));
    expect(updated.errors).toEqual([]);
    expect(updated.summary).toContain('deployed to preview environment 7 (updated)');
    expect((await fetchSite(`https://${previewHost}/`)).body).toContain('Plan my trip now');
    expect(swa.builds(landingSite.name)['7']).toMatchObject({ deployments: 2, status: 'Ready' });
    // Production is untouched by the preview.
    expect((await fetchSite(`https://${landingSite.hostname}/`)).body).not.toContain('Plan my trip now');

    // As the runner passes them: every input's default from action.yml comes along.
    const closed = await deploySwa(
      {
        ...base,
        'storage-account': '',
        mode: 'delete',
        'storage-container': 'swa-deployments',
        verify: 'marker',
        timeout: '10m'
      },
      pullRequest(7)
    );
    expect(closed.errors).toEqual([]);
    expect(closed.summary).toContain(`### Static Web App ${landingSite.name}: preview environment 7 deleted`);
    expect(swa.builds(landingSite.name)['7']).toBeUndefined();
    expect((await fetchSite(`https://${previewHost}/`)).status).toBe(404);
    const again = await deploySwa({ ...base, 'storage-account': '', mode: 'delete' }, pullRequest(7));
    expect(again.exitCode).toBe(0);
    expect(again.summary).toContain('preview environment 7 already gone');
  });

  it('refuses an invalid staticwebapp.config.json with the JSON pointer of each mistake, before any request', async () => {
    const before = sandbox.calls({ service: 'arm' }).length;
    const calls = storage.calls().length;
    const broken = join(workspace, 'broken.config.json');
    await writeFile(
      broken,
      JSON.stringify({
        routes: [{ route: '/admin/*', rewrite: '/admin.html', redirect: '/login' }, { rout: '/x' }],
        navigationFallback: { exclude: ['/images/*.png'] },
        responseOverrides: { 500: { rewrite: '/500.html' } }
      })
    );
    const run = await deploySwa({ ...base, output: 'site', config: 'broken.config.json' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `deploy-swa: input 'config': ${broken} is not a valid staticwebapp.config.json: /routes/0/redirect: 'rewrite' and 'redirect' cannot both be set on one route; /routes/1/rout: not a property of a route rule (did you mean 'route'?); /routes/1/route: is required; /navigationFallback/rewrite: is required; /responseOverrides/500: only 400, 401, 403, 404 can be overridden. Its properties are documented at https://learn.microsoft.com/azure/static-web-apps/configuration`
    ]);
    await writeFile(broken, '{ "routes": [ { "route": "/a", } ] }');
    const notJson = await deploySwa({ ...base, output: 'site', config: 'broken.config.json' });
    expect(notJson.errors[0]).toMatch(
      /^deploy-swa: input 'config': .*broken\.config\.json line 1, column \d+ is not valid JSON: .*; staticwebapp\.config\.json is plain JSON \(no comments, no trailing commas\)$/
    );
    expect(sandbox.calls({ service: 'arm' }).length).toBe(before);
    expect(storage.calls().length).toBe(calls);
  });

  it('names the storage role the identity lacks, and the Static Web App role', async () => {
    const noBlobRole = await deploySwa({ ...base, output: 'site', 'storage-account': sharedStorage.account });
    expect(noBlobRole.exitCode).toBe(1);
    expect(noBlobRole.errors[0]).toContain(
      `deploy-swa: ${loginInputs['client-id']} may not write blobs of storage account '${sharedStorage.account}' (AuthorizationPermissionMismatch); give it the Storage Blob Data Contributor role on the account`
    );
    // Nothing was deployed with it.
    expect(swa.builds(landingSite.name)['default']!.deployments).toBe(1);

    const jobEnv = sandbox.env();
    const login = await runAction(
      'login',
      { ...loginInputs, 'client-id': noRoles.appId, 'allow-no-subscriptions': 'true' },
      jobEnv
    );
    const noArmRole = await deploySwa(
      { ...base, output: 'site', 'subscription-id': landingSite.subscriptionId },
      { ...jobEnv, ...login.exported, AZURE_CLIENT_ID: noRoles.appId, AZURE_TENANT_ID: tenantId }
    );
    expect(noArmRole.exitCode).toBe(1);
    expect(noArmRole.errors[0]).toContain(
      `deploy-swa: ${noRoles.appId} may not read Static Web App '${landingSite.name}' (AuthorizationFailed); give it the Contributor role on the Static Web App`
    );
  });

  it('fails when the site does not serve the new build afterwards, saying what it serves instead', async () => {
    swa.holdContent(landingSite.name);
    const served = JSON.parse(
      (await fetchSite(`https://${landingSite.hostname}/.musafirgo-build.json`)).body
    ) as { deployment: string };
    const run = await deploySwa({ ...base, output: 'site', timeout: '4s' });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(
      new RegExp(
        `^deploy-swa: the zip deployment to production of '${landingSite.name}' completed, but https://${landingSite.hostname.replace(/\./g, '\\.')} does not serve it: .* and \\d+ requests later it answers deployment ${served.deployment} \\(commit 3f78685\\) where /\\.musafirgo-build\\.json should name deployment ${run.outputs['deployment-id']}\\. Nothing was rolled back`
      )
    );
    expect(run.summary).toContain('deployed, NOT serving the new build');
    expect(await storage.blobs(deployStorage.account, deployStorage.container)).toEqual([]);
  });

  it("deploys an API with the site, and proves it by index.html's hash when asked to add nothing", async () => {
    await mkdir(join(workspace, 'api/hello'), { recursive: true });
    await writeFile(
      join(workspace, 'api/hello/function.json'),
      JSON.stringify({ bindings: [{ type: 'httpTrigger', direction: 'in', name: 'req' }] })
    );
    await writeFile(
      join(workspace, 'api/hello/index.js'),
      'module.exports = async () => ({ body: "hello" });\n'
    );
    const run = await deploySwa({ ...base, output: 'site', api: 'api', verify: 'index', environment: 'api' });
    expect(run.errors).toEqual([]);
    expect(run.summary).toMatch(/\| API \| 2 files \(package [\d.]+ (B|KB)\) \|/);
    expect(run.summary).toMatch(/\| Served \| index\.html sha256:[0-9a-f]{12}, after/);
    const build = swa.builds(landingSite.name)['api']!;
    expect(build.functions).toEqual(['hello']);
    expect(build.files).not.toContain('.musafirgo-build.json');
    await deploySwa({ ...base, 'storage-account': '', mode: 'delete', environment: 'api' });
  });

  it('checks every input and reads every file before the first request', async () => {
    const arm = sandbox.calls({ service: 'arm' }).length;
    const blob = storage.calls().length;
    const errors = async (inputs: Record<string, string>, env: Record<string, string> = {}) =>
      (await deploySwa(inputs, env)).errors;
    expect(
      await errors({ ...base, mode: 'delete', output: 'site', smoke: 'smoke.yaml' }, pullRequest(9))
    ).toEqual([
      "deploy-swa: inputs 'output', 'storage-account', 'smoke' only apply to mode deploy; mode delete only removes a preview environment"
    ]);
    expect(await errors({ ...base, 'storage-account': '', mode: 'delete' })).toEqual([
      "deploy-swa: mode delete removes a preview environment; 'production' is the site itself (delete the Static Web App resource to remove it). Name the environment, or run on the pull_request event whose preview it is"
    ]);
    expect(await errors({ ...base, output: 'site', 'error-budget': '5' })).toEqual([
      "deploy-swa: input 'error-budget' applies to the smoke suite: give 'smoke' too, or leave it out"
    ]);
    expect(await errors({ ...base, output: '.' })).toEqual([
      "deploy-swa: input 'output': '.' has no index.html at its root; name the folder the build wrote the site to (for ng build, dist/<project>/browser)"
    ]);
    expect(await errors({ ...base, output: 'site', timeout: '99999999999h' })).toEqual([
      "deploy-swa: input 'timeout' must be between 1s and 6h (a GitHub job stops after 6 hours), not '99999999999h'"
    ]);
    expect(await errors({ ...base, output: 'site', environment: 'Feature/Login' })).toEqual([
      "deploy-swa: input 'environment' must be production or a preview environment name (lower case letters, digits and '-', at most 20, as it becomes part of a host name), not 'feature/login'"
    ]);
    expect(await errors({ ...base, output: 'site', smoke: 'missing-smoke.yaml' })).toEqual([
      expect.stringMatching(/^deploy-swa: input 'smoke': there is no file 'missing-smoke\.yaml'/)
    ]);
    expect(
      await errors(
        { ...base, output: 'site' },
        { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/heads/feature' }
      )
    ).toEqual([
      "deploy-swa: input 'environment' is required: this pull_request run's GITHUB_REF ('refs/heads/feature') names no pull request number"
    ]);
    const outside = await mkdtemp(join(tmpdir(), 'secrets-'));
    await writeFile(join(outside, 'id_rsa'), 'not for the web');
    await cp(join(workspace, 'site'), join(workspace, 'linked'), { recursive: true });
    await symlink(join(outside, 'id_rsa'), join(workspace, 'linked/key.txt'));
    expect(await errors({ ...base, output: 'linked' })).toEqual([
      `deploy-swa: input 'output': 'key.txt' in 'linked' is a symbolic link to '${join(outside, 'id_rsa')}', outside the folder; the step does not publish what a link points at outside the build`
    ]);
    expect(sandbox.calls({ service: 'arm' }).length).toBe(arm);
    expect(storage.calls().length).toBe(blob);
  });

  it('retries a storage service that fails twice, and names the call when ARM keeps failing', async () => {
    storage.faults.add({ status: 503, times: 2, method: 'PUT', path: '/app\\.zip' });
    const recovered = await deploySwa({ ...base, output: 'site', environment: 'retry' });
    expect(recovered.errors).toEqual([]);
    expect(recovered.stdout).toMatch(
      /upload app\.zip to stmusafirgodeploy: attempt 1 failed \(The server is busy\.\); trying again in/
    );
    await deploySwa({ ...base, 'storage-account': '', mode: 'delete', environment: 'retry' });

    sandbox.faults.add({
      service: 'arm',
      method: 'GET',
      path: '/staticSites/',
      status: 500,
      times: Infinity
    });
    try {
      const run = await deploySwa({ ...base, output: 'site' });
      expect(run.exitCode).toBe(1);
      expect(run.errors[0]).toMatch(
        /^deploy-swa: read Static Web App swa-musafirgo-landing to Azure Resource Manager failed: 500 InternalServerError: Encountered internal server error\. Please try again\. \(after \d attempts over \d+\.\d s\)\. Azure Resource Manager kept failing/
      );
    } finally {
      sandbox.faults.clear();
    }
  }, 60_000);
});
