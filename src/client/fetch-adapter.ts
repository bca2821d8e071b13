/**
 * The one adapter between openapi-fetch and the transport. openapi-fetch builds each request
 * from the operation table and the generated types (URL, path parameters, JSON body, headers);
 * the transport sends it and hands back the answer's bytes; this file turns the bytes into
 * the parsed body itself, so no parse failure, a custom transport's included, escapes as a
 * raw SyntaxError. Every openapi-fetch behaviour relied on is here, and each is pinned by
 * test/client/fetch-adapter.test.ts:
 *  1. it makes `new Request(url, init)` with the class given as `Request`: the WHATWG one
 *     refuses a body on GET, and several Intezer reads are GETs with a JSON body, so ours
 *     (AdapterRequest) keeps the body as serialised;
 *  2. it passes every init key it does not know (`signal`, our `wireHeaders`, `tracker`) on to that
 *     constructor, then copies onto the request each one the request lacks: AdapterRequest
 *     declares both, so its shape never changes after construction;
 *  3. its headers (Content-Type, a call's own) reach the request as a WHATWG Headers with
 *     lower-cased names; the client's per-attempt headers (User-Agent, Authorization) skip
 *     that (its cost shows in `npm run bench`) and ride in `wireHeaders`;
 *  4. with `parseAs: 'stream'` it reads nothing of a 2xx answer (it hands back
 *     `response.body`); of another answer it reads `text()`; of every answer `status`, `ok`
 *     and `headers.get('Content-Length')`; it never clones the request or the response
 *     (no middleware is registered, and only middleware clones).
 * A query serialiser is given once: no operation has a query, and openapi-fetch would
 * otherwise make one per call.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { noApiAtRoot, responseValidationError } from './error-factory.js';
import type { AnyOperation } from './operations.js';
import type { SecretScrubber } from './redact.js';
import type { SendOptions, SendTracker, Transport, WireHeaders, WireRequest, WireResponse } from './transport/types.js';

const textOf = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

/** An answer of the API, its body parsed: JSON, a text that is not JSON (not a 2xx), or undefined when empty. */
interface Answer {
  status: number;
  ok: boolean;
  headers: WireHeaders;
  url: string;
  body: unknown;
}

/** What openapi-fetch's init holds for one operation; built once per call, shared by its attempts. */
export interface PreparedInit {
  body: unknown;
  params?: { path: unknown };
  headers?: Record<string, string>;
  bodySerializer?: () => Uint8Array;
  pathSerializer?: (url: string) => string;
}

/** openapi-fetch's init as the adapter passes it (quirk 2). */
interface AdapterInit extends PreparedInit {
  wireHeaders: Record<string, string>;
  tracker: SendTracker | undefined;
  signal: AbortSignal;
  parseAs: 'stream';
}

/** What openapi-fetch gives `new Request()` (quirks 1–3). */
interface RequestParts {
  method?: string;
  headers?: { forEach(cb: (value: string, name: string) => void): void };
  body?: string | Uint8Array;
  signal?: AbortSignal;
  wireHeaders?: Record<string, string>;
  tracker?: SendTracker;
}

/** The request openapi-fetch builds (quirk 1) and the transport receives. */
class AdapterRequest implements WireRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string | Uint8Array | undefined;
  readonly signal: AbortSignal | undefined;
  /** Declared for quirk 2. */
  readonly wireHeaders: Record<string, string> | undefined;
  /** Declared for quirk 2: told by the transport when the attempt is cut before its connection was made. */
  readonly tracker: SendTracker | undefined;

  constructor(url: string, init: RequestParts) {
    this.url = url;
    this.method = init.method ?? 'GET';
    const headers: Record<string, string> = {};
    init.headers?.forEach((v, k) => {
      headers[k] = v;
    });
    this.headers = init.wireHeaders ? Object.assign(headers, init.wireHeaders) : headers;
    this.body = init.body;
    this.signal = init.signal;
    this.wireHeaders = init.wireHeaders;
    this.tracker = init.tracker;
  }
}

/** The answer as openapi-fetch reads it (quirk 4), over the transport's bytes. */
class AdapterResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null };

  constructor(readonly wire: WireResponse) {
    this.status = wire.status;
    this.ok = wire.status >= 200 && wire.status < 300;
    this.headers = { get: (name) => wire.headers[name.toLowerCase()] ?? null };
  }

  /** The stream openapi-fetch hands back for a 2xx with `parseAs: 'stream'`: never read. */
  get body(): null {
    return null;
  }

  async text(): Promise<string> {
    return textOf(this.wire.body);
  }
}

/** The body of an answer: a 2xx must be JSON (or empty); another answer's text is kept when it is not. */
function parseBody(op: AnyOperation, wire: WireResponse, ok: boolean, secrets: SecretScrubber, apiRoot: string): unknown {
  if (wire.body.byteLength === 0) return undefined;
  const text = textOf(wire.body);
  try {
    return JSON.parse(text);
  } catch {
    if (!ok) return text;
    if (op.failures[0] === 'noApiAtRoot') {
      throw noApiAtRoot(op, { status: wire.status, body: undefined, headers: wire.headers, url: wire.url, secrets }, { url: wire.url, secrets, apiRoot });
    }
    throw responseValidationError(op.key, wire.status, [{ path: [], message: 'the body is not valid JSON' }], secrets);
  }
}

export interface FetchAdapter {
  /** Sends one attempt of `op`; resolves with the answer, its body parsed. */
  send(op: AnyOperation, init: PreparedInit, wireHeaders: Record<string, string>, signal: AbortSignal, tracker?: SendTracker): Promise<Answer>;
}

type Send = (method: string, path: string, init: AdapterInit) => Promise<{ response: AdapterResponse }>;

export function createFetchAdapter(apiRoot: string, transport: Transport, sendOptions: SendOptions, secrets: SecretScrubber): FetchAdapter {
  const api: Client<paths> = createClient<paths>({
    baseUrl: apiRoot,
    Request: AdapterRequest as unknown as typeof Request,
    fetch: (async (req: AdapterRequest) => new AdapterResponse(await transport(req, sendOptions))) as unknown as typeof fetch,
    querySerializer: () => '',
  });
  // Typed per literal path in openapi-fetch; the operation table's entries are checked there (operations.ts).
  const request = api.request as unknown as Send;
  return {
    async send(op, init, wireHeaders, signal, tracker) {
      const { response } = await request(op.method, op.path, { ...init, wireHeaders, signal, tracker, parseAs: 'stream' });
      const { wire, ok } = response;
      return { status: wire.status, ok, headers: wire.headers, url: wire.url, body: parseBody(op, wire, ok, secrets, apiRoot) };
    },
  };
}

/** The init of `op` for `params`: the JSON body (with the tenant), or the encoded form; path parameters. */
export function prepareInit(
  op: AnyOperation,
  params: { body?: object; form?: { body: Uint8Array; contentType: string }; path?: object },
  tenantId: string | undefined,
): PreparedInit {
  const init: PreparedInit = { body: undefined };
  if (params.form) {
    const { body, contentType } = params.form;
    // The typed body is the form's schema; the bytes on the wire are the encoded form.
    Object.assign(init, { body: {}, headers: { 'Content-Type': contentType }, bodySerializer: () => body });
  } else if (op.body === 'json') {
    const body = params.body ?? {};
    init.body = op.tenant && tenantId !== undefined ? { ...body, tenant_id: tenantId } : body;
  }
  if (params.path) {
    init.params = { path: params.path };
    const name = op.verbatimPathParam;
    if (name !== undefined) {
      const value = String((params.path as Record<string, unknown>)[name]);
      init.pathSerializer = (url) => url.replace(`{${name}}`, value);
    }
  }
  return init;
}
