// npm run smoke -- <checks.yaml> --base-url http://localhost:8080 [--key KEY]: the smoke action's checks
// against a service on this machine (see actions/smoke/cli.ts for every flag).
import { cli } from '../actions/smoke/cli.js';

process.exitCode = await cli(process.argv.slice(2));
