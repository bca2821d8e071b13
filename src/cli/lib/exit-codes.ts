/** The CLI's exit codes, and what an error means for the run: its code, and whether a batch goes on. */
import { AlertConflictError, AlertNotFoundError, InvalidApiKeyError, InvalidArgumentError, ServerError } from '../../index.js';
import { UsageError } from './usage-error.js';

export const ExitCode = {
  OK: 0,
  /** Some item failed, or the service / connection failed. */
  FAILED: 1,
  /** Usage or bad input (an alert id that needs --environment too). */
  USAGE: 2,
  /** The API key was refused. */
  AUTH: 3,
  NOT_FOUND: 4,
  /** Ctrl-C (SIGINT): 128 + the signal's number, what a shell reports for a process the signal ended. */
  INTERRUPTED: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function exitCodeFor(err: unknown): ExitCode {
  if (err instanceof UsageError || err instanceof InvalidArgumentError || err instanceof AlertConflictError) return ExitCode.USAGE;
  if (err instanceof InvalidApiKeyError) return ExitCode.AUTH;
  if (err instanceof AlertNotFoundError || (err instanceof ServerError && err.status === 404)) return ExitCode.NOT_FOUND;
  return ExitCode.FAILED;
}

/** Errors after which going on with other items is pointless. */
export function isFatal(err: unknown): boolean {
  return err instanceof InvalidApiKeyError || err instanceof UsageError;
}
