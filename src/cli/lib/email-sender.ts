/**
 * One email of a send-phishing run, from its bytes to its outcome: whether it is an email at
 * all, what the manifest says of it at this destination, a check with the service when an
 * earlier outcome is unknown, the send (rate limits ridden out by pausing the whole pool),
 * and with --wait its verdict, awaited apart from the sends (`finish`) so a wait never holds
 * a send slot. Each step is in the manifest (on disk) before the next begins.
 */
import { readFile } from 'node:fs/promises';
import { sleep } from '../../client/timers.js';
import { Alert, NetworkError, RateLimitError, WaitTimeoutError, type IntezerClient } from '../../index.js';
import { rateLimitPauseMs } from '../../client/retry-policy.js';
import { sha256Hex } from '../../client/sha256.js';
import { describeError } from './describe-error.js';
import { DestinationCheck } from './destination-check.js';
import { isFatal } from './exit-codes.js';
import { notAnEmail } from './files.js';
import type { Ledger } from './ledger.js';
import { RateGate, Semaphore } from './pool.js';
import { Breaker, isClearRefusal, LONGEST_RATE_LIMIT_WAIT_MS, quotaSpent } from './send-outcome.js';
import type { SendState } from './send-tally.js';

/** The longest pause after a rate limit; a service asking for longer stops the run. */
const MAX_RATE_LIMIT_PAUSE_MS = LONGEST_RATE_LIMIT_WAIT_MS;
/** Pauses this long or longer are told on stderr: a run must not look hung. */
const NOTED_PAUSE_MS = 5_000;
/** Verdicts awaited at once (each polls the service; none holds a send slot). */
const MAX_WAITS = 64;

type SendStatus = 'sent' | 'finished' | 'skipped' | 'failed' | 'timeout' | 'unknown' | 'dry_run';

/** One line of stdout. */
export interface SendResult {
  file: string;
  sha256?: string;
  alert_id?: string;
  status: SendStatus;
  verdict?: string | null;
  family?: string | null;
  error?: string;
  /** Why a skipped file was not sent: it is not an email (empty, no header lines, not an OLE .msg). */
  reason?: string;
  /** The file of this run with the same content, sent (or listed, in a dry run) in its place. */
  duplicate_of?: string;
  /** The outcome was learnt by asking the service (an earlier send's outcome was unknown). */
  checked?: true;
  /** Dry run: the service would be asked first whether it already has the email. */
  check_first?: true;
}

/** A settled send, with the alert when there is one: what `finish` awaits a verdict for. */
export interface Outcome {
  result: SendResult;
  alert?: Alert;
}

export interface SendOptions {
  wait?: boolean;
  environment?: string;
  defaultVerdict?: string;
  alertSender?: string;
  additionalInfo?: Record<string, unknown>;
  zipPassword?: string;
  dryRun?: boolean;
  rateLimitRetries: number;
}

/** An email whose send may have reached the service: asked about (and sent if absent) at the end of the run. */
export interface Unresolved {
  file: string;
  sha256: string;
  error: string;
  /** Not asked about before this time (epoch ms): the service may still be working on it. */
  askAfter: number;
}

/** After a drop other than a timeout, the service is given this long before the check. */
const DROP_GRACE_MS = 1000;

export interface SenderDeps {
  client: IntezerClient | undefined;
  /** The client of the run's first request (one attempt, no retries): a dead service is known at once. */
  probeClient?: IntezerClient | undefined;
  opts: SendOptions;
  /** The path to read a listed file by, when its name is not UTF-8 (files.ts `rawPaths`). */
  rawPaths?: ReadonlyMap<string, Buffer>;
  ledger: Ledger;
  waitTimeoutMs: number | undefined;
  /** Aborted on a stop request: no new send starts, waits for verdicts are given up. */
  stop: AbortSignal;
  breaker: Breaker;
  sendSettled(result: SendResult, state: SendState): void;
  /** Every send paused this long after a rate limit. */
  paused?(ms: number): void;
  verdictSettled(result: SendResult, ok: boolean): void;
}

/** The stop came before the email's first request: nothing was sent. */
class NotStarted extends Error {}

interface FirstCopy {
  file: string;
  settled: Promise<{ state: SendState | 'not_started'; alertId?: string }>;
  resolve(v: { state: SendState | 'not_started'; alertId?: string }): void;
}

export class EmailSender {
  readonly #gate = new RateGate();
  readonly #waits = new Semaphore(MAX_WAITS);
  /** The first file of each content in this run; later copies follow its outcome. */
  readonly #thisRun = new Map<string, FirstCopy>();
  readonly #dest: DestinationCheck;
  readonly unresolved: Unresolved[] = [];
  #probed = false;
  #answered = false;
  /** Whether the service is known to be there: a send request was made (the first through the probe client), or a check was answered. */
  get probed(): boolean {
    return this.#probed || this.#answered;
  }

  constructor(private readonly deps: SenderDeps) {
    this.#dest = new DestinationCheck(
      () => deps.client!,
      deps.opts.environment,
      () => deps.ledger.sentIds(),
    );
  }

  /** The email's settled send, or undefined when there is no line to print now (not started, or left for the end). */
  async process(file: string): Promise<Outcome | undefined> {
    let bytes: Buffer;
    try {
      bytes = await this.#read(file);
    } catch (err) {
      return this.#settle({ file, status: 'failed', error: `UsageError: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})` }, 'failed');
    }
    const sha256 = sha256Hex(bytes);
    const reason = notAnEmail(file, bytes);
    if (reason !== undefined) return this.#settle({ file, sha256, status: 'skipped', reason }, 'not_email');
    const first = this.#thisRun.get(sha256);
    if (first) return this.#copy(file, sha256, bytes, first);
    let resolve!: FirstCopy['resolve'];
    this.#thisRun.set(sha256, { file, settled: new Promise((r) => (resolve = r)), resolve: (v) => resolve(v) });
    try {
      return await this.#first(file, sha256, bytes);
    } finally {
      resolve({ state: 'not_started' }); // no-op when it settled; copies never wait forever
    }
  }

  /** The email's final line: with --wait, once its verdict came (awaited outside the send slots). */
  async finish(o: Outcome): Promise<SendResult> {
    const { opts, stop } = this.deps;
    if (!opts.wait || opts.dryRun || o.result.alert_id === undefined || stop.aborted) return o.result;
    return this.#waits.run(() => this.#withVerdict(o.result, o.alert));
  }

  /** At the end of the run: asks the service for an email of unknown outcome, and sends it only if it is not there. */
  async resolve(u: Unresolved): Promise<Outcome> {
    try {
      await sleep(u.askAfter - Date.now(), this.deps.stop);
    } catch {
      return { result: this.unresolvedLine(u) }; // stopped: the rerun asks
    }
    const found = await this.#dest.check(u.sha256);
    if (found instanceof Alert) return this.#found(u.file, u.sha256, found, 'sent');
    if (found !== null)
      return this.#settle({ ...this.unresolvedLine(u), error: `${u.error}; asking the service failed: ${describeError(found.error)}` }, 'unknown');
    // Read again, not kept: a gateway answering 504 to a whole batch would keep every email in memory.
    const bytes = await this.#read(u.file).catch(() => undefined);
    if (bytes === undefined || sha256Hex(bytes) !== u.sha256) {
      return this.#settle({ ...this.unresolvedLine(u), error: `${u.error}; not there, but ${u.file} changed or went since: not sent again` }, 'unknown');
    }
    return (await this.#sendOne(u.file, u.sha256, bytes, false)) ?? { result: this.unresolvedLine(u) };
  }

  #read(file: string): Promise<Buffer> {
    return readFile(this.deps.rawPaths?.get(file) ?? file);
  }

  unresolvedLine(u: Unresolved): SendResult {
    return { file: u.file, sha256: u.sha256, status: 'unknown', error: u.error };
  }

  async #first(file: string, sha256: string, bytes: Buffer): Promise<Outcome | undefined> {
    const prior = this.deps.ledger.prior(sha256);
    if (prior.kind === 'sent') return this.#settle({ file, sha256, alert_id: prior.alertId, status: 'skipped' }, 'skipped');
    if (this.deps.opts.dryRun) {
      return this.#settle({ file, sha256, status: 'dry_run', ...(prior.kind === 'check' && { check_first: true as const }) }, 'dry_run');
    }
    if (prior.kind === 'check') {
      const found = await this.#dest.check(prior.alertId);
      if (found === null || found instanceof Alert) this.#answered = true;
      if (found instanceof Alert) return this.#found(file, sha256, found, 'skipped');
      // Not decidable now (the service failed): asked again at the end, unless the service is down.
      if (found !== null) this.deps.breaker.failure(found.error);
      if (found !== null) return this.#defer({ file, sha256, error: `asking the service failed: ${describeError(found.error)}`, askAfter: Date.now() });
    }
    return this.#sendOne(file, sha256, bytes, true);
  }

  async #copy(file: string, sha256: string, bytes: Buffer, first: FirstCopy): Promise<Outcome | undefined> {
    const line: SendResult = { file, sha256, status: 'skipped', duplicate_of: first.file };
    if (this.deps.opts.dryRun) return this.#settle(line, 'skipped');
    const earlier = await first.settled;
    if (earlier.alertId !== undefined) return this.#settle({ ...line, alert_id: earlier.alertId }, 'skipped');
    if (earlier.state === 'unknown' || earlier.state === 'not_email') return this.#settle(line, 'skipped');
    // The first copy surely did not reach the service (or never started): this one goes on its own.
    return this.#sendOne(file, sha256, bytes, true);
  }

  async #found(file: string, sha256: string, alert: Alert, status: 'sent' | 'skipped'): Promise<Outcome> {
    await this.deps.ledger.record(sha256, file, 'sent', { alert_id: alert.alertId });
    return { ...this.#settle({ file, sha256, alert_id: alert.alertId, status, checked: true }, status), alert };
  }

  #defer(u: Unresolved): undefined {
    this.unresolved.push(u);
    this.#settle(this.unresolvedLine(u), 'unknown');
    return undefined;
  }

  async #sendOne(file: string, sha256: string, bytes: Buffer, deferUnknown: boolean): Promise<Outcome | undefined> {
    const { ledger, breaker } = this.deps;
    let alert: Alert;
    try {
      alert = await this.#send(file, sha256, bytes);
    } catch (err) {
      if (err instanceof NotStarted) return undefined;
      const error = describeError(err);
      breaker.failure(err);
      if (!isClearRefusal(err)) {
        await ledger.record(sha256, file, 'unknown', { error });
        const u = { file, sha256, error, askAfter: Date.now() + this.#graceMs(err) };
        if (!deferUnknown) return this.#settle(this.unresolvedLine(u), 'unknown');
        return this.#defer(u);
      }
      await ledger.record(sha256, file, 'failed', { error });
      if (isFatal(err)) throw err;
      return this.#settle({ file, sha256, status: 'failed', error }, 'failed');
    }
    this.#dest.sent(alert.alertId);
    await ledger.record(sha256, file, 'sent', { alert_id: alert.alertId });
    return { ...this.#settle({ file, sha256, alert_id: alert.alertId, status: 'sent' }, 'sent'), alert };
  }

  async #send(file: string, sha256: string, bytes: Buffer): Promise<Alert> {
    const { opts: o, stop, breaker } = this.deps;
    let refused: RateLimitError | undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.#gate.wait(stop);
        if (breaker.tripped) throw new NotStarted();
      } catch {
        throw refused ?? new NotStarted();
      }
      // On disk before the request leaves: a run cut short anywhere after this asks the service.
      if (attempt === 0) await this.deps.ledger.record(sha256, file, 'sending');
      const client = !this.#probed && this.deps.probeClient ? this.deps.probeClient : this.deps.client!;
      this.#probed = true;
      try {
        return await Alert.sendPhishingEmail({
          rawEmail: bytes,
          client,
          ...(o.environment !== undefined && { environment: o.environment }),
          ...(o.defaultVerdict !== undefined && { defaultVerdict: o.defaultVerdict }),
          ...(o.alertSender !== undefined && { alertSender: o.alertSender }),
          ...(o.additionalInfo !== undefined && { additionalInfo: o.additionalInfo }),
          ...(o.zipPassword !== undefined && { zipPassword: o.zipPassword }),
        });
      } catch (err) {
        if (!(err instanceof RateLimitError) || attempt >= o.rateLimitRetries || stop.aborted) throw err;
        // Asked to wait longer than any pause (a daily quota spent): waiting is pointless, the run stops (send-outcome.ts).
        if (quotaSpent(err)) throw err;
        refused = err;
        const ms = rateLimitPauseMs(err, attempt, MAX_RATE_LIMIT_PAUSE_MS);
        if (this.#gate.pause(ms) && ms >= NOTED_PAUSE_MS) this.deps.paused?.(ms);
      }
    }
  }

  /**
   * How long the service may still be working on a request whose answer was lost: after a
   * timeout, as long again as the request was given; after another drop or a gateway's
   * answer, a moment.
   */
  #graceMs(err: unknown): number {
    const timedOut = err instanceof NetworkError && (err.cause as { code?: unknown } | undefined)?.code === 'ETIMEDOUT';
    return timedOut ? (this.deps.client?.config.timeoutMs ?? 0) : DROP_GRACE_MS;
  }

  /** The line with the verdict once triage finished; a stop gives the wait up (the send is recorded). */
  async #withVerdict(result: SendResult, alert?: Alert): Promise<SendResult> {
    const { opts, client, stop, waitTimeoutMs } = this.deps;
    if (stop.aborted) return result;
    const a = alert ?? new Alert({ alertId: result.alert_id!, client: client!, ...(opts.environment !== undefined && { environment: opts.environment }) });
    let done: SendResult;
    try {
      await a.waitForCompletion({ signal: stop, ...(waitTimeoutMs !== undefined && { timeoutMs: waitTimeoutMs }) });
      done = { ...result, ...(result.status === 'sent' && { status: 'finished' as const }), verdict: a.verdict ?? null, family: a.familyName ?? null };
    } catch (err) {
      if (stop.aborted) return result;
      if (isFatal(err)) throw err;
      done = { ...result, status: err instanceof WaitTimeoutError ? 'timeout' : 'failed', error: describeError(err) };
    }
    this.deps.verdictSettled(done, done.error === undefined);
    return done;
  }

  #settle(result: SendResult, state: SendState): Outcome {
    const first = result.sha256 === undefined ? undefined : this.#thisRun.get(result.sha256);
    if (first?.file === result.file) first.resolve({ state, ...(result.alert_id !== undefined && { alertId: result.alert_id }) });
    this.deps.sendSettled(result, state);
    return { result };
  }
}
