/**
 * The client's log: an injectable, console-compatible logger behind a level. Every line and
 * every detail goes through the client's redaction first, so a key, a token or a proxy
 * password never reaches a log, whatever a caller or the service put in it.
 */
import { redactText, redactValue, type SecretScrubber } from './redact.js';

export const LOG_LEVELS = ['off', 'error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
type LineLevel = Exclude<LogLevel, 'off'>;

/** Console-compatible: `console` itself is one. */
export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

export class ClientLog {
  readonly #logger: Logger;
  readonly #rank: number;
  readonly #secrets: SecretScrubber;

  constructor(logger: Logger, level: LogLevel, secrets: SecretScrubber) {
    this.#logger = logger;
    this.#rank = RANK[level];
    this.#secrets = secrets;
  }

  /** Whether lines of `level` are written (callers skip building details that would be dropped). */
  enabled(level: LineLevel): boolean {
    return RANK[level] <= this.#rank;
  }

  debug(message: string, details?: Record<string, unknown>): void {
    this.#write('debug', message, details);
  }

  info(message: string, details?: Record<string, unknown>): void {
    this.#write('info', message, details);
  }

  warn(message: string, details?: Record<string, unknown>): void {
    this.#write('warn', message, details);
  }

  #write(level: LineLevel, message: string, details: Record<string, unknown> | undefined): void {
    if (!this.enabled(level)) return;
    const line = `intezer-sdk: ${redactText(message, this.#secrets)}`;
    try {
      if (details === undefined) this.#logger[level](line);
      else this.#logger[level](line, redactValue(details, this.#secrets) as Record<string, unknown>);
    } catch {
      // A failing logger must not fail the call it reports on.
    }
  }
}
