/**
 * A pooled connection dropped while idle (by a load balancer, a NAT, a server closing it)
 * makes the next request on it fail before any answer: the service never saw that request.
 * The transport sends it again once on a connection that is not stale, for every operation
 * (ingest and notify included), without spending one of the client's retries.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntezerClient } from '../../src/client/client.js';
import { getAlertById, ingestAlert, ingestPhishingEmail, notifyAlert } from '../../src/client/endpoints.js';
import { NetworkError } from '../../src/client/errors.js';
import { createAgents } from '../../src/client/transport/agents.js';
import { createNodeHttpTransport } from '../../src/client/transport/node-http.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';
import { API_ROOT, sendJson, startApiServer, type ApiServer } from './api-server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const DROP_AFTER_IDLE_MS = 1000;

/**
 * Behaves like a middlebox that forgot an idle connection: a request arriving on a
 * connection idle for a second or more is answered with a TCP reset, unprocessed.
 */
function dropsIdleConnections(processed: string[]) {
  const lastAnswer = new WeakMap<Socket, number>();
  return (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    const last = lastAnswer.get(socket);
    if (last !== undefined && performance.now() - last >= DROP_AFTER_IDLE_MS) {
      socket.resetAndDestroy();
      return;
    }
    const route = `${req.method} ${req.url!.slice(API_ROOT.length)}`;
    processed.push(route);
    const answer = route.includes('ingest') ? ok.ingest : route.includes('notify') ? ok.notify : ok.alert;
    res.on('finish', () => lastAnswer.set(socket, performance.now()));
    sendJson(res, answer.json);
  };
}

let server: ApiServer;
let processed: string[];
beforeEach(async () => {
  processed = [];
  server = await startApiServer(dropsIdleConnections(processed));
});
afterEach(() => server.close());

const email = Buffer.from('Subject: stale\r\n\r\nbody');
const calls: [string, string, (c: IntezerClient) => Promise<unknown>][] = [
  ['get-by-id', 'GET /alerts/get-by-id', (c) => getAlertById(c, ALERT_ID)],
  ['ingest', 'POST /alerts/ingest/binary', (c) => ingestPhishingEmail(c, { email })],
  ['JSON ingest', 'POST /alerts/ingest', (c) => ingestAlert(c, { alert: { id: 'det-1' }, alert_source: 's1' })],
  ['notify', `POST /alerts/${ALERT_ID}/notify`, (c) => notifyAlert(c, ALERT_ID)],
];

describe('a request on a pooled connection that was dropped while idle', () => {
  it.each(calls)('%s succeeds after 1.5 s idle, processed exactly once, with no retry to spend', async (_name, route, call) => {
    const client = server.client({ maxRetries: 0 });
    await call(client);
    expect(server.open.size).toBe(1);
    await sleep(1500);
    await call(client);
    expect(processed.filter((r) => r === route)).toHaveLength(2);
    // The dropped connection was not used again: the repeat opened a new one.
    expect(server.connections).toHaveLength(2);
  });

  it('the repeat skips the other connections that sat idle as long', async () => {
    const client = server.client({ maxRetries: 0 });
    await Promise.all([1, 2, 3].map(() => getAlertById(client, ALERT_ID)));
    const pooled = server.connections.length;
    expect(pooled).toBeGreaterThan(1);
    await sleep(1500);
    await getAlertById(client, ALERT_ID);
    expect(processed.filter((r) => r === 'GET /alerts/get-by-id')).toHaveLength(4);
    expect(server.connections).toHaveLength(pooled + 1);
  });
});

describe('a reset that is not a stale connection', () => {
  it.each([
    ['JSON ingest', '/alerts/ingest', (c: IntezerClient) => ingestAlert(c, { alert: { id: 'det-1' }, alert_source: 's1' })],
    ['notify', `/alerts/${ALERT_ID}/notify`, (c: IntezerClient) => notifyAlert(c, ALERT_ID)],
  ] as const)(
    '%s on a connection idle 1.5 s, read and worked on for 300 ms, then reset: sent once, requestSent',
    async (_name, path, call) => {
      let received = 0;
      const s = await startApiServer((req, res) => {
        if (!req.url!.endsWith(path)) return sendJson(res, ok.alert.json);
        received++;
        setTimeout(() => req.socket.resetAndDestroy(), 300); // the service has the request and may have acted on it
      });
      try {
        const client = s.client({ maxRetries: 3 });
        await getAlertById(client, ALERT_ID);
        await sleep(1500);
        const err = await rejectionOf(call(client));
        expect(err).toBeInstanceOf(NetworkError);
        expect((err as NetworkError).requestSent).toBe(true);
        expect(received).toBe(1);
        expect(s.connections, 'it went out on the idle connection').toHaveLength(1);
      } finally {
        await s.close();
      }
    },
    10_000,
  );

  it('on a connection handed straight from one answer to a waiting ingest: reported, not repeated', async () => {
    let ingests = 0;
    const s = await startApiServer(async (req, res) => {
      if (!req.url!.endsWith('/ingest/binary')) return void setTimeout(() => sendJson(res, ok.alert.json), 50);
      ingests++;
      req.socket.destroy(); // the service read the ingest, then the connection broke
    });
    const agents = createAgents({ verifySsl: true, maxSockets: 1 });
    try {
      const client = s.client({ maxRetries: 3, transport: createNodeHttpTransport(agents) });
      await getAlertById(client, ALERT_ID);
      await sleep(1500);
      // The read takes the one connection (idle 1.5 s); the ingest waits, then gets it the moment the read is answered.
      const [read, ingest] = await Promise.allSettled([getAlertById(client, ALERT_ID), ingestPhishingEmail(client, { email })]);
      expect(read.status).toBe('fulfilled');
      expect(ingest.status === 'rejected' && ingest.reason).toBeInstanceOf(NetworkError);
      expect(ingests).toBe(1);
    } finally {
      agents.destroy();
      await s.close();
    }
  });
});
