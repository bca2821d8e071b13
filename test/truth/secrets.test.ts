/**
 * No secret in any field of any error, however the service echoes it: deep in a body, in a
 * long text, in an operation's failure, in a proxy URL; and what a client holds to scrub
 * stays bounded by that client's own tokens.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { OperationFailedError } from '../../src/client/errors.js';
import { IntezerClient } from '../../src/client/client.js';
import { getAlertById } from '../../src/client/endpoints.js';
import { InvalidArgumentError, ServerError } from '../../src/client/errors.js';
import { Operation } from '../../src/facade/operation.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { API_KEY, rejectionOf, useWireServer } from '../helpers/fixture.js';
import { bearerOf, grantTokens } from '../helpers/wire-server.js';

const wire = useWireServer();

/** Every way an error (or a value) can be shown: none may hold one of `secrets`, whole or as an 8-character prefix. */
function expectNothingOf(err: unknown, secrets: string[]): void {
  const shown = [String(err), JSON.stringify(err), inspect(err, { depth: Infinity })];
  if (err instanceof Error) shown.push(err.message, err.stack ?? '');
  for (const s of secrets) {
    for (const text of shown) {
      expect(text).not.toContain(s);
      expect(text).not.toContain(s.slice(0, 8));
    }
  }
}

function nested(depth: number, leaf: unknown): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = { level: v };
  return v;
}

describe('secrets echoed by the service', () => {
  it('a key and a token echoed 25 levels deep in an error body show in no form of the error', async () => {
    wire.server.handle((req) => ({ status: 500, json: { error: 'boom', deep: nested(25, `key=${API_KEY} token=${bearerOf(req)}`) } }));
    const err = await rejectionOf(getAlertById(wire.client({ maxRetries: 0 }), ALERT_ID));
    expect(err).toBeInstanceOf(ServerError);
    expectNothingOf(err, [API_KEY, wire.server.issuedTokens[0]!]);
  });

  it('a body nested 100,000 levels deep is elided past a bounded depth: JSON.stringify and inspect of the error work', async () => {
    const deep = `${'{"a":'.repeat(100_000)}"${API_KEY}"${'}'.repeat(100_000)}`;
    wire.server.handle(() => ({ status: 500, body: deep, headers: { 'content-type': 'application/json' } }));
    const err = await rejectionOf(getAlertById(wire.client({ maxRetries: 0 }), ALERT_ID));
    expect(err).toBeInstanceOf(ServerError);
    expect(() => JSON.stringify(err)).not.toThrow();
    expectNothingOf(err, [API_KEY]);
  });

  it('a text body with the token at offset 180 is redacted before it is cut: no prefix of the token in the message', async () => {
    wire.server.handle((req) => ({ status: 500, body: `${'x'.repeat(180)}${bearerOf(req)} and more text after it` }));
    const err = await rejectionOf(getAlertById(wire.client({ maxRetries: 0 }), ALERT_ID));
    expect((err as Error).message).toContain('x'.repeat(180));
    expectNothingOf(err, [wire.server.issuedTokens[0]!]);
  });

  it("an operation's failure detail is redacted in the error's detail and message", async () => {
    wire.server.handle((req) => ({ json: { status: 'failed', error: { reason: `token ${bearerOf(req)} of key ${API_KEY} expired`, api_key: API_KEY } } }));
    const op = new Operation('/ops/1', 'Delete Alert', wire.client());
    const err = await rejectionOf(op.checkStatus());
    expect(err).toBeInstanceOf(OperationFailedError);
    expect((err as OperationFailedError).detail).toMatchObject({ api_key: '[REDACTED]' });
    expectNothingOf(err, [API_KEY, wire.server.issuedTokens[0]!]);
    expectNothingOf((err as OperationFailedError).detail, [API_KEY, wire.server.issuedTokens[0]!]);
  });
});

describe('credentials in URLs', () => {
  it("a proxy's password never shows in the client's config, inspect or JSON", () => {
    const password = 's3cret-proxy-pass';
    const client = new IntezerClient({ apiKey: 'test-key-1', proxy: `http://alice:${password}@127.0.0.1:3128` });
    for (const shown of [inspect(client, { depth: Infinity }), JSON.stringify(client), JSON.stringify(client.config)]) {
      expect(shown).not.toContain(password);
      expect(shown).toContain('alice');
    }
    client.close();
  });

  it('a baseUrl with credentials is refused before any request, without echoing the password', () => {
    let err: unknown;
    try {
      new IntezerClient({ apiKey: 'test-key-1', baseUrl: `${wire.server.url.replace('//', '//bob:hunter22@')}/api/` });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/baseUrl/);
    expect((err as Error).message).not.toContain('hunter22');
    expect(wire.server.requests).toHaveLength(0);
  });
});

describe('what a client holds to scrub', () => {
  it('stays bounded when the service renews on every call (expire_at in the past): 300 renewals, a handful held', async () => {
    wire.server.onToken(grantTokens(wire.server.issuedTokens, { ttlSec: -10 }));
    wire.server.handle(() => ok.alert);
    const client = wire.client();
    for (let i = 0; i < 300; i++) await getAlertById(client, ALERT_ID);
    expect(wire.server.issuedTokens.length).toBeGreaterThanOrEqual(300);
    expect(client.secretCount).toBeLessThanOrEqual(6);
  });

  it('forgets its tokens when it closes, and still scrubs its key', async () => {
    wire.server.handle(() => ok.alert);
    const client = wire.client();
    await getAlertById(client, ALERT_ID);
    expect(client.secretCount).toBe(2);
    client.close();
    expect(client.secretCount).toBe(1);
    wire.server.handle(() => ({ status: 500, json: { error: `key ${API_KEY}` } }));
    const err = await rejectionOf(getAlertById(client, ALERT_ID));
    expectNothingOf(err, [API_KEY]);
  });

  it("one client's secrets are its own: a second client's error does not depend on the first one's tokens", async () => {
    // The first client renews on every call (a closed client is closed for good, so it is renewal, not close(), that makes new tokens).
    wire.server.onToken(grantTokens(wire.server.issuedTokens, { ttlSec: -10 }));
    wire.server.handle(() => ok.alert);
    const first = wire.client();
    for (let i = 0; i < 5; i++) await getAlertById(first, ALERT_ID);
    expect(wire.server.issuedTokens.length).toBeGreaterThanOrEqual(5);
    const second = wire.client();
    expect(second.secretCount).toBe(1);
  });
});
