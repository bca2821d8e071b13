/** `delete <alert-id>`: deletes an alert; `--wait` waits for the deletion to complete. */
import type { Command } from 'commander';
import { Alert } from '../../index.js';
import type { CliContext } from '../context.js';
import { durationMs } from '../lib/parsers.js';
import { waitTimeoutOf } from '../lib/wait-timeout.js';

interface DeleteOptions {
  environment?: string;
  wait?: boolean;
  waitTimeout?: number;
}

export function registerDelete(program: Command, ctx: CliContext): void {
  program
    .command('delete')
    .description('delete an alert (an asynchronous operation of the service)')
    .argument('<alert-id>', 'the alert id')
    .option('--environment <name>', "the alert's environment (default: looked up from the alert)")
    .option('--wait', 'wait until the deletion completed')
    .option('--wait-timeout <duration>', 'give up waiting after this long (ms, or 30s, 10m…; default: --timeout if given, else no limit)', durationMs)
    .action(async (alertId: string, opts: DeleteOptions, cmd: Command) => {
      const session = ctx.session(cmd);
      const client = await session.client();
      const alert = new Alert({ alertId, client, ...(opts.environment !== undefined && { environment: opts.environment }) });
      const timeoutMs = waitTimeoutOf(opts.waitTimeout, session.options);
      const operation = await alert.delete({ waitForCompletion: opts.wait ?? false, ...(timeoutMs !== undefined && { timeoutMs }) });
      const done = operation.status === 'finished';
      await ctx.out.line({
        alert_id: alert.alertId,
        environment: alert.environment ?? null,
        status: done ? 'deleted' : 'deleting',
        operation_url: operation.url,
        ...(done && { result: (await operation.getResult()) ?? null }),
      });
    });
}
