/**
 * The benchmark's canned API server: node:http on 127.0.0.1, keep-alive, fixed answers.
 * Run as a child process (`startServerProcess`), so its CPU and memory are not the client's:
 *   POST /get-access-token                       → a token valid for an hour
 *   GET|POST /alerts/get-by-id                   → the finished example alert (POST: for fetch)
 *   POST /alerts/search                          → a page of `historyTotal` alerts (offset, limit)
 *   POST /alerts/ingest/binary                   → the alert id of an ingested email
 *   GET /analyses|url|endpoint-analyses/{id}     → the finished report, after `analysisLatencyMs`
 * With `link`, it answers as a service far away would (scripts/bench/link.ts), and gzips a
 * JSON answer of 256 bytes or more for a client that asks, as front ends do.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { ALERT_ID, API_PREFIX, historyPager, loadFixtures } from './fixtures.js';
import { Link, type LinkOptions } from './link.js';

export interface ServerOptions {
  analysisLatencyMs: number;
  historyTotal: number;
  link?: LinkOptions;
}

const GZIP_MIN_BYTES = 256;

/** Gzipped answers, made once per distinct body. */
function gzipper(): (body: string) => Buffer {
  const cache = new Map<string, Buffer>();
  return (body) => {
    let z = cache.get(body);
    if (!z) cache.set(body, (z = zlib.gzipSync(body)));
    return z;
  };
}

function serve({ analysisLatencyMs, historyTotal, link: linkOptions }: ServerOptions): http.Server {
  const link = linkOptions && new Link(linkOptions);
  const gzip = gzipper();
  const fixtures = loadFixtures();
  const alertBody = JSON.stringify(fixtures.finishedAlert);
  const analysisBodies: Record<string, string> = {
    analyses: JSON.stringify(fixtures.analyses.file),
    url: JSON.stringify(fixtures.analyses.url),
    'endpoint-analyses': JSON.stringify(fixtures.analyses.endpoint),
  };
  const page = historyPager(fixtures.finishedAlert, historyTotal);

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const wantsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const send = (status: number, body: string) => {
        if (!link) {
          res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
          return res.end(body);
        }
        const zipped = wantsGzip && body.length >= GZIP_MIN_BYTES;
        const bytes = zipped ? gzip(body) : Buffer.from(body);
        void link.send(res, status, { 'content-type': 'application/json', 'content-length': bytes.length, ...(zipped && { 'content-encoding': 'gzip' }) }, bytes);
      };
      if (link) await link.arrival(req.socket);
      const path = (req.url ?? '').slice(API_PREFIX.length);
      if (path === '/alerts/get-by-id') return send(200, alertBody);
      if (path === '/alerts/ingest/binary' && req.method === 'POST') return send(200, JSON.stringify({ result: true, alert_id: ALERT_ID }));
      if (path === '/alerts/search' && req.method === 'POST') {
        const { offset = 0, limit = 100 } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { offset?: number; limit?: number };
        return send(200, page(offset, limit));
      }
      if (path === '/get-access-token') {
        return send(200, JSON.stringify({ result: 'bench-access-token', expire_at: Math.floor(Date.now() / 1000) + 3600 }));
      }
      const analysis = analysisBodies[path.split('/')[1] ?? ''];
      if (analysis !== undefined && req.method === 'GET') {
        setTimeout(() => send(200, analysis), analysisLatencyMs);
        return;
      }
      send(404, JSON.stringify({ error: `no canned answer for ${req.method} ${path}` }));
    });
  });
  // Keep idle connections open across the benchmark's pauses (the default is 5 s).
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 121_000;
  return server;
}

/** Starts the server in a child process; resolves with its origin and a stop function. */
export function startServerProcess(options: ServerOptions): Promise<{ origin: string; stop(): void }> {
  const child = fork(fileURLToPath(import.meta.url), [JSON.stringify(options)], { execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited early (${code})`)));
    child.once('message', (m) => {
      const { port } = m as { port: number };
      resolve({ origin: `http://127.0.0.1:${port}`, stop: () => child.kill() });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = serve(JSON.parse(process.argv[2] ?? '{}') as ServerOptions);
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ port: (server.address() as { port: number }).port });
  });
  // Go when the parent goes.
  process.on('disconnect', () => process.exit(0));
}
