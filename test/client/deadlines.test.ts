/**
 * Per-attempt timeouts come from one coarse sweep (transport/deadlines.ts): each attempt
 * expires once its time has passed, late by at most a tick, never early; a cancelled one never
 * fires; the sweep stops when nothing is in flight and never holds the process open.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getAlertById } from '../../src/client/endpoints.js';
import { NetworkError } from '../../src/client/errors.js';
import { DeadlineWatch } from '../../src/client/transport/deadlines.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf, useWireServer } from '../helpers/fixture.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves with the ms from now until `onExpire` of a deadline of `ms` runs. */
function expiry(watch: DeadlineWatch, ms: number): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve) => watch.watch(ms, () => resolve(performance.now() - t0)));
}

describe('DeadlineWatch', () => {
  it('expires a deadline once its time has passed, within a tick (a twentieth of it) and some scheduling slack', async () => {
    const elapsed = await expiry(new DeadlineWatch(), 100);
    expect(elapsed).toBeGreaterThanOrEqual(100);
    expect(elapsed).toBeLessThan(100 + 5 + 50);
  });

  it('expires each deadline on its own time, a short one added under a long one included', async () => {
    const watch = new DeadlineWatch();
    const long = expiry(watch, 10_000);
    const [short, medium] = await Promise.all([expiry(watch, 40), expiry(watch, 150)]);
    expect(short).toBeGreaterThanOrEqual(40);
    expect(short).toBeLessThan(40 + 2 + 50);
    expect(medium).toBeGreaterThanOrEqual(150);
    expect(medium).toBeLessThan(150 + 7 + 50);
    let longFired = false;
    void long.then(() => (longFired = true));
    await sleep(20);
    expect(longFired).toBe(false);
  });

  it('never fires a cancelled deadline', async () => {
    const watch = new DeadlineWatch();
    let fired = 0;
    const d = watch.watch(20, () => fired++);
    watch.cancel(d);
    await sleep(80);
    expect(fired).toBe(0);
  });

  it('stops its sweep once nothing is in flight', async () => {
    const watch = new DeadlineWatch();
    expect(watch.active).toBe(false);
    watch.cancel(watch.watch(40, () => {}));
    expect(watch.active).toBe(true);
    await sleep(40);
    expect(watch.active).toBe(false);
  });

  it('does not hold the process open while its sweep runs', () => {
    const module = fileURLToPath(new URL('../../src/client/transport/deadlines.ts', import.meta.url));
    // The sweep of a 60 s deadline ticks every second; a held process would live on until then.
    const script = [
      `import { DeadlineWatch } from ${JSON.stringify(module)};`,
      'const w = new DeadlineWatch();',
      'w.cancel(w.watch(60_000, () => {}));',
      'const t = performance.now();',
      "process.on('exit', () => console.log(Math.round(performance.now() - t)));",
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(0);
    expect(Number(run.stdout.trim())).toBeLessThan(500);
  });
});

describe('transport timeout', () => {
  const wire = useWireServer();

  it('turns an attempt with no answer into NetworkError after about timeoutMs, not before', async () => {
    wire.server.reply({ hang: true }, ok.alert);
    const t0 = performance.now();
    const err = await rejectionOf(getAlertById(wire.client({ timeoutMs: 150, maxRetries: 0 }), ALERT_ID));
    const elapsed = performance.now() - t0;
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).message).toMatch(/no answer within 150 ms/);
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(1000);
  });
});
