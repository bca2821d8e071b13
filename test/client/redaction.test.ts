/**
 * The API key and the access tokens never show in an error (message, String(), JSON,
 * util.inspect with its cause) nor in the client's own JSON or inspection, even when the
 * server echoes them back in an error body or header.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { IntezerClient } from '../../src/client/client.js';
import { getAlertById } from '../../src/client/endpoints.js';
import { AlertNotFoundError } from '../../src/client/errors.js';
import {
  InsufficientPermissionsError,
  InvalidApiKeyError,
  InvalidArgumentError,
  NetworkError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
} from '../../src/client/errors.js';
import { ALERT_ID } from '../helpers/answers.js';
import { API_KEY, rejectionOf, useWireServer } from '../helpers/fixture.js';
import { bearerOf, type RecordedRequest, type Reply } from '../helpers/wire-server.js';

const wire = useWireServer();

/** Every way an error or a client may be turned into text. */
function renderings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {
    'String()': String(value),
    'JSON.stringify': JSON.stringify(value) ?? '',
    'util.inspect': inspect(value, { depth: Infinity }),
    'util.inspect showHidden': inspect(value, { depth: Infinity, showHidden: true }),
  };
  if (value instanceof Error) {
    out.message = value.message;
    out.stack = value.stack ?? '';
  }
  return out;
}

function expectNoSecrets(value: unknown): void {
  const secrets = [API_KEY, ...wire.server.issuedTokens];
  expect(secrets.length).toBeGreaterThan(0);
  for (const [how, text] of Object.entries(renderings(value))) {
    for (const secret of secrets) expect(text, `${how} leaks a secret`).not.toContain(secret);
  }
}

/** An error answer that echoes the API key and the token the request carried. */
function echo(status: number, error: string, extraHeaders: Record<string, string> = {}) {
  return (req: RecordedRequest): Reply => {
    const token = bearerOf(req) ?? '';
    return {
      status,
      headers: {
        'x-echo-key': API_KEY,
        'x-echo-token': token,
        'www-authenticate': `Bearer ${token}`,
        ...extraHeaders,
      },
      json: {
        error: `${error}: key ${API_KEY}, token ${token}`,
        api_key: API_KEY,
        details: { authorization: `Bearer ${token}`, seen: [API_KEY, token], note: `you sent ${token}` },
      },
    };
  };
}

async function failingCall(client: IntezerClient = wire.client()): Promise<unknown> {
  return rejectionOf(getAlertById(client, ALERT_ID));
}

describe('errors never show the key or a token', () => {
  it.each([
    [500, ServerError, 'Internal Server Error'],
    [403, InsufficientPermissionsError, 'Insufficient Permissions'],
    [404, AlertNotFoundError, 'Alert not found'],
  ])('a %i echoing both in its body and headers', async (status, cls, error) => {
    wire.server.handle((req) => {
      const reply = echo(status, error)(req);
      // The 403 class is chosen by the exact error text.
      return status === 403 && 'json' in reply ? { ...reply, json: { ...(reply.json as object), error } } : reply;
    });
    const err = await failingCall();
    expect(err).toBeInstanceOf(cls);
    expectNoSecrets(err);
  });

  it('a 401 after renewal echoing the old and the new token', async () => {
    const seen: string[] = [];
    wire.server.handle((req) => {
      seen.push(bearerOf(req)!);
      return { status: 401, json: { error: `tokens ${seen.join(' and ')} are not valid for key ${API_KEY}` } };
    });
    const err = await failingCall();
    expect(err).toBeInstanceOf(InvalidApiKeyError);
    expect(wire.server.issuedTokens).toHaveLength(2);
    expectNoSecrets(err);
  });

  it('a 429 echoing both, with the rate-limit headers', async () => {
    wire.server.handle(echo(429, 'Too Many Requests', { 'retry-after': '0', 'x-ratelimit-limit': '5' }));
    const err = await failingCall(wire.client({ maxRetries: 1 }));
    expect(err).toBeInstanceOf(RateLimitError);
    expectNoSecrets(err);
  });

  it('a refused key: the token exchange answering 401 with the key echoed', async () => {
    wire.server.onToken(echo(401, 'Invalid api key'));
    const err = await failingCall();
    expect(err).toBeInstanceOf(InvalidApiKeyError);
    expectNoSecrets(err);
  });

  it('an error answer that is plain text echoing both', async () => {
    wire.server.handle((req) => ({ status: 500, body: `upstream said: key=${API_KEY} token=${bearerOf(req)}` }));
    const err = await failingCall();
    expect(err).toBeInstanceOf(ServerError);
    expectNoSecrets(err);
  });

  it('an off-spec 200 that carries both', async () => {
    wire.server.handle((req) => ({ json: { result: `${API_KEY}/${bearerOf(req)}`, status: [bearerOf(req)] } }));
    const err = await failingCall();
    expect(err).toBeInstanceOf(ResponseValidationError);
    expectNoSecrets(err);
  });

  it('a connection reset (NetworkError with its cause)', async () => {
    wire.server.handle(() => ({ reset: true }));
    const err = await failingCall(wire.client({ maxRetries: 0 }));
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).cause).toBeDefined();
    expectNoSecrets(err);
  });
});

describe('the client never shows the key or its token', () => {
  it('in JSON.stringify, String() or util.inspect, with a token in hand', async () => {
    wire.server.reply({ json: { result: { alert_id: ALERT_ID }, status: 'success' } });
    const client = wire.client({ userAgent: 'bot' });
    await getAlertById(client, ALERT_ID);
    expect(wire.server.issuedTokens).toHaveLength(1);
    expectNoSecrets(client);
  });
});

describe('a short API key', () => {
  it('under 8 characters is refused before any request, without showing it: scrubbing it would mask innocent text', () => {
    const key = 'k3y-12';
    let err: unknown;
    try {
      wire.client({ apiKey: key });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidArgumentError);
    for (const [how, text] of Object.entries(renderings(err as Error))) expect(text, `${how} shows the key`).not.toContain(key);
    expect(wire.server.calls()).toHaveLength(0);
  });

  it('of 8 characters, the shortest taken, is scrubbed from every rendering of an error', async () => {
    const key = 'k3y-1234';
    wire.server.onToken(() => ({ status: 401, json: { error: `Invalid api key ${key}`, api_key_seen: key } }));
    const err = await failingCall(wire.client({ apiKey: key }));
    expect(err).toBeInstanceOf(InvalidApiKeyError);
    for (const [how, text] of Object.entries(renderings(err))) expect(text, `${how} leaks the key`).not.toContain(key);
  });
});

describe('a key with characters a URL or a JSON text escapes', () => {
  it('is scrubbed in its percent-encoded and JSON-escaped forms too (a Location header, a raw text body)', async () => {
    const key = 'k+y/with"quote\\and=signs-0123456789';
    const encoded = encodeURIComponent(key);
    const escaped = JSON.stringify(key).slice(1, -1);
    wire.server.handle(() => ({
      status: 500,
      headers: { location: `https://analyze.intezer.com/login?api_key=${encoded}` },
      body: `no such key: "${escaped}" (${encoded})`,
    }));
    const err = await rejectionOf(getAlertById(wire.client({ apiKey: key, maxRetries: 0 }), ALERT_ID));
    expect(err).toBeInstanceOf(ServerError);
    for (const [how, text] of Object.entries(renderings(err))) {
      for (const form of [key, encoded, escaped]) expect(text, `${how} shows the key`).not.toContain(form);
    }
  });
});
