import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { AlertsHistoryResult, IntezerClient, InvalidArgumentError, queryAlertsHistory, ServerError, type AlertsHistoryFilters } from '../../src/index.js';
import { until } from '../helpers/fixture.js';
import { bearerOf, type RecordedRequest, type Reply } from '../helpers/wire-server.js';
import { useFakeService } from './service.js';

const svc = useFakeService();
const SEARCH = 'POST /alerts/search';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface HistoryOptions {
  /** Where the service's alerts end (default: the total). */
  stopAt?: number;
  /** The total a page after the first announces (default: the total). */
  laterTotal?: number;
  /** ms before a page at `offset` is answered. */
  delayMs?: (offset: number) => number;
  /** Replaces the answer of the page at `offset`. */
  override?: (offset: number, req: RecordedRequest) => Reply | undefined;
}

/** A history of `total` alerts served in pages; the service counts the pages it is answering at once. */
function history(total: number, o: HistoryOptions = {}) {
  const load = { now: 0, max: 0 };
  svc.routes({
    [SEARCH]: async (req: RecordedRequest) => {
      const { offset = 0, limit = 100 } = req.json as { offset?: number; limit?: number };
      load.max = Math.max(load.max, ++load.now);
      await sleep(o.delayMs?.(offset) ?? 0);
      load.now--;
      const overridden = o.override?.(offset, req);
      if (overridden) return overridden;
      const end = Math.min(offset + limit, o.stopAt ?? o.laterTotal ?? total);
      const alerts = Array.from({ length: Math.max(0, end - offset) }, (_, i) => ({ alert_id: `a-${offset + i}` }));
      return { json: { result: { alerts_count: offset > 0 ? (o.laterTotal ?? total) : total, alerts } } };
    },
  });
  return load;
}
const offsets = () => svc.callsTo(SEARCH).map((r) => (r.json as { offset: number }).offset);
const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `a-${from + i}`);

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
    const seen: string[] = [];
    for await (const alert of result) seen.push(alert.alert_id!);
    expect(seen).toEqual(ids(250));
    expect(offsets().sort((a, b) => a - b)).toEqual([0, 100, 200]);
    expect(svc.callsTo(SEARCH).every((r) => (r.json as { limit: number }).limit === 100)).toBe(true);
    expect(result.totalCount).toBe(250);
  });

  it('starts from the given offset and uses the given page size', async () => {
    history(10);
    const all = await queryAlertsHistory({ offset: 4, limit: 3, client: svc.client() }).all();
    expect(all.map((a) => a.alert_id)).toEqual(['a-4', 'a-5', 'a-6', 'a-7', 'a-8', 'a-9']);
    expect(offsets()).toEqual([4, 7]);
  });

  it.each([
    ['an empty page', 200, [100, 100]],
    ['a page shorter than the first', 250, [100, 100, 50]],
  ])('a total that shrank: the walk ends at %s, whatever the total says', async (_label, stopAt, expected) => {
    history(1000, { stopAt });
    const pages: number[] = [];
    for await (const page of queryAlertsHistory({ client: svc.client(), concurrency: 1 }).pages()) pages.push(page.length);
    expect(pages).toEqual(expected);
    expect(offsets()).toEqual([0, 100, 200]);
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
    const filters: Required<Omit<AlertsHistoryFilters, 'client' | 'concurrency' | 'signal'>> = {
      startTime: start,
      endTime: end,
      offset: 0,
      limit: 50,
      environments: ['production'],
      sources: ['s1', 'cs'],
      riskCategories: ['malware'],
      alertVerdicts: ['confirmed_threat'],
      familyNames: ['Agent Tesla'],
      responseStatuses: ['pending'],
      hostnames: ['ws-1'],
      freeText: 'invoice',
      siteName: 'HQ',
      accountName: 'acme',
      excludeAlertIds: ['x'],
      usernames: ['bob'],
      fileHashes: ['abc'],
      processCommandlines: ['cmd.exe'],
      sortBy: ['CREATION_TIME'],
      isMitigated: false,
      emailSender: 's@x',
      emailRecipient: 'r@x',
      emailSubject: 'subj',
      emailCc: 'cc@x',
      emailBcc: 'bcc@x',
      emailMessageId: '<m@x>',
      emailReportedBy: 'rep@x',
      devicePrivateIps: ['10.0.0.1'],
      deviceExternalIps: ['1.2.3.4'],
      deviceIds: ['d-1'],
      timeFilterType: 'triage_time',
      sortOrder: 'desc',
      ips: ['1.1.1.1'],
      domains: ['x.example'],
      incidentIds: ['i-1'],
    };
    await queryAlertsHistory({ ...filters, client: svc.client() }).all();
    expect(svc.callsTo(SEARCH)[0]!.json).toEqual({
      start_time: start.getTime() / 1000,
      end_time: end.getTime() / 1000,
      offset: 0,
      limit: 50,
      environments: ['production'],
      sources: ['s1', 'cs'],
      risk_categories: ['malware'],
      alert_verdicts: ['confirmed_threat'],
      family_names: ['Agent Tesla'],
      response_statuses: ['pending'],
      hostnames: ['ws-1'],
      free_text: 'invoice',
      site_name: 'HQ',
      account_name: 'acme',
      exclude_alert_ids: ['x'],
      usernames: ['bob'],
      file_hashes: ['abc'],
      process_commandlines: ['cmd.exe'],
      sort_by: ['CREATION_TIME'],
      is_mitigated: false,
      email_sender: 's@x',
      email_recipient: 'r@x',
      email_subject: 'subj',
      email_cc: 'cc@x',
      email_bcc: 'bcc@x',
      email_message_id: '<m@x>',
      email_reported_by: 'rep@x',
      device_private_ips: ['10.0.0.1'],
      device_external_ips: ['1.2.3.4'],
      device_ids: ['d-1'],
      time_filter_type: 'triage_time',
      sort_order: 'desc',
      ips: ['1.1.1.1'],
      domains: ['x.example'],
      incident_ids: ['i-1'],
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
    ['concurrency 0', { concurrency: 0 }],
    ['concurrency 17', { concurrency: 17 }],
    ['a fractional concurrency', { concurrency: 1.5 }],
    ['concurrency given as a string', { concurrency: '4' }],
    ['a signal that is not an AbortSignal', { signal: { aborted: false } }],
  ])('refuses %s with InvalidArgumentError before any request', (_label, bad) => {
    svc.routes({});
    expect(() => queryAlertsHistory({ ...(bad as AlertsHistoryFilters), client: svc.client() })).toThrow(InvalidArgumentError);
    expect(svc.server.requests).toHaveLength(0);
  });
});

describe('queryAlertsHistory: pages at the speed of the link', () => {
  it('fetches the pages after the first 4 at a time by default and yields them in offset order, whatever order they arrive in', async () => {
    // Later pages answer sooner, so they arrive out of order.
    const load = history(1000, { delayMs: (offset) => (offset === 0 ? 0 : 60 - offset / 20) });
    const seen: string[] = [];
    for await (const alert of queryAlertsHistory({ client: svc.client() })) seen.push(alert.alert_id!);
    expect(seen).toEqual(ids(1000));
    expect(load.max).toBe(4);
    expect(offsets().sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => i * 100));
  });

  it.each([1, 8, 16])('concurrency %i: at most that many pages requested at once, and no listener warning', async (concurrency) => {
    const load = history(2000, { delayMs: () => 20 });
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      expect(await queryAlertsHistory({ client: svc.client(), concurrency }).all()).toHaveLength(2000);
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toStrictEqual([]);
    expect(load.max).toBe(concurrency);
    if (concurrency === 1) expect(offsets()).toEqual(Array.from({ length: 20 }, (_, i) => i * 100));
  });

  it('holds at most `concurrency` pages (the one being read included), however slow the reader', async () => {
    history(2000);
    let read = 0;
    let most = 0;
    for await (const _page of queryAlertsHistory({ client: svc.client(), concurrency: 3 }).pages()) {
      read++;
      await sleep(15);
      // Requested and not yet handed over, plus the page in hand.
      most = Math.max(most, svc.callsTo(SEARCH).length - read + 1);
    }
    expect(read).toBe(20);
    expect(most).toBe(3);
  });

  it('follows a total that grew during a walk 4 pages at a time', async () => {
    history(250, { laterTotal: 450 });
    const result = queryAlertsHistory({ client: svc.client(), concurrency: 4 });
    expect((await result.all()).map((a) => a.alert_id)).toEqual(ids(450));
    expect(result.totalCount).toBe(450);
  });

  it('a page that fails before the pages ahead of it arrive surfaces in order: those pages are yielded first', async () => {
    history(1000, {
      delayMs: (offset) => (offset === 300 ? 0 : 40),
      override: (offset) => (offset === 300 ? { status: 500, json: { error: 'boom' } } : undefined),
    });
    const seen: string[] = [];
    const walk = (async () => {
      for await (const alert of queryAlertsHistory({ client: svc.client({ maxRetries: 0 }), concurrency: 4 })) seen.push(alert.alert_id!);
    })();
    await expect(walk).rejects.toBeInstanceOf(ServerError);
    expect(seen).toEqual(ids(300));
  });

  it('pages in flight that all meet a revoked token renew it once, and every page is answered once', async () => {
    // From the page at 300 on, the first token is refused: several pages in flight get the 401 at once.
    const revoked = (req: RecordedRequest) => bearerOf(req) === svc.server.issuedTokens[0];
    history(1000, { delayMs: () => 10, override: (offset, req) => (offset >= 300 && revoked(req) ? { status: 401, json: { error: 'expired' } } : undefined) });
    expect(await queryAlertsHistory({ client: svc.client(), concurrency: 4 }).all()).toHaveLength(1000);
    expect(svc.server.tokenRequests()).toHaveLength(2);
    const refused = svc.callsTo(SEARCH).filter((r) => revoked(r) && (r.json as { offset: number }).offset >= 300).length;
    expect(refused).toBeGreaterThan(1);
    expect(svc.callsTo(SEARCH)).toHaveLength(10 + refused);
  });

  it('an aborted signal sends nothing: the walk rejects with its reason', async () => {
    history(1000);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    const result = queryAlertsHistory({ client: svc.client(), signal: controller.signal });
    await expect(result.all()).rejects.toThrow('stop');
    await expect(result.currentPage()).rejects.toThrow('stop');
    expect(svc.server.requests).toHaveLength(0);
  });

  it('aborting mid-walk rejects with the reason at once, pages in flight included', async () => {
    history(1000, { delayMs: (offset) => (offset === 0 ? 0 : 10_000) });
    const controller = new AbortController();
    const walk = queryAlertsHistory({ client: svc.client(), signal: controller.signal }).all();
    await until(() => svc.callsTo(SEARCH).length === 5);
    const t0 = performance.now();
    controller.abort(new Error('enough'));
    await expect(walk).rejects.toThrow('enough');
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

/**
 * A search service that answers the first page and holds every other one open, counting the
 * requests it still holds: a request the client gives up closes its connection.
 */
async function holdingService(): Promise<{ client: IntezerClient; held(): number; close(): Promise<void> }> {
  let held = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (req.url!.endsWith('/get-access-token')) return send({ result: 'token', expire_at: Date.now() / 1000 + 3600 });
      if ((JSON.parse(Buffer.concat(chunks).toString()) as { offset: number }).offset === 0) {
        return send({ result: { alerts_count: 1000, alerts: ids(100).map((alert_id) => ({ alert_id })) } });
      }
      held++;
      res.on('close', () => held--);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const client = new IntezerClient({ apiKey: 'test-key-1', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/` });
  return {
    client,
    held: () => held,
    close: () => (client.close(), server.closeAllConnections(), new Promise<void>((r) => server.close(() => r()))),
  };
}

describe('queryAlertsHistory: leaving a walk early', () => {
  it('breaking out of the walk aborts the pages still in flight', async () => {
    const svc2 = await holdingService();
    try {
      for await (const _page of queryAlertsHistory({ client: svc2.client }).pages()) {
        await until(() => svc2.held() === 3);
        break;
      }
      await until(() => svc2.held() === 0);
    } finally {
      await svc2.close();
    }
  });
});
