/** `send-alert`: one JSON alert to POST /alerts/ingest, printed as `get` prints it; 409 is "already sent". */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, simArgs, withSimulator, withTempDir } from './run-cli.js';

const T = 30_000;
const INGEST = 'POST /alerts/ingest';
const detection = (tag: string) => ({ id: `det-${tag}`, title: 'invoice.exe ran', device: { hostname: 'FIN-LAPTOP-7' }, user: 'alice' });

describe.concurrent('intezer-alerts send-alert', () => {
  it(
    'sends the file with the given fields and --wait prints the finished alert as get --format json does',
    () =>
      withSimulator({ seed: 0 }, (sim) =>
        withTempDir(async (dir) => {
          const file = path.join(dir, 'alert.json');
          const mapping = path.join(dir, 'mapping.json');
          await writeFile(file, JSON.stringify(detection('wait')));
          await writeFile(mapping, JSON.stringify({ hostname: 'device.hostname', username: 'user' }));
          const r = await runCli([
            ...simArgs(sim),
            'send-alert',
            file,
            '--source',
            's1',
            '--mapping',
            mapping,
            '--environment',
            'staging',
            '--display-field',
            'title',
            '--display-field',
            'device.hostname',
            '--wait',
          ]);
          expect(r.stderr).toBe('');
          expect(r.code).toBe(0);
          const out = JSON.parse(r.stdout);
          expect(out).toMatchObject({
            status: 'finished',
            verdict: 'confirmed_threat',
            environment: 'staging',
            source: 's1',
            alert: { alert_id: out.alert_id },
          });
          expect(out.alert.alert.device).toMatchObject({ hostname: 'FIN-LAPTOP-7', username: 'alice' });
          const [sent] = sim.requests.filter((q) => q.routeKey === INGEST);
          expect(sent!.body).toEqual({
            alert: detection('wait'),
            alert_source: 's1',
            definition_mapping: { hostname: 'device.hostname', username: 'user' },
            environment: 'staging',
            display_fields: ['title', 'device.hostname'],
          });
        }),
      ),
    T,
  );

  it(
    'reads - from stdin and, without --wait, prints the alert still in triage',
    () =>
      withSimulator({ seed: 0, triageMs: 60_000 }, async (sim) => {
        const r = await runCli([...simArgs(sim), 'send-alert', '-', '--source', 'cs'], { input: JSON.stringify(detection('stdin')) });
        expect(r.code).toBe(0);
        const out = JSON.parse(r.stdout);
        expect(out).toMatchObject({ status: 'in_progress', verdict: null, source: 'cs' });
        expect(sim.alerts().map((a) => a.alertId)).toEqual([out.alert_id]);
      }),
    T,
  );

  it(
    'a repeat (409) prints the held id and exits 0 with "already sent" on stderr',
    () =>
      withSimulator({ seed: 0 }, async (sim) => {
        const input = JSON.stringify(detection('twice'));
        const first = JSON.parse((await runCli([...simArgs(sim), 'send-alert', '-', '--source', 's1'], { input })).stdout);
        const again = await runCli([...simArgs(sim), 'send-alert', '-', '--source', 's1'], { input });
        expect(again.code).toBe(0);
        expect(JSON.parse(again.stdout)).toEqual({ alert_id: first.alert_id, already_sent: true });
        expect(again.stderr).toMatch(/already sent/);
        expect(sim.count(INGEST)).toBe(2);
        expect(sim.alerts()).toHaveLength(1);
      }),
    T,
  );

  it(
    "a refused mapping exits 1 with the service's message on stderr and nothing on stdout",
    () =>
      withSimulator({ seed: 0 }, (sim) =>
        withTempDir(async (dir) => {
          const mapping = path.join(dir, 'mapping.json');
          await writeFile(mapping, JSON.stringify({ hostname: 'no.such.field' }));
          const r = await runCli([...simArgs(sim), 'send-alert', '-', '--source', 'acme_edr', '--mapping', mapping], {
            input: JSON.stringify(detection('bad')),
          });
          expect(r.code).toBe(1);
          expect(r.stdout).toBe('');
          expect(r.stderr).toMatch(/InvalidAlertMappingError: .*Invalid alert mapping/);
          expect(r.stderr).toContain('no.such.field');
        }),
      ),
    T,
  );

  it.each([
    ['a JSON array', '[{"id":1}]'],
    ['a JSON string', '"alert"'],
    ['text that is not JSON', 'id=1'],
    ['an empty object', '{}'],
  ])(
    '%s is a usage error (exit 2) before any request',
    (_label, input) =>
      withSimulator({ seed: 0 }, async (sim) => {
        const r = await runCli([...simArgs(sim), 'send-alert', '-', '--source', 's1'], { input });
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/standard input/);
        expect(sim.count()).toBe(0);
      }),
    T,
  );

  it(
    'a missing file, a mapping that is not an object, no --source, or - for both is a usage error before any request',
    () =>
      withSimulator({ seed: 0 }, (sim) =>
        withTempDir(async (dir) => {
          const file = path.join(dir, 'alert.json');
          const mapping = path.join(dir, 'mapping.json');
          await writeFile(file, JSON.stringify(detection('usage')));
          await writeFile(mapping, '["hostname"]');
          const runs = await Promise.all([
            runCli([...simArgs(sim), 'send-alert', path.join(dir, 'missing.json'), '--source', 's1']),
            runCli([...simArgs(sim), 'send-alert', file, '--source', 's1', '--mapping', mapping]),
            runCli([...simArgs(sim), 'send-alert', file]),
            runCli([...simArgs(sim), 'send-alert', '-', '--source', 's1', '--mapping', '-'], { input: JSON.stringify(detection('twice')) }),
          ]);
          expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2]);
          expect(runs[3]!.stderr).toMatch(/cannot both be -/);
          expect(runs[0]!.stderr).toMatch(/missing\.json.*ENOENT/);
          expect(runs[1]!.stderr).toMatch(/mapping .*must hold one JSON object/);
          expect(runs[2]!.stderr).toMatch(/--source/);
          expect(sim.count()).toBe(0);
        }),
      ),
    T,
  );

  it(
    'a device, a FIFO or a folder as the alert or the mapping is a usage error at once (no endless read, no wait for a writer)',
    () =>
      withSimulator({ seed: 0 }, (sim) =>
        withTempDir(async (dir) => {
          const fifo = path.join(dir, 'alert.fifo');
          execFileSync('mkfifo', [fifo]);
          const started = Date.now();
          const runs = await Promise.all([
            runCli([...simArgs(sim), 'send-alert', '/dev/zero', '--source', 's1']),
            runCli([...simArgs(sim), 'send-alert', '-', '--source', 's1', '--mapping', '/dev/zero'], { input: JSON.stringify(detection('dev')) }),
            runCli([...simArgs(sim), 'send-alert', fifo, '--source', 's1']),
            runCli([...simArgs(sim), 'send-alert', dir, '--source', 's1']),
          ]);
          expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2]);
          for (const r of runs) {
            expect(r.stdout).toBe('');
            expect(r.stderr).toMatch(/not a regular file/);
          }
          expect(Date.now() - started).toBeLessThan(20_000);
          expect(sim.count()).toBe(0);
        }),
      ),
    T,
  );

  it(
    'an alert file that starts with a byte-order mark (as Windows tools write JSON) is sent',
    () =>
      withSimulator({ seed: 0 }, (sim) =>
        withTempDir(async (dir) => {
          const file = path.join(dir, 'alert.json');
          await writeFile(file, `\uFEFF${JSON.stringify(detection('bom'))}`);
          const r = await runCli([...simArgs(sim), 'send-alert', file, '--source', 's1']);
          expect(r.stderr).toBe('');
          expect(r.code).toBe(0);
          expect(sim.requests.filter((q) => q.routeKey === INGEST)[0]!.body).toMatchObject({ alert: detection('bom') });
        }),
      ),
    T,
  );

  it(
    "terminal escapes in the service's 400 text reach stderr as visible escapes, never as control characters",
    async () => {
      const server = createServer((req, res) => {
        req.resume();
        req.on('end', () => {
          const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
          if (req.url!.endsWith('/get-access-token')) return json(200, { result: 'tok-escapes-0123456789', expire_at: Math.floor(Date.now() / 1000) + 3600 });
          json(400, { error: 'Invalid alert mapping\u001b[2K\rOK: alert sent', details: { hostname: '\u001b]0;pwned\u0007' } });
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
        const r = await runCli(['--base-url', baseUrl, '--api-key', 'key-escapes-42', 'send-alert', '-', '--source', 's1'], {
          input: JSON.stringify(detection('esc')),
        });
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/InvalidAlertMappingError/);
        expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
        expect(r.stderr).toContain('\\u001b');
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
    T,
  );
});
