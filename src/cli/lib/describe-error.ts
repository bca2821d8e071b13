/**
 * The one line an error is reported as. SDK errors keep their class name; their messages are
 * already redacted by the SDK, and the line is redacted once more against the key the CLI
 * was given.
 */
import { IntezerError } from '../../index.js';
import { UsageError } from './usage-error.js';

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

/**
 * The lines of `text` joined by one space, each trimmed. Linear in the text's length: a
 * pattern with whitespace runs on both sides of the newline backtracks quadratically over a
 * long run of spaces (text that may come from the service or an MCP client).
 */
export const oneLine = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');

/** "ClassName: message" on one line. */
export function describeError(err: unknown): string {
  let line: string;
  if (err instanceof IntezerError || err instanceof UsageError) line = `${err.name}: ${err.message}`;
  else if (err instanceof Error) line = `${err.name || 'Error'}: ${err.message}`;
  else line = `Error: ${String(err)}`;
  return redact(visible(oneLine(line)));
}

/**
 * Control characters shown as escapes: a message carries the service's own text, and an
 * escape sequence in it would reach the terminal (rewrite the line, hide the error, set the title).
 */
function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
