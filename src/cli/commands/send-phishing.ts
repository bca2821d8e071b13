/**
 * `send-phishing <file|dir>...`: sends emails for triage, a few at a time, and prints one
 * JSON line per email. Resumable: each email sent is appended to the manifest (content
 * SHA-256 → alert id) and a rerun skips it. Rate limits that outlast the client's own
 * retries pause the whole pool and the email is tried again, a bounded number of times.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { Alert, RateLimitError, WaitTimeoutError, type IntezerClient } from '../../index.js';
import type { CliContext } from '../context.js';
import { describeError } from '../lib/describe-error.js';
import { ExitCode, isFatal } from '../lib/exit-codes.js';
import { collectEmailFiles } from '../lib/files.js';
import { ManifestWriter, loadManifest, type ManifestEntry } from '../lib/manifest.js';
import { durationMs, integerIn, jsonObject } from '../lib/parsers.js';
import { RateGate, runPool } from '../lib/pool.js';
import { createProgress } from '../lib/progress.js';
import { waitTimeoutOf } from '../lib/wait-timeout.js';
import { rateLimitPauseMs } from '../../client/retry-policy.js';
import { sha256Hex } from '../../client/sha256.js';

export const DEFAULT_MANIFEST = '.intezer-manifest.jsonl';
/** The longest pause after a rate limit; a longer Retry-After is cut to this. */
const MAX_RATE_LIMIT_PAUSE_MS = 5 * 60_000;

interface SendOptions {
  concurrency: number;
  manifest: string;
  wait?: boolean;
  waitTimeout?: number;
  environment?: string;
  defaultVerdict?: string;
  alertSender?: string;
  additionalInfo?: Record<string, unknown>;
  zipPassword?: string;
  dryRun?: boolean;
  progress: boolean;
  rateLimitRetries: number;
}

export type SendStatus = 'sent' | 'finished' | 'skipped' | 'failed' | 'timeout' | 'dry_run';

export interface SendResult {
  file: string;
  sha256?: string;
  alert_id?: string;
  status: SendStatus;
  verdict?: string | null;
  family?: string | null;
  error?: string;
  skipped?: true;
  /** The file of this run with the same content, sent (or listed, in a dry run) in its place. */
  duplicate_of?: string;
}

const isFailure = (r: SendResult) => r.status === 'failed' || r.status === 'timeout';

class Sender {
  readonly #gate = new RateGate();
  /** Emails of this run by content: resolves with the alert id once sent (undefined if it failed). */
  readonly #thisRun = new Map<string, { file: string; alertId: Promise<string | undefined> }>();

  constructor(
    private readonly client: IntezerClient | undefined,
    private readonly opts: SendOptions,
    private readonly known: Map<string, ManifestEntry>,
    private readonly manifest: ManifestWriter | undefined,
    private readonly waitTimeoutMs: number | undefined,
  ) {}

  async process(file: string): Promise<SendResult> {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      return { file, status: 'failed', error: `UsageError: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    const sha256 = sha256Hex(bytes);
    const sent = this.known.get(sha256);
    if (sent) return this.#skipped(file, sha256, sent.alert_id, sent.environment ?? this.opts.environment);
    const earlier = this.#thisRun.get(sha256);
    if (earlier && this.opts.dryRun) return { file, sha256, status: 'skipped', skipped: true, duplicate_of: earlier.file };
    if (earlier) {
      const alertId = await earlier.alertId;
      if (alertId !== undefined) {
        return { ...(await this.#skipped(file, sha256, alertId, this.opts.environment)), duplicate_of: earlier.file };
      }
    }
    if (this.opts.dryRun) {
      if (bytes.length === 0) return { file, sha256, status: 'failed', error: 'InvalidArgumentError: The email is empty' };
      this.#thisRun.set(sha256, { file, alertId: Promise.resolve(undefined) });
      return { file, sha256, status: 'dry_run' };
    }

    let settle!: (id: string | undefined) => void;
    this.#thisRun.set(sha256, { file, alertId: new Promise((resolve) => (settle = resolve)) });
    let alert: Alert;
    try {
      alert = await this.#send(bytes);
    } catch (err) {
      settle(undefined);
      if (isFatal(err)) throw err;
      return { file, sha256, status: 'failed', error: describeError(err) };
    }
    settle(alert.alertId);
    await this.manifest!.append({
      sha256,
      file,
      alert_id: alert.alertId,
      sent_at: new Date().toISOString(),
      ...(this.opts.environment !== undefined && { environment: this.opts.environment }),
    });
    const result: SendResult = { file, sha256, alert_id: alert.alertId, status: 'sent' };
    return this.opts.wait ? this.#verdict(result, () => alert.waitForCompletion(this.#waitOptions()).then(() => alert)) : result;
  }

  async #send(bytes: Buffer): Promise<Alert> {
    const o = this.opts;
    for (let attempt = 0; ; attempt++) {
      await this.#gate.wait();
      try {
        return await Alert.sendPhishingEmail({
          rawEmail: bytes,
          client: this.client!,
          ...(o.environment !== undefined && { environment: o.environment }),
          ...(o.defaultVerdict !== undefined && { defaultVerdict: o.defaultVerdict }),
          ...(o.alertSender !== undefined && { alertSender: o.alertSender }),
          ...(o.additionalInfo !== undefined && { additionalInfo: o.additionalInfo }),
          ...(o.zipPassword !== undefined && { zipPassword: o.zipPassword }),
        });
      } catch (err) {
        if (!(err instanceof RateLimitError) || attempt >= o.rateLimitRetries) throw err;
        this.#gate.pause(rateLimitPauseMs(err, attempt, MAX_RATE_LIMIT_PAUSE_MS));
      }
    }
  }

  #waitOptions(): { timeoutMs?: number } {
    return this.waitTimeoutMs !== undefined ? { timeoutMs: this.waitTimeoutMs } : {};
  }

  async #skipped(file: string, sha256: string, alertId: string, environment: string | undefined): Promise<SendResult> {
    const result: SendResult = { file, sha256, alert_id: alertId, status: 'skipped', skipped: true };
    if (!this.opts.wait || this.opts.dryRun) return result;
    return this.#verdict(result, () =>
      Alert.fromId(alertId, { client: this.client!, wait: true, ...(environment !== undefined && { environment }), ...this.#waitOptions() }),
    );
  }

  /** The result with the verdict once triage finished; a wait that fails marks the item. */
  async #verdict(result: SendResult, finished: () => Promise<Alert>): Promise<SendResult> {
    try {
      const alert = await finished();
      return {
        ...result,
        ...(result.status === 'sent' && { status: 'finished' as const }),
        verdict: alert.verdict ?? null,
        family: alert.familyName ?? null,
      };
    } catch (err) {
      if (isFatal(err)) throw err;
      return { ...result, status: err instanceof WaitTimeoutError ? 'timeout' : 'failed', error: describeError(err) };
    }
  }
}

export function registerSendPhishing(program: Command, ctx: CliContext): void {
  program
    .command('send-phishing')
    .description('send phishing emails (.eml, .msg; .zip with --zip-password) for triage; prints one JSON line per email')
    .argument('<path...>', 'email files, or directories to walk for them')
    .option('--concurrency <n>', 'emails sent at once', integerIn(1, 64), 4)
    .option('--manifest <file>', 'the resume manifest (JSON lines); emails listed there are skipped', DEFAULT_MANIFEST)
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
    .action(async (paths: string[], opts: SendOptions, cmd: Command) => {
      const files = await collectEmailFiles(paths, opts.zipPassword !== undefined);
      const manifestPath = path.resolve(opts.manifest);
      const { entries, badLines } = await loadManifest(manifestPath);
      if (badLines.length) ctx.note(`${opts.manifest}: ignored unreadable line(s) ${badLines.slice(0, 10).join(', ')}${badLines.length > 10 ? ', …' : ''}`);
      if (files.length === 0) {
        ctx.note('no email files found: nothing to send');
        return;
      }
      const session = ctx.session(cmd);
      const client = opts.dryRun ? undefined : await session.client();
      const manifest = opts.dryRun ? undefined : await ManifestWriter.open(manifestPath);
      const sender = new Sender(client, opts, entries, manifest, waitTimeoutOf(opts.waitTimeout, session.options));
      const progress = createProgress(files.length, {
        enabled: opts.progress && !opts.dryRun,
        label: 'send-phishing',
        onInterrupt: (undo) => ctx.onInterrupt(undo),
      });
      let failed = 0;
      try {
        await runPool(files, opts.concurrency, async (file) => {
          const result = await sender.process(file);
          if (isFailure(result)) failed++;
          await ctx.out.line(result);
          progress.tick(`${file}: ${result.status}${result.alert_id ? ` ${result.alert_id}` : ''}${result.error ? ` (${result.error})` : ''}`, isFailure(result));
        });
      } finally {
        progress.stop();
        await manifest?.close();
      }
      ctx.exitCode = failed > 0 ? ExitCode.FAILED : ExitCode.OK;
    });
}
