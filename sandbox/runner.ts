import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Variables the step exported for later steps (GITHUB_ENV). */
  exported: Record<string, string>;
  summary: string;
  /** `::error::` lines, the way the runner turns them into annotations. */
  errors: string[];
  warnings: string[];
  /** Values the step asked the runner to mask (`::add-mask::`). */
  masked: string[];
  /** Everything a person could see of the run: the log with masked values removed, files, summary. */
  visible: string;
  durationMs: number;
}

const root = new URL('..', import.meta.url).pathname;

/**
 * Cancels a step as the runner does: SIGINT to the step's whole process group, SIGTERM 7.5 s later, SIGKILL
 * after 10 s, for a process spawned `detached` (its own group).
 */
export function cancelOnAbort(child: ChildProcess, signal: AbortSignal | undefined): void {
  if (!signal) return;
  const kill = (name: NodeJS.Signals) => {
    try {
      if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, name);
    } catch {
      // The group is gone already.
    }
  };
  const onAbort = () => {
    kill('SIGINT');
    const term = setTimeout(() => kill('SIGTERM'), 7500);
    const force = setTimeout(() => kill('SIGKILL'), 10_000);
    child.once('close', () => {
      clearTimeout(term);
      clearTimeout(force);
    });
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  child.once('close', () => signal.removeEventListener('abort', onAbort));
}

/** Parses the runner's file-command format: `name=value` lines and `name<<DELIMITER` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) body.push(lines[i] ?? '');
      values[name!] = body.join('\n');
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

/**
 * Runs dist/<name>/index.js as the runner does: a fresh node process, inputs as INPUT_<NAME> (hyphens
 * kept), and the GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY and RUNNER_TEMP files of a step. With
 * `workspace`, the step runs there (GITHUB_WORKSPACE), as a step after actions/checkout does; with `runnerTemp`,
 * RUNNER_TEMP is the job's (shared by its steps, as on a runner); `signal` cancels the step as the runner does.
 */
export async function runAction(
  name: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  options: { workspace?: string; runnerTemp?: string; signal?: AbortSignal } = {}
): Promise<ActionRun> {
  const dir = await mkdtemp(join(options.runnerTemp ?? tmpdir(), `step-${name}-`));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_STATE: join(dir, 'state')
  };
  for (const file of Object.values(files)) await writeFile(file, '');
  const childEnv: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? '/root',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: options.runnerTemp ?? dir,
    RUNNER_OS: 'Linux',
    ...files,
    ...env
  };
  for (const [input, value] of Object.entries(inputs)) childEnv[`INPUT_${input.toUpperCase()}`] = value;

  const started = Date.now();
  if (options.workspace) childEnv['GITHUB_WORKSPACE'] = options.workspace;
  const child = spawn(process.execPath, [join(root, 'dist', name, 'index.js')], {
    env: childEnv,
    cwd: options.workspace ?? dir,
    detached: Boolean(options.signal)
  });
  cancelOnAbort(child, options.signal);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', chunk => (stdout += chunk));
  child.stderr.on('data', chunk => (stderr += chunk));
  const exitCode = await new Promise<number>(resolve => child.on('close', code => resolve(code ?? -1)));
  const durationMs = Date.now() - started;

  const outputs = parseFileCommands(await readFile(files.GITHUB_OUTPUT, 'utf8'));
  const exportedText = await readFile(files.GITHUB_ENV, 'utf8');
  const summary = await readFile(files.GITHUB_STEP_SUMMARY, 'utf8');
  const lines = stdout.split('\n');
  const masked = lines.filter(l => l.startsWith('::add-mask::')).map(l => l.slice('::add-mask::'.length));
  const logLines = lines.filter(l => !l.startsWith('::add-mask::'));
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    exported: parseFileCommands(exportedText),
    summary,
    errors: lines.filter(l => l.startsWith('::error')).map(l => l.replace(/^::error[^:]*::/, '')),
    warnings: lines.filter(l => l.startsWith('::warning')).map(l => l.replace(/^::warning[^:]*::/, '')),
    masked,
    visible: [
      logLines.join('\n'),
      stderr,
      await readFile(files.GITHUB_OUTPUT, 'utf8'),
      exportedText,
      summary
    ].join('\n'),
    durationMs
  };
}
