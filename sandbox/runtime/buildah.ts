// buildah on the runtime's own containers-storage (overlay, under the runtime's state directory): pulls, the
// replicas' containers and their mounts, and the example images' builds. Every buildah process is tied to the
// sandbox's life (setpriv --pdeathsig): killed with it, rather than left to create a container no one tracks.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a tool as a child that the kernel kills when this process dies, even by SIGKILL. */
export function runTied(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string } = {}
): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('setpriv', ['--pdeathsig', 'KILL', '--', command, ...args], {
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', code => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(options.input);
  });
}

/** The last error buildah printed, without its `Error: ` prefix. */
export function buildahError(result: ToolResult): string {
  const lines = result.stderr
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean);
  const error = [...lines].reverse().find(line => /^(Error|error):? /.test(line)) ?? lines.at(-1) ?? '';
  return error.replace(/^(Error|error):? /, '') || `buildah exited with code ${result.code}`;
}

/** The parts of an image's OCI config a container is made from. */
export interface ImageConfig {
  User?: string;
  ExposedPorts?: Record<string, object>;
  Env?: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  WorkingDir?: string;
  Labels?: Record<string, string>;
}

export class Buildah {
  readonly storage: string[];

  constructor(root: string) {
    this.storage = [
      '--root',
      join(root, 'storage'),
      '--runroot',
      join(root, 'run'),
      '--storage-driver',
      process.env['MUSAFIRGO_RUNTIME_STORAGE_DRIVER'] || 'overlay'
    ];
  }

  async run(args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
    const result = await runTied('buildah', [...this.storage, ...args], { env });
    if (result.code !== 0) throw new BuildahError(buildahError(result), result);
    return result.stdout.trim();
  }

  /**
   * Pulls `reference` (by digest, from the sandbox registry through its proxy) and returns the image id. Always asks
   * the registry, even for an image the storage holds (from another sandbox's registry); layers it holds are not
   * fetched again.
   */
  async pull(reference: string, authFile: string | undefined, env: NodeJS.ProcessEnv): Promise<string> {
    const output = await this.run(
      [
        'pull',
        '--quiet',
        '--policy',
        'always',
        ...(authFile ? ['--authfile', authFile] : []),
        `docker://${reference}`
      ],
      env
    );
    return output.split('\n').at(-1)!.trim();
  }

  async config(imageId: string): Promise<ImageConfig> {
    const inspected = JSON.parse(await this.run(['inspect', '--type', 'image', imageId])) as {
      OCIv1?: { config?: ImageConfig };
    };
    return inspected.OCIv1?.config ?? {};
  }

  /** A container of the image, named `name`, and its root file system mounted; returns the mount point. */
  async create(imageId: string, name: string): Promise<string> {
    await this.run(['from', '--pull=never', '--quiet', '--name', name, imageId]);
    return this.run(['mount', name]);
  }

  /** Removes containers (unmounting them first); names that no longer exist are not an error. */
  async remove(names: string[]): Promise<void> {
    if (names.length === 0) return;
    const result = await runTied('buildah', [...this.storage, 'rm', ...names]);
    if (result.code !== 0 && !/container not known|no such container/i.test(result.stderr)) {
      throw new BuildahError(buildahError(result), result);
    }
  }

  async containers(): Promise<{ name: string; id: string }[]> {
    const listed = JSON.parse((await this.run(['containers', '--json'])) || '[]') as {
      id: string;
      containername: string;
    }[];
    return (listed ?? []).map(c => ({ name: c.containername, id: c.id }));
  }
}

export class BuildahError extends Error {
  constructor(
    message: string,
    readonly result: ToolResult
  ) {
    super(message);
    this.name = 'BuildahError';
  }
}
