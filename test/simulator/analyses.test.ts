import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { call, email, eventually, ingest, useSimulator } from './wire.js';

let sim: Simulator;
let token: string;
useSimulator({ seed: 3, triageMs: 20, analysisMs: 500 }, (s, t) => {
  sim = s;
  token = t;
});

const RFC1123 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/;

describe('analyses behind the scans', () => {
  it('scans are done when triage is; each kind answers 202 in_progress while running, then 200 with its report', async () => {
    const id = (await ingest(sim, token, email('Invoice', 'see invoice.exe at https://evil.example/dl'))).json.alert_id;
    const alert = await eventually(async () => {
      const r = await call(sim, 'GET', '/alerts/get-by-id', { body: { alert_id: id }, token });
      expect(r.json.status).toBe('success');
      return r.json.result;
    });
    const [file, url, endpoint] = alert.scans;
    const paths = [
      `/analyses/${file.file_analysis.analysis_id}`,
      `/url/${url.url_analysis.analysis_id}`,
      `/endpoint-analyses/${endpoint.endpoint_analysis.analysis_id}`,
    ];
    // Triage reads its scans: once the alert is finished, they are done too.
    const done = await Promise.all(paths.map((p) => call(sim, 'GET', p, { token })));
    expect(done.map((r) => r.status)).toEqual([200, 200, 200]);
    const ids = [file.file_analysis.analysis_id, url.url_analysis.analysis_id, endpoint.endpoint_analysis.analysis_id];
    for (const analysisId of ids) sim.setAnalysis(analysisId, 'running');
    for (const p of paths) {
      const r = await call(sim, 'GET', p, { token });
      expect(r.status).toBe(202);
      expect(r.json).toEqual({ status: 'in_progress' });
    }
    for (const analysisId of ids) sim.setAnalysis(analysisId, 'succeeded');
    const [f, u, e] = (await Promise.all(paths.map((p) => call(sim, 'GET', p, { token })))).map((r) => {
      expect(r.status).toBe(200);
      return r.json;
    });
    expect(f).toMatchObject({
      status: 'succeeded',
      result: { analysis_id: file.file_analysis.analysis_id, verdict: 'malicious', sub_verdict: 'known_malicious', family_name: 'Agent Tesla' },
    });
    expect(f.result.analysis_time).toMatch(RFC1123);
    expect(u).toMatchObject({
      status: 'succeeded',
      result: { submitted_url: 'https://evil.example/dl', summary: { verdict_type: 'malicious', verdict_name: expect.any(String) } },
    });
    expect(u.result.analysis_time).toMatch(RFC1123);
    expect(e.result.scan_start_time).toMatch(RFC1123);
    expect(e.result.scan_end_time).toMatch(RFC1123);
    expect(e.result).toMatchObject({ verdict: 'malicious', sub_verdict: expect.any(String) });
  });

  it('answers 404 for an unknown id, and for an id asked on the wrong kind', async () => {
    expect((await call(sim, 'GET', '/analyses/nope', { token })).status).toBe(404);
    const a = sim.alerts()[0]!;
    expect((await call(sim, 'GET', `/url/${a.scans.file}`, { token })).status).toBe(404);
  });

  it('setAnalysis forces failed (200 {status: failed}), missing (404), running (202) and succeeded (200)', async () => {
    const a = sim.alerts()[1]!;
    const path = `/url/${a.scans.url}`;
    sim.setAnalysis(a.scans.url, 'failed');
    expect(await call(sim, 'GET', path, { token })).toMatchObject({ status: 200, json: { status: 'failed' } });
    sim.setAnalysis(a.scans.url, 'missing');
    expect((await call(sim, 'GET', path, { token })).status).toBe(404);
    sim.setAnalysis(a.scans.url, 'running');
    expect((await call(sim, 'GET', path, { token })).status).toBe(202);
    sim.setAnalysis(a.scans.url, 'succeeded');
    expect(await call(sim, 'GET', path, { token })).toMatchObject({ status: 200, json: { status: 'succeeded' } });
  });

  it('setAnalysis creates an analysis of the kind given for an unknown id', async () => {
    sim.setAnalysis('made-up', 'succeeded', 'endpoint');
    const r = await call(sim, 'GET', '/endpoint-analyses/made-up', { token });
    expect(r.status).toBe(200);
    expect(r.json.result.analysis_id).toBe('made-up');
  });
});
