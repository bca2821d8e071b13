/** The CLI's exit codes, and what an error means for the run: its code, and whether a batch goes on. */
import { AlertConflictError, AlertNotFoundError, InvalidApiKeyError, InvalidArgumentError } from '../../index.js';
import { ManifestLockedError } from './manifest-lock.js';
import { UsageError } from './usage-error.js';

export const ExitCode = {
  OK: 0,
  /** Some item failed, or the service / connection failed. */
  FAILED: 1,
  /** Usage or bad input (an alert id that needs --environment too). */
  USAGE: 2,
  /** The API key was refused. */
  AUTH: 3,
  /** An alert named was not found (and nothing else failed). */
  NOT_FOUND: 4,
  /** Another send-phishing run holds the manifest (EX_TEMPFAIL: try again later). */
  BUSY: 75,
  /** SIGINT (Ctrl-C): 128 + the signal's number, what a shell reports for a process the signal ended. */
  INTERRUPTED: 130,
  /** SIGTERM: 128 + 15. */
  TERMINATED: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The signals a run stops on. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

export function exitCodeForSignal(signal: StopSignal): ExitCode {
  return signal === 'SIGTERM' ? ExitCode.TERMINATED : ExitCode.INTERRUPTED;
}

/**
 * Only an alert the service does not have is "not found": a 404 from anywhere else (a wrong
 * --base-url, a proxy) is a plain failure.
 */
export function exitCodeFor(err: unknown): ExitCode {
  if (err instanceof UsageError || err instanceof InvalidArgumentError || err instanceof AlertConflictError) return ExitCode.USAGE;
  if (err instanceof InvalidApiKeyError) return ExitCode.AUTH;
  if (err instanceof AlertNotFoundError) return ExitCode.NOT_FOUND;
  if (err instanceof ManifestLockedError) return ExitCode.BUSY;
  return ExitCode.FAILED;
}

/** A batch's code from its items' failures: 0 without any, their code when they all share one, else 1. */
export function batchExitCode(failures: readonly ExitCode[]): ExitCode {
  if (failures.length === 0) return ExitCode.OK;
  const first = failures[0]!;
  return failures.every((c) => c === first) ? first : ExitCode.FAILED;
}

/** Errors after which going on with other items is pointless. */
export function isFatal(err: unknown): boolean {
  return err instanceof InvalidApiKeyError || err instanceof UsageError;
}
