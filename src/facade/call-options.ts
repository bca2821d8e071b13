/**
 * The one check of a call's options object, before anything is read or sent: plain
 * JavaScript has no compiler to catch `{ fetchscans: true }` or `{ defaultVerdict: {…} }`, and
 * either would otherwise pass silently (an option ignored, "[object Object]" sent).
 *
 * A call checks its options in one line, naming a kind for each option:
 *
 *   const o = checkOptions('Alert.send', options, { rawAlert: 'record', source: 'string', wait: 'boolean', ...WAITING, ...CALL });
 *
 * The spec must name every key of the options' type (the compiler says which one is
 * missing), so an option added to the interface cannot skip the check. What comes back is a
 * snapshot: each option read once, here (a getter that throws is an InvalidArgumentError, and
 * is not read again later). Options of kind 'any' are the call's own to check.
 */
import { IntezerClient } from '../client/client.js';
import { InvalidArgumentError } from '../client/errors.js';
import { suggestion } from './closest.js';

const KIND_CHECKS = {
  /** A non-empty string. */
  string: (v: unknown) => typeof v === 'string' && v.trim() !== '',
  /** Any string, empty included. */
  text: (v: unknown) => typeof v === 'string',
  boolean: (v: unknown) => typeof v === 'boolean',
  /** Milliseconds: finite and not negative. */
  duration: (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  signal: (v: unknown) => v instanceof AbortSignal,
  client: (v: unknown) => v instanceof IntezerClient,
  /** A plain object (not null, not an array). */
  record: (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v),
  /** An array of non-empty strings (possibly empty). */
  strings: (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== ''),
  any: () => true,
} as const;

export type OptionKind = keyof typeof KIND_CHECKS;

const EXPECTED: Record<OptionKind, string> = {
  string: 'a non-empty string',
  text: 'a string',
  boolean: 'a boolean',
  duration: 'a finite, non-negative number of milliseconds',
  signal: 'an AbortSignal',
  client: 'an IntezerClient',
  record: 'a plain object',
  strings: 'an array of non-empty strings',
  any: 'anything',
};

/** One kind per option of `T`, none left out. */
export type OptionSpec<T> = { readonly [K in keyof T]-?: OptionKind };

/** Every call that touches the network takes these. */
export const CALL = { signal: 'signal' } as const;
/** Facade entry points that may be given a client. */
export const WITH_CLIENT = { client: 'client' } as const;
/** The options of every waitForCompletion. */
export const WAITING = { intervalMs: 'duration', timeoutMs: 'duration', sleepBeforeFirstCheck: 'boolean', signal: 'signal' } as const;

/** What a value is, for a message: never the value itself (it may hold a secret). */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

/** The options as given, checked; `undefined` is no options. */
export function checkOptions<T extends object>(call: string, options: T | undefined, spec: OptionSpec<T>): T {
  if (options === undefined) return {} as T;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidArgumentError(`${call}: the options must be an object, not ${describeValue(options)}`);
  }
  const known = Object.keys(spec);
  let given: string[];
  try {
    given = Object.keys(options);
  } catch (cause) {
    throw new InvalidArgumentError(`${call}: the options could not be read`, { cause });
  }
  for (const key of given) {
    if (!Object.hasOwn(spec, key)) throw new InvalidArgumentError(`${call}: unknown option "${key}"${suggestion(key, known)}`);
  }
  const snapshot: Record<string, unknown> = {};
  for (const name of known) {
    let value: unknown;
    try {
      value = (options as Record<string, unknown>)[name];
    } catch (cause) {
      throw new InvalidArgumentError(`${call}: reading the option ${name} threw`, { cause });
    }
    if (value === undefined) continue;
    const kind = (spec as Record<string, OptionKind>)[name]!;
    if (!KIND_CHECKS[kind](value)) throw new InvalidArgumentError(`${call}: ${name} must be ${EXPECTED[kind]}, not ${describeValue(value)}`);
    snapshot[name] = value;
  }
  return snapshot as T;
}
