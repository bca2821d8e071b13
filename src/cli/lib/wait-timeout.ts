/** The bound of a `--wait`: `--wait-timeout`, else the global `--timeout`, else none. */
import type { GlobalOptions } from '../session.js';

export function waitTimeoutOf(waitTimeout: number | undefined, globals: GlobalOptions): number | undefined {
  return waitTimeout ?? globals.timeout;
}
