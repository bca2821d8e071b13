/** The simulator's `POST /alerts/ingest`: validation, ids, triage, the device it reads, 409 on a repeat. */
import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { call, eventually, specProblems, useSimulator } from './wire.js';

let sim: Simulator;
let token: string;
useSimulator({ seed: 0, triageMs: 100, analysisMs: 20 }, (s, t) => {
  sim = s;
  token = t;
});

const ROUTE = 'POST /alerts/ingest';
let n = 0;
/** A fresh raw alert each call (the same content twice is a repeat). */
const detection = (extra: Record<string, unknown> = {}) => ({
  id: `det-${++n}-${Date.now()}`,
  title: 'invoice.exe ran',
  device: { hostname: 'FIN-LAPTOP-7', private_ip: '10.1.2.3', external_ip: '198.51.100.9', device_id: 'agent-77', username: 'alice' },
  ...extra,
});
const send = (body: unknown) => call(sim, 'POST', '/alerts/ingest', { body, token });
const getById = (alert_id: string) => call(sim, 'GET', '/alerts/get-by-id', { body: { alert_id }, token });

describe('POST /alerts/ingest', () => {
  it('assigns an id, triages the alert from its text, reads its device, and keeps the raw alert as its raw data', async () => {
    const raw = detection();
    const res = await send({ alert: raw, alert_source: 's1', environment: 'staging', display_fields: ['title'], alert_sender: 'edr@corp.example' });
    expect(specProblems(ROUTE, res)).toBe('');
    expect(res.json).toEqual({ result: true, alert_id: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const id = res.json.alert_id as string;
    const done = await eventually(async () => {
      const r = await getById(id);
      expect(r.json.status).toBe('success');
      return r.json.result;
    });
    expect(done).toMatchObject({
      alert_id: id,
      environment: 'staging',
      source: 's1',
      sender: 'edr@corp.example',
      triage_result: { alert_verdict: 'confirmed_threat' },
      alert: { device: { hostname: 'FIN-LAPTOP-7', private_ip: '10.1.2.3', external_ip: '198.51.100.9', device_id: 'agent-77', username: 'alice' } },
    });
    const rawData = await call(sim, 'GET', `/alerts/${id}/raw-data`, { body: { environment: 'staging', raw_data_type: 'raw_alert' }, token });
    expect(rawData.json).toEqual({ result: raw });
  });

  it('reads the device through a given definition_mapping', async () => {
    const raw = { id: `m-${Date.now()}`, agentRealtimeInfo: { agentComputerName: 'DC-01', agentId: 'a-1' } };
    const res = await send({
      alert: raw,
      alert_source: 's1',
      definition_mapping: { hostname: 'agentRealtimeInfo.agentComputerName', device_id: 'agentRealtimeInfo.agentId' },
    });
    const r = await getById(res.json.alert_id);
    expect(r.json.result.alert.device).toMatchObject({ hostname: 'DC-01', device_id: 'a-1' });
  });

  it('answers 409 with the held id when the same alert (source, environment, content) is sent again, in any key order', async () => {
    const raw = detection();
    const first = await send({ alert: raw, alert_source: 'cs' });
    const reordered = Object.fromEntries(Object.entries(raw).reverse());
    const again = await send({ alert: reordered, alert_source: 'cs', display_fields: ['title'] });
    expect(again.status).toBe(409);
    expect(specProblems(ROUTE, again)).toBe('');
    expect(again.json).toEqual({ error: 'Alert already exists', alert_id: first.json.alert_id });
    // Another source or environment is another alert.
    expect((await send({ alert: raw, alert_source: 's1' })).status).toBe(200);
    expect((await send({ alert: raw, alert_source: 'cs', environment: 'staging' })).status).toBe(200);
  });

  it.each([
    ['display_fields as a string', { alert: { id: 1 }, alert_source: 's1', display_fields: 'a,b' }, 'display_fields'],
    ['a tenant_id', { alert: { id: 1 }, alert_source: 's1', tenant_id: 't' }, 'tenant_id'],
    ['no alert', { alert_source: 's1' }, 'alert'],
    ['an alert that is an array', { alert: [1], alert_source: 's1' }, 'alert'],
    ['an empty alert', { alert: {}, alert_source: 's1' }, 'alert'],
    ['an empty source', { alert: { id: 1 }, alert_source: '' }, 'alert_source'],
    ['a phishing email as JSON', { alert: { id: 1 }, alert_source: 'phishing_emails' }, 'alert_source'],
    ['an unknown source without a mapping', { alert: { id: 1 }, alert_source: 'acme_edr' }, 'definition_mapping'],
    ['a mapping value that is not a path', { alert: { id: 1 }, alert_source: 's1', definition_mapping: { hostname: 5 } }, 'definition_mapping.hostname'],
    [
      'a mapping path the alert lacks',
      { alert: { id: 1 }, alert_source: 'acme_edr', definition_mapping: { hostname: 'device.name' } },
      'definition_mapping.hostname',
    ],
    ['a display field the alert lacks', { alert: { id: 1 }, alert_source: 's1', display_fields: ['id', 'nope'] }, 'display_fields.1'],
  ])('answers 400 naming the field for %s', async (_label, body, field) => {
    const before = sim.alerts().length;
    const res = await send(body);
    expect(res.status).toBe(400);
    expect(specProblems(ROUTE, res)).toBe('');
    expect(Object.keys(res.json.message ?? {})).toContain(field);
    expect(sim.alerts().length).toBe(before);
  });

  it('answers 400, not 500, to an alert or a mapping nested 100,000 levels deep', async () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const alert = await call(sim, 'POST', '/alerts/ingest', {
      raw: `{"alert":{"d":${deep(100_000)}},"alert_source":"s1"}`,
      headers: { 'content-type': 'application/json' },
      token,
    });
    const mapping = await call(sim, 'POST', '/alerts/ingest', {
      raw: `{"alert":{"a":1},"alert_source":"s1","definition_mapping":${'{"a":'.repeat(50_000)}"a"${'}'.repeat(50_000)}}`,
      headers: { 'content-type': 'application/json' },
      token,
    });
    expect([alert.status, mapping.status]).toEqual([400, 400]);
    expect(alert.text).toMatch(/Nested deeper than/);
  });
});
