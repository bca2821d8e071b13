import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { call, email, eventually, ingest, useSimulator } from './wire.js';

let sim: Simulator;
let token: string;
useSimulator({ seed: 10, triageMs: 30 }, (s, t) => {
  sim = s;
  token = t;
  sim.addAlert({ alertId: 'twin', environment: 'production', verdict: 'confirmed_threat', familyName: 'Emotet' });
  sim.addAlert({ alertId: 'twin', environment: 'staging', verdict: 'false_positive' });
  sim.addAlert({ alertId: 'tenant-alert', environment: 'production', tenantId: 'tenant-a' });
});

const getById = (body: object) => call(sim, 'GET', '/alerts/get-by-id', { body, token });

describe('get-by-id', () => {
  it('answers 404 with an error for an unknown id', async () => {
    const res = await getById({ alert_id: 'no-such-alert' });
    expect(res.status).toBe(404);
    expect(res.json.error).toEqual(expect.any(String));
  });

  it('answers 409 naming multiple environments when the id is in two and none is given', async () => {
    const res = await getById({ alert_id: 'twin' });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatch(/multiple environments/);
  });

  it('picks the alert of the environment given', async () => {
    const res = await getById({ alert_id: 'twin', environment: 'staging' });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe('success');
    expect(res.json.result).toMatchObject({ alert_id: 'twin', environment: 'staging', triage_result: { alert_verdict: 'false_positive' } });
    expect((await getById({ alert_id: 'twin', environment: 'dev' })).status).toBe(404);
  });

  it('finds a seeded alert; extra fields ride along', async () => {
    const seeded = sim.alerts()[0]!;
    const res = await getById({ alert_id: seeded.alertId, environment: seeded.environment });
    expect(res.status).toBe(200);
    expect(res.json.result.severity).toEqual(expect.any(String));
    expect(res.json.result.creation_time).toMatch(/\+00:00$/);
  });

  it('shows a tenant alert only to a call naming that tenant_id', async () => {
    expect((await getById({ alert_id: 'tenant-alert' })).status).toBe(404);
    expect((await getById({ alert_id: 'tenant-alert', tenant_id: 'tenant-b' })).status).toBe(404);
    expect((await getById({ alert_id: 'tenant-alert', tenant_id: 'tenant-a' })).status).toBe(200);
    expect(sim.requests.at(-1)!.body).toEqual({ alert_id: 'tenant-alert', tenant_id: 'tenant-a' });
  });

  it('reads the JSON body of a GET: parameters in the query string do not count', async () => {
    const res = await call(sim, 'GET', '/alerts/get-by-id?alert_id=twin&environment=staging', { token });
    expect(res.status).toBe(400);
    expect(res.json.message).toEqual({ _schema: 'A JSON body is required.' });
  });

  it('answers queued while an alert added as queued is pending', async () => {
    sim.addAlert({ alertId: 'queued-one', inProgress: true, pendingStatus: 'queued' });
    const res = await getById({ alert_id: 'queued-one' });
    expect(res.json.status).toBe('queued');
    expect(res.json.result).not.toHaveProperty('triage_result');
  });
});

describe('search by ids (GET /alerts/search)', () => {
  it('answers the alerts found with their count, skipping unknown ids', async () => {
    const [a, b] = sim.alerts();
    const res = await call(sim, 'GET', '/alerts/search', { body: { alert_ids: [a!.alertId, b!.alertId, 'unknown'] }, token });
    expect(res.status).toBe(200);
    expect(res.json.result.alerts_count).toBe(2);
    expect(res.json.result.alerts.map((x: { alert_id: string }) => x.alert_id).sort()).toEqual([a!.alertId, b!.alertId].sort());
  });

  it('narrows to the environments given', async () => {
    const both = await call(sim, 'GET', '/alerts/search', { body: { alert_ids: ['twin'] }, token });
    expect(both.json.result.alerts_count).toBe(2);
    const one = await call(sim, 'GET', '/alerts/search', { body: { alert_ids: ['twin'], environments: ['staging'] }, token });
    expect(one.json.result.alerts).toMatchObject([{ alert_id: 'twin', environment: 'staging' }]);
  });

  it('honours tenant_id', async () => {
    const res = await call(sim, 'GET', '/alerts/search', { body: { alert_ids: ['tenant-alert'], tenant_id: 'tenant-a' }, token });
    expect(res.json.result.alerts_count).toBe(1);
  });
});

describe('raw data', () => {
  it('answers the payload an email was ingested with, under result', async () => {
    const bytes = email('Raw please');
    const id = (await ingest(sim, token, bytes, { environment: 'staging', additional_info: '{"k":1}' })).json.alert_id;
    const res = await call(sim, 'GET', `/alerts/${id}/raw-data`, { body: { environment: 'staging', raw_data_type: 'raw_alert' }, token });
    expect(res.status).toBe(200);
    expect(res.json.result).toMatchObject({
      source: 'phishing_emails',
      additional_info: { k: 1 },
      email: { subject: 'Raw please' },
      raw_email_base64: bytes.toString('base64'),
    });
  });

  it('synthesizes a payload for seeded alerts', async () => {
    const a = sim.alerts()[0]!;
    const res = await call(sim, 'GET', `/alerts/${a.alertId}/raw-data`, { body: { environment: a.environment, raw_data_type: 'raw_alert' }, token });
    expect(res.status).toBe(200);
    expect(res.json.result).toMatchObject({ source: a.source, alert: { id: a.alertId } });
  });

  it('answers 404 for an unknown alert or the wrong environment, 400 without an environment', async () => {
    expect((await call(sim, 'GET', '/alerts/nope/raw-data', { body: { environment: 'production', raw_data_type: 'raw_alert' }, token })).status).toBe(404);
    expect((await call(sim, 'GET', '/alerts/twin/raw-data', { body: { environment: 'dev', raw_data_type: 'raw_alert' }, token })).status).toBe(404);
    const missing = await call(sim, 'GET', '/alerts/twin/raw-data', { body: { raw_data_type: 'raw_alert' }, token });
    expect(missing.status).toBe(400);
    expect(missing.json.message).toEqual({ environment: 'Missing data for required field.' });
  });

  it('is available while triage still runs', async () => {
    const id = (await ingest(sim, token, email('early'))).json.alert_id;
    const res = await call(sim, 'GET', `/alerts/${id}/raw-data`, { body: { environment: 'production', raw_data_type: 'raw_alert' }, token });
    expect(res.status).toBe(200);
    await eventually(async () => expect((await getById({ alert_id: id })).json.status).toBe('success'));
  });
});
