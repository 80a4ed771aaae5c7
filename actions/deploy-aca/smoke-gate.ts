import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import type { Clock } from '../shared/clock.js';
import type { GateCheck } from './rollout.js';

/** The smoke suite (a file, or URLs / paths one per line) run by the shared smoke engine against a URL. */
export function smokeGate(smoke: string, clock: Clock): GateCheck {
  return async url => {
    const engine = await import('../shared/smoke/index.js');
    const suite = existsSync(smoke)
      ? await engine.loadSuite(smoke)
      : engine.parseSuite(smoke, text => text.split(/\r?\n/).filter(line => line.trim()), 'input smoke');
    const result = await engine.runSmoke(suite, { baseUrl: url, clock });
    for (const check of result.checks) {
      core.info(
        `  smoke ${check.ok ? 'ok  ' : 'FAIL'} ${check.name}${check.failures.length ? `: ${check.failures.join('; ')}` : ''}`
      );
    }
    return { ok: result.ok, detail: engine.headline(result) };
  };
}
