import * as core from '@actions/core';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

/**
 * Adds Markdown to the job summary. core.summary buffers it; runStep writes the buffer once when the step
 * ends, failed or not, so a summary is never lost and never written twice.
 */
export function appendSummary(markdown: string): void {
  core.summary.addRaw(markdown.endsWith(EOL) ? markdown : `${markdown}${EOL}`);
}

/**
 * Appends what appendSummary buffered to the step's summary file, when the runner gave it one. Not
 * core.summary.write(): it remembers the first file it wrote for the life of the process.
 */
export async function writeSummary(): Promise<void> {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (file && !core.summary.isEmptyBuffer()) await appendFile(file, core.summary.stringify(), 'utf8');
  core.summary.emptyBuffer();
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
