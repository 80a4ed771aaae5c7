import { parseDocument } from 'yaml';
import { ConfigurationError } from './errors.js';
import type { InputFile } from './files.js';

// Apart from files.ts so that an action that only checks a file (build-push's Dockerfile) does not load a YAML
// parser at start-up.

/** More aliases than this in one document is a YAML bomb, not configuration. */
const MAX_ALIASES = 100;

/**
 * YAML (or JSON) text of a file an input names, parsed; a mistake is reported with the input, the file and the
 * line, not in the parser's words alone.
 */
export function parseYamlInput(input: string, file: InputFile | { path: string; text: string }): unknown {
  const doc = parseDocument(file.text, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const where = at ? ` line ${at.line}, column ${at.col}` : '';
    throw new ConfigurationError(
      `input '${input}': ${file.path}${where} is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`
    );
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new ConfigurationError(
        `input '${input}': ${file.path} expands more than ${MAX_ALIASES} YAML aliases, which no configuration needs (a YAML bomb?); write it out without them`
      );
    }
    throw new ConfigurationError(
      `input '${input}': ${file.path} cannot be read: ${(error as Error).message}`
    );
  }
}
