// In-process tests call @actions/core, which asks the runner to mask each token with an `::add-mask::`
// line on stdout. A runner consumes those lines and never shows them; so does this, so that no token the
// sandbox issues is ever printed in the test suite's log.
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  const kept = text
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n');
  if (kept === '' || kept === '\n') return true;
  return (write as (...args: unknown[]) => boolean)(kept, ...rest);
}) as typeof process.stdout.write;
