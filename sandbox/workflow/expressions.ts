// Expressions evaluated by GitHub's own evaluator (@actions/expressions), with the status functions and
// hashFiles() the runner adds.
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Value = string | number | boolean;

/** Node 22's fs.globSync (the machine runs Node 24; the project's @types/node is 20's). */
export const globSync = (fs as unknown as { globSync(pattern: string, options?: { cwd?: string }): string[] })
  .globSync;

export interface Status {
  failed: boolean;
  cancelled: boolean;
}

const statusFunctions = ['success', 'failure', 'always', 'cancelled'];

/**
 * hashFiles(): one SHA-256 over the SHA-256 of every file the patterns match under the workspace, in path
 * order; '' when nothing matches. `!pattern` excludes.
 */
export function hashFiles(workspace: string, patterns: string[]): string {
  const include = patterns.filter(p => !p.startsWith('!'));
  const exclude = patterns.filter(p => p.startsWith('!')).map(p => p.slice(1));
  const excluded = new Set(exclude.flatMap(p => globSync(p, { cwd: workspace })));
  const files = [...new Set(include.flatMap(p => globSync(p, { cwd: workspace })))]
    .filter(file => !excluded.has(file) && !file.split('/').includes('.git'))
    .filter(file => statSync(join(workspace, file)).isFile())
    .sort();
  if (files.length === 0) return '';
  const total = createHash('sha256');
  for (const file of files)
    total.update(
      createHash('sha256')
        .update(readFileSync(join(workspace, file)))
        .digest()
    );
  return total.digest('hex');
}

export class Expressions {
  constructor(
    private readonly contexts: Record<string, unknown>,
    private readonly status: Status,
    private readonly workspace?: string
  ) {}

  evaluate(expression: string): data.ExpressionData {
    const lexed = new Lexer(expression).lex();
    const names = [...statusFunctions, ...(this.workspace ? ['hashFiles'] : [])];
    const parser = new Parser(
      lexed.tokens,
      Object.keys(this.contexts),
      names.map(name => ({
        name,
        minArgs: name === 'hashFiles' ? 1 : 0,
        maxArgs: name === 'hashFiles' ? 255 : 0
      }))
    );
    const context = JSON.parse(JSON.stringify(this.contexts), data.reviver) as data.Dictionary;
    const { failed, cancelled } = this.status;
    const functions = new Map(
      (
        [
          ['success', !failed && !cancelled],
          ['failure', failed],
          ['always', true],
          ['cancelled', cancelled]
        ] as const
      ).map(([name, value]) => [
        name as string,
        { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value) }
      ])
    );
    const workspace = this.workspace;
    if (workspace) {
      functions.set('hashFiles', {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: (...args: data.ExpressionData[]) =>
          new data.StringData(
            hashFiles(
              workspace,
              args.map(a => a.coerceString())
            )
          )
      } as never);
    }
    return new Evaluator(parser.parse(), context, functions as never).evaluate();
  }

  /** A value with `${{ }}` templates replaced; a value that is one whole expression keeps its type. */
  interpolate(value: Value): Value {
    if (typeof value !== 'string') return value;
    const whole = /^\s*\$\{\{((?:(?!\}\})[\s\S])*)\}\}\s*$/.exec(value);
    if (whole) return toValue(this.evaluate(whole[1]!));
    return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
      this.evaluate(expression).coerceString()
    );
  }

  /** An `if:`: status functions as GitHub adds them, `success() && (...)` when none is named. */
  condition(value: string | boolean | undefined): boolean {
    const ok = !this.status.failed && !this.status.cancelled;
    if (value === undefined) return ok;
    if (typeof value === 'boolean') return value && ok;
    const expression = value.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1');
    const named = statusFunctions.some(name => new RegExp(`\\b${name}\\(\\)`).test(expression));
    return truthy(this.evaluate(named ? expression : `success() && (${expression})`));
  }
}

export function toValue(result: data.ExpressionData): Value {
  if (result.kind === data.Kind.Boolean || result.kind === data.Kind.Number)
    return JSON.parse(result.coerceString()) as Value;
  return result.coerceString();
}
