/**
 * `sync` as a user runs it, against a simulator: every change once in the output across
 * restarts, a torn tail cut back, state files that do not fit refused before anything is
 * fetched or written, a clean stop on SIGINT/SIGTERM, and stdout.
 */
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { jsonLines, runCli, simArgs, startCli, waitUntil, withSimulator, withTempDir } from './run-cli.js';

const SEARCH = 'POST /alerts/search';
const SINCE = '2020-01-01T00:00:00Z';

const keysOf = async (file: string) => jsonLines(await readFile(file, 'utf8')).map((l) => l.key as string);
const truth = (sim: Simulator) => new Set(sim.updates().map((u) => `${u.environment}/${u.alertId}@${u.alertUpdateTime}`));

function sync(sim: Simulator, dir: string, extra: string[] = []) {
  return runCli([...simArgs(sim), 'sync', '--output', path.join(dir, 'out.jsonl'), '--state', path.join(dir, 'state.json'), '--since', SINCE, ...extra]);
}

describe('sync', { timeout: 30_000 }, () => {
  it('appends one {key, alert} line per change; a rerun with the same files adds only the changes since, each once', () =>
    withSimulator({ seed: 12 }, (sim) =>
      withTempDir(async (dir) => {
        const first = await sync(sim, dir);
        expect(first.code, first.stderr).toBe(0);
        const out = path.join(dir, 'out.jsonl');
        const lines = jsonLines(await readFile(out, 'utf8'));
        expect(lines.length).toBe(12);
        for (const l of lines) expect(Object.keys(l)).toEqual(['key', 'alert']);
        const some = sim.alerts().slice(0, 3);
        for (const a of some) sim.updateAlert(a.alertId, { environment: a.environment, verdict: 'confirmed_threat', familyName: 'Emotet' });
        sim.addAlert({});
        const second = await sync(sim, dir);
        expect(second.code, second.stderr).toBe(0);
        const keys = await keysOf(out);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(truth(sim));
        expect(keys.length).toBe(12 + 3 + 1);
      }),
    ));

  it('cuts an uncommitted, torn tail back to the committed length on start, and never leaves a torn line', () =>
    withSimulator({ seed: 5 }, (sim) =>
      withTempDir(async (dir) => {
        expect((await sync(sim, dir)).code).toBe(0);
        const out = path.join(dir, 'out.jsonl');
        const committed = (await stat(out)).size;
        // What a run killed in the middle of a write leaves: lines past the committed length, the last one torn.
        await appendFile(out, '{"key":"production/uncommitted@2026-01-01T00:00:00+00:00","alert":{}}\n{"key":"production/torn@');
        sim.addAlert({});
        const r = await sync(sim, dir);
        expect(r.code, r.stderr).toBe(0);
        const text = await readFile(out, 'utf8');
        expect(text.endsWith('\n')).toBe(true);
        expect(text.slice(committed)).not.toContain('uncommitted');
        const keys = await keysOf(out);
        expect(new Set(keys)).toEqual(truth(sim));
        expect(keys.length).toBe(6);
      }),
    ));

  describe('refuses a state file that does not fit (exit 2, naming it) before anything is fetched or written', () => {
    const cases: [string, (dir: string, sim: Simulator) => Promise<string[]>][] = [
      ['made for another output', async (dir) => ['--output', path.join(dir, 'other.jsonl')]],
      ['made with other filters', async () => ['--verdict', 'confirmed_threat']],
      [
        'not a state of sync',
        async (dir) => {
          await writeFile(path.join(dir, 'state.json'), '{"offset": 3}\n');
          return [];
        },
      ],
      [
        'not JSON',
        async (dir) => {
          await writeFile(path.join(dir, 'state.json'), 'position=3\n');
          return [];
        },
      ],
      [
        'ahead of an output cut shorter',
        async (dir) => {
          const out = path.join(dir, 'out.jsonl');
          await writeFile(out, (await readFile(out, 'utf8')).split('\n').slice(0, 2).join('\n') + '\n');
          return [];
        },
      ],
    ];
    for (const [name, spoil] of cases) {
      it(name, () =>
        withSimulator({ seed: 4 }, (sim) =>
          withTempDir(async (dir) => {
            expect((await sync(sim, dir)).code).toBe(0);
            const extra = await spoil(dir, sim);
            const out = extra.includes('--output') ? extra[extra.indexOf('--output') + 1]! : path.join(dir, 'out.jsonl');
            const before = await readFile(out, 'utf8').catch(() => undefined);
            const searches = sim.count(SEARCH);
            const args = [...simArgs(sim), 'sync', '--output', path.join(dir, 'out.jsonl'), '--state', path.join(dir, 'state.json'), '--since', SINCE];
            if (extra.includes('--output')) args.splice(args.indexOf('--output'), 2);
            const r = await runCli([...args, ...extra]);
            expect(r.code).toBe(2);
            expect(r.stderr).toContain(path.join(dir, 'state.json'));
            expect(sim.count(SEARCH)).toBe(searches);
            expect(await readFile(out, 'utf8').catch(() => undefined)).toBe(before);
          }),
        ),
      );
    }
  });

  it('--output without --state is a usage error', () =>
    withSimulator({ seed: 1 }, async (sim) => {
      const r = await runCli([...simArgs(sim), 'sync', '--output', '/nonexistent/out.jsonl']);
      expect(r.code).toBe(2);
      expect(sim.count(SEARCH)).toBe(0);
    }));

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`--follow prints one line per poll on stderr, and ${signal} ends it with exit 0 and a state that resumes`, () =>
      withSimulator({ seed: 3 }, (sim) =>
        withTempDir(async (dir) => {
          const out = path.join(dir, 'out.jsonl');
          const run = startCli([
            ...simArgs(sim),
            'sync',
            '--output',
            out,
            '--state',
            path.join(dir, 'state.json'),
            '--since',
            SINCE,
            '--follow',
            '--interval',
            '100ms',
          ]);
          await waitUntil(() => (run.stderr().match(/sync: 0 changes/g) ?? []).length >= 2);
          run.child.kill(signal);
          const r = await run.done;
          expect(r.code, r.stderr).toBe(0);
          expect(r.stderr).toMatch(/sync: 3 changes in \d+ requests?; at \S+; next poll in 0.1s/);
          sim.addAlert({});
          const again = await sync(sim, dir);
          expect(again.code, again.stderr).toBe(0);
          const keys = await keysOf(out);
          expect(new Set(keys)).toEqual(truth(sim));
          expect(keys.length).toBe(4);
        }),
      ));
  }

  it('a signal while a page is being fetched fetches no new page: exit 0, no request after it, the state as of the last batch', () =>
    withSimulator({ seed: 2 }, (sim) =>
      withTempDir(async (dir) => {
        const out = path.join(dir, 'out.jsonl');
        const run = startCli([
          ...simArgs(sim),
          'sync',
          '--output',
          out,
          '--state',
          path.join(dir, 'state.json'),
          '--since',
          SINCE,
          '--follow',
          '--interval',
          '100ms',
        ]);
        await waitUntil(() => /sync: 2 changes/.test(run.stderr()));
        // Every later page answers slowly: the signal lands while one is in flight.
        sim.inject(SEARCH, { kind: 'delay', ms: 3000 }, 100);
        const seen = sim.count(SEARCH);
        await waitUntil(() => sim.count(SEARCH) > seen);
        const sent = Date.now();
        run.child.kill('SIGINT');
        const r = await run.done;
        expect(r.code, r.stderr).toBe(0);
        expect(Date.now() - sent).toBeLessThan(2500);
        expect(sim.count(SEARCH)).toBe(seen + 1);
        expect((await keysOf(out)).length).toBe(2);
      }),
    ));

  it('without --output writes the lines to stdout; with --state a rerun prints only what came after', () =>
    withSimulator({ seed: 6 }, (sim) =>
      withTempDir(async (dir) => {
        const state = path.join(dir, 'state.json');
        const first = await runCli([...simArgs(sim), 'sync', '--state', state, '--since', SINCE]);
        expect(first.code, first.stderr).toBe(0);
        expect(jsonLines(first.stdout).map((l) => l.key)).toHaveLength(6);
        const a = sim.alerts()[0]!;
        sim.updateAlert(a.alertId, { environment: a.environment, note: 'looked at' });
        const second = await runCli([...simArgs(sim), 'sync', '--state', state, '--since', SINCE]);
        const lines = jsonLines(second.stdout);
        expect(lines.map((l) => l.key)).toEqual([`${a.environment}/${a.alertId}@${sim.updates().at(-1)!.alertUpdateTime}`]);
        expect((lines[0]!.alert as { note: string }).note).toBe('looked at');
        // A state made for stdout does not fit a file.
        const r = await runCli([...simArgs(sim), 'sync', '--state', state, '--output', path.join(dir, 'out.jsonl')]);
        expect(r.code).toBe(2);
      }),
    ));
});
