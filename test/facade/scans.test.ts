import { describe, expect, it } from 'vitest';
import {
  Alert,
  AlertInProgressError,
  AnalysisFailedError,
  AnalysisStatusCode,
  AnalysisStillRunningError,
  EndpointAnalysis,
  FileAnalysis,
  UrlAnalysis,
} from '../../src/index.js';
import { ALERT_ID, alertRecord } from '../helpers/answers.js';
import type { Reply } from '../helpers/wire-server.js';
import { finished, inProgress } from './alert-answers.js';
import { sequence, useFakeService } from './service.js';

const svc = useFakeService();
const GET_BY_ID = 'GET /alerts/get-by-id';
const report = (id: string, extra: object = {}) => ({
  json: { status: 'succeeded', result: { analysis_id: id, verdict: 'malicious', sub_verdict: 'x', ...extra } },
});

const scans = [
  { scan_type: 'file', file_analysis: { analysis_id: 'f-1' } },
  { scan_type: 'url', url_analysis: { analysis_id: 'u-1' } },
  { scan_type: 'endpoint', endpoint_analysis: { analysis_id: 'e-1' } },
  { scan_type: 'file', file_analysis: { analysis_id: 'f-missing' } },
  { scan_type: 'sandbox', sandbox_analysis: { analysis_id: 's-1' } },
];

/** Holds every analysis answer until `n` analysis requests are in flight at once. */
function barrier(n: number, answers: Record<string, Reply>) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return async (_req: unknown, params: Record<string, string>): Promise<Reply> => {
    if (++arrived === n) open();
    await Promise.race([opened, new Promise((r) => setTimeout(r, 2000))]);
    return answers[params.id!] ?? { status: 404, json: { error: 'Analysis was not found' } };
  };
}

describe('fetchScans', () => {
  it('loads file, URL and endpoint analyses concurrently and leaves out missing ones and unknown kinds', async () => {
    const answers = {
      'f-1': report('f-1', { analysis_time: 'Sun, 04 Aug 2019 09:38:16 GMT' }),
      'u-1': report('u-1', { submitted_url: 'https://x.example/', summary: { verdict_type: 'malicious', verdict_name: 'phishing' } }),
      'e-1': report('e-1', { scan_start_time: 'Sun, 04 Aug 2019 09:30:02 GMT', scan_end_time: 'Sun, 04 Aug 2019 09:38:16 GMT' }),
    };
    const gate = barrier(4, answers);
    svc.routes({
      [GET_BY_ID]: () => finished({ ...alertRecord, scans }),
      'GET /analyses/:id': gate,
      'GET /url/:id': gate,
      'GET /endpoint-analyses/:id': gate,
    });
    const alert = await Alert.fromId(ALERT_ID, { fetchScans: true, client: svc.client() });
    expect(alert.scans).toHaveLength(3);
    const [file, url, endpoint] = alert.scans;
    expect(file).toBeInstanceOf(FileAnalysis);
    expect(url).toBeInstanceOf(UrlAnalysis);
    expect(endpoint).toBeInstanceOf(EndpointAnalysis);
    expect(alert.scans.every((s) => s.status === AnalysisStatusCode.FINISHED && s.verdict === 'malicious')).toBe(true);
    expect((file as FileAnalysis).analysisTime).toEqual(new Date('2019-08-04T09:38:16Z'));
    expect((url as UrlAnalysis).submittedUrl).toBe('https://x.example/');
    expect((endpoint as EndpointAnalysis).scanEndTime).toEqual(new Date('2019-08-04T09:38:16Z'));
    expect(file!.result()).toMatchObject({ analysis_id: 'f-1' });
    // All four requests were in flight together: the barrier would have held a sequential walk 2 s.
    const analysisCalls = svc.server.calls().filter((r) => !r.url.includes('get-by-id'));
    expect(analysisCalls.map((r) => r.url).sort()).toEqual([
      '/api/v2-0/analyses/f-1',
      '/api/v2-0/analyses/f-missing',
      '/api/v2-0/endpoint-analyses/e-1',
      '/api/v2-0/url/u-1',
    ]);
    const spread = Math.max(...analysisCalls.map((r) => r.at)) - Math.min(...analysisCalls.map((r) => r.at));
    expect(spread).toBeLessThan(1000);
  });

  it('refuses an alert still in triage', async () => {
    svc.routes({ [GET_BY_ID]: () => inProgress() });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    await expect(alert.fetchScans()).rejects.toBeInstanceOf(AlertInProgressError);
  });
});

describe('FileAnalysis / UrlAnalysis / EndpointAnalysis', () => {
  it('fromAnalysisId is null when the analysis does not exist', async () => {
    svc.routes({ 'GET /url/:id': () => ({ status: 404, json: { error: 'Analysis was not found' } }) });
    expect(await UrlAnalysis.fromAnalysisId('nope', { client: svc.client() })).toBeNull();
  });

  it('a 202 is running: result() throws until waitForCompletion sees the 200', async () => {
    svc.routes({
      'GET /analyses/:id': sequence({ status: 202, json: { status: 'queued' } }, { status: 202, json: { status: 'in_progress' } }, report('f-1')),
    });
    const analysis = (await FileAnalysis.fromAnalysisId('f-1', { client: svc.client() }))!;
    expect(analysis.status).toBe(AnalysisStatusCode.QUEUED);
    expect(() => analysis.result()).toThrow(AnalysisStillRunningError);
    await analysis.waitForCompletion({ intervalMs: 5 });
    expect(analysis.status).toBe(AnalysisStatusCode.FINISHED);
    expect(analysis.verdict).toBe('malicious');
  });

  it('a failed analysis reads status failed and result() throws AnalysisFailedError', async () => {
    svc.routes({ 'GET /endpoint-analyses/:id': () => ({ json: { status: 'failed' } }) });
    const analysis = (await EndpointAnalysis.fromAnalysisId('e-1', { client: svc.client() }))!;
    expect(analysis.status).toBe(AnalysisStatusCode.FAILED);
    expect(() => analysis.result()).toThrow(AnalysisFailedError);
  });

  it('a status check reads any 202 as in_progress (queued included), as the official Python SDK does; the first read keeps the named status', async () => {
    svc.routes({
      'GET /url/:id': sequence(
        { status: 202, json: { status: 'queued' } },
        { status: 202, json: { status: 'queued' } },
        { status: 202, json: { status: 'created' } },
      ),
    });
    const analysis = (await UrlAnalysis.fromAnalysisId('u-1', { client: svc.client() }))!;
    expect(analysis.status).toBe(AnalysisStatusCode.QUEUED);
    expect(await analysis.checkStatus()).toBe(AnalysisStatusCode.IN_PROGRESS);
    expect(await analysis.checkStatus()).toBe(AnalysisStatusCode.IN_PROGRESS);
  });

  it('verdict is a plain property, set from the report and assignable', async () => {
    svc.routes({ 'GET /analyses/:id': () => report('f-2') });
    const analysis = (await FileAnalysis.fromAnalysisId('f-2', { client: svc.client() }))!;
    expect(analysis.verdict).toBe('malicious');
    analysis.verdict = 'trusted';
    expect(analysis.verdict).toBe('trusted');
    expect(JSON.parse(JSON.stringify(analysis)).verdict).toBe('trusted');
  });

  it('checkStatus refreshes a created analysis', async () => {
    svc.routes({ 'GET /analyses/:id': sequence({ status: 202, json: { status: 'created' } }, report('f-1')) });
    const analysis = (await FileAnalysis.fromAnalysisId('f-1', { client: svc.client() }))!;
    expect(analysis.status).toBe(AnalysisStatusCode.CREATED);
    expect(await analysis.checkStatus()).toBe(AnalysisStatusCode.FINISHED);
  });
});
