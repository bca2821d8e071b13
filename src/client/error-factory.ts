/**
 * The one place where a failure becomes an error: an HTTP answer, given the operation that
 * got it (its table entry says what 400, 404 or 409 mean for it) and the alert it was about;
 * an answer the transport refuses to read; a connection failure; a closed client; and the
 * messages of the errors the SDK raises on its own.
 */
import {
  AlertAlreadyExistsError,
  AlertConflictError,
  AlertInProgressError,
  AlertNotFoundError,
  AnalysisFailedError,
  AnalysisStillRunningError,
  ClientClosedError,
  InsufficientPermissionsError,
  IntezerError,
  InvalidAlertMappingError,
  InvalidApiKeyError,
  NetworkError,
  OperationFailedError,
  OperationStillRunningError,
  RateLimitError,
  ResponseEncodingError,
  ResponseTooLargeError,
  ResponseValidationError,
  ServerError,
  WaitTimeoutError,
  type ServerErrorInit,
  type ValidationIssue,
} from './errors.js';
import type { AnyOperation } from './operations.js';
import { maskQuery, redactText, redactValue, type SecretScrubber } from './redact.js';
import { parseRetryAfterMs, wasNeverSent } from './retry-policy.js';
import type { WireHeaders, WireResponse } from './transport/types.js';

export interface FailureContext {
  /** The URL the request went to. */
  url: string;
  /** The alert the call was about. */
  alertId?: string;
  /** The client's secret values, scrubbed before anything is cut or kept. */
  secrets?: SecretScrubber;
  /** The client's API root: named when the token exchange finds no API there. */
  apiRoot?: string;
}

/** Error texts are cut to this length, after redaction (a cut secret would leave its prefix). */
const DETAIL_CHARS = 200;

/** An already redacted text cut to DETAIL_CHARS. */
const cutDetail = (text: string): string => (text.length > DETAIL_CHARS ? `${text.slice(0, DETAIL_CHARS)}…` : text);

/** The service's own text of an already redacted body, cut. */
function errorText(body: unknown): string | undefined {
  if (body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string') return cutDetail((body as { error: string }).error);
  if (typeof body === 'string' && body.trim() !== '') return cutDetail(body);
  return undefined;
}

/**
 * The token exchange is the first call a client makes: a 404 or an answer that is not JSON
 * there means no Intezer API at that root, whatever the call that needed the token.
 */
export function noApiAtRoot(op: AnyOperation, init: ServerErrorInit, ctx: FailureContext): ServerError {
  const root = ctx.apiRoot ? ` (API root ${ctx.apiRoot})` : '';
  const message = `${op.key} answered HTTP ${init.status} at ${ctx.url}, which is not the Intezer API: check baseUrl and apiVersion${root}`;
  return new ServerError(message, init);
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
export function errorFromResponse(op: AnyOperation, status: number, body: unknown, h: WireHeaders, ctx: FailureContext): IntezerError {
  const secrets = ctx.secrets;
  const safeBody = redactValue(body, secrets);
  const init: ServerErrorInit = { status, body: safeBody, headers: h, method: op.method.toUpperCase(), url: ctx.url, ...(secrets && { secrets }) };
  const detail = errorText(safeBody);
  const message = `${op.key} answered HTTP ${status}${detail ? `: ${detail}` : ''}`;
  const meaning = op.failures[status];

  if (status === 401 || meaning === 'invalidApiKey') return new InvalidApiKeyError(`The API key was refused (${message})`, init);
  // A text answer below 500 (an HTML page, a proxy's own) is no API; a 5xx text is server trouble.
  if (meaning === 'noApiAtRoot' || (op.failures[0] === 'noApiAtRoot' && typeof body === 'string' && status < 500)) return noApiAtRoot(op, init, ctx);
  // JSON ingest names no alert before the answer: its mapping error carries '' and a 409 the id the service names.
  if (meaning === 'invalidAlertMapping') return invalidAlertMapping(ctx.alertId ?? '', new ServerError(message, init), secrets);
  if (meaning === 'alertAlreadyExists') return alertAlreadyExists(new ServerError(message, init), secrets);
  if (ctx.alertId !== undefined && meaning !== undefined) {
    const cause = new ServerError(message, init);
    if (meaning === 'alertNotFound') return alertNotFound(ctx.alertId, { status, cause });
    if (meaning === 'alertConflict') return alertConflict(ctx.alertId, detail, { status, cause });
  }
  if (status === 403 && detail?.trim().toLowerCase() === 'insufficient permissions') return new InsufficientPermissionsError(message, init);
  if (status === 429) return rateLimitError(message, init, h);
  return new ServerError(message, init);
}

/** What an answer the transport refuses names: the request's method and URL. */
export interface AnswerContext {
  method: string;
  url: string;
}

/** An answer's head as node:http gives it. */
interface AnswerHead {
  statusCode?: number | undefined;
  headers: Record<string, string | string[] | undefined>;
}

function refusedInit(res: AnswerHead, ctx: AnswerContext): ServerErrorInit {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  return { status: res.statusCode ?? 0, body: undefined, headers, method: ctx.method, url: maskQuery(ctx.url) };
}

/**
 * An answer over `maxResponseBytes`, or in a Content-Encoding the SDK cannot decode: the
 * service's (or a front end's) doing, the same on a repeat, so a ServerError reported as it
 * is, never a retryable network failure.
 */
export function tooLarge(res: AnswerHead, ctx: AnswerContext, limit: number, announced?: number): ResponseTooLargeError {
  const size = announced !== undefined ? `announces ${announced} bytes` : 'passed';
  return new ResponseTooLargeError(`${ctx.method} ${maskQuery(ctx.url)}: the answer (HTTP ${res.statusCode}) ${size}, over maxResponseBytes (${limit})`, {
    ...refusedInit(res, ctx),
    maxResponseBytes: limit,
  });
}

export function undecodable(res: AnswerHead, ctx: AnswerContext, detail: string, cause?: unknown): ResponseEncodingError {
  return new ResponseEncodingError(`${ctx.method} ${maskQuery(ctx.url)}: the answer (HTTP ${res.statusCode}) ${detail}`, { ...refusedInit(res, ctx), cause });
}

/** A call refused by a closed client, or cut short by `close()`; `requestSent`: whether its request may have reached the service. */
export const clientClosed = (what: string, requestSent: boolean) =>
  new ClientClosedError(`${what}: the client was closed${requestSent ? ' (the request may have reached the service)' : ''}`, { requestSent });

/** The connection failed for good (retries ran out, or repeating it could do harm). */
/** `what`: the operation's key, or the request it stands for. */
export function networkError(what: string, cause: unknown, retries: number, secrets?: SecretScrubber): NetworkError {
  let text = 'connection failed';
  if (cause instanceof Error) {
    const code = (cause as { code?: string }).code;
    text = redactText(code && !cause.message.includes(code) ? `${code} ${cause.message}` : cause.message, secrets);
  }
  return new NetworkError(`${what} failed: ${text}${retries ? ` (after ${retries} retries)` : ''}`, {
    cause,
    requestSent: !wasNeverSent(cause),
    ...(secrets && { secrets }),
  });
}

/** A download link that answered other than 2xx, for good. */
export function downloadRefused(shown: string, answer: WireResponse, secrets: SecretScrubber): ServerError {
  const text = redactText(Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength).toString('utf8'), secrets);
  return new ServerError(`The download link ${shown} answered HTTP ${answer.status}${text.trim() ? `: ${cutDetail(text)}` : ''}`, {
    status: answer.status,
    body: text,
    headers: answer.headers,
    method: 'GET',
    url: shown,
    secrets,
  });
}

export function responseValidationError(operation: string, status: number, issues: ValidationIssue[], secrets?: SecretScrubber): ResponseValidationError {
  const first = issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(body)'}: ${i.message}`)
    .join('; ');
  const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : '';
  const safeIssues = redactValue(issues, secrets) as ValidationIssue[];
  return new ResponseValidationError(`Response of ${operation} (HTTP ${status}) breaks the API contract: ${first}${more}`, {
    operation,
    status,
    issues: safeIssues,
    ...(secrets && { secrets }),
  });
}

export const alertNotFound = (alertId: string, init: { status?: number; cause?: unknown } = {}) =>
  new AlertNotFoundError(`Alert ${alertId} was not found`, { alertId, ...init });

export const alertInProgress = (alertId: string) => new AlertInProgressError(`Alert ${alertId} is still being triaged`, { alertId });

const alertConflict = (alertId: string, detail: string | undefined, init: { status?: number; cause?: unknown } = {}) =>
  new AlertConflictError(`Alert ${alertId} exists in several environments: give an environment${detail ? ` (${detail})` : ''}`, { alertId, ...init });

const PROBLEM_CHARS = 300;

/** Field problems of a 400 (`details`, or `message` when it maps fields), as short JSON; '' when none. */
function fieldProblems(body: unknown): string {
  if (body === null || typeof body !== 'object') return '';
  const { details, message } = body as { details?: unknown; message?: unknown };
  const problems = details ?? (message !== null && typeof message === 'object' ? message : undefined);
  if (problems === undefined || problems === null) return '';
  const text = JSON.stringify(problems);
  return text.length > PROBLEM_CHARS ? `${text.slice(0, PROBLEM_CHARS)}…` : text;
}

/** The message names the service's field problems too: they say what to fix, and a log keeps only the message. */
function invalidAlertMapping(alertId: string, cause: ServerError, secrets?: SecretScrubber): InvalidAlertMappingError {
  const problems = fieldProblems(cause.body);
  return new InvalidAlertMappingError(`The alert was refused as malformed: ${cause.message}${problems ? ` ${problems}` : ''}`, {
    alertId,
    status: cause.status,
    body: cause.body,
    cause,
    ...(secrets && { secrets }),
  });
}

/** Longest id taken from a 409's body: ids are tens of characters; more is not an id. */
const MAX_HELD_ID_CHARS = 512;

/** A usable alert id: a non-blank string (or an integer) without control characters, of a sane length. */
function asAlertId(v: unknown): string | undefined {
  const id = typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : v;
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_HELD_ID_CHARS || /[\u0000-\u001f\u007f-\u009f]/.test(id)) return undefined;
  return id;
}

/** The id a 409's body names (`alert_id` at the top, or under `result` or `details`), else ''. */
function heldAlertId(body: unknown): string {
  if (body === null || typeof body !== 'object') return '';
  const top = body as { alert_id?: unknown; result?: unknown; details?: unknown };
  const under = (v: unknown) => (v !== null && typeof v === 'object' ? asAlertId((v as { alert_id?: unknown }).alert_id) : undefined);
  return asAlertId(top.alert_id) ?? under(top.result) ?? under(top.details) ?? '';
}

function alertAlreadyExists(cause: ServerError, secrets?: SecretScrubber): AlertAlreadyExistsError {
  const alertId = heldAlertId(cause.body);
  return new AlertAlreadyExistsError(`The service already holds this alert${alertId ? ` (${cutDetail(alertId)})` : ''}: ${cause.message}`, {
    alertId,
    status: cause.status,
    body: cause.body,
    cause,
    ...(secrets && { secrets }),
  });
}

export const operationStillRunning = (name: string) => new OperationStillRunningError(`Operation "${name}" is still running`);

export function operationFailed(name: string, detail: unknown, secrets?: SecretScrubber): OperationFailedError {
  const safe = redactValue(detail, secrets);
  const text = typeof safe === 'string' ? safe : JSON.stringify(safe);
  return new OperationFailedError(`Operation "${name}" failed: ${cutDetail(text)}`, { detail: safe, ...(secrets && { secrets }) });
}

export const analysisFailed = (analysisId: string) => new AnalysisFailedError(`Analysis ${analysisId} failed`, { analysisId });

export const analysisStillRunning = (analysisId: string) => new AnalysisStillRunningError(`Analysis ${analysisId} is still running`, { analysisId });

export const waitTimeout = (what: string, timeoutMs: number) => new WaitTimeoutError(`Gave up waiting for ${what} after ${timeoutMs} ms`, { timeoutMs });
