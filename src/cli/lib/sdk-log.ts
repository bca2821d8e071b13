/**
 * The SDK's log, as the CLI hands it over: every line to stderr through the CLI's redaction,
 * all levels with --verbose; otherwise the level is left to the SDK (INTEZER_LOG, else warn).
 *
 * The client's `logger` / `logLevel` options are typed here until IntezerClientOptions has
 * them; then `SdkLogOptions` becomes `Pick<IntezerClientOptions, 'logger' | 'logLevel'>`
 * and nothing else changes.
 */
import type { IntezerClientOptions } from '../../index.js';
import { redact } from './describe-error.js';

export interface SdkLogger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}
export type SdkLogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';
export interface SdkLogOptions {
  logger?: SdkLogger;
  logLevel?: SdkLogLevel;
}

/** One line per call on `stream`: "intezer-alerts: debug: message {details}", redacted. */
export function stderrLogger(stream: NodeJS.WritableStream): SdkLogger {
  const line = (level: string) => (message: string, details?: Record<string, unknown>) => {
    const extra = details === undefined || Object.keys(details).length === 0 ? '' : ` ${JSON.stringify(details)}`;
    stream.write(`${redact(`intezer-alerts: ${level}: ${message}${extra}`.replace(/\s*\r?\n\s*/g, ' '))}\n`);
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
