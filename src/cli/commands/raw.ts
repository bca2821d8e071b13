/** `raw <alert-id>`: the payload the alert was ingested with, as the service returns it. */
import type { Command } from 'commander';
import { Alert } from '../../index.js';
import type { CliContext } from '../context.js';

interface RawOptions {
  environment?: string;
  type: string;
}

export function registerRaw(program: Command, ctx: CliContext): void {
  program
    .command('raw')
    .description('print the raw payload an alert was ingested with (JSON)')
    .argument('<alert-id>', 'the alert id')
    .option('--environment <name>', "the alert's environment (default: looked up from the alert)")
    .option('--type <raw-data-type>', 'which raw data to fetch', 'raw_alert')
    .action(async (alertId: string, opts: RawOptions, cmd: Command) => {
      const client = await ctx.session(cmd).client();
      const alert = new Alert({ alertId, client, ...(opts.environment !== undefined && { environment: opts.environment }) });
      // The service needs the environment: learn it from the alert when it was not given.
      if (alert.environment === undefined) await alert.checkStatus();
      const raw = await alert.getRawData({ rawDataType: opts.type });
      await ctx.out.write(`${JSON.stringify(raw, null, 2)}\n`);
    });
}
