/** The value sets of the surface: frozen objects plus the type of their values. */

/** An alert's status as the SDK reports it (`Alert.status`): the service's `queued` is read as `in_progress`. */
export const AlertStatusCode = Object.freeze({
  /** Waiting for triage (a status check reports it as `in_progress`). */
  QUEUED: 'queued',
  /** Triage is running. */
  IN_PROGRESS: 'in_progress',
  /** The service has no such alert (404). */
  NOT_FOUND: 'not_found',
  /** Triage finished: the verdict and result are known. */
  FINISHED: 'finished',
} as const);
/** One of the {@link AlertStatusCode} values. */
export type AlertStatusCode = (typeof AlertStatusCode)[keyof typeof AlertStatusCode];

/** Known verdicts. The service adds more: an unknown verdict is kept as the string it is. */
export const AlertVerdict = Object.freeze({
  /** A confirmed threat. */
  CONFIRMED_THREAT: 'confirmed_threat',
  /** Likely a true positive. */
  LIKELY_TRUE_POSITIVE: 'likely_true_positive',
  /** Suspicious behaviour. */
  SUSPICIOUS_BEHAVIOR: 'suspicious_behavior',
  /** A false positive. */
  FALSE_POSITIVE: 'false_positive',
  /** Inconclusive. */
  INCONCLUSIVE: 'inconclusive',
} as const);
/** One of the known {@link AlertVerdict} values. */
export type AlertVerdict = (typeof AlertVerdict)[keyof typeof AlertVerdict];
/** The known verdicts, as a type. */
export type AlertVerdictValue = AlertVerdict;

/** Known alert sources; open-ended like the verdicts. */
export const AlertSource = Object.freeze({
  /** SentinelOne. */
  SENTINEL_ONE: 's1',
  /** CrowdStrike. */
  CROWDSTRIKE: 'cs',
  /** Splunk (SIEM). */
  SPLUNK_SIEM: 'splunk_siem',
  /** Microsoft Sentinel. */
  MICROSOFT_SENTINEL: 'microsoft_sentinel',
  /** Cortex XSOAR. */
  XSOAR: 'xsoar',
  /** Phishing emails (what {@link Alert.sendPhishingEmail} sends). */
  PHISHING_EMAILS: 'phishing_emails',
} as const);
/** One of the known {@link AlertSource} values. */
export type AlertSource = (typeof AlertSource)[keyof typeof AlertSource];
/** The known sources, as a type. */
export type AlertSourceValue = AlertSource;

/**
 * An open value set: the known values, which editors suggest, or any other string (the
 * service adds values over time, and a newer one is kept as it is).
 */
export type OpenValue<Known extends string> = Known | (string & {});

/** Known risk categories of a triage (`triage_result.risk_category`); open-ended like the verdicts. */
export const RiskCategory = Object.freeze({
  /** Malware. */
  MALWARE: 'malware',
  /** Phishing. */
  PHISHING: 'phishing',
  /** Suspicious activity. */
  SUSPICIOUS_ACTIVITY: 'suspicious_activity',
  /** No threat. */
  NO_THREAT: 'no_threat',
  /** Unknown. */
  UNKNOWN: 'unknown',
} as const);
/** One of the known {@link RiskCategory} values. */
export type RiskCategory = (typeof RiskCategory)[keyof typeof RiskCategory];

/** Known response statuses of an alert (`response.status`); open-ended like the verdicts. */
export const ResponseStatus = Object.freeze({
  /** Escalated. */
  ESCALATED: 'escalated',
  /** No action needed. */
  NO_ACTION_NEEDED: 'no_action_needed',
} as const);
/** One of the known {@link ResponseStatus} values. */
export type ResponseStatus = (typeof ResponseStatus)[keyof typeof ResponseStatus];

/** Known `sortBy` values of a history search; open-ended like the verdicts. */
export const AlertsSortBy = Object.freeze({
  /** By the alert's creation time. */
  CREATION_TIME: 'CREATION_TIME',
  /** By triage time. */
  TRIAGE_TIME: 'TRIAGE_TIME',
  /** By the time the triage last changed. */
  TRIAGE_CHANGE_TIME: 'TRIAGE_CHANGE_TIME',
  /** By `alert_update_time` (what a watch uses to follow changes). */
  ALERT_UPDATE_TIME: 'ALERT_UPDATE_TIME',
} as const);
/** One of the known {@link AlertsSortBy} values. */
export type AlertsSortBy = (typeof AlertsSortBy)[keyof typeof AlertsSortBy];

/** The status of an analysis behind a scan, or of an {@link Operation}. */
export const AnalysisStatusCode = Object.freeze({
  /** Created, not started yet. */
  CREATED: 'created',
  /** Running. */
  IN_PROGRESS: 'in_progress',
  /** Waiting to run. */
  QUEUED: 'queued',
  /** Failed: `result()` throws {@link AnalysisFailedError} (an operation throws {@link OperationFailedError}). */
  FAILED: 'failed',
  /** Finished: the report or result is there. */
  FINISHED: 'finished',
} as const);
/** One of the {@link AnalysisStatusCode} values. */
export type AnalysisStatusCode = (typeof AnalysisStatusCode)[keyof typeof AnalysisStatusCode];
