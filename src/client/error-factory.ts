/**
 * The one place where an HTTP answer becomes an error class (API.md → Errors). Callers in
 * the facade refine by status (404 → AlertNotFoundError …) on top of what this returns.
 */
import {
  InsufficientPermissionsError,
  InvalidApiKeyError,
  RateLimitError,
  ServerError,
  type ServerErrorInit,
} from './errors.js';
import { parseRetryAfterMs } from './retry.js';
import type { WireHeaders } from './transport/types.js';

export interface ErrorContext {
  /** "METHOD /path" of the operation. */
  operation: string;
  method: string;
  url: string;
  /** The token exchange: 400 and 401 both mean the key is refused. */
  isTokenExchange?: boolean;
}

function headerRecord(h: WireHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  h.forEach((v, k) => {
    out[k.toLowerCase()] = v;
  });
  return out;
}

function errorText(body: unknown): string | undefined {
  if (body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string') return (body as { error: string }).error;
  if (typeof body === 'string' && body.trim() !== '') return body.length > 200 ? `${body.slice(0, 200)}…` : body;
  return undefined;
}

function intHeader(h: Record<string, string>, name: string): number | undefined {
  const v = h[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

export function errorFromResponse(status: number, body: unknown, headers: WireHeaders, ctx: ErrorContext): ServerError {
  const h = headerRecord(headers);
  const init: ServerErrorInit = { status, body, headers: h, method: ctx.method, url: ctx.url };
  const detail = errorText(body);
  const message = `${ctx.operation} answered HTTP ${status}${detail ? `: ${detail}` : ''}`;

  if (status === 401 || (ctx.isTokenExchange && status === 400)) {
    return new InvalidApiKeyError(`The API key was refused (${message})`, init);
  }
  if (status === 403 && detail?.trim().toLowerCase() === 'insufficient permissions') {
    return new InsufficientPermissionsError(message, init);
  }
  if (status === 429) {
    const reset = intHeader(h, 'x-ratelimit-reset');
    const retryAfterMs = parseRetryAfterMs(h['retry-after'] ?? null);
    return new RateLimitError(message, {
      ...init,
      ...(retryAfterMs !== undefined && { retryAfterMs }),
      ...(intHeader(h, 'x-ratelimit-limit') !== undefined && { limit: intHeader(h, 'x-ratelimit-limit') }),
      ...(intHeader(h, 'x-ratelimit-remaining') !== undefined && { remaining: intHeader(h, 'x-ratelimit-remaining') }),
      ...(reset !== undefined && { resetAt: new Date(reset * 1000) }),
    });
  }
  return new ServerError(message, init);
}
