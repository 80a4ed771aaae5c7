// The two builders: `docker buildx` (GitHub-hosted runners) and buildah (runners without a Docker daemon,
// e.g. runner pods on AKS). Arguments are pure functions of the build; credentials reach the tools only
// through an auth file named in the environment, never on a command line.
import { join } from 'node:path';
import { execTool, type ExecResult } from '../shared/exec.js';
import type { BuilderChoice } from './inputs.js';

export type Builder = 'buildx' | 'buildah';

export interface BuildPlan {
  context: string;
  file: string;
  /** The full reference the image is pushed under first. */
  reference: string;
  /** The registry cache reference (buildx only). */
  cacheRef?: string;
  buildArgs: Record<string, string>;
  buildContexts: Record<string, string>;
  /** id → the file holding the secret. */
  secretFiles: Record<string, string>;
  labels: Record<string, string>;
  target?: string;
  platforms: string[];
  /** Files the builders write the pushed digest to. */
  digestFile: string;
  metadataFile: string;
}

export type { ExecResult as Execution } from '../shared/exec.js';

/** Runs a tool with its output streamed to the log, keeping the tail for error messages. */
export function execute(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<ExecResult> {
  return execTool(command, args, { env, stream: true });
}

/** buildx when a Docker daemon answers, buildah otherwise; `builder` forces one. */
export async function chooseBuilder(
  choice: BuilderChoice,
  env: NodeJS.ProcessEnv
): Promise<{ builder: Builder; reason: string }> {
  if (choice !== 'auto') return { builder: choice, reason: `input builder: ${choice}` };
  const quiet = async (command: string, args: string[]) =>
    (await execTool(command, args, { env })).code === 0;
  if (
    (await quiet('docker', ['buildx', 'version'])) &&
    (await quiet('docker', ['info', '--format', '{{.ID}}']))
  ) {
    return { builder: 'buildx', reason: 'a Docker daemon with buildx answers' };
  }
  if (await quiet('buildah', ['--version']))
    return { builder: 'buildah', reason: 'no Docker daemon here; buildah is installed' };
  return { builder: 'buildx', reason: 'neither a Docker daemon nor buildah was found' };
}

function common(plan: BuildPlan): string[] {
  const args: string[] = ['--file', plan.file, '--tag', plan.reference];
  for (const [name, value] of Object.entries(plan.labels)) args.push('--label', `${name}=${value}`);
  for (const [name, value] of Object.entries(plan.buildArgs)) args.push('--build-arg', `${name}=${value}`);
  for (const [name, dir] of Object.entries(plan.buildContexts))
    args.push('--build-context', `${name}=${dir}`);
  for (const [id, file] of Object.entries(plan.secretFiles)) args.push('--secret', `id=${id},src=${file}`);
  if (plan.target) args.push('--target', plan.target);
  if (plan.platforms.length > 0) args.push('--platform', plan.platforms.join(','));
  return args;
}

/** `docker buildx build --push`: one command builds, pushes and writes the digest to the metadata file. */
export function buildxArgs(plan: BuildPlan): string[] {
  const args = ['buildx', 'build', ...common(plan), '--push', '--metadata-file', plan.metadataFile];
  // Attestations change what is pushed (an index with unknown/unknown entries); off unless asked for.
  args.push('--provenance=false', '--sbom=false');
  if (plan.cacheRef) {
    args.push('--cache-from', `type=registry,ref=${plan.cacheRef}`);
    args.push(
      '--cache-to',
      `type=registry,ref=${plan.cacheRef},mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`
    );
  }
  args.push(plan.context);
  return args;
}

/** Where buildah keeps this step's images: a private store under the step's temp directory. */
export function buildahStore(temp: string): string[] {
  return ['--root', join(temp, 'buildah', 'storage'), '--runroot', join(temp, 'buildah', 'run')];
}

export function buildahBuildArgs(plan: BuildPlan, store: string[]): string[] {
  return [
    ...store,
    'build',
    '--isolation',
    process.env['BUILDAH_ISOLATION'] ?? 'chroot',
    ...common(plan),
    plan.context
  ];
}

export function buildahPushArgs(plan: BuildPlan, store: string[]): string[] {
  // Retries are ours (one retry helper, logged); buildah's own would wait 2 s per attempt unseen.
  return [
    ...store,
    'push',
    '--retry',
    '0',
    '--digestfile',
    plan.digestFile,
    plan.reference,
    `docker://${plan.reference}`
  ];
}

/** Lines of a failed tool run worth quoting: its error lines, else its last lines. */
export function errorLines(tail: string[]): string[] {
  const errors = tail.filter(line =>
    /error|failed|unknown instruction|not found|denied|unauthorized/i.test(line)
  );
  return (errors.length > 0 ? errors : tail.filter(Boolean)).slice(-6).map(line => line.trim());
}
