/**
 * The one polling loop behind every waitForCompletion. It stops when `done()` says so, at
 * `timeoutMs` (WaitTimeoutError, even in the middle of a request), or at once when the
 * caller's signal aborts (with the signal's reason). Transient failures that outlast the
 * client's own retries (rate limits, dropped connections, 502/503/504) do not end the wait:
 * the next poll tries again; a permanent one (a refused key, 403, a 404, a refused
 * certificate, a proxy's refusal) ends it at once with its own error (retry-policy.ts).
 */
import type { IntezerClient } from '../client/client.js';
import { waitTimeout } from '../client/error-factory.js';
import { InvalidArgumentError, RateLimitError } from '../client/errors.js';
import { isTransientFailure } from '../client/retry-policy.js';
import { onAbort, schedule, sleep } from '../client/timers.js';

/** The options of every `waitForCompletion`. */
export interface WaitOptions {
  /** Between status checks, in ms; default: the client's `pollIntervalMs` (1000). A rate limit's Retry-After stretches it. */
  intervalMs?: number;
  /** Give up after this many ms with {@link WaitTimeoutError}, even in the middle of a request; default: no bound. */
  timeoutMs?: number;
  /** Wait one interval before the first status check (default false). */
  sleepBeforeFirstCheck?: boolean;
  /** Aborting it ends the wait at once, rejecting with the signal's reason. */
  signal?: AbortSignal;
}

function checkDuration(name: string, v: number | undefined): void {
  if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
    throw new InvalidArgumentError(`${name} must be a finite, non-negative number of milliseconds`);
  }
}

/**
 * Polls `done(signal)` until it resolves true. `signal` passed to `done` ends when the wait
 * does, so an in-flight status request is cut at the deadline. The wait ends at once, with
 * ClientClosedError, when `client` closes, in the middle of an interval too: a closed client
 * holds no timer that keeps the process alive.
 */
export async function pollUntil(
  what: string,
  done: (signal: AbortSignal) => Promise<boolean>,
  options: WaitOptions & { client: IntezerClient },
): Promise<void> {
  const { timeoutMs, signal: outer, sleepBeforeFirstCheck, client } = options;
  checkDuration('intervalMs', options.intervalMs);
  checkDuration('timeoutMs', timeoutMs);
  const intervalMs = options.intervalMs ?? client.config.pollIntervalMs;
  if (outer?.aborted) throw outer.reason;

  const controller = new AbortController();
  const stopListening = outer && onAbort(outer, (reason) => controller.abort(reason));
  const stopOnClose = client.onClose(`waiting for ${what}`, (err) => controller.abort(err));
  const cancelTimer = timeoutMs === undefined ? undefined : schedule(timeoutMs, () => controller.abort(waitTimeout(what, timeoutMs)));
  const signal = controller.signal;
  try {
    if (sleepBeforeFirstCheck) await sleep(intervalMs, signal);
    for (;;) {
      let delay = intervalMs;
      try {
        if (await done(signal)) return;
      } catch (err) {
        if (signal.aborted) throw signal.reason;
        if (!isTransientFailure(err)) throw err;
        if (err instanceof RateLimitError && err.retryAfterMs !== undefined) delay = Math.max(delay, err.retryAfterMs);
      }
      await sleep(delay, signal);
    }
  } catch (err) {
    throw signal.aborted ? signal.reason : err;
  } finally {
    cancelTimer?.();
    stopListening?.();
    stopOnClose();
  }
}
