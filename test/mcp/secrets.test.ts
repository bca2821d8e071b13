/**
 * No secret in any output: the API key, the access tokens the service issued, the MCP bearer,
 * and a download link's signature never appear on stdout (JSON-RPC, tool results) or stderr
 * (notes, the SDK's debug log), whether the calls succeed or fail.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { cliArgs, serverEnv } from './harness.js';

const API_KEY = 'mcp-secret-api-key-91c3e5a7f2b84d60';
const BEARER = 'mcp-secret-bearer-08d6f4b2a9c7e531';
/** The simulator's access tokens: `sim-` and 32 base64url characters. */
const ACCESS_TOKEN = /sim-[A-Za-z0-9_-]{32}/;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 5, apiKey: API_KEY, rawData: 'link' });
});
afterAll(async () => {
  await sim.close();
});

/** Runs the CLI's stdio server over a list of tool calls; everything it wrote. */
async function session(args: string[], env: Record<string, string>, calls: [string, Record<string, unknown>][]): Promise<{ stdout: string; stderr: string }> {
  const child = spawn(process.execPath, cliArgs(args), { env: serverEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  let answers = 0;
  const all = new Promise<void>((resolve) =>
    createInterface({ input: child.stdout }).on('line', (line) => {
      stdout += `${line}\n`;
      if (++answers === calls.length + 1) resolve();
    }),
  );
  const send = (msg: unknown) => child.stdin.write(`${JSON.stringify(msg)}\n`);
  send({
    jsonrpc: '2.0',
    id: 0,
    method: 'initialize',
    params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'secrets', version: '1' } },
  });
  send({ jsonrpc: '2.0', method: 'notifications/initialized' });
  calls.forEach(([name, a], i) => send({ jsonrpc: '2.0', id: i + 1, method: 'tools/call', params: { name, arguments: a } }));
  await all;
  child.stdin.end();
  await new Promise((resolve) => child.on('exit', resolve));
  return { stdout, stderr };
}

function expectNoSecret(out: { stdout: string; stderr: string }): void {
  for (const text of [out.stdout, out.stderr]) {
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(BEARER);
    expect(text).not.toMatch(ACCESS_TOKEN);
    expect(text).not.toMatch(/[?&]sig=/);
  }
}

it('a session of successful calls with the debug log on shows no secret', async () => {
  const [a, b] = sim.alerts();
  sim.expireAllTokens();
  const out = await session(
    ['--verbose', 'mcp', '--allow-write'],
    { INTEZER_ANALYZE_BASE_URL: sim.baseUrl, INTEZER_ANALYZE_API_KEY: API_KEY, INTEZER_MCP_TOKEN: BEARER },
    [
      ['search_alerts', { limit: 5 }],
      ['get_alert', { alert_id: a!.alertId, include_scans: true }],
      ['get_alert_raw_data', { alert_id: b!.alertId }],
      ['get_alerts_by_ids', { alert_ids: [a!.alertId, b!.alertId] }],
      ['notify_alert', { alert_id: a!.alertId }],
    ],
  );
  expect(out.stdout).toContain('structuredContent');
  expect(out.stderr).toMatch(/debug: .*get-access-token/);
  expectNoSecret(out);
}, 60_000);

it('a key given with --api-key and refused shows in no result and no log line', async () => {
  sim.expireAllTokens();
  const wrong = `${API_KEY}-wrong`;
  const out = await session(['--verbose', '--api-key', wrong, 'mcp'], { INTEZER_ANALYZE_BASE_URL: sim.baseUrl }, [
    ['search_alerts', {}],
    ['get_alert', { alert_id: sim.alerts()[0]!.alertId }],
  ]);
  expect(out.stdout).toContain('InvalidApiKeyError');
  expect(out.stdout).not.toContain(wrong);
  expect(out.stderr).not.toContain(wrong);
  expectNoSecret(out);
}, 60_000);
