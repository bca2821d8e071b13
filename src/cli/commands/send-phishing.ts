/**
 * `send-phishing <file|dir>...`: sends emails for triage, a few at a time, and prints one
 * JSON line per email, then a summary on stderr. Resumable, per destination: every step is
 * in the manifest (lib/manifest.ts; by default in the user's state folder, one per API root
 * and environment, locked for the run) and a rerun to the same destination skips what was
 * sent. Sends hold the --concurrency slots; verdicts (--wait) are awaited apart. A dead
 * service (unreachable, key refused) stops the run early. A first SIGINT/SIGTERM starts no
 * new email, lets those in flight finish and records them, then exits 130/143.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { IntezerClient } from '../../index.js';
import type { CliContext } from '../context.js';
import { describeError } from '../lib/describe-error.js';
import { EmailSender, type Outcome, type SendOptions, type SendResult } from '../lib/email-sender.js';
import { ExitCode, exitCodeForSignal } from '../lib/exit-codes.js';
import { collectEmailFiles } from '../lib/files.js';
import { Ledger } from '../lib/ledger.js';
import { ManifestLock } from '../lib/manifest-lock.js';
import { canonicalManifestPath, defaultManifestPath, manifestUnusable } from '../lib/manifest-location.js';
import { ManifestWriter, loadManifest, type Destination, type LoadedManifest } from '../lib/manifest.js';
import { durationMs, integerIn, jsonObject, nonEmpty } from '../lib/parsers.js';
import { runPool } from '../lib/pool.js';
import { printable } from '../lib/printable.js';
import { createProgress } from '../lib/progress.js';
import { Breaker, quotaWait } from '../lib/send-outcome.js';
import { Tally, summaryLine } from '../lib/send-tally.js';
import { UsageError } from '../lib/usage-error.js';
import { waitTimeoutOf } from '../lib/wait-timeout.js';
import { BrokenPipeError } from '../lib/writer.js';

/** The manifest of the first CLI versions, in the current folder. */
const OLD_MANIFEST = '.intezer-manifest.jsonl';

interface SendPhishingOptions extends SendOptions {
  concurrency: number;
  manifest?: string;
  waitTimeout?: number;
  progress: boolean;
}

const HELP = `
The manifest: every step of every email (sending, then sent / unknown / failed), fsynced
before the next step relies on it. Default: $XDG_STATE_HOME/intezer-alerts/ (else
~/.local/state/intezer-alerts/), one file per API root + environment, so the same emails
sent from any folder are skipped once sent; --manifest names another file.
Locking: a run holds <manifest>.lock (pid and host) for its whole length. A second run on
the same manifest does not wait: it exits at once with code 75 and says who holds it;
nothing is sent in parallel. A lock left by a run that died on this host is taken over.
Unknown outcomes: only a clear refusal (400, 401, 403, 404, 413, a refused token
exchange, or a connection never made) is "failed". Any other answer (a 5xx from a gateway, a 429, a 200 whose body breaks the
contract, a dropped connection) is "unknown": the service is asked for the alert (named
by the email's SHA-256, in the destination environment) before the email is sent again,
at the end of the run or on the rerun. So are emails an unreadable manifest line may
have been about.
Fail-fast: when the service is unreachable or not there (404), refuses the key (401,
403) or asks to wait longer than 5 min (a 429 with a long Retry-After: a spent quota)
the run stops at once with one error; the emails not started stay not started for the rerun.
File selection: directories are walked (symlinked folders once each); hidden entries
(.git/, ._* files) are left out; an .eml must start with header lines (From:, Date:,
Subject:, Received:…), a .msg with the OLE signature; other files, and empty ones, are
reported as skipped (reason in the line), not sent.
--wait: verdicts are awaited apart from the sends and never hold a --concurrency slot.`;

const listed = (files: readonly string[], n = 3) => printable(`${files.slice(0, n).join(', ')}${files.length > n ? ', …' : ''}`);

function progressLine(r: SendResult): string {
  const verdict = r.verdict !== undefined ? ` ${r.verdict ?? '-'}` : '';
  return printable(`${r.file}: ${r.status}${r.alert_id ? ` ${r.alert_id}` : ''}${verdict}${r.error ? ` (${r.error})` : ''}${r.reason ? ` (${r.reason})` : ''}`);
}

/** The manifest this run reads: none for the embedded simulator (it ends with the run) unless one is named. */
async function readManifest(file: string | undefined, ctx: CliContext): Promise<LoadedManifest> {
  if (file === undefined) return { entries: new Map(), legacy: new Map(), badLines: [] };
  const loaded = await loadManifest(file);
  const { badLines, legacy } = loaded;
  if (badLines.length) {
    const where = `${badLines.slice(0, 10).join(', ')}${badLines.length > 10 ? ', …' : ''}`;
    ctx.note(`${file}: unreadable line(s) ${where}: each email not recorded as sent is checked with the service before it is sent`);
  }
  if (legacy.size) ctx.note(`${file}: ${legacy.size} line(s) of the old format name no server: the service is asked before each of those emails is sent`);
  return loaded;
}

/** The manifest's file, or undefined when this run keeps none (the embedded simulator's default). */
function manifestPathOf(opts: SendPhishingOptions, dest: Destination | undefined, simulator: boolean, ctx: CliContext): string | undefined {
  if (opts.manifest !== undefined) return canonicalManifestPath(opts.manifest);
  if (simulator || dest === undefined) return undefined;
  if (existsSync(OLD_MANIFEST)) ctx.note(`${OLD_MANIFEST} in this folder is no longer read by default: give --manifest ${OLD_MANIFEST} to use it`);
  return canonicalManifestPath(defaultManifestPath(dest));
}

export function registerSendPhishing(program: Command, ctx: CliContext): void {
  program
    .command('send-phishing')
    .description('send phishing emails (.eml, .msg; .zip with --zip-password) for triage; prints one JSON line per email')
    .argument('<path...>', 'email files, or directories to walk for them')
    .option('--concurrency <n>', 'emails sent at once (waits for verdicts hold no slot)', integerIn(1, 64), 4)
    .option('--manifest <file>', 'the resume manifest (JSON lines; default: one per API root + environment in $XDG_STATE_HOME/intezer-alerts/)')
    .option('--wait', 'wait for each verdict')
    .option(
      '--wait-timeout <duration>',
      'give up waiting for a verdict after this long (ms, or 30s, 10m…; 0: no limit; default: --timeout if given, else no limit)',
      durationMs,
    )
    .option('--environment <name>', 'the environment to send to', nonEmpty)
    .option('--default-verdict <verdict>', 'the verdict to start from', nonEmpty)
    .option('--alert-sender <sender>', 'who sends the alert', nonEmpty)
    .option('--additional-info <json>', 'extra information, a JSON object', jsonObject)
    .option('--zip-password <password>', 'password of zipped emails (directories then also yield .zip files)', nonEmpty)
    .option('--dry-run', 'list what would be sent; send nothing')
    .option('--no-progress', 'no progress on stderr')
    .option('--rate-limit-retries <n>', 'times an email is tried again after a rate limit that outlasted the automatic retries', integerIn(0, 100), 5)
    .addHelpText('after', HELP)
    .action(async (paths: string[], opts: SendPhishingOptions, cmd: Command) => {
      const { files, zipsLeftOut, rawPaths } = await collectEmailFiles(paths, opts.zipPassword !== undefined);
      if (files.length === 0 && zipsLeftOut.length) {
        throw new UsageError(`nothing to send: ${zipsLeftOut.length} .zip file(s) (${listed(zipsLeftOut)}) need --zip-password`);
      }
      if (files.length === 0) return ctx.note('no email files found: nothing to send');
      if (zipsLeftOut.length) ctx.note(`${zipsLeftOut.length} .zip file(s) left out (${listed(zipsLeftOut)}): give --zip-password to send them`);

      const session = ctx.session(cmd);
      const client = opts.dryRun ? undefined : await session.client();
      const apiRoot = client?.config.apiRoot ?? session.plannedApiRoot();
      const dest = apiRoot === undefined ? undefined : { apiRoot, environment: opts.environment ?? null };
      const manifestPath = manifestPathOf(opts, dest, session.options.simulator ?? false, ctx);
      // Held for the whole run (a dry run only reads): a second run exits instead of sending in parallel.
      const unusable = (err: unknown) => (manifestPath === undefined ? err : manifestUnusable(manifestPath, err, opts.manifest === undefined));
      let lock: ManifestLock | undefined;
      try {
        lock = manifestPath !== undefined && !opts.dryRun ? ManifestLock.acquire(manifestPath) : undefined;
      } catch (err) {
        throw unusable(err);
      }
      const unregisterLock = lock && ctx.onInterrupt(() => lock.release());
      let ledger: Ledger | undefined;
      let probe: IntezerClient | undefined;
      try {
        const loaded = await readManifest(manifestPath, ctx).catch((err: unknown) => Promise.reject(unusable(err)));
        const writer =
          opts.dryRun || manifestPath === undefined
            ? undefined
            : await ManifestWriter.open(manifestPath).catch((err: unknown) => Promise.reject(unusable(err)));
        ledger = new Ledger(loaded, writer, dest);
        probe = client && (await session.probeClient());
        await sendAll(files, opts, {
          ctx,
          client,
          probe,
          ledger,
          rawPaths,
          waitTimeoutMs: waitTimeoutOf(opts.waitTimeout, session.options),
          zipsLeftOut: zipsLeftOut.length,
        });
      } finally {
        probe?.close();
        await ledger?.close();
        unregisterLock?.();
        lock?.release();
      }
    });
}

interface RunParts {
  ctx: CliContext;
  client: IntezerClient | undefined;
  probe: IntezerClient | undefined;
  ledger: Ledger;
  rawPaths: ReadonlyMap<string, Buffer>;
  waitTimeoutMs: number | undefined;
  zipsLeftOut: number;
}

async function sendAll(
  files: string[],
  opts: SendPhishingOptions,
  { ctx, client, probe, ledger, rawPaths, waitTimeoutMs, zipsLeftOut }: RunParts,
): Promise<void> {
  const tally = new Tally(files.length);
  const progress = createProgress(tally, {
    enabled: opts.progress && !opts.dryRun,
    label: 'send-phishing',
    wait: opts.wait ?? false,
    onInterrupt: (undo) => ctx.onInterrupt(undo),
  });
  const stop = ctx.stopSignal();
  stop.addEventListener('abort', () => progress.note(`${String(stop.reason)}: finishing the emails in flight (again to quit at once)`), { once: true });
  const breaker = new Breaker();
  const sender = new EmailSender({
    client,
    probeClient: probe,
    opts,
    rawPaths,
    ledger,
    waitTimeoutMs,
    stop,
    breaker,
    paused: (ms) => progress.note(`rate limited: every send paused for ${Math.ceil(ms / 1000)} s`),
    sendSettled: (r, state) => {
      tally.send(r.file, state);
      progress.sent(progressLine(r));
    },
    verdictSettled: (r, ok) => {
      tally.verdict(r.file, ok);
      progress.verdict(progressLine(r));
    },
  });
  // A closed stdout (`| head`) must not end the batch: its lines are dropped, the manifest still records.
  const emit = (line: SendResult) =>
    ctx.out.line(line).catch((err: unknown) => {
      if (!(err instanceof BrokenPipeError)) throw err;
    });
  // Waits for verdicts run apart from the send slots; a fatal error in one ends the run.
  const waits: Promise<void>[] = [];
  let fatal: { error: unknown } | undefined;
  const finish = (o: Outcome) =>
    waits.push(
      sender
        .finish(o)
        .then(emit)
        .catch((error: unknown) => void (fatal ??= { error })),
    );
  try {
    // One email at a time until the first request was answered (through the probe client,
    // without retries): a dead service then costs one attempt and one error, not a batch of them.
    const queue = files[Symbol.iterator]();
    const sendOne = async (file: string) => {
      const o = await sender.process(file);
      if (o) finish(o);
    };
    const probing = new AbortController();
    await runPool(
      queue,
      1,
      async (file) => {
        await sendOne(file);
        if (sender.probed) probing.abort();
      },
      AbortSignal.any([stop, breaker.signal, probing.signal]),
    );
    await runPool(queue, opts.concurrency, sendOne, AbortSignal.any([stop, breaker.signal]));
    // Sends that may have reached the service: asked about now, and sent again only if absent.
    const left = new Set(sender.unresolved);
    const waitMs = Math.max(0, ...sender.unresolved.map((u) => u.askAfter - Date.now()));
    if (left.size && !stop.aborted && !breaker.tripped) {
      progress.note(`${left.size} email(s) of unknown outcome: asking the service${waitMs > 0 ? ` within ${Math.ceil(waitMs / 1000)} s` : ''}`);
    }
    await runPool(
      [...left],
      opts.concurrency,
      async (u) => {
        left.delete(u);
        finish(await sender.resolve(u));
      },
      AbortSignal.any([stop, breaker.signal]),
    );
    for (const u of left) await emit(sender.unresolvedLine(u));
    await Promise.all(waits);
    if (fatal) throw fatal.error;
  } finally {
    progress.stop();
  }
  const stoppedBy = ctx.stoppedBy;
  const wait = quotaWait(breaker.cause);
  const brokenBy = breaker.tripped ? `${describeError(breaker.cause)}${wait ? `; it asks to wait ${wait}` : ''}` : undefined;
  if (brokenBy)
    ctx.note(`stopped early: the service cannot be used (${brokenBy}); ${tally.total - tally.settled} email(s) not started: run again once it is back`);
  ctx.note(
    summaryLine(tally, {
      wait: opts.wait ?? false,
      dryRun: opts.dryRun ?? false,
      zipsLeftOut,
      ...(stoppedBy && { stoppedBy }),
      ...(brokenBy && { brokenBy: 'service down' }),
    }),
  );
  ctx.exitCode = stoppedBy ? exitCodeForSignal(stoppedBy) : tally.anyFailure || brokenBy ? ExitCode.FAILED : ExitCode.OK;
}
