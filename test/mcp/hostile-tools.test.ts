/**
 * A hostile agent, or a service whose data is hostile, against the tools through real clients:
 * a base64 argument built to make a pattern backtrack, an unknown argument name of 200,000
 * characters, and alert data that quotes the API key. The server stays responsive, every
 * result stays within the size limit, and the key never comes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { FLAVOURS, inProcessSession, resultBytes, textOf, type Session } from './harness.js';

const API_KEY = 'mcp-hostile-key-4e7c1a9b3d5f8026';
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 9, apiKey: API_KEY });
});
afterAll(async () => {
  await sim.close();
});

describe.each(FLAVOURS)('hostile input, seen by a %s client', (flavour) => {
  let mcp: Session;
  beforeAll(async () => {
    mcp = await inProcessSession(flavour, sim, { allowWrite: true }, API_KEY);
  });
  afterAll(async () => {
    await mcp.close();
  });

  it('refuses eml_base64 with a long run of line breaks before a bad character at once (no backtracking)', async () => {
    const before = sim.requests.length;
    const started = Date.now();
    const r = await mcp.callTool('send_phishing_email', { eml_base64: `A${'\n'.repeat(150_000)}!` });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(/not base64/);
    expect(sim.requests.length).toBe(before);
  }, 60_000);

  it('still takes base64 with line breaks and padding', async () => {
    const eml = Buffer.from(`Subject: wrapped ${flavour}\r\n\r\n${'body '.repeat(40)}`).toString('base64');
    const wrapped = `${eml.replace(/(.{76})/g, '$1\r\n')}\r\n`;
    const r = await mcp.callTool('send_phishing_email', { eml_base64: wrapped });
    expect(r.isError).toBeFalsy();
  });

  it("keeps the SDK's own refusal of an argument within the size limit (an unknown argument name of 200,000 characters)", async () => {
    const r = await mcp.callTool('search_alerts', { ['k'.repeat(200_000)]: 1 });
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toBeUndefined();
    expect(textOf(r)).toMatch(/Unrecognized key/);
    expect(resultBytes(r)).toBeLessThanOrEqual(102_400);
  });

  it('never answers the API key, even when the alert data quotes it', async () => {
    const a = sim.addAlert({
      sender: `it-admin (key ${API_KEY})`,
      rawData: { note: `configured with ${API_KEY}`, [API_KEY]: [API_KEY, { deeper: `x${API_KEY}x` }] },
    });
    const results = [
      await mcp.callTool('get_alert', { alert_id: a.alertId }),
      await mcp.callTool('get_alert_raw_data', { alert_id: a.alertId }),
      await mcp.callTool('get_alerts_by_ids', { alert_ids: [a.alertId] }),
      await mcp.callTool('search_alerts', { free_text: a.alertId }),
    ];
    for (const r of results) {
      expect(r.isError).toBeFalsy();
      expect(JSON.stringify(r)).not.toContain(API_KEY);
    }
    expect(results[0]!.structuredContent!.sender).toBe('it-admin (key [REDACTED])');
    expect(results[1]!.structuredContent!.raw_data).toStrictEqual({
      note: 'configured with [REDACTED]',
      '[REDACTED]': ['[REDACTED]', { deeper: 'x[REDACTED]x' }],
    });
  });

  it('never answers part of the API key from a field cut through it (scrubbed before the cut)', async () => {
    const a = sim.addAlert({ sender: `${'s'.repeat(1_990)}${API_KEY}` });
    const r = await mcp.callTool('get_alert', { alert_id: a.alertId });
    expect(r.structuredContent!.sender).toBe(`${'s'.repeat(1_990)}[REDACTED]`);
    expect(JSON.stringify(r)).not.toContain(API_KEY.slice(0, 10));
  });

  it('never answers the API key in a raw payload so large that it is cut', async () => {
    const a = sim.addAlert({ rawData: { events: Array.from({ length: 3000 }, (_, i) => ({ i, line: `login with ${API_KEY} ${'p'.repeat(60)}` })) } });
    const r = await mcp.callTool('get_alert_raw_data', { alert_id: a.alertId });
    expect(r.structuredContent!.truncated).toBe(true);
    expect(JSON.stringify(r)).not.toContain(API_KEY);
    expect(resultBytes(r)).toBeLessThanOrEqual(102_400);
  });
});
