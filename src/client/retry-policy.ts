/**
 * When a failure is worth another try, and after how long: the client's retries, the waits'
 * polling and the CLI's rate-limit pauses all ask here.
 *
 * A call is repeated only when repeating it cannot do harm:
 *  - "safe" calls (every GET, the token exchange, the history search POST, DELETE, which the
 *    service treats idempotently) are repeated on connection errors, timeouts, 408, 429,
 *    502, 503 and 504;
 *  - "unsafe" calls (ingest, notify: a repeat may create a second alert or a second
 *    notification) are repeated only when the service surely did not act: 429 (rate limits
 *    are checked before a request is handled) and a request that never left the machine. A
 *    503 is not among them: a gateway may answer it after it forwarded the request (nginx's
 *    limit_req, an upstream that went away mid-request), and the service may have ingested it. A reset or a timeout after
 *    the request was written is reported, never silently repeated.
 * 500 is never repeated: it is the service's answer, not a passing fault; except by the token
 * exchange ("tokenExchange"), which changes nothing on the service and which every waiting
 * call depends on.
 */
import { NetworkError, RateLimitError, ServerError } from './errors.js';

export type RetryClass = 'safe' | 'unsafe' | 'tokenExchange';

/** The longest Retry-After the client waits out; a longer one is reported as RateLimitError at once. */
const RETRY_AFTER_CAP_MS = 60_000;

const SAFE_STATUSES = new Set([408, 429, 502, 503, 504]);
const UNSAFE_STATUSES = new Set([429]);
const TOKEN_EXCHANGE_STATUSES = new Set([...SAFE_STATUSES, 500]);
const STATUSES: Record<RetryClass, Set<number>> = { safe: SAFE_STATUSES, unsafe: UNSAFE_STATUSES, tokenExchange: TOKEN_EXCHANGE_STATUSES };
/** Statuses a wait rides through: the service is busy or a gateway is, not refusing for good. */
const TRANSIENT_STATUSES = new Set([502, 503, 504]);
/** The code of a custom transport's failure that is no Error (transport/custom.ts): its bug, never worth another try. */
export const NOT_AN_ERROR = 'ERR_TRANSPORT_NOT_AN_ERROR';
/** Connection errors that prove the request never reached a server. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/**
 * Connection errors a wait gives up on at once: nothing listens there, the name does not
 * resolve, or a proxy refused the tunnel. A reset or a timeout, by contrast, may pass.
 */
const PERMANENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_PROXY_REFUSED', NOT_AN_ERROR]);

interface TransportFailure {
  code?: unknown;
  /** Set by the transport: whether any byte of the request was written to a connection. */
  requestSent?: unknown;
}

/**
 * Whether `err` comes from the connection (an errno-style `code`: a reset, a refusal, a
 * timeout, a TLS failure) rather than from code: a TypeError or RangeError is a bug or bad
 * input and is thrown as it is, never retried and never called a network error.
 */
export function isTransportError(err: unknown): err is Error & TransportFailure {
  return err instanceof Error && !(err instanceof TypeError || err instanceof RangeError) && typeof (err as TransportFailure).code === 'string';
}

/** A certificate the client refuses will be refused again: never worth a retry. */
function isTlsRejection(err: unknown): boolean {
  const code = (err as TransportFailure | null)?.code;
  return typeof code === 'string' && (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code) || code === 'ERR_TLS_CERT_ALTNAME_INVALID');
}

/**
 * Whether the request surely never reached the service. The transport's own word
 * (`requestSent`) comes first: a stale repeat refused (ECONNREFUSED) after its first attempt
 * was written to a connection was sent.
 */
export function wasNeverSent(err: unknown): boolean {
  const e = err as TransportFailure | null;
  if (typeof e?.requestSent === 'boolean') return !e.requestSent;
  return typeof e?.code === 'string' && NOT_SENT_CODES.has(e.code);
}

/** A proxy that refused the tunnel (407 wants credentials, 403 forbids) will refuse it again. */
function isProxyRefusal(err: unknown): boolean {
  return (err as TransportFailure | null)?.code === 'ERR_PROXY_REFUSED';
}

export function isRetryableTransportError(err: unknown, cls: RetryClass): boolean {
  if (isTlsRejection(err) || isProxyRefusal(err) || (err as TransportFailure | null)?.code === NOT_AN_ERROR) return false;
  return cls !== 'unsafe' || wasNeverSent(err);
}

function isRetryableStatus(status: number, cls: RetryClass): boolean {
  return STATUSES[cls].has(status);
}

/** An HTTP date: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), or the obsolete RFC 850 and asctime forms. */
const HTTP_DATE =
  /^(?:[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]+, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/;

/**
 * Retry-After is delta seconds (digits only) or an HTTP date; anything else (`-5`, `0x1`,
 * `1.5`, text) is ignored, as if absent.
 */
export function parseRetryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!HTTP_DATE.test(v)) return undefined;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with up to 25 % random spread: base·2ⁿ, capped. */
export function backoffMs(retryIndex: number, baseMs: number, maxMs: number, random = Math.random): number {
  const raw = Math.min(maxMs, baseMs * 2 ** retryIndex);
  return raw * (1 - 0.25 * random());
}

export interface BackoffConfig {
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
}

/**
 * How long to wait before repeating a call that answered `status`, or undefined: do not
 * repeat. A Retry-After (on 429 and 503) is obeyed up to RETRY_AFTER_CAP_MS.
 */
export function retryDelayAfterStatus(cls: RetryClass, status: number, retryAfter: string | null, retryIndex: number, cfg: BackoffConfig): number | undefined {
  if (!isRetryableStatus(status, cls)) return undefined;
  const asked = status === 429 || status === 503 ? parseRetryAfterMs(retryAfter) : undefined;
  if (asked !== undefined) return asked <= RETRY_AFTER_CAP_MS ? asked : undefined;
  return backoffMs(retryIndex, cfg.retryBaseDelayMs, cfg.retryMaxDelayMs);
}

/**
 * Whether a failure that outlasted the client's own retries may pass if tried again later: a
 * rate limit, a busy gateway, a dropped or timed-out connection. A wait keeps polling
 * through these and ends at once on anything else: a refused key, 403, a 404, a refused
 * certificate, a proxy's refusal, nothing listening at the address.
 */
export function isTransientFailure(err: unknown): boolean {
  if (err instanceof RateLimitError) return true;
  if (err instanceof ServerError) return TRANSIENT_STATUSES.has(err.status);
  if (err instanceof NetworkError) {
    const code = (err.cause as TransportFailure | undefined)?.code;
    return !isTlsRejection(err.cause) && !(typeof code === 'string' && PERMANENT_CODES.has(code));
  }
  return false;
}

/** How long a batch pauses after a RateLimitError: what the service asked, else a backoff; at most `capMs`. */
export function rateLimitPauseMs(err: RateLimitError, attempt: number, capMs: number, now = Date.now()): number {
  const asked = err.retryAfterMs ?? (err.resetAt ? err.resetAt.getTime() - now : undefined);
  const ms = asked !== undefined && asked > 0 ? asked : 1000 * 2 ** attempt;
  return Math.min(ms, capMs);
}
