/**
 * The control API (`/__sim/`) refuses what a web page could send it (a cross-site `text/plain`
 * POST, a foreign Host or Origin), without its token when it has one, and checks an alert whole
 * before storing it. On f621bc3 each of these was accepted.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { call, getToken, useSimulator } from './wire.js';

let sim: Simulator;
let token: string;
useSimulator({ seed: 3 }, (s, t) => {
  sim = s;
  token = t;
});

const search = () => call(sim, 'POST', '/alerts/search', { body: {}, token });

describe('control API: who may call it', () => {
  it('refuses a cross-site text/plain POST (what any web page can send without a preflight): the rate limit stays off', async () => {
    const res = await call(sim, 'POST', '/__sim/rate-limit', {
      raw: JSON.stringify({ perSecond: 0 }),
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    const plain = await call(sim, 'POST', '/__sim/rate-limit', { raw: JSON.stringify({ perSecond: 0 }), headers: { 'content-type': 'text/plain' } });
    expect(plain.status).toBe(415);
    expect((await search()).status).toBe(200);
  });

  it('refuses a POST without Content-Type: application/json, even without a body', async () => {
    const res = await call(sim, 'POST', '/__sim/expire-tokens', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(415);
    expect((await search()).status, 'tokens still valid').toBe(200);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin; accepts localhost and its own origin', async () => {
    const port = sim.port;
    expect((await call(sim, 'GET', '/__sim/state', { headers: { host: `evil.example:${port}` } })).status).toBe(403);
    expect((await call(sim, 'GET', '/__sim/state', { headers: { host: '127.0.0.1:1' } })).status).toBe(403);
    expect((await call(sim, 'POST', '/__sim/reset', { body: {}, headers: { origin: 'http://127.0.0.1.evil.example' } })).status).toBe(403);
    expect((await call(sim, 'GET', '/__sim/state', { headers: { host: `localhost:${port}` } })).status).toBe(200);
    expect((await call(sim, 'GET', '/__sim/state', { headers: { origin: `http://localhost:${port}` } })).status).toBe(200);
    expect((await call(sim, 'POST', '/__sim/raw-data', { body: { form: 'inline' }, headers: { origin: `http://127.0.0.1:${port}` } })).status).toBe(200);
  });
});

describe('control API: what it stores', () => {
  it.each([
    ['a verdict that is not a string', { verdict: 5 }],
    ['an unknown field (a typo)', { verdikt: 'confirmed_threat' }],
    ['a creation time no date can hold', { createdAt: 1e20 }],
    ['a triage missing fields', { triage: { verdict: 'confirmed_threat' } }],
    ['notify channels that are not strings', { notifyChannels: [1] }],
    ['an alert id that is no path segment', { alertId: '..' }],
    ['a finished status that reads as running', { finishedStatus: 'queued' }],
    ['a device without a hostname', { device: { privateIp: '10.0.0.1' } }],
    ['an extra field the simulator renders itself (triage_result while in triage)', { inProgress: true, extra: { triage_result: 5 } }],
    ['an extra field the simulator renders itself (scans)', { inProgress: true, extra: { scans: 'none' } }],
  ])('refuses %s with a 400, and every later search still answers 200', async (_label, body) => {
    const before = sim.alerts().length;
    const res = await call(sim, 'POST', '/__sim/alerts', { body });
    expect(res.status).toBe(400);
    expect(sim.alerts()).toHaveLength(before);
    expect((await search()).status).toBe(200);
  });

  it('stores a well-formed alert, device included, and search finds it by hostname', async () => {
    const res = await call(sim, 'POST', '/__sim/alerts', {
      body: { alertId: 'ctl-device', source: 'cs', verdict: 'suspicious_behavior', device: { hostname: 'OPS-9' } },
    });
    expect(res.status).toBe(200);
    const found = await call(sim, 'POST', '/alerts/search', { body: { hostnames: ['ops-9'] }, token });
    expect(found.json.result.alerts.map((a: { alert_id: string }) => a.alert_id)).toEqual(['ctl-device']);
  });
});

describe('API: a body past any the service takes', () => {
  it('answers 413 to an API body over 96 MiB (streamed in 1 MiB pieces) instead of buffering it whole', async () => {
    const piece = Buffer.alloc(1024 * 1024, 0x20);
    const before = sim.count();
    const status = await new Promise<number | string>((resolve) => {
      const req = request(
        { host: '127.0.0.1', port: sim.port, method: 'POST', path: '/api/v2-0/alerts/ingest', headers: { 'content-type': 'text/plain' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', (e) => resolve(String(e)));
      let sent = 0;
      const more = () => {
        while (sent < 200 && !req.destroyed) {
          sent++;
          if (!req.write(piece)) return void req.once('drain', more);
        }
        req.end();
      };
      more();
    });
    expect(status).toBe(413);
    expect(sim.count(), 'not recorded').toBe(before);
  }, 30_000);
});

describe('control API: what it says it refused', () => {
  it('names a __proto__ key of an alert as the unknown field it is (the 400 said nothing)', async () => {
    const res = await call(sim, 'POST', '/__sim/alerts', { raw: '{"alertId":"p1","__proto__":{"verdict":5}}' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.message)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(res.json.message, '__proto__')?.value).toBe('Unknown field.');
  });
});

describe('control API with a control token', () => {
  let guarded: Simulator;
  beforeAll(async () => {
    guarded = await startSimulator({ seed: 1, controlToken: 'ctl-secret-123' });
  });
  afterAll(() => guarded.close());

  it('answers 401 without the token or with another, and serves the call with it', async () => {
    expect((await call(guarded, 'GET', '/__sim/state')).status).toBe(401);
    expect((await call(guarded, 'POST', '/__sim/rate-limit', { body: { perSecond: 0 }, headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const apiToken = await getToken(guarded);
    expect((await call(guarded, 'POST', '/alerts/search', { body: {}, token: apiToken })).status, 'the rate limit was not set').toBe(200);
    const ok = await call(guarded, 'GET', '/__sim/state', { headers: { authorization: 'Bearer ctl-secret-123' } });
    expect(ok.status).toBe(200);
    expect(ok.text).not.toContain('ctl-secret-123');
  });

  it('an empty control token is refused when the simulator starts', async () => {
    await expect(startSimulator({ controlToken: '' })).rejects.toThrow(/controlToken/);
  });
});

/** Sends a control call's headers only (announcing `contentLength` body bytes never sent) and resolves with the status, if one comes. */
function headersOnly(s: Simulator, path: string, headers: Record<string, string>, contentLength: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: s.port, method: 'POST', path, headers: { ...headers, 'content-length': String(contentLength) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}

describe('control API: a body it will not use is never read', () => {
  it('answers a refused call (foreign Host, foreign Origin, text/plain) from its headers, without waiting for its 100 MB body', async () => {
    const host = `127.0.0.1:${sim.port}`;
    const statuses = await Promise.all([
      headersOnly(sim, '/__sim/rate-limit', { host: `evil.example:${sim.port}`, 'content-type': 'application/json' }, 100e6),
      headersOnly(sim, '/__sim/rate-limit', { host, origin: 'null', 'content-type': 'application/json' }, 100e6),
      headersOnly(sim, '/__sim/rate-limit', { host, 'content-type': 'text/plain' }, 100e6),
    ]);
    expect(statuses).toEqual([403, 403, 415]);
  }, 10_000);

  it('refuses a body over 1 MiB with 413, and the rate limit stays off', async () => {
    const res = await call(sim, 'POST', '/__sim/rate-limit', { raw: `{"perSecond":0,"pad":"${'x'.repeat(2 * 1024 * 1024)}"}` });
    expect(res.status).toBe(413);
    expect((await search()).status).toBe(200);
  });

  it('answers 400, not 500, to an alert whose rawData is nested 100,000 levels deep', async () => {
    const res = await call(sim, 'POST', '/__sim/alerts', { raw: `{"alertId":"deep","rawData":${'['.repeat(100_000)}${']'.repeat(100_000)}}` });
    expect(res.status).toBe(400);
    expect(sim.alerts().some((a) => a.alertId === 'deep')).toBe(false);
  });

  it('refuses a delay fault longer than a Node timer can wait (it would fire at once) with a 400', async () => {
    const res = await call(sim, 'POST', '/__sim/faults', { body: { route: 'POST /alerts/search', fault: { kind: 'delay', ms: 3e9 }, times: 1 } });
    expect(res.status).toBe(400);
    await call(sim, 'DELETE', '/__sim/faults');
  });

  it('answers 400, not 500, for an analysis id that is no valid percent-encoding', async () => {
    const res = await call(sim, 'POST', '/__sim/analyses/%E0%A4%A', { body: { state: 'failed' } });
    expect(res.status).toBe(400);
  });
});
