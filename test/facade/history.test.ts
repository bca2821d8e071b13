import { describe, expect, it } from 'vitest';
import { AlertsHistoryResult, InvalidArgumentError, queryAlertsHistory, type AlertsHistoryFilters } from '../../src/index.js';
import type { RecordedRequest } from '../helpers/wire-server.js';
import { useFakeService } from './service.js';

const svc = useFakeService();
const SEARCH = 'POST /alerts/search';

/** A history of `total` alerts served in pages; `stopAt` makes the service end early. */
function history(total: number, stopAt = total) {
  svc.routes({
    [SEARCH]: (req: RecordedRequest) => {
      const { offset = 0, limit = 100 } = req.json as { offset?: number; limit?: number };
      const end = Math.min(offset + limit, stopAt);
      const alerts = Array.from({ length: Math.max(0, end - offset) }, (_, i) => ({ alert_id: `a-${offset + i}` }));
      return { json: { result: { alerts_count: total, alerts } } };
    },
  });
}
const offsets = () => svc.callsTo(SEARCH).map((r) => (r.json as { offset: number }).offset);

describe('queryAlertsHistory', () => {
  it('is lazy: no request until read', async () => {
    history(5);
    const result = queryAlertsHistory({ client: svc.client() });
    expect(result).toBeInstanceOf(AlertsHistoryResult);
    expect(result.totalCount).toBeUndefined();
    await new Promise((r) => setTimeout(r, 20));
    expect(svc.server.requests).toHaveLength(0);
  });

  it('walks 3+ pages with exact offsets on the wire and yields every alert once', async () => {
    history(250);
    const result = queryAlertsHistory({ limit: 100, client: svc.client() });
    const ids: string[] = [];
    for await (const alert of result) ids.push(alert.alert_id!);
    expect(ids).toEqual(Array.from({ length: 250 }, (_, i) => `a-${i}`));
    expect(offsets()).toEqual([0, 100, 200]);
    expect(svc.callsTo(SEARCH).every((r) => (r.json as { limit: number }).limit === 100)).toBe(true);
    expect(result.totalCount).toBe(250);
  });

  it('starts from the given offset and uses the given page size', async () => {
    history(10);
    const all = await queryAlertsHistory({ offset: 4, limit: 3, client: svc.client() }).all();
    expect(all.map((a) => a.alert_id)).toEqual(['a-4', 'a-5', 'a-6', 'a-7', 'a-8', 'a-9']);
    expect(offsets()).toEqual([4, 7]);
  });

  it('stops on an empty page even when the total says more', async () => {
    history(1000, 150);
    const pages: number[] = [];
    for await (const page of queryAlertsHistory({ client: svc.client() }).pages()) pages.push(page.length);
    expect(pages).toEqual([100, 50]);
    expect(offsets()).toEqual([0, 100, 150]);
  });

  it('each walk starts again from the first page', async () => {
    history(150);
    const result = queryAlertsHistory({ client: svc.client() });
    expect(await result.all()).toHaveLength(150);
    expect(await result.all()).toHaveLength(150);
    expect(offsets()).toEqual([0, 100, 0, 100]);
  });

  it('currentPage fetches the first page once, then returns the page last fetched', async () => {
    history(150);
    const result = queryAlertsHistory({ client: svc.client() });
    const first = await result.currentPage();
    expect(first).toHaveLength(100);
    expect(await result.currentPage()).toBe(first);
    expect(result.totalCount).toBe(150);
    expect(offsets()).toEqual([0]);
  });

  it('maps every filter to its wire name and dates to epoch seconds', async () => {
    history(0);
    const start = new Date('2026-04-01T00:00:00.500Z');
    const end = new Date('2026-04-08T00:00:00Z');
    const filters: Required<Omit<AlertsHistoryFilters, 'client'>> = {
      startTime: start, endTime: end, offset: 0, limit: 50,
      environments: ['production'], sources: ['s1', 'cs'], riskCategories: ['malware'], alertVerdicts: ['confirmed_threat'],
      familyNames: ['Agent Tesla'], responseStatuses: ['pending'], hostnames: ['ws-1'], freeText: 'invoice',
      siteName: 'HQ', accountName: 'acme', excludeAlertIds: ['x'], usernames: ['bob'], fileHashes: ['abc'],
      processCommandlines: ['cmd.exe'], sortBy: ['CREATION_TIME'], isMitigated: false, emailSender: 's@x', emailRecipient: 'r@x',
      emailSubject: 'subj', emailCc: 'cc@x', emailBcc: 'bcc@x', emailMessageId: '<m@x>', emailReportedBy: 'rep@x',
      devicePrivateIps: ['10.0.0.1'], deviceExternalIps: ['1.2.3.4'], deviceIds: ['d-1'],
      timeFilterType: 'triage_time', sortOrder: 'desc', ips: ['1.1.1.1'], domains: ['x.example'], incidentIds: ['i-1'],
    };
    await queryAlertsHistory({ ...filters, client: svc.client() }).all();
    expect(svc.callsTo(SEARCH)[0]!.json).toEqual({
      start_time: start.getTime() / 1000, end_time: end.getTime() / 1000, offset: 0, limit: 50,
      environments: ['production'], sources: ['s1', 'cs'], risk_categories: ['malware'], alert_verdicts: ['confirmed_threat'],
      family_names: ['Agent Tesla'], response_statuses: ['pending'], hostnames: ['ws-1'], free_text: 'invoice',
      site_name: 'HQ', account_name: 'acme', exclude_alert_ids: ['x'], usernames: ['bob'], file_hashes: ['abc'],
      process_commandlines: ['cmd.exe'], sort_by: ['CREATION_TIME'], is_mitigated: false, email_sender: 's@x', email_recipient: 'r@x',
      email_subject: 'subj', email_cc: 'cc@x', email_bcc: 'bcc@x', email_message_id: '<m@x>', email_reported_by: 'rep@x',
      device_private_ips: ['10.0.0.1'], device_external_ips: ['1.2.3.4'], device_ids: ['d-1'],
      time_filter_type: 'triage_time', sort_order: 'desc', ips: ['1.1.1.1'], domains: ['x.example'], incident_ids: ['i-1'],
    });
    expect(Object.keys(filters)).toHaveLength(35);
  });

  it('sends only the filters given, with offset 0 and limit 100 by default', async () => {
    history(0);
    await queryAlertsHistory({ sources: ['s1'], client: svc.client() }).all();
    expect(svc.callsTo(SEARCH)[0]!.json).toEqual({ sources: ['s1'], offset: 0, limit: 100 });
  });

  it.each([
    ['a negative offset', { offset: -1 }],
    ['a fractional offset', { offset: 1.5 }],
    ['a limit of 0', { limit: 0 }],
    ['a limit of 101', { limit: 101 }],
    ['startTime after endTime', { startTime: new Date('2026-02-01'), endTime: new Date('2026-01-01') }],
    ['an invalid date', { startTime: new Date('nope') }],
    ['a filter name it does not know', { source: ['s1'] }],
    ['a list filter given a string', { sources: 's1' }],
    ['an unknown timeFilterType', { timeFilterType: 'yesterday' }],
    ['an unknown sortOrder', { sortOrder: 'up' }],
  ])('refuses %s with InvalidArgumentError before any request', (_label, bad) => {
    svc.routes({});
    expect(() => queryAlertsHistory({ ...(bad as AlertsHistoryFilters), client: svc.client() })).toThrow(InvalidArgumentError);
    expect(svc.server.requests).toHaveLength(0);
  });
});
