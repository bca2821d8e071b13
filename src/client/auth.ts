/**
 * The access token: fetched on first use, renewed `renewWindowMs` before it expires, and
 * renewed at once when a call answers 401. Single-flight: however many calls find the token
 * stale at the same time, one token request is made and they all wait for it. The exchange
 * lives as long as someone waits for it: when every waiting call has been aborted by its
 * signal (the first caller alone, most often), the exchange is aborted too, so it never
 * outlives the calls that wanted it; `reset()` (the client closing) drops it at once.
 */
import { onAbort } from './timers.js';

export interface IssuedToken {
  token: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

interface Flight {
  promise: Promise<string>;
  controller: AbortController;
  waiters: number;
}

export class TokenManager {
  private current: IssuedToken | undefined;
  private inflight: Flight | undefined;

  constructor(
    /** Runs one exchange; `signal` aborts it. */
    private readonly exchange: (signal: AbortSignal) => Promise<IssuedToken>,
    private readonly renewWindowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The current token when it is valid for at least the renewal window (no await needed). */
  valid(): string | undefined {
    const t = this.current;
    return t && this.now() < t.expiresAt - this.renewWindowMs ? t.token : undefined;
  }

  /** A token valid for at least the renewal window; `signal` stops this caller's wait (and the exchange, once nobody waits). */
  get(signal?: AbortSignal): Promise<string> {
    const token = this.valid();
    if (token !== undefined) return Promise.resolve(token);
    if (signal?.aborted) return Promise.reject(signal.reason);
    const flight = this.renew();
    flight.waiters++;
    if (!signal) return flight.promise;
    return new Promise((resolve, reject) => {
      let waiting = true;
      const leave = () => {
        if (!waiting) return;
        waiting = false;
        off();
        if (--flight.waiters === 0 && this.inflight === flight) {
          this.inflight = undefined;
          flight.controller.abort(signal.reason);
        }
      };
      const off = onAbort(signal, (reason) => {
        leave();
        reject(reason);
      });
      flight.promise.then(
        (t) => {
          waiting = false;
          off();
          resolve(t);
        },
        (err: unknown) => {
          waiting = false;
          off();
          reject(err);
        },
      );
    });
  }

  /** Drop `used` after a 401; a token renewed meanwhile by another call is kept. */
  invalidate(used: string): void {
    if (this.current?.token === used) this.current = undefined;
  }

  /** Forgets the current token and drops an exchange in flight (the client closes). */
  reset(reason?: unknown): void {
    this.current = undefined;
    const flight = this.inflight;
    this.inflight = undefined;
    flight?.controller.abort(reason);
  }

  private renew(): Flight {
    if (this.inflight) return this.inflight;
    const controller = new AbortController();
    const flight: Flight = { controller, waiters: 0, promise: Promise.resolve('') };
    flight.promise = this.exchange(controller.signal)
      .then((issued) => {
        if (this.inflight === flight) this.current = issued;
        return issued.token;
      })
      .finally(() => {
        if (this.inflight === flight) this.inflight = undefined;
      });
    // Nobody may be waiting any more when it fails (every waiter aborted): not an unhandled rejection.
    flight.promise.catch(() => undefined);
    this.inflight = flight;
    return flight;
  }
}
