/**
 * What a failed ingest means for the email, and for the run. Only a clear refusal (the
 * request never left, the email was refused before sending, the token exchange it needed
 * was refused, or the service answered 400/401/403/404/413) says the service did not take
 * it: `failed`. Anything else (a 5xx, which a gateway sends while the service goes on
 * ingesting; a 429; a 200 whose body breaks the contract; a dropped connection) leaves the outcome `unknown`, and the service is asked
 * before the email is sent again.
 */
import {
  InsufficientPermissionsError,
  InvalidArgumentError,
  InvalidApiKeyError,
  NetworkError,
  RateLimitError,
  ServerError,
  InvalidAlertMappingError,
} from '../../index.js';
import { rateLimitPauseMs } from '../../client/retry-policy.js';

/** A rate limit asking for a longer wait than this (a spent daily quota) makes sending on pointless. */
export const LONGEST_RATE_LIMIT_WAIT_MS = 5 * 60_000;

/** A rate limit whose Retry-After (or reset time) is beyond any pause worth taking. */
export function quotaSpent(err: unknown): boolean {
  return err instanceof RateLimitError && rateLimitPauseMs(err, 0, Infinity) > LONGEST_RATE_LIMIT_WAIT_MS;
}

/** 404: no such route or environment at that root (a wrong --base-url): nothing was made. */
const REFUSALS = new Set([400, 401, 403, 404, 413]);

/**
 * The token exchange answered with a refusal (a 404 or a page that is not JSON: no Intezer
 * API at that root): the call that needed the token never left.
 */
function tokenRefused(err: unknown): boolean {
  if (!(err instanceof ServerError) || err instanceof RateLimitError || err.status >= 500 || err.url === undefined) return false;
  return err.url.split('?')[0]!.endsWith('/get-access-token');
}

export function isClearRefusal(err: unknown): boolean {
  if (err instanceof InvalidArgumentError) return true; // refused before any request
  if (err instanceof NetworkError) return !err.requestSent;
  if (tokenRefused(err)) return true;
  if (err instanceof ServerError || err instanceof InvalidAlertMappingError) return REFUSALS.has(err.status);
  return false;
}

/**
 * The circuit breaker of a run: it trips on the first sign that sending on is pointless
 * (the service unreachable: no connection could be made; the key refused, or not allowed
 * to ingest: 403; no Intezer API at that root: 404; a rate limit asking to wait longer than
 * any pause), and its
 * signal then stops the pool: the emails not started stay not started. Dropped connections
 * and gateway errors do not trip it: the service may be taking those emails.
 */
export class Breaker {
  readonly #controller = new AbortController();
  cause: unknown;

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get tripped(): boolean {
    return this.#controller.signal.aborted;
  }

  /** Judges a failed request; true when it tripped the breaker. */
  failure(err: unknown): boolean {
    if (this.tripped) return false;
    const unreachable = err instanceof NetworkError && !err.requestSent;
    const noApi = tokenRefused(err) || (err instanceof ServerError && err.status === 404);
    if (unreachable || noApi || err instanceof InvalidApiKeyError || err instanceof InsufficientPermissionsError || quotaSpent(err)) {
      this.cause = err;
      this.#controller.abort(err);
      return true;
    }
    return false;
  }
}

/** How long a spent quota asks to wait, as the stop note says it ("about 24 h"), else undefined. */
export function quotaWait(err: unknown): string | undefined {
  if (!quotaSpent(err)) return undefined;
  const ms = rateLimitPauseMs(err as RateLimitError, 0, Infinity);
  return ms >= 3_600_000 ? `about ${Math.round(ms / 3_600_000)} h` : `about ${Math.round(ms / 60_000)} min`;
}
