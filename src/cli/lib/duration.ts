/**
 * Durations ("90s", "12h", "7d", "1h30m") and points in time ("7d" ago, "now", ISO 8601).
 * Throws UsageError on anything else.
 */
import { UsageError } from './usage-error.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/gy;

/**
 * A duration in ms. A bare number is read in `bareUnit` (ms by default); otherwise one or
 * more number+unit parts: ms, s, m, h, d, w.
 */
export function parseDurationMs(text: string, bareUnit: keyof typeof UNIT_MS = 'ms'): number {
  const s = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s) * UNIT_MS[bareUnit]!;
  if (s === '') throw new UsageError('empty duration');
  let total = 0;
  PART.lastIndex = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = PART.exec(s)) !== null) {
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
    end = PART.lastIndex;
  }
  if (end !== s.length) throw new UsageError(`not a duration: "${text}" (use e.g. 90s, 15m, 12h, 7d)`);
  return total;
}

const ISO = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** "now", a duration before `now` ("7d" = seven days ago), or an ISO 8601 date / date-time. */
export function parseTimePoint(text: string, now: number = Date.now()): Date {
  const s = text.trim();
  if (s.toLowerCase() === 'now') return new Date(now);
  if (ISO.test(s)) {
    const d = new Date(s.replace(' ', 'T'));
    if (!Number.isNaN(d.getTime())) return d;
    throw new UsageError(`not a valid date: "${text}"`);
  }
  let ms: number;
  try {
    ms = parseDurationMs(s, 's');
  } catch {
    throw new UsageError(`not a time: "${text}" (use a duration ago such as 7d or 12h, "now", or an ISO 8601 date such as 2026-04-01T00:00:00Z)`);
  }
  if (/^\d+(\.\d+)?$/.test(s)) throw new UsageError(`ambiguous time "${text}": give a unit (e.g. ${s}d) or an ISO 8601 date`);
  return new Date(now - ms);
}
