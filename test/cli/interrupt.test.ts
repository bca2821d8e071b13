/**
 * send-phishing under SIGINT and SIGTERM, with ingests answered late: the first signal starts
 * no new email and lets those in flight finish and be recorded; a second ends the run at
 * once. Either way the rerun leaves every email ingested exactly once.
 */
import { describe, expect, it } from 'vitest';
import { manifestLines, sha, writeEmails } from './emails.js';
import { jsonLines, runCli, simArgs, startCli, waitUntil, withSimulator, withTempDir } from './run-cli.js';

const T = 60_000;
const INGEST = 'POST /alerts/ingest/binary';
const N = 40;

describe.concurrent('send-phishing stops cleanly on a signal', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(
      `${signal} mid-batch: every email the service took has its line and its manifest entry, exit ${code}; the rerun sends the rest, each email ingested once`,
      () =>
        withSimulator({}, (sim) =>
          withTempDir(async (dir) => {
            const texts = await writeEmails(dir, 'inbox', N);
            sim.inject(INGEST, { kind: 'delay', ms: 400 }, 1000);
            const args = [...simArgs(sim), 'send-phishing', 'inbox', '--concurrency', '8'];
            const run = startCli(args, { cwd: dir });
            await waitUntil(() => sim.ingests.length >= 8);
            run.child.kill(signal);
            const first = await run.done;

            expect([first.code, first.signal]).toEqual([code, null]);
            const lines = jsonLines(first.stdout);
            expect(lines.length).toBeLessThan(N);
            expect(lines.every((l) => l.status === 'sent')).toBe(true);
            const taken = sim.ingests.map((i) => i.sha256).sort();
            expect(lines.map((l) => l.sha256).sort()).toEqual(taken);
            const sent = (await manifestLines(dir)).filter((m) => m.status === 'sent');
            expect(sent.map((m) => m.sha256).sort()).toEqual(taken);
            expect(first.stderr).toContain(`${signal}: finishing the emails in flight`);
            expect(first.stderr).toMatch(
              new RegExp(`send-phishing: ${N} emails: ${lines.length} sent, .*; stopped by ${signal}, ${N - lines.length} not started`),
            );

            const second = await runCli(args, { cwd: dir });
            expect(second.code).toBe(0);
            expect(jsonLines(second.stdout).filter((l) => l.status === 'sent')).toHaveLength(N - lines.length);
            for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
            expect(sim.ingests).toHaveLength(N);
          }),
        ),
      T,
    );
  }

  it(
    'with --wait, a signal gives the waits for verdicts up at once: the emails stay recorded as sent (exit 130), and a rerun with --wait skips them and gets the verdicts',
    () =>
      withSimulator({ triageMs: 4000 }, (sim) =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'inbox', 5);
          const args = [...simArgs(sim), 'send-phishing', 'inbox', '--wait', '--wait-timeout', '30s', '--concurrency', '5'];
          const run = startCli(args, { cwd: dir });
          await waitUntil(() => sim.ingests.length === 5 && sim.count('GET /alerts/get-by-id') >= 5);
          const signalled = Date.now();
          run.child.kill('SIGINT');
          const first = await run.done;
          expect(first.code).toBe(130);
          expect(Date.now() - signalled).toBeLessThan(2000);
          expect(jsonLines(first.stdout).map((l) => [l.status, 'verdict' in l])).toEqual(Array(5).fill(['sent', false]));
          expect(first.stderr).toMatch(/5 sent, 0 skipped, 0 failed, 0 unknown; 0 verdicts, 0 waits failed; stopped by SIGINT, 0 not started/);

          const second = await runCli(args, { cwd: dir });
          expect(second.code).toBe(0);
          const lines = jsonLines(second.stdout);
          expect(lines.map((l) => l.status)).toEqual(Array(5).fill('skipped'));
          expect(lines.every((l) => typeof l.verdict === 'string')).toBe(true);
          expect(sim.ingests).toHaveLength(5);
        }),
      ),
    T,
  );

  it(
    'a second signal ends the run at once; the rerun asks the service about the emails that were in flight and sends none of them twice',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 12);
          // The run's first request goes alone (a probe of the service), then four at once.
          sim.inject(INGEST, { kind: 'delay', ms: 3000 }, 5);
          const args = [...simArgs(sim), 'send-phishing', 'inbox', '--concurrency', '4'];
          const run = startCli(args, { cwd: dir });
          await waitUntil(() => sim.count(INGEST) >= 5);
          const signalled = Date.now();
          run.child.kill('SIGINT');
          await waitUntil(() => run.stderr().includes('finishing the emails in flight'));
          run.child.kill('SIGINT');
          const first = await run.done;
          expect(first.code).toBe(130);
          // Well before the delayed answers: nothing of the four was answered yet.
          expect(Date.now() - signalled).toBeLessThan(2500);
          expect(jsonLines(first.stdout).map((l) => l.status)).toEqual(['sent']);
          expect((await manifestLines(dir)).map((m) => m.status)).toEqual(['sending', 'sent', 'sending', 'sending', 'sending', 'sending']);

          // The service still took the four whose connections the exit cut.
          await waitUntil(() => sim.ingests.length === 5);
          const cut = sim.ingests
            .slice(1)
            .map((i) => i.sha256)
            .sort();
          const second = await runCli(args, { cwd: dir });
          expect(second.code).toBe(0);
          const checked = jsonLines(second.stdout).filter((l) => l.checked === true);
          expect(checked.map((l) => l.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
          expect(checked.map((l) => l.alert_id).sort()).toEqual(cut);
          for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
          expect(sim.ingests).toHaveLength(12);
        }),
      ),
    T,
  );
});
