// Proof that the site serves the build just deployed, fetched from its public URL as a visitor would: the build
// marker the step added (it carries the deployment id), or index.html's SHA-256 against the file deployed. The
// edge may take a moment to pick a deployment up, so the check is repeated until the step's deadline.
import { createHash } from 'node:crypto';
import type { Clock } from '../shared/clock.js';
import { errorMessage } from '../shared/errors.js';
import { httpRequest } from '../shared/http.js';
import { MARKER_PATH } from './inputs.js';

export interface Expected {
  kind: 'marker' | 'index';
  deploymentId: string;
  /** SHA-256 (hex) of index.html as deployed, for `index`. */
  indexSha256?: string;
}

export interface Served {
  ok: boolean;
  /** What the site answered last: `deployment <id>`, `HTTP 404`, `index.html sha256:…`, a network error. */
  seen: string;
  attempts: number;
  elapsedMs: number;
}

export async function waitServed(
  url: string,
  expected: Expected,
  options: { clock: Clock; deadline: number; intervalMs?: number; log?: (line: string) => void }
): Promise<Served> {
  const { clock } = options;
  const started = clock.now();
  const path = expected.kind === 'marker' ? `/${MARKER_PATH}` : '/';
  let seen = 'no answer';
  let last = '';
  for (let attempts = 1; ; attempts++) {
    try {
      const response = await httpRequest({
        method: 'GET',
        url: `${url}${path}`,
        headers: {
          accept: expected.kind === 'marker' ? 'application/json' : 'text/html',
          'cache-control': 'no-cache'
        },
        timeoutMs: Math.max(1000, Math.min(10_000, options.deadline - clock.now()))
      });
      if (response.status !== 200) seen = `HTTP ${response.status}`;
      else if (expected.kind === 'index') {
        const sha = createHash('sha256').update(response.body).digest('hex');
        if (sha === expected.indexSha256)
          return {
            ok: true,
            seen: `index.html sha256:${sha.slice(0, 12)}`,
            attempts,
            elapsedMs: clock.now() - started
          };
        seen = `an index.html with another hash (sha256:${sha.slice(0, 12)})`;
      } else {
        let marker: { deployment?: unknown; commit?: unknown } = {};
        try {
          marker = JSON.parse(response.text) as typeof marker;
        } catch {
          // An HTML page where the marker should be: a fallback or a placeholder.
        }
        if (marker.deployment === expected.deploymentId)
          return {
            ok: true,
            seen: `deployment ${expected.deploymentId}`,
            attempts,
            elapsedMs: clock.now() - started
          };
        seen =
          typeof marker.deployment === 'string'
            ? `deployment ${marker.deployment.slice(0, 36)}${typeof marker.commit === 'string' && marker.commit ? ` (commit ${marker.commit.slice(0, 7)})` : ''}`
            : `no build marker (${(response.header('content-type') ?? 'no content type').split(';')[0]})`;
      }
    } catch (error) {
      seen = errorMessage(error).slice(0, 200);
    }
    if (seen !== last) options.log?.(`  ${url}${path}: ${seen}`);
    last = seen;
    const wait = options.intervalMs ?? 2000;
    if (clock.now() + wait > options.deadline)
      return { ok: false, seen, attempts, elapsedMs: clock.now() - started };
    await clock.sleep(wait);
  }
}
