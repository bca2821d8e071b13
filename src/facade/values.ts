/** The value sets of the surface: frozen objects plus the type of their values. */

export const AlertStatusCode = Object.freeze({
  QUEUED: 'queued',
  IN_PROGRESS: 'in_progress',
  NOT_FOUND: 'not_found',
  FINISHED: 'finished',
} as const);
export type AlertStatusCode = (typeof AlertStatusCode)[keyof typeof AlertStatusCode];

/** Known verdicts. The service adds more: an unknown verdict is kept as the string it is. */
export const AlertVerdict = Object.freeze({
  CONFIRMED_THREAT: 'confirmed_threat',
  LIKELY_TRUE_POSITIVE: 'likely_true_positive',
  SUSPICIOUS_BEHAVIOR: 'suspicious_behavior',
  FALSE_POSITIVE: 'false_positive',
  INCONCLUSIVE: 'inconclusive',
} as const);
export type AlertVerdict = (typeof AlertVerdict)[keyof typeof AlertVerdict];
/** The known verdicts, as a type. */
export type AlertVerdictValue = AlertVerdict;

/** Known alert sources; open-ended like the verdicts. */
export const AlertSource = Object.freeze({
  SENTINEL_ONE: 's1',
  CROWDSTRIKE: 'cs',
  SPLUNK_SIEM: 'splunk_siem',
  MICROSOFT_SENTINEL: 'microsoft_sentinel',
  XSOAR: 'xsoar',
  PHISHING_EMAILS: 'phishing_emails',
} as const);
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
  MALWARE: 'malware',
  PHISHING: 'phishing',
  SUSPICIOUS_ACTIVITY: 'suspicious_activity',
  NO_THREAT: 'no_threat',
  UNKNOWN: 'unknown',
} as const);
export type RiskCategory = (typeof RiskCategory)[keyof typeof RiskCategory];

/** Known response statuses of an alert (`response.status`); open-ended like the verdicts. */
export const ResponseStatus = Object.freeze({
  ESCALATED: 'escalated',
  NO_ACTION_NEEDED: 'no_action_needed',
} as const);
export type ResponseStatus = (typeof ResponseStatus)[keyof typeof ResponseStatus];

/** Known `sortBy` values of a history search; open-ended like the verdicts. */
export const AlertsSortBy = Object.freeze({
  CREATION_TIME: 'CREATION_TIME',
  TRIAGE_TIME: 'TRIAGE_TIME',
  TRIAGE_CHANGE_TIME: 'TRIAGE_CHANGE_TIME',
  ALERT_UPDATE_TIME: 'ALERT_UPDATE_TIME',
} as const);
export type AlertsSortBy = (typeof AlertsSortBy)[keyof typeof AlertsSortBy];

export const AnalysisStatusCode = Object.freeze({
  CREATED: 'created',
  IN_PROGRESS: 'in_progress',
  QUEUED: 'queued',
  FAILED: 'failed',
  FINISHED: 'finished',
} as const);
export type AnalysisStatusCode = (typeof AnalysisStatusCode)[keyof typeof AnalysisStatusCode];
