/**
 * An alert as every tool answers it: get_alert's fields in wire names, each present (null when
 * the service did not send it), and its one-line summary for the text block.
 */
import type { AlertRecord, Scan } from '../index.js';

/** A field longer than this is cut (marked), so that one alert can never fill a result by itself. */
const MAX_FIELD_CHARS = 2_000;

export interface ScanFields {
  scan_type: string | null;
  analysis_id: string | null;
  status: string | null;
  verdict: string | null;
}

export interface AlertFields {
  alert_id: string;
  environment: string | null;
  status: string;
  verdict: string | null;
  family_name: string | null;
  risk_category: string | null;
  risk_level: string | null;
  source: string | null;
  sender: string | null;
  intezer_alert_url: string | null;
  alert_update_time: string | null;
  scans?: ScanFields[];
}

/** Scrubbed before it is cut: a cut through a secret would leave a part no later scrub finds. */
function text(v: unknown, scrub: (t: string) => string = (t) => t): string | null {
  if (typeof v !== 'string') return null;
  const clean = scrub(v);
  return clean.length > MAX_FIELD_CHARS ? `${clean.slice(0, MAX_FIELD_CHARS)}…[cut]` : clean;
}

/** `queued` reads as `in_progress`, as a status check reports it. */
function statusCode(status: string): string {
  return status === 'queued' ? 'in_progress' : status;
}

/**
 * A record of a list (search, by ids) carries no status of its own: triage has finished once
 * it holds a verdict.
 */
export function listedStatus(record: AlertRecord): string {
  return typeof record.triage_result?.alert_verdict === 'string' ? 'finished' : 'in_progress';
}

/** `scrub` takes the client's secrets out of each field (see scrub.ts). */
export function alertFields(record: Partial<AlertRecord>, alertId: string, status: string, scrub?: (t: string) => string): AlertFields {
  const triage = record.triage_result ?? undefined;
  return {
    alert_id: text(record.alert_id, scrub) ?? alertId,
    environment: text(record.environment, scrub),
    status: statusCode(status),
    verdict: text(triage?.alert_verdict, scrub),
    family_name: text(triage?.family_name, scrub),
    risk_category: text(triage?.risk_category, scrub),
    risk_level: text(triage?.risk_level, scrub),
    source: text(record.source, scrub),
    sender: text(record.sender, scrub),
    intezer_alert_url: text(record.intezer_alert_url, scrub),
    alert_update_time: text(record.alert_update_time, scrub),
  };
}

/**
 * One entry per scan of the record. File, URL and endpoint scans take their status and verdict
 * from the analysis loaded for them (null when it could not be found); an artifact scan carries
 * its verdict inline and has no analysis.
 */
export function scanFields(record: Partial<AlertRecord>, loaded: readonly Scan[]): ScanFields[] {
  const byId = new Map(loaded.map((s) => [s.analysisId, s]));
  return (record.scans ?? []).map((scan) => {
    const s = scan as Record<string, unknown>;
    const type = text(s.scan_type);
    const ref = type === null ? undefined : (s[`${type}_analysis`] as Record<string, unknown> | null | undefined);
    const analysisId = text(ref?.analysis_id);
    if (analysisId === null) {
      return { scan_type: type, analysis_id: null, status: ref ? 'finished' : null, verdict: text(ref?.verdict) };
    }
    const analysis = byId.get(analysisId);
    return { scan_type: type, analysis_id: analysisId, status: analysis?.status ?? null, verdict: analysis?.verdict ?? null };
  });
}

/** "id: finished, verdict confirmed_threat, risk high (critical), family X, source s1, env E, link URL". */
export function alertLine(a: AlertFields): string {
  const parts = [a.status];
  if (a.verdict !== null) parts.push(`verdict ${a.verdict}`);
  if (a.risk_category !== null || a.risk_level !== null) parts.push(`risk ${a.risk_category ?? '?'}${a.risk_level !== null ? ` (${a.risk_level})` : ''}`);
  if (a.family_name !== null) parts.push(`family ${a.family_name}`);
  if (a.source !== null) parts.push(`source ${a.source}`);
  if (a.environment !== null) parts.push(`environment ${a.environment}`);
  if (a.intezer_alert_url !== null) parts.push(`link ${a.intezer_alert_url}`);
  return `${a.alert_id}: ${parts.join(', ')}`;
}

/** The text block of one alert. */
export function alertSummary(a: AlertFields): string {
  const lines = [`Alert ${alertLine(a)}`];
  if (a.status === 'in_progress')
    lines.push('Triage is still running: these are the fields known so far; call get_alert again (with wait_seconds) for the verdict.');
  if (a.scans) lines.push(`${a.scans.length} scan(s): ${a.scans.map((s) => `${s.scan_type ?? '?'} ${s.verdict ?? s.status ?? '?'}`).join('; ')}`);
  return lines.join('\n');
}
