// Every caller snippet of the docs (the reusable workflows' .md files, the templates' README, the top README)
// as GitHub would take it at startup: the inputs and secrets it passes exist, and it grants each called job the
// GITHUB_TOKEN permissions that job asks for, or GitHub refuses the whole run before any job starts.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { validateWorkflow } from '../../sandbox/workflow.js';

const root = new URL('../..', import.meta.url).pathname;
const docs = [
  'README.md',
  'workflows/README.md',
  ...readdirSync(join(root, '.github/workflows'))
    .filter(file => file.endsWith('.md'))
    .map(file => `.github/workflows/${file}`)
];
const snippets = docs.flatMap(doc =>
  [...readFileSync(join(root, doc), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map(match => match[1]!)
    .filter(text => /uses: musafirgo\/actions\/\.github\/workflows\//.test(text))
    .map((text, i) => [`${doc} #${i + 1}`, text] as const)
);
const dir = mkdtempSync(join(tmpdir(), 'doc-snippets-'));

describe("the docs' callers of our reusable workflows", () => {
  it('exist', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(6);
  });

  it.each(snippets)('%s starts on GitHub', (name, text) => {
    const snippet = parse(text) as { jobs?: Record<string, unknown>; on?: unknown };
    const workflow = {
      name: 'snippet',
      on: snippet.on ?? { workflow_dispatch: null },
      permissions: {},
      jobs: snippet.jobs
    };
    const file = join(dir, `${name.replace(/[^\w]+/g, '-')}.yml`);
    writeFileSync(file, stringify(workflow));
    expect(() => validateWorkflow(file)).not.toThrow();
  });
});
