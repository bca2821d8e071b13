/**
 * Waits that end: without a timeoutMs, a wait rides through what may pass (a rate limit, a
 * busy gateway, a dropped connection) but ends at once, with the failure's own error, on
 * what will not: a refused certificate, a proxy's refusal, nothing listening, a refused key,
 * 403.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidApiKeyError, NetworkError, ServerError } from '../../src/client/errors.js';
import { IntezerClient } from '../../src/client/client.js';
import { Alert } from '../../src/facade/alert.js';
import { finished, inProgress } from '../facade/alert-answers.js';
import { ALERT_ID } from '../helpers/answers.js';
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy.js';
import { API_KEY, closedPort, rejectionOf, useWireServer } from '../helpers/fixture.js';
import { makeSelfSignedCert } from '../helpers/self-signed.js';
import { startWireServer } from '../helpers/wire-server.js';

const wire = useWireServer();
const opened: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

/** Waits on ALERT_ID with a short interval and no timeout; how it ended and how long it took. */
async function waitOn(client: IntezerClient): Promise<{ err: unknown; ms: number }> {
  opened.push(client);
  const started = performance.now();
  const err = await rejectionOf(new Alert({ alertId: ALERT_ID, client }).waitForCompletion({ intervalMs: 10 }));
  return { err, ms: performance.now() - started };
}

describe('a permanent failure ends a wait at once', () => {
  it('a refused TLS certificate', async () => {
    const tls = await startWireServer({ tls: makeSelfSignedCert() });
    opened.push(tls);
    const { err, ms } = await waitOn(new IntezerClient({ apiKey: API_KEY, baseUrl: `${tls.url}/api/`, retryBaseDelayMs: 1 }));
    expect(err).toBeInstanceOf(NetworkError);
    expect(ms).toBeLessThan(3000);
    expect(tls.requests).toHaveLength(0);
  });

  it("a proxy's 407 to the tunnel", async () => {
    const proxy: ConnectProxy = await startConnectProxy({ refuse: 407 });
    opened.push(proxy);
    const { err, ms } = await waitOn(wire.client({ proxy: proxy.url }));
    expect(err).toBeInstanceOf(NetworkError);
    expect(((err as NetworkError).cause as { code: string }).code).toBe('ERR_PROXY_REFUSED');
    expect(ms).toBeLessThan(3000);
    expect(wire.server.requests).toHaveLength(0);
  });

  it('a server gone for good (nothing listens)', async () => {
    const port = await closedPort();
    const { err, ms } = await waitOn(new IntezerClient({ apiKey: API_KEY, baseUrl: `http://127.0.0.1:${port}/api/`, retryBaseDelayMs: 1 }));
    expect(err).toBeInstanceOf(NetworkError);
    expect(ms).toBeLessThan(3000);
  });

  it('a key refused after re-authentication', async () => {
    wire.server.reply(inProgress());
    wire.server.handle(() => ({ status: 401, json: { error: 'Invalid token' } }));
    const { err } = await waitOn(wire.client());
    expect(err).toBeInstanceOf(InvalidApiKeyError);
    expect(wire.server.calls()).toHaveLength(3);
  });

  it('403', async () => {
    wire.server.reply(inProgress());
    wire.server.handle(() => ({ status: 403, json: { error: 'Quota exceeded' } }));
    const { err } = await waitOn(wire.client());
    expect((err as ServerError).status).toBe(403);
    expect(wire.server.calls()).toHaveLength(2);
  });
});

describe('a transient failure is ridden through', () => {
  it.each([
    ['a dropped connection', { reset: true } as const],
    ['a 429', { status: 429, json: { error: 'slow down' }, headers: { 'retry-after': '0' } }],
    ['a 502', { status: 502, json: { error: 'bad gateway' } }],
  ])("%s that outlasts the client's retries: the next poll tries again, and the wait ends when triage does", async (_what, fault) => {
    wire.server.reply(inProgress(), fault, fault, finished());
    await new Alert({ alertId: ALERT_ID, client: wire.client({ maxRetries: 0, pollIntervalMs: 5 }) }).waitForCompletion({ intervalMs: 5 });
    expect(wire.server.calls()).toHaveLength(4);
  });
});
