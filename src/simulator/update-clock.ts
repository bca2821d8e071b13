/**
 * `alert_update_time`: stamped when an alert is added finished, when its triage finishes and
 * when it is updated (control API). Stamps never go back: each one is at least the last one
 * given, so an alert a client can see never carries a time before one it has already seen
 * (no late arrivals: what a follower relies on). An alert updated twice within one tick of
 * the shown precision gets the next tick, so each of its states keeps its own time. Alerts
 * added with a time in the past (seeded history) keep it and do not move the clock.
 *
 * Times are kept at the precision shown (whole seconds by default, as the wire's examples),
 * so filters and sorts see exactly what clients read, and alerts updated within one tick share a time.
 */
import { isoDate } from './render.js';
import type { AlertUpdateRecord, SimAlert } from './types.js';

/** Fraction digits of `alert_update_time`: 0 (whole seconds), 3 or 6. */
export type UpdateTimeDigits = 0 | 3 | 6;

export class UpdateClock {
  readonly #unit: number;
  readonly #digits: UpdateTimeDigits;
  #last = -Infinity;
  /** Alerts whose triage has not finished yet, to stamp when it does. */
  #pending: SimAlert[] = [];
  readonly log: AlertUpdateRecord[] = [];

  constructor(digits: UpdateTimeDigits = 0) {
    this.#digits = digits;
    this.#unit = digits === 0 ? 1000 : 1;
  }

  #floor(ms: number): number {
    return Math.floor(ms / this.#unit) * this.#unit;
  }

  /** The wire form of a stamp (an arrow: handed to the alert renderer as is). */
  readonly render = (ms: number): string => {
    if (this.#digits === 0) return isoDate(ms);
    const iso = new Date(ms).toISOString();
    return `${iso.slice(0, 23)}${this.#digits === 6 ? '000' : ''}+00:00`;
  };

  #record(a: SimAlert, at: number): void {
    const rec: AlertUpdateRecord = { alertId: a.alertId, environment: a.environment, alertUpdateTime: this.render(a.updatedAt!), at };
    if (a.tenantId !== undefined) rec.tenantId = a.tenantId;
    this.log.push(rec);
  }

  /** Stamps an alert's update happening now. */
  stamp(a: SimAlert, now: number): void {
    let t = Math.max(this.#floor(now), this.#last);
    if (a.updatedAt !== undefined && t <= a.updatedAt) t = a.updatedAt + this.#unit;
    this.#last = t;
    a.updatedAt = t;
    this.#record(a, now);
  }

  /** A new alert: stamped now if it is finished now, with its own time if that is past, or when its triage finishes. */
  added(a: SimAlert, now: number): void {
    if (a.updatedAt !== undefined) {
      a.updatedAt = this.#floor(a.updatedAt);
      this.#record(a, now);
    } else if (a.triageDoneAt < now) {
      a.updatedAt = this.#floor(a.triageDoneAt);
      this.#record(a, now);
    } else if (a.triageDoneAt === now) this.stamp(a, now);
    else if (Number.isFinite(a.triageDoneAt)) this.#pending.push(a);
  }

  /** Stamps the alerts whose triage finished by `now` (in the order they finished). Called before every request is handled. */
  settle(now: number): void {
    if (this.#pending.length === 0) return;
    const due = this.#pending.filter((a) => a.triageDoneAt <= now).sort((x, y) => x.triageDoneAt - y.triageDoneAt);
    if (due.length === 0) return;
    this.#pending = this.#pending.filter((a) => a.triageDoneAt > now);
    for (const a of due) if (a.updatedAt === undefined) this.stamp(a, now);
  }

  clear(): void {
    this.#pending = [];
    this.log.length = 0;
    // #last stays: stamps after a reset still never go back.
  }
}
