// Fails when the actions' modules import each other in a cycle: static imports, `export ... from` and dynamic
// `import()` alike, since a cycle through a lazy chunk is still two modules that cannot be read apart.
// `npm run check-structure [-- <folder>]`, run in CI; `--help` for the usage.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { defineCommand, readCommandLine } from '../actions/shared/args.js';

const command = defineCommand({
  name: 'check-structure',
  invocation: 'npm run check-structure --',
  summary:
    'Reads every .ts file under the folder, follows its relative imports, and fails with the modules of each import cycle it finds.',
  flags: {},
  positionals: { name: 'folder', description: 'the folder to check', max: 1, defaultText: 'actions' },
  examples: ['npm run check-structure', 'npm run check-structure -- sandbox']
});
const { positionals } = readCommandLine(command);

const root = resolve(positionals[0] ?? 'actions');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter(file => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map(file => join(root, file));

const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
const graph = new Map<string, string[]>();
for (const file of files) {
  const source = readFileSync(file, 'utf8').replace(/\/\*[^]*?\*\/|\/\/.*$/gm, '');
  const targets = [...source.matchAll(importPattern)].map(match =>
    resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts'))
  );
  graph.set(
    file,
    [...new Set(targets)].filter(target => graph.has(target) || files.includes(target))
  );
}

// Tarjan's strongly connected components: every component of more than one module (or a module importing
// itself) is a cycle.
let index = 0;
const indices = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const cycles: string[][] = [];
function visit(node: string): void {
  indices.set(node, index);
  low.set(node, index++);
  stack.push(node);
  onStack.add(node);
  for (const next of graph.get(node) ?? []) {
    if (!indices.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node)!, low.get(next)!));
    } else if (onStack.has(next)) {
      low.set(node, Math.min(low.get(node)!, indices.get(next)!));
    }
  }
  if (low.get(node) === indices.get(node)) {
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.reverse());
  }
}
for (const file of files) if (!indices.has(file)) visit(file);

const name = (file: string) => relative(process.cwd(), file);
if (cycles.length > 0) {
  for (const cycle of cycles) console.error(`import cycle through: ${cycle.map(name).join(', ')}`);
  console.error(
    `${cycles.length} import cycle(s) in ${name(root)}/: move what both sides need into a module of its own.`
  );
  process.exit(1);
}
console.log(`no import cycles in ${name(root)}/ (${files.length} modules)`);
