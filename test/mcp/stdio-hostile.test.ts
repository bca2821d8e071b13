/**
 * `intezer-alerts mcp` on stdio against a client that misbehaves: one that stops reading the
 * server's stdout (the server must end, exit 0, not linger or die on an unsettled wait), and one
 * whose messages carry terminal escapes and line breaks into the server's log (shown escaped,
 * on one line, on stderr).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PROTOCOL_VERSION_META_KEY } from '@modelcontextprotocol/server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { cliArgs, simEnv } from './harness.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 10 });
});
afterAll(async () => {
  await sim.close();
});

function server(args: string[] = []) {
  const child = spawn(process.execPath, cliArgs(['mcp', ...args]), { env: simEnv(sim), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const answers = new Map<unknown, Record<string, unknown>>();
  const lines: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    const msg = JSON.parse(line) as Record<string, unknown>;
    if ('id' in msg) answers.set(msg.id, msg);
  });
  const answer = async (id: unknown, ms: number) => {
    for (const until = Date.now() + ms; !answers.has(id) && Date.now() < until;) await new Promise((r) => setTimeout(r, 20));
    return answers.get(id);
  };
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const send = (msg: unknown) => child.stdin.write(`${JSON.stringify(msg)}\n`);
  const initialize = {
    jsonrpc: '2.0',
    id: 0,
    method: 'initialize',
    params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'hostile', version: '1' } },
  };
  return { child, exited, send, initialize, answer, lines, stderr: () => stderr };
}

it('ends with exit 0 when the client stops reading its stdout', async () => {
  const s = server();
  s.send(s.initialize);
  await new Promise((resolve) => s.child.stdout.once('data', resolve));
  s.child.stdout.destroy();
  s.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
  for (let id = 1; id <= 3; id++) s.send({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'search_alerts', arguments: {} } });
  // stdin stays open: the server must notice on its own.
  const timer = setTimeout(() => s.child.kill('SIGKILL'), 20_000);
  expect(await s.exited).toBe(0);
  clearTimeout(timer);
  expect(s.stderr()).toMatch(/EPIPE/);
}, 30_000);

it('logs what a client put in a message escaped and on one line (no terminal escape, no forged log line)', async () => {
  const s = server();
  const forged = '\u001b[2J\u001b]0;owned\u0007\nintezer-alerts: forged line';
  const meta = {
    [PROTOCOL_VERSION_META_KEY]: forged,
    'io.modelcontextprotocol/clientCapabilities': {},
    'io.modelcontextprotocol/clientInfo': { name: 'x', version: '1' },
  };
  s.send({ jsonrpc: '2.0', method: 'notifications/x', params: { _meta: meta } });
  s.send({ jsonrpc: '2.0', id: 1, method: 'ping', params: { _meta: meta } });
  for (const until = Date.now() + 20_000; (s.stderr().match(/forged/g) ?? []).length < 2 && Date.now() < until;) await new Promise((r) => setTimeout(r, 50));
  s.child.stdin.end();
  expect(await s.exited).toBe(0);
  expect(s.stderr()).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  expect(s.stderr()).not.toMatch(/^intezer-alerts: forged line/m);
  expect(s.stderr()).toMatch(/^intezer-alerts: mcp: .*\\u001b\[2J.*forged line$/m);
}, 30_000);

it('takes a 48 MB message in linear time (the transport alone buffers quadratically: 30 MB took 8 s, 60 MB 44 s)', async () => {
  const s = server(['--allow-write']);
  s.send(s.initialize);
  s.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
  expect(await s.answer(0, 20_000)).toBeDefined();
  const started = Date.now();
  s.send({
    jsonrpc: '2.0',
    id: 1,
    method: 'tools/call',
    params: { name: 'send_phishing_email', arguments: { eml_text: `Subject: big\r\n\r\n${'B'.repeat(48 * 1024 * 1024)}` } },
  });
  const sent = await s.answer(1, 60_000);
  const elapsed = Date.now() - started;
  s.child.stdin.end();
  expect(await s.exited).toBe(0);
  expect((sent?.result as { isError?: boolean } | undefined)?.isError).toBeFalsy();
  expect(elapsed).toBeLessThan(12_000);
}, 90_000);

it('drops one message over the bound (96 MiB) with a note and goes on serving the session', async () => {
  const s = server();
  s.send(s.initialize);
  s.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
  expect(await s.answer(0, 20_000)).toBeDefined();
  s.child.stdin.write(
    `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_alert","arguments":{"alert_id":"${'x'.repeat(97 * 1024 * 1024)}"}}}\n`,
  );
  s.send({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'search_alerts', arguments: { limit: 1 } } });
  const after = await s.answer(2, 60_000);
  s.child.stdin.end();
  expect(await s.exited).toBe(0);
  expect(after?.result).toHaveProperty('structuredContent');
  expect(s.stderr()).toMatch(/dropped a message of \d+ bytes, over the bound/);
}, 90_000);

it('stops a wait of 600 s the client cancels: no answer, no progress, no request to the service after it', async () => {
  const slow = sim.addAlert({ inProgress: true });
  const s = server(['--poll-interval', '100']);
  s.send(s.initialize);
  s.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
  expect(await s.answer(0, 20_000)).toBeDefined();
  s.send({
    jsonrpc: '2.0',
    id: 1,
    method: 'tools/call',
    params: { name: 'get_alert', arguments: { alert_id: slow.alertId, wait_seconds: 600 }, _meta: { progressToken: 'wait-1' } },
  });
  for (const until = Date.now() + 20_000; !s.lines.some((l) => l.includes('wait-1')) && Date.now() < until;) await new Promise((r) => setTimeout(r, 20));
  expect(s.lines.some((l) => l.includes('notifications/progress'))).toBe(true);
  s.send({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1, reason: 'the user stopped it' } });
  await new Promise((r) => setTimeout(r, 500));
  const lines = s.lines.length;
  const polls = sim.requests.filter((q) => JSON.stringify(q.body ?? '').includes(slow.alertId)).length;
  expect(polls).toBeGreaterThan(1);
  await new Promise((r) => setTimeout(r, 4_500));
  expect(s.lines.slice(lines)).toStrictEqual([]);
  expect(sim.requests.filter((q) => JSON.stringify(q.body ?? '').includes(slow.alertId)).length).toBe(polls);
  expect(await s.answer(1, 0)).toBeUndefined();
  s.child.stdin.end();
  expect(await s.exited).toBe(0);
}, 60_000);

it('logs a client-sent run of 200,000 spaces at once and goes on answering (no backtracking on it)', async () => {
  const s = server();
  const meta = {
    [PROTOCOL_VERSION_META_KEY]: `x${' '.repeat(200_000)}y`,
    'io.modelcontextprotocol/clientCapabilities': {},
    'io.modelcontextprotocol/clientInfo': { name: 'x', version: '1' },
  };
  s.send({ jsonrpc: '2.0', method: 'notifications/x', params: { _meta: meta } });
  const started = Date.now();
  s.send(s.initialize);
  expect(await s.answer(0, 30_000)).toBeDefined();
  expect(Date.now() - started).toBeLessThan(3_000);
  s.child.stdin.end();
  expect(await s.exited).toBe(0);
  const line = s
    .stderr()
    .split('\n')
    .find((l) => l.includes('unsupported protocol revision'));
  expect(line!.length).toBeLessThan(1_100);
}, 60_000);
