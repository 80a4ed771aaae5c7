import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// Every YAML snippet in the documentation that uses one of our actions or reusable workflows must pass only
// inputs it declares and every input it requires: a README that teaches a wrong name is a bug.

const root = new URL('../..', import.meta.url).pathname;
const markdown = [
  'README.md',
  ...readdirSync(root)
    .filter(dir => existsSync(join(root, dir, 'action.yml')))
    .map(dir => join(dir, 'README.md')),
  ...['workflows', '.github/workflows'].flatMap(dir =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter(file => file.endsWith('.md'))
          .map(file => join(dir, file))
      : []
  )
].filter(file => existsSync(join(root, file)));

interface Declared {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
}

function declaredFor(uses: string): Declared | undefined {
  const action = /^musafirgo\/actions\/([\w-]+)@/.exec(uses)?.[1];
  if (action) {
    const spec = parse(readFileSync(join(root, action, 'action.yml'), 'utf8')) as {
      inputs?: Declared['inputs'];
    };
    return { inputs: spec.inputs ?? {} };
  }
  const workflow = /^musafirgo\/actions\/(\.github\/workflows\/[\w.-]+)@/.exec(uses)?.[1];
  if (workflow) {
    const spec = parse(readFileSync(join(root, workflow), 'utf8')) as {
      on: { workflow_call?: { inputs?: Declared['inputs'] } };
    };
    return { inputs: spec.on.workflow_call?.inputs ?? {} };
  }
  return undefined;
}

/** Every `{ uses, with }` object anywhere in a snippet: steps, and jobs that call reusable workflows. */
function* usages(node: unknown): Generator<{ uses: string; with?: Record<string, unknown> }> {
  if (Array.isArray(node)) for (const item of node) yield* usages(item);
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record['uses'] === 'string') yield record as { uses: string; with?: Record<string, unknown> };
    for (const value of Object.values(record)) yield* usages(value);
  }
}

const snippets = markdown.flatMap(file =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((match, index) => ({
    name: `${file} #${index + 1}`,
    yaml: match[1]!
  }))
);

describe('usage snippets in the documentation', () => {
  it('exist for every action', () => {
    for (const file of markdown.filter(f => f.endsWith('/README.md') && !f.startsWith('workflows'))) {
      expect(snippets.some(s => s.name.startsWith(file))).toBe(true);
    }
  });

  it.each(snippets)('$name passes only declared inputs, and every required one', ({ yaml }) => {
    const problems: string[] = [];
    for (const usage of usages(parse(yaml))) {
      const declared = declaredFor(usage.uses);
      if (!declared) continue;
      for (const input of Object.keys(usage.with ?? {})) {
        if (!(input in declared.inputs)) problems.push(`${usage.uses} has no input '${input}'`);
      }
      for (const [input, spec] of Object.entries(declared.inputs)) {
        if (spec.required && spec.default === undefined && !(input in (usage.with ?? {}))) {
          problems.push(`${usage.uses} requires '${input}'`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
