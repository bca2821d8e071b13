/**
 * Authentication on the wire: the token exchange, the bearer token on every other call, the
 * User-Agent, renewal before expiry and after a 401, and single-flight renewal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAlertById } from '../../src/client/endpoints.js';
import { IntezerError, InvalidApiKeyError, ResponseValidationError } from '../../src/client/errors.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { API_KEY, rejectionOf, useWireServer } from '../helpers/fixture.js';
import { bearerOf, grantTokens } from '../helpers/wire-server.js';

const wire = useWireServer();
const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Each call answered with a valid alert. */
const answerAlerts = () => wire.server.handle(() => ok.alert);

describe('token exchange', () => {
  it.each([
    ['CR LF (a header injected)', 'tok-abcdefgh\r\nx-injected: 1'],
    ['a NUL', 'tok-abcdefgh\u0000'],
    ['a character past Latin-1', 'tok-abcdefgh-€'],
  ])('a token holding %s is a ResponseValidationError, never a raw TypeError from Node, and no call carries it', async (_what, token) => {
    answerAlerts();
    wire.server.onToken(() => ({ json: { result: token, expire_at: Math.floor(Date.now() / 1000) + 3600 } }));
    const err = await rejectionOf(getAlertById(wire.client({ maxRetries: 0 }), ALERT_ID));
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect((err as ResponseValidationError).issues[0]!.path).toStrictEqual(['result']);
    expect(wire.server.calls()).toHaveLength(0);
  });

  it('is a POST of {api_key} as JSON, without Authorization', async () => {
    answerAlerts();
    await getAlertById(wire.client(), ALERT_ID);
    const [exchange, ...rest] = wire.server.tokenRequests();
    expect(rest).toHaveLength(0);
    expect(exchange!.url).toBe('/api/v2-0/get-access-token');
    expect(exchange!.headers['content-type']).toBe('application/json');
    expect(exchange!.headers['content-length']).toBe(String(exchange!.body.length));
    expect(exchange!.json).toStrictEqual({ api_key: API_KEY });
    expect(exchange!.headers.authorization).toBeUndefined();
  });

  it('happens before the first call, and its token is sent as Bearer on every other call', async () => {
    answerAlerts();
    const client = wire.client();
    for (let i = 0; i < 3; i++) await getAlertById(client, ALERT_ID);
    expect(wire.server.requests[0]!.url).toBe('/api/v2-0/get-access-token');
    expect(wire.server.tokenRequests()).toHaveLength(1);
    const calls = wire.server.calls();
    expect(calls).toHaveLength(3);
    for (const call of calls) expect(call.headers.authorization).toBe(`Bearer ${wire.server.issuedTokens[0]}`);
  });

  it.each([400, 401])('answered %i means the key is invalid: InvalidApiKeyError, asked once, no call made', async (status) => {
    wire.server.onToken(() => ({ status, json: { error: 'Invalid api key' } }));
    const err = await rejectionOf(getAlertById(wire.client(), ALERT_ID));
    expect(err).toBeInstanceOf(InvalidApiKeyError);
    expect(err).toBeInstanceOf(IntezerError);
    expect((err as InvalidApiKeyError).status).toBe(status);
    expect(wire.server.tokenRequests()).toHaveLength(1);
    expect(wire.server.calls()).toHaveLength(0);
  });
});

describe('User-Agent', () => {
  it('is intezer-typescript-sdk-<package version> on every request, the token exchange included', async () => {
    answerAlerts();
    await getAlertById(wire.client(), ALERT_ID);
    expect(wire.server.requests).toHaveLength(2);
    for (const req of wire.server.requests) expect(req.headers['user-agent']).toBe(`intezer-typescript-sdk-${PACKAGE_VERSION}`);
  });

  it('is followed by /<userAgent> when the caller gives one', async () => {
    answerAlerts();
    await getAlertById(wire.client({ userAgent: 'soc-bot/2.1' }), ALERT_ID);
    for (const req of wire.server.requests) expect(req.headers['user-agent']).toBe(`intezer-typescript-sdk-${PACKAGE_VERSION}/soc-bot/2.1`);
  });
});

describe('renewal before expiry', () => {
  /** Two calls in a row with tokens that live `ttlSec`; resolves with the count of token requests. */
  async function tokenRequestsForTwoCalls(ttlSec: number, renewTokenWindowSec?: number): Promise<number> {
    wire.server.onToken(grantTokens(wire.server.issuedTokens, { ttlSec }));
    answerAlerts();
    const client = wire.client(renewTokenWindowSec === undefined ? {} : { renewTokenWindowSec });
    await getAlertById(client, ALERT_ID);
    await getAlertById(client, ALERT_ID);
    return wire.server.tokenRequests().length;
  }

  it('keeps a token that has more than renewTokenWindowSec left', async () => {
    expect(await tokenRequestsForTwoCalls(30, 20)).toBe(1);
  });

  it('renews a token that has fewer than renewTokenWindowSec left, and sends the new one', async () => {
    expect(await tokenRequestsForTwoCalls(30, 40)).toBe(2);
    expect(wire.server.calls().map(bearerOf)).toStrictEqual(wire.server.issuedTokens);
  });

  it('renews by default when fewer than 20 s remain', async () => {
    expect(await tokenRequestsForTwoCalls(15)).toBe(2);
  });

  it('keeps a token by default when more than 20 s remain', async () => {
    expect(await tokenRequestsForTwoCalls(25)).toBe(1);
  });
});

describe('renewal after a 401', () => {
  it('renews once and repeats the call once with the new token', async () => {
    wire.server.reply({ status: 401, json: { error: 'Invalid access token' } }, ok.alert);
    const data = await getAlertById(wire.client(), ALERT_ID);
    expect(data).toStrictEqual(ok.alert.json);
    const [t1, t2] = wire.server.issuedTokens;
    expect(wire.server.requests.map((r) => bearerOf(r) ?? r.url)).toStrictEqual(['/api/v2-0/get-access-token', t1, '/api/v2-0/get-access-token', t2]);
    expect(t1).not.toBe(t2);
  });

  it('gives up with InvalidApiKeyError when the repeat answers 401 again', async () => {
    wire.server.handle(() => ({ status: 401, json: { error: 'Invalid access token' } }));
    const err = await rejectionOf(getAlertById(wire.client({ maxRetries: 3 }), ALERT_ID));
    expect(err).toBeInstanceOf(InvalidApiKeyError);
    expect((err as InvalidApiKeyError).status).toBe(401);
    expect(wire.server.calls()).toHaveLength(2);
    expect(wire.server.tokenRequests()).toHaveLength(2);
  });

  it('many calls refused at once renew the token only once', async () => {
    const client = wire.client();
    answerAlerts();
    await getAlertById(client, ALERT_ID);
    const first = wire.server.issuedTokens[0];
    wire.server.handle((req) => (bearerOf(req) === first ? { status: 401, json: { error: 'expired' }, delayMs: 5 } : ok.alert));
    await Promise.all(Array.from({ length: 10 }, () => getAlertById(client, ALERT_ID)));
    expect(wire.server.tokenRequests()).toHaveLength(2);
  });
});

describe('single-flight', () => {
  it('50 concurrent calls without a token cause exactly one token request', async () => {
    wire.server.onToken(grantTokens(wire.server.issuedTokens, { delayMs: 30 }));
    answerAlerts();
    const client = wire.client();
    await Promise.all(Array.from({ length: 50 }, () => getAlertById(client, ALERT_ID)));
    expect(wire.server.tokenRequests()).toHaveLength(1);
    const calls = wire.server.calls();
    expect(calls).toHaveLength(50);
    expect(new Set(calls.map(bearerOf))).toStrictEqual(new Set([wire.server.issuedTokens[0]]));
  });

  it('50 concurrent calls with an expired token cause exactly one more token request', async () => {
    // The first token is already past its expiry when it arrives; later ones are good.
    let first = true;
    const fresh = grantTokens(wire.server.issuedTokens, { delayMs: 30 });
    const expired = grantTokens(wire.server.issuedTokens, { ttlSec: -60 });
    wire.server.onToken((req) => (first ? ((first = false), expired(req)) : fresh(req)));
    answerAlerts();
    const client = wire.client();
    await getAlertById(client, ALERT_ID);
    await Promise.all(Array.from({ length: 50 }, () => getAlertById(client, ALERT_ID)));
    expect(wire.server.tokenRequests()).toHaveLength(2);
    expect(new Set(wire.server.calls().slice(1).map(bearerOf))).toStrictEqual(new Set([wire.server.issuedTokens[1]]));
  });
});
