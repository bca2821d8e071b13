/**
 * Options are checked when the client is made, and neither the refusal nor what the client
 * shows of itself (config, inspect, JSON) ever holds a secret: a proxy password however it is
 * written, an API key pasted where a URL belongs. A key too short to be one is refused, since
 * scrubbing it by value would mask innocent text in every message.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { IntezerClient } from '../../src/client/client.js';
import { InvalidArgumentError } from '../../src/client/errors.js';

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

  it("holding @: config, inspect and JSON of the client show the user and the host, nothing of the password", () => {
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
