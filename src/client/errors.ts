/**
 * The SDK's error tree, every class of it. One base class so one `catch` sees everything;
 * every class takes `(message, init)`, and every field copied from the wire is redacted so
 * keys and tokens never leak. Errors are built from answers and transport failures in one
 * place only: error-factory.ts.
 */
import { redactHeaders, redactText, redactValue, type SecretScrubber } from './redact.js';

export interface IntezerErrorInit {
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
  for (const k of CAUSE_FIELDS) if ((cause as never)[k] !== undefined) Object.assign(copy, { [k]: (cause as never)[k] });
  return copy;
}

export class IntezerError extends Error {
  constructor(message: string, init: IntezerErrorInit = {}) {
    super(redactText(message, init.secrets), init.cause === undefined ? undefined : { cause: safeCause(init.cause, init.secrets) });
    this.name = new.target.name;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

export class InvalidArgumentError extends IntezerError {}
export class GlobalApiNotInitializedError extends IntezerError {
  constructor(message = 'No client was given and none was set globally: call setGlobalApi() first.', init: IntezerErrorInit = {}) {
    super(message, init);
  }
}
export class UnsupportedOnPremiseVersionError extends IntezerError {}

export interface ServerErrorInit extends IntezerErrorInit {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  method?: string;
  url?: string;
}

/** Any unexpected HTTP answer. */
export class ServerError extends IntezerError {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;
  readonly method?: string;
  readonly url?: string;

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

export class InvalidApiKeyError extends ServerError {}
export class InsufficientPermissionsError extends ServerError {}

export interface RateLimitErrorInit extends ServerErrorInit {
  retryAfterMs?: number;
  limit?: number;
  remaining?: number;
  resetAt?: Date;
}

export class RateLimitError extends ServerError {
  /** How long the service asked to wait (Retry-After), in milliseconds. */
  readonly retryAfterMs?: number;
  readonly limit?: number;
  readonly remaining?: number;
  /** When the rate-limit window resets (X-RateLimit-Reset). */
  readonly resetAt?: Date;

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

export interface NetworkErrorInit extends IntezerErrorInit {
  cause: unknown;
  /**
   * Whether the request may have reached the service: false when it surely never left the
   * machine (a refused connection, a request never written), true otherwise.
   */
  requestSent?: boolean;
}

/** The connection failed (refused, reset, timed out) and retries ran out. */
export class NetworkError extends IntezerError {
  readonly requestSent: boolean;
  constructor(message: string, init: NetworkErrorInit) {
    super(message, init);
    this.requestSent = init.requestSent ?? true;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), requestSent: this.requestSent };
  }
}

export interface ValidationIssue {
  path: (string | number)[];
  message: string;
}

export interface ResponseValidationErrorInit extends IntezerErrorInit {
  /** "METHOD /path" of the operation. */
  operation: string;
  status: number;
  issues: ValidationIssue[];
}

/** A response broke the OpenAPI contract. */
export class ResponseValidationError extends IntezerError {
  readonly operation: string;
  readonly status: number;
  readonly issues: ValidationIssue[];

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
  readonly maxResponseBytes: number;

  constructor(message: string, init: ServerErrorInit & { maxResponseBytes: number }) {
    super(message, init);
    this.maxResponseBytes = init.maxResponseBytes;
  }
}

/** The answer's Content-Encoding is not one the SDK decodes, or its body does not decode. */
export class ResponseEncodingError extends ServerError {}

export interface ClientClosedErrorInit extends IntezerErrorInit {
  /** Whether the call's request may have reached the service before the client closed. */
  requestSent: boolean;
}

/** A call on a closed client, or one in flight when `close()` was called. */
export class ClientClosedError extends IntezerError {
  readonly requestSent: boolean;
  constructor(message: string, init: ClientClosedErrorInit) {
    super(message, init);
    this.requestSent = init.requestSent;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), requestSent: this.requestSent };
  }
}

// Errors about one alert, operation, analysis or wait.

export interface AlertErrorInit extends IntezerErrorInit {
  alertId: string;
  /** The HTTP status, when the error stands for an answer of the service. */
  status?: number;
}

export class AlertError extends IntezerError {
  readonly alertId: string;
  /** The HTTP status the service answered (404, 409, …); undefined when the SDK knew it already. */
  readonly status?: number;
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

export class AlertInProgressError extends AlertError {}

/** 409: the id exists in several environments and none was given. */
export class AlertConflictError extends AlertError {}

/** 400 on ingest: the request or the alert mapping is malformed. */
export class InvalidAlertMappingError extends AlertError {
  declare readonly status: number;
  readonly body: unknown;
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
  declare readonly status: number;
  readonly body: unknown;
  constructor(message: string, init: AlertErrorInit & { status: number; body: unknown }) {
    super(message, init);
    this.body = redactValue(init.body, init.secrets);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), body: this.body };
  }
}

export class OperationStillRunningError extends IntezerError {}

/** The operation's state answered with an `error`. */
export class OperationFailedError extends IntezerError {
  readonly detail: unknown;
  constructor(message: string, init: IntezerErrorInit & { detail: unknown }) {
    super(message, init);
    this.detail = redactValue(init.detail, init.secrets);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), detail: this.detail };
  }
}

export interface AnalysisErrorInit extends IntezerErrorInit {
  analysisId: string;
}

export class AnalysisFailedError extends IntezerError {
  readonly analysisId: string;
  constructor(message: string, init: AnalysisErrorInit) {
    super(message, init);
    this.analysisId = init.analysisId;
  }
}

/** An analysis's report asked for before it finished. */
export class AnalysisStillRunningError extends IntezerError {
  readonly analysisId: string;
  constructor(message: string, init: AnalysisErrorInit) {
    super(message, init);
    this.analysisId = init.analysisId;
  }
}

export class WaitTimeoutError extends IntezerError {
  readonly timeoutMs: number;
  /** Set when the wait followed a send that worked: the alert that was sent. */
  declare readonly alertId?: string;
  constructor(message: string, init: IntezerErrorInit & { timeoutMs: number }) {
    super(message, init);
    this.timeoutMs = init.timeoutMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs, ...(this.alertId !== undefined && { alertId: this.alertId }) };
  }
}
