/**
 * Calls whose repeat could do harm (ingest: a second alert; notify: a second notification)
 * are repeated only when the service surely did not act on them (429, 503).
 */
import { describe, expect, it } from 'vitest';
import type { IntezerClient } from '../../src/client/client.js';
import { ingestPhishingEmail, notifyAlert } from '../../src/client/endpoints.js';
import { NetworkError, ServerError } from '../../src/client/errors.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf, useWireServer } from '../helpers/fixture.js';
import type { Reply } from '../helpers/wire-server.js';

const wire = useWireServer();

const unsafeCalls: [string, Reply, (c: IntezerClient) => Promise<unknown>][] = [
  ['ingest', ok.ingest, (c) => ingestPhishingEmail(c, { email: Buffer.from('Subject: x\r\n\r\nbody') })],
  ['notify', ok.notify, (c) => notifyAlert(c, ALERT_ID, 'production')],
];

describe.each(unsafeCalls)('%s', (_name, success, call) => {
  it('is not repeated after a connection reset: NetworkError after one attempt', async () => {
    wire.server.reply({ reset: true }, success);
    const err = await rejectionOf(call(wire.client()));
    expect(err).toBeInstanceOf(NetworkError);
    expect(wire.server.calls()).toHaveLength(1);
  });

  it('is not repeated after its attempt timed out', async () => {
    wire.server.reply({ hang: true }, success);
    const err = await rejectionOf(call(wire.client({ timeoutMs: 50 })));
    expect(err).toBeInstanceOf(NetworkError);
    expect(wire.server.calls()).toHaveLength(1);
  });

  it.each([502, 503, 504])('is not repeated after a %i (a gateway may have forwarded it): ServerError after one attempt', async (status) => {
    wire.server.reply({ status, json: { error: 'gateway' } }, success);
    const err = await rejectionOf(call(wire.client()));
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).status).toBe(status);
    expect(wire.server.calls()).toHaveLength(1);
  });

  it.each([[429, { 'retry-after': '0' }]])('is repeated after a %i (the service refused it) and then succeeds', async (status, headers) => {
    wire.server.reply({ status, headers, json: { error: 'busy' } }, success);
    await call(wire.client());
    const calls = wire.server.calls();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.body.equals(calls[0]!.body)).toBe(true);
  });
});
