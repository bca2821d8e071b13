/** What a send-phishing run says of itself on stderr: the summary line, and .zip files it left out. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEmails } from './emails.js';
import { jsonLines, runCli, simArgs, withSimulator, withTempDir } from './run-cli.js';

const T = 60_000;
const INGEST = 'POST /alerts/ingest/binary';

describe.concurrent('send-phishing reports itself', () => {
  it(
    'the summary counts sent, skipped, failed and unknown, the verdicts apart, and names the files that failed or stayed unknown',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'in', 2);
          const first = await runCli([...simArgs(sim), 'send-phishing', 'in', '--no-progress'], { cwd: dir });
          expect(first.stderr).toBe('intezer-alerts: send-phishing: 2 emails: 2 sent, 0 skipped, 0 failed, 0 unknown\n');
          await writeEmails(dir, 'in', 3, 3);
          await writeFile(path.join(dir, 'in/empty.eml'), '');
          // The first new email's connection drops after the service took it, and the service
          // answers no status: the check fails and every wait for a verdict times out.
          sim.inject(INGEST, { kind: 'reset', afterHandling: true }, 1);
          sim.inject('GET /alerts/get-by-id', { kind: 'status', status: 503 }, 1000);
          const args = ['--max-retries', '0', 'send-phishing', 'in', '--wait', '--wait-timeout', '700', '--concurrency', '1', '--no-progress'];
          const r = await runCli([...simArgs(sim), ...args], { cwd: dir });
          expect(r.code).toBe(1);
          expect(jsonLines(r.stdout).map((l) => [l.file, l.status])).toEqual([
            ['in/empty.eml', 'skipped'],
            ['in/m001.eml', 'timeout'],
            ['in/m002.eml', 'timeout'],
            ['in/m004.eml', 'timeout'],
            ['in/m005.eml', 'timeout'],
            ['in/m003.eml', 'unknown'],
          ]);
          // The sends after it take less than the second the service is given before the check (waits hold no send slot).
          expect(r.stderr.replace(/asking the service within 1 s\n/, 'asking the service\n')).toBe(
            'intezer-alerts: 1 email(s) of unknown outcome: asking the service\n' +
              'intezer-alerts: send-phishing: 6 emails: 2 sent, 2 skipped, 0 failed, 1 unknown; 0 verdicts, 4 waits failed; 1 not an email; ' +
              'failed: in/m001.eml, in/m002.eml, in/m004.eml (+1 more); unknown (a rerun asks the service first): in/m003.eml\n',
          );
        }),
      ),
    T,
  );

  it(
    'a folder holding only .zip files, without --zip-password: exit 2 naming the option, nothing sent',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await writeFile(path.join(dir, 'a.zip'), 'PK');
          await writeFile(path.join(dir, 'b.zip'), 'PK');
          const r = await runCli([...simArgs(sim), 'send-phishing', '.'], { cwd: dir });
          expect(r.code).toBe(2);
          expect(r.stderr).toBe('intezer-alerts: UsageError: nothing to send: 2 .zip file(s) (a.zip, b.zip) need --zip-password\n');
          expect(r.stdout).toBe('');
          expect(sim.count()).toBe(0);
        }),
      ),
    T,
  );

  it(
    '.zip files beside emails: the emails are sent, a hint names the .zip files left out, and the summary counts them',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'in', 2);
          await writeFile(path.join(dir, 'in/x.zip'), 'PK');
          const r = await runCli([...simArgs(sim), 'send-phishing', 'in', '--no-progress'], { cwd: dir });
          expect(r.code).toBe(0);
          expect(r.stderr.split('\n')).toEqual([
            'intezer-alerts: 1 .zip file(s) left out (in/x.zip): give --zip-password to send them',
            'intezer-alerts: send-phishing: 2 emails: 2 sent, 0 skipped, 0 failed, 0 unknown; 1 .zip file left out (no --zip-password)',
            '',
          ]);
          expect(sim.ingests).toHaveLength(2);
        }),
      ),
    T,
  );
});
