/**
 * The client's log: an injectable, console-compatible logger behind a level. Every line and
 * every detail goes through the client's redaction first, so a key, a token or a proxy
 * password never reaches a log, whatever a caller or the service put in it. A line is one
 * line: line breaks in a message (an echoed error text, say) become spaces.
 */
import { redactText, redactValue, type SecretScrubber } from './redact.js';

/** The log levels, from quietest to most verbose. */
export const LOG_LEVELS = ['off', 'error', 'warn', 'info', 'debug'] as const;
/**
 * How much the client logs: `off`, `error`, `warn` (the default), `info` (token renewals, retries) or `debug` (one line per HTTP attempt).
 * @useDeclaredType
 */
export type LogLevel = (typeof LOG_LEVELS)[number];
type LineLevel = Exclude<LogLevel, 'off'>;

/** Console-compatible: `console` itself is one. */
export interface Logger {
  /** Lines at `debug`: one per HTTP attempt (method, path, status, duration, attempt number). `message` is one redacted line; `details` holds its parts. */
  debug(message: string, details?: Record<string, unknown>): void;
  /** Lines at `info`: token renewals, and each retry with its reason and delay. */
  info(message: string, details?: Record<string, unknown>): void;
  /** Lines at `warn`: a value outside a known set (naming the closest known one), an `INTEZER_LOG` that is no level. */
  warn(message: string, details?: Record<string, unknown>): void;
  /** Lines at `error` (for console compatibility: the client itself writes none at this level today). */
  error(message: string, details?: Record<string, unknown>): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
const PREFIX = 'intezer-sdk: ';
/** Distinct values warned about once per client; past it a value may be warned about again (memory stays bounded). */
const MAX_WARNED = 1000;

const oneLine = (text: string): string => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');

/**
 * The default logger: every level to stderr (stdout is the program's own output), one line
 * each, "intezer-sdk: warn: …". The details are left out: the message already says what they
 * hold (they serve loggers that index them).
 */
export function stderrLogger(): Logger {
  const write = (level: LineLevel) => (message: string) => {
    const text = message.startsWith(PREFIX) ? message.slice(PREFIX.length) : message;
    process.stderr.write(`${PREFIX}${level}: ${oneLine(text)}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

export class ClientLog {
  readonly #logger: Logger;
  readonly #rank: number;
  readonly #secrets: SecretScrubber;
  readonly #warned = new Set<string>();

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

  /** A warning written the first time `key` is seen by this log only. */
  warnOnce(key: string, message: string, details?: Record<string, unknown>): void {
    if (this.#warned.has(key)) return;
    if (this.#warned.size < MAX_WARNED) this.#warned.add(key);
    this.warn(message, details);
  }

  #write(level: LineLevel, message: string, details: Record<string, unknown> | undefined): void {
    if (!this.enabled(level)) return;
    const line = `${PREFIX}${oneLine(redactText(message, this.#secrets))}`;
    try {
      if (details === undefined) this.#logger[level](line);
      else this.#logger[level](line, redactValue(details, this.#secrets) as Record<string, unknown>);
    } catch {
      // A failing logger must not fail the call it reports on.
    }
  }
}
