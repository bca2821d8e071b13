/**
 * The access token dying under the client: in the middle of a long history walk, and under
 * 50 concurrent calls. One renewal each time, and nothing lost or repeated.
 */
import { describe, expect, it } from 'vitest';
import { Alert, queryAlertsHistory, type AlertRecord } from '../../../src/index.js';
import { observe, useScenarioSim, type Wire } from '../helpers.js';

const SEARCH = 'POST /alerts/search';
const TOKEN = 'POST /get-access-token';
const GET_BY_ID = 'GET /alerts/get-by-id';

export function describeTokenFaults(): void {
  describe('token expiry', () => {
    const env = useScenarioSim({ seed: 0 });

    it('a token expiring mid-way through a 10-page history walk: one extra token request, every page once', async () => {
      const walkAlerts = env.sim.seed(100, { environment: 'walk' });
      const client = env.client();
      const history = queryAlertsHistory({ environments: ['walk'], limit: 10, concurrency: 1, client });
      const seen: AlertRecord[] = [];
      let pages = 0;
      const searchesOf = (wire: Wire) => wire.calls(SEARCH).map((r) => ({ offset: (r.body as { offset: number }).offset, status: r.status }));
      const { s, wire } = await observe(
        env.sim,
        {
          fault: 'all tokens expire after page 3 of a 10-page history walk',
          routes: [SEARCH, TOKEN],
          recovered: () => `${seen.length} alerts in ${pages} pages`,
          note: (w) =>
            `401 at offset ${searchesOf(w)
              .filter((r) => r.status === 401)
              .map((r) => r.offset)
              .join(',')}`,
        },
        async () => {
          for await (const page of history.pages()) {
            seen.push(...page);
            // Between the 3rd and the 4th page every token the service issued stops working.
            if (++pages === 3) env.sim.expireAllTokens();
          }
        },
      );
      const searches = searchesOf(wire);

      expect(s.ok).toBe(true);
      expect(pages).toBe(10);
      expect(seen.map((a) => a.alert_id).sort()).toEqual(walkAlerts.map((a) => a.alertId).sort());
      // The first token, then exactly one more, fetched after the 401 and before the repeat.
      const tokens = wire.calls(TOKEN);
      expect(tokens).toHaveLength(2);
      const refused = wire.calls(SEARCH).find((r) => r.status === 401)!;
      expect(tokens[1]!.seq).toBeGreaterThan(refused.seq);
      // On the wire: each offset answered exactly once, in order; the refused one repeated once.
      expect(searches).toEqual([
        { offset: 0, status: 200 },
        { offset: 10, status: 200 },
        { offset: 20, status: 200 },
        { offset: 30, status: 401 },
        ...[30, 40, 50, 60, 70, 80, 90].map((offset) => ({ offset, status: 200 })),
      ]);
    });

    it('50 concurrent calls on an expired token: 50 refused, exactly one token request, 50 repeats answered', async () => {
      const targets = env.sim.seed(10, { environment: 'burst' });
      const client = env.client();
      await Alert.fromId(targets[0]!.alertId, { environment: 'burst', client });
      env.sim.expireAllTokens();
      const { s, wire } = await observe(
        env.sim,
        { fault: '50 concurrent calls with an expired token', routes: [GET_BY_ID, TOKEN], recovered: (alerts) => `${alerts.length} alerts read` },
        () => Promise.all(Array.from({ length: 50 }, (_, i) => Alert.fromId(targets[i % 10]!.alertId, { environment: 'burst', client }))),
      );

      expect(s.ok).toBe(true);
      expect(s.ok && s.value.map((a) => a.alertId)).toEqual(Array.from({ length: 50 }, (_, i) => targets[i % 10]!.alertId));
      expect(wire.calls(TOKEN)).toHaveLength(1);
      const labels = wire.labels(GET_BY_ID);
      expect(labels.filter((l) => l === '401')).toHaveLength(50);
      expect(labels.filter((l) => l === '200')).toHaveLength(50);
      expect(labels).toHaveLength(100);
    });
  });
}
