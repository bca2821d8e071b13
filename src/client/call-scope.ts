/**
 * One call's life inside a client: its correlation id, and the signal its attempts, waits and
 * transport listen to: the client's own "closed" signal when the caller gave none (no
 * AbortController per call: `npm run bench` shows its cost), else one of the call's own,
 * aborted by either. What a call rejects with once aborted is `reason()`: the caller's reason,
 * or a ClientClosedError that says whether a request of the call may have reached the service.
 * Each call listens through onAbort's one listener per signal, and stops when it ends.
 */
import { setMaxListeners } from 'node:events';
import { clientClosed } from './error-factory.js';
import { InvalidArgumentError } from './errors.js';
import { onAbort } from './timers.js';
import type { SendTracker } from './transport/types.js';

/** What a client's "closed" signal is aborted with: each call turns it into its own ClientClosedError. */
const CLOSED = Symbol('intezer.closed');

/** A client's "closed" signal; a custom transport may listen to it once per request in flight. */
export function closedSignal(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

/** Closes: every call in flight is aborted, every later one refused. */
export function close(controller: AbortController): void {
  if (!controller.signal.aborted) controller.abort(CLOSED);
}

/** The caller's `signal` option, checked: an AbortSignal or nothing. */
export function signalOption(options: unknown): AbortSignal | undefined {
  if (options === undefined || options === null) return undefined;
  let signal: unknown;
  try {
    signal = (options as { signal?: unknown }).signal;
  } catch {
    throw new InvalidArgumentError('the call options could not be read (their signal getter threw)');
  }
  if (signal === undefined) return undefined;
  if (!(signal instanceof AbortSignal)) throw new InvalidArgumentError('signal must be an AbortSignal');
  return signal;
}

export class CallScope implements SendTracker {
  readonly signal: AbortSignal;
  readonly #what: string;
  #offs: (() => void)[] | undefined;
  /** Whether an earlier attempt of the call may have reached the service. */
  #sentBefore = false;
  /** Whether the attempt in hand may have. */
  #sending = false;

  /** Throws ClientClosedError when `closed` has fired, the caller's reason when its signal has. */
  constructor(
    what: string,
    readonly id: string,
    closed: AbortSignal,
    caller: AbortSignal | undefined,
  ) {
    if (closed.aborted) throw clientClosed(what, false);
    if (caller?.aborted) throw caller.reason;
    this.#what = what;
    if (!caller) this.signal = closed;
    else {
      const controller = new AbortController();
      this.signal = controller.signal;
      this.#offs = [onAbort(closed, (reason) => controller.abort(reason)), onAbort(caller, (reason) => controller.abort(reason))];
    }
  }

  /** What the call rejects with once its signal has fired. */
  reason(): unknown {
    const reason: unknown = this.signal.reason;
    return reason === CLOSED ? clientClosed(this.#what, this.#sentBefore || this.#sending) : reason;
  }

  /** A request of this call is being handed to the transport: from now on it may reach the service. */
  markSent(): void {
    this.#sentBefore ||= this.#sending;
    this.#sending = true;
  }

  /** The attempt in hand surely never left the machine (refused, or cut before its connection was made); earlier ones stand. */
  markUnsent(): void {
    this.#sending = false;
  }

  end(): void {
    if (this.#offs) for (const off of this.#offs) off();
  }
}
