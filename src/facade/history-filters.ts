/**
 * AlertsHistoryFilters (camelCase, Dates) → the wire's filter body (snake_case, epoch
 * seconds). Every key is checked before any request; an unknown key is refused rather than
 * silently dropped.
 */
import type { IntezerClient } from '../client/client.js';
import type { AlertsHistoryWireFilters } from '../client/endpoints.js';
import { InvalidArgumentError } from '../client/errors.js';
import type { OptionSpec } from './call-options.js';
import { stringList } from './checks.js';
import { suggestion } from './closest.js';
import { KNOWN_VALUES, warnUnknownValues } from './known-values.js';

/**
 * The history's value filters, one row each: the key in AlertsHistoryQuery, the name on the
 * wire, and the value's kind (`list`: an array of strings, `string`: one string). The mapping
 * to the wire and the CLI's search flags are made from this table, and the query's type is
 * checked against it (QueryMatchesTable), so a filter added here reaches each of them.
 */
export const HISTORY_FILTERS = [
  { key: 'environments', wire: 'environments', kind: 'list' },
  { key: 'sources', wire: 'sources', kind: 'list' },
  { key: 'alertVerdicts', wire: 'alert_verdicts', kind: 'list' },
  { key: 'familyNames', wire: 'family_names', kind: 'list' },
  { key: 'riskCategories', wire: 'risk_categories', kind: 'list' },
  { key: 'responseStatuses', wire: 'response_statuses', kind: 'list' },
  { key: 'hostnames', wire: 'hostnames', kind: 'list' },
  { key: 'usernames', wire: 'usernames', kind: 'list' },
  { key: 'fileHashes', wire: 'file_hashes', kind: 'list' },
  { key: 'processCommandlines', wire: 'process_commandlines', kind: 'list' },
  { key: 'devicePrivateIps', wire: 'device_private_ips', kind: 'list' },
  { key: 'deviceExternalIps', wire: 'device_external_ips', kind: 'list' },
  { key: 'deviceIds', wire: 'device_ids', kind: 'list' },
  { key: 'ips', wire: 'ips', kind: 'list' },
  { key: 'domains', wire: 'domains', kind: 'list' },
  { key: 'incidentIds', wire: 'incident_ids', kind: 'list' },
  { key: 'excludeAlertIds', wire: 'exclude_alert_ids', kind: 'list' },
  { key: 'sortBy', wire: 'sort_by', kind: 'list' },
  { key: 'freeText', wire: 'free_text', kind: 'string' },
  { key: 'siteName', wire: 'site_name', kind: 'string' },
  { key: 'accountName', wire: 'account_name', kind: 'string' },
  { key: 'emailSender', wire: 'email_sender', kind: 'string' },
  { key: 'emailRecipient', wire: 'email_recipient', kind: 'string' },
  { key: 'emailSubject', wire: 'email_subject', kind: 'string' },
  { key: 'emailCc', wire: 'email_cc', kind: 'string' },
  { key: 'emailBcc', wire: 'email_bcc', kind: 'string' },
  { key: 'emailMessageId', wire: 'email_message_id', kind: 'string' },
  { key: 'emailReportedBy', wire: 'email_reported_by', kind: 'string' },
] as const satisfies readonly { key: string; wire: keyof AlertsHistoryWireFilters; kind: 'list' | 'string' }[];

export type HistoryFilter = (typeof HISTORY_FILTERS)[number];
export type HistoryFilterKey = HistoryFilter['key'];
type KeyOf<Kind extends HistoryFilter['kind']> = Extract<HistoryFilter, { kind: Kind }>['key'];

export const TIME_FILTER_TYPES = ['creation_time', 'triage_time', 'triage_change_time', 'triage_or_triage_change_time', 'alert_update_time'] as const;
export const SORT_ORDERS = ['asc', 'desc'] as const;

/**
 * The history search's filters, camelCase: each maps to its wire name (HISTORY_FILTERS), Dates
 * to epoch seconds. Every filter is optional; absent ones are not sent. Written out rather than
 * mapped from the table so the API reference can describe each; QueryMatchesTable below keeps
 * the two in step.
 */
export interface AlertsHistoryQuery {
  /** Only alerts of these environments. */
  environments?: string[];
  /** Only alerts from these sources (`s1`, `cs`, `microsoft_sentinel`, `phishing_emails`, …); an unknown one is sent, with a warning. */
  sources?: string[];
  /** Only alerts with these verdicts (`confirmed_threat`, `false_positive`, …); an unknown one is sent, with a warning. */
  alertVerdicts?: string[];
  /** Only alerts of these malware families. */
  familyNames?: string[];
  /** Only alerts of these risk categories (`malware`, `phishing`, …); an unknown one is sent, with a warning. */
  riskCategories?: string[];
  /** Only alerts with these response statuses (`escalated`, `no_action_needed`, …); an unknown one is sent, with a warning. */
  responseStatuses?: string[];
  /** Only alerts raised on these host names. */
  hostnames?: string[];
  /** Only alerts involving these user names. */
  usernames?: string[];
  /** Only alerts involving files with these hashes. */
  fileHashes?: string[];
  /** Only alerts involving these process command lines. */
  processCommandlines?: string[];
  /** Only alerts from devices with these private IP addresses. */
  devicePrivateIps?: string[];
  /** Only alerts from devices with these external IP addresses. */
  deviceExternalIps?: string[];
  /** Only alerts from these device ids. */
  deviceIds?: string[];
  /** Only alerts involving these IP addresses. */
  ips?: string[];
  /** Only alerts involving these domains. */
  domains?: string[];
  /** Only alerts of these incident ids. */
  incidentIds?: string[];
  /** Leave out these alert ids. */
  excludeAlertIds?: string[];
  /** Sort keys ({@link AlertsSortBy}: `CREATION_TIME`, `TRIAGE_TIME`, …); an unknown one is sent, with a warning. */
  sortBy?: string[];
  /** Free-text search. */
  freeText?: string;
  /** Only alerts of this site, as the source names it. */
  siteName?: string;
  /** Only alerts of this account, as the source names it. */
  accountName?: string;
  /** Phishing alerts: only emails from this sender. */
  emailSender?: string;
  /** Phishing alerts: only emails to this recipient. */
  emailRecipient?: string;
  /** Phishing alerts: only emails with this subject. */
  emailSubject?: string;
  /** Phishing alerts: only emails copied to this address. */
  emailCc?: string;
  /** Phishing alerts: only emails blind-copied to this address. */
  emailBcc?: string;
  /** Phishing alerts: only the email with this Message-ID. */
  emailMessageId?: string;
  /** Phishing alerts: only emails reported by this user. */
  emailReportedBy?: string;
  /** Start of the time window (sent as epoch seconds); which time of an alert it bounds is `timeFilterType`. */
  startTime?: Date;
  /** End of the time window (sent as epoch seconds); not before `startTime`. */
  endTime?: Date;
  /** Matching alerts to skip. Default 0. */
  offset?: number;
  /** Page size, 1..100, default 100. */
  limit?: number;
  /** Only alerts the source reports as mitigated (`true`) or not (`false`). */
  isMitigated?: boolean;
  /** Which time of an alert `startTime` and `endTime` apply to; `alert_update_time` follows changes. */
  timeFilterType?: 'creation_time' | 'triage_time' | 'triage_change_time' | 'triage_or_triage_change_time' | 'alert_update_time';
  /** `asc` or `desc`. */
  sortOrder?: 'asc' | 'desc';
}

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/** Compile-time only: the query names exactly the table's filters (each typed by its kind) and its closed sets' values. */
// oxlint-disable-next-line no-unused-vars -- checked by the compiler, never used
type QueryMatchesTable = [
  Assert<Equal<Pick<AlertsHistoryQuery, KeyOf<'list'>>, { [K in KeyOf<'list'>]?: string[] }>>,
  Assert<Equal<Pick<AlertsHistoryQuery, KeyOf<'string'>>, { [K in KeyOf<'string'>]?: string }>>,
  Assert<
    Equal<Exclude<keyof AlertsHistoryQuery, HistoryFilterKey>, 'startTime' | 'endTime' | 'offset' | 'limit' | 'isMitigated' | 'timeFilterType' | 'sortOrder'>
  >,
  Assert<Equal<NonNullable<AlertsHistoryQuery['timeFilterType']>, (typeof TIME_FILTER_TYPES)[number]>>,
  Assert<Equal<NonNullable<AlertsHistoryQuery['sortOrder']>, (typeof SORT_ORDERS)[number]>>,
];

const BY_KEY: ReadonlyMap<string, HistoryFilter> = new Map(HISTORY_FILTERS.map((f) => [f.key, f]));
const OTHER_KEYS = new Set(['startTime', 'endTime', 'offset', 'limit', 'isMitigated', 'timeFilterType', 'sortOrder', 'client']);

/**
 * The query's option spec (call-options.ts): the table's filters by kind; the others are
 * checked by toWireFilters, which needs them together (start before end).
 */
export const HISTORY_QUERY: OptionSpec<AlertsHistoryQuery> = {
  ...(Object.fromEntries(HISTORY_FILTERS.map((f) => [f.key, f.kind === 'list' ? 'strings' : 'text'])) as OptionSpec<AlertsHistoryQuery>),
  startTime: 'any',
  endTime: 'any',
  offset: 'any',
  limit: 'any',
  isMitigated: 'boolean',
  timeFilterType: 'any',
  sortOrder: 'any',
};

/** The filters whose values come from a known set: another value is sent as given, with a warning. */
const OPEN_VALUE_SETS = {
  sources: KNOWN_VALUES.source,
  alertVerdicts: KNOWN_VALUES.verdict,
  riskCategories: KNOWN_VALUES.riskCategory,
  responseStatuses: KNOWN_VALUES.responseStatus,
  sortBy: KNOWN_VALUES.sortBy,
} as const satisfies Partial<Record<HistoryFilterKey, readonly string[]>>;

/** Logs (once per client and value) each filter value outside its known set, nearest known value named. */
export function warnUnknownFilterValues(client: IntezerClient, query: AlertsHistoryQuery): void {
  for (const [key, known] of Object.entries(OPEN_VALUE_SETS)) warnUnknownValues(client, key, query[key as keyof typeof OPEN_VALUE_SETS], known);
}

/** One of a closed set (the document's enum), or InvalidArgumentError naming the nearest. */
function oneOf<T extends string>(name: string, v: unknown, allowed: readonly T[]): T {
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  const near = typeof v === 'string' ? suggestion(v, allowed) : '';
  throw new InvalidArgumentError(`${name} must be one of ${allowed.join(', ')}${near.startsWith(' (did') ? near : ''}`);
}

function epochSeconds(name: string, v: unknown): number {
  if (!(v instanceof Date) || Number.isNaN(v.getTime())) throw new InvalidArgumentError(`${name} must be a valid Date`);
  return v.getTime() / 1000;
}

export function integerIn(name: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max === Number.MAX_SAFE_INTEGER ? '∞' : max}`);
  }
  return v;
}

/** Validates and maps the filters; `offset` and `limit` are returned apart for paging. */
export function toWireFilters(query: AlertsHistoryQuery & { client?: unknown }): {
  filters: Omit<AlertsHistoryWireFilters, 'offset' | 'limit'>;
  offset: number;
  limit: number;
} {
  if (query === null || typeof query !== 'object') throw new InvalidArgumentError('filters must be an object');
  const wire: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const filter = BY_KEY.get(key);
    if (filter?.kind === 'list') wire[filter.wire] = stringList(key, value, true);
    else if (filter?.kind === 'string') {
      if (typeof value !== 'string') throw new InvalidArgumentError(`${key} must be a string`);
      wire[filter.wire] = value;
    } else if (!OTHER_KEYS.has(key)) throw new InvalidArgumentError(`Unknown history filter: ${key}${suggestion(key, [...BY_KEY.keys(), ...OTHER_KEYS])}`);
  }
  if (query.startTime !== undefined) wire.start_time = epochSeconds('startTime', query.startTime);
  if (query.endTime !== undefined) wire.end_time = epochSeconds('endTime', query.endTime);
  if (typeof wire.start_time === 'number' && typeof wire.end_time === 'number' && wire.start_time > wire.end_time) {
    throw new InvalidArgumentError('startTime is after endTime');
  }
  if (query.isMitigated !== undefined) {
    if (typeof query.isMitigated !== 'boolean') throw new InvalidArgumentError('isMitigated must be a boolean');
    wire.is_mitigated = query.isMitigated;
  }
  // Closed sets in the document (the service refuses others): refused here, before any request.
  if (query.timeFilterType !== undefined) wire.time_filter_type = oneOf('timeFilterType', query.timeFilterType, TIME_FILTER_TYPES);
  if (query.sortOrder !== undefined) wire.sort_order = oneOf('sortOrder', query.sortOrder, SORT_ORDERS);
  const offset = query.offset === undefined ? 0 : integerIn('offset', query.offset, 0, Number.MAX_SAFE_INTEGER);
  const limit = query.limit === undefined ? 100 : integerIn('limit', query.limit, 1, 100);
  return { filters: wire as Omit<AlertsHistoryWireFilters, 'offset' | 'limit'>, offset, limit };
}
