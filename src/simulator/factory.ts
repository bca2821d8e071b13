/** Builds alert records (and the analyses behind their scans) from partial descriptions. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AlertInit, DeviceInfo, SimAlert, ScanKind } from './types.js';
import type { RecordStore } from './record-store.js';
import type { UpdateClock } from './update-clock.js';
import { outcomeFor, scanVerdict, triageText } from './triage.js';
import { isoDate } from './render.js';
import { alertTitle } from './alert-wire.js';

export interface BuildContext {
  store: RecordStore;
  now: number;
  analysisMs: number;
  clock: UpdateClock;
}

const SCAN_KINDS: readonly ScanKind[] = ['file', 'url', 'endpoint'];

export const SOURCE_SENDERS: Record<string, string> = {
  s1: 'SentinelOne',
  cs: 'CrowdStrike Falcon',
  splunk_siem: 'Splunk',
  microsoft_sentinel: 'Microsoft Sentinel',
  xsoar: 'Cortex XSOAR',
  phishing_emails: 'reporter@example.com',
};

const randomHexId = (): string => randomBytes(16).toString('hex');

/** The first http(s) URL in a text. */
function firstUrl(text: string): string | undefined {
  return /https?:\/\/[^\s"'<>]+/i.exec(text)?.[0];
}

/** A device derived from the alert id, for non-email alerts that do not name one: stable across runs. */
export function defaultDevice(alertId: string): DeviceInfo {
  const b = createHash('sha256').update(`device:${alertId}`).digest();
  return {
    hostname: `WS-${alertId.slice(0, 4).toUpperCase()}`,
    osType: 'windows',
    privateIp: `10.${b[0]}.${b[1]}.${(b[2]! % 254) + 1}`,
    externalIp: `203.0.113.${(b[3]! % 254) + 1}`,
    deviceId: `dev-${b.subarray(4, 10).toString('hex')}`,
    username: `user${b[10]! % 10}`,
  };
}

/** A raw payload for an alert that was not ingested through the simulator. */
function synthesizedRaw(a: SimAlert): unknown {
  return {
    source: a.source,
    alert: {
      id: a.alertId,
      title: alertTitle(a),
      severity: a.triage.riskLevel,
      threat_name: a.triage.threatName,
      detected_at: isoDate(a.createdAt),
      ...(a.email ? { email: a.email } : {}),
    },
  };
}

/** Fills every field an init leaves out, and creates the analyses its scans point to. */
export function buildAlert(init: AlertInit, ctx: BuildContext): SimAlert {
  const { now } = ctx;
  const source = init.source ?? 'phishing_emails';
  const createdAt = init.createdAt ?? now;
  const triage =
    init.triage ??
    (init.content !== undefined
      ? triageText(init.content)
      : outcomeFor(init.verdict ?? (init.familyName ? 'confirmed_threat' : 'false_positive'), init.familyName ?? null));
  const triageDoneAt = init.triageDoneAt ?? (init.triageMs !== undefined ? now + init.triageMs : init.inProgress ? Infinity : Math.min(createdAt, now));
  const scans = init.scans ?? { file: randomUUID(), url: randomUUID(), endpoint: randomUUID() };
  const alert: SimAlert = {
    alertId: init.alertId ?? randomHexId(),
    environment: init.environment ?? 'production',
    source,
    sender: init.sender !== undefined ? init.sender : (SOURCE_SENDERS[source] ?? null),
    createdAt,
    triageDoneAt,
    pendingStatus: init.pendingStatus ?? 'in_progress',
    finishedStatus: init.finishedStatus ?? 'success',
    triage,
    scans,
    artifacts: init.artifacts ?? [],
    note: init.note ?? null,
    rawData: init.rawData,
    notifyChannels: init.notifyChannels !== undefined ? init.notifyChannels : ['email', 'slack'],
    extra: init.extra ?? {},
  };
  if (init.tenantId !== undefined) alert.tenantId = init.tenantId;
  if (init.email) alert.email = init.email;
  // An email alert has no device; any other names one (given, or derived from its id).
  if (init.device) alert.device = init.device;
  else if (!init.email) alert.device = defaultDevice(alert.alertId);
  if (init.sha256) alert.sha256 = init.sha256;
  if (init.rawDataForm) alert.rawDataForm = init.rawDataForm;
  if (init.updatedAt !== undefined) alert.updatedAt = init.updatedAt;
  if (alert.rawData === undefined) alert.rawData = synthesizedRaw(alert);

  const url = firstUrl(init.content ?? '') ?? `https://${alert.alertId.slice(0, 8)}.example.com/`;
  for (const kind of SCAN_KINDS) {
    const id = scans[kind];
    if (ctx.store.analyses.has(id)) continue;
    const [verdict, subVerdict] = scanVerdict(triage, kind);
    ctx.store.addAnalysis({
      analysisId: id,
      kind,
      createdAt: now,
      // Triage reads its scans, so they are done by the time triage is.
      readyAt: Math.min(now + ctx.analysisMs, alert.triageDoneAt),
      verdict,
      subVerdict,
      familyName: triage.familyName,
      sha256: alert.sha256 ?? randomBytes(32).toString('hex'),
      url,
    });
  }
  ctx.clock.added(alert, now);
  return ctx.store.addAlert(alert);
}
