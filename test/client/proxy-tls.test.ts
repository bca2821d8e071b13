/**
 * `proxy` sends every request (the token exchange included) through a CONNECT tunnel, and
 * `verifySsl: false` lets the client talk to a server with a self-signed certificate, which
 * the default refuses.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getAlertById } from '../../src/client/endpoints.js';
import { NetworkError } from '../../src/client/errors.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy.js';
import { rejectionOf, useWireServer, type WireFixture } from '../helpers/fixture.js';
import { makeSelfSignedCert, type SelfSignedCert } from '../helpers/self-signed.js';

let proxy: ConnectProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

async function withProxy(options: { refuse?: number } = {}): Promise<ConnectProxy> {
  proxy = await startConnectProxy(options);
  return proxy;
}

/** Every request the server saw arrived over one of the proxy's tunnels to it. */
function expectAllTunnelled(wire: WireFixture, p: ConnectProxy): void {
  expect(wire.server.requests.length).toBeGreaterThan(0);
  expect(new Set(p.tunnels.map((t) => t.target))).toStrictEqual(new Set([`127.0.0.1:${wire.server.port}`]));
  const tunnelPorts = new Set(p.tunnels.map((t) => t.upstreamPort));
  for (const req of wire.server.requests) expect(tunnelPorts.has(req.remotePort!), `${req.method} ${req.url}`).toBe(true);
}

describe('proxy (http server)', () => {
  const wire = useWireServer();

  it('routes the token exchange and every call through CONNECT tunnels', async () => {
    const p = await withProxy();
    wire.server.handle(() => ok.alert);
    const client = wire.client({ proxy: p.url });
    await getAlertById(client, ALERT_ID);
    await getAlertById(client, ALERT_ID);
    expect(wire.server.tokenRequests()).toHaveLength(1);
    expect(wire.server.calls()).toHaveLength(2);
    expectAllTunnelled(wire, p);
  });

  it('is not used unless given', async () => {
    const p = await withProxy();
    wire.server.reply(ok.alert);
    await getAlertById(wire.client(), ALERT_ID);
    expect(p.tunnels).toHaveLength(0);
    expect(wire.server.requests).toHaveLength(2);
  });

  it('a proxy that refuses the tunnel is a NetworkError, and nothing reaches the server', async () => {
    const p = await withProxy({ refuse: 403 });
    const err = await rejectionOf(getAlertById(wire.client({ proxy: p.url, maxRetries: 0 }), ALERT_ID));
    expect(err).toBeInstanceOf(NetworkError);
    expect(wire.server.requests).toHaveLength(0);
  });
});

describe('TLS with a self-signed certificate', () => {
  let tls: SelfSignedCert;
  beforeAll(() => {
    tls = makeSelfSignedCert();
  });
  const wire = useWireServer(() => ({ tls }));

  it('is refused by default: NetworkError naming the certificate problem, no request arrives', async () => {
    expect(wire.server.url).toMatch(/^https:/);
    const err = await rejectionOf(getAlertById(wire.client({ maxRetries: 1 }), ALERT_ID));
    expect(err).toBeInstanceOf(NetworkError);
    expect(((err as NetworkError).cause as { code?: string }).code).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/);
    expect(wire.server.requests).toHaveLength(0);
  });

  it('is accepted with verifySsl: false', async () => {
    wire.server.reply(ok.alert);
    const data = await getAlertById(wire.client({ verifySsl: false }), ALERT_ID);
    expect(data).toStrictEqual(ok.alert.json);
    expect(wire.server.requests.map((r) => r.url)).toStrictEqual(['/api/v2-0/get-access-token', '/api/v2-0/alerts/get-by-id']);
  });

  it('through a proxy with verifySsl: false, the TLS session runs inside the tunnel', async () => {
    const p = await withProxy();
    wire.server.reply(ok.alert);
    await getAlertById(wire.client({ verifySsl: false, proxy: p.url }), ALERT_ID);
    expect(wire.server.requests).toHaveLength(2);
    expectAllTunnelled(wire, p);
  });

  it('through a proxy, the default still refuses the certificate', async () => {
    const p = await withProxy();
    const err = await rejectionOf(getAlertById(wire.client({ proxy: p.url, maxRetries: 0 }), ALERT_ID));
    expect(err).toBeInstanceOf(NetworkError);
    expect(p.tunnels.length).toBeGreaterThan(0);
    expect(wire.server.requests).toHaveLength(0);
  });

  it('a refused certificate is not retried: one tunnel, one handshake, even with retries left', async () => {
    const p = await withProxy();
    const err = await rejectionOf(getAlertById(wire.client({ proxy: p.url, maxRetries: 3 }), ALERT_ID));
    expect(err).toBeInstanceOf(NetworkError);
    expect(p.tunnels).toHaveLength(1);
  });
});
