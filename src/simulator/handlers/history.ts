/**
 * `POST /alerts/search`: the history search, over every alert (the body names no tenant).
 *
 * Filters applied: environments, sources, alert_verdicts, family_names, risk_categories,
 * exclude_alert_ids, file_hashes, start_time / end_time (epoch seconds, inclusive, on the creation
 * time, or on the triage time for the other `time_filter_type`s), free_text (case-insensitive
 * substring of the id, sender or email subject), email_sender / email_recipient / email_subject /
 * email_reported_by (substrings), email_message_id (exact). sort_by CREATION_TIME (default) or any
 * of the triage-time keys; sort_order desc (default) or asc. Other filters are accepted and ignored.
 * An alert still in triage has no verdict, family or triage time, so those filters leave it out.
 */
import type { components } from '../../../generated/openapi.js';
import type { Call } from '../call.js';
import { ok, type Reply } from '../reply.js';
import { alertWire } from '../alert-wire.js';
import { isFinished } from '../render.js';
import type { SimAlert } from '../types.js';

type Filters = components['schemas']['AlertsHistoryFilters'];

const contains = (hay: string | null | undefined, needle: string) => !!hay && hay.toLowerCase().includes(needle.toLowerCase());

/** An alert's time for a filter or sort key: creation, or (for every triage-time key) when triage finished. */
function timeOf(a: SimAlert, key: string | undefined, now: number): number | undefined {
  if (!key || key.toLowerCase() === 'creation_time') return a.createdAt;
  return isFinished(a, now) ? a.triageDoneAt : undefined;
}

function matches(a: SimAlert, f: Filters, now: number): boolean {
  const done = isFinished(a, now);
  const inList = (list: string[] | undefined, value: string | null | undefined) =>
    !list || (done && value != null && list.includes(value));
  if (f.environments && !f.environments.includes(a.environment)) return false;
  if (f.sources && !f.sources.includes(a.source)) return false;
  if (f.exclude_alert_ids?.includes(a.alertId)) return false;
  if (f.file_hashes && !(a.sha256 && f.file_hashes.includes(a.sha256))) return false;
  if (!inList(f.alert_verdicts, a.triage.verdict)) return false;
  if (!inList(f.family_names, a.triage.familyName)) return false;
  if (!inList(f.risk_categories, a.triage.riskCategory)) return false;
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
    .sort((x, y) => sign * (key(x) - key(y) || (x.alertId < y.alertId ? -1 : x.alertId > y.alertId ? 1 : 0)));
  const offset = f.offset ?? 0;
  const limit = f.limit ?? 100;
  const alerts = found.slice(offset, offset + limit).map((a) => alertWire(a, now));
  return ok({ result: { alerts_count: found.length, alerts } });
}
