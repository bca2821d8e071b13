/**
 * The caller's AbortSignal: it stops a call at once wherever the call is (before sending, in
 * flight, waiting to retry, waiting for a token) and the call rejects with the signal's reason.
 */
import { describe, expect, it } from 'vitest';
import { getAlertById } from '../../src/client/endpoints.js';
import type { IntezerClientOptions } from '../../src/client/options.js';
import { ALERT_ID } from '../helpers/answers.js';
import { rejectionOf, until, useWireServer } from '../helpers/fixture.js';

const wire = useWireServer();

/**
 * Starts a get-by-id with a signal, aborts it with a reason of our own once `ready()` holds,
 * and reports what the call rejected with and how long it took.
 */
async function abortMidCall(ready: () => boolean, options: IntezerClientOptions = {}) {
  const controller = new AbortController();
  const started = performance.now();
  const pending = rejectionOf(getAlertById(wire.client(options), ALERT_ID, undefined, { signal: controller.signal }));
  await until(ready);
  const reason = new Error('the caller gave up');
  controller.abort(reason);
  const err = await pending;
  return { err, reason, elapsedMs: performance.now() - started };
}

describe('AbortSignal', () => {
  it('already aborted: rejects with its reason and sends nothing', async () => {
    const reason = new Error('never mind');
    const err = await rejectionOf(getAlertById(wire.client(), ALERT_ID, undefined, { signal: AbortSignal.abort(reason) }));
    expect(err).toBe(reason);
    expect(wire.server.requests).toHaveLength(0);
  });

  it('aborts a request in flight with the signal reason, and it is not repeated', async () => {
    wire.server.handle(() => ({ hang: true }));
    const { err, reason, elapsedMs } = await abortMidCall(() => wire.server.calls().length === 1, { timeoutMs: 30_000 });
    expect(err).toBe(reason);
    expect(elapsedMs).toBeLessThan(2000);
    await new Promise((r) => setTimeout(r, 30));
    expect(wire.server.calls()).toHaveLength(1);
  });

  it('aborts the wait before a retry with the signal reason', async () => {
    wire.server.handle(() => ({ status: 429, headers: { 'retry-after': '30' }, json: { error: 'Too Many Requests' } }));
    const { err, reason, elapsedMs } = await abortMidCall(() => wire.server.calls().length === 1);
    expect(err).toBe(reason);
    expect(elapsedMs).toBeLessThan(2000);
    expect(wire.server.calls()).toHaveLength(1);
  });

  it('aborts the wait for an access token with the signal reason', async () => {
    wire.server.onToken(() => ({ hang: true }));
    const { err, reason, elapsedMs } = await abortMidCall(() => wire.server.tokenRequests().length === 1, { timeoutMs: 30_000 });
    expect(err).toBe(reason);
    expect(elapsedMs).toBeLessThan(2000);
    expect(wire.server.calls()).toHaveLength(0);
  });
});
