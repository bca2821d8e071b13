/**
 * A result never carries the client's secrets (its API key, its access tokens), even when the
 * service's data holds them (a raw alert that logged the key, a field that quotes it): every
 * string of a result, keys included, goes through the client's own scrubber before it leaves.
 */
import type { CallToolResult } from '@modelcontextprotocol/server';

export type Scrub = (text: string) => string;

/** A copy of a JSON value with `scrub` applied to every string, object keys included. */
export function scrubValue(value: unknown, scrub: Scrub): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, scrub));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // defineProperty: a `__proto__` key stays a key and never becomes the prototype.
    Object.defineProperty(out, scrub(k), { value: scrubValue(v, scrub), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The result with its text blocks and structuredContent scrubbed. */
export function scrubResult(result: CallToolResult, scrub: Scrub): CallToolResult {
  const content = result.content.map((c) => (c.type === 'text' ? { ...c, text: scrub(c.text) } : c));
  if (result.structuredContent === undefined) return { ...result, content };
  return { ...result, content, structuredContent: scrubValue(result.structuredContent, scrub) as Record<string, unknown> };
}
