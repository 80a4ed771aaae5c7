import { describe, expect, it, beforeAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputPath, readInputFile } from '../../actions/shared/files.js';
import { parseYamlInput } from '../../actions/shared/yaml-input.js';

let root: string;
let env: NodeJS.ProcessEnv;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'files-'));
  env = { GITHUB_WORKSPACE: root };
  writeFileSync(join(root, 'smoke.yaml'), 'checks:\n  - /health\n');
  writeFileSync(join(root, 'empty.yaml'), '');
  writeFileSync(join(root, 'binary.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
  writeFileSync(join(root, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  writeFileSync(join(root, 'big.yaml'), 'x'.repeat(2048));
  writeFileSync(join(root, 'broken.yaml'), 'checks:\n  - path: /a\n   expect: 200\n');
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) {
    bomb.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`
    );
  }
  writeFileSync(join(root, 'bomb.yaml'), bomb.join('\n'));
  mkdirSync(join(root, 'dir'));
});

const limits = { maxBytes: 1024, what: 'a smoke checks file' };

describe('file inputs, checked before they are parsed', () => {
  it('reads a text file inside the workspace', () => {
    expect(readInputFile('smoke', 'smoke.yaml', { ...limits, env })).toEqual({
      path: join(root, 'smoke.yaml'),
      text: 'checks:\n  - /health\n'
    });
  });

  it.each([
    ['missing.yaml', "input 'smoke': there is no file 'missing.yaml'"],
    ['dir', "input 'smoke': 'dir' is a directory; name a smoke checks file"],
    ['empty.yaml', "input 'smoke': 'empty.yaml' is empty; name a smoke checks file"],
    ['big.yaml', "input 'smoke': 'big.yaml' is 2.0 KB, over the 1.0 KB limit for a smoke checks file"],
    ['binary.bin', "input 'smoke': 'binary.bin' is not a text file (a NUL byte at offset 4)"],
    ['latin1.txt', "input 'smoke': 'latin1.txt' is not a text file (not UTF-8)"],
    ['../../etc/passwd', "input 'smoke': '../../etc/passwd' leads outside the workspace"],
    ['/dev/null', "input 'smoke': '/dev/null' is not a regular file"]
  ])('refuses %s, naming the input', (path, message) => {
    expect(() => readInputFile('smoke', path, { ...limits, env })).toThrow(message);
  });

  it('cuts a long path it echoes', () => {
    expect(() => inputPath('junit', `${'a/'.repeat(3000)}x.xml`, env)).toThrow(
      /^input 'junit' is not a usable path: '(a\/){100}…' \(6005 characters\) is too long$/
    );
  });

  it('reports a YAML mistake with the input, the file and the line', () => {
    const file = readInputFile('smoke', 'broken.yaml', { ...limits, env });
    expect(() => parseYamlInput('smoke', file)).toThrow(
      new RegExp(
        `^input 'smoke': ${join(root, 'broken.yaml')} line 3, column 1 is not valid YAML: Sequence item without - indicator$`
      )
    );
  });

  it('refuses a YAML alias bomb in its own words, not the parser’s', () => {
    const file = readInputFile('smoke', 'bomb.yaml', { ...limits, maxBytes: 4096, env });
    expect(() => parseYamlInput('smoke', file)).toThrow(
      `input 'smoke': ${join(root, 'bomb.yaml')} expands more than 100 YAML aliases, which no configuration needs (a YAML bomb?); write it out without them`
    );
  });
});
