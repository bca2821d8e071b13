/**
 * The alert record as the service answers it: from the start, the source's own alert and the
 * names that go with it; once triage finished, the verdict, the response and the scans.
 */
import type { components } from '../../generated/openapi.js';
import type { DeviceInfo, SimAlert } from './types.js';
import { isFinished, isoDate } from './render.js';
import { display, triageResultWire } from './triage.js';

type Wire = components['schemas'];

/** Display name and kind of each known source. */
const SOURCES: Record<string, { display: string; type: string }> = {
  s1: { display: 'SentinelOne', type: 'edr' },
  cs: { display: 'CrowdStrike', type: 'edr' },
  splunk_siem: { display: 'Splunk', type: 'siem' },
  microsoft_sentinel: { display: 'Microsoft Sentinel', type: 'siem' },
  xsoar: { display: 'Cortex XSOAR', type: 'soar' },
  phishing_emails: { display: 'Phishing Emails', type: 'email' },
};

/** Verdicts whose alerts are escalated; the others need no action. */
const ESCALATED = new Set(['confirmed_threat', 'likely_true_positive', 'suspicious_behavior']);

const sourceDisplay = (source: string) => SOURCES[source]?.display ?? display(source);

/** What the source called the alert: the email's subject, else the threat, else the source's name. */
export function alertTitle(a: SimAlert): string {
  return a.email?.subject ?? a.triage.threatName ?? `${sourceDisplay(a.source)} alert`;
}

function deviceWire(d: DeviceInfo): Wire['Device'] {
  return {
    hostname: d.hostname,
    os_type: d.osType ?? 'windows',
    ...(d.privateIp !== undefined && { private_ip: d.privateIp }),
    ...(d.externalIp !== undefined && { external_ip: d.externalIp }),
    ...(d.deviceId !== undefined && { device_id: d.deviceId }),
    ...(d.username !== undefined && { username: d.username }),
  };
}

function sourceAlert(a: SimAlert): Wire['SourceAlert'] {
  const edr = SOURCES[a.source]?.type === 'edr';
  return {
    alert_id: a.alertId,
    alert_title: alertTitle(a),
    alert_url: edr ? `https://console.example.com/${a.source}/alerts/${encodeURIComponent(a.alertId)}` : null,
    creation_time: isoDate(a.createdAt),
    severity: a.triage.riskLevel,
    severity_display: display(a.triage.riskLevel),
    is_mitigated: false,
    device: a.device ? deviceWire(a.device) : null,
  };
}

/** `response.status` once triage finished: `escalated`, or `no_action_needed`. */
export const responseStatus = (a: SimAlert): string => (ESCALATED.has(a.triage.verdict) ? 'escalated' : 'no_action_needed');

function response(a: SimAlert): Wire['AlertResponse'] {
  const status = responseStatus(a);
  const escalated = status === 'escalated';
  const recommended = a.email ? ['Delete the email from every mailbox', 'Block the sender'] : ['Isolate the device'];
  const { familyName } = a.triage;
  return {
    status,
    status_display: display(status),
    automated_response_actions: [],
    user_recommended_actions: escalated ? recommended : [],
    iocs: {
      files: a.sha256 && familyName ? [{ sha256: a.sha256, verdict: 'malicious', family: familyName }] : [],
      network: a.artifacts.map((x) => ({ ioc: x.value, type: x.type })),
    },
  };
}

function scans(a: SimAlert): Wire['Scan'][] {
  const collection_status = 'collected';
  return [
    { scan_type: 'file', collection_status, file_analysis: { analysis_id: a.scans.file } },
    { scan_type: 'url', collection_status, url_analysis: { analysis_id: a.scans.url } },
    { scan_type: 'endpoint', collection_status, endpoint_analysis: { analysis_id: a.scans.endpoint } },
    ...a.artifacts.map((x) => ({
      scan_type: 'artifact',
      collection_status,
      artifact_analysis: { artifact_type: x.type, artifact_value: x.value, verdict: x.verdict, family_name: x.familyName },
    })),
  ];
}

/** The alert as the service answers it: fields known so far while triage runs, everything once finished. */
export function alertWire(a: SimAlert, now: number): Wire['Alert'] {
  const wire: Wire['Alert'] = {
    ...a.extra,
    alert_id: a.alertId,
    environment: a.environment,
    source: a.source,
    source_display: sourceDisplay(a.source),
    source_type: SOURCES[a.source]?.type ?? null,
    sender: a.sender,
    intezer_alert_url: `https://analyze.intezer.com/alerts/${a.alertId}?environment=${encodeURIComponent(a.environment)}`,
    creation_time: isoDate(a.createdAt),
    note: a.note,
    alert: sourceAlert(a),
  };
  if (!isFinished(a, now)) return wire;
  wire.alert_update_time = isoDate(a.triageDoneAt);
  wire.triage_result = triageResultWire(a.triage);
  wire.response = response(a);
  wire.scans = scans(a);
  return wire;
}
