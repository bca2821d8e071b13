/**
 * Option-value parsers for commander. They throw commander's InvalidArgumentError, which it
 * reports naming the option; the CLI exits 2 for it.
 */
import { InvalidArgumentError as OptionValueError } from 'commander';
import { parseDurationMs, parseTimePoint } from './duration.js';

export function integerIn(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new OptionValueError(max === Number.MAX_SAFE_INTEGER ? `expected an integer ≥ ${min}` : `expected an integer from ${min} to ${max}`);
    }
    return n;
  };
}

/** Milliseconds: a bare number, or a duration such as 30s, 5m, 1h. */
export function durationMs(value: string): number {
  try {
    return parseDurationMs(value, 'ms');
  } catch (err) {
    throw new OptionValueError((err as Error).message);
  }
}

/** "now", a duration ago (7d, 12h), or an ISO 8601 date. */
export function timePoint(value: string): Date {
  try {
    return parseTimePoint(value);
  } catch (err) {
    throw new OptionValueError((err as Error).message);
  }
}

/** Repeatable, comma-separated list option: `--source s1 --source cs,xsoar`. */
export function list(value: string, previous: string[] | undefined): string[] {
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (parts.length === 0) throw new OptionValueError('expected a non-empty value');
  return [...(previous ?? []), ...parts];
}

/** Repeatable option whose values are kept whole (no comma splitting). */
export function repeat(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function boolean(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', '1'].includes(v)) return true;
  if (['false', 'no', '0'].includes(v)) return false;
  throw new OptionValueError('expected true or false');
}

export function jsonObject(value: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new OptionValueError('expected a JSON object');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new OptionValueError('expected a JSON object');
  return parsed as Record<string, unknown>;
}

/** A value the service needs non-empty (an environment, a verdict, a password): refused before any request, not on every item. */
export function nonEmpty(value: string): string {
  if (value.trim() === '') throw new OptionValueError('expected a non-empty value');
  return value;
}
