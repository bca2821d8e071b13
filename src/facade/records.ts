/**
 * The records the service sends, as the public surface types them: the fields the OpenAPI
 * document names, and no index signature, so a misspelt field (`rec.alert_idd`) is a compile
 * error. At run time nothing is removed: fields the service adds pass through untouched (the
 * document says `additionalProperties: true`, and validation keeps the original object); read
 * one the types do not name with `'new_field' in rec ? rec.new_field : undefined` (`in`
 * narrows the type).
 */
import type { components } from '../../generated/openapi.js';

type Schemas = components['schemas'];

type Primitive = string | number | boolean | bigint | symbol | null | undefined;

/**
 * `T` with its index signatures removed, at every depth (arrays and nullable fields included).
 * Primitives are kept first: an open value set is `'a' | (string & {})`, and `string & {}`
 * would otherwise be taken for an object and mapped over string's methods.
 */
type KnownFields<T> = T extends Primitive
  ? T
  : T extends readonly (infer U)[]
    ? KnownFields<U>[]
    : T extends object
      ? { [K in keyof T as string extends K ? never : number extends K ? never : symbol extends K ? never : K]: KnownFields<T[K]> }
      : T;

// Interfaces, not aliases, so the API reference lists their fields.
type AlertFields = KnownFields<Schemas['Alert']>;
/** An alert as the service sends it (wire names). */
export interface AlertRecord extends AlertFields {}
type TriageFields = KnownFields<Schemas['TriageResult']>;
/** `triage_result` of an alert record. */
export interface TriageResultRecord extends TriageFields {}
type ScanFields = KnownFields<Schemas['Scan']>;
/** One of `scans` of an alert record: a reference to an analysis, or an inline artifact verdict. */
export interface ScanRecord extends ScanFields {}
