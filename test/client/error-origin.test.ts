/**
 * Only failures of the connection are network errors: a bug in code (a TypeError, a
 * RangeError) is thrown as it is, never repeated and never wrapped as NetworkError. The
 * transport here is the client's own option, so the failure is exactly the one thrown.
 */
import { describe, expect, it } from 'vitest';
import { IntezerClient } from '../../src/client/client.js';
import { getAlertById } from '../../src/client/endpoints.js';
import { NetworkError } from '../../src/client/errors.js';
import type { Transport } from '../../src/client/transport/types.js';
import { ALERT_ID } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';

/** A transport whose calls are counted; the token exchange succeeds, every other call throws `failure`. */
function failingTransport(failure: () => Error): { transport: Transport; calls: () => number } {
  let calls = 0;
  const transport: Transport = async (req) => {
    if (req.url.endsWith('/get-access-token')) {
      const body = Buffer.from(JSON.stringify({ result: 'token-123456789', expire_at: Date.now() / 1000 + 3600 }));
      return { status: 200, url: req.url, headers: { 'content-type': 'application/json' }, body };
    }
    calls++;
    throw failure();
  };
  return { transport, calls: () => calls };
}

const clientWith = (transport: Transport) =>
  new IntezerClient({ apiKey: 'test-key-1', baseUrl: 'http://127.0.0.1:1/api/', transport, maxRetries: 3, retryBaseDelayMs: 1 });

describe('where a failure comes from', () => {
  it.each([
    ['TypeError', () => new TypeError('Cannot read properties of undefined')],
    ['RangeError', () => new RangeError('Invalid array length')],
    ['Error without a code', () => new Error('something in our code')],
  ])('a %s thrown below the client is thrown as it is, once', async (_what, make) => {
    const t = failingTransport(make);
    const err = await rejectionOf(getAlertById(clientWith(t.transport), ALERT_ID));
    expect(err).not.toBeInstanceOf(NetworkError);
    expect((err as Error).constructor).toBe(make().constructor);
    expect(t.calls()).toBe(1);
  });

  it('an error with an errno-style code is a connection failure: repeated, then NetworkError with it as cause', async () => {
    const t = failingTransport(() => Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    const err = await rejectionOf(getAlertById(clientWith(t.transport), ALERT_ID));
    expect(err).toBeInstanceOf(NetworkError);
    expect(((err as NetworkError).cause as { code: string }).code).toBe('ECONNRESET');
    expect(t.calls()).toBe(4);
  });
});
