/**
 * A real HTTP(S) server on 127.0.0.1 for transport tests, closer to the socket than
 * test/helpers/wire-server.ts: the handler gets node's own request and response, every
 * connection is tracked (open now, opened in all, closed when), and the token exchange is
 * answered on its own. Clients made by `client()` are closed with the server.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { IntezerClient } from '../../src/client/client.js';
import type { IntezerClientOptions } from '../../src/client/options.js';

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void | Promise<void>;

export interface ApiServer {
  readonly url: string;
  readonly port: number;
  /** Connections open now. */
  readonly open: Set<Socket>;
  /** Every connection ever accepted, in order, with when it closed (performance.now()). */
  readonly connections: { socket: Socket; closedAt?: number }[];
  client(options?: IntezerClientOptions): IntezerClient;
  close(): Promise<void>;
}

export interface ApiServerOptions {
  tls?: { key: string; cert: string };
  /** node's server keep-alive timeout (0: never closes an idle connection, sends no hint). */
  keepAliveTimeout?: number;
  /** Answer the token exchange with `Connection: close`, so the next call needs a new connection. */
  closeAfterToken?: boolean;
}

export const API_ROOT = '/api/v2-0';

export function sendJson(res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers }).end(text);
}

export async function startApiServer(handler: ApiHandler, options: ApiServerOptions = {}): Promise<ApiServer> {
  const open = new Set<Socket>();
  const connections: ApiServer['connections'] = [];
  const clients: IntezerClient[] = [];
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === `${API_ROOT}/get-access-token`) {
        const headers: Record<string, string> = options.closeAfterToken ? { connection: 'close' } : {};
        return sendJson(res, { result: 'test-token', expire_at: Math.floor(Date.now() / 1000) + 3600 }, 200, headers);
      }
      void Promise.resolve(handler(req, res, Buffer.concat(chunks))).catch((e: unknown) => {
        if (!res.headersSent) sendJson(res, { error: String(e) }, 599);
      });
    });
  };
  const server = options.tls ? https.createServer(options.tls, onRequest) : http.createServer(onRequest);
  if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
  server.on('connection', (socket: Socket) => {
    const record: { socket: Socket; closedAt?: number } = { socket };
    connections.push(record);
    open.add(socket);
    socket.on('close', () => {
      record.closedAt = performance.now();
      open.delete(socket);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    url,
    port,
    open,
    connections,
    client(o = {}) {
      const c = new IntezerClient({ apiKey: 'test-key', baseUrl: `${url}/api/`, retryBaseDelayMs: 1, ...o });
      clients.push(c);
      return c;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of clients.splice(0)) c.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
