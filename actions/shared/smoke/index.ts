// The smoke engine other actions use as a gate (deploy-aca, deploy-aks, apim-import's revision test):
// load a suite, run it, read the JSON result.
export { percentile, runSmoke } from './engine.js';
export type { CheckResult, SmokeOptions, SmokeResult } from './engine.js';
export { headline, junitXml, summaryHeader, summaryRows } from './report.js';
export { loadSuite, loadSuiteInput, parseDuration, parseSuite, substitute } from './suite.js';
export type {
  Expectation,
  JsonAssertion,
  LatencyBudget,
  Readiness,
  SmokeCheck,
  SmokeSuite
} from './suite.js';
