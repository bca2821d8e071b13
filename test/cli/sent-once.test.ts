/**
 * send-phishing never sends an email twice, whatever answers, overlapping runs, working
 * folders or torn manifests it meets (issue 18, "Sent twice" and "Lost"), against the
 * simulator and a gateway in front of it that misbehaves on purpose.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startGateway } from '../helpers/gateway.js';
import { sha, writeEmails } from './emails.js';
import { jsonLines, runCli, simArgs, startCli, withSimulator, withTempDir } from './run-cli.js';

const T = 60_000;
const INGEST = 'POST /alerts/ingest/binary';

describe.concurrent('send-phishing sends each email once', () => {
  it(
    'a gateway that answers 504 (or a 200 breaking the contract) while the service ingests: the outcome is unknown, the service is asked, nothing is sent twice (now or on the rerun)',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 8);
          const gw = await startGateway(sim.baseUrl, (n) =>
            n >= 8 ? 'pass' : n % 4 === 0 ? 'forward-then-bad-200' : n % 2 === 0 ? 'forward-then-504' : 'pass',
          );
          try {
            const args = ['--base-url', gw.baseUrl, '--api-key', sim.apiKey, '--max-retries', '0', 'send-phishing', 'inbox', '--no-progress'];
            const first = await runCli(args, { cwd: dir });
            expect(first.code).toBe(0);
            const lines = jsonLines(first.stdout);
            expect(lines.filter((l) => l.checked === true)).toHaveLength(4);
            expect(gw.moves.filter((m) => m === 'forward-then-bad-200')).toHaveLength(2);
            const rerun = await runCli(args, { cwd: dir });
            expect(rerun.code).toBe(0);
            expect(jsonLines(rerun.stdout).map((l) => l.status)).toEqual(Array(8).fill('skipped'));
            for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
          } finally {
            await gw.close();
          }
        }),
      ),
    T,
  );

  it(
    '5xx before ingesting and a 200 whose body breaks the contract are unknown too: each email asked about, then sent only if absent, once',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 6);
          sim.inject(INGEST, { kind: 'status', status: 502 }, 1);
          sim.inject(INGEST, { kind: 'status', status: 500 }, 1);
          sim.inject(INGEST, { kind: 'malformed-json' }, 1);
          const r = await runCli([...simArgs(sim), '--max-retries', '0', 'send-phishing', 'inbox', '--concurrency', '1', '--no-progress'], { cwd: dir });
          expect(r.code).toBe(0);
          const lines = jsonLines(r.stdout);
          expect(lines.filter((l) => l.checked === true)).toHaveLength(1); // the malformed 200: found, not sent again
          expect(lines.map((l) => l.status)).toEqual(Array(6).fill('sent'));
          for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
        }),
      ),
    T,
  );

  it(
    'two overlapping runs on one manifest: the second exits 75 at once saying who holds it, and every email is ingested once',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 12);
          sim.inject(INGEST, { kind: 'delay', ms: 300 }, 12);
          const args = [...simArgs(sim), 'send-phishing', 'inbox', '--concurrency', '2', '--no-progress'];
          const a = startCli(args, { cwd: dir });
          await new Promise((r) => setTimeout(r, 1500));
          const b = await runCli(args, { cwd: dir });
          const first = await a.done;
          // Whichever started first (a slow machine may start the second sooner) runs; the other exits 75.
          const [winner, loser] = first.code === 0 ? [first, b] : [b, first];
          expect([winner.code, loser.code]).toEqual([0, 75]);
          expect(loser.stderr).toMatch(/ManifestLockedError: another send-phishing run \(pid \d+ on .*\) holds the manifest .*; nothing was sent/);
          expect(loser.stdout).toBe('');
          for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
          // The lock went with the run: a third run gets it and skips everything.
          const c = await runCli(args, { cwd: dir });
          expect(c.code).toBe(0);
          expect(jsonLines(c.stdout).map((l) => l.status)).toEqual(Array(12).fill('skipped'));
        }),
      ),
    T,
  );

  it(
    'the same folder sent from another working folder (a playbook temp folder) skips what was sent',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 5);
          const env = { XDG_STATE_HOME: path.join(dir, 'state') };
          const inbox = path.join(dir, 'inbox');
          const first = await runCli([...simArgs(sim), 'send-phishing', inbox, '--no-progress'], { cwd: dir, env });
          await writeEmails(dir, 'elsewhere', 0);
          const second = await runCli([...simArgs(sim), 'send-phishing', inbox, '--no-progress'], { cwd: path.join(dir, 'elsewhere'), env });
          expect([first.code, second.code]).toEqual([0, 0]);
          expect(jsonLines(second.stdout).map((l) => l.status)).toEqual(Array(5).fill('skipped'));
          for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
        }),
      ),
    T,
  );

  it(
    'a power loss that left NUL bytes for the last lines: those emails are asked about, not sent again',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 6);
          const args = [...simArgs(sim), 'send-phishing', 'inbox', '--concurrency', '1', '--no-progress', '--manifest', 'm.jsonl'];
          expect((await runCli(args, { cwd: dir })).code).toBe(0);
          // Keep the first two emails' lines; the rest of the file became NULs (its size kept).
          const file = path.join(dir, 'm.jsonl');
          const text = await readFile(file, 'utf8');
          const keep = text.split('\n').slice(0, 4).join('\n').length + 1;
          await writeFile(file, Buffer.concat([Buffer.from(text.slice(0, keep)), Buffer.alloc(Buffer.byteLength(text) - keep)]));
          const rerun = await runCli(args, { cwd: dir });
          expect(rerun.code).toBe(0);
          expect(rerun.stderr).toMatch(/unreadable line\(s\) 5: each email not recorded as sent is checked/);
          const lines = jsonLines(rerun.stdout);
          expect(lines.filter((l) => l.checked === true)).toHaveLength(4);
          expect(lines.map((l) => l.status)).toEqual(Array(6).fill('skipped'));
          for (const t of texts.values()) expect(sim.ingestCount(sha(t))).toBe(1);
        }),
      ),
    T,
  );

  it(
    'without --environment the check looks in the default environment: a copy in another environment does not count, the email reaches the default one',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = [...(await writeEmails(dir, 'inbox', 4)).values()];
          // The first email was sent to "soc" before (another destination, another manifest).
          expect((await runCli([...simArgs(sim), 'send-phishing', 'inbox/m001.eml', '--environment', 'soc', '--no-progress'], { cwd: dir })).code).toBe(0);
          // Its send to the default environment loses the connection before the service takes it.
          sim.inject(INGEST, { kind: 'reset' }, 1);
          const r = await runCli([...simArgs(sim), '--max-retries', '0', 'send-phishing', 'inbox', '--concurrency', '1', '--no-progress'], { cwd: dir });
          expect(r.code).toBe(0);
          const envs = (t: string) => sim.ingests.filter((i) => i.sha256 === sha(t)).map((i) => i.fields.environment ?? 'production');
          expect(envs(texts[0]!)).toEqual(['soc', 'production']);
          for (const t of texts.slice(1)) expect(envs(t)).toEqual(['production']);
          // The check named the environment the others went to.
          const checks = sim.requests.filter((q) => q.routeKey === 'GET /alerts/get-by-id' && (q.body as { alert_id?: string }).alert_id === sha(texts[0]!));
          expect(checks.map((q) => (q.body as { environment?: string }).environment)).toEqual(['production']);
        }),
      ),
    T,
  );

  it(
    'a lock left by a run that died (SIGKILL, power loss) is taken over; one held by a live process is not',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'inbox', 3);
          const args = [...simArgs(sim), 'send-phishing', 'inbox', '--no-progress', '--manifest', 'm.jsonl'];
          const lock = path.join(dir, 'm.jsonl.lock');
          const holder = (pid: number) => JSON.stringify({ pid, host: hostname(), at: '2026-01-01T00:00:00.000Z' });
          // A live process (this test's own) holds it: nothing is sent.
          await writeFile(lock, holder(process.pid));
          const held = await runCli(args, { cwd: dir });
          expect(held.code).toBe(75);
          expect(held.stderr).toContain(`pid ${process.pid} on ${hostname()}`);
          expect(sim.ingests).toHaveLength(0);
          // A dead process's lock: taken over, the run goes on and removes it at the end.
          const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
          await writeFile(lock, holder(dead));
          const run = await runCli(args, { cwd: dir });
          expect(run.code).toBe(0);
          expect(sim.ingests).toHaveLength(3);
          await expect(readFile(lock)).rejects.toThrow();
        }),
      ),
    T,
  );
});
