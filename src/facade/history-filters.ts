/**
 * AlertsHistoryFilters (camelCase, Dates) → the wire's filter body (snake_case, epoch
 * seconds). Every key is checked before any request; an unknown key is refused rather than
 * silently dropped.
 */
import type { AlertsHistoryWireFilters } from '../client/endpoints.js';
import { InvalidArgumentError } from '../client/errors.js';
import { stringList } from './checks.js';

type StringListKey =
  | 'environments' | 'sources' | 'riskCategories' | 'alertVerdicts' | 'familyNames' | 'responseStatuses'
  | 'hostnames' | 'excludeAlertIds' | 'usernames' | 'fileHashes' | 'processCommandlines' | 'sortBy'
  | 'devicePrivateIps' | 'deviceExternalIps' | 'deviceIds' | 'ips' | 'domains' | 'incidentIds';
type StringKey =
  | 'freeText' | 'siteName' | 'accountName' | 'emailSender' | 'emailRecipient' | 'emailSubject'
  | 'emailCc' | 'emailBcc' | 'emailMessageId' | 'emailReportedBy';

export const TIME_FILTER_TYPES = ['creation_time', 'triage_time', 'triage_change_time', 'triage_or_triage_change_time', 'alert_update_time'] as const;

export type AlertsHistoryQuery = { [K in StringListKey]?: string[] } & { [K in StringKey]?: string } & {
  startTime?: Date;
  endTime?: Date;
  /** Default 0. */
  offset?: number;
  /** Page size, 1..100, default 100. */
  limit?: number;
  isMitigated?: boolean;
  timeFilterType?: (typeof TIME_FILTER_TYPES)[number];
  sortOrder?: 'asc' | 'desc';
};

const LISTS: Record<StringListKey, keyof AlertsHistoryWireFilters> = {
  environments: 'environments', sources: 'sources', riskCategories: 'risk_categories', alertVerdicts: 'alert_verdicts',
  familyNames: 'family_names', responseStatuses: 'response_statuses', hostnames: 'hostnames', excludeAlertIds: 'exclude_alert_ids',
  usernames: 'usernames', fileHashes: 'file_hashes', processCommandlines: 'process_commandlines', sortBy: 'sort_by',
  devicePrivateIps: 'device_private_ips', deviceExternalIps: 'device_external_ips', deviceIds: 'device_ids', ips: 'ips',
  domains: 'domains', incidentIds: 'incident_ids',
};
const STRINGS: Record<StringKey, keyof AlertsHistoryWireFilters> = {
  freeText: 'free_text', siteName: 'site_name', accountName: 'account_name', emailSender: 'email_sender',
  emailRecipient: 'email_recipient', emailSubject: 'email_subject', emailCc: 'email_cc', emailBcc: 'email_bcc',
  emailMessageId: 'email_message_id', emailReportedBy: 'email_reported_by',
};
const OTHER_KEYS = new Set(['startTime', 'endTime', 'offset', 'limit', 'isMitigated', 'timeFilterType', 'sortOrder', 'client']);

function epochSeconds(name: string, v: unknown): number {
  if (!(v instanceof Date) || Number.isNaN(v.getTime())) throw new InvalidArgumentError(`${name} must be a valid Date`);
  return v.getTime() / 1000;
}

function integerIn(name: string, v: unknown, min: number, max: number): number {
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
    if (key in LISTS) wire[LISTS[key as StringListKey]] = stringList(key, value, true);
    else if (key in STRINGS) {
      if (typeof value !== 'string') throw new InvalidArgumentError(`${key} must be a string`);
      wire[STRINGS[key as StringKey]] = value;
    } else if (!OTHER_KEYS.has(key)) throw new InvalidArgumentError(`Unknown history filter: ${key}`);
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
  if (query.timeFilterType !== undefined) {
    if (!TIME_FILTER_TYPES.includes(query.timeFilterType)) throw new InvalidArgumentError(`timeFilterType must be one of ${TIME_FILTER_TYPES.join(', ')}`);
    wire.time_filter_type = query.timeFilterType;
  }
  if (query.sortOrder !== undefined) {
    if (query.sortOrder !== 'asc' && query.sortOrder !== 'desc') throw new InvalidArgumentError("sortOrder must be 'asc' or 'desc'");
    wire.sort_order = query.sortOrder;
  }
  const offset = query.offset === undefined ? 0 : integerIn('offset', query.offset, 0, Number.MAX_SAFE_INTEGER);
  const limit = query.limit === undefined ? 100 : integerIn('limit', query.limit, 1, 100);
  return { filters: wire as Omit<AlertsHistoryWireFilters, 'offset' | 'limit'>, offset, limit };
}
