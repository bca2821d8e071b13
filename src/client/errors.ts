/**
 * The SDK's error tree (API.md → Errors). One base class so one `catch` sees everything;
 * every field copied from the wire is redacted so keys and tokens never leak.
 */
import { redactHeaders, redactText, redactValue } from './redact.js';

export class IntezerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(redactText(message), options);
    this.name = new.target.name;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

export class InvalidArgumentError extends IntezerError {}
export class GlobalApiNotInitializedError extends IntezerError {
  constructor(message = 'No client was given and none was set globally: call setGlobalApi() first.') {
    super(message);
  }
}
export class UnsupportedOnPremiseVersionError extends IntezerError {}

export interface ServerErrorInit {
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
    super(message);
    this.status = init.status;
    this.body = redactValue(init.body);
    this.headers = redactHeaders(init.headers);
    if (init.method) this.method = init.method;
    if (init.url) this.url = redactText(init.url);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, body: this.body, method: this.method, url: this.url };
  }
}

export class InvalidApiKeyError extends ServerError {}
export class InsufficientPermissionsError extends ServerError {}

export class RateLimitError extends ServerError {
  /** How long the service asked to wait (Retry-After), in milliseconds. */
  readonly retryAfterMs?: number;
  readonly limit?: number;
  readonly remaining?: number;
  /** When the rate-limit window resets (X-RateLimit-Reset). */
  readonly resetAt?: Date;

  constructor(message: string, init: ServerErrorInit & { retryAfterMs?: number; limit?: number; remaining?: number; resetAt?: Date }) {
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

/** The connection failed (refused, reset, timed out) and retries ran out. */
export class NetworkError extends IntezerError {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
  }
}

export interface ValidationIssue {
  path: (string | number)[];
  message: string;
}

/** A response broke the OpenAPI contract. */
export class ResponseValidationError extends IntezerError {
  readonly operation: string;
  readonly status: number;
  readonly issues: ValidationIssue[];

  constructor(operation: string, status: number, issues: ValidationIssue[]) {
    const first = issues
      .slice(0, 3)
      .map((i) => `${i.path.length ? i.path.join('.') : '(body)'}: ${i.message}`)
      .join('; ');
    super(`Response of ${operation} (HTTP ${status}) breaks the API contract: ${first}${issues.length > 3 ? ` (+${issues.length - 3} more)` : ''}`);
    this.operation = operation;
    this.status = status;
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operation: this.operation, status: this.status, issues: this.issues };
  }
}
