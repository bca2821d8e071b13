/**
 * Errors that name the real cause: a wrong API root is not "alert not found", a not-found
 * alert says the service said 404, one failed token exchange does not fail every waiting
 * call, and an error body cannot change its object's prototype.
 */
import { describe, expect, it } from 'vitest';
import { AlertError, AlertNotFoundError } from '../../src/client/errors.js';
import { getAlertById } from '../../src/client/endpoints.js';
import { ServerError } from '../../src/client/errors.js';
import { Alert } from '../../src/facade/alert.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf, useWireServer } from '../helpers/fixture.js';
import { grantTokens } from '../helpers/wire-server.js';

const wire = useWireServer();

describe('a wrong API root', () => {
  it.each([
    ['a 404', { status: 404, json: { error: 'Not Found' } }],
    ['a 404 page in HTML', { status: 404, body: '<html><body>Not Found</body></html>', headers: { 'content-type': 'text/html' } }],
    ['a 200 page in HTML', { status: 200, body: '<html>a web site</html>', headers: { 'content-type': 'application/json' } }],
  ])('the token exchange answering %s is a ServerError naming the URL and pointing at baseUrl/apiVersion, never an alert error', async (_what, reply) => {
    wire.server.onToken(() => reply);
    const client = wire.client({ apiVersion: 'v9-9' });
    const err = await rejectionOf(Alert.fromId(ALERT_ID, { client }));
    expect(err).toBeInstanceOf(ServerError);
    expect(err).not.toBeInstanceOf(AlertError);
    const message = (err as Error).message;
    expect(message).toContain(`${wire.server.url}/api/v9-9/get-access-token`);
    expect(message).toMatch(/baseUrl/);
    expect(message).toMatch(/apiVersion/);
    expect(wire.server.calls()).toHaveLength(0);
  });
});

describe('not found', () => {
  it('AlertNotFoundError carries status 404 when the service said so', async () => {
    wire.server.reply({ status: 404, json: { error: 'Alert not found' } });
    const err = await rejectionOf(Alert.fromId(ALERT_ID, { client: wire.client() }));
    expect(err).toBeInstanceOf(AlertNotFoundError);
    expect((err as AlertNotFoundError).status).toBe(404);
  });
});

describe('the token exchange is repeated like any safe call', () => {
  it.each([500, 502, 503, 504])('one %i from the exchange fails none of 200 calls waiting on it', async (status) => {
    let first = true;
    const grant = grantTokens(wire.server.issuedTokens);
    wire.server.onToken((req) => {
      if (first) {
        first = false;
        return { status, json: { error: 'try again' }, delayMs: 20 };
      }
      return grant(req);
    });
    wire.server.handle(() => ok.alert);
    const client = wire.client();
    const results = await Promise.allSettled(Array.from({ length: 200 }, () => getAlertById(client, ALERT_ID)));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(0);
    expect(wire.server.tokenRequests()).toHaveLength(2);
  });
});

describe('an error body is data', () => {
  it('{"__proto__": {...}} stays a plain key of ServerError.body and never becomes its prototype', async () => {
    wire.server.handle(() => ({ status: 500, body: '{"error":"x","__proto__":{"isAdmin":true}}', headers: { 'content-type': 'application/json' } }));
    const err = await rejectionOf(getAlertById(wire.client({ maxRetries: 0 }), ALERT_ID));
    const body = (err as ServerError).body as Record<string, unknown>;
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect((body as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(body, '__proto__')?.value).toStrictEqual({ isAdmin: true });
  });
});
