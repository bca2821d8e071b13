/**
 * The openapi-fetch behaviours the SDK relies on, each pinned through a custom transport (the
 * public `transport` option) so that a change in openapi-fetch shows here, by name, and what
 * a user's transport must give is only the byte shape: `{ status, headers, body, url }`.
 * The answers below also carry the old WHATWG-like methods (text, json, headers.get) so the
 * same tests say what a transport written for the earlier shape met.
 */
import { describe, expect, it } from 'vitest';
import { IntezerClient } from '../../src/client/client.js';
import { getAlertById, getAnalysis, notifyAlert } from '../../src/client/endpoints.js';
import { ResponseValidationError, ServerError } from '../../src/client/errors.js';
import type { Transport, WireRequest } from '../../src/client/transport/types.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';

const ROOT = 'http://127.0.0.1:1/api/v2-0';

/** An answer in the byte shape, with the earlier shape's methods beside it (off the headers' own keys). */
function answer(req: WireRequest, status: number, text: string, headers: Record<string, string> = {}) {
  const body = Buffer.from(text);
  const methods = {
    get: (n: string) => headers[n.toLowerCase()] ?? null,
    forEach: (cb: (v: string, k: string) => void) => Object.entries(headers).forEach(([k, v]) => cb(v, k)),
  };
  return {
    status,
    ok: status >= 200 && status < 300,
    url: req.url,
    body,
    headers: Object.assign(Object.create(methods) as object, headers) as Record<string, string>,
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
    arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength),
  };
}

const TOKEN = JSON.stringify({ result: 'token-123456789', expire_at: Math.floor(Date.now() / 1000) + 3600 });

/** A transport that grants tokens and answers every other call with `reply`; the requests it got, in order. */
function transportOf(
  reply: (req: WireRequest) => ReturnType<typeof answer>,
  token = (req: WireRequest) => answer(req, 200, TOKEN, { 'content-type': 'application/json' }),
) {
  const seen: WireRequest[] = [];
  const transport = (async (req: WireRequest) => {
    seen.push(req);
    return req.url.endsWith('/get-access-token') ? token(req) : reply(req);
  }) as unknown as Transport;
  return { transport, seen, client: new IntezerClient({ apiKey: 'test-key-1', baseUrl: 'http://127.0.0.1:1/api/', transport, maxRetries: 0 }) };
}

describe('the request openapi-fetch builds', () => {
  it('keeps a JSON body on GET (our Request class, not the WHATWG one that refuses it)', async () => {
    const t = transportOf((req) => answer(req, 200, JSON.stringify(ok.alert.json)));
    await getAlertById(t.client, ALERT_ID);
    const get = t.seen[1]!;
    expect([get.method, get.url]).toStrictEqual(['GET', `${ROOT}/alerts/get-by-id`]);
    expect(get.body).toBe(JSON.stringify({ alert_id: ALERT_ID }));
  });

  it("holds openapi-fetch's headers lower-cased and the client's per-attempt headers, as one plain record", async () => {
    const t = transportOf((req) => answer(req, 200, JSON.stringify(ok.alert.json)));
    await getAlertById(t.client, ALERT_ID);
    const { headers } = t.seen[1]!;
    expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
    expect(headers).toStrictEqual({
      'content-type': 'application/json',
      'user-agent': expect.stringMatching(/^intezer/),
      authorization: 'Bearer token-123456789',
    });
  });

  it('keeps its shape: the init keys openapi-fetch copies onto it are declared, and there is no clone() to call', async () => {
    const t = transportOf((req) => answer(req, 200, JSON.stringify(ok.alert.json)));
    await getAlertById(t.client, ALERT_ID);
    for (const req of t.seen) {
      expect(Object.keys(req).sort()).toStrictEqual(['body', 'headers', 'method', 'signal', 'tracker', 'url', 'wireHeaders']);
      expect(req.signal).toBeInstanceOf(AbortSignal);
      expect('clone' in req).toBe(false);
    }
  });
});

describe('the answer, parsed by the client, never by openapi-fetch', () => {
  it.each([
    ['with a Content-Length', { 'content-length': '9' }],
    ['without a Content-Length', {}],
  ])('a 200 that is not JSON (%s) is ResponseValidationError, never a raw SyntaxError', async (_how, headers) => {
    const t = transportOf((req) => answer(req, 200, 'not json!', headers));
    const err = await rejectionOf(getAlertById(t.client, ALERT_ID));
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect((err as ResponseValidationError).issues).toStrictEqual([{ path: [], message: 'the body is not valid JSON' }]);
  });

  it('a 200 of the token exchange that is not JSON is the ServerError that says no Intezer API answers there', async () => {
    const t = transportOf(
      (req) => answer(req, 200, '{}'),
      (req) => answer(req, 200, '<html>a login page</html>', { 'content-type': 'text/html' }),
    );
    const err = await rejectionOf(getAlertById(t.client, ALERT_ID));
    expect(err).toBeInstanceOf(ServerError);
    expect((err as Error).message).toMatch(/not the Intezer API/);
  });

  it('an error answer keeps its text when it is not JSON, and its JSON when it is', async () => {
    const text = transportOf((req) => answer(req, 502, 'Bad Gateway from the balancer'));
    const e1 = await rejectionOf(getAlertById(text.client, ALERT_ID));
    expect((e1 as ServerError).body).toBe('Bad Gateway from the balancer');
    const json = transportOf((req) => answer(req, 500, JSON.stringify({ error: 'boom' })));
    const e2 = await rejectionOf(getAlertById(json.client, ALERT_ID));
    expect((e2 as ServerError).body).toStrictEqual({ error: 'boom' });
  });

  it('a 2xx with an empty body reaches validation as no body (a breach for an operation that documents one)', async () => {
    const t = transportOf((req) => answer(req, 200, '', { 'content-length': '0' }));
    const err = await rejectionOf(notifyAlert(t.client, ALERT_ID));
    expect(err).toBeInstanceOf(ResponseValidationError);
  });

  it('a 202 is read like a 200: its status and body reach the caller', async () => {
    const t = transportOf((req) => answer(req, 202, JSON.stringify({ status: 'in_progress' })));
    await expect(getAnalysis(t.client, 'file', 'an-analysis')).resolves.toStrictEqual({ status: 202, data: { status: 'in_progress' } });
  });
});
