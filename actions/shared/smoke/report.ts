import type { CheckResult, SmokeResult } from './engine.js';

const xml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage return).
    .replace(/./gsu, c => (c.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(c) ? '' : c));

const budgetText = (check: CheckResult) => {
  const parts: string[] = [];
  if (check.budget?.p50Ms !== undefined) parts.push(`p50 ≤ ${check.budget.p50Ms} ms`);
  if (check.budget?.p95Ms !== undefined) parts.push(`p95 ≤ ${check.budget.p95Ms} ms`);
  return parts.join(', ');
};

/** JUnit XML, as test reporters in CI read it: one test case per check, its failures as the message. */
export function junitXml(result: SmokeResult): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const cases = result.checks.map(check => {
    const open = `    <testcase classname="smoke" name="${xml(`${check.method} ${check.path} — ${check.name}`)}" time="${seconds(check.p50Ms * check.samples)}">`;
    const properties = `      <system-out>${xml(`status ${check.status}, ${check.samples} samples, ${check.attempts} requests, p50 ${check.p50Ms} ms, p95 ${check.p95Ms} ms${check.budget ? ` (budget ${budgetText(check)})` : ''}`)}</system-out>`;
    const failure = check.ok
      ? ''
      : `\n      <failure message="${xml(check.failures[0] ?? 'failed')}" type="${check.overBudget ? 'budget' : 'assertion'}">${xml(check.failures.join('\n'))}</failure>`;
    return `${open}${failure}\n${properties}\n    </testcase>`;
  });
  if (!result.readiness.ok) {
    cases.unshift(
      `    <testcase classname="smoke" name="readiness ${xml(result.readiness.path ?? '')}" time="${seconds(result.readiness.waitedMs)}">\n      <failure message="${xml(result.readiness.error ?? 'not ready')}" type="readiness"/>\n    </testcase>`
    );
  }
  const tests = cases.length;
  const failures = cases.filter(text => text.includes('<failure')).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="smoke" tests="${tests}" failures="${failures}" time="${seconds(result.durationMs)}">`,
    `  <testsuite name="${xml(result.source)}" tests="${tests}" failures="${failures}" errors="0" skipped="0" timestamp="${result.startedAt}" time="${seconds(result.durationMs)}">`,
    `    <properties><property name="baseUrl" value="${xml(result.baseUrl)}"/></properties>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n');
}

/** Rows of the summary table: check, status, p50, p95, budget, result. */
export function summaryRows(result: SmokeResult): string[][] {
  return result.checks.map(check => [
    `${check.ok ? '✅' : '❌'} ${check.name}`,
    `\`${check.method} ${check.path}\``,
    String(check.status || '—'),
    `${check.p50Ms} ms`,
    `${check.p95Ms} ms`,
    budgetText(check) || '—',
    check.attempts > check.samples
      ? `${check.attempts} (${check.attempts - check.samples} retried)`
      : String(check.attempts),
    check.ok ? '' : check.failures.join('; ')
  ]);
}

export const summaryHeader = ['Check', 'Request', 'Status', 'p50', 'p95', 'Budget', 'Requests', 'Failure'];

/** One line a person reads first. */
export function headline(result: SmokeResult): string {
  if (!result.readiness.ok) return `not ready: ${result.readiness.error ?? ''}`;
  return `${result.passed}/${result.checks.length} checks passed in ${result.durationMs} ms against ${result.baseUrl || 'absolute URLs'}`;
}
