/**
 * A gateway in front of a service (the simulator), on 127.0.0.1 port 0, that misbehaves on
 * ingest the way load balancers do: it forwards the request, lets the service ingest, and
 * answers 504 anyway (its own timeout ran out first), or 200 with a body that breaks the
 * contract; or it answers 504 without forwarding.
 * Every other call passes through untouched. `plan(n)` decides the n-th ingest (0-based).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * `forward-then-bad-200`: forwards, then answers 200 with a body that breaks the contract (no alert_id).
 * `forward-then-503`: forwards, then answers 503 (a balancer whose upstream went away mid-answer).
 * `401`: answers 401 without forwarding (the key was revoked mid-batch).
 */
export type GatewayMove = 'pass' | 'forward-then-504' | '504' | 'forward-then-bad-200' | 'forward-then-503' | '401';

export interface Gateway {
  /** The gateway's base URL, standing for the service's (`http://127.0.0.1:<port>/api/`). */
  baseUrl: string;
  /** Ingests seen, and what was done with each. */
  moves: GatewayMove[];
  close(): Promise<void>;
}

const INGEST = /\/alerts\/ingest\/binary$/;

function forward(upstream: URL, req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const out = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    out.on('error', reject);
    out.end(body);
  });
}

function gatewayTimeout(res: ServerResponse): void {
  const text = '<html><body><h1>504 Gateway Time-out</h1></body></html>';
  res.writeHead(504, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function startGateway(serviceBaseUrl: string, plan: (n: number) => GatewayMove): Promise<Gateway> {
  const upstream = new URL(serviceBaseUrl);
  const moves: GatewayMove[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const move: GatewayMove = req.method === 'POST' && INGEST.test(req.url ?? '') ? plan(moves.length) : 'pass';
        if (move !== 'pass' || (req.method === 'POST' && INGEST.test(req.url ?? ''))) moves.push(move);
        if (move === '504') return gatewayTimeout(res);
        if (move === '401') {
          res.writeHead(401, { 'content-type': 'application/json' });
          return res.end(JSON.stringify({ error: 'Invalid api key' }));
        }
        try {
          const answer = await forward(upstream, req, body);
          if (move === 'forward-then-504') return gatewayTimeout(res);
          if (move === 'forward-then-503') return res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>503 Service Unavailable</h1>');
          if (move === 'forward-then-bad-200') {
            res.writeHead(200, { 'content-type': 'application/json' });
            return res.end(JSON.stringify({ result: true, alert: null }));
          }
          const headers = { ...answer.headers };
          delete headers['transfer-encoding'];
          headers['content-length'] = String(answer.body.length);
          res.writeHead(answer.status, headers);
          res.end(answer.body);
        } catch {
          res.writeHead(502).end();
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${upstream.pathname}`,
    moves,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
