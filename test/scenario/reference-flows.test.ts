/**
 * Every snippet of the reference alerts module (seed-alerts-module.txt), in TypeScript, end
 * to end through the facade and the global client against the simulator. Outcomes are checked
 * against the simulator's own state: verdicts follow from the email text, ids and counts from
 * what it holds and what reached the wire.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  Alert,
  AlertInProgressError,
  AlertNotFoundError,
  AlertSource,
  AlertStatusCode,
  AlertVerdict,
  AnalysisStatusCode,
  EndpointAnalysis,
  FileAnalysis,
  UrlAnalysis,
  getAlertsByAlertIds,
  queryAlertsHistory,
  resetGlobalApi,
  setGlobalApi,
  type AlertRecord,
} from '../../src/index.js';
import { email, rejectionOf, sha256, since, useScenarioSim } from './helpers.js';

// Waits take up to ~2 s on a loaded machine: more room than the default 5 s per test.
vi.setConfig({ testTimeout: 20_000 });
// Triage of 400 ms: calls made right after an ingest find it still in progress.
const env = useScenarioSim({ seed: 200, triageMs: 400 });
let dir: string;

beforeAll(async () => {
  // api.set_global_api('<api_key>'): every call below uses the global client.
  setGlobalApi(env.clientOptions());
  dir = await mkdtemp(path.join(tmpdir(), 'scenario-eml-'));
});
afterAll(async () => {
  resetGlobalApi();
  await rm(dir, { recursive: true, force: true });
});

const INGEST = 'POST /alerts/ingest/binary';
const GET_BY_ID = 'GET /alerts/get-by-id';

/** The simulator's record of an alert id (there is one environment per ingested alert). */
function held(alertId: string) {
  return env.sim.alerts().find((a) => a.alertId === alertId);
}

describe('send a phishing email and wait', () => {
  it('a raw email stream (io.BytesIO) ends finished with the verdict and family its content earns', async () => {
    const raw = email('Invoice overdue: open invoice.exe');
    const wire = since(env.sim);
    const alert = await Alert.sendPhishingEmail({ rawEmail: Readable.from([raw]), wait: true });

    expect(alert.status).toBe(AlertStatusCode.FINISHED);
    expect(alert.verdict).toBe(AlertVerdict.CONFIRMED_THREAT);
    expect(alert.familyName).toBe('Agent Tesla');
    expect(alert.source).toBe(AlertSource.PHISHING_EMAILS);
    expect(alert.intezerAlertUrl).toContain(alert.alertId);
    // The simulator holds exactly this email once, under the id the caller got.
    expect(env.sim.ingestCount(sha256(raw))).toBe(1);
    expect(env.sim.ingests.find((i) => i.sha256 === sha256(raw))?.alertId).toBe(alert.alertId);
    const [ingest] = wire.calls(INGEST);
    expect(wire.calls(INGEST)).toHaveLength(1);
    expect(ingest!.parts!.at(-1)).toMatchObject({ name: 'file', filename: sha256(raw), sha256: sha256(raw) });
    // It waited: it polled while triage ran and again until it read the finished alert.
    const polls = wire.calls(GET_BY_ID);
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(polls[0]!.at).toBeLessThan(held(alert.alertId)!.triageDoneAt);
  });

  it('an email path is read and sent; "phish" in the text makes it likely_true_positive', async () => {
    const raw = email('Please verify your account (phish test)');
    const file = path.join(dir, 'reported.eml');
    await writeFile(file, raw);
    const alert = await Alert.sendPhishingEmail({ emailPath: file, alertSender: 'soc@corp.example', wait: true });
    expect(alert.verdict).toBe(AlertVerdict.LIKELY_TRUE_POSITIVE);
    expect(alert.familyName).toBeUndefined();
    expect(alert.sender).toBe('soc@corp.example');
    expect(env.sim.ingestCount(sha256(raw))).toBe(1);
  });
});

describe('fetch an alert by id', () => {
  it('fromId with wait and fetchScans waits out triage and loads the three scans the simulator created', async () => {
    const sent = await Alert.sendPhishingEmail({ rawEmail: email('suspicious attachment, see https://files.example/doc') });
    expect(sent.status, 'unknown until a status check').toBeUndefined();
    expect(sent.isRunning()).toBe(true);
    const alert = await Alert.fromId(sent.alertId, { wait: true, fetchScans: true });

    expect(alert.status).toBe(AlertStatusCode.FINISHED);
    expect(alert.verdict).toBe(AlertVerdict.SUSPICIOUS_BEHAVIOR);
    const scans = held(alert.alertId)!.scans;
    expect(alert.scans.map((s) => s.analysisId).sort()).toEqual([scans.file, scans.url, scans.endpoint].sort());
    expect(alert.scans.every((s) => s.status === AnalysisStatusCode.FINISHED)).toBe(true);
  });

  it('fromId without waiting: AlertInProgressError while triage runs, AlertNotFoundError for an unknown id', async () => {
    const running = env.sim.addAlert({ inProgress: true });
    const err = await rejectionOf(Alert.fromId(running.alertId, { wait: false }));
    expect(err).toBeInstanceOf(AlertInProgressError);
    expect((err as AlertInProgressError).alertId).toBe(running.alertId);
    await expect(Alert.fromId('0'.repeat(32))).rejects.toBeInstanceOf(AlertNotFoundError);
  });
});

describe('polling and waiting by hand', () => {
  it('checkStatus / isRunning / waitForCompletion / result drive the state machine to the triage payload', async () => {
    // Triage of 1.5 s, so the first check surely finds it running; the verdict follows from the text.
    const sent = env.sim.addAlert({ content: 'inconclusive report', triageMs: 1500 });
    const alert = new Alert({ alertId: sent.alertId });

    expect(await alert.checkStatus()).toBe(AlertStatusCode.IN_PROGRESS);
    expect(alert.isRunning()).toBe(true);
    expect(() => alert.result()).toThrow(AlertInProgressError);
    // While in progress the fields known so far are already there.
    expect(alert.environment).toBe('production');

    if (alert.isRunning()) await alert.waitForCompletion({ timeoutMs: 5 * 60_000 });
    expect(alert.isRunning()).toBe(false);
    const result = alert.result();
    expect(result.alert_id).toBe(sent.alertId);
    expect(result.triage_result?.alert_verdict).toBe(AlertVerdict.INCONCLUSIVE);
    expect(result.triage_result?.risk_category).toBe(sent.triage.riskCategory);
  });

  it('result() of an id the service does not know throws AlertNotFoundError after the status check', async () => {
    const alert = new Alert({ alertId: 'f'.repeat(32) });
    await expect(alert.checkStatus()).rejects.toBeInstanceOf(AlertNotFoundError);
    expect(alert.status).toBe(AlertStatusCode.NOT_FOUND);
    expect(alert.isRunning()).toBe(false);
    expect(() => alert.result()).toThrow(AlertNotFoundError);
  });
});

describe('underlying scans and raw data', () => {
  it('fetchScans yields one FileAnalysis, UrlAnalysis and EndpointAnalysis whose reports match the email', async () => {
    const raw = email('malware inside, click https://evil.example/login now');
    const alert = await Alert.sendPhishingEmail({ rawEmail: raw, wait: true });
    const wire = since(env.sim);
    await alert.fetchScans();

    const kinds: string[] = [];
    for (const scan of alert.scans) {
      if (scan instanceof FileAnalysis) {
        kinds.push('file');
        expect(scan.result().sha256).toBe(sha256(raw));
        expect(scan.verdict).toBe('malicious');
      } else if (scan instanceof UrlAnalysis) {
        kinds.push('url');
        expect(scan.result().submitted_url).toBe('https://evil.example/login');
        expect(scan.submittedUrl).toBe('https://evil.example/login');
      } else if (scan instanceof EndpointAnalysis) {
        kinds.push('endpoint');
        expect(scan.result().scan_start_time).toEqual(expect.any(String));
        expect(scan.scanEndTime).toBeInstanceOf(Date);
      }
    }
    expect(kinds.sort()).toEqual(['endpoint', 'file', 'url']);
    // One request per analysis, each at the path of its kind.
    const scans = held(alert.alertId)!.scans;
    expect(wire.calls('GET /analyses/{analysis_id}').map((r) => r.path)).toEqual([`/api/v2-0/analyses/${scans.file}`]);
    expect(wire.calls('GET /url/{analysis_id}').map((r) => r.path)).toEqual([`/api/v2-0/url/${scans.url}`]);
    expect(wire.calls('GET /endpoint-analyses/{analysis_id}').map((r) => r.path)).toEqual([`/api/v2-0/endpoint-analyses/${scans.endpoint}`]);
  });

  it('getRawData returns the ingested payload: the same bytes, hash and form fields', async () => {
    const raw = email('quarterly report');
    const alert = await Alert.sendPhishingEmail({ rawEmail: raw, additionalInfo: { ticket: 'INC-7' }, wait: true });
    const wire = since(env.sim);
    const body = await alert.getRawData();
    const payload = body.result as Record<string, any>;
    expect(payload.sha256).toBe(sha256(raw));
    expect(Buffer.from(payload.raw_email_base64, 'base64').equals(raw)).toBe(true);
    expect(payload.additional_info).toEqual({ ticket: 'INC-7' });
    expect(payload.fields.alert_source).toBe('phishing_emails');
    expect(wire.calls('GET /alerts/{alert_id}/raw-data').map((r) => r.body)).toEqual([{ environment: 'production', raw_data_type: 'raw_alert' }]);
  });
});

describe('notify and delete', () => {
  it('notify on a finished alert returns the channels and sends exactly one notify', async () => {
    const alert = await Alert.sendPhishingEmail({ rawEmail: email('phish to notify'), wait: true });
    const wire = since(env.sim);
    expect(await alert.notify()).toEqual(['email', 'slack']);
    expect(wire.labels('POST /alerts/{alert_id}/notify')).toEqual(['200']);
  });

  it('notify on an alert whose answer names no channels returns [] (seeded alert with notifyChannels null)', async () => {
    const quiet = env.sim.alerts().find((a) => a.notifyChannels === null && !a.tenantId)!;
    const alert = await Alert.fromId(quiet.alertId, { environment: quiet.environment });
    expect(await alert.notify()).toEqual([]);
  });

  it('notify before triage finished throws AlertInProgressError and sends no notify', async () => {
    const alert = await Alert.sendPhishingEmail({ rawEmail: email('not yet') });
    const wire = since(env.sim);
    await expect(alert.notify()).rejects.toBeInstanceOf(AlertInProgressError);
    expect(wire.calls('POST /alerts/{alert_id}/notify')).toHaveLength(0);
  });

  it('delete with waitForCompletion resolves once the operation succeeded and the alert is gone', async () => {
    const alert = await Alert.sendPhishingEmail({ rawEmail: email('delete me'), wait: true });
    const wire = since(env.sim);
    const operation = await alert.delete({ waitForCompletion: true });

    expect(operation.status).toBe(AnalysisStatusCode.FINISHED);
    expect(await operation.getResult()).toEqual({ deleted: true });
    expect(held(alert.alertId)).toBeUndefined();
    expect(wire.calls('DELETE /alerts/{alert_id}').map((r) => r.body)).toEqual([{ environment: 'production' }]);
    const polls = wire.calls('GET /{result_url}');
    expect(polls.length).toBeGreaterThanOrEqual(1);
    expect(polls.every((r) => r.path === `/api/v2-0${operation.url}`)).toBe(true);
    await expect(Alert.fromId(alert.alertId)).rejects.toBeInstanceOf(AlertNotFoundError);
  });
});

describe('bulk fetch by id', () => {
  it('getAlertsByAlertIds returns the known alerts of the list in one request; unknown ids are left out', async () => {
    const sent = await Promise.all(['one', 'two', 'three'].map((t) => Alert.sendPhishingEmail({ rawEmail: email(`bulk ${t}`), wait: true })));
    const ids = sent.map((a) => a.alertId);
    const wire = since(env.sim);
    const { count, alerts } = await getAlertsByAlertIds([...ids, 'e'.repeat(32)]);

    expect(count).toBe(3);
    expect(alerts.map((a) => a.alert_id).sort()).toEqual([...ids].sort());
    for (const a of alerts) expect(a.triage_result?.alert_verdict).toBe(AlertVerdict.FALSE_POSITIVE);
    expect(wire.calls('GET /alerts/search').map((r) => r.body)).toEqual([{ alert_ids: [...ids, 'e'.repeat(32)] }]);
  });
});

describe('search alert history', () => {
  const DAY = 86_400_000;

  it('startTime/endTime/sources/alertVerdicts select exactly what the simulator holds; for await and all() agree', async () => {
    const endTime = new Date();
    const startTime = new Date(endTime.getTime() - 7 * DAY);
    const sources = [AlertSource.SENTINEL_ONE, AlertSource.CROWDSTRIKE];
    const verdicts = [AlertVerdict.CONFIRMED_THREAT, AlertVerdict.LIKELY_TRUE_POSITIVE];
    const expected = env.sim
      .alerts()
      .filter(
        (a) =>
          a.createdAt >= startTime.getTime() &&
          a.createdAt <= endTime.getTime() &&
          sources.includes(a.source as (typeof sources)[number]) &&
          verdicts.includes(a.triage.verdict as (typeof verdicts)[number]) &&
          a.triageDoneAt <= Date.now(),
      )
      .map((a) => a.alertId);
    // The seed (200 alerts over 30 days) gives several matches: enough for pages of 3.
    expect(expected.length).toBeGreaterThan(3);

    const results = queryAlertsHistory({ startTime, endTime, sources, alertVerdicts: verdicts, limit: 3 });
    const wire = since(env.sim);
    const seen: AlertRecord[] = [];
    for await (const alert of results) seen.push(alert);
    const all = await results.all();

    expect(seen.map((a) => a.alert_id).sort()).toEqual([...expected].sort());
    expect(all.map((a) => a.alert_id)).toEqual(seen.map((a) => a.alert_id));
    expect(results.totalCount).toBe(expected.length);
    for (const a of seen) {
      expect(sources).toContain(a.source);
      expect(verdicts).toContain(a.triage_result?.alert_verdict);
    }
    // Newest first (the default order), no alert twice.
    // creation_time is not a field the document names: `in` reaches it (the types name only known fields).
    const times = seen.map((a) => Date.parse(String('creation_time' in a ? a.creation_time : undefined)));
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(new Set(seen.map((a) => a.alert_id)).size).toBe(seen.length);
    // Both walks sent the filters in wire form, one request per page, offsets 0, 3, 6, …
    const pages = Math.ceil(expected.length / 3);
    const searches = wire.calls('POST /alerts/search');
    expect(searches).toHaveLength(2 * pages);
    const offsets = Array.from({ length: pages }, (_, i) => i * 3);
    expect(searches.map((r) => (r.body as { offset: number }).offset)).toEqual([...offsets, ...offsets]);
    expect(searches[0]!.body).toEqual({
      start_time: startTime.getTime() / 1000,
      end_time: endTime.getTime() / 1000,
      sources,
      alert_verdicts: verdicts,
      offset: 0,
      limit: 3,
    });
  });
});
