#!/usr/bin/env node
/** intezer-alerts: the command-line entry (see program.ts for the commands, run.ts for the exit). */
import { main } from './run.js';

await main(process.argv.slice(2));
