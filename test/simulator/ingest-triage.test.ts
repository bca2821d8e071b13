import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { call, email, eventually, ingest, sha256, useSimulator } from './wire.js';

let sim: Simulator;
let token: string;
useSimulator({ seed: 0, triageMs: 300, analysisMs: 50 }, (s, t) => {
  sim = s;
  token = t;
});

const getById = (alert_id: string, environment?: string) =>
  call(sim, 'GET', '/alerts/get-by-id', { body: { alert_id, ...(environment ? { environment } : {}) }, token });

describe('ingest and triage', () => {
  it('answers {result: true, alert_id} and records the email and its parts', async () => {
    const bytes = email('Quarterly report');
    const res = await ingest(sim, token, bytes, { environment: 'staging', alert_sender: 'soc@corp.example', additional_info: '{"ticket":"T-1"}' });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ result: true, alert_id: expect.any(String) });
    expect(sim.ingestCount(sha256(bytes))).toBe(1);
    const rec = sim.ingests.at(-1)!;
    expect(rec).toMatchObject({ alertId: res.json.alert_id, sha256: sha256(bytes), size: bytes.length });
    expect(rec.fields).toMatchObject({ alert_source: 'phishing_emails', environment: 'staging', additional_info: '{"ticket":"T-1"}' });
    const logged = sim.requests.at(-1)!;
    expect(logged.routeKey).toBe('POST /alerts/ingest/binary');
    expect(logged.parts!.map((p) => p.name)).toEqual(['alert_source', 'display_fields', 'environment', 'alert_sender', 'additional_info', 'file']);
    expect(logged.parts!.at(-1)).toMatchObject({ filename: sha256(bytes), sha256: sha256(bytes), size: bytes.length });
  });

  it('shows in_progress with the fields known so far, then success with verdict, update time and three scans', async () => {
    const res = await ingest(sim, token, email('Your invoice', 'Open invoice.exe now'), { environment: 'production', alert_sender: 'soc@corp.example' });
    const id = res.json.alert_id as string;
    const first = await getById(id);
    expect(first.status).toBe(200);
    expect(first.json.status).toBe('in_progress');
    expect(first.json.result).toMatchObject({ alert_id: id, environment: 'production', source: 'phishing_emails', sender: 'soc@corp.example' });
    expect(first.json.result.intezer_alert_url).toMatch(/^https:\/\//);
    expect(first.json.result).not.toHaveProperty('triage_result');
    expect(first.json.result).not.toHaveProperty('scans');

    const done = await eventually(async () => {
      const r = await getById(id);
      expect(r.json.status).toBe('success');
      return r.json.result;
    });
    expect(done.alert_update_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect(done.triage_result).toEqual({
      alert_verdict: 'confirmed_threat',
      alert_verdict_display: 'Confirmed Threat',
      family_name: 'Agent Tesla',
      family_id: expect.any(String),
      families: [{ family_id: done.triage_result.family_id, family_name: 'Agent Tesla' }],
      risk_category: 'malware',
      risk_category_display: 'Malware',
      risk_level: 'high',
      risk_level_display: 'High',
      risk_score: 90,
      threat_name: 'Agent Tesla',
      ttps: [{ tactic: 'Execution', tactic_id: 'TA0002', technique: 'User Execution', technique_id: 'T1204', source: 'file' }],
    });
    expect(done.scans.map((s: { scan_type: string }) => s.scan_type)).toEqual(['file', 'url', 'endpoint']);
    expect(done.scans[0].file_analysis.analysis_id).toEqual(expect.any(String));
    expect(done.scans[1].url_analysis.analysis_id).toEqual(expect.any(String));
    expect(done.scans[2].endpoint_analysis.analysis_id).toEqual(expect.any(String));
  });

  it.concurrent.each([
    ['malware in the body', 'Hi', 'this is malware', 'confirmed_threat', 'Agent Tesla'],
    ['"phish" in the subject', 'Phishing test', 'click https://login.example/', 'likely_true_positive', null],
    ['"suspicious" in the body', 'Hello', 'a suspicious macro', 'suspicious_behavior', null],
    ['nothing notable', 'Lunch', 'See you at noon', 'false_positive', null],
  ])('decides the verdict from the content: %s', async (_label, subject, body, verdict, family) => {
    const id = (await ingest(sim, token, email(subject, body))).json.alert_id as string;
    const r = await eventually(async () => {
      const x = await getById(id);
      expect(x.json.status).toBe('success');
      return x.json.result;
    });
    expect(r.triage_result.alert_verdict).toBe(verdict);
    expect(r.triage_result.family_name).toBe(family);
  });

  it('uses default_verdict when no rule matches', async () => {
    const id = (await ingest(sim, token, email('Plain'), { default_verdict: 'inconclusive' })).json.alert_id as string;
    const r = await eventually(async () => {
      const x = await getById(id);
      expect(x.json.status).toBe('success');
      return x.json.result;
    });
    expect(r.triage_result.alert_verdict).toBe('inconclusive');
  });

  it('names a phishing alert by the SHA-256 of its bytes: the same bytes twice name one alert, and ingestCount says 2', async () => {
    const bytes = email('Twice');
    const a = await ingest(sim, token, bytes);
    const b = await ingest(sim, token, bytes);
    expect(a.json.alert_id).toBe(sha256(bytes));
    expect(b.json.alert_id).toBe(a.json.alert_id);
    expect(sim.ingestCount(sha256(bytes))).toBe(2);
    expect(sim.ingestCount(sha256(email('never sent')))).toBe(0);
  });

  it('refuses an empty email with 400', async () => {
    const res = await ingest(sim, token, Buffer.alloc(0));
    expect(res.status).toBe(400);
    expect(res.json.message).toHaveProperty('file');
  });

  it('refuses a file name that is not the SHA-256 of the bytes with 400', async () => {
    const res = await ingest(sim, token, email('x'), {}, 'a'.repeat(64));
    expect(res.status).toBe(400);
    expect(res.json.message.file).toMatch(/SHA-256/);
  });

  it('refuses additional_info that is not a JSON object with 400', async () => {
    const res = await ingest(sim, token, email('x'), { additional_info: '[1,2]' });
    expect(res.status).toBe(400);
    expect(res.json.message).toEqual({ additional_info: 'Not a JSON object.' });
  });

  it('refuses a wrong alert_source or display_fields with 400 naming the field', async () => {
    const a = await ingest(sim, token, email('x'), { alert_source: 's1' });
    expect(a.status).toBe(400);
    expect(a.json).toMatchObject({ error: 'Bad Request', message: { alert_source: expect.any(String) } });
    const b = await ingest(sim, token, email('x'), { display_fields: 'sender,subject' });
    expect(b.status).toBe(400);
    expect(b.json.message).toHaveProperty('display_fields');
  });
});
