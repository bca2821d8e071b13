/** `notify`: ids or a CSV file; a CSV is checked whole before anything is sent. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli, simArgs, startCli, waitUntil, withSimulator, withTempDir } from './run-cli.js';

const T = 30_000;
const NOTIFY = 'POST /alerts/{alert_id}/notify';

describe.concurrent('intezer-alerts notify', () => {
  it(
    'notifies the alerts given as ids; an unknown one fails alone, and not found is the only failure: exit 4',
    () =>
      withSimulator({}, async (sim) => {
        const a = sim.addAlert({ notifyChannels: ['email', 'slack'] });
        const b = sim.addAlert({ environment: 'staging', notifyChannels: ['teams'] });
        const r = await runCli([...simArgs(sim), 'notify', a.alertId, b.alertId, 'f'.repeat(32)]);
        expect(r.code).toBe(4);
        const lines = jsonLines(r.stdout);
        expect(lines).toHaveLength(3);
        expect(lines.find((l) => l.alert_id === a.alertId)).toMatchObject({ status: 'notified', channels: ['email', 'slack'], environment: 'production' });
        expect(lines.find((l) => l.alert_id === b.alertId)).toMatchObject({ status: 'notified', channels: ['teams'], environment: 'staging' });
        expect(lines.find((l) => l.alert_id === 'f'.repeat(32))).toMatchObject({ status: 'failed', error: expect.stringMatching(/^AlertNotFoundError: /) });
        expect(sim.count(NOTIFY)).toBe(2);
      }),
    T,
  );

  it(
    '--csv notifies every row with its environment',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const a = sim.addAlert({ environment: 'production' });
          const b = sim.addAlert({ environment: 'staging' });
          const csv = path.join(dir, 'alerts.csv');
          await writeFile(csv, `environment,id\r\nproduction,${a.alertId}\r\n"staging",${b.alertId}\r\n\r\n`);
          const r = await runCli([...simArgs(sim), 'notify', '--csv', csv]);
          expect(r.code).toBe(0);
          const lines = jsonLines(r.stdout);
          expect(lines.map((l) => [l.alert_id, l.environment, l.status]).sort()).toEqual(
            [
              [a.alertId, 'production', 'notified'],
              [b.alertId, 'staging', 'notified'],
            ].sort(),
          );
          const bodies = sim.requests.filter((q) => q.routeKey === NOTIFY).map((q) => q.body);
          expect(bodies).toEqual(expect.arrayContaining([{ environment: 'production' }, { environment: 'staging' }]));
        }),
      ),
    T,
  );

  it(
    'a bad CSV (empty id, no header, short row) exits 2 naming the line, and sends nothing',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const id = sim.alerts()[0]!.alertId;
          const cases = {
            emptyId: [`id,environment\n${id},production\n  ,staging\n${id},production\n`, /line 3: empty id/],
            noHeader: [`${id},production\n`, /line 1: the header has no "id"/],
            fields: [`id,environment\n${id}\n`, /line 2: 1 fields, the header has 2/],
          } as const;
          const runs = await Promise.all(
            Object.entries(cases).map(async ([name, [text]]) => {
              const file = path.join(dir, `${name}.csv`);
              await writeFile(file, text);
              return [name, await runCli([...simArgs(sim), 'notify', '--csv', file])] as const;
            }),
          );
          for (const [name, r] of runs) {
            expect(r.code, name).toBe(2);
            expect(r.stderr, name).toMatch(cases[name as keyof typeof cases][1]);
            expect(r.stderr, name).toContain('nothing was sent');
            expect(r.stdout, name).toBe('');
          }
          expect(sim.requests).toHaveLength(0);
        }),
      ),
    T,
  );

  it(
    'SIGINT mid-batch: the notifications in flight finish and are printed, no new one starts, exit 130',
    () =>
      withSimulator({}, async (sim) => {
        const ids = Array.from({ length: 20 }, () => sim.addAlert({}).alertId);
        sim.inject(NOTIFY, { kind: 'delay', ms: 500 }, 100);
        const run = startCli([...simArgs(sim), 'notify', ...ids, '--concurrency', '4']);
        await waitUntil(() => sim.count(NOTIFY) >= 4);
        run.child.kill('SIGINT');
        const r = await run.done;
        expect(r.code).toBe(130);
        const lines = jsonLines(r.stdout);
        expect(lines.length).toBeLessThan(20);
        expect(lines.every((l) => l.status === 'notified')).toBe(true);
        expect(lines).toHaveLength(sim.count(NOTIFY));
      }),
    T,
  );

  it(
    'ids and --csv together, or neither, are usage errors',
    async () => {
      const [both, none] = await Promise.all([runCli(['notify', 'abc', '--csv', 'x.csv']), runCli(['notify'])]);
      expect(both.code).toBe(2);
      expect(both.stderr).toContain('not both');
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('--csv');
    },
    T,
  );
});
