import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { call, email, eventually, ingest, sha256, useSimulator } from './wire.js';

let sim: Simulator;
let token: string;
useSimulator({ seed: 6, triageMs: 150 }, (s, t) => {
  sim = s;
  token = t;
});

const getById = (alert_id: string, environment?: string) =>
  call(sim, 'GET', '/alerts/get-by-id', { body: { alert_id, ...(environment && { environment }) }, token });

describe('the fields integrations read', () => {
  it('an alert in triage already shows its source alert and display names, but no response yet', async () => {
    const id = (await ingest(sim, token, email('Quarterly report', 'see attached'))).json.alert_id as string;
    const first = await getById(id);
    expect(first.json.status).toBe('in_progress');
    expect(first.json.result).toMatchObject({
      source_display: 'Phishing Emails',
      source_type: 'email',
      note: null,
      alert: {
        alert_id: id,
        alert_title: 'Quarterly report',
        creation_time: expect.stringMatching(/\+00:00$/),
        is_mitigated: false,
        device: null,
      },
    });
    expect(first.json.result).not.toHaveProperty('response');
  });

  it('a finished threat is escalated with recommended actions; a false positive needs no action', async () => {
    const threat = sim.addAlert({ source: 'cs', verdict: 'confirmed_threat', familyName: 'Emotet', note: 'seen before' });
    const benign = sim.addAlert({ source: 's1', verdict: 'false_positive' });
    const t = (await getById(threat.alertId)).json.result;
    expect(t).toMatchObject({
      note: 'seen before',
      source_display: 'CrowdStrike',
      source_type: 'edr',
      alert: { severity: 'high', severity_display: 'High', device: { hostname: expect.stringMatching(/^WS-/), os_type: 'windows' } },
      response: { status: 'escalated', status_display: 'Escalated', automated_response_actions: [], user_recommended_actions: ['Isolate the device'] },
      triage_result: { risk_score: 90, risk_level_display: 'High', ttps: [expect.objectContaining({ technique_id: 'T1204' })] },
    });
    const b = (await getById(benign.alertId)).json.result;
    expect(b.response).toMatchObject({ status: 'no_action_needed', status_display: 'No Action Needed', user_recommended_actions: [] });
    expect(b.triage_result).toMatchObject({ risk_score: 0, ttps: [] });
  });

  it('an ingested threat lists the email as a file IOC once triage finished', async () => {
    const bytes = email('Invoice', 'run invoice.exe');
    const id = (await ingest(sim, token, bytes)).json.alert_id as string;
    const done = await eventually(async () => {
      const r = await getById(id);
      expect(r.json.status).toBe('success');
      return r.json.result;
    });
    expect(done.response.iocs).toEqual({ files: [{ sha256: sha256(bytes), verdict: 'malicious', family: 'Agent Tesla' }], network: [] });
  });
});

describe('scans', () => {
  it('every other seeded alert carries an inline artifact scan after the three analyses; every scan was collected', async () => {
    const seeded = sim.alerts().slice(0, 6);
    const scans = await Promise.all(seeded.map(async (a) => (await getById(a.alertId, a.environment)).json.result.scans as Record<string, unknown>[]));
    for (const list of scans) {
      expect(list.slice(0, 3).map((s) => s.scan_type)).toEqual(['file', 'url', 'endpoint']);
      expect(list.every((s) => s.collection_status === 'collected')).toBe(true);
    }
    expect(scans.map((list) => list.length)).toEqual([4, 3, 4, 3, 4, 3]);
    const artifacts = scans.filter((list) => list.length === 4).map((list) => list[3]!);
    for (const a of artifacts) {
      expect(a.scan_type).toBe('artifact');
      expect(a).not.toHaveProperty('file_analysis');
      expect(a.artifact_analysis).toEqual({
        artifact_type: expect.stringMatching(/^(ip|domain)$/),
        artifact_value: expect.any(String),
        verdict: expect.any(String),
        family_name: expect.toBeOneOf([null, expect.any(String)]),
      });
    }
  });

  it("an artifact's value shows among the network IOCs of its alert", async () => {
    const a = sim.alerts()[0]!;
    const result = (await getById(a.alertId, a.environment)).json.result;
    const artifact = result.scans[3].artifact_analysis;
    expect(result.response.iocs.network).toContainEqual({ ioc: artifact.artifact_value, type: artifact.artifact_type });
  });
});
