/**
 * Failures are tool results: isError, one text block with the SDK error's message and what to
 * do, no structuredContent, no secret. Bad input is refused before anything is sent.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { FLAVOURS, inProcessSession, textOf, type Session, type ToolResult } from './harness.js';

const API_KEY = 'mcp-errors-key-5b1d0c9e7a2f4e63';
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 4, apiKey: API_KEY });
});
afterAll(async () => {
  await sim.close();
});

function expectFailure(r: ToolResult, pattern: RegExp): void {
  expect(r.isError).toBe(true);
  expect(r.structuredContent).toBeUndefined();
  expect(textOf(r)).toMatch(pattern);
}

describe.each(FLAVOURS)('failures, seen by a %s client', (flavour) => {
  let mcp: Session;
  beforeEach(async () => {
    sim.clearFaults();
    mcp = await inProcessSession(flavour, sim, { allowWrite: true, allowDelete: true }, API_KEY);
  });
  afterEach(async () => {
    await mcp.close();
  });

  it('a wrong key: InvalidApiKeyError and what to check, never the key', async () => {
    const wrong = await inProcessSession(flavour, sim, {}, 'wrong-key-0f9e8d7c6b5a4321');
    try {
      const r = await wrong.callTool('get_alert', { alert_id: sim.alerts()[0]!.alertId });
      expectFailure(r, /^InvalidApiKeyError: .*\n.*check the MCP server environment/s);
      expect(JSON.stringify(r)).not.toContain('wrong-key-0f9e8d7c6b5a4321');
    } finally {
      await wrong.close();
    }
  });

  it('an unknown alert: AlertNotFoundError, naming the id', async () => {
    expectFailure(await mcp.callTool('get_alert', { alert_id: 'no-such-alert' }), /^AlertNotFoundError: .*no-such-alert.*\nCheck the alert id/s);
    expectFailure(await mcp.callTool('get_alert_raw_data', { alert_id: 'no-such-alert' }), /AlertNotFoundError/);
    expectFailure(await mcp.callTool('notify_alert', { alert_id: 'no-such-alert' }), /AlertNotFoundError/);
  });

  it('an id in several environments: asks for the environment', async () => {
    const a = sim.addAlert({ environment: 'one' });
    sim.addAlert({ alertId: a.alertId, environment: 'two' });
    expectFailure(await mcp.callTool('get_alert', { alert_id: a.alertId }), /AlertConflictError: .*\n.*call again with environment/s);
    expect((await mcp.callTool('get_alert', { alert_id: a.alertId, environment: 'two' })).structuredContent).toMatchObject({ environment: 'two' });
  });

  it('a service failure: ServerError with its status and advice', async () => {
    sim.inject('POST /alerts/search', { kind: 'status', status: 500 }, 10);
    expectFailure(await mcp.callTool('search_alerts', {}), /^ServerError: .*\nThe service failed \(HTTP 500\)/s);
  });

  it.each([
    ['get_alert', { alert_id: 'x', wait_seconds: 601 }],
    ['get_alert', { alert_id: 'x', wait_seconds: -1 }],
    ['get_alert', { alert_id: '' }],
    ['get_alert', { alert_id: 'x', unknown_option: 1 }],
    ['get_alerts_by_ids', { alert_ids: [] }],
    ['get_alerts_by_ids', { alert_ids: Array.from({ length: 101 }, (_, i) => `a${i}`) }],
    ['search_alerts', { start_time: 'yesterday' }],
    ['search_alerts', { start_time: '2026-02-01T00:00:00Z', end_time: '2026-01-01T00:00:00Z' }],
    ['send_phishing_email', { eml_text: 'Subject: x\r\n\r\nbody', eml_base64: 'U3ViamVjdDogeA==' }],
    ['send_phishing_email', {}],
    ['send_phishing_email', { eml_base64: 'not base64!' }],
    ['send_phishing_email', { eml_text: 'x', wait_seconds: 700 }],
  ])('%s with %j is refused and nothing is sent', async (tool, args) => {
    const before = sim.requests.length;
    const r = await mcp.callTool(tool, args);
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toBeUndefined();
    expect(sim.requests.length).toBe(before);
  });
});
