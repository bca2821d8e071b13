/** Wire forms: analysis reports, alert status, and the two date styles the service uses. */
import type { SimAlert, AnalysisRecord } from './types.js';

const isoMemo = new Map<number, string>();

/** ISO 8601 with a `+00:00` offset, whole seconds: `2026-04-29T12:34:56+00:00`. Memoized: alert times are read again and again. */
export function isoDate(ms: number): string {
  let iso = isoMemo.get(ms);
  if (iso === undefined) {
    if (isoMemo.size >= 50_000) isoMemo.clear();
    iso = `${new Date(ms).toISOString().slice(0, 19)}+00:00`;
    isoMemo.set(ms, iso);
  }
  return iso;
}

/** RFC 1123: `Sun, 04 Aug 2019 09:38:16 GMT`. */
function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

export function isFinished(a: SimAlert, now: number): boolean {
  return now >= a.triageDoneAt;
}

export function alertStatus(a: SimAlert, now: number): string {
  return isFinished(a, now) ? a.finishedStatus : a.pendingStatus;
}

/** The `result` of a finished analysis, by kind. */
export function reportWire(an: AnalysisRecord): Record<string, unknown> {
  const base = {
    analysis_id: an.analysisId,
    analysis_time: httpDate(an.readyAt),
    verdict: an.verdict,
    sub_verdict: an.subVerdict,
  };
  switch (an.kind) {
    case 'file':
      return {
        ...base,
        analysis_url: `https://analyze.intezer.com/analyses/${an.analysisId}`,
        family_name: an.familyName,
        is_private: true,
        sha256: an.sha256 ?? null,
      };
    case 'url': {
      const url = an.url ?? 'https://example.com/';
      let domain = 'example.com';
      try {
        domain = new URL(url).hostname;
      } catch {
        /* keep the default */
      }
      return {
        ...base,
        submitted_url: url,
        scanned_url: url,
        domain_info: { domain_name: domain },
        summary: { title: an.subVerdict, verdict_type: an.verdict, verdict_name: an.subVerdict },
      };
    }
    case 'endpoint':
      return {
        ...base,
        computer_name: `WS-${an.analysisId.slice(0, 4).toUpperCase()}`,
        scan_start_time: httpDate(an.createdAt),
        scan_end_time: httpDate(an.readyAt),
        scan_status: 'done',
        families: an.familyName ? [{ family_name: an.familyName }] : [],
      };
  }
}
