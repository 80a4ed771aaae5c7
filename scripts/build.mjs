// Bundles each action with @vercel/ncc into dist/<name>/index.js. With --check, builds into memory and
// fails when the committed dist/ differs, so a stale bundle never ships.
import ncc from '@vercel/ncc';
import { Buffer } from 'node:buffer';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
// `npm run build -- login smoke` builds only those actions; no names builds every one.
const only = process.argv.slice(2).filter(arg => !arg.startsWith('--'));

const names = (await readdir(join(root, 'actions'), { withFileTypes: true }))
  .filter(entry => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'index.ts')))
  .map(entry => entry.name)
  .filter(name => only.length === 0 || only.includes(name))
  .sort();

const stale = [];
const failed = [];
for (const name of names) {
  let bundle;
  try {
    bundle = await ncc(join(root, 'actions', name, 'index.ts'), {
      minify: false,
      sourceMap: false,
      license: 'licenses.txt',
      quiet: true,
      target: 'es2022'
    });
  } catch (error) {
    console.error(`ncc could not bundle actions/${name}: ${String(error?.message ?? error).slice(0, 2000)}`);
    failed.push(name);
    continue;
  }
  const { code, assets } = bundle;
  const files = new Map([['index.js', code]]);
  for (const [asset, { source }] of Object.entries(assets)) files.set(asset, source);
  const outDir = join(root, 'dist', name);
  if (check) {
    const present = existsSync(outDir) ? await readdir(outDir, { recursive: true }) : [];
    for (const [file, content] of files) {
      const path = join(outDir, file);
      const current = existsSync(path) ? await readFile(path) : undefined;
      if (!current || !current.equals(Buffer.from(content))) stale.push(`dist/${name}/${file}`);
    }
    for (const file of present)
      if (!files.has(file) && !existsSync(join(outDir, file, '.')))
        stale.push(`dist/${name}/${file} (extra)`);
  } else {
    await rm(outDir, { recursive: true, force: true });
    for (const [file, content] of files) {
      await mkdir(dirname(join(outDir, file)), { recursive: true });
      await writeFile(join(outDir, file), content);
    }
    console.log(`dist/${name}/index.js  ${(Buffer.byteLength(code) / 1024).toFixed(0)} KiB`);
  }
}

if (failed.length > 0) process.exit(1);
if (check) {
  if (stale.length > 0) {
    console.error(`dist/ is stale: ${stale.join(', ')}. Run 'npm run build' and commit dist/.`);
    process.exit(1);
  }
  console.log(`dist/ is up to date (${names.join(', ')})`);
}
