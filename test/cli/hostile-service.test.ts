/**
 * send-phishing against a service (or the gateway in front of it) that turns hostile
 * mid-batch: a key revoked after a few emails, a 503 answered after the ingest was
 * forwarded. Each email must still be ingested at most once, and emails never tried must
 * not be recorded as failed.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startGateway } from '../helpers/gateway.js';
import { email, manifestLines, sha, writeEmails } from './emails.js';
import { jsonLines, runCli, simArgs, startCli, waitUntil, withSimulator, withTempDir } from './run-cli.js';

const T = 60_000;

describe.concurrent('send-phishing against a hostile service', () => {
  it(
    'a key revoked mid-batch (401 on ingest): the run stops at once (exit 3); only the emails tried are failed, the rest stay not started and go on the rerun',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 12);
          let revoked = true;
          const gw = await startGateway(sim.baseUrl, (n) => (n >= 3 && revoked ? '401' : 'pass'));
          try {
            const args = ['--base-url', gw.baseUrl, '--api-key', sim.apiKey, 'send-phishing', 'inbox', '--concurrency', '2', '--no-progress'];
            const first = await runCli(args, { cwd: dir });
            expect(first.code).toBe(3);
            expect(first.stderr).toMatch(/InvalidApiKeyError/);
            const lines = jsonLines(first.stdout);
            expect(lines.filter((l) => l.status === 'sent')).toHaveLength(3);
            // At most the emails in flight when the key went (one per slot) were refused; none of the others was marked.
            const failed = (await manifestLines(dir)).filter((l) => l.status === 'failed');
            expect(failed.length).toBeGreaterThanOrEqual(1);
            expect(failed.length).toBeLessThanOrEqual(2);
            revoked = false;
            const rerun = await runCli(args, { cwd: dir });
            expect(rerun.code).toBe(0);
            expect(jsonLines(rerun.stdout).filter((l) => l.status === 'sent')).toHaveLength(9);
            for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
          } finally {
            await gw.close();
          }
        }),
      ),
    T,
  );

  // The client never repeats an unsafe call on 503 (retry-policy.ts): one ingest, and the CLI checks the outcome.
  it(
    'a gateway that forwards the ingest and answers 503: the email is ingested once (no automatic repeat of the unsafe call), its outcome checked',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 3);
          const gw = await startGateway(sim.baseUrl, (n) => (n === 1 ? 'forward-then-503' : 'pass'));
          try {
            const r = await runCli(['--base-url', gw.baseUrl, '--api-key', sim.apiKey, 'send-phishing', 'inbox', '--concurrency', '1', '--no-progress'], {
              cwd: dir,
            });
            expect(r.code).toBe(0);
            expect(gw.moves[1]).toBe('forward-then-503');
            for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
          } finally {
            await gw.close();
          }
        }),
      ),
    T,
  );

  it(
    'a rate limit asking to wait a day (a spent quota): the run stops at once with one note saying so, the rest not started; the rerun sends each email once',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 6);
          sim.inject('POST /alerts/ingest/binary', { kind: 'status', status: 429, retryAfterSec: 86_400 }, 1);
          const args = [...simArgs(sim), 'send-phishing', 'inbox', '--no-progress'];
          const started = Date.now();
          const first = await runCli(args, { cwd: dir });
          expect(Date.now() - started).toBeLessThan(15_000);
          expect(first.code).toBe(1);
          expect(first.stderr).toMatch(/stopped early: .*RateLimitError.*; it asks to wait about 24 h\); 5 email\(s\) not started/);
          expect(sim.requests.filter((q) => q.routeKey === 'POST /alerts/ingest/binary')).toHaveLength(1);
          expect((await manifestLines(dir)).filter((l) => l.status === 'failed')).toHaveLength(0);
          const rerun = await runCli(args, { cwd: dir });
          expect(rerun.code).toBe(0);
          for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
        }),
      ),
    T,
  );

  it(
    'a rate limit asking for a few seconds: every send pauses, and stderr says so (the run does not look hung)',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'inbox', 2);
          sim.inject('POST /alerts/ingest/binary', { kind: 'status', status: 429, retryAfterSec: 5 }, 1);
          const r = await runCli([...simArgs(sim), 'send-phishing', 'inbox', '--no-progress'], { cwd: dir });
          expect(r.code).toBe(0);
          expect(r.stderr).toContain('rate limited: every send paused for 5 s');
        }),
      ),
    T,
  );

  it(
    'a wrong --base-url (no Intezer API there: the token exchange answers 404): one email failed, not unknown, the run stops at once, the rest not started',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'inbox', 6);
          const r = await runCli(['--base-url', `${sim.baseUrl}v2-0/`, '--api-key', sim.apiKey, 'send-phishing', 'inbox', '--no-progress'], { cwd: dir });
          expect(r.code).toBe(1);
          expect(r.stderr).toMatch(/stopped early: the service cannot be used \(ServerError: POST \/get-access-token answered HTTP 404/);
          expect(jsonLines(r.stdout).map((l) => l.status)).toEqual(['failed']);
          expect((await manifestLines(dir)).filter((l) => l.status === 'unknown')).toHaveLength(0);
          expect(sim.ingests).toHaveLength(0);
        }),
      ),
    T,
  );

  it(
    'an email of unknown outcome whose file is edited before the end-of-run check: not there, and not sent again as other bytes (it stays unknown)',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 4);
          sim.inject('POST /alerts/ingest/binary', { kind: 'delay', ms: 700 }, 10);
          const gw = await startGateway(sim.baseUrl, (n) => (n === 1 ? '504' : 'pass'));
          try {
            const run = startCli(['--base-url', gw.baseUrl, '--api-key', sim.apiKey, 'send-phishing', 'inbox', '--concurrency', '1', '--no-progress'], {
              cwd: dir,
            });
            await waitUntil(() => gw.moves.length >= 2);
            await writeFile(path.join(dir, 'inbox/m002.eml'), email(2, 'Edited after the send.'));
            const r = await run.done;
            expect(r.code).toBe(1);
            const line = jsonLines(r.stdout).find((l) => l.file === 'inbox/m002.eml');
            expect(line).toMatchObject({ status: 'unknown', sha256: sha(texts.get('inbox/m002.eml')!) });
            expect(String(line?.error)).toContain('changed or went since: not sent again');
            expect(sim.ingestCount(sha(email(2, 'Edited after the send.')))).toBe(0);
            expect(sim.ingestCount(sha(texts.get('inbox/m002.eml')!))).toBe(0);
          } finally {
            await gw.close();
          }
        }),
      ),
    T,
  );
});
