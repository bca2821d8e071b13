/**
 * Per-attempt timeouts without a node timer per attempt. Arming and clearing a `setTimeout`
 * on every call (a Timeout object, its async-hooks record, a timer list made and dropped)
 * cost about 5 % of a whole local call in `npm run bench`; undici's "fast timers" answer the
 * same cost the same way. One coarse sweep runs while attempts are in flight and expires
 * those past their deadline, late by at most one tick: a twentieth of the timeout, between
 * 1 ms and 1 s. With nothing in flight the sweep stops at its next tick; it is unref'd, so it
 * never holds a process open (an attempt in flight holds its socket or lookup, which do).
 */

export interface Deadline {
  /** performance.now() at which it expires. */
  readonly at: number;
  readonly onExpire: () => void;
}

const tickFor = (ms: number) => Math.min(1000, Math.max(1, Math.floor(ms / 20)));

export class DeadlineWatch {
  readonly #pending = new Set<Deadline>();
  #timer: NodeJS.Timeout | undefined;
  #tickMs = Infinity;

  /** Calls `onExpire` once `ms` have passed, unless cancelled first. */
  watch(ms: number, onExpire: () => void): Deadline {
    const deadline = { at: performance.now() + ms, onExpire };
    this.#pending.add(deadline);
    const tick = tickFor(ms);
    if (tick < this.#tickMs) {
      clearInterval(this.#timer);
      this.#tickMs = tick;
      this.#timer = setInterval(() => this.#sweep(), tick).unref();
    }
    return deadline;
  }

  cancel(deadline: Deadline): void {
    this.#pending.delete(deadline);
  }

  /** Whether the sweep is running (tests: it stops once nothing is in flight). */
  get active(): boolean {
    return this.#timer !== undefined;
  }

  #sweep(): void {
    if (this.#pending.size === 0) {
      clearInterval(this.#timer);
      this.#timer = undefined;
      this.#tickMs = Infinity;
      return;
    }
    const now = performance.now();
    for (const d of this.#pending) {
      if (d.at <= now) {
        this.#pending.delete(d);
        d.onExpire();
      }
    }
  }
}
