/**
 * Waiting that honours an AbortSignal. Node's timers hold at most 2³¹−1 ms (about 24.8 days)
 * and fire at once past that, so longer waits are made of several timers.
 *
 * Every wait on a signal goes through `onAbort`: one listener per signal, whatever the
 * number of calls, attempts and waits sharing it, so a signal shared by many concurrent calls
 * never trips Node's MaxListenersExceededWarning, and a call that ends leaves nothing on it.
 */

type AbortHandler = (reason: unknown) => void;
const handlers = new WeakMap<AbortSignal, Set<AbortHandler>>();

/** Calls `fn` with the signal's reason when it aborts; returns the function that stops listening. */
export function onAbort(signal: AbortSignal, fn: AbortHandler): () => void {
  let set = handlers.get(signal);
  if (!set) {
    const fresh = new Set<AbortHandler>();
    set = fresh;
    handlers.set(signal, fresh);
    signal.addEventListener(
      'abort',
      () => {
        handlers.delete(signal);
        for (const h of fresh) h(signal.reason);
      },
      { once: true },
    );
  }
  const own = set;
  own.add(fn);
  return () => own.delete(fn);
}

/** The longest delay one Node timer can hold. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Calls `fn` after `ms` (any length); `unref` lets the process exit meanwhile. Returns a
 * function that cancels it.
 */
export function schedule(ms: number, fn: () => void, unref = false): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = (left: number) => {
    timer = setTimeout(left > MAX_TIMER_MS ? () => arm(left - MAX_TIMER_MS) : fn, Math.min(left, MAX_TIMER_MS));
    if (unref) timer.unref();
  };
  arm(Math.max(0, ms));
  return () => clearTimeout(timer);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const cancel = schedule(ms, () => {
      off?.();
      resolve();
    });
    const off =
      signal &&
      onAbort(signal, (reason) => {
        cancel();
        reject(reason);
      });
  });
}

/**
 * `promise`, or a rejection with the signal's reason as soon as the signal fires: for work
 * that may not honour the signal itself (a custom transport), so a call still ends at once.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise((resolve, reject) => {
    const off = onAbort(signal, reject);
    promise.then(
      (value) => {
        off();
        resolve(value);
      },
      (err: unknown) => {
        off();
        reject(err as Error);
      },
    );
  });
}
