/**
 * `notify <alert-id>...` or `notify --csv FILE`: notifies each alert's channels. One JSON
 * line per alert; exit 4 when the only failures are alerts not found, 1 for any other
 * failure. A bad CSV sends nothing (exit 2). A first SIGINT/SIGTERM starts no new alert and
 * lets those in flight finish (exit 130/143).
 */
import type { Command } from 'commander';
import { Alert } from '../../index.js';
import type { CliContext } from '../context.js';
import { describeError } from '../lib/describe-error.js';
import { batchExitCode, exitCodeFor, exitCodeForSignal, isFatal, type ExitCode } from '../lib/exit-codes.js';
import { readNotifyCsv, type NotifyTarget, CsvValidationError } from '../lib/notify-csv.js';
import { integerIn } from '../lib/parsers.js';
import { runPool } from '../lib/pool.js';
import { UsageError } from '../lib/usage-error.js';

interface NotifyOptions {
  csv?: string;
  environment?: string;
  concurrency: number;
}

async function targetsOf(ids: string[], opts: NotifyOptions, ctx: CliContext): Promise<NotifyTarget[]> {
  if (opts.csv !== undefined && ids.length > 0) throw new UsageError('give alert ids or --csv FILE, not both');
  if (opts.csv === undefined) {
    if (ids.length === 0) throw new UsageError('give one or more alert ids, or --csv FILE');
    const empty = ids.findIndex((id) => id.trim() === '');
    if (empty >= 0) throw new UsageError(`alert id #${empty + 1} is empty`);
    return ids.map((alertId) => ({ alertId: alertId.trim(), ...(opts.environment !== undefined && { environment: opts.environment }) }));
  }
  try {
    const rows = await readNotifyCsv(opts.csv);
    return rows.map((t) => (t.environment === undefined && opts.environment !== undefined ? { ...t, environment: opts.environment } : t));
  } catch (err) {
    if (err instanceof CsvValidationError && err.problems.length > 1) for (const p of err.problems) ctx.note(`${opts.csv}: ${p}`);
    throw err;
  }
}

export function registerNotify(program: Command, ctx: CliContext): void {
  program
    .command('notify')
    .description('notify the channels of finished alerts, given as ids or as a CSV file with a header "id,environment"')
    .argument('[alert-id...]', 'alert ids')
    .option(
      '--csv <file>',
      'read the alerts from a CSV file ("-": stdin): header required, columns id or alert_id (required) and environment; others ignored (search --format csv output fits)',
    )
    .option('--environment <name>', 'environment of the alerts given (the default for CSV rows without one)')
    .option('--concurrency <n>', 'alerts notified at once', integerIn(1, 64), 4)
    .action(async (ids: string[], opts: NotifyOptions, cmd: Command) => {
      const targets = await targetsOf(ids, opts, ctx);
      const client = await ctx.session(cmd).client();
      const failures: ExitCode[] = [];
      const stop = ctx.stopSignal();
      await runPool(
        targets,
        opts.concurrency,
        async (t) => {
          const base = { alert_id: t.alertId, environment: t.environment ?? null, ...(t.line !== undefined && { line: t.line }) };
          try {
            const alert = new Alert({ alertId: t.alertId, client, ...(t.environment !== undefined && { environment: t.environment }) });
            const channels = await alert.notify();
            await ctx.out.line({ ...base, environment: alert.environment ?? null, status: 'notified', channels });
          } catch (err) {
            if (isFatal(err)) throw err;
            failures.push(exitCodeFor(err));
            await ctx.out.line({ ...base, status: 'failed', error: describeError(err) });
          }
        },
        stop,
      );
      const stoppedBy = ctx.stoppedBy;
      ctx.exitCode = stoppedBy ? exitCodeForSignal(stoppedBy) : batchExitCode(failures);
    });
}
