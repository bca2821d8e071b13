/**
 * Retries of safe calls, counted at the server: which answers and faults are repeated, how
 * many times, after how long, and which are reported at once.
 */
import { describe, expect, it } from 'vitest';
import { getAlertById, searchAlertsHistory } from '../../src/client/endpoints.js';
import { NetworkError, RateLimitError, ServerError } from '../../src/client/errors.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf, useWireServer } from '../helpers/fixture.js';

const wire = useWireServer();
const gaps = () => {
  const at = wire.server.calls().map((r) => r.at);
  return at.slice(1).map((t, i) => t - at[i]!);
};

describe('repeated, then successful', () => {
  it('a 429 with Retry-After: 1 is waited out (about a second) and the repeat succeeds', async () => {
    wire.server.reply({ status: 429, headers: { 'retry-after': '1' }, json: { error: 'Too Many Requests' } }, ok.alert);
    const data = await getAlertById(wire.client(), ALERT_ID);
    expect(data).toStrictEqual(ok.alert.json);
    expect(wire.server.calls()).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(900);
  });

  it.each([408, 502, 503, 504])('a GET answered %i is repeated with the same body', async (status) => {
    wire.server.reply({ status, json: { error: 'trouble' } }, ok.alert);
    await getAlertById(wire.client(), ALERT_ID, 'production');
    const [first, second] = wire.server.calls();
    expect(wire.server.calls()).toHaveLength(2);
    expect(second!.body.equals(first!.body)).toBe(true);
    expect(second!.json).toStrictEqual({ alert_id: ALERT_ID, environment: 'production' });
  });

  it('a GET whose connection is reset is repeated', async () => {
    wire.server.reply({ reset: true }, ok.alert);
    const data = await getAlertById(wire.client(), ALERT_ID);
    expect(data).toStrictEqual(ok.alert.json);
    expect(wire.server.calls()).toHaveLength(2);
  });

  it('the history search (a read sent as POST) is repeated after a reset', async () => {
    wire.server.reply({ reset: true }, ok.alertsList);
    await searchAlertsHistory(wire.client(), { offset: 0, limit: 10 });
    expect(wire.server.calls()).toHaveLength(2);
  });
});

describe('how many attempts', () => {
  it.each([0, 1, 2, 5])('maxRetries %i: an always-503 call is sent exactly maxRetries + 1 times, then ServerError', async (maxRetries) => {
    wire.server.handle(() => ({ status: 503, json: { error: 'Service Unavailable' } }));
    const err = await rejectionOf(getAlertById(wire.client({ maxRetries }), ALERT_ID));
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).status).toBe(503);
    expect(wire.server.calls()).toHaveLength(maxRetries + 1);
  });

  it('by default a failing call is sent 4 times (3 retries)', async () => {
    wire.server.handle(() => ({ status: 502, json: { error: 'Bad Gateway' } }));
    await rejectionOf(getAlertById(wire.client(), ALERT_ID));
    expect(wire.server.calls()).toHaveLength(4);
  });

  it.each([400, 403, 404, 409, 500])('a %i is not repeated: sent exactly once', async (status) => {
    wire.server.handle(() => ({ status, json: { error: 'no' } }));
    const err = await rejectionOf(getAlertById(wire.client(), ALERT_ID));
    expect((err as ServerError).status).toBe(status);
    expect(wire.server.calls()).toHaveLength(1);
  });

  it('each attempt has its own timeout: a silent server is tried maxRetries + 1 times, then NetworkError', async () => {
    wire.server.handle(() => ({ hang: true }));
    const started = performance.now();
    const err = await rejectionOf(getAlertById(wire.client({ timeoutMs: 60, maxRetries: 2 }), ALERT_ID));
    expect(err).toBeInstanceOf(NetworkError);
    expect(((err as NetworkError).cause as { code?: string }).code).toBe('ETIMEDOUT');
    expect(wire.server.calls()).toHaveLength(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 55);
  });

  it('a Retry-After above 60 s is not waited out: RateLimitError at once with the rate-limit headers', async () => {
    wire.server.handle(() => ({
      status: 429,
      headers: { 'retry-after': '120', 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1893456000' },
      json: { error: 'Too Many Requests' },
    }));
    const started = performance.now();
    const err = await rejectionOf(getAlertById(wire.client(), ALERT_ID));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(err).toBeInstanceOf(RateLimitError);
    const e = err as RateLimitError;
    expect([e.status, e.retryAfterMs, e.limit, e.remaining]).toStrictEqual([429, 120_000, 100, 0]);
    expect(e.resetAt).toStrictEqual(new Date(1893456000 * 1000));
    expect(wire.server.calls()).toHaveLength(1);
  });
});

describe('backoff', () => {
  it('grows from retryBaseDelayMs, doubling each retry (minus up to 25 %)', async () => {
    wire.server.handle(() => ({ status: 503, json: { error: 'Service Unavailable' } }));
    await rejectionOf(getAlertById(wire.client({ retryBaseDelayMs: 80, maxRetries: 2 }), ALERT_ID));
    const [g1, g2] = gaps();
    expect(g1).toBeGreaterThanOrEqual(60 - 5);
    expect(g2).toBeGreaterThanOrEqual(120 - 5);
  });

  it('is capped by retryMaxDelayMs', async () => {
    wire.server.handle(() => ({ status: 503, json: { error: 'Service Unavailable' } }));
    await rejectionOf(getAlertById(wire.client({ retryBaseDelayMs: 60_000, retryMaxDelayMs: 20, maxRetries: 2 }), ALERT_ID));
    expect(wire.server.calls()).toHaveLength(3);
    for (const gap of gaps()) expect(gap).toBeLessThan(1000);
  });
});
