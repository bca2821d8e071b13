/**
 * Nothing lost, nothing doubled: many distinct emails submitted concurrently while the
 * service rate-limits. Every submission ends with a reported outcome, and every email is on
 * the simulator exactly as often as the outcome says (1 for an Alert, 0 for an error).
 *
 * Why exactly-once holds without any de-duplication: ingest is "unsafe" (a repeat could make
 * a second alert), so the client repeats it only on answers that prove the service did not
 * act on it. A 429 is such an answer: the limiter refuses the call before any handling
 * (server.ts: fault → rate limit → token → body → handler), so a repeat after a 429 cannot
 * duplicate. A call that ends in an error was therefore never handled, and a call that got
 * its 200 was handled once, by that attempt.
 */
import { describe, expect, it } from 'vitest';
import { Alert, IntezerError, RateLimitError } from '../../../src/index.js';
import { triageText } from '../../../src/simulator/index.js';
import { email, errorName, label, mapPool, recordFault, settle, sha256, since, useScenarioSim, type Settled, type Wire } from '../helpers.js';

const INGEST = 'POST /alerts/ingest/binary';
const WORDS = ['phish', 'invoice.exe', 'suspicious', 'inconclusive', 'lunch'];

interface Run {
  emails: Buffer[];
  outcomes: Settled<Alert>[];
  wire: Wire;
  ok: number;
  /** "RateLimitError ×n", or '' when every submission succeeded. */
  failed: string;
  /** Sum of ingestCount over the run's emails. */
  ingested: number;
}

export function describeNothingLost(): void {
  describe('nothing lost under rate limiting', () => {
    const env = useScenarioSim({ seed: 0 });

    /**
     * Submits `n` distinct emails, 20 at a time, and checks every outcome against the
     * simulator's state and against the attempts that carried that email on the wire.
     */
    async function submitAll(n: number, maxRetries: number): Promise<Run> {
      const client = env.client({ maxRetries });
      const emails = Array.from({ length: n }, (_, i) => email(`report ${i}: ${WORDS[i % WORDS.length]}`));
      const wire = since(env.sim);
      const outcomes = await mapPool(emails, 20, (rawEmail) => settle(Alert.sendPhishingEmail({ rawEmail, client })));

      const attempts = new Map<string, string[]>();
      for (const r of wire.calls(INGEST)) {
        const hash = r.parts?.find((p) => p.name === 'file')?.sha256 ?? '';
        attempts.set(hash, [...(attempts.get(hash) ?? []), label(r)]);
      }
      expect(outcomes).toHaveLength(n);
      emails.forEach((raw, i) => {
        const o = outcomes[i]!;
        const hash = sha256(raw);
        const tries = attempts.get(hash) ?? [];
        if (o.ok) {
          // Exactly once, under the id the caller was given, with the verdict its text earns;
          // on the wire: refusals (429) and then the one attempt that was answered 200.
          expect(env.sim.ingestCount(hash)).toBe(1);
          const ingest = env.sim.ingests.find((r) => r.sha256 === hash)!;
          expect(o.value.alertId).toBe(ingest.alertId);
          const held = env.sim.alerts().find((a) => a.alertId === ingest.alertId)!;
          expect(held.triage.verdict).toBe(triageText(raw.toString('latin1')).verdict);
          expect(tries).toEqual([...Array(tries.length - 1).fill('429'), '200']);
        } else {
          // A reported failure is typed, the email is not on the simulator, and every
          // attempt (1 + maxRetries) was refused.
          expect(o.error).toBeInstanceOf(IntezerError);
          expect(env.sim.ingestCount(hash)).toBe(0);
          expect(tries).toEqual(Array(1 + maxRetries).fill('429'));
        }
      });
      const ok = outcomes.filter((o) => o.ok).length;
      const errors = outcomes.flatMap((o) => (o.ok ? [] : [errorName(o.error)]));
      const failed = [...new Set(errors)].map((name) => `${name} ×${errors.filter((e) => e === name).length}`).join(', ');
      const ingested = emails.reduce((sum, raw) => sum + env.sim.ingestCount(sha256(raw)), 0);
      return { emails, outcomes, wire, ok, failed, ingested };
    }

    it('200 emails, 20 at a time, at 50 requests/s (Retry-After 1): every one lands exactly once', async () => {
      // Exactly once without de-duplication: a 429 proves the service did not act on the call
      // (the limiter answers before any handling), so repeating it is safe; see the top note.
      env.sim.rateLimit({ perSecond: 50, retryAfterSec: 1 });
      const run = await submitAll(200, 6);
      recordFault({
        fault: 'rate limit 50/s (Retry-After 1): 200 emails, 20 concurrent, maxRetries 6',
        outcome: `recovered: ${run.ok} alerts${run.failed ? `; ${run.failed}` : ''}; ${run.ingested} ingests on the simulator`,
        wire: run.wire.summary(INGEST, 'POST /get-access-token'),
      });

      expect(run.ok).toBe(200);
      expect(run.ingested).toBe(200);
      expect(env.sim.ingests).toHaveLength(200);
      // The limiter did bite: some submissions were refused and repeated.
      expect(run.wire.labels(INGEST).filter((l) => l === '429').length).toBeGreaterThan(0);
    });

    it('100 emails, impatient client (Retry-After 0, maxRetries 1) at 20/s: the refused are RateLimitError and absent, the rest once', async () => {
      env.sim.rateLimit({ perSecond: 20, retryAfterSec: 0 });
      const before = env.sim.ingests.length;
      const run = await submitAll(100, 1);
      recordFault({
        fault: 'rate limit 20/s (Retry-After 0): 100 emails, 20 concurrent, maxRetries 1',
        outcome: `${run.ok} alerts; ${run.failed || 'no errors'}; ${run.ingested} ingests on the simulator`,
        wire: run.wire.summary(INGEST),
      });

      expect(run.ok).toBeLessThan(100);
      for (const o of run.outcomes) if (!o.ok) expect(o.error).toBeInstanceOf(RateLimitError);
      expect(run.ingested).toBe(run.ok);
      expect(env.sim.ingests.length - before).toBe(run.ok);
    });
  });
}
