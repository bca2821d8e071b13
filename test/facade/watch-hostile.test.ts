/**
 * watchAlerts against a service that misbehaves: a model of the search by update time on a
 * real local server, bent on purpose (pages capped below the limit asked, a count that lies,
 * offsets ignored, mixed time forms), and the keys that must come out of it.
 */
import { describe, expect, it } from 'vitest';
import { ResponseValidationError, watchAlerts, type AlertChange } from '../../src/index.js';
import { isoToNs } from '../../src/facade/watch-cursor.js';
import type { RecordedRequest } from '../helpers/wire-server.js';
import { useWireServer } from '../helpers/fixture.js';

const api = useWireServer();

interface Row {
  alert_id: string;
  environment: string;
  alert_update_time: string;
}

/** The service's search by update time, ascending (stable among equal times), with the bends a test asks for. */
function searchOf(rows: () => Row[], bend: { cap?: number; ignoreOffset?: boolean; count?: (n: number) => number } = {}) {
  return (req: RecordedRequest) => {
    const body = req.json as { start_time: number; offset: number; limit: number };
    const matching = rows()
      .map((r, i) => ({ r, i, ns: isoToNs(r.alert_update_time)! }))
      .filter((x) => Number(x.ns) / 1e9 >= body.start_time)
      .sort((a, b) => (a.ns < b.ns ? -1 : a.ns > b.ns ? 1 : a.i - b.i))
      .map((x) => ({ ...x.r, status: 'done' }));
    const offset = bend.ignoreOffset ? 0 : body.offset;
    const page = matching.slice(offset, offset + Math.min(body.limit, bend.cap ?? Infinity));
    return { json: { result: { alerts_count: bend.count ? bend.count(matching.length) : matching.length, alerts: page } } };
  };
}

const rowsAt = (n: number, time: (i: number) => string, prefix = 'a'): Row[] =>
  Array.from({ length: n }, (_, i) => ({ alert_id: `${prefix}${i}`, environment: 'production', alert_update_time: time(i) }));

async function drain(watch: AsyncIterable<AlertChange>, max = 100_000): Promise<string[]> {
  const keys: string[] = [];
  for await (const c of watch) {
    keys.push(c.key);
    if (keys.length > max) throw new Error('more changes than the service has');
  }
  return keys;
}

const SINCE = new Date('2026-01-01T00:00:00Z');

describe('watchAlerts against a service that bends the wire', { timeout: 20_000 }, () => {
  it('a service that caps pages below the limit asked: every alert of a group sharing one time still comes, once', async () => {
    const rows = rowsAt(230, () => '2026-04-29T12:34:56+00:00');
    api.server.handle(searchOf(() => rows, { cap: 50 }));
    const keys = await drain(watchAlerts({ since: SINCE, client: api.client() }));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(230);
  });

  it('a service that ignores offset (every page repeats the first): a ResponseValidationError after a few requests, not an endless walk', async () => {
    const rows = rowsAt(150, () => '2026-04-29T12:34:56+00:00');
    api.server.handle(searchOf(() => rows, { ignoreOffset: true }));
    const keys: string[] = [];
    const err = await drain(watchAlerts({ since: SINCE, client: api.client() })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect((err as Error).message).toMatch(/repeats the page before/);
    expect(api.server.calls().length).toBeLessThan(12);
    expect(keys.length).toBe(0);
  });

  it('a service whose pages at an offset never overlap the page before: a ResponseValidationError, not an endless walk', async () => {
    const rows = rowsAt(150, () => '2026-04-29T12:34:56+00:00');
    const other = rowsAt(100, () => '2026-04-29T12:34:56+00:00', 'z');
    const search = searchOf(() => rows);
    // From the second page on, alerts that were never in the result.
    api.server.handle((req) =>
      (req.json as { offset: number }).offset > 0
        ? { json: { result: { alerts_count: 150, alerts: other.map((r) => ({ ...r, status: 'done' })) } } }
        : search(req),
    );
    const err = await drain(watchAlerts({ since: SINCE, client: api.client() })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(api.server.calls().length).toBeLessThan(20);
  });

  it.each([
    ['a count far above the truth', (n: number) => n + 1_000_000],
    ['a count of 0', () => 0],
  ])('%s: every alert once, and the watch ends', async (_name, count) => {
    const rows = rowsAt(250, (i) => `2026-04-29T12:34:${String(10 + Math.floor(i / 120)).padStart(2, '0')}+00:00`);
    api.server.handle(searchOf(() => rows, { count }));
    const keys = await drain(watchAlerts({ since: SINCE, client: api.client() }));
    expect(keys.length).toBe(250);
    expect(new Set(keys).size).toBe(250);
  });

  it('equal instants written differently, and microsecond fractions: keys exactly as sent, in instant order, each once', async () => {
    const times = [
      '2026-04-29T14:34:56+02:00',
      '2026-04-29T12:34:56Z',
      '2026-04-29T12:34:56.000001+00:00',
      '2026-04-29T07:34:56.000002-05:00',
      '2026-04-29T12:34:56.5Z',
      '2026-04-29T12:34:56.500000+00:00',
      '2026-04-29T12:34:57+00:00',
    ];
    const rows = times.map((t, i) => ({ alert_id: `m${i}`, environment: 'production', alert_update_time: t }));
    api.server.handle(searchOf(() => rows));
    const watch = watchAlerts({ since: SINCE, client: api.client() });
    const got: AlertChange[] = [];
    for await (const c of watch) got.push(c);
    expect(got.map((c) => c.key)).toEqual(times.map((t, i) => `production/m${i}@${t}`));
    // Resuming from the checkpoint of a change at an instant written two ways yields only what came after.
    const again = await drain(watchAlerts({ since: JSON.parse(JSON.stringify(got[4]!.checkpoint)), client: api.client() }));
    expect(again).toEqual(times.slice(5).map((t, i) => `production/m${i + 5}@${t}`));
  });

  it('more than a page sharing one time while some of them are updated between requests: every state once, nothing lost', async () => {
    const rows = rowsAt(260, () => '2026-04-29T12:34:56+00:00');
    const search = searchOf(() => rows);
    let tick = 0;
    const all = new Set(rows.map((r) => `production/${r.alert_id}@${r.alert_update_time}`));
    api.server.handle((req) => {
      const reply = search(req);
      // After each answer, 3 alerts of the group (some before the reader, some after) move to a newer time.
      for (const i of [tick * 7, 100 + tick * 5, 250 - tick]) {
        const r = rows.find((x) => x.alert_id === `a${i}`);
        if (!r || tick > 12) continue;
        const moved = { ...r, alert_update_time: `2026-04-29T12:35:${String(10 + tick).padStart(2, '0')}+00:00` };
        rows.splice(rows.indexOf(r), 1);
        rows.push(moved);
        all.add(`production/${moved.alert_id}@${moved.alert_update_time}`);
      }
      tick++;
      return reply;
    });
    const keys = await drain(watchAlerts({ since: SINCE, client: api.client() }));
    expect(new Set(keys).size).toBe(keys.length);
    // Every final state comes; states replaced before any page showed them may be missing (no one can read them).
    for (const r of rows) expect(keys).toContain(`production/${r.alert_id}@${r.alert_update_time}`);
    for (const k of keys) expect(all.has(k)).toBe(true);
  });

  it('a following watch told 429 with a Retry-After longer than its interval waits the Retry-After, then goes on and yields every alert once', async () => {
    const rows = rowsAt(3, (i) => `2026-04-29T12:34:5${i}+00:00`);
    const search = searchOf(() => rows);
    let calls = 0;
    api.server.handle((req) => (++calls === 2 ? { status: 429, headers: { 'retry-after': '1' }, json: { error: 'slow down' } } : search(req)));
    const stop = new AbortController();
    const keys: string[] = [];
    const errors: unknown[] = [];
    const watch = watchAlerts({
      since: SINCE,
      client: api.client({ maxRetries: 0 }),
      follow: true,
      pollIntervalMs: 10,
      signal: stop.signal,
      onPoll: (p) => p.error && errors.push(p.error),
    });
    const reading = (async () => {
      for await (const c of watch) {
        keys.push(c.key);
        if (c.key.includes('a2')) rows.push({ alert_id: 'late', environment: 'production', alert_update_time: '2026-04-29T12:35:00+00:00' });
        if (c.key.includes('late')) stop.abort(new Error('done'));
      }
    })();
    await expect(reading).rejects.toThrow('done');
    expect(errors).toHaveLength(1);
    const at = api.server.calls().map((r) => r.at);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(950);
    expect(keys).toEqual(['a0', 'a1', 'a2', 'late'].map((id, i) => `production/${id}@${i < 3 ? `2026-04-29T12:34:5${i}+00:00` : '2026-04-29T12:35:00+00:00'}`));
  });

  it('a service that ignores the sort (newest first): a ResponseValidationError, not older alerts dropped as seen', async () => {
    const rows = rowsAt(5, (i) => `2026-04-29T12:34:5${i}+00:00`);
    const search = searchOf(() => rows);
    api.server.handle((req) => {
      const reply = search(req) as { json: { result: { alerts: unknown[] } } };
      reply.json.result.alerts.reverse();
      return reply;
    });
    const err = await drain(watchAlerts({ since: SINCE, client: api.client() })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect((err as Error).message).toMatch(/not sorted by alert_update_time/);
  });
});
