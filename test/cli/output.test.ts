/**
 * What the CLI prints and fetches for an operator: raw prints the payload behind a download
 * link, search --limit-total fetches only the pages it needs, its CSV feeds notify --csv -,
 * its table keeps 64-character ids aligned, and an 80-column progress bar keeps the failed
 * count and the stop note.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/lib/progress.js';
import { Tally } from '../../src/cli/lib/send-tally.js';
import { MAIN, jsonLines, runCli, simArgs, withSimulator } from './run-cli.js';

const T = 60_000;
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const HISTORY = 'POST /alerts/search';

describe.concurrent('CLI output', () => {
  it(
    'raw follows a download link and prints the payload, never the signed link',
    () =>
      withSimulator({ rawData: 'link' }, async (sim) => {
        const a = sim.addAlert({ environment: 'staging', rawData: { hello: 'world' } });
        const r = await runCli([...simArgs(sim), 'raw', a.alertId]);
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout)).toEqual({ hello: 'world' });
        expect(r.stdout).not.toContain('sig=');
      }),
    T,
  );

  it(
    'search --limit-total 150 makes 2 requests (100 + 50) and prints 150 alerts',
    () =>
      withSimulator({ seed: 400 }, async (sim) => {
        const r = await runCli([...simArgs(sim), 'search', '--limit-total', '150', '--format', 'jsonl']);
        expect(r.code).toBe(0);
        expect(jsonLines(r.stdout)).toHaveLength(150);
        const limits = sim.requests.filter((q) => q.routeKey === HISTORY).map((q) => (q.body as { limit: number }).limit);
        expect(limits).toEqual([100, 50]);
      }),
    T,
  );

  it(
    'search --format csv piped into notify --csv - notifies every alert listed',
    () =>
      withSimulator({ seed: 10 }, async (sim) => {
        const cli = (args: string[]) => [process.execPath, '--import', TSX_LOADER, MAIN, ...simArgs(sim), ...args].map((a) => `'${a}'`).join(' ');
        const out = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
          const sh = spawn('/bin/sh', ['-c', `${cli(['search', '--limit-total', '3', '--format', 'csv'])} | ${cli(['notify', '--csv', '-'])}`], {
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          let stdout = '';
          sh.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
          sh.on('close', (code) => resolve({ code, stdout }));
        });
        expect(out.code).toBe(0);
        const lines = jsonLines(out.stdout);
        expect(lines).toHaveLength(3);
        expect(lines.every((l) => l.status === 'notified')).toBe(true);
      }),
    T,
  );

  it(
    'the table keeps columns aligned with 64-character ids (a phishing alert is named by a SHA-256)',
    () =>
      withSimulator({ seed: 0 }, async (sim) => {
        sim.addAlert({ alertId: 'a'.repeat(64), environment: 'production' });
        sim.addAlert({ alertId: 'short-id', environment: 'production' });
        const r = await runCli([...simArgs(sim), 'search', '--format', 'table']);
        expect(r.code).toBe(0);
        const rows = r.stdout.trimEnd().split('\n');
        expect(rows).toHaveLength(3);
        const at = rows.map((row) => row.search(/ENVIRONMENT|production/));
        expect(new Set(at).size).toBe(1);
        expect(at[0]).toBeGreaterThan(64);
      }),
    T,
  );

  it('an 80-column bar keeps the failed count and the stop note', () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 80 }) as unknown as NodeJS.WriteStream;
    let text = '';
    stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
    const tally = new Tally(1200);
    const progress = createProgress(tally, { enabled: true, label: 'send-phishing', wait: true, stream });
    for (let i = 0; i < 40; i++) tally.send(`f${i}`, i % 10 === 0 ? 'failed' : i % 7 === 0 ? 'unknown' : 'sent');
    progress.sent('x');
    progress.note('SIGINT: finishing the emails in flight (again to quit at once)');
    progress.stop();
    const last = text
      .split(/\r|\x1b\[\d*G/)
      .map((s) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g, '').trimEnd())
      .filter((s) => s.includes('sent'))
      .at(-1)!;
    expect(last.length).toBeLessThanOrEqual(80);
    expect(last).toContain('4 failed');
    expect(last).toMatch(/SIGINT: finishing/);
  });
});
