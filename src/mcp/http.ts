/**
 * The MCP server over streamable HTTP on 127.0.0.1: one endpoint, /mcp, behind two checks made
 * before anything reaches the MCP layer. A request with an Origin header other than this
 * server's own (http://127.0.0.1:PORT or http://localhost:PORT), or a Host header other than
 * 127.0.0.1:PORT or localhost:PORT, gets 403, which stops a web page from driving the server
 * through the user's browser (also by DNS rebinding); a request whose Authorization is not
 * exactly one `Bearer <token>` gets 401. The token is compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMcpHandler, type McpServer } from '@modelcontextprotocol/server';

/** The one path the HTTP server answers MCP at; any other path is a 404. */
export const MCP_PATH = '/mcp';
/** A request body larger than this is refused (413): room for the largest email the SDK sends (64 MiB) as base64. */
export const MAX_MESSAGE_BYTES = 96 * 1024 * 1024;

/** The options of {@link startMcpHttp}. */
export interface McpHttpOptions {
  /** A fresh server per request (the HTTP entry is stateless). */
  factory: () => McpServer;
  /** The bearer every request must carry; never empty. */
  token: string;
  /** 0: any free port. */
  port: number;
  /** Out-of-band errors, for the log (never holds the token). */
  onError?: (error: Error) => void;
}

/** A running MCP HTTP server, as {@link startMcpHttp} resolves it. */
export interface McpHttpServer {
  /** http://127.0.0.1:PORT/mcp */
  readonly url: string;
  /** The port it listens on (the one picked when `port` was 0). */
  readonly port: number;
  /** Stops the server: closes the MCP handler and every connection. */
  close(): Promise<void>;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Equal-length digests, so timingSafeEqual compares in constant time whatever the header's
 * length. Exactly one Authorization header: node keeps the first of several and drops the
 * rest, so a request with two would otherwise pass on the first alone.
 */
function bearerMatches(req: IncomingMessage, expected: Buffer): boolean {
  const all = req.headersDistinct.authorization ?? [];
  const matches = timingSafeEqual(digest(all[0] ?? ''), expected);
  return matches && all.length === 1;
}

/**
 * The Host names this server: 127.0.0.1:PORT or localhost:PORT. Another name is a DNS
 * rebinding (a page of evil.example whose name now resolves to 127.0.0.1), refused as the MCP
 * specification's security guidance asks, even when a browser sent no Origin.
 */
function ownHost(host: string | undefined, port: number): boolean {
  const h = host?.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** A refusal closes the connection: the body was not read, and a client reusing the socket would see it reset. */
function refuse(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ jsonrpc: '2.0', error: { code: -32001, message }, id: null });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close', ...headers });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_MESSAGE_BYTES) return 'too-large';
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => (headers[k] = v));
  res.writeHead(response.status, headers);
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  res.on('close', () => void reader.cancel().catch(() => undefined));
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!res.write(value)) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
}

/**
 * Serves MCP over streamable HTTP at `http://127.0.0.1:PORT/mcp`: 403 for a foreign Origin, 401 unless
 * `Authorization` is exactly `Bearer <token>`, 413 for a body over {@link MAX_MESSAGE_BYTES}. Rejects when `token` is empty.
 */
export async function startMcpHttp(options: McpHttpOptions): Promise<McpHttpServer> {
  if (!options.token) throw new Error('startMcpHttp needs a token');
  const expected = digest(`Bearer ${options.token}`);
  const handler = createMcpHandler(() => options.factory(), { maxRequestBodySize: MAX_MESSAGE_BYTES, ...(options.onError && { onerror: options.onError }) });
  let port = options.port;

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname !== MCP_PATH) return refuse(res, 404, `Not found: the MCP endpoint is ${MCP_PATH}`);
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
        return refuse(res, 403, 'Forbidden: a foreign Origin');
      }
      if (!ownHost(req.headers.host, port)) return refuse(res, 403, `Forbidden: a foreign Host (use http://127.0.0.1:${port}${MCP_PATH})`);
      if (!bearerMatches(req, expected)) {
        return refuse(res, 401, 'Unauthorized: send Authorization: Bearer <INTEZER_MCP_TOKEN>', { 'www-authenticate': 'Bearer' });
      }
      const body = req.method === 'GET' || req.method === 'HEAD' || req.method === 'DELETE' ? undefined : await readBody(req);
      if (body === 'too-large') return refuse(res, 413, 'Request body too large');
      const abort = new AbortController();
      res.on('close', () => abort.abort());
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const request = new Request(url, {
        method: req.method ?? 'GET',
        headers,
        signal: abort.signal,
        ...(body !== undefined && { body: new Uint8Array(body) }),
      });
      await writeResponse(res, await handler.fetch(request));
    })().catch((err: unknown) => {
      options.onError?.(err instanceof Error ? err : new Error(String(err)));
      if (!res.headersSent) refuse(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${MCP_PATH}`,
    port,
    async close() {
      await handler.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
