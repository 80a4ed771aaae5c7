// What runs behind ACR: a real distribution registry process per registry, and what ACR's side asks of it.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { acrIssuer } from './auth.js';
import { manifestTypes } from './copy.js';
import { spawnOwned } from '../children.js';

export const registryBinary = process.env['MUSAFIRGO_DOCKER_REGISTRY'] ?? '/usr/bin/docker-registry';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * One CNCF distribution registry (Debian's docker-registry) on a loopback port, with token authentication
 * as ACR has it: the realm is the registry's own `/oauth2/token`, and access tokens are verified with the
 * sandbox certificate. Plain HTTP on loopback: the ACR front in front of it terminates TLS.
 */
export class RegistryProcess {
  port = 0;
  private child?: ChildProcess;
  private log = '';

  constructor(
    readonly loginServer: string,
    private readonly dir: string,
    private readonly certBundle: string
  ) {}

  async start(): Promise<void> {
    if (this.child) return;
    this.port = this.port || (await freePort());
    const config = join(this.dir, 'config.yml');
    writeFileSync(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: error',
        '  accesslog:',
        '    disabled: true',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${join(this.dir, 'storage')}`,
        '  delete:',
        '    enabled: true',
        'http:',
        `  addr: 127.0.0.1:${this.port}`,
        // Relative Location headers resolve against whichever URL the client used (loopback or azurecr.io).
        '  relativeurls: true',
        `  secret: ${randomBytes(16).toString('hex')}`,
        'auth:',
        '  token:',
        `    realm: https://${this.loginServer}/oauth2/token`,
        `    service: ${this.loginServer}`,
        `    issuer: ${acrIssuer}`,
        `    rootcertbundle: ${this.certBundle}`,
        ''
      ].join('\n')
    );
    const child = spawnOwned(registryBinary, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    this.child = child;
    child.stderr?.on('data', (chunk: Buffer) => (this.log = (this.log + chunk.toString()).slice(-4000)));
    child.once('exit', () => {
      if (this.child === child) this.child = undefined;
    });
    for (let i = 0; i < 200; i++) {
      if (!this.child) throw new Error(`docker-registry for ${this.loginServer} exited: ${this.log}`);
      if ((await this.probe()) === 401) return;
      await delay(25);
    }
    throw new Error(
      `docker-registry for ${this.loginServer} did not start on port ${this.port}: ${this.log}`
    );
  }

  /** Stops the process (SIGTERM, then SIGKILL); its storage stays, so `start` brings the same content back. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const killed = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(killed);
    this.child = undefined;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  private probe(): Promise<number> {
    return new Promise(resolve => {
      http
        .get({ host: '127.0.0.1', port: this.port, path: '/v2/' }, res => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', () => resolve(0));
    });
  }
}

/** The digest a registry process answers for `repository:reference`, or undefined when it holds no such manifest. */
export function manifestDigest(
  port: number,
  repository: string,
  reference: string,
  token: string
): Promise<{ digest: string } | undefined> {
  return new Promise((resolve, reject) => {
    http
      .request(
        {
          host: '127.0.0.1',
          port,
          method: 'HEAD',
          path: `/v2/${repository}/manifests/${reference}`,
          headers: { authorization: `Bearer ${token}`, accept: manifestTypes }
        },
        res => {
          res.resume();
          const digest = res.headers['docker-content-digest'];
          resolve(res.statusCode === 200 && typeof digest === 'string' ? { digest } : undefined);
        }
      )
      .on('error', reject)
      .end();
  });
}
