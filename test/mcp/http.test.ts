/**
 * `intezer-alerts mcp --http`: streamable HTTP on 127.0.0.1 behind INTEZER_MCP_TOKEN. Both
 * clients work with the bearer; without it exactly, 401; with a foreign Origin, 403; without a
 * token the command exits 2 before listening. The bearer never shows in any output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { startCli } from '../cli/run-cli.js';
import { FLAVOURS, httpSession } from './harness.js';

const TOKEN = 'mcp-http-bearer-3c5e7a9b1d2f4680';
let sim: Simulator;
let server: ReturnType<typeof startCli>;
let url: string;
let port: number;

beforeAll(async () => {
  sim = await startSimulator({ seed: 6 });
  server = startCli(['mcp', '--http', '--port', '0', '--allow-write'], {
    env: { INTEZER_ANALYZE_BASE_URL: sim.baseUrl, INTEZER_ANALYZE_API_KEY: sim.apiKey, INTEZER_MCP_TOKEN: TOKEN },
  });
  for (const until = Date.now() + 30_000; !/MCP endpoint (\S+)/.test(server.stderr()) && Date.now() < until;) await new Promise((r) => setTimeout(r, 50));
  url = /MCP endpoint (\S+)/.exec(server.stderr())![1]!;
  port = Number(new URL(url).port);
}, 60_000);

afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.done;
  await sim.close();
});

function post(headers: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-06-18', ...headers },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'search_alerts', arguments: { limit: 1 } } }),
  });
}

it('prints its endpoint on 127.0.0.1 with the port it took, on stderr', () => {
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
  expect(port).toBeGreaterThan(0);
  expect(server.stdout()).toBe('');
});

describe.each(FLAVOURS)('a %s client with the bearer', (flavour) => {
  it('lists the tools and calls one', async () => {
    const mcp = await httpSession(flavour, url, TOKEN);
    try {
      expect((await mcp.listTools()).map((t) => t.name)).toContain('notify_alert');
      const r = await mcp.callTool('search_alerts', { limit: 2 });
      expect(r.structuredContent).toMatchObject({ total: 6 });
    } finally {
      await mcp.close();
    }
  });

  it('cannot connect with another token', async () => {
    await expect(httpSession(flavour, url, 'not-the-token')).rejects.toThrow();
  });
});

it.each([
  ['no Authorization', {}],
  ['another token', { authorization: 'Bearer nope' }],
  ['two spaces before the token', { authorization: `Bearer  ${TOKEN}` }],
  ['another scheme word', { authorization: `bearer ${TOKEN}` }],
  ['the token alone', { authorization: TOKEN }],
  ['a longer token', { authorization: `Bearer ${TOKEN}0` }],
])('answers 401 to %s, and sends nothing to the service', async (_, headers) => {
  const before = sim.requests.length;
  const res = await post(headers);
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toBe('Bearer');
  expect(await res.text()).not.toContain(TOKEN);
  expect(sim.requests.length).toBe(before);
});

it('answers 403 to a foreign Origin, even with the bearer', async () => {
  for (const origin of ['https://evil.example', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`, 'null']) {
    const res = await post({ authorization: `Bearer ${TOKEN}`, origin });
    expect(res.status, origin).toBe(403);
  }
});

it('serves its own Origin (127.0.0.1 or localhost and its port) and no Origin at all', async () => {
  for (const headers of [{ origin: `http://127.0.0.1:${port}` }, { origin: `http://localhost:${port}` }, {}] as Record<string, string>[]) {
    const res = await post({ authorization: `Bearer ${TOKEN}`, ...headers });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('structuredContent');
  }
});

it('answers 404 off /mcp', async () => {
  const res = await fetch(url.replace(/\/mcp$/, '/other'), { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(404);
});

it('never prints the bearer', () => {
  expect(server.stderr()).not.toContain(TOKEN);
  expect(server.stdout()).not.toContain(TOKEN);
});

describe('usage errors: exit 2 before listening', () => {
  it.each([
    ['INTEZER_MCP_TOKEN unset', ['mcp', '--http', '--port', '0'], {}, /INTEZER_MCP_TOKEN/],
    ['INTEZER_MCP_TOKEN empty', ['mcp', '--http', '--port', '0'], { INTEZER_MCP_TOKEN: '' }, /INTEZER_MCP_TOKEN/],
    [
      'INTEZER_MCP_TOKEN ending in a space (trimmed off any header: no client could match)',
      ['mcp', '--http', '--port', '0'],
      { INTEZER_MCP_TOKEN: `${TOKEN} ` },
      /INTEZER_MCP_TOKEN must be printable ASCII/,
    ],
    [
      'INTEZER_MCP_TOKEN with a character no header carries',
      ['mcp', '--http', '--port', '0'],
      { INTEZER_MCP_TOKEN: `${TOKEN}\u00e9` },
      /INTEZER_MCP_TOKEN must be printable ASCII/,
    ],
    ['an unknown --tools name', ['mcp', '--tools', 'get_alert,get_alerts'], {}, /Unknown tool name\(s\): get_alerts/],
    ['--port without --http', ['mcp', '--port', '0'], {}, /--port needs --http/],
    [
      '--tools naming only tools the flags keep out',
      ['mcp', '--tools', 'notify_alert'],
      {},
      /notify_alert, which needs --allow-write[\s\S]*leaves no tool to serve/,
    ],
  ])(
    '%s',
    async (_, args, env, message) => {
      const run = startCli(args, { env: { INTEZER_ANALYZE_BASE_URL: sim.baseUrl, INTEZER_ANALYZE_API_KEY: sim.apiKey, ...env } });
      const done = await run.done;
      expect(done.code).toBe(2);
      expect(done.stderr).toMatch(message);
      expect(done.stderr).not.toContain('MCP endpoint');
      expect(done.stdout).toBe('');
      expect(done.stderr).not.toContain(TOKEN);
    },
    30_000,
  );
});

it('stops on SIGTERM with exit 0', async () => {
  const run = startCli(['mcp', '--http', '--port', '0'], {
    env: { INTEZER_ANALYZE_BASE_URL: sim.baseUrl, INTEZER_ANALYZE_API_KEY: sim.apiKey, INTEZER_MCP_TOKEN: TOKEN },
  });
  for (const until = Date.now() + 30_000; !run.stderr().includes('MCP endpoint') && Date.now() < until;) await new Promise((r) => setTimeout(r, 50));
  const endpoint = /MCP endpoint (\S+)/.exec(run.stderr())![1]!;
  run.child.kill('SIGTERM');
  const done = await run.done;
  expect(done.code).toBe(0);
  expect(done.stderr).toContain('SIGTERM: MCP server stopped');
  await expect(fetch(endpoint)).rejects.toThrow();
}, 60_000);
