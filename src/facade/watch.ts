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
import { searchAlertsHistory, type AlertsHistoryWireFilters } from '../client/endpoints.js';
import type { AlertRecord } from './records.js';
import {
  InvalidArgumentError,
  IntezerError,
  NetworkError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  InvalidApiKeyError,
} from '../client/errors.js';
import { resolveClient } from '../client/global.js';
import { onAbort } from '../client/timers.js';
import { warnUnknownFilterValues } from './history-filters.js';
import { checkWatchOptions, type AlertsWatchOptions, type AlertsWatchPoll } from './watch-options.js';
import { WatchCursor, type AlertsCheckpoint } from './watch-cursor.js';

/** One change yielded by an {@link AlertsWatch}: an alert as of one update, its key, and where to resume after it. */
export interface AlertChange {
  /** `${environment}/${alert_id}@${alert_update_time}`, the time exactly as the service sent it: one key per state of an alert. */
  key: string;
  /** The alert as of that update, as the service sent it. */
  alert: AlertRecord;
  /** Resume here and this change is not seen again. */
  checkpoint: AlertsCheckpoint;
}

/** Alerts per search (the wire's maximum). */
const WATCH_PAGE_SIZE = 100;
/** Alerts re-read at the start of a page that continues by offset. */
const OVERLAP = 10;
/** A since further ahead of the local clock than this is warned about. */
const FUTURE_WARN_MS = 3_600_000;
/** Requests in a row that bring nothing new and cannot step on, before the pages are taken for a broken service. */
const MAX_STALLS = 5;

const SEARCH = 'POST /alerts/search';

type Filters = Omit<AlertsHistoryWireFilters, 'offset' | 'limit'>;

/** Failures a following watch outlives: it waits an interval and polls again. */
function isTransient(err: unknown): boolean {
  if (err instanceof InvalidApiKeyError) return false;
  return err instanceof RateLimitError || err instanceof NetworkError || (err instanceof ServerError && err.status >= 500);
}

/** Pages that cannot be walked by offset (a service bug): a contract break, not a loop. */
function bentPages(offset: number, what: string): ResponseValidationError {
  return new ResponseValidationError(
    `Response of ${SEARCH} (HTTP 200) breaks the API contract: the page at offset ${offset} ${what}, so offsets cannot be followed`,
    {
      operation: SEARCH,
      status: 200,
      issues: [{ path: ['result', 'alerts'], message: `the page at offset ${offset} ${what}` }],
    },
  );
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

/**
 * The changes of matching alerts after `since`, each once, in `alert_update_time` order: iterate it with `for await`.
 * Made by {@link watchAlerts}; {@link AlertsWatch.checkpoint} tells where it stands.
 */
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

  /**
   * Passes: each starts at offset 0 just behind the watermark (the alerts at the watermark
   * come back first) and steps on by offset with an overlap, checked: the page must hold one
   * of the previous page's last alerts, else alerts may have shifted past us and the pass
   * starts again. A pass that meets a newer time ends (the next starts from it), unless the
   * alerts at the watermark were read over several requests while they could still grow (one
   * could have joined before our offset): then they are read once more from their start,
   * which is safe now that a newer time proves they are complete.
   */
  async *#walk(): AsyncGenerator<AlertChange[], void, undefined> {
    const cursor = this.#cursor;
    let poll = { changes: 0, requests: 0, untimed: 0 };
    let offset = 0;
    let anchors: Set<string> | undefined;
    let previous: Set<string> | undefined;
    let complete = false;
    // Requests in a row that brought nothing new and no step forward (repeated pages, overlaps that never meet).
    let stalls = 0;
    const restart = (groupComplete: boolean) => {
      offset = 0;
      anchors = undefined;
      previous = undefined;
      complete = groupComplete;
    };
    for (;;) {
      this.#signal?.throwIfAborted();
      let alerts: AlertRecord[];
      let count: number;
      poll.requests++;
      const mark = cursor.watermark;
      try {
        ({ alerts, alerts_count: count } = await this.#search(offset));
      } catch (err) {
        if (!this.#follow || this.#signal?.aborted || !isTransient(err)) throw err;
        this.#onPoll?.({ ...poll, checkpoint: cursor.checkpoint(), error: err as IntezerError });
        poll = { changes: 0, requests: 0, untimed: 0 };
        const retryAfter = err instanceof RateLimitError ? (err.retryAfterMs ?? 0) : 0;
        await this.#pause(Math.max(this.#intervalMs, retryAfter));
        restart(false);
        stalls = 0;
        continue;
      }
      const peeks = alerts.map((a) => AlertsWatch.#peek(a));
      // Out of order, an older alert after a newer one would be dropped as seen: lost, silently.
      const times = peeks.flatMap((p) => (p ? [p.ns] : []));
      if (times.some((t, i) => i > 0 && t < times[i - 1]!)) throw bentPages(offset, 'is not sorted by alert_update_time, oldest first');
      if (anchors && !peeks.some((p) => p && anchors!.has(p.anchor))) {
        // None of the overlap came back: alerts before us moved away, and we may have skipped some.
        if (++stalls >= MAX_STALLS) throw bentPages(offset, 'never holds any of the alerts the page before ended with');
        restart(complete);
        continue;
      }
      const batch: AlertChange[] = [];
      let broke = false;
      for (let i = 0; i < alerts.length; i++) {
        const p = peeks[i];
        if (p && p.ns > mark && offset > 0 && !complete) {
          // A newer time, after alerts at the watermark read over several requests: read them again first.
          broke = true;
          break;
        }
        const key = cursor.take(alerts[i]!);
        if (key === 'untimed') poll.untimed++;
        else if (key !== undefined) batch.push({ key, alert: alerts[i]!, checkpoint: cursor.checkpoint() });
      }
      poll.changes += batch.length;
      if (batch.length > 0) {
        stalls = 0;
        yield batch;
      }
      if (broke) {
        restart(true);
        continue;
      }
      // More may follow a full page, or a shorter one (a service that caps pages lower) while the count says so.
      const more = alerts.length > 0 && (alerts.length >= WATCH_PAGE_SIZE || offset + alerts.length < count);
      if (cursor.watermark !== mark) restart(false);
      else if (more) {
        const keys = peeks.flatMap((p) => (p ? [p.anchor] : []));
        // A page that holds only alerts of the page before (a service that ignores offset) is no step forward.
        if (batch.length === 0 && previous && keys.every((k) => previous!.has(k)) && ++stalls >= MAX_STALLS) {
          throw bentPages(offset, 'repeats the page before it');
        }
        const overlap = Math.min(OVERLAP, Math.floor(alerts.length / 2));
        offset += alerts.length - overlap;
        anchors = overlap > 0 ? new Set(keys.slice(-overlap)) : undefined;
        previous = new Set(keys);
      }
      if (more || batch.length > 0) continue;
      // A page that ends the result and brings nothing new: caught up.
      stalls = 0;
      this.#onPoll?.({ ...poll, checkpoint: cursor.checkpoint() });
      if (!this.#follow) return;
      poll = { changes: 0, requests: 0, untimed: 0 };
      await this.#pause(this.#intervalMs);
      restart(false);
    }
  }

  /** Between polls: ends early with the caller's signal or with the client's close (a following watch never outlives its client). */
  async #pause(ms: number): Promise<void> {
    const controller = new AbortController();
    const stopOuter = this.#signal && onAbort(this.#signal, (reason) => controller.abort(reason));
    const stopOnClose = this.#client.onClose('watching alerts', (err) => controller.abort(err));
    try {
      await sleep(ms, controller.signal);
    } finally {
      stopOuter?.();
      stopOnClose();
    }
  }

  static #peek(alert: AlertRecord) {
    return WatchCursor.peek(alert);
  }

  /** Every change, one by one; without `follow` it ends once a poll brings nothing new. One reader at a time. */
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
  const client = resolveClient(checked.client);
  // As queryAlertsHistory: a value outside a known set is sent, but never silently.
  warnUnknownFilterValues(client, checked.query);
  // A since ahead of this machine's clock (a typo, a tampered checkpoint, a clock far off) is legal but waits, silently, until then.
  const aheadMs = Number((checked.cursor.watermark - BigInt(Date.now()) * 1_000_000n) / 1_000_000n);
  if (aheadMs > FUTURE_WARN_MS) {
    client.log.warn(
      `since ${checked.cursor.checkpoint().time} is ${Math.round(aheadMs / 3_600_000)} h ahead of this machine's clock: no change before it will come`,
    );
  }
  return new AlertsWatch(client, checked);
}

export type { AlertsWatchOptions, AlertsWatchPoll } from './watch-options.js';
export type { AlertsCheckpoint } from './watch-cursor.js';
