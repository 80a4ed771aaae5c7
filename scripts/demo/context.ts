// What every demo step gets: the sandbox, and a way to run a built action as a runner would and print it.
import type { Sandbox } from '../../sandbox/index.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';

export interface DemoContext {
  sandbox: Sandbox;
  /** Outputs of earlier steps, by step id, as a workflow's `steps.<id>.outputs`. */
  outputs: Record<string, Record<string, string>>;
  /** Variables exported by earlier steps (GITHUB_ENV), passed on to later ones as a runner does. */
  env: Record<string, string>;
  /** Runs dist/<action>/index.js, prints its log, outputs and summary, and records its outputs under `id`. */
  step(id: string, title: string, action: string, inputs: Record<string, string>): Promise<ActionRun>;
}

const root = new URL('../..', import.meta.url).pathname;
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);

export function createDemoContext(sandbox: Sandbox): DemoContext {
  const jobEnv = sandbox.env();
  const context: DemoContext = {
    sandbox,
    outputs: {},
    env: {},
    async step(id, title, action, inputs) {
      // The job's checkout is this repository: paths such as examples/itinerary/smoke.yaml resolve from its root.
      const run = await runAction(action, inputs, { ...jobEnv, ...context.env }, { workspace: root });
      printStep(title, run);
      context.outputs[id] = run.outputs;
      Object.assign(context.env, run.exported);
      if (run.exitCode !== 0) process.exitCode = 1;
      return run;
    }
  };
  return context;
}

function unescapeData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function printStep(title: string, run: ActionRun): void {
  console.log(`\n${bold(`▶ ${title}`)}  (${run.durationMs} ms, exit ${run.exitCode})`);
  for (const line of run.stdout.split('\n')) {
    if (!line || line.startsWith('::add-mask::') || line === '::endgroup::') continue;
    // Workflow commands as the runner shows them: their data unescaped, annotations by their kind.
    const command = /^::(group|error|warning|notice|debug)[^:]*::(.*)$/.exec(line);
    const text = command ? unescapeData(command[2] ?? '') : line;
    const prefix = command
      ? { group: '▸ ', error: 'Error: ', warning: 'Warning: ', notice: 'Notice: ', debug: '' }[command[1]!]
      : '';
    console.log(`  │ ${prefix}${text.replace(/\n/g, '\n  │ ')}`);
  }
  console.log(bold('  outputs'));
  for (const [name, value] of Object.entries(run.outputs)) console.log(`    ${name} = ${value}`);
  if (Object.keys(run.exported).length > 0) {
    console.log(bold('  exported for later steps'));
    for (const [name, value] of Object.entries(run.exported)) console.log(`    ${name}=${value}`);
  }
  console.log(bold('  job summary'));
  console.log(run.summary.replace(/^/gm, '    '));
}

export { bold };
