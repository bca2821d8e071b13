/**
 * Static Prism: every success answer the spec documents (each named example, each 2xx
 * status), reached through the facade, and the facade's typed result for it. Every request
 * the SDK makes on the way is validated by Prism against the spec (see helpers/recorder.ts).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  Alert,
  AlertInProgressError,
  AlertStatusCode,
  AnalysisFailedError,
  AnalysisStatusCode,
  AnalysisStillRunningError,
  EndpointAnalysis,
  FileAnalysis,
  OperationFailedError,
  OperationStillRunningError,
  UrlAnalysis,
  WaitTimeoutError,
  getAlertsByAlertIds,
  queryAlertsHistory,
} from '../../src/index.js';
import {
  ALERT_ID,
  ENDPOINT_ANALYSIS_ID,
  ENVIRONMENT,
  FILE_ANALYSIS_ID,
  OTHER_ALERT_ID,
  RAW_EMAIL,
  URL_ANALYSIS_ID,
  checkScan,
  RAW_ALERT,
  everyHistoryFilter,
  sendAlert,
  sendPhishingEmail,
} from './helpers/drivers.js';
import { usePrism } from './helpers/fixture.js';
import { listParts } from './helpers/multipart.js';
import { SPEC_OPERATIONS, responseKeys, specExample, specSchema } from './helpers/spec.js';

const fx = usePrism();

const GET_BY_ID = 'GET /alerts/get-by-id';
const OPERATION = 'GET /{result_url}';
const NOTIFY = 'POST /alerts/{alert_id}/notify';
const RAW_DATA = 'GET /alerts/{alert_id}/raw-data';
const ANALYSES = [
  { op: 'GET /analyses/{analysis_id}', cls: FileAnalysis, id: FILE_ANALYSIS_ID },
  { op: 'GET /url/{analysis_id}', cls: UrlAnalysis, id: URL_ANALYSIS_ID },
  { op: 'GET /endpoint-analyses/{analysis_id}', cls: EndpointAnalysis, id: ENDPOINT_ANALYSIS_ID },
] as const;

/** The `finished` example's alert record, as openapi.yaml has it. */
const FINISHED_RECORD = (specExample(GET_BY_ID, 200, 'finished') as { result: Record<string, unknown> }).result;

function exchangesOf(op: string) {
  return fx.recorder.exchanges.filter((e) => e.op === op);
}

describe('ingest: POST /alerts/ingest/binary', () => {
  it('sends the whole form (Prism validates names and values) and returns the example alert', async () => {
    const before = fx.recorder.exchanges.length;
    const alert = await sendPhishingEmail(fx.client());
    expect(alert).toBeInstanceOf(Alert);
    expect(alert.alertId).toBe(ALERT_ID);
    expect(alert.status, 'unknown until a status check').toBeUndefined();
    expect(alert.environment).toBe(ENVIRONMENT);

    const ingest = fx.recorder.exchanges.slice(before).find((e) => e.op === 'POST /alerts/ingest/binary')!;
    expect(ingest.multipartFixed).toBe(true);
    // What Prism does not check (it ignores additionalProperties on multipart, and order and
    // file names are beyond a schema): exactly the form's parts, in the order of
    // BinaryAlertForm (the wire's: fields first, file last), file named by its SHA-256.
    const parts = listParts(ingest.request.body as Uint8Array, ingest.request.headers['content-type']!);
    const formFields = Object.keys(specSchema('BinaryAlertForm').properties as object);
    expect(formFields.at(-1)).toBe('file');
    expect(parts.map((p) => p.name)).toEqual(formFields);
    const file = parts.at(-1)!;
    expect(file.filename).toBe(createHash('sha256').update(RAW_EMAIL).digest('hex'));
    expect(file.headers).not.toMatch(/content-type/i);
    expect(file.data.equals(RAW_EMAIL)).toBe(true);
    expect(JSON.parse(parts[5]!.data.toString('utf8'))).toEqual({ ticket: 'SOC-1', tags: ['phishing'] });
  });

  it('sends only the required parts when no option is given, and waits for triage', async () => {
    const alert = await Alert.sendPhishingEmail({ rawEmail: RAW_EMAIL, wait: true, timeoutMs: 5000, client: fx.client() });
    // The default get-by-id answer is the `finished` example.
    expect(alert.status).toBe(AlertStatusCode.FINISHED);
    expect(alert.verdict).toBe('confirmed_threat');
  });
});

describe('ingest: POST /alerts/ingest', () => {
  const INGEST_JSON = 'POST /alerts/ingest';
  const lastBody = () => JSON.parse(exchangesOf(INGEST_JSON).slice(-1)[0]!.request.body as string) as Record<string, unknown>;

  it('sends every field as JSON (Prism validates names and types) and returns the alert the service named', async () => {
    const alert = await sendAlert(fx.client({ tenantId: 'tenant-7' }));
    const { alert_id: id } = specExample(INGEST_JSON, 200) as { alert_id: string };
    expect(alert.alertId).toBe(id);
    expect(alert.status, 'unknown until a status check').toBeUndefined();
    expect(alert.environment).toBe(ENVIRONMENT);
    const body = lastBody();
    // Every field of AlertIngestRequest, display_fields as an array, and no tenant_id even with a tenant.
    expect(Object.keys(body).sort()).toEqual(Object.keys(specSchema('AlertIngestRequest').properties as object).sort());
    expect(body.alert).toEqual(RAW_ALERT);
    expect(body.display_fields).toEqual(['threatInfo.threatName', 'agentRealtimeInfo.agentComputerName']);
  });

  it('sends only the raw alert and its source when nothing else is given, and waits for triage', async () => {
    const alert = await Alert.send({ rawAlert: RAW_ALERT, source: 'microsoft_sentinel', wait: true, timeoutMs: 5000, client: fx.client() });
    expect(lastBody()).toEqual({ alert: RAW_ALERT, alert_source: 'microsoft_sentinel' });
    expect(alert.status).toBe(AlertStatusCode.FINISHED);
  });
});

describe('one alert: GET /alerts/get-by-id', () => {
  it('finished: every attribute, and fetchScans loads the three analyses', async () => {
    const alert = await Alert.fromId(ALERT_ID, {
      environment: ENVIRONMENT,
      fetchScans: true,
      client: fx.client({ prefer: { [GET_BY_ID]: { example: 'finished' } } }),
    });
    expect(alert.status).toBe(AlertStatusCode.FINISHED);
    expect(alert.isRunning()).toBe(false);
    expect(alert).toMatchObject({
      alertId: ALERT_ID,
      environment: 'production',
      verdict: 'confirmed_threat',
      familyName: 'Agent Tesla',
      source: 'phishing_emails',
      sender: 'soc@example.com',
      intezerAlertUrl: `https://analyze.intezer.com/alerts/${ALERT_ID}`,
    });
    expect(alert.alertUpdateTime).toEqual(new Date('2026-04-29T12:34:56Z'));
    expect(alert.result()).toEqual(FINISHED_RECORD);

    expect(alert.scans.map((s) => [s.constructor, s.analysisId, s.status, s.verdict])).toEqual([
      [FileAnalysis, FILE_ANALYSIS_ID, AnalysisStatusCode.FINISHED, 'malicious'],
      [UrlAnalysis, URL_ANALYSIS_ID, AnalysisStatusCode.FINISHED, 'malicious'],
      [EndpointAnalysis, ENDPOINT_ANALYSIS_ID, AnalysisStatusCode.FINISHED, 'malicious'],
    ]);
    const [file, url, endpoint] = alert.scans as [FileAnalysis, UrlAnalysis, EndpointAnalysis];
    expect(file.analysisTime).toEqual(new Date('2019-08-04T09:38:16Z'));
    expect(url.submittedUrl).toBe('https://login-microsoftonline.example/');
    expect(endpoint.scanStartTime).toEqual(new Date('2019-08-04T09:30:02Z'));
    expect(endpoint.scanEndTime).toEqual(new Date('2019-08-04T09:38:16Z'));

    expect(await alert.checkStatus()).toBe(AlertStatusCode.FINISHED);
  });

  it('inProgress: AlertInProgressError by default', async () => {
    const client = fx.client({ prefer: { [GET_BY_ID]: { example: 'inProgress' } } });
    const err = await Alert.fromId(ALERT_ID, { client }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AlertInProgressError);
    expect((err as AlertInProgressError).alertId).toBe(ALERT_ID);
  });

  it('inProgress with raiseOnInProgress: false: the fields known so far, no verdict, no scans', async () => {
    const client = fx.client({ prefer: { [GET_BY_ID]: { example: 'inProgress' } } });
    const before = fx.recorder.exchanges.length;
    const alert = await Alert.fromId(ALERT_ID, { raiseOnInProgress: false, fetchScans: true, client });
    expect(alert.status).toBe(AlertStatusCode.IN_PROGRESS);
    expect(alert.isRunning()).toBe(true);
    expect(alert.verdict).toBeUndefined();
    expect(alert.familyName).toBeUndefined();
    expect(alert).toMatchObject({ environment: 'production', source: 'phishing_emails', sender: 'soc@example.com' });
    expect(alert.result()).toMatchObject({ alert_id: ALERT_ID, environment: 'production' });
    expect(alert.scans).toEqual([]);
    await expect(alert.fetchScans()).rejects.toBeInstanceOf(AlertInProgressError);
    await expect(alert.notify()).rejects.toBeInstanceOf(AlertInProgressError);
    // Neither analyses nor notify were called for an alert still in triage.
    expect(fx.recorder.exchanges.slice(before).map((e) => e.op)).not.toContain(NOTIFY);
    expect(fx.recorder.exchanges.slice(before).some((e) => e.op?.includes('{analysis_id}'))).toBe(false);
  });

  it('inProgress with wait: WaitTimeoutError past timeoutMs', async () => {
    const client = fx.client({ prefer: { [GET_BY_ID]: { example: 'inProgress' } } });
    await expect(Alert.fromId(ALERT_ID, { wait: true, timeoutMs: 60, client })).rejects.toBeInstanceOf(WaitTimeoutError);
  });

  it('an alert whose analyses failed: the scans are loaded, result() throws AnalysisFailedError', async () => {
    const failed = Object.fromEntries(ANALYSES.map((a) => [a.op, { example: 'failed' }]));
    const alert = await Alert.fromId(ALERT_ID, { fetchScans: true, client: fx.client({ prefer: failed }) });
    expect(alert.scans.map((s) => s.status)).toEqual([AnalysisStatusCode.FAILED, AnalysisStatusCode.FAILED, AnalysisStatusCode.FAILED]);
    for (const s of alert.scans) expect(() => s.result()).toThrow(AnalysisFailedError);
  });
});

describe('many alerts', () => {
  it('getAlertsByAlertIds: GET /alerts/search with a JSON body', async () => {
    const found = await getAlertsByAlertIds([ALERT_ID, OTHER_ALERT_ID], { environments: [ENVIRONMENT], client: fx.client() });
    expect(found.count).toBe(1);
    expect(found.alerts).toHaveLength(1);
    expect(found).toEqual({ count: 1, alerts: [FINISHED_RECORD] });
  });

  it('queryAlertsHistory with every filter: currentPage, pages, all, iteration', async () => {
    const client = fx.client();
    const history = queryAlertsHistory(everyHistoryFilter(client, { offset: 0, limit: 100 }));
    expect(history.totalCount).toBeUndefined();
    const page = await history.currentPage();
    expect(page).toHaveLength(1);
    expect(page).toEqual([FINISHED_RECORD]);
    expect(history.totalCount).toBe(1);

    const pages: unknown[][] = [];
    for await (const p of history.pages()) pages.push(p);
    expect(pages).toEqual([page]);
    expect(await history.all()).toEqual(page);
    const iterated: unknown[] = [];
    for await (const a of history) iterated.push(a);
    expect(iterated).toEqual(page);

    const sent = JSON.parse(exchangesOf('POST /alerts/search').at(-1)!.request.body as string) as Record<string, unknown>;
    expect(sent).toMatchObject({ start_time: 1776988800, end_time: 1777593600.5, offset: 0, limit: 100, sort_order: 'desc' });
  });
});

describe('actions on one alert', () => {
  // `inline` carries the payload under `result`; `link` a pre-signed result_url that getRawData
  // hands over as is (following it is for a download call, without the Authorization header).
  it.each(['inline', 'link'])('getRawData, example %s: the whole JSON answer as the service sent it', async (example) => {
    const alert = new Alert({ alertId: ALERT_ID, environment: ENVIRONMENT, client: fx.client({ prefer: { [RAW_DATA]: { example } } }) });
    expect(await alert.getRawData()).toEqual(specExample(RAW_DATA, 200, example));
  });

  it.each(['notified', 'noChannels'])('notify, example %s: the channels (none when the list is absent)', async (example) => {
    const client = fx.client({ prefer: { [NOTIFY]: { example } } });
    const alert = await Alert.fromId(ALERT_ID, { client });
    const { notified_channels: channels = [] } = specExample(NOTIFY, 200, example) as { notified_channels?: string[] };
    expect(await alert.notify()).toEqual(channels);
    if (example === 'noChannels') expect(channels).toEqual([]);
  });

  it('notify without environment or tenant sends no body (NotifyRequest is optional)', async () => {
    const client = fx.client({ prefer: { [GET_BY_ID]: { example: 'finished' } } });
    const alert = new Alert({ alertId: ALERT_ID, client });
    // The status check learns the environment; the notify call then carries it.
    expect(await alert.notify()).toEqual(['email', 'slack']);
    expect(JSON.parse(exchangesOf(NOTIFY).at(-1)!.request.body as string)).toEqual({ environment: 'production' });
  });

  it('delete, operation succeeded: the Operation, its result, and waitForCompletion', async () => {
    const client = fx.client({ prefer: { [OPERATION]: { example: 'succeeded' } } });
    // No environment known: the alert's status is checked first, then the deletion carries it.
    const operation = await new Alert({ alertId: ALERT_ID, client }).delete();
    expect(operation.url).toBe('/delete-operation-3f2a9c1e');
    expect(operation.name).toBe('Delete Alert');
    expect(operation.status).toBe(AnalysisStatusCode.IN_PROGRESS);
    expect(await operation.checkStatus()).toBe(true);
    expect(operation.status).toBe(AnalysisStatusCode.FINISHED);
    expect(await operation.getResult()).toEqual((specExample(OPERATION, 200, 'succeeded') as { result: unknown }).result);

    const waited = await new Alert({ alertId: ALERT_ID, environment: ENVIRONMENT, client }).delete({ waitForCompletion: true, timeoutMs: 5000 });
    expect(waited.status).toBe(AnalysisStatusCode.FINISHED);
  });

  it('delete, operation failed: OperationFailedError with the service detail', async () => {
    const client = fx.client({ prefer: { [OPERATION]: { example: 'failed' } } });
    const operation = await new Alert({ alertId: ALERT_ID, environment: ENVIRONMENT, client }).delete();
    const err = await operation.checkStatus().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OperationFailedError);
    expect((err as OperationFailedError).detail).toBe((specExample(OPERATION, 200, 'failed') as { error: unknown }).error);
    expect(operation.status).toBe(AnalysisStatusCode.FAILED);
  });

  it('delete, operation still running (202): false, OperationStillRunningError, WaitTimeoutError', async () => {
    const client = fx.client({ prefer: { [OPERATION]: { code: 202 } } });
    const operation = await new Alert({ alertId: ALERT_ID, environment: ENVIRONMENT, client }).delete();
    expect(await operation.checkStatus()).toBe(false);
    await expect(operation.getResult()).rejects.toBeInstanceOf(OperationStillRunningError);
    await expect(operation.waitForCompletion({ intervalMs: 5, timeoutMs: 60 })).rejects.toBeInstanceOf(WaitTimeoutError);
  });
});

describe.each(ANALYSES)('analysis: $op', ({ op, cls, id }) => {
  it('succeeded: finished, with the report and verdict', async () => {
    const analysis = await cls.fromAnalysisId(id, { client: fx.client({ prefer: { [op]: { example: 'succeeded' } } }) });
    expect(analysis).toBeInstanceOf(cls);
    expect(analysis!.analysisId).toBe(id);
    expect(analysis!.status).toBe(AnalysisStatusCode.FINISHED);
    expect(analysis!.verdict).toBe('malicious');
    expect(analysis!.result()).toMatchObject({ analysis_id: id, verdict: 'malicious' });
    expect(await analysis!.checkStatus()).toBe(AnalysisStatusCode.FINISHED);
  });

  it('failed: status failed, result() throws AnalysisFailedError', async () => {
    const analysis = await cls.fromAnalysisId(id, { client: fx.client({ prefer: { [op]: { example: 'failed' } } }) });
    expect(analysis!.status).toBe(AnalysisStatusCode.FAILED);
    expect(() => analysis!.result()).toThrow(AnalysisFailedError);
    checkScan(analysis, cls);
  });

  it('202: running, result() throws AnalysisStillRunningError', async () => {
    const analysis = await cls.fromAnalysisId(id, { client: fx.client({ prefer: { [op]: { code: 202 } } }) });
    expect(analysis!.status).toBe(AnalysisStatusCode.IN_PROGRESS);
    expect(analysis!.isRunning()).toBe(true);
    expect(() => analysis!.result()).toThrow(AnalysisStillRunningError);
  });
});

describe('multi-tenant accounts', () => {
  it('tenant_id in the bodies of get-by-id, search-by-ids, raw-data and notify passes Prism', async () => {
    const client = fx.client({ tenantId: 'tenant-7' });
    const before = fx.recorder.exchanges.length;
    const alert = await Alert.fromId(ALERT_ID, { environment: ENVIRONMENT, client });
    await getAlertsByAlertIds([ALERT_ID], { client });
    await alert.getRawData();
    await alert.notify();
    const bodies = fx.recorder.exchanges
      .slice(before)
      .filter((e) => e.op !== 'POST /get-access-token')
      .map((e) => [e.op, (JSON.parse(e.request.body as string) as { tenant_id?: string }).tenant_id]);
    expect(bodies).toEqual([
      [GET_BY_ID, 'tenant-7'],
      ['GET /alerts/search', 'tenant-7'],
      ['GET /alerts/{alert_id}/raw-data', 'tenant-7'],
      [NOTIFY, 'tenant-7'],
    ]);
  });
});

describe('coverage', () => {
  it('every operation of openapi.yaml was called through the facade', () => {
    expect([...fx.recorder.operations()].sort()).toEqual([...SPEC_OPERATIONS]);
  });

  it('every documented success answer (each status < 400, each named example) was served and accepted', () => {
    const served = fx.recorder.servedResponses();
    expect(responseKeys((r) => r.status < 400).filter((k) => !served.has(k))).toEqual([]);
  });
});
