import * as core from '@actions/core';

/** Writes the job summary when the runner gave us a file for it (it does not outside Actions). */
export async function writeSummary(
  build: (summary: typeof core.summary) => typeof core.summary
): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await build(core.summary).write();
}
