/**
 * A closed client is closed for good: calls in flight reject at once with ClientClosedError
 * and are never retried, reconnected or re-authenticated; a token exchange in flight is
 * dropped; every later call throws before any request. The token exchange also ends when the
 * only call waiting for it is aborted by its signal, so nothing of a client outlives its calls.
 */
import { spawn } from 'node:child_process';
import diagnostics from 'node:diagnostics_channel';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { getAlertById } from '../../src/client/endpoints.js';
import { ClientClosedError, IntezerError } from '../../src/client/errors.js';
import { ClientClosedError as RootClientClosedError, queryAlertsHistory } from '../../src/index.js';
import type { Transport } from '../../src/client/transport/types.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf, until, useWireServer } from '../helpers/fixture.js';

const wire = useWireServer();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('close()', () => {
  it('is exported from the package root, an IntezerError carrying requestSent', () => {
    expect(RootClientClosedError).toBe(ClientClosedError);
    expect(new ClientClosedError('x', { requestSent: false })).toBeInstanceOf(IntezerError);
  });

  it('then every call throws ClientClosedError before any request (requestSent: false), for good', async () => {
    wire.server.handle(() => ok.alert);
    const client = wire.client();
    await getAlertById(client, ALERT_ID);
    const before = wire.server.requests.length;
    client.close();
    expect(client.closed).toBe(true);
    for (let i = 0; i < 2; i++) {
      const err = await rejectionOf(getAlertById(client, ALERT_ID));
      expect(err).toBeInstanceOf(ClientClosedError);
      expect((err as ClientClosedError).requestSent).toBe(false);
    }
    expect(wire.server.requests).toHaveLength(before);
  });

  it('rejects calls in flight at once with ClientClosedError (requestSent: true), never sent again', async () => {
    wire.server.handle(() => ({ hang: true }));
    const client = wire.client({ maxRetries: 3 });
    const calls = Array.from({ length: 5 }, () => rejectionOf(getAlertById(client, ALERT_ID)));
    await until(() => wire.server.calls().length === 5);
    const closedAt = performance.now();
    client.close();
    const errors = await Promise.all(calls);
    expect(performance.now() - closedAt).toBeLessThan(100);
    for (const err of errors) {
      expect(err).toBeInstanceOf(ClientClosedError);
      expect((err as ClientClosedError).requestSent).toBe(true);
    }
    await sleep(200);
    expect(wire.server.calls()).toHaveLength(5);
    expect(wire.server.tokenRequests()).toHaveLength(1);
  });

  it('rejects at once a call whose custom transport never settles, ignoring the signal', async () => {
    let sent = 0;
    const transport = (async (req: { url: string }) => {
      if (req.url.endsWith('/get-access-token')) {
        return {
          status: 200,
          url: req.url,
          headers: {},
          body: Buffer.from(JSON.stringify({ result: 'token-123456789', expire_at: Date.now() / 1000 + 3600 })),
        };
      }
      sent++;
      return new Promise(() => undefined);
    }) as unknown as Transport;
    const client = wire.client({ transport });
    const call = rejectionOf(getAlertById(client, ALERT_ID));
    await until(() => sent === 1);
    client.close();
    const err = await call;
    expect(err).toBeInstanceOf(ClientClosedError);
    expect((err as ClientClosedError).requestSent).toBe(true);
  });

  it('drops a token exchange in flight: the calls waiting for it reject with requestSent: false, no exchange is repeated', async () => {
    wire.server.onToken(() => ({ hang: true }));
    const client = wire.client({ maxRetries: 3 });
    const call = rejectionOf(getAlertById(client, ALERT_ID));
    await until(() => wire.server.tokenRequests().length === 1);
    client.close();
    const err = await call;
    expect(err).toBeInstanceOf(ClientClosedError);
    expect((err as ClientClosedError).requestSent).toBe(false);
    await sleep(200);
    expect(wire.server.requests).toHaveLength(1);
  });

  it('stops a history walk at concurrency 16: nothing more is sent after close()', async () => {
    wire.server.handle(async (req) => {
      const { offset = 0 } = req.json as { offset?: number };
      if (offset > 0) await sleep(50);
      const alerts = Array.from({ length: 10 }, (_, i) => ({ alert_id: `a-${offset + i}` }));
      return { json: { result: { alerts_count: 5000, alerts } } };
    });
    // Counted as node:http makes them, in this process: a request written before close() but read by the server after is not "after".
    let made = 0;
    const onRequest = () => made++;
    diagnostics.subscribe('http.client.request.start', onRequest);
    try {
      const client = wire.client({ maxRetries: 3 });
      let madeAtClose = 0;
      const walk = (async () => {
        let n = 0;
        for await (const _alert of queryAlertsHistory({ client, limit: 10, concurrency: 16 })) {
          if (++n === 25) {
            client.close();
            madeAtClose = made;
          }
        }
      })();
      const err = await rejectionOf(walk);
      expect(err).toBeInstanceOf(ClientClosedError);
      await sleep(300);
      expect(madeAtClose).toBeGreaterThan(2);
      expect(made).toBe(madeAtClose);
    } finally {
      diagnostics.unsubscribe('http.client.request.start', onRequest);
    }
  });
});

/** A server whose token exchange never answers; it notes when each connection closes. */
async function hungTokenServer() {
  const sockets: { socket: Socket; closed: boolean }[] = [];
  const server = http.createServer(() => undefined);
  server.on('connection', (socket: Socket) => {
    const s = { socket, closed: false };
    sockets.push(s);
    socket.on('close', () => (s.closed = true));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, sockets, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

describe('the token exchange', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  it('ends when the only call waiting for it is aborted by its signal: its connection closes, the client still open', async () => {
    const server = await hungTokenServer();
    stop = server.close;
    const client = wire.client({ baseUrl: `${server.url}/api/` });
    const controller = new AbortController();
    const call = rejectionOf(getAlertById(client, ALERT_ID, undefined, { signal: controller.signal }));
    await until(() => server.sockets.length === 1);
    controller.abort(new Error('given up'));
    expect(((await call) as Error).message).toBe('given up');
    await until(() => server.sockets[0]!.closed, 1000);
    expect(client.closed).toBe(false);
  });

  it('goes on for a second caller without a signal when the first caller is aborted', async () => {
    wire.server.onToken(() => ({ json: { result: `tok-${'x'.repeat(20)}`, expire_at: Math.floor(Date.now() / 1000) + 3600 }, delayMs: 150 }));
    wire.server.handle(() => ok.alert);
    const client = wire.client();
    const controller = new AbortController();
    const first = rejectionOf(getAlertById(client, ALERT_ID, undefined, { signal: controller.signal }));
    const second = getAlertById(client, ALERT_ID);
    await until(() => wire.server.tokenRequests().length === 1);
    controller.abort(new Error('first gave up'));
    expect(((await first) as Error).message).toBe('first gave up');
    await expect(second).resolves.toMatchObject({ status: 'success', result: { alert_id: ALERT_ID } });
    expect(wire.server.tokenRequests()).toHaveLength(1);
  });
});

describe('the process', () => {
  const fixture = fileURLToPath(new URL('./fixtures/exit-after.ts', import.meta.url));
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  /** Runs the fixture against a server that never answers; resolves with how long the child lived after its report. */
  async function exitDelay(mode: string): Promise<{ report: Record<string, unknown>; afterReportMs: number; code: number | null }> {
    const server = await hungTokenServer();
    stop = server.close;
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, mode, `${server.url}/api/`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let reportedAt = 0;
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      reportedAt ||= performance.now();
    });
    const code = await new Promise<number | null>((resolve) => {
      const kill = setTimeout(() => child.kill(), 10_000);
      child.on('exit', (c) => {
        clearTimeout(kill);
        resolve(c);
      });
    });
    return { report: JSON.parse(out) as Record<string, unknown>, afterReportMs: performance.now() - reportedAt, code };
  }

  it('exits at once after close(), 20 calls in flight against a server that never answers', async () => {
    const { report, afterReportMs, code } = await exitDelay('close');
    expect(code).toBe(0);
    expect(report.settled).toStrictEqual(Array(20).fill('ClientClosedError'));
    expect(report.afterCloseMs).toBeLessThan(100);
    expect(afterReportMs).toBeLessThan(500);
  }, 15_000);

  it('exits at once when its only call, waiting for a token exchange that never answers, is aborted (no close())', async () => {
    const { report, afterReportMs, code } = await exitDelay('abort');
    expect(code).toBe(0);
    expect(report.settled).toStrictEqual(['AbortError']);
    expect(afterReportMs).toBeLessThan(500);
  }, 15_000);
});
