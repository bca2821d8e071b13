/**
 * watchAlerts' options, checked whole before any request: the watch's own, and the history
 * filters it passes on (mapped by history-filters.ts). The filters that shape the walk itself
 * (time window, sort, paging) are the watch's to set, so naming one is refused, as is any key
 * it does not know.
 */
import type { IntezerClient } from '../client/client.js';
import { InvalidArgumentError, type IntezerError } from '../client/errors.js';
import type { AlertsHistoryWireFilters } from '../client/endpoints.js';
import { CALL, checkOptions, WITH_CLIENT, type OptionSpec } from './call-options.js';
import { HISTORY_QUERY, toWireFilters, type AlertsHistoryQuery } from './history-filters.js';
import { WatchCursor, type AlertsCheckpoint } from './watch-cursor.js';

/** One poll: from a start (or a wake-up) until a page brings nothing new. */
export interface AlertsWatchPoll {
  /** Changes yielded during the poll. */
  changes: number;
  /** Search requests the poll made (a request that failed counts). */
  requests: number;
  /** Alerts of the pages that carried no readable `alert_update_time` (left out: they cannot be keyed). */
  untimed: number;
  /** Where the watch stands after the poll. */
  checkpoint: AlertsCheckpoint;
  /** Set when a following watch met a failure the client's retries did not overcome; it polls again after the interval. */
  error?: IntezerError;
}

/**
 * The history filters a watch passes on: all but the time window, sort and paging, which the watch sets itself.
 * @inline
 */
type WatchFilters = Omit<AlertsHistoryQuery, 'offset' | 'limit' | 'startTime' | 'endTime' | 'timeFilterType' | 'sortBy' | 'sortOrder'>;

/** The options of {@link watchAlerts}: the watch's own, and the history filters it passes on. Bad ones are an {@link InvalidArgumentError} before any request. */
export type AlertsWatchOptions = WatchFilters & {
  /** A Date (changes at or after it), or the checkpoint of an earlier watch. Default: now (from the start of the current second). */
  since?: Date | AlertsCheckpoint;
  /** Keep polling once caught up. Default false: end once a poll brings nothing new. */
  follow?: boolean;
  /** Between polls when following. Default 60_000. */
  pollIntervalMs?: number;
  /** Aborting ends the watch: the iteration rejects with the signal's reason. */
  signal?: AbortSignal;
  /** The client the watch uses; default: the global one ({@link setGlobalApi}). */
  client?: IntezerClient;
  /** Called once per poll (and per failed poll of a following watch): for progress lines. */
  onPoll?: (poll: AlertsWatchPoll) => void;
};

const DEFAULT_WATCH_POLL_INTERVAL_MS = 60_000;
/** setTimeout's limit. */
const MAX_INTERVAL_MS = 2 ** 31 - 1;
const WATCH_KEYS = new Set(['since', 'follow', 'pollIntervalMs', 'signal', 'client', 'onPoll']);
/** History filters the watch sets itself. */
const WALK_KEYS = new Set(['offset', 'limit', 'startTime', 'endTime', 'timeFilterType', 'sortBy', 'sortOrder', 'concurrency']);

export interface CheckedWatchOptions {
  filters: Omit<AlertsHistoryWireFilters, 'offset' | 'limit'>;
  /** The history filters as given (for the warnings on values outside a known set). */
  query: AlertsHistoryQuery;
  cursor: WatchCursor;
  follow: boolean;
  pollIntervalMs: number;
  signal: AbortSignal | undefined;
  client: IntezerClient | undefined;
  onPoll: ((poll: AlertsWatchPoll) => void) | undefined;
}

function cursorOf(since: unknown, now: () => Date): WatchCursor {
  // From the start of this second: a service that keeps whole seconds stamps a change made now with it.
  if (since === undefined) return WatchCursor.fromDate(new Date(Math.floor(now().getTime() / 1000) * 1000));
  if (since instanceof Date) {
    if (Number.isNaN(since.getTime())) throw new InvalidArgumentError('since must be a valid Date or a checkpoint');
    return WatchCursor.fromDate(since);
  }
  return WatchCursor.fromCheckpoint(since);
}

/** The kinds of the watch's options (call-options.ts): the history filters it passes on, and its own. */
const WATCH: OptionSpec<AlertsWatchOptions> = {
  ...(Object.fromEntries(Object.entries(HISTORY_QUERY).filter(([k]) => !WALK_KEYS.has(k))) as OptionSpec<WatchFilters>),
  since: 'any',
  follow: 'boolean',
  pollIntervalMs: 'any',
  onPoll: 'any',
  ...CALL,
  ...WITH_CLIENT,
};

export function checkWatchOptions(options: unknown, now: () => Date = () => new Date()): CheckedWatchOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new InvalidArgumentError('watchAlerts options must be an object');
  for (const key of WALK_KEYS) {
    if (Object.prototype.hasOwnProperty.call(options, key))
      throw new InvalidArgumentError(`watchAlerts takes no ${key}: the watch sets the time window, sort and paging itself`);
  }
  // Each option read once, names and kinds checked (a typo, a throwing getter, a client that is none).
  const o = checkOptions('watchAlerts', options as AlertsWatchOptions, WATCH);
  const query: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(o)) if (!WATCH_KEYS.has(key)) query[key] = value;
  const { filters } = toWireFilters(query as AlertsHistoryQuery);
  if (o.follow !== undefined && typeof o.follow !== 'boolean') throw new InvalidArgumentError('follow must be a boolean');
  const interval = o.pollIntervalMs ?? DEFAULT_WATCH_POLL_INTERVAL_MS;
  if (typeof interval !== 'number' || !Number.isFinite(interval) || interval < 0 || interval > MAX_INTERVAL_MS) {
    throw new InvalidArgumentError(`pollIntervalMs must be a number of milliseconds from 0 to ${MAX_INTERVAL_MS}`);
  }
  if (o.onPoll !== undefined && typeof o.onPoll !== 'function') throw new InvalidArgumentError('onPoll must be a function');
  return {
    filters,
    query: query as AlertsHistoryQuery,
    cursor: cursorOf(o.since, now),
    follow: o.follow ?? false,
    pollIntervalMs: interval,
    signal: o.signal,
    client: o.client,
    onPoll: o.onPoll,
  };
}
