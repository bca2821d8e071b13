/**
 * send-phishing in the hands of an operator who does odd but real things: names the
 * manifest through a symlink, reboots with a lock left behind (its pid now someone else's),
 * shares a state folder between containers, points it somewhere unusable, fills the disk.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestLock, ManifestLockedError } from '../../src/cli/lib/manifest-lock.js';
import { bootId, processStartTicks } from '../../src/cli/lib/process-start.js';
import { ManifestWriteError, ManifestWriter, type ManifestEntry } from '../../src/cli/lib/manifest.js';
import { sha, writeEmails } from './emails.js';
import { runCli, simArgs, startCli, waitUntil, withSimulator, withTempDir } from './run-cli.js';

const T = 60_000;
const INGEST = 'POST /alerts/ingest/binary';
const holder = (pid: number, at: Date) => JSON.stringify({ pid, host: hostname(), at: at.toISOString() });

describe.concurrent('send-phishing and an odd operator', () => {
  it(
    'the same manifest named through a symlink: one lock, the second run exits 75 and nothing is ingested twice',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 6);
          await writeFile(path.join(dir, 'real.jsonl'), '');
          await symlink('real.jsonl', path.join(dir, 'link.jsonl'));
          sim.inject(INGEST, { kind: 'delay', ms: 500 }, 6);
          const args = (m: string) => [...simArgs(sim), 'send-phishing', 'inbox', '--concurrency', '1', '--no-progress', '--manifest', m];
          const a = startCli(args('real.jsonl'), { cwd: dir });
          await new Promise((r) => setTimeout(r, 2000));
          const b = await runCli(args('link.jsonl'), { cwd: dir });
          const first = await a.done;
          expect([first.code, b.code].sort()).toEqual([0, 75]);
          for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
        }),
      ),
    T,
  );

  it.skipIf(processStartTicks(process.pid) === undefined)(
    'a lock whose pid now belongs to another process (pid reuse, however the clock was stepped) is stale: the run goes on; the same process still holds it',
    () =>
      withTempDir(async (dir) => {
        const manifest = path.join(dir, 'm.jsonl');
        const other = spawn('sleep', ['30'], { stdio: 'ignore' });
        try {
          await waitUntil(() => processStartTicks(other.pid!) !== undefined);
          const started = processStartTicks(other.pid!)!;
          // The owner that had this pid started at another tick: whatever its `at` says (a clock stepped back), it is gone.
          await writeFile(
            `${manifest}.lock`,
            JSON.stringify({ pid: other.pid, host: hostname(), at: new Date(Date.now() + 3_600_000).toISOString(), start: started - 1 }),
          );
          const lock = ManifestLock.acquire(manifest);
          expect(JSON.parse(await readFile(lock.file, 'utf8'))).toMatchObject({ pid: process.pid });
          lock.release();
          // The same process (same start), whatever its `at` says (a clock stepped forward since): it holds the lock.
          await writeFile(
            `${manifest}.lock`,
            JSON.stringify({ pid: other.pid, host: hostname(), at: new Date(Date.now() - 3_600_000).toISOString(), start: started }),
          );
          expect(() => ManifestLock.acquire(manifest)).toThrow(ManifestLockedError);
        } finally {
          other.kill();
        }
      }),
    T,
  );

  it(
    "a lock naming this very process's pid was left by a dead run that had it: taken over",
    () =>
      withTempDir(async (dir) => {
        const manifest = path.join(dir, 'm.jsonl');
        await writeFile(`${manifest}.lock`, holder(process.pid, new Date()));
        const lock = ManifestLock.acquire(manifest);
        expect(JSON.parse(await readFile(lock.file, 'utf8'))).toMatchObject({ pid: process.pid });
        lock.release();
      }),
    T,
  );

  it.skipIf(bootId() === undefined)(
    'a lock taken in an earlier boot is stale even when its pid is alive now; one from another pid namespace (another container) is never broken',
    () =>
      withTempDir(async (dir) => {
        const manifest = path.join(dir, 'm.jsonl');
        const live = { pid: process.ppid, host: hostname(), at: new Date().toISOString() };
        await writeFile(`${manifest}.lock`, JSON.stringify({ ...live, boot: '00000000-0000-0000-0000-000000000000' }));
        ManifestLock.acquire(manifest).release();
        const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
        await writeFile(`${manifest}.lock`, JSON.stringify({ ...live, pid: gone, boot: bootId(), pidns: 'pid:[1]' }));
        expect(() => ManifestLock.acquire(manifest)).toThrow(ManifestLockedError);
      }),
    T,
  );

  it(
    'an unusable manifest place (a directory; a state folder under a file) is one clear usage error (exit 2), nothing sent',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'inbox', 2);
          await mkdir(path.join(dir, 'adir'));
          const asDir = await runCli([...simArgs(sim), 'send-phishing', 'inbox', '--no-progress', '--manifest', 'adir'], { cwd: dir });
          expect(asDir.code).toBe(2);
          expect(asDir.stderr).toMatch(/UsageError: the manifest adir is a directory/);
          await writeFile(path.join(dir, 'afile'), 'x');
          const underFile = await runCli([...simArgs(sim), 'send-phishing', 'inbox', '--no-progress'], {
            cwd: dir,
            env: { XDG_STATE_HOME: path.join(dir, 'afile') },
          });
          expect(underFile.code).toBe(2);
          expect(underFile.stderr).toMatch(/UsageError: cannot use the manifest .*afile.* \(ENOTDIR\): set XDG_STATE_HOME to a writable folder/);
          expect(sim.ingests).toHaveLength(0);
        }),
      ),
    T,
  );

  // /dev/full answers every write with ENOSPC: a disk that filled up mid-run.
  it.skipIf(!existsSync('/dev/full'))(
    'a full disk: the line that cannot be written is a ManifestWriteError naming the manifest and ENOSPC, and so is every later line (no step goes ahead without its line)',
    async () => {
      const writer = await ManifestWriter.open('/dev/full');
      const entry = (status: ManifestEntry['status']): ManifestEntry => ({
        api_root: 'https://x.example/api/v2-0',
        environment: null,
        sha256: 'a'.repeat(64),
        status,
        file: 'a.eml',
        at: '2026-01-01T00:00:00+00:00',
      });
      await expect(writer.append(entry('sending'))).rejects.toThrow(/^cannot write the manifest \/dev\/full \(ENOSPC\)/);
      await expect(writer.append(entry('sent'))).rejects.toBeInstanceOf(ManifestWriteError);
      await writer.close();
    },
  );

  it(
    "a lock removed by hand while its run goes on, and taken by a second run: the first run's end leaves the second's lock in place",
    () =>
      withTempDir(async (dir) => {
        const manifest = path.join(dir, 'm.jsonl');
        const first = ManifestLock.acquire(manifest);
        const second = JSON.stringify({ pid: process.ppid, host: hostname(), at: new Date().toISOString() });
        await writeFile(first.file, second); // rm m.jsonl.lock, then another run's O_EXCL create
        first.release();
        expect(await readFile(first.file, 'utf8')).toBe(second);
        expect(() => ManifestLock.acquire(manifest)).toThrow(ManifestLockedError);
      }),
    T,
  );

  it(
    'an email file named by a hostile subject (escape sequences, a newline forging a line, a bidi override): stderr shows the name escaped, stdout as JSON',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await mkdir(path.join(dir, 'inbox'));
          const name = 'Invoice \x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J\n[1] ok.eml: sent \u202egpj.eml';
          await writeFile(path.join(dir, 'inbox', name), 'From: a@mail.example\r\nSubject: s\r\n\r\nbody\r\n');
          const r = await runCli([...simArgs(sim), 'send-phishing', 'inbox'], { cwd: dir });
          expect(r.code).toBe(0);
          expect(r.stderr).not.toMatch(/[\x1b\x07\u202e]/);
          expect(r.stderr.split('\n').filter((l) => l.startsWith('['))).toHaveLength(1);
          expect(r.stderr).toContain('Invoice \\x1b]52;c;cm0gLXJmIH4=\\x07\\x1b[2J\\x0a[1] ok.eml');
          expect(JSON.parse(r.stdout.trim()).file).toBe(`inbox/${name}`);
        }),
      ),
    T,
  );

  it(
    'an empty --environment (an unset shell variable: --environment "$ENV"): refused before anything is sent or recorded (exit 2), not failed email by email',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'inbox', 3);
          for (const flag of ['--environment', '--default-verdict', '--alert-sender']) {
            const r = await runCli([...simArgs(sim), 'send-phishing', 'inbox', '--no-progress', '--manifest', 'm.jsonl', flag, ''], { cwd: dir });
            expect(r.code).toBe(2);
            expect(r.stderr).toContain(`option '${flag}`);
            expect(r.stdout).toBe('');
          }
          await expect(readFile(path.join(dir, 'm.jsonl'))).rejects.toThrow();
          expect(sim.requests).toHaveLength(0);
        }),
      ),
    T,
  );
});
