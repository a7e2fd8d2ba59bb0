#!/usr/bin/env node
// Runs the TypeScript CLI straight from the checkout (no build): tsx compiles on load.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/main.ts');
// Let pending output drain instead of calling process.exit().
process.exitCode = await runCli(process.argv.slice(2));
