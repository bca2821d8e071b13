/**
 * Alert history search. Lazy: nothing is requested until read. Iteration walks the pages
 * from the start with one page in memory; `all()` is the explicit collect-everything path.
 */
import type { IntezerClient } from '../client/client.js';
import { searchAlertsHistory, type AlertRecord, type AlertsHistoryWireFilters } from '../client/endpoints.js';
import { resolveClient } from '../client/global.js';
import { toWireFilters, type AlertsHistoryQuery } from './history-filters.js';

export interface AlertsHistoryFilters extends AlertsHistoryQuery {
  client?: IntezerClient;
}

export class AlertsHistoryResult implements AsyncIterable<AlertRecord> {
  /** The server's alerts_count (total matching), once a page was fetched. */
  totalCount?: number;
  #current: AlertRecord[] | undefined;
  readonly #client: IntezerClient;
  readonly #filters: Omit<AlertsHistoryWireFilters, 'offset' | 'limit'>;
  readonly #offset: number;
  readonly #limit: number;

  constructor(client: IntezerClient, filters: Omit<AlertsHistoryWireFilters, 'offset' | 'limit'>, offset: number, limit: number) {
    this.#client = client;
    this.#filters = filters;
    this.#offset = offset;
    this.#limit = limit;
  }

  async #fetch(offset: number): Promise<AlertRecord[]> {
    const page = await searchAlertsHistory(this.#client, { ...this.#filters, offset, limit: this.#limit });
    this.totalCount = page.alerts_count;
    this.#current = page.alerts;
    return page.alerts;
  }

  /**
   * Every page from the start. Stops when the offset reaches the total, or on an empty page
   * even if the total says more (so a shrinking result cannot loop forever).
   */
  async *pages(): AsyncGenerator<AlertRecord[], void, undefined> {
    let offset = this.#offset;
    for (;;) {
      const page = await this.#fetch(offset);
      if (page.length === 0) return;
      yield page;
      offset += page.length;
      if (offset >= (this.totalCount ?? 0)) return;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<AlertRecord, void, undefined> {
    for await (const page of this.pages()) yield* page;
  }

  /** Every matching alert in one array: memory grows with the result. */
  async all(): Promise<AlertRecord[]> {
    const out: AlertRecord[] = [];
    for await (const page of this.pages()) out.push(...page);
    return out;
  }

  /** The page last fetched; fetches the first page if none was yet. */
  async currentPage(): Promise<AlertRecord[]> {
    return this.#current ?? this.#fetch(this.#offset);
  }
}

/** Searches alert history; filters are checked now, the first request is made when read. */
export function queryAlertsHistory(filters: AlertsHistoryFilters = {}): AlertsHistoryResult {
  const { filters: wire, offset, limit } = toWireFilters(filters);
  return new AlertsHistoryResult(resolveClient(filters.client), wire, offset, limit);
}
