/**
 * The package's public surface: the client, alerts, scans and operations, bulk fetch, history
 * search, following changes, value sets and errors. Everything not exported here is internal.
 *
 * @module intezer-alerts-sdk
 */
export {
  IntezerClient,
  setGlobalApi,
  getGlobalApi,
  resetGlobalApi,
  IntezerError,
  InvalidArgumentError,
  GlobalApiNotInitializedError,
  UnsupportedOnPremiseVersionError,
  ServerError,
  InvalidApiKeyError,
  InsufficientPermissionsError,
  RateLimitError,
  NetworkError,
  ResponseValidationError,
  ResponseTooLargeError,
  ResponseEncodingError,
  ClientClosedError,
  AlertError,
  AlertNotFoundError,
  AlertInProgressError,
  AlertConflictError,
  InvalidAlertMappingError,
  AlertAlreadyExistsError,
  OperationStillRunningError,
  OperationFailedError,
  AnalysisFailedError,
  AnalysisStillRunningError,
  WaitTimeoutError,
  type IntezerClientOptions,
  type ClientConfig,
  type CallOptions,
  type Logger,
  type LogLevel,
  type ValidationIssue,
  type IntezerErrorInit,
  type ServerErrorInit,
  type RateLimitErrorInit,
  type NetworkErrorInit,
  type ResponseValidationErrorInit,
  type ClientClosedErrorInit,
  type AlertErrorInit,
  type AnalysisErrorInit,
  type Transport,
  type WireRequest,
  type WireResponse,
  type WireHeaders,
} from './client/index.js';
export type { AlertRecord, TriageResultRecord, ScanRecord } from './facade/records.js';
export type { RawEmail } from './facade/email-input.js';
export type { AlertsHistoryQuery } from './facade/history-filters.js';
export {
  Alert,
  type AlertInit,
  type AlertResult,
  type SendPhishingEmailOptions,
  type SendAlertOptions,
  type FromIdOptions,
  type RawDataOptions,
  type DeleteOptions,
} from './facade/alert.js';
export type { SignalOption } from './facade/alert-options.js';
export { FileAnalysis, UrlAnalysis, EndpointAnalysis, type Scan, type AnalysisReport, type AnalysisLoadOptions } from './facade/analyses.js';
export { Operation } from './facade/operation.js';
export { getAlertsByAlertIds, type AlertsByIdsOptions } from './facade/bulk.js';
export { queryAlertsHistory, AlertsHistoryResult, type AlertsHistoryFilters } from './facade/history.js';
export { watchAlerts, AlertsWatch, type AlertChange, type AlertsWatchOptions, type AlertsWatchPoll, type AlertsCheckpoint } from './facade/watch.js';
export {
  AlertStatusCode,
  AlertVerdict,
  AlertSource,
  AnalysisStatusCode,
  RiskCategory,
  ResponseStatus,
  AlertsSortBy,
  type AlertVerdictValue,
  type AlertSourceValue,
  type OpenValue,
} from './facade/values.js';
export type { WaitOptions } from './facade/wait.js';
export { SDK_VERSION } from './version.js';
