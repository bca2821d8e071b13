/**
 * The one retry loop: API calls (client.ts) and the raw-data download (download.ts) both run
 * in it, repeated by retry-policy.ts's rules and logged the same way, each line carrying the
 * call's correlation id: at debug, one line per attempt; at info, one per retry with its
 * reason and delay. The transport repeats a request once more on its own only when a pooled
 * connection was found dropped while idle before the request reached anyone (node-http.ts).
 */
import { networkError } from './error-factory.js';
import type { ClientLog } from './log.js';
import type { ClientConfig } from './options.js';
import type { SecretScrubber } from './redact.js';
import type { CallScope } from './call-scope.js';
import { backoffMs, isRetryableTransportError, isTransportError, retryDelayAfterStatus, wasNeverSent, type RetryClass } from './retry-policy.js';
import { sleep } from './timers.js';

/** What one attempt came to, when the transport answered. */
export type Outcome<T> =
  | { status: number; url: string; value: T }
  /** A failure: repeated when the policy allows, else `error()` is thrown. */
  | { status: number; url: string; retryAfter: string | null; error: () => Error }
  /** Repeat at once, not counted as a retry (an access token renewed after a 401). */
  | { status: number; url: string; again: string };

export interface RetryRun {
  /** The operation's key, or the request it stands for ("GET <link>"): what messages name. */
  what: string;
  method: string;
  retry: RetryClass;
  /** The call's correlation id, on every line it logs. */
  callId: string;
  /** The call's signal: aborted by its caller's signal or by the client's close(). */
  signal: AbortSignal;
  /** What the call rejects with once `signal` has fired (call-scope.ts). */
  reason(): unknown;
  /** The call's scope, told when an attempt surely never left the machine (its requestSent). */
  scope: Pick<CallScope, 'markUnsent'>;
  /** The path an attempt line shows for the URL that answered (or undefined: none answered). */
  pathOf(url: string | undefined): string;
}

export interface RetryDeps {
  config: Pick<ClientConfig, 'maxRetries' | 'retryBaseDelayMs' | 'retryMaxDelayMs'>;
  log: ClientLog;
  secrets: SecretScrubber;
}

/** Runs `once` until it gives a value, a failure not worth repeating, or retries run out; aborted, with `run.reason()`. */
export async function runWithRetries<T>(run: RetryRun, deps: RetryDeps, once: (attempt: number) => Promise<Outcome<T>>): Promise<T> {
  const { signal } = run;
  const { config } = deps;
  let retries = 0;
  for (let attempt = 1; ; attempt++) {
    if (signal.aborted) throw run.reason();
    const started = performance.now();
    let outcome: Outcome<T>;
    try {
      outcome = await once(attempt);
    } catch (err) {
      if (wasNeverSent(err)) run.scope.markUnsent();
      if (signal.aborted) throw run.reason();
      const code = (err as { code?: unknown; status?: unknown } | null)?.code;
      logAttempt(run, deps, attempt, started, typeof code === 'string' ? code : ((err as { status?: number }).status ?? 'error'), undefined);
      if (!isTransportError(err)) throw err;
      if (retries < config.maxRetries && isRetryableTransportError(err, run.retry)) {
        await pause(run, deps, backoffMs(retries++, config.retryBaseDelayMs, config.retryMaxDelayMs), attempt, String(err.code));
        continue;
      }
      throw networkError(run.what, err, retries, deps.secrets);
    }
    logAttempt(run, deps, attempt, started, outcome.status, outcome.url);
    if ('value' in outcome) return outcome.value;
    if ('again' in outcome) {
      deps.log.info(`[${run.callId}] ${outcome.again}`, { call: run.callId });
      continue;
    }
    const wait = retries < config.maxRetries ? retryDelayAfterStatus(run.retry, outcome.status, outcome.retryAfter, retries, config) : undefined;
    if (wait === undefined) throw outcome.error();
    retries++;
    await pause(run, deps, wait, attempt, `HTTP ${outcome.status}`);
  }
}

function logAttempt(run: RetryRun, deps: RetryDeps, attempt: number, started: number, status: number | string, url: string | undefined): void {
  if (!deps.log.enabled('debug')) return;
  const ms = Math.round(performance.now() - started);
  const path = run.pathOf(url);
  const { method, callId: call } = run;
  deps.log.debug(`[${call}] ${method} ${path} → ${status} in ${ms} ms (attempt ${attempt})`, { call, method, path, status, ms, attempt });
}

async function pause(run: RetryRun, deps: RetryDeps, ms: number, attempt: number, reason: string): Promise<void> {
  const delayMs = Math.round(ms);
  deps.log.info(`[${run.callId}] retrying ${run.what} in ${delayMs} ms after ${reason} (attempt ${attempt + 1} of ${deps.config.maxRetries + 1})`, {
    call: run.callId,
    operation: run.what,
    reason,
    delayMs,
    attempt: attempt + 1,
  });
  try {
    await sleep(ms, run.signal);
  } catch {
    // sleep rejects only when the call's signal fires.
    throw run.reason();
  }
}
