/**
 * The client's log: an injectable, console-compatible logger behind a level. Every line and
 * every detail goes through the client's redaction first, so a key, a token or a proxy
 * password never reaches a log, whatever a caller or the service put in it. A line is one
 * line: line breaks in a message (an echoed error text, say) become spaces.
 */
import { redactText, redactValue, type SecretScrubber } from './redact.js';
import { sha256Hex } from './sha256.js';

/** The log levels, from quietest to most verbose. */
export const LOG_LEVELS = ['off', 'error', 'warn', 'info', 'debug'] as const;
/**
 * How much the client logs: `off`, `error`, `warn` (the default), `info` (token renewals, retries) or `debug` (one line per HTTP attempt).
 * @useDeclaredType
 */
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LineLevel = Exclude<LogLevel, 'off'>;

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

/** Keys longer than this are kept as their SHA-256 (a huge unknown value must not be held 1000 times). */
const MAX_KEY = 256;

/**
 * One line that cannot rewrite the terminal it lands on: line breaks become spaces, and
 * other control characters (an ANSI escape, a bell, a backspace, C1 controls, bidi
 * overrides), which an echoed value may hold, are shown escaped (`\x1b`, `\u202e`).
 */
const oneLine = (text: string): string =>
  text.replace(/\s*[\r\n\u2028\u2029\u0085]+\s*/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });

/** Calls a logger's method; a throw or a rejected promise (an async logger) is dropped: a failing logger must not fail, or crash, the caller. */
export function callLogger(logger: Logger, level: LineLevel, message: string, details?: Record<string, unknown>): void {
  try {
    const result: unknown = details === undefined ? logger[level](message) : logger[level](message, details);
    if (result !== null && typeof result === 'object' && typeof (result as PromiseLike<unknown>).then === 'function') {
      (result as PromiseLike<unknown>).then(undefined, () => {});
    }
  } catch {
    // Dropped, as above.
  }
}

/**
 * The default logger: every level to stderr (stdout is the program's own output), one line
 * each, "intezer-sdk: warn: …". The details are left out: the message already says what they
 * hold (they serve loggers that index them).
 */
export function stderrLogger(): Logger {
  const write = (level: LineLevel) => (message: string) => {
    const stderr = process.stderr;
    // A reader that went away (`2>&1 | head -1`) leaves nowhere to log: the line is dropped.
    if (stderr.destroyed || !stderr.writable) return;
    guardStderr(stderr);
    const text = message.startsWith(PREFIX) ? message.slice(PREFIX.length) : message;
    stderr.write(`${PREFIX}${level}: ${oneLine(text)}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

const guarded = new WeakSet<NodeJS.WriteStream>();
const GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * A write to a stderr whose reader closed fails with EPIPE, emitted later as an 'error' event:
 * with no listener it would crash the program, for a log line. The listener drops that
 * error; any other one, when no one else listens, is thrown as Node would have.
 */
function guardStderr(stderr: NodeJS.WriteStream): void {
  if (guarded.has(stderr)) return;
  guarded.add(stderr);
  stderr.on('error', function onError(err: NodeJS.ErrnoException) {
    if (GONE.has(err.code ?? '')) return;
    if (stderr.listenerCount('error') === 1) throw err;
  });
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

  /** `text` with the client's secrets taken out: for text about to be cut, which would hide part of a secret from the line's own redaction. */
  redact(text: string): string {
    return redactText(text, this.#secrets);
  }

  /** A warning written the first time `key` is seen by this log only. */
  warnOnce(key: string, message: string, details?: Record<string, unknown>): void {
    if (key.length > MAX_KEY) key = `sha256:${sha256Hex(Buffer.from(key, 'utf8'))}`;
    if (this.#warned.has(key)) return;
    if (this.#warned.size < MAX_WARNED) this.#warned.add(key);
    this.warn(message, details);
  }

  #write(level: LineLevel, message: string, details: Record<string, unknown> | undefined): void {
    if (!this.enabled(level)) return;
    const line = `${PREFIX}${oneLine(redactText(message, this.#secrets))}`;
    let redacted: Record<string, unknown> | undefined;
    try {
      redacted = details === undefined ? undefined : (redactValue(details, this.#secrets) as Record<string, unknown>);
    } catch {
      redacted = undefined;
    }
    callLogger(this.#logger, level, line, redacted);
  }
}
