/**
 * The narrow request/response shapes the transport speaks. openapi-fetch only reads a
 * request's url, method, headers and body and a response's status, ok, headers.get() and
 * text()/json(), so the transport builds these light objects instead of WHATWG ones.
 */
export interface WireHeaders {
  get(name: string): string | null;
  forEach(cb: (value: string, name: string) => void): void;
}

export interface WireRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: WireHeaders;
  readonly body: string | Uint8Array | undefined;
  readonly signal: AbortSignal | undefined;
}

export interface WireResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: WireHeaders;
  readonly url: string;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface SendOptions {
  /** Per-attempt timeout; 0 or undefined: none. */
  timeoutMs?: number;
  /** An answer whose body (decoded) passes this many bytes is refused; undefined: no limit. */
  maxResponseBytes?: number;
}

/** Sends one request and reads the whole answer. Rejects on connection failure or abort. */
export type Transport = (request: WireRequest, options?: SendOptions) => Promise<WireResponse>;
