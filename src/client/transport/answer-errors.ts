/**
 * Answers the transport refuses to read: one larger than `maxResponseBytes`, one in a
 * Content-Encoding it cannot decode (or that does not decode). Both are the service's (or a
 * front end's) doing and would be the same on a repeat, so they are typed `ServerError`s,
 * which the client reports as they are, never as a retryable network failure.
 */
import type { IncomingMessage } from 'node:http';
import { ServerError } from '../errors.js';
import { maskQuery } from '../redact.js';

/** What the error names: the answer's status and headers, the request's method and URL. */
export interface AnswerContext {
  method: string;
  url: string;
}

function init(res: IncomingMessage, ctx: AnswerContext) {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  return { status: res.statusCode ?? 0, body: undefined, headers, method: ctx.method, url: maskQuery(ctx.url) };
}

/** The answer passed `maxResponseBytes` (decoded); the rest of it was not read. */
export class ResponseTooLargeError extends ServerError {
  readonly maxResponseBytes: number;

  constructor(message: string, init: ConstructorParameters<typeof ServerError>[1] & { maxResponseBytes: number }) {
    super(message, init);
    this.maxResponseBytes = init.maxResponseBytes;
  }
}

/** The answer's Content-Encoding is not one the SDK decodes, or its body does not decode. */
export class ResponseEncodingError extends ServerError {}

export function tooLarge(res: IncomingMessage, ctx: AnswerContext, limit: number, announced?: number): ResponseTooLargeError {
  const size = announced !== undefined ? `announces ${announced} bytes` : 'passed';
  return new ResponseTooLargeError(`${ctx.method} ${maskQuery(ctx.url)}: the answer (HTTP ${res.statusCode}) ${size}, over maxResponseBytes (${limit})`, {
    ...init(res, ctx),
    maxResponseBytes: limit,
  });
}

export function undecodable(res: IncomingMessage, ctx: AnswerContext, detail: string, cause?: unknown): ResponseEncodingError {
  return new ResponseEncodingError(`${ctx.method} ${maskQuery(ctx.url)}: the answer (HTTP ${res.statusCode}) ${detail}`, { ...init(res, ctx), cause });
}
