/** A caller's AbortSignal ends a wait at once: between polls, and in the middle of a request. */
import { describe, expect, it } from 'vitest';
import { Alert } from '../../../src/index.js';
import { outcomeOf, recordFault, settle, since, sleep, useScenarioSim } from '../helpers.js';

const GET_BY_ID = 'GET /alerts/get-by-id';

export function describeAbort(): void {
  describe('aborted waits', () => {
    const env = useScenarioSim();

    it('an abort between polls rejects the wait with the signal reason promptly, and polling stops', async () => {
      const client = env.client();
      const alert = new Alert({ alertId: env.sim.addAlert({ inProgress: true }).alertId, client });
      const reason = new Error('operator cancelled');
      const wire = since(env.sim);
      const abort = abortAfter(150, reason);
      const s = await settle(alert.waitForCompletion({ intervalMs: 20, signal: abort.signal }));
      const lag = performance.now() - abort.abortedAt();
      // A poll sent just before the abort may still reach the simulator; none may follow it.
      await sleep(50);
      const pollsAtAbort = wire.calls(GET_BY_ID).length;
      await sleep(150);
      recordFault({
        fault: 'signal aborted mid-wait (between polls)',
        outcome: s.ok ? 'not aborted' : s.error === reason ? `rejected with the signal reason (${Math.round(lag)} ms after abort)` : outcomeOf(s, ''),
        wire: `${wire.summary(GET_BY_ID)}; polls later than abort + 50 ms: ${wire.calls(GET_BY_ID).length - pollsAtAbort}`,
      });

      expect(s.ok).toBe(false);
      expect(!s.ok && s.error).toBe(reason);
      expect(lag).toBeLessThan(250);
      expect(pollsAtAbort).toBeGreaterThan(1);
      expect(wire.calls(GET_BY_ID)).toHaveLength(pollsAtAbort);
    });

    it('an abort while a status request hangs (delay 3 s) rejects at once with the signal reason', async () => {
      const client = env.client();
      const alert = new Alert({ alertId: env.sim.addAlert({ inProgress: true }).alertId, client });
      env.sim.inject(GET_BY_ID, { kind: 'delay', ms: 3000 });
      const reason = new Error('shutting down');
      const wire = since(env.sim);
      const started = performance.now();
      const s = await settle(alert.waitForCompletion({ signal: abortAfter(100, reason).signal }));
      const elapsed = performance.now() - started;
      recordFault({
        fault: 'signal aborted mid-request (delay 3 s)',
        outcome: s.ok ? 'not aborted' : s.error === reason ? `rejected with the signal reason after ${Math.round(elapsed)} ms` : outcomeOf(s, ''),
        wire: wire.summary(GET_BY_ID),
      });

      expect(!s.ok && s.error).toBe(reason);
      expect(elapsed).toBeLessThan(1000);
      expect(wire.labels(GET_BY_ID)).toEqual(['delayed']);
    });
  });
}

/** A signal that aborts with `reason` after `ms`; `abortedAt()` is when (performance.now()). */
function abortAfter(ms: number, reason: unknown): { signal: AbortSignal; abortedAt(): number } {
  const controller = new AbortController();
  let at = Number.NaN;
  setTimeout(() => {
    at = performance.now();
    controller.abort(reason);
  }, ms);
  return { signal: controller.signal, abortedAt: () => at };
}
