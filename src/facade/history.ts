/**
 * Alert history search. Lazy: nothing is requested until read. The first page gives the
 * total; the pages after it are fetched `concurrency` at a time (page-size steps from the
 * start) and yielded in offset order, with at most `concurrency` pages fetched and not yet
 * yielded. `all()` is the explicit collect-everything path.
 */
import { setMaxListeners } from 'node:events';
import type { IntezerClient } from '../client/client.js';
import { searchAlertsHistory, type AlertsHistoryWireFilters } from '../client/endpoints.js';
import type { AlertRecord } from './records.js';
import { resolveClient } from '../client/global.js';
import { CALL, checkOptions, WITH_CLIENT, type OptionSpec } from './call-options.js';
import { HISTORY_QUERY, integerIn, toWireFilters, warnUnknownFilterValues, type AlertsHistoryQuery } from './history-filters.js';

/** Pages in flight at once after the first: enough to hide a link's latency, few enough to be a polite client. */
const DEFAULT_HISTORY_CONCURRENCY = 4;
const MAX_CONCURRENCY = 16;

/** The filters and options of {@link queryAlertsHistory}: every filter is optional; absent ones are not sent. */
export interface AlertsHistoryFilters extends AlertsHistoryQuery {
  /** The client the search uses for its whole walk; default: the global one ({@link setGlobalApi}). */
  client?: IntezerClient;
  /** Pages fetched at once once the total is known, 1..16 (default 4; 1: one after another). */
  concurrency?: number;
  /** Aborting stops the walk (it rejects with the signal's reason) and every request in flight. */
  signal?: AbortSignal;
}

type Filters = Omit<AlertsHistoryWireFilters, 'offset' | 'limit'>;

/**
 * The alerts matching a history search, read lazily: iterate it (`for await`), page by page ({@link AlertsHistoryResult.pages}),
 * or all at once ({@link AlertsHistoryResult.all}). Each walk starts from the first page; alerts come in offset order.
 */
export class AlertsHistoryResult implements AsyncIterable<AlertRecord> {
  /** The server's alerts_count (total matching): the newest one, once a page was fetched. */
  totalCount?: number;
  #current: AlertRecord[] | undefined;
  readonly #client: IntezerClient;
  readonly #filters: Filters;
  readonly #offset: number;
  readonly #limit: number;
  readonly #concurrency: number;
  readonly #signal: AbortSignal | undefined;

  /** @internal Use queryAlertsHistory(). */
  constructor(client: IntezerClient, filters: Filters, offset: number, limit: number, concurrency = DEFAULT_HISTORY_CONCURRENCY, signal?: AbortSignal) {
    this.#client = client;
    this.#filters = filters;
    this.#offset = offset;
    this.#limit = limit;
    this.#concurrency = concurrency;
    this.#signal = signal;
  }

  async #fetch(offset: number, signal: AbortSignal | undefined): Promise<AlertRecord[]> {
    const page = await searchAlertsHistory(this.#client, { ...this.#filters, offset, limit: this.#limit }, signal ? { signal } : {});
    this.totalCount = page.alerts_count;
    return page.alerts;
  }

  /**
   * Every page from the start. A page shorter than the first (the step) or empty ends the
   * walk, whatever the total says (so a shrinking result cannot loop forever); after a full
   * page the walk goes on while the newest total says there is more (so a growing one is
   * followed). An error surfaces in order, after the pages before it.
   */
  async *pages(): AsyncGenerator<AlertRecord[], void, undefined> {
    this.#signal?.throwIfAborted();
    const first = await this.#fetch(this.#offset, this.#signal);
    this.#current = first;
    if (first.length === 0) return;
    const step = first.length;
    // Requests still in flight when the walk ends (done, broken off, failed) are aborted; the
    // caller's abort reaches them with its reason.
    const stop = new AbortController();
    // Each request in flight listens to it (node warns past 10 listeners).
    setMaxListeners(4 * MAX_CONCURRENCY, stop.signal);
    const user = this.#signal;
    const onAbort = () => stop.abort(user!.reason);
    user?.throwIfAborted();
    user?.addEventListener('abort', onAbort, { once: true });
    const signal = stop.signal;
    const window: Promise<AlertRecord[]>[] = [];
    let next = this.#offset + step;
    // While the reader holds a page, one fewer is fetched ahead: `concurrency` pages in memory at most.
    const fill = (room: number) => {
      while (window.length < room && next < (this.totalCount ?? 0)) {
        const page = this.#fetch(next, signal);
        // Awaited in order; until then a failure must not count as unhandled.
        page.catch(() => {});
        window.push(page);
        next += step;
      }
    };
    const c = this.#concurrency;
    try {
      fill(c - 1);
      yield first;
      for (fill(c); window.length > 0; fill(c)) {
        const page = await window.shift()!;
        if (page.length === 0) return;
        this.#current = page;
        if (page.length < step) {
          yield page;
          return;
        }
        fill(c - 1);
        yield page;
      }
    } finally {
      user?.removeEventListener('abort', onAbort);
      stop.abort();
    }
  }

  /** Every matching alert, one by one, walking the pages from the start; memory holds at most `concurrency` pages. */
  async *[Symbol.asyncIterator](): AsyncGenerator<AlertRecord, void, undefined> {
    for await (const page of this.pages()) yield* page;
  }

  /** Every matching alert in one array: memory grows with the result. */
  async all(): Promise<AlertRecord[]> {
    const out: AlertRecord[] = [];
    for await (const page of this.pages()) out.push(...page);
    return out;
  }

  /** The page last yielded; fetches the first page if none was yet. */
  async currentPage(): Promise<AlertRecord[]> {
    if (this.#current) return this.#current;
    this.#signal?.throwIfAborted();
    this.#current = await this.#fetch(this.#offset, this.#signal);
    return this.#current;
  }
}

function checkConcurrency(v: unknown): number {
  return v === undefined ? DEFAULT_HISTORY_CONCURRENCY : integerIn('concurrency', v, 1, MAX_CONCURRENCY);
}

const HISTORY: OptionSpec<AlertsHistoryFilters> = { ...HISTORY_QUERY, concurrency: 'any', ...CALL, ...WITH_CLIENT };

/**
 * Searches alert history; filters are checked now (a value outside a known set is logged),
 * the first request is made when read.
 */
export function queryAlertsHistory(filters: AlertsHistoryFilters = {}): AlertsHistoryResult {
  // concurrency and signal shape the walk; they are not filters of the wire.
  const { client: given, concurrency, signal, ...query } = checkOptions('queryAlertsHistory', filters, HISTORY);
  const { filters: wire, offset, limit } = toWireFilters(query);
  const client = resolveClient(given);
  warnUnknownFilterValues(client, query);
  return new AlertsHistoryResult(client, wire, offset, limit, checkConcurrency(concurrency), signal);
}
