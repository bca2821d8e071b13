/**
 * The SDK's log, as the CLI hands it over: every line to stderr through the CLI's redaction,
 * all levels with --verbose; otherwise the level is left to the SDK (INTEZER_LOG, else warn).
 */
import type { IntezerClientOptions, Logger } from '../../index.js';
import { oneLine, redact } from './describe-error.js';

export type SdkLogOptions = Pick<IntezerClientOptions, 'logger' | 'logLevel'>;

/**
 * One line per call on `stream`: "intezer-alerts: debug: message", redacted. The details are
 * left out: the SDK's message already says what they hold (they serve loggers that index them).
 */
function stderrLogger(stream: NodeJS.WritableStream): Logger {
  const line = (level: string) => (message: string) => {
    stream.write(`${redact(oneLine(`intezer-alerts: ${level}: ${message}`))}\n`);
  };
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}

export function sdkLogOptions(verbose: boolean, stream: NodeJS.WritableStream): SdkLogOptions {
  const logger = stderrLogger(stream);
  return verbose ? { logger, logLevel: 'debug' } : { logger };
}

/** The client's options with the log's. */
export function withSdkLog(options: IntezerClientOptions, log: SdkLogOptions): IntezerClientOptions {
  return { ...options, ...log };
}
