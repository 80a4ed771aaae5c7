import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { stringify } from 'yaml';
import { ConfigurationError } from '../../shared/errors.js';
import { TOKEN_MODE_VARIABLE } from '../kube/token.js';

/** How the kubeconfig's exec entry runs our credential plugin: node and this bundle by default. */
export interface CredentialCommand {
  command: string;
  args: string[];
}

/** A Helm command line's result. */
export interface HelmOutput {
  stdout: string;
  stderr: string;
}

export type Helm = (args: string[]) => Promise<HelmOutput>;

/** Helm failed: the subcommand and Helm's own message (its `Error: ...` line). */
export class HelmError extends Error {
  override name = 'HelmError';
  constructor(
    readonly command: string,
    readonly helmMessage: string,
    /** 'render': the upgrade's templates failed to render (helm template fails the same way), nothing applied. */
    readonly stage?: 'render'
  ) {
    super(`helm ${command} failed: ${helmMessage}`);
  }
}

/**
 * Helm's whole reason: everything from its last `Error: ` line on (a chart's `fail` message spans several lines,
 * NOTES.txt validation lists every problem), without the prefixes that repeat what failed; else its last line.
 */
export function helmMessage(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map(l => l.trimEnd());
  const at = lines.map(l => l.startsWith('Error: ')).lastIndexOf(true);
  const reason = (at >= 0 ? lines.slice(at) : lines.filter(l => l.trim()).slice(-1))
    .filter(l => !/^WARNING: |^Use --debug flag to render out invalid YAML$/.test(l))
    .join('\n')
    .trim();
  // Helm repeats what failed (`UPGRADE FAILED: `); the command is already named.
  return (reason || 'no message').replace(/^Error: /, '').replace(/^[A-Z ]+FAILED: /, '');
}

/**
 * A kubeconfig for the cluster (server and CA from listClusterUserCredential) whose user is a client-go `exec`
 * credential plugin: our own bundle in token mode. No token in the file or on a command line; the file is 0600
 * in RUNNER_TEMP and `dispose` deletes it.
 */
export function writeKubeconfig(
  cluster: { name: string; server: string; caData: string },
  credential: CredentialCommand,
  directory = process.env['RUNNER_TEMP'] || tmpdir()
): { path: string; dispose: () => void } {
  const dir = mkdtempSync(join(directory, 'deploy-aks-helm-'));
  const path = join(dir, 'kubeconfig');
  const user = 'github-oidc';
  writeFileSync(
    path,
    stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        {
          name: cluster.name,
          cluster: { server: cluster.server, 'certificate-authority-data': cluster.caData }
        }
      ],
      users: [
        {
          name: user,
          user: {
            exec: {
              apiVersion: 'client.authentication.k8s.io/v1',
              command: credential.command,
              args: credential.args,
              env: [{ name: TOKEN_MODE_VARIABLE, value: 'exec-credential' }],
              interactiveMode: 'Never',
              provideClusterInfo: false
            }
          }
        }
      ],
      contexts: [{ name: cluster.name, context: { cluster: cluster.name, user } }],
      'current-context': cluster.name
    }),
    { mode: 0o600 }
  );
  return { path, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The `helm` executable on PATH, found before any network call; a missing helm is a configuration error. */
export function findHelm(env: NodeJS.ProcessEnv = process.env): string {
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'helm');
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not in this directory
    }
  }
  throw new ConfigurationError(
    'helm is not on PATH; GitHub-hosted runners have it, on a self-hosted runner install it first (azure/setup-helm)'
  );
}

/**
 * Runs Helm against the kubeconfig, in the namespace; its stdout is returned, a failure becomes a HelmError with
 * Helm's own message.
 */
export function helmCli(
  kubeconfig: string,
  namespace: string,
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = () => undefined,
  helm = findHelm(env),
  timeoutMs = 600_000
): Helm {
  return args =>
    new Promise((resolve, reject) => {
      log(`helm ${args.join(' ')}`);
      // The step's timeout bounds every Helm command: its own waits (hooks) by --timeout where it takes one, and
      // the process itself, which is stopped a little after (a hung API server must not hang the job).
      const bounded = ['upgrade', 'rollback', 'uninstall', 'test'].includes(args[0]!)
        ? [...args, '--timeout', `${Math.max(1, Math.round(timeoutMs / 1000))}s`]
        : args;
      execFile(
        helm,
        [...bounded, '--kubeconfig', kubeconfig, '--namespace', namespace],
        { env, maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs + 30_000, killSignal: 'SIGTERM' },
        (error, stdout, stderr) => {
          if (!error) return resolve({ stdout, stderr });
          if ((error as { killed?: boolean }).killed)
            return reject(
              new HelmError(
                args[0]!,
                `it did not finish within the timeout (${Math.round(timeoutMs / 1000)} s) and was stopped`
              )
            );
          reject(new HelmError(args[0]!, helmMessage(stderr)));
        }
      );
    });
}
