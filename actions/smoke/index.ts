#!/usr/bin/env node
// One bundle, two doors: the runner starts it without arguments (the action); a person runs it with a
// checks file and flags (`npx musafirgo-smoke smoke.yaml --base-url http://localhost:8080`).
import { cli } from './cli.js';
import { run } from './main.js';

if (process.argv.length > 2) process.exitCode = await cli(process.argv.slice(2));
else await run();
