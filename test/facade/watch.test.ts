/**
 * watchAlerts against the simulator while alerts are added and updated under the walk: an
 * updated alert moves to the end of a search by update time and the alerts after its old
 * place shift down one; pages are slowed so the changes land between them. The simulator's
 * update log is the truth.
 */
import { describe, expect, it } from 'vitest';
import { watchAlerts, type AlertChange, type AlertsWatchPoll, type IntezerClient } from '../../src/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { addHistory, currentKeys, keyOf, SEARCH, secondsAgo, sleep, useWatchFixture } from './watch-helpers.js';

const fixture = useWatchFixture();
const HOUR = 3_600_000;

/**
 * Follows the service while it changes: every `everyMs`, adds `addPerTick` alerts (they
 * share one time) and updates `updatesPerTick` alerts, chosen by `pick` among the current
 * states. After `ticks`, the watch is stopped once a poll that began after the last change
 * brought nothing new.
 */
async function readWhileChurning(
  sim: Simulator,
  client: IntezerClient,
  since: Date,
  o: { ticks: number; everyMs: number; addPerTick: number; updatesPerTick: number; pick: (current: string[], yielded: Set<string>) => string[] },
): Promise<AlertChange[]> {
  const got: AlertChange[] = [];
  const yielded = new Set<string>();
  const stop = new AbortController();
  let churned = false;
  let quietPolls = 0;
  const onPoll = (p: AlertsWatchPoll) => {
    if (churned && p.changes === 0 && ++quietPolls === 2) stop.abort(new Error('done'));
  };
  const churn = (async () => {
    for (let tick = 0; tick < o.ticks; tick++) {
      await sleep(o.everyMs);
      for (let i = 0; i < o.addPerTick; i++) sim.addAlert({ environment: i % 2 ? 'staging' : 'production' });
      const current = [...currentKeys(sim).values()];
      for (const key of o.pick(current, yielded).slice(0, o.updatesPerTick)) {
        const [environment, rest] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
        sim.updateAlert(rest.slice(0, rest.lastIndexOf('@')), { environment, note: `tick ${tick}` });
      }
    }
    churned = true;
  })();
  const watch = watchAlerts({ since, client, follow: true, pollIntervalMs: 20, signal: stop.signal, onPoll });
  await expect(
    (async () => {
      for await (const change of watch) {
        got.push(change);
        yielded.add(change.key);
      }
    })(),
  ).rejects.toThrow('done');
  await churn;
  return got;
}

const shuffled = <T>(xs: T[]) =>
  xs
    .map((x) => [Math.random(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);

describe('watchAlerts under churn', () => {
  it('yields every state exactly once when alerts already read are updated (moved to the end) and new ones added between slow pages', async () => {
    const { sim, client } = await fixture();
    const start = secondsAgo(HOUR);
    addHistory(sim, 1200, start, 4);
    // Every page answers late, so many changes land between two pages.
    sim.inject(SEARCH, { kind: 'delay', ms: 40 }, 10_000);
    // Only states already read are updated: then no state can vanish before the walk reaches
    // it, and the log is exactly what must come out.
    const got = await readWhileChurning(sim, client, new Date(start), {
      ticks: 40,
      everyMs: 25,
      addPerTick: 2,
      updatesPerTick: 6,
      pick: (current, yielded) => shuffled(current.filter((k) => yielded.has(k))),
    });
    const keys = got.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(sim.updates().map(keyOf).sort());
    // Updates did move alerts already read: the shifting this test is about happened.
    expect(sim.updates().length).toBeGreaterThan(1200 + 80 + 100);
  });

  it('several alerts per millisecond, updated anywhere (also before the walk reaches them): no key twice, every final state, nothing the service never had, in time order', async () => {
    const { sim, client } = await fixture({ updateTimeDigits: 3 });
    const start = secondsAgo(HOUR);
    addHistory(sim, 600, start, 3);
    sim.inject(SEARCH, { kind: 'delay', ms: 30 }, 10_000);
    const got = await readWhileChurning(sim, client, new Date(start), {
      ticks: 40,
      everyMs: 15,
      addPerTick: 3,
      updatesPerTick: 5,
      pick: (current) => shuffled(current),
    });
    const keys = got.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    const log = new Set(sim.updates().map(keyOf));
    for (const k of keys) expect(log.has(k)).toBe(true);
    // A state replaced before the walk reached it cannot be read from the service; the last one of each alert must be.
    const have = new Set(keys);
    for (const k of currentKeys(sim).values()) expect(have.has(k)).toBe(true);
    const times = got.map((c) => Date.parse(c.alert.alert_update_time!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(keys.some((k) => k.includes('.'))).toBe(true);
  });

  it('reads a group of alerts that share one time and fill more than a page, each once', async () => {
    const { sim, client } = await fixture();
    const t = secondsAgo(HOUR);
    addHistory(sim, 260, t, 260);
    addHistory(sim, 5, t + 5000, 1);
    const keys: string[] = [];
    for await (const c of watchAlerts({ since: new Date(t), client })) keys.push(c.key);
    expect(keys.length).toBe(265);
    expect(new Set(keys).size).toBe(265);
  });
});

describe('watchAlerts checkpoints', () => {
  it("resuming from any change's checkpoint (through JSON) yields exactly the changes after it, also inside a group sharing one time", async () => {
    const { sim, client } = await fixture();
    const t = secondsAgo(HOUR);
    addHistory(sim, 300, t, 7);
    const all: AlertChange[] = [];
    for await (const c of watchAlerts({ since: new Date(t), client })) all.push(c);
    expect(all.length).toBe(300);
    for (const i of [0, 3, 4, 150, 151, 298]) {
      const since = JSON.parse(JSON.stringify(all[i]!.checkpoint));
      const rest: string[] = [];
      for await (const c of watchAlerts({ since, client })) rest.push(c.key);
      expect(rest).toEqual(all.slice(i + 1).map((c) => c.key));
    }
    const last = watchAlerts({ since: all.at(-1)!.checkpoint, client });
    for await (const c of last) throw new Error(`nothing should come after the last change, got ${c.key}`);
  });

  it('a 10,000-change catch-up: the checkpoint stays under 64 KB, and it takes fewer requests than twice the pages it needs', async () => {
    const { sim, client } = await fixture();
    const t = secondsAgo(10 * HOUR);
    addHistory(sim, 10_000, t, 5);
    const watch = watchAlerts({ since: new Date(t), client });
    let n = 0;
    let biggest = 0;
    for await (const c of watch) {
      n++;
      if (n % 50 === 0 || n > 9_990) biggest = Math.max(biggest, JSON.stringify(c.checkpoint).length);
    }
    const requests = sim.count(SEARCH);
    const pages = Math.ceil(10_000 / 100);
    console.log(`10,000-change catch-up: ${requests} search requests for ${pages} pages; largest checkpoint ${biggest} bytes`);
    expect(n).toBe(10_000);
    expect(biggest).toBeLessThan(64 * 1024);
    expect(requests).toBeLessThan(2 * pages);
  }, 60_000);
});
