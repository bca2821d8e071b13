/**
 * `send-alert FILE|- --source S`: sends one JSON alert object (an EDR detection, a SIEM
 * incident) for triage with `Alert.send`, then prints the alert as `get --format json` does.
 * A 409 (the service already holds it) is "already sent": its id on stdout, a note on stderr,
 * exit 0. Input that is not a JSON object is a usage error (exit 2) before any request.
 */
import type { Command } from 'commander';
import { Alert, AlertAlreadyExistsError, InvalidAlertMappingError } from '../../index.js';
import type { CliContext } from '../context.js';
import { readRegularFile } from '../lib/files.js';
import { durationMs, repeat } from '../lib/parsers.js';
import { UsageError } from '../lib/usage-error.js';
import { waitTimeoutOf } from '../lib/wait-timeout.js';
import { alertSummary } from './get.js';

interface SendAlertCliOptions {
  source: string;
  mapping?: string;
  environment?: string;
  displayField?: string[];
  defaultVerdict?: string;
  alertSender?: string;
  wait?: boolean;
  waitTimeout?: number;
}

/** An alert file larger than this is refused unread (a stray device or a log, not an alert). */
const MAX_INPUT_BYTES = 16 * 1024 * 1024;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) throw new UsageError(`standard input holds more than ${MAX_INPUT_BYTES} bytes: not one alert`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The JSON object in FILE (or stdin for `-`); anything else is a usage error naming it. */
async function readJsonObject(file: string, what: string): Promise<Record<string, unknown>> {
  const name = file === '-' ? 'standard input' : file;
  let bytes: Buffer;
  try {
    // Not readFile: a FIFO would wait for a writer forever, /dev/zero would fill memory.
    bytes = file === '-' ? await readStdin() : await readRegularFile(file, MAX_INPUT_BYTES);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read ${what} ${name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let parsed: unknown;
  try {
    // A byte-order mark (Windows editors, PowerShell's Out-File) is no part of the JSON text.
    parsed = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`${what} ${name} is not JSON (${(err as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError(`${what} ${name} must hold one JSON object`);
  if (Object.keys(parsed).length === 0) throw new UsageError(`${what} ${name} is an empty object`);
  return parsed as Record<string, unknown>;
}

export function registerSendAlert(program: Command, ctx: CliContext): void {
  program
    .command('send-alert')
    .description('send one alert of an EDR, SIEM or SOAR (a JSON object, from FILE or - for stdin) for triage; prints the alert as JSON')
    .argument('<file>', 'the alert: a file holding one JSON object, or - for standard input')
    .requiredOption('--source <source>', 'the source product: s1, cs, microsoft_sentinel, splunk_siem, xsoar, …')
    .option('--mapping <file>', 'a JSON file with the alert mapping (definition_mapping); sources with a built-in mapping need none')
    .option('--environment <name>', 'the environment to send to')
    .option('--display-field <field>', 'a field of the alert to show on its page (repeat for more)', repeat)
    .option('--default-verdict <verdict>', 'the verdict to start from')
    .option('--alert-sender <sender>', 'who sends the alert')
    .option('--wait', 'wait until triage finishes')
    .option('--wait-timeout <duration>', 'give up waiting after this long (ms, or 30s, 10m…; default: --timeout if given, else no limit)', durationMs)
    .action(async (file: string, opts: SendAlertCliOptions, cmd: Command) => {
      if (opts.source.trim() === '') throw new UsageError('--source must not be empty');
      // Standard input can be read once: the second reader would find it empty.
      if (file === '-' && opts.mapping === '-') throw new UsageError('the alert and --mapping cannot both be - (standard input)');
      const rawAlert = await readJsonObject(file, 'the alert');
      const alertMapping = opts.mapping === undefined ? undefined : await readJsonObject(opts.mapping, 'the mapping');
      const session = ctx.session(cmd);
      const client = await session.client();
      const timeoutMs = waitTimeoutOf(opts.waitTimeout, session.options);
      let sent: Alert;
      try {
        sent = await Alert.send({
          rawAlert,
          source: opts.source,
          ...(alertMapping && { alertMapping }),
          ...(opts.environment !== undefined && { environment: opts.environment }),
          ...(opts.displayField && { displayFields: opts.displayField }),
          ...(opts.defaultVerdict !== undefined && { defaultVerdict: opts.defaultVerdict }),
          ...(opts.alertSender !== undefined && { alertSender: opts.alertSender }),
          client,
        });
      } catch (err) {
        if (err instanceof AlertAlreadyExistsError) {
          ctx.note(`already sent: the service holds this alert${err.alertId ? ` as ${err.alertId}` : ''} (nothing new was sent)`);
          await ctx.out.write(`${JSON.stringify({ alert_id: err.alertId || null, already_sent: true }, null, 2)}\n`);
          return;
        }
        // The error's message, printed next, names the service's field problems.
        if (err instanceof InvalidAlertMappingError) ctx.note('the service refused the alert or its mapping');
        throw err;
      }
      try {
        // One status check (or the wait), then the alert as `get` prints it.
        const alert = await Alert.fromId(sent.alertId, {
          client,
          ...(sent.environment !== undefined && { environment: sent.environment }),
          wait: opts.wait ?? false,
          ...(timeoutMs !== undefined && { timeoutMs }),
          raiseOnInProgress: false,
        });
        await ctx.out.write(`${JSON.stringify(alertSummary(alert, false), null, 2)}\n`);
      } catch (err) {
        ctx.note(`the alert was sent as ${sent.alertId}, but reading it back failed`);
        throw err;
      }
    });
}
