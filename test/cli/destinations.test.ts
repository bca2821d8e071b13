/**
 * The manifest knows where each email went: a send to one server or environment never makes
 * a send to another skip, and lines of the old format (which name no server) only make the
 * CLI ask the service before sending.
 */
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultManifests, sha, writeEmails } from './emails.js';
import { jsonLines, runCli, simArgs, withSimulator, withTempDir } from './run-cli.js';

const T = 60_000;

describe.concurrent('send-phishing destinations', () => {
  it(
    'a second environment gets the whole batch; a rerun to either skips everything',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 5);
          const send = (env: string) => runCli([...simArgs(sim), 'send-phishing', 'inbox', '--environment', env], { cwd: dir });
          const staging = await send('staging');
          const soc = await send('soc');
          expect([staging.code, soc.code]).toEqual([0, 0]);
          expect(jsonLines(soc.stdout).map((l) => l.status)).toEqual(Array(5).fill('sent'));
          for (const text of texts.values()) {
            const envs = sim.ingests.filter((i) => i.sha256 === sha(text)).map((i) => i.fields.environment);
            expect(envs).toEqual(['staging', 'soc']);
          }
          const again = await send('soc');
          expect(jsonLines(again.stdout).map((l) => l.status)).toEqual(Array(5).fill('skipped'));
          expect(sim.ingests).toHaveLength(10);
        }),
      ),
    T,
  );

  it(
    'a second server gets the whole batch after a trial run against another, and --wait finds every verdict there',
    () =>
      withSimulator({}, (trial) =>
        withSimulator({}, (real) =>
          withTempDir(async (dir) => {
            const texts = await writeEmails(dir, 'inbox', 5);
            const tried = await runCli([...simArgs(trial), 'send-phishing', 'inbox'], { cwd: dir });
            expect(tried.code).toBe(0);
            const r = await runCli([...simArgs(real), 'send-phishing', 'inbox', '--wait', '--wait-timeout', '20s'], { cwd: dir });
            expect(r.code).toBe(0);
            const lines = jsonLines(r.stdout);
            expect(lines.map((l) => l.status)).toEqual(Array(5).fill('finished'));
            expect(lines.every((l) => typeof l.verdict === 'string')).toBe(true);
            for (const text of texts.values()) expect([trial.ingestCount(sha(text)), real.ingestCount(sha(text))]).toEqual([1, 1]);
            expect(r.stderr).toContain('send-phishing: 5 emails: 5 sent, 0 skipped, 0 failed, 0 unknown; 5 verdicts');
          }),
        ),
      ),
    T,
  );

  it(
    '--simulator keeps no manifest unless one is named: what its simulator took ends with the run',
    () =>
      withTempDir(async (dir) => {
        await writeEmails(dir, 'inbox', 2);
        const plain = await runCli(['--simulator', 'send-phishing', 'inbox', '--no-progress'], { cwd: dir });
        expect(plain.code).toBe(0);
        expect(await defaultManifests(dir)).toEqual([]);
        const named = await runCli(['--simulator', 'send-phishing', 'inbox', '--no-progress', '--manifest', 'trial.jsonl'], { cwd: dir });
        expect(named.code).toBe(0);
        await access(path.join(dir, 'trial.jsonl'));
      }),
    T,
  );

  it(
    'old-format lines name no server: the CLI asks the service, skips what it has and sends the rest',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = [...(await writeEmails(dir, 'inbox', 5)).entries()];
          // Two of them reached this server before (through another manifest).
          await runCli([...simArgs(sim), 'send-phishing', 'inbox/m001.eml', 'inbox/m002.eml', '--manifest', 'other.jsonl'], { cwd: dir });
          // An older CLI recorded all five, sent to some server or other.
          const old = texts.map(([file, text]) => JSON.stringify({ sha256: sha(text), file, alert_id: sha(text), sent_at: '2026-01-01T00:00:00Z' }));
          await writeFile(path.join(dir, 'old.jsonl'), `${old.join('\n')}\n`);
          const r = await runCli([...simArgs(sim), 'send-phishing', 'inbox', '--manifest', 'old.jsonl'], { cwd: dir });
          expect(r.code).toBe(0);
          expect(r.stderr).toContain('5 line(s) of the old format name no server');
          const status = Object.fromEntries(jsonLines(r.stdout).map((l) => [l.file, `${l.status}${l.checked ? ' checked' : ''}`]));
          expect(status).toEqual({
            'inbox/m001.eml': 'skipped checked',
            'inbox/m002.eml': 'skipped checked',
            'inbox/m003.eml': 'sent',
            'inbox/m004.eml': 'sent',
            'inbox/m005.eml': 'sent',
          });
          for (const [, text] of texts) expect(sim.ingestCount(sha(text))).toBe(1);
        }),
      ),
    T,
  );
});
