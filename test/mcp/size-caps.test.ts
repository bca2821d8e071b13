/**
 * Size: no result passes 102,400 bytes (text blocks' UTF-8 plus structuredContent as JSON).
 * A huge raw payload is cut and marked truncated; a page of fat alerts shrinks (fewer alerts and
 * a cursor to the rest), never cut JSON; the text block stays within 1,000 characters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { FLAVOURS, inProcessSession, resultBytes, textOf, type Session } from './harness.js';

const CAP = 102_400;
let sim: Simulator;
let fatIds: string[];
beforeAll(async () => {
  sim = await startSimulator({ seed: 0 });
  // 100 alerts whose fields are large (and multi-byte): 100 of them cannot fit one result.
  fatIds = Array.from(
    { length: 100 },
    (_, i) => sim.addAlert({ sender: `${'é✓"'.repeat(600)}${i}@example.com`, environment: `env-${'ü'.repeat(300)}` }).alertId,
  );
});
afterAll(async () => {
  await sim.close();
});

describe.each(FLAVOURS)('size caps, seen by a %s client', (flavour) => {
  let mcp: Session;
  beforeAll(async () => {
    mcp = await inProcessSession(flavour, sim);
  });
  afterAll(async () => {
    await mcp.close();
  });

  it('cuts a huge raw payload to the first characters of its JSON, marked truncated, within the cap', async () => {
    const rawData = { events: Array.from({ length: 4000 }, (_, i) => ({ i, note: `quote " backslash \\ newline \n ünïcödé ✓ ${'x'.repeat(200)}` })) };
    const a = sim.addAlert({ rawData });
    const r = await mcp.callTool('get_alert_raw_data', { alert_id: a.alertId });
    expect(r.isError).toBeFalsy();
    const s = r.structuredContent as { raw_data: string; truncated: boolean };
    expect(s.truncated).toBe(true);
    expect(typeof s.raw_data).toBe('string');
    expect(JSON.stringify(rawData).startsWith(s.raw_data)).toBe(true);
    expect(resultBytes(r)).toBeLessThanOrEqual(CAP);
    expect(resultBytes(r)).toBeGreaterThan(CAP * 0.8);
    expect(textOf(r)).toMatch(/truncated/);
  });

  it('shrinks a page of fat alerts instead of cutting it, and the cursor leads to the rest', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let first = true;
    do {
      const r = await mcp.callTool('search_alerts', { limit: 100, ...(cursor && { cursor }) });
      expect(resultBytes(r)).toBeLessThanOrEqual(CAP);
      expect(textOf(r).length).toBeLessThanOrEqual(1000);
      const page = r.structuredContent as { total: number; alerts: { alert_id: string; sender: string }[]; next_cursor?: string };
      if (first) {
        expect(page.alerts.length).toBeGreaterThan(0);
        expect(page.alerts.length).toBeLessThan(100);
        expect(page.next_cursor).toEqual(expect.any(String));
        first = false;
      }
      seen.push(...page.alerts.map((a) => a.alert_id));
      cursor = page.next_cursor;
    } while (cursor);
    // Every alert once (other tests of this file add a few alerts beside the fat ones).
    expect(new Set(seen).size).toBe(seen.length);
    expect(fatIds.filter((id) => !seen.includes(id))).toStrictEqual([]);
  });

  it('get_alerts_by_ids answers fewer fat alerts and names the rest in omitted_alert_ids', async () => {
    const r = await mcp.callTool('get_alerts_by_ids', { alert_ids: fatIds });
    expect(resultBytes(r)).toBeLessThanOrEqual(CAP);
    const s = r.structuredContent as { count: number; alerts: { alert_id: string }[]; omitted_alert_ids: string[] };
    expect(s.count).toBe(100);
    expect(s.alerts.length).toBeLessThan(100);
    expect(new Set([...s.alerts.map((a) => a.alert_id), ...s.omitted_alert_ids])).toStrictEqual(new Set(fatIds));
  });

  it('cuts a single field too long to show (marked), so one alert always fits', async () => {
    const a = sim.addAlert({ sender: 's'.repeat(300_000) });
    const r = await mcp.callTool('get_alert', { alert_id: a.alertId });
    expect(resultBytes(r)).toBeLessThanOrEqual(CAP);
    expect(r.structuredContent!.sender).toMatch(/^s{2000}…\[cut\]$/);
    expect(textOf(r).length).toBeLessThanOrEqual(1000);
  });
});
