/**
 * watchAlerts: every update of a matching alert after `since`, once each, in
 * `alert_update_time` order, while the service changes under the walk.
 *
 * Each search asks for alerts updated from just behind the watermark (the newest time seen),
 * oldest first. Re-seeking by time whenever the watermark moves makes offsets count only
 * within the alerts at the watermark, so an alert updated while we page (it moves to the end,
 * the rest shift down one) cannot make us skip one. Pages overlap by OVERLAP alerts and the
 * cursor drops what it has seen. docs/following-changes.md tells the whole argument.
 */
import type { IntezerClient } from '../client/client.js';
import { searchAlertsHistory, type AlertRecord, type AlertsHistoryWireFilters } from '../client/endpoints.js';
import { InvalidArgumentError, IntezerError, NetworkError, RateLimitError, ServerError, InvalidApiKeyError } from '../client/errors.js';
import { resolveClient } from '../client/global.js';
import { checkWatchOptions, type AlertsWatchOptions, type AlertsWatchPoll } from './watch-options.js';
import type { AlertsCheckpoint, WatchCursor } from './watch-cursor.js';

export interface AlertChange {
  /** `${environment}/${alert_id}@${alert_update_time}`, the time exactly as the service sent it: one key per state of an alert. */
  key: string;
  /** The alert as of that update, as the service sent it. */
  alert: AlertRecord;
  /** Resume here and this change is not seen again. */
  checkpoint: AlertsCheckpoint;
}

/** Alerts per search (the wire's maximum). */
export const WATCH_PAGE_SIZE = 100;
/** Alerts re-read at the start of a page that continues by offset. */
const OVERLAP = 10;
/** Alerts at the watermark re-read whole on each new seek (so one that joins them is found); past this, by offset. */
const REREAD_GROUP = WATCH_PAGE_SIZE / 2;

type Filters = Omit<AlertsHistoryWireFilters, 'offset' | 'limit'>;

/** Failures a following watch outlives: it waits an interval and polls again. */
function isTransient(err: unknown): boolean {
  if (err instanceof InvalidApiKeyError) return false;
  return err instanceof RateLimitError || err instanceof NetworkError || (err instanceof ServerError && err.status >= 500);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class AlertsWatch implements AsyncIterable<AlertChange> {
  readonly #client: IntezerClient;
  readonly #filters: Filters;
  readonly #cursor: WatchCursor;
  readonly #follow: boolean;
  readonly #intervalMs: number;
  readonly #signal: AbortSignal | undefined;
  readonly #onPoll: ((poll: AlertsWatchPoll) => void) | undefined;
  #running = false;

  /** @internal Use watchAlerts(). */
  constructor(client: IntezerClient, o: ReturnType<typeof checkWatchOptions>) {
    this.#client = client;
    this.#filters = o.filters;
    this.#cursor = o.cursor;
    this.#follow = o.follow;
    this.#intervalMs = o.pollIntervalMs;
    this.#signal = o.signal;
    this.#onPoll = o.onPoll;
  }

  /** Where the watch stands: resume a later watch from it (`since`). JSON-serialisable. */
  checkpoint(): AlertsCheckpoint {
    return this.#cursor.checkpoint();
  }

  #search(offset: number): Promise<{ alerts_count: number; alerts: AlertRecord[] }> {
    const body: AlertsHistoryWireFilters = {
      ...this.#filters,
      time_filter_type: 'alert_update_time',
      sort_by: ['ALERT_UPDATE_TIME'],
      sort_order: 'asc',
      start_time: this.#cursor.startTime(),
      offset,
      limit: WATCH_PAGE_SIZE,
    };
    return searchAlertsHistory(this.#client, body, this.#signal ? { signal: this.#signal } : {});
  }

  /** Where a search from the watermark starts: at 0 (every alert at the watermark again) unless they are many. */
  #seekOffset(): number {
    const seen = this.#cursor.seenCount;
    return seen <= REREAD_GROUP ? 0 : seen - OVERLAP;
  }

  /**
   * The changes of each page, as one array (never empty): a consumer that commits in batches
   * (the CLI's sync) commits a page at a time. Iterating the watch itself yields them one by one.
   */
  async *batches(): AsyncGenerator<AlertChange[], void, undefined> {
    if (this.#running) throw new InvalidArgumentError('this watch is already being read: read it once at a time');
    this.#running = true;
    try {
      yield* this.#walk();
    } finally {
      this.#running = false;
    }
  }

  async *#walk(): AsyncGenerator<AlertChange[], void, undefined> {
    const cursor = this.#cursor;
    let poll = { changes: 0, requests: 0, untimed: 0 };
    let mark = cursor.watermark;
    let offset = this.#seekOffset();
    for (;;) {
      this.#signal?.throwIfAborted();
      let alerts: AlertRecord[];
      poll.requests++;
      try {
        alerts = (await this.#search(offset)).alerts;
      } catch (err) {
        if (!this.#follow || this.#signal?.aborted || !isTransient(err)) throw err;
        this.#onPoll?.({ ...poll, checkpoint: cursor.checkpoint(), error: err as IntezerError });
        poll = { changes: 0, requests: 0, untimed: 0 };
        const retryAfter = err instanceof RateLimitError ? (err.retryAfterMs ?? 0) : 0;
        await sleep(Math.max(this.#intervalMs, retryAfter), this.#signal);
        mark = cursor.watermark;
        offset = this.#seekOffset();
        continue;
      }
      const batch: AlertChange[] = [];
      for (const alert of alerts) {
        const key = cursor.take(alert);
        if (key === 'untimed') poll.untimed++;
        else if (key !== undefined) batch.push({ key, alert, checkpoint: cursor.checkpoint() });
      }
      poll.changes += batch.length;
      if (batch.length > 0) yield batch;
      if (cursor.watermark !== mark) {
        // Seek again from the new watermark: offsets before it no longer matter.
        mark = cursor.watermark;
        offset = this.#seekOffset();
      } else if (alerts.length === WATCH_PAGE_SIZE) {
        // A full page without a newer time: the alerts at the watermark (or just behind it) go on; step on by offset.
        offset += WATCH_PAGE_SIZE - OVERLAP;
      }
      if (alerts.length === WATCH_PAGE_SIZE || batch.length > 0) continue;
      // A page that ends the result and brings nothing new: caught up.
      this.#onPoll?.({ ...poll, checkpoint: cursor.checkpoint() });
      if (!this.#follow) return;
      poll = { changes: 0, requests: 0, untimed: 0 };
      await sleep(this.#intervalMs, this.#signal);
      offset = this.#seekOffset();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<AlertChange, void, undefined> {
    for await (const batch of this.batches()) yield* batch;
  }
}

/**
 * Follows alert changes: options are checked now (bad ones → InvalidArgumentError) and the
 * client is bound now; the first request is made when read.
 */
export function watchAlerts(options: AlertsWatchOptions = {}): AlertsWatch {
  const checked = checkWatchOptions(options);
  return new AlertsWatch(resolveClient(checked.client), checked);
}

export type { AlertsWatchOptions, AlertsWatchPoll } from './watch-options.js';
export type { AlertsCheckpoint } from './watch-cursor.js';
