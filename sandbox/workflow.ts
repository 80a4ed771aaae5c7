/**
 * A local runner for the repository's own workflows: it reads a workflow file and runs its jobs the way
 * GitHub does, against the sandbox. Jobs in `needs` order; reusable-workflow jobs (`uses:` a workflow)
 * by recursion with their `with:` inputs and secrets; steps that use a musafirgo action run its committed
 * dist bundle (`runAction`) with the evaluated `with:` inputs; `run:` steps run in bash; expressions are
 * evaluated by GitHub's own evaluator (@actions/expressions) with the inputs, steps, needs, env, vars,
 * secrets and github contexts. `id-token: write` reaches a job only when its permissions grant it.
 *
 * Stricter than GitHub where GitHub only warns: an input a musafirgo action does not declare, a missing
 * required input, or a reference to an output the action does not declare fails the run, so a workflow that
 * passes a wrong name fails its test instead of deploying with an empty value.
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Sandbox } from './index.js';
import { parseFileCommands, runAction, type ActionRun } from './runner.js';
import type { JobContext } from './world.js';

const root = new URL('..', import.meta.url).pathname;

type Value = string | number | boolean;
type Permissions = 'read-all' | 'write-all' | Record<string, string> | undefined;

interface StepSpec {
  id?: string;
  name?: string;
  if?: string | boolean;
  uses?: string;
  run?: string;
  with?: Record<string, Value>;
  env?: Record<string, Value>;
  'continue-on-error'?: boolean;
  'working-directory'?: string;
}

interface JobSpec {
  name?: string;
  needs?: string | string[];
  if?: string | boolean;
  uses?: string;
  with?: Record<string, Value>;
  secrets?: 'inherit' | Record<string, string>;
  environment?: string | { name: string; url?: string };
  permissions?: Permissions;
  env?: Record<string, Value>;
  outputs?: Record<string, string>;
  defaults?: { run?: { 'working-directory'?: string } };
  steps?: StepSpec[];
}

interface WorkflowSpec {
  name?: string;
  on: Record<
    string,
    {
      inputs?: Record<string, InputSpec>;
      outputs?: Record<string, { value: string }>;
      secrets?: Record<string, { required?: boolean }>;
    } | null
  >;
  permissions?: Permissions;
  env?: Record<string, Value>;
  jobs: Record<string, JobSpec>;
}

interface InputSpec {
  type?: 'string' | 'boolean' | 'number' | 'choice' | 'environment';
  required?: boolean;
  default?: Value;
  options?: string[];
}

export interface StepResult {
  id: string;
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  /** The action's run, for steps that use a musafirgo action. */
  run?: ActionRun;
  /** Output of a `run:` step. */
  log?: string;
}

export interface JobResult {
  id: string;
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  steps: StepResult[];
  /** Results of the jobs of a called reusable workflow. */
  jobs?: Record<string, JobResult>;
  environment?: string;
}

export interface WorkflowResult {
  result: 'success' | 'failure';
  jobs: Record<string, JobResult>;
  outputs: Record<string, string>;
}

export interface WorkflowRunOptions {
  sandbox: Sandbox;
  /** Path of the workflow file, relative to the repository root (or absolute). */
  file: string;
  event: 'workflow_call' | 'workflow_dispatch' | 'push' | 'pull_request';
  inputs?: Record<string, Value>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** The job's GitHub context (repository, ref, sha...) for ID tokens and GITHUB_* variables. */
  job?: Partial<JobContext>;
  /** The repository checkout the jobs work in (what actions/checkout would produce); an empty directory by default. */
  workspace?: string;
  /** Called before each musafirgo action step runs: tests use it to inject faults at a precise point. */
  beforeStep?: (job: string, step: StepSpec) => Promise<void> | void;
  /** The event that started the run, when this workflow is called by another (github.event_name there). */
  callerEvent?: WorkflowRunOptions['event'];
  /** Permissions the caller granted, when this workflow is called by another. */
  callerPermissions?: Permissions;
}

export class WorkflowError extends Error {
  override name = 'WorkflowError';
}

function loadAction(name: string): {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
} {
  const file = join(root, name, 'action.yml');
  if (!existsSync(file)) throw new WorkflowError(`there is no action musafirgo/actions/${name}`);
  const action = parse(readFileSync(file, 'utf8')) as {
    inputs?: Record<string, { required?: boolean; default?: string }>;
    outputs?: Record<string, unknown>;
  };
  return { inputs: action.inputs ?? {}, outputs: action.outputs ?? {} };
}

/** `musafirgo/actions/<name>@<ref>` (or `./<name>`), else undefined. */
function ourAction(uses: string): string | undefined {
  return /^musafirgo\/actions\/([\w-]+)@[\w./-]+$/.exec(uses)?.[1] ?? /^\.\/([\w-]+)$/.exec(uses)?.[1];
}

/**
 * A reusable workflow of this repository: `musafirgo/actions/.github/workflows/x.yml@ref`, or a local path
 * (`./.github/workflows/x.yml`; the tests' fixtures live elsewhere, which GitHub itself would not allow).
 */
function ourWorkflow(uses: string): string | undefined {
  return (
    /^musafirgo\/actions\/(\.github\/workflows\/[\w.-]+\.ya?ml)@[\w./-]+$/.exec(uses)?.[1] ??
    /^\.\/([\w./-]+\.ya?ml)$/.exec(uses)?.[1]
  );
}

const statusFunctions = ['success', 'failure', 'always', 'cancelled'];

class Expressions {
  constructor(
    private readonly contexts: Record<string, unknown>,
    private readonly status: { failed: boolean }
  ) {}

  evaluate(expression: string): data.ExpressionData {
    const lexed = new Lexer(expression).lex();
    const parser = new Parser(
      lexed.tokens,
      Object.keys(this.contexts),
      statusFunctions.map(name => ({ name, minArgs: 0, maxArgs: 0 }))
    );
    const context = JSON.parse(JSON.stringify(this.contexts), data.reviver) as data.Dictionary;
    const failed = this.status.failed;
    const functions = new Map(
      [
        ['success', !failed],
        ['failure', failed],
        ['always', true],
        ['cancelled', false]
      ].map(([name, value]) => [
        name as string,
        { name: name as string, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value as boolean) }
      ])
    );
    return new Evaluator(parser.parse(), context, functions).evaluate();
  }

  /** A value with `${{ }}` templates replaced; a value that is one whole expression keeps its type. */
  interpolate(value: Value): Value {
    if (typeof value !== 'string') return value;
    const whole = /^\s*\$\{\{((?:(?!\}\})[\s\S])*)\}\}\s*$/.exec(value);
    if (whole) return toValue(this.evaluate(whole[1]!));
    return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
      this.evaluate(expression).coerceString()
    );
  }

  /** An `if:`: status functions as GitHub adds them, `success() && (...)` when none is named. */
  condition(value: string | boolean | undefined): boolean {
    if (value === undefined) return !this.status.failed;
    if (typeof value === 'boolean') return value && !this.status.failed;
    const expression = value.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1');
    const named = statusFunctions.some(name => new RegExp(`\\b${name}\\(\\)`).test(expression));
    return truthy(this.evaluate(named ? expression : `success() && (${expression})`));
  }
}

function toValue(result: data.ExpressionData): Value {
  if (result.kind === data.Kind.Boolean || result.kind === data.Kind.Number)
    return JSON.parse(result.coerceString()) as Value;
  return result.coerceString();
}

function grantsIdToken(permissions: Permissions): boolean {
  if (permissions === 'write-all') return true;
  return typeof permissions === 'object' && permissions['id-token'] === 'write';
}

function checkOutputReferences(text: string, steps: Map<string, string>): void {
  for (const [, stepId, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
    const action = steps.get(stepId!);
    if (action && !(output! in loadAction(action).outputs)) {
      throw new WorkflowError(
        `step '${stepId}' (musafirgo/actions/${action}) has no output '${output}'; it has ${Object.keys(loadAction(action).outputs).join(', ')}`
      );
    }
  }
}

function topologicalJobs(jobs: Record<string, JobSpec>): string[] {
  const order: string[] = [];
  const visit = (id: string, path: string[]) => {
    if (order.includes(id)) return;
    if (path.includes(id))
      throw new WorkflowError(`jobs depend on each other in a cycle: ${[...path, id].join(' -> ')}`);
    const job = jobs[id];
    if (!job) throw new WorkflowError(`job '${path.at(-1)}' needs '${id}', which does not exist`);
    for (const need of [job.needs ?? []].flat()) visit(need, [...path, id]);
    order.push(id);
  };
  for (const id of Object.keys(jobs)) visit(id, []);
  return order;
}

function resolveInputs(
  specs: Record<string, InputSpec>,
  given: Record<string, Value>,
  file: string
): Record<string, Value> {
  const inputs: Record<string, Value> = {};
  for (const name of Object.keys(given)) {
    if (!(name in specs)) throw new WorkflowError(`${file} has no input '${name}'`);
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = given[name] ?? spec.default;
    if (value === undefined) {
      if (spec.required) throw new WorkflowError(`${file} requires the input '${name}'`);
      inputs[name] = spec.type === 'boolean' ? false : spec.type === 'number' ? 0 : '';
      continue;
    }
    if (spec.type === 'boolean' && typeof value !== 'boolean')
      throw new WorkflowError(`input '${name}' of ${file} must be a boolean`);
    if (spec.type === 'number' && typeof value !== 'number')
      throw new WorkflowError(`input '${name}' of ${file} must be a number`);
    if (spec.type === 'choice' && !spec.options?.includes(String(value))) {
      throw new WorkflowError(
        `input '${name}' of ${file} must be one of ${spec.options?.join(', ')}, not '${value}'`
      );
    }
    inputs[name] = value;
  }
  return inputs;
}

async function runScript(
  script: string,
  env: Record<string, string>,
  cwd: string
): Promise<{ code: number; log: string; exported: Record<string, string>; outputs: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'run-step-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_ENV: join(dir, 'env') };
  for (const file of Object.values(files)) await writeFile(file, '');
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    env: { ...env, ...files },
    cwd
  });
  let log = '';
  child.stdout.on('data', chunk => (log += chunk));
  child.stderr.on('data', chunk => (log += chunk));
  const code = await new Promise<number>(resolve => child.on('close', c => resolve(c ?? 1)));
  return {
    code,
    log,
    exported: parseFileCommands(await readFile(files.GITHUB_ENV, 'utf8')),
    outputs: parseFileCommands(await readFile(files.GITHUB_OUTPUT, 'utf8'))
  };
}

export async function runWorkflow(options: WorkflowRunOptions): Promise<WorkflowResult> {
  const workflow = parse(readFileSync(resolve(root, options.file), 'utf8')) as WorkflowSpec;
  const trigger = workflow.on?.[options.event];
  if (trigger === undefined) throw new WorkflowError(`${options.file} is not triggered by ${options.event}`);
  const inputs = resolveInputs(trigger?.inputs ?? {}, options.inputs ?? {}, options.file);
  for (const [name, spec] of Object.entries(trigger?.secrets ?? {})) {
    if (spec.required && !options.secrets?.[name])
      throw new WorkflowError(`${options.file} requires the secret '${name}'`);
  }
  const jobs: Record<string, JobResult> = {};
  const workspace = options.workspace ?? (await mkdtemp(join(tmpdir(), 'workspace-')));

  for (const jobId of topologicalJobs(workflow.jobs)) {
    const job = workflow.jobs[jobId]!;
    const needs = Object.fromEntries(
      [job.needs ?? []]
        .flat()
        .map(need => [need, { result: jobs[need]!.result, outputs: jobs[need]!.outputs }])
    );
    const status = { failed: Object.values(needs).some(need => need.result !== 'success') };
    const baseContexts = {
      inputs,
      needs,
      vars: options.vars ?? {},
      secrets: options.secrets ?? {},
      github: {
        event_name: options.callerEvent ?? options.event,
        event: { repository: { default_branch: 'main' } },
        repository: options.job?.repository ?? 'musafirgo/itinerary',
        ref: options.job?.ref ?? 'refs/heads/main',
        ref_name: (options.job?.ref ?? 'refs/heads/main').replace(/^refs\/(heads|tags)\//, ''),
        sha: options.job?.sha ?? '3f786850e387550fdab836ed7e6dc881de23001b',
        run_id: '9182736450',
        run_attempt: '1',
        workspace
      },
      env: {} as Record<string, string>
    };
    const jobExpressions = new Expressions(baseContexts, status);
    if (!jobExpressions.condition(job.if)) {
      jobs[jobId] = { id: jobId, result: 'skipped', outputs: {}, steps: [] };
      continue;
    }
    const permissions = job.permissions ?? workflow.permissions;
    const idToken =
      grantsIdToken(permissions) &&
      (options.callerPermissions === undefined || grantsIdToken(options.callerPermissions));

    if (job.uses) {
      const called = ourWorkflow(job.uses);
      if (!called)
        throw new WorkflowError(
          `job '${jobId}' calls ${job.uses}, which is not a workflow of this repository`
        );
      const withInputs = Object.fromEntries(
        Object.entries(job.with ?? {}).map(([k, v]) => [k, jobExpressions.interpolate(v)])
      );
      const secrets =
        job.secrets === 'inherit'
          ? options.secrets
          : Object.fromEntries(
              Object.entries(job.secrets ?? {}).map(([k, v]) => [k, String(jobExpressions.interpolate(v))])
            );
      const result = await runWorkflow({
        ...options,
        file: called,
        event: 'workflow_call',
        callerEvent: options.callerEvent ?? options.event,
        inputs: withInputs,
        secrets,
        callerPermissions: permissions
      });
      jobs[jobId] = {
        id: jobId,
        result: result.result,
        outputs: result.outputs,
        steps: [],
        jobs: result.jobs
      };
      continue;
    }

    const environmentName = typeof job.environment === 'object' ? job.environment.name : job.environment;
    const environment = environmentName ? String(jobExpressions.interpolate(environmentName)) : undefined;
    const runnerEnv = options.sandbox.env({ ...options.job, ...(environment ? { environment } : {}) });
    if (!idToken) {
      delete runnerEnv['ACTIONS_ID_TOKEN_REQUEST_URL'];
      delete runnerEnv['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    }
    const jobEnv = Object.fromEntries(
      Object.entries({ ...workflow.env, ...job.env }).map(([k, v]) => [
        k,
        String(jobExpressions.interpolate(v))
      ])
    );
    const steps: StepResult[] = [];
    const stepsContext: Record<
      string,
      { outputs: Record<string, string>; outcome: string; conclusion: string }
    > = {};
    const stepActions = new Map<string, string>();
    const exported: Record<string, string> = {};

    for (const [index, step] of (job.steps ?? []).entries()) {
      const id = step.id ?? `__step${index}`;
      const contexts = { ...baseContexts, steps: stepsContext, env: { ...jobEnv, ...exported } };
      const expressions = new Expressions(contexts, status);
      const name = step.name ?? step.uses ?? step.run?.split('\n')[0] ?? id;
      const record = (result: Omit<StepResult, 'id' | 'name'>) => {
        steps.push({ id, name, ...result });
        stepsContext[id] = { outputs: result.outputs, outcome: result.outcome, conclusion: result.outcome };
        if (result.outcome === 'failure' && !step['continue-on-error']) status.failed = true;
      };
      if (!expressions.condition(step.if)) {
        record({ outcome: 'skipped', outputs: {} });
        continue;
      }
      checkOutputReferences(
        JSON.stringify({ with: step.with, env: step.env, run: step.run, if: step.if }),
        stepActions
      );
      const stepEnv = {
        ...runnerEnv,
        ...jobEnv,
        ...exported,
        ...Object.fromEntries(
          Object.entries(step.env ?? {}).map(([k, v]) => [k, String(expressions.interpolate(v))])
        )
      };
      const action = step.uses ? ourAction(step.uses) : undefined;
      if (action) {
        const declared = loadAction(action).inputs;
        const withInputs = Object.fromEntries(
          Object.entries(step.with ?? {}).map(([k, v]) => [k, String(expressions.interpolate(v))])
        );
        for (const input of Object.keys(withInputs)) {
          if (!(input in declared))
            throw new WorkflowError(
              `step '${name}' passes '${input}', which musafirgo/actions/${action} does not take`
            );
        }
        for (const [input, spec] of Object.entries(declared)) {
          if (spec.required && !withInputs[input] && spec.default === undefined) {
            throw new WorkflowError(
              `step '${name}' does not pass '${input}', which musafirgo/actions/${action} requires`
            );
          }
        }
        stepActions.set(id, action);
        await options.beforeStep?.(jobId, step);
        const run = await runAction(action, withInputs, stepEnv, { workspace });
        Object.assign(exported, run.exported);
        record({ outcome: run.exitCode === 0 ? 'success' : 'failure', outputs: run.outputs, run });
      } else if (step.run !== undefined) {
        const script = String(expressions.interpolate(step.run));
        const directory = step['working-directory'] ?? job.defaults?.run?.['working-directory'] ?? '.';
        const result = await runScript(
          script,
          stepEnv,
          join(workspace, String(expressions.interpolate(directory)))
        );
        Object.assign(exported, result.exported);
        record({
          outcome: result.code === 0 ? 'success' : 'failure',
          outputs: result.outputs,
          log: result.log
        });
      } else {
        // Third-party actions (checkout, setup-node, ...) are outside the sandbox; the workspace stands in.
        record({ outcome: 'skipped', outputs: {} });
      }
    }
    const finalExpressions = new Expressions({ ...baseContexts, steps: stepsContext, env: jobEnv }, status);
    const outputs = Object.fromEntries(
      Object.entries(job.outputs ?? {}).map(([name, value]) => {
        checkOutputReferences(value, stepActions);
        return [name, String(finalExpressions.interpolate(value))];
      })
    );
    jobs[jobId] = { id: jobId, result: status.failed ? 'failure' : 'success', outputs, steps, environment };
  }

  const jobsContext = Object.fromEntries(
    Object.entries(jobs).map(([id, job]) => [id, { result: job.result, outputs: job.outputs }])
  );
  const final = new Expressions(
    { inputs, jobs: jobsContext, needs: {}, github: {}, vars: options.vars ?? {}, secrets: {}, env: {} },
    { failed: false }
  );
  const outputs = Object.fromEntries(
    Object.entries(trigger?.outputs ?? {}).map(([name, spec]) => [
      name,
      String(final.interpolate(spec.value))
    ])
  );
  const failed = Object.values(jobs).some(job => job.result === 'failure');
  return { result: failed ? 'failure' : 'success', jobs, outputs };
}
