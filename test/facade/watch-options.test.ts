/** watchAlerts' options are checked whole before any request; following outlives a transient failure; a signal ends it. */
import { describe, expect, it } from 'vitest';
import { ClientClosedError, IntezerClient, InvalidArgumentError, ServerError, watchAlerts, type AlertsWatchPoll } from '../../src/index.js';
import { isoToNs, nsToEpochSeconds } from '../../src/facade/watch-cursor.js';
import { addHistory, SEARCH, secondsAgo, sleep, useWatchFixture } from './watch-helpers.js';

const fixture = useWatchFixture();

describe('watchAlerts options', () => {
  it.each([
    ['an unknown option', { pollInterval: 5 }],
    ['a filter the watch sets itself', { offset: 3 }],
    ['sortOrder', { sortOrder: 'desc' }],
    ['timeFilterType', { timeFilterType: 'creation_time' }],
    ['concurrency', { concurrency: 2 }],
    ['an invalid Date', { since: new Date('nope') }],
    ['a checkpoint of another version', { since: { version: 2, time: '2026-01-01T00:00:00+00:00', seen: [] } }],
    ['a checkpoint with a bad time', { since: { version: 1, time: 'yesterday', seen: [] } }],
    ['a checkpoint with bad seen pairs', { since: { version: 1, time: '2026-01-01T00:00:00+00:00', seen: ['a/b'] } }],
    ['a checkpoint with an unknown field', { since: { version: 1, time: '2026-01-01T00:00:00+00:00', seen: [], extra: 1 } }],
    ['a checkpoint on a day the month does not have', { since: { version: 1, time: '2026-02-31T00:00:00+00:00', seen: [] } }],
    ['a checkpoint with an offset past 23 h', { since: { version: 1, time: '2026-01-01T00:00:00+25:00', seen: [] } }],
    [
      'a checkpoint whose seen list is far longer than any time is shared',
      { since: { version: 1, time: '2026-01-01T00:00:00+00:00', seen: Array.from({ length: 100_001 }, (_, i) => ['production', `a${i}`]) } },
    ],
    ['a checkpoint with an id of a megabyte', { since: { version: 1, time: '2026-01-01T00:00:00+00:00', seen: [['production', 'x'.repeat(1 << 20)]] } }],
    ['a negative pollIntervalMs', { pollIntervalMs: -1 }],
    ['a non-boolean follow', { follow: 'yes' }],
    ['a bad filter value', { environments: 'production' }],
  ])('refuses %s with InvalidArgumentError before any request', async (_name, options) => {
    const { sim, client } = await fixture();
    expect(() => watchAlerts({ ...(options as object), client })).toThrow(InvalidArgumentError);
    expect(sim.count(SEARCH)).toBe(0);
  });

  it('refuses options whose getter throws, a client that is none and a signal that is none, before any request', async () => {
    const { sim, client } = await fixture();
    const throwing = Object.defineProperty({ client }, 'follow', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    expect(() => watchAlerts(throwing as never)).toThrow(InvalidArgumentError);
    expect(() => watchAlerts({ client: { apiKey: 'not-a-client' } as never })).toThrow(InvalidArgumentError);
    expect(() => watchAlerts({ client, signal: { aborted: false } as never })).toThrow(InvalidArgumentError);
    expect(() => watchAlerts({ client, folow: true } as never)).toThrow(/did you mean "follow"/);
    expect(sim.count(SEARCH)).toBe(0);
  });

  it('sends the history filters with its own time filter, sort and start just behind since', async () => {
    const { sim, client } = await fixture();
    const since = new Date('2026-04-29T12:34:56.000Z');
    for await (const _ of watchAlerts({ since, client, environments: ['staging'], alertVerdicts: ['confirmed_threat'] })) void _;
    const body = sim.requests.find((r) => r.routeKey === SEARCH)!.body as Record<string, unknown>;
    expect(body).toMatchObject({
      environments: ['staging'],
      alert_verdicts: ['confirmed_threat'],
      time_filter_type: 'alert_update_time',
      sort_by: ['ALERT_UPDATE_TIME'],
      sort_order: 'asc',
      offset: 0,
      limit: 100,
    });
    expect(body.start_time).toBeLessThan(since.getTime() / 1000);
    expect(body.start_time).toBeGreaterThan(since.getTime() / 1000 - 0.01);
  });

  it('a filter value outside its known set is sent as given, with one warning (as queryAlertsHistory), never silently', async () => {
    const { sim } = await fixture();
    const warnings: string[] = [];
    const none = () => {};
    const client = new IntezerClient({
      apiKey: sim.apiKey,
      baseUrl: sim.baseUrl,
      logger: { debug: none, info: none, error: none, warn: (m: string) => void warnings.push(m) },
    });
    try {
      for await (const _ of watchAlerts({ client, alertVerdicts: ['confirmed_threats', 'false_positive'] })) void _;
    } finally {
      client.close();
    }
    const body = sim.requests.find((r) => r.routeKey === SEARCH)!.body as Record<string, unknown>;
    expect(body.alert_verdicts).toEqual(['confirmed_threats', 'false_positive']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('alertVerdicts: "confirmed_threats" is not a known value');
  });
});

describe('watchAlerts times', () => {
  it('reads years before 100 as themselves (not 19xx), and refuses calendar dates that do not exist', () => {
    expect(isoToNs('0099-01-01T00:00:00Z')).toBe(BigInt(Date.parse('0099-01-01T00:00:00Z')) * 1_000_000n);
    expect(isoToNs('2024-02-29T00:00:00Z')).toBe(BigInt(Date.parse('2024-02-29T00:00:00Z')) * 1_000_000n);
    expect(isoToNs('2026-02-29T00:00:00Z')).toBeUndefined();
    expect(isoToNs('2026-04-31T00:00:00Z')).toBeUndefined();
    expect(isoToNs('2026-04-29T12:34:56+24:00')).toBeUndefined();
  });

  it('a since far ahead of the local clock is warned about (it is legal, but nothing comes until then)', async () => {
    const { sim } = await fixture();
    const warnings: string[] = [];
    const none = () => {};
    const client = new IntezerClient({
      apiKey: sim.apiKey,
      baseUrl: sim.baseUrl,
      logger: { debug: none, info: none, error: none, warn: (m: string) => void warnings.push(m) },
    });
    try {
      watchAlerts({ client, since: new Date(Date.now() + 30 * 60_000) });
      expect(warnings).toEqual([]);
      watchAlerts({ client, since: { version: 1, time: '2999-01-01T00:00:00+00:00', seen: [] } });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/since 2999-01-01T00:00:00\+00:00 is \d+ h ahead of this machine's clock/);
    } finally {
      client.close();
    }
  });

  it('orders microsecond times exactly and reads offsets', () => {
    const a = isoToNs('2026-04-29T12:34:56.123456+00:00')!;
    const b = isoToNs('2026-04-29T12:34:56.123457+00:00')!;
    expect(b - a).toBe(1000n);
    expect(isoToNs('2026-04-29T14:34:56.123456+02:00')).toBe(a);
    expect(isoToNs('2026-04-29T12:34:56.123456Z')).toBe(a);
    expect(isoToNs('not a time')).toBeUndefined();
    // The float sent is within a microsecond of the exact time, far inside the 1 ms overlap.
    expect(Math.abs(nsToEpochSeconds(a) - 1777466096.123456)).toBeLessThan(1e-6);
  });
});

describe('watchAlerts following', () => {
  it('a following watch waiting out its interval ends at once when its client is closed (ClientClosedError), not an interval later', async () => {
    const { client } = await fixture();
    const polls: AlertsWatchPoll[] = [];
    const watch = watchAlerts({ client, follow: true, pollIntervalMs: 60_000, onPoll: (p) => polls.push(p) });
    const reading = (async () => {
      for await (const _ of watch) void _;
    })();
    while (polls.length === 0) await sleep(10);
    const started = performance.now();
    client.close();
    await expect(reading).rejects.toBeInstanceOf(ClientClosedError);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('polls again after the interval and yields alerts added later; the signal ends it with its reason', async () => {
    const { sim, client } = await fixture();
    const stop = new AbortController();
    const polls: AlertsWatchPoll[] = [];
    const watch = watchAlerts({ client, follow: true, pollIntervalMs: 30, signal: stop.signal, onPoll: (p) => polls.push(p) });
    const keys: string[] = [];
    const reading = (async () => {
      for await (const c of watch) {
        keys.push(c.key);
        if (keys.length === 3) stop.abort(new Error('enough'));
      }
    })();
    await sleep(80);
    for (let i = 0; i < 3; i++) sim.addAlert({});
    await expect(reading).rejects.toThrow('enough');
    expect(keys.length).toBe(3);
    expect(polls.length).toBeGreaterThan(0);
  });

  it('a following watch outlives a 503 that outlasts the retries (reported to onPoll) and goes on; without follow it throws', async () => {
    const { sim, client } = await fixture();
    const t = secondsAgo(60_000);
    addHistory(sim, 5, t, 1);
    sim.inject(SEARCH, { kind: 'status', status: 503 }, 2);
    await expect(
      (async () => {
        for await (const _ of watchAlerts({ since: new Date(t), client })) void _;
      })(),
    ).rejects.toBeInstanceOf(ServerError);
    sim.inject(SEARCH, { kind: 'status', status: 503 }, 2);
    const stop = new AbortController();
    const polls: AlertsWatchPoll[] = [];
    const keys: string[] = [];
    const watch = watchAlerts({ since: new Date(t), client, follow: true, pollIntervalMs: 20, signal: stop.signal, onPoll: (p) => polls.push(p) });
    await expect(
      (async () => {
        for await (const c of watch) if (keys.push(c.key) === 5) stop.abort(new Error('all five'));
      })(),
    ).rejects.toThrow('all five');
    expect(polls[0]!.error).toBeInstanceOf(ServerError);
    expect(keys.length).toBe(5);
  });
});
