/**
 * Per-test wiring for client tests: a fresh wire server, clients pointed at it with fast
 * retries, a clean environment (no INTEZER_* variables unless a test sets them), and
 * everything closed afterwards.
 */
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { afterEach, beforeEach, vi } from 'vitest';
import { IntezerClient } from '../../src/client/client.js';
import type { IntezerClientOptions } from '../../src/client/options.js';
import { startWireServer, type WireServer } from './wire-server.js';

/** Long and random, so a leak is found by a plain substring search. */
export const API_KEY = `test-api-key-${randomUUID()}`;

export interface WireFixture {
  readonly server: WireServer;
  /** A client of the server's API root (`<server>/api/v2-0`), retrying after ~1 ms. */
  client(options?: IntezerClientOptions): IntezerClient;
}

type ServerOptions = Parameters<typeof startWireServer>[0];

/** `serverOptions` may be a function, read when each test starts (e.g. a cert made in beforeAll). */
export function useWireServer(serverOptions: ServerOptions | (() => ServerOptions) = {}): WireFixture {
  let server: WireServer | undefined;
  const clients: IntezerClient[] = [];
  beforeEach(async () => {
    vi.stubEnv('INTEZER_ANALYZE_API_KEY', undefined);
    vi.stubEnv('INTEZER_TENANT_ID', undefined);
    vi.stubEnv('INTEZER_ANALYZE_BASE_URL', undefined);
    vi.stubEnv('INTEZER_LOG', undefined);
    server = await startWireServer(typeof serverOptions === 'function' ? serverOptions() : serverOptions);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server?.close();
    server = undefined;
    vi.unstubAllEnvs();
  });
  return {
    get server() {
      if (!server) throw new Error('the wire server runs only inside a test');
      return server;
    },
    client(options = {}) {
      const c = new IntezerClient({ apiKey: API_KEY, baseUrl: `${this.server.url}/api/`, retryBaseDelayMs: 1, ...options });
      clients.push(c);
      return c;
    },
  };
}

/** A port on 127.0.0.1 where nothing listens (bound, then released). */
export async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** Resolves with what `promise` rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Polls `condition` every few ms until it holds (or fails the test after `timeoutMs`). */
export async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 2));
  }
}
