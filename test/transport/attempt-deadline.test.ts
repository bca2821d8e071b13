/**
 * An attempt's timeout runs from the moment the pool hands it a connection: a request that
 * waits for a free connection is not on the clock (the caller's signal still bounds it), and
 * one whose connection never got established left nothing behind (requestSent: false), so
 * even an unsafe call may be repeated.
 */
import { createHash } from 'node:crypto';
import net from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getAlertById, ingestPhishingEmail } from '../../src/client/endpoints.js';
import { NetworkError } from '../../src/client/errors.js';
import { createAgents } from '../../src/client/transport/agents.js';
import { createNodeHttpTransport } from '../../src/client/transport/node-http.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';
import { makeSelfSignedCert, type SelfSignedCert } from '../helpers/self-signed.js';
import { sendJson, startApiServer, type ApiServer } from './api-server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function serve(...args: Parameters<typeof startApiServer>): Promise<ApiServer> {
  const s = await startApiServer(...args);
  cleanups.push(() => s.close());
  return s;
}

describe('the attempt deadline', () => {
  it('200 concurrent ingests over 64 connections, 1 s timeout, 400 ms each: every one succeeds, each ingested once', async () => {
    const ingested = new Map<string, number>();
    let mostOpen = 0;
    const s = await serve(async (req, res, body) => {
      if (!req.url!.endsWith('/ingest/binary')) return sendJson(res, ok.alert.json);
      mostOpen = Math.max(mostOpen, s.open.size);
      await sleep(400);
      const id = createHash('sha256').update(body).digest('hex');
      ingested.set(id, (ingested.get(id) ?? 0) + 1);
      sendJson(res, ok.ingest.json);
    });
    const client = s.client({ timeoutMs: 1000 });
    await getAlertById(client, ALERT_ID); // the token, before the burst
    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => ingestPhishingEmail(client, { email: Buffer.from(`Subject: ${i}\r\n\r\n${i}`) })),
    );
    expect(outcomes.filter((o) => o.status === 'rejected')).toStrictEqual([]);
    expect(ingested.size).toBe(200);
    expect([...ingested.values()].every((n) => n === 1)).toBe(true);
    expect(mostOpen).toBeLessThanOrEqual(64);
  });

  it('does not run while a request waits for a free connection; the caller signal still ends that wait, before anything is sent', async () => {
    let calls = -1;
    const s = await serve(async (_req, res) => {
      // After the first call (which brings the token), the next one holds its connection 700 ms.
      if (++calls === 1) await sleep(700);
      sendJson(res, ok.alert.json);
    });
    const agents = createAgents({ verifySsl: true, maxSockets: 1 });
    cleanups.push(() => agents.destroy());
    const client = s.client({ timeoutMs: 400, maxRetries: 0, transport: createNodeHttpTransport(agents) });
    await getAlertById(client, ALERT_ID);
    const controller = new AbortController();
    const slow = getAlertById(client, ALERT_ID, undefined, {});
    const queued = getAlertById(client, ALERT_ID);
    const abandoned = getAlertById(client, ALERT_ID, undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('gave up waiting')), 100);
    await expect(abandoned).rejects.toThrow('gave up waiting');
    // The first holds the only connection for 700 ms, past the 400 ms timeout of the one queued behind it.
    await expect(slow).rejects.toBeInstanceOf(NetworkError);
    expect(await queued).toStrictEqual(ok.alert.json);
    expect(calls).toBe(2);
  });
});

describe('a connection that never gets established', () => {
  let tls: SelfSignedCert;
  beforeAll(() => {
    tls = makeSelfSignedCert();
  });

  it('times out with requestSent: false, and even an ingest is repeated (nothing was sent)', async () => {
    const api = await serve(() => {}, { tls, closeAfterToken: true });
    // The first connection goes through to the service (the token exchange); later ones are
    // accepted and never answered, so their TLS handshake hangs.
    let accepted = 0;
    const gate = net.createServer((socket) => {
      if (accepted++ > 0) return;
      const upstream = net.connect(api.port, '127.0.0.1');
      socket.pipe(upstream).pipe(socket);
      socket.on('error', () => upstream.destroy());
      upstream.on('error', () => socket.destroy());
    });
    await new Promise<void>((r) => gate.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => gate.close(r)));
    const open = new Set<net.Socket>();
    gate.on('connection', (c) => open.add(c.on('close', () => open.delete(c))));
    cleanups.push(() => open.forEach((c) => c.destroy()));

    const { port } = gate.address() as net.AddressInfo;
    const client = api.client({ baseUrl: `https://127.0.0.1:${port}/api/`, verifySsl: false, timeoutMs: 200, maxRetries: 2 });
    const err = await rejectionOf(ingestPhishingEmail(client, { email: Buffer.from('Subject: x\r\n\r\nbody') }));
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).requestSent).toBe(false);
    expect((err as Error).message).toMatch(/no connection within 200 ms/);
    // The token exchange, then the ingest and its two retries, each on a connection of its own.
    expect(accepted).toBe(4);
  });
});
