/**
 * When a failed attempt is repeated, and after how long.
 *
 * The rule: a call is repeated only when repeating it cannot do harm.
 *  - "safe" calls (every GET, the token exchange, the history search POST, DELETE, which the
 *    service treats idempotently) are repeated on connection errors, timeouts, 408, 429,
 *    502, 503 and 504;
 *  - "unsafe" calls (ingest, notify: a repeat may create a second alert or a second
 *    notification) are repeated only when the service surely did not act: 429 and 503
 *    (it refused), and a connection that was refused outright. A reset or a timeout after the
 *    request left is reported, never silently repeated.
 * 500 is never repeated: it is the service's answer, not a passing fault.
 */
export type RetryClass = 'safe' | 'unsafe';

const SAFE_STATUSES = new Set([408, 429, 502, 503, 504]);
const UNSAFE_STATUSES = new Set([429, 503]);
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function isRetryableStatus(status: number, cls: RetryClass): boolean {
  return (cls === 'safe' ? SAFE_STATUSES : UNSAFE_STATUSES).has(status);
}

/** A certificate the client refuses will be refused again: never worth a retry. */
function isTlsRejection(code: string | undefined): boolean {
  return code !== undefined && (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code) || code === 'ERR_TLS_CERT_ALTNAME_INVALID');
}

export function isRetryableNetworkError(err: unknown, cls: RetryClass): boolean {
  const code = (err as { code?: string } | null)?.code;
  if (isTlsRejection(code)) return false;
  if (cls === 'unsafe') return code !== undefined && NOT_SENT_CODES.has(code);
  return true;
}

/** Retry-After: delta seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const secs = Number(value);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with up to 25 % random spread: base·2ⁿ, capped. */
export function backoffMs(retryIndex: number, baseMs: number, maxMs: number, random = Math.random): number {
  const raw = Math.min(maxMs, baseMs * 2 ** retryIndex);
  return raw * (1 - 0.25 * random());
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * `promise`, or a rejection with the signal's reason as soon as the signal aborts. The work
 * behind `promise` goes on (it may be shared, e.g. the single-flight token exchange).
 */
export function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}
