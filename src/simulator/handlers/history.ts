/**
 * `POST /alerts/search`: the history search, over every alert (the body names no tenant).
 *
 * Filters applied: environments, sources, alert_verdicts, family_names, risk_categories,
 * exclude_alert_ids, file_hashes, start_time / end_time (epoch seconds, inclusive, on the creation
 * time, on the alert's update time for `alert_update_time`, or on the triage time for the other
 * `time_filter_type`s), free_text (case-insensitive
 * substring of the id, sender or email subject), email_sender / email_recipient / email_subject /
 * email_reported_by (substrings), email_message_id (exact); the device of an EDR/SIEM alert:
 * hostnames and usernames (case-insensitive), device_private_ips, device_external_ips, device_ids
 * (exact), ips (the device's addresses or an `ip` artifact), domains (a `domain` artifact,
 * case-insensitive); response_statuses; is_mitigated (no simulated alert is mitigated).
 * sort_by CREATION_TIME (default), ALERT_UPDATE_TIME or any of the triage-time keys; sort_order
 * desc (default) or asc; alerts sharing a time follow by alert id, then environment. Offsets are
 * positions in the result of this very request: an alert updated between two pages moves to the
 * end and the alerts after its old place shift down one (live offsets, as the service's).
 * process_commandlines, incident_ids, site_name and account_name are accepted and ignored (the
 * simulator models none of them). An alert still in triage has no verdict, family, response or
 * triage time, so those filters leave it out.
 */
import type { components } from '../../../generated/openapi.js';
import type { Call } from '../call.js';
import { ok, type Reply } from '../reply.js';
import { alertWire, responseStatus } from '../alert-wire.js';
import { isFinished } from '../render.js';
import type { SimAlert } from '../types.js';

type Filters = components['schemas']['AlertsHistoryFilters'];

const contains = (hay: string | null | undefined, needle: string) => !!hay && hay.toLowerCase().includes(needle.toLowerCase());

/** An alert's time for a filter or sort key: creation, its last update, or (for every triage-time key) when triage finished. */
function timeOf(a: SimAlert, key: string | undefined, now: number): number | undefined {
  const k = key?.toLowerCase();
  if (!k || k === 'creation_time') return a.createdAt;
  if (!isFinished(a, now)) return undefined;
  return k === 'alert_update_time' ? (a.updatedAt ?? a.triageDoneAt) : a.triageDoneAt;
}

const lower = (list: string[]) => list.map((s) => s.toLowerCase());

/** The device and artifact filters: each given list must hold one of the alert's values. */
function matchesDevice(a: SimAlert, f: Filters): boolean {
  const d = a.device;
  const artifacts = (type: string) => a.artifacts.filter((x) => x.type === type).map((x) => x.value);
  const anyOf = (list: string[] | undefined, values: (string | undefined)[]) => !list || values.some((v) => v !== undefined && list.includes(v));
  if (f.hostnames && !anyOf(lower(f.hostnames), [d?.hostname.toLowerCase()])) return false;
  if (f.usernames && !anyOf(lower(f.usernames), [d?.username?.toLowerCase()])) return false;
  if (!anyOf(f.device_private_ips, [d?.privateIp])) return false;
  if (!anyOf(f.device_external_ips, [d?.externalIp])) return false;
  if (!anyOf(f.device_ids, [d?.deviceId])) return false;
  if (!anyOf(f.ips, [d?.privateIp, d?.externalIp, ...artifacts('ip')])) return false;
  if (f.domains && !anyOf(lower(f.domains), lower(artifacts('domain')))) return false;
  return true;
}

const byIdThenEnvironment = (x: SimAlert, y: SimAlert): number =>
  x.alertId < y.alertId ? -1 : x.alertId > y.alertId ? 1 : x.environment < y.environment ? -1 : x.environment > y.environment ? 1 : 0;

function matches(a: SimAlert, f: Filters, now: number): boolean {
  const done = isFinished(a, now);
  const inList = (list: string[] | undefined, value: string | null | undefined) => !list || (done && value != null && list.includes(value));
  if (f.environments && !f.environments.includes(a.environment)) return false;
  if (f.sources && !f.sources.includes(a.source)) return false;
  if (f.exclude_alert_ids?.includes(a.alertId)) return false;
  if (f.file_hashes && !(a.sha256 && f.file_hashes.includes(a.sha256))) return false;
  if (!inList(f.alert_verdicts, a.triage.verdict)) return false;
  if (!inList(f.family_names, a.triage.familyName)) return false;
  if (!inList(f.risk_categories, a.triage.riskCategory)) return false;
  if (!inList(f.response_statuses, responseStatus(a))) return false;
  if (f.is_mitigated === true) return false;
  if (!matchesDevice(a, f)) return false;
  if (f.start_time !== undefined || f.end_time !== undefined) {
    const t = timeOf(a, f.time_filter_type, now);
    if (t === undefined) return false;
    if (f.start_time !== undefined && t < f.start_time * 1000) return false;
    if (f.end_time !== undefined && t > f.end_time * 1000) return false;
  }
  if (f.free_text !== undefined && !(contains(a.alertId, f.free_text) || contains(a.sender, f.free_text) || contains(a.email?.subject, f.free_text))) {
    return false;
  }
  if (f.email_sender !== undefined && !contains(a.email?.from, f.email_sender)) return false;
  if (f.email_recipient !== undefined && !contains(a.email?.to, f.email_recipient)) return false;
  if (f.email_subject !== undefined && !contains(a.email?.subject, f.email_subject)) return false;
  if (f.email_reported_by !== undefined && !contains(a.email?.reportedBy, f.email_reported_by)) return false;
  if (f.email_message_id !== undefined && a.email?.messageId !== f.email_message_id) return false;
  return true;
}

export function searchHistory({ body: f, now, state }: Call<'POST', '/alerts/search'>): Reply {
  const sortKey = f.sort_by?.[0];
  const sign = f.sort_order === 'asc' ? 1 : -1;
  const key = (a: SimAlert) => timeOf(a, sortKey, now) ?? Number.POSITIVE_INFINITY;
  const found = state.store
    .all()
    .filter((a) => matches(a, f, now))
    .sort((x, y) => sign * (key(x) - key(y) || byIdThenEnvironment(x, y)));
  const offset = f.offset ?? 0;
  const limit = f.limit ?? 100;
  const alerts = found.slice(offset, offset + limit).map((a) => alertWire(a, now, state.clock.render));
  return ok({ result: { alerts_count: found.length, alerts } });
}
