/**
 * Sends whose outcome is unknown (the connection dropped after the request was written) are
 * not guessed at: the CLI asks the service for the alert named by the email's SHA-256 and
 * sends again only if it is not there, at the end of the run or, if that check fails too,
 * on the rerun.
 */
import { describe, expect, it } from 'vitest';
import { manifestLines, sha, writeEmails } from './emails.js';
import { jsonLines, runCli, simArgs, withSimulator, withTempDir } from './run-cli.js';

const T = 60_000;
const INGEST = 'POST /alerts/ingest/binary';
const GET_BY_ID = 'GET /alerts/get-by-id';

describe.concurrent('send-phishing: outcomes that are unknown', () => {
  it(
    'a connection lost after the service took the email: checked at the end of the run, not sent again; exit 0',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 10);
          sim.inject(INGEST, { kind: 'reset', afterHandling: true }, 3);
          const r = await runCli([...simArgs(sim), 'send-phishing', 'inbox'], { cwd: dir });
          expect(r.code).toBe(0);
          const lines = jsonLines(r.stdout);
          expect(lines).toHaveLength(10);
          expect(lines.filter((l) => l.checked === true).map((l) => l.status)).toEqual(['sent', 'sent', 'sent']);
          for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
          // The manifest says what happened: unknown first, then sent once the service said so.
          const first = lines.find((l) => l.checked === true)!;
          expect((await manifestLines(dir)).filter((m) => m.sha256 === first.sha256).map((m) => m.status)).toEqual(['sending', 'unknown', 'sent']);
          expect(r.stderr).toContain('send-phishing: 10 emails: 10 sent, 0 skipped, 0 failed, 0 unknown');
        }),
      ),
    T,
  );

  it(
    'a connection lost before the service took the email: checked, not there, sent once more',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 6);
          sim.inject(INGEST, { kind: 'reset' }, 2);
          const r = await runCli([...simArgs(sim), 'send-phishing', 'inbox'], { cwd: dir });
          expect(r.code).toBe(0);
          expect(jsonLines(r.stdout).map((l) => l.status)).toEqual(Array(6).fill('sent'));
          for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
          expect(sim.count(INGEST)).toBe(8);
        }),
      ),
    T,
  );

  it(
    'an ingest that timed out may still be under way: the check waits as long again as the request was given, finds it there, and does not send it again',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 4);
          sim.inject(INGEST, { kind: 'delay', ms: 1000 }, 2);
          const r = await runCli([...simArgs(sim), '--timeout', '800', 'send-phishing', 'inbox'], { cwd: dir });
          expect(r.code).toBe(0);
          const lines = jsonLines(r.stdout);
          expect(lines.filter((l) => l.checked === true).map((l) => l.status)).toEqual(['sent', 'sent']);
          expect(r.stderr).toMatch(/^intezer-alerts: 2 email\(s\) of unknown outcome: asking the service within 1 s$/m);
          for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
          expect(sim.count(INGEST)).toBe(4);
        }),
      ),
    T,
  );

  it(
    'when the check fails too, the email stays unknown (exit 1, named in the summary); the rerun checks again and no email is ingested twice',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 30);
          sim.inject(INGEST, { kind: 'reset', afterHandling: true }, 6);
          sim.inject(GET_BY_ID, { kind: 'status', status: 500 }, 1000);
          const args = [...simArgs(sim), '--max-retries', '0', 'send-phishing', 'inbox', '--concurrency', '6'];
          const faulty = await runCli(args, { cwd: dir });
          expect(faulty.code).toBe(1);
          const unknown = jsonLines(faulty.stdout).filter((l) => l.status === 'unknown');
          expect(unknown).toHaveLength(6);
          for (const u of unknown) expect(u.error).toMatch(/^NetworkError: .*; asking the service failed: ServerError: .*500/);
          expect(faulty.stderr).toMatch(
            /send-phishing: 30 emails: 24 sent, 0 skipped, 0 failed, 6 unknown; unknown \(a rerun asks the service first\): inbox\/m\d+\.eml, .* \(\+3 more\)/,
          );

          sim.clearFaults();
          const rerun = await runCli(args, { cwd: dir });
          expect(rerun.code).toBe(0);
          const checked = jsonLines(rerun.stdout).filter((l) => l.checked === true);
          expect(checked.map((l) => l.file).sort()).toEqual(unknown.map((u) => u.file).sort());
          expect(checked.every((l) => l.status === 'skipped')).toBe(true);
          for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
          expect(sim.ingests).toHaveLength(30);
        }),
      ),
    T,
  );
});
