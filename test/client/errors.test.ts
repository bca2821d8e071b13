/**
 * Each failure becomes its own error class (docs/behaviour.md → Errors), every one an IntezerError, and
 * server errors carry the status, body and headers that arrived.
 */
import { describe, expect, it } from 'vitest';
import { IntezerClient } from '../../src/client/client.js';
import { getAlertById, getAlertsByIds, ingestPhishingEmail, notifyAlert, searchAlertsHistory } from '../../src/client/endpoints.js';
import {
  InsufficientPermissionsError,
  IntezerError,
  InvalidApiKeyError,
  NetworkError,
  RateLimitError,
  ServerError,
  UnsupportedOnPremiseVersionError,
} from '../../src/client/errors.js';
import { AlertConflictError, AlertNotFoundError, type AlertError } from '../../src/client/errors.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { API_KEY, closedPort, rejectionOf, useWireServer } from '../helpers/fixture.js';

const wire = useWireServer();

async function failWith(status: number, body: unknown, headers: Record<string, string> = {}) {
  wire.server.handle(() => ({ status, json: body, headers }));
  return rejectionOf(getAlertById(wire.client(), ALERT_ID));
}

/** The plain ServerError of an answer to get-by-id carries what arrived. */
function expectServerErrorOf(e: ServerError, status: number, body: { error: string }): void {
  expect((e as object).constructor).toBe(ServerError);
  expect(e.status).toBe(status);
  expect(e.body).toStrictEqual(body);
  expect(e.headers['x-request-id']).toBe('req-42');
  expect(e.headers['content-type']).toBe('application/json');
  expect([e.method, e.url]).toStrictEqual(['GET', `${wire.server.url}/api/v2-0/alerts/get-by-id`]);
  expect(e.message).toContain(String(status));
  expect(e.message).toContain(body.error);
}

describe('HTTP answers', () => {
  it.each([
    [400, { error: 'Bad Request', message: { alert_id: 'Missing data for required field.' } }],
    [403, { error: 'Quota exceeded' }],
    [500, { error: 'Internal Server Error' }],
  ])('%i is a plain ServerError with the status, body and headers that arrived', async (status, body) => {
    const err = await failWith(status, body, { 'x-request-id': 'req-42' });
    expect(err).toBeInstanceOf(IntezerError);
    expectServerErrorOf(err as ServerError, status, body);
  });

  it.each([
    [404, { error: 'Alert not found' }, AlertNotFoundError],
    [409, { error: 'Alert exists in multiple environments, please specify an environment' }, AlertConflictError],
  ] as const)('%i on get-by-id is the alert error naming the alert, caused by a plain ServerError with what arrived', async (status, body, cls) => {
    const err = await failWith(status, body, { 'x-request-id': 'req-42' });
    expect(err).toBeInstanceOf(cls);
    expect(err).toBeInstanceOf(IntezerError);
    expect((err as AlertError).alertId).toBe(ALERT_ID);
    expectServerErrorOf((err as Error).cause as ServerError, status, body);
  });

  it('401 (after one renewal) is InvalidApiKeyError, a ServerError', async () => {
    const err = await failWith(401, { error: 'Invalid access token' });
    expect(err).toBeInstanceOf(InvalidApiKeyError);
    expect(err).toBeInstanceOf(ServerError);
    expect(err).toBeInstanceOf(IntezerError);
  });

  it('403 {"error": "Insufficient Permissions"} is InsufficientPermissionsError', async () => {
    const err = await failWith(403, { error: 'Insufficient Permissions' });
    expect(err).toBeInstanceOf(InsufficientPermissionsError);
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).status).toBe(403);
  });

  it('429 after the retries ran out is RateLimitError with the rate-limit headers', async () => {
    const err = await failWith(
      429,
      { error: 'Too Many Requests' },
      { 'retry-after': '0', 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1893456000' },
    );
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err).toBeInstanceOf(ServerError);
    const e = err as RateLimitError;
    expect([e.status, e.retryAfterMs, e.limit, e.remaining]).toStrictEqual([429, 0, 50, 0]);
    expect(e.resetAt?.getTime()).toBe(1893456000_000);
    expect(wire.server.calls()).toHaveLength(4);
  });

  it('an error answer that is not JSON keeps its text as the body', async () => {
    wire.server.handle(() => ({ status: 500, headers: { 'content-type': 'text/html' }, body: '<h1>upstream down</h1>' }));
    const err = await rejectionOf(getAlertById(wire.client(), ALERT_ID));
    expect((err as object).constructor).toBe(ServerError);
    expect((err as ServerError).body).toBe('<h1>upstream down</h1>');
  });
});

describe('connection failures', () => {
  it('a refused connection is NetworkError with the cause', async () => {
    const client = new IntezerClient({ apiKey: API_KEY, baseUrl: `http://127.0.0.1:${await closedPort()}/api/`, retryBaseDelayMs: 1 });
    try {
      const err = await rejectionOf(getAlertById(client, ALERT_ID));
      expect(err).toBeInstanceOf(NetworkError);
      expect(err).toBeInstanceOf(IntezerError);
      expect(((err as NetworkError).cause as { code?: string }).code).toBe('ECONNREFUSED');
    } finally {
      client.close();
    }
  });
});

describe('on-premise', () => {
  it.each([
    ['ingest', (c: IntezerClient) => ingestPhishingEmail(c, { email: Buffer.from('x') })],
    ['search-by-ids', (c: IntezerClient) => getAlertsByIds(c, [ALERT_ID])],
    ['history search', (c: IntezerClient) => searchAlertsHistory(c, { offset: 0, limit: 100 })],
    ['notify', (c: IntezerClient) => notifyAlert(c, ALERT_ID)],
  ])('%s (cloud only) throws UnsupportedOnPremiseVersionError without any request', async (_name, call) => {
    const err = await rejectionOf(call(wire.client({ onPremiseVersion: 22.1 })));
    expect(err).toBeInstanceOf(UnsupportedOnPremiseVersionError);
    expect(err).toBeInstanceOf(IntezerError);
    expect(wire.server.requests).toHaveLength(0);
  });

  it('get-by-id works on-premise', async () => {
    wire.server.reply(ok.alert);
    await getAlertById(wire.client({ onPremiseVersion: 23.1 }), ALERT_ID);
    expect(wire.server.calls()).toHaveLength(1);
  });
});
