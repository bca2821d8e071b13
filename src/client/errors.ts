/**
 * The SDK's error tree, every class of it. One base class so one `catch` sees everything;
 * every class takes `(message, init)`, and every field copied from the wire is redacted so
 * keys and tokens never leak. Errors are built from answers and transport failures in one
 * place only: error-factory.ts.
 */
import { redactHeaders, redactText, redactValue, type SecretScrubber } from './redact.js';

/** What every error's constructor takes beside its message. */
export interface IntezerErrorInit {
  /** The error behind this one (kept as `cause`; an error that is not the SDK's is kept as a redacted copy). */
  cause?: unknown;
  /** @internal The secret values of the client the error comes from (scrubbed from every field). */
  secrets?: SecretScrubber;
}

/** Connection details a cause keeps (the rest of a Node error is its message and stack). */
const CAUSE_FIELDS = ['code', 'errno', 'syscall', 'address', 'port', 'requestSent'] as const;

/**
 * The cause as the error keeps it: an SDK error is redacted already; any other Error becomes
 * a copy with its message and stack redacted and its connection details kept.
 */
function safeCause(cause: unknown, secrets: SecretScrubber | undefined): unknown {
  if (cause instanceof IntezerError) return cause;
  if (!(cause instanceof Error)) return redactValue(cause, secrets);
  const copy = new Error(redactText(cause.message, secrets));
  copy.name = cause.name;
  if (cause.stack) copy.stack = redactText(cause.stack, secrets);
  for (const k of CAUSE_FIELDS) {
    const v: unknown = (cause as never)[k];
    // A transport of the caller's own may put anything there: scrubbed like the message.
    if (v !== undefined) Object.assign(copy, { [k]: redactValue(v, secrets) });
  }
  return copy;
}

/**
 * The base of every error the SDK throws: one `catch (e) { if (e instanceof IntezerError) … }` sees them all.
 * Messages and every field copied from the wire are redacted: no API key, access token or proxy password.
 */
export class IntezerError extends Error {
  /** Makes an error; `name` is the class's name. The SDK builds its errors itself: construct one only to stand in for it (tests, mocks). */
  constructor(message: string, init: IntezerErrorInit = {}) {
    super(redactText(message, init.secrets), init.cause === undefined ? undefined : { cause: safeCause(init.cause, init.secrets) });
    this.name = new.target.name;
  }

  /** A plain, redacted form for `JSON.stringify` and loggers: `name`, `message` and the subclass's own fields. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

/** Bad input (an unknown option name, a value of the wrong type or out of range, a bad client option), refused before any request. */
export class InvalidArgumentError extends IntezerError {}
/** No client was given to a call and none was set with {@link setGlobalApi}. */
export class GlobalApiNotInitializedError extends IntezerError {
  /** Makes the error, with a default message that says to call setGlobalApi() first. */
  constructor(message = 'No client was given and none was set globally: call setGlobalApi() first.', init: IntezerErrorInit = {}) {
    super(message, init);
  }
}
/** A cloud-only call (sending an alert, a history search, fetching alerts by ids, notifying) on a client made with `onPremiseVersion`; nothing was sent. */
export class UnsupportedOnPremiseVersionError extends IntezerError {}

/** What a {@link ServerError} is made from: the answer's status, body and headers, and the request. */
export interface ServerErrorInit extends IntezerErrorInit {
  /** The HTTP status of the answer. */
  status: number;
  /** The answer's body: parsed JSON, its text when it is not JSON, or undefined when it was not read. */
  body: unknown;
  /** The answer's headers, names lower-cased. */
  headers: Record<string, string>;
  /** The request's method, upper-case. */
  method?: string;
  /** The URL the request went to. */
  url?: string;
}

/** Any unexpected HTTP answer. */
export class ServerError extends IntezerError {
  /** The HTTP status of the answer. */
  readonly status: number;
  /** The answer's body (redacted): parsed JSON, its text when it is not JSON, or undefined when it was not read. */
  readonly body: unknown;
  /** The answer's headers (redacted), names lower-cased. */
  readonly headers: Record<string, string>;
  /** The request's method, upper-case. */
  readonly method?: string;
  /** The URL the request went to (redacted). */
  readonly url?: string;

  /** Makes the error; `body`, `headers` and `url` are redacted of the client's secrets. */
  constructor(message: string, init: ServerErrorInit) {
    super(message, init);
    this.status = init.status;
    this.body = redactValue(init.body, init.secrets);
    this.headers = redactHeaders(init.headers, init.secrets);
    if (init.method) this.method = init.method;
    if (init.url) this.url = redactText(init.url, init.secrets);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, body: this.body, method: this.method, url: this.url };
  }
}

/** The API key was refused: a 401 that renewing the access token once did not cure, or the token exchange's 400/401. */
export class InvalidApiKeyError extends ServerError {}
/** 403 "Insufficient Permissions": the account lacks the right for this call. */
export class InsufficientPermissionsError extends ServerError {}

/** What a {@link RateLimitError} is made from: a {@link ServerErrorInit} plus the rate-limit headers, read. */
export interface RateLimitErrorInit extends ServerErrorInit {
  /** Retry-After, in milliseconds. */
  retryAfterMs?: number;
  /** X-RateLimit-Limit. */
  limit?: number;
  /** X-RateLimit-Remaining. */
  remaining?: number;
  /** X-RateLimit-Reset, as a Date. */
  resetAt?: Date;
}

/** 429: rate limited, and the client's retries ran out. The fields are read from the answer's headers when it sent them. */
export class RateLimitError extends ServerError {
  /** How long the service asked to wait (Retry-After), in milliseconds. */
  readonly retryAfterMs?: number;
  /** The requests allowed in the window (X-RateLimit-Limit). */
  readonly limit?: number;
  /** The requests left in the window (X-RateLimit-Remaining). */
  readonly remaining?: number;
  /** When the rate-limit window resets (X-RateLimit-Reset). */
  readonly resetAt?: Date;

  /** Makes the error. */
  constructor(message: string, init: RateLimitErrorInit) {
    super(message, init);
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.limit !== undefined) this.limit = init.limit;
    if (init.remaining !== undefined) this.remaining = init.remaining;
    if (init.resetAt !== undefined) this.resetAt = init.resetAt;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs, limit: this.limit, remaining: this.remaining, resetAt: this.resetAt };
  }
}

/** What a {@link NetworkError} is made from: the connection failure, and whether the request may have been sent. */
export interface NetworkErrorInit extends IntezerErrorInit {
  /** The connection failure (a Node error with its `code`, such as ECONNRESET). */
  cause: unknown;
  /**
   * Whether the request may have reached the service: false when it surely never left the
   * machine (a refused connection, a request never written), true otherwise.
   */
  requestSent?: boolean;
}

/** The connection failed (refused, reset, timed out) and retries ran out. */
export class NetworkError extends IntezerError {
  /** Whether the request may have reached the service: false only when it surely never left the machine. */
  readonly requestSent: boolean;
  /** Makes the error; `requestSent` defaults to true (not known to be unsent). */
  constructor(message: string, init: NetworkErrorInit) {
    super(message, init);
    this.requestSent = init.requestSent ?? true;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), requestSent: this.requestSent };
  }
}

/** One way an answer breaks the OpenAPI contract. */
export interface ValidationIssue {
  /** Where in the body: property names and array indexes from the top (empty: the body itself). */
  path: (string | number)[];
  /** What is wrong there. */
  message: string;
}

/** What a {@link ResponseValidationError} is made from. */
export interface ResponseValidationErrorInit extends IntezerErrorInit {
  /** "METHOD /path" of the operation. */
  operation: string;
  /** The HTTP status of the answer. */
  status: number;
  /** Every way the body breaks the contract. */
  issues: ValidationIssue[];
}

/** A response broke the OpenAPI contract. */
export class ResponseValidationError extends IntezerError {
  /** The operation, as "METHOD /path". */
  readonly operation: string;
  /** The HTTP status of the answer. */
  readonly status: number;
  /** Every way the body breaks the contract (redacted). */
  readonly issues: ValidationIssue[];

  /** Makes the error from the operation, the status and the issues found. */
  constructor(message: string, init: ResponseValidationErrorInit) {
    super(message, init);
    this.operation = init.operation;
    this.status = init.status;
    this.issues = init.issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operation: this.operation, status: this.status, issues: this.issues };
  }
}

/** The answer passed `maxResponseBytes` (decoded); the rest of it was not read. */
export class ResponseTooLargeError extends ServerError {
  /** The client's `maxResponseBytes` the answer passed. */
  readonly maxResponseBytes: number;

  /** Makes the error; `body` is undefined (the answer was not read). */
  constructor(message: string, init: ServerErrorInit & { maxResponseBytes: number }) {
    super(message, init);
    this.maxResponseBytes = init.maxResponseBytes;
  }
}

/** The answer's Content-Encoding is not one the SDK decodes, or its body does not decode. */
export class ResponseEncodingError extends ServerError {}

/** What a {@link ClientClosedError} is made from. */
export interface ClientClosedErrorInit extends IntezerErrorInit {
  /** Whether the call's request may have reached the service before the client closed. */
  requestSent: boolean;
}

/** A call on a closed client, or one in flight when `close()` was called. */
export class ClientClosedError extends IntezerError {
  /** Whether the call's request may have reached the service before the client closed. */
  readonly requestSent: boolean;
  /** Makes the error. */
  constructor(message: string, init: ClientClosedErrorInit) {
    super(message, init);
    this.requestSent = init.requestSent;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), requestSent: this.requestSent };
  }
}

// Errors about one alert, operation, analysis or wait.

/** What an {@link AlertError} is made from: the alert's id, and the HTTP status when the service answered one. */
export interface AlertErrorInit extends IntezerErrorInit {
  /** The alert the error is about; `''` when it is not known. */
  alertId: string;
  /** The HTTP status, when the error stands for an answer of the service. */
  status?: number;
}

/** The base of the errors about one alert. */
export class AlertError extends IntezerError {
  /** The alert the error is about; `''` when it is not known (an ingest the service refused before naming an id). */
  readonly alertId: string;
  /** The HTTP status the service answered (404, 409, …); undefined when the SDK knew it already. */
  readonly status?: number;
  /** Makes the error. */
  constructor(message: string, init: AlertErrorInit) {
    super(message, init);
    this.alertId = init.alertId;
    if (init.status !== undefined) this.status = init.status;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), alertId: this.alertId, status: this.status };
  }
}

/** Unknown alert: `status` is 404 when the service said so. */
export class AlertNotFoundError extends AlertError {}

/** The alert's triage is still running: its result, scans or notification are not available yet. */
export class AlertInProgressError extends AlertError {}

/** 409: the id exists in several environments and none was given. */
export class AlertConflictError extends AlertError {}

/** 400 on ingest: the request or the alert mapping is malformed. */
export class InvalidAlertMappingError extends AlertError {
  /** The HTTP status the service answered: 400. */
  declare readonly status: number;
  /** The service's answer (redacted): its `error`, and `details` or `message` naming the fields at fault. */
  readonly body: unknown;
  /** Makes the error; `body` is redacted of the client's secrets. */
  constructor(message: string, init: AlertErrorInit & { status: number; body: unknown }) {
    super(message, init);
    this.body = redactValue(init.body, init.secrets);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), body: this.body };
  }
}

/**
 * 409 on `Alert.send`: the service already holds this alert ("already sent", not a failure of
 * the alert). `alertId` is the one the service named in its answer, or `''` when it named none.
 */
export class AlertAlreadyExistsError extends AlertError {
  /** The HTTP status the service answered: 409. */
  declare readonly status: number;
  /** The service's answer (redacted). */
  readonly body: unknown;
  /** Makes the error; `body` is redacted of the client's secrets. */
  constructor(message: string, init: AlertErrorInit & { status: number; body: unknown }) {
    super(message, init);
    this.body = redactValue(init.body, init.secrets);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), body: this.body };
  }
}

/** An operation's result asked for (`Operation.getResult()`) while it still runs. */
export class OperationStillRunningError extends IntezerError {}

/** The operation's state answered with an `error`. */
export class OperationFailedError extends IntezerError {
  /** The operation state's `error`, as the service sent it (redacted). */
  readonly detail: unknown;
  /** Makes the error; `detail` is redacted of the client's secrets. */
  constructor(message: string, init: IntezerErrorInit & { detail: unknown }) {
    super(message, init);
    this.detail = redactValue(init.detail, init.secrets);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), detail: this.detail };
  }
}

/** What an analysis error is made from. */
export interface AnalysisErrorInit extends IntezerErrorInit {
  /** The analysis the error is about. */
  analysisId: string;
}

/** The analysis behind a scan failed: thrown by its `result()`. */
export class AnalysisFailedError extends IntezerError {
  /** The analysis that failed. */
  readonly analysisId: string;
  /** Makes the error. */
  constructor(message: string, init: AnalysisErrorInit) {
    super(message, init);
    this.analysisId = init.analysisId;
  }
}

/** An analysis's report asked for before it finished. */
export class AnalysisStillRunningError extends IntezerError {
  /** The analysis still running. */
  readonly analysisId: string;
  /** Makes the error. */
  constructor(message: string, init: AnalysisErrorInit) {
    super(message, init);
    this.analysisId = init.analysisId;
  }
}

/** A wait (`waitForCompletion`, or the `wait` of a send or fetch) passed its `timeoutMs`. */
export class WaitTimeoutError extends IntezerError {
  /** The bound that passed, in milliseconds. */
  readonly timeoutMs: number;
  /** Set when the wait followed a send that worked: the alert that was sent. */
  declare readonly alertId?: string;
  /** Makes the error. */
  constructor(message: string, init: IntezerErrorInit & { timeoutMs: number }) {
    super(message, init);
    this.timeoutMs = init.timeoutMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs, ...(this.alertId !== undefined && { alertId: this.alertId }) };
  }
}
