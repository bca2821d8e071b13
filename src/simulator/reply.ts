/** The answer a handler returns, and the helpers that build the common ones. */
import { STATUS_CODES } from 'node:http';

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

/** An error body of the service's form: `{"error": ..., "message"?: {field: problem}}`. */
export function fail(status: number, error?: string, message?: Record<string, string>): Reply {
  const body: Record<string, unknown> = { error: error ?? STATUS_CODES[status] ?? 'Error' };
  if (message) body.message = message;
  return { status, body };
}

export const badRequest = (message: Record<string, string>): Reply => fail(400, 'Bad Request', message);

export function isReply(x: unknown): x is Reply {
  return !!x && typeof x === 'object' && typeof (x as Reply).status === 'number' && 'body' in x;
}
