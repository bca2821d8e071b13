/**
 * What each error answer of the spec must become (docs/behaviour.md → Errors), in one table shared by the
 * static error-status tests and the dynamic-mode tests.
 */
import { expect } from 'vitest';
import {
  AlertAlreadyExistsError,
  AlertConflictError,
  AlertNotFoundError,
  InsufficientPermissionsError,
  InvalidAlertMappingError,
  InvalidApiKeyError,
  RateLimitError,
  ServerError,
} from '../../../src/index.js';
import { ALERT_ID } from './drivers.js';
import { responseKey, specExample, specHeaderExample } from './spec.js';

export const TOKEN = 'POST /get-access-token';
const INGEST = 'POST /alerts/ingest/binary';
const INGEST_JSON = 'POST /alerts/ingest';
/** Calls about one alert: 404 and 409 become the alert's own errors. */
const ALERT_CALLS = new Set(['GET /alerts/get-by-id', 'GET /alerts/{alert_id}/raw-data', 'POST /alerts/{alert_id}/notify', 'DELETE /alerts/{alert_id}']);
const ANALYSIS_CALLS = new Set(['GET /analyses/{analysis_id}', 'GET /url/{analysis_id}', 'GET /endpoint-analyses/{analysis_id}']);

type ErrorClass = abstract new (...args: never[]) => Error;
export type Expected = { resolves: unknown } | { throws: ErrorClass; check?: (err: Error) => void };

/**
 * What an error answer must become. `check` looks at details of the static
 * examples (bodies, headers); the class alone holds for any answer of that status.
 */
export function expectedOutcome(op: string, status: number, example: string | undefined): Expected {
  switch (status) {
    case 400:
      if (op === INGEST || op === INGEST_JSON)
        return { throws: InvalidAlertMappingError, check: (e) => expect(e).toMatchObject({ status: 400, body: specExample(op, 400) }) };
      // The token exchange answers 400 for a malformed key (openapi.yaml, InvalidApiKey400).
      if (op === TOKEN) return { throws: InvalidApiKeyError };
      return { throws: ServerError };
    case 401:
      return { throws: InvalidApiKeyError };
    case 403:
      if (example === 'insufficientPermissions') return { throws: InsufficientPermissionsError };
      if (example === 'quota') return { throws: ServerError, check: (e) => expect((e as ServerError).body).toEqual(specExample(op, 403, 'quota')) };
      break;
    case 404:
      if (ALERT_CALLS.has(op)) return { throws: AlertNotFoundError, check: (e) => expect((e as AlertNotFoundError).alertId).toBe(ALERT_ID) };
      if (ANALYSIS_CALLS.has(op)) return { resolves: null };
      if (op === 'GET /{result_url}') return { throws: ServerError };
      break;
    case 409:
      // The service already holds the alert: the id its answer names, else ''.
      if (op === INGEST_JSON) {
        const body = specExample(op, 409) as { alert_id: string };
        return { throws: AlertAlreadyExistsError, check: (e) => expect(e).toMatchObject({ status: 409, alertId: body.alert_id, body }) };
      }
      if (ALERT_CALLS.has(op)) {
        const { error } = specExample(op, 409) as { error: string };
        return { throws: AlertConflictError, check: (e) => expect(e.message).toContain(error) };
      }
      break;
    case 429:
      return {
        throws: RateLimitError,
        // From the spec's header examples (Retry-After 2, limit 100, remaining 0, reset 1893456000).
        check: (e) => {
          const header = (name: string) => Number(specHeaderExample(op, 429, name));
          expect(e).toMatchObject({
            status: 429,
            retryAfterMs: header('Retry-After') * 1000,
            limit: header('X-RateLimit-Limit'),
            remaining: header('X-RateLimit-Remaining'),
            resetAt: new Date(header('X-RateLimit-Reset') * 1000),
          });
          expect((e as RateLimitError).retryAfterMs).toBeGreaterThan(0);
        },
      };
    case 500:
    case 502:
    case 503:
    case 504:
      return { throws: ServerError };
  }
  throw new Error(`No expectation for ${responseKey(op, status, example)}: decide what the facade must do with it (docs/behaviour.md) and add it here`);
}

/** The status the error carries: the ServerError itself, or the one behind an alert error. */
export function statusOf(err: Error): number | undefined {
  if (err instanceof ServerError) return err.status;
  const cause = (err as { cause?: unknown }).cause;
  return cause instanceof ServerError ? cause.status : undefined;
}
