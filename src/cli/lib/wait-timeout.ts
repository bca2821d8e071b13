/**
 * The bound of a `--wait`: `--wait-timeout`, else the global `--timeout`, else none. 0 is
 * "no limit" for both (as `--timeout 0` is "no per-request timeout" for the client), never
 * "give up at once".
 */
import type { GlobalOptions } from '../session.js';

export function waitTimeoutOf(waitTimeout: number | undefined, globals: GlobalOptions): number | undefined {
  const ms = waitTimeout ?? globals.timeout;
  return ms === 0 ? undefined : ms;
}
