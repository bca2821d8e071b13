/** The facade's errors (API.md → Errors); the transport-level ones live in client/errors.ts. */
import { IntezerError, ServerError } from '../client/errors.js';

export class AlertError extends IntezerError {
  readonly alertId: string;
  constructor(alertId: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.alertId = alertId;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), alertId: this.alertId };
  }
}

export class AlertNotFoundError extends AlertError {
  constructor(alertId: string, options?: { cause?: unknown }) {
    super(alertId, `Alert ${alertId} was not found`, options);
  }
}

export class AlertInProgressError extends AlertError {
  constructor(alertId: string) {
    super(alertId, `Alert ${alertId} is still being triaged`);
  }
}

export class AlertConflictError extends AlertError {
  constructor(alertId: string, detail: string | undefined, options?: { cause?: unknown }) {
    super(alertId, `Alert ${alertId} exists in several environments: give an environment${detail ? ` (${detail})` : ''}`, options);
  }
}

/** 400 on ingest: the request or the alert mapping is malformed. */
export class InvalidAlertMappingError extends AlertError {
  readonly status: number;
  readonly body: unknown;
  constructor(alertId: string, cause: ServerError) {
    super(alertId, `The alert was refused as malformed: ${cause.message}`, { cause });
    this.status = cause.status;
    this.body = cause.body;
  }
}

export class OperationStillRunningError extends IntezerError {
  constructor(name: string) {
    super(`Operation "${name}" is still running`);
  }
}

/** The operation's state answered with an `error`. */
export class OperationFailedError extends IntezerError {
  readonly detail: unknown;
  constructor(name: string, detail: unknown) {
    super(`Operation "${name}" failed: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`);
    this.detail = detail;
  }
}

export class AnalysisFailedError extends IntezerError {
  readonly analysisId: string;
  constructor(analysisId: string) {
    super(`Analysis ${analysisId} failed`);
    this.analysisId = analysisId;
  }
}

/** An analysis's report asked for before it finished. */
export class AnalysisStillRunningError extends IntezerError {
  readonly analysisId: string;
  constructor(analysisId: string) {
    super(`Analysis ${analysisId} is still running`);
    this.analysisId = analysisId;
  }
}

export class WaitTimeoutError extends IntezerError {
  readonly timeoutMs: number;
  constructor(what: string, timeoutMs: number) {
    super(`Gave up waiting for ${what} after ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** 404 → AlertNotFoundError, 409 → AlertConflictError; anything else keeps its own class. */
export function refineAlertError(err: unknown, alertId: string): unknown {
  if (err instanceof ServerError) {
    if (err.status === 404) return new AlertNotFoundError(alertId, { cause: err });
    if (err.status === 409) {
      const detail = (err.body as { error?: unknown } | null)?.error;
      return new AlertConflictError(alertId, typeof detail === 'string' ? detail : undefined, { cause: err });
    }
  }
  return err;
}
