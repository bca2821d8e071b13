/**
 * One facade call per spec operation: the public API a user would call to reach it, with
 * every optional field filled so that Prism validates as much of the request as there is.
 * The error-status and dynamic-mode tests are generated from these and the spec.
 */
import { expect } from 'vitest';
import {
  Alert,
  AlertInProgressError,
  AnalysisFailedError,
  AnalysisStatusCode,
  AnalysisStillRunningError,
  AlertStatusCode,
  EndpointAnalysis,
  FileAnalysis,
  IntezerClient,
  Operation,
  UrlAnalysis,
  getAlertsByAlertIds,
  queryAlertsHistory,
  type AlertsHistoryFilters,
  type Scan,
} from '../../../src/index.js';
import type { PreferMap } from './recorder.js';

export const ALERT_ID = '6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4';
export const OTHER_ALERT_ID = '0b9e8d7c6b5a49382716051423324150';
export const ENVIRONMENT = 'production';
export const FILE_ANALYSIS_ID = '8db9a401-a142-41be-9a31-8e5f3642db62';
export const URL_ANALYSIS_ID = '70d09f68-c7a3-43a3-a8de-07ec31fbf4ed';
export const ENDPOINT_ANALYSIS_ID = 'c6f5a2f1-3c1b-4b8e-9a55-0f5d3b2e7a10';
export const RAW_EMAIL = Buffer.from('From: reporter@example.com\r\nTo: soc@example.com\r\nSubject: Invoice\r\n\r\nPlease pay.\r\n');

/** Every optional part of the ingest form, so Prism checks each against BinaryAlertForm. */
export function sendPhishingEmail(client: IntezerClient): Promise<Alert> {
  return Alert.sendPhishingEmail({
    rawEmail: RAW_EMAIL,
    environment: ENVIRONMENT,
    defaultVerdict: 'confirmed_threat',
    alertSender: 'reporter@example.com',
    additionalInfo: { ticket: 'SOC-1', tags: ['phishing'] },
    zipPassword: 'infected',
    client,
  });
}

/** A SentinelOne-style detection: the raw alert of the JSON ingest. */
export const RAW_ALERT = {
  id: '1794305742960293713',
  threatInfo: { threatName: 'invoice.exe', sha256: '4e553bce90f0b39cd71ba633da5990259e185979c2859ec2e04dd8efcdafe356' },
  agentRealtimeInfo: { agentComputerName: 'WS-0231' },
};

/** Every option of the JSON ingest, so Prism checks each field against AlertIngestRequest. */
export function sendAlert(client: IntezerClient): Promise<Alert> {
  return Alert.send({
    rawAlert: RAW_ALERT,
    source: 's1',
    alertMapping: { alert_id: 'id', hostname: 'agentRealtimeInfo.agentComputerName' },
    environment: ENVIRONMENT,
    displayFields: ['threatInfo.threatName', 'agentRealtimeInfo.agentComputerName'],
    defaultVerdict: 'suspicious_behavior',
    alertSender: 'edr-forwarder@example.com',
    client,
  });
}

/** Every history filter, so Prism checks each name and type against AlertsHistoryFilters. */
export function everyHistoryFilter(client: IntezerClient, page: { offset?: number; limit?: number } = {}): AlertsHistoryFilters {
  return {
    startTime: new Date('2026-04-24T00:00:00Z'),
    endTime: new Date('2026-05-01T00:00:00.5Z'),
    ...page,
    environments: [ENVIRONMENT],
    sources: ['s1', 'phishing_emails'],
    riskCategories: ['malware'],
    alertVerdicts: ['confirmed_threat'],
    familyNames: ['Agent Tesla'],
    responseStatuses: ['no_response'],
    hostnames: ['WS-0231'],
    excludeAlertIds: [OTHER_ALERT_ID],
    usernames: ['alice'],
    fileHashes: ['4e553bce90f0b39cd71ba633da5990259e185979c2859ec2e04dd8efcdafe356'],
    processCommandlines: ['invoice.exe /q'],
    devicePrivateIps: ['10.0.0.7'],
    deviceExternalIps: ['203.0.113.7'],
    deviceIds: ['dev-1'],
    ips: ['198.51.100.1'],
    domains: ['login-microsoftonline.example'],
    incidentIds: ['inc-1'],
    sortBy: ['CREATION_TIME', 'ALERT_UPDATE_TIME'],
    freeText: 'invoice',
    siteName: 'HQ',
    accountName: 'Example Corp',
    emailSender: 'attacker@example.net',
    emailRecipient: 'alice@example.com',
    emailSubject: 'Invoice',
    emailCc: 'bob@example.com',
    emailBcc: 'carol@example.com',
    emailMessageId: '<1@example.net>',
    emailReportedBy: 'alice@example.com',
    isMitigated: false,
    timeFilterType: 'alert_update_time',
    sortOrder: 'desc',
    client,
  };
}

function knownAlert(client: IntezerClient): Alert {
  return new Alert({ alertId: ALERT_ID, environment: ENVIRONMENT, client });
}

export interface Driver {
  /** Preferences the call needs on the way to its operation (e.g. a finished alert before notify). */
  setup?: PreferMap;
  run(client: IntezerClient): Promise<unknown>;
  /** Asserts that a result is the typed value the facade promises (any answer the spec allows). */
  check(result: unknown): void;
}

const ALERT_STATUSES: string[] = Object.values(AlertStatusCode);
const ANALYSIS_STATUSES: string[] = Object.values(AnalysisStatusCode);

function optionalString(v: unknown): void {
  if (v !== undefined) expect(typeof v).toBe('string');
}

/** `justSent`: no status check yet, so the status is still unknown (docs/behaviour.md). */
export function checkAlert(alert: unknown, justSent = false): void {
  expect(alert).toBeInstanceOf(Alert);
  const a = alert as Alert;
  expect(typeof a.alertId).toBe('string');
  if (justSent) expect(a.status).toBeUndefined();
  else expect(ALERT_STATUSES).toContain(a.status);
  for (const v of [a.environment, a.verdict, a.familyName, a.source, a.sender, a.intezerAlertUrl]) optionalString(v);
  checkDate(a.alertUpdateTime);
}

/** Undefined, or a Date that holds a time (never an Invalid Date). */
function checkDate(d: unknown): void {
  if (d === undefined) return;
  expect(d).toBeInstanceOf(Date);
  expect(Number.isNaN((d as Date).getTime())).toBe(false);
}

function checkRecords(records: unknown): void {
  expect(Array.isArray(records)).toBe(true);
  for (const r of records as unknown[]) expect(typeof r === 'object' && r !== null).toBe(true);
}

/** A scan: null (no such analysis) or an analysis whose status and result() agree. */
export function checkScan(scan: unknown, cls: typeof FileAnalysis | typeof UrlAnalysis | typeof EndpointAnalysis): void {
  if (scan === null) return;
  expect(scan).toBeInstanceOf(cls);
  const s = scan as Scan;
  expect(ANALYSIS_STATUSES).toContain(s.status);
  optionalString(s.verdict);
  if (s instanceof FileAnalysis) checkDate(s.analysisTime);
  if (s instanceof UrlAnalysis) optionalString(s.submittedUrl);
  if (s instanceof EndpointAnalysis) [s.scanStartTime, s.scanEndTime].forEach(checkDate);
  if (s.status === AnalysisStatusCode.FINISHED) expect(typeof s.result()).toBe('object');
  else if (s.status === AnalysisStatusCode.FAILED) expect(() => s.result()).toThrow(AnalysisFailedError);
  else expect(() => s.result()).toThrow(AnalysisStillRunningError);
}

/** Keyed by "METHOD /path", exactly the spec's operations (a coverage test checks that). */
export const DRIVERS: Record<string, Driver> = {
  // The token exchange is implicit: any call of a fresh client makes it first.
  'POST /get-access-token': {
    run: (client) => getAlertsByAlertIds([ALERT_ID], { client }),
    check: (r) => checkRecords((r as { alerts: unknown }).alerts),
  },
  'POST /alerts/ingest/binary': {
    run: (client) => sendPhishingEmail(client),
    check: (r) => {
      // Just sent: nothing is known of the triage yet.
      checkAlert(r, true);
      expect((r as Alert).isRunning()).toBe(true);
      expect(() => (r as Alert).result()).toThrow(AlertInProgressError);
    },
  },
  'POST /alerts/ingest': {
    run: (client) => sendAlert(client),
    check: (r) => {
      checkAlert(r, true);
      expect((r as Alert).isRunning()).toBe(true);
    },
  },
  'GET /alerts/get-by-id': {
    run: (client) => Alert.fromId(ALERT_ID, { environment: ENVIRONMENT, raiseOnInProgress: false, fetchScans: true, client }),
    check: (r) => {
      checkAlert(r);
      const alert = r as Alert;
      // Finished, or in progress fetched with raiseOnInProgress: false: the record either way.
      expect(typeof alert.result()).toBe('object');
      // Scans are loaded once triage finished; scan types the SDK does not know are passed over.
      if (alert.status !== AlertStatusCode.FINISHED) expect(alert.scans).toEqual([]);
      for (const s of alert.scans) checkScan(s, s.constructor as typeof FileAnalysis);
    },
  },
  'GET /alerts/search': {
    run: (client) => getAlertsByAlertIds([ALERT_ID, OTHER_ALERT_ID], { environments: [ENVIRONMENT], client }),
    check: (r) => {
      const { count, alerts } = r as { count: number; alerts: unknown };
      expect(Number.isInteger(count)).toBe(true);
      checkRecords(alerts);
    },
  },
  'POST /alerts/search': {
    run: async (client) => {
      const history = queryAlertsHistory(everyHistoryFilter(client, { limit: 50 }));
      return { page: await history.currentPage(), total: history.totalCount };
    },
    check: (r) => {
      const { page, total } = r as { page: unknown; total: unknown };
      checkRecords(page);
      expect(Number.isInteger(total)).toBe(true);
    },
  },
  'GET /alerts/{alert_id}/raw-data': {
    run: (client) => knownAlert(client).getRawData({ rawDataType: 'raw_alert' }),
    check: (r) => expect(typeof r === 'object' && r !== null && !Array.isArray(r)).toBe(true),
  },
  'POST /alerts/{alert_id}/notify': {
    // notify() checks the status first; only a finished alert may be notified.
    setup: { 'GET /alerts/get-by-id': { example: 'finished' } },
    run: (client) => knownAlert(client).notify(),
    check: (r) => {
      expect(Array.isArray(r)).toBe(true);
      for (const c of r as unknown[]) expect(typeof c).toBe('string');
    },
  },
  'DELETE /alerts/{alert_id}': {
    run: (client) => knownAlert(client).delete(),
    check: (r) => {
      expect(r).toBeInstanceOf(Operation);
      expect(typeof (r as Operation).url).toBe('string');
    },
  },
  'GET /{result_url}': {
    // The operation a deletion returns, polled at its (opaque) result_url.
    run: async (client) => {
      const operation = await knownAlert(client).delete();
      return { done: await operation.checkStatus(), operation };
    },
    check: (r) => {
      const { done, operation } = r as { done: boolean; operation: Operation };
      expect(typeof done).toBe('boolean');
      expect(operation.status).toBe(done ? AnalysisStatusCode.FINISHED : AnalysisStatusCode.IN_PROGRESS);
    },
  },
  'GET /analyses/{analysis_id}': {
    run: (client) => FileAnalysis.fromAnalysisId(FILE_ANALYSIS_ID, { client }),
    check: (r) => checkScan(r, FileAnalysis),
  },
  'GET /url/{analysis_id}': {
    run: (client) => UrlAnalysis.fromAnalysisId(URL_ANALYSIS_ID, { client }),
    check: (r) => checkScan(r, UrlAnalysis),
  },
  'GET /endpoint-analyses/{analysis_id}': {
    run: (client) => EndpointAnalysis.fromAnalysisId(ENDPOINT_ANALYSIS_ID, { client }),
    check: (r) => checkScan(r, EndpointAnalysis),
  },
};

/** Settles a promise into a value or the error it rejected with. */
export async function settle<T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await p };
  } catch (error) {
    return { ok: false, error };
  }
}
