/**
 * What a transport speaks: a request in, the whole answer out as bytes. No WHATWG objects:
 * the client's one adapter of openapi-fetch (fetch-adapter.ts) makes what openapi-fetch reads,
 * and the client parses the bytes itself, so a custom transport owes nothing but these shapes.
 */

/** Header names lower-cased; a repeated header's values joined with ", ". */
export type WireHeaders = Readonly<Record<string, string>>;

/** One HTTP request as the client hands it to a {@link Transport}. */
export interface WireRequest {
  /** Absolute URL. */
  readonly url: string;
  /** Upper-case: GET, POST, DELETE. */
  readonly method: string;
  /** The headers to send (User-Agent, Authorization, Content-Type, …), names lower-cased. */
  readonly headers: WireHeaders;
  /** A JSON text or encoded bytes; GETs of this API carry a body too. */
  readonly body: string | Uint8Array | undefined;
  /** Aborted when the caller gives up or the client closes: drop the request at once. */
  readonly signal: AbortSignal | undefined;
}

/** The whole answer a {@link Transport} resolves to. */
export interface WireResponse {
  /** The HTTP status. */
  readonly status: number;
  /** The answer's headers, names lower-cased. */
  readonly headers: WireHeaders;
  /** The whole body, decoded of any Content-Encoding. */
  readonly body: Uint8Array;
  /** The URL that answered. */
  readonly url: string;
}

/**
 * The client's limits on one attempt, which a transport honours.
 * @inline
 */
export interface SendOptions {
  /** Per-attempt timeout; 0 or undefined: none. */
  timeoutMs?: number;
  /** An answer whose body (decoded) passes this many bytes is refused; undefined: no limit. */
  maxResponseBytes?: number;
}

/**
 * Sends one request and reads the whole answer. Rejects on a connection failure with an
 * Error carrying an errno-style `code` (ECONNRESET, ETIMEDOUT, …) and, when known,
 * `requestSent: false` for a request that never left the machine; on abort, with the
 * signal's reason.
 */
export type Transport = (request: WireRequest, options?: SendOptions) => Promise<WireResponse>;

/**
 * @internal What the client's own transport tells of an attempt cut by its signal (the
 * client closing, the caller giving up) before its connection was made: nothing of it left
 * the machine. Rides on the request as `tracker`; a custom transport knows nothing of it.
 */
export interface SendTracker {
  markUnsent(): void;
}
