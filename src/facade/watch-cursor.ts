/**
 * Where a watch of alert changes stands: the newest `alert_update_time` seen (the watermark)
 * and the alerts seen at exactly that time. A change is new when its time is after the
 * watermark, or at it and not seen yet; nothing older is kept, so the checkpoint grows only
 * with the alerts that share the newest time (docs/following-changes.md).
 *
 * Times are compared exactly: the ISO string is read into integer nanoseconds (a BigInt),
 * never a float, so microsecond times of 1.7e9 s do not collide or reorder. Floats appear only
 * in the `start_time` sent, which lies OVERLAP_NS behind the watermark: far more than a
 * double's error there (~0.2 µs), so rounding can only widen the window, never narrow it.
 */
import { InvalidArgumentError } from '../client/errors.js';

/** The checkpoint's format version: a checkpoint of another version is refused, not misread. */
const CHECKPOINT_VERSION = 1;

/** JSON-serialisable; resume a later watch from it (`since`). */
export interface AlertsCheckpoint {
  /** The checkpoint's format version (a checkpoint of another version is refused). */
  readonly version: 1;
  /** The watermark: the newest `alert_update_time` seen, as the service sent it (or the `since` Date in ISO form). */
  readonly time: string;
  /** `[environment, alert_id]` of each alert seen at exactly `time`. */
  readonly seen: readonly (readonly [string, string])[];
}

/**
 * A checkpoint read back is refused past these (a tampered or corrupted one): far more alerts
 * than ever share one time, and ids far longer than any service's.
 */
const MAX_SEEN = 100_000;
const MAX_ID_CHARS = 1024;
/** How far behind the watermark each search starts: 1 ms. */
const OVERLAP_NS = 1_000_000n;
const NS_PER_S = 1_000_000_000n;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 date-time (no offset = UTC) → integer nanoseconds since the epoch; undefined when it is not one (Feb 31 and +25:00 included). */
export function isoToNs(text: string): bigint | undefined {
  const m = ISO_TIME.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac = '', zone = 'Z'] = m;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  // A day the month does not have rolls over into the next month: not a date.
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined;
  const ms = date.getTime() + ((Number(h) * 60 + Number(mi)) * 60 + Number(s)) * 1000;
  let offsetS = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const [oh, om] = [Number(digits.slice(0, 2)), Number(digits.slice(2))];
    if (oh > 23 || om > 59) return undefined;
    offsetS = sign * (oh * 3600 + om * 60);
  }
  const fraction = BigInt((frac + '000000000').slice(0, 9));
  return BigInt(ms / 1000 - offsetS) * NS_PER_S + fraction;
}

/** Nanoseconds → epoch seconds as the wire's float: whole and fraction converted apart, so only the last step rounds. */
export function nsToEpochSeconds(ns: bigint): number {
  const whole = ns >= 0n ? ns / NS_PER_S : -((-ns + NS_PER_S - 1n) / NS_PER_S);
  return Number(whole) + Number(ns - whole * NS_PER_S) / 1e9;
}

const seenKey = (environment: string, alertId: string) => `${environment.length}:${environment}/${alertId}`;

export class WatchCursor {
  #time: string;
  #ns: bigint;
  #seen: [string, string][];
  #seenKeys: Set<string>;

  private constructor(time: string, ns: bigint, seen: [string, string][]) {
    this.#time = time;
    this.#ns = ns;
    this.#seen = seen;
    this.#seenKeys = new Set(seen.map(([e, a]) => seenKey(e, a)));
  }

  static fromDate(since: Date): WatchCursor {
    return new WatchCursor(since.toISOString(), BigInt(since.getTime()) * 1_000_000n, []);
  }

  /** A checkpoint as given by a user (read back from JSON): checked whole, nothing trusted. */
  static fromCheckpoint(cp: unknown): WatchCursor {
    const bad = (why: string) => new InvalidArgumentError(`since is not a checkpoint of watchAlerts: ${why}`);
    if (cp === null || typeof cp !== 'object' || Array.isArray(cp)) throw bad('not an object');
    const { version, time, seen, ...rest } = cp as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length > 0) throw bad(`unknown field ${extra[0]}`);
    if (version !== CHECKPOINT_VERSION) throw bad(`version ${JSON.stringify(version)} (this SDK reads version ${CHECKPOINT_VERSION})`);
    const ns = typeof time === 'string' ? isoToNs(time) : undefined;
    if (ns === undefined) throw bad('time is not an ISO 8601 date-time');
    if (!Array.isArray(seen)) throw bad('seen is not an array');
    if (seen.length > MAX_SEEN) throw bad(`seen holds ${seen.length} alerts (at most ${MAX_SEEN} share one time)`);
    const pairs: [string, string][] = [];
    for (const p of seen) {
      if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'string' || typeof p[1] !== 'string')
        throw bad('seen holds something other than [environment, alert_id] pairs');
      if (p[0].length > MAX_ID_CHARS || p[1].length > MAX_ID_CHARS) throw bad(`seen holds a name longer than ${MAX_ID_CHARS} characters`);
      pairs.push([p[0], p[1]]);
    }
    return new WatchCursor(time as string, ns, pairs);
  }

  /** Alerts seen at the watermark. */
  get seenCount(): number {
    return this.#seen.length;
  }

  /** The watermark, for telling whether it moved. */
  get watermark(): bigint {
    return this.#ns;
  }

  /** The `start_time` of a search: just behind the watermark, so the alerts at it come back and are told apart. */
  startTime(): number {
    return nsToEpochSeconds(this.#ns - OVERLAP_NS);
  }

  checkpoint(): AlertsCheckpoint {
    return { version: CHECKPOINT_VERSION, time: this.#time, seen: this.#seen.map(([e, a]) => [e, a] as const) };
  }

  /** An alert's time, and a key that names this state of it (an anchor between pages); undefined without a readable time. */
  static peek(alert: { alert_id?: unknown; environment?: unknown; alert_update_time?: unknown }): { ns: bigint; anchor: string } | undefined {
    const time = alert.alert_update_time;
    const ns = typeof time === 'string' ? isoToNs(time) : undefined;
    if (ns === undefined || typeof alert.alert_id !== 'string') return undefined;
    const environment = typeof alert.environment === 'string' ? alert.environment : '';
    return { ns, anchor: `${seenKey(environment, alert.alert_id)}@${ns}` };
  }

  /**
   * Takes an alert of a page (pages come in `alert_update_time` order): its key when it is a
   * change not seen yet (the cursor moves past it), undefined when seen, older than the
   * watermark, or without a readable time ('untimed').
   */
  take(alert: { alert_id?: unknown; environment?: unknown; alert_update_time?: unknown }): string | undefined | 'untimed' {
    const time = alert.alert_update_time;
    const ns = typeof time === 'string' ? isoToNs(time) : undefined;
    if (ns === undefined || typeof alert.alert_id !== 'string') return 'untimed';
    const environment = typeof alert.environment === 'string' ? alert.environment : '';
    const k = seenKey(environment, alert.alert_id);
    if (ns < this.#ns || (ns === this.#ns && this.#seenKeys.has(k))) return undefined;
    if (ns > this.#ns) {
      this.#ns = ns;
      this.#time = time as string;
      // A new array: checkpoints handed out keep their own copy anyway.
      this.#seen = [];
      this.#seenKeys = new Set();
    }
    this.#seen.push([environment, alert.alert_id]);
    this.#seenKeys.add(k);
    return `${environment}/${alert.alert_id}@${time as string}`;
  }
}
