/**
 * The HTTP mode's checks against requests no honest client sends: a Host of another site (DNS
 * rebinding), two Authorization headers, and a refused request on a kept-alive connection.
 * Raw sockets, since fetch would not send these headers as written.
 */
import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { IntezerClient } from '../../src/index.js';
import { createMcpServer, startMcpHttp, type McpHttpServer } from '../../src/mcp/index.js';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';

const TOKEN = 'mcp-http-hostile-bearer-5d2c8e1a';
let sim: Simulator;
let client: IntezerClient;
let http: McpHttpServer;

beforeAll(async () => {
  sim = await startSimulator({ seed: 7 });
  client = new IntezerClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl, logLevel: 'off' });
  http = await startMcpHttp({ factory: () => createMcpServer({ client }), token: TOKEN, port: 0 });
});
afterAll(async () => {
  await http.close();
  client.close();
  await sim.close();
});

const CALL = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'search_alerts', arguments: { limit: 1 } } });

/** One request as written (header lines verbatim); the raw response. */
function raw(headers: string[], body = CALL): Promise<string> {
  const head = [
    'POST /mcp HTTP/1.1',
    'Content-Type: application/json',
    'Accept: application/json, text/event-stream',
    'MCP-Protocol-Version: 2025-06-18',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...headers,
  ];
  return new Promise((resolve, reject) => {
    const socket = net.connect(http.port, '127.0.0.1', () => socket.write(`${head.join('\r\n')}\r\n\r\n${body}`));
    let out = '';
    socket.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      // The end of a chunked (SSE) answer, or of a refusal, which closes the connection.
      if (out.endsWith('\r\n0\r\n\r\n')) socket.destroy();
    });
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
    setTimeout(() => socket.destroy(), 10_000);
  });
}
const status = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
const own = `Host: 127.0.0.1:`;

it('serves its own Host, as 127.0.0.1 or localhost with its port', async () => {
  for (const host of [`${own}${http.port}`, `Host: localhost:${http.port}`, `Host: LOCALHOST:${http.port}`]) {
    expect(status(await raw([host, `Authorization: Bearer ${TOKEN}`])), host).toBe(200);
  }
});

it('answers 403 to a Host of another name or port, even with the bearer and no Origin (DNS rebinding)', async () => {
  const before = sim.requests.length;
  for (const host of [
    'Host: evil.example',
    `Host: evil.example:${http.port}`,
    `Host: 127.0.0.1:${http.port + 1}`,
    `Host: 127.0.0.1`,
    `Host: localhost.evil.example:${http.port}`,
  ]) {
    const response = await raw([host, `Authorization: Bearer ${TOKEN}`]);
    expect(status(response), host).toBe(403);
    expect(response).toMatch(/foreign Host/);
  }
  expect(sim.requests.length).toBe(before);
});

it('answers 401 to two Authorization headers, whichever comes first', async () => {
  for (const pair of [
    [`Authorization: Bearer ${TOKEN}`, 'Authorization: Bearer nope'],
    ['Authorization: Bearer nope', `Authorization: Bearer ${TOKEN}`],
    [`Authorization: Bearer ${TOKEN}`, `Authorization: Bearer ${TOKEN}`],
  ]) {
    expect(status(await raw([`${own}${http.port}`, ...pair])), pair.join(' + ')).toBe(401);
  }
});

it('closes the connection after a refusal, whose body it did not read', async () => {
  const response = await raw([`${own}${http.port}`, 'Authorization: Bearer nope']);
  expect(status(response)).toBe(401);
  expect(response).toMatch(/\r\nconnection: close\r\n/i);
});
