// The example itinerary service (examples/itinerary/server.js) as a local process: what the container of a
// Container Apps revision or of an AKS pod runs, and the backend the demo, tests and benchmarks put behind the
// API Management gateway.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { spawnOwned } from './children.js';

export const itineraryDir = fileURLToPath(new URL('../examples/itinerary/', import.meta.url));
const serverPath = `${itineraryDir}server.js`;

/**
 * A container's process, owned by the sandbox: the example service on a free port with the container's env,
 * resolved with its URL (the first line it prints), rejected when it exits first.
 */
export function startContainer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  // Killed with the sandbox, even by SIGKILL (spawnOwned: setpriv --pdeathsig, which execs node, so the child is the
  // service's process itself).
  const child = spawnOwned(process.execPath, [serverPath], {
    env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production', ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'ignore']
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', line => resolve({ child, url: line.trim() }));
    child.once('exit', code => reject(new Error(`the container exited with code ${code ?? 'unknown'}`)));
    child.once('error', reject);
  });
}

/** The status `GET /health` answers, 0 when nothing answers: a readiness probe. */
export function probeHealth(url: string): Promise<number> {
  return new Promise(resolve => {
    http
      .get(`${url}/health`, { timeout: 5000 }, response => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', () => resolve(0));
  });
}

/** Stops a container's process and waits for it to exit; resolves at once when it has already. */
export function stopContainer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
  child.kill();
  return exited;
}

export interface RunningService {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** The example service as its own process, its errors on this process's stderr, until `stop`. */
export function startItineraryService(env: Record<string, string> = {}): Promise<RunningService> {
  const child = spawn(process.execPath, [`${itineraryDir}server.js`], {
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit']
  });
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('error', reject);
    child.once('exit', code =>
      reject(new Error(`the itinerary service exited with code ${code} before listening`))
    );
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /^(http:\/\/\S+)$/m.exec(out)?.[1];
      if (!url) return;
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({
        url,
        pid: child.pid!,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        }
      });
    });
  });
}
