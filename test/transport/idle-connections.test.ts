/**
 * Idle pooled connections are closed before the common idle limits of load balancers, NATs
 * and servers drop them silently: after 4 s by default, sooner when the server's
 * `Keep-Alive: timeout=N` says it closes first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getAlertById } from '../../src/client/endpoints.js';
import { IDLE_TIMEOUT_MS } from '../../src/client/transport/agents.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { until } from '../helpers/fixture.js';
import { sendJson, startApiServer, type ApiServer } from './api-server.js';

let server: ApiServer | undefined;
afterEach(() => server?.close());

/** A server that never closes an idle connection itself; `hint` is the Keep-Alive header it sends. */
async function serve(hint?: string): Promise<ApiServer> {
  server = await startApiServer((_req, res) => sendJson(res, ok.alert.json, 200, hint ? { 'keep-alive': hint } : {}), { keepAliveTimeout: 0 });
  return server;
}

/** ms from the end of a call until the client closed its (only) connection. */
async function idleLifetime(s: ApiServer, waitMs: number): Promise<number> {
  await getAlertById(s.client(), ALERT_ID);
  const answeredAt = performance.now();
  expect(s.connections).toHaveLength(1);
  await until(() => s.open.size === 0, waitMs);
  return s.connections[0]!.closedAt! - answeredAt;
}

describe('idle pooled connections', () => {
  it('are closed by the client after 4 s idle by default', async () => {
    expect(IDLE_TIMEOUT_MS).toBe(4000);
    const lifetime = await idleLifetime(await serve(), 7000);
    expect(lifetime).toBeGreaterThanOrEqual(3900);
    expect(lifetime).toBeLessThan(5500);
  }, 10_000);

  it('are closed a second before the Keep-Alive timeout the server announces, when that is sooner', async () => {
    const lifetime = await idleLifetime(await serve('timeout=2'), 3000);
    expect(lifetime).toBeGreaterThanOrEqual(900);
    expect(lifetime).toBeLessThan(1800);
  });
});
