/**
 * Tool results: a success carries structuredContent and one text block of at most 1,000
 * characters; a failure is `isError` with one text block (the SDK error's message and what to
 * do). Nothing that leaves here is over the size limit.
 */
import type { CallToolResult } from '@modelcontextprotocol/server';

/** The UTF-8 bytes of a result's text blocks plus its structuredContent as JSON never pass this. */
export const MAX_RESULT_BYTES = 102_400;
/** The text block's length, in characters. */
export const MAX_TEXT_CHARS = 1_000;

/** Cut to `max` characters, ending in an ellipsis when cut; never splits a surrogate pair. */
export function clip(text: string, max: number = MAX_TEXT_CHARS): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** What a result of this text and structured content weighs against MAX_RESULT_BYTES. */
function resultBytes(text: string, structured: unknown): number {
  return Buffer.byteLength(text, 'utf8') + Buffer.byteLength(JSON.stringify(structured), 'utf8');
}

export function fits(text: string, structured: unknown): boolean {
  return resultBytes(text, structured) <= MAX_RESULT_BYTES;
}

export function success(structured: Record<string, unknown>, text: string): CallToolResult {
  const summary = clip(text);
  // The tools shape their answers to fit; this is the last guard, never expected to fire.
  if (!fits(summary, structured)) return failure('The answer is too large to return: narrow the request (fewer alerts, a smaller limit).');
  return { content: [{ type: 'text', text: summary }], structuredContent: structured };
}

export function failure(message: string): CallToolResult {
  return { content: [{ type: 'text', text: clip(message, 4_000) }], isError: true };
}

/**
 * The most leading items (of `count`) whose result fits: list tools answer fewer alerts rather
 * than cut JSON. `build(n)` makes the result of the first n items.
 */
export function largestFitting(count: number, build: (n: number) => { text: string; structured: unknown }): number {
  const fitsWith = (n: number) => {
    const r = build(n);
    return fits(clip(r.text), r.structured);
  };
  if (fitsWith(count)) return count;
  let lo = 0;
  let hi = count;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fitsWith(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
