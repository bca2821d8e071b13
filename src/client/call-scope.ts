/**
 * One call's life inside a client: its correlation id, and its own signal, aborted by the
 * caller's signal (with the caller's reason) or by the client's close() (with a
 * ClientClosedError that says whether a request of the call may have reached the service).
 * Each call listens once on the caller's signal and once on the client's, through onAbort's
 * one listener per signal, and stops listening when it ends.
 */
import { clientClosed } from './error-factory.js';
import { InvalidArgumentError } from './errors.js';
import { onAbort } from './timers.js';

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

export class CallScope {
  readonly #controller = new AbortController();
  readonly #offClosed: () => void;
  readonly #offCaller: (() => void) | undefined;
  #sent = false;

  /** Throws ClientClosedError when `closed` has fired, the caller's reason when its signal has. */
  constructor(
    what: string,
    readonly id: string,
    closed: AbortSignal,
    caller: AbortSignal | undefined,
  ) {
    if (closed.aborted) throw clientClosed(what, false);
    if (caller?.aborted) throw caller.reason;
    const controller = this.#controller;
    this.#offClosed = onAbort(closed, () => controller.abort(clientClosed(what, this.#sent)));
    this.#offCaller = caller && onAbort(caller, (reason) => controller.abort(reason));
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** A request of this call is being handed to the transport: from now on it may reach the service. */
  markSent(): void {
    this.#sent = true;
  }

  end(): void {
    this.#offClosed();
    this.#offCaller?.();
  }
}
