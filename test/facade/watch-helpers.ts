/** A simulator and a client for watchAlerts tests, and the simulator's truth as keys. */
import { afterEach } from 'vitest';
import { IntezerClient } from '../../src/index.js';
import { startSimulator, type AlertUpdateRecord, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';

export const SEARCH = 'POST /alerts/search';

export const keyOf = (u: AlertUpdateRecord) => `${u.environment}/${u.alertId}@${u.alertUpdateTime}`;

/** Each alert's newest state in the update log, by `environment/alert_id`. */
export function currentKeys(sim: Simulator): Map<string, string> {
  const out = new Map<string, string>();
  for (const u of sim.updates()) out.set(`${u.environment}/${u.alertId}`, keyOf(u));
  return out;
}

export interface WatchFixture {
  sim: Simulator;
  client: IntezerClient;
}

/** One simulator (no seeded alerts) and one client per test, closed after it. */
export function useWatchFixture(): (opts?: SimulatorOptions) => Promise<WatchFixture> {
  const open: WatchFixture[] = [];
  afterEach(async () => {
    for (const f of open.splice(0)) {
      f.client.close();
      await f.sim.close();
    }
  });
  return async (opts = {}) => {
    const sim = await startSimulator({ seed: 0, ...opts });
    const client = new IntezerClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl, maxRetries: 1 });
    const f = { sim, client };
    open.push(f);
    return f;
  };
}

/** `n` finished alerts in the past, `perSecond` of them sharing each whole second, from `start` (epoch ms, a whole second) on. */
export function addHistory(sim: Simulator, n: number, start: number, perSecond: number): void {
  if (start % 1000 !== 0) throw new Error('start must be a whole second');
  for (let i = 0; i < n; i++) {
    const t = start + Math.floor(i / perSecond) * 1000;
    sim.addAlert({ createdAt: t, triageDoneAt: t, environment: i % 3 === 0 ? 'staging' : 'production' });
  }
}

/** A whole second `ms` before now. */
export const secondsAgo = (ms: number) => Math.floor((Date.now() - ms) / 1000) * 1000;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
