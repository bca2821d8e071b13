/**
 * The one place where a failure becomes an error: an HTTP answer, given the operation that
 * got it (its table entry says what 400, 404 or 409 mean for it) and the alert it was about;
 * and the messages of the errors the SDK raises on its own.
 */
import {
  AlertConflictError,
  AlertInProgressError,
  AlertNotFoundError,
  AnalysisFailedError,
  AnalysisStillRunningError,
  InvalidAlertMappingError,
  OperationFailedError,
  OperationStillRunningError,
  WaitTimeoutError,
} from './alert-errors.js';
import {
  InsufficientPermissionsError,
  IntezerError,
  InvalidApiKeyError,
  NetworkError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  type ServerErrorInit,
  type ValidationIssue,
} from './errors.js';
import type { AnyOperation } from './operations.js';
import { redactText } from './redact.js';
import { parseRetryAfterMs, wasNeverSent } from './retry-policy.js';
import type { WireHeaders } from './transport/types.js';

export interface FailureContext {
  /** The URL the request went to. */
  url: string;
  /** The alert the call was about. */
  alertId?: string;
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

function rateLimitError(message: string, init: ServerErrorInit, h: Record<string, string>): RateLimitError {
  const reset = intHeader(h, 'x-ratelimit-reset');
  const retryAfterMs = parseRetryAfterMs(h['retry-after']);
  const limit = intHeader(h, 'x-ratelimit-limit');
  const remaining = intHeader(h, 'x-ratelimit-remaining');
  return new RateLimitError(message, {
    ...init,
    ...(retryAfterMs !== undefined && { retryAfterMs }),
    ...(limit !== undefined && { limit }),
    ...(remaining !== undefined && { remaining }),
    ...(reset !== undefined && { resetAt: new Date(reset * 1000) }),
  });
}

/** The error for an answer `op` must not give: by the operation's own rules, then by status. */
export function errorFromResponse(op: AnyOperation, status: number, body: unknown, headers: WireHeaders, ctx: FailureContext): IntezerError {
  const h = headerRecord(headers);
  const init: ServerErrorInit = { status, body, headers: h, method: op.method.toUpperCase(), url: ctx.url };
  const detail = errorText(body);
  const message = `${op.key} answered HTTP ${status}${detail ? `: ${detail}` : ''}`;
  const meaning = op.failures[status];

  if (status === 401 || meaning === 'invalidApiKey') return new InvalidApiKeyError(`The API key was refused (${message})`, init);
  if (ctx.alertId !== undefined && meaning !== undefined) {
    const cause = new ServerError(message, init);
    if (meaning === 'alertNotFound') return alertNotFound(ctx.alertId, { status, cause });
    if (meaning === 'alertConflict') return alertConflict(ctx.alertId, detail, { status, cause });
    if (meaning === 'invalidAlertMapping') return invalidAlertMapping(ctx.alertId, cause);
  }
  if (status === 403 && detail?.trim().toLowerCase() === 'insufficient permissions') return new InsufficientPermissionsError(message, init);
  if (status === 429) return rateLimitError(message, init, h);
  return new ServerError(message, init);
}

/** The connection failed for good (retries ran out, or repeating it could do harm). */
export function networkError(op: AnyOperation, cause: unknown, retries: number): NetworkError {
  let text = 'connection failed';
  if (cause instanceof Error) {
    const code = (cause as { code?: string }).code;
    text = redactText(code && !cause.message.includes(code) ? `${code} ${cause.message}` : cause.message);
  }
  return new NetworkError(`${op.key} failed: ${text}${retries ? ` (after ${retries} retries)` : ''}`, {
    cause,
    requestSent: !wasNeverSent(cause),
  });
}

export function responseValidationError(operation: string, status: number, issues: ValidationIssue[]): ResponseValidationError {
  const first = issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(body)'}: ${i.message}`)
    .join('; ');
  const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : '';
  return new ResponseValidationError(`Response of ${operation} (HTTP ${status}) breaks the API contract: ${first}${more}`, { operation, status, issues });
}

export const alertNotFound = (alertId: string, init: { status?: number; cause?: unknown } = {}) =>
  new AlertNotFoundError(`Alert ${alertId} was not found`, { alertId, ...init });

export const alertInProgress = (alertId: string) => new AlertInProgressError(`Alert ${alertId} is still being triaged`, { alertId });

export const alertConflict = (alertId: string, detail: string | undefined, init: { status?: number; cause?: unknown } = {}) =>
  new AlertConflictError(`Alert ${alertId} exists in several environments: give an environment${detail ? ` (${detail})` : ''}`, { alertId, ...init });

export const invalidAlertMapping = (alertId: string, cause: ServerError) =>
  new InvalidAlertMappingError(`The alert was refused as malformed: ${cause.message}`, { alertId, status: cause.status, body: cause.body, cause });

export const operationStillRunning = (name: string) => new OperationStillRunningError(`Operation "${name}" is still running`);

export const operationFailed = (name: string, detail: unknown) =>
  new OperationFailedError(`Operation "${name}" failed: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`, { detail });

export const analysisFailed = (analysisId: string) => new AnalysisFailedError(`Analysis ${analysisId} failed`, { analysisId });

export const analysisStillRunning = (analysisId: string) => new AnalysisStillRunningError(`Analysis ${analysisId} is still running`, { analysisId });

export const waitTimeout = (what: string, timeoutMs: number) => new WaitTimeoutError(`Gave up waiting for ${what} after ${timeoutMs} ms`, { timeoutMs });
