/**
 * A transport given as the `transport` option, held to the Transport contract: whatever it
 * does, a call gets a typed error, never a raw TypeError, and never its unredacted text.
 *  - It may throw synchronously, return a plain object instead of a promise, or ignore the
 *    request's signal: the call still ends at once on abort and close().
 *  - A failure is read as failureOf() says: fetch's `TypeError: fetch failed` is the
 *    connection failure its cause names; a thrown string or `null` a NetworkError, never
 *    repeated; the transport's own bug thrown as it is, scrubbed of the client's secrets.
 *  - Its answer is checked and normalised: a status of 100–999, headers lower-cased with
 *    arrays joined (a WHATWG Headers read too), a body as bytes (a string is taken as UTF-8);
 *    anything else is a ResponseValidationError naming what is wrong.
 */
import { responseValidationError } from '../error-factory.js';
import { redactText, type SecretScrubber } from '../redact.js';
import { isTransportError, NOT_AN_ERROR } from '../retry-policy.js';
import { raceAbort } from '../timers.js';
import type { Transport, WireRequest, WireResponse } from './types.js';

/** A code a failure carries, on itself or (fetch, undici) on its cause. */
function codeOf(err: unknown, depth = 0): string | undefined {
  if (!(err instanceof Error) || depth > 3) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : codeOf(err.cause, depth + 1);
}

/**
 * What a custom transport's failure becomes: an errno-coded failure as it is; one coded on its
 * cause (fetch's `TypeError: fetch failed`) a connection failure with that code; any other
 * Error is the transport's bug and is thrown as it is (never repeated), its text scrubbed of
 * the client's secrets; a value that is no Error is ERR_TRANSPORT, never repeated.
 */
function failureOf(err: unknown, secrets: SecretScrubber): unknown {
  if (isTransportError(err)) return err;
  const code = codeOf(err);
  if (err instanceof Error && code !== undefined) {
    const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
    return Object.assign(new Error(`${err.message}${cause}`), { code });
  }
  if (err instanceof Error) {
    for (const k of ['message', 'stack'] as const) {
      const text = err[k];
      if (typeof text === 'string' && secrets.scrub(text) !== text) {
        try {
          err[k] = redactText(text, secrets);
        } catch {
          // A frozen error keeps its text; nothing else can be done with it.
        }
      }
    }
    return err;
  }
  const what = err === null || err === undefined ? String(err) : typeof err === 'object' ? 'an object' : `${typeof err} ${String(err)}`;
  return Object.assign(new Error(`the custom transport threw ${what}, not an Error`), { code: NOT_AN_ERROR });
}

function headersOf(raw: unknown): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== 'object') return undefined;
  const put = (k: string, v: unknown) => {
    if (v === undefined || v === null) return;
    const value = Array.isArray(v) ? v.map(String).join(', ') : String(v);
    const name = k.toLowerCase();
    // Own data property: a `__proto__` header stays a header.
    Object.defineProperty(out, name, {
      value: Object.hasOwn(out, name) ? `${out[name]}, ${value}` : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  };
  if (typeof Headers !== 'undefined' && raw instanceof Headers) raw.forEach((v, k) => put(k, v));
  else for (const [k, v] of Object.entries(raw)) put(k, v);
  return out;
}

function bodyOf(raw: unknown): Uint8Array | undefined {
  if (raw === undefined || raw === null) return new Uint8Array(0);
  if (raw instanceof Uint8Array) return raw;
  if (typeof raw === 'string') return Buffer.from(raw, 'utf8');
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw);
  if (ArrayBuffer.isView(raw)) return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  return undefined;
}

/** The answer checked against WireResponse, or a ResponseValidationError naming its breaches. */
function answerOf(req: WireRequest, raw: unknown, secrets: SecretScrubber): WireResponse {
  const what = `${req.method} (custom transport)`;
  if (raw === null || typeof raw !== 'object')
    throw responseValidationError(what, 0, [{ path: [], message: 'the transport resolved to no answer object' }], secrets);
  const a = raw as Record<string, unknown>;
  const status = a.status;
  const validStatus = typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 999;
  const headers = headersOf(a.headers);
  const body = bodyOf(a.body);
  const issues = [
    ...(validStatus ? [] : [{ path: ['status'], message: 'not an HTTP status (an integer of 100–999)' }]),
    ...(headers ? [] : [{ path: ['headers'], message: 'not a record of header names to values' }]),
    ...(body ? [] : [{ path: ['body'], message: 'not bytes (a Uint8Array), a string or empty' }]),
  ];
  if (issues.length) throw responseValidationError(what, validStatus ? status : 0, issues, secrets);
  return { status: status as number, headers: headers!, body: body!, url: typeof a.url === 'string' ? a.url : req.url };
}

export function guardTransport(custom: Transport, secrets: SecretScrubber): Transport {
  return async (req, options) => {
    if (req.signal?.aborted) throw req.signal.reason;
    let raw: unknown;
    try {
      raw = await raceAbort(new Promise<unknown>((resolve) => resolve(custom(req, options))), req.signal);
    } catch (err) {
      if (req.signal?.aborted) throw req.signal.reason;
      throw failureOf(err, secrets);
    }
    return answerOf(req, raw, secrets);
  };
}
