/**
 * The GitHub runner's step protocol: inputs from INPUT_* variables, outputs and exported variables through
 * the GITHUB_OUTPUT / GITHUB_ENV file commands, log commands (`::add-mask::`, `::error::`, groups) on
 * stdout, and the job summary file.
 *
 * Why not @actions/core: it loads its OIDC client, and with it undici (0.9 MiB of a 1.4 MiB bundle),
 * on every start, for a feature we do not use; that cost is paid by every step of every job. The
 * protocol is small and documented, and this file is all of it that the actions use.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/** An input as the runner passes it: INPUT_<NAME>, upper case, spaces as underscores, hyphens kept. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`);
}

/** Appends `name<<delimiter` blocks to a file command; the random delimiter makes any value safe. */
function fileCommand(
  variable: 'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_STATE',
  name: string,
  value: string
): boolean {
  const file = process.env[variable];
  if (!file) return false;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('unexpected delimiter in value');
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  return true;
}

export function setOutput(name: string, value: string): void {
  if (!fileCommand('GITHUB_OUTPUT', name, value)) {
    process.stdout.write(`${EOL}::set-output name=${name}::${escapeData(value)}${EOL}`);
  }
}

/** Sets a variable for this step and, through GITHUB_ENV, for every later step of the job. */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  fileCommand('GITHUB_ENV', name, value);
}

/** Asks the runner to replace this value with *** wherever it would appear in the log. */
export function setSecret(value: string): void {
  if (value) command('add-mask', value);
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function debug(message: string): void {
  command('debug', message);
}

export function isDebug(): boolean {
  return process.env['RUNNER_DEBUG'] === '1';
}

/** Where an annotation points: a title, and optionally a file and line of the repository. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
}

function annotation(name: 'warning' | 'error', message: string, properties?: AnnotationProperties): void {
  const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const fields = Object.entries(properties ?? {})
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  process.stdout.write(
    `::${name}${fields.length ? ` ${fields.join(',')}` : ''}::${escapeData(message)}${EOL}`
  );
}

export function warning(message: string, properties?: AnnotationProperties): void {
  annotation('warning', message, properties);
}

export function error(message: string, properties?: AnnotationProperties): void {
  annotation('error', message, properties);
}

export function startGroup(title: string): void {
  command('group', title);
}

export function endGroup(): void {
  process.stdout.write(`::endgroup::${EOL}`);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Appends Markdown to the job summary, when the runner gave the step a summary file. */
export function appendSummary(markdown: string): void {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (file) appendFileSync(file, markdown.endsWith(EOL) ? markdown : `${markdown}${EOL}`, 'utf8');
}

/** A Markdown table; cells are escaped so a value never breaks the layout. */
export function markdownTable(header: string[], rows: string[][]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(row => `| ${row.map(cell).join(' | ')} |`)
  ].join(EOL);
}
