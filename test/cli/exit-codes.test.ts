/**
 * Exit codes as the help promises them, command by command: 4 only for an alert the service
 * does not have, never for a 404 from elsewhere; and one date form in get's JSON.
 */
import { describe, expect, it } from 'vitest';
import { writeEmails } from './emails.js';
import { runCli, simArgs, withSimulator, withTempDir } from './run-cli.js';

const T = 30_000;
const UNKNOWN = 'f'.repeat(32);

describe.concurrent('intezer-alerts exit codes', () => {
  it(
    'an alert the service does not have is 4 for every command that names one',
    () =>
      withSimulator({}, async (sim) => {
        const runs = await Promise.all([
          runCli([...simArgs(sim), 'notify', UNKNOWN]),
          runCli([...simArgs(sim), 'raw', UNKNOWN]),
          runCli([...simArgs(sim), 'delete', UNKNOWN]),
          runCli([...simArgs(sim), 'delete', UNKNOWN, '--environment', 'production']),
        ]);
        for (const r of runs) expect(r.code, r.stderr + r.stdout).toBe(4);
        expect(runs[0]!.stdout).toMatch(/"status":"failed","error":"AlertNotFoundError: /);
        for (const r of runs.slice(1)) expect(r.stderr).toMatch(/^intezer-alerts: AlertNotFoundError: /);
      }),
    T,
  );

  it(
    'a wrong --base-url, whose token exchange answers 404, is a failure (exit 1), not "not found"',
    () =>
      withSimulator({}, (sim) =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'in', 1);
          const wrong = ['--base-url', sim.baseUrl.replace('/api/', '/no-such-api/'), '--api-key', sim.apiKey];
          const runs = await Promise.all([
            runCli([...wrong, 'get', sim.alerts()[0]!.alertId]),
            runCli([...wrong, 'notify', sim.alerts()[0]!.alertId]),
            runCli([...wrong, 'send-phishing', 'in', '--no-progress'], { cwd: dir }),
          ]);
          for (const r of runs) expect(r.code, r.stderr + r.stdout).toBe(1);
          expect(runs[0]!.stderr).toMatch(/^intezer-alerts: ServerError: POST \/get-access-token answered HTTP 404/);
        }),
      ),
    T,
  );

  it(
    'get prints dates in one form: the top-level alert_update_time is the service\'s own string, as inside "alert"',
    () =>
      withSimulator({}, async (sim) => {
        const r = await runCli([...simArgs(sim), 'get', sim.alerts()[0]!.alertId]);
        expect(r.code).toBe(0);
        const out = JSON.parse(r.stdout) as { alert_update_time: string; alert: { alert_update_time: string; creation_time: string } };
        expect(out.alert_update_time).toBe(out.alert.alert_update_time);
        for (const date of [out.alert_update_time, out.alert.creation_time]) expect(date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
      }),
    T,
  );
});
