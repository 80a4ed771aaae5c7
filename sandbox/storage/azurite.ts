// Azurite, Microsoft's storage emulator, as the blob service behind the fronts: one process for every account of the
// world, HTTPS with the sandbox certificate (Azurite refuses bearer tokens over plain HTTP), OAuth at its basic level
// (it reads the token's issuer, audience and lifetime; the front has verified its signature and the caller's roles),
// in memory, without telemetry. Accounts get random keys: nothing in the sandbox signs with them but Azurite itself.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnOwned } from '../children.js';

export class AzuriteProcess {
  private child: ChildProcess | undefined;
  private dir = '';
  port = 0;
  /** Account name → base64 key, for the sandbox's own assertions (never handed to a step). */
  readonly keys = new Map<string, string>();

  constructor(
    private readonly accounts: string[],
    private readonly tls: { cert: string; key: string }
  ) {
    for (const name of accounts) this.keys.set(name, randomBytes(64).toString('base64'));
  }

  async start(): Promise<void> {
    this.dir = mkdtempSync(join(tmpdir(), 'musafirgo-azurite-'));
    const cert = join(this.dir, 'cert.pem');
    const key = join(this.dir, 'key.pem');
    writeFileSync(cert, this.tls.cert);
    writeFileSync(key, this.tls.key, { mode: 0o600 });
    const main = join(
      dirname(createRequire(import.meta.url).resolve('azurite/package.json')),
      'dist/src/blob/main.js'
    );
    const args = [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--cert',
      cert,
      '--key',
      key,
      '--oauth',
      'basic',
      '--inMemoryPersistence',
      '--disableTelemetry',
      '--skipApiVersionCheck'
    ];
    const env = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: this.dir,
      AZURITE_ACCOUNTS: this.accounts.map(name => `${name}:${this.keys.get(name)}`).join(';')
    };
    const child = spawnOwned(process.execPath, args, {
      env,
      cwd: this.dir,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    this.child = child;
    let output = '';
    this.port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Azurite did not start within 30 s: ${output.slice(-500)}`)),
        30_000
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const listening = /successfully listens on https:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (listening) {
          clearTimeout(timer);
          resolve(Number(listening[1]));
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', code => {
        clearTimeout(timer);
        reject(new Error(`Azurite exited with code ${code}: ${output.slice(-500)}`));
      });
    });
    // Azurite logs every request; nobody reads it, but the pipes must not fill.
    child.stdout!.resume();
    child.stderr!.resume();
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null) {
      await new Promise<void>(resolve => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      });
    }
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
