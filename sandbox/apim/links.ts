// Link imports (`openapi-link`, `openapi+json-link`, `swagger-link-json`): API Management downloads the document
// itself, from Azure's network. It cannot reach the machine that asked (loopback) nor a private network, so the
// sandbox refuses those addresses as unreachable; a host name goes through the sandbox proxy, as Azure's own
// download goes over the internet.
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { ArmError } from '../arm.js';
import { ImportValidationError } from './errors.js';
import type { Backends } from './gateway.js';

/** The most a link import downloads (the documentation sets no size limit on links; this one protects the sandbox). */
const MAX_DOWNLOAD_BYTES = 64 * 1024 * 1024;

export interface DocumentDownloader {
  /** Refuses, at once, a URL API Management could never reach. */
  check(url: string): void;
  /** The document's text; a failed download fails the import (an ArmError). */
  fetch(url: string): Promise<string>;
}

/** Loopback, private, link-local and unique-local addresses, and names that only mean something on one network. */
export function isUnreachableFromAzure(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
  if (host.endsWith('.internal') || host.endsWith('.svc') || host.endsWith('.cluster.local')) return true;
  const version = isIP(host);
  if (version === 4) {
    const [a, b] = host.split('.').map(Number) as [number, number];
    return (
      a === 127 ||
      a === 10 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (version === 6) {
    return (
      host === '::1' ||
      host === '::' ||
      /^f[cd]/.test(host) ||
      /^fe[89ab]/.test(host) ||
      host.startsWith('::ffff:127.')
    );
  }
  // A single-label name resolves only inside its own network.
  return !host.includes('.');
}

export function documentDownloader(backends: Backends): DocumentDownloader {
  const check = (value: string) => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) {
      throw new ImportValidationError([
        { code: 'ValidationError', target: 'value', message: `'${value}' is not an http(s) URL.` }
      ]);
    }
    if (isUnreachableFromAzure(url.hostname)) {
      throw new ImportValidationError([
        {
          code: 'ValidationError',
          target: 'value',
          message: `The document at '${value}' cannot be downloaded: '${url.hostname}' is not reachable from API Management.`
        }
      ]);
    }
  };
  return {
    check,
    fetch: value => {
      check(value);
      const target = new URL(value);
      const failed = (reason: string) =>
        new ArmError(
          400,
          'ValidationError',
          `The document at '${value}' could not be downloaded: ${reason}.`
        );
      return new Promise<string>((resolve, reject) => {
        const request = (target.protocol === 'https:' ? https : http).get(
          target,
          { agent: backends.agentFor(target), timeout: 30_000 },
          response => {
            if (response.statusCode !== 200) {
              response.resume();
              reject(failed(`HTTP ${response.statusCode}`));
              return;
            }
            const chunks: Buffer[] = [];
            let size = 0;
            response.on('data', (chunk: Buffer) => {
              size += chunk.length;
              if (size > MAX_DOWNLOAD_BYTES) {
                request.destroy();
                reject(failed(`over ${MAX_DOWNLOAD_BYTES} bytes`));
              } else chunks.push(chunk);
            });
            response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
            response.on('error', error => reject(failed(error.message)));
          }
        );
        request.on('timeout', () => request.destroy(new Error('no answer within 30 s')));
        request.on('error', error => reject(failed((error as { code?: string }).code ?? error.message)));
      });
    }
  };
}
