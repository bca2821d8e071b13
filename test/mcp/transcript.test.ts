/** scripts/mcp-transcript.ts: a whole stdio session against the simulator, four answers, nothing on stdout but the transcript. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { serverEnv } from './harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

it('prints initialize, tools/list, search_alerts and get_alert, each answered', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/mcp-transcript.ts', '--compact'], {
    cwd: root,
    env: serverEnv({}),
  });
  const lines = stdout.split('\n');
  const sent = lines.filter((l) => l.startsWith('→ ')).map((l) => (JSON.parse(l.slice(2)) as { method: string }).method);
  expect(sent).toStrictEqual(['initialize', 'notifications/initialized', 'tools/list', 'tools/call', 'tools/call']);
  const answers = lines.filter((l) => l.startsWith('← ')).map((l) => JSON.parse(l.slice(2)) as { id: number; result: Record<string, unknown> });
  expect(answers.map((a) => a.id)).toStrictEqual([1, 2, 3, 4]);
  expect(answers[3]!.result.structuredContent).toMatchObject({ status: 'finished', scans: expect.any(Array) });
  expect(stdout).toContain('MCP server on stdio');
}, 60_000);
