/**
 * A stand-in for the WHATWG `Request` that openapi-fetch constructs. The standard class
 * refuses a body on GET, and several Intezer reads are GETs with a JSON body; this one keeps
 * the body as given (string or bytes), so the transport can send it with a Content-Length.
 */
import type { WireHeaders, WireRequest } from './types.js';

interface LightRequestInit {
  method?: string;
  headers?: ConstructorParameters<typeof Headers>[0] | WireHeaders;
  body?: unknown;
  signal?: AbortSignal | null;
}

function toHeaders(h: LightRequestInit['headers']): WireHeaders {
  if (!h) return new Headers();
  if (typeof (h as WireHeaders).get === 'function' && typeof (h as WireHeaders).forEach === 'function') return h as WireHeaders;
  return new Headers(h as ConstructorParameters<typeof Headers>[0]);
}

function toBody(body: unknown): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  // Every body the client builds is a JSON string or encoded multipart bytes.
  throw new TypeError(`unsupported request body type: ${Object.prototype.toString.call(body)}`);
}

export class LightRequest implements WireRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: WireHeaders;
  readonly body: string | Uint8Array | undefined;
  readonly signal: AbortSignal | undefined;

  constructor(input: string | URL | LightRequest, init: LightRequestInit = {}) {
    const base = input instanceof LightRequest ? input : undefined;
    this.url = base ? base.url : String(input);
    this.method = (init.method ?? base?.method ?? 'GET').toUpperCase();
    this.headers = init.headers ? toHeaders(init.headers) : (base?.headers ?? new Headers());
    this.body = init.body !== undefined ? toBody(init.body) : base?.body;
    this.signal = init.signal ?? base?.signal ?? undefined;
  }

  /** Clones keep the body (a standard Request clone of a GET would drop it). */
  clone(): LightRequest {
    return new LightRequest(this);
  }
}
