import { describe, expect, it } from 'vitest';
import type { SimAlert, Simulator } from '../../src/simulator/index.js';
import { call, useSimulator } from './wire.js';

let sim: Simulator;
let token: string;
useSimulator({ seed: 60 }, (s, t) => {
  sim = s;
  token = t;
});

const search = (body: object) => call(sim, 'POST', '/alerts/search', { body, token });
const ids = (res: { json: any }) => res.json.result.alerts.map((a: { alert_id: string }) => a.alert_id) as string[];
/** The ids the simulator's own records say should match, newest first. */
const expected = (pred: (a: SimAlert) => boolean) =>
  sim
    .alerts()
    .filter(pred)
    .sort((x, y) => y.createdAt - x.createdAt)
    .map((a) => a.alertId);

describe('history search (POST /alerts/search)', () => {
  it('seeds alerts spread over environments, sources, verdicts, families and 30 days', () => {
    const all = sim.alerts();
    expect(all).toHaveLength(60);
    expect(new Set(all.map((a) => a.environment))).toEqual(new Set(['production', 'staging']));
    expect(new Set(all.map((a) => a.source))).toEqual(new Set(['s1', 'cs', 'splunk_siem', 'microsoft_sentinel', 'xsoar', 'phishing_emails']));
    expect(new Set(all.map((a) => a.triage.verdict)).size).toBe(5);
    expect(new Set(all.map((a) => a.triage.familyName).filter(Boolean)).size).toBeGreaterThan(1);
    const ages = all.map((a) => Date.now() - a.createdAt);
    expect(Math.max(...ages)).toBeLessThanOrEqual(30 * 86_400_000 + 1000);
    expect(Math.max(...ages) - Math.min(...ages)).toBeGreaterThan(10 * 86_400_000);
  });

  it('with no filters answers every alert, newest first, alerts_count = total', async () => {
    const res = await search({});
    expect(res.json.result.alerts_count).toBe(60);
    expect(ids(res)).toEqual(expected(() => true));
  });

  it('filters by environments, sources, alert_verdicts and family_names together', async () => {
    const f = { environments: ['production'], sources: ['s1', 'cs', 'xsoar'], alert_verdicts: ['confirmed_threat', 'false_positive'] };
    const res = await search(f);
    const want = expected((a) => a.environment === 'production' && f.sources.includes(a.source) && f.alert_verdicts.includes(a.triage.verdict));
    expect(want.length).toBeGreaterThan(0);
    expect(ids(res)).toEqual(want);
    expect(res.json.result.alerts_count).toBe(want.length);

    const family = sim.alerts().find((a) => a.triage.familyName)!.triage.familyName!;
    expect(ids(await search({ family_names: [family] }))).toEqual(expected((a) => a.triage.familyName === family));
  });

  it('filters start_time / end_time (epoch seconds) on the creation time, inclusive', async () => {
    const sorted = sim.alerts().sort((x, y) => x.createdAt - y.createdAt);
    const from = sorted[10]!.createdAt / 1000;
    const to = sorted[30]!.createdAt / 1000;
    const res = await search({ start_time: from, end_time: to });
    expect(ids(res)).toEqual(expected((a) => a.createdAt >= from * 1000 && a.createdAt <= to * 1000));
    expect(res.json.result.alerts_count).toBe(21);
  });

  it('excludes exclude_alert_ids', async () => {
    const drop = sim
      .alerts()
      .slice(0, 3)
      .map((a) => a.alertId);
    const res = await search({ exclude_alert_ids: drop });
    expect(res.json.result.alerts_count).toBe(57);
    expect(ids(res).some((id) => drop.includes(id))).toBe(false);
  });

  it('free_text matches a substring of the id, the sender or the subject, case-insensitively', async () => {
    const a = sim.alerts()[5]!;
    expect(ids(await search({ free_text: a.alertId.slice(4, 14).toUpperCase() }))).toEqual([a.alertId]);
    expect(ids(await search({ free_text: 'crowdstrike' }))).toEqual(expected((x) => x.source === 'cs'));
    expect(ids(await search({ free_text: 'team lunch' }))).toEqual(expected((x) => x.email?.subject === 'Team lunch on Friday'));
  });

  it('sort_order asc reverses the order', async () => {
    expect(ids(await search({ sort_order: 'asc' }))).toEqual(expected(() => true).reverse());
  });

  it('pages with offset/limit: paging until alerts_count collects every match exactly once', async () => {
    const filters = { environments: ['staging'] };
    const want = expected((a) => a.environment === 'staging');
    const got: string[] = [];
    for (;;) {
      const res = await search({ ...filters, offset: got.length, limit: 7 });
      expect(res.json.result.alerts_count).toBe(want.length);
      got.push(...ids(res));
      if (got.length >= res.json.result.alerts_count || res.json.result.alerts.length === 0) break;
    }
    expect(got).toEqual(want);
    const past = await search({ ...filters, offset: want.length, limit: 7 });
    expect(past.json.result).toEqual({ alerts_count: want.length, alerts: [] });
  });

  it('includes alerts still in triage, except under verdict or triage-time filters', async () => {
    const pending = sim.addAlert({ alertId: 'pending-history', inProgress: true });
    expect(ids(await search({ free_text: 'pending-history' }))).toEqual(['pending-history']);
    expect(ids(await search({ free_text: 'pending-history', alert_verdicts: ['false_positive'] }))).toEqual([]);
    expect(ids(await search({ free_text: 'pending-history', start_time: 0, time_filter_type: 'triage_time' }))).toEqual([]);
    expect(pending.triage.verdict).toBe('false_positive');
  });

  it('refuses a limit above 100 and unknown filters with 400', async () => {
    const res = await search({ limit: 101, bogus: 1 });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: 'Bad Request', message: { limit: expect.any(String), bogus: 'Unknown field.' } });
  });
});
