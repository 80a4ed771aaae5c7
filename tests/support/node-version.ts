// The actions declare `runs.using: node24`, and the e2e tests run their bundles with the Node that runs Jest
// (sandbox/runner.ts spawns process.execPath): on another major version they would prove nothing about a runner.
import { readFileSync } from 'node:fs';

const wanted = readFileSync(new URL('../../.node-version', import.meta.url), 'utf8')
  .trim()
  .split('.')[0];
const running = process.versions.node.split('.')[0];
if (running !== wanted) {
  throw new Error(
    `the tests run on Node ${process.versions.node}, but the actions run on Node ${wanted} (.node-version): run 'bash scripts/install.sh', which installs it, then 'npm test' again`
  );
}
