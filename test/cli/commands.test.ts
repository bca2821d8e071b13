/** The single-alert commands, help, version, and the exit code of each kind of failure. */
import { describe, expect, it } from 'vitest';
import { SDK_VERSION } from '../../src/index.js';
import { jsonLines, runCli, simArgs, spawnCli, waitUntil, withSimulator } from './run-cli.js';

const T = 30_000;

describe.concurrent('intezer-alerts: help, version, usage', () => {
  it(
    '--help lists every command, the global options and the exit codes; exit 0',
    async () => {
      const r = await runCli(['--help']);
      expect(r.code).toBe(0);
      for (const word of [
        'send-phishing',
        'send-alert',
        'get',
        'raw',
        'notify',
        'delete',
        'search',
        '--api-key',
        '--base-url',
        '--proxy',
        '--insecure',
        '--timeout',
        '--simulator',
        'Exit codes',
      ]) {
        expect(r.stdout).toContain(word);
      }
    },
    T,
  );

  it(
    '--help works on every command and shows its own and the global options',
    async () => {
      const runs = await Promise.all(['send-phishing', 'get', 'raw', 'notify', 'delete', 'search', 'send-alert'].map((c) => runCli([c, '--help'])));
      for (const r of runs) {
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/^Usage: intezer-alerts \S+/);
        expect(r.stdout).toContain('--api-key');
      }
      expect(runs[0]!.stdout).toContain('--dry-run');
      expect(runs[0]!.stdout).toContain('--manifest');
      expect(runs[5]!.stdout).toContain('--since');
      expect(runs[5]!.stdout).toContain('--limit-total');
      expect(runs[6]!.stdout).toContain('--display-field');
    },
    T,
  );

  it(
    '--version prints the SDK version',
    async () => {
      const r = await runCli(['--version']);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(SDK_VERSION);
    },
    T,
  );

  it(
    'an unknown command, an unknown option or a bad value exits 2 and names the problem',
    async () => {
      const [cmd, opt, val, none] = await Promise.all([
        runCli(['frobnicate']),
        runCli(['get', 'x', '--frob']),
        runCli(['search', '--page-size', '500']),
        runCli([]),
      ]);
      expect(cmd.code).toBe(2);
      expect(cmd.stderr).toContain("unknown command 'frobnicate'");
      expect(opt.code).toBe(2);
      expect(opt.stderr).toContain("unknown option '--frob'");
      expect(val.code).toBe(2);
      expect(val.stderr).toMatch(/--page-size.*500.*1 to 100/);
      expect(none.code).toBe(2);
      for (const r of [cmd, opt, val]) expect(r.stdout).toBe('');
    },
    T,
  );
});

describe.concurrent('intezer-alerts: errors and exit codes', () => {
  it(
    'no API key: exit 2 naming the variable, and nothing is sent',
    () =>
      withSimulator({}, async (sim) => {
        const r = await runCli(['--base-url', sim.baseUrl, 'get', 'abc']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('INTEZER_ANALYZE_API_KEY');
        expect(sim.count()).toBe(0);
      }),
    T,
  );

  it(
    'a refused key: exit 3, one line naming InvalidApiKeyError, the key never printed',
    () =>
      withSimulator({}, async (sim) => {
        const key = 'wrong-key-0123456789abcdef';
        const r = await runCli(['--base-url', sim.baseUrl, 'get', sim.alerts()[0]!.alertId], { env: { INTEZER_ANALYZE_API_KEY: key } });
        expect(r.code).toBe(3);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(/^intezer-alerts: InvalidApiKeyError: /);
        expect(r.stderr + r.stdout).not.toContain(key);
      }),
    T,
  );

  it(
    'an unknown alert: exit 4 with AlertNotFoundError',
    () =>
      withSimulator({}, async (sim) => {
        const r = await runCli([...simArgs(sim), 'get', 'f'.repeat(32)]);
        expect(r.code).toBe(4);
        expect(r.stderr).toMatch(/AlertNotFoundError: .*f{32}/);
        expect(r.stdout).toBe('');
      }),
    T,
  );

  it(
    'an id in several environments without --environment: exit 2 with AlertConflictError',
    () =>
      withSimulator({}, async (sim) => {
        const a = sim.addAlert({ environment: 'production' });
        sim.addAlert({ alertId: a.alertId, environment: 'staging' });
        const [ambiguous, chosen] = await Promise.all([
          runCli([...simArgs(sim), 'get', a.alertId]),
          runCli([...simArgs(sim), 'get', a.alertId, '--environment', 'staging']),
        ]);
        expect(ambiguous.code).toBe(2);
        expect(ambiguous.stderr).toMatch(/AlertConflictError: .*environment/);
        expect(chosen.code).toBe(0);
        expect(JSON.parse(chosen.stdout)).toMatchObject({ environment: 'staging' });
      }),
    T,
  );

  it(
    'a server error that outlasts the retries: exit 1 with ServerError',
    () =>
      withSimulator({}, async (sim) => {
        sim.inject('GET /alerts/get-by-id', { kind: 'status', status: 500 }, 5);
        const r = await runCli([...simArgs(sim), '--max-retries', '0', 'get', sim.alerts()[0]!.alertId]);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/^intezer-alerts: ServerError: .*500/m);
      }),
    T,
  );

  it(
    'Ctrl-C (SIGINT) while a command waits exits 130 with nothing on stdout',
    () =>
      withSimulator({}, async (sim) => {
        const a = sim.addAlert({ inProgress: true });
        const polls = sim.count('GET /alerts/get-by-id');
        const child = spawnCli([...simArgs(sim), 'get', a.alertId, '--wait']);
        let stdout = '';
        child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
        const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
        await waitUntil(() => sim.count('GET /alerts/get-by-id') - polls >= 1);
        child.kill('SIGINT');
        expect(await closed).toEqual([130, null]);
        expect(stdout).toBe('');
      }),
    T,
  );

  it(
    'an SDK argument error (start after end) exits 2 before any request',
    () =>
      withSimulator({}, async (sim) => {
        const r = await runCli([...simArgs(sim), 'search', '--since', '1d', '--until', '3d']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('InvalidArgumentError');
        expect(sim.count('POST /alerts/search')).toBe(0);
      }),
    T,
  );
});

describe.concurrent('intezer-alerts get / raw / delete', () => {
  it(
    'get prints the alert as JSON, its verdict and family from the service',
    () =>
      withSimulator({}, async (sim) => {
        const a = sim.addAlert({ verdict: 'confirmed_threat', familyName: 'Emotet', environment: 'staging', source: 'cs' });
        const [json, table] = await Promise.all([
          runCli([...simArgs(sim), 'get', a.alertId]),
          runCli([...simArgs(sim), 'get', a.alertId, '--format', 'table']),
        ]);
        expect(json.code).toBe(0);
        const out = JSON.parse(json.stdout) as Record<string, unknown>;
        expect(out).toMatchObject({
          alert_id: a.alertId,
          status: 'finished',
          verdict: 'confirmed_threat',
          family_name: 'Emotet',
          environment: 'staging',
          source: 'cs',
        });
        expect((out.alert as Record<string, unknown>).alert_id).toBe(a.alertId);
        expect(out).not.toHaveProperty('scans');
        expect(table.code).toBe(0);
        expect(table.stdout).toMatch(/^verdict\s+confirmed_threat$/m);
        expect(table.stdout).toMatch(/^family_name\s+Emotet$/m);
      }),
    T,
  );

  it(
    'get --wait waits for triage to finish; without it an alert in triage shows in_progress',
    () =>
      withSimulator({}, async (sim) => {
        const a = sim.addAlert({ inProgress: true, verdict: 'likely_true_positive' });
        const now = await runCli([...simArgs(sim), 'get', a.alertId]);
        expect(now.code).toBe(0);
        expect(JSON.parse(now.stdout)).toMatchObject({ alert_id: a.alertId, status: 'in_progress', verdict: null });

        const polls = sim.count('GET /alerts/get-by-id');
        const waiting = runCli([...simArgs(sim), 'get', a.alertId, '--wait', '--wait-timeout', '20s']);
        // Let the CLI find the alert still in triage (twice), then let triage finish.
        await waitUntil(() => sim.count('GET /alerts/get-by-id') - polls >= 2);
        sim.addAlert({ ...a, triageDoneAt: Date.now() });
        const waited = await waiting;
        expect(waited.code).toBe(0);
        expect(JSON.parse(waited.stdout)).toMatchObject({ alert_id: a.alertId, status: 'finished', verdict: 'likely_true_positive' });
      }),
    T,
  );

  it(
    'get --wait past --wait-timeout exits 1 with WaitTimeoutError',
    () =>
      withSimulator({}, async (sim) => {
        const a = sim.addAlert({ inProgress: true });
        const r = await runCli([...simArgs(sim), 'get', a.alertId, '--wait', '--wait-timeout', '300']);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('WaitTimeoutError');
      }),
    T,
  );

  it(
    'get --scans adds the analyses behind the alert',
    () =>
      withSimulator({}, async (sim) => {
        const a = sim.addAlert({ verdict: 'confirmed_threat', familyName: 'QakBot' });
        for (const id of Object.values(a.scans)) sim.setAnalysis(id, 'succeeded');
        const r = await runCli([...simArgs(sim), 'get', a.alertId, '--scans']);
        expect(r.code).toBe(0);
        const scans = (JSON.parse(r.stdout) as { scans: { scan_type: string; analysis_id: string; status: string }[] }).scans;
        expect(scans.map((s) => s.scan_type).sort()).toEqual(['endpoint', 'file', 'url']);
        expect(scans.map((s) => s.analysis_id).sort()).toEqual(Object.values(a.scans).sort());
        expect(scans.every((s) => s.status === 'finished')).toBe(true);
      }),
    T,
  );

  it(
    'raw prints the raw payload; the environment is looked up when not given',
    () =>
      withSimulator({}, async (sim) => {
        const a = sim.addAlert({ environment: 'staging', rawData: { hello: 'world' } });
        const r = await runCli([...simArgs(sim), 'raw', a.alertId]);
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout)).toEqual({ hello: 'world' });
        const body = sim.requests.find((q) => q.routeKey === 'GET /alerts/{alert_id}/raw-data')!.body;
        expect(body).toMatchObject({ environment: 'staging', raw_data_type: 'raw_alert' });
      }),
    T,
  );

  it(
    'delete --wait waits for the deletion; the alert is then gone (get exits 4)',
    () =>
      withSimulator({}, async (sim) => {
        const [a, b] = [sim.addAlert({ environment: 'production' }), sim.addAlert({ environment: 'production' })];
        const r = await runCli([...simArgs(sim), 'delete', a.alertId, '--wait', '--environment', 'production']);
        expect(r.code).toBe(0);
        expect(jsonLines(r.stdout)).toEqual([expect.objectContaining({ alert_id: a.alertId, environment: 'production', status: 'deleted' })]);
        const after = await runCli([...simArgs(sim), 'get', a.alertId]);
        expect(after.code).toBe(4);
        const started = await runCli([...simArgs(sim), 'delete', b.alertId]);
        expect(started.code).toBe(0);
        expect(jsonLines(started.stdout)[0]).toMatchObject({ alert_id: b.alertId, status: 'deleting' });
      }),
    T,
  );
});
