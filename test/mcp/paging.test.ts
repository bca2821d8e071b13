/**
 * search_alerts pages through a history of 250 alerts (seeded through the simulator's control
 * API) with its opaque cursor: every alert once, in order, and the last page without a cursor.
 * A cursor with other arguments, a forged one, or a limit out of range is refused before any request.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { FLAVOURS, control, inProcessSession, resultBytes, type Session } from './harness.js';

interface Page {
  total: number;
  alerts: { alert_id: string }[];
  next_cursor?: string;
}

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 0 });
  await control(sim, 'POST', 'seed', { n: 250 });
});
afterAll(async () => {
  await sim.close();
});

const searches = () => sim.count('POST /alerts/search');

describe.each(FLAVOURS)('paging with a %s client', (flavour) => {
  let mcp: Session;
  beforeEach(async () => {
    mcp = await inProcessSession(flavour, sim);
  });
  afterEach(async () => {
    await mcp.close();
  });

  it.each([100, 37, undefined])('walks all 250 alerts, each once, with limit %s', async (limit) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const r = await mcp.callTool('search_alerts', { sort_order: 'asc', ...(limit !== undefined && { limit }), ...(cursor !== undefined && { cursor }) });
      expect(r.isError).toBeFalsy();
      expect(resultBytes(r)).toBeLessThanOrEqual(102_400);
      const page = r.structuredContent as unknown as Page;
      expect(page.total).toBe(250);
      expect(page.alerts.length).toBe(Math.min(limit ?? 20, 250 - seen.length));
      seen.push(...page.alerts.map((a) => a.alert_id));
      cursor = page.next_cursor;
      pages += 1;
    } while (cursor !== undefined);
    expect(pages).toBe(Math.ceil(250 / (limit ?? 20)));
    expect(new Set(seen).size).toBe(250);
    expect(new Set(seen)).toStrictEqual(new Set(sim.alerts().map((a) => a.alertId)));
    // The offsets asked for follow the pages.
    const offsets = sim.requests
      .filter((q) => q.routeKey === 'POST /alerts/search')
      .slice(-pages)
      .map((q) => (q.body as { offset: number }).offset);
    expect(offsets).toStrictEqual(Array.from({ length: pages }, (_, i) => i * (limit ?? 20)));
  });

  it('refuses a cursor with arguments other than those it came with, and a forged cursor, sending nothing', async () => {
    const first = (await mcp.callTool('search_alerts', { sources: ['s1', 'cs'], limit: 10 })).structuredContent as unknown as Page;
    expect(first.next_cursor).toEqual(expect.any(String));
    const before = searches();
    const other = await mcp.callTool('search_alerts', { sources: ['s1'], limit: 10, cursor: first.next_cursor });
    expect(other.isError).toBe(true);
    expect(other.content[0]!.text).toMatch(/cursor belongs to a search with other arguments/);
    expect(other.structuredContent).toBeUndefined();
    const forged = await mcp.callTool('search_alerts', { sources: ['s1', 'cs'], limit: 10, cursor: Buffer.from('{"o":5,"h":"x"}').toString('base64url') });
    expect(forged.isError).toBe(true);
    const garbage = await mcp.callTool('search_alerts', { sources: ['s1', 'cs'], limit: 10, cursor: 'not a cursor' });
    expect(garbage.isError).toBe(true);
    expect(searches()).toBe(before);
    // The same arguments in another order are the same search.
    const same = await mcp.callTool('search_alerts', { limit: 10, sources: ['s1', 'cs'], cursor: first.next_cursor });
    expect(same.isError).toBeFalsy();
  });

  it.each([0, 101, 2.5])('refuses limit %s before any request', async (limit) => {
    const before = searches();
    const r = await mcp.callTool('search_alerts', { limit });
    expect(r.isError).toBe(true);
    expect(searches()).toBe(before);
  });
});
