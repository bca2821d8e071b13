#!/usr/bin/env node
/** intezer-alerts: the command-line entry (see program.ts for the commands). */
import { run } from './run.js';
import { flush } from './lib/writer.js';

const code = await run(process.argv.slice(2));
await Promise.all([flush(process.stdout), flush(process.stderr)]);
process.exit(code);
