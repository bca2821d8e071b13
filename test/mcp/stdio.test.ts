/**
 * `intezer-alerts mcp` on stdio, spawned as an agent starts it, driven by the v2 and the v1
 * client: every tool answers, stdout carries JSON-RPC only (the SDK's debug log goes to
 * stderr), and `--simulator` serves with no account.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { FLAVOURS, cliArgs, serverEnv, simEnv, stdioSession, textOf } from './harness.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 8, triageMs: 200, analysisMs: 0, operationMs: 50 });
});
afterAll(async () => {
  await sim.close();
});

describe.each(FLAVOURS)('mcp on stdio with a %s client', (flavour) => {
  it('lists the allowed tools and answers a call of each', async () => {
    const mcp = await stdioSession(flavour, ['--allow-write', '--allow-delete', '--poll-interval', '50'], simEnv(sim));
    try {
      const names = (await mcp.listTools()).map((t) => t.name);
      expect(names).toStrictEqual([
        'get_alert',
        'search_alerts',
        'get_alerts_by_ids',
        'get_alert_raw_data',
        'send_phishing_email',
        'send_alert',
        'notify_alert',
        'delete_alert',
      ]);
      const page = await mcp.callTool('search_alerts', { limit: 3 });
      const ids = (page.structuredContent!.alerts as { alert_id: string }[]).map((a) => a.alert_id);
      expect(ids).toHaveLength(3);
      const one = await mcp.callTool('get_alert', { alert_id: ids[0]!, include_scans: true });
      expect(one.structuredContent).toMatchObject({ alert_id: ids[0], status: 'finished' });
      expect((await mcp.callTool('get_alerts_by_ids', { alert_ids: ids })).structuredContent).toMatchObject({ count: 3 });
      const seeded = sim.alerts()[0]!;
      expect((await mcp.callTool('get_alert_raw_data', { alert_id: seeded.alertId })).structuredContent).toStrictEqual({
        raw_data: seeded.rawData,
        truncated: false,
      });
      const sent = await mcp.callTool('send_phishing_email', { eml_text: `Subject: stdio ${flavour}\r\n\r\nhello`, wait_seconds: 5 });
      expect(sent.structuredContent).toMatchObject({ status: 'finished' });
      const edr = await mcp.callTool('send_alert', { raw_alert: { threatInfo: { threatName: `stdio ${flavour}` } }, source: 'cs', wait_seconds: 5 });
      expect(edr.structuredContent).toMatchObject({ status: 'finished', source: 'cs' });
      expect((await mcp.callTool('notify_alert', { alert_id: ids[1]! })).structuredContent).toHaveProperty('notified_channels');
      expect((await mcp.callTool('delete_alert', { alert_id: ids[2]! })).structuredContent).toStrictEqual({ status: 'finished' });
      expect(mcp.stderr()).toContain('MCP server on stdio');
    } finally {
      await mcp.close();
    }
  }, 60_000);

  it('takes an email larger than the transport default of 10 MB in one message', async () => {
    const mcp = await stdioSession(flavour, ['--allow-write'], simEnv(sim));
    try {
      const eml = `Subject: big ${flavour}\r\n\r\n${'A'.repeat(12 * 1024 * 1024)}`;
      const r = await mcp.callTool('send_phishing_email', { eml_text: eml });
      expect(r.isError).toBeFalsy();
      expect(sim.ingestCount(createHash('sha256').update(eml).digest('hex'))).toBe(1);
    } finally {
      await mcp.close();
    }
  }, 60_000);

  it('--simulator serves the embedded simulator with no key', async () => {
    const mcp = await stdioSession(flavour, ['--simulator'], serverEnv({}));
    try {
      const r = await mcp.callTool('search_alerts', { limit: 5 });
      expect(r.structuredContent).toMatchObject({ total: 40 });
      expect(textOf(r)).toContain('Alerts 1–5 of 40');
      expect(mcp.stderr()).toContain('embedded simulator');
    } finally {
      await mcp.close();
    }
  }, 60_000);
});

it('stdout carries JSON-RPC only: with --verbose every SDK log line goes to stderr', async () => {
  const child = spawn(process.execPath, cliArgs(['--verbose', 'mcp']), { env: simEnv(sim), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const lines: string[] = [];
  const answered = new Promise<void>((resolve) =>
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      if (lines.length === 3) resolve();
    }),
  );
  const send = (msg: unknown) => child.stdin.write(`${JSON.stringify(msg)}\n`);
  send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } });
  send({ jsonrpc: '2.0', method: 'notifications/initialized' });
  send({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'search_alerts', arguments: { limit: 2 } } });
  send({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'get_alert', arguments: { alert_id: 'no-such-alert' } } });
  await answered;
  child.stdin.end();
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(0);
  expect(lines.map((l) => (JSON.parse(l) as { jsonrpc: string; id: number }).id).sort()).toStrictEqual([1, 2, 3]);
  for (const l of lines) expect(JSON.parse(l)).toHaveProperty('jsonrpc', '2.0');
  // The debug log was on: one line per HTTP attempt, all of them on stderr.
  expect(stderr).toMatch(/intezer-alerts: debug: .*POST .*alerts\/search/);
}, 60_000);
