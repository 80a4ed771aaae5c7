// What every bundled action does with inputs nobody should give it: an undeclared one (a typo) is named with
// the input it was probably meant to be, and no input, however long, makes an annotation over 1,000 characters.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runAction } from '../../sandbox/runner.js';

const root = new URL('../..', import.meta.url).pathname;
const actions = readdirSync(join(root, 'dist')).filter(name => existsSync(join(root, name, 'action.yml')));
const declared = (action: string) =>
  Object.keys(
    (parse(readFileSync(join(root, action, 'action.yml'), 'utf8')) as { inputs?: Record<string, unknown> })
      .inputs ?? {}
  );

describe('inputs every action is given by mistake', () => {
  it.each(actions)('%s warns about an input it does not declare, naming the closest one', async action => {
    const first = declared(action)[0]!;
    const typo = `${first.slice(0, -1)}${first.endsWith('x') ? 'y' : 'x'}`;
    const run = await runAction(action, { [typo]: 'value', 'unknown-input': 'value' });
    expect(run.warnings).toEqual(
      expect.arrayContaining([
        `input '${typo}' is not an input of ${action} (did you mean '${first}'?); it is ignored`,
        `input 'unknown-input' is not an input of ${action}; it is ignored`
      ])
    );
  });

  it.each(actions)(
    '%s keeps every error annotation under 1,000 characters whatever the inputs',
    async action => {
      const huge = `${'x'.repeat(5000)}\n${'y'.repeat(5000)}`;
      const inputs = Object.fromEntries(declared(action).map(name => [name, huge]));
      const run = await runAction(action, inputs);
      expect(run.exitCode).toBe(1);
      expect(run.errors.length).toBeGreaterThan(0);
      for (const line of run.stdout.split('\n').filter(l => l.startsWith('::error'))) {
        expect(line.length).toBeLessThanOrEqual(1000 + '::error::'.length);
      }
    }
  );
});
