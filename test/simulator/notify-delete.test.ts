import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { call, eventually, useSimulator } from './wire.js';

let sim: Simulator;
let token: string;
useSimulator({ seed: 10, operationMs: 300 }, (s, t) => {
  sim = s;
  token = t;
});

describe('notify', () => {
  it('answers the channels notified for a finished alert', async () => {
    sim.addAlert({ alertId: 'n1', environment: 'staging', notifyChannels: ['email', 'slack'] });
    const res = await call(sim, 'POST', '/alerts/n1/notify', { body: { environment: 'staging' }, token });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ notified_channels: ['email', 'slack'] });
  });

  it('accepts no body at all', async () => {
    sim.addAlert({ alertId: 'n2' });
    const res = await call(sim, 'POST', '/alerts/n2/notify', { token });
    expect(res.status).toBe(200);
    expect(sim.requests.at(-1)!.body).toBeUndefined();
  });

  it('answers {} (no list) for alerts set up that way, some seeded ones included', async () => {
    sim.addAlert({ alertId: 'n3', notifyChannels: null });
    expect((await call(sim, 'POST', '/alerts/n3/notify', { token })).json).toEqual({});
    const seeded = sim.alerts().find((a) => a.notifyChannels === null)!;
    const res = await call(sim, 'POST', `/alerts/${seeded.alertId}/notify`, { body: { environment: seeded.environment }, token });
    expect(res.json).toEqual({});
  });

  it('answers 409 while triage still runs', async () => {
    sim.addAlert({ alertId: 'n4', inProgress: true });
    const res = await call(sim, 'POST', '/alerts/n4/notify', { token });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatch(/in progress/);
  });

  it('answers 404 for an unknown alert and 409 for an ambiguous one', async () => {
    expect((await call(sim, 'POST', '/alerts/nope/notify', { token })).status).toBe(404);
    sim.addAlert({ alertId: 'n5', environment: 'production' });
    sim.addAlert({ alertId: 'n5', environment: 'staging' });
    expect((await call(sim, 'POST', '/alerts/n5/notify', { token })).status).toBe(409);
  });

  it('takes tenant_id', async () => {
    sim.addAlert({ alertId: 'n6', tenantId: 't1' });
    expect((await call(sim, 'POST', '/alerts/n6/notify', { token })).status).toBe(404);
    expect((await call(sim, 'POST', '/alerts/n6/notify', { body: { tenant_id: 't1' }, token })).status).toBe(200);
  });
});

describe('delete and its operation', () => {
  it('answers a single-segment result_url; the operation is 202 in_progress, then 200 succeeded and the alert is gone', async () => {
    sim.addAlert({ alertId: 'd1', environment: 'production' });
    const del = await call(sim, 'DELETE', '/alerts/d1', { body: { environment: 'production' }, token });
    expect(del.status).toBe(200);
    expect(del.json.result_url).toMatch(/^\/delete-operation-[0-9a-f-]{36}$/);

    const running = await call(sim, 'GET', del.json.result_url, { token });
    expect(running.status).toBe(202);
    expect(running.json).toEqual({ status: 'in_progress' });
    expect(sim.requests.at(-1)!.routeKey).toBe('GET /{result_url}');
    // Still there while the operation runs.
    expect((await call(sim, 'GET', '/alerts/get-by-id', { body: { alert_id: 'd1' }, token })).status).toBe(200);

    const done = await eventually(async () => {
      const r = await call(sim, 'GET', del.json.result_url, { token });
      expect(r.status).toBe(200);
      return r;
    });
    expect(done.json).toEqual({ status: 'succeeded', result: { deleted: true } });
    expect((await call(sim, 'GET', '/alerts/get-by-id', { body: { alert_id: 'd1' }, token })).status).toBe(404);
  });

  it('deletes only the environment named', async () => {
    sim.addAlert({ alertId: 'd2', environment: 'production' });
    sim.addAlert({ alertId: 'd2', environment: 'staging' });
    const del = await call(sim, 'DELETE', '/alerts/d2', { body: { environment: 'staging' }, token });
    await eventually(async () => expect((await call(sim, 'GET', del.json.result_url, { token })).status).toBe(200));
    const left = await call(sim, 'GET', '/alerts/get-by-id', { body: { alert_id: 'd2' }, token });
    expect(left.json.result.environment).toBe('production');
  });

  it('answers 404 for an unknown alert or operation, 400 without an environment', async () => {
    expect((await call(sim, 'DELETE', '/alerts/nope', { body: { environment: 'production' }, token })).status).toBe(404);
    expect((await call(sim, 'GET', '/delete-operation-unknown', { token })).status).toBe(404);
    expect((await call(sim, 'DELETE', '/alerts/d2', { body: {}, token })).status).toBe(400);
  });
});
