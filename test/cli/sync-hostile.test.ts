/**
 * `sync` run the way a hostile operator runs it: two runs on the same files at once, a run
 * killed with kill -9 that leaves its lock behind, intervals out of range, rotated outputs.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { jsonLines, runCli, simArgs, startCli, waitUntil, withSimulator, withTempDir } from './run-cli.js';

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
});
