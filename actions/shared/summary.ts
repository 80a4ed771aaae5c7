import * as core from '@actions/core';
import { EOL } from 'node:os';

/**
 * Adds Markdown to the job summary. core.summary buffers it; runStep writes the buffer once when the step
 * ends, failed or not, so a summary is never lost and never written twice.
 */
export function appendSummary(markdown: string): void {
  core.summary.addRaw(markdown.endsWith(EOL) ? markdown : `${markdown}${EOL}`);
}

/** Writes what appendSummary buffered, when the runner gave the step a summary file. */
export async function writeSummary(): Promise<void> {
  if (process.env['GITHUB_STEP_SUMMARY'] && !core.summary.isEmptyBuffer()) await core.summary.write();
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
