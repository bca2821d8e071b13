/**
 * A request the service received is never sent again by the transport's stale-connection
 * repeat: the idle time that makes a failure "stale" ends when the request is written to the
 * pooled connection, not when the failure comes. Here the service reads an ingest on a
 * connection the token exchange used a moment before, works on it for over a second, then
 * resets the connection: the alert was received (and may exist), so the ingest goes out once
 * and the error says the request was sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ingestPhishingEmail, notifyAlert } from '../../src/client/endpoints.js';
import { NetworkError } from '../../src/client/errors.js';
import { ALERT_ID } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';
import { API_ROOT, startApiServer, type ApiServer } from './api-server.js';

const WORK_MS = 1300;
let server: ApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A service that reads each call, works on it for WORK_MS, then resets the connection; counts the calls by route. */
async function slowThenReset() {
  const received: string[] = [];
  server = await startApiServer((req) => {
    received.push(`${req.method} ${req.url!.slice(API_ROOT.length)}`);
    setTimeout(() => req.socket.resetAndDestroy(), WORK_MS);
  });
  return { server, received };
}

describe('a reset that comes after the service worked on the request', () => {
  it('an ingest is sent exactly once on a reused connection, and NetworkError says requestSent: true', async () => {
    const { server, received } = await slowThenReset();
    const client = server.client({ maxRetries: 3 });
    const err = await rejectionOf(ingestPhishingEmail(client, { email: Buffer.from('From: a@b.c\r\n\r\nhi') }));
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).requestSent).toBe(true);
    expect(received).toStrictEqual(['POST /alerts/ingest/binary']);
    // The ingest went out on the connection the token exchange had used: it was a reused one.
    expect(server.connections).toHaveLength(1);
  }, 10_000);

  it('a notify is sent exactly once too', async () => {
    const { server, received } = await slowThenReset();
    const client = server.client({ maxRetries: 3 });
    const err = await rejectionOf(notifyAlert(client, ALERT_ID));
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).requestSent).toBe(true);
    expect(received).toStrictEqual([`POST /alerts/${ALERT_ID}/notify`]);
  }, 10_000);
});
