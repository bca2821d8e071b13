/**
 * Every tool's happy path through real clients (v2 and v1) over streamable HTTP, against the
 * simulator: the structured fields equal what the simulator holds, every contract field is
 * present, and the one text block sums it up.
 */
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { FLAVOURS, inProcessSession, resultBytes, textOf, type Session } from './harness.js';

const ALERT_FIELDS = [
  'alert_id',
  'environment',
  'status',
  'verdict',
  'family_name',
  'risk_category',
  'risk_level',
  'source',
  'sender',
  'intezer_alert_url',
  'alert_update_time',
];

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 12, triageMs: 300, analysisMs: 0, operationMs: 100 });
});
afterAll(async () => {
  await sim.close();
});

describe.each(FLAVOURS)('the tools, driven by a %s client over HTTP', (flavour) => {
  let mcp: Session;
  beforeEach(async () => {
    sim.reset();
    mcp = await inProcessSession(flavour, sim, { allowWrite: true, allowDelete: true });
  });
  afterEach(async () => {
    await mcp.close();
  });

  it("get_alert answers the alert's triage in wire names, every field present, and a summary with verdict, risk, family, source and link", async () => {
    const a = sim.alerts().find((x) => x.triage.familyName !== null)!;
    const r = await mcp.callTool('get_alert', { alert_id: a.alertId });
    expect(r.isError).toBeFalsy();
    const s = r.structuredContent!;
    expect(Object.keys(s).sort()).toStrictEqual([...ALERT_FIELDS].sort());
    expect(s).toMatchObject({
      alert_id: a.alertId,
      environment: a.environment,
      status: 'finished',
      verdict: a.triage.verdict,
      family_name: a.triage.familyName,
      risk_category: a.triage.riskCategory,
      risk_level: a.triage.riskLevel,
      source: a.source,
      sender: a.sender,
    });
    expect(s.intezer_alert_url).toMatch(/^https:\/\//);
    expect(s.alert_update_time).toMatch(/^\d{4}-\d\d-\d\dT/);
    const text = textOf(r);
    expect(text.length).toBeLessThanOrEqual(1000);
    for (const part of [a.triage.verdict, a.triage.riskCategory, a.triage.familyName!, a.source, String(s.intezer_alert_url)]) expect(text).toContain(part);
  });

  it('get_alert with include_scans lists one entry per scan: file, url and endpoint with their analysis, artifacts inline', async () => {
    const a = sim.alerts()[0]!;
    const r = await mcp.callTool('get_alert', { alert_id: a.alertId, include_scans: true });
    const scans = r.structuredContent!.scans as Record<string, unknown>[];
    expect(scans.map((x) => x.scan_type)).toStrictEqual(['file', 'url', 'endpoint', ...a.artifacts.map(() => 'artifact')]);
    expect(scans.slice(0, 3).map((x) => x.analysis_id)).toStrictEqual([a.scans.file, a.scans.url, a.scans.endpoint]);
    for (const x of scans.slice(0, 3)) expect(x).toMatchObject({ status: 'finished', verdict: expect.any(String) });
    for (const [i, art] of a.artifacts.entries())
      expect(scans[3 + i]).toStrictEqual({ scan_type: 'artifact', analysis_id: null, status: 'finished', verdict: art.verdict });
  });

  it('get_alert on an alert still in triage answers status in_progress with the fields known so far, also when wait_seconds runs out', async () => {
    const a = sim.addAlert({ inProgress: true, environment: 'lab', source: 'cs' });
    const started = Date.now();
    const r = await mcp.callTool('get_alert', { alert_id: a.alertId, wait_seconds: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toMatchObject({ alert_id: a.alertId, status: 'in_progress', verdict: null, environment: 'lab', source: 'cs' });
    expect(textOf(r)).toContain('in_progress');
  });

  it("a long wait reports progress, so a client's request timeout that progress resets does not run out", async () => {
    const a = sim.addAlert({ inProgress: true });
    const seen: { progress: number; total?: number }[] = [];
    const r = await mcp.callToolWithProgress('get_alert', { alert_id: a.alertId, wait_seconds: 5 }, 3_000, (p) => seen.push(p));
    expect(r.structuredContent).toMatchObject({ alert_id: a.alertId, status: 'in_progress' });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((p) => p.total === 5 && p.progress <= 5)).toBe(true);
  }, 15_000);

  it('get_alert with wait_seconds answers the verdict once triage finishes within the wait', async () => {
    const a = sim.addAlert({ triageMs: 400, verdict: 'confirmed_threat' });
    const r = await mcp.callTool('get_alert', { alert_id: a.alertId, wait_seconds: 10 });
    expect(r.structuredContent).toMatchObject({ status: 'finished', verdict: 'confirmed_threat' });
  });

  it('search_alerts answers the total and a page of alerts matching the filters, each with every field', async () => {
    const r = await mcp.callTool('search_alerts', { alert_verdicts: ['confirmed_threat'], limit: 100 });
    const expected = sim.alerts().filter((x) => x.triage.verdict === 'confirmed_threat');
    const s = r.structuredContent as { total: number; alerts: Record<string, unknown>[]; next_cursor?: string };
    expect(s.total).toBe(expected.length);
    expect(s.alerts.map((x) => x.alert_id).sort()).toStrictEqual(expected.map((x) => x.alertId).sort());
    for (const x of s.alerts) expect(Object.keys(x).sort()).toStrictEqual([...ALERT_FIELDS].sort());
    expect(s.alerts.every((x) => x.verdict === 'confirmed_threat' && x.status === 'finished')).toBe(true);
    expect(s.next_cursor).toBeUndefined();
    expect(sim.requests.filter((q) => q.routeKey === 'POST /alerts/search').at(-1)!.body).toMatchObject({
      alert_verdicts: ['confirmed_threat'],
      offset: 0,
      limit: 100,
    });
  });

  it('search_alerts sends start_time and end_time (ISO 8601) as epoch seconds', async () => {
    await mcp.callTool('search_alerts', { start_time: '2026-01-01T00:00:00Z', end_time: '2026-01-02T00:00:00+02:00', sort_order: 'asc' });
    const body = sim.requests.filter((q) => q.routeKey === 'POST /alerts/search').at(-1)!.body as Record<string, unknown>;
    expect(body).toMatchObject({ start_time: Date.UTC(2026, 0, 1) / 1000, end_time: Date.UTC(2026, 0, 1, 22) / 1000, sort_order: 'asc', limit: 20 });
  });

  it('get_alerts_by_ids answers the alerts asked for', async () => {
    const [a, b] = sim.alerts();
    const r = await mcp.callTool('get_alerts_by_ids', { alert_ids: [a!.alertId, b!.alertId, 'no-such-alert'] });
    const s = r.structuredContent as { count: number; alerts: Record<string, unknown>[] };
    expect(s.count).toBe(2);
    expect(s.alerts.map((x) => x.alert_id).sort()).toStrictEqual([a!.alertId, b!.alertId].sort());
    expect(s.alerts[0]).toHaveProperty('verdict');
  });

  it.each(['inline', 'link'] as const)('get_alert_raw_data answers the payload itself (service answer: %s), not truncated', async (form) => {
    sim.setRawDataForm(form);
    const a = sim.alerts()[1]!;
    const r = await mcp.callTool('get_alert_raw_data', { alert_id: a.alertId });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toStrictEqual({ raw_data: a.rawData, truncated: false });
    expect(textOf(r)).toContain('complete');
  });

  it('send_phishing_email sends the UTF-8 bytes of eml_text and answers as get_alert: in triage at first, finished after a wait', async () => {
    const eml = `From: a@example.com\r\nTo: b@example.com\r\nSubject: Invoice ${flavour} ✓\r\n\r\nPay now: https://evil.example/pay\r\n`;
    const id = createHash('sha256').update(Buffer.from(eml, 'utf8')).digest('hex');
    const r = await mcp.callTool('send_phishing_email', { eml_text: eml });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toMatchObject({ alert_id: id, status: 'in_progress', verdict: null, source: 'phishing_emails' });
    expect(sim.ingestCount(id)).toBe(1);
    const again = await mcp.callTool('send_phishing_email', { eml_base64: Buffer.from(eml).toString('base64'), wait_seconds: 10 });
    expect(again.structuredContent).toMatchObject({ alert_id: id, status: 'finished', verdict: expect.any(String) });
  });

  it('send_alert sends the raw alert as JSON and answers as get_alert; the same alert again answers the one the service holds', async () => {
    const rawAlert = { threatInfo: { threatName: `mimikatz ${flavour}`, sha256: 'ab'.repeat(32) }, device: { hostname: 'WS-042', username: 'alice' } };
    const r = await mcp.callTool('send_alert', { raw_alert: rawAlert, source: 's1', environment: 'prod', wait_seconds: 10 });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toMatchObject({ status: 'finished', source: 's1', environment: 'prod', verdict: expect.any(String) });
    const ingest = sim.requests.filter((q) => q.routeKey === 'POST /alerts/ingest').at(-1)!;
    expect(ingest.body).toMatchObject({ alert: rawAlert, alert_source: 's1', environment: 'prod' });
    const again = await mcp.callTool('send_alert', { raw_alert: rawAlert, source: 's1', environment: 'prod' });
    expect(again.isError).toBeFalsy();
    expect(again.structuredContent).toMatchObject({ alert_id: r.structuredContent!.alert_id });
    expect(textOf(again)).toMatch(/^Already sent/);
  });

  it("send_alert with a mapping the alert does not fit fails with the service's message and what to check", async () => {
    const r = await mcp.callTool('send_alert', { raw_alert: { a: 1 }, source: 's1', alert_mapping: { hostname: 'device.name' } });
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toBeUndefined();
    expect(textOf(r)).toMatch(/^InvalidAlertMappingError: .*\n.*check raw_alert, source and alert_mapping/s);
  });

  it('send_phishing_email takes an email past the HTTP handler default body bound of 4 MiB', async () => {
    const eml = `Subject: large ${flavour}\r\n\r\n${'B'.repeat(6 * 1024 * 1024)}`;
    const r = await mcp.callTool('send_phishing_email', { eml_base64: Buffer.from(eml).toString('base64') });
    expect(r.isError).toBeFalsy();
    expect(sim.ingestCount(createHash('sha256').update(eml).digest('hex'))).toBe(1);
  }, 30_000);

  it('notify_alert answers the channels the service notified', async () => {
    const a = sim.addAlert({ notifyChannels: ['email', 'slack', 'teams'] });
    const r = await mcp.callTool('notify_alert', { alert_id: a.alertId });
    expect(r.structuredContent).toStrictEqual({ notified_channels: ['email', 'slack', 'teams'] });
    expect(textOf(r)).toContain('teams');
  });

  it("delete_alert waits for the deletion's operation and answers its status; the alert is gone", async () => {
    const a = sim.alerts()[2]!;
    const r = await mcp.callTool('delete_alert', { alert_id: a.alertId });
    expect(r.structuredContent).toStrictEqual({ status: 'finished' });
    expect(sim.alerts().some((x) => x.alertId === a.alertId)).toBe(false);
  });

  it('every result stays within the size cap', async () => {
    const r = await mcp.callTool('search_alerts', { limit: 100 });
    expect(resultBytes(r)).toBeLessThanOrEqual(102_400);
  });
});
