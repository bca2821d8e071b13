/**
 * A stdio session with `intezer-alerts mcp --simulator`, as raw JSON-RPC: initialize,
 * tools/list, search_alerts, get_alert. Prints each message sent (→) and received (←); the
 * tools' schemas are elided from tools/list to keep it readable (`--full` keeps them);
 * `--compact` prints each message on one line, as it travels on stdio.
 *   npx tsx scripts/mcp-transcript.ts [--full] [--compact] [-- extra mcp flags]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const full = process.argv.includes('--full');
const compact = process.argv.includes('--compact');
const extra = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];

const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), '--simulator', 'mcp', ...extra], {
  cwd: root,
  stdio: ['pipe', 'pipe', 'pipe'],
  env: { ...process.env, INTEZER_ANALYZE_API_KEY: '' },
});
let stderr = '';
child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
const lines = createInterface({ input: child.stdout });
const pending = new Map<number, (msg: Record<string, unknown>) => void>();
lines.on('line', (line) => {
  const msg = JSON.parse(line) as Record<string, unknown>;
  const id = msg.id as number | undefined;
  if (id !== undefined && pending.has(id)) {
    pending.get(id)!(msg);
    pending.delete(id);
  }
});

function show(arrow: string, msg: unknown): void {
  console.log(compact ? `${arrow} ${JSON.stringify(msg)}` : `${arrow} ${JSON.stringify(msg, null, 2).replace(/\n/g, '\n  ')}\n`);
}

function elideSchemas(msg: Record<string, unknown>): Record<string, unknown> {
  if (full) return msg;
  const result = msg.result as { tools?: Record<string, unknown>[] } | undefined;
  if (!result?.tools) return msg;
  const tools = result.tools.map((t) => ({
    name: t.name,
    description: `${String(t.description).slice(0, 90)}…`,
    inputSchema: { properties: Object.keys((t.inputSchema as { properties?: object }).properties ?? {}).join(', ') },
    annotations: t.annotations,
  }));
  return { ...msg, result: { ...result, tools } };
}

let nextId = 1;
function request(method: string, params: Record<string, unknown>, transform = (m: Record<string, unknown>) => m): Promise<Record<string, unknown>> {
  const msg = { jsonrpc: '2.0', id: nextId++, method, params };
  show('→', msg);
  return new Promise((resolve) => {
    pending.set(msg.id, (answer) => {
      show('←', transform(answer));
      resolve(answer);
    });
    child.stdin.write(`${JSON.stringify(msg)}\n`);
  });
}

await request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'transcript', version: '1.0.0' } });
const initialized = { jsonrpc: '2.0', method: 'notifications/initialized' };
show('→', initialized);
child.stdin.write(`${JSON.stringify(initialized)}\n`);
await request('tools/list', {}, elideSchemas);
const found = await request('tools/call', { name: 'search_alerts', arguments: { alert_verdicts: ['confirmed_threat'], limit: 2 } });
const first = ((found.result as { structuredContent: { alerts: { alert_id: string }[] } }).structuredContent.alerts[0] ?? { alert_id: 'none' }).alert_id;
await request('tools/call', { name: 'get_alert', arguments: { alert_id: first, include_scans: true } });
child.stdin.end();
await new Promise((resolve) => child.once('exit', resolve));
console.log(`stderr of the server:\n${stderr.replace(/^/gm, '  ')}`);
