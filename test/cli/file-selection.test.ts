/**
 * Which files send-phishing takes: the walk ends on symlink loops and skips hidden entries;
 * an email is told by its content (header lines, the OLE signature of a .msg), not its name.
 */
import { createHash } from 'node:crypto';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { email, sha, writeEmails } from './emails.js';
import { jsonLines, simArgs, startCli, withSimulator, withTempDir, type CliRun } from './run-cli.js';

const T = 60_000;
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Runs the CLI, killed after `ms` (a walk that never ends must fail the test, not hang it). */
async function runWithin(ms: number, args: string[], cwd: string): Promise<CliRun & { killed: boolean }> {
  const run = startCli(args, { cwd });
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    run.child.kill('SIGKILL');
  }, ms);
  const r = await run.done;
  clearTimeout(timer);
  return { ...r, killed };
}

describe.concurrent('send-phishing file selection', () => {
  it(
    'two symlinks back to their own folders: the walk ends and lists each email once',
    () =>
      withTempDir(async (dir) => {
        await writeEmails(dir, 'inbox', 3);
        await mkdir(path.join(dir, 'inbox/sub'));
        await writeFile(path.join(dir, 'inbox/sub/x.eml'), email(9));
        await symlink('.', path.join(dir, 'inbox/loop'));
        await symlink('..', path.join(dir, 'inbox/sub/up'));
        const r = await runWithin(20_000, ['send-phishing', 'inbox', '--dry-run', '--base-url', 'http://127.0.0.1:9/api/'], dir);
        expect(r.killed).toBe(false);
        expect(r.code).toBe(0);
        expect(jsonLines(r.stdout).map((l) => l.file)).toEqual(['inbox/m001.eml', 'inbox/m002.eml', 'inbox/m003.eml', 'inbox/sub/x.eml']);
      }),
    T,
  );

  it(
    'hidden entries are left out; an .eml without header lines, a .msg without the OLE signature and an empty file are reported, not sent',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'inbox', 2);
          await mkdir(path.join(dir, 'inbox/.git/objects'), { recursive: true });
          await writeFile(path.join(dir, 'inbox/.git/objects/stash.eml'), email(50));
          await writeFile(path.join(dir, 'inbox/._m001.eml'), Buffer.from([0, 5, 22, 7, 0, 2, 0, 0, 0x4d, 0x61, 0x63]));
          await writeFile(path.join(dir, 'inbox/notes.eml'), 'Remember to rotate the keys.\nAnd buy milk.\n');
          await writeFile(path.join(dir, 'inbox/fake.msg'), email(60));
          await writeFile(path.join(dir, 'inbox/real.msg'), Buffer.concat([OLE, Buffer.alloc(504)]));
          await writeFile(path.join(dir, 'inbox/empty.eml'), '');
          const r = await runWithin(30_000, [...simArgs(sim), 'send-phishing', 'inbox', '--no-progress', '--concurrency', '1'], dir);
          expect(r.code).toBe(0);
          const byFile = Object.fromEntries(jsonLines(r.stdout).map((l) => [l.file, l.status === 'skipped' ? `skipped: ${l.reason}` : l.status]));
          expect(byFile).toEqual({
            'inbox/empty.eml': 'skipped: the file is empty',
            'inbox/fake.msg': 'skipped: not an Outlook .msg (no OLE signature)',
            'inbox/m001.eml': 'sent',
            'inbox/m002.eml': 'sent',
            'inbox/notes.eml': 'skipped: not an email: a line near the top is not a header field',
            'inbox/real.msg': 'sent',
          });
          expect(sim.ingests).toHaveLength(3);
          expect(sim.ingestCount(sha(email(50)))).toBe(0);
          expect(r.stderr).toContain('3 not an email');
        }),
      ),
    T,
  );

  it(
    'an .eml with a byte order mark, blank lines or an mbox "From " line before its headers, and one whose name is not UTF-8, are emails: each sent once, as its bytes',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await mkdir(path.join(dir, 'inbox'));
          const files: [string | Buffer, Buffer][] = [
            ['bom.eml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(email(1))])],
            ['blank.eml', Buffer.from(`\r\n\r\n${email(2)}`)],
            ['mbox.eml', Buffer.from(`From sender3@mail.example Sat Jan  3 10:00:00 2026\r\n${email(3)}`)],
            // "café.eml" in Latin-1, as a Windows share mounted without iconv shows it.
            [Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x65, 0x6d, 0x6c]), Buffer.from(email(4))],
          ];
          for (const [name, bytes] of files) await writeFile(Buffer.concat([Buffer.from(path.join(dir, 'inbox') + path.sep), Buffer.from(name)]), bytes);
          const args = [...simArgs(sim), 'send-phishing', 'inbox', '--no-progress', '--concurrency', '1'];
          const r = await runWithin(30_000, args, dir);
          expect(r.code).toBe(0);
          expect(jsonLines(r.stdout).map((l) => [l.file, l.status])).toEqual([
            ['inbox/blank.eml', 'sent'],
            ['inbox/bom.eml', 'sent'],
            ['inbox/caf\\xe9.eml', 'sent'],
            ['inbox/mbox.eml', 'sent'],
          ]);
          for (const [, bytes] of files) expect(sim.ingestCount(createHash('sha256').update(bytes).digest('hex'))).toBe(1);
          // The rerun knows them all, the oddly named one too.
          const again = await runWithin(30_000, args, dir);
          expect(jsonLines(again.stdout).map((l) => l.status)).toEqual(Array(4).fill('skipped'));
        }),
      ),
    T,
  );
});
