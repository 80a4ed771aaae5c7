import { describe, expect, it } from '@jest/globals';
import type { ActionRun } from '../../sandbox/runner.js';
import {
  cut,
  detail,
  firstError,
  formatDuration,
  rawStep,
  shortDigests,
  shortId,
  stepLine,
  summaryValue,
  tally
} from '../../scripts/demo/story.js';

const digest = 'd3c8b1ca6a549b0b904af6daab40c8d47665ebea8e712f9811b0ab41f7c8714b';

/** A finished step as sandbox/runner.ts returns it. */
function finished(run: Partial<ActionRun>): ActionRun {
  return {
    exitCode: 0,
    stdout: '',
    stderr: '',
    outputs: {},
    exported: {},
    summary: '',
    errors: [],
    warnings: [],
    masked: [],
    visible: '',
    durationMs: 0,
    ...run
  };
}

describe("the demo's story", () => {
  it('says how long in the precision a person reads', () => {
    expect(formatDuration(3.4)).toBe('3 ms');
    expect(formatDuration(999)).toBe('999 ms');
    expect(formatDuration(1000)).toBe('1.0 s');
    expect(formatDuration(3449)).toBe('3.4 s');
    expect(formatDuration(59_940)).toBe('59.9 s');
    expect(formatDuration(72_400)).toBe('1 min 12 s');
  });

  it('cuts digests to 12 hex digits, GUIDs to their first block, lines at the width', () => {
    expect(shortDigests(`pushed musafirgodev.azurecr.io/itinerary@sha256:${digest} (1.0 MiB)`)).toBe(
      'pushed musafirgodev.azurecr.io/itinerary@sha256:d3c8b1ca6a54… (1.0 MiB)'
    );
    expect(shortDigests('sha256:abc is not a digest')).toBe('sha256:abc is not a digest');
    expect(shortId('8b2e4d61-5c3a-4f7e-9d18-0a6b3c5e7f92')).toBe('8b2e4d61…');
    expect(shortId(undefined)).toBe('?');
    expect(cut('abcdef', 4)).toBe('abc…');
    expect(cut('abcd', 4)).toBe('abcd');
  });

  it('puts the outcome first on the step line, then how long it took', () => {
    expect(
      stepLine('✓', 'build-push', `pushed musafirgodev.azurecr.io/itinerary@sha256:${digest} (1.0 MiB)`, 3400)
    ).toBe('✓ build-push   pushed musafirgodev.azurecr.io/itinerary@sha256:d3c8b1ca6a54… (1.0 MiB) in 3.4 s');
    expect(stepLine('↺', 'apim-import', 'refused', 12)).toBe('↺ apim-import  refused in 12 ms');
  });

  it('indents details under the step, cut at the width or wrapped under their label', () => {
    expect(detail('tags', 'main, latest')).toEqual(['    tags      main, latest']);
    const [long] = detail('url', 'x'.repeat(200));
    expect(long).toHaveLength(110);
    expect(long!.endsWith('…')).toBe(true);
    const wrapped = detail('why', `${'word '.repeat(40).trim()} sha256:${digest}`, { wrap: true });
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped[0]).toMatch(/^ {4}why {7}word/);
    expect(wrapped.slice(1).every(line => line.startsWith(' '.repeat(14)) && line.length <= 110)).toBe(true);
    expect(wrapped.at(-1)).toMatch(/sha256:d3c8b1ca6a54…$/);
  });

  it('tallies where the sampled requests landed', () => {
    expect(tally({ 'itinerary--initial': 20 })).toBe('itinerary--initial ×20');
    expect(tally({ [`a@sha256:${digest}`]: 12, 'HTTP 502': 8 })).toBe(
      'a@sha256:d3c8b1ca6a54… ×12, HTTP 502 ×8'
    );
  });

  it("reads a value from a job summary's What | Value table, without its Markdown", () => {
    const summary = [
      '### Image build and push',
      '',
      '| What | Value |',
      '| --- | --- |',
      `| Image | \`musafirgodev.azurecr.io/itinerary@sha256:${digest}\` |`,
      '| Size (compressed) | 1.0 MiB |',
      '| Tags | `a:main`<br>`a:latest` |',
      '| Note | a | b |'
    ].join('\n');
    expect(summaryValue(summary, 'Size (compressed)')).toBe('1.0 MiB');
    expect(summaryValue(summary, 'Tags')).toBe('a:main, a:latest');
    expect(summaryValue(summary, 'Note')).toBe('a | b');
    expect(summaryValue(summary, 'Size')).toBeUndefined();
  });

  it("takes the step's first error without its action's name, or its last stderr line", () => {
    expect(
      firstError(
        finished({ exitCode: 1, errors: ['deploy-aca: revision x is Degraded%0Aline two'] }),
        'deploy-aca'
      )
    ).toBe('revision x is Degraded\nline two');
    expect(firstError(finished({ exitCode: 1, stderr: 'node: boom\nError: crashed\n' }), 'login')).toBe(
      'Error: crashed'
    );
    expect(firstError(finished({ exitCode: 137 }), 'login')).toBe('exit 137');
  });

  it('shows the raw step as the runner does: the log with its commands rendered, outputs, exports, summary', () => {
    const lines = rawStep(
      finished({
        stdout: [
          '::add-mask::secret',
          '::group::Build',
          'STEP 1/2: FROM scratch',
          '::endgroup::',
          '::warning::slow%0Aregistry',
          ''
        ].join('\n'),
        stderr: 'buildah: note\n',
        outputs: { image: 'a@sha256:1', tags: 'a:main\na:latest' },
        exported: { AZURE_CLIENT_ID: 'id' },
        summary: '### Done\n\n'
      })
    );
    expect(lines).toEqual([
      '  │ ▸ Build',
      '  │ STEP 1/2: FROM scratch',
      '  │ Warning: slow\n  │ registry',
      '  │ (stderr) buildah: note',
      '  outputs',
      '    image = a@sha256:1',
      '    tags = a:main\n      a:latest',
      '  exported for later steps',
      '    AZURE_CLIENT_ID=id',
      '  job summary',
      '    ### Done'
    ]);
  });
});
