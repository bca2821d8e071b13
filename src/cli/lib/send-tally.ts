/**
 * Where each email of a send-phishing run stands, for the progress display and the one-line
 * summary at the end. The send and the verdict are counted apart: an email can be sent and
 * still miss its verdict.
 */
import { printable } from './printable.js';

/** `not_email`: skipped because the file is not an email (empty, no header lines, not an OLE .msg). */
export type SendState = 'sent' | 'skipped' | 'failed' | 'unknown' | 'dry_run' | 'not_email';

/** How many files a summary names before it says "+N more". */
const NAMED = 3;

export class Tally {
  readonly total: number;
  readonly #send = new Map<string, SendState>();
  #verdicts = 0;
  readonly #waitFailures = new Set<string>();

  constructor(total: number) {
    this.total = total;
  }

  /** The send of `file` settled, or changed (an unknown outcome resolved). */
  send(file: string, state: SendState): void {
    this.#send.set(file, state);
  }

  verdict(file: string, ok: boolean): void {
    if (ok) this.#verdicts++;
    else this.#waitFailures.add(file);
  }

  /** Emails whose send settled. */
  get settled(): number {
    return this.#send.size;
  }

  count(state: SendState): number {
    let n = 0;
    for (const s of this.#send.values()) if (s === state) n++;
    return n;
  }

  get verdicts(): number {
    return this.#verdicts;
  }

  get waitFailures(): number {
    return this.#waitFailures.size;
  }

  /** Files whose send failed or whose wait for a verdict did. */
  failedFiles(): string[] {
    const sends = [...this.#send].filter(([, s]) => s === 'failed').map(([f]) => f);
    return [...new Set([...sends, ...this.#waitFailures])];
  }

  unknownFiles(): string[] {
    return [...this.#send].filter(([, s]) => s === 'unknown').map(([f]) => f);
  }

  /** Whether the run must exit 1: a send that failed or stayed unknown, or a missed verdict. */
  get anyFailure(): boolean {
    return this.count('failed') + this.count('unknown') + this.#waitFailures.size > 0;
  }
}

function named(label: string, files: readonly string[]): string {
  if (files.length === 0) return '';
  const more = files.length > NAMED ? ` (+${files.length - NAMED} more)` : '';
  return `; ${label}: ${printable(files.slice(0, NAMED).join(', '))}${more}`;
}

export interface SummaryContext {
  wait: boolean;
  dryRun: boolean;
  /** .zip files left out for want of --zip-password. */
  zipsLeftOut: number;
  stoppedBy?: string;
  /** Why the run stopped early (the circuit breaker): the emails not started are counted. */
  brokenBy?: string;
}

/**
 * "send-phishing: 50 emails: 45 sent, 2 skipped, 2 failed, 1 unknown; 44 verdicts, 1 wait
 * failed; stopped by SIGINT, 3 not started; failed: a.eml, b.eml; unknown: c.eml".
 */
export function summaryLine(t: Tally, c: SummaryContext): string {
  const counts = c.dryRun
    ? `${t.count('dry_run')} would be sent, ${t.count('skipped')} skipped, ${t.count('failed')} failed`
    : `${t.count('sent')} sent, ${t.count('skipped')} skipped, ${t.count('failed')} failed, ${t.count('unknown')} unknown`;
  const parts = [`send-phishing: ${t.total} email${t.total === 1 ? '' : 's'}: ${counts}`];
  if (c.wait && !c.dryRun) parts.push(`${t.verdicts} verdicts, ${t.waitFailures} wait${t.waitFailures === 1 ? '' : 's'} failed`);
  if (t.count('not_email')) parts.push(`${t.count('not_email')} not an email`);
  if (c.stoppedBy) parts.push(`stopped by ${c.stoppedBy}, ${t.total - t.settled} not started`);
  else if (c.brokenBy) parts.push(`stopped early (${c.brokenBy}), ${t.total - t.settled} not started`);
  if (c.zipsLeftOut) parts.push(`${c.zipsLeftOut} .zip file${c.zipsLeftOut === 1 ? '' : 's'} left out (no --zip-password)`);
  return parts.join('; ') + named('failed', t.failedFiles()) + named('unknown (a rerun asks the service first)', t.unknownFiles());
}
