import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every script a person runs, as they run it: --help prints the usage on stdout and exits 0; a mistake is one
// line on stderr naming it, and exit 2, before anything starts (no sandbox, no network).
const root = new URL('../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules', '.bin', 'tsx');

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Promise<Exit> {
  return new Promise((resolve, reject) => {
    // Without jest's NODE_OPTIONS: node would warn about VM modules on stderr.
    const env = { ...process.env };
    delete env['NODE_OPTIONS'];
    const child = spawn(command, args, { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => (stdout += chunk));
    child.stderr.on('data', chunk => (stderr += chunk));
    child.on('error', reject);
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}

const scripts = [
  { name: 'demo', command: tsx, args: ['scripts/demo.ts'], invocation: 'npm run demo --', flag: '--verbose' },
  {
    name: 'sandbox',
    command: tsx,
    args: ['sandbox/cli.ts'],
    invocation: 'npm run sandbox --',
    flag: '--world'
  },
  {
    name: 'smoke',
    command: tsx,
    args: ['scripts/smoke.ts'],
    invocation: 'musafirgo-smoke',
    flag: '--base-url'
  },
  {
    name: 'smoke',
    command: process.execPath,
    args: ['dist/smoke/index.js'],
    invocation: 'musafirgo-smoke',
    flag: '--base-url'
  },
  {
    name: 'federated-credentials',
    command: tsx,
    args: ['scripts/federated-credentials.ts'],
    invocation: 'npm run federated-credentials --',
    flag: '--environments'
  },
  { name: 'bench', command: tsx, args: ['bench/run.ts'], invocation: 'npm run bench --', flag: '--rounds' }
];

describe.each(scripts)('$args.0 on the command line', ({ name, command, args, invocation, flag }) => {
  it('prints its usage with --help and -h, and exits 0', async () => {
    for (const help of ['--help', '-h']) {
      const exit = await run(command, [...args, help]);
      expect(exit).toMatchObject({ code: 0, stderr: '' });
      expect(exit.stdout).toMatch(/^usage: /);
      expect(exit.stdout).toContain('\nOptions:\n');
      // each flag with its default, its description unwrapped
      expect(exit.stdout.replace(/\n {4,}/g, ' ')).toMatch(
        new RegExp(`\\n  (-\\w, )?${flag} .*\\((default: .+|required)\\)\\n`)
      );
      expect(exit.stdout).toMatch(/\nExamples?:\n {2}\S/);
    }
  });

  it('refuses an unknown flag by name, with the closest known one, and exits 2', async () => {
    const typo = `${flag}x`;
    expect(await run(command, [...args, typo, 'value'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `${name}: Unknown option '${typo}' (did you mean '${flag}'?). See '${invocation} --help'.\n`
    });
    expect(await run(command, [...args, '--bogus'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `${name}: Unknown option '--bogus'. See '${invocation} --help'.\n`
    });
  });
});

describe('arguments a script does not take', () => {
  it('are refused by name, with the known ones where there is a list', async () => {
    expect(await run(tsx, ['scripts/demo.ts', 'aks'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "demo: unexpected argument 'aks': it takes none. See 'npm run demo -- --help'.\n"
    });
    expect(await run(tsx, ['sandbox/cli.ts', 'world.yaml'])).toMatchObject({
      code: 2,
      stderr: "sandbox: unexpected argument 'world.yaml': it takes none. See 'npm run sandbox -- --help'.\n"
    });
    expect(await run(tsx, ['bench/run.ts', 'login', 'deploy-ack'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "bench: unknown benchmark 'deploy-ack' (did you mean 'deploy-aca'?); the benchmarks are startup, login, deploy-aca, " +
        "deploy-aks, deploy-aks-helm, deploy-swa, smoke, promote, runtime. See 'npm run bench -- --help'.\n"
    });
    expect(await run(tsx, ['bench/run.ts', '--rounds', 'many'])).toMatchObject({
      code: 2,
      stderr:
        "bench: --rounds must be a whole number from 1 to 100, not 'many'. See 'npm run bench -- --help'.\n"
    });
    expect(await run(process.execPath, ['dist/smoke/index.js', 'a.yaml', 'b.yaml'])).toMatchObject({
      code: 2,
      stderr: "smoke: one checks file, not 2 ('a.yaml', 'b.yaml'). See 'musafirgo-smoke --help'.\n"
    });
    expect(await run(tsx, ['scripts/federated-credentials.ts', '--environments', 'dev'])).toMatchObject({
      code: 2,
      stderr:
        "federated-credentials: '--repo' is required: --repo <owner/repository>. See 'npm run federated-credentials -- --help'.\n"
    });
  });

  it('leave a good command line alone', async () => {
    const exit = await run(tsx, [
      'scripts/federated-credentials.ts',
      '--repo',
      'musafirgo/itinerary',
      '--environments',
      'dev',
      '--json'
    ]);
    expect(exit.code).toBe(0);
    expect((JSON.parse(exit.stdout) as { subject: string }[]).map(c => c.subject)).toEqual([
      'repo:musafirgo/itinerary:environment:dev',
      'repo:musafirgo/itinerary:ref:refs/heads/main'
    ]);
  });
});

describe('npm run check-structure', () => {
  it('passes on the actions, and names the modules of a cycle it finds', async () => {
    expect(await run(tsx, ['scripts/check-structure.ts'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^no import cycles in actions\/ \(\d+ modules\)\n$/)
    });
    const dir = mkdtempSync(join(tmpdir(), 'cycle-'));
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b.js';\nexport const a = () => b;\n");
    writeFileSync(join(dir, 'b.ts'), "export const b = async () => (await import('./c.js')).c;\n");
    writeFileSync(join(dir, 'c.ts'), "export { a as c } from './a.js';\n");
    writeFileSync(join(dir, 'd.ts'), "import { a } from './a.js';\nexport const d = a;\n");
    const exit = await run(tsx, ['scripts/check-structure.ts', dir]);
    expect(exit.code).toBe(1);
    const [cycle, summary] = exit.stderr.trim().split('\n');
    expect(cycle).toMatch(/^import cycle through: /);
    expect(
      cycle!
        .split(': ')[1]!
        .split(', ')
        .map(file => file.split('/').pop())
        .sort()
    ).toEqual(['a.ts', 'b.ts', 'c.ts']);
    expect(summary).toMatch(
      /^1 import cycle\(s\) in .*: move what both sides need into a module of its own\.$/
    );
  });
});
