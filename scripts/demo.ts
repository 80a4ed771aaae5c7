// npm run demo: start the sandbox, run the built actions exactly as a runner would, and print each step's
// log, outputs and job summary.
import { startSandbox } from '../sandbox/index.js';
import { runAction, type ActionRun } from '../sandbox/runner.js';
import { loginInputs } from '../tests/support/world.js';

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);

/** The summary is HTML tables and headings; show it as aligned text. */
export function summaryAsText(html: string): string {
  const lines: string[] = [];
  for (const block of html.split(/(?=<h\d>)|(?=<table>)/)) {
    const heading = /<h\d>(.*?)<\/h\d>/.exec(block);
    if (heading) lines.push(`## ${heading[1]}`);
    const rows = [...block.matchAll(/<tr>(.*?)<\/tr>/g)].map(row =>
      [...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(cell =>
        (cell[1] ?? '').replace(/<[^>]+>/g, '')
      )
    );
    if (rows.length === 0) continue;
    const width = Math.max(...rows.map(row => (row[0] ?? '').length));
    for (const row of rows) lines.push(`  ${(row[0] ?? '').padEnd(width)}  ${row.slice(1).join('  ')}`);
  }
  return lines.join('\n');
}

function printStep(title: string, run: ActionRun): void {
  console.log(`\n${bold(`▶ ${title}`)}  (${run.durationMs} ms, exit ${run.exitCode})`);
  for (const line of run.stdout.split('\n')) {
    if (!line || line.startsWith('::add-mask::') || line.startsWith('::set-output')) continue;
    console.log(`  │ ${line.replace(/^::group::/, '▸ ').replace(/^::endgroup::$/, '')}`);
  }
  console.log(bold('  outputs'));
  for (const [name, value] of Object.entries(run.outputs)) console.log(`    ${name} = ${value}`);
  console.log(bold('  exported for later steps'));
  for (const [name, value] of Object.entries(run.exported)) console.log(`    ${name}=${value}`);
  console.log(bold('  job summary'));
  console.log(summaryAsText(run.summary).replace(/^/gm, '  '));
}

const sandbox = await startSandbox();
try {
  console.log(bold('MusafirGO actions demo against the local sandbox'));
  console.log(
    `  GitHub OIDC ${sandbox.urls.github}\n  Entra ID    ${sandbox.urls.entra}\n  ARM         ${sandbox.urls.arm}`
  );

  const login = await runAction('login', loginInputs, sandbox.env());
  printStep('login (musafirgo/actions/login, dist/login/index.js)', login);
  if (login.exitCode !== 0) process.exitCode = 1;

  const calls = sandbox.calls();
  console.log(`\n${bold('What the sandbox saw')} (${calls.length} requests)`);
  for (const call of calls) {
    console.log(
      `  ${call.service.padEnd(6)} ${call.method.padEnd(4)} ${call.status} ${call.path.split('?')[0]} (${call.durationMs} ms)`
    );
  }
} finally {
  await sandbox.stop();
}
