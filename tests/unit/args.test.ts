import { describe, expect, it } from '@jest/globals';
import {
  closest,
  defineCommand,
  editDistance,
  helpText,
  parseCommandLine,
  UsageError,
  wrap
} from '../../actions/shared/args.js';

const command = defineCommand({
  name: 'bench',
  invocation: 'npm run bench --',
  summary: 'Runs the benchmarks.',
  flags: {
    rounds: { type: 'string', value: 'n', default: '5', description: 'rounds of each benchmark' },
    verbose: { type: 'boolean', short: 'v', description: 'more' },
    url: { type: 'string', value: 'url', multiple: true, description: 'a URL' },
    world: { type: 'string', value: 'file', description: 'the world', defaultText: 'the default world' }
  },
  positionals: {
    name: 'benchmark',
    description: 'what to run',
    choices: ['login', 'smoke'],
    defaultText: 'all'
  },
  examples: ['npm run bench -- login --rounds 10']
});

const refusal = (argv: string[], spec: Parameters<typeof parseCommandLine>[0] = command) => {
  try {
    parseCommandLine(spec, argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  return 'accepted';
};

describe('the scripts command line', () => {
  it('gives each flag its value or its default, typed', () => {
    expect(parseCommandLine(command, [])).toEqual({
      values: { rounds: '5', verbose: false, url: [], world: undefined },
      positionals: []
    });
    expect(parseCommandLine(command, ['smoke', '--rounds', '2', '-v', '--url=a', '--url', 'b'])).toEqual({
      values: { rounds: '2', verbose: true, url: ['a', 'b'], world: undefined },
      positionals: ['smoke']
    });
  });

  it('answers --help and -h anywhere before --, whatever else is there', () => {
    expect(parseCommandLine(command, ['--help'])).toBe('help');
    expect(parseCommandLine(command, ['login', '-h', '--bogus'])).toBe('help');
    expect(refusal(['--', '--help'])).toBe(
      "bench: unknown benchmark '--help'; the benchmarks are login, smoke. See 'npm run bench -- --help'."
    );
  });

  it('refuses an unknown flag by name, with the closest known one', () => {
    expect(refusal(['--round', '3'])).toBe(
      "bench: Unknown option '--round' (did you mean '--rounds'?). See 'npm run bench -- --help'."
    );
    expect(refusal(['--verobse'])).toBe(
      "bench: Unknown option '--verobse' (did you mean '--verbose'?). See 'npm run bench -- --help'."
    );
    expect(refusal(['--colour=always'])).toBe(
      "bench: Unknown option '--colour'. See 'npm run bench -- --help'."
    );
    expect(refusal(['-x'])).toBe("bench: Unknown option '-x'. See 'npm run bench -- --help'.");
  });

  it('refuses a flag without its value, and a value given to a switch', () => {
    expect(refusal(['--rounds'])).toBe(
      "bench: '--rounds' needs a value: --rounds <n>. See 'npm run bench -- --help'."
    );
    expect(refusal(['--verbose=yes'])).toBe(
      "bench: '--verbose' takes no value. See 'npm run bench -- --help'."
    );
  });

  it('refuses arguments it does not take: an unknown choice, too many, or any at all', () => {
    expect(refusal(['logn'])).toBe(
      "bench: unknown benchmark 'logn' (did you mean 'login'?); the benchmarks are login, smoke. See 'npm run bench -- --help'."
    );
    const none = defineCommand({
      ...command,
      name: 'demo',
      invocation: 'npm run demo --',
      positionals: undefined
    });
    expect(refusal(['aks'], none)).toBe(
      "demo: unexpected argument 'aks': it takes none. See 'npm run demo -- --help'."
    );
    const one = defineCommand({ ...command, positionals: { name: 'checks file', description: 'x', max: 1 } });
    expect(refusal(['a.yaml', 'b.yaml'], one)).toBe(
      "bench: one checks file, not 2 ('a.yaml', 'b.yaml'). See 'npm run bench -- --help'."
    );
    expect(refusal(['x'.repeat(100)], none)).toBe(
      `demo: unexpected argument '${'x'.repeat(39)}…': it takes none. See 'npm run demo -- --help'.`
    );
  });

  it('refuses a missing required flag by name', () => {
    const required = defineCommand({
      ...command,
      flags: { repo: { type: 'string', value: 'owner/repository', required: true, description: 'the repo' } }
    });
    expect(refusal([], required)).toBe(
      "bench: '--repo' is required: --repo <owner/repository>. See 'npm run bench -- --help'."
    );
    expect(parseCommandLine(required, ['--repo', 'a/b'])).toEqual({
      values: { repo: 'a/b' },
      positionals: []
    });
    expect(helpText(required)).toMatch(
      /^usage: npm run bench -- --repo <owner\/repository> \[<benchmark> \.\.\.\]$/m
    );
  });

  it('prints its usage: what it does, each flag with its default, the arguments, an example', () => {
    expect(helpText(command)).toBe(
      [
        'usage: npm run bench -- [--rounds <n>] [--verbose] [--url <url>] [--world <file>] [<benchmark> ...]',
        '',
        'Runs the benchmarks.',
        '',
        'Options:',
        '  --rounds <n>    rounds of each benchmark (default: 5)',
        '  -v, --verbose   more (default: off)',
        '  --url <url>     a URL, repeatable (default: none)',
        '  --world <file>  the world (default: the default world)',
        '  -h, --help      print this help and exit',
        '',
        'Arguments:',
        '  <benchmark>     what to run: login, smoke (default: all)',
        '',
        'Example:',
        '  npm run bench -- login --rounds 10'
      ].join('\n')
    );
  });

  it('wraps a long synopsis between flags and long descriptions under their column', () => {
    const many = defineCommand({
      ...command,
      flags: Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => [
          `flag-${i}`,
          { type: 'string' as const, value: 'value', description: 'word '.repeat(30).trim() }
        ])
      )
    });
    const lines = helpText(many).split('\n');
    expect(lines.every(line => line.length <= 100)).toBe(true);
    expect(lines[1]).toMatch(/^ {24}\[--flag-\d+ <value>\]/);
    expect(lines.filter(line => line.startsWith('  --flag-0'))).toEqual([
      expect.stringMatching(/^ {2}--flag-0 <value> {3}word word/)
    ]);
  });
});

describe('the closest known name', () => {
  it('is a name that starts with what was typed, or one within a third of its length in edits', () => {
    expect(closest('verb', ['aks', 'verbose'])).toBe('verbose');
    expect(closest('bsae-url', ['base-url', 'key'])).toBe('base-url');
    expect(closest('environment', ['environments', 'branches'])).toBe('environments');
    expect(closest('deploy-ak', ['deploy-aca', 'deploy-aks', 'deploy-aks-helm'])).toBe('deploy-aks');
    expect(closest('zzz', ['aks', 'verbose'])).toBeUndefined();
    expect(closest('', ['aks'])).toBeUndefined();
  });

  it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('verobse', 'verbose')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('wrap', () => {
  it('breaks between words at the width, keeping a longer word whole', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('a https://example.com/a/long/path b', 10)).toEqual([
      'a',
      'https://example.com/a/long/path',
      'b'
    ]);
    expect(wrap('', 10)).toEqual(['']);
  });
});
