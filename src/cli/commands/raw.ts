/**
 * `raw <alert-id>`: the payload the alert was ingested with: the answer's `result`, or what
 * its download link holds (the service answers a pre-signed `result_url` for large data),
 * never the link itself (it carries a signature). JSON is printed indented; other bytes as is.
 */
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
    .description('print the raw payload an alert was ingested with (JSON; fetched from the download link when the service answers one)')
    .argument('<alert-id>', 'the alert id')
    .option('--environment <name>', "the alert's environment (default: looked up from the alert)")
    .option('--type <raw-data-type>', 'which raw data to fetch', 'raw_alert')
    .action(async (alertId: string, opts: RawOptions, cmd: Command) => {
      const client = await ctx.session(cmd).client();
      const alert = new Alert({ alertId, client, ...(opts.environment !== undefined && { environment: opts.environment }) });
      // The service needs the environment: learn it from the alert when it was not given.
      if (alert.environment === undefined) await alert.checkStatus();
      const payload = await alert.downloadRawData({ rawDataType: opts.type });
      if (payload instanceof Uint8Array) await ctx.out.write(payload);
      else await ctx.out.write(`${JSON.stringify(payload, null, 2)}\n`);
    });
}
