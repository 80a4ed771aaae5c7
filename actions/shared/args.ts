// The command lines of the scripts a person runs (npm run demo, sandbox, smoke, federated-credentials, bench,
// and the musafirgo-smoke bin of the smoke bundle):
// node:util parseArgs with strict: true, --help/-h printing the usage, and a mistake refused in one line that
// names the flag or argument, the closest known one, and where the usage is. A script declares its flags once;
// the help text, the defaults and the typed values all come from that declaration.
import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';

export interface Flag {
  type: 'boolean' | 'string';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in the help: `--rounds <n>`. */
  value?: string;
  default?: string;
  /** A string flag the command cannot run without. */
  required?: boolean;
  description: string;
  /** How the default reads in the help when it is not a literal value (`the checks file's`). */
  defaultText?: string;
}

export interface Positionals {
  /** The placeholder in the help: `benchmark`. */
  name: string;
  description: string;
  /** The only values accepted (benchmark names); anything else is refused with the list. */
  choices?: readonly string[];
  max?: number;
  defaultText?: string;
}

export interface Command<F extends Record<string, Flag>> {
  /** How error messages start: `demo` gives `demo: Unknown option ...`. */
  name: string;
  /** How a person runs it, up to where the flags go: `npm run demo --`, `musafirgo-smoke`. */
  invocation: string;
  /** What it does, a sentence or two. */
  summary: string;
  /** Synopsis lines after `usage: `, when the one built from the flags would not say enough. */
  usage?: string[];
  flags: F;
  positionals?: Positionals;
  examples: string[];
}

type FlagValue<T extends Flag> = T['type'] extends 'boolean'
  ? boolean
  : T extends { multiple: true }
    ? string[]
    : T extends { default: string } | { required: true }
      ? string
      : string | undefined;

export type Values<F extends Record<string, Flag>> = { [K in keyof F]: FlagValue<F[K]> };

export interface CommandLine<F extends Record<string, Flag>> {
  values: Values<F>;
  positionals: string[];
}

/** A command's declaration, with its flags' types kept for the values parsed from it. */
export function defineCommand<const F extends Record<string, Flag>>(command: Command<F>): Command<F> {
  return command;
}

/** A mistake on the command line: the message is the one line to print before exiting 2. */
export class UsageError extends Error {}

/** Parses `argv`: 'help' when --help or -h is there (before any `--`), the values otherwise. */
export function parseCommandLine<const F extends Record<string, Flag>>(
  command: Command<F>,
  argv: string[]
): CommandLine<F> | 'help' {
  const end = argv.indexOf('--');
  if ((end < 0 ? argv : argv.slice(0, end)).some(arg => arg === '--help' || arg === '-h')) return 'help';
  const options: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> = {};
  for (const [name, flag] of Object.entries(command.flags)) {
    options[name] = { type: flag.type, ...(flag.short && { short: flag.short }), multiple: !!flag.multiple };
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(refusal(command, error));
  }
  const values: Record<string, unknown> = {};
  for (const [name, flag] of Object.entries(command.flags)) {
    const given = parsed.values[name];
    if (given === undefined && flag.required)
      throw usageError(command, `'--${name}' is required: --${name} ${placeholder(flag)}`);
    values[name] = given ?? (flag.type === 'boolean' ? false : flag.multiple ? [] : flag.default);
  }
  checkPositionals(command, parsed.positionals);
  return { values: values as Values<F>, positionals: parsed.positionals };
}

/**
 * For a script's top level: the parsed command line, or the help on stdout and exit 0, or the mistake on
 * stderr and exit 2. Written synchronously so that a pipe gets all of it before the process exits.
 */
export function readCommandLine<const F extends Record<string, Flag>>(
  command: Command<F>,
  argv: string[] = process.argv.slice(2)
): CommandLine<F> {
  let parsed: CommandLine<F> | 'help';
  try {
    parsed = parseCommandLine(command, argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    writeSync(2, `${error.message}\n`);
    process.exit(2);
  }
  if (parsed === 'help') {
    writeSync(1, `${helpText(command)}\n`);
    process.exit(0);
  }
  return parsed;
}

/** For a script's own checks of its values (`--rounds` a number): the refusal on stderr, and exit 2. */
export function refuse(command: Command<Record<string, Flag>>, what: string): never {
  writeSync(2, `${usageError(command, what).message}\n`);
  process.exit(2);
}

/** A refusal of the command line in the script's words, with where to read the usage. */
export function usageError(command: Command<Record<string, Flag>>, what: string): UsageError {
  return new UsageError(`${command.name}: ${what}. See '${command.invocation} --help'.`);
}

function refusal(command: Command<Record<string, Flag>>, error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  // Node quotes the option as typed (`'--bogus'`) or as declared (`'-v, --verbose'`, `'--rounds <value>'`).
  const quoted = /'([^']+)'/.exec(message ?? '')?.[1] ?? '';
  const named = /--[^\s,<]+/.exec(quoted)?.[0] ?? quoted.split(' ')[0]!;
  const flag = named.replace(/^--?/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    // The wording is node's own (what `parseArgs` users and our tests know), with the closest known flag.
    const known = [...Object.keys(command.flags), 'help'];
    const near = closest(flag, known);
    return usageError(command, `Unknown option '${named}'${near ? ` (did you mean '--${near}'?)` : ''}`)
      .message;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const spec = command.flags[flag];
    if (spec?.type === 'boolean') return usageError(command, `'${named}' takes no value`).message;
    if (spec) return usageError(command, `'${named}' needs a value: ${named} ${placeholder(spec)}`).message;
  }
  return usageError(command, String(message ?? error).replace(/\.$/, '')).message;
}

function checkPositionals(command: Command<Record<string, Flag>>, positionals: string[]): void {
  const spec = command.positionals;
  if (!spec) {
    if (positionals.length > 0)
      throw usageError(command, `unexpected argument '${cut(positionals[0]!)}': it takes none`);
    return;
  }
  if (spec.max !== undefined && positionals.length > spec.max) {
    throw usageError(
      command,
      `${spec.max === 1 ? `one ${spec.name}` : `at most ${spec.max} ${spec.name}s`}, not ${positionals.length} (${positionals.map(p => `'${cut(p)}'`).join(', ')})`
    );
  }
  if (spec.choices) {
    for (const given of positionals) {
      if (spec.choices.includes(given)) continue;
      const near = closest(given, spec.choices);
      throw usageError(
        command,
        `unknown ${spec.name} '${cut(given)}'${near ? ` (did you mean '${near}'?)` : ''}; the ${spec.name}s are ${spec.choices.join(', ')}`
      );
    }
  }
}

/** A value echoed in a refusal, cut short. */
export const cut = (value: string, max = 40) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/**
 * The known name nearest to a mistyped one: a prefix of it (`verb` for `verbose`), or within a few edits
 * (a third of its length, at least one). Undefined when nothing is that close.
 */
export function closest(given: string, known: readonly string[]): string | undefined {
  if (!given) return undefined;
  const prefixed = given.length >= 2 ? known.find(name => name.startsWith(given)) : undefined;
  if (prefixed) return prefixed;
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(given, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

/** Levenshtein distance, with a swap of two neighbours counting as one edit (`--verobse`). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      const above = d[i - 1]!;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function placeholder(flag: Flag): string {
  return `<${flag.value ?? 'value'}>`;
}

/** The text --help prints: usage, what it does, each flag with its default, the arguments, examples. */
export function helpText(command: Command<Record<string, Flag>>): string {
  const flags = Object.entries(command.flags);
  const synopsis =
    command.usage ??
    // Wrapped where a flag ends: a flag and its value stay on one line.
    wrap(
      [
        ...flags.map(([name, flag]) => {
          const spelled = `--${name}${flag.type === 'string' ? ` ${placeholder(flag)}` : ''}`;
          return flag.required ? spelled : `[${spelled}]`;
        }),
        ...(command.positionals ? [`[<${command.positionals.name}> ...]`] : [])
      ].join(' '),
      100 - 8 - command.invocation.length,
      / (?=\[|--)/
    ).map((line, i) => `${i === 0 ? command.invocation : ' '.repeat(command.invocation.length)} ${line}`);
  const rows: [string, string][] = flags.map(([name, flag]) => {
    const spelled = `${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.type === 'string' ? ` ${placeholder(flag)}` : ''}`;
    const fallback =
      flag.defaultText ??
      (flag.type === 'boolean' ? 'off' : flag.multiple ? 'none' : (flag.default ?? 'none'));
    const repeatable = flag.multiple ? ', repeatable' : '';
    return [
      spelled,
      `${flag.description}${repeatable} (${flag.required ? 'required' : `default: ${fallback}`})`
    ];
  });
  rows.push(['-h, --help', 'print this help and exit']);
  const width = Math.min(28, Math.max(...rows.map(([left]) => left.length)) + 2);
  const table = (entries: [string, string][]) =>
    entries.flatMap(([left, right]) => {
      const lines = wrap(right, 100 - width - 2);
      return left.length + 2 > width
        ? [`  ${left}`, ...lines.map(line => `  ${' '.repeat(width)}${line}`)]
        : lines.map((line, i) => `  ${(i === 0 ? left : '').padEnd(width)}${line}`);
    });
  const positionals = command.positionals;
  return [
    ...synopsis.map((line, i) => `${i === 0 ? 'usage: ' : '       '}${line}`),
    '',
    ...wrap(command.summary, 100),
    '',
    'Options:',
    ...table(rows),
    ...(positionals
      ? [
          '',
          'Arguments:',
          ...table([
            [
              `<${positionals.name}>`,
              `${positionals.description}${positionals.choices ? `: ${positionals.choices.join(', ')}` : ''}${positionals.defaultText ? ` (default: ${positionals.defaultText})` : ''}`
            ]
          ])
        ]
      : []),
    '',
    command.examples.length > 1 ? 'Examples:' : 'Example:',
    ...command.examples.map(example => `  ${example}`)
  ].join('\n');
}

/** Words wrapped at `width` columns (a longer word stays whole on its own line). */
export function wrap(text: string, width: number, space: RegExp = /\s+/): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(space).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
