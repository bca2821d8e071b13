/**
 * Options are checked when the client is made, and neither the refusal nor what the client
 * shows of itself (config, inspect, JSON) ever holds a secret: a proxy password however it is
 * written, an API key pasted where a URL belongs. A key too short to be one is refused, since
 * scrubbing it by value would mask innocent text in every message.
 */
import net from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IntezerClient } from '../../src/client/client.js';
import { getAlertById } from '../../src/client/endpoints.js';
import { InvalidArgumentError, NetworkError } from '../../src/client/errors.js';
import { ALERT_ID } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';

const KEY = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';

function refusal(options: ConstructorParameters<typeof IntezerClient>[0]): InvalidArgumentError {
  try {
    new IntezerClient(options).close();
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidArgumentError);
    return err as InvalidArgumentError;
  }
  throw new Error('expected the options to be refused');
}

const shown = (x: unknown) => [String(x), JSON.stringify(x), inspect(x, { depth: Infinity })];

describe('a proxy password', () => {
  it.each([
    ['/', 'pa/ss-w0rd-tail'],
    ['#', 'pa#ss-w0rd-tail'],
    ['?', 'pa?ss-w0rd-tail'],
  ])('holding %s, unencoded: the URL is refused, and neither the message, the JSON nor inspect shows any of the password', (_c, password) => {
    const err = refusal({ apiKey: KEY, proxy: `http://alice:${password}@127.0.0.1:3128` });
    expect(err.message).toMatch(/proxy/);
    for (const text of shown(err)) {
      expect(text).not.toContain('ss-w0rd');
      expect(text).not.toContain('w0rd-tail');
    }
  });

  it('holding @: config, inspect and JSON of the client show the user and the host, nothing of the password', () => {
    const client = new IntezerClient({ apiKey: KEY, proxy: 'http://alice:p@ss-w0rd-tail@127.0.0.1:3128' });
    try {
      for (const text of [client.config.proxy!, ...shown(client), JSON.stringify(client.config)]) {
        expect(text).not.toContain('ss-w0rd');
        expect(text).not.toContain('w0rd-tail');
      }
      expect(client.config.proxy).toBe('http://alice:[REDACTED]@127.0.0.1:3128');
    } finally {
      client.close();
    }
  });
});

describe('an API key pasted into baseUrl', () => {
  it.each([
    ['in place of the URL', KEY],
    ['in its path', `https://analyze.intezer.com/api/${KEY}/`],
  ])('%s is refused without the key in the message, the JSON or inspect', (_where, baseUrl) => {
    const err = refusal({ apiKey: KEY, baseUrl });
    for (const text of shown(err)) expect(text).not.toContain(KEY);
  });
});

describe('an API key pasted into another text option', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    ['userAgent', { userAgent: `my-app/1.0 ${KEY}` }],
    ['tenantId', { tenantId: KEY }],
    ['apiVersion', { apiVersion: KEY }],
  ])('%s is refused: config, inspect and JSON of a client never show the key', (_name, options) => {
    const err = refusal({ apiKey: KEY, ...options });
    for (const text of shown(err)) expect(text).not.toContain(KEY);
  });

  it('INTEZER_TENANT_ID holding the key is refused too', () => {
    vi.stubEnv('INTEZER_TENANT_ID', KEY);
    const err = refusal({ apiKey: KEY });
    for (const text of shown(err)) expect(text).not.toContain(KEY);
  });
});

/** A proxy that answers every CONNECT 407 with a status line echoing its Proxy-Authorization and the URL-encoded password. */
async function echoingProxy(echo: (authorization: string) => string): Promise<{ url: string; authorizations: string[]; close(): Promise<void> }> {
  const authorizations: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let head = '';
    socket.on('data', (c: Buffer) => {
      head += c.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      const authorization = /proxy-authorization: (.*)\r\n/i.exec(head)?.[1] ?? '';
      authorizations.push(authorization);
      socket.end(`HTTP/1.1 407 ${echo(authorization)}\r\nContent-Length: 0\r\n\r\n`);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    authorizations,
    close: () => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), server.close(() => r()))),
  };
}

describe('a proxy password in the percent-encoded forms', () => {
  it.each([
    ['percent-encoded', 'p%40ss%2Fw0rd%23x', 'p@ss/w0rd#x'],
    ['double-encoded', 'p%2540ss%252Fw0rd', 'p%40ss%2Fw0rd'],
    ['Unicode', 'p%C3%A4ssw%C3%B6rd-x', 'pässwörd-x'],
    ['with a malformed escape (kept as written)', 'pass%zzword', 'pass%zzword'],
  ])('%s: the client is made, the proxy gets it decoded, and its echo in any form never reaches an error', async (_form, written, meant) => {
    const proxy = await echoingProxy((authorization) => `wrong: ${authorization} ${written} ${meant} ${encodeURIComponent(meant)}`);
    const client = new IntezerClient({
      apiKey: KEY,
      baseUrl: 'http://127.0.0.1:9/api/',
      proxy: `http://alice:${written}@127.0.0.1:${new URL(proxy.url).port}`,
      maxRetries: 0,
    });
    try {
      const err = await rejectionOf(getAlertById(client, ALERT_ID));
      expect(err).toBeInstanceOf(NetworkError);
      expect(proxy.authorizations[0]).toBe(`Basic ${Buffer.from(`alice:${meant}`).toString('base64')}`);
      const texts = [...shown(err), inspect(err, { depth: Infinity, showHidden: true }), inspect((err as Error).cause, { showHidden: true })];
      for (const text of texts) {
        for (const form of [written, meant, encodeURIComponent(meant), proxy.authorizations[0]!.slice(6)]) expect(text).not.toContain(form);
      }
    } finally {
      client.close();
      await proxy.close();
    }
  });
});

describe('an API key under 8 characters', () => {
  it.each(['k', 'abc1234'])('%j is refused before any request, and the refusal does not show it', (apiKey) => {
    const err = refusal({ apiKey });
    expect(err.message).toMatch(/API key/);
    expect(err.message).not.toContain('[REDACTED]');
  });

  it('a key of 8 is taken: messages show text holding its letters in other words unmasked', () => {
    const client = new IntezerClient({ apiKey: 'kkkkkkkk', baseUrl: 'http://127.0.0.1:1/api/' });
    client.close();
    expect(client.config.apiRoot).toBe('http://127.0.0.1:1/api/v2-0');
  });
});
