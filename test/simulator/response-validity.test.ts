import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { call, email, eventually, ingestForm, specProblems, useSimulator, type CallOptions, type WireResponse } from './wire.js';

let sim: Simulator;
let token: string;
const problems: string[] = [];
const seen = new Set<string>();

useSimulator({ seed: 12, triageMs: 40, analysisMs: 80, operationMs: 60 }, (s, t) => {
  sim = s;
  token = t;
});

/** Calls and checks the answer against responseSchemas[routeKey][status]. */
async function v(routeKey: string, path: string, opts: CallOptions = {}): Promise<WireResponse> {
  const method = routeKey.split(' ')[0]!;
  const res = await call(sim, method, path, { token, ...opts });
  const p = specProblems(routeKey, res);
  if (p) problems.push(p);
  seen.add(`${routeKey} ${res.status}`);
  return res;
}

describe('every answer the simulator writes is valid against the spec', () => {
  it('walks the scenarios of every route and validates each answer', async () => {
    // Token: 200, 401 (wrong key), 400 (malformed).
    await v('POST /get-access-token', '/get-access-token', { body: { api_key: sim.apiKey }, token: undefined });
    await v('POST /get-access-token', '/get-access-token', { body: { api_key: 'nope' }, token: undefined });
    await v('POST /get-access-token', '/get-access-token', { body: {}, token: undefined });

    // Ingest: 200, 400s, 401.
    const form = ingestForm(email('Sweep', 'malware inside https://bad.example/'), { environment: 'production', additional_info: '{"a":1}' });
    const ing = await v('POST /alerts/ingest/binary', '/alerts/ingest/binary', { raw: form.raw, headers: form.headers });
    const empty = ingestForm(Buffer.alloc(0));
    await v('POST /alerts/ingest/binary', '/alerts/ingest/binary', { raw: empty.raw, headers: empty.headers });
    await v('POST /alerts/ingest/binary', '/alerts/ingest/binary', { body: {} });
    await v('POST /alerts/ingest/binary', '/alerts/ingest/binary', { raw: form.raw, headers: form.headers, token: 'bad' });
    const id = ing.json.alert_id as string;

    // Get-by-id: in progress, then success; 404, 409, 400, 401.
    sim.addAlert({ alertId: 'dup', environment: 'production' });
    sim.addAlert({ alertId: 'dup', environment: 'staging' });
    sim.addAlert({ alertId: 'pending', inProgress: true });
    sim.addAlert({ alertId: 'quiet', notifyChannels: null });
    await v('GET /alerts/get-by-id', '/alerts/get-by-id', { body: { alert_id: id } });
    await v('GET /alerts/get-by-id', '/alerts/get-by-id', { body: { alert_id: 'pending' } });
    const done = await eventually(async () => {
      const r = await v('GET /alerts/get-by-id', '/alerts/get-by-id', { body: { alert_id: id, environment: 'production' } });
      expect(r.json.status).toBe('success');
      return r.json.result;
    });
    await v('GET /alerts/get-by-id', '/alerts/get-by-id', { body: { alert_id: 'missing' } });
    await v('GET /alerts/get-by-id', '/alerts/get-by-id', { body: { alert_id: 'dup' } });
    await v('GET /alerts/get-by-id', '/alerts/get-by-id', { body: { nope: 1 } });
    await v('GET /alerts/get-by-id', '/alerts/get-by-id', { body: { alert_id: 'dup' }, token: 'bad' });

    // Search by ids and history: 200 (several shapes), 400.
    const all = sim.alerts().map((a) => a.alertId);
    await v('GET /alerts/search', '/alerts/search', { body: { alert_ids: all } });
    await v('GET /alerts/search', '/alerts/search', { body: { alert_ids: ['none'] } });
    await v('GET /alerts/search', '/alerts/search', { body: { alert_ids: [] } });
    await v('POST /alerts/search', '/alerts/search', { body: {} });
    await v('POST /alerts/search', '/alerts/search', {
      body: { sources: ['s1'], alert_verdicts: ['confirmed_threat'], sort_order: 'asc', offset: 2, limit: 3 },
    });
    await v('POST /alerts/search', '/alerts/search', { body: { limit: 1000 } });

    // Raw data: 200 (ingested, seeded; inline and as a link), 404, 400.
    await v('GET /alerts/{alert_id}/raw-data', `/alerts/${id}/raw-data`, { body: { environment: 'production', raw_data_type: 'raw_alert' } });
    const seeded = sim.alerts()[0]!;
    await v('GET /alerts/{alert_id}/raw-data', `/alerts/${seeded.alertId}/raw-data`, { body: { environment: seeded.environment, raw_data_type: 'raw_alert' } });
    sim.setRawDataForm('link');
    await v('GET /alerts/{alert_id}/raw-data', `/alerts/${seeded.alertId}/raw-data`, { body: { environment: seeded.environment, raw_data_type: 'raw_alert' } });
    sim.setRawDataForm('inline');
    await v('GET /alerts/{alert_id}/raw-data', '/alerts/none/raw-data', { body: { environment: 'production', raw_data_type: 'raw_alert' } });
    await v('GET /alerts/{alert_id}/raw-data', `/alerts/${id}/raw-data`, { body: { environment: 'production', raw_data_type: 'other' } });
    await v('GET /alerts/{alert_id}/raw-data', `/alerts/${id}/raw-data`, { body: {} });

    // Notify: 200 with and without a list, 409 (in triage, ambiguous), 404, 400.
    await v('POST /alerts/{alert_id}/notify', `/alerts/${id}/notify`, { body: { environment: 'production' } });
    await v('POST /alerts/{alert_id}/notify', '/alerts/quiet/notify');
    await v('POST /alerts/{alert_id}/notify', '/alerts/quiet/notify', { body: {} });
    await v('POST /alerts/{alert_id}/notify', '/alerts/pending/notify');
    await v('POST /alerts/{alert_id}/notify', '/alerts/dup/notify');
    await v('POST /alerts/{alert_id}/notify', '/alerts/none/notify');
    await v('POST /alerts/{alert_id}/notify', `/alerts/${id}/notify`, { body: { channel: 'x' } });

    // Analyses: 202, 200 succeeded, 200 failed, 404, for each kind.
    const kinds: [string, string, string][] = [
      ['GET /analyses/{analysis_id}', '/analyses', done.scans[0].file_analysis.analysis_id],
      ['GET /url/{analysis_id}', '/url', done.scans[1].url_analysis.analysis_id],
      ['GET /endpoint-analyses/{analysis_id}', '/endpoint-analyses', done.scans[2].endpoint_analysis.analysis_id],
    ];
    for (const [key, prefix, aid] of kinds) {
      sim.setAnalysis(aid, 'running');
      await v(key, `${prefix}/${aid}`);
      sim.setAnalysis(aid, 'succeeded');
      await v(key, `${prefix}/${aid}`);
      await v(key, `${prefix}/${aid}`, { body: {} });
      sim.setAnalysis(aid, 'failed');
      await v(key, `${prefix}/${aid}`);
      await v(key, `${prefix}/unknown`);
    }
    for (const a of sim.alerts().slice(0, 6)) {
      sim.setAnalysis(a.scans.url, 'succeeded');
      sim.setAnalysis(a.scans.endpoint, 'succeeded');
      sim.setAnalysis(a.scans.file, 'succeeded');
      await v('GET /url/{analysis_id}', `/url/${a.scans.url}`);
      await v('GET /endpoint-analyses/{analysis_id}', `/endpoint-analyses/${a.scans.endpoint}`);
      await v('GET /analyses/{analysis_id}', `/analyses/${a.scans.file}`);
    }

    // Delete and its operation: 200, 202, 200 succeeded, 404s, 400.
    const del = await v('DELETE /alerts/{alert_id}', `/alerts/${id}`, { body: { environment: 'production' } });
    await v('GET /{result_url}', del.json.result_url, { body: {} });
    await eventually(async () => expect((await v('GET /{result_url}', del.json.result_url)).status).toBe(200));
    await v('GET /{result_url}', '/delete-operation-none');
    await v('DELETE /alerts/{alert_id}', `/alerts/${id}`, { body: { environment: 'production' } });
    await v('DELETE /alerts/{alert_id}', '/alerts/dup', { body: {} });

    // Every fault status on every route, and the rate limiter's 429.
    const routes: [string, string, CallOptions][] = [];
    for (const [key, path, opts] of [
      ['POST /get-access-token', '/get-access-token', { body: { api_key: sim.apiKey } }],
      ['POST /alerts/ingest/binary', '/alerts/ingest/binary', { raw: form.raw, headers: form.headers }],
      ['GET /alerts/get-by-id', '/alerts/get-by-id', { body: { alert_id: 'dup' } }],
      ['GET /alerts/search', '/alerts/search', { body: { alert_ids: ['dup'] } }],
      ['POST /alerts/search', '/alerts/search', { body: {} }],
      ['GET /alerts/{alert_id}/raw-data', '/alerts/dup/raw-data', { body: { environment: 'staging', raw_data_type: 'raw_alert' } }],
      ['POST /alerts/{alert_id}/notify', '/alerts/dup/notify', { body: { environment: 'staging' } }],
      ['DELETE /alerts/{alert_id}', '/alerts/dup', { body: { environment: 'staging' } }],
      ['GET /{result_url}', del.json.result_url, {}],
      ['GET /analyses/{analysis_id}', '/analyses/x', {}],
      ['GET /url/{analysis_id}', '/url/x', {}],
      ['GET /endpoint-analyses/{analysis_id}', '/endpoint-analyses/x', {}],
    ] as [string, string, CallOptions][]) {
      routes.push([key, path, opts]);
      for (const status of [429, 500, 502, 503, 504] as const) {
        sim.inject(key, { kind: 'status', status, retryAfterSec: 1 });
        await v(key, path, opts);
      }
    }
    sim.rateLimit({ perSecond: 0 });
    for (const [key, path, opts] of routes) await v(key, path, opts);
    sim.rateLimit(null);

    expect(problems).toEqual([]);
    expect(seen.size).toBeGreaterThan(90);
  });

  it('the check itself catches a body off the spec, a status the spec lacks, and a non-JSON answer', () => {
    const json = { 'content-type': 'application/json' };
    expect(specProblems('GET /analyses/{analysis_id}', { status: 200, headers: json, text: '', json: { status: 'succeeded' } })).not.toBe('');
    expect(
      specProblems('GET /alerts/get-by-id', { status: 200, headers: json, text: '', json: { status: 'success', result: { alert_update_time: 'yesterday' } } }),
    ).not.toBe('');
    expect(specProblems('POST /get-access-token', { status: 404, headers: json, text: '', json: { error: 'x' } })).toMatch(/not in the spec/);
    expect(specProblems('POST /alerts/search', { status: 200, headers: { 'content-type': 'text/html' }, text: '', json: undefined })).toMatch(/content-type/);
  });
});
