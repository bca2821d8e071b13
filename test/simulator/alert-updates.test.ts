/**
 * alert_update_time in the simulator: stamped when triage finishes and on each update (never
 * going back), searched and sorted by it with live offsets (an updated alert moves to the
 * end), and the control call that updates an alert.
 */
import { describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { call, getToken } from './wire.js';

async function withSim<T>(body: (sim: Simulator, token: string) => Promise<T>, digits: 0 | 3 = 0): Promise<T> {
  const sim = await startSimulator({ seed: 0, triageMs: 150, updateTimeDigits: digits });
  try {
    return await body(sim, await getToken(sim));
  } finally {
    await sim.close();
  }
}

const byUpdate = (sim: Simulator, token: string, extra: Record<string, unknown> = {}) =>
  call(sim, 'POST', '/alerts/search', {
    token,
    body: { time_filter_type: 'alert_update_time', sort_by: ['ALERT_UPDATE_TIME'], sort_order: 'asc', ...extra },
  }).then((r) => r.json.result as { alerts_count: number; alerts: { alert_id: string; alert_update_time: string; note: string | null }[] });

describe('simulator alert_update_time', () => {
  it('an update moves the alert to the end of a search by update time, and the alerts after its old place shift down one', () =>
    withSim(async (sim, token) => {
      const t = Math.floor(Date.now() / 1000) * 1000 - 60_000;
      const ids = [0, 1, 2, 3].map((i) => sim.addAlert({ createdAt: t + i * 1000, triageDoneAt: t + i * 1000 }).alertId);
      const page1 = await byUpdate(sim, token, { start_time: t / 1000, offset: 2, limit: 2 });
      expect(page1.alerts.map((a) => a.alert_id)).toEqual([ids[2], ids[3]]);
      const r = await call(sim, 'POST', `/__sim/alerts/${ids[0]}/update`, { body: { note: 'seen by an analyst' } });
      expect(r.status).toBe(200);
      const after = await byUpdate(sim, token, { start_time: t / 1000 });
      expect(after.alerts.map((a) => a.alert_id)).toEqual([ids[1], ids[2], ids[3], ids[0]]);
      expect(after.alerts[3]!.note).toBe('seen by an analyst');
      expect(after.alerts[3]!.alert_update_time).toBe(r.json.alert.alert_update_time);
      // start_time filters on the update time: the updated alert is the only one after the others.
      const later = await byUpdate(sim, token, { start_time: (t + 3500) / 1000 });
      expect(later.alerts.map((a) => a.alert_id)).toEqual([ids[0]]);
    }));

  it('stamps the time triage finishes, and each update of one alert gets a later time than the last, whatever the precision', () =>
    withSim(async (sim, token) => {
      const a = sim.addAlert({ triageMs: 100 });
      await new Promise((r) => setTimeout(r, 150));
      const first = (await byUpdate(sim, token)).alerts.find((x) => x.alert_id === a.alertId)!;
      expect(first.alert_update_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
      for (let i = 0; i < 3; i++) sim.updateAlert(a.alertId, { verdict: 'confirmed_threat', familyName: 'Emotet' });
      const times = sim
        .updates()
        .filter((u) => u.alertId === a.alertId)
        .map((u) => Date.parse(u.alertUpdateTime));
      expect(times).toHaveLength(4);
      for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
    }));

  it('with updateTimeDigits 3 the times carry milliseconds', () =>
    withSim(async (sim, token) => {
      sim.addAlert({});
      expect((await byUpdate(sim, token)).alerts[0]!.alert_update_time).toMatch(/\.\d{3}\+00:00$/);
    }, 3));

  it('the update control call refuses unknown fields, unknown alerts and alerts still in triage', () =>
    withSim(async (sim) => {
      const a = sim.addAlert({});
      expect((await call(sim, 'POST', `/__sim/alerts/${a.alertId}/update`, { body: { verdictt: 'x' } })).status).toBe(400);
      expect((await call(sim, 'POST', '/__sim/alerts/nope/update', { body: {} })).status).toBe(404);
      const pending = sim.addAlert({ inProgress: true });
      expect((await call(sim, 'POST', `/__sim/alerts/${pending.alertId}/update`, { body: {} })).status).toBe(409);
      const log = await call(sim, 'GET', '/__sim/updates?from=0');
      expect(log.json.updates.map((u: { alertId: string }) => u.alertId)).toEqual([a.alertId]);
    }));
});
