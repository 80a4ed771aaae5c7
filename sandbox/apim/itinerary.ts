// Runs the example itinerary service (examples/itinerary/server.js) as its own process, as it runs in its
// container: the demo, the tests and the benchmarks put it behind the sandbox's API Management gateway.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const itineraryDir = fileURLToPath(new URL('../../examples/itinerary/', import.meta.url));

export interface RunningService {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

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
