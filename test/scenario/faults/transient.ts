/**
 * Passing faults of the service and the network, each pinned by its outcome for the caller
 * and by what reached the wire: 429 storms (Retry-After), 503s, dropped connections on safe
 * GETs and on the unsafe ingest, a slow server, and a malformed answer.
 */
import { describe, expect, it } from 'vitest';
import {
  Alert,
  AlertStatusCode,
  AlertVerdict,
  NetworkError,
  ResponseValidationError,
  ServerError,
  WaitTimeoutError,
  queryAlertsHistory,
  type IntezerClient,
} from '../../../src/index.js';
import { email, observe, sha256, useScenarioSim } from '../helpers.js';

const GET_BY_ID = 'GET /alerts/get-by-id';
const INGEST = 'POST /alerts/ingest/binary';

export function describeTransientFaults(): void {
  describe('transient faults', () => {
    // Triage of 500 ms: room for a whole 429 storm to hit while it runs.
    const env = useScenarioSim({ triageMs: 500 });
    /** Reads a finished seeded alert. */
    const readSeeded = (client: IntezerClient) => {
      const a = env.sim.alerts()[0]!;
      return Alert.fromId(a.alertId, { environment: a.environment, client });
    };

    it('a 429 storm (Retry-After: 0) on get-by-id during sendPhishingEmail({ wait }) still ends finished', async () => {
      const client = env.client({ maxRetries: 3 });
      // 10 answers of 429: the first two status calls exhaust their 4 attempts each
      // (RateLimitError), the wait treats that as passing and polls again; the third gets through.
      env.sim.inject(GET_BY_ID, { kind: 'status', status: 429, retryAfterSec: 0 }, 10);
      const { s, wire } = await observe(
        env.sim,
        { fault: '429 ×10 (Retry-After 0) on get-by-id during a wait', routes: [GET_BY_ID], recovered: 'wait finished' },
        () => Alert.sendPhishingEmail({ rawEmail: email('phish storm'), wait: true, timeoutMs: 10_000, client }),
      );

      expect(s.ok).toBe(true);
      const alert = s.ok ? s.value : undefined;
      expect(alert?.status).toBe(AlertStatusCode.FINISHED);
      expect(alert?.verdict).toBe(AlertVerdict.LIKELY_TRUE_POSITIVE);
      const labels = wire.labels(GET_BY_ID);
      expect(labels.slice(0, 10)).toEqual(Array(10).fill('429'));
      expect(labels.slice(10).every((l) => l === '200')).toBe(true);
      // The whole storm hit while triage ran (the wait then went on until it was over).
      const storm = wire.calls(GET_BY_ID).filter((r) => r.status === 429);
      const triageDoneAt = env.sim.alerts().find((a) => a.alertId === alert?.alertId)!.triageDoneAt;
      expect(storm.at(-1)!.at).toBeLessThan(triageDoneAt);
      expect(wire.labels(INGEST)).toEqual(['200']);
    });

    it('a 429 with Retry-After: 1 is waited out for a second, then the repeat succeeds', async () => {
      const client = env.client();
      env.sim.inject(GET_BY_ID, { kind: 'status', status: 429, retryAfterSec: 1 });
      const { s, wire } = await observe(env.sim, { fault: '429 ×1 (Retry-After 1) on get-by-id', routes: [GET_BY_ID], recovered: 'repeated after 1 s' }, () =>
        readSeeded(client),
      );

      expect(s.ok).toBe(true);
      expect(wire.labels(GET_BY_ID)).toEqual(['429', '200']);
      const [first, second] = wire.calls(GET_BY_ID);
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    });

    it('503 ×2 on get-by-id is recovered by retries: exactly 3 attempts', async () => {
      const client = env.client({ maxRetries: 3 });
      env.sim.inject(GET_BY_ID, { kind: 'status', status: 503 }, 2);
      const { s, wire } = await observe(env.sim, { fault: '503 ×2 on get-by-id (maxRetries 3)', routes: [GET_BY_ID], recovered: 'alert read' }, () =>
        readSeeded(client),
      );

      expect(s.ok && s.value.status).toBe(AlertStatusCode.FINISHED);
      expect(wire.labels(GET_BY_ID)).toEqual(['503', '503', '200']);
    });

    it('503 on every attempt ends in ServerError 503 after exactly maxRetries + 1 attempts', async () => {
      const client = env.client({ maxRetries: 3 });
      env.sim.inject(GET_BY_ID, { kind: 'status', status: 503 }, 10);
      const { s, wire } = await observe(env.sim, { fault: '503 ×10 on get-by-id (maxRetries 3)', routes: [GET_BY_ID] }, () => readSeeded(client));

      expect(!s.ok && s.error).toBeInstanceOf(ServerError);
      expect(!s.ok && (s.error as ServerError).status).toBe(503);
      expect(wire.labels(GET_BY_ID)).toEqual(['503', '503', '503', '503']);
    });

    it('503 on the unsafe ingest is reported, not repeated (a gateway may have forwarded it): one attempt', async () => {
      const client = env.client({ maxRetries: 3 });
      env.sim.inject(INGEST, { kind: 'status', status: 503 }, 2);
      const raw = email('ingest through 503');
      const { s, wire } = await observe(
        env.sim,
        {
          fault: '503 on ingest (unsafe; may have been forwarded)',
          routes: [INGEST],
          recovered: 'reported',
          note: () => `ingested ×${env.sim.ingestCount(sha256(raw))}`,
        },
        () => Alert.sendPhishingEmail({ rawEmail: raw, client }),
      );

      expect(!s.ok && s.error).toBeInstanceOf(ServerError);
      expect(!s.ok && (s.error as ServerError).status).toBe(503);
      expect(wire.labels(INGEST)).toEqual(['503']);
    });

    it('connection resets ×2 on get-by-id (a safe GET) are recovered: 3 attempts, the last answered', async () => {
      const client = env.client({ maxRetries: 3 });
      env.sim.inject(GET_BY_ID, { kind: 'reset' }, 2);
      const { s, wire } = await observe(env.sim, { fault: 'reset ×2 on get-by-id (safe)', routes: [GET_BY_ID], recovered: 'alert read' }, () =>
        readSeeded(client),
      );

      expect(s.ok && s.value.verdict).toBe(env.sim.alerts()[0]!.triage.verdict);
      expect(wire.labels(GET_BY_ID)).toEqual(['reset', 'reset', '200']);
    });

    for (const { afterHandling, ingested, held } of [
      { afterHandling: false, ingested: 0, held: 'not on the simulator' },
      { afterHandling: true, ingested: 1, held: 'on the simulator once' },
    ]) {
      it(`a reset on the unsafe ingest (afterHandling: ${afterHandling}) is reported as NetworkError after one attempt; the email is ${held}`, async () => {
        const client = env.client({ maxRetries: 3 });
        env.sim.inject(INGEST, { kind: 'reset', afterHandling });
        const raw = email(`reset ${afterHandling ? 'after' : 'before'} handling`);
        const { s, wire } = await observe(
          env.sim,
          {
            fault: `reset on ingest, ${afterHandling ? 'after' : 'before'} handling (unsafe)`,
            routes: [INGEST],
            note: () => `ingested ×${env.sim.ingestCount(sha256(raw))}`,
          },
          () => Alert.sendPhishingEmail({ rawEmail: raw, client }),
        );

        expect(!s.ok && s.error).toBeInstanceOf(NetworkError);
        // Not repeated: the client cannot know whether the service acted, and a repeat after
        // it did would make a second alert.
        expect(wire.labels(INGEST)).toEqual(['reset']);
        expect(env.sim.ingestCount(sha256(raw))).toBe(ingested);
        // What the caller can do about the NetworkError: look the email up by its hash.
        const found = await queryAlertsHistory({ fileHashes: [sha256(raw)], client }).all();
        expect(found.map((a) => a.alert_id)).toEqual(env.sim.ingests.filter((i) => i.sha256 === sha256(raw)).map((i) => i.alertId));
        expect(found).toHaveLength(ingested);
      });
    }

    it('a slow server (500 ms) against timeoutMs 100: NetworkError after maxRetries + 1 timed-out attempts', async () => {
      const client = env.client({ timeoutMs: 100, maxRetries: 2 });
      env.sim.inject(GET_BY_ID, { kind: 'delay', ms: 500 }, 3);
      const { s, wire, ms } = await observe(env.sim, { fault: 'delay 500 ms ×3 on get-by-id (timeoutMs 100, maxRetries 2)', routes: [GET_BY_ID] }, () =>
        readSeeded(client),
      );

      expect(!s.ok && s.error).toBeInstanceOf(NetworkError);
      expect(!s.ok && (s.error as Error).message).toMatch(/no answer within 100 ms.*after 2 retries/);
      expect(wire.labels(GET_BY_ID)).toEqual(['delayed', 'delayed', 'delayed']);
      expect(ms).toBeGreaterThanOrEqual(300);
      expect(ms).toBeLessThan(2000);
    });

    it('a wait with timeoutMs on a triage that never ends throws WaitTimeoutError on time', async () => {
      const client = env.client();
      const stuck = env.sim.addAlert({ inProgress: true });
      const { s, wire, ms } = await observe(env.sim, { fault: 'triage never ends; fromId({ wait, timeoutMs: 300 })', routes: [GET_BY_ID] }, () =>
        Alert.fromId(stuck.alertId, { wait: true, timeoutMs: 300, client }),
      );

      expect(!s.ok && s.error).toBeInstanceOf(WaitTimeoutError);
      expect(ms).toBeGreaterThanOrEqual(290);
      expect(ms).toBeLessThan(2000);
      // It kept polling (every 20 ms) and every answer said in_progress.
      expect(wire.calls(GET_BY_ID).length).toBeGreaterThan(3);
      expect(wire.labels(GET_BY_ID).every((l) => l === '200')).toBe(true);
    });

    it('a wait with timeoutMs while the status request hangs (delay 5 s) ends at the deadline', async () => {
      const client = env.client();
      const alert = new Alert({ alertId: env.sim.addAlert({ inProgress: true }).alertId, client });
      env.sim.inject(GET_BY_ID, { kind: 'delay', ms: 5000 });
      const { s, wire, ms } = await observe(env.sim, { fault: 'delay 5 s on get-by-id; waitForCompletion({ timeoutMs: 200 })', routes: [GET_BY_ID] }, () =>
        alert.waitForCompletion({ timeoutMs: 200 }),
      );

      expect(!s.ok && s.error).toBeInstanceOf(WaitTimeoutError);
      expect(ms).toBeLessThan(2000);
      expect(wire.labels(GET_BY_ID)).toEqual(['delayed']);
    });

    it('malformed JSON on get-by-id: ResponseValidationError, not repeated', async () => {
      const client = env.client({ maxRetries: 3 });
      env.sim.inject(GET_BY_ID, { kind: 'malformed-json' });
      const { s, wire } = await observe(env.sim, { fault: 'malformed JSON on get-by-id', routes: [GET_BY_ID] }, () => readSeeded(client));

      expect(!s.ok && s.error).toBeInstanceOf(ResponseValidationError);
      expect(!s.ok && (s.error as ResponseValidationError).operation).toBe(GET_BY_ID);
      expect(wire.labels(GET_BY_ID)).toEqual(['malformed']);
    });
  });
}
