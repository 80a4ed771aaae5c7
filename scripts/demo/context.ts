// What every demo step gets: the sandbox, and a way to run a built action as a runner would and tell what it did.
import type { Sandbox } from '../../sandbox/index.js';
import { runAction, type ActionRun } from '../../sandbox/runner.js';
import { bold, detail, firstError, rawStep, stepLine } from './story.js';

/** What a step tells: its outcome (the first thing on its line), then a few details. */
export interface Story {
  outcome: string;
  details?: string[];
}

export interface Step {
  /** Its id, as `steps.<id>` in a workflow: the outputs are kept under it. */
  id: string;
  /** Runs dist/<action>/index.js. */
  action: string;
  /** Its inputs, as the `with:` of a workflow step (see inputs.ts). */
  inputs: Record<string, string>;
  /** 'failure': the step is meant to fail (exit 1); the refusal and the rollback are what it shows. */
  expect?: 'success' | 'failure';
  /** The story of a run that went as expected, from its outputs and summary (and what the demo sampled). */
  tell(run: ActionRun): Story | Promise<Story>;
}

export interface DemoContext {
  sandbox: Sandbox;
  /** Outputs of earlier steps, by step id, as a workflow's `steps.<id>.outputs`. */
  outputs: Record<string, Record<string, string>>;
  /** Variables exported by earlier steps (GITHUB_ENV), passed on to later ones as a runner does. */
  env: Record<string, string>;
  /** With --verbose: each step's raw log, outputs and job summary under its line. */
  verbose: boolean;
  /** How many steps ran. */
  steps: number;
  /**
   * Runs the step as a runner would and prints its line; when it did not do what it should (failed, or
   * succeeded when it should have failed), prints its whole log and throws a DemoFailure.
   */
  step(step: Step): Promise<ActionRun>;
  /** A heading between the parts of the story. */
  part(title: string): void;
  print(line: string): void;
}

/** A step that did not do what it should; its log has been printed. */
export class DemoFailure extends Error {
  constructor(
    readonly id: string,
    readonly action: string
  ) {
    super(`step '${id}' (${action}) did not do what it should`);
  }
}

const root = new URL('../..', import.meta.url).pathname;

export function createDemoContext(
  sandbox: Sandbox,
  options: { verbose?: boolean; print?: (line: string) => void } = {}
): DemoContext {
  const jobEnv = sandbox.env();
  const print = options.print ?? ((line: string) => console.log(line));
  const context: DemoContext = {
    sandbox,
    outputs: {},
    env: {},
    verbose: options.verbose ?? false,
    steps: 0,
    print,
    part(title) {
      print('');
      print(bold(title));
    },
    async step(step) {
      // The job's checkout is this repository: paths such as examples/itinerary/smoke.yaml resolve from its root.
      const run = await runAction(
        step.action,
        step.inputs,
        { ...jobEnv, ...context.env },
        { workspace: root }
      );
      context.steps++;
      const expected = step.expect === 'failure' ? run.exitCode === 1 : run.exitCode === 0;
      if (!expected) {
        const what =
          run.exitCode === 0
            ? 'succeeded, but it should have failed and rolled back'
            : `failed (exit ${run.exitCode}): ${firstError(run, step.action)}`;
        print(stepLine('✗', step.action, what, run.durationMs));
        for (const line of rawStep(run)) print(line);
        throw new DemoFailure(step.id, step.action);
      }
      context.outputs[step.id] = run.outputs;
      Object.assign(context.env, run.exported);
      const story = await step.tell(run);
      print(stepLine(step.expect === 'failure' ? '↺' : '✓', step.action, story.outcome, run.durationMs));
      for (const line of story.details ?? []) print(line);
      if (context.verbose) for (const line of rawStep(run)) print(line);
      return run;
    }
  };
  return context;
}

/** The refusal of a step that failed as it should, wrapped under it. */
export function why(run: ActionRun, action: string): string[] {
  return detail('why', firstError(run, action), { wrap: true });
}
