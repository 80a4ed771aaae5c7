import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { closest } from './args.js';
import { errorMessage, remoteFailure } from './errors.js';
import { writeSummary } from './summary.js';

/**
 * A step that ended in a known bad state the action has already dealt with (a rollout that failed and was
 * rolled back, a gate that failed and restored the traffic): its message is the whole sentence, and its hint
 * what the user can do. Anything else thrown is an error the action did not expect to handle.
 */
export class StepFailure extends Error {
  override name = 'StepFailure';
  constructor(
    message: string,
    readonly hint?: string
  ) {
    super(message);
  }
}

/** An annotation longer than this is cut: GitHub shows the first lines only, and a wall of text helps nobody. */
export const MAX_FAILURE_LENGTH = 1000;

/** `<action>: <what happened>. <what to do>`, at most MAX_FAILURE_LENGTH characters. */
export function failureMessage(action: string, error: unknown): string {
  const remote = remoteFailure(error);
  const hint = remote ? remote.hint : error instanceof Error ? (error as { hint?: unknown }).hint : undefined;
  const happened = `${action}: ${remote ? remote.message : errorMessage(error)}`;
  const message =
    typeof hint === 'string' && hint ? `${happened.replace(/[.;:,\s]+$/, '')}. ${hint}` : happened;
  if (message.length <= MAX_FAILURE_LENGTH) return message;
  const tail = ` … (${message.length} characters in all; the step's log has the rest)`;
  return `${message.slice(0, MAX_FAILURE_LENGTH - tail.length)}${tail}`;
}

/**
 * Runs an action's main: the one place that catches, reports the failure as one annotation in the form
 * `<action>: <what happened>. <what to do>` (stack traces only in debug), and writes the job summary, which
 * every action builds up with core.summary as it goes, so a failed step still leaves what it did.
 */
export async function runStep(action: string, main: () => Promise<void>): Promise<void> {
  try {
    warnUndeclaredInputs(action, declaredInputs(action));
    await main();
  } catch (error) {
    if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
    const message = failureMessage(action, error);
    // The annotation is cut; the log keeps the whole text for whoever needs it.
    if (message.length < `${action}: ${errorMessage(error)}`.length) core.info(errorMessage(error));
    core.setFailed(message);
  } finally {
    await writeSummary().catch((error: unknown) =>
      core.warning(`the job summary could not be written: ${errorMessage(error)}`)
    );
  }
}

/**
 * The inputs the action's action.yml declares, read beside the bundle the runner started
 * (`<repository>/dist/<action>/index.js` → `<repository>/<action>/action.yml`); undefined when there is none
 * (the action run in-process by a test).
 */
export function declaredInputs(action: string, bundle = process.argv[1]): string[] | undefined {
  if (!bundle) return undefined;
  let text: string;
  try {
    text = readFileSync(join(dirname(bundle), '..', '..', action, 'action.yml'), 'utf8');
  } catch {
    return undefined;
  }
  const section = /^inputs:\s*\n((?:(?: {2}.*|\s*)\n)*)/m.exec(text)?.[1] ?? '';
  return [...section.matchAll(/^ {2}([A-Za-z0-9_-]+):/gm)].map(match => match[1]!);
}

/**
 * A `with:` key the action does not declare (a typo such as `health-timout`) is ignored by the runner; say so,
 * with the input it was probably meant to be.
 */
export function warnUndeclaredInputs(
  action: string,
  declared: string[] | undefined,
  env: NodeJS.ProcessEnv = process.env
): void {
  if (!declared) return;
  const variable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  const known = new Set(declared.map(variable));
  for (const key of Object.keys(env)) {
    if (!key.startsWith('INPUT_') || known.has(key)) continue;
    const given = key.slice('INPUT_'.length).toLowerCase();
    const near = closest(given, declared);
    core.warning(
      `input '${given}' is not an input of ${action}${near ? ` (did you mean '${near}'?)` : ''}; it is ignored`
    );
  }
}
