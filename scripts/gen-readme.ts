// Rewrites the inputs and outputs tables of each <action>/README.md from its action.yml, between the
// `<!-- inputs -->` / `<!-- outputs -->` markers and their `<!-- end -->`. With --check it only reports drift.
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';

interface ActionYaml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();

function tables(action: ActionYaml): Record<'inputs' | 'outputs', string> {
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${spec.default !== undefined && spec.default !== '' ? `\`${spec.default}\`` : ''} | ${cell(spec.description)} |`
  );
  const outputs = Object.entries(action.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`
  );
  return {
    inputs: ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |', ...inputs].join(
      '\n'
    ),
    outputs: ['| Output | Description |', '| --- | --- |', ...outputs].join('\n')
  };
}

const drift: string[] = [];
for (const entry of await readdir(root, { withFileTypes: true })) {
  const actionFile = join(root, entry.name, 'action.yml');
  const readmeFile = join(root, entry.name, 'README.md');
  if (!entry.isDirectory() || !existsSync(actionFile) || !existsSync(readmeFile)) continue;
  const generated = tables(parse(await readFile(actionFile, 'utf8')) as ActionYaml);
  const before = await readFile(readmeFile, 'utf8');
  let after = before;
  for (const section of ['inputs', 'outputs'] as const) {
    const pattern = new RegExp(`(<!-- ${section} -->\\n)[\\s\\S]*?(<!-- end -->)`);
    if (!pattern.test(after))
      throw new Error(`${entry.name}/README.md has no <!-- ${section} --> ... <!-- end --> block`);
    after = after.replace(pattern, `$1${generated[section]}\n$2`);
  }
  after = await format(after, { ...(await resolveConfig(readmeFile)), filepath: readmeFile });
  if (after !== before) {
    if (check) drift.push(`${entry.name}/README.md`);
    else await writeFile(readmeFile, after);
  }
}
if (drift.length > 0) {
  console.error(`README tables differ from action.yml in ${drift.join(', ')}: run 'npm run docs'.`);
  process.exit(1);
}
