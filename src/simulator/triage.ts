/**
 * How the simulator decides a verdict, and what follows from it.
 *
 * Rules on the email text (case-insensitive), first match wins:
 *   1. contains "malware" or "invoice.exe" → confirmed_threat, family "Agent Tesla", risk malware/high
 *   2. contains "phish"                    → likely_true_positive, no family, risk phishing/medium
 *   3. contains "suspicious"               → suspicious_behavior, no family, risk suspicious_activity/medium
 *   4. contains "inconclusive"             → inconclusive, no family, risk unknown/low
 *   5. a `default_verdict` was sent        → that verdict, no family
 *   6. otherwise                           → false_positive, no family, risk no_threat/none
 */
import { createHash } from 'node:crypto';
import type { components } from '../../generated/openapi.js';
import type { ScanKind, TriageOutcome } from './types.js';

interface Profile {
  riskCategory: string;
  riskLevel: string;
  threatName: string | null;
  /** [verdict, sub_verdict] of each scan's analysis */
  scans: Record<ScanKind, [string, string]>;
}

const PROFILES: Record<string, Profile> = {
  confirmed_threat: {
    riskCategory: 'malware',
    riskLevel: 'high',
    threatName: null,
    scans: {
      file: ['malicious', 'known_malicious'],
      url: ['malicious', 'malware_distribution'],
      endpoint: ['malicious', 'known_malicious'],
    },
  },
  likely_true_positive: {
    riskCategory: 'phishing',
    riskLevel: 'medium',
    threatName: 'Phishing',
    scans: { file: ['suspicious', 'phishing'], url: ['malicious', 'phishing'], endpoint: ['no_threats', 'no_threats'] },
  },
  suspicious_behavior: {
    riskCategory: 'suspicious_activity',
    riskLevel: 'medium',
    threatName: 'Suspicious Activity',
    scans: {
      file: ['suspicious', 'suspicious_behavior'],
      url: ['suspicious', 'suspicious'],
      endpoint: ['suspicious', 'suspicious_behavior'],
    },
  },
  inconclusive: {
    riskCategory: 'unknown',
    riskLevel: 'low',
    threatName: null,
    scans: { file: ['unknown', 'unknown'], url: ['unknown', 'unknown'], endpoint: ['unknown', 'unknown'] },
  },
  false_positive: {
    riskCategory: 'no_threat',
    riskLevel: 'none',
    threatName: null,
    scans: { file: ['no_threats', 'no_threats'], url: ['no_threats', 'no_threats'], endpoint: ['no_threats', 'no_threats'] },
  },
};

const DISPLAY: Record<string, string> = {
  confirmed_threat: 'Confirmed Threat',
  likely_true_positive: 'Likely True Positive',
  suspicious_behavior: 'Suspicious Behavior',
  false_positive: 'False Positive',
  inconclusive: 'Inconclusive',
  no_threat: 'No Threat',
  suspicious_activity: 'Suspicious Activity',
};

/** `some_value` → its display name ("Some Value" when there is no known one). */
export function display(value: string): string {
  return (
    DISPLAY[value] ??
    value
      .split('_')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ')
  );
}

function profile(verdict: string): Profile {
  return PROFILES[verdict] ?? PROFILES.inconclusive!;
}

/** The whole outcome for a verdict (and family); unknown verdicts get the `inconclusive` risk profile. */
export function outcomeFor(verdict: string, familyName: string | null = null): TriageOutcome {
  const p = profile(verdict);
  return { verdict, familyName, riskCategory: p.riskCategory, riskLevel: p.riskLevel, threatName: familyName ?? p.threatName };
}

/** The verdict rules above, applied to a text. */
export function triageText(text: string, defaultVerdict?: string): TriageOutcome {
  const t = text.toLowerCase();
  if (t.includes('malware') || t.includes('invoice.exe')) return outcomeFor('confirmed_threat', 'Agent Tesla');
  if (t.includes('phish')) return outcomeFor('likely_true_positive');
  if (t.includes('suspicious')) return outcomeFor('suspicious_behavior');
  if (t.includes('inconclusive')) return outcomeFor('inconclusive');
  return outcomeFor(defaultVerdict || 'false_positive');
}

/** The [verdict, sub_verdict] of a scan's analysis for this outcome. */
export function scanVerdict(outcome: TriageOutcome, kind: ScanKind): [string, string] {
  return profile(outcome.verdict).scans[kind];
}

const familyIds = new Map<string, string>();

/** A stable UUID-shaped id for a family name. */
function familyId(name: string): string {
  let id = familyIds.get(name);
  if (!id) {
    const h = createHash('sha256').update(`family:${name}`).digest('hex');
    id = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
    familyIds.set(name, id);
  }
  return id;
}

const RISK_SCORES: Record<string, number> = { high: 90, medium: 60, low: 30, none: 0 };

/** The ATT&CK technique reported for threats: the user ran what the alert carried. */
const USER_EXECUTION = { tactic: 'Execution', tactic_id: 'TA0002', technique: 'User Execution', technique_id: 'T1204', source: 'file' };
const REPORTS_TTPS = new Set(['confirmed_threat', 'likely_true_positive']);

/** The wire `triage_result`. */
export function triageResultWire(o: TriageOutcome): components['schemas']['TriageResult'] {
  const fid = o.familyName ? familyId(o.familyName) : null;
  return {
    alert_verdict: o.verdict,
    alert_verdict_display: display(o.verdict),
    family_name: o.familyName,
    family_id: fid,
    families: o.familyName ? [{ family_id: fid, family_name: o.familyName }] : [],
    risk_category: o.riskCategory,
    risk_category_display: display(o.riskCategory),
    risk_level: o.riskLevel,
    risk_level_display: display(o.riskLevel),
    risk_score: RISK_SCORES[o.riskLevel] ?? null,
    threat_name: o.threatName,
    ttps: REPORTS_TTPS.has(o.verdict) ? [{ ...USER_EXECUTION }] : [],
  };
}
