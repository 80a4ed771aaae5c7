import * as core from '@actions/core';
import { getExecOutput } from '@actions/exec';

export interface ExecOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Written to the tool's standard input (a password, never an argument). */
  input?: string;
  /** Each line of output to the step's log as it comes (a build); otherwise kept quiet. */
  stream?: boolean;
}

export interface ExecResult {
  /** The exit code; 127 when the tool is not on PATH. */
  code: number;
  stdout: string;
  stderr: string;
  /** The last 40 lines of output, both streams, for an error message. */
  tail: string[];
}

/**
 * Every child process of the actions (buildah, docker, helm, az) through @actions/exec: arguments passed as an
 * array (no shell), output collected, the exit code returned rather than thrown so each caller words its own
 * failure. Credentials never go on a command line: a file named in the environment, or `input`.
 */
export async function execTool(
  command: string,
  args: string[],
  options: ExecOptions = {}
): Promise<ExecResult> {
  const tail: string[] = [];
  const keep = (line: string) => {
    if (options.stream) core.info(line);
    tail.push(line);
    if (tail.length > 40) tail.shift();
  };
  const env = Object.fromEntries(
    Object.entries(options.env ?? process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined
    )
  );
  try {
    const output = await getExecOutput(command, args, {
      env,
      cwd: options.cwd,
      silent: true,
      ignoreReturnCode: true,
      ...(options.input === undefined ? {} : { input: Buffer.from(options.input) }),
      listeners: { stdline: keep, errline: keep }
    });
    return { code: output.exitCode, stdout: output.stdout, stderr: output.stderr, tail };
  } catch (error) {
    // @actions/exec looks the tool up on PATH first and throws when it is not there.
    const message = error instanceof Error ? error.message : String(error);
    return { code: 127, stdout: '', stderr: message, tail: [message] };
  }
}
