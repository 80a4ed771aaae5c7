// How the demo tells its story: one line per step with the outcome first, a few indented lines of what
// matters, and the raw step (log, outputs, job summary) only with --verbose or when a step fails.
import type { ActionRun } from '../../sandbox/runner.js';
import { wrap } from '../../actions/shared/args.js';

/** ✓ the step did what it should; ↺ it failed as it should and rolled back; ✗ it did not do what it should. */
export type Mark = '✓' | '↺' | '✗';

const width = 110;
const actionColumn = 11; // the longest action name, apim-import
const labelColumn = 9;

export const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);

/** `1.3 s`, `540 ms`, `1 min 12 s`: the precision a person reads. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** Digests cut to their first 12 hex digits, as `docker images` shows them: `sha256:d3c8b1ca6a54…`. */
export function shortDigests(text: string): string {
  return text.replace(/sha256:([0-9a-f]{12})[0-9a-f]{52}/g, 'sha256:$1…');
}

/** A GUID cut to its first block, enough to tell identities apart: `8b2e4d61…`. */
export const shortId = (id: string | undefined) => (id ? `${id.slice(0, 8)}…` : '?');

/** A line cut at the demo's width, with `…` where it was cut. */
export function cut(text: string, max = width): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The step's line: its mark, the action, the outcome, and how long it took. */
export function stepLine(mark: Mark, action: string, outcome: string, durationMs: number): string {
  return `${mark} ${action.padEnd(actionColumn)}  ${shortDigests(outcome)} in ${formatDuration(durationMs)}`;
}

/** An indented detail under a step: `    label     text`, cut at the width (or wrapped, for a reason). */
export function detail(label: string, text: string, options: { wrap?: boolean } = {}): string[] {
  const indent = `    ${label.padEnd(labelColumn)} `;
  const body = shortDigests(text);
  if (!options.wrap) return [cut(`${indent}${body}`)];
  return wrap(body, width - indent.length).map(
    (line, i) => `${i === 0 ? indent : ' '.repeat(indent.length)}${line}`
  );
}

/** Where `count` sampled requests landed: `itinerary--initial ×20`, `…@sha256:ab12… ×10, HTTP 502 ×10`. */
export function tally(seen: Record<string, number>): string {
  return Object.entries(seen)
    .map(([where, n]) => `${shortDigests(where)} ×${n}`)
    .join(', ');
}

/** A row of a job summary's `| What | Value |` table, without its Markdown (backticks, <br>). */
export function summaryValue(summary: string, what: string): string | undefined {
  for (const line of summary.split('\n')) {
    const cells = line.split(' | ');
    if (cells.length >= 2 && cells[0] === `| ${what}`) {
      return cells.slice(1).join(' | ').replace(/ \|$/, '').replace(/<br>/g, ', ').replace(/`/g, '').trim();
    }
  }
  return undefined;
}

/** The first error the step reported, without the `<action>: ` its message starts with. */
export function firstError(run: ActionRun, action: string): string {
  const message = run.errors[0] ?? run.stderr.split('\n').filter(Boolean).at(-1) ?? `exit ${run.exitCode}`;
  return unescapeData(message).replace(new RegExp(`^${action}: `), '');
}

function unescapeData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** The step as a runner's log shows it (workflow commands rendered), then its outputs, exports and summary. */
export function rawStep(run: ActionRun): string[] {
  const lines: string[] = [];
  for (const line of run.stdout.split('\n')) {
    if (!line || line.startsWith('::add-mask::') || line === '::endgroup::') continue;
    // Workflow commands as the runner shows them: their data unescaped, annotations by their kind.
    const command = /^::(group|error|warning|notice|debug)[^:]*::(.*)$/.exec(line);
    const text = command ? unescapeData(command[2] ?? '') : line;
    const prefix = command
      ? { group: '▸ ', error: 'Error: ', warning: 'Warning: ', notice: 'Notice: ', debug: '' }[command[1]!]
      : '';
    lines.push(`  │ ${prefix}${text.replace(/\n/g, '\n  │ ')}`);
  }
  for (const line of run.stderr.split('\n').filter(Boolean)) lines.push(`  │ (stderr) ${line}`);
  lines.push(bold('  outputs'));
  for (const [name, value] of Object.entries(run.outputs))
    lines.push(`    ${name} = ${value.replace(/\n/g, '\n      ')}`);
  if (Object.keys(run.exported).length > 0) {
    lines.push(bold('  exported for later steps'));
    for (const [name, value] of Object.entries(run.exported)) lines.push(`    ${name}=${value}`);
  }
  lines.push(bold('  job summary'));
  lines.push(run.summary.trimEnd().replace(/^/gm, '    '));
  return lines;
}
