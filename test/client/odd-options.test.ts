/**
 * Odd options become InvalidArgumentError, never a raw TypeError or an error of the caller's
 * own getter; a signal shared by many concurrent calls gets one listener, not one per call,
 * so Node never warns of a listener leak.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getAlertById } from '../../src/client/endpoints.js';
import { InvalidArgumentError } from '../../src/client/errors.js';
import { IntezerClient } from '../../src/client/client.js';
import { OPERATIONS } from '../../src/client/operations.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { API_KEY, rejectionOf, useWireServer } from '../helpers/fixture.js';

const wire = useWireServer();

describe('client options', () => {
  it('an options object whose getter throws is refused with InvalidArgumentError naming the option', () => {
    const options = {
      apiKey: API_KEY,
      get timeoutMs(): number {
        throw new Error('getter exploded');
      },
    };
    let err: unknown;
    try {
      new IntezerClient(options).close();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/timeoutMs/);
  });
});

describe("a call's signal", () => {
  it.each([
    ['an object that only looks like one', { aborted: false }],
    ['a string', 'abort'],
  ])('that is %s is refused with InvalidArgumentError before any request', async (_what, signal) => {
    const client = wire.client();
    const err = await rejectionOf(client.call(OPERATIONS.getAlertById, { body: { alert_id: ALERT_ID } }, { signal: signal as unknown as AbortSignal }));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect(wire.server.requests).toHaveLength(0);
  });

  it('in call options whose getter throws is refused with InvalidArgumentError', async () => {
    const client = wire.client();
    const options = {
      get signal(): AbortSignal {
        throw new Error('getter exploded');
      },
    };
    const err = await rejectionOf(client.call(OPERATIONS.getAlertById, { body: { alert_id: ALERT_ID } }, options));
    expect(err).toBeInstanceOf(InvalidArgumentError);
  });
});

describe('one signal shared by many concurrent calls', () => {
  const warnings: Error[] = [];
  const onWarning = (w: Error) => warnings.push(w);
  afterEach(() => {
    process.off('warning', onWarning);
    warnings.length = 0;
  });

  it('30 calls, waiting for the token exchange together, then in flight together: no MaxListenersExceededWarning', async () => {
    process.on('warning', onWarning);
    wire.server.onToken(() => ({ json: { result: `tok-${'x'.repeat(24)}`, expire_at: Math.floor(Date.now() / 1000) + 3600 }, delayMs: 50 }));
    wire.server.handle(() => ({ ...ok.alert, delayMs: 50 }));
    const client = wire.client();
    const { signal } = new AbortController();
    await Promise.all(Array.from({ length: 30 }, () => getAlertById(client, ALERT_ID, undefined, { signal })));
    await new Promise((r) => setTimeout(r, 20));
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
    expect(wire.server.calls()).toHaveLength(30);
  });

  it('aborting it still reaches every call at once', async () => {
    wire.server.handle(() => ({ hang: true }));
    const client = wire.client();
    const controller = new AbortController();
    const calls = Array.from({ length: 30 }, () => rejectionOf(getAlertById(client, ALERT_ID, undefined, { signal: controller.signal })));
    await new Promise((r) => setTimeout(r, 50));
    controller.abort(new Error('stop'));
    for (const err of await Promise.all(calls)) expect((err as Error).message).toBe('stop');
  });
});
