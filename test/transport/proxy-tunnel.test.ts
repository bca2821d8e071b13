/**
 * The CONNECT tunnel belongs to the attempt it was made for: a proxy that never answers
 * CONNECT is bounded by the attempt's timeout and torn down with it, `close()` reaches a
 * tunnel in any state, and the process can exit at once. Credentials in the proxy URL are
 * sent as Proxy-Authorization; the same transport serves any origin (a download link on
 * another host, over https, without the API's Authorization).
 */
import { spawn } from 'node:child_process';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IntezerClient } from '../../src/client/client.js';
import { getAlertById } from '../../src/client/endpoints.js';
import { NetworkError } from '../../src/client/errors.js';
import { createAgents } from '../../src/client/transport/agents.js';
import { createNodeHttpTransport } from '../../src/client/transport/node-http.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { closedPort, rejectionOf, until } from '../helpers/fixture.js';
import { makeSelfSignedCert, type SelfSignedCert } from '../helpers/self-signed.js';
import { sendJson, startApiServer, type ApiServer } from './api-server.js';
import { startAuthProxy, startSilentProxy, type TestProxy } from './proxies.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
function keep<T extends { close(): unknown }>(x: T): T {
  cleanups.push(() => x.close());
  return x;
}

describe('a proxy that accepts the connection and never answers CONNECT', () => {
  it('fails each attempt within its timeout (nothing sent), and no connection to the proxy is left after close()', async () => {
    const proxy = keep(await startSilentProxy());
    const baseUrl = `http://127.0.0.1:${await closedPort()}/api/`;
    const client = keep(new IntezerClient({ apiKey: 'test-key-1', baseUrl, proxy: proxy.url, timeoutMs: 300, maxRetries: 2, retryBaseDelayMs: 1 }));
    const t0 = performance.now();
    const err = await rejectionOf(getAlertById(client, ALERT_ID));
    const elapsed = performance.now() - t0;
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).requestSent).toBe(false);
    expect((err as Error).message).toMatch(/no connection within 300 ms/);
    expect(elapsed).toBeLessThan(3 * 300 + 700);
    expect(proxy.accepted).toBe(3);
    client.close();
    await until(() => proxy.open.size === 0);
  });

  it('lets the process exit at once after close(), a CONNECT still in flight', async () => {
    const proxy = keep(await startSilentProxy());
    const script = fileURLToPath(new URL('./fixtures/close-during-connect.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, proxy.url, `http://127.0.0.1:${await closedPort()}/api/`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    let reportedAt = 0;
    child.stdout.once('data', () => (reportedAt = performance.now()));
    const code = await new Promise<number | null>((resolve) => {
      const kill = setTimeout(() => child.kill(), 10_000);
      child.on('exit', (c) => {
        clearTimeout(kill);
        resolve(c);
      });
    });
    const exitedAfterMs = performance.now() - reportedAt;
    expect(code).toBe(0);
    const report = JSON.parse(out) as { settled: string; afterCloseMs: number };
    expect(report.settled).toBe('ClientClosedError');
    expect(report.afterCloseMs).toBeLessThan(100);
    expect(exitedAfterMs).toBeLessThan(500);
    expect(proxy.accepted).toBe(1);
    await until(() => proxy.open.size === 0);
  }, 15_000);
});

describe('through an authenticating proxy', () => {
  let tls: SelfSignedCert;
  beforeAll(() => {
    tls = makeSelfSignedCert();
  });

  async function setUp(proxyUrl: (p: TestProxy) => string) {
    const proxy = keep(await startAuthProxy('analyst:p@ss word'));
    const seen: Record<string, string | undefined>[] = [];
    const link: ApiServer = keep(
      await startApiServer(
        (req, res) => {
          seen.push({ authorization: req.headers.authorization, proxy: req.headers['proxy-authorization'] });
          const body = zlib.gzipSync(JSON.stringify({ payload: 'raw data', path: req.url }));
          res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
        },
        { tls },
      ),
    );
    const agents = createAgents({ proxy: proxyUrl(proxy), verifySsl: false });
    cleanups.push(() => agents.destroy());
    return { proxy, link, seen, send: createNodeHttpTransport(agents) };
  }
  const get = (url: string) => ({ url, method: 'GET', headers: {}, body: undefined, signal: undefined });

  it('sends the credentials of the proxy URL, and fetches an https link on another origin decoded, with no Authorization', async () => {
    const { proxy, link, seen, send } = await setUp((p) => `http://analyst:p%40ss%20word@127.0.0.1:${p.port}`);
    const api = keep(await startApiServer((_req, res) => sendJson(res, ok.alert.json)));
    const apiAnswer = await send({ ...get(`${api.url}/api/v2-0/alerts/get-by-id`), headers: { authorization: 'Bearer t' } }, { timeoutMs: 5000 });
    expect(JSON.parse(Buffer.from(apiAnswer.body).toString())).toStrictEqual(ok.alert.json);
    const answer = await send(get(`${link.url}/downloads/abc?sig=1`), { timeoutMs: 5000 });
    expect(JSON.parse(Buffer.from(answer.body).toString())).toStrictEqual({ payload: 'raw data', path: '/downloads/abc?sig=1' });
    expect(proxy.authorizations).toStrictEqual(Array(2).fill(`Basic ${Buffer.from('analyst:p@ss word').toString('base64')}`));
    expect(seen).toStrictEqual([{ authorization: undefined, proxy: undefined }]);
  });

  it("wrong credentials: the proxy's 407 is a NetworkError that says nothing was sent", async () => {
    const { proxy, link } = await setUp((p) => `http://analyst:wrong@127.0.0.1:${p.port}`);
    const client = keep(link.client({ proxy: `http://analyst:wrong@127.0.0.1:${proxy.port}`, verifySsl: false, maxRetries: 0 }));
    const err = await rejectionOf(getAlertById(client, ALERT_ID));
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).requestSent).toBe(false);
    expect((err as Error).message).toMatch(/407/);
    expect(link.connections).toHaveLength(0);
  });
});
