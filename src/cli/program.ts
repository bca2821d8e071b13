/** The command tree: global options, then one small module per command. */
import { Command } from 'commander';
import { SDK_VERSION } from '../index.js';
import { registerDelete } from './commands/delete.js';
import { registerGet } from './commands/get.js';
import { registerMcp } from './commands/mcp.js';
import { registerNotify } from './commands/notify.js';
import { registerRaw } from './commands/raw.js';
import { registerSearch } from './commands/search.js';
import { registerSendAlert } from './commands/send-alert.js';
import { registerSendPhishing } from './commands/send-phishing.js';
import { registerSimulator } from './commands/simulator.js';
import { registerSync } from './commands/sync.js';
import type { CliContext } from './context.js';
import { durationMs, integerIn } from './lib/parsers.js';

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('intezer-alerts')
    .description('Intezer Analyze alerts from the command line: send phishing emails, fetch, search, follow, notify and delete alerts')
    .version(SDK_VERSION, '-V, --version', 'print the version')
    .option('--api-key <key>', 'API key (default: $INTEZER_ANALYZE_API_KEY; prefer the variable, arguments show in process lists)')
    .option('--base-url <url>', 'API base URL (default: $INTEZER_ANALYZE_BASE_URL, else https://analyze.intezer.com/api/)')
    .option('--proxy <url>', 'HTTP(S) proxy URL')
    .option('--insecure', 'do not verify TLS certificates')
    .option(
      '--timeout <ms>',
      'timeout of each HTTP request (ms, or 30s, 2m…; 0: none); also bounds --wait unless --wait-timeout is given (0 does not)',
      durationMs,
    )
    .option('--max-retries <n>', 'automatic retries of a failed request (default 3)', integerIn(0, 20))
    .option('--poll-interval <ms>', 'interval between status checks while waiting (ms, or 2s…; default 1000)', durationMs)
    .option('--simulator', 'run against an embedded local simulator with seeded alerts (no key needed), stopped at exit')
    .option('--verbose', "the SDK's debug log on stderr: one line per HTTP attempt, token renewals, retries")
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    });
  registerSendPhishing(program, ctx);
  registerSendAlert(program, ctx);
  registerGet(program, ctx);
  registerRaw(program, ctx);
  registerNotify(program, ctx);
  registerDelete(program, ctx);
  registerSearch(program, ctx);
  registerSync(program, ctx);
  registerSimulator(program, ctx);
  registerMcp(program, ctx);
  program.addHelpText(
    'after',
    `
Exit codes: 0 ok, 1 an item failed or the service failed, 2 usage or bad input
(also an alert id found in several environments: give --environment), 3 the API
key was refused, 4 an alert was not found (and nothing else failed), 75 another
send-phishing run holds the manifest, 130 stopped by SIGINT (Ctrl-C), 143 stopped
by SIGTERM. A batch (send-phishing, notify) stops
on the first signal after the items in flight; a second one ends it at once.

Examples:
  $ export INTEZER_ANALYZE_API_KEY=...
  $ intezer-alerts send-phishing ./reported --wait --concurrency 8 > results.jsonl
  $ intezer-alerts send-alert detection.json --source s1 --wait
  $ intezer-alerts get 1a2b3c --wait --scans --format table
  $ intezer-alerts search --since 7d --verdict confirmed_threat --format csv > threats.csv
  $ intezer-alerts notify --csv alerts.csv
  $ intezer-alerts sync --output changes.jsonl --state changes.state --since 1d --follow
  $ intezer-alerts --simulator search --limit-total 5
  $ intezer-alerts simulator --port 8080
  $ intezer-alerts mcp --allow-write`,
  );
  return program;
}
