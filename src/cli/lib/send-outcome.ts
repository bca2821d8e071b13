/**
 * What a failed ingest means for the email, and for the run. Only a clear refusal (the
 * request never left, the email was refused before sending, or the service answered
 * 400/401/403/413) says the service did not take it: `failed`. Anything else (a 5xx, which a
 * gateway sends while the service goes on ingesting; a 429; a 200 whose body breaks the
 * contract; a dropped connection) leaves the outcome `unknown`, and the service is asked
 * before the email is sent again.
 */
import { InsufficientPermissionsError, InvalidArgumentError, InvalidApiKeyError, NetworkError, ServerError, InvalidAlertMappingError } from '../../index.js';

const REFUSALS = new Set([400, 401, 403, 413]);

export function isClearRefusal(err: unknown): boolean {
  if (err instanceof InvalidArgumentError) return true; // refused before any request
  if (err instanceof NetworkError) return !err.requestSent;
  if (err instanceof ServerError || err instanceof InvalidAlertMappingError) return REFUSALS.has(err.status);
  return false;
}

/**
 * The circuit breaker of a run: it trips on the first sign that sending on is pointless
 * (the service unreachable: no connection could be made; the key refused, or not allowed
 * to ingest: 403), and its
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
    if (unreachable || err instanceof InvalidApiKeyError || err instanceof InsufficientPermissionsError) {
      this.cause = err;
      this.#controller.abort(err);
      return true;
    }
    return false;
  }
}
