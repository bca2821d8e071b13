/**
 * The SDK's log, as the CLI hands it over: every line to stderr through the CLI's redaction,
 * all levels with --verbose; otherwise the level is left to the SDK (INTEZER_LOG, else warn).
 *
 * The client's `logger` / `logLevel` options are typed here until IntezerClientOptions has
 * them; then the `SdkLogOptions` line becomes
 * `export type SdkLogOptions = Pick<IntezerClientOptions, 'logger' | 'logLevel'>;`
 * and nothing else changes.
 */
import type { IntezerClientOptions } from '../../index.js';
import { redact } from './describe-error.js';

interface LocalLogger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}
interface LocalLogOptions {
  logger?: LocalLogger;
  logLevel?: 'off' | 'error' | 'warn' | 'info' | 'debug';
}
export type SdkLogOptions = LocalLogOptions;
type SdkLogger = NonNullable<SdkLogOptions['logger']>;

/**
 * One line per call on `stream`: "intezer-alerts: debug: message", redacted. The details are
 * left out: the SDK's message already says what they hold (they serve loggers that index them).
 */
export function stderrLogger(stream: NodeJS.WritableStream): SdkLogger {
  const line = (level: string) => (message: string) => {
    stream.write(`${redact(`intezer-alerts: ${level}: ${message}`.replace(/\s*\r?\n\s*/g, ' '))}\n`);
  };
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}

export function sdkLogOptions(verbose: boolean, stream: NodeJS.WritableStream): SdkLogOptions {
  const logger = stderrLogger(stream);
  return verbose ? { logger, logLevel: 'debug' } : { logger };
}

/** The client's options with the log's; the one place that knows the SDK may not declare them yet. */
export function withSdkLog(options: IntezerClientOptions, log: SdkLogOptions): IntezerClientOptions {
  return { ...options, ...log };
}
