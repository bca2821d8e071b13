import { request } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { call, email, ingest, sha256, useSimulator } from './wire.js';

let sim: Simulator;
let token: string;
useSimulator({ seed: 3 }, (s, t) => {
  sim = s;
  token = t;
});
afterEach(() => {
  vi.useRealTimers();
  sim.clearFaults();
  sim.rateLimit(null);
});

const search = () => call(sim, 'POST', '/alerts/search', { body: {}, token });

/** A request on a fresh connection; resolves with the error when the socket is dropped. */
function rawCall(path: string): Promise<{ status?: number; error?: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    const body = Buffer.from('{}');
    const req = request(`${sim.apiRoot}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': body.length, authorization: `Bearer ${token}` },
      agent: false,
    });
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode });
    });
    req.on('error', (error) => resolve({ error }));
    req.end(body);
  });
}

describe('injected faults', () => {
  it('status 503 for the next N calls of a route, then normal answers; other routes untouched', async () => {
    sim.inject('POST /alerts/search', { kind: 'status', status: 503, retryAfterSec: 2 }, 2);
    const a = await search();
    expect(a.status).toBe(503);
    expect(a.json).toEqual({ error: 'Service Unavailable' });
    expect(a.headers['retry-after']).toBe('2');
    expect(sim.requests.at(-1)!.fault).toBe('fault 503');
    expect((await call(sim, 'GET', '/alerts/search', { body: { alert_ids: ['x'] }, token })).status).toBe(200);
    expect((await search()).status).toBe(503);
    expect((await search()).status).toBe(200);
  });

  it.each([500, 502, 504] as const)('status %i answers that status with an error body', async (status) => {
    sim.inject('POST /alerts/search', { kind: 'status', status });
    const res = await search();
    expect(res.status).toBe(status);
    expect(res.json.error).toEqual(expect.any(String));
  });

  it('status 429 sends Retry-After and the X-RateLimit headers', async () => {
    sim.inject('POST /alerts/search', { kind: 'status', status: 429, retryAfterSec: 3 });
    const res = await search();
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('3');
    expect(res.headers['x-ratelimit-limit']).toMatch(/^\d+$/);
    expect(res.headers['x-ratelimit-remaining']).toBe('0');
    expect(Number(res.headers['x-ratelimit-reset'])).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 2);
  });

  it('a status fault does not handle the call: no alert is created', async () => {
    const bytes = email('faulted');
    sim.inject('POST /alerts/ingest/binary', { kind: 'status', status: 500 });
    expect((await ingest(sim, token, bytes)).status).toBe(500);
    expect(sim.ingestCount(sha256(bytes))).toBe(0);
  });

  it('"*" faults any route; a route-specific fault is used first', async () => {
    sim.inject('*', { kind: 'status', status: 502 });
    sim.inject('POST /alerts/search', { kind: 'status', status: 504 });
    expect((await search()).status).toBe(504);
    expect((await call(sim, 'GET', '/analyses/x', { token })).status).toBe(502);
    expect((await call(sim, 'GET', '/analyses/x', { token })).status).toBe(404);
  });

  it('reset destroys the socket without an answer', async () => {
    sim.inject('POST /alerts/search', { kind: 'reset' });
    const r = await rawCall('/alerts/search');
    expect(r.error?.code).toMatch(/ECONNRESET|socket hang up/i);
    expect(r.error?.message ?? '').toMatch(/socket hang up|ECONNRESET/i);
    expect(sim.requests.at(-1)!.fault).toBe('fault reset');
    expect(sim.requests.at(-1)!.status).toBeUndefined();
    expect((await rawCall('/alerts/search')).status).toBe(200);
  });

  it('reset with afterHandling drops the answer of a call that did happen', async () => {
    const bytes = email('reset after');
    sim.inject('POST /alerts/ingest/binary', { kind: 'reset', afterHandling: true });
    await expect(ingest(sim, token, bytes)).rejects.toThrow(/socket hang up|ECONNRESET/i);
    expect(sim.ingestCount(sha256(bytes))).toBe(1);
  });

  it('delay answers late, correctly', async () => {
    sim.inject('POST /alerts/search', { kind: 'delay', ms: 150 });
    const t0 = Date.now();
    const res = await search();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    expect(res.status).toBe(200);
    expect(res.json.result.alerts_count).toBe(sim.alerts().length);
  });

  it('malformed-json answers 200 with a truncated JSON body', async () => {
    sim.inject('POST /alerts/search', { kind: 'malformed-json' });
    const res = await search();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(res.text)).toThrow();
    expect(res.text.startsWith('{"result":')).toBe(true);
  });

  it('faults apply to the token call too', async () => {
    sim.inject('POST /get-access-token', { kind: 'status', status: 503 });
    expect((await call(sim, 'POST', '/get-access-token', { body: { api_key: sim.apiKey } })).status).toBe(503);
    expect((await call(sim, 'POST', '/get-access-token', { body: { api_key: sim.apiKey } })).status).toBe(200);
  });

  it('clearFaults drops pending faults', async () => {
    sim.inject('*', { kind: 'status', status: 500 }, 5);
    sim.clearFaults();
    expect((await search()).status).toBe(200);
  });
});

describe('rate limiter', () => {
  it('answers 429 above perSecond calls in a one-second window, with Retry-After', async () => {
    // Hold the clock at the start of a window, so all calls fall in one.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Math.ceil(Date.now() / 1000) * 1000 + 1);
    sim.rateLimit({ perSecond: 3, retryAfterSec: 4 });
    const statuses: number[] = [];
    let limited;
    for (let i = 0; i < 5; i++) {
      const res = await search();
      statuses.push(res.status);
      if (res.status === 429) limited = res;
      else expect(res.headers['x-ratelimit-limit']).toBe('3');
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(limited!.headers['retry-after']).toBe('4');
    expect(limited!.headers['x-ratelimit-remaining']).toBe('0');
    expect(sim.requests.at(-1)!.fault).toBe('rate-limited');
    vi.setSystemTime(Date.now() + 1000);
    expect((await search()).status).toBe(200);
    sim.rateLimit(null);
    vi.useRealTimers();
    expect((await search()).status).toBe(200);
  });
});
