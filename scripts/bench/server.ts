/**
 * The benchmark's canned API server: node:http on 127.0.0.1, keep-alive, fixed answers.
 * Run as a child process (`startServerProcess`), so its CPU and memory are not the client's:
 *   POST /get-access-token                       → a token valid for an hour
 *   GET|POST /alerts/get-by-id                   → the finished example alert (POST: for fetch)
 *   POST /alerts/search                          → a page of `historyTotal` alerts (offset, limit)
 *   GET /analyses|url|endpoint-analyses/{id}     → the finished report, after `analysisLatencyMs`
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { API_PREFIX, historyPager, loadFixtures } from './fixtures.js';

export interface ServerOptions {
  analysisLatencyMs: number;
  historyTotal: number;
}

function serve({ analysisLatencyMs, historyTotal }: ServerOptions): http.Server {
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
    req.on('end', () => {
      const send = (status: number, body: string) => {
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      };
      const path = (req.url ?? '').slice(API_PREFIX.length);
      if (path === '/alerts/get-by-id') return send(200, alertBody);
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
