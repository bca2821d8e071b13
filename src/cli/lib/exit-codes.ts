/**
 * The CLI's exit codes and the one line an error is reported as. SDK errors keep their class
 * name; their messages are already redacted by the SDK, and the line is redacted once more
 * against the key the CLI was given.
 */
import {
  AlertConflictError,
  AlertNotFoundError,
  IntezerError,
  InvalidApiKeyError,
  InvalidArgumentError,
  ServerError,
} from '../../index.js';

export const ExitCode = {
  OK: 0,
  /** Some item failed, or the service / connection failed. */
  FAILED: 1,
  /** Usage or bad input (an alert id that needs --environment too). */
  USAGE: 2,
  /** The API key was refused. */
  AUTH: 3,
  NOT_FOUND: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Bad input found by the CLI itself (a bad CSV row, a missing file): exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

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

const secrets = new Set<string>();

/** Strings that must never be printed (the API key given on the command line). */
export function addSecret(value: string | undefined): void {
  if (value && value.length >= 4) secrets.add(value);
}

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  return out;
}

/** "ClassName: message" on one line. */
export function describeError(err: unknown): string {
  let line: string;
  if (err instanceof IntezerError || err instanceof UsageError) line = `${err.name}: ${err.message}`;
  else if (err instanceof Error) line = `${err.name || 'Error'}: ${err.message}`;
  else line = `Error: ${String(err)}`;
  return redact(line.replace(/\s*\r?\n\s*/g, ' ').trim());
}
