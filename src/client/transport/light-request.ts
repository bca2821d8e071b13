/**
 * A stand-in for the WHATWG `Request` that openapi-fetch constructs. The standard class
 * refuses a body on GET, and several Intezer reads are GETs with a JSON body; this one keeps
 * the body as given (string or bytes), so the transport can send it with a Content-Length.
 */
import { LightHeaders } from './light-response.js';
import type { WireHeaders, WireRequest } from './types.js';

interface LightRequestInit {
  method?: string;
  headers?: ConstructorParameters<typeof Headers>[0] | WireHeaders;
  /**
   * Headers the client adds to every attempt (User-Agent, Authorization), lower-cased. They
   * reach this constructor beside openapi-fetch's own init and skip its WHATWG Headers, whose
   * per-call cost shows in `npm run bench`.
   */
  wireHeaders?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal | null;
}

/** openapi-fetch's headers (Content-Type, a call's own) plus the client's, as one plain record. */
function toHeaders(h: LightRequestInit['headers'], extra: Record<string, string> | undefined): WireHeaders {
  const out: Record<string, string> = {};
  if (h) {
    const headers = typeof (h as WireHeaders).forEach === 'function' ? (h as WireHeaders) : new Headers(h as ConstructorParameters<typeof Headers>[0]);
    headers.forEach((v, k) => {
      out[k.toLowerCase()] = v;
    });
  }
  if (extra) Object.assign(out, extra);
  return new LightHeaders(out);
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
  /**
   * Declared so openapi-fetch, which copies onto the request every init key the request
   * lacks, finds it present and leaves the object's shape alone.
   */
  readonly wireHeaders: Record<string, string> | undefined;

  constructor(input: string | URL | LightRequest, init: LightRequestInit = {}) {
    const base = input instanceof LightRequest ? input : undefined;
    this.url = base ? base.url : String(input);
    this.method = (init.method ?? base?.method ?? 'GET').toUpperCase();
    this.headers = init.headers || init.wireHeaders || !base ? toHeaders(init.headers, init.wireHeaders) : base.headers;
    this.body = init.body !== undefined ? toBody(init.body) : base?.body;
    this.signal = init.signal ?? base?.signal ?? undefined;
    this.wireHeaders = init.wireHeaders ?? base?.wireHeaders;
  }

  /** Clones keep the body (a standard Request clone of a GET would drop it). */
  clone(): LightRequest {
    return new LightRequest(this);
  }
}
