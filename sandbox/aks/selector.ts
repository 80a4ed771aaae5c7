/**
 * A Kubernetes label selector in its string form, as `?labelSelector=` carries it: `a=b`, `a==b`, `a!=b`,
 * `a in (x,y)`, `a notin (x,y)`, `a` (exists) and `!a` (does not exist), joined by commas. Returns a predicate, or
 * throws with the API server's message for a selector it cannot parse.
 */
export function parseSelector(
  selector: string | null
): (labels: Record<string, string> | undefined) => boolean {
  if (!selector?.trim()) return () => true;
  // Split on commas outside parentheses.
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      terms.push(current);
      current = '';
    } else current += ch;
  }
  terms.push(current);
  const tests = terms.map(raw => {
    const term = raw.trim();
    const set = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
    if (set) {
      const values = new Set(set[3]!.split(',').map(v => v.trim()));
      const key = set[1]!;
      return set[2] === 'in'
        ? (l: Record<string, string>) => key in l && values.has(l[key]!)
        : (l: Record<string, string>) => !(key in l) || !values.has(l[key]!);
    }
    const compare = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(term);
    if (compare) {
      const [, key, op, value] = compare as unknown as [string, string, string, string];
      return op === '!='
        ? (l: Record<string, string>) => l[key] !== value
        : (l: Record<string, string>) => l[key] === value;
    }
    const exists = /^(!?)([\w./-]+)$/.exec(term);
    if (exists) {
      const key = exists[2]!;
      return exists[1] ? (l: Record<string, string>) => !(key in l) : (l: Record<string, string>) => key in l;
    }
    throw new Error(`unable to parse requirement: found '${term}', expected: in, notin, =, ==, !=, gt, lt`);
  });
  return labels => tests.every(test => test(labels ?? {}));
}
