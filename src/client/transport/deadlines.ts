/**
 * Per-attempt timeouts on one shared timer. A setTimeout and clearTimeout per request cost
 * more than the rest of the transport's own work (Node creates and drops a timer list each
 * time); here a request costs a Set entry, and the timer fires about once per timeout
 * length while requests are in flight (undici's fast timers do the same for the same reason).
 * The timer is unref'd: a request in flight keeps the process alive by its socket.
 */
export interface Deadline {
  readonly at: number;
  readonly expire: () => void;
}

export class Deadlines {
  readonly #pending = new Set<Deadline>();
  #timer: NodeJS.Timeout | undefined;
  #timerAt = Infinity;

  /** Calls `expire` once `ms` have passed, unless the deadline is cleared first. */
  add(ms: number, expire: () => void): Deadline {
    const deadline = { at: performance.now() + ms, expire };
    this.#pending.add(deadline);
    if (deadline.at < this.#timerAt) this.#arm(deadline.at);
    return deadline;
  }

  clear(deadline: Deadline): void {
    // The timer is left to lapse: when it fires it finds nothing due and is not re-armed.
    this.#pending.delete(deadline);
  }

  #arm(at: number): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = setTimeout(() => this.#sweep(), Math.max(0, Math.ceil(at - performance.now())));
    this.#timer.unref();
  }

  #sweep(): void {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const d of this.#pending) {
      if (d.at <= now) {
        this.#pending.delete(d);
        d.expire();
      } else if (d.at < next) next = d.at;
    }
    if (next !== Infinity && next < this.#timerAt) this.#arm(next);
  }
}
