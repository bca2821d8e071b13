/**
 * Values outside a known set (a verdict, a source, …) in a filter or an option are sent as
 * given, since the service adds values (`audited` was seen in the field), but never
 * silently: each is logged once per client at `warn`, with the nearest known value, so
 * `confirmed_threats` does not quietly match nothing.
 *
 * The known sets are the public value objects of values.ts, pinned below to the enums of
 * openapi/openapi.yaml: a value added to the document fails `npm run typecheck` until it is
 * added there too.
 */
import type { components } from '../../generated/openapi.js';
import type { IntezerClient } from '../client/client.js';
import { suggestion } from './closest.js';
import { AlertSource, AlertsSortBy, AlertVerdict, ResponseStatus, RiskCategory } from './values.js';

type Schemas = components['schemas'];
/** The listed values of an open set typed `'a' | 'b' | (string & {})`. */
type Listed<T> = T extends string ? (string extends T ? never : T) : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Each must read `true`: the value sets and the document's enums are one list.
type ValueSetsMatchTheSpec = [
  Same<AlertVerdict, Listed<Schemas['AlertVerdict']>>,
  Same<AlertSource, Listed<Schemas['AlertSource']>>,
  Same<RiskCategory, Listed<Schemas['RiskCategory']>>,
  Same<ResponseStatus, Listed<Schemas['ResponseStatus']>>,
  Same<AlertsSortBy, Listed<NonNullable<Schemas['AlertsHistoryFilters']['sort_by']>[number]>>,
] extends true[]
  ? true
  : never;
const PINNED: ValueSetsMatchTheSpec = true;
void PINNED;

export const KNOWN_VALUES = {
  verdict: Object.values(AlertVerdict),
  source: Object.values(AlertSource),
  riskCategory: Object.values(RiskCategory),
  responseStatus: Object.values(ResponseStatus),
  sortBy: Object.values(AlertsSortBy),
} as const satisfies Record<string, readonly string[]>;

/** Longer values are cut in the message (a free-text mistake need not fill a log line). */
const SHOWN = 80;

/**
 * Logs each of `values` that `known` lacks, once per client and value, naming the nearest
 * known one. `option` is the name the caller used (`alertVerdicts`, `defaultVerdict`, …).
 */
export function warnUnknownValues(client: IntezerClient, option: string, values: string | readonly string[] | undefined, known: readonly string[]): void {
  if (values === undefined) return;
  for (const value of typeof values === 'string' ? [values] : values) {
    if (known.includes(value)) continue;
    // Quoted as JSON: a quote, a backslash or a control character in the value stays inside the quotes.
    // Redacted before it is cut: a cut through the API key would leave a part no redaction finds.
    const clean = client.log.redact(value);
    const shown = JSON.stringify(clean.length > SHOWN ? `${clean.slice(0, SHOWN)}…` : clean);
    client.log.warnOnce(`${option}\u0000${value}`, `${option}: ${shown} is not a known value${suggestion(clean, known)}; it is sent as given`);
  }
}
