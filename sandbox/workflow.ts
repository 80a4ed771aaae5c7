/**
 * A local runner for workflow files, as strict as GitHub (sandbox/README.md lists each rule and GitHub's page for
 * it). It reads a workflow and runs its jobs against the sandbox: in `needs` order; reusable-workflow jobs by
 * recursion with their `with:` inputs and secrets; steps that use a musafirgo action run its committed dist
 * bundle (`runAction`), `run:` steps run in bash, the platform's third-party actions are emulated
 * (sandbox/workflow/actions.ts); expressions go through GitHub's own evaluator.
 *
 * As on GitHub: every job gets a fresh runner (an empty workspace until actions/checkout puts the commit there,
 * its own RUNNER_TEMP and home), files pass between jobs only as artifacts and caches; a called workflow's jobs
 * get at most the GITHUB_TOKEN permissions its caller grants, or the whole run is refused at startup; secrets
 * reach a called workflow only when passed or inherited, environment secrets only inside a job of that
 * environment; `vars` come from the organisation, the repository and the environment; an environment's
 * deployment branch and tag policy, wait timer and required reviewers apply before its job starts; `concurrency`
 * queues or cancels runs and jobs across runs of one host.
 *
 * Stricter than GitHub where GitHub only warns: an input a musafirgo action does not declare, a missing required
 * input, or a reference to an output the action does not declare fails the run.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { LineCounter, parse, parseDocument } from 'yaml';
import type { Sandbox } from './index.js';
import { cancelOnAbort, parseFileCommands, runAction, type ActionRun } from './runner.js';
import type { JobContext } from './world.js';
import { emulatedAction } from './workflow/actions.js';
import { ActionError, ArtifactStore } from './workflow/artifacts.js';
import { CacheStore } from './workflow/cache.js';
import { ConcurrencyGroups } from './workflow/concurrency.js';
import {
  refusedRef,
  type EnvironmentSettings,
  type Review,
  type ReviewRequest
} from './workflow/environments.js';
import { Expressions, type Status, type Value } from './workflow/expressions.js';
import {
  describe as describePermissions,
  exceeding,
  fromSpec,
  repositoryDefault,
  type Permissions,
  type PermissionsSpec
} from './workflow/permissions.js';
import { freshRunner, type Runner } from './workflow/runner-image.js';

export type { EnvironmentSettings, Review, ReviewRequest } from './workflow/environments.js';
export type { Permissions } from './workflow/permissions.js';

const root = new URL('..', import.meta.url).pathname;

interface StepSpec {
  id?: string;
  name?: string;
  if?: string | boolean;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, Value>;
  env?: Record<string, Value>;
  'continue-on-error'?: boolean;
  'working-directory'?: string;
}

type ConcurrencySpec = string | { group: string; 'cancel-in-progress'?: boolean | string };

interface JobSpec {
  name?: string;
  needs?: string | string[];
  if?: string | boolean;
  uses?: string;
  with?: Record<string, Value>;
  secrets?: 'inherit' | Record<string, string>;
  environment?: string | { name: string; url?: string };
  permissions?: PermissionsSpec;
  concurrency?: ConcurrencySpec;
  env?: Record<string, Value>;
  outputs?: Record<string, string>;
  defaults?: { run?: { 'working-directory'?: string; shell?: string } };
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
  permissions?: PermissionsSpec;
  concurrency?: ConcurrencySpec;
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
  outcome: 'success' | 'failure' | 'skipped' | 'cancelled';
  outputs: Record<string, string>;
  /** The action's run, for steps that use a musafirgo action. */
  run?: ActionRun;
  /** Output of a `run:` step or of an emulated action, secrets masked. */
  log?: string;
}

export type JobOutcome = 'success' | 'failure' | 'skipped' | 'cancelled';

export interface JobResult {
  id: string;
  result: JobOutcome;
  outputs: Record<string, string>;
  steps: StepResult[];
  /** Results of the jobs of a called reusable workflow. */
  jobs?: Record<string, JobResult>;
  environment?: string;
  /** The GITHUB_TOKEN's permissions, as `contents: read, id-token: write`. */
  permissions?: string;
  /** What the runner did around the steps: the fresh runner, protection rules, concurrency, caches. */
  log: string[];
  /** Why the job failed or was cancelled before or between its steps (protection rules, concurrency). */
  failure?: string;
  /** The fresh runner's directories (removed when the job ended). */
  runner?: { workspace: string; temp: string; home: string };
  /** How long the job took, protection rules and queueing included. */
  durationMs?: number;
}

export interface WorkflowResult {
  result: 'success' | 'failure' | 'cancelled';
  jobs: Record<string, JobResult>;
  outputs: Record<string, string>;
  /** The run's artifacts, by name. */
  artifacts: string[];
}

/** A repository as its workflows see it: its files, settings, secrets, variables and environments. */
export interface RepositorySettings {
  /** owner/name; the world's default job repository when absent. */
  name?: string;
  /** The repository's files: a git work tree, whose HEAD is the commit a run checks out, or a plain directory. */
  path?: string;
  defaultBranch?: string;
  /** Settings > Actions > Workflow permissions; restricted (read contents and packages) by default. */
  defaultPermissions?: 'restricted' | 'permissive';
  protectedBranches?: string[];
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  organization?: { secrets?: Record<string, string>; vars?: Record<string, string> };
  environments?: Record<string, EnvironmentSettings>;
  /** The repository's artifact retention limit in days (1 to 90). */
  artifactRetentionDays?: number;
}

/**
 * What outlives one run: the repositories' caches, the concurrency groups, the run numbers. Runs that share a
 * host see each other as runs of one GitHub would.
 */
export class WorkflowHost {
  readonly concurrency = new ConcurrencyGroups();
  private readonly caches = new Map<string, CacheStore>();
  private runs = 0;

  constructor(readonly sandbox: Sandbox) {}

  cache(repository: string): CacheStore {
    let store = this.caches.get(repository);
    if (!store) {
      store = new CacheStore(() => this.sandbox.clock.now());
      this.caches.set(repository, store);
    }
    return store;
  }

  nextRunId(): string {
    return String(9182736450 + this.runs++);
  }
}

/** The GitHub API's side of GITHUB_TOKEN: githubReposService() registers job tokens with their permissions. */
export interface JobTokenIssuer {
  jobToken(options: { repository: string; permissions: Permissions }): { value: string; revoke(): void };
}

export interface WorkflowRunOptions {
  sandbox: Sandbox;
  /** Path of the workflow file, relative to the repository root (or absolute). */
  file: string;
  event: 'workflow_call' | 'workflow_dispatch' | 'push' | 'pull_request';
  inputs?: Record<string, Value>;
  /** Repository secrets (for workflow_call: the secrets passed to the workflow). */
  secrets?: Record<string, string>;
  /** Repository variables. */
  vars?: Record<string, string>;
  /** The job's GitHub context (repository, ref, sha...) for ID tokens and GITHUB_* variables. */
  job?: Partial<JobContext>;
  /** The repository's files (what actions/checkout checks out), when `repository.path` is not given. */
  workspace?: string;
  repository?: RepositorySettings;
  /** Shared by runs that should see each other's caches and concurrency groups; one per run by default. */
  host?: WorkflowHost;
  /** The reviewer of a deployment that waits for one. Without it such a job never starts, and fails. */
  review?: (request: ReviewRequest) => Review | Promise<Review>;
  /** Where GITHUB_TOKEN is honoured (githubReposService()); elsewhere the token opens nothing. */
  github?: JobTokenIssuer;
  /** Called before each step that uses a musafirgo action runs: tests use it to inject faults at a precise point. */
  beforeStep?: (job: string, step: StepSpec) => Promise<void> | void;
  /** The event that started the run, when this workflow is called by another (github.event_name there). */
  callerEvent?: WorkflowRunOptions['event'];
  /** Called when a job with steps ends, with its path (`ci/build` for the job build of the workflow ci calls). */
  onJob?: (path: string, job: JobResult) => void;
}

export class WorkflowError extends Error {
  override name = 'WorkflowError';
}

/** What one run shares between its workflows (the caller's and the ones it calls). */
interface RunState {
  id: string;
  repository: Required<Pick<RepositorySettings, 'name' | 'defaultBranch'>> & RepositorySettings;
  source?: string;
  sha: string;
  ref: string;
  event: WorkflowRunOptions['event'];
  artifacts: ArtifactStore;
  cache: CacheStore;
  host: WorkflowHost;
  cancelled?: string;
  controller: AbortController;
  options: WorkflowRunOptions;
}

interface Caller {
  file: string;
  uses: string;
  /** The GITHUB_TOKEN permissions the calling job grants: the ceiling of the called workflow's jobs. */
  permissions: Permissions;
  /** Where the calling job is in its file, as GitHub cites it: `(Line: 80, Col: 3)`. */
  position?: string;
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
  file: string,
  environments?: string[]
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
    if (spec.type === 'environment' && environments && !environments.includes(String(value))) {
      throw new WorkflowError(
        `input '${name}' of ${file} must be an environment of the repository (${environments.join(', ')}), not '${value}'`
      );
    }
    inputs[name] = value;
  }
  return inputs;
}

function readWorkflow(file: string): { spec: WorkflowSpec; position: (path: string[]) => string } {
  const text = readFileSync(resolve(root, file), 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const position = (path: string[]) => {
    const parent = doc.getIn(path.slice(0, -1), true) as
      { items?: Array<{ key: { value: string; range?: number[] } }> } | undefined;
    const key = parent?.items?.find(item => item.key.value === path.at(-1))?.key;
    const at = key?.range ? lineCounter.linePos(key.range[0]!) : undefined;
    return at ? `(Line: ${at.line}, Col: ${at.col})` : '';
  };
  const spec = doc.toJS() as WorkflowSpec & { on: unknown };
  // `on: push` and `on: [push, pull_request]` are the short forms of a mapping of events.
  if (typeof spec.on === 'string') spec.on = { [spec.on]: null };
  else if (Array.isArray(spec.on)) spec.on = Object.fromEntries(spec.on.map((e: string) => [e, null]));
  return { spec, position };
}

/** A job's own permissions, or its workflow's; undefined when neither says. */
function declaredPermissions(job: JobSpec, workflow: WorkflowSpec): Permissions | undefined {
  const spec = job.permissions ?? workflow.permissions;
  return spec === undefined ? undefined : fromSpec(spec);
}

/**
 * GitHub's checks at startup, over the whole tree of called workflows, before any job runs and whatever their
 * `if:` would say: the inputs and secrets a call passes are declared by the called workflow, the required ones
 * are given, and no nested job asks for more GITHUB_TOKEN permissions than its caller grants.
 */
function validateCalls(file: string, defaults: Permissions, caller?: Caller, depth = 0): void {
  if (depth > 9) throw new WorkflowError(`${file}: reusable workflows nest more than 10 levels`);
  const { spec: workflow, position } = readWorkflow(file);
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    const declared = declaredPermissions(job, workflow);
    const granted = declared ?? caller?.permissions ?? defaults;
    if (caller && declared) {
      const over = exceeding(declared, caller.permissions);
      if (over) {
        throw new WorkflowError(
          `The workflow is not valid. ${caller.file} ${caller.position ?? ''}: Error calling workflow '${caller.uses}'. The nested job '${jobId}' is requesting '${over.scope}: ${over.requested}', but is only allowed '${over.scope}: ${over.allowed}'.`
        );
      }
    }
    if (!job.uses) continue;
    if (job.environment !== undefined)
      throw new WorkflowError(
        `${file} ${position(['jobs', jobId])}: job '${jobId}' calls a reusable workflow and cannot set environment (the called workflow's jobs name theirs)`
      );
    const called = ourWorkflow(job.uses);
    if (!called)
      throw new WorkflowError(`job '${jobId}' calls ${job.uses}, which is not a workflow of this repository`);
    const { spec: target } = readWorkflow(called);
    const trigger = target.on?.['workflow_call'];
    if (trigger === undefined)
      throw new WorkflowError(
        `${file}: job '${jobId}' calls ${job.uses}, which is not triggered by workflow_call`
      );
    const declaredInputs = trigger?.inputs ?? {};
    for (const name of Object.keys(job.with ?? {})) {
      if (!(name in declaredInputs))
        throw new WorkflowError(
          `${file} ${position(['jobs', jobId])}: Invalid input, ${name} is not defined in the referenced workflow.`
        );
    }
    for (const [name, input] of Object.entries(declaredInputs)) {
      if (input.required && !(name in (job.with ?? {})))
        throw new WorkflowError(
          `${file} ${position(['jobs', jobId])}: Input ${name} is required, but not provided while calling.`
        );
    }
    if (job.secrets !== 'inherit') {
      const declaredSecrets = trigger?.secrets ?? {};
      for (const name of Object.keys(job.secrets ?? {})) {
        if (!(name in declaredSecrets))
          throw new WorkflowError(
            `${file} ${position(['jobs', jobId])}: Invalid secret, ${name} is not defined in the referenced workflow.`
          );
      }
      for (const [name, secret] of Object.entries(declaredSecrets)) {
        if (secret.required && !(name in (job.secrets ?? {})))
          throw new WorkflowError(
            `${file} ${position(['jobs', jobId])}: Secret ${name} is required, but not provided while calling.`
          );
      }
    }
    validateCalls(
      called,
      defaults,
      { file, uses: job.uses, permissions: granted, position: position(['jobs', jobId]) },
      depth + 1
    );
  }
}

/** Replaces every secret value in a log with ***, as the runner masks them. */
function mask(text: string, secrets: string[]): string {
  let masked = text;
  for (const secret of secrets.filter(s => s.length >= 4).sort((a, b) => b.length - a.length))
    masked = masked.split(secret).join('***');
  return masked;
}

async function runScript(
  script: string,
  env: Record<string, string>,
  cwd: string,
  shell: string | undefined,
  signal: AbortSignal | undefined
): Promise<{
  code: number;
  log: string;
  exported: Record<string, string>;
  outputs: Record<string, string>;
  path: string[];
}> {
  const dir = await mkdtemp(join(tmpdir(), 'run-step-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md')
  };
  for (const file of Object.values(files)) await writeFile(file, '');
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    return {
      code: 1,
      log: `An error occurred trying to start process '/usr/bin/bash' with working directory '${cwd}'. No such file or directory\n`,
      exported: {},
      outputs: {},
      path: []
    };
  }
  // GitHub's Linux shells: `bash -e {0}` when none is named, `bash --noprofile --norc -eo pipefail {0}` for bash.
  const args =
    shell === 'bash'
      ? ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script]
      : shell === 'sh'
        ? ['-e', '-c', script]
        : ['-e', '-c', script];
  const child = spawn(shell === 'sh' ? 'sh' : 'bash', args, {
    env: { ...env, ...files },
    cwd,
    detached: true
  });
  cancelOnAbort(child, signal);
  let log = '';
  child.stdout.on('data', chunk => (log += chunk));
  child.stderr.on('data', chunk => (log += chunk));
  const code = await new Promise<number>(resolve => child.on('close', c => resolve(c ?? 1)));
  return {
    code,
    log,
    exported: parseFileCommands(await readFile(files.GITHUB_ENV, 'utf8')),
    outputs: parseFileCommands(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    path: (await readFile(files.GITHUB_PATH, 'utf8')).split('\n').filter(Boolean)
  };
}

function concurrencyOf(
  spec: ConcurrencySpec | undefined,
  expressions: Expressions
): { group: string; cancelInProgress: boolean } | undefined {
  if (spec === undefined) return undefined;
  const group = String(expressions.interpolate(typeof spec === 'string' ? spec : spec.group));
  const cancel =
    typeof spec === 'string' ? false : expressions.interpolate(spec['cancel-in-progress'] ?? false);
  return { group, cancelInProgress: cancel === true || cancel === 'true' };
}

function gitHead(path: string): string | undefined {
  if (!existsSync(join(path, '.git'))) return undefined;
  return execFileSync('git', ['-C', path, 'rev-parse', 'HEAD']).toString().trim();
}

/**
 * GitHub's startup checks of a workflow file and every workflow it calls, without running anything: the inputs
 * and secrets each call passes, and each nested job's GITHUB_TOKEN permissions against its caller's grant.
 * Throws GitHub's message for the first refusal.
 */
export function validateWorkflow(
  file: string,
  defaultPermissions: 'restricted' | 'permissive' = 'restricted'
): void {
  validateCalls(file, repositoryDefault(defaultPermissions));
}

export async function runWorkflow(options: WorkflowRunOptions): Promise<WorkflowResult> {
  const host = options.host ?? new WorkflowHost(options.sandbox);
  const world = options.sandbox.world.github.job;
  const repository = {
    ...options.repository,
    name: options.repository?.name ?? options.job?.repository ?? world.repository,
    defaultBranch: options.repository?.defaultBranch ?? 'main',
    secrets: {
      ...options.repository?.secrets,
      ...(options.event === 'workflow_call' ? {} : options.secrets)
    },
    vars: { ...options.repository?.vars, ...options.vars }
  };
  const source = options.repository?.path ?? options.workspace;
  const sha = options.job?.sha ?? (source ? gitHead(source) : undefined) ?? world.sha;
  const ref = options.job?.ref ?? (options.event === 'pull_request' ? 'refs/pull/1/merge' : world.ref);
  const defaults = repositoryDefault(repository.defaultPermissions ?? 'restricted');
  validateCalls(options.file, defaults);
  const run: RunState = {
    id: host.nextRunId(),
    repository,
    source,
    sha,
    ref,
    event: options.callerEvent ?? options.event,
    artifacts: new ArtifactStore(() => options.sandbox.clock.now(), repository.artifactRetentionDays ?? 90),
    cache: host.cache(repository.name),
    host,
    controller: new AbortController(),
    options
  };
  const passed = options.event === 'workflow_call' ? (options.secrets ?? {}) : undefined;
  const result = await runFile(
    run,
    options.file,
    options.event,
    options.inputs ?? {},
    passed,
    undefined,
    defaults,
    []
  );
  return { ...result, artifacts: run.artifacts.list().map(a => a.name) };
}

async function runFile(
  run: RunState,
  file: string,
  event: WorkflowRunOptions['event'],
  given: Record<string, Value>,
  passedSecrets: Record<string, string> | undefined,
  caller: Caller | undefined,
  defaults: Permissions,
  path: string[]
): Promise<Omit<WorkflowResult, 'artifacts'>> {
  const { options, repository } = run;
  const jobWorkflowRef = caller ? workflowRefOf(caller.uses, repository.name, run.ref) : undefined;
  const { spec: workflow } = readWorkflow(file);
  const trigger = workflow.on?.[event];
  if (trigger === undefined) throw new WorkflowError(`${file} is not triggered by ${event}`);
  const inputs = resolveInputs(
    trigger?.inputs ?? {},
    given,
    file,
    repository.environments ? Object.keys(repository.environments) : undefined
  );
  for (const [name, spec] of Object.entries(trigger?.secrets ?? {})) {
    if (spec.required && !passedSecrets?.[name])
      throw new WorkflowError(`${file} requires the secret '${name}'`);
  }
  const organization = repository.organization ?? {};
  /** Outside an environment: what the workflow was passed, or the organisation's and repository's secrets. */
  const baseSecrets = passedSecrets ?? { ...organization.secrets, ...repository.secrets };
  const baseVars = { ...organization.vars, ...repository.vars };
  const jobs: Record<string, JobResult> = {};
  const github = {
    event_name: run.event,
    event: { repository: { default_branch: repository.defaultBranch } },
    repository: repository.name,
    repository_owner: repository.name.split('/')[0],
    ref: run.ref,
    ref_name: run.ref.replace(/^refs\/(heads|tags)\//, ''),
    ref_type: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    sha: run.sha,
    run_id: run.id,
    run_attempt: '1',
    actor: options.job?.actor ?? options.sandbox.world.github.job.actor,
    workflow: workflow.name ?? file,
    base_ref: options.job?.baseRef ?? (run.event === 'pull_request' ? repository.defaultBranch : ''),
    head_ref: options.job?.headRef ?? ''
  };

  // A workflow-level concurrency group holds the whole run (a called workflow's is the caller run's too).
  const workflowConcurrency = concurrencyOf(
    workflow.concurrency,
    new Expressions({ github, inputs, vars: baseVars }, { failed: false, cancelled: false })
  );
  let releaseRun: (() => void) | undefined;
  if (workflowConcurrency) {
    const got = await run.host.concurrency.acquire(
      workflowConcurrency.group,
      {
        label: `run ${run.id}`,
        cancel: reason => {
          run.cancelled = reason;
          run.controller.abort();
        }
      },
      workflowConcurrency.cancelInProgress
    );
    if ('cancelled' in got) {
      run.cancelled = got.cancelled;
      for (const id of Object.keys(workflow.jobs))
        jobs[id] = {
          id,
          result: 'cancelled',
          outputs: {},
          steps: [],
          log: [got.cancelled],
          failure: got.cancelled
        };
      return { result: 'cancelled', jobs, outputs: {} };
    }
    releaseRun = got.release;
  }

  try {
    for (const jobId of topologicalJobs(workflow.jobs)) {
      const job = workflow.jobs[jobId]!;
      const needs = Object.fromEntries(
        [job.needs ?? []]
          .flat()
          .map(need => [need, { result: jobs[need]!.result, outputs: jobs[need]!.outputs }])
      );
      const status: Status = {
        failed: Object.values(needs).some(need => need.result === 'failure'),
        cancelled: Boolean(run.cancelled)
      };
      const skippedNeed = Object.values(needs).some(need => need.result !== 'success');
      const baseContexts = { inputs, needs, vars: baseVars, secrets: baseSecrets, github, env: {} };
      const jobExpressions = new Expressions(baseContexts, status);
      const named = typeof job.if === 'string' && /\b(always|failure|cancelled)\(\)/.test(job.if);
      if ((skippedNeed && !named) || !jobExpressions.condition(job.if)) {
        jobs[jobId] = {
          id: jobId,
          result: run.cancelled ? 'cancelled' : 'skipped',
          outputs: {},
          steps: [],
          log: []
        };
        continue;
      }
      const permissions = declaredPermissions(job, workflow) ?? caller?.permissions ?? defaults;

      if (job.uses) {
        const called = ourWorkflow(job.uses)!;
        const withInputs = Object.fromEntries(
          Object.entries(job.with ?? {}).map(([k, v]) => [k, jobExpressions.interpolate(v)])
        );
        const secrets =
          job.secrets === 'inherit'
            ? baseSecrets
            : Object.fromEntries(
                Object.entries(job.secrets ?? {}).map(([k, v]) => [k, String(jobExpressions.interpolate(v))])
              );
        const result = await runFile(
          run,
          called,
          'workflow_call',
          withInputs,
          secrets,
          { file, uses: job.uses, permissions },
          defaults,
          [...path, jobId]
        );
        jobs[jobId] = {
          id: jobId,
          result: result.result === 'cancelled' ? 'cancelled' : result.result,
          outputs: result.outputs,
          steps: [],
          jobs: result.jobs,
          log: []
        };
        continue;
      }
      const started = performance.now();
      jobs[jobId] = await runJob(run, {
        jobId,
        job,
        workflow,
        file,
        permissions,
        baseContexts,
        status,
        baseSecrets,
        jobWorkflowRef
      });
      jobs[jobId]!.durationMs = Math.round(performance.now() - started);
      options.onJob?.([...path, jobId].join('/'), jobs[jobId]!);
    }
  } finally {
    releaseRun?.();
  }

  const jobsContext = Object.fromEntries(
    Object.entries(jobs).map(([id, job]) => [id, { result: job.result, outputs: job.outputs }])
  );
  const final = new Expressions(
    { inputs, jobs: jobsContext, needs: {}, github, vars: baseVars, secrets: {}, env: {} },
    { failed: false, cancelled: false }
  );
  const outputs = Object.fromEntries(
    Object.entries(trigger?.outputs ?? {}).map(([name, spec]) => [
      name,
      String(final.interpolate(spec.value))
    ])
  );
  const results = Object.values(jobs).map(job => job.result);
  return {
    result: results.includes('failure')
      ? 'failure'
      : results.includes('cancelled') || run.cancelled
        ? 'cancelled'
        : 'success',
    jobs,
    outputs
  };
}

interface JobRun {
  jobId: string;
  job: JobSpec;
  workflow: WorkflowSpec;
  file: string;
  permissions: Permissions;
  baseContexts: Record<string, unknown> & { github: Record<string, unknown>; vars: Record<string, string> };
  status: Status;
  baseSecrets: Record<string, string>;
  /** The called workflow a job runs in, as its ID token's job_workflow_ref says. */
  jobWorkflowRef?: string;
}

/**
 * job_workflow_ref of a job in a called workflow: `owner/repo/path@refs/tags/v1` for a `uses:` pinned to a tag
 * (a branch name is a ref of heads, a full SHA stays as it is), the calling repository's own for a local path.
 */
function workflowRefOf(uses: string, repository: string, ref: string): string {
  const local = /^\.\/(.+)$/.exec(uses);
  if (local) return `${repository}/${local[1]}@${ref}`;
  const [path, version = ''] = uses.split('@');
  const full = /^[0-9a-f]{40}$/.test(version)
    ? version
    : /^v\d+(\.\d+)*$/.test(version)
      ? `refs/tags/${version}`
      : `refs/heads/${version}`;
  return `${path}@${full}`;
}

async function runJob(run: RunState, spec: JobRun): Promise<JobResult> {
  const { options, repository } = run;
  const { jobId, job, permissions, status } = spec;
  const log: string[] = [];
  const expressions = new Expressions(spec.baseContexts, status);
  const environmentName = typeof job.environment === 'object' ? job.environment.name : job.environment;
  const environment = environmentName ? String(expressions.interpolate(environmentName)) : undefined;
  const settings = environment ? repository.environments?.[environment] : undefined;
  const fail = (failure: string, result: JobOutcome = 'failure'): JobResult => ({
    id: jobId,
    result,
    outputs: {},
    steps: [],
    environment,
    log: [...log, failure],
    failure
  });

  // Protection rules, before a runner is assigned: the ref policy fails at once; the wait timer and the
  // reviewers hold the job.
  if (environment) {
    const refused = refusedRef(
      environment,
      settings,
      run.ref,
      repository.protectedBranches ?? [repository.defaultBranch]
    );
    if (refused) return fail(refused);
    const wait = settings?.waitTimerMinutes ?? 0;
    if (wait > 0) {
      options.sandbox.clock.advance(wait * 60);
      log.push(`environment ${environment}: waited ${wait} min (wait timer)`);
    }
    const reviewers = settings?.reviewers ?? [];
    if (reviewers.length > 0) {
      const request: ReviewRequest = {
        environment,
        job: jobId,
        workflow: String(spec.baseContexts.github['workflow']),
        ref: run.ref,
        actor: String(spec.baseContexts.github['actor']),
        reviewers
      };
      if (!options.review)
        return fail(
          `Deployment to ${environment} is waiting for a review by ${reviewers.join(', ')}; nobody reviewed it (on GitHub the run waits up to 30 days, then fails)`
        );
      const review = await options.review(request);
      if (!reviewers.includes(review.reviewer))
        return fail(
          `${review.reviewer} is not a required reviewer of ${environment} (${reviewers.join(', ')})`
        );
      if (settings?.preventSelfReview && review.reviewer === request.actor)
        return fail(
          `${review.reviewer} triggered this run and may not approve its deployment to ${environment}`
        );
      if (review.state === 'rejected')
        return fail(
          `Deployment to ${environment} rejected by ${review.reviewer}${review.comment ? `: ${review.comment}` : ''}`
        );
      log.push(
        `environment ${environment}: approved by ${review.reviewer}${review.comment ? ` (${review.comment})` : ''}`
      );
    }
  }

  const jobCancel = { reason: undefined as string | undefined, controller: new AbortController() };
  const abortJob = () => jobCancel.controller.abort();
  run.controller.signal.addEventListener('abort', abortJob);
  const concurrency = concurrencyOf(job.concurrency, expressions);
  let release: (() => void) | undefined;
  if (concurrency) {
    const got = await run.host.concurrency.acquire(
      concurrency.group,
      {
        label: `${jobId} of run ${run.id}`,
        cancel: reason => {
          jobCancel.reason = reason;
          jobCancel.controller.abort();
        }
      },
      concurrency.cancelInProgress
    );
    if ('cancelled' in got) {
      run.controller.signal.removeEventListener('abort', abortJob);
      return fail(got.cancelled, 'cancelled');
    }
    release = got.release;
  }

  const runner = freshRunner(repository.name);
  log.push(
    `fresh runner: workspace ${runner.workspace} (empty), RUNNER_TEMP ${runner.temp}, HOME ${runner.home}`
  );
  const token = options.github?.jobToken({ repository: repository.name, permissions }) ?? {
    value: `ghs_${randomBytes(27).toString('base64url').slice(0, 36)}`,
    revoke: () => undefined
  };
  log.push(`GITHUB_TOKEN: ${describePermissions(permissions)}`);
  try {
    return await runSteps(run, spec, { runner, token: token.value, environment, settings, log, jobCancel });
  } finally {
    token.revoke();
    runner.remove();
    release?.();
    run.controller.signal.removeEventListener('abort', abortJob);
  }
}

async function runSteps(
  run: RunState,
  spec: JobRun,
  context: {
    runner: Runner;
    token: string;
    environment?: string;
    settings?: EnvironmentSettings;
    log: string[];
    jobCancel: { reason?: string; controller: AbortController };
  }
): Promise<JobResult> {
  const { options, repository } = run;
  const { jobId, job, workflow, permissions, status } = spec;
  const { runner, environment, settings, log, jobCancel } = context;
  const secrets = { ...spec.baseSecrets, ...settings?.secrets, GITHUB_TOKEN: context.token };
  const vars = { ...spec.baseContexts.vars, ...settings?.vars };
  const secretValues = () => Object.values(secrets).filter(Boolean);
  const runnerEnv = options.sandbox.env({
    ...options.job,
    repository: repository.name,
    sha: run.sha,
    ref: run.ref,
    eventName: run.event,
    job: jobId,
    runId: run.id,
    ...(spec.jobWorkflowRef ? { jobWorkflowRef: spec.jobWorkflowRef } : {}),
    ...(environment ? { environment } : {})
  });
  if (permissions['id-token'] !== 'write') {
    delete runnerEnv['ACTIONS_ID_TOKEN_REQUEST_URL'];
    delete runnerEnv['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
  }
  const github = {
    ...spec.baseContexts.github,
    token: context.token,
    workspace: runner.workspace,
    job: jobId
  };
  const runnerContext = {
    os: 'Linux',
    arch: 'X64',
    temp: runner.temp,
    tool_cache: runner.toolCache,
    name: 'GitHub Actions 1'
  };
  const contexts = { ...spec.baseContexts, github, secrets, vars, runner: runnerContext };
  const jobEnv = Object.fromEntries(
    Object.entries({ ...workflow.env, ...job.env }).map(([k, v]) => [
      k,
      String(new Expressions(contexts, status).interpolate(v))
    ])
  );
  const steps: StepResult[] = [];
  const stepsContext: Record<
    string,
    { outputs: Record<string, string>; outcome: string; conclusion: string }
  > = {};
  const stepActions = new Map<string, string>();
  const exported: Record<string, string> = {};
  const posts: Array<() => void> = [];
  const cancelled = () => Boolean(jobCancel.reason ?? run.cancelled);

  for (const [index, step] of (job.steps ?? []).entries()) {
    const id = step.id ?? `__step${index}`;
    status.cancelled = cancelled();
    // A step that runs after the cancellation (if: always() or cancelled()) runs to its end.
    const signal = status.cancelled ? undefined : jobCancel.controller.signal;
    const stopped = () => !status.cancelled && cancelled();
    const stepContexts = { ...contexts, steps: stepsContext, env: { ...jobEnv, ...exported } };
    const expressions = new Expressions(stepContexts, status, runner.workspace);
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
    const stepEnv: Record<string, string> = {
      ...runnerEnv,
      ...runner.env,
      HOME: runner.home,
      RUNNER_TEMP: runner.temp,
      RUNNER_TOOL_CACHE: runner.toolCache,
      GITHUB_WORKSPACE: runner.workspace,
      GITHUB_RUN_ID: run.id,
      PATH: [...runner.path, process.env['PATH'] ?? '/usr/bin:/bin'].join(':'),
      ...jobEnv,
      ...exported,
      ...Object.fromEntries(
        Object.entries(step.env ?? {}).map(([k, v]) => [k, String(expressions.interpolate(v))])
      )
    };
    const withInputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, String(expressions.interpolate(v))])
    );
    const action = step.uses ? ourAction(step.uses) : undefined;
    if (action) {
      const declared = loadAction(action).inputs;
      for (const input of Object.keys(withInputs)) {
        if (!(input in declared))
          throw new WorkflowError(
            `step '${name}' passes '${input}', which musafirgo/actions/${action} does not take`
          );
      }
      for (const [input, inputSpec] of Object.entries(declared)) {
        if (inputSpec.required && !withInputs[input] && inputSpec.default === undefined) {
          throw new WorkflowError(
            `step '${name}' does not pass '${input}', which musafirgo/actions/${action} requires`
          );
        }
      }
      stepActions.set(id, action);
      await options.beforeStep?.(jobId, step);
      const result = await runAction(action, withInputs, stepEnv, {
        workspace: runner.workspace,
        runnerTemp: runner.temp,
        signal
      });
      Object.assign(exported, result.exported);
      record({
        outcome: stopped() ? 'cancelled' : result.exitCode === 0 ? 'success' : 'failure',
        outputs: result.outputs,
        run: result
      });
    } else if (step.run !== undefined) {
      const script = String(expressions.interpolate(step.run));
      const directory = step['working-directory'] ?? job.defaults?.run?.['working-directory'] ?? '.';
      const result = await runScript(
        script,
        stepEnv,
        resolve(runner.workspace, String(expressions.interpolate(directory))),
        step.shell ?? job.defaults?.run?.shell,
        signal
      );
      Object.assign(exported, result.exported);
      runner.path.unshift(...result.path.reverse());
      record({
        outcome: stopped() ? 'cancelled' : result.code === 0 ? 'success' : 'failure',
        outputs: result.outputs,
        log: mask(result.log, secretValues())
      });
    } else if (step.uses) {
      const emulate = emulatedAction(step.uses);
      if (!emulate)
        throw new WorkflowError(
          `step '${name}' uses ${step.uses}, which the sandbox's runner does not emulate (it runs musafirgo actions, checkout, setup-node/java/python, upload- and download-artifact@v4 and cache)`
        );
      const lines: string[] = [];
      try {
        const result = emulate(withInputs, {
          runner,
          source: run.source,
          sha: run.sha,
          ref: run.ref,
          cacheRefs: cacheRefs(run),
          artifacts: run.artifacts,
          cache: run.cache,
          log: line => lines.push(line)
        });
        if (result.post) posts.push(result.post);
        log.push(...lines.filter(line => !line.startsWith('::')));
        record({ outcome: 'success', outputs: result.outputs, log: lines.join('\n') });
      } catch (error) {
        if (!(error instanceof ActionError)) throw error;
        lines.push(`::error::${error.message}`);
        record({ outcome: 'failure', outputs: {}, log: lines.join('\n') });
      }
    } else {
      throw new WorkflowError(`step '${name}' of job '${jobId}' has neither run nor uses`);
    }
  }
  if (!status.failed && !cancelled()) for (const post of posts) post();
  const finalExpressions = new Expressions({ ...contexts, steps: stepsContext, env: jobEnv }, status);
  const outputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(job.outputs ?? {})) {
    checkOutputReferences(value, stepActions);
    const text = String(finalExpressions.interpolate(value));
    // GitHub drops an output that holds a secret rather than pass it on in clear.
    if (secretValues().some(secret => secret.length >= 4 && text.includes(secret))) {
      log.push(`Skip output '${name}' since it may contain secret.`);
      continue;
    }
    outputs[name] = text;
  }
  const reason = jobCancel.reason ?? run.cancelled;
  return {
    id: jobId,
    result: reason ? 'cancelled' : status.failed ? 'failure' : 'success',
    outputs,
    steps,
    environment,
    permissions: describePermissions(permissions),
    log,
    ...(reason ? { failure: reason } : {}),
    runner: { workspace: runner.workspace, temp: runner.temp, home: runner.home }
  };
}

/** The refs whose caches a job may restore: its own, a pull request's base branch, the default branch. */
function cacheRefs(run: RunState): string[] {
  const refs = [run.ref];
  const base = run.options.job?.baseRef;
  if (run.event === 'pull_request' && base) refs.push(`refs/heads/${base}`);
  refs.push(`refs/heads/${run.repository.defaultBranch}`);
  return [...new Set(refs)];
}
