/** Errors about one alert, operation, analysis or wait; each takes `(message, init)`. */
import { IntezerError, type IntezerErrorInit } from './errors.js';
import { redactValue } from './redact.js';

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
  constructor(message: string, init: IntezerErrorInit & { timeoutMs: number }) {
    super(message, init);
    this.timeoutMs = init.timeoutMs;
  }
}
