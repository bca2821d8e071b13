/**
 * send-phishing respects an operator's time: waits for verdicts never hold a send slot, a
 * dead service stops the run at once with one error, stderr going away does not kill the
 * batch, and --timeout 0 means no per-request timeout (not "every wait gives up").
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { manifestLines, sha, writeEmails } from './emails.js';
import { MAIN, jsonLines, runCli, simArgs, stateHome, withSimulator, withTempDir } from './run-cli.js';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const T = 90_000;
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** A port nothing listens on (a server opened and closed). */
async function deadPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe.concurrent('send-phishing and the operator', () => {
  it(
    '--wait of 16 emails with 6 s of triage at concurrency 4 ends in under 2× the triage: waits hold no send slot',
    () =>
      withSimulator({ triageMs: 6000 }, (sim) =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'inbox', 16);
          const started = Date.now();
          const r = await runCli([...simArgs(sim), '--poll-interval', '250', 'send-phishing', 'inbox', '--wait', '--concurrency', '4', '--no-progress'], {
            cwd: dir,
          });
          const ended = Date.now();
          // From the first request the CLI made (its start-up on a loaded machine is not the point) to its exit.
          const working = ended - sim.requests[0]!.at;
          console.log(`send-phishing --wait, 16 emails, 6 s triage, concurrency 4: ${ended - started} ms in all, ${working} ms from the first request`);
          expect(r.code).toBe(0);
          expect(jsonLines(r.stdout).map((l) => l.status)).toEqual(Array(16).fill('finished'));
          expect(working).toBeLessThan(12_000);
        }),
      ),
    T,
  );

  it(
    'an unreachable service: the run stops in under 5 s with one error, the other emails not started (exit 1)',
    () =>
      withTempDir(async (dir) => {
        await writeEmails(dir, 'inbox', 50);
        const port = await deadPort();
        // What a bare start of the CLI costs on this machine now (tests share the cores): not the run's doing.
        const bare = Date.now();
        await runCli(['--version']);
        const startUp = Date.now() - bare;
        const started = Date.now();
        const r = await runCli(['--base-url', `http://127.0.0.1:${port}/api/`, '--api-key', 'k-123456', 'send-phishing', 'inbox'], { cwd: dir });
        const elapsed = Date.now() - started;
        console.log(`send-phishing against an unreachable service, 50 emails: stopped after ${elapsed} ms (a bare start of the CLI: ${startUp} ms)`);
        expect(r.code).toBe(1);
        expect(elapsed).toBeLessThan(5000 + Math.max(0, startUp - 1000));
        expect(jsonLines(r.stdout)).toHaveLength(1);
        expect(r.stderr.match(/ECONNREFUSED/g)).toHaveLength(2); // the email's progress line and the one stop note
        expect(r.stderr).toMatch(/^intezer-alerts: stopped early: the service cannot be used \(NetworkError: .*ECONNREFUSED.*\); 49 email\(s\) not started/m);
        expect(r.stderr).toContain('49 not started');
      }),
    T,
  );

  it(
    'a refused key: one error, exit 3, nothing else tried',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'inbox', 20);
          const r = await runCli(['--base-url', sim.baseUrl, '--api-key', 'wrong-key', 'send-phishing', 'inbox', '--no-progress'], { cwd: dir });
          expect(r.code).toBe(3);
          expect(r.stderr.match(/InvalidApiKeyError/g)).toHaveLength(1);
          expect(sim.tokenRequests).toBe(1);
        }),
      ),
    T,
  );

  it(
    'with `2>&1 | head -n 2` the closed pipe does not kill the batch: every email is sent once and recorded',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          const texts = await writeEmails(dir, 'inbox', 20);
          sim.inject('POST /alerts/ingest/binary', { kind: 'delay', ms: 150 }, 20);
          const cli = [process.execPath, '--import', TSX_LOADER, MAIN, ...simArgs(sim), 'send-phishing', 'inbox', '--concurrency', '2']
            .map((a) => `'${a}'`)
            .join(' ');
          const code = await new Promise<number | null>((resolve) => {
            const sh = spawn('/bin/sh', ['-c', `${cli} 2>&1 | head -n 2 >/dev/null; exit 0`], {
              cwd: dir,
              env: { ...process.env, XDG_STATE_HOME: stateHome(dir) },
              stdio: 'ignore',
            });
            sh.on('close', resolve);
          });
          expect(code).toBe(0);
          for (const text of texts.values()) expect(sim.ingestCount(sha(text))).toBe(1);
          const sent = (await manifestLines(dir)).filter((m) => m.status === 'sent');
          expect(sent).toHaveLength(20);
        }),
      ),
    T,
  );

  it(
    '--timeout 0 (no per-request timeout) with --wait: every verdict is waited for',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'inbox', 3);
          const r = await runCli([...simArgs(sim), '--timeout', '0', 'send-phishing', 'inbox', '--wait', '--no-progress'], { cwd: dir });
          expect(r.code).toBe(0);
          expect(jsonLines(r.stdout).map((l) => l.status)).toEqual(Array(3).fill('finished'));
        }),
      ),
    T,
  );
});
