/**
 * What a failed or closed call says of its request (`requestSent`), against real sockets:
 *  - a call whose only attempt was refused (nothing listening) and that is closed in its
 *    backoff has sent nothing: ClientClosedError with requestSent: false;
 *  - a stale repeat (a pooled connection dropped while idle, the request sent again once)
 *    that then finds the server gone was written once: requestSent: true, and an ingest is
 *    not tried again on the strength of the second attempt's ECONNREFUSED.
 */
import diagnostics from 'node:diagnostics_channel';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { IntezerClient } from '../../src/client/client.js';
import { getAlertById, ingestAlert } from '../../src/client/endpoints.js';
import { ClientClosedError, NetworkError } from '../../src/client/errors.js';
import { Alert } from '../../src/index.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { startConnectProxy } from '../helpers/connect-proxy.js';
import { startWireServer } from '../helpers/wire-server.js';
import { API_KEY, closedPort, rejectionOf, until } from '../helpers/fixture.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const clients: IntezerClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});
const clientOf = (baseUrl: string, options: ConstructorParameters<typeof IntezerClient>[0] = {}) => {
  const c = new IntezerClient({ apiKey: API_KEY, baseUrl, ...options });
  clients.push(c);
  return c;
};

/** Counts the requests node:http makes in this process while `fn` runs. */
async function requestsMade(fn: () => Promise<void>): Promise<number> {
  let made = 0;
  const onRequest = () => made++;
  diagnostics.subscribe('http.client.request.start', onRequest);
  try {
    await fn();
  } finally {
    diagnostics.unsubscribe('http.client.request.start', onRequest);
  }
  return made;
}

describe('requestSent', () => {
  it('is false for a download closed in its backoff after its only attempt was refused (nothing listens at the link)', async () => {
    const port = await closedPort();
    const wire = await startWireServer();
    try {
      wire.handle(() => ({ json: { result_url: `http://127.0.0.1:${port}/raw/1?sig=abc` } }));
      const client = clientOf(`${wire.url}/api/`, { retryBaseDelayMs: 60_000, retryMaxDelayMs: 60_000 });
      const alert = new Alert({ alertId: ALERT_ID, environment: 'production', client });
      const call = rejectionOf(alert.downloadRawData());
      await until(() => wire.calls().length === 1);
      // The link is refused, then waits a minute before its retry: close() lands in that wait.
      await sleep(100);
      client.close();
      const err = await call;
      expect(err).toBeInstanceOf(ClientClosedError);
      expect((err as ClientClosedError).requestSent).toBe(false);
    } finally {
      await wire.close();
    }
  });

  it('tells, of two calls closed in flight through a proxy, the one written to a tunnel (true) from the one whose CONNECT hangs (false)', async () => {
    const wire = await startWireServer();
    const proxy = await startConnectProxy({ hangAfter: 1 });
    try {
      wire.handle(() => ({ hang: true }));
      wire.reply(ok.alert);
      const client = clientOf(`${wire.url}/api/`, { proxy: proxy.url, timeoutMs: 60_000 });
      await getAlertById(client, ALERT_ID);
      const calls = [rejectionOf(getAlertById(client, ALERT_ID)), rejectionOf(getAlertById(client, ALERT_ID))];
      // One call rides the open tunnel and reaches the server; the other waits for a CONNECT that never comes.
      await until(() => wire.calls().length === 2);
      await sleep(50);
      client.close();
      const errors = (await Promise.all(calls)) as ClientClosedError[];
      for (const err of errors) expect(err).toBeInstanceOf(ClientClosedError);
      expect(errors.map((e) => e.requestSent).sort()).toStrictEqual([false, true]);
    } finally {
      await proxy.close();
      await wire.close();
    }
  });

  it('is true, and an ingest is not tried again, when a stale repeat finds the server gone', async () => {
    let answered = 0;
    const sockets = new Set<Socket>();
    const server = http.createServer((req, res) => {
      if (req.url!.endsWith('/get-access-token') || answered++ === 0) {
        const json = req.url!.endsWith('/get-access-token')
          ? { result: `tok-${'z'.repeat(24)}`, expire_at: Math.floor(Date.now() / 1000) + 3600 }
          : ok.ingest.json;
        req.resume();
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(json));
        return;
      }
      // The second ingest, on the connection idle for more than a second: the server goes away.
      server.close();
      req.socket.resetAndDestroy();
    });
    server.keepAliveTimeout = 0;
    server.on('connection', (s: Socket) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const client = clientOf(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, { maxRetries: 3, retryBaseDelayMs: 1 });
      const body = { alert: { id: 'det-1' }, alert_source: 's1' };
      await ingestAlert(client, body);
      await sleep(1300);
      let err: unknown;
      const made = await requestsMade(async () => {
        err = await rejectionOf(ingestAlert(client, body));
      });
      expect(err).toBeInstanceOf(NetworkError);
      expect((err as NetworkError).requestSent).toBe(true);
      // The request, and the transport's one repeat: no retry of the client's own.
      expect(made).toBe(2);
    } finally {
      for (const s of sockets) s.destroy();
      await until(() => !server.listening);
    }
  });
});
