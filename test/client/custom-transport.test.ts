/**
 * A custom transport (the public `transport` option) that breaks its contract still gives a
 * typed error or a right answer, never a raw TypeError and never the key: one that throws
 * something without an errno code (a string, null, fetch's TypeError), that answers
 * synchronously, that hands back fetch's own Headers and a text body, or an answer with no
 * status. The transports here are written as users write them: over fetch, against the
 * real local wire server.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { getAlertById, ingestAlert } from '../../src/client/endpoints.js';
import { IntezerClient } from '../../src/client/client.js';
import { InvalidArgumentError, NetworkError, RateLimitError, ResponseValidationError } from '../../src/client/errors.js';
import type { Transport, WireRequest } from '../../src/client/transport/types.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { API_KEY, closedPort, rejectionOf, useWireServer } from '../helpers/fixture.js';

const wire = useWireServer();

/** The wire server reached through fetch: its POST bodies as sent, a GET's body moved to a header (fetch refuses one). */
async function viaFetch(req: WireRequest): Promise<Response> {
  const body = req.method === 'GET' ? undefined : req.body;
  return fetch(req.url, {
    method: req.method,
    headers: { ...req.headers, ...(req.method === 'GET' && req.body ? { 'x-get-body': String(req.body) } : {}) },
    body,
  });
}

/** Every rendering of an error a user or a logger might make. */
const renderings = (err: unknown) => [String(err), JSON.stringify(err), inspect(err, { depth: Infinity, showHidden: true })].join('\n');

describe('a custom transport', () => {
  it("that hands back fetch's Headers and a text body is read like bytes: the call succeeds, a 429's Retry-After is read", async () => {
    wire.server.reply({ status: 429, headers: { 'retry-after': '7' }, json: { error: 'slow down' } });
    wire.server.handle(() => ok.alert);
    const transport = (async (req: WireRequest) => {
      const res = await viaFetch(req);
      return { status: res.status, headers: res.headers, body: await res.text(), url: res.url };
    }) as unknown as Transport;
    const client = wire.client({ transport, maxRetries: 0 });
    const err = await rejectionOf(getAlertById(client, ALERT_ID));
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as RateLimitError).retryAfterMs).toBe(7000);
    await expect(getAlertById(client, ALERT_ID)).resolves.toMatchObject({ result: { alert_id: ALERT_ID } });
  });

  it('that answers synchronously (no promise), with header values as arrays, is taken', async () => {
    wire.server.handle(() => ok.alert);
    const transport = ((req: WireRequest) => {
      const token = req.url.endsWith('/get-access-token');
      const json = token ? { result: `tok-${'y'.repeat(24)}`, expire_at: Math.floor(Date.now() / 1000) + 3600 } : ok.alert.json;
      return {
        status: 200,
        headers: { 'Content-Type': ['application/json'], 'x-undefined': undefined },
        body: Buffer.from(JSON.stringify(json)),
        url: req.url,
      };
    }) as unknown as Transport;
    const client = wire.client({ transport });
    await expect(getAlertById(client, ALERT_ID)).resolves.toMatchObject({ result: { alert_id: ALERT_ID } });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string echoing the request body (the API key)', 'SEND_BODY'],
  ])('that throws %s gives a NetworkError (requestSent: true), not repeated, that shows no key', async (_what, thrown) => {
    let calls = 0;
    const transport = (async (req: WireRequest) => {
      calls++;
      if (thrown === 'SEND_BODY') throw `could not send ${String(req.body)}`;
      throw thrown;
    }) as unknown as Transport;
    const client = wire.client({ transport, maxRetries: 3 });
    const err = await rejectionOf(getAlertById(client, ALERT_ID));
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).requestSent).toBe(true);
    expect(renderings(err)).not.toContain(API_KEY);
    expect(calls).toBe(1);
  });

  it('whose own Error (no code) echoes the API key is thrown as it is, once, its message and stack scrubbed of the key', async () => {
    const transport = (async (req: WireRequest) => {
      throw new RangeError(`could not send ${String(req.body)}`);
    }) as unknown as Transport;
    const client = wire.client({ transport, maxRetries: 3 });
    const err = await rejectionOf(getAlertById(client, ALERT_ID));
    expect(err).toBeInstanceOf(RangeError);
    expect((err as Error).message).toContain('could not send');
    expect(renderings(err)).not.toContain(API_KEY);
  });

  it("over fetch, whose refused connection is TypeError('fetch failed') with ECONNREFUSED as cause: a NetworkError that knows nothing was sent", async () => {
    const port = await closedPort();
    let ingests = 0;
    const transport = (async (req: WireRequest) => {
      if (req.url.endsWith('/get-access-token')) {
        const res = await viaFetch(req);
        return { status: res.status, headers: Object.fromEntries(res.headers), body: new Uint8Array(await res.arrayBuffer()), url: res.url };
      }
      ingests++;
      await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: String(req.body) });
      throw new Error('unreachable');
    }) as unknown as Transport;
    const client = wire.client({ transport, maxRetries: 2 });
    const err = await rejectionOf(ingestAlert(client, { alert: { id: '1' }, definition_mapping: {}, alert_source: 'src', environment: 'e' } as never));
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as Error).message).toContain('fetch failed');
    expect((err as NetworkError).requestSent).toBe(false);
    // Surely not sent: an ingest may be repeated.
    expect(ingests).toBe(3);
  });

  it('whose coded failure carries the key and the token in its connection fields (address, syscall, code) or a cause chain: no rendering shows them', async () => {
    let token = '';
    const transport = (async (req: WireRequest) => {
      if (req.url.endsWith('/get-access-token')) {
        const res = await viaFetch(req);
        return { status: res.status, headers: res.headers, body: new Uint8Array(await res.arrayBuffer()), url: res.url };
      }
      token = String(req.headers.authorization);
      const inner = new Error(`inner ${API_KEY}`, { cause: new Error(`deeper ${token}`) });
      throw Object.assign(new AggregateError([inner], `reset ${API_KEY}`, { cause: inner }), {
        code: 'ECONNRESET',
        address: API_KEY,
        syscall: token,
        port: { key: API_KEY },
      });
    }) as unknown as Transport;
    const client = wire.client({ transport, maxRetries: 1 });
    const err = await rejectionOf(getAlertById(client, ALERT_ID));
    expect(err).toBeInstanceOf(NetworkError);
    const cause = (err as Error).cause as Error;
    expect(cause).toMatchObject({ code: 'ECONNRESET' });
    for (const text of [renderings(err), renderings(cause), String(cause.stack)]) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(token.replace('Bearer ', ''));
    }
  });

  it.each([
    ['status 0', { status: 0, headers: {}, body: new Uint8Array() }],
    ['status NaN', { status: Number.NaN, headers: {}, body: new Uint8Array() }],
    ["status '200' (a string)", { status: '200', headers: {}, body: Buffer.from('{}') }],
    ['a body that is a number', { status: 200, headers: {}, body: 42 }],
    ['headers that are a string', { status: 200, headers: 'content-type: application/json', body: Buffer.from('{}') }],
    ['nothing (undefined)', undefined],
  ])('that answers with %s gives a ResponseValidationError, not a TypeError', async (_what, answer) => {
    const transport = (async () => answer) as unknown as Transport;
    const client = wire.client({ transport, maxRetries: 0 });
    const err = await rejectionOf(getAlertById(client, ALERT_ID));
    expect(err).toBeInstanceOf(ResponseValidationError);
  });

  it('that is not a function is refused when the client is made', () => {
    expect(() => new IntezerClient({ apiKey: API_KEY, transport: 'fetch' as unknown as Transport })).toThrow(InvalidArgumentError);
  });
});
