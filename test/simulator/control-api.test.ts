import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { call, email, getToken, ingest, sha256, useSimulator } from './wire.js';

let sim: Simulator;
let token: string;
useSimulator({ seed: 4 }, (s, t) => {
  sim = s;
  token = t;
});

const ctl = (method: string, path: string, body?: unknown) => call(sim, method, `/__sim/${path}`, { body });

describe('control API (/__sim/...)', () => {
  it('GET state reports the URLs, alerts, token requests and counts per route', async () => {
    const res = await ctl('GET', 'state');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ baseUrl: sim.baseUrl, apiRoot: sim.apiRoot, alerts: 4, tokenRequests: 1, counts: { 'POST /get-access-token': 1 } });
  });

  it('is not recorded as API traffic', async () => {
    const before = sim.count();
    await ctl('GET', 'state');
    expect(sim.count()).toBe(before);
  });

  it('POST faults injects, DELETE faults clears', async () => {
    expect((await ctl('POST', 'faults', { route: 'POST /alerts/search', fault: { kind: 'status', status: 503 }, times: 2 })).status).toBe(200);
    expect((await call(sim, 'POST', '/alerts/search', { body: {}, token })).status).toBe(503);
    await ctl('DELETE', 'faults');
    expect((await call(sim, 'POST', '/alerts/search', { body: {}, token })).status).toBe(200);
    const bad = await ctl('POST', 'faults', { fault: { kind: 'status', status: 418 } });
    expect(bad.status).toBe(400);
  });

  it('rate-limit and expire-tokens turn the same knobs as the API', async () => {
    await ctl('POST', 'rate-limit', { perSecond: 0, retryAfterSec: 7 });
    const limited = await call(sim, 'POST', '/alerts/search', { body: {}, token });
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('7');
    await ctl('DELETE', 'rate-limit');
    await ctl('POST', 'expire-tokens');
    expect((await call(sim, 'POST', '/alerts/search', { body: {}, token })).status).toBe(401);
    token = await getToken(sim);
  });

  it('seed adds alerts; POST alerts adds a precise one; GET alerts lists them', async () => {
    const seeded = await ctl('POST', 'seed', { n: 3, environment: 'staging' });
    expect(seeded.json.alerts).toHaveLength(3);
    expect(seeded.json.alerts.every((a: { environment: string }) => a.environment === 'staging')).toBe(true);
    const added = await ctl('POST', 'alerts', { alertId: 'via-control', inProgress: true, environment: 'dev' });
    expect(added.json.alert).toMatchObject({ alert_id: 'via-control', environment: 'dev', status: 'in_progress' });
    const list = await ctl('GET', 'alerts');
    expect(list.json.alerts).toHaveLength(8);
  });

  it('requests lists recorded requests, filtered by route; ingests by sha256', async () => {
    const bytes = email('control');
    await ingest(sim, token, bytes);
    const reqs = await call(sim, 'GET', `/__sim/requests?route=${encodeURIComponent('POST /alerts/ingest/binary')}`);
    expect(reqs.json.count).toBe(1);
    expect(reqs.json.requests[0].parts.at(-1).sha256).toBe(sha256(bytes));
    const ing = await call(sim, 'GET', `/__sim/ingests?sha256=${sha256(bytes)}`);
    expect(ing.json.count).toBe(1);
  });

  it('analyses/{id} forces an analysis state', async () => {
    const a = sim.alerts()[0]!;
    await ctl('POST', `analyses/${a.scans.file}`, { state: 'failed' });
    expect((await call(sim, 'GET', `/analyses/${a.scans.file}`, { token })).json).toEqual({ status: 'failed' });
  });

  it('reset goes back to the start state; issued tokens stay valid', async () => {
    const res = await ctl('POST', 'reset', {});
    expect(res.json).toEqual({ alerts: 4 });
    expect(sim.count()).toBe(0);
    expect(sim.ingests).toHaveLength(0);
    expect((await call(sim, 'POST', '/alerts/search', { body: {}, token })).json.result.alerts_count).toBe(4);
    expect((await ctl('POST', 'reset', { seed: 0 })).json).toEqual({ alerts: 0 });
  });

  it('answers 404 for an unknown control call and 400 for a non-JSON body', async () => {
    expect((await ctl('GET', 'nothing')).status).toBe(404);
    expect((await call(sim, 'POST', '/__sim/seed', { raw: '{', headers: { 'content-type': 'application/json' } })).status).toBe(400);
  });
});
