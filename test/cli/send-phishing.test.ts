/**
 * `send-phishing`: a directory of .eml files becomes JSON lines; the manifest makes a rerun
 * skip everything; --dry-run sends nothing; rate limits are ridden out; bad items fail alone.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { email, manifestLines, sha } from './emails.js';
import { jsonLines, runCli, simArgs, withSimulator, withTempDir } from './run-cli.js';

const T = 45_000;
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** What a test file holds: a .msg gets the OLE signature before its text. */
const bytesOf = (file: string, text: string) => (file.endsWith('.msg') ? Buffer.concat([OLE, Buffer.from(text)]) : Buffer.from(text));
const shaOf = (file: string, text: string) => createHash('sha256').update(bytesOf(file, text)).digest('hex');

/** Writes dir/inbox/{a,b,c}.eml, inbox/nested/d.msg and a file that is not an email. */
async function inbox(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>([
    ['inbox/a.eml', email(1)],
    ['inbox/b.eml', email(2)],
    ['inbox/c.EML', email(3, 'Team lunch on Friday')],
    ['inbox/nested/d.msg', email(4)],
  ]);
  await mkdir(path.join(dir, 'inbox/nested'), { recursive: true });
  // A .msg is told by its OLE signature (the simulator reads no further).
  for (const [f, text] of files) await writeFile(path.join(dir, f), bytesOf(f, text));
  await writeFile(path.join(dir, 'inbox/readme.txt'), 'not an email');
  return files;
}

describe.concurrent('intezer-alerts send-phishing', () => {
  it(
    'sends a directory, prints one JSON line per email with its verdict, then a rerun skips them all',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const files = await inbox(dir);
          const first = await runCli([...simArgs(sim), 'send-phishing', 'inbox', '--wait', '--wait-timeout', '20s', '--environment', 'soc'], { cwd: dir });
          expect(first.code).toBe(0);
          const lines = jsonLines(first.stdout);
          expect(lines.map((l) => l.file).sort()).toEqual([...files.keys()].sort());
          for (const l of lines) {
            expect(l).toMatchObject({ sha256: shaOf(l.file as string, files.get(l.file as string)!), status: 'finished', alert_id: expect.any(String) });
            expect(typeof l.verdict).toBe('string');
            expect(l).toHaveProperty('family');
            expect(l).not.toHaveProperty('error');
          }
          // Every email reached the service once, with its options, and its alert is the one printed.
          expect(sim.ingests).toHaveLength(files.size);
          for (const l of lines) {
            const ingest = sim.ingests.find((i) => i.sha256 === l.sha256)!;
            expect(ingest.alertId).toBe(l.alert_id);
            expect(ingest.fields.environment).toBe('soc');
          }
          // Non-terminal stderr: one plain progress line per send, and one per verdict.
          expect(first.stderr.split('\n').filter((s) => /^\[\d\/4\] /.test(s))).toHaveLength(4);
          expect(first.stderr.split('\n').filter((s) => /^\[verdict \d\/4\] /.test(s))).toHaveLength(4);

          // The default manifest, in the state folder: for each email the step before the request, then its outcome.
          const manifest = await manifestLines(dir);
          expect(manifest.map((m) => m.status).sort()).toEqual([...Array(4).fill('sending'), ...Array(4).fill('sent')]);
          for (const m of manifest.filter((x) => x.status === 'sent')) {
            expect(Object.keys(m).sort()).toEqual(['alert_id', 'api_root', 'at', 'environment', 'file', 'sha256', 'status']);
            expect(m).toMatchObject({ api_root: sim.apiRoot, environment: 'soc' });
            expect(lines.find((l) => l.sha256 === m.sha256)!.alert_id).toBe(m.alert_id);
            expect(m.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
          }

          // Rerun, with one more email: only it is sent.
          await writeFile(path.join(dir, 'inbox/e.eml'), email(5));
          const again = await runCli([...simArgs(sim), 'send-phishing', 'inbox', '--environment', 'soc'], { cwd: dir });
          expect(again.code).toBe(0);
          const second = jsonLines(again.stdout);
          expect(second).toHaveLength(files.size + 1);
          const skipped = second.filter((l) => l.status === 'skipped');
          expect(skipped).toHaveLength(files.size);
          for (const s of skipped) {
            expect(s).not.toHaveProperty('skipped');
            expect(s.alert_id).toBe(lines.find((l) => l.file === s.file)!.alert_id);
          }
          expect(second.find((l) => l.file === 'inbox/e.eml')).toMatchObject({ status: 'sent', sha256: sha(email(5)) });
          expect(sim.ingests).toHaveLength(files.size + 1);
          expect((await manifestLines(dir)).filter((m) => m.status === 'sent')).toHaveLength(files.size + 1);
        }),
      ),
    T,
  );

  it(
    '--dry-run lists what would be sent and sends nothing (no request at all, no manifest written)',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const files = await inbox(dir);
          await writeFile(path.join(dir, 'inbox/copy-of-a.eml'), email(1));
          const manifest = path.join(dir, 'sent.jsonl');
          const at = '2026-01-01T00:00:00+00:00';
          const known = { api_root: sim.apiRoot, environment: null, sha256: sha(email(2)), status: 'sent', alert_id: 'known-b', file: 'old/b.eml', at };
          const cutShort = { ...known, sha256: sha(files.get('inbox/c.EML')!), status: 'sending', alert_id: undefined, file: 'old/c.eml' };
          await writeFile(manifest, `${JSON.stringify(known)}\n${JSON.stringify(cutShort)}\n`);
          const r = await runCli([...simArgs(sim), 'send-phishing', 'inbox', '--dry-run', '--manifest', manifest], { cwd: dir });
          expect(r.code).toBe(0);
          const lines = jsonLines(r.stdout);
          expect(lines).toHaveLength(files.size + 1);
          expect(lines.find((l) => l.file === 'inbox/b.eml')).toEqual({ file: 'inbox/b.eml', sha256: sha(email(2)), status: 'skipped', alert_id: 'known-b' });
          expect(lines.find((l) => l.file === 'inbox/c.EML')).toMatchObject({ status: 'dry_run', check_first: true });
          const dup = lines.filter((l) => l.sha256 === sha(email(1)));
          expect(dup.map((l) => l.status).sort()).toEqual(['dry_run', 'skipped']);
          expect(
            lines
              .filter((l) => l.status === 'dry_run')
              .map((l) => l.file)
              .sort(),
          ).toEqual(['inbox/a.eml', 'inbox/c.EML', 'inbox/nested/d.msg']);
          expect(r.stderr).toContain('send-phishing: 5 emails: 3 would be sent, 2 skipped, 0 failed');
          expect(sim.requests).toHaveLength(0);
          expect((await readFile(manifest, 'utf8')).trim().split('\n')).toHaveLength(2);
        }),
      ),
    T,
  );

  it(
    'an empty file is reported as skipped (not an email), not failed: exit 0, and a rerun reports it again without failing',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await mkdir(path.join(dir, 'in'));
          await writeFile(path.join(dir, 'in/good.eml'), email(7));
          await writeFile(path.join(dir, 'in/empty.eml'), '');
          const args = [...simArgs(sim), 'send-phishing', 'in', '--no-progress', '--manifest', 'm.jsonl'];
          for (const run of [1, 2]) {
            const r = await runCli(args, { cwd: dir });
            expect(r.code).toBe(0);
            const lines = jsonLines(r.stdout);
            expect(lines.find((l) => l.file === 'in/good.eml')).toMatchObject({ status: run === 1 ? 'sent' : 'skipped' });
            expect(lines.find((l) => l.file === 'in/empty.eml')).toMatchObject({ status: 'skipped', reason: 'the file is empty' });
            expect(r.stderr).toBe(
              `intezer-alerts: send-phishing: 2 emails: ${run === 1 ? '1 sent, 0 skipped' : '0 sent, 1 skipped'}, 0 failed, 0 unknown; 1 not an email\n`,
            );
          }
          expect(sim.ingests).toHaveLength(1);
        }),
      ),
    T,
  );

  it(
    'rate limits beyond the client retries pause the pool and every email still goes through once',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = [1, 2, 3, 4, 5].map((i) => email(100 + i));
          for (const [i, t] of texts.entries()) await writeFile(path.join(dir, `m${i}.eml`), t);
          // With no automatic retries, every 429 reaches the CLI as RateLimitError.
          sim.rateLimit({ perSecond: 2, retryAfterSec: 1 });
          const r = await runCli([...simArgs(sim), '--max-retries', '0', 'send-phishing', '.', '--concurrency', '5'], { cwd: dir });
          expect(r.stderr).not.toMatch(/Error/);
          expect(r.code).toBe(0);
          const lines = jsonLines(r.stdout);
          expect(lines.map((l) => l.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
          for (const t of texts) expect(sim.ingestCount(sha(t))).toBe(1);
          expect(sim.requests.some((q) => q.routeKey === 'POST /alerts/ingest/binary' && q.status === 429)).toBe(true);
        }),
      ),
    T,
  );

  it(
    'a path that does not exist is a usage error (exit 2) and nothing is sent',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await writeFile(path.join(dir, 'a.eml'), email(1));
          const r = await runCli([...simArgs(sim), 'send-phishing', 'a.eml', 'missing-dir'], { cwd: dir });
          expect(r.code).toBe(2);
          expect(r.stderr).toMatch(/UsageError: cannot read missing-dir/);
          expect(r.stdout).toBe('');
          expect(sim.requests).toHaveLength(0);
        }),
      ),
    T,
  );
});
