import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { call, getToken } from './wire.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 2, tokenTtlSec: 60 });
});
afterAll(() => sim.close());
afterEach(() => {
  vi.useRealTimers();
});

describe('token flow', () => {
  it('exchanges the configured key for a token with an epoch-seconds expiry', async () => {
    const before = sim.tokenRequests;
    const res = await call(sim, 'POST', '/get-access-token', { body: { api_key: sim.apiKey } });
    expect(res.status).toBe(200);
    expect(typeof res.json.result).toBe('string');
    expect(Number.isInteger(res.json.expire_at)).toBe(true);
    expect(res.json.expire_at).toBeGreaterThan(Date.now() / 1000 + 58);
    expect(res.json.expire_at).toBeLessThanOrEqual(Date.now() / 1000 + 60);
    expect(sim.tokenRequests).toBe(before + 1);
  });

  it('answers 401 with an error for a wrong key, and counts that request too', async () => {
    const before = sim.tokenRequests;
    const res = await call(sim, 'POST', '/get-access-token', { body: { api_key: 'wrong' } });
    expect(res.status).toBe(401);
    expect(res.json.error).toEqual(expect.any(String));
    expect(sim.tokenRequests).toBe(before + 1);
  });

  it('refuses calls without a token, with a malformed header, or with an unknown token', async () => {
    const body = { alert_id: 'x' };
    for (const headers of [{}, { authorization: 'Basic abc' }, { authorization: 'Bearer nope' }] as Record<string, string>[]) {
      const res = await call(sim, 'GET', '/alerts/get-by-id', { body, headers });
      expect(res.status).toBe(401);
      expect(res.json).toEqual({ error: 'Invalid access token' });
    }
  });

  it('accepts a valid bearer token', async () => {
    const token = await getToken(sim);
    const res = await call(sim, 'GET', '/alerts/get-by-id', { body: { alert_id: sim.alerts()[0]!.alertId, environment: sim.alerts()[0]!.environment }, token });
    expect(res.status).toBe(200);
  });

  it('stops accepting a token once its expire_at has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const res = await call(sim, 'POST', '/get-access-token', { body: { api_key: sim.apiKey } });
    const token = res.json.result as string;
    vi.setSystemTime(res.json.expire_at * 1000 - 1);
    expect((await call(sim, 'POST', '/alerts/search', { body: {}, token })).status).toBe(200);
    vi.setSystemTime(res.json.expire_at * 1000);
    expect((await call(sim, 'POST', '/alerts/search', { body: {}, token })).status).toBe(401);
  });

  it('expireAllTokens makes every issued token answer 401; a new token works', async () => {
    const token = await getToken(sim);
    sim.expireAllTokens();
    expect((await call(sim, 'POST', '/alerts/search', { body: {}, token })).status).toBe(401);
    const fresh = await getToken(sim);
    expect((await call(sim, 'POST', '/alerts/search', { body: {}, token: fresh })).status).toBe(200);
  });

  it('records the Authorization header and the api_key redacted', async () => {
    const token = await getToken(sim);
    await call(sim, 'POST', '/alerts/search', { body: {}, token });
    const last = sim.requests.at(-1)!;
    expect(last.headers.authorization).toBe('Bearer [redacted]');
    expect(JSON.stringify(sim.requests)).not.toContain(token);
    const tokenCall = sim.requests.filter((r) => r.routeKey === 'POST /get-access-token').at(-1)!;
    expect(tokenCall.body).toEqual({ api_key: '[redacted]' });
  });
});
