/**
 * `send-phishing <file|dir>...`: sends emails for triage, a few at a time, and prints one
 * JSON line per email, then a summary on stderr. Resumable, per destination: every step is
 * in the manifest (lib/manifest.ts) and a rerun to the same API root and environment skips
 * what was sent. A first SIGINT/SIGTERM starts no new email, lets those in flight finish and
 * records them, then exits 130/143.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { EmailSender, type SendOptions, type SendResult } from '../lib/email-sender.js';
import { ExitCode, exitCodeForSignal } from '../lib/exit-codes.js';
import { collectEmailFiles } from '../lib/files.js';
import { Ledger } from '../lib/ledger.js';
import { ManifestWriter, loadManifest, type LoadedManifest } from '../lib/manifest.js';
import { durationMs, integerIn, jsonObject } from '../lib/parsers.js';
import { runPool } from '../lib/pool.js';
import { createProgress } from '../lib/progress.js';
import { Tally, summaryLine } from '../lib/send-tally.js';
import { UsageError } from '../lib/usage-error.js';
import { waitTimeoutOf } from '../lib/wait-timeout.js';

export const DEFAULT_MANIFEST = '.intezer-manifest.jsonl';

interface SendPhishingOptions extends SendOptions {
  concurrency: number;
  manifest: string;
  waitTimeout?: number;
  progress: boolean;
}

const listed = (files: readonly string[], n = 3) => `${files.slice(0, n).join(', ')}${files.length > n ? ', …' : ''}`;

function progressLine(r: SendResult): string {
  const verdict = r.verdict !== undefined ? ` ${r.verdict ?? '-'}` : '';
  return `${r.file}: ${r.status}${r.alert_id ? ` ${r.alert_id}` : ''}${verdict}${r.error ? ` (${r.error})` : ''}`;
}

/** The manifest this run reads: none for the embedded simulator (it ends with the run) unless one is named. */
async function readManifest(file: string, keep: boolean, ctx: CliContext): Promise<LoadedManifest> {
  if (!keep) return { entries: new Map(), legacy: new Map(), badLines: [] };
  const loaded = await loadManifest(file);
  const { badLines, legacy } = loaded;
  if (badLines.length) ctx.note(`${file}: ignored unreadable line(s) ${badLines.slice(0, 10).join(', ')}${badLines.length > 10 ? ', …' : ''}`);
  if (legacy.size) ctx.note(`${file}: ${legacy.size} line(s) of the old format name no server: the service is asked before each of those emails is sent`);
  return loaded;
}

export function registerSendPhishing(program: Command, ctx: CliContext): void {
  program
    .command('send-phishing')
    .description('send phishing emails (.eml, .msg; .zip with --zip-password) for triage; prints one JSON line per email')
    .argument('<path...>', 'email files, or directories to walk for them')
    .option('--concurrency <n>', 'emails sent at once', integerIn(1, 64), 4)
    .option('--manifest <file>', 'the resume manifest (JSON lines): emails sent to the same API root and environment are skipped', DEFAULT_MANIFEST)
    .option('--wait', 'wait for each verdict')
    .option('--wait-timeout <duration>', 'give up waiting for a verdict after this long (ms, or 30s, 10m…; default: --timeout if given, else no limit)', durationMs)
    .option('--environment <name>', 'the environment to send to')
    .option('--default-verdict <verdict>', 'the verdict to start from')
    .option('--alert-sender <sender>', 'who sends the alert')
    .option('--additional-info <json>', 'extra information, a JSON object', jsonObject)
    .option('--zip-password <password>', 'password of zipped emails (directories then also yield .zip files)')
    .option('--dry-run', 'list what would be sent; send nothing')
    .option('--no-progress', 'no progress on stderr')
    .option('--rate-limit-retries <n>', 'times an email is tried again after a rate limit that outlasted the automatic retries', integerIn(0, 100), 5)
    .action(async (paths: string[], opts: SendPhishingOptions, cmd: Command) => {
      const { files, zipsLeftOut } = await collectEmailFiles(paths, opts.zipPassword !== undefined);
      if (files.length === 0 && zipsLeftOut.length) {
        throw new UsageError(`nothing to send: ${zipsLeftOut.length} .zip file(s) (${listed(zipsLeftOut)}) need --zip-password`);
      }
      if (files.length === 0) return ctx.note('no email files found: nothing to send');
      if (zipsLeftOut.length) ctx.note(`${zipsLeftOut.length} .zip file(s) left out (${listed(zipsLeftOut)}): give --zip-password to send them`);

      const session = ctx.session(cmd);
      const client = opts.dryRun ? undefined : await session.client();
      const keep = !(session.options.simulator && cmd.getOptionValueSource('manifest') === 'default');
      const manifestPath = path.resolve(opts.manifest);
      const loaded = await readManifest(manifestPath, keep, ctx);
      const apiRoot = client?.config.apiRoot ?? session.plannedApiRoot();
      const dest = apiRoot === undefined ? undefined : { apiRoot, environment: opts.environment ?? null };
      const writer = opts.dryRun || !keep ? undefined : await ManifestWriter.open(manifestPath);
      const ledger = new Ledger(loaded, writer, dest);

      const tally = new Tally(files.length);
      const progress = createProgress(tally, {
        enabled: opts.progress && !opts.dryRun,
        label: 'send-phishing',
        wait: opts.wait ?? false,
        onInterrupt: (undo) => ctx.onInterrupt(undo),
      });
      const stop = ctx.stopSignal();
      stop.addEventListener('abort', () => progress.note(`${String(stop.reason)}: finishing the emails in flight (again to quit at once)`), { once: true });
      const sender = new EmailSender({
        client,
        opts,
        ledger,
        waitTimeoutMs: waitTimeoutOf(opts.waitTimeout, session.options),
        stop,
        sendSettled: (r, state) => {
          tally.send(r.file, state);
          progress.sent(progressLine(r));
        },
        verdictSettled: (r, ok) => {
          tally.verdict(r.file, ok);
          progress.verdict(progressLine(r));
        },
      });
      try {
        await runPool(files, opts.concurrency, async (file) => {
          const result = await sender.process(file);
          if (result) await ctx.out.line(result);
        }, stop);
        // Sends that may have reached the service: asked about now, and sent again only if absent.
        const left = new Set(sender.unresolved);
        const waitMs = Math.max(0, ...sender.unresolved.map((u) => u.askAfter - Date.now()));
        if (left.size && !stop.aborted) {
          progress.note(`${left.size} email(s) of unknown outcome: asking the service${waitMs > 0 ? ` within ${Math.ceil(waitMs / 1000)} s` : ''}`);
        }
        await runPool(sender.unresolved, opts.concurrency, async (u) => {
          left.delete(u);
          await ctx.out.line(await sender.resolve(u));
        }, stop);
        for (const u of left) await ctx.out.line(sender.unresolvedLine(u));
      } finally {
        progress.stop();
        await ledger.close();
      }
      const stoppedBy = ctx.stoppedBy;
      ctx.note(summaryLine(tally, { wait: opts.wait ?? false, dryRun: opts.dryRun ?? false, zipsLeftOut: zipsLeftOut.length, ...(stoppedBy && { stoppedBy }) }));
      ctx.exitCode = stoppedBy ? exitCodeForSignal(stoppedBy) : tally.anyFailure ? ExitCode.FAILED : ExitCode.OK;
    });
}
