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
import { isIntezerClient } from '../client/client.js';
import { InvalidArgumentError } from '../client/errors.js';
import { suggestion } from './closest.js';

/** A plain object: `{…}` or `Object.create(null)`; not a Map, a Date, an array or a class instance, whose keys mean nothing here. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype;
}

const KIND_CHECKS = {
  /** A non-empty string. */
  string: (v: unknown) => typeof v === 'string' && v.trim() !== '',
  /** Any string, empty included. */
  text: (v: unknown) => typeof v === 'string',
  boolean: (v: unknown) => typeof v === 'boolean',
  /** Milliseconds: finite and not negative. */
  duration: (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  signal: (v: unknown) => v instanceof AbortSignal,
  client: (v: unknown) => isIntezerClient(v),
  /** A plain object that JSON carries (taken as the JSON copy: what is sent is what was checked). */
  record: (v: unknown) => isPlainObject(v),
  /** An array of non-empty strings (possibly empty; taken as a copy, holes refused). */
  strings: (v: unknown) => Array.isArray(v),
  any: () => true,
} as const;

type OptionKind = keyof typeof KIND_CHECKS;

const EXPECTED: Record<OptionKind, string> = {
  string: 'a non-empty string',
  text: 'a string',
  boolean: 'a boolean',
  duration: 'a finite, non-negative number of milliseconds',
  signal: 'an AbortSignal',
  client: 'an IntezerClient',
  record: 'a plain object that JSON can carry',
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
function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') {
    // A Map, a Date, a class instance: its kind (the name of its class), never its contents.
    let name: unknown;
    try {
      name = isPlainObject(v) ? undefined : (Object.getPrototypeOf(v) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    } catch {
      name = undefined;
    }
    return typeof name === 'string' && /^[A-Za-z_$][\w$]{0,40}$/.test(name) ? `an object (${name})` : 'an object';
  }
  return `a ${typeof v}`;
}

/** A key for a message: quoted as JSON (a control character stays escaped), cut at 60 characters (a megabyte-long key is no message). */
const shownKey = (key: string): string => JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key);

/** Values JSON would turn into `{}` without a word: their content would be lost, so a record holding one is refused. */
const LOSSY = [Map, Set, WeakMap, WeakSet, ArrayBuffer];
function lossless(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && (ArrayBuffer.isView(value) || LOSSY.some((C) => value instanceof C))) throw new TypeError('lossy');
  return value;
}

/** The JSON copy of a plain object (no cycle, no BigInt, no Map or typed array, no toJSON that throws or makes it something else), or undefined. */
function jsonCopy(v: unknown): Record<string, unknown> | undefined {
  try {
    const copy: unknown = JSON.parse(JSON.stringify(v, lossless));
    return isPlainObject(copy) ? copy : undefined;
  } catch {
    return undefined;
  }
}

/** The value to keep for an option of `kind`, or `REFUSED`: lists and records are copied, so what is used is what was checked. */
const REFUSED = Symbol('refused');
function take(kind: OptionKind, value: unknown): unknown {
  if (!KIND_CHECKS[kind](value)) return REFUSED;
  if (kind === 'strings') {
    const copy = Array.from(value as unknown[]);
    return copy.every((s) => typeof s === 'string' && s.trim() !== '') ? copy : REFUSED;
  }
  if (kind === 'record') return jsonCopy(value) ?? REFUSED;
  return value;
}

/** An own property's value, read once (a getter called once); an inherited one is no option (a polluted Object.prototype must not add any). */
function ownValue(options: object, name: string): unknown {
  const d = Reflect.getOwnPropertyDescriptor(options, name);
  if (d === undefined) return undefined;
  return 'value' in d ? d.value : d.get?.call(options);
}

/**
 * The options as given, checked; `undefined` is no options. Only a plain object is options;
 * its own string keys count, enumerable or not (symbol keys are ignored: no typo makes one).
 */
export function checkOptions<T extends object>(call: string, options: T | undefined, spec: OptionSpec<T>): T {
  if (options === undefined) return {} as T;
  const known = Object.keys(spec);
  let given: string[];
  try {
    if (!isPlainObject(options)) {
      throw new InvalidArgumentError(`${call}: the options must be an object literal ({ … }), not ${describeValue(options)}`);
    }
    given = Reflect.ownKeys(options).filter((k): k is string => typeof k === 'string');
  } catch (cause) {
    if (cause instanceof InvalidArgumentError) throw cause;
    throw new InvalidArgumentError(`${call}: the options could not be read`, { cause });
  }
  for (const key of given) {
    if (!Object.hasOwn(spec, key)) throw new InvalidArgumentError(`${call}: unknown option ${shownKey(key)}${suggestion(key, known)}`);
  }
  // Without a prototype: an option left out reads as undefined even from a polluted Object.prototype.
  const snapshot = Object.create(null) as Record<string, unknown>;
  for (const name of known) {
    let value: unknown;
    try {
      value = ownValue(options, name);
    } catch (cause) {
      throw new InvalidArgumentError(`${call}: reading the option ${name} threw`, { cause });
    }
    if (value === undefined) continue;
    const kind = (spec as Record<string, OptionKind>)[name]!;
    let kept: unknown;
    try {
      kept = take(kind, value);
    } catch (cause) {
      throw new InvalidArgumentError(`${call}: reading the option ${name} threw`, { cause });
    }
    if (kept === REFUSED) throw new InvalidArgumentError(`${call}: ${name} must be ${EXPECTED[kind]}, not ${describeValue(value)}`);
    snapshot[name] = kept;
  }
  return snapshot as T;
}
