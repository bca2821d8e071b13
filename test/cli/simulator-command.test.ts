/** `intezer-alerts simulator`: the embedded simulator in the foreground, used as its banner says, stopped by a signal. */
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli, startCli, waitUntil, withSimulator } from './run-cli.js';

const T = 45_000;

describe.concurrent('intezer-alerts simulator', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(
      `--port 0 listens on a free port and prints how to point the CLI at it; that works; ${signal} stops it cleanly (exit 0)`,
      async () => {
        const run = startCli(['simulator', '--port', '0', '--seed', '3']);
        await waitUntil(() => run.stdout().includes('Ctrl-C stops it.'), 30_000);
        const baseUrl = /export INTEZER_ANALYZE_BASE_URL=(\S+)/.exec(run.stdout())![1]!;
        const apiKey = /export INTEZER_ANALYZE_API_KEY=(\S+)/.exec(run.stdout())![1]!;
        expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
        expect(baseUrl).not.toContain(':0/');
        expect(run.stdout()).toContain(`base URL  ${baseUrl}`);

        const search = await runCli(['search', '--format', 'jsonl'], { env: { INTEZER_ANALYZE_BASE_URL: baseUrl, INTEZER_ANALYZE_API_KEY: apiKey } });
        expect(search.code).toBe(0);
        expect(jsonLines(search.stdout)).toHaveLength(3);

        run.child.kill(signal);
        const end = await run.done;
        expect([end.code, end.signal]).toEqual([0, null]);
        expect(end.stderr).toBe(`intezer-alerts: ${signal}: simulator stopped\n`);
        await expect(fetch(`${baseUrl}v2-0/get-access-token`, { method: 'POST' })).rejects.toThrow();
      },
      T,
    );
  }

  it(
    '--control-token: control calls without it are refused (401), with it served; the banner never prints it',
    async () => {
      const run = startCli(['simulator', '--port', '0', '--seed', '1', '--control-token', 'ctl-token-42']);
      try {
        await waitUntil(() => run.stdout().includes('Ctrl-C stops it.'), 30_000);
        const baseUrl = /export INTEZER_ANALYZE_BASE_URL=(\S+)/.exec(run.stdout())![1]!;
        const control = baseUrl.replace(/\/api\/$/, '/__sim/');
        expect(run.stdout()).not.toContain('ctl-token-42');
        expect((await fetch(`${control}state`)).status).toBe(401);
        const refused = await fetch(`${control}rate-limit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"perSecond":0}' });
        expect(refused.status).toBe(401);
        expect((await fetch(`${control}state`, { headers: { authorization: 'Bearer ctl-token-42' } })).status).toBe(200);
      } finally {
        run.child.kill('SIGTERM');
        await run.done;
      }
    },
    T,
  );

  it(
    'INTEZER_SIM_CONTROL_TOKEN guards the control API as --control-token does, out of the process list',
    async () => {
      const run = startCli(['simulator', '--port', '0', '--seed', '1'], { env: { INTEZER_SIM_CONTROL_TOKEN: 'ctl-env-token-7' } });
      try {
        await waitUntil(() => run.stdout().includes('Ctrl-C stops it.'), 30_000);
        const baseUrl = /export INTEZER_ANALYZE_BASE_URL=(\S+)/.exec(run.stdout())![1]!;
        const control = baseUrl.replace(/\/api\/$/, '/__sim/');
        expect(run.stdout()).not.toContain('ctl-env-token-7');
        expect((await fetch(`${control}state`)).status).toBe(401);
        expect((await fetch(`${control}state`, { headers: { authorization: 'Bearer ctl-env-token-7' } })).status).toBe(200);
      } finally {
        run.child.kill('SIGTERM');
        await run.done;
      }
    },
    T,
  );

  it(
    'a port already taken: exit 1 naming EADDRINUSE',
    () =>
      withSimulator({}, async (sim) => {
        const r = await runCli(['simulator', '--port', String(sim.port)]);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/EADDRINUSE/);
        expect(r.stdout).toBe('');
      }),
    T,
  );
});
