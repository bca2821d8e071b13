/**
 * A bounded promise pool: at most `concurrency` workers run at once, pulling items in order.
 * A worker that throws stops the pool: no new item starts, the running ones finish, and the
 * first error is rethrown. An aborted `signal` stops it the same way, without an error.
 * Workers report per-item failures themselves.
 */
import { sleep } from '../../client/timers.js';

export async function runPool<T>(
  items: Iterable<T>,
  concurrency: number,
  worker: (item: T, index: number) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let index = 0;
  let failure: { error: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (!failure && !signal?.aborted) {
      const next = iterator.next();
      if (next.done) return;
      const i = index++;
      try {
        await worker(next.value, i);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const lanes = Array.from({ length: Math.max(1, Math.floor(concurrency)) }, lane);
  await Promise.all(lanes);
  if (failure) throw failure.error;
}

/**
 * Shared pause for every worker: after a rate limit that outlasted the client's own
 * retries, the whole pool waits until the service is ready again, not just one item.
 */
export class RateGate {
  #until = 0;

  /** True when this pause ends later than the one already set. */
  pause(ms: number): boolean {
    const until = Date.now() + Math.max(0, ms);
    if (until <= this.#until) return false;
    this.#until = until;
    return true;
  }

  /** Resolves once the pause is over; rejects with the signal's reason if it aborts first. */
  async wait(signal?: AbortSignal): Promise<void> {
    for (let left = this.#until - Date.now(); left > 0; left = this.#until - Date.now()) {
      await sleep(left, signal);
    }
    if (signal?.aborted) throw signal.reason;
  }
}

/** At most `limit` tasks at once; the others queue in order. */
export class Semaphore {
  #free: number;
  readonly #queue: (() => void)[] = [];

  constructor(limit: number) {
    this.#free = limit;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#queue.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.#queue.shift();
      if (next) next();
      else this.#free++;
    }
  }
}
