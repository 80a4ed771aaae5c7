// What the build-push and promote e2e tests share: a sandbox with ACR, a workspace holding the example
// service, steps run from the dist bundles, and skopeo reading the registries as an independent client.
import { execFile } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { acrSignIn, writeAuthFile, type AcrSession } from '../../actions/shared/acr.js';
import { sessionFromEnv } from '../../actions/shared/azure.js';
import { acrService, type AcrService } from '../../sandbox/acr/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { sandboxTrust } from '../../sandbox/trust.js';
import { tenantId } from '../support/world.js';

const exec = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

export interface RegistryWorld {
  sandbox: Sandbox;
  acr: AcrService;
  runs: ActionRun[];
  /** Runs dist/<action>/index.js as a step of a job whose login exported this identity. */
  step(action: string, inputs: Record<string, string>, options?: StepOptions): Promise<ActionRun>;
  /** A copy of examples/itinerary, and a directory holding a static busybox (the `busybox` build context). */
  workspace(): Promise<{ dir: string; busybox: string }>;
  /** `skopeo inspect` (or its manifest with --raw, its config with --config) through the sandbox proxy. */
  inspect(reference: string, flag?: '--raw' | '--config'): Promise<Record<string, unknown>>;
  /** Writes a GitHub event payload, as the runner does for every job (GITHUB_EVENT_PATH). */
  eventFile(payload: unknown): Promise<string>;
  /** An ACR session in this process for another identity (to write fixtures the actions then read). */
  signIn(clientId: string, loginServer: string): Promise<AcrSession>;
  /** Every token any emulator handed out: none may appear in what a step shows. */
  secrets(): string[];
  stop(): Promise<void>;
}

export interface StepOptions {
  clientId?: string;
  job?: Parameters<Sandbox['env']>[0];
  env?: Record<string, string>;
}

export async function startRegistryWorld(reader: string): Promise<RegistryWorld> {
  const acr = acrService();
  const sandbox = await startSandbox({ services: [acr] });
  const untrust = sandboxTrust(sandbox);
  const runs: ActionRun[] = [];
  const temporary: string[] = [];
  const base = sandbox.env();
  // This process talks to <name>.azurecr.io the way the steps do: through the sandbox proxy.
  const saved = { HTTPS_PROXY: process.env['HTTPS_PROXY'], NO_PROXY: process.env['NO_PROXY'] };
  process.env['HTTPS_PROXY'] = base['HTTPS_PROXY'];
  process.env['NO_PROXY'] = base['NO_PROXY'];
  const readerSession = sessionFromEnv('test', {
    ...base,
    AZURE_CLIENT_ID: reader,
    AZURE_TENANT_ID: tenantId
  });
  const sessions = new Map<string, AcrSession>();
  const signIn = async (clientId: string, loginServer: string) => {
    const s = sessionFromEnv('test', { ...base, AZURE_CLIENT_ID: clientId, AZURE_TENANT_ID: tenantId });
    const session = await acrSignIn({ loginServer, credential: s.credential, cloud: s.cloud });
    sessions.set(`${clientId} ${loginServer}`, session);
    return session;
  };
  const authFile = async (loginServer: string) => {
    let session = sessions.get(loginServer);
    if (!session) {
      session = await acrSignIn({
        loginServer,
        credential: readerSession.credential,
        cloud: readerSession.cloud
      });
      sessions.set(loginServer, session);
    }
    return writeAuthFile([session]);
  };
  return {
    sandbox,
    acr,
    runs,
    async step(action, inputs, options = {}) {
      const env = {
        ...sandbox.env(options.job),
        ...(options.clientId ? { AZURE_CLIENT_ID: options.clientId, AZURE_TENANT_ID: tenantId } : {}),
        ...options.env
      };
      const run = await runAction(action, inputs, env);
      runs.push(run);
      return run;
    },
    async workspace() {
      const dir = await mkdtemp(join(tmpdir(), 'itinerary-'));
      await cp(join(root, 'examples', 'itinerary'), dir, { recursive: true });
      const busybox = join(dir, '..', `${dir.split('/').pop()}-busybox`);
      await mkdir(busybox);
      temporary.push(dir, busybox);
      await copyFile('/bin/busybox', join(busybox, 'busybox'));
      return { dir, busybox };
    },
    async inspect(reference, flag) {
      const auth = await authFile(reference.split('/')[0]!);
      try {
        const { stdout } = await exec(
          'skopeo',
          ['inspect', ...(flag ? [flag] : []), '--authfile', auth.file, `docker://${reference}`],
          { env: { ...process.env, ...base } }
        );
        return JSON.parse(stdout) as Record<string, unknown>;
      } finally {
        await auth.remove();
      }
    },
    signIn,
    async eventFile(payload) {
      const dir = await mkdtemp(join(tmpdir(), 'event-'));
      temporary.push(dir);
      const file = join(dir, 'event.json');
      await writeFile(file, JSON.stringify(payload));
      return file;
    },
    secrets: () => [
      ...sandbox.issuedSecrets(),
      ...acr.issuedSecrets(),
      ...[...sessions.values()].map(s => s.refreshToken)
    ],
    async stop() {
      untrust();
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      await sandbox.stop();
      await Promise.all(temporary.map(dir => rm(dir, { recursive: true, force: true })));
    }
  };
}
