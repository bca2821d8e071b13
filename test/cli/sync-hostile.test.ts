/**
 * `sync` run the way a hostile operator runs it: two runs on the same files at once, a run
 * killed with kill -9 that leaves its lock behind, intervals out of range, rotated outputs.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { copyFile, lstat, readFile, rename, symlink, truncate } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { jsonLines, MAIN, runCli, simArgs, startCli, waitUntil, withSimulator, withTempDir } from './run-cli.js';

const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const SEARCH = 'POST /alerts/search';
const SINCE = '2020-01-01T00:00:00Z';

const keysOf = async (file: string) => jsonLines(await readFile(file, 'utf8')).map((l) => l.key as string);
const truth = (sim: Simulator) => new Set(sim.updates().map((u) => `${u.environment}/${u.alertId}@${u.alertUpdateTime}`));
const syncArgs = (sim: Simulator, dir: string, extra: string[] = []) => [
  ...simArgs(sim),
  'sync',
  '--output',
  path.join(dir, 'out.jsonl'),
  '--state',
  path.join(dir, 'state.json'),
  '--since',
  SINCE,
  ...extra,
];

describe('sync against a hostile operator', { timeout: 40_000 }, () => {
  it('a second run on the same state while one runs is refused (exit 2, naming the state file) and writes nothing; a lock left by kill -9 is taken over', () =>
    withSimulator({ seed: 4 }, (sim) =>
      withTempDir(async (dir) => {
        const out = path.join(dir, 'out.jsonl');
        const first = startCli(syncArgs(sim, dir, ['--follow', '--interval', '100ms']));
        onTestFinished(() => void first.child.kill('SIGKILL'));
        await waitUntil(() => /sync: 4 changes/.test(first.stderr()));
        const before = await readFile(out);
        const searches = sim.count(SEARCH);
        const second = await runCli(syncArgs(sim, dir));
        expect(second.code).toBe(2);
        expect(second.stderr).toContain(path.join(dir, 'state.json'));
        expect(second.stderr).toMatch(/in use by process \d+/);
        expect(await readFile(out)).toEqual(before);
        // Only the first run's polls, which go on.
        expect(sim.count(SEARCH) - searches).toBeLessThan(10);
        first.child.kill('SIGKILL');
        await first.done;
        expect(existsSync(path.join(dir, 'state.json.lock'))).toBe(true);
        sim.addAlert({});
        const third = await runCli(syncArgs(sim, dir));
        expect(third.code, third.stderr).toBe(0);
        const keys = await keysOf(out);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(truth(sim));
        // A run that ends leaves no lock behind.
        expect(existsSync(path.join(dir, 'state.json.lock'))).toBe(false);
      }),
    ));

  it('an --interval past what a timer can wait is a usage error naming --interval, before any request', () =>
    withSimulator({ seed: 1 }, (sim) =>
      withTempDir(async (dir) => {
        const r = await runCli(syncArgs(sim, dir, ['--follow', '--interval', '30d']));
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('--interval');
        expect(sim.count(SEARCH)).toBe(0);
        expect(existsSync(path.join(dir, 'out.jsonl'))).toBe(false);
      }),
    ));

  it('an output rotated away between runs (moved, or copied and cut to 0): the next run goes on into a new file, the two together hold every change once', () =>
    withSimulator({ seed: 3 }, (sim) =>
      withTempDir(async (dir) => {
        const out = path.join(dir, 'out.jsonl');
        expect((await runCli(syncArgs(sim, dir))).code).toBe(0);
        await rename(out, `${out}.1`);
        sim.addAlert({});
        const moved = await runCli(syncArgs(sim, dir));
        expect(moved.code, moved.stderr).toBe(0);
        expect(moved.stderr).toMatch(/taken as rotated/);
        // copytruncate: a copy, then the output cut to nothing.
        await copyFile(out, `${out}.2`);
        await truncate(out, 0);
        sim.addAlert({});
        const cut = await runCli(syncArgs(sim, dir));
        expect(cut.code, cut.stderr).toBe(0);
        const keys = [...(await keysOf(`${out}.1`)), ...(await keysOf(`${out}.2`)), ...(await keysOf(out))];
        expect(keys.length).toBe(5);
        expect(new Set(keys)).toEqual(truth(sim));
      }),
    ));

  it('an output rotated while --follow runs (moved away, then cut in place): the lines go on into the file at the path, and a restart accepts it', () =>
    withSimulator({ seed: 2 }, (sim) =>
      withTempDir(async (dir) => {
        const out = path.join(dir, 'out.jsonl');
        const run = startCli(syncArgs(sim, dir, ['--follow', '--interval', '100ms']));
        onTestFinished(() => void run.child.kill('SIGKILL'));
        await waitUntil(() => /sync: 2 changes/.test(run.stderr()));
        await rename(out, `${out}.1`);
        sim.addAlert({});
        await waitUntil(() => /moved away/.test(run.stderr()) && /sync: 1 change /.test(run.stderr()));
        expect(await keysOf(out)).toHaveLength(1);
        await copyFile(out, `${out}.2`);
        await truncate(out, 0);
        sim.addAlert({});
        await waitUntil(() => /was cut/.test(run.stderr()) && (run.stderr().match(/sync: 1 change /g) ?? []).length === 2);
        run.child.kill('SIGTERM');
        expect((await run.done).code).toBe(0);
        sim.addAlert({});
        const again = await runCli(syncArgs(sim, dir));
        expect(again.code, again.stderr).toBe(0);
        const keys = [...(await keysOf(`${out}.1`)), ...(await keysOf(`${out}.2`)), ...(await keysOf(out))];
        expect(keys.length).toBe(5);
        expect(new Set(keys)).toEqual(truth(sim));
      }),
    ));

  it('SIGINT twice while a page is slow: it ends (the first aborts the page, else the second ends it at once) without leaving its lock, and a restart holds every change once', () =>
    withSimulator({ seed: 2 }, (sim) =>
      withTempDir(async (dir) => {
        const out = path.join(dir, 'out.jsonl');
        const run = startCli(syncArgs(sim, dir, ['--follow', '--interval', '100ms']));
        onTestFinished(() => void run.child.kill('SIGKILL'));
        await waitUntil(() => /sync: 2 changes/.test(run.stderr()));
        sim.inject(SEARCH, { kind: 'delay', ms: 5000 }, 100);
        const seen = sim.count(SEARCH);
        await waitUntil(() => sim.count(SEARCH) > seen);
        run.child.kill('SIGINT');
        await new Promise((r) => setTimeout(r, 100));
        run.child.kill('SIGINT');
        const r = await run.done;
        expect([0, 130]).toContain(r.code);
        expect(existsSync(path.join(dir, 'state.json.lock'))).toBe(false);
        sim.clearFaults();
        sim.addAlert({});
        const again = await runCli(syncArgs(sim, dir));
        expect(again.code, again.stderr).toBe(0);
        const keys = await keysOf(out);
        expect(keys.length).toBe(3);
        expect(new Set(keys)).toEqual(truth(sim));
      }),
    ));

  it('a file size limit hit mid-batch (ulimit -f, as a full disk): exit 1 with a SyncWriteError naming the output, no stack; the rerun cuts the torn tail and holds every change once', () =>
    withSimulator({ seed: 300 }, (sim) =>
      withTempDir(async (dir) => {
        const out = path.join(dir, 'out.jsonl');
        // 300 alerts make ~580 KB: the limit (in KiB) stops the output part way, inside a line.
        const child = spawn('sh', ['-c', 'ulimit -f 200; exec "$0" "$@"', process.execPath, '--import', TSX_LOADER, MAIN, ...syncArgs(sim, dir)], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        onTestFinished(() => void child.kill('SIGKILL'));
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
        const status = await new Promise((resolve) => child.on('close', resolve));
        const limited = { status, stderr };
        expect(limited.status, stderr).toBe(1);
        expect(limited.stderr).toMatch(new RegExp(`SyncWriteError: cannot write output ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: EFBIG`));
        expect(limited.stderr).not.toMatch(/\n\s+at /);
        const again = await runCli(syncArgs(sim, dir));
        expect(again.code, again.stderr).toBe(0);
        const text = await readFile(out, 'utf8');
        expect(text.endsWith('\n')).toBe(true);
        const keys = await keysOf(out);
        expect(keys.length).toBe(300);
        expect(new Set(keys)).toEqual(truth(sim));
      }),
    ));

  it('a state reached through a symlink: the same lock as its real path, and the link stays a link to a state that moves on', () =>
    withSimulator({ seed: 2 }, (sim) =>
      withTempDir(async (dir) => {
        const real = path.join(dir, 'state.json');
        const link = path.join(dir, 'state-link.json');
        const args = (state: string, extra: string[] = []) => [
          ...simArgs(sim),
          'sync',
          '--output',
          path.join(dir, 'out.jsonl'),
          '--state',
          state,
          '--since',
          SINCE,
          ...extra,
        ];
        const first = startCli(args(real, ['--follow', '--interval', '100ms']));
        onTestFinished(() => void first.child.kill('SIGKILL'));
        await waitUntil(() => /sync: 2 changes/.test(first.stderr()));
        await symlink(real, link);
        const second = await runCli(args(link));
        expect(second.code, second.stderr).toBe(2);
        expect(second.stderr).toMatch(/in use by process/);
        first.child.kill('SIGTERM');
        expect((await first.done).code).toBe(0);
        sim.addAlert({});
        const third = await runCli(args(link));
        expect(third.code, third.stderr).toBe(0);
        expect((await lstat(link)).isSymbolicLink()).toBe(true);
        const keys = await keysOf(path.join(dir, 'out.jsonl'));
        expect(keys.length).toBe(3);
        expect(new Set(keys)).toEqual(truth(sim));
        // The real state moved on: a run through it adds nothing.
        expect((await runCli(args(real))).code).toBe(0);
        expect(await keysOf(path.join(dir, 'out.jsonl'))).toHaveLength(3);
      }),
    ));
});
