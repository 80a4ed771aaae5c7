import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { createDemoContext, DemoFailure, type Step } from '../../scripts/demo/context.js';
import { loginInputs, noRoles } from '../support/world.js';

const root = new URL('../..', import.meta.url).pathname;
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.stop();
});

const login = (inputs: Record<string, string>, expect?: Step['expect']): Step => ({
  id: 'login',
  action: 'login',
  inputs,
  expect,
  tell: run => ({ outcome: `logged in to ${run.outputs['subscription-name']}`, details: ['    detail'] })
});

/** A demo context on the sandbox that keeps what it prints. */
function demo(verbose = false) {
  const lines: string[] = [];
  const context = createDemoContext(sandbox, { verbose, print: line => lines.push(line) });
  return { context, lines };
}

describe('a demo step, dist/<action>/index.js run as the runner runs it', () => {
  it('prints one line, the outcome first, and its details; the raw log only when verbose', async () => {
    const quiet = demo();
    const run = await quiet.context.step(login(loginInputs));
    expect(quiet.lines).toEqual([
      expect.stringMatching(/^✓ login {8}logged in to musafirgo-dev in \d+ ms$/),
      '    detail'
    ]);
    expect(quiet.context.outputs['login']).toEqual(run.outputs);
    expect(quiet.context.env['AZURE_CLIENT_ID']).toBe(loginInputs['client-id']);
    expect(quiet.context.steps).toBe(1);

    const verbose = demo(true);
    await verbose.context.step(login(loginInputs));
    expect(verbose.lines[0]).toMatch(/^✓ login {8}logged in to musafirgo-dev in \d+ ms$/);
    expect(verbose.lines).toContainEqual(expect.stringMatching(/^ {2}│ Logged in as /));
    expect(verbose.lines).toContain('  job summary');
  });

  it('fails loudly when a step that should succeed fails: its error on its line, then its whole log', async () => {
    const { context, lines } = demo();
    const failure = context.step(login({ ...loginInputs, 'client-id': noRoles.appId }));
    await expect(failure).rejects.toThrow(DemoFailure);
    await expect(failure).rejects.toMatchObject({ id: 'login', action: 'login' });
    expect(lines[0]).toMatch(/^✗ login {8}failed \(exit 1\): \S.* in \d+ ms$/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}│ Error: login: /));
    expect(lines).toContain('  job summary');
    expect(context.outputs['login']).toBeUndefined();
  });

  it('fails loudly when a step that should fail succeeds; tells the refusal when it fails as it should', async () => {
    const { context, lines } = demo();
    await expect(context.step(login(loginInputs, 'failure'))).rejects.toThrow(
      "step 'login' (login) did not do what it should"
    );
    expect(lines[0]).toMatch(/^✗ login {8}succeeded, but it should have failed and rolled back in \d+ ms$/);

    const refused = demo();
    await refused.context.step({
      ...login({ ...loginInputs, 'client-id': noRoles.appId }, 'failure'),
      tell: run => ({ outcome: `refused: ${run.errors.length} error` })
    });
    expect(refused.lines).toEqual([expect.stringMatching(/^↺ login {8}refused: 1 error in \d+ ms$/)]);
  });
});

/** `npm run demo` as a person runs it, stdout and stderr together, as `npm run demo 2>&1 | wc -l` counts. */
function npmRunDemo(...args: string[]): Promise<{ code: number | null; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env['NODE_OPTIONS'];
    const child = spawn('npm', ['run', 'demo', ...(args.length ? ['--', ...args] : [])], { cwd: root, env });
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    child.stderr.on('data', chunk => (output += chunk));
    child.on('error', reject);
    child.on('close', code => resolve({ code, lines: output.replace(/\n$/, '').split('\n') }));
  });
}

describe('npm run demo', () => {
  it.each([[[]], [['--aks']]])(
    '%j tells its story in under 150 lines, every step as it should be, and ends with what went where',
    async args => {
      const { code, lines } = await npmRunDemo(...args);
      expect({ code, failed: lines.filter(line => line.startsWith('✗')) }).toEqual({ code: 0, failed: [] });
      expect(lines.length).toBeLessThan(150);
      expect(lines.filter(line => line.includes('│'))).toEqual([]);
      expect(lines.filter(line => /^[✓↺] /.test(line)).length).toBeGreaterThanOrEqual(args.length ? 7 : 11);
      expect(lines.at(-1)).toMatch(/^Deployed .+: \d+ steps in \d+(\.\d)? s\.$/);
    },
    180_000
  );
});

describe('npm run demo -- --workflows', () => {
  it('runs the Spring Boot template from its file job by job, each on a fresh runner, in under 60 lines', async () => {
    const { code, lines } = await npmRunDemo('--workflows');
    expect({ code, failed: lines.filter(line => line.startsWith('✗')) }).toEqual({ code: 0, failed: [] });
    expect(lines.length).toBeLessThan(60);
    const jobs = lines.filter(line => /^✓ /.test(line));
    expect(jobs.map(line => line.split(/\s{2,}/)[0])).toEqual([
      '✓ ci › test',
      '✓ ci › build',
      '✓ deploy-dev › deploy',
      '✓ release › promote › promote',
      '✓ release › deploy › deploy',
      '✓ rollback › rollback'
    ]);
    // Every job says its runner was fresh; the image build got the jar from the artifact, not from disk.
    const fresh = lines.filter(line =>
      /^ {4}runner {4}fresh: \/tmp\/runner-\w+, its workspace empty/.test(line)
    );
    expect(fresh.length).toBe(jobs.length);
    expect(new Set(fresh).size).toBe(jobs.length);
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {4}artifact {2}1 file\(s\) downloaded into target\/$/)
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^✓ rollback › rollback +success in prod-rollback in /)
    );
    expect(lines.at(-1)).toMatch(
      /^Built .+ rolled back to musafirgo-bookings-prod--initial: in \d+(\.\d)? s\.$/
    );
  }, 300_000);
});
